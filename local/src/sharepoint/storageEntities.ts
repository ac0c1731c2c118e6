/**
 * Tenant properties ("storage entities"): set by an admin on the tenant app catalog
 * (`m365 spo storageentity set`, Set-SPOStorageEntity) and readable from any site with
 * GET _api/web/GetStorageEntity('<key>'), which is what PnPjs' web.getStorageEntity() sends.
 * The answer is the entity's Value, Description and Comment; a key that was never set answers 200
 * with {"odata.null":true} (what CLI for Microsoft 365's `spo storageentity get` checks for:
 * https://pnp.github.io/cli-microsoft365/cmd/spo/storageentity/storageentity-get/;
 * https://learn.microsoft.com/powershell/module/sharepoint-online/get-spostorageentity).
 */
import type { LocalResponse } from '../http.ts';
import { getMeta, setMeta, type Db } from '../store.ts';
import type { SpRequest } from './context.ts';
import { entityResponse } from './responseFormats.ts';

export interface StorageEntity {
  Value: string;
  Description: string;
  Comment: string;
}

const metaKey = (key: string): string => `storage_entity:${key.toLowerCase()}`;

/** What an admin's `m365 spo storageentity set` does (the local tenant's control endpoint calls it). */
export function setStorageEntity(db: Db, key: string, e: Partial<StorageEntity> & { Value: string }): void {
  setMeta(db, metaKey(key), JSON.stringify({ Value: e.Value, Description: e.Description ?? '', Comment: e.Comment ?? '' }));
}

export function getStorageEntity(r: SpRequest, key: string): LocalResponse {
  const stored = getMeta(r.db, metaKey(key));
  if (!stored) return { status: 200, headers: { 'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8' }, body: JSON.stringify({ 'odata.null': true }) };
  return entityResponse(r.out, { 'odata.type': 'SP.StorageEntity', ...(JSON.parse(stored) as StorageEntity) }, 'SP.StorageEntity');
}
