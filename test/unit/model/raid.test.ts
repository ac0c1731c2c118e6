import {
  emptyRaidValues,
  isOverdue,
  isSevere,
  raidToFormValues,
  riskMatrix,
  severity,
  severityBand,
  toRaidDraft,
  validateRaid
} from '../../../src/model/raid';
import type { IRaidFormValues } from '../../../src/model/raid';
import type { IRaidItem } from '../../../src/model/types';

const risk = (over: Partial<IRaidItem> = {}): IRaidItem => ({
  id: 1,
  etag: '"1"',
  title: 'Supplier may be late',
  projectId: 7,
  kind: 'Risk',
  description: '',
  probability: 3,
  impact: 4,
  status: 'Open',
  mitigation: '',
  ...over
});

describe('severity', () => {
  it.each([
    [1, 'Low'], [4, 'Low'], [5, 'Medium'], [9, 'Medium'], [10, 'High'], [15, 'High'], [16, 'Critical'], [25, 'Critical']
  ])('score %i is %s', (score, band) => {
    expect(severityBand(score)).toBe(band);
  });

  it('multiplies probability and impact for risks', () => {
    expect(severity(risk({ probability: 3, impact: 4 }))).toEqual({ score: 12, band: 'High' });
    expect(severity(risk({ probability: 5, impact: 5 }))).toEqual({ score: 25, band: 'Critical' });
    expect(severity(risk({ probability: 1, impact: 1 }))).toEqual({ score: 1, band: 'Low' });
  });

  it('scores issues as certain (probability 5) whatever probability they carry', () => {
    expect(severity(risk({ kind: 'Issue', probability: undefined, impact: 2 }))).toEqual({ score: 10, band: 'High' });
    expect(severity(risk({ kind: 'Issue', probability: 1, impact: 1 }))).toEqual({ score: 5, band: 'Medium' });
  });

  it('has no severity without valid scores or for other kinds', () => {
    expect(severity(risk({ probability: undefined }))).toBeUndefined();
    expect(severity(risk({ probability: 6 }))).toBeUndefined();
    expect(severity(risk({ impact: 2.5 }))).toBeUndefined();
    expect(severity(risk({ kind: 'Decision' }))).toBeUndefined();
    expect(severity(risk({ kind: 'Assumption' }))).toBeUndefined();
  });

  it('marks high and critical items as severe, not medium ones', () => {
    expect(isSevere(risk({ probability: 2, impact: 5 }))).toBe(true);
    expect(isSevere(risk({ probability: 4, impact: 4 }))).toBe(true);
    expect(isSevere(risk({ probability: 3, impact: 3 }))).toBe(false);
    expect(isSevere(risk({ kind: 'Dependency' }))).toBe(false);
  });
});

describe('isOverdue', () => {
  it('is overdue when open and due before today', () => {
    expect(isOverdue(risk({ dueDate: '2025-03-09' }), '2025-03-10')).toBe(true);
    expect(isOverdue(risk({ dueDate: '2025-03-09', status: 'In progress' }), '2025-03-10')).toBe(true);
  });

  it('is not overdue on the due day, when closed, or without a due date', () => {
    expect(isOverdue(risk({ dueDate: '2025-03-10' }), '2025-03-10')).toBe(false);
    expect(isOverdue(risk({ dueDate: '2025-03-01', status: 'Closed' }), '2025-03-10')).toBe(false);
    expect(isOverdue(risk({ dueDate: undefined }), '2025-03-10')).toBe(false);
    expect(isOverdue(risk({ dueDate: 'soon' }), '2025-03-10')).toBe(false);
  });

  it('compares the date part of a stored date-time and uses the local day of a Date', () => {
    expect(isOverdue(risk({ dueDate: '2025-03-09T22:00:00Z' }), new Date(2025, 2, 10, 0, 30))).toBe(true);
    expect(isOverdue(risk({ dueDate: '2025-03-10T00:00:00Z' }), new Date(2025, 2, 10, 23, 59))).toBe(false);
  });
});

describe('riskMatrix', () => {
  it('counts open risks per probability (row) and impact (column)', () => {
    const m = riskMatrix([
      risk({ probability: 5, impact: 1 }),
      risk({ probability: 5, impact: 1 }),
      risk({ probability: 1, impact: 5, status: 'In progress' }),
      risk({ probability: 3, impact: 3 })
    ]);
    expect(m.cells[4][0]).toBe(2);
    expect(m.cells[0][4]).toBe(1);
    expect(m.cells[2][2]).toBe(1);
    expect(m.cells.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0)).toBe(4);
    expect(m.total).toBe(4);
  });

  it('leaves out closed risks and other kinds, and counts unscored open risks apart', () => {
    const m = riskMatrix([
      risk({ status: 'Closed' }),
      risk({ kind: 'Issue', impact: 5 }),
      risk({ probability: undefined }),
      risk({ probability: 2, impact: 2 })
    ]);
    expect(m.total).toBe(2);
    expect(m.unscored).toBe(1);
    expect(m.cells[1][1]).toBe(1);
    expect(m.cells[2][3]).toBe(0);
  });
});

