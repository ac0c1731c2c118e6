/**
 * The project register's pure logic: form values and their validation, project codes, and the
 * filtering, sorting and grouping behind the register view. No I/O and no UI strings here.
 */
import type { Health, IPerson, IProject, Phase, Priority, ProjectDraft } from './types';
import { HEALTHS, PHASES, PRIORITIES } from './types';
import {
  date,
  dateOrder,
  dropEmpty,
  FieldErrors,
  first,
  maxLength,
  nonNegative,
  parseNumber,
  percent,
  required,
  requiredOneOf,
  visible
} from './validate';
import type { IValidationMessage } from './validate';

/**
 * Text limits of the PMO Projects list columns (maxLength in src/services/sharepoint/schema.ts; a
 * unit test keeps the two in step). Description is a plain multi-line column: 63,999 characters.
 */
export const PROJECT_LIMITS = {
  title: 255,
  code: 20,
  department: 100,
  meetingTag: 50,
  description: 63999,
  groupId: 64,
  planId: 64,
  teamsChannelId: 255
};

/** What the project form edits. Numbers stay as typed so non-numeric input can be reported; '' means none. */
export interface IProjectFormValues {
  title: string;
  code: string;
  description: string;
  phase: Phase | '';
  health: Health | '';
  priority: Priority | '';
  manager?: IPerson;
  sponsor?: IPerson;
  department: string;
  startDate: string;
  plannedEndDate: string;
  forecastEndDate: string;
  budget: string;
  actualCost: string;
  forecastCost: string;
  percentComplete: string;
  groupId: string;
  planId: string;
  teamsChannelId: string;
  meetingTag: string;
}

/** Facts from the server that validation needs. */
export interface IProjectValidationContext {
  /** Another project already has this code. */
  codeTaken?: boolean;
}

/** Project codes: letters (and digits) then a dash then digits, e.g. PRJ-0042. */
export const CODE_PATTERN = /^[A-Z][A-Z0-9]{0,9}-\d{1,8}$/;
export const CODE_PREFIX = 'PRJ';

/** The code for a number: formatCode(42) is 'PRJ-0042'. */
export function formatCode(n: number, prefix: string = CODE_PREFIX): string {
  const digits = String(Math.max(0, Math.floor(n)));
  return `${prefix}-${digits.length >= 4 ? digits : ('0000' + digits).slice(-4)}`;
}

/** A code as typed, trimmed and upper-cased (codes compare case-insensitively). */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The next free code after the highest PRJ-nnnn among the given codes. */
export function nextCode(existing: string[], prefix: string = CODE_PREFIX): string {
  let max = 0;
  const re = new RegExp(`^${prefix}-(\\d+)$`, 'i');
  for (const code of existing) {
    const m = re.exec(code.trim());
    if (m && +m[1] > max) max = +m[1];
  }
  return formatCode(max + 1, prefix);
}

const text = (v: string | undefined): string => (v === undefined || v === null ? '' : v);
const num = (v: number | undefined): string => (v === undefined || v === null ? '' : String(v));

/** Form values of a new project with sensible defaults. */
export function emptyProjectValues(code: string = ''): IProjectFormValues {
  return {
    title: '', code, description: '', phase: 'Proposal', health: 'Green', priority: 'Medium',
    department: '', startDate: '', plannedEndDate: '', forecastEndDate: '',
    budget: '', actualCost: '', forecastCost: '', percentComplete: '',
    groupId: '', planId: '', teamsChannelId: '', meetingTag: ''
  };
}

/** Form values of a saved project. */
export function projectToFormValues(p: IProject): IProjectFormValues {
  return {
    title: text(p.title), code: text(p.code), description: text(p.description),
    phase: p.phase || '', health: p.health || '', priority: p.priority || '',
    manager: p.manager, sponsor: p.sponsor, department: text(p.department),
    startDate: text(p.startDate), plannedEndDate: text(p.plannedEndDate), forecastEndDate: text(p.forecastEndDate),
    budget: num(p.budget), actualCost: num(p.actualCost), forecastCost: num(p.forecastCost),
    percentComplete: num(p.percentComplete),
    groupId: text(p.groupId), planId: text(p.planId), teamsChannelId: text(p.teamsChannelId),
    meetingTag: text(p.meetingTag)
  };
}

const opt = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

/** The draft to write, from valid form values (call validateProject first). */
export function toProjectDraft(v: IProjectFormValues): ProjectDraft {
  return {
    title: v.title.trim(),
    code: normalizeCode(v.code),
    description: v.description,
    phase: v.phase as Phase,
    health: v.health as Health,
    priority: v.priority as Priority,
    managerId: v.manager?.id,
    sponsorId: v.sponsor?.id,
    department: v.department.trim(),
    startDate: opt(v.startDate),
    plannedEndDate: opt(v.plannedEndDate),
    forecastEndDate: opt(v.forecastEndDate),
    budget: parseNumber(v.budget),
    actualCost: parseNumber(v.actualCost),
    forecastCost: parseNumber(v.forecastCost),
    percentComplete: parseNumber(v.percentComplete),
    groupId: opt(v.groupId),
    planId: opt(v.planId),
    teamsChannelId: opt(v.teamsChannelId),
    meetingTag: opt(v.meetingTag)
  };
}

/** A project code as typed: given, short enough, letters-dash-digits, and (the server says) free. */
export function validateCode(typed: string, taken?: boolean): IValidationMessage | undefined {
  const code = normalizeCode(typed);
  return first(
    required(code),
    maxLength(code, PROJECT_LIMITS.code),
    code && !CODE_PATTERN.test(code) ? { key: 'ValidationCodeFormat' } : undefined,
    taken ? { key: 'ValidationCodeTaken', values: [code] } : undefined
  );
}

/** Every problem of the form values, one message per field; empty when the project may be saved. */
export function validateProject(
  v: IProjectFormValues,
  ctx: IProjectValidationContext = {}
): FieldErrors<IProjectFormValues> {
  const errors: FieldErrors<IProjectFormValues> = {
    title: first(required(v.title), visible(v.title), maxLength(v.title.trim(), PROJECT_LIMITS.title)),
    code: validateCode(v.code, ctx.codeTaken),
    description: maxLength(v.description, PROJECT_LIMITS.description),
    phase: requiredOneOf(v.phase, PHASES),
    health: requiredOneOf(v.health, HEALTHS),
    priority: requiredOneOf(v.priority, PRIORITIES),
    department: maxLength(v.department.trim(), PROJECT_LIMITS.department),
    meetingTag: maxLength(v.meetingTag.trim(), PROJECT_LIMITS.meetingTag),
    groupId: maxLength(v.groupId, PROJECT_LIMITS.groupId),
    planId: maxLength(v.planId, PROJECT_LIMITS.planId),
    teamsChannelId: maxLength(v.teamsChannelId, PROJECT_LIMITS.teamsChannelId),
    startDate: date(v.startDate),
    plannedEndDate: first(date(v.plannedEndDate), dateOrder(v.startDate, v.plannedEndDate)),
    forecastEndDate: first(date(v.forecastEndDate), dateOrder(v.startDate, v.forecastEndDate)),
    budget: nonNegative(v.budget),
    actualCost: nonNegative(v.actualCost),
    forecastCost: nonNegative(v.forecastCost),
    percentComplete: percent(v.percentComplete)
  };
  return dropEmpty(errors);
}

export * from './projectRegister';
