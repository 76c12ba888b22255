// Tagged JSON values shared by the problem packs and the harness protocol.
//
// JSON cannot express NaN, infinities, sets or arbitrary objects, so both tests.json and the
// harness write them as single-key tagged objects:
//   {"$float": "nan" | "inf" | "-inf" | "<a number as written, e.g. 1.0 or 2e3>"}
//   {"$set": [...]}   {"$int": "<digits>"} (huge integers)
//   {"$ndarray": <nested list>, "dtype": "float64" | "float32" | "int64" | "bool"} (a NumPy array)
//   {"$object": "TypeName", "repr": "..."} (a value the harness could not turn into data)
// `{"$file": "data/x.csv"}` exists only in tests.json args and is resolved by the loader.

/** A decoded value, ready for comparison and display. */
export type Value =
  | { readonly k: 'num'; readonly v: number; readonly big?: string }
  | { readonly k: 'str'; readonly v: string }
  | { readonly k: 'bool'; readonly v: boolean }
  | { readonly k: 'null' }
  | { readonly k: 'list'; readonly v: readonly Value[] }
  | { readonly k: 'set'; readonly v: readonly Value[] }
  | { readonly k: 'dict'; readonly v: ReadonlyMap<string, Value> }
  | { readonly k: 'obj'; readonly type: string; readonly repr: string };

const FLOAT_TAGS: Readonly<Record<string, number>> = { nan: NaN, inf: Infinity, '-inf': -Infinity };
const NUMBER_TEXT = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The dtypes an `$ndarray` may name. */
export const NDARRAY_DTYPES = ['float64', 'float32', 'int64', 'bool'] as const;
export type NdarrayDtype = (typeof NDARRAY_DTYPES)[number];

/** The number of a `$float` tag's text (nan, inf, -inf or a number as written), else undefined. */
export function floatTagValue(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  if (text in FLOAT_TAGS) return FLOAT_TAGS[text];
  return NUMBER_TEXT.test(text) ? Number(text) : undefined;
}

