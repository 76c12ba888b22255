// Compares a solution's value with the expected value of a test case, outside the user's
// process. Rules (problems/README.md, "Comparison"):
//   numbers   |a − e| ≤ atol + rtol·|e|; NaN equals NaN only with nanEqual; an infinity equals
//             only the infinity of the same sign; ints and floats compare numerically
//   booleans  only with booleans;   strings exactly;   null only with null
//   lists     same shape, no broadcasting; tuples arrive as lists; `unordered` compares the
//             top-level list as a multiset
//   sets      as multisets of their elements;   dicts key by key (keys are strings)
// The first difference is reported with its index path: `at [2][0]: expected 0.25, got 0.2`.
//
// Values are the tagged JSON of tests.json and of the harness protocol, compared as they are
// (no intermediate copy), so that large arrays compare quickly.
import { decodeValue, floatTagValue, formatNumber, formatShape, formatValue, ndarrayOf, tagOf } from './values';

export interface CompareOptions {
  atol?: number;
  rtol?: number;
  nanEqual?: boolean;
  unordered?: boolean;
  /** An expected `$ndarray` also requires a NumPy array of the same dtype. */
  dtype?: boolean;
}

/** Defaults documented in problems/README.md. */
export const DEFAULT_COMPARE: Required<CompareOptions> = { atol: 1e-6, rtol: 1e-6, nanEqual: false, unordered: false, dtype: false };

export interface CompareResult {
  equal: boolean;
  /** First difference, e.g. `at [2][0]: expected 0.25, got 0.2`; absent when equal. */
  message?: string;
}

interface Opts {
  atol: number;
  rtol: number;
  nanEqual: boolean;
}

/** Merges option layers (defaults ← problem ← case); undefined fields do not override. */
export function mergeCompareOptions(...layers: (CompareOptions | undefined)[]): Required<CompareOptions> {
  const out: Required<CompareOptions> = { ...DEFAULT_COMPARE };
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.atol !== undefined) out.atol = layer.atol;
    if (layer.rtol !== undefined) out.rtol = layer.rtol;
    if (layer.nanEqual !== undefined) out.nanEqual = layer.nanEqual;
    if (layer.unordered !== undefined) out.unordered = layer.unordered;
    if (layer.dtype !== undefined) out.dtype = layer.dtype;
  }
  return out;
}

/** Numeric equality with tolerance; exported for tests. */
export function numbersEqual(e: number, a: number, o: Opts): boolean {
  if (Number.isNaN(e)) return Number.isNaN(a) && o.nanEqual;
  if (Number.isNaN(a)) return false;
  if (!Number.isFinite(e) || !Number.isFinite(a)) return a === e;
  return Math.abs(a - e) <= o.atol + o.rtol * Math.abs(e);
}

type Kind = 'num' | 'str' | 'bool' | 'null' | 'list' | 'set' | 'dict' | 'obj';

const FLOATS: Readonly<Record<string, number>> = { nan: NaN, inf: Infinity, '-inf': -Infinity };

function kindOf(x: unknown): Kind {
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return 'num';
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    case 'undefined':
      return 'null';
    case 'object':
      if (x === null) return 'null';
      if (Array.isArray(x)) return 'list';
      switch (tagOf(x)) {
        case '$float':
          return floatTagValue((x as { $float: unknown }).$float) !== undefined ? 'num' : 'dict';
        case '$int':
          return typeof (x as { $int: unknown }).$int === 'string' ? 'num' : 'dict';
        case '$set':
          return Array.isArray((x as { $set: unknown }).$set) ? 'set' : 'dict';
        case '$object':
          return 'obj';
        default:
          return 'dict';
      }
    default:
      return 'obj';
  }
}

/** The number of a 'num' value; `big` is set for integers beyond double precision. */
function numOf(x: unknown): { v: number; big?: string; text?: string } {
  if (typeof x === 'number') return { v: x };
  if (typeof x === 'bigint') return { v: Number(x), big: x.toString() };
  const o = x as { $float?: string; $int?: string };
  if (o.$float !== undefined) {
    const v = floatTagValue(o.$float) ?? NaN;
    return o.$float in FLOATS ? { v } : { v, text: o.$float };
  }
  const digits = String(o.$int);
  return { v: Number(digits), big: digits };
}

function show(x: unknown, max = 80): string {
  if (typeof x === 'number') return formatNumber(x);
  if (kindOf(x) === 'num') {
    const n = numOf(x);
    return formatNumber(n.v, n.big ?? n.text);
  }
  return formatValue(decodeValue(x), max);
}

