import * as assert from 'node:assert/strict';
import { DEFAULT_COMPARE, compareValues, mergeCompareOptions, numbersEqual } from '../../../src/core/judge/compare';
import { decodeValue, formatTagged, shapeOf } from '../../../src/core/judge/values';

const NAN = { $float: 'nan' };
const INF = { $float: 'inf' };
const NINF = { $float: '-inf' };

function eq(expected: unknown, actual: unknown, o?: Parameters<typeof compareValues>[2]): boolean {
  return compareValues(expected, actual, o).equal;
}

function msg(expected: unknown, actual: unknown, o?: Parameters<typeof compareValues>[2]): string {
  const r = compareValues(expected, actual, o);
  assert.equal(r.equal, false, 'expected a difference');
  return r.message ?? '';
}

/** Small deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomValue(r: () => number, depth = 0): unknown {
  const k = Math.floor(r() * (depth > 3 ? 4 : 8));
  switch (k) {
    case 0:
      return (r() - 0.5) * 10 ** Math.floor(r() * 12 - 6);
    case 1:
      return Math.floor(r() * 1000) - 500;
    case 2:
      return r() < 0.5;
    case 3:
      return ['a', 'héllo', '', '😀'][Math.floor(r() * 4)];
    case 4:
    case 5:
      return Array.from({ length: Math.floor(r() * 5) }, () => randomValue(r, depth + 1));
    case 6: {
      const o: Record<string, unknown> = {};
      for (let i = 0; i < Math.floor(r() * 4); i++) o[`k${i}`] = randomValue(r, depth + 1);
      return o;
    }
    default:
      return [NAN, INF, NINF, null][Math.floor(r() * 4)];
  }
}

/** Changes one number somewhere by far more than the tolerance; undefined when there is none. */
function perturb(v: unknown, r: () => number): unknown {
  if (typeof v === 'number') return v + (Math.abs(v) + 1) * (0.01 + r());
  if (Array.isArray(v)) {
    const idx = v.map((_, i) => i).filter((i) => containsNumber(v[i]));
    if (idx.length === 0) return undefined;
    const i = idx[Math.floor(r() * idx.length)];
    const copy = [...v];
    copy[i] = perturb(v[i], r);
    return copy;
  }
  if (v && typeof v === 'object' && !('$float' in v)) {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => containsNumber(o[k]));
    if (keys.length === 0) return undefined;
    const k = keys[Math.floor(r() * keys.length)];
    return { ...o, [k]: perturb(o[k], r) };
  }
  return undefined;
}

function containsNumber(v: unknown): boolean {
  if (typeof v === 'number') return true;
  if (Array.isArray(v)) return v.some(containsNumber);
  if (v && typeof v === 'object' && !('$float' in v)) return Object.values(v).some(containsNumber);
  return false;
}

