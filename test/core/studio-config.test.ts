import { expect } from '@open-wc/testing';
import { applyConfig, safeUrl, telUrl, validateConfig } from '../../src/core/studio-config.js';
import { procedures } from '../../src/data/procedures.js';

describe('core/studio-config: validateConfig', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
  });

  it('accepts a full valid configuration', () => {
    const { config, problems } = validateConfig({
      name: 'Studio Rosa',
      phone: '+39 02 555 0101',
      bookingUrl: 'https://example.com/book',
      procedures: {
        'lip-blush': {
          upkeep: { refinement: { after: { min: 6, max: 6, unit: 'week' } } },
          aftercare: {
            add: [{ id: 'arnica', kind: 'do', text: 'Arnica cream', task: true, days: { from: 1, to: 5 } }],
            hide: ['dark-drinks'],
          },
        },
        'brow-lamination': { name: 'Brow lamination', recovery: { spans: { min: 1, max: 2, unit: 'day' } } },
      },
    });
    expect(problems).to.deep.equal([]);
    expect(config.name).to.equal('Studio Rosa');
    expect(Object.keys(config.procedures!)).to.deep.equal(['lip-blush', 'brow-lamination']);
  });

  it('reports malformed JSON and uses nothing', () => {
    const { config, problems } = validateConfig('{"name": "Rosa",');
    expect(config).to.deep.equal({});
    expect(problems).to.have.length(1);
    expect(problems[0].path).to.equal('config');
    expect(problems[0].reason).to.match(/not valid JSON/);
  });

  const cases: [string, unknown, string, RegExp][] = [
    [
      'a string where a number belongs',
      { procedures: { 'lip-blush': { lasts: { min: 'two', max: 3, unit: 'year' } } } },
      'config.procedures.lip-blush.lasts.min',
      /number/,
    ],
    [
      'a number out of range',
      { procedures: { 'lip-blush': { lasts: { min: 2, max: 5000, unit: 'year' } } } },
      'config.procedures.lip-blush.lasts.max',
      /from 0 to 1000/,
    ],
    [
      'max below min',
      { procedures: { 'lip-flip': { lasts: { min: 5, max: 2, unit: 'week' } } } },
      'config.procedures.lip-flip.lasts',
      /below min/,
    ],
    [
      'an unknown unit',
      { procedures: { 'lip-flip': { lasts: { min: 1, max: 2, unit: 'fortnight' } } } },
      'config.procedures.lip-flip.lasts.unit',
      /one of/,
    ],
    ['an unknown key', { colour: 'pink' }, 'config.colour', /unknown key/],
    ['a bad procedure id', { procedures: { 'Lip Blush!': {} } }, 'config.procedures.Lip Blush!', /id/],
    ['a list where an object belongs', { procedures: [] }, 'config.procedures', /object/],
    ['an empty name', { name: '   ' }, 'config.name', /text/],
    [
      'an add item missing its text',
      { procedures: { 'lip-blush': { aftercare: { add: [{ id: 'x', kind: 'do' }] } } } },
      'config.procedures.lip-blush.aftercare.add[0]',
      /missing text/,
    ],
  ];
  for (const [name, input, path, reason] of cases) {
    it(`drops ${name}, naming the path`, () => {
      const { problems } = validateConfig(JSON.stringify(input));
      expect(problems.map((p) => p.path)).to.include(path);
      expect(problems.find((p) => p.path === path)!.reason).to.match(reason);
    });
  }

  it('refuses __proto__, constructor and prototype keys at every level without touching Object.prototype', () => {
    const json =
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"name":"Rosa","procedures":{"__proto__":{"polluted":1},"lip-blush":{"__proto__":{"polluted":1},"aftercare":{"add":[{"id":"a","kind":"do","text":"t","__proto__":{"polluted":1}}]}}}}';
    const { config, problems } = validateConfig(json);
    expect(problems.map((p) => p.reason).filter((r) => r === 'forbidden key').length).to.equal(5);
    expect(config.name).to.equal('Rosa');
    const set = applyConfig(config);
    expect(set['lip-blush'].aftercare!.some((c) => c.id === 'a')).to.equal(true);
    expect(Object.getPrototypeOf(config)).to.equal(Object.prototype);
  });

  it('keeps the valid rest of a partly bad configuration', () => {
    const { config, problems } = validateConfig({ name: 42, phone: '+39 333 1234567' });
    expect(problems.map((p) => p.path)).to.deep.equal(['config.name']);
    expect(config.phone).to.equal('+39 333 1234567');
  });

  it('keeps its own problems when a getter in the object starts another validation', () => {
    let inner: ReturnType<typeof validateConfig> | undefined;
    const input = {
      get name() {
        inner = validateConfig({ phone: 7 });
        return 42;
      },
      scheme: 'purple',
    };
    const { problems } = validateConfig(input);
    expect(problems.map((p) => p.path)).to.deep.equal(['config.name', 'config.scheme']);
    expect(inner!.problems.map((p) => p.path)).to.deep.equal(['config.phone']);
  });
});