const KIND_NAMES: Readonly<Record<Exclude<Kind, 'obj'>, string>> = { num: 'number', str: 'string', bool: 'boolean', null: 'null', list: 'list', set: 'set', dict: 'dict' };

/** Type name for messages: "list", "dict", "Foo object", ... */
function nameOf(x: unknown): string {
  const k = kindOf(x);
  if (k !== 'obj') return KIND_NAMES[k];
  const type = typeof x === 'object' && x !== null ? String((x as { $object: unknown }).$object) : typeof x;
  return `${type} object`;
}

/** Shape of a rectangular nested list, `null` when ragged; `[]` for a non-list. */
function shapeOf(x: unknown): number[] | null {
  if (!Array.isArray(x)) return [];
  if (x.length === 0) return [0];
  if (!Array.isArray(x[0])) {
    for (let i = 1; i < x.length; i++) if (Array.isArray(x[i])) return null;
    return [x.length];
  }
  const inner = shapeOf(x[0]);
  if (inner === null) return null;
  for (let i = 1; i < x.length; i++) {
    const s = shapeOf(x[i]);
    if (s === null || s.length !== inner.length || s.some((d, j) => d !== inner[j])) return null;
  }
  return [x.length, ...inner];
}

class Mismatch {
  constructor(
    readonly path: string,
    readonly text: string,
  ) {}
}

function at(path: string, text: string): Mismatch {
  return new Mismatch(path, text);
}

function describeList(x: unknown[]): string {
  const s = shapeOf(x);
  return s === null ? `ragged list of length ${x.length}` : `list of shape ${formatShape(s)}`;
}

function compareList(e: unknown[], a: unknown[], path: string, o: Opts): Mismatch | null {
  if (e.length !== a.length || (e.length > 0 && Array.isArray(e[0]) !== Array.isArray(a[0]))) {
    const se = shapeOf(e);
    const sa = shapeOf(a);
    if (se !== null && sa !== null) return at(path, `shape mismatch: expected shape ${formatShape(se)}, got ${formatShape(sa)}`);
    if (e.length !== a.length) return at(path, `expected a list of length ${e.length}, got length ${a.length}`);
  }
  // Fast path for the common flat numeric list.
  let i = 0;
  for (; i < e.length; i++) {
    const x = e[i];
    const y = a[i];
    if (typeof x !== 'number' || typeof y !== 'number') break;
    if (!numbersEqual(x, y, o)) return at(`${path}[${i}]`, `expected ${formatNumber(x)}, got ${formatNumber(y)}`);
  }
  for (; i < e.length; i++) {
    const m = compareAt(e[i], a[i], `${path}[${i}]`, o, true);
    if (m) return m;
  }
  return null;
}

