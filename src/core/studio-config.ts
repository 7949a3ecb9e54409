/**
 * A studio's settings and data overrides, validated field by field against a
 * schema: what fits is used, what does not is dropped with its path and the
 * reason. Never a deep merge of untrusted objects; `__proto__`,
 * `constructor` and `prototype` keys are refused, and results are built from
 * known keys only, so `Object.prototype` is never touched.
 */
import { parsePhone } from './phone.js';
import type { CareItem, Note, PrepItem, Procedure, Span, TimedNote, Upkeep } from '../data/types.js';
import { prepGroups } from './prep.js';
import { builtInProcedures, proseKeys, type ProcedureSet } from './procedures.js';
import { FORBIDDEN_KEYS, isPlainObject } from './safe.js';
import { english, type Catalog, type MessageKey } from './i18n.js';

export interface ConfigProblem {
  readonly path: string;
  readonly reason: string;
}

/** Checks one value found at `path`: what to use, or undefined once its problem is added to `problems`. */
type Check = (value: unknown, path: string, problems: ConfigProblem[]) => unknown;

const fail = (problems: ConfigProblem[], path: string, reason: string): undefined => void problems.push({ path, reason });

/** A check from a test and the reason given when it fails. */
const leaf =
  (ok: (v: unknown) => boolean, reason: string): Check =>
  (v, path, problems) =>
    ok(v) ? v : fail(problems, path, reason);

/** Text of 1 to `max` characters, trimmed. */
const textOf =
  (max: number): Check =>
  (v, path, problems) =>
    (typeof v === 'string' && v.length <= max && v.trim()) || fail(problems, path, `expected text of 1–${max} characters`);
const text = textOf(300);
/** A number from `min` to `max`; with `whole`, an integer. */
const num = (min: number, max: number, whole = false) =>
  leaf(
    (v) => typeof v === 'number' && v >= min && v <= max && (!whole || Number.isInteger(v)),
    `expected a ${whole ? 'whole ' : ''}number from ${min} to ${max}`,
  );
const bool = leaf((v) => typeof v === 'boolean', 'expected true or false');
/** One of `values`. */
const oneOf = (values: readonly unknown[]) => leaf((v) => values.includes(v), `expected one of ${values.join(', ')}`);
const ID = /^[a-z][a-z0-9-]{0,39}$/;
const ID_REASON = 'expected an id of lower-case letters, digits and dashes';
const id = leaf((v) => typeof v === 'string' && ID.test(v), ID_REASON);

/** Copies the keys of `v` that `pick` gives a check for into `out`; any other key is refused (forbidden, or `reason`). */
function fields(
  v: Record<string, unknown>,
  path: string,
  problems: ConfigProblem[],
  out: Record<string, unknown>,
  pick: (key: string) => Check | false,
  reason: string,
) {
  for (const key of Object.keys(v)) {
    const at = `${path}.${key}`;
    const check = pick(key);
    const r = check ? check(v[key], at, problems) : fail(problems, at, FORBIDDEN_KEYS.has(key) ? 'forbidden key' : reason);
    if (r !== undefined) out[key] = r;
  }
  return out;
}

/** An object of the keys in `shape`, with every key of `required` there. */
const obj =
  (shape: Record<string, Check>, required: readonly string[] = []): Check =>
  (v, path, problems) => {
    if (!isPlainObject(v)) return fail(problems, path, 'expected an object');
    const out = fields(v, path, problems, {}, (k) => Object.hasOwn(shape, k) && shape[k], 'unknown key');
    const missing = required.filter((k) => !(k in out));
    return missing.length ? fail(problems, path, `missing ${missing.join(', ')}`) : out;
  };

const list =
  (item: Check, max = 60): Check =>
  (v, path, problems) =>
    !Array.isArray(v)
      ? fail(problems, path, 'expected a list')
      : v.length > max
        ? fail(problems, path, `expected at most ${max} entries`)
        : // (no check gives a list, so flatMap only drops what failed)
          v.flatMap((x, i) => item(x, `${path}[${i}]`, problems) ?? []);

/** An object keyed by ids (procedure ids, upkeep ids); a null-prototype result. */
const byId =
  (value: Check, max: number): Check =>
  (v, path, problems) =>
    !isPlainObject(v)
      ? fail(problems, path, 'expected an object keyed by id')
      : Object.keys(v).length > max
        ? fail(problems, path, `expected at most ${max} entries`)
        : fields(v, path, problems, Object.create(null), (k) => ID.test(k) && value, ID_REASON);

