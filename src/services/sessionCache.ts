/**
 * What a view read earlier in this browser session, so a second open renders at once (no request
 * before the first paint) while it refreshes in the background. Kept in sessionStorage (it survives a
 * reload of the tab, ends with the tab) under a key scoped to the PMO site; falls back to memory where
 * there is no storage (Node, private modes that throw on write).
 */
export interface ICached<T> {
  value: T;
  /** ISO time the value was read from the services. */
  savedAt: string;
}

export interface ISessionCache {
  get<T>(key: string): ICached<T> | undefined;
  set<T>(key: string, value: T, savedAt?: string): void;
  /** Forgets everything this cache holds (e.g. when another person signs in). */
  clear(): void;
}

export const SESSION_PREFIX = 'pmo-hub:';

/** A cache over the storage (sessionStorage in a browser), its keys prefixed with the site. */
export function createSessionCache(scope: string, storage?: Storage): ISessionCache {
  const memory = new Map<string, string>();
  const full = (key: string): string => `${SESSION_PREFIX}${scope}:${key}`;
  const read = (k: string): string | null => {
    try {
      return storage ? storage.getItem(k) : memory.get(k) ?? null;
    } catch {
      return memory.get(k) ?? null;
    }
  };
  return {
    get<T>(key: string): ICached<T> | undefined {
      const raw = read(full(key));
      if (!raw) return undefined;
      try {
        return JSON.parse(raw) as ICached<T>;
      } catch {
        return undefined;
      }
    },
    set<T>(key: string, value: T, savedAt: string = new Date().toISOString()): void {
      const raw = JSON.stringify({ value, savedAt });
      try {
        if (storage) storage.setItem(full(key), raw);
        else memory.set(full(key), raw);
      } catch {
        // Storage full or refused: keep it for this page's life at least.
        memory.set(full(key), raw);
      }
    },
    clear(): void {
      memory.clear();
      if (!storage) return;
      const mine: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k && k.indexOf(SESSION_PREFIX) === 0) mine.push(k);
      }
      for (const k of mine) storage.removeItem(k);
    }
  };
}

/** The browser's sessionStorage when there is one and it can be used. */
export function browserSessionStorage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' && window.sessionStorage ? window.sessionStorage : undefined;
  } catch {
    return undefined;
  }
}
