export { exportCsv, toCsv, escapeFormula } from './csv';
export { exportXlsx, toXlsx, xlsxCell } from './xlsx';
export { downloadBlob, safeFileName } from './download';
export type { IExportColumn, ExportValue, ExportValueType } from './types';
