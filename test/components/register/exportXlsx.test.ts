/**
 * @jest-environment node
 */
// exceljs's browser build pulls an ESM-only uuid that jest cannot load under jsdom; the workbook
// itself needs no DOM, so this file runs in node (the webpack bundle uses the browser build).
import { toXlsx } from '../../../src/components/common/export';

import { columns, type IRow } from './exportFixture';

describe('Excel export', () => {
  it('builds a workbook with a bold header, widths and typed cells (exceljs loaded on demand)', async () => {
    const buffer = await toXlsx<IRow>([{ name: 'CRM rollout', amount: 120000, due: '2025-03-01', pct: 40 }], columns, 'Projects');
    const ExcelJS = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    const sheet = book.getWorksheet('Projects')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Name', 'Amount', 'Due', 'Done']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe(120000);
    expect(row.getCell(3).value).toEqual(new Date(Date.UTC(2025, 2, 1)));
    expect(row.getCell(3).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(4).value).toBe(0.4);
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual('CRM rollout'.length);
  });

  it('writes text exactly, even when it starts like a formula: an .xlsx text cell is never run', async () => {
    const texts = ['=1+1', '-2+3', '+44 20 7946 0000', '@SUM(A1:A9)', '=HYPERLINK("https://example.com","x")'];
    const buffer = await toXlsx<IRow>(texts.map((name) => ({ name, amount: 1, due: '2025-03-01', pct: 0 })), columns, 'Projects');
    const ExcelJS = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    const sheet = book.getWorksheet('Projects')!;
    const cells = texts.map((_t, i) => sheet.getRow(i + 2).getCell(1));
    expect(cells.map((c) => c.value)).toEqual(texts);
    expect(cells.map((c) => c.type)).toEqual(texts.map(() => ExcelJS.ValueType.String));
  });
});
