import { expect } from '@open-wc/testing';
import { createStore, defaultStore, MAX_CHARS, parseJson, PREFIX, toJson, update, VERSION } from '../../src/core/storage.js';
import type { Sanitize, Store } from '../../src/core/storage.js';

/** An in-memory Storage with switches for failures, counting every write. */
function fakeStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  const fake = {
    map,
    sets: 0,
    removes: 0,
    quota: false,
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => (map.has(k) ? map.get(k)! : null),
    setItem(k: string, v: string) {
      fake.sets++;
      if (fake.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, String(v));
    },
    removeItem(k: string) {
      fake.removes++;
      map.delete(k);
    },
    clear: () => map.clear(),
  };
  return fake;
}

function storeOver(fake: ReturnType<typeof fakeStorage>): Store {
  return createStore({ storage: () => fake as unknown as Storage });
}

function blockedGetter(): Storage {
  throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
}

/** Accepts `{ n: number }`, returning a fresh null-prototype copy. */
const counter: Sanitize<{ n: number }> = (raw) => {
  if (!raw || typeof raw !== 'object' || typeof (raw as { n?: unknown }).n !== 'number') return undefined;
  const out = Object.create(null) as { n: number };
  out.n = (raw as { n: number }).n;
  return out;
};
const anything: Sanitize<unknown> = (raw) => raw;
const isString: Sanitize<string> = (raw) => (typeof raw === 'string' ? raw : undefined);

/** Counts console.warn calls while `body` runs. */
async function countWarnings(body: () => unknown): Promise<number> {
  const original = console.warn;
  let count = 0;
  console.warn = () => {
    count++;
  };
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return count;
}

describe('storage: envelopes', () => {
  it('stores values under the prefix in a v2 envelope', () => {
    const fake = fakeStorage();
    const store = storeOver(fake);
    expect(store.write('tracker:brows', { n: 3 })).to.equal(true);
    expect(fake.map.get('lip-widgets:tracker:brows')).to.equal('{"v":2,"data":{"n":3}}');
    expect(PREFIX).to.equal('lip-widgets:');
    expect(VERSION).to.equal(2);
    expect(store.read('tracker:brows', counter)).to.deep.equal({ n: 3 });
    expect(store.persistent).to.equal(true);
  });

  it('migrates a v1 envelope on read, without writing', () => {
    const fake = fakeStorage({ 'lip-widgets:a': '{"v":1,"data":{"n":7}}' });
    const store = storeOver(fake);
    expect(store.read('a', counter)).to.deep.equal({ n: 7 });
    expect(fake.sets).to.equal(0);
    expect(fake.map.get('lip-widgets:a')).to.equal('{"v":1,"data":{"n":7}}');
  });

  it('writes the current version after a v1 value is changed by the user', () => {
    const fake = fakeStorage({ 'lip-widgets:a': '{"v":1,"data":{"n":7}}' });
    const store = storeOver(fake);
    store.write('a', { n: 8 });
    expect(fake.map.get('lip-widgets:a')).to.equal('{"v":2,"data":{"n":8}}');
  });

  it('treats a future version as read-only: value ignored, key never written or removed', () => {
    const future = '{"v":99,"data":{"n":5}}';
    const fake = fakeStorage({ 'lip-widgets:a': future });
    const store = storeOver(fake);
    expect(store.read('a', counter)).to.equal(undefined);
    expect(store.write('a', { n: 1 })).to.equal(false);
    expect(store.read('a', counter)).to.deep.equal({ n: 1 }, 'the user’s value is kept in memory');
    store.remove('a');
    expect(store.read('a', counter)).to.equal(undefined);
    expect(fake.map.get('lip-widgets:a')).to.equal(future);
    expect(fake.sets).to.equal(0);
    expect(fake.removes).to.equal(0);
    // other keys are still saved, and the store says that this device is not saving everything
    expect(store.write('b', { n: 2 })).to.equal(true);
    expect(store.persistent).to.equal(false);
  });

  it('passes the sanitiser the data and returns its verdict', () => {
    const store = storeOver(fakeStorage({ 'lip-widgets:a': '{"v":2,"data":{"n":"3"}}' }));
    expect(store.read('a', counter)).to.equal(undefined);
    expect(store.read('a', anything)).to.deep.equal({ n: '3' });
  });

  it('treats a throwing sanitiser as no value', () => {
    const store = storeOver(fakeStorage({ 'lip-widgets:a': '{"v":2,"data":1}' }));
    expect(
      store.read('a', () => {
        throw new Error('bad');
      }),
    ).to.equal(undefined);
  });

  it('returns copies, not shared objects', () => {
    const store = storeOver(fakeStorage());
    const value = { n: 1 };
    store.write('a', value);
    value.n = 2;
    expect(store.read('a', counter)).to.deep.equal({ n: 1 });
  });

  it('refuses values JSON cannot hold, without throwing or writing', () => {
    const fake = fakeStorage();
    const store = storeOver(fake);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const original = console.error;
    let errors = 0;
    console.error = () => errors++;
    try {
      expect(store.write('a', cyclic)).to.equal(false);
    } finally {
      console.error = original;
    }
    expect(errors).to.equal(1);
    expect(fake.sets).to.equal(0);
    expect(store.read('a', anything)).to.equal(undefined);
  });

  it('remove forgets the value in storage', () => {
    const fake = fakeStorage({ 'lip-widgets:a': '{"v":2,"data":{"n":1}}' });
    const store = storeOver(fake);
    store.remove('a');
    expect(fake.map.has('lip-widgets:a')).to.equal(false);
    expect(store.read('a', counter)).to.equal(undefined);
  });
});

