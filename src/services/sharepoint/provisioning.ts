/**
 * Creates or upgrades the PMO lists from the schema (design.md "Provisioning"). Reads the site once
 * (one GET: the PMO lists with their fields expanded), then writes only what is missing: lists one by
 * one, fields of a list in one SharePoint $batch, indexes in another. A site that is up to date costs
 * that one GET and no writes; nothing that exists is renamed or changed except a missing index.
 */
import type { SPFI } from '../clients';
import type { IProvisioningReport, IProvisioningService, IProvisioningStep } from '../types';
import { toAppError } from '../errors';
import { guard, settle, type Settled } from '../guard';
import { ADD_FIELD_OPTIONS, fieldXml } from './fieldXml';
import { PMO_LISTS, SCHEMA_VERSION, type IFieldSchema, type IListSchema } from './schema';

interface IFieldState {
  indexed: boolean;
}

interface IListState {
  id: string;
  /** Fields by internal name; undefined for a list created in this run (only built-ins exist). */
  fields: Record<string, IFieldState> | undefined;
}

type SiteState = Record<string, IListState | undefined>;

const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const wantsIndex = (f: IFieldSchema): boolean => Boolean(f.indexed || f.unique);

export class ProvisioningService implements IProvisioningService {
  /** `lists` is the schema to provision; tests pass a modified one to exercise upgrades. */
  constructor(
    private readonly sp: SPFI,
    private readonly lists: IListSchema[] = PMO_LISTS,
    private readonly version: number = SCHEMA_VERSION
  ) {}

  public missing(): Promise<string[]> {
    return guard('Checking the PMO lists', async () => {
      const state = await this.readState();
      const out: string[] = [];
      for (const list of this.lists) {
        const s = state[list.title];
        if (!s) {
          out.push(list.title);
          continue;
        }
        for (const f of list.fields) if (!f.builtIn && !has(s.fields ?? {}, f.name)) out.push(`${list.title}/${f.name}`);
      }
      return out;
    });
  }

  public ensure(onProgress?: (step: IProvisioningStep, done: number, total: number) => void): Promise<IProvisioningReport> {
    return guard('Setting up the PMO lists', async () => {
      const state = await this.readState();
      const steps: IProvisioningStep[] = [];
      const total = this.lists.reduce((n, l) => n + 1 + l.fields.filter((f) => !f.builtIn).length, 0);
      const report = (step: IProvisioningStep): void => {
        steps.push(step);
        if (onProgress) onProgress(step, steps.length, total);
      };
      // All lists first, so every lookup target exists (with its id) before any field is created.
      for (const list of this.lists) {
        if (state[list.title]) {
          report({ list: list.title, action: 'unchanged' });
          continue;
        }
        const info = await this.sp.web.lists.add(list.title, list.description, 100, false, { OnQuickLaunch: true });
        state[list.title] = { id: info.Id, fields: undefined };
        report({ list: list.title, action: 'createdList' });
      }
      for (const list of this.lists) await this.ensureFields(list, state, report);
      return {
        steps,
        changes: steps.filter((s) => s.action !== 'unchanged').length,
        schemaVersion: this.version
      };
    });
  }

  private async ensureFields(list: IListSchema, state: SiteState, report: (s: IProvisioningStep) => void): Promise<void> {
    const own = state[list.title] as IListState;
    const existing = own.fields ?? {};
    const toCreate = list.fields.filter((f) => !f.builtIn && !has(existing, f.name));
    const toIndex = list.fields.filter((f) => !f.builtIn && has(existing, f.name) && wantsIndex(f) && !existing[f.name].indexed);

    const listId = (title: string): string => {
      const target = state[title];
      if (!target) throw new Error(`Lookup target list ${title} is not in the schema being provisioned`);
      return target.id;
    };
    const created = await this.inBatch(list.title, toCreate, (fields, f) =>
      fields.createFieldAsXml({ SchemaXml: fieldXml(f, listId), Options: ADD_FIELD_OPTIONS })
    );
    // Some hosts ignore Indexed in the XML; index those explicitly rather than leave them unindexed.
    const notIndexed = toCreate.filter((f, i) => {
      const r = created[i];
      return wantsIndex(f) && r.ok && !(r.value as { Indexed?: boolean }).Indexed;
    });
    const indexed = await this.inBatch(list.title, toIndex.concat(notIndexed), (fields, f) =>
      fields.getByInternalNameOrTitle(f.name).update({ Indexed: true }, 'SP.Field')
    );

    for (const f of list.fields) {
      if (f.builtIn) continue;
      const c = toCreate.indexOf(f);
      const u = toIndex.indexOf(f);
      if (c >= 0) {
        throwIfFailed(created[c], `Creating field ${list.title}/${f.name}`);
        report({ list: list.title, field: f.name, action: 'createdField' });
      } else if (u >= 0) {
        throwIfFailed(indexed[u], `Indexing field ${list.title}/${f.name}`);
        report({ list: list.title, field: f.name, action: 'updatedField' });
      } else {
        report({ list: list.title, field: f.name, action: 'unchanged' });
      }
    }
    for (let i = toIndex.length; i < indexed.length; i++) throwIfFailed(indexed[i], `Indexing field ${list.title}`);
  }

  /** Runs one request per field in a single SharePoint $batch (PnPjs splits it every 20 requests). */
  private async inBatch<R>(
    listTitle: string,
    fields: IFieldSchema[],
    op: (fieldsOfList: ReturnType<SPFI['web']['lists']['getByTitle']>['fields'], f: IFieldSchema) => Promise<R>
  ): Promise<Settled<R>[]> {
    if (!fields.length) return [];
    const [batched, execute] = this.sp.batched();
    // A fresh chain per request: PnPjs binds a batched request to its queryable instance.
    const pending = settle(fields.map((f) => op(batched.web.lists.getByTitle(listTitle).fields, f)));
    await execute();
    return pending;
  }

  /**
   * The PMO lists present on the site with the fields of each, in one GET: the lists collection
   * filtered to the schema's titles with Fields expanded (SharePoint Online expands Fields on
   * web/lists). One request instead of one per list, because every web part runs this check on open.
   * Asked without metadata: the odata.type/id/editLink of each of the ~200 fields would be most of the bytes.
   */
  private async readState(): Promise<SiteState> {
    const state: SiteState = {};
    if (!this.lists.length) return state;
    const filter = this.lists.map((l) => `Title eq '${l.title.replace(/'/g, "''")}'`).join(' or ');
    const infos: { Id: string; Title: string; Fields: { InternalName: string; Indexed?: boolean }[] }[] = await this.sp.web.lists
      .select('Id', 'Title', 'Fields/InternalName', 'Fields/Indexed')
      .expand('Fields')
      .filter(filter)({ headers: { Accept: 'application/json;odata=nometadata' } });
    for (const l of this.lists) {
      // Titles compare case-insensitively in $filter; the schema's exact title is the one that counts.
      const info = infos.filter((i) => i.Title === l.title)[0];
      if (!info) continue;
      const byName: Record<string, IFieldState> = {};
      for (const f of info.Fields) byName[f.InternalName] = { indexed: Boolean(f.Indexed) };
      state[l.title] = { id: info.Id, fields: byName };
    }
    return state;
  }
}

function throwIfFailed<T>(result: Settled<T>, intent: string): void {
  if (!result.ok) throw toAppError(result.error, intent);
}