const amount = num(0, 1000);
const spanShape = obj({ min: amount, max: amount, unit: oneOf(['minute', 'hour', 'day', 'week', 'month', 'year']), approx: bool }, [
  'min',
  'max',
  'unit',
]);
const span: Check = (v, path, problems) => {
  const s = spanShape(v, path, problems) as { min: number; max: number } | undefined;
  return s && s.max < s.min ? fail(problems, path, 'max is below min') : s;
};
const spanList = list(span, 8);
/** One span or a list of them. */
const spans: Check = (v, path, problems) => (Array.isArray(v) ? spanList : span)(v, path, problems);
const pair = (n: Check) => obj({ min: n, max: n }, ['min', 'max']);
const day = num(1, 400, true);
const days = obj({ from: day, to: day, approx: bool }, ['from']);
/** Notes to add (an id, a text, the keys of `more`, of which `required` must be there) and ids to hide. */
const edits = (more: Record<string, Check> = {}, required: readonly string[] = []) =>
  obj({ add: list(obj({ id, text, ...more }, ['id', 'text', ...required])), hide: list(id) });

const procedureShape = obj({
  name: textOf(80),
  summary: text,
  sessionLength: spans,
  resultsShow: spans,
  fullEffect: spans,
  lasts: spans,
  recovery: obj({ kind: oneOf(['healed', 'full-effect', 'massage-week']), spans }, ['spans']),
  upkeep: byId(
    obj({
      text,
      kind: oneOf(['refinement', 'check-up', 'booster', 'touch-up', 'repeat']),
      from: oneOf(['appointment', 'refinement']),
      after: spans,
      recurring: bool,
      hide: bool,
    }),
    12,
  ),
  expect: edits({ days }),
  aftercare: edits({ kind: oneOf(['do', 'avoid']), days, task: bool, timesPerDay: pair(num(1, 12, true)), minutesEach: num(1, 120) }, [
    'kind',
  ]),
  prep: edits({ kind: oneOf(['do', 'avoid', 'bring']), group: oneOf(prepGroups), daysBefore: pair(num(0, 365, true)) }, ['kind', 'group']),
  warningSigns: edits(),
});

/** A BCP 47 language tag: language, optional script, optional region ("pl", "pt-BR", "sr-Latn", "es-419"). */
const LANG = /^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?$/i;
const LANG_REASON = 'expected a language tag such as "pl", "ar" or "pt-BR"';
const isLang = (k: string) => {
  if (!LANG.test(k)) return false;
  try {
    return Intl.getCanonicalLocales(k).length === 1;
  } catch {
    return false;
  }
};

/** An object keyed by language tags; a null-prototype result. */
const byLang =
  (value: Check): Check =>
  (v, path, problems) =>
    !isPlainObject(v)
      ? fail(problems, path, 'expected an object keyed by language tag')
      : Object.keys(v).length > 20
        ? fail(problems, path, 'expected at most 20 languages')
        : fields(v, path, problems, Object.create(null), (k) => isLang(k) && value, LANG_REASON);

const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort().join(' ');
/** `count` words separated by `|`, none empty. */
const words = (count: number, what: string) =>
  leaf(
    (v) => typeof v === 'string' && v.length <= 400 && v.split('|').length === count && v.split('|').every((w) => w.trim()),
    `expected ${count} words separated by | (${what})`,
  );
const unitForms = words(6, 'minute, hour, day, week, month, year');
const PLURAL_KEYS = new Set(['units.zero', 'units.two', 'units.few', 'units.many']);

/**
 * One interface string: text no longer than three times the English (at
 * least 40 characters), with exactly the English text's placeholders.
 */
const message =
  (key: MessageKey): Check =>
  (v, path, problems) => {
    const en = english[key];
    const max = Math.max(40, en.length * 3);
    if (typeof v !== 'string' || !v.trim() || v.length > max) return fail(problems, path, `expected text of 1–${max} characters`);
    const want = placeholders(en);
    return placeholders(v) === want
      ? v
      : fail(
          problems,
          path,
          want ? `expected the placeholders ${want}, as in English` : 'expected no {placeholders}: the English text has none',
        );
  };
