export { DateField, parseDateText } from './DateField';
export type { IDateFieldProps } from './DateField';
export { PeoplePickerField } from './PeoplePickerField';
export type { IPeoplePickerFieldProps } from './PeoplePickerField';
export { FieldError } from './FieldError';
export * from './labels';
export { formatDate, formatAmount, formatPercent, toIsoDate, fromIsoDate } from './formatValue';
