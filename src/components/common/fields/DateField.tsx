import * as React from 'react';
import { DatePicker } from '@fluentui/react/lib/DatePicker';
import { formatDate, fromIsoDate, toIsoDate } from './formatValue';

export interface IDateFieldProps {
  /** Localized label. */
  label: string;
  /** The date as yyyy-mm-dd, '' for none. */
  value: string;
  /** Called with yyyy-mm-dd, or '' when cleared. */
  onChange: (value: string) => void;
  /** Validation text shown under the field. */
  errorMessage?: string;
  required?: boolean;
  disabled?: boolean;
}

/** Typed text is read as yyyy-mm-dd first (what people paste from Excel), then as the browser would. */
export function parseDateText(text: string): Date | null {
  const t = text.trim();
  if (!t) return null;
  const iso = fromIsoDate(t);
  if (iso && /^\d{4}-\d{2}-\d{2}$/.test(t)) return iso;
  const parsed = new Date(t);
  return isNaN(parsed.getTime()) ? null : parsed;
}

/** A DatePicker that speaks yyyy-mm-dd strings (the model's date format) and shows our validation text. */
export function DateField(props: IDateFieldProps): React.ReactElement {
  const { label, value, onChange, errorMessage, required, disabled } = props;
  return (
    <DatePicker
      label={label}
      value={fromIsoDate(value)}
      allowTextInput
      isRequired={required}
      disabled={disabled}
      formatDate={(d) => (d ? formatDate(toIsoDate(d)) : '')}
      parseDateFromString={parseDateText}
      onSelectDate={(d) => onChange(toIsoDate(d))}
      textField={{ errorMessage, onChange: (_e, text) => text === '' && onChange('') }}
    />
  );
}
