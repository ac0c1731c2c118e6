export { ProjectRegister } from './ProjectRegister';
export { REGISTER_COLUMNS, DEFAULT_REGISTER_COLUMNS, resolveColumns, exportColumns } from './columns';
export { HealthBadge } from './cells';
export type { IProjectRegisterProps, IRegisterColumn } from './types';
