/**
 * A Graph scope missing (the tenant's consent simulation, POST /__pmo/consent) through the real data
 * layer: every refused call is a forbidden AppError naming the permission PMO Hub relies on for it, and
 * the message a person reads says it; reads that need another scope keep working.
 */
import * as strings from 'PmoHubStrings';
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { servicesFor } from '../helpers/clients';
import { errorMessage } from '../../src/components/common/errorMessage';
import { AppError } from '../../src/services/errors';
import type { IPmoServices } from '../../src/services/types';

const FROM = '2025-03-01T00:00:00Z';
const TO = '2025-04-01T00:00:00Z';
const named = (permission: string): string => strings.ErrorPermissionMissing.replace(/\{0\}/g, permission);

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a refusal');
}

describe('Graph consent missing, through the data layer', () => {
  let tenant: RunningTenant;
  let s: IPmoServices;
  let group: string;
  let plan: string;
  const fixture = async (op: string, args: Record<string, unknown>): Promise<string> => {
    const r = (await tenant.control<{ result: unknown }>('POST', 'graph/fixture', { op, args })).result;
    return typeof r === 'string' ? r : (r as { id: string }).id;
  };
  const deny = (scopes: string[]): Promise<unknown> => tenant.control('POST', 'consent', { deny: scopes });

  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    s = servicesFor(tenant);
    group = await fixture('addGroup', { displayName: 'Consent team', mail: 'consentteam@contoso.com', ownerIds: ['pmo.manager@contoso.com'], memberIds: ['pmo.manager@contoso.com'] });
    plan = await fixture('addPlan', { groupId: group, title: 'Consent plan' });
    await fixture('addTask', { planId: plan, title: 'Task', percentComplete: 0 });
    await fixture('addEvent', { calendar: { kind: 'group', ownerId: group }, subject: 'Group steering', start: '2025-03-10T09:00:00Z', end: '2025-03-10T10:00:00Z' });
    await fixture('addEvent', { calendar: { kind: 'user', ownerId: 'pmo.manager@contoso.com' }, subject: 'My review', start: '2025-03-11T09:00:00Z', end: '2025-03-11T10:00:00Z' });
  }, 60_000);
  afterAll(async () => {
    await tenant?.stop();
  });

  it('without Calendars.ReadWrite: the group calendars still come, the own calendar is reported naming the permission', async () => {
    await deny(['Calendars.ReadWrite']);
    const unread: AppError[] = [];
    const events = await s.calendar.meetings([group], FROM, TO, (e) => unread.push(e));
    expect(events.map((e) => e.subject)).toEqual(['Group steering']);
    expect(unread.map((e) => [e.kind, e.permission])).toEqual([['forbidden', 'Calendars.ReadWrite']]);
    expect(errorMessage(unread[0])).toBe(named('Calendars.ReadWrite'));
    // Without onUnread the call fails as a whole, still naming the permission.
    expect(errorMessage(await refusal(s.calendar.meetings([group], FROM, TO)))).toBe(named('Calendars.ReadWrite'));
  });

  it('without Group.Read.All: group calendars (inside $batch) and the group picker name it; Planner reads still work', async () => {
    await deny(['Group.Read.All']);
    const unread: AppError[] = [];
    const events = await s.calendar.meetings([group], FROM, TO, (e) => unread.push(e));
    expect(events.map((e) => e.subject)).toEqual(['My review']);
    expect(unread.map((e) => e.permission)).toEqual(['Group.Read.All']);
    expect(errorMessage(await refusal(s.directory.groups()))).toBe(named('Group.Read.All'));
    expect((await s.planner.tasks(plan)).map((t) => t.title)).toEqual(['Task']);
  });

  it('without Tasks.ReadWrite and Group.Read.All: Planner reads (single and batched) name Tasks.ReadWrite', async () => {
    await deny(['Tasks.ReadWrite', 'Group.Read.All']);
    expect((await refusal(s.planner.tasks(plan))).permission).toBe('Tasks.ReadWrite');
    const settled = await s.planner.tasksOfPlansSettled([plan]);
    const outcome = settled.get(plan)!;
    expect(outcome.ok).toBe(false);
    expect(errorMessage(!outcome.ok && outcome.error)).toBe(named('Tasks.ReadWrite'));
  });

  it('without User.ReadBasic.All: the people search names it; without Mail.Send the mail does', async () => {
    await deny(['User.ReadBasic.All']);
    expect(errorMessage(await refusal(s.people.search('meg')))).toBe(named('User.ReadBasic.All'));
    await deny(['Mail.Send']);
    const mail = s.outlook.sendMail({ subject: 'Minutes', html: '<p>x</p>', to: ['meganb@contoso.com'] });
    expect(errorMessage(await refusal(mail))).toBe(named('Mail.Send'));
    expect(await tenant.control('GET', 'outbox')).toEqual([]);
  });

  it('with nothing denied every call answers', async () => {
    await deny([]);
    expect((await s.calendar.meetings([group], FROM, TO)).map((e) => e.subject).sort()).toEqual(['Group steering', 'My review']);
    expect((await s.directory.groups()).length).toBeGreaterThan(0);
  });
});
