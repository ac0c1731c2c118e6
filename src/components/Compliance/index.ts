export { ComplianceBoard } from './ComplianceBoard';
export type { IComplianceBoardProps, ComplianceSettingsInput } from './types';
