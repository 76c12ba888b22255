// Generated test inputs: a case may write its arguments as `{"$gen": "<name>", "seed": <int>,
// "sha256": "<hex>"}` instead of storing them. The problem's `generate.js` exports `name(g)`, a
// function of a seeded generator `g` that returns the whole argument list. The same name and seed
// give the same arguments on every machine: `g` uses integer arithmetic only (xoshiro128**, seeded
// through splitmix32) and makes floats from its integers exactly. The case states the SHA-256 of
// the generated JSON, so a generator that was changed after the expected values were computed is
// an error, never a silently different test.
//
// The generator runs in its own V8 context (node:vm) that holds only the runtime below: no
// require, no process, no host objects; only a string (the JSON) comes back. A time limit stops a
// generator that never returns.
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** The generators' file in a problem folder. */
export const GENERATORS_FILE = 'generate.js';
/** Largest generate.js. */
export const MAX_GENERATORS_BYTES = 256 * 1024;
/** Largest generated argument list (JSON text). */
export const MAX_GENERATED_CHARS = 32 * 1024 * 1024;
/** How long one generator may run. */
export const GENERATOR_TIME_LIMIT_MS = 20_000;

/** A generated case's arguments: what the case states. */
export interface GenRef {
  name: string;
  seed: number;
  sha256: string;
}

// The runtime evaluated inside the generator's context. Plain JavaScript on purpose: it runs in a
// fresh context, where nothing from the host exists.
const RUNTIME = String.raw`
'use strict';
class FloatValue {
  constructor(value) { this.value = value; }
  toJSON() {
    const v = this.value;
    if (Number.isNaN(v)) return { $float: 'nan' };
    if (v === Infinity) return { $float: 'inf' };
    if (v === -Infinity) return { $float: '-inf' };
    if (Number.isInteger(v)) return Math.abs(v) < 1e21 ? { $float: v.toFixed(1) } : { $float: String(v) };
    return v;
  }
}
function splitmix32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}
function rotl(x, k) { return ((x << k) | (x >>> (32 - k))) >>> 0; }
function makeGenerator(seed) {
  const init = splitmix32(seed);
  let a = init(), b = init(), c = init(), d = init();
  if ((a | b | c | d) === 0) a = 1;
  function next32() {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c = (c ^ a) >>> 0; d = (d ^ b) >>> 0; b = (b ^ c) >>> 0; a = (a ^ d) >>> 0;
    c = (c ^ t) >>> 0; d = rotl(d, 11);
    return result;
  }
  function random() {
    const hi = next32() >>> 5;
    const lo = next32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }
  function below(n) {
    if (!Number.isInteger(n) || n <= 0 || n > 4294967296) throw new RangeError('below(' + n + '): n must be an integer in 1..2^32');
    const limit = 4294967296 - (4294967296 % n);
    for (;;) { const x = next32(); if (x < limit) return x % n; }
  }
  return Object.freeze({
    random,
    int(lo, hi) {
      if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo) throw new RangeError('int(' + lo + ', ' + hi + '): bounds must be integers with lo <= hi');
      const span = hi - lo + 1;
      return span <= 4294967296 ? lo + below(span) : lo + Math.floor(random() * span);
    },
    uniform(lo, hi) { return lo + (hi - lo) * random(); },
    normal(mu = 0, sigma = 1) {
      let u = 0;
      while (u === 0) u = random();
      const v = random();
      return mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    bernoulli(p) { return random() < p; },
    choice(items) {
      if (items.length === 0) throw new RangeError('choice of an empty list');
      return items[below(items.length)];
    },
    weighted(items, weights) {
      const total = weights.reduce((s, w) => s + w, 0);
      let r = random() * total;
      for (let i = 0; i < items.length; i++) { r -= weights[i]; if (r < 0) return items[i]; }
      return items[items.length - 1];
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) { const j = below(i + 1); const t = items[i]; items[i] = items[j]; items[j] = t; }
      return items;
    },
    sample(items, k) {
      const copy = items.slice(); const out = [];
      for (let i = 0; i < k && copy.length > 0; i++) out.push(copy.splice(below(copy.length), 1)[0]);
      return out;
    },
    string(length, alphabet = 'abcdefghijklmnopqrstuvwxyz') {
      let s = '';
      for (let i = 0; i < length; i++) s += alphabet[below(alphabet.length)];
      return s;
    },
    round(x, digits) { return new FloatValue(Number(x.toFixed(digits))); },
    float(x) { return new FloatValue(x); },
    ndarray(nested, dtype = 'float64') { return { $ndarray: nested, dtype }; },
  });
}
function __generate(name, seed) {
  const gens = module.exports;
  const fn = gens !== null && typeof gens === 'object' && Object.prototype.hasOwnProperty.call(gens, name) ? gens[name] : undefined;
  if (typeof fn !== 'function') throw new Error('generate.js has no generator named "' + name + '"');
  const value = fn(makeGenerator(seed));
  if (!Array.isArray(value)) throw new Error('generator "' + name + '" must return the list of arguments (got ' + (value === null ? 'null' : typeof value) + ')');
  return JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? new FloatValue(v).toJSON() : v));
}
`;