/** Stable text key of a value, used to pair identical elements before tolerant matching. */
function canonicalKey(x: unknown): string {
  switch (kindOf(x)) {
    case 'num': {
      const n = numOf(x);
      return Number.isNaN(n.v) ? 'n:nan' : `n:${Object.is(n.v, -0) ? 0 : n.v}`;
    }
    case 'str':
      return `s:${JSON.stringify(x)}`;
    case 'bool':
      return `b:${String(x)}`;
    case 'null':
      return 'z';
    case 'obj':
      return `o:${show(x, 1000)}`;
    case 'list':
      return `l[${(x as unknown[]).map(canonicalKey).join(',')}]`;
    case 'set':
      return `t{${(x as { $set: unknown[] }).$set.map(canonicalKey).sort().join(',')}}`;
    case 'dict': {
      const d = x as Record<string, unknown>;
      return `d{${Object.keys(d)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonicalKey(d[k])}`)
        .join(',')}}`;
    }
  }
}

/**
 * Multiset comparison: every expected element must be matched by a distinct actual element.
 * Identical elements pair first (hash), the rest pair greedily with tolerance; plain numbers pair
 * in sorted order, which is the optimal matching for an interval tolerance.
 */
function compareMultiset(e: readonly unknown[], a: readonly unknown[], path: string, what: string, o: Opts): Mismatch | null {
  if (e.length !== a.length) {
    return at(path, `expected ${what} with ${e.length} element${e.length === 1 ? '' : 's'}, got ${a.length}`);
  }
  const pool = new Map<string, number[]>();
  a.forEach((v, i) => {
    const key = canonicalKey(v);
    const list = pool.get(key);
    if (list) list.push(i);
    else pool.set(key, [i]);
  });
  const used = new Uint8Array(a.length);
  const restE: number[] = [];
  e.forEach((v, i) => {
    const key = canonicalKey(v);
    const list = key === 'n:nan' && !o.nanEqual ? undefined : pool.get(key);
    const j = list?.pop();
    if (j === undefined) restE.push(i);
    else used[j] = 1;
  });
  if (restE.length === 0) return null;
  const restA: number[] = [];
  for (let j = 0; j < a.length; j++) if (!used[j]) restA.push(j);

  const allNumbers = restE.every((i) => kindOf(e[i]) === 'num') && restA.every((j) => kindOf(a[j]) === 'num');
  if (allNumbers) {
    const num = (x: unknown): number => numOf(x).v;
    const byValue = (list: readonly unknown[]) => (x: number, y: number) => num(list[x]) - num(list[y]) || 0;
    const se = [...restE].sort(byValue(e));
    const sa = [...restA].sort(byValue(a));
    for (let i = 0; i < se.length; i++) {
      if (!numbersEqual(num(e[se[i]]), num(a[sa[i]]), o)) {
        return at(path, `${what}: expected element ${show(e[se[i]], 40)} has no match (closest unmatched actual element ${show(a[sa[i]], 40)})`);
      }
    }
    return null;
  }
  if (restE.length > 3000) {
    // Too many to pair tolerantly in quadratic time: pair by canonical order.
    const byKey = (list: readonly unknown[]) => (x: number, y: number) => (canonicalKey(list[x]) < canonicalKey(list[y]) ? -1 : 1);
    const se = [...restE].sort(byKey(e));
    const sa = [...restA].sort(byKey(a));
    for (let i = 0; i < se.length; i++) {
      if (compareAt(e[se[i]], a[sa[i]], '', o)) return at(path, `${what}: expected element ${show(e[se[i]], 40)} has no match`);
    }
    return null;
  }
  const free = new Set(restA);
  for (const i of restE) {
    let found = -1;
    for (const j of free) {
      if (!compareAt(e[i], a[j], '', o)) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      const extra = free.size > 0 ? `; unmatched actual elements include ${show(a[free.values().next().value as number], 40)}` : '';
      return at(path, `${what}: expected element ${show(e[i], 40)} has no match${extra}`);
    }
    free.delete(found);
  }
  return null;
}

/** True when a value holds an `$ndarray` anywhere (only then is a copy needed). */
function holdsArrays(x: unknown, depth = 0): boolean {
  if (typeof x !== 'object' || x === null || depth > 500) return false;
  if (Array.isArray(x)) {
    for (const e of x) if (typeof e === 'object' && e !== null && holdsArrays(e, depth + 1)) return true;
    return false;
  }
  if (ndarrayOf(x)) return true;
  for (const v of Object.values(x)) if (holdsArrays(v, depth + 1)) return true;
  return false;
}

/** The value with every `$ndarray` replaced by its nested list (arrays compare by shape and values). */
function unwrapArrays(x: unknown, depth = 0): unknown {
  if (typeof x !== 'object' || x === null || depth > 500) return x;
  if (Array.isArray(x)) return holdsArrays(x) ? x.map((e) => unwrapArrays(e, depth + 1)) : x;
  const nd = ndarrayOf(x);
  if (nd) return nd.data;
  if (!holdsArrays(x)) return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) out[k] = unwrapArrays(v, depth + 1);
  return out;
}

/** Where an expected `$ndarray` meets a value that is not a NumPy array of its dtype. */
function dtypeMismatch(e: unknown, a: unknown, path: string, depth = 0): Mismatch | null {
  if (typeof e !== 'object' || e === null || depth > 500) return null;
  const nd = ndarrayOf(e);
  if (nd) {
    const got = ndarrayOf(a);
    if (!got) return at(path, `expected a NumPy array of dtype ${nd.dtype}, got ${Array.isArray(a) ? 'a list' : nameOf(a)}`);
    return got.dtype === nd.dtype ? null : at(path, `expected dtype ${nd.dtype}, got dtype ${got.dtype}`);
  }
  if (Array.isArray(e)) {
    if (!Array.isArray(a)) return null;
    for (let i = 0; i < e.length && i < a.length; i++) {
      const m = dtypeMismatch(e[i], a[i], `${path}[${i}]`, depth + 1);
      if (m) return m;
    }
    return null;
  }
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return null;
  for (const [k, v] of Object.entries(e)) {
    const m = dtypeMismatch(v, (a as Record<string, unknown>)[k], `${path}[${JSON.stringify(k)}]`, depth + 1);
    if (m) return m;
  }
  return null;
}

function compareAt(e: unknown, a: unknown, path: string, o: Opts, inList = false): Mismatch | null {
  const ke = kindOf(e);
  const ka = kindOf(a);
  switch (ke) {
    case 'num': {
      if (ka !== 'num') {
        if (ka === 'list') return at(path, `expected a number ${show(e, 40)}, got ${describeList(a as unknown[])}`);
        const scalar = ka === 'str' || ka === 'bool' || ka === 'null';
        return at(path, `expected number, got ${nameOf(a)}${scalar ? ' ' + show(a, 40) : ''}`);
      }
      const ev = numOf(e);
      const av = numOf(a);
      if ((av.big !== undefined && !Number.isFinite(av.v)) || !numbersEqual(ev.v, av.v, o)) {
        const why = Number.isNaN(ev.v) && Number.isNaN(av.v) ? ' (NaN is not accepted for this case)' : '';
        return at(path, `expected ${show(e)}, got ${show(a)}${why}`);
      }
      return null;
    }
    case 'bool':
      if (ka !== 'bool') return at(path, `expected boolean, got ${nameOf(a)}`);
      return a === e ? null : at(path, `expected ${String(e)}, got ${String(a)}`);
    case 'str':
      if (ka !== 'str') return at(path, `expected string, got ${nameOf(a)}`);
      return a === e ? null : at(path, `expected ${show(e)}, got ${show(a)}`);
    case 'null':
      return ka === 'null' ? null : at(path, `expected null, got ${nameOf(a)} ${show(a, 40)}`);
    case 'obj':
      return ka === 'obj' && show(a, 10_000) === show(e, 10_000) ? null : at(path, `expected ${show(e)}, got ${show(a)}`);
    case 'list': {
      const el = e as unknown[];
      if (ka !== 'list') {
        if (ka === 'num' || ka === 'str' || ka === 'bool' || ka === 'null') {
          const s = shapeOf(el);
          return at(path, `expected ${s ? `list of shape ${formatShape(s)}` : 'list'}, got ${nameOf(a)} ${show(a, 40)}`);
        }
        return at(path, `expected list, got ${nameOf(a)}`);
      }
      if (!inList && el.length > 0 && Array.isArray(el[0])) {
        // Nested lists: report a difference of shape with the whole shapes.
        const se = shapeOf(el);
        const sa = shapeOf(a);
        if (se !== null && sa !== null && (se.length !== sa.length || se.some((d, i) => d !== sa[i]))) {
          return at(path, `shape mismatch: expected shape ${formatShape(se)}, got ${formatShape(sa)}`);
        }
      }
      return compareList(el, a as unknown[], path, o);
    }
    case 'set':
      if (ka !== 'set') return at(path, `expected set, got ${nameOf(a)}`);
      return compareMultiset((e as { $set: unknown[] }).$set, (a as { $set: unknown[] }).$set, path, 'set', o);
    case 'dict': {
      if (ka !== 'dict') return at(path, `expected dict, got ${nameOf(a)}`);
      const ed = e as Record<string, unknown>;
      const ad = a as Record<string, unknown>;
      const ek = Object.keys(ed);
      const ak = new Set(Object.keys(ad));
      for (const key of ek) if (!ak.has(key)) return at(path, `missing key ${JSON.stringify(key)}`);
      const es = new Set(ek);
      for (const key of ak) if (!es.has(key)) return at(path, `unexpected key ${JSON.stringify(key)}`);
      for (const key of ek) {
        const m = compareAt(ed[key], ad[key], `${path}[${JSON.stringify(key)}]`, o);
        if (m) return m;
      }
      return null;
    }
  }
}

function render(m: Mismatch): string {
  return m.path ? `at ${m.path}: ${m.text}` : m.text;
}

/**
 * Compares `actual` with `expected` (both tagged JSON as in tests.json / the harness protocol).
 * Never throws.
 */
export function compareValues(expected: unknown, actual: unknown, options?: CompareOptions): CompareResult {
  const opts = mergeCompareOptions(options);
  try {
    const o: Opts = { atol: opts.atol, rtol: opts.rtol, nanEqual: opts.nanEqual };
    let m: Mismatch | null = opts.dtype ? dtypeMismatch(expected, actual, '') : null;
    if (m) return { equal: false, message: render(m) };
    expected = unwrapArrays(expected);
    actual = unwrapArrays(actual);
    if (opts.unordered && Array.isArray(expected) && Array.isArray(actual)) m = compareMultiset(expected, actual, '', 'unordered list', o);
    else m = compareAt(expected, actual, '', o);
    return m ? { equal: false, message: render(m) } : { equal: true };
  } catch (err) {
    return { equal: false, message: `could not compare the values (${err instanceof Error ? err.message : String(err)})` };
  }
}
