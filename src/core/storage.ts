/**
 * Fault-tolerant, versioned browser storage for the widgets.
 *
 * - Keys live under `lip-widgets:`; values are stored as `{"v":2,"data":…}`.
 *   Older envelopes migrate on read.
 * - A stored value the kit cannot read (an envelope from a newer kit, text
 *   that is not an envelope, data of a shape the caller's sanitiser refuses,
 *   more than 64 KB) is left alone: never written over or removed. The
 *   client's changes to that key live in this page and the store reports
 *   `persistent: false`, so the widget says it is not saving.
 * - The envelope is written and read by the kit's own small JSON encoder and
 *   parser: a host page that wraps `JSON.parse`/`JSON.stringify`, adds
 *   `toJSON` to built-in prototypes or freezes the intrinsics cannot change
 *   what is stored or read back.
 * - Every touch of `localStorage` is guarded. Without storage, or after a
 *   failed write (quota), the store keeps values in memory for this page and
 *   reports `persistent: false`.
 * - Stored text is untrusted: at most 64 KB is parsed, `__proto__`,
 *   `constructor` and `prototype` keys are dropped, and the caller's sanitiser
 *   decides what the data means. Reads never write.
 * - Subscribers of a key hear about writes on this page (an in-page bus) and
 *   from other tabs (one `storage` listener on window for the whole page). A
 *   `storage` event only ever makes subscribers read again: whatever its
 *   shape (a page's own `new Event('storage')`, no key, any payload) it
 *   never throws and never drops a value this page could not save.
 * - `update` is the one read-modify-write: it reads the current value (so
 *   another tab's change to other items is kept), applies the change and
 *   writes the result.
 */

import { FORBIDDEN_KEYS, isPlainObject } from './safe.js';

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
  /** False when values live only in this page: storage is blocked, a write failed, or a value read is one the kit cannot read (left alone). */
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

const WS = ' \t\n\r';
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Sets an own property without assignment (an assignment throws when a frozen prototype has the name). */
function own(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * The kit's JSON reader for stored envelopes: standard JSON (RFC 8259),
 * independent of `JSON.parse`; `__proto__`, `constructor` and `prototype`
 * keys are dropped; nesting beyond 32 levels or any syntax error throws.
 */
export function parseJson(text: string): unknown {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError(`lip-widgets: not JSON at ${i}`);
  };
  const skip = () => {
    while (i < text.length && WS.includes(text[i])) i++;
  };
  const expect = (c: string) => (text[i] === c ? i++ : fail());
  const str = (): string => {
    expect('"');
    let out = '';
    for (;;) {
      const c = text[i++];
      if (c === undefined || c < ' ') fail();
      if (c === '"') return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = text[i++];
      if (e === 'u') {
        const hex = text.slice(i, i + 4);
        if (!/^[\da-fA-F]{4}$/.test(hex)) fail();
        out += String.fromCharCode(parseInt(hex, 16));
        i += 4;
      } else out += ESCAPES[e] ?? fail();
    }
  };
  const value = (depth: number): unknown => {
    if (depth > 32) fail();
    skip();
    const c = text[i];
    let out: unknown;
    if (c === '{') {
      i++;
      const o = {};
      skip();
      if (text[i] === '}') i++;
      else
        for (;;) {
          skip();
          const k = str();
          skip();
          expect(':');
          const v = value(depth + 1);
          if (!FORBIDDEN_KEYS.has(k)) own(o, k, v);
          skip();
          if (text[i] === ',') i++;
          else {
            expect('}');
            break;
          }
        }
      out = o;
    } else if (c === '[') {
      i++;
      const a: unknown[] = [];
      skip();
      if (text[i] === ']') i++;
      else
        for (;;) {
          a.push(value(depth + 1));
          skip();
          if (text[i] === ',') i++;
          else {
            expect(']');
            break;
          }
        }
      out = a;
    } else if (c === '"') out = str();
    else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (word) {
        i += word.length;
        out = word === 'true' ? true : word === 'false' ? false : null;
      } else {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text) ?? fail();
        i += m[0].length;
        out = Number(m[0]);
      }
    }
    skip();
    return out;
  };
  const result = value(0);
  if (i !== text.length) fail();
  return result;
}

