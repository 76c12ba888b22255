// Runs a problem's seeded input generators (`generate.js` in its folder) and prints their values.
//
// A large test input does not have to be stored: a case may write an argument as
// `{"$gen": "<name>", "seed": <int>}` and the problem's `generate.js` exports `name(g)`, a
// function of a seeded generator `g` (below) that returns the value. The same name and seed give
// the same value on every machine: the generator uses integer arithmetic only (xoshiro128**,
// seeded through splitmix32), and floats are made from its integers exactly.
//
//   node generate.js <generate.js file> <name> <seed>    prints one value as JSON
//   node generate.js <generate.js file>                  reads {"name","seed"} lines on stdin,
//                                                         answers one JSON line each
//
// Numbers keep their type: a float whose value is whole must be returned through `g.float(x)`
// or `g.round(x, digits)` (written as {"$float": "3.0"}), otherwise it is an int. NaN and
// infinities are written as {"$float": "nan" | "inf" | "-inf"}.
'use strict';

const path = require('node:path');
const readline = require('node:readline');

class FloatValue {
  constructor(value) {
    this.value = value;
  }
  toJSON() {
    const v = this.value;
    if (Number.isNaN(v)) return { $float: 'nan' };
    if (v === Infinity) return { $float: 'inf' };
    if (v === -Infinity) return { $float: '-inf' };
    if (Number.isInteger(v)) return Math.abs(v) < 1e21 ? { $float: `${v.toFixed(1)}` } : { $float: String(v) };
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

/** The seeded generator handed to every generator function. */
function makeGenerator(seed) {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  if ((a | b | c | d) === 0) a = 1;
  // xoshiro128**: one 32-bit unsigned integer per call.
  function next32() {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c = (c ^ a) >>> 0;
    d = (d ^ b) >>> 0;
    b = (b ^ c) >>> 0;
    a = (a ^ d) >>> 0;
    c = (c ^ t) >>> 0;
    d = rotl(d, 11);
    return result;
  }
  function rotl(x, k) {
    return ((x << k) | (x >>> (32 - k))) >>> 0;
  }
  /** A float in [0, 1) with 53 random bits. */
  function random() {
    const hi = next32() >>> 5; // 27 bits
    const lo = next32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }
  /** An integer in [0, n) without modulo bias, n ≤ 2^32. */
  function below(n) {
    if (!Number.isInteger(n) || n <= 0 || n > 4294967296) throw new RangeError(`below(${n}): n must be an integer in 1..2^32`);
    const limit = 4294967296 - (4294967296 % n);
    for (;;) {
      const x = next32();
      if (x < limit) return x % n;
    }
  }
  const g = {
    random,
    /** An integer in [lo, hi], both included. */
    int(lo, hi) {
      if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi < lo) throw new RangeError(`int(${lo}, ${hi}): bounds must be integers with lo <= hi`);
      const span = hi - lo + 1;
      if (span <= 4294967296) return lo + below(span);
      return lo + Math.floor(random() * span);
    },
    /** A float in [lo, hi). */
    uniform(lo, hi) {
      return lo + (hi - lo) * random();
    },
    /** A normal draw (Box–Muller). */
    normal(mu = 0, sigma = 1) {
      let u = 0;
      while (u === 0) u = random();
      const v = random();
      return mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    bernoulli(p) {
      return random() < p;
    },
    choice(items) {
      if (items.length === 0) throw new RangeError('choice of an empty list');
      return items[below(items.length)];
    },
    /** One of `items`, with probability proportional to `weights`. */
    weighted(items, weights) {
      const total = weights.reduce((s, w) => s + w, 0);
      let r = random() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i];
        if (r < 0) return items[i];
      }
      return items[items.length - 1];
    },
    /** Shuffles in place (Fisher–Yates) and returns the list. */
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = below(i + 1);
        const t = items[i];
        items[i] = items[j];
        items[j] = t;
      }
      return items;
    },
    /** k distinct items, in draw order. */
    sample(items, k) {
      const copy = items.slice();
      const out = [];
      for (let i = 0; i < k && copy.length > 0; i++) out.push(copy.splice(below(copy.length), 1)[0]);
      return out;
    },
    string(length, alphabet = 'abcdefghijklmnopqrstuvwxyz') {
      let s = '';
      for (let i = 0; i < length; i++) s += alphabet[below(alphabet.length)];
      return s;
    },
    /** A float rounded to `digits` decimals, typed float even when whole. */
    round(x, digits) {
      return new FloatValue(Number(x.toFixed(digits)));
    },
    /** Marks a number as a float (a whole value is written as 3.0). */
    float(x) {
      return new FloatValue(x);
    },
    /** A NumPy array argument. */
    ndarray(nested, dtype = 'float64') {
      return { $ndarray: nested, dtype };
    },
  };
  return g;
}

function serialize(value) {
  return JSON.stringify(value, (_key, v) => {
    if (typeof v === 'number' && !Number.isFinite(v)) return new FloatValue(v).toJSON();
    return v;
  });
}

function generate(mod, name, seed) {
  const fn = Object.prototype.hasOwnProperty.call(mod, name) ? mod[name] : undefined;
  if (typeof fn !== 'function') throw new Error(`generate.js has no generator named "${name}"`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295) throw new Error(`seed must be an integer in 0..2^32-1 (got ${seed})`);
  const value = fn(makeGenerator(seed));
  if (value === undefined) throw new Error(`generator "${name}" returned nothing`);
  return serialize(value);
}

function main() {
  const [file, name, seedText] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: node generate.js <generate.js> [<name> <seed>]\n');
    process.exit(2);
  }
  const mod = require(path.resolve(file));
  if (name !== undefined) {
    process.stdout.write(generate(mod, name, Number(seedText ?? 0)) + '\n');
    return;
  }
  const rl = readline.createInterface({ input: process.stdin });
  rl.on('line', (line) => {
    let answer;
    try {
      const req = JSON.parse(line);
      answer = `{"ok":true,"value":${generate(mod, String(req.name), req.seed)}}`;
    } catch (err) {
      answer = JSON.stringify({ ok: false, error: err instanceof Error ? err.message : String(err) });
    }
    process.stdout.write(answer + '\n');
  });
}

if (require.main === module) main();
module.exports = { makeGenerator, generate };
