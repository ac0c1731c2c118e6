export { exportCsv, toCsv } from './csv';
export { escapeFormula } from './escape';
export { exportCsvOnDemand } from './onDemand';
export { exportXlsx, toXlsx, xlsxCell } from './xlsx';
export { downloadBlob, safeFileName } from './download';
export type { IExportColumn, ExportValue, ExportValueType } from './types';
