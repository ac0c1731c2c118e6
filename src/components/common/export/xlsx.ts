import { downloadBlob, safeFileName } from './download';
import type { ExportValue, IExportColumn } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Excel cell value for an export value: numbers as numbers, dates as dates (UTC midnight), text as
 * written. A string cell in an .xlsx is a shared or inline string, never a formula (exceljs writes a
 * formula only for a { formula } value), so the CSV's ' escape would only alter the text here.
 */
export function xlsxCell(value: ExportValue, type: IExportColumn<unknown>['type']): string | number | Date | null {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) return isNaN(value.getTime()) ? null : value;
  if (type === 'date' && typeof value === 'string') {
    const m = ISO_DATE.exec(value);
    if (m) {
      // A date-only ISO value is a calendar day: build it in UTC so Excel shows the same day everywhere.
      return value.length > 10 ? new Date(value) : new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    }
  }
  if ((type === 'number' || type === 'percent') && typeof value === 'number') {
    if (!isFinite(value)) return null;
    return type === 'percent' ? value / 100 : value;
  }
  return String(value);
}

function numberFormat(type: IExportColumn<unknown>['type']): string | undefined {
  switch (type) {
    case 'date':
      return 'yyyy-mm-dd';
    case 'percent':
      return '0%';
    case 'number':
      return '#,##0.##';
    default:
      return undefined;
  }
}

function widthOf(column: IExportColumn<unknown>, cells: (string | number | Date | null)[]): number {
  if (column.width) return column.width;
  let longest = (column.label || column.key).length;
  for (const cell of cells) {
    const len = cell instanceof Date ? 10 : cell === null ? 0 : String(cell).length;
    if (len > longest) longest = len;
  }
  return Math.min(60, Math.max(8, longest + 2));
}

/** Builds the workbook bytes; exceljs is loaded on first use so the register's bundle stays small. */
export async function toXlsx<T>(rows: T[], columns: IExportColumn<T>[], sheetName: string): Promise<ArrayBuffer> {
  const ExcelJS = await import(/* webpackChunkName: 'pmo-export' */ 'exceljs');
  const Workbook = (ExcelJS as unknown as { default?: typeof ExcelJS }).default?.Workbook ?? ExcelJS.Workbook;
  const workbook = new Workbook();
  // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 1 }]
  });
  const cols = columns as unknown as IExportColumn<unknown>[];
  const matrix = rows.map((row) => cols.map((c) => xlsxCell(c.value(row), c.type)));
  sheet.columns = cols.map((c, i) => ({
    header: c.label || c.key,
    key: c.key,
    width: widthOf(c, matrix.map((r) => r[i])),
    style: numberFormat(c.type) ? { numFmt: numberFormat(c.type) } : {}
  }));
  for (const values of matrix) sheet.addRow(values);
  sheet.getRow(1).font = { bold: true };
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** Downloads rows as an .xlsx workbook with one sheet (bold, frozen header; typed cells). */
export async function exportXlsx<T>(
  rows: T[],
  columns: IExportColumn<T>[],
  fileName: string,
  sheetName: string = 'Sheet1'
): Promise<void> {
  const buffer = await toXlsx(rows, columns, sheetName);
  downloadBlob(new Blob([buffer], { type: XLSX_MIME }), safeFileName(fileName, 'xlsx'));
}
