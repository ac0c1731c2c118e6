export { ConflictDialog } from './ConflictDialog';
export { conflictRows, defaultChoices, mergeConflict, displayValue, sameValue, sameValues } from './conflict';
export type { IConflict, IConflictField, IConflictRow, IConflictDialogProps, ConflictSide } from './types';
