import type { IExportColumn } from './types';

/**
 * Downloads rows as CSV like exportCsv; papaparse is loaded on first use (its own chunk), so the web
 * parts' bundles do not carry it. The views import this, not './csv'.
 */
export async function exportCsvOnDemand<T>(rows: T[], columns: IExportColumn<T>[], fileName: string): Promise<void> {
  const { exportCsv } = await import(/* webpackChunkName: 'pmo-csv' */ './csv');
  exportCsv(rows, columns, fileName);
}