describe('storage: corrupt or hostile data', () => {
  const cases: [string, string][] = [
    ['a truncated object', '{'],
    ['null', 'null'],
    ['an array', '[]'],
    ['an array envelope', '[2,{"n":1}]'],
    ['a JSON string', '"hello"'],
    ['plain text', 'hello'],
    ['a number', '42'],
    ['no version', '{"data":{"n":1}}'],
    ['version as text', '{"v":"2","data":{"n":1}}'],
    ['version 0', '{"v":0,"data":{"n":1}}'],
    ['a fractional version', '{"v":1.5,"data":{"n":1}}'],
    ['a future version', '{"v":99,"data":{"n":1}}'],
    ['1 MB of text', 'x'.repeat(1_048_576)],
    ['1 MB inside a valid envelope', `{"v":2,"data":{"n":1,"pad":"${'x'.repeat(1_048_576)}"}}`],
    ['a __proto__ payload', '{"v":2,"data":{"__proto__":{"polluted":1}}}'],
    ['a top-level __proto__', '{"__proto__":{"polluted":1},"v":2,"data":{"__proto__":{"polluted":1}}}'],
    ['a constructor.prototype payload', '{"v":2,"data":{"constructor":{"prototype":{"polluted":1}}}}'],
    ['a nested prototype payload', '{"v":2,"data":{"n":{"prototype":{"polluted":1}}}}'],
  ];

  for (const [name, text] of cases) {
    it(`${name}: no value, nothing written, Object.prototype untouched`, () => {
      const fake = fakeStorage({ 'lip-widgets:a': text });
      const store = storeOver(fake);
      const seen = store.read('a', anything);
      expect(store.read('a', counter)).to.equal(undefined);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.prototype).to.not.have.property('polluted');
      if (seen && typeof seen === 'object') {
        expect(Object.keys(seen)).to.not.include.members(['__proto__', 'constructor', 'prototype']);
        expect(Object.getPrototypeOf(seen)).to.equal(Object.prototype);
        expect((seen as Record<string, unknown>).polluted).to.equal(undefined);
      }
      expect(fake.sets).to.equal(0);
      expect(fake.removes).to.equal(0);
      expect(fake.map.get('lip-widgets:a')).to.equal(text);
    });
  }

  it('drops __proto__/constructor/prototype keys but keeps the rest', () => {
    const store = storeOver(
      fakeStorage({ 'lip-widgets:a': '{"v":2,"data":{"n":4,"__proto__":{"x":1},"constructor":{"prototype":{"y":1}}}}' }),
    );
    const raw = store.read('a', anything) as Record<string, unknown>;
    expect(Object.keys(raw)).to.deep.equal(['n']);
    expect(Object.prototype.hasOwnProperty.call(raw, '__proto__')).to.equal(false);
    expect(store.read('a', counter)).to.deep.equal({ n: 4 });
  });

  it(`parses text up to ${MAX_CHARS} characters`, () => {
    const pad = (len: number) => `{"v":2,"data":"${'x'.repeat(len - 17)}"}`;
    expect(pad(MAX_CHARS).length).to.equal(MAX_CHARS);
    expect(storeOver(fakeStorage({ 'lip-widgets:a': pad(MAX_CHARS) })).read('a', isString)).to.have.length(MAX_CHARS - 17);
    expect(storeOver(fakeStorage({ 'lip-widgets:a': pad(MAX_CHARS + 1) })).read('a', isString)).to.equal(undefined);
  });

  // RELIABILITY 25: what the kit cannot read is left alone; the change lives in this page and the store says so
  for (const stored of ['{', '[]', '"2026-03-02"', 'plain text', '{"v":2,"data":{"n":"3"}}', '{"v":99,"data":{"n":1}}', '{"x":1}']) {
    it(`25: leaves ${stored} alone when the user acts, keeps the change in memory, reports not persistent`, () => {
      const fake = fakeStorage({ 'lip-widgets:a': stored });
      const store = storeOver(fake);
      expect(store.read('a', counter)).to.equal(undefined);
      expect(store.persistent).to.equal(false);
      expect(update(store, 'a', counter, (n) => ({ n: (n?.n ?? 0) + 1 }))).to.equal(false);
      expect(store.read('a', counter)).to.deep.equal({ n: 1 });
      store.remove('a');
      expect(fake.map.get('lip-widgets:a')).to.equal(stored);
      expect(fake.sets + fake.removes).to.equal(0);
    });
  }

  it('a value this page read as missing or readable is written', () => {
    const fake = fakeStorage({ 'lip-widgets:a': '{"v":2,"data":{"n":1}}' });
    const store = storeOver(fake);
    expect(update(store, 'a', counter, (n) => ({ n: n!.n + 1 }))).to.equal(true);
    expect(fake.map.get('lip-widgets:a')).to.equal('{"v":2,"data":{"n":2}}');
    expect(store.persistent).to.equal(true);
  });
});

