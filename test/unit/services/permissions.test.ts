import * as strings from 'PmoHubStrings';
import { errorMessage } from '../../../src/components/common/errorMessage';
import { toAppError } from '../../../src/services/errors';
import { namingPermissions, permissionFor, withPermission } from '../../../src/services/graph/permissions';
import type { IGraphLike } from '../../../src/services/clients';

const graphError = (statusCode: number, code = '', message = 'Refused'): Error => Object.assign(new Error(message), { statusCode, code });

describe('the Graph permission a call relies on', () => {
  it.each([
    ['POST', '/me/sendMail', 'Mail.Send'],
    ['GET', '/me/calendarView?startDateTime=2025-01-01T00:00:00Z', 'Calendars.ReadWrite'],
    ['POST', '/me/events/AAMk=/attachments', 'Calendars.ReadWrite'],
    ['GET', '/groups/g1/calendarView?x=1', 'Group.Read.All'],
    ['GET', 'https://graph.microsoft.com/v1.0/groups/g1/calendar/events?$skiptoken=x', 'Group.Read.All'],
    ['GET', '/planner/plans/p1/tasks', 'Tasks.ReadWrite'],
    ['POST', '/planner/tasks', 'Tasks.ReadWrite'],
    ['GET', '/groups/g1/planner/plans', 'Tasks.ReadWrite'],
    ['GET', "/groups?$filter=startswith(displayName,'x')", 'Group.Read.All'],
    ['GET', '/teams/g1/channels', 'Group.Read.All'],
    ['GET', "/users?$filter=startswith(displayName,'meg')", 'User.ReadBasic.All'],
    ['GET', '/users/megan@contoso.com?$select=id', 'User.ReadBasic.All'],
    ['GET', '/me', 'User.Read']
  ])('%s %s → %s', (method, url, permission) => {
    expect(permissionFor(method, url)).toBe(permission);
  });

  it('names nothing for a call outside the table', () => {
    expect(permissionFor('POST', '/$batch')).toBeUndefined();
    expect(permissionFor('GET', '/sites/root')).toBeUndefined();
  });
});

describe('a refused Graph call names its permission in the message', () => {
  it('403 and 401 are marked; other failures are not', () => {
    expect((withPermission(graphError(403, 'ErrorAccessDenied'), 'GET', '/me/calendarView') as { permission?: string }).permission).toBe('Calendars.ReadWrite');
    expect((withPermission(graphError(401), 'POST', '/me/sendMail') as { permission?: string }).permission).toBe('Mail.Send');
    expect((withPermission(graphError(404), 'GET', '/planner/plans/p/tasks') as { permission?: string }).permission).toBeUndefined();
    expect((withPermission(graphError(429), 'GET', '/planner/plans/p/tasks') as { permission?: string }).permission).toBeUndefined();
  });

  it('SPFx without any consent (AADSTS65001, no status) is a forbidden error naming the permission', () => {
    const e = withPermission(new Error("AADSTS65001: The user or administrator has not consented to use the application with ID 'x'"), 'GET', '/me/calendarView');
    const app = toAppError(e, 'Meetings');
    expect(app.kind).toBe('forbidden');
    expect(app.permission).toBe('Calendars.ReadWrite');
  });

  it('the localized message names the permission; a 403 without one keeps the generic text', () => {
    const named = toAppError(withPermission(graphError(403, '', 'You do not have the required permissions to access this item.'), 'GET', '/planner/plans/p/tasks'), 'Planner');
    expect(errorMessage(named)).toBe(strings.ErrorPermissionMissing.replace(/\{0\}/g, 'Tasks.ReadWrite'));
    expect(errorMessage(named)).toContain('Tasks.ReadWrite');
    // A SharePoint 403 (no access to a list) has no Graph permission to name.
    expect(errorMessage(toAppError(Object.assign(new Error('Access denied'), { status: 403 }), 'Projects'))).toBe(strings.ErrorForbidden);
  });

  it('namingPermissions marks what the client rejects with, per method, and passes results through', async () => {
    const calls: string[] = [];
    const fake = (path: string) => ({
      select() {
        return this;
      },
      get: () => (calls.push(`GET ${path}`), path === '/ok' ? Promise.resolve({ value: 1 }) : Promise.reject(graphError(403))),
      post: () => (calls.push(`POST ${path}`), Promise.reject(graphError(403)))
    });
    const graph = namingPermissions({ api: fake } as unknown as IGraphLike);
    await expect(graph.api('/ok').select('id').get()).resolves.toEqual({ value: 1 });
    await expect(graph.api('/users').get()).rejects.toMatchObject({ statusCode: 403, permission: 'User.ReadBasic.All' });
    await expect(graph.api('/me/sendMail').post({})).rejects.toMatchObject({ permission: 'Mail.Send' });
    expect(calls).toEqual(['GET /ok', 'GET /users', 'POST /me/sendMail']);
  });
});