/** SHA-256 (hex) of a generated argument list's JSON text. */
export function sha256Text(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The problem's generators, compiled once per file version. */
interface Compiled {
  key: string;
  context: vm.Context;
}
const compiled = new Map<string, Compiled>();
const results = new Map<string, string>();
const MAX_CACHED_RESULTS = 6;

async function compile(problemDir: string): Promise<vm.Context> {
  const file = path.join(problemDir, GENERATORS_FILE);
  let st;
  try {
    st = await fsp.lstat(file);
  } catch {
    throw new Error(`the case is generated but the problem has no ${GENERATORS_FILE}`);
  }
  if (!st.isFile()) throw new Error(`${GENERATORS_FILE} is not a regular file`);
  if (st.size > MAX_GENERATORS_BYTES) throw new Error(`${GENERATORS_FILE} is larger than ${MAX_GENERATORS_BYTES / 1024} KB`);
  const key = `${st.mtimeMs}:${st.size}`;
  const known = compiled.get(file);
  if (known && known.key === key) return known.context;
  const source = await fsp.readFile(file, 'utf8');
  const context = vm.createContext(Object.create(null) as object, { codeGeneration: { strings: false, wasm: false }, name: `${GENERATORS_FILE} of ${path.basename(problemDir)}` });
  vm.runInContext('var module = { exports: {} }; var exports = module.exports;' + RUNTIME, context, { timeout: GENERATOR_TIME_LIMIT_MS });
  try {
    vm.runInContext(source, context, { filename: file, timeout: GENERATOR_TIME_LIMIT_MS });
  } catch (err) {
    throw new Error(`${GENERATORS_FILE} failed to load: ${describe(err)}`);
  }
  compiled.set(file, { key, context });
  return context;
}

function describe(err: unknown): string {
  // Errors from the context are not host Error instances.
  if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') {
    const e = err as { name?: unknown; message: string };
    return `${typeof e.name === 'string' ? e.name + ': ' : ''}${e.message}`;
  }
  return String(err);
}

/** The JSON text of the argument list generator `name` makes from `seed` (not checked against a hash). */
export async function generateArgsText(problemDir: string, name: string, seed: number, timeLimitMs = GENERATOR_TIME_LIMIT_MS): Promise<string> {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`seed must be an integer in 0..2^32-1 (got ${seed})`);
  const context = await compile(problemDir);
  const file = path.join(problemDir, GENERATORS_FILE);
  const cacheKey = `${file}\0${compiled.get(file)?.key ?? ''}\0${name}\0${seed}`;
  const cached = results.get(cacheKey);
  if (cached !== undefined) return cached;
  let text: unknown;
  try {
    // Only literals cross into the context (a host object would lead back to the host's globals).
    text = vm.runInContext(`__generate(${JSON.stringify(name)}, ${seed})`, context, { timeout: timeLimitMs });
  } catch (err) {
    const timedOut = typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
    throw new Error(timedOut ? `generator "${name}" did not finish within ${timeLimitMs / 1000} s` : `generator "${name}" failed: ${describe(err)}`);
  }
  if (typeof text !== 'string') throw new Error(`generator "${name}" returned nothing`);
  if (text.length > MAX_GENERATED_CHARS) throw new Error(`generator "${name}" made more than ${MAX_GENERATED_CHARS / 1048576} MB of arguments`);
  results.set(cacheKey, text);
  if (results.size > MAX_CACHED_RESULTS) results.delete(results.keys().next().value as string);
  return text;
}

/** The argument list of a generated case, checked against the case's SHA-256. */
export async function generateArgs(problemDir: string, ref: GenRef): Promise<unknown[]> {
  const text = await generateArgsText(problemDir, ref.name, ref.seed);
  const got = sha256Text(text);
  if (got !== ref.sha256.toLowerCase()) {
    throw new Error(`generator "${ref.name}" (seed ${ref.seed}) made different arguments than the case states (sha256 ${got.slice(0, 12)}…, expected ${ref.sha256.slice(0, 12)}…): the generator changed after the expected value was computed; compute the expected value again and update "sha256"`);
  }
  return JSON.parse(text) as unknown[];
}
