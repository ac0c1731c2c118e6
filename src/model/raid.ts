/**
 * RAID rules: severity, overdue, the 5×5 risk matrix and draft validation. Pure: no I/O, no React.
 */
import { RAID_KINDS, RAID_STATUSES } from './types';
import type { IPerson, IRaidItem, RaidDraft, RaidKind, RaidStatus } from './types';
import { toIsoDate } from './dates';
import { date, dropEmpty, first, integerScale, isIsoDate, maxLength, parseNumber, required, requiredOneOf } from './validate';
import type { FieldErrors } from './validate';

/** Severity bands of a probability × impact score. */
export type SeverityBand = 'Low' | 'Medium' | 'High' | 'Critical';
export const SEVERITY_BANDS: SeverityBand[] = ['Low', 'Medium', 'High', 'Critical'];

/** Score and band of one RAID item. */
export interface ISeverity {
  /** probability × impact, 1..25. */
  score: number;
  band: SeverityBand;
}

/** Column limits of the PMO RAID Log: single line of text 255, multiple lines of plain text 63,999. */
export const RAID_LIMITS = { title: 255, description: 63999, mitigation: 63999 };

/** The probability an issue is scored with: it has already happened, so it is certain. */
export const ISSUE_PROBABILITY = 5;

const isScore = (n: unknown): n is number =>
  typeof n === 'number' && Math.floor(n) === n && n >= 1 && n <= 5;

/**
 * The band of a score. The rule (documented in docs/schema.md and shown in the matrix legend):
 * Low 1–4, Medium 5–9, High 10–15, Critical 16–25. On the 5×5 grid this makes every cell with a 5 and
 * a 4 or more Critical, and keeps "likely but minor" (5×1) and "rare but severe" (1×5) at Medium.
 */
export function severityBand(score: number): SeverityBand {
  if (score >= 16) return 'Critical';
  if (score >= 10) return 'High';
  if (score >= 5) return 'Medium';
  return 'Low';
}

/**
 * Severity of an item: probability × impact for risks; issues count as certain (probability 5).
 * Undefined when the item has no valid scores, or is an assumption, dependency or decision.
 */
export function severity(item: Pick<IRaidItem, 'kind' | 'probability' | 'impact'>): ISeverity | undefined {
  const probability = item.kind === 'Issue' ? ISSUE_PROBABILITY : item.kind === 'Risk' ? item.probability : undefined;
  if (!isScore(probability) || !isScore(item.impact)) return undefined;
  const score = probability * item.impact;
  return { score, band: severityBand(score) };
}

/** True for High and Critical items: the ones the RAID list makes stand out. */
export function isSevere(item: Pick<IRaidItem, 'kind' | 'probability' | 'impact'>): boolean {
  const s = severity(item);
  return !!s && (s.band === 'High' || s.band === 'Critical');
}

/** Anything not closed is still open (Open and In progress). */
export function isOpen(item: Pick<IRaidItem, 'status'>): boolean {
  return item.status !== 'Closed';
}

/** Open with a due date before today; an item due today is not overdue yet. */
export function isOverdue(item: Pick<IRaidItem, 'status' | 'dueDate'>, today: Date | string): boolean {
  if (!isOpen(item) || !item.dueDate) return false;
  const due = item.dueDate.slice(0, 10);
  if (!isIsoDate(due)) return false;
  return due < toIsoDate(today);
}

/**
 * Counts of open risks per cell: `cells[p - 1][i - 1]` is the number of open risks with probability p
 * and impact i. Risks without valid scores are left out (and counted in `unscored`).
 */
export interface IRiskMatrix {
  cells: number[][];
  unscored: number;
  total: number;
}

/** The 5×5 matrix of open risks. */
export function riskMatrix(items: Pick<IRaidItem, 'kind' | 'status' | 'probability' | 'impact'>[]): IRiskMatrix {
  const cells = [0, 1, 2, 3, 4].map(() => [0, 0, 0, 0, 0]);
  let unscored = 0;
  let total = 0;
  for (const item of items) {
    if (item.kind !== 'Risk' || !isOpen(item)) continue;
    total++;
    if (isScore(item.probability) && isScore(item.impact)) cells[item.probability - 1][item.impact - 1]++;
    else unscored++;
  }
  return { cells, unscored, total };
}