const quote = (s: string) =>
  `"${s.replace(/["\\\u0000-\u001f\u2028\u2029\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;

/**
 * The kit's JSON writer for stored envelopes: null, booleans, finite numbers,
 * strings, arrays and plain objects' own enumerable keys, independent of
 * `JSON.stringify` and of any `toJSON` a host page adds to built-in
 * prototypes. Anything else (a function, a cycle, a Date) throws.
 */
export function toJson(value: unknown, depth = 0): string {
  if (depth > 32) throw new TypeError('lip-widgets: value too deep (or cyclic) to store');
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'string':
      return quote(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : toJson(v, depth + 1))).join(',')}]`;
      const proto = Object.getPrototypeOf(value);
      if (proto === null || proto === Object.prototype) {
        const entries = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
        return `{${entries.map((k) => `${quote(k)}:${toJson((value as Record<string, unknown>)[k], depth + 1)}`).join(',')}}`;
      }
    }
  }
  throw new TypeError(`lip-widgets: cannot store a ${typeof value}`);
}

/** What stored text holds: nothing, the (migrated) data of a readable envelope, or something the kit cannot read. */
type Decoded = { kind: 'none' } | { kind: 'data'; data: unknown } | { kind: 'unreadable' };
const NONE: Decoded = { kind: 'none' };
const UNREADABLE: Decoded = { kind: 'unreadable' };

/** Reads an envelope from stored text. */
function decode(text: string | null | undefined): Decoded {
  if (text == null) return NONE;
  if (text.length > MAX_CHARS) return UNREADABLE;
  try {
    const envelope = parseJson(text);
    if (!isPlainObject(envelope) || !Object.hasOwn(envelope, 'data')) return UNREADABLE;
    let { v, data } = envelope as { v: number; data: unknown };
    if (!Number.isInteger(v) || v < 1 || v > VERSION) return UNREADABLE;
    // a missing migration throws: the value cannot be read
    for (; v < VERSION; v++) data = MIGRATIONS[v](data);
    return { kind: 'data', data };
  } catch {
    return UNREADABLE;
  }
}

/** A storage event's key: a string, null for a cleared area, undefined for anything else (a page's own `new Event('storage')`). */
function eventKey(event: Event): string | null | undefined {
  try {
    const k = (event as Partial<StorageEvent>).key;
    return typeof k === 'string' || k === null ? k : undefined;
  } catch {
    return undefined;
  }
}

// One `storage` listener for the page, shared by every store with subscribers.
const tabs = new Set<(event: Event) => void>();
const onStorage = (event: Event) => [...tabs].forEach((h) => h(event));

/** Adds or drops a store's handler of other tabs' changes; the page listener lives while there is one. */
function listen(handler: (event: Event) => void, on: boolean): void {
  const had = tabs.size;
  if (on) tabs.add(handler);
  else tabs.delete(handler);
  // Outside a page (a worker, server rendering) there are no other tabs to hear.
  if (!had !== !tabs.size) globalThis[had ? 'removeEventListener' : 'addEventListener']?.('storage', onStorage);
}

