/**
 * Fault-tolerant, versioned browser storage for the widgets.
 *
 * - Keys live under `lip-widgets:`; values are stored as `{"v":2,"data":…}`.
 *   Older envelopes migrate on read; an envelope from a newer kit (`v` above
 *   ours) is read-only: its value is ignored and the key is never written.
 * - Every touch of `localStorage` is guarded. Without storage, or after a
 *   failed write (quota), the store keeps values in memory for this page and
 *   reports `persistent: false`.
 * - Stored text is untrusted: at most 64 KB is parsed, `__proto__`,
 *   `constructor` and `prototype` keys are dropped, and the caller's sanitiser
 *   decides what the data means. Reads never write.
 * - Subscribers of a key hear about writes on this page (an in-page bus) and
 *   from other tabs (one `storage` listener on window for the whole page).
 */

import { FORBIDDEN_KEYS } from './safe.js';

export const PREFIX = 'lip-widgets:';
export const VERSION = 2;
/** Longest stored text that is parsed; anything longer reads as "no value". */
export const MAX_CHARS = 65_536;

/**
 * Upgrades `data` of envelope version `n` to version `n + 1`. Every version
 * below `VERSION` needs an entry; a gap makes older values read as "no value".
 */
const MIGRATIONS: Readonly<Record<number, (data: unknown) => unknown>> = {
  // v1 stored the same shapes as v2; v2 only added the versioned-key rules.
  1: (data) => data,
};

/** Turns stored data into the caller's type, or `undefined` when it does not fit. */
export type Sanitize<T> = (raw: unknown) => T | undefined;

export interface Store {
  /** False when values live only in this page: storage is blocked or a write failed. */
  readonly persistent: boolean;
  /** The value under `key`, or `undefined` (missing, corrupt, newer version, rejected by `sanitize`). */
  read<T>(key: string, sanitize: Sanitize<T>): T | undefined;
  /** Stores a JSON-serialisable value (call on user action only); true when it reached storage. */
  write(key: string, data: unknown): boolean;
  /** Forgets the value under `key` (call on user action only). */
  remove(key: string): void;
  /** Calls `listener` after a change of `key` on this page or in another tab; returns the unsubscribe function. */
  subscribe(key: string, listener: () => void): () => void;
}

export interface StoreOptions {
  /** Where the backing `Storage` comes from (default `window.localStorage`); may throw. */
  storage?: () => Storage | null | undefined;
}

/** Reads an envelope from stored text: its (migrated) data, 'future', or undefined for anything unusable. */
function decode(text: string | null | undefined): { data: unknown } | 'future' | undefined {
  if (text && text.length <= MAX_CHARS) {
    try {
      let { v, data } = JSON.parse(text, (k, value) => (FORBIDDEN_KEYS.has(k) ? undefined : value)) ?? {};
      if (!Number.isInteger(v) || v < 1) return undefined;
      if (v > VERSION) return 'future';
      // a missing migration throws: the value reads as none
      for (; v < VERSION; v++) data = MIGRATIONS[v](data);
      return { data };
    } catch {
      // not JSON, or a failed migration
    }
  }
  return undefined;
}

// One `storage` listener for the page, shared by every store with subscribers.
const tabs = new Set<(event: StorageEvent) => void>();
const onStorage = (event: StorageEvent) => [...tabs].forEach((h) => h(event));

/** Adds or drops a store's handler of other tabs' changes; the page listener lives while there is one. */
function listen(handler: (event: StorageEvent) => void, on: boolean): void {
  const had = tabs.size;
  if (on) tabs.add(handler);
  else tabs.delete(handler);
  // Outside a page (a worker, server rendering) there are no other tabs to hear.
  if (!had !== !tabs.size) globalThis[had ? 'removeEventListener' : 'addEventListener']?.('storage', onStorage as EventListener);
}

export function createStore(options: StoreOptions = {}): Store {
  const getter = options.storage ?? (() => window.localStorage);
  let backing: Storage | null | undefined;
  let failed = false;
  /** Values kept in this page, as stored text; null marks a removal. Shadows storage. */
  const memory = new Map<string, string | null>();
  /** Subscriptions: key and listener, a fresh pair each (one listener may subscribe twice). */
  const subs = new Set<[string, () => void]>();

  function storage(): Storage | null {
    if (backing === undefined) {
      try {
        backing = getter() ?? null;
      } catch {
        backing = null;
      }
    }
    return backing;
  }

  function storedText(full: string): string | null | undefined {
    try {
      return storage()?.getItem(full);
    } catch {
      return null;
    }
  }

  /** Tells the subscribers of `key` (of every key without one). */
  function changed(key?: string): void {
    for (const [k, listener] of [...subs]) {
      if (key == null || k === key) {
        try {
          listener();
        } catch (error) {
          console.error('lip-widgets: a storage subscriber failed', error);
        }
      }
    }
  }

  function handle(event: StorageEvent): void {
    const k = event.key;
    if (event.storageArea && event.storageArea !== storage()) return;
    if (k === null) {
      // another tab cleared the storage area
      memory.clear();
      changed();
    } else if (k.startsWith(PREFIX)) {
      memory.delete(k); // the newer value from the other tab wins
      changed(k.slice(PREFIX.length));
    }
  }

  /** Sets (text) or removes (null) a key: in storage when it can, else in memory for this page. */
  function put(key: string, text: string | null): boolean {
    const full = PREFIX + key;
    const s = storage();
    let saved = false;
    // a newer kit's value is read-only; removing is tried even after a failed
    // write: it frees space, and a value the user cleared must not come back
    if (s && (text === null || !failed) && decode(storedText(full)) !== 'future') {
      try {
        if (text === null) s.removeItem(full);
        else s.setItem(full, text);
        saved = true;
      } catch (error) {
        if (text !== null) {
          failed = true;
          console.warn("lip-widgets: could not save to this browser's storage; changes are kept for this page only.", error);
        }
      }
    }
    if (saved) memory.delete(full);
    else memory.set(full, text);
    changed(key);
    return saved;
  }

  return {
    get persistent() {
      return !failed && storage() !== null;
    },

    read<T>(key: string, sanitize: Sanitize<T>): T | undefined {
      const full = PREFIX + key;
      const decoded = decode(memory.has(full) ? memory.get(full) : storedText(full));
      try {
        return decoded && decoded !== 'future' ? sanitize(decoded.data) ?? undefined : undefined;
      } catch {
        return undefined;
      }
    },

    write(key: string, data: unknown): boolean {
      let text: string;
      try {
        text = JSON.stringify({ v: VERSION, data });
      } catch (error) {
        console.error(`lip-widgets: could not serialise the value for "${key}"`, error);
        return false;
      }
      return put(key, text);
    },

    remove(key: string): void {
      put(key, null);
    },

    subscribe(key: string, listener: () => void): () => void {
      const entry: [string, () => void] = [key, listener];
      subs.add(entry);
      listen(handle, true);
      return () => {
        if (subs.delete(entry) && !subs.size) listen(handle, false);
      };
    },
  };
}

let shared: Store | undefined;

/** The page's shared store over `window.localStorage`, created on first use. */
export function defaultStore(): Store {
  return (shared ??= createStore());
}
