/** How a column's values are written: numbers stay numbers and dates stay dates in Excel. */
export type ExportValueType = 'text' | 'number' | 'percent' | 'date';

/** A cell value before formatting; dates are ISO strings (yyyy-mm-dd or full ISO) or Date objects. */
export type ExportValue = string | number | Date | undefined | null;

/** One exported column: its header, how to read the value from a row, and how to type it. */
export interface IExportColumn<T> {
  /** Stable key (also the default header when no label is given). */
  key: string;
  /** Header text, already localized. */
  label: string;
  /** Reads the cell value from a row. */
  value: (row: T) => ExportValue;
  /** Cell type; 'text' when omitted. */
  type?: ExportValueType;
  /** Excel column width in characters; computed from the content when omitted. */
  width?: number;
}