export function createStore(options: StoreOptions = {}): Store {
  const getter = options.storage ?? (() => window.localStorage);
  let backing: Storage | null | undefined;
  let failed = false;
  /** Values kept in this page, as stored text; null marks a removal. Shadows storage. */
  const memory = new Map<string, string | null>();
  /** Keys whose stored value the kit cannot read: left alone, never written. */
  const unreadable = new Set<string>();
  /** Subscriptions: key and listener, a fresh pair each (one listener may subscribe twice). */
  const subs = new Set<[string, () => void]>();
  let warned = false;

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

  function handle(event: Event): void {
    const k = eventKey(event);
    let area: unknown;
    try {
      area = (event as Partial<StorageEvent>).storageArea;
    } catch {
      return;
    }
    if (area && area !== storage()) return;
    if (typeof k === 'string') {
      if (!k.startsWith(PREFIX)) return;
      // another tab's change (the event names the value now stored, one the
      // kit can read) replaces this page's unsaved value; nothing else drops one
      if (memory.has(k)) {
        const now = storedText(k);
        if (now != null && now === (event as Partial<StorageEvent>).newValue && decode(now).kind === 'data') memory.delete(k);
      }
      changed(k.slice(PREFIX.length));
    } else {
      // a cleared area, or an event of any other shape: read everything again
      changed();
    }
  }

  /** The current text of a key (this page's unsaved value first) and whether the kit may write it. */
  function current<T>(full: string, sanitize?: Sanitize<T>): { value?: T; writable: boolean } {
    if (memory.has(full)) {
      const d = decode(memory.get(full));
      return { value: d.kind === 'data' && sanitize ? safely(sanitize, d.data) : undefined, writable: false };
    }
    const d = decode(storedText(full));
    let value: T | undefined;
    let ok = d.kind !== 'unreadable';
    if (d.kind === 'data' && sanitize) {
      value = safely(sanitize, d.data);
      ok = value !== undefined;
    }
    if (ok) unreadable.delete(full);
    else unreadable.add(full);
    return { value, writable: ok };
  }

  /** Sets (text) or removes (null) a key: in storage when it can, else in memory for this page. */
  function put(key: string, text: string | null): boolean {
    const full = PREFIX + key;
    const s = storage();
    let saved = false;
    // a value the kit cannot read is left alone; removing is tried even after
    // a failed write: it frees space, and a value the user cleared must not come back
    if (s && (text === null || !failed) && !unreadable.has(full) && decode(storedText(full)).kind !== 'unreadable') {
      try {
        if (text === null) s.removeItem(full);
        else s.setItem(full, text);
        saved = true;
      } catch (error) {
        if (text !== null) {
          failed = true;
          if (!warned) console.warn("lip-widgets: could not save to this browser's storage; changes are kept for this page only.", error);
          warned = true;
        }
      }
    } else if (s && !failed && !warned) {
      warned = true;
      console.warn(
        `lip-widgets: the stored value of "${key}" is not one this version can read (a newer version's, or another shape); it is left alone and changes are kept for this page only.`,
      );
    }
    if (saved) memory.delete(full);
    else memory.set(full, text);
    changed(key);
    return saved;
  }

  function encode(key: string, data: unknown): string | undefined {
    try {
      return toJson({ v: VERSION, data });
    } catch (error) {
      console.error(`lip-widgets: could not serialise the value for "${key}"`, error);
      return undefined;
    }
  }

  return {
    get persistent() {
      return !failed && !unreadable.size && storage() !== null;
    },

    read<T>(key: string, sanitize: Sanitize<T>): T | undefined {
      return current(PREFIX + key, sanitize).value;
    },

    write(key: string, data: unknown): boolean {
      const text = encode(key, data);
      return text !== undefined && put(key, text);
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

/**
 * The one read-modify-write of stored values: `change` gets the current value
 * (read afresh, so another tab's change to other items is kept) and returns
 * the new one (`undefined` removes it). True when the result reached storage;
 * false when it is kept for this page only (the store then reports
 * `persistent: false`).
 */
export function update<T>(store: Store, key: string, sanitize: Sanitize<T>, change: (current: T | undefined) => T | undefined): boolean {
  const next = change(store.read(key, sanitize));
  if (next !== undefined) return store.write(key, next);
  store.remove(key);
  return store.persistent;
}

/** The sanitiser's verdict; a throwing sanitiser means "no value". */
function safely<T>(sanitize: Sanitize<T>, data: unknown): T | undefined {
  try {
    return sanitize(data) ?? undefined;
  } catch {
    return undefined;
  }
}

let shared: Store | undefined;

/** The page's shared store over `window.localStorage`, created on first use. */
export function defaultStore(): Store {
  return (shared ??= createStore());
}