describe('core/studio-config: applyConfig', () => {
  it('returns the built-in data when nothing is overridden', () => {
    expect(applyConfig({})).to.equal(applyConfig({}));
    expect(applyConfig({})['lip-blush']).to.equal(procedures['lip-blush']);
  });

  it("replaces a figure as the studio's own (no citation) and leaves the built-in data alone", () => {
    const set = applyConfig(
      validateConfig({ procedures: { 'lip-blush': { upkeep: { refinement: { after: { min: 6, max: 6, unit: 'week' } } } } } }).config,
    );
    const refinement = set['lip-blush'].upkeep!.find((u) => u.id === 'refinement')!;
    expect(refinement.after![0]).to.include({ min: 6, max: 6, unit: 'week', studio: true });
    expect(refinement.after![0].cite).to.deep.equal([]);
    expect(procedures['lip-blush'].upkeep![0].after![0].unit).to.equal('month');
  });

  it('adds and hides care tasks, checklist items and warning signs', () => {
    const set = applyConfig(
      validateConfig({
        procedures: {
          'lip-blush': {
            aftercare: { add: [{ id: 'arnica', kind: 'do', text: 'Arnica cream', task: true }], hide: ['dark-drinks'] },
            prep: { hide: ['caffeine'] },
            warningSigns: { add: [{ id: 'fever', text: 'Fever' }] },
          },
        },
      }).config,
    );
    const p = set['lip-blush'];
    expect(p.aftercare!.map((c) => c.id))
      .to.include('arnica')
      .and.not.include('dark-drinks');
    expect(p.aftercare!.find((c) => c.id === 'arnica')!.studio).to.equal(true);
    expect(p.prep!.map((c) => c.id)).to.not.include('caffeine');
    expect(p.warningSigns!.at(-1)!.text).to.equal('Fever');
  });

  it("adds a studio's own procedure", () => {
    const set = applyConfig(
      validateConfig({ procedures: { 'brow-lamination': { name: 'Brow lamination', lasts: { min: 6, max: 8, unit: 'week' } } } }).config,
    );
    expect(set['brow-lamination'].name).to.equal('Brow lamination');
    expect(set['brow-lamination'].lasts![0].studio).to.equal(true);
    expect(Object.keys(set)).to.include.members(['lip-blush', 'lip-flip', 'lip-filler', 'brow-lamination']);
  });

  it('ignores override keys it has no rule for: an unknown key, constructor and a parsed __proto__', () => {
    const override = JSON.parse('{"colour":"pink","constructor":{"polluted":1},"__proto__":{"polluted":1}}');
    let set: ReturnType<typeof applyConfig> | undefined;
    expect(() => (set = applyConfig({ procedures: { 'lip-blush': override } }))).to.not.throw();
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(set!['lip-blush']).to.deep.equal(procedures['lip-blush']);
  });
});

describe('core/studio-config: safeUrl and telUrl', () => {
  const refused = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'http://example.com',
    'ftp://example.com',
    '/relative/path',
    '',
    'https://',
  ];
  for (const url of refused) it(`refuses ${JSON.stringify(url)}`, () => expect(safeUrl(url)).to.equal(undefined));

  for (const [url, out] of [
    ['https://example.com/book', 'https://example.com/book'],
    ['  HTTPS://Example.com/a?b=1 ', 'https://example.com/a?b=1'],
    ['mailto:hello@example.com', 'mailto:hello@example.com'],
    ['tel:+390255501', 'tel:+390255501'],
  ]) {
    it(`keeps ${JSON.stringify(url)}`, () => expect(safeUrl(url)).to.equal(out));
  }

  it('turns a written phone number into a tel: link, or nothing', () => {
    expect(telUrl('+39 02 555 0101')).to.equal('tel:+39025550101');
    expect(telUrl('(555) 123-4567')).to.equal('tel:5551234567');
    expect(telUrl('call us')).to.equal(undefined);
    expect(telUrl('javascript:alert(1)')).to.equal(undefined);
  });
});