describe('validateRaid', () => {
  const values = (over: Partial<IRaidFormValues> = {}): IRaidFormValues => ({
    ...raidToFormValues(risk()),
    ...over
  });
  const key = (errors: ReturnType<typeof validateRaid>, field: keyof IRaidFormValues): string | undefined => errors[field]?.key;

  it('accepts a complete risk', () => {
    expect(validateRaid(values())).toEqual({});
  });

  it('requires a title that is not blank and fits a single line of text', () => {
    expect(key(validateRaid(values({ title: '  ' })), 'title')).toBe('ValidationRequired');
    expect(validateRaid(values({ title: 'x'.repeat(256) })).title).toEqual({ key: 'ValidationMaxLength', values: [255, 256] });
    expect(validateRaid(values({ title: 'x'.repeat(255) })).title).toBeUndefined();
  });

  it('requires whole-number probability and impact from 1 to 5 on risks', () => {
    expect(validateRaid(values({ probability: '6' })).probability).toEqual({ key: 'ValidationScale', values: [1, 5] });
    expect(key(validateRaid(values({ probability: '0' })), 'probability')).toBe('ValidationScale');
    expect(key(validateRaid(values({ impact: '2.5' })), 'impact')).toBe('ValidationScale');
    expect(key(validateRaid(values({ impact: 'high' })), 'impact')).toBe('ValidationScale');
    expect(key(validateRaid(values({ impact: '' })), 'impact')).toBe('ValidationRequired');
  });

  it('does not ask assumptions for scores, and lets issues leave impact out but not put it out of range', () => {
    expect(validateRaid(values({ kind: 'Assumption', probability: '', impact: '' }))).toEqual({});
    expect(validateRaid(values({ kind: 'Issue', probability: '', impact: '' }))).toEqual({});
    expect(key(validateRaid(values({ kind: 'Issue', impact: '9' })), 'impact')).toBe('ValidationScale');
  });

  it('checks the due date is a real date', () => {
    expect(key(validateRaid(values({ dueDate: '2025-02-30' })), 'dueDate')).toBe('ValidationDate');
    expect(key(validateRaid(values({ dueDate: 'tomorrow' })), 'dueDate')).toBe('ValidationDate');
    expect(validateRaid(values({ dueDate: '2024-02-29' })).dueDate).toBeUndefined();
  });

  it('requires a dependency to name another project', () => {
    expect(key(validateRaid(values({ kind: 'Dependency' })), 'dependsOnProjectId')).toBe('ValidationRaidDependencyTarget');
    expect(key(validateRaid(values({ kind: 'Dependency', dependsOnProjectId: 7 })), 'dependsOnProjectId')).toBe('ValidationRaidDependencySelf');
    expect(validateRaid(values({ kind: 'Dependency', dependsOnProjectId: 8 }))).toEqual({});
  });

  it('limits the long texts and requires a known kind and status', () => {
    expect(key(validateRaid(values({ description: 'x'.repeat(64000) })), 'description')).toBe('ValidationMaxLength');
    expect(key(validateRaid(values({ mitigation: 'x'.repeat(64000) })), 'mitigation')).toBe('ValidationMaxLength');
    expect(key(validateRaid(values({ kind: 'Rumour' as never })), 'kind')).toBe('ValidationRequired');
    expect(key(validateRaid(values({ status: '' })), 'status')).toBe('ValidationRequired');
  });
});

describe('form values and drafts', () => {
  it('round-trips a saved risk through the form', () => {
    const item = risk({ owner: { id: 9, title: 'Ada', email: 'ada@contoso.com' }, dueDate: '2025-04-01' });
    const draft = toRaidDraft(raidToFormValues(item));
    expect(draft).toMatchObject({ title: item.title, probability: 3, impact: 4, ownerId: 9, dueDate: '2025-04-01', status: 'Open' });
  });

  it('drops the fields a kind does not use and empty dates', () => {
    const draft = toRaidDraft({ ...emptyRaidValues(7, 'Assumption'), title: ' Budget approved ', probability: '3', impact: '3', dependsOnProjectId: 2 });
    expect(draft.title).toBe('Budget approved');
    expect(draft.probability).toBeUndefined();
    expect(draft.impact).toBeUndefined();
    expect(draft.dependsOnProjectId).toBeUndefined();
    expect(draft.dueDate).toBeUndefined();
    expect(toRaidDraft({ ...emptyRaidValues(7, 'Dependency'), title: 'API', dependsOnProjectId: 2 }).dependsOnProjectId).toBe(2);
    expect(toRaidDraft({ ...emptyRaidValues(7, 'Issue'), title: 'Down', impact: '4' })).toMatchObject({ impact: 4, probability: undefined });
  });
});
