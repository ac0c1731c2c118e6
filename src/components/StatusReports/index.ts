export { StatusReports } from './StatusReports';
export type { IStatusReportsProps } from './StatusReports';
