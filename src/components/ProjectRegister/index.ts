export { ProjectRegister } from './ProjectRegister';
export { REGISTER_COLUMNS, DEFAULT_REGISTER_COLUMNS, resolveColumns, exportColumns } from './columns';
export { HealthBadge, HEALTH_COLORS } from './cells';
export type { IProjectRegisterProps, IRegisterColumn } from './types';