const text = (v: string | undefined): string => (v === undefined || v === null ? '' : v);
const num = (v: number | undefined): string => (v === undefined || v === null ? '' : String(v));
const opt = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

/**
 * What the RAID form edits. Scores stay as typed so "six" can be reported rather than dropped; the
 * owner is the picked person; '' means none.
 */
export interface IRaidFormValues {
  title: string;
  projectId: number;
  kind: RaidKind | '';
  description: string;
  probability: string;
  impact: string;
  owner?: IPerson;
  status: RaidStatus | '';
  dueDate: string;
  mitigation: string;
  dependsOnProjectId?: number;
  raisedInMeetingId?: number;
}

/** Form values of a new item of the project (an open risk by default). */
export function emptyRaidValues(projectId: number, kind: RaidKind = 'Risk'): IRaidFormValues {
  return { title: '', projectId, kind, description: '', probability: '', impact: '', status: 'Open', dueDate: '', mitigation: '' };
}

/** Form values of a saved item. */
export function raidToFormValues(item: IRaidItem): IRaidFormValues {
  return {
    title: text(item.title),
    projectId: item.projectId,
    kind: item.kind || '',
    description: text(item.description),
    probability: num(item.probability),
    impact: num(item.impact),
    owner: item.owner,
    status: item.status || '',
    dueDate: text(item.dueDate).slice(0, 10),
    mitigation: text(item.mitigation),
    dependsOnProjectId: item.dependsOnProjectId,
    raisedInMeetingId: item.raisedInMeetingId
  };
}

/**
 * The draft to write, from valid form values (call validateRaid first). Scores a kind does not use
 * are dropped (an assumption has no probability), as is the target of anything but a dependency.
 */
export function toRaidDraft(v: IRaidFormValues): RaidDraft {
  const kind = v.kind as RaidKind;
  return {
    title: v.title.trim(),
    projectId: v.projectId,
    kind,
    description: v.description,
    probability: kind === 'Risk' ? parseNumber(v.probability) : undefined,
    impact: kind === 'Risk' || kind === 'Issue' ? parseNumber(v.impact) : undefined,
    ownerId: v.owner ? v.owner.id : undefined,
    status: v.status as RaidStatus,
    dueDate: opt(v.dueDate),
    mitigation: v.mitigation,
    dependsOnProjectId: kind === 'Dependency' ? v.dependsOnProjectId : undefined,
    raisedInMeetingId: v.raisedInMeetingId
  };
}


/**
 * Every problem of a RAID item's form values, one message per field; empty when it may be saved.
 * Risks need probability and impact (whole numbers 1–5); issues may carry an impact; dependencies
 * need the project they depend on, which is not this one; long texts fit their columns.
 */
export function validateRaid(v: IRaidFormValues): FieldErrors<IRaidFormValues> {
  const errors: FieldErrors<IRaidFormValues> = {
    title: first(required(v.title), maxLength(v.title.trim(), RAID_LIMITS.title)),
    kind: requiredOneOf(v.kind, RAID_KINDS),
    status: requiredOneOf(v.status, RAID_STATUSES),
    description: maxLength(v.description, RAID_LIMITS.description),
    mitigation: maxLength(v.mitigation, RAID_LIMITS.mitigation),
    probability: v.kind === 'Risk' ? first(required(v.probability), integerScale(v.probability)) : undefined,
    impact:
      v.kind === 'Risk'
        ? first(required(v.impact), integerScale(v.impact))
        : v.kind === 'Issue'
          ? integerScale(v.impact)
          : undefined,
    dueDate: date(v.dueDate),
    dependsOnProjectId:
      v.kind !== 'Dependency'
        ? undefined
        : !v.dependsOnProjectId
          ? { key: 'ValidationRaidDependencyTarget' }
          : v.dependsOnProjectId === v.projectId
            ? { key: 'ValidationRaidDependencySelf' }
            : undefined
  };
  return dropEmpty(errors);
}
