import { createStore, type Store } from '../src/core/storage.js';

/** A store over an in-memory Storage, pre-filled with values (keys without the kit's prefix). */
export function memoryStore(values: Record<string, unknown> = {}): Store {
  const data = new Map<string, string>();
  for (const [k, v] of Object.entries(values)) data.set(`lip-widgets:${k}`, JSON.stringify({ v: 2, data: v }));
  const storage: Storage = {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
  return createStore({ storage: () => storage });
}

/** A store whose storage throws, as in a sandboxed iframe (Wix embeds): the widget works in memory. */
export function blockedStore(): Store {
  return createStore({
    storage: () => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    },
  });
}
