import * as React from 'react';
import { exportCsvOnDemand } from '../common/export/onDemand';
import { exportXlsx } from '../common/export/xlsx';
import type { IExportColumn } from '../common/export';
import { errorMessage, logError } from '../common/errorMessage';

/** Export commands of a tab and the localized reason the last export failed. */
export interface IExportCommands {
  csv: () => void;
  xlsx: () => void;
  error: string | undefined;
  dismiss: () => void;
}

/** Exports the rows a tab shows (after filters) as CSV or Excel. */
export function useExport<T>(rows: T[], columns: IExportColumn<T>[], fileName: string, sheetName: string): IExportCommands {
  const [error, setError] = React.useState<string | undefined>(undefined);
  const fail = (e: unknown): void => {
    logError(`Export ${fileName}`, e);
    setError(errorMessage(e));
  };
  return {
    csv: () => {
      setError(undefined);
      exportCsvOnDemand(rows, columns, fileName).catch(fail);
    },
    xlsx: () => {
      setError(undefined);
      exportXlsx(rows, columns, fileName, sheetName).catch(fail);
    },
    error,
    dismiss: () => setError(undefined)
  };
}
