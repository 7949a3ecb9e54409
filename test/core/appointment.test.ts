import { expect } from '@open-wc/testing';
import {
  appointmentKey,
  clearAppointment,
  MAX_YEARS_AHEAD,
  MAX_YEARS_BACK,
  procedureFromUrl,
  rangeProblem,
  resolveAppointment,
  saveAppointment,
  storedAppointment,
  subscribeAppointment,
} from '../../src/core/appointment.js';
import type { ResolvedAppointment, ResolveOptions } from '../../src/core/appointment.js';
import type { CalendarDate } from '../../src/core/dates.js';
import { createStore, defaultStore } from '../../src/core/storage.js';
import type { Store } from '../../src/core/storage.js';

function d(iso: string): CalendarDate {
  const [y, m, day] = iso.split('-').map(Number);
  return { y, m, d: day };
}

const TODAY = d('2026-03-08');
const PAGE = 'https://studio.example/aftercare';

/** A store over a fresh in-memory Storage, optionally holding a saved date. */
function storeWith(entries: Record<string, string> = {}): { store: Store; map: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  const storage = {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  } as unknown as Storage;
  return { store: createStore({ storage: () => storage }), map };
}

const SAVED = { 'lip-widgets:appointment:lip-blush': '{"v":2,"data":"2026-03-01"}' };

describe('appointment: resolveAppointment', () => {
  const cases: [string, Partial<ResolveOptions>, Record<string, string>, ResolvedAppointment][] = [
    [
      'the attribute first',
      { attribute: '2026-03-10', url: `${PAGE}?appointment=2026-03-05` },
      SAVED,
      { date: d('2026-03-10'), from: 'attribute' },
    ],
    ['the attribute with white space', { attribute: ' 2026-03-10 ' }, {}, { date: d('2026-03-10'), from: 'attribute' }],
    [
      'an impossible attribute date, without falling through',
      { attribute: '2024-02-30', url: `${PAGE}?appointment=2026-03-05` },
      SAVED,
      { from: 'attribute', problem: { value: '2024-02-30', problem: 'no-such-date' } },
    ],
    [
      'a month 13 attribute',
      { attribute: '2024-13-01' },
      SAVED,
      { from: 'attribute', problem: { value: '2024-13-01', problem: 'no-such-date' } },
    ],
    [
      'a day-first attribute',
      { attribute: '10/03/2025' },
      SAVED,
      { from: 'attribute', problem: { value: '10/03/2025', problem: 'format' } },
    ],
    [
      'an attribute with a time',
      { attribute: '2024-03-10T00:00Z' },
      SAVED,
      { from: 'attribute', problem: { value: '2024-03-10T00:00Z', problem: 'format' } },
    ],
    ['an empty attribute', { attribute: '' }, SAVED, { from: 'attribute', problem: { value: '', problem: 'empty' } }],
    ['a blank attribute', { attribute: '  ' }, SAVED, { from: 'attribute', problem: { value: '  ', problem: 'empty' } }],
    [
      'the URL when there is no attribute',
      { attribute: null, url: `${PAGE}?appointment=2026-03-05` },
      SAVED,
      { date: d('2026-03-05'), from: 'url' },
    ],
    ['the URL as a URL object', { url: new URL(`${PAGE}?appointment=2026-03-05`) }, {}, { date: d('2026-03-05'), from: 'url' }],
    [
      'the URL naming this procedure',
      { url: `${PAGE}?procedure=lip-blush&appointment=2026-03-05` },
      SAVED,
      { date: d('2026-03-05'), from: 'url' },
    ],
    [
      'the URL naming this procedure in capitals',
      { url: `${PAGE}?procedure=Lip-Blush&appointment=2026-03-05` },
      {},
      { date: d('2026-03-05'), from: 'url' },
    ],
    [
      'the stored date when the URL names another procedure',
      { url: `${PAGE}?procedure=brows&appointment=2026-03-05` },
      SAVED,
      { date: d('2026-03-01'), from: 'stored' },
    ],
    [
      'a bad URL date as a problem',
      { url: `${PAGE}?appointment=2026-02-30` },
      SAVED,
      { from: 'url', problem: { value: '2026-02-30', problem: 'no-such-date' } },
    ],
    ['an empty URL date as a problem', { url: `${PAGE}?appointment=` }, SAVED, { from: 'url', problem: { value: '', problem: 'empty' } }],
    ['the stored date when the URL has none', { url: `${PAGE}?procedure=lip-blush` }, SAVED, { date: d('2026-03-01'), from: 'stored' }],
    ['the stored date when the URL is unusable', { url: 'http://[' }, SAVED, { date: d('2026-03-01'), from: 'stored' }],
    ['the stored date with no URL', {}, SAVED, { date: d('2026-03-01'), from: 'stored' }],
    ['none when nothing is known', { url: PAGE }, {}, { from: 'none' }],
    ['none for another procedure’s date', { procedure: 'brows' }, SAVED, { from: 'none' }],
    ['none when the stored value is corrupt', {}, { 'lip-widgets:appointment:lip-blush': '{"v":2,"data":"2026-02-30"}' }, { from: 'none' }],
    [
      'none when the stored value is not a string',
      {},
      { 'lip-widgets:appointment:lip-blush': '{"v":2,"data":{"y":2026,"m":3,"d":1}}' },
      { from: 'none' },
    ],
    ['none for a future envelope version', {}, { 'lip-widgets:appointment:lip-blush': '{"v":99,"data":"2026-03-01"}' }, { from: 'none' }],
    [
      'a migrated v1 value',
      {},
      { 'lip-widgets:appointment:lip-blush': '{"v":1,"data":"2026-03-01"}' },
      { date: d('2026-03-01'), from: 'stored' },
    ],
    // the sanity limits: 2 years ahead, 5 years back
    ['exactly 2 years ahead', { attribute: '2028-03-08' }, {}, { date: d('2028-03-08'), from: 'attribute' }],
    [
      'a day past 2 years ahead',
      { attribute: '2028-03-09' },
      {},
      { from: 'attribute', problem: { value: '2028-03-09', problem: 'far-future' } },
    ],
    ['5 years ahead', { attribute: '2031-03-08' }, {}, { from: 'attribute', problem: { value: '2031-03-08', problem: 'far-future' } }],
    ['3 years back', { attribute: '2023-03-08' }, {}, { date: d('2023-03-08'), from: 'attribute' }],
    ['exactly 5 years back', { attribute: '2021-03-08' }, {}, { date: d('2021-03-08'), from: 'attribute' }],
    [
      'a day before 5 years back',
      { attribute: '2021-03-07' },
      {},
      { from: 'attribute', problem: { value: '2021-03-07', problem: 'far-past' } },
    ],
    [
      'a far-future URL date',
      { url: `${PAGE}?appointment=2062-03-08` },
      SAVED,
      { from: 'url', problem: { value: '2062-03-08', problem: 'far-future' } },
    ],
    [
      'a far-past stored date',
      {},
      { 'lip-widgets:appointment:lip-blush': '{"v":2,"data":"2019-06-01"}' },
      { from: 'stored', problem: { value: '2019-06-01', problem: 'far-past' } },
    ],
  ];

  for (const [name, options, stored, expected] of cases) {
    it(`uses ${name}`, () => {
      const { store, map } = storeWith(stored);
      const before = [...map];
      const result = resolveAppointment({ procedure: 'lip-blush', today: TODAY, store, ...options });
      expect(result).to.deep.equal(expected);
      expect([...map]).to.deep.equal(before, 'resolving never writes');
    });
  }

  it('measures the limits from the today it is given', () => {
    const { store } = storeWith();
    const later = resolveAppointment({ attribute: '2028-03-09', procedure: 'lip-blush', today: d('2026-03-09'), store });
    expect(later).to.deep.equal({ date: d('2028-03-09'), from: 'attribute' });
  });
});

