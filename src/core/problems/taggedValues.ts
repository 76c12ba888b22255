// The tagged values of tests.json ($float, $set, $file): their checks, and the resolution of
// `{"$file": ...}` arguments to the text of a file inside the problem folder.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { isSafeRelativePath } from './schema';

/** Largest data file a `{"$file": ...}` argument may name. */
export const MAX_DATA_FILE_BYTES = 20 * 1024 * 1024;

const FLOAT_WORDS = new Set(['nan', 'inf', '-inf']);

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
  if (tagKeys.length > 0 && keys.length === 1) {
    const tag = keys[0];
    const v = o[tag];
    if (tag === '$float') {
      if (typeof v !== 'string' || !FLOAT_WORDS.has(v)) out.push({ path: [...p, tag], message: '$float must be "nan", "inf" or "-inf"' });
    } else if (tag === '$set') {
      if (!Array.isArray(v)) out.push({ path: [...p, tag], message: '$set must be a list' });
      else v.forEach((e, i) => checkTags(e, [...p, tag, i], allowFile, out, depth + 1));
    } else if (tag === '$file') {
      if (!allowFile) out.push({ path: [...p, tag], message: '$file is allowed only in args' });
      else if (typeof v !== 'string' || !isSafeRelativePath(v)) out.push({ path: [...p, tag], message: '$file must be a relative path inside the problem folder' });
    } else {
      out.push({ path: [...p, tag], message: `unknown tag "${tag}" (known: $float, $set, $file)` });
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