describe('compare', () => {
  it('numbers: |a − e| ≤ atol + rtol·|e| with the documented defaults', () => {
    assert.deepEqual(DEFAULT_COMPARE, { atol: 1e-6, rtol: 1e-6, nanEqual: false, unordered: false, dtype: false });
    assert.ok(eq(0, 1e-12));
    assert.ok(eq(0.3, 0.1 + 0.2));
    assert.ok(eq(1e9, 1e9 + 999));
    assert.ok(!eq(1e9, 1e9 + 1002));
    assert.ok(!eq(0, 1e-5));
    assert.ok(!eq(0.3, 0.1 + 0.2, { atol: 0, rtol: 0 }));
    assert.ok(eq(1, 1.0) && eq(3.0, 3));
    assert.ok(eq(0, -0));
    const o = { atol: 0.5, rtol: 0.1, nanEqual: false };
    assert.ok(numbersEqual(10, 11.5, o));
    assert.ok(!numbersEqual(10, 11.51, o));
  });

  it('NaN only where nanEqual; infinities only to the same sign', () => {
    assert.ok(eq(NAN, NAN, { nanEqual: true }));
    assert.ok(!eq(NAN, NAN));
    assert.match(msg(NAN, NAN), /NaN is not accepted/);
    assert.ok(!eq(0.5, NAN, { nanEqual: true }));
    assert.ok(!eq(NAN, 0.5, { nanEqual: true }));
    assert.ok(eq(INF, INF) && eq(NINF, NINF));
    assert.ok(!eq(INF, NINF) && !eq(INF, 1e308) && !eq(1e308, INF) && !eq(INF, NAN, { nanEqual: true }));
    assert.ok(eq([1, NAN], [1, NAN], { nanEqual: true }));
  });

  it('booleans compare only with booleans, strings exactly, null with null', () => {
    assert.ok(eq(true, true) && !eq(true, 1) && !eq(1, true));
    assert.match(msg(1, true), /expected number, got boolean/);
    assert.ok(eq('a', 'a') && !eq('a', 'A'));
    assert.ok(eq(null, null) && !eq(null, 0) && !eq(0, null));
  });

  it('shapes must match exactly and the message names them', () => {
    assert.match(msg([1, 2, 3], [[1, 2, 3]]), /shape mismatch: expected shape \(3,\), got \(1, 3\)/);
    assert.match(msg([[1], [2], [3]], [1, 2, 3]), /expected shape \(3, 1\), got \(3,\)/);
    assert.match(msg(5, [5]), /expected a number 5, got list of shape \(1,\)/);
    assert.match(msg([5], 5), /expected list of shape \(1,\), got number 5/);
    assert.match(msg([[1, 2], [3, 4]], [[1, 2], [3]]), /at \[1\]: shape mismatch: expected shape \(2,\), got \(1,\)/);
    assert.match(msg([[1, 2], [3]], [[1, 2], [3, 4, 5]]), /expected a list of length 2, got length 3|shape/);
    assert.equal(compareValues([0.25, [0.5, 0.25]], [0.25, [0.5, 0.2]]).message, 'at [1][1]: expected 0.25, got 0.2');
    assert.deepEqual(shapeOf(decodeValue([[1, 2], [3]])), null);
    assert.deepEqual(shapeOf(decodeValue([])), [0]);
  });

  it('type mismatches say what was expected and what came', () => {
    assert.equal(msg([1], { a: 1 }), 'expected list, got dict');
    assert.equal(msg({ a: 1 }, [1]), 'expected dict, got list');
    assert.equal(msg([1], { $object: 'Foo', repr: 'Foo()' }), 'expected list, got Foo object');
    assert.equal(msg({ $set: [1] }, [1]), 'expected set, got list');
    assert.match(msg('x', 1), /expected string, got number/);
  });

  it('dicts compare key by key; sets and unordered lists as multisets', () => {
    assert.ok(eq({ a: 1, b: [1, 2] }, { b: [1, 2.0000000001], a: 1 }));
    assert.equal(msg({ a: 1, b: 2 }, { a: 1 }), 'missing key "b"');
    assert.equal(msg({ a: 1 }, { a: 1, c: 3 }), 'unexpected key "c"');
    assert.equal(msg({ a: { b: [1, 2] } }, { a: { b: [1, 3] } }), 'at ["a"]["b"][1]: expected 2, got 3');
    assert.ok(eq({ $set: [1, 2, 3] }, { $set: [3, 1, 2] }));
    assert.ok(eq({ $set: [0.1, 0.2] }, { $set: [0.2000000001, 0.1] }));
    assert.match(msg({ $set: [1, 2] }, { $set: [1, 2, 3] }), /set with 2 elements, got 3/);
    assert.match(msg({ $set: [1, 2] }, { $set: [1, 4] }), /expected element 2 has no match/);
    assert.ok(eq([3, 1, 2], [1, 2, 3], { unordered: true }));
    assert.ok(eq([[1, 2], [3, 4]], [[3, 4], [1, 2]], { unordered: true }));
    assert.ok(!eq([[1, 2], [3, 4]], [[3, 4], [2, 1]], { unordered: true }), 'only the top level is unordered');
    assert.ok(eq([1, 1, 2], [1, 2, 1], { unordered: true }));
    assert.ok(!eq([1, 1, 2], [1, 2, 2], { unordered: true }));
    assert.ok(!eq([3, 1, 2], [1, 2, 3]));
    const many = Array.from({ length: 5000 }, (_, i) => [i, i * 0.5]);
    assert.ok(eq(many, [...many].reverse(), { unordered: true }));
  });

  it('never throws on odd values', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    for (const odd of [undefined, () => 1, Symbol('s'), 10n ** 30n, { $int: '123456789012345678901234567890' }, { $float: 'weird' }, cyclic, deep, { $object: 'X' }]) {
      const r = compareValues([1], odd);
      assert.equal(typeof r.equal, 'boolean');
      const r2 = compareValues(odd, odd);
      assert.equal(typeof r2.equal, 'boolean');
    }
    assert.ok(eq(Number('12345678901234567890'), { $int: '12345678901234567890' }));
    assert.ok(!eq(1e308, { $int: '9'.repeat(400) }));
  });

  it('property: random nested values equal themselves; perturbations beyond tolerance are found', () => {
    const r = rng(20240521);
    let perturbed = 0;
    for (let i = 0; i < 500; i++) {
      const v = randomValue(r);
      const copy = JSON.parse(JSON.stringify(v)) as unknown;
      assert.ok(compareValues(v, copy, { nanEqual: true }).equal, `self-equality of ${JSON.stringify(v)}`);
      const p = perturb(v, r);
      if (p !== undefined) {
        perturbed++;
        const res = compareValues(v, p, { nanEqual: true });
        assert.equal(res.equal, false, `perturbation of ${JSON.stringify(v)} went unnoticed`);
        assert.match(res.message ?? '', /expected/);
      }
    }
    assert.ok(perturbed > 100);
  });

  it('property: noise within tolerance passes, noise just beyond fails', () => {
    const r = rng(7);
    const o = mergeCompareOptions({ atol: 1e-6, rtol: 1e-4 });
    for (let i = 0; i < 2000; i++) {
      const e = (r() - 0.5) * 10 ** Math.floor(r() * 16 - 8);
      const tol = o.atol + o.rtol * Math.abs(e);
      const sign = r() < 0.5 ? -1 : 1;
      assert.ok(eq([e], [e + sign * tol * 0.99], o), `${e} within`);
      assert.ok(!eq([e], [e + sign * tol * 1.01], o), `${e} beyond`);
    }
  });

  it('merges option layers: defaults ← problem ← case', () => {
    assert.deepEqual(mergeCompareOptions({ atol: 0.1 }, { rtol: 0 }, undefined), { atol: 0.1, rtol: 0, nanEqual: false, unordered: false, dtype: false });
    assert.deepEqual(mergeCompareOptions({ atol: 0.1, nanEqual: true }, { atol: 0.2 }), { atol: 0.2, rtol: 1e-6, nanEqual: true, unordered: false, dtype: false });
  });

  it('formats values for messages', () => {
    assert.equal(formatTagged([NAN, INF, NINF, -0]), '[nan, inf, -inf, -0.0]');
    assert.equal(formatTagged({ $set: [1] }), '{1}');
    assert.ok(formatTagged(Array.from({ length: 1000 }, () => 1)).endsWith('…'));
  });
});
