import * as React from 'react';
import type { IDraftOwner } from '../../services/types';
import { useOptionalServices } from '../common/ServicesContext';

/** What is kept in localStorage for one form: the edited values and what the edit started from. */
export interface IStoredDraft<T> {
  /** The values as the person left them. */
  value: T;
  /** ISO time of the last change. */
  savedAt: string;
  /** ETag of the item the edit started from, so a restored draft still saves with IF-Match (no blind overwrite). */
  etag?: string;
  /** The values the edit started from (shown as "when you started" if a conflict follows). */
  base?: T;
}

/** The draft machinery a form uses: an offered-back draft, and functions to keep, drop and clear it. */
export interface IDraftApi<T> {
  /** A draft found in storage when the form opened and not yet restored or discarded; undefined otherwise. */
  pending: IStoredDraft<T> | undefined;
  /** Stores the current values (call on every change; writes are cheap and must survive a reload). */
  save: (value: T, meta?: { etag?: string; base?: T }) => void;
  /** Takes the pending draft (returns it) and stops offering it. */
  restore: () => IStoredDraft<T> | undefined;
  /** Drops the pending draft and removes it from storage. */
  discard: () => void;
  /** Removes the stored draft (after a successful save). */
  clear: () => void;
  /** Where the draft is stored: the form's key scoped to its owner (see ownedDraftKey). */
  storageKey: string | undefined;
}

/** Storage key of a record's draft: 'pmo-draft:<kind>:<id|new>'. */
export function draftKey(kind: string, id?: number): string {
  return `pmo-draft:${kind}:${id === undefined ? 'new' : id}`;
}

const PREFIX = 'pmo-draft:';

/**
 * The storage key of a form's draft for one person on one site: 'pmo-draft:<site>:<person>:<kind>:<id|new>'.
 * localStorage is shared by everyone who uses the browser (a shared computer, "Acting as" here), so a
 * draft is only found again by the person who typed it, on the PMO site it was typed for. Without an
 * owner (components rendered without services, in tests) the key is left as it is.
 */
export function ownedDraftKey(key: string, owner: IDraftOwner | undefined): string {
  if (!owner) return key;
  // Logins and site URLs compare case-insensitively in SharePoint; encoding keeps ':' inside a part.
  const scope = `${encodeURIComponent(owner.site.toLowerCase())}:${encodeURIComponent(owner.person.toLowerCase())}:`;
  return PREFIX + scope + (key.indexOf(PREFIX) === 0 ? key.slice(PREFIX.length) : key);
}

function storage(): Storage | undefined {
  try {
    // Accessing localStorage throws in some sandboxed iframes (Teams) and with storage blocked.
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a stored draft; undefined when there is none or it cannot be parsed. */
export function readDraft<T>(key: string): IStoredDraft<T> | undefined {
  const store = storage();
  if (!store) return undefined;
  try {
    const raw = store.getItem(key);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as IStoredDraft<T>;
    return parsed && typeof parsed === 'object' && 'value' in parsed ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a draft; a full or blocked storage only loses the draft, never the edit in the form. */
export function writeDraft<T>(key: string, draft: IStoredDraft<T>): void {
  const store = storage();
  if (!store) return;
  try {
    store.setItem(key, JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage disabled: the form still works, only reload-survival is lost.
  }
}

/** Removes a stored draft. */
export function removeDraft(key: string): void {
  const store = storage();
  if (!store) return;
  try {
    store.removeItem(key);
  } catch {
    // Storage disabled: nothing was stored either.
  }
}

/**
 * Keeps a form's unsaved values in localStorage under `formKey` (scoped to the services' draft owner) so they survive a reload or a closed
 * panel. When `key` is undefined (form closed) nothing is read or written. A draft found when the
 * key becomes active is offered through `pending` until restored or discarded; saving over it
 * before deciding would destroy it, so `save` is ignored while a draft is pending.
 */
export function useDraft<T>(formKey: string | undefined): IDraftApi<T> {
  const owner = useOptionalServices()?.draftOwner;
  const key = formKey === undefined ? undefined : ownedDraftKey(formKey, owner);
  const [state, setState] = React.useState<{ key?: string; draft?: IStoredDraft<T> }>(() => ({
    key,
    draft: key ? readDraft<T>(key) : undefined
  }));
  // A new key (another record opened) reads its own draft during this render, not one render late.
  const current = state.key === key ? state : { key, draft: key ? readDraft<T>(key) : undefined };
  if (current !== state) setState(current);
  const pendingRef = React.useRef(current.draft);
  pendingRef.current = current.draft;

  const drop = React.useCallback(() => {
    pendingRef.current = undefined;
    setState({ key, draft: undefined });
  }, [key]);

  const save = React.useCallback(
    (value: T, meta?: { etag?: string; base?: T }) => {
      if (!key || pendingRef.current) return;
      writeDraft<T>(key, { value, savedAt: new Date().toISOString(), etag: meta?.etag, base: meta?.base });
    },
    [key]
  );

  const restore = React.useCallback((): IStoredDraft<T> | undefined => {
    const draft = pendingRef.current;
    drop();
    return draft;
  }, [drop]);

  const clear = React.useCallback(() => {
    drop();
    if (key) removeDraft(key);
  }, [drop, key]);

  return { pending: current.draft, save, restore, discard: clear, clear, storageKey: key };
}
