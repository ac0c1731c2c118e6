/**
 * Provisioning (issue 2) against the real local tenant: an empty PMO site gets all seven lists with
 * every field of the schema; a second run changes nothing and writes nothing; a field added to the
 * schema later is added on the next run, and a column that should be indexed gets its index.
 */
import { startLocalTenant, type RunningTenant } from '../helpers/localTenant';
import { clientsFor, logMark, logSince } from '../helpers/clients';
import { ProvisioningService } from '../../src/services/sharepoint/provisioning';
import { PMO_LISTS, SCHEMA_VERSION, type IListSchema } from '../../src/services/sharepoint/schema';
import type { IPmoClients } from '../../src/services/clients';
import type { IProvisioningStep } from '../../src/services/types';

interface FieldInfo {
  InternalName: string;
  TypeAsString: string;
  Required: boolean;
  Indexed: boolean;
  LookupList?: string;
}

const norm = (guid: string | undefined): string => String(guid ?? '').replace(/[{}]/g, '').toLowerCase();
const fieldCount = (lists: IListSchema[]): number => lists.reduce((n, l) => n + l.fields.filter((f) => !f.builtIn).length, 0);

describe('provisioning the PMO lists', () => {
  let tenant: RunningTenant;
  let clients: IPmoClients;
  beforeAll(async () => {
    tenant = await startLocalTenant({ seed: 'none' });
    clients = clientsFor(tenant);
  }, 120000);
  afterAll(async () => {
    await tenant?.stop();
  });

  it('creates all seven lists with every field on an empty site', async () => {
    const service = new ProvisioningService(clients.sp);
    expect(await service.missing()).toEqual(expect.arrayContaining(PMO_LISTS.map((l) => l.title)));

    const mark = await logMark(tenant);
    const progress: [IProvisioningStep, number, number][] = [];
    const report = await service.ensure((step, done, total) => progress.push([step, done, total]));
    const requests = (await logSince(tenant, mark)).filter((e) => !e.inner);

    const total = PMO_LISTS.length + fieldCount(PMO_LISTS);
    expect(report.changes).toBe(total);
    expect(report.schemaVersion).toBe(SCHEMA_VERSION);
    expect(report.steps.filter((s) => s.action === 'createdList').map((s) => s.list)).toEqual(PMO_LISTS.map((l) => l.title));
    expect(progress.map(([, done]) => done)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(progress.every(([, , t]) => t === total)).toBe(true);
    // Fields go in one $batch per list (split every 20), not one request each.
    expect(requests.length).toBeLessThan(total / 2);
    console.info(`provisioning, first run: ${requests.length} requests for ${total} lists and fields`);

    const lists: { Id: string; Title: string }[] = await clients.sp.web.lists.select('Id', 'Title')();
    const idOf = (title: string) => norm(lists.filter((l) => l.Title === title)[0]?.Id);
    for (const list of PMO_LISTS) {
      const fields: FieldInfo[] = await clients.sp.web.lists
        .getByTitle(list.title)
        .fields.select('InternalName', 'TypeAsString', 'Required', 'Indexed')();
      for (const f of list.fields) {
        const actual = fields.filter((x) => x.InternalName === f.name)[0];
        expect({ list: list.title, field: f.name, found: Boolean(actual) }).toEqual({ list: list.title, field: f.name, found: true });
        expect([f.name, actual.TypeAsString]).toEqual([f.name, f.multiple ? `${f.type}Multi` : f.type]);
        if (f.builtIn) continue;
        expect([f.name, Boolean(actual.Required), Boolean(actual.Indexed)]).toEqual([f.name, Boolean(f.required), Boolean(f.indexed || f.unique)]);
        if (!f.lookupList) continue;
        // LookupList is a property of SP.FieldLookup only, so it is read per field.
        const lookup: FieldInfo = await clients.sp.web.lists.getByTitle(list.title).fields.getByInternalNameOrTitle(f.name).select('LookupList')();
        expect([f.name, norm(lookup.LookupList)]).toEqual([f.name, idOf(f.lookupList)]);
      }
    }
    expect(await service.missing()).toEqual([]);
  }, 120000);

  it('makes no changes and sends no writes on a second run', async () => {
    const mark = await logMark(tenant);
    const report = await new ProvisioningService(clients.sp).ensure();
    const requests = await logSince(tenant, mark);

    expect(report.changes).toBe(0);
    expect(report.steps.every((s) => s.action === 'unchanged')).toBe(true);
    expect(report.steps).toHaveLength(PMO_LISTS.length + fieldCount(PMO_LISTS));
    expect(requests.filter((e) => e.method !== 'GET')).toEqual([]);
    // One read: the PMO lists with their fields expanded (the setup check every web part makes on open).
    expect(requests.map((e) => `${e.method} ${decodeURIComponent(e.path.split('?')[0])}`)).toEqual(['GET /sites/pmo/_api/web/lists']);
    expect(decodeURIComponent(requests[0].path)).toContain('$expand=Fields');
    console.info(`provisioning, second run: ${requests.length} requests, all GET`);
  }, 60000);

  it('adds a field that a newer schema has, and indexes a column that should now be indexed', async () => {
    const upgraded: IListSchema[] = PMO_LISTS.map((l) =>
      l.title !== 'PMO Costs'
        ? l
        : {
            ...l,
            fields: [
              ...l.fields.map((f) => (f.name === 'Category' ? { ...f, indexed: true } : f)),
              { name: 'InvoiceRef', title: 'Invoice reference', type: 'Text' as const, maxLength: 50, since: SCHEMA_VERSION + 1 }
            ]
          }
    );
    const service = new ProvisioningService(clients.sp, upgraded, SCHEMA_VERSION + 1);
    expect(await service.missing()).toEqual(['PMO Costs/InvoiceRef']);

    const report = await service.ensure();
    expect(report.changes).toBe(2);
    expect(report.schemaVersion).toBe(SCHEMA_VERSION + 1);
    expect(report.steps.filter((s) => s.action !== 'unchanged')).toEqual([
      { list: 'PMO Costs', field: 'Category', action: 'updatedField' },
      { list: 'PMO Costs', field: 'InvoiceRef', action: 'createdField' }
    ]);
    const fields: FieldInfo[] = await clients.sp.web.lists
      .getByTitle('PMO Costs')
      .fields.select('InternalName', 'TypeAsString', 'Indexed')();
    const byName = (n: string) => fields.filter((f) => f.InternalName === n)[0];
    expect(byName('InvoiceRef')).toMatchObject({ TypeAsString: 'Text' });
    expect(byName('Category').Indexed).toBe(true);

    expect((await service.ensure()).changes).toBe(0);
  }, 60000);
});
