import * as Papa from 'papaparse';
import { downloadBlob, safeFileName } from './download';
import { escapeFormula } from './escape';
import type { ExportValue, IExportColumn } from './types';

function csvCell(value: ExportValue, column: IExportColumn<unknown>): string | number {
  if (value === undefined || value === null || value === '') return '';
  if (value instanceof Date) return isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (!isFinite(value)) return '';
    // Numbers are written as numbers (no escaping: -5 is a number, not a formula).
    return column.type === 'text' ? escapeFormula(String(value)) : value;
  }
  return escapeFormula(String(value));
}

/** The CSV text (header row first, CRLF line ends) for rows and columns; formula-like text is escaped. */
export function toCsv<T>(rows: T[], columns: IExportColumn<T>[]): string {
  const header = columns.map((c) => escapeFormula(c.label || c.key));
  const data = rows.map((row) =>
    columns.map((c) => csvCell(c.value(row), c as unknown as IExportColumn<unknown>))
  );
  return Papa.unparse(
    { fields: header, data },
    { newline: '\r\n', quotes: false, escapeFormulae: false, header: true }
  );
}

/** Downloads rows as a UTF-8 CSV (with BOM so Excel detects the encoding). */
export function exportCsv<T>(rows: T[], columns: IExportColumn<T>[], fileName: string): void {
  const text = toCsv(rows, columns);
  const blob = new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });
  downloadBlob(blob, safeFileName(fileName, 'csv'));
}
