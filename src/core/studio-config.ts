/**
 * A studio's settings and data overrides, validated field by field against a
 * schema: what fits is used, what does not is dropped with its path and the
 * reason. Never a deep merge of untrusted objects; `__proto__`,
 * `constructor` and `prototype` keys are refused, and results are built from
 * known keys only, so `Object.prototype` is never touched.
 */
import type { CareItem, Note, PrepItem, Procedure, Span, TimedNote, Upkeep } from '../data/types.js';
import { builtInProcedures, type ProcedureSet } from './procedures.js';
import { FORBIDDEN_KEYS, isPlainObject } from './safe.js';

export interface ConfigProblem {
  readonly path: string;
  readonly reason: string;
}

type Check = (value: unknown, path: string, problems: ConfigProblem[]) => unknown;
const SKIP = Symbol('skip');

function fail(problems: ConfigProblem[], path: string, reason: string): typeof SKIP {
  problems.push({ path, reason });
  return SKIP;
}


const text =
  (max = 300): Check =>
  (v, path, problems) =>
    typeof v === 'string' && v.trim() && v.length <= max ? v.trim() : fail(problems, path, `expected text of 1–${max} characters`);

const num =
  (min: number, max: number, integer = false): Check =>
  (v, path, problems) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v))
      ? v
      : fail(problems, path, `expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);

const bool: Check = (v, path, problems) => (typeof v === 'boolean' ? v : fail(problems, path, 'expected true or false'));

const oneOf =
  (...values: string[]): Check =>
  (v, path, problems) =>
    typeof v === 'string' && values.includes(v) ? v : fail(problems, path, `expected one of ${values.join(', ')}`);

const ID = /^[a-z][a-z0-9-]{0,39}$/;
const id: Check = (v, path, problems) =>
  typeof v === 'string' && ID.test(v) ? v : fail(problems, path, 'expected an id of lower-case letters, digits and dashes');

function obj(shape: Record<string, Check>, required: string[] = []): Check {
  return (v, path, problems) => {
    if (!isPlainObject(v)) return fail(problems, path, 'expected an object');
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      const at = `${path}.${key}`;
      if (!Object.prototype.hasOwnProperty.call(shape, key)) {
        fail(problems, at, FORBIDDEN_KEYS.has(key) ? 'forbidden key' : 'unknown key');
        continue;
      }
      const r = shape[key](v[key], at, problems);
      if (r !== SKIP) out[key] = r;
    }
    const missing = required.filter((k) => !(k in out));
    if (missing.length) return fail(problems, path, `missing ${missing.join(', ')}`);
    return out;
  };
}

function list(item: Check, max = 60): Check {
  return (v, path, problems) => {
    if (!Array.isArray(v)) return fail(problems, path, 'expected a list');
    if (v.length > max) return fail(problems, path, `expected at most ${max} entries`);
    return v.map((x, i) => item(x, `${path}[${i}]`, problems)).filter((x) => x !== SKIP);
  };
}

/** An object keyed by ids (procedure ids, upkeep ids); a null-prototype result. */
function byId(value: Check, max = 60): Check {
  return (v, path, problems) => {
    if (!isPlainObject(v)) return fail(problems, path, 'expected an object keyed by id');
    const out: Record<string, unknown> = Object.create(null);
    const keys = Object.keys(v);
    if (keys.length > max) return fail(problems, path, `expected at most ${max} entries`);
    for (const key of keys) {
      if (!ID.test(key)) {
        fail(problems, `${path}.${key}`, FORBIDDEN_KEYS.has(key) ? 'forbidden key' : 'expected an id of lower-case letters, digits and dashes');
        continue;
      }
      const r = value(v[key], `${path}.${key}`, problems);
      if (r !== SKIP) out[key] = r;
    }
    return out;
  };
}

const either =
  (a: Check, b: Check): Check =>
  (v, path, problems) =>
    Array.isArray(v) ? b(v, path, problems) : a(v, path, problems);

const spanShape = obj(
  {
    min: num(0, 1000),
    max: num(0, 1000),
    unit: oneOf('minute', 'hour', 'day', 'week', 'month', 'year'),
    approx: bool,
  },
  ['min', 'max', 'unit'],
);
const span: Check = (v, path, problems) => {
  const s = spanShape(v, path, problems) as { min: number; max: number } | typeof SKIP;
  return s !== SKIP && s.max < s.min ? fail(problems, path, 'max is below min') : s;
};
const spans = either(span, list(span, 8));
const days = obj({ from: num(1, 400, true), to: num(1, 400, true), approx: bool }, ['from']);
const note = obj({ id, text: text() }, ['id', 'text']);
const timedNote = obj({ id, text: text(), days }, ['id', 'text']);
const care = obj(
  {
    id,
    text: text(),
    kind: oneOf('do', 'avoid'),
    days,
    task: bool,
    timesPerDay: obj({ min: num(1, 12, true), max: num(1, 12, true) }, ['min', 'max']),
    minutesEach: num(1, 120),
  },
  ['id', 'text', 'kind'],
);
const prep = obj(
  {
    id,
    text: text(),
    kind: oneOf('do', 'avoid', 'bring'),
    group: oneOf('weeks-before', 'days-before', 'night-before', 'day-of', 'bring'),
    daysBefore: obj({ min: num(0, 365, true), max: num(0, 365, true) }, ['min', 'max']),
  },
  ['id', 'text', 'kind', 'group'],
);
const upkeep = obj({
  text: text(),
  kind: oneOf('refinement', 'check-up', 'booster', 'touch-up', 'repeat'),
  from: oneOf('appointment', 'refinement'),
  after: spans,
  recurring: bool,
  hide: bool,
});
const edits = (item: Check) => obj({ add: list(item), hide: list(id) });

const procedureShape = obj({
  name: text(80),
  summary: text(),
  sessionLength: spans,
  resultsShow: spans,
  fullEffect: spans,
  lasts: spans,
  recovery: obj({ kind: oneOf('healed', 'full-effect', 'massage-week'), spans }, ['spans']),
  upkeep: byId(upkeep, 12),
  expect: edits(timedNote),
  aftercare: edits(care),
  prep: edits(prep),
  warningSigns: edits(note),
});

const configShape = obj({
  name: text(80),
  phone: text(40),
  bookingUrl: text(500),
  procedures: byId(procedureShape, 40),
});

/** What a valid studio configuration holds (every field optional). */
export interface StudioConfig {
  name?: string;
  phone?: string;
  bookingUrl?: string;
  procedures?: Record<string, ProcedureOverride>;
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
    if (!input.trim()) return { config: {}, problems };
    try {
      value = JSON.parse(input);
    } catch (e) {
      return { config: {}, problems: [{ path: 'config', reason: `not valid JSON (${(e as Error).message})` }] };
    }
  }
  if (value == null) return { config: {}, problems };
  const config = configShape(value, 'config', problems);
  return { config: config === SKIP ? {} : (config as StudioConfig), problems };
}

const studioSpans = (v: SpanIn | SpanIn[]): Span[] => (Array.isArray(v) ? v : [v]).map((s) => ({ ...s, cite: [], studio: true }));

function edit<T extends { id: string }>(base: readonly T[] | undefined, e: Edits<Omit<T, 'cite'>> | undefined): T[] | undefined {
  if (!e) return base as T[] | undefined;
  const hidden = new Set(e.hide ?? []);
  const added = (e.add ?? []).map((x) => ({ ...x, cite: [], studio: true }) as unknown as T);
  const addedIds = new Set(added.map((x) => x.id));
  return [...(base ?? []).filter((x) => !hidden.has(x.id) && !addedIds.has(x.id)), ...added];
}

function applyOne(id: string, base: Procedure | undefined, o: ProcedureOverride): Procedure {
  const p: Record<string, unknown> = { ...(base ?? { id, name: o.name ?? id, summary: [] }) };
  if (o.name) p.name = o.name;
  if (o.summary) p.summary = [{ id: 'studio-summary', text: o.summary, cite: [], studio: true }];
  for (const key of ['sessionLength', 'resultsShow', 'fullEffect', 'lasts'] as const) {
    if (o[key]) p[key] = studioSpans(o[key]!);
  }
  if (o.recovery) p.recovery = { kind: o.recovery.kind ?? base?.recovery?.kind ?? 'healed', spans: studioSpans(o.recovery.spans) };
  if (o.upkeep) {
    const items = [...(base?.upkeep ?? [])];
    for (const [uid, u] of Object.entries(o.upkeep)) {
      const at = items.findIndex((x) => x.id === uid);
      if (u.hide) {
        if (at >= 0) items.splice(at, 1);
        continue;
      }
      const old = at >= 0 ? items[at] : undefined;
      const next: Upkeep = {
        ...(old ?? { id: uid, kind: 'touch-up', from: 'appointment', text: uid, cite: [] }),
        ...(u.text ? { text: u.text } : {}),
        ...(u.kind ? { kind: u.kind } : {}),
        ...(u.from ? { from: u.from } : {}),
        ...(u.recurring !== undefined ? { recurring: u.recurring } : {}),
        ...(u.after ? { after: studioSpans(u.after), whenWornOff: false } : {}),
        studio: !old || !!u.text,
      } as Upkeep;
      if (at >= 0) items[at] = next;
      else items.push(next);
    }
    p.upkeep = items;
  }
  p.expect = edit(base?.expect, o.expect);
  p.aftercare = edit(base?.aftercare, o.aftercare);
  p.prep = edit(base?.prep, o.prep);
  p.warningSigns = edit(base?.warningSigns, o.warningSigns);
  p.id = id;
  return p as unknown as Procedure;
}

/** The procedures a studio's widgets use: the built-in ones with the studio's changes, plus its own. */
export function applyConfig(config: StudioConfig, base: ProcedureSet = builtInProcedures): ProcedureSet {
  if (!config.procedures) return base;
  const out: Record<string, Procedure> = Object.create(null);
  for (const key of Object.keys(base)) out[key] = base[key];
  for (const [pid, o] of Object.entries(config.procedures)) {
    out[pid] = applyOne(pid, Object.prototype.hasOwnProperty.call(base, pid) ? base[pid] : undefined, o);
  }
  return out;
}

/**
 * A link target only for https:, mailto: and tel: (any case, stray white
 * space and control characters removed first); anything else is undefined.
 */
export function safeUrl(value: string | null | undefined): string | undefined {
  const cleaned = String(value ?? '').replace(/[\u0000-\u001f\u007f\s]+/g, '');
  if (!/^(https:\/\/[^/]|mailto:|tel:)/i.test(cleaned)) return undefined;
  try {
    const url = new URL(cleaned);
    return ['https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `tel:` link for a phone number as written ("+39 02 555 0101"), or undefined. */
export function telUrl(phone: string | null | undefined): string | undefined {
  const digits = String(phone ?? '').replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : undefined;
}
