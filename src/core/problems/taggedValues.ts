// The tagged values of tests.json ($float, $int, $set, $ndarray, $file): their checks, and the resolution of
// `{"$file": ...}` arguments to the text of a file inside the problem folder.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { isSafeRelativePath } from './schema';

/** Largest data file a `{"$file": ...}` argument may name. */
export const MAX_DATA_FILE_BYTES = 20 * 1024 * 1024;

const FLOAT_WORDS = new Set(['nan', 'inf', '-inf']);
const NUMBER_TEXT = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const DTYPES = ['float64', 'float32', 'int64', 'bool'];

/** Why `data` cannot be the nested list of an array of `dtype` (words), or undefined. */
function ndarrayProblem(data: unknown, dtype: string): string | undefined {
  const shape: number[] = [];
  for (let x: unknown = data; Array.isArray(x); x = x[0]) {
    shape.push(x.length);
    if (x.length === 0) break;
    if (shape.length > 32) return 'has more than 32 dimensions';
  }
  const bad = (x: unknown): boolean => {
    if (dtype === 'bool') return typeof x !== 'boolean';
    if (dtype === 'int64') return !(typeof x === 'number' && Number.isInteger(x));
    if (typeof x === 'number') return false;
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return true;
    const keys = Object.keys(x);
    const f = (x as Record<string, unknown>).$float;
    return keys.length !== 1 || typeof f !== 'string' || !(FLOAT_WORDS.has(f) || NUMBER_TEXT.test(f));
  };
  const walk = (x: unknown, d: number, where: string): string | undefined => {
    if (d === shape.length) {
      if (Array.isArray(x)) return `is ragged: ${where || 'the value'} is a list where the shape has no more dimensions`;
      return bad(x) ? `${where} must be ${dtype === 'bool' ? 'true or false' : dtype === 'int64' ? 'an integer' : 'a number'} for dtype ${dtype}` : undefined;
    }
    if (!Array.isArray(x) || x.length !== shape[d]) return `is ragged: ${where || 'the value'} must be a list of length ${shape[d]} (shape ${'(' + shape.join(', ') + (shape.length === 1 ? ',' : '') + ')'})`;
    for (let i = 0; i < x.length; i++) {
      const p = walk(x[i], d + 1, `${where}[${i}]`);
      if (p) return p;
    }
    return undefined;
  };
  return walk(data, 0, '');
}

/** Checks tagged values ($float, $set, $file) inside one args/expected value. */
export function checkTags(x: unknown, p: PropertyKey[], allowFile: boolean, out: { path: PropertyKey[]; message: string }[], depth = 0): void {
  if (depth > 500) {
    out.push({ path: p, message: 'nested too deeply' });
    return;
  }
  if (Array.isArray(x)) {
    x.forEach((e, i) => checkTags(e, [...p, i], allowFile, out, depth + 1));
    return;
  }
  if (typeof x !== 'object' || x === null) return;
  const o = x as Record<string, unknown>;
  const keys = Object.keys(o);
  const tagKeys = keys.filter((k) => k.startsWith('$'));
  if (tagKeys.length === 1 && tagKeys[0] === '$ndarray') {
    if (keys.length !== 2 || !('dtype' in o)) {
      out.push({ path: [...p, '$ndarray'], message: `an $ndarray needs exactly the keys "$ndarray" and "dtype" (one of ${DTYPES.join(', ')})` });
    } else if (typeof o.dtype !== 'string' || !DTYPES.includes(o.dtype)) {
      out.push({ path: [...p, 'dtype'], message: `dtype must be one of ${DTYPES.join(', ')}` });
    } else if (!Array.isArray(o.$ndarray)) {
      out.push({ path: [...p, '$ndarray'], message: '$ndarray must be a (nested) list of numbers' });
    } else {
      const why = ndarrayProblem(o.$ndarray, o.dtype);
      if (why) out.push({ path: [...p, '$ndarray'], message: `the array ${why}` });
    }
    return;
  }
  if (tagKeys.length > 0 && keys.length === 1) {
    const tag = keys[0];
    const v = o[tag];
    if (tag === '$float') {
      if (typeof v !== 'string' || !(FLOAT_WORDS.has(v) || NUMBER_TEXT.test(v))) out.push({ path: [...p, tag], message: '$float must be "nan", "inf", "-inf" or a number written as text (e.g. "1.0")' });
    } else if (tag === '$int') {
      if (typeof v !== 'string' || !/^-?\d{1,4000}$/.test(v)) out.push({ path: [...p, tag], message: '$int must be the digits of an integer written as text' });
    } else if (tag === '$set') {
      if (!Array.isArray(v)) out.push({ path: [...p, tag], message: '$set must be a list' });
      else v.forEach((e, i) => checkTags(e, [...p, tag, i], allowFile, out, depth + 1));
    } else if (tag === '$file') {
      if (!allowFile) out.push({ path: [...p, tag], message: '$file is allowed only in args' });
      else if (typeof v !== 'string' || !isSafeRelativePath(v)) out.push({ path: [...p, tag], message: '$file must be a relative path inside the problem folder' });
    } else {
      out.push({ path: [...p, tag], message: `unknown tag "${tag}" (known: $float, $int, $set, $ndarray, $file)` });
    }
    return;
  }
  if (tagKeys.length > 0) {
    out.push({ path: p, message: `a tagged value (${tagKeys.join(', ')}) must be an object with exactly one key` });
    return;
  }
  for (const k of keys) checkTags(o[k], [...p, k], allowFile, out, depth + 1);
}

/** Resolves `rel` inside `dir`, refusing anything (also through symlinks) that leaves it. */
export async function resolveInside(dir: string, rel: string): Promise<string> {
  if (!isSafeRelativePath(rel)) throw new Error(`"${rel}" is not a relative path inside the problem folder`);
  const realDir = await fsp.realpath(dir);
  const real = await fsp.realpath(path.resolve(dir, rel));
  const rootWithSep = realDir.endsWith(path.sep) ? realDir : realDir + path.sep;
  if (!real.startsWith(rootWithSep)) throw new Error(`"${rel}" resolves outside the problem folder`);
  return real;
}

/** `value` with every `{"$file": rel}` replaced by that file's text (read once per file through `cache`). */
export async function resolveFiles(x: unknown, dir: string, cache: Map<string, Promise<string>>): Promise<unknown> {
  if (Array.isArray(x)) return Promise.all(x.map((e) => resolveFiles(e, dir, cache)));
  if (typeof x !== 'object' || x === null) return x;
  const o = x as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === '$file' && typeof o.$file === 'string') {
    const rel = o.$file;
    let text = cache.get(rel);
    if (!text) {
      text = (async () => {
        const file = await resolveInside(dir, rel);
        const st = await fsp.stat(file);
        if (st.size > MAX_DATA_FILE_BYTES) throw new Error(`"${rel}" is larger than ${MAX_DATA_FILE_BYTES / 1048576} MB`);
        const t = await fsp.readFile(file, 'utf8');
        return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
      })();
      cache.set(rel, text);
    }
    return text;
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = await resolveFiles(o[k], dir, cache);
  return out;
}