const unitsPairs = words(12, 'singular and plural of minute, hour, day, week, month, year');

/** A studio's interface strings for one language, by message key. */
const catalog: Check = (v, path, problems) =>
  !isPlainObject(v)
    ? fail(problems, path, 'expected an object of interface strings by key')
    : fields(
        v,
        path,
        problems,
        {},
        (k) => (k === 'units' ? unitsPairs : PLURAL_KEYS.has(k) ? unitForms : Object.hasOwn(english, k) && message(k as MessageKey)),
        'unknown key: not an interface string of the kit',
      );

/** A studio's text of the procedures' prose for one language, by `<procedure>.<note id>` (checked against the procedures after). */
const NOTE_KEY = /^[a-z][a-z0-9-]{0,39}\.[a-z][a-z0-9-]{0,39}$/;
const prose: Check = (v, path, problems) =>
  !isPlainObject(v)
    ? fail(problems, path, 'expected an object of texts by "<procedure>.<note id>"')
    : Object.keys(v).length > 400
      ? fail(problems, path, 'expected at most 400 entries')
      : fields(v, path, problems, {}, (k) => NOTE_KEY.test(k) && text, 'expected a key "<procedure>.<note id>"');

const configShape = obj({
  name: textOf(80),
  phone: textOf(40),
  bookingUrl: textOf(500),
  headingLevel: num(1, 6, true),
  procedures: byId(procedureShape, 40),
  messages: byLang(catalog),
  text: byLang(prose),
});

/** What a valid studio configuration holds (every field optional). */
export interface StudioConfig {
  name?: string;
  phone?: string;
  bookingUrl?: string;
  /** Heading level (1–6) of the widgets' titles. */
  headingLevel?: number;
  procedures?: Record<string, ProcedureOverride>;
  /** Interface strings by language tag, then by message key (any language; missing keys fall back to the base language, then English). */
  messages?: Record<string, Catalog>;
  /** The procedures' prose by language tag, then by `<procedure>.<note id>` (and `<procedure>.name`). */
  text?: Record<string, Record<string, string>>;
}

type SpanIn = Omit<Span, 'cite'>;
type Edits<T> = { add?: T[]; hide?: string[] };
export interface ProcedureOverride {
  name?: string;
  summary?: string;
  sessionLength?: SpanIn | SpanIn[];
  resultsShow?: SpanIn | SpanIn[];
  fullEffect?: SpanIn | SpanIn[];
  lasts?: SpanIn | SpanIn[];
  recovery?: { kind?: 'healed' | 'full-effect' | 'massage-week'; spans: SpanIn | SpanIn[] };
  upkeep?: Record<string, Partial<Omit<Upkeep, 'cite' | 'id' | 'after'>> & { after?: SpanIn | SpanIn[]; hide?: boolean }>;
  expect?: Edits<Omit<TimedNote, 'cite'>>;
  aftercare?: Edits<Omit<CareItem, 'cite'>>;
  prep?: Edits<Omit<PrepItem, 'cite'>>;
  warningSigns?: Edits<Omit<Note, 'cite'>>;
}

/**
 * Validates a studio configuration: JSON text or an object. Returns what
 * passed and a problem (path, reason) for everything that did not.
 */
export function validateConfig(input: unknown): { config: StudioConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  let value = input;
  if (typeof input === 'string') {
    try {
      value = input.trim() ? JSON.parse(input) : null;
    } catch (e) {
      value = fail(problems, 'config', `not valid JSON (${(e as Error).message})`);
    }
  }
  // nothing at all (null, undefined, empty text) is no configuration, not a problem
  const config = (value === null || value === undefined ? undefined : configShape(value, 'config', problems)) as StudioConfig | undefined;
  if (config?.text) {
    // Only notes that exist: a typo in an id would otherwise be silently unused.
    const known = new Set(proseKeys(applyConfig(config)));
    for (const [lang, entries] of Object.entries(config.text)) {
      for (const key of Object.keys(entries)) {
        if (known.has(key)) continue;
        fail(problems, `config.text.${lang}.${key}`, 'no procedure has a note with this id');
        delete entries[key];
      }
    }
  }
  return { config: config ?? {}, problems };
}

/**
 * What `<lip-studio>` says in the console (after `<lip-studio>: `) about each
 * setting it cannot use; the setup page shows the same words next to the field.
 */
