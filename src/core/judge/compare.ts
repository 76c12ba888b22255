// Compares a solution's value with the expected value of a test case, outside the user's
// process. Rules (problems/README.md, "Comparison"):
//   numbers   |a − e| ≤ atol + rtol·|e|; NaN equals NaN only with nanEqual; an infinity equals
//             only the infinity of the same sign; ints and floats compare numerically
//   booleans  only with booleans;   strings exactly;   null only with null
//   lists     same shape, no broadcasting; tuples arrive as lists; `unordered` compares the
//             top-level list as a multiset
//   sets      as multisets of their elements;   dicts key by key (keys are strings)
// The first difference is reported with its index path: `at [2][0]: expected 0.25, got 0.2`.
import type { Value } from './values';
import { decodeValue, formatShape, formatValue, shapeOf, typeName } from './values';

export interface CompareOptions {
  atol?: number;
  rtol?: number;
  nanEqual?: boolean;
  unordered?: boolean;
}

/** Defaults documented in problems/README.md. */
export const DEFAULT_COMPARE: Required<CompareOptions> = { atol: 1e-6, rtol: 1e-6, nanEqual: false, unordered: false };

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

class Mismatch {
  constructor(
    readonly path: string,
    readonly text: string,
  ) {}
}

function at(path: string, text: string): Mismatch {
  return new Mismatch(path, text);
}

function describeShaped(v: Value): string {
  if (v.k === 'list') {
    const s = shapeOf(v);
    return s === null ? `ragged list of length ${v.v.length}` : `list of shape ${formatShape(s)}`;
  }
  return `${typeName(v)} ${formatValue(v, 40)}`;
}

function compareList(e: Value & { k: 'list' }, a: Value & { k: 'list' }, path: string, o: Opts): Mismatch | null {
  if (e.v.length !== a.v.length) {
    const se = shapeOf(e);
    const sa = shapeOf(a);
    if (se !== null && sa !== null) {
      return at(path, `shape mismatch: expected shape ${formatShape(se)}, got ${formatShape(sa)}`);
    }
    return at(path, `expected a list of length ${e.v.length}, got length ${a.v.length}`);
  }
  // Same length: a shape difference deeper down is reported at the first element where it shows,
  // but name whole shapes when both sides are rectangular so that (3,1) vs (3,) reads clearly.
  const se = shapeOf(e);
  const sa = shapeOf(a);
  if (se !== null && sa !== null && se.length !== sa.length && e.v.length > 0) {
    return at(path, `shape mismatch: expected shape ${formatShape(se)}, got ${formatShape(sa)}`);
  }
  for (let i = 0; i < e.v.length; i++) {
    const m = compareAt(e.v[i], a.v[i], `${path}[${i}]`, o);
    if (m) return m;
  }
  return null;
}

/** Stable text key of a value, used to pair identical elements before tolerant matching. */
function canonicalKey(v: Value): string {
  switch (v.k) {
    case 'num':
      return Number.isNaN(v.v) ? 'n:nan' : `n:${Object.is(v.v, -0) ? 0 : v.v}`;
    case 'str':
      return `s:${JSON.stringify(v.v)}`;
    case 'bool':
      return `b:${v.v}`;
    case 'null':
      return 'z';
    case 'obj':
      return `o:${v.type}:${v.repr}`;
    case 'list':
      return `l[${v.v.map(canonicalKey).join(',')}]`;
    case 'set':
      return `t{${v.v.map(canonicalKey).sort().join(',')}}`;
    case 'dict':
      return `d{${[...v.v.keys()].sort().map((k) => `${JSON.stringify(k)}:${canonicalKey(v.v.get(k) as Value)}`).join(',')}}`;
  }
}

/**
 * Multiset comparison: every expected element must be matched by a distinct actual element.
 * Identical elements pair first (hash), the rest pair greedily with tolerance; plain numbers pair
 * in sorted order, which is the optimal matching for an interval tolerance.
 */
