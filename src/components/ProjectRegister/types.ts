import type { RegisterGroupBy, RegisterSortKey } from '../../model/project';

/** Props of the project register web part view. */
export interface IProjectRegisterProps {
  /** Keys of REGISTER_COLUMNS to show, in order (from the web part's property pane). */
  columns: string[];
}

/** One column the register can show. */
export interface IRegisterColumn {
  /** IProject property shown in the column. */
  key: string;
  /** Localized header. */
  label: string;
}

/** Current sort of the register. */
export interface IRegisterSort {
  key: RegisterSortKey;
  descending: boolean;
}

/** Grouping of the register ('' for none). */
export type RegisterGrouping = RegisterGroupBy | '';