describe('storage: unavailable', () => {
  it('works in memory when reading window.localStorage throws SecurityError', () => {
    let calls = 0;
    const store = createStore({
      storage: () => {
        calls++;
        return blockedGetter();
      },
    });
    expect(store.persistent).to.equal(false);
    expect(store.read('a', counter)).to.equal(undefined);
    expect(store.write('a', { n: 2 })).to.equal(false);
    expect(store.read('a', counter)).to.deep.equal({ n: 2 });
    store.remove('a');
    expect(store.read('a', counter)).to.equal(undefined);
    expect(store.persistent).to.equal(false);
    expect(calls).to.equal(1, 'the getter is tried once');
  });

  it('works in memory when there is no storage at all', () => {
    const store = createStore({ storage: () => null });
    expect(store.persistent).to.equal(false);
    store.write('a', { n: 3 });
    expect(store.read('a', counter)).to.deep.equal({ n: 3 });
  });

  it('survives getItem, setItem and removeItem all throwing', () => {
    const hostile = {
      getItem() {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem() {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem() {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    const store = createStore({ storage: () => hostile });
    let warnings = 0;
    const original = console.warn;
    console.warn = () => warnings++;
    try {
      expect(store.read('a', counter)).to.equal(undefined);
      expect(store.write('a', { n: 1 })).to.equal(false);
      expect(store.read('a', counter)).to.deep.equal({ n: 1 });
      store.remove('a');
      expect(store.read('a', counter)).to.equal(undefined);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.equal(1);
    expect(store.persistent).to.equal(false);
  });
});

describe('storage: quota exceeded', () => {
  it('keeps values in memory, warns once per store, never retries', async () => {
    const fake = fakeStorage({ 'lip-widgets:old': '{"v":2,"data":{"n":9}}' });
    fake.quota = true;
    const store = storeOver(fake);
    expect(store.persistent).to.equal(true);
    const warnings = await countWarnings(() => {
      expect(store.write('a', { n: 1 })).to.equal(false);
      expect(store.write('a', { n: 2 })).to.equal(false);
      expect(store.write('b', { n: 3 })).to.equal(false);
    });
    expect(warnings).to.equal(1);
    expect(fake.sets).to.equal(1, 'one attempt, then memory only');
    expect(store.persistent).to.equal(false);
    expect(store.read('a', counter)).to.deep.equal({ n: 2 });
    expect(store.read('b', counter)).to.deep.equal({ n: 3 });
    expect(store.read('old', counter)).to.deep.equal({ n: 9 }, 'values saved before stay readable');
  });

  it('warns once per store, not once per page', async () => {
    const fake = fakeStorage();
    fake.quota = true;
    const warnings = await countWarnings(() => {
      storeOver(fake).write('a', 1);
      storeOver(fake).write('a', 1);
    });
    expect(warnings).to.equal(2);
  });

  it('still removes a stored value after a failed write', () => {
    const fake = fakeStorage({ 'lip-widgets:a': '{"v":2,"data":{"n":1}}' });
    fake.quota = true;
    const store = storeOver(fake);
    const original = console.warn;
    console.warn = () => undefined;
    try {
      store.write('b', { n: 1 });
    } finally {
      console.warn = original;
    }
    store.remove('a');
    expect(fake.map.has('lip-widgets:a')).to.equal(false);
    expect(store.read('a', counter)).to.equal(undefined);
  });
});

describe('storage: subscriptions', () => {
  it('a write notifies every subscriber of that key, and only of that key', () => {
    const store = storeOver(fakeStorage());
    const heard: string[] = [];
    const offA1 = store.subscribe('a', () => heard.push(`a1:${store.read('a', counter)?.n}`));
    const offA2 = store.subscribe('a', () => heard.push(`a2:${store.read('a', counter)?.n}`));
    const offB = store.subscribe('b', () => heard.push('b'));
    store.write('a', { n: 1 });
    expect(heard).to.deep.equal(['a1:1', 'a2:1']);
    offA1();
    store.remove('a');
    expect(heard).to.deep.equal(['a1:1', 'a2:1', 'a2:undefined']);
    offA2();
    offB();
    store.write('a', { n: 2 });
    store.write('b', { n: 2 });
    expect(heard).to.have.length(3);
  });

  it('notifies in memory too, and a throwing subscriber does not stop the others', () => {
    const store = createStore({ storage: blockedGetter });
    let heard = 0;
    const original = console.error;
    console.error = () => undefined;
    const off1 = store.subscribe('a', () => {
      throw new Error('widget bug');
    });
    const off2 = store.subscribe('a', () => heard++);
    try {
      store.write('a', 1);
    } finally {
      console.error = original;
      off1();
      off2();
    }
    expect(heard).to.equal(1);
  });

  it('calling an unsubscribe twice is harmless', () => {
    const store = storeOver(fakeStorage());
    let heard = 0;
    const off = store.subscribe('a', () => heard++);
    const other = store.subscribe('a', () => heard++);
    off();
    off();
    store.write('a', 1);
    expect(heard).to.equal(1);
    other();
  });

  it('a storage event from another tab notifies subscribers of that key', () => {
    const fake = fakeStorage();
    const store = storeOver(fake);
    const heard: unknown[] = [];
    const off = store.subscribe('a', () => heard.push(store.read('a', counter)));
    const offB = store.subscribe('b', () => heard.push('b'));
    try {
      const newValue = '{"v":2,"data":{"n":5}}';
      fake.map.set('lip-widgets:a', newValue);
      window.dispatchEvent(new StorageEvent('storage', { key: 'lip-widgets:a', newValue }));
      expect(heard).to.deep.equal([{ n: 5 }]);
      window.dispatchEvent(new StorageEvent('storage', { key: 'a', newValue }));
      window.dispatchEvent(new StorageEvent('storage', { key: 'another-app:a', newValue }));
      window.dispatchEvent(new StorageEvent('storage', { key: 'other-app:lip-widgets:a', newValue }));
      window.dispatchEvent(new StorageEvent('storage', { key: 'lip-widgets:a', newValue, storageArea: sessionStorage }));
      expect(heard).to.have.length(1, 'foreign keys and other storage areas are ignored');
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
      expect(heard).to.deep.equal([{ n: 5 }, { n: 5 }, 'b'], 'clear() in another tab notifies everyone');
    } finally {
      off();
      offB();
    }
    window.dispatchEvent(new StorageEvent('storage', { key: 'lip-widgets:a', newValue: null }));
    expect(heard).to.have.length(3, 'nothing after unsubscribing');
  });

  it("another tab's newer value replaces this page's unsaved one", () => {
    const fake = fakeStorage();
    fake.quota = true;
    const store = storeOver(fake);
    const original = console.warn;
    console.warn = () => undefined;
    try {
      store.write('a', { n: 1 });
    } finally {
      console.warn = original;
    }
    const off = store.subscribe('a', () => undefined);
    try {
      const newValue = '{"v":2,"data":{"n":6}}';
      fake.map.set('lip-widgets:a', newValue);
      window.dispatchEvent(new StorageEvent('storage', { key: 'lip-widgets:a', newValue }));
      expect(store.read('a', counter)).to.deep.equal({ n: 6 });
    } finally {
      off();
    }
  });

  it('installs one storage listener for the page, however often widgets come and go', () => {
    const added = new Set<EventListenerOrEventListenerObject>();
    let adds = 0;
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    window.addEventListener = function (this: Window, type: string, fn: EventListenerOrEventListenerObject, ...rest: unknown[]) {
      if (type === 'storage') {
        adds++;
        added.add(fn);
      }
      return (add as (...args: unknown[]) => void).call(this, type, fn, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, fn: EventListenerOrEventListenerObject, ...rest: unknown[]) {
      if (type === 'storage') added.delete(fn);
      return (remove as (...args: unknown[]) => void).call(this, type, fn, ...rest);
    } as typeof window.removeEventListener;
    try {
      const fake = fakeStorage();
      const storeA = storeOver(fake);
      const storeB = storeOver(fake);
      let heard = 0;
      const keep = storeA.subscribe('x', () => heard++);
      expect(added.size).to.equal(1);
      // three widgets removed and re-inserted three times, on two stores
      for (let round = 0; round < 3; round++) {
        const offs = [storeA.subscribe('a', () => heard++), storeA.subscribe('b', () => heard++), storeB.subscribe('a', () => heard++)];
        expect(added.size).to.equal(1);
        for (const off of offs) off();
      }
      expect(added.size).to.equal(1);
      expect(adds).to.equal(1);
      window.dispatchEvent(new StorageEvent('storage', { key: 'lip-widgets:x', newValue: null }));
      expect(heard).to.equal(1);
      keep();
      expect(added.size).to.equal(0, 'the last unsubscribe removes the listener');
      const again = storeB.subscribe('a', () => heard++);
      expect(added.size).to.equal(1);
      window.dispatchEvent(new StorageEvent('storage', { key: 'lip-widgets:a', newValue: null }));
      expect(heard).to.equal(2);
      again();
      expect(added.size).to.equal(0);
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
    }
  });
});

describe('storage: default store', () => {
  const key = `test-${Math.random().toString(36).slice(2)}`;
  after(() => localStorage.removeItem(PREFIX + key));

  it('is shared and uses window.localStorage', () => {
    const store = defaultStore();
    expect(defaultStore()).to.equal(store);
    expect(store.persistent).to.equal(true);
    expect(store.write(key, { n: 11 })).to.equal(true);
    expect(localStorage.getItem(PREFIX + key)).to.equal('{"v":2,"data":{"n":11}}');
    expect(createStore().read(key, counter)).to.deep.equal({ n: 11 });
  });

  it('hears storage events for window.localStorage, not for sessionStorage', () => {
    let heard = 0;
    const off = defaultStore().subscribe(key, () => heard++);
    try {
      window.dispatchEvent(new StorageEvent('storage', { key: PREFIX + key, newValue: null, storageArea: sessionStorage }));
      expect(heard).to.equal(0);
      window.dispatchEvent(new StorageEvent('storage', { key: PREFIX + key, newValue: null, storageArea: localStorage }));
      expect(heard).to.equal(1);
    } finally {
      off();
    }
  });
});

describe('RELIABILITY 24: storage independent of what a host page patches', () => {
  type Patched = { toJSON?: () => unknown };
  const protos = [Array.prototype, String.prototype, Number.prototype, Object.prototype, Boolean.prototype] as Patched[];
  const saved = { parse: JSON.parse, stringify: JSON.stringify };
  afterEach(() => {
    for (const p of protos) delete p.toJSON;
    Object.assign(JSON, saved);
  });

  function patchAll(): void {
    // Prototype.js 1.6: toJSON on built-in prototypes returns JSON text (double encoding)
    (Array.prototype as Patched).toJSON = function (this: unknown[]) {
      return `[${this.map((x) => saved.stringify(x)).join(', ')}]`;
    };
    (String.prototype as Patched).toJSON = function (this: string) {
      return `"${this}"`;
    };
    (Number.prototype as Patched).toJSON = () => 'NaN';
    Object.defineProperty(Object.prototype, 'toJSON', { value: () => 'patched', configurable: true, writable: true });
    // a page that revives date-like strings and sorts keys
    JSON.parse = (text: string) =>
      saved.parse(text, (_k, v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\d/.test(v) ? new Date(v) : Array.isArray(v) ? v.length : v));
    JSON.stringify = () => '"wrapped"';
  }

  it('24: values written and read with toJSON on built-ins and JSON.parse/stringify wrapped come back unchanged', () => {
    const fake = fakeStorage();
    const store = storeOver(fake);
    patchAll();
    const ticks = { '9': { cream: 2 }, '10': { wash: 1 } };
    expect(store.write('t', ticks)).to.equal(true);
    expect(store.write('p', ['no-retinol', 'no-alcohol'])).to.equal(true);
    expect(store.write('d', '2026-03-02')).to.equal(true);
    expect(store.read('t', anything)).to.deep.equal(ticks);
    expect(store.read('p', anything)).to.deep.equal(['no-retinol', 'no-alcohol']);
    expect(store.read('d', isString)).to.equal('2026-03-02');
    Object.assign(JSON, saved);
    for (const p of protos) delete p.toJSON;
    // and the text is standard JSON any later version (or the unpatched page) reads
    expect(JSON.parse(fake.map.get('lip-widgets:t')!)).to.deep.equal({ v: 2, data: ticks });
    expect(JSON.parse(fake.map.get('lip-widgets:p')!)).to.deep.equal({ v: 2, data: ['no-retinol', 'no-alcohol'] });
  });

  it('24: the kit’s JSON reader and writer agree with the standard on awkward text', () => {
    const values: unknown[] = [
      '',
      'a"b\\c/\n\t\u0000\u001f\u2028😀 è',
      0,
      -1.5e-7,
      1e21,
      true,
      false,
      null,
      [],
      {},
      [[1, [2]], { a: { b: [] } }],
      { 'x y': '\ud800' },
    ];
    for (const v of values) {
      expect(parseJson(toJson(v)), JSON.stringify(v)).to.deep.equal(v);
      expect(parseJson(JSON.stringify(v)), JSON.stringify(v)).to.deep.equal(v);
      expect(JSON.parse(toJson(v)), JSON.stringify(v)).to.deep.equal(v);
    }
    for (const bad of ['', ' ', '{', '[1,]', '{"a":1,}', "{'a':1}", '01', '1.', '.5', 'tru', '"\\x"', '"a', '[1] x', 'NaN', '"\u0001"']) {
      expect(() => parseJson(bad), bad).to.throw(SyntaxError);
    }
    expect(() => parseJson('['.repeat(100) + ']'.repeat(100))).to.throw();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => toJson(cyclic)).to.throw();
    expect(() => toJson(new Date())).to.throw();
  });
});