describe('appointment: rangeProblem', () => {
  const cases: [string, string, string | undefined][] = [
    ['2026-03-08', '2026-03-08', undefined],
    ['2028-03-08', '2026-03-08', undefined],
    ['2028-03-09', '2026-03-08', 'far-future'],
    ['2021-03-08', '2026-03-08', undefined],
    ['2021-03-07', '2026-03-08', 'far-past'],
    // from a leap day, 2 years ahead is 28 Feb and 5 years back is 28 Feb
    ['2026-02-28', '2024-02-29', undefined],
    ['2026-03-01', '2024-02-29', 'far-future'],
    ['2019-02-28', '2024-02-29', undefined],
    ['2019-02-27', '2024-02-29', 'far-past'],
  ];
  for (const [date, today, problem] of cases) {
    it(`${date} seen on ${today}: ${problem ?? 'in range'}`, () => {
      expect(rangeProblem(d(date), d(today))).to.equal(problem);
    });
  }

  it('documents its limits as constants', () => {
    expect(MAX_YEARS_AHEAD).to.equal(2);
    expect(MAX_YEARS_BACK).to.equal(5);
  });
});

describe('appointment: procedureFromUrl', () => {
  const cases: [string | URL | null | undefined, string | undefined][] = [
    [`${PAGE}?procedure=lip-blush`, 'lip-blush'],
    [`${PAGE}?appointment=2026-03-05&procedure=brows#top`, 'brows'],
    [`${PAGE}?procedure=%20lip-blush%20`, 'lip-blush'],
    [new URL(`${PAGE}?procedure=lips`), 'lips'],
    ['?procedure=lips', 'lips'],
    [`${PAGE}?procedure=`, undefined],
    [`${PAGE}?appointment=2026-03-05`, undefined],
    [`${PAGE}#procedure=lips`, undefined],
    ['http://[', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ];
  for (const [url, expected] of cases) {
    it(`${String(url) || JSON.stringify(url)} → ${expected}`, () => expect(procedureFromUrl(url)).to.equal(expected));
  }
});

describe('appointment: saving and sharing', () => {
  it('saves under lip-widgets:appointment:<procedure> as an ISO date', () => {
    const { store, map } = storeWith();
    expect(appointmentKey('lip-blush')).to.equal('appointment:lip-blush');
    expect(saveAppointment('lip-blush', d('2026-03-10'), store)).to.equal(true);
    expect(map.get('lip-widgets:appointment:lip-blush')).to.equal('{"v":2,"data":"2026-03-10"}');
    expect(storedAppointment('lip-blush', store)).to.deep.equal(d('2026-03-10'));
    expect(storedAppointment('brows', store)).to.equal(undefined);
    expect(resolveAppointment({ procedure: 'lip-blush', today: TODAY, store })).to.deep.equal({ date: d('2026-03-10'), from: 'stored' });
  });

  it('clears the saved date', () => {
    const { store, map } = storeWith(SAVED);
    clearAppointment('lip-blush', store);
    expect(map.size).to.equal(0);
    expect(resolveAppointment({ procedure: 'lip-blush', today: TODAY, store })).to.deep.equal({ from: 'none' });
  });

  it('keeps the date in memory when storage is blocked', () => {
    const store = createStore({
      storage: () => {
        throw new DOMException('sandboxed', 'SecurityError');
      },
    });
    expect(saveAppointment('lip-blush', d('2026-03-10'), store)).to.equal(false);
    expect(store.persistent).to.equal(false);
    expect(resolveAppointment({ procedure: 'lip-blush', today: TODAY, store })).to.deep.equal({ date: d('2026-03-10'), from: 'stored' });
  });

  it('tells the three widgets of a procedure about a saved or cleared date', () => {
    const { store } = storeWith();
    const heard: [string, CalendarDate | undefined][] = [];
    const offs = ['timeline', 'tracker', 'checklist'].map((w) => subscribeAppointment('lip-blush', (date) => heard.push([w, date]), store));
    const offOther = subscribeAppointment('brows', (date) => heard.push(['brows', date]), store);
    try {
      saveAppointment('lip-blush', d('2026-03-10'), store);
      expect(heard).to.deep.equal([
        ['timeline', d('2026-03-10')],
        ['tracker', d('2026-03-10')],
        ['checklist', d('2026-03-10')],
      ]);
      offs[0]();
      clearAppointment('lip-blush', store);
      expect(heard.slice(3)).to.deep.equal([
        ['tracker', undefined],
        ['checklist', undefined],
      ]);
    } finally {
      offs.forEach((off) => off());
      offOther();
    }
  });

  it('hears a date saved in another tab', () => {
    const { store, map } = storeWith();
    const heard: (CalendarDate | undefined)[] = [];
    const off = subscribeAppointment('lip-blush', (date) => heard.push(date), store);
    try {
      const newValue = '{"v":2,"data":"2026-04-01"}';
      map.set('lip-widgets:appointment:lip-blush', newValue);
      window.dispatchEvent(new StorageEvent('storage', { key: 'lip-widgets:appointment:lip-blush', newValue }));
      window.dispatchEvent(new StorageEvent('storage', { key: 'lip-widgets:appointment:brows', newValue }));
      expect(heard).to.deep.equal([d('2026-04-01')]);
    } finally {
      off();
    }
  });

  describe('with the default store', () => {
    const procedure = `test-${Math.random().toString(36).slice(2)}`;
    after(() => localStorage.removeItem(`lip-widgets:appointment:${procedure}`));

    it('saves to localStorage', () => {
      expect(saveAppointment(procedure, d('2026-03-12'))).to.equal(true);
      expect(localStorage.getItem(`lip-widgets:appointment:${procedure}`)).to.equal('{"v":2,"data":"2026-03-12"}');
      expect(resolveAppointment({ procedure, today: TODAY })).to.deep.equal({ date: d('2026-03-12'), from: 'stored' });
      expect(storedAppointment(procedure, defaultStore())).to.deep.equal(d('2026-03-12'));
      clearAppointment(procedure);
      expect(localStorage.getItem(`lip-widgets:appointment:${procedure}`)).to.equal(null);
    });
  });
});
