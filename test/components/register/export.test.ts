import { escapeFormula, toCsv, xlsxCell, safeFileName } from '../../../src/components/common/export';

import { columns, type IRow } from './exportFixture';

describe('CSV export', () => {
  it('escapes every cell that a spreadsheet would run as a formula', () => {
    expect(escapeFormula('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(escapeFormula('+1')).toBe("'+1");
    expect(escapeFormula('-1')).toBe("'-1");
    expect(escapeFormula('@cmd')).toBe("'@cmd");
    expect(escapeFormula('\tx')).toBe("'\tx");
    expect(escapeFormula('a=b')).toBe('a=b');
  });

  it('writes a header, quotes where needed, keeps numbers numeric and escapes text formulas', () => {
    const csv = toCsv<IRow>(
      [
        { name: 'Plain', amount: -5, due: '2025-03-01', pct: 40 },
        { name: '=HYPERLINK("http://x","y")', amount: 1234.5 },
        { name: 'Comma, "quote"\nand line' },
        { name: '-2+3' }
      ],
      columns
    );
    expect(csv.split('\r\n')).toEqual([
      'Name,Amount,Due,Done',
      'Plain,-5,2025-03-01,40',
      `"'=HYPERLINK(""http://x"",""y"")",1234.5,,`,
      '"Comma, ""quote""\nand line",,,',
      "'-2+3,,,"
    ]);
  });

  it('gives file names the extension once and no characters Windows refuses', () => {
    expect(safeFileName('projects', 'csv')).toBe('projects.csv');
    expect(safeFileName('projects.CSV', '.csv')).toBe('projects.CSV');
    expect(safeFileName('a/b:c', 'xlsx')).toBe('a-b-c.xlsx');
  });
});

describe('Excel export', () => {
  it('types cells: numbers as numbers, ISO days as UTC dates, percent as a fraction, text exactly', () => {
    expect(xlsxCell(12.5, 'number')).toBe(12.5);
    expect(xlsxCell('2025-03-01', 'date')).toEqual(new Date(Date.UTC(2025, 2, 1)));
    expect(xlsxCell(40, 'percent')).toBe(0.4);
    // Text as written: an .xlsx string cell is never a formula (the ' escape is for CSV only).
    expect(xlsxCell('=1+1', 'text')).toBe('=1+1');
    expect(xlsxCell(undefined, 'number')).toBeNull();
  });
});
