/**
 * Write-side value handling: checks an item body against the list's fields and turns it into the
 * stored form (keyed by internal name). Shared by the REST path and the seed API so both accept
 * and refuse exactly the same values.
 */
import type { Db } from '../store.ts';
import { fail } from './spErrors.ts';
import { baseOf, isMulti, type FieldDef } from './fieldTypes.ts';
import { entityPropertyName, itemTypeName } from './names.ts';
import type { ListSchema } from './listCatalogue.ts';

export type Stored = Record<string, unknown>;

export interface WriteOptions {
  /** The body came as odata=verbose: __metadata and {results: [...]} are allowed. */
  verbose?: boolean;
  /** Seed-only: allow Created, Modified, AuthorId and EditorId. */
  allowSystem?: boolean;
}

export interface SystemValues {
  created?: string;
  modified?: string;
  authorId?: number;
  editorId?: number;
}

/** Accepts ISO dates with or without milliseconds or zone; stores `YYYY-MM-DDTHH:MM:SSZ` (UTC). */
export function normalizeDate(v: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v.trim())) return undefined;
  const s = v.trim();
  const d = new Date(/T|\s/.test(s) && !/(Z|[+-]\d{2}:?\d{2})$/.test(s) ? `${s.replace(' ', 'T')}Z` : s);
  if (Number.isNaN(d.getTime())) return undefined;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function unwrapResults(v: unknown, verbose: boolean): unknown {
  if (verbose && v && typeof v === 'object' && !Array.isArray(v) && Array.isArray((v as { results?: unknown }).results)) return (v as { results: unknown[] }).results;
  return v;
}

function personExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM people WHERE spId = ?').get(id) !== undefined;
}

function lookupExists(db: Db, listId: string, id: number): boolean {
  return db.prepare('SELECT 1 FROM sp_items WHERE list_id = ? AND id = ?').get(listId, id) !== undefined;
}

function checkIds(db: Db, def: FieldDef, prop: string, value: unknown): number[] {
  const ids = Array.isArray(value) ? value : [value];
  for (const id of ids) {
    const n = typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id;
    if (typeof n !== 'number' || !Number.isInteger(n)) throw fail.wrongType(prop, 'Edm.Int32');
  }
  const nums = ids.map(Number);
  for (const n of nums) {
    if (baseOf(def) === 'user' && !personExists(db, n)) throw fail.badValue(`The user with id ${n} is not a user of this site (field '${def.InternalName}'). Call ensureuser first.`);
    if (baseOf(def) === 'lookup' && !lookupExists(db, def.LookupList!, n)) throw fail.badValue(`Invalid lookup value: item ${n} does not exist in the lookup list of field '${def.InternalName}'.`);
  }
  return nums;
}

/**
 * Validates one value for one field; returns the stored form (null = empty). `strictChoices` (the
 * seed API only) refuses a value outside a choice field's choices. SharePoint's REST and CSOM writes
 * store such a value even with FillInChoice false: FillInChoice only decides whether the form offers a
 * text box for another value (SPFieldMultiChoice.FillInChoice, "whether a text box for typing an
 * alternative value is provided", https://learn.microsoft.com/previous-versions/office/sharepoint-server/ms476319(v=office.15));
 * a value written through the web services that matches no choice is stored and shown, and only the edit
 * form falls back to a listed choice (Aymkdn/SharepointPlus#65); as with Required, only the forms validate
 * (SharePoint/PnP-JS-Core#376). PMO Hub's own model refuses values outside its choices (src/model).
 */
export function storeValue(db: Db, def: FieldDef, prop: string, raw: unknown, verbose: boolean, strictChoices = false): unknown {
  const v = unwrapResults(raw, verbose);
  if (v === null || v === undefined) return null;
  const base = baseOf(def);
  switch (base) {
    case 'text':
    case 'note':
    case 'choice': {
      if (typeof v !== 'string') throw fail.wrongType(prop, 'Edm.String');
      if (v === '') return null;
      if (base === 'text' && v.length > (def.MaxLength ?? 255)) {
        throw fail.badValue(`The value of field '${def.InternalName}' is ${v.length} characters long; the field allows at most ${def.MaxLength ?? 255}.`);
      }
      if (base === 'choice' && strictChoices && !def.FillInChoice && !(def.Choices ?? []).includes(v)) {
        throw fail.badValue(`The value '${v}' is not one of the choices of field '${def.InternalName}' (${(def.Choices ?? []).join(', ')}).`);
      }
      return v;
    }
    case 'multichoice': {
      if (!Array.isArray(v) || !v.every((c) => typeof c === 'string')) throw fail.wrongType(prop, 'Collection(Edm.String)');
      const bad = def.FillInChoice || !strictChoices ? undefined : v.find((c) => !(def.Choices ?? []).includes(c));
      if (bad !== undefined) throw fail.badValue(`The value '${bad}' is not one of the choices of field '${def.InternalName}' (${(def.Choices ?? []).join(', ')}).`);
      return v.length ? v : null;
    }
    case 'datetime': {
      const d = typeof v === 'string' ? normalizeDate(v) : undefined;
      if (!d) throw fail.wrongType(prop, 'Edm.DateTime');
      return d;
    }
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) throw fail.wrongType(prop, 'Edm.Double');
      return v;
    case 'boolean':
      if (typeof v !== 'boolean') throw fail.wrongType(prop, 'Edm.Boolean');
      return v;
    case 'url': {
      const o = v as { Url?: unknown; Description?: unknown };
      if (typeof v !== 'object' || Array.isArray(v) || typeof o.Url !== 'string') throw fail.wrongType(prop, 'SP.FieldUrlValue');
      return { Url: o.Url, Description: typeof o.Description === 'string' ? o.Description : o.Url };
    }
    case 'user':
    case 'lookup': {
      if (isMulti(def)) {
        if (!Array.isArray(v)) throw fail.wrongType(prop, 'Collection(Edm.Int32)');
        const ids = checkIds(db, def, prop, v);
        return ids.length ? ids : null;
      }
      if (Array.isArray(v)) throw fail.wrongType(prop, 'Edm.Int32');
      return checkIds(db, def, prop, v)[0];
    }
    default:
      throw fail.readOnlyProperty(prop);
  }
}