export const studioMessages = {
  ignored: (p: ConfigProblem) => `ignored setting ${p.path}: ${p.reason}.`,
  bookingUrl: (value: string) => `booking-url "${value}" is not an https:, mailto: or tel: link; no link is shown.`,
  phone: (value: string) =>
    `phone "${value}" cannot be dialled reliably (${parsePhone(value).problem}); it is shown as text, without a call link.`,
  headingLevel: (value: unknown) => `heading-level "${value}" is not a whole number from 1 to 6; widgets use 2.`,
};

/** A studio's own entry: it cites no source. */
const studio = <T>(x: T) => ({ ...x, cite: [], studio: true });
const studioSpans = (v: SpanIn | SpanIn[]) => [v].flat().map(studio);

/** A list with the studio's items added (replacing any with the same id) and the hidden ones left out. */
function edit<T extends { id: string }>(e: Edits<T>, base: readonly T[] = []) {
  const added = (e.add ?? []).map(studio);
  const drop = [...(e.hide ?? []), ...added.map((x) => x.id)];
  return [...base.filter((x) => !drop.includes(x.id)), ...added];
}

/** Return visits changed, added (the studio's own) or hidden, each in its place. */
function upkeep(o: NonNullable<ProcedureOverride['upkeep']>, items: readonly Upkeep[] = []) {
  for (const [uid, { hide, after, ...u }] of Object.entries(o)) {
    const old = items.find((x) => x.id === uid);
    const next = hide
      ? []
      : [
          {
            ...(old ?? { id: uid, kind: 'touch-up', from: 'appointment', text: uid, cite: [] }),
            ...u,
            ...(after && { after: studioSpans(after), whenWornOff: false }),
            studio: !old || !!u.text,
          } as Upkeep,
        ];
    items = old ? items.flatMap((x) => (x === old ? next : x)) : [...items, ...next];
  }
  return items;
}

/** How each field of a procedure override changes the procedure: (the override, the procedure's value) → the new value. */
const APPLY: { [K in keyof ProcedureOverride]-?: (v: NonNullable<ProcedureOverride[K]>, old: Procedure[K]) => unknown } = {
  name: (v) => v,
  summary: (text) => [studio({ id: 'studio-summary', text })],
  sessionLength: studioSpans,
  resultsShow: studioSpans,
  fullEffect: studioSpans,
  lasts: studioSpans,
  recovery: (v, old) => ({ kind: v.kind ?? old?.kind ?? 'healed', spans: studioSpans(v.spans) }),
  upkeep,
  expect: edit,
  aftercare: edit,
  prep: edit,
  warningSigns: edit,
};

/** The procedures a studio's widgets use: the built-in ones with the studio's changes, plus its own. */
export function applyConfig(config: StudioConfig, base: ProcedureSet = builtInProcedures): ProcedureSet {
  if (!config.procedures) return base;
  const out: Record<string, Record<string, unknown>> = Object.assign(Object.create(null), base);
  for (const [id, o] of Object.entries(config.procedures)) {
    const p: Record<string, unknown> = (out[id] = { name: id, summary: [], ...out[id], id });
    // Only the fields APPLY knows: any other key of `o` (unknown, `constructor`, a parsed `__proto__`) is ignored.
    for (const key of Object.keys(APPLY) as (keyof ProcedureOverride)[]) {
      const apply = APPLY[key] as (v: unknown, old: unknown) => unknown;
      if (Object.hasOwn(o, key)) p[key] = apply(o[key], p[key]);
    }
  }
  return out as unknown as ProcedureSet;
}

/**
 * A link target only for https:, mailto: and tel: (any case, stray white
 * space and control characters removed first); anything else is undefined.
 */
export function safeUrl(value: string | null | undefined): string | undefined {
  const cleaned = String(value ?? '').replace(/[\0-\x1f\x7f\s]+/g, '');
  if (!/^(https:\/\/[^/]|mailto:|tel:)/i.test(cleaned)) return undefined;
  // The prefix fixes the scheme, so a URL that parses is one of the three.
  try {
    return new URL(cleaned).href;
  } catch {
    return undefined;
  }
}

/** A `tel:` link for a phone number as written ("+44 (0)20 7946 0958 ext. 12"), or undefined when it cannot be dialled reliably (core/phone). */
export function telUrl(phone: string | null | undefined): string | undefined {
  return parsePhone(phone).tel;
}