/** The data of an `{"$ndarray": [...], "dtype": ...}` value, or undefined for anything else. */
export function ndarrayOf(x: unknown): { data: unknown[]; dtype: string } | undefined {
  if (!isPlainObject(x) || !Array.isArray(x.$ndarray) || typeof x.dtype !== 'string') return undefined;
  const keys = Object.keys(x);
  return keys.length === 2 ? { data: x.$ndarray, dtype: x.dtype } : undefined;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The tag of a tagged object (`$float`, `$set`, ...), or undefined for ordinary objects. */
export function tagOf(x: unknown): string | undefined {
  if (!isPlainObject(x)) return undefined;
  const keys = Object.keys(x);
  if (keys.length === 1 && keys[0].startsWith('$')) return keys[0];
  if (keys.length === 2 && '$object' in x && 'repr' in x) return '$object';
  if (keys.length === 2 && '$ndarray' in x && 'dtype' in x) return '$ndarray';
  return undefined;
}

/**
 * Turns a tagged JSON value into a `Value`. Never throws on odd input: unknown tags are kept as
 * dict keys, non-JSON JavaScript values (undefined, functions, bigint) become readable objects.
 */
export function decodeValue(x: unknown, depth = 0): Value {
  if (depth > 2000) return { k: 'obj', type: 'value', repr: '(nested too deeply)' };
  switch (typeof x) {
    case 'number':
      return { k: 'num', v: x };
    case 'string':
      return { k: 'str', v: x };
    case 'boolean':
      return { k: 'bool', v: x };
    case 'bigint':
      return { k: 'num', v: Number(x), big: x.toString() };
    case 'undefined':
      return { k: 'null' };
    case 'object':
      break;
    default:
      return { k: 'obj', type: typeof x, repr: String(x) };
  }
  if (x === null) return { k: 'null' };
  if (Array.isArray(x)) return { k: 'list', v: x.map((e) => decodeValue(e, depth + 1)) };
  const o = x as Record<string, unknown>;
  const tag = tagOf(o);
  if (tag === '$float') {
    const f = floatTagValue(o.$float);
    if (f !== undefined) return typeof o.$float === 'string' && !(o.$float in FLOAT_TAGS) ? { k: 'num', v: f, big: o.$float } : { k: 'num', v: f };
  }
  if (tag === '$ndarray' && Array.isArray(o.$ndarray)) return { k: 'list', v: o.$ndarray.map((e) => decodeValue(e, depth + 1)) };
  if (tag === '$set' && Array.isArray(o.$set)) return { k: 'set', v: o.$set.map((e) => decodeValue(e, depth + 1)) };
  if (tag === '$int' && typeof o.$int === 'string' && /^-?\d+$/.test(o.$int)) {
    return { k: 'num', v: Number(o.$int), big: o.$int };
  }
  if (tag === '$object') {
    return { k: 'obj', type: String(o.$object), repr: typeof o.repr === 'string' ? o.repr : String(o.repr) };
  }
  const m = new Map<string, Value>();
  for (const key of Object.keys(o)) m.set(key, decodeValue(o[key], depth + 1));
  return { k: 'dict', v: m };
}

/** A short type name for messages: "list", "dict", "set", "number", "string", "boolean", "null". */
export function typeName(v: Value): string {
  switch (v.k) {
    case 'num':
      return 'number';
    case 'str':
      return 'string';
    case 'bool':
      return 'boolean';
    case 'null':
      return 'null';
    case 'list':
      return 'list';
    case 'set':
      return 'set';
    case 'dict':
      return 'dict';
    case 'obj':
      return `${v.type} object`;
  }
}

/** Shape of a rectangular nested list, `null` when ragged; `[]` for a non-list. */
export function shapeOf(v: Value): number[] | null {
  if (v.k !== 'list') return [];
  if (v.v.length === 0) return [0];
  let inner: number[] | undefined;
  for (const e of v.v) {
    const s = shapeOf(e);
    if (s === null) return null;
    if (inner === undefined) inner = s;
    else if (s.length !== inner.length || s.some((d, i) => d !== (inner as number[])[i])) return null;
  }
  return [v.v.length, ...(inner ?? [])];
}

/** Python-style shape text: (3,), (1, 3), (). */
export function formatShape(s: readonly number[]): string {
  if (s.length === 1) return `(${s[0]},)`;
  return `(${s.join(', ')})`;
}

export function formatNumber(n: number, big?: string): string {
  if (big !== undefined) return big.length > 40 ? `${big.slice(0, 20)}…(${big.length} digits)` : big;
  if (Number.isNaN(n)) return 'nan';
  if (n === Infinity) return 'inf';
  if (n === -Infinity) return '-inf';
  if (Object.is(n, -0)) return '-0.0';
  return String(n);
}

/** A readable, length-capped rendering of a value (JSON-like; nan/inf spelled out). Never throws. */
export function formatValue(v: Value, max = 80): string {
  const out: string[] = [];
  let len = 0;
  const push = (s: string): boolean => {
    out.push(s);
    len += s.length;
    return len <= max;
  };
  const walk = (x: Value): boolean => {
    switch (x.k) {
      case 'num':
        return push(formatNumber(x.v, x.big));
      case 'str':
        return push(JSON.stringify(x.v.length > max ? x.v.slice(0, max) + '…' : x.v));
      case 'bool':
        return push(x.v ? 'true' : 'false');
      case 'null':
        return push('null');
      case 'obj':
        return push(`<${x.type}${x.repr ? ' ' + x.repr : ''}>`);
      case 'list':
      case 'set': {
        if (!push(x.k === 'set' ? '{' : '[')) return false;
        for (let i = 0; i < x.v.length; i++) {
          if (i > 0 && !push(', ')) return false;
          if (!walk(x.v[i])) return false;
        }
        return push(x.k === 'set' ? '}' : ']');
      }
      case 'dict': {
        if (!push('{')) return false;
        let first = true;
        for (const [key, val] of x.v) {
          if (!first && !push(', ')) return false;
          first = false;
          if (!push(JSON.stringify(key) + ': ')) return false;
          if (!walk(val)) return false;
        }
        return push('}');
      }
    }
  };
  let complete: boolean;
  try {
    complete = walk(v);
  } catch {
    return '[value too deep to show]';
  }
  const text = out.join('');
  if (complete && text.length <= max) return text;
  return text.slice(0, max) + '…';
}

/** Formats a tagged JSON value for display (CLI, messages). */
export function formatTagged(x: unknown, max = 80): string {
  return formatValue(decodeValue(x), max);
}