const SYSTEM_WRITES: Record<string, keyof SystemValues> = { Created: 'created', Modified: 'modified', AuthorId: 'authorId', EditorId: 'editorId' };

/** Writable property name → field, e.g. Title, Budget, OwnerId, OwnerStringId, ProjectId. */
function writableField(schema: ListSchema, prop: string): FieldDef | undefined {
  for (const f of schema.fields) {
    const ep = entityPropertyName(f.InternalName);
    const base = baseOf(f);
    if (base === 'user' || base === 'lookup') {
      if (prop === `${ep}Id` || (base === 'user' && prop === `${ep}StringId`)) return f;
    } else if (prop === ep) return f;
  }
  return undefined;
}

/** The body of items.add / item.update → stored changes (internal name → value or null). */
export function normalizeBody(db: Db, schema: ListSchema, body: Record<string, unknown>, opts: WriteOptions = {}): { data: Stored; system: SystemValues } {
  const typeName = itemTypeName(schema.entity);
  const data: Stored = {};
  const system: SystemValues = {};
  for (const [prop, raw] of Object.entries(body)) {
    if (prop === '__metadata' && opts.verbose) {
      const t = (raw as { type?: unknown } | null)?.type;
      if (t !== undefined && t !== typeName) throw fail.badRequest(`A type named '${String(t)}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
      continue;
    }
    if (!opts.allowSystem && prop in SYSTEM_WRITES) {
      // Through the item endpoints SharePoint takes system metadata as it takes any field, but an
      // ordinary update stamps Modified and Editor with the write itself and keeps Created: writing
      // Created/Modified through REST answers success and the values do not change
      // (vgrem/office365-rest-python-client#330: "a new version is created but the field values doesn't
      // change"; overriding them takes validateUpdateListItem or UpdateOverwriteVersion). Author, unlike
      // Editor, is kept as written on list items (MicrosoftDocs/office-docs-powershell#6870: "Created,
      // Modified and Editor will not update. Author is fine"; pnp/PnP-PowerShell#1413: works on lists).
      // The value is still deserialized as its type first.
      if (prop === 'Created' || prop === 'Modified') {
        if (raw !== null && (typeof raw !== 'string' || !normalizeDate(raw))) throw fail.wrongType(prop, 'Edm.DateTime');
      } else if (raw !== null && typeof raw !== 'number') throw fail.wrongType(prop, 'Edm.Int32');
      else if (prop === 'AuthorId' && typeof raw === 'number') {
        if (!personExists(db, raw)) throw fail.badValue('The user does not exist or is not unique.');
        system.authorId = raw;
      }
      continue;
    }
    if (opts.allowSystem && prop in SYSTEM_WRITES) {
      const key = SYSTEM_WRITES[prop];
      if (key === 'created' || key === 'modified') {
        const d = typeof raw === 'string' ? normalizeDate(raw) : undefined;
        if (!d) throw fail.wrongType(prop, 'Edm.DateTime');
        system[key] = d;
      } else {
        if (typeof raw !== 'number' || !personExists(db, raw)) throw fail.badValue(`${prop} must be the id of a site user.`);
        system[key] = raw;
      }
      continue;
    }
    const def = writableField(schema, prop);
    if (!def) {
      const known = schema.fields.find((f) => entityPropertyName(f.InternalName) === prop);
      if (known && (baseOf(known) === 'user' || baseOf(known) === 'lookup') && !known.Source) {
        throw fail.badRequest(`The property '${prop}' is a ${known.TypeAsString} field: write its id as '${prop}Id' (a number${isMulti(known) ? ' array' : ''}).`);
      }
      if (known || ['Id', 'ID', 'GUID', 'OData__UIVersionString', 'FileSystemObjectType'].includes(prop)) throw fail.readOnlyProperty(prop);
      throw fail.unknownProperty(prop, typeName);
    }
    if (def.ReadOnlyField) throw fail.readOnlyProperty(prop);
    data[def.InternalName] = storeValue(db, def, prop, raw, Boolean(opts.verbose), Boolean(opts.allowSystem));
  }
  return { data, system };
}

/** Default values of fields the body did not set (new items only). */
export function applyDefaults(db: Db, schema: ListSchema, data: Stored): void {
  for (const f of schema.fields) {
    if (f.Source || f.DefaultValue === null || f.DefaultValue === undefined || f.InternalName in data) continue;
    const base = baseOf(f);
    const raw: unknown =
      base === 'number' ? Number(f.DefaultValue)
        : base === 'boolean' ? f.DefaultValue === '1' || /^true$/i.test(f.DefaultValue)
        : base === 'multichoice' ? f.DefaultValue.split(';#').filter(Boolean)
        : base === 'datetime' && /^\[today\]$/i.test(f.DefaultValue) ? new Date().toISOString()
        : f.DefaultValue;
    try {
      data[f.InternalName] = storeValue(db, f, f.InternalName, raw, false);
    } catch {
      // A default that does not fit the field (e.g. a removed choice) is skipped, as SharePoint leaves the value empty.
    }
  }
}
