/** web/lists: one list by title or id (GET, MERGE, DELETE), creation; reading the collection is listsQuery.ts. */
import type { LocalResponse } from '../http.ts';
import { transaction } from '../store.ts';
import type { SpRequest } from './context.ts';
import { fail } from './spErrors.ts';
import { selectProps } from './entities.ts';
import { itemTypeName, listEntityTypeName } from './names.ts';
import { emptyOk, entityResponse, noContent, type Entity } from './responseFormats.ts';
import { deleteList, insertList, listByTitle, updateList, type ListSchema } from './listCatalogue.ts';

/** List properties a client may set on create or MERGE (stored and echoed back). */
const LIST_SETTINGS = new Set([
  'AllowContentTypes', 'ContentTypesEnabled', 'OnQuickLaunch', 'EnableVersioning', 'EnableAttachments', 'EnableFolderCreation',
  'EnableMinorVersions', 'EnableModeration', 'MajorVersionLimit', 'ForceCheckout', 'Hidden', 'NoCrawl', 'Direction',
  'DraftVersionVisibility', 'ValidationFormula', 'ValidationMessage', 'ReadSecurity', 'WriteSecurity', 'QuickLaunchOption',
  'ImageUrl', 'IrmEnabled', 'DefaultDisplayFormUrl', 'DefaultEditFormUrl', 'DefaultNewFormUrl', 'CrawlNonDefaultViews'
]);

export function listEntity(r: SpRequest, s: ListSchema): Entity {
  const l = s.list;
  const settings = JSON.parse(l.settings) as Record<string, unknown>;
  return {
    'odata.type': 'SP.List',
    'odata.id': `${r.out.apiBase}/Web/Lists(guid'${l.id}')`,
    'odata.editLink': `Web/Lists(guid'${l.id}')`,
    AllowContentTypes: false,
    BaseTemplate: l.base_template,
    BaseType: 0,
    ContentTypesEnabled: false,
    Created: l.created,
    Description: l.description,
    EnableAttachments: true,
    EnableFolderCreation: false,
    EnableVersioning: true,
    EntityTypeName: listEntityTypeName(s.entity),
    Hidden: false,
    Id: l.id,
    ItemCount: l.item_count,
    LastItemDeletedDate: l.last_item_modified,
    LastItemModifiedDate: l.last_item_modified,
    LastItemUserModifiedDate: l.last_item_modified,
    ListItemEntityTypeFullName: itemTypeName(s.entity),
    OnQuickLaunch: false,
    ParentWebUrl: '/sites/pmo',
    Title: l.title,
    ...settings
  };
}

/** SharePoint's limit on a list's Title (see fail.listTitleTooLong). */
const MAX_LIST_TITLE = 255;

function checkTitleLength(title: string | undefined): void {
  if (title !== undefined && title.length > MAX_LIST_TITLE) throw fail.listTitleTooLong(title.length);
}

function checkSettings(body: Record<string, unknown>, verbose: boolean): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === 'Title' || k === 'Description' || k === 'BaseTemplate') continue;
    if (k === '__metadata' && verbose) continue;
    if (!LIST_SETTINGS.has(k)) throw fail.unknownProperty(k, 'SP.List');
    settings[k] = v;
  }
  return settings;
}

export function createList(r: SpRequest): LocalResponse {
  const body = r.json();
  const title = body.Title;
  if (typeof title !== 'string' || !title.trim()) throw fail.badRequest('The list needs a Title.');
  checkTitleLength(title);
  const template = body.BaseTemplate ?? 100;
  if (template !== 100) throw fail.notImplemented(`lists with BaseTemplate ${String(template)} (only custom lists, 100)`);
  const description = typeof body.Description === 'string' ? body.Description : '';
  const settings = checkSettings(body, r.verboseBody);
  const created = transaction(r.db, () => {
    if (listByTitle(r.db, title)) throw fail.listExists();
    return insertList(r.db, title, description, 100, settings);
  });
  return entityResponse(r.out, listEntity(r, created), 'SP.ApiData.Lists/@Element', 201);
}

export function listResource(r: SpRequest, s: ListSchema): LocalResponse | undefined {
  if (r.method === 'GET') {
    if (r.query.get('$expand')) throw fail.notImplemented('$expand on a list');
    return entityResponse(r.out, selectProps(listEntity(r, s), r.query.get('$select'), 'SP.List'), 'SP.ApiData.Lists/@Element');
  }
  if (r.method === 'MERGE' || r.method === 'PUT') {
    const body = r.json();
    if (body.Title !== undefined && typeof body.Title !== 'string') throw fail.wrongType('Title', 'Edm.String');
    checkTitleLength(body.Title as string | undefined);
    if (body.Description !== undefined && typeof body.Description !== 'string') throw fail.wrongType('Description', 'Edm.String');
    if (body.BaseTemplate !== undefined && body.BaseTemplate !== s.list.base_template) throw fail.readOnlyProperty('BaseTemplate');
    const settings = checkSettings(body, r.verboseBody);
    transaction(r.db, () => {
      const title = body.Title as string | undefined;
      const other = title ? listByTitle(r.db, title) : undefined;
      if (other && other.list.id !== s.list.id) throw fail.listExists();
      updateList(r.db, s.list.id, { title, description: body.Description as string | undefined, settings });
    });
    return noContent();
  }
  if (r.method === 'DELETE') {
    transaction(r.db, () => deleteList(r.db, s.list.id));
    return emptyOk();
  }
  return undefined;
}