function compareMultiset(e: readonly Value[], a: readonly Value[], path: string, what: string, o: Opts): Mismatch | null {
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
    const list = pool.get(canonicalKey(v));
    const j = list?.pop();
    if (j === undefined || (v.k === 'num' && Number.isNaN(v.v) && !o.nanEqual)) restE.push(i);
    else used[j] = 1;
  });
  if (restE.length === 0) return null;
  const restA: number[] = [];
  for (let j = 0; j < a.length; j++) if (!used[j]) restA.push(j);

  const allNumbers = restE.every((i) => e[i].k === 'num') && restA.every((j) => a[j].k === 'num');
  if (allNumbers) {
    const num = (v: Value): number => (v.k === 'num' ? v.v : 0);
    const se = [...restE].sort((x, y) => num(e[x]) - num(e[y]) || 0);
    const sa = [...restA].sort((x, y) => num(a[x]) - num(a[y]) || 0);
    for (let i = 0; i < se.length; i++) {
      if (!numbersEqual(num(e[se[i]]), num(a[sa[i]]), o)) {
        return at(path, `${what}: expected element ${formatValue(e[se[i]], 40)} has no match (closest unmatched actual element ${formatValue(a[sa[i]], 40)})`);
      }
    }
    return null;
  }
  if (restE.length > 3000) {
    // Too many to pair tolerantly in quadratic time: pair by canonical order.
    const se = [...restE].sort((x, y) => (canonicalKey(e[x]) < canonicalKey(e[y]) ? -1 : 1));
    const sa = [...restA].sort((x, y) => (canonicalKey(a[x]) < canonicalKey(a[y]) ? -1 : 1));
    for (let i = 0; i < se.length; i++) {
      if (compareAt(e[se[i]], a[sa[i]], '', o)) {
        return at(path, `${what}: expected element ${formatValue(e[se[i]], 40)} has no match`);
      }
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
      const extra = free.size > 0 ? `; unmatched actual elements include ${formatValue(a[free.values().next().value as number], 40)}` : '';
      return at(path, `${what}: expected element ${formatValue(e[i], 40)} has no match${extra}`);
    }
    free.delete(found);
  }
  return null;
}

function compareAt(e: Value, a: Value, path: string, o: Opts): Mismatch | null {
  switch (e.k) {
    case 'num': {
      if (a.k !== 'num') {
        if (a.k === 'list') return at(path, `expected a number ${formatValue(e, 40)}, got ${describeShaped(a)}`);
        return at(path, `expected number, got ${typeName(a)}${a.k === 'obj' || a.k === 'dict' || a.k === 'set' ? '' : ' ' + formatValue(a, 40)}`);
      }
      if (a.big !== undefined && !Number.isFinite(a.v)) return at(path, `expected ${formatValue(e)}, got ${formatValue(a)}`);
      if (!numbersEqual(e.v, a.v, o)) {
        const why = Number.isNaN(e.v) && Number.isNaN(a.v) ? ' (NaN is not accepted for this case)' : '';
        return at(path, `expected ${formatValue(e)}, got ${formatValue(a)}${why}`);
      }
      return null;
    }
    case 'bool':
      if (a.k !== 'bool') return at(path, `expected boolean, got ${typeName(a)}`);
      return a.v === e.v ? null : at(path, `expected ${e.v}, got ${a.v}`);
    case 'str':
      if (a.k !== 'str') return at(path, `expected string, got ${typeName(a)}`);
      return a.v === e.v ? null : at(path, `expected ${formatValue(e)}, got ${formatValue(a)}`);
    case 'null':
      return a.k === 'null' ? null : at(path, `expected null, got ${typeName(a)} ${formatValue(a, 40)}`);
    case 'obj':
      if (a.k !== 'obj' || a.type !== e.type || a.repr !== e.repr) return at(path, `expected ${formatValue(e)}, got ${formatValue(a)}`);
      return null;
    case 'list':
      if (a.k !== 'list') {
        if (a.k === 'num' || a.k === 'str' || a.k === 'bool' || a.k === 'null') {
          const s = shapeOf(e);
          return at(path, `expected ${s ? `list of shape ${formatShape(s)}` : 'list'}, got ${typeName(a)} ${formatValue(a, 40)}`);
        }
        return at(path, `expected list, got ${typeName(a)}`);
      }
      return compareList(e, a, path, o);
    case 'set':
      if (a.k !== 'set') return at(path, `expected set, got ${typeName(a)}`);
      return compareMultiset(e.v, a.v, path, 'set', o);
    case 'dict': {
      if (a.k !== 'dict') return at(path, `expected dict, got ${typeName(a)}`);
      for (const key of e.v.keys()) {
        if (!a.v.has(key)) return at(path, `missing key ${JSON.stringify(key)}`);
      }
      for (const key of a.v.keys()) {
        if (!e.v.has(key)) return at(path, `unexpected key ${JSON.stringify(key)}`);
      }
      for (const [key, ev] of e.v) {
        const m = compareAt(ev, a.v.get(key) as Value, `${path}[${JSON.stringify(key)}]`, o);
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
    const e = decodeValue(expected);
    const a = decodeValue(actual);
    const o: Opts = { atol: opts.atol, rtol: opts.rtol, nanEqual: opts.nanEqual };
    let m: Mismatch | null;
    if (opts.unordered && e.k === 'list' && a.k === 'list') m = compareMultiset(e.v, a.v, '', 'unordered list', o);
    else m = compareAt(e, a, '', o);
    return m ? { equal: false, message: render(m) } : { equal: true };
  } catch (err) {
    return { equal: false, message: `could not compare the values (${err instanceof Error ? err.message : String(err)})` };
  }
}
