import * as React from 'react';
import { exportCsvOnDemand } from '../common/export/onDemand';
import { exportXlsx } from '../common/export/xlsx';
import type { IExportColumn } from '../common/export';
import { errorMessage, logError } from '../common/errorMessage';

/** Export commands of a records view and the localized reason the last export failed. */
export interface IExportCommands {
  csv: () => void;
  xlsx: () => void;
  error: string | undefined;
  dismiss: () => void;
}

/** Exports the rows a view shows (after filters) as CSV or Excel. */
export function useExport<T>(rows: T[], columns: IExportColumn<T>[], fileName: string, sheetName: string): IExportCommands {
  const [error, setError] = React.useState<string | undefined>(undefined);
  const run = (write: () => Promise<void>) => (): void => {
    setError(undefined);
    write().catch((e: unknown) => {
      logError(`Export ${fileName}`, e);
      setError(errorMessage(e));
    });
  };
  return {
    csv: run(() => exportCsvOnDemand(rows, columns, fileName)),
    xlsx: run(() => exportXlsx(rows, columns, fileName, sheetName)),
    error,
    dismiss: () => setError(undefined)
  };
}
