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


function reviver(key: string, value: unknown): unknown {
  return FORBIDDEN_KEYS.has(key) ? undefined : value;
}

type Decoded = { data: unknown } | 'future' | undefined;

/** Reads an envelope from stored text: its (migrated) data, 'future', or undefined for anything unusable. */
function decode(text: string | null | undefined): Decoded {
  if (typeof text !== 'string' || text.length > MAX_CHARS) return undefined;
  let env: unknown;
  try {
    env = JSON.parse(text, reviver);
  } catch {
    return undefined;
  }
  if (!env || typeof env !== 'object') return undefined; // arrays have no `v`
  const { v, data } = env as { v?: unknown; data?: unknown };
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return undefined;
  if (v > VERSION) return 'future';
  let out = data;
  try {
    for (let n = v; n < VERSION; n++) {
      const migrate = MIGRATIONS[n];
      if (!migrate) return undefined;
      out = migrate(out);
    }
  } catch {
    return undefined;
  }
  return { data: out };
}

// One `storage` listener for the page, shared by every store with subscribers.
const pageHandlers = new Set<(event: StorageEvent) => void>();
let listening = false;

function onStorage(event: StorageEvent): void {
  for (const handler of [...pageHandlers]) handler(event);
}

function syncPageListener(): void {
  const want = pageHandlers.size > 0;
  if (want === listening) return;
  try {
    if (want) window.addEventListener('storage', onStorage);
    else window.removeEventListener('storage', onStorage);
    listening = want;
  } catch {
    // no window (not a browser): in-page updates still work
  }
}

function notify(listeners: Iterable<() => void>): void {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      console.error('lip-widgets: a storage subscriber failed', error);
    }
  }
}

export function createStore(options: StoreOptions = {}): Store {
  const getter = options.storage ?? (() => window.localStorage);
  let backing: Storage | null | undefined;
  let failed = false;
  /** Values kept in this page, as stored text; null marks a removal. Shadows storage. */
  const memory = new Map<string, string | null>();
  const listeners = new Map<string, Set<() => void>>();

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

  function storedText(full: string): string | null {
    try {
      return storage()?.getItem(full) ?? null;
    } catch {
      return null;
    }
  }

  /** The storage to change `full` in, or null: none, or a newer kit's value there (read-only). */
  function writable(full: string): Storage | null {
    const s = storage();
    return s && decode(storedText(full)) !== 'future' ? s : null;
  }

  function changed(key: string): void {
    const set = listeners.get(key);
    if (set) notify(set);
  }

  function handleStorage(event: StorageEvent): void {
    if (event.storageArea && event.storageArea !== storage()) return;
    if (event.key === null) {
      // another tab cleared the storage area
      memory.clear();
      for (const set of [...listeners.values()]) notify(set);
      return;
    }
    if (!event.key.startsWith(PREFIX)) return;
    const key = event.key.slice(PREFIX.length);
    memory.delete(PREFIX + key); // the newer value from the other tab wins
    changed(key);
  }

  return {
    get persistent() {
      return !failed && storage() !== null;
    },

    read<T>(key: string, sanitize: Sanitize<T>): T | undefined {
      const full = PREFIX + key;
      const decoded = decode(memory.has(full) ? memory.get(full) : storedText(full));
      if (!decoded || decoded === 'future') return undefined;
      try {
        return sanitize(decoded.data) ?? undefined;
      } catch {
        return undefined;
      }
    },

    write(key: string, data: unknown): boolean {
      const full = PREFIX + key;
      let text: string;
      try {
        text = JSON.stringify({ v: VERSION, data });
      } catch (error) {
        console.error(`lip-widgets: could not serialise the value for "${key}"`, error);
        return false;
      }
      let saved = false;
      const s = failed ? null : writable(full);
      if (s) {
        try {
          s.setItem(full, text);
          saved = true;
        } catch (error) {
          failed = true;
          console.warn('lip-widgets: could not save to this browser\'s storage; changes are kept for this page only.', error);
        }
      }
      if (saved) memory.delete(full);
      else memory.set(full, text);
      changed(key);
      return saved;
    },

    remove(key: string): void {
      const full = PREFIX + key;
      // tried even after a failed write: removing frees space, and a value the
      // user cleared must not come back on the next visit
      let removed = false;
      const s = writable(full);
      if (s) {
        try {
          s.removeItem(full);
          removed = true;
        } catch {
          // keep the removal in memory
        }
      }
      if (removed) memory.delete(full);
      else memory.set(full, null);
      changed(key);
    },

    subscribe(key: string, listener: () => void): () => void {
      // a fresh function per subscription, so one listener can subscribe twice
      const entry = () => listener();
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(entry);
      pageHandlers.add(handleStorage);
      syncPageListener();
      return () => {
        const current = listeners.get(key);
        if (!current?.delete(entry)) return;
        if (!current.size) listeners.delete(key);
        if (!listeners.size) {
          pageHandlers.delete(handleStorage);
          syncPageListener();
        }
      };
    },
  };
}

let shared: Store | undefined;

/** The page's shared store over `window.localStorage`, created on first use. */
export function defaultStore(): Store {
  return (shared ??= createStore());
}
