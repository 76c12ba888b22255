import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CaseResult } from '../../../src/core/judge/judge';
import { Judge } from '../../../src/core/judge/judge';
import { loadPack, loadTests } from '../../../src/core/problems/loader';
import type { CodingProblem } from '../../../src/core/problems/schema';
import { cleanupTemp, codingProblem, fixturesDir, harnessDir, judgeCode, testCases, verdicts, writeSolution } from './support';

after(() => cleanupTemp());

describe('judge', function () {
  this.timeout(30_000);

  it('runs a pack problem with $file data through the reference and a wrong solution, in both languages', async () => {
    const pack = await loadPack(path.join(fixturesDir, 'pack'));
    const p = pack.problems.find((x) => x.id === 'sum-column') as CodingProblem;
    const cases = await loadTests(p);
    const judge = new Judge({ harnessDir });
    try {
      for (const [language, ext] of [['python', 'py'], ['typescript', 'ts']] as const) {
        const ok = await judge.run({ problem: p, cases, solutionPath: path.join(p.dir, 'solutions', `reference.${ext}`), language });
        assert.equal(ok.verdict, 'pass', JSON.stringify(ok.cases.filter((c) => c.verdict !== 'pass')));
        assert.equal(ok.passed, 7);
        const bad = await judge.run({ problem: p, cases, solutionPath: path.join(p.dir, 'solutions', `wrong-counts-missing.${ext}`), language });
        assert.equal(bad.verdict, 'fail');
        assert.ok(bad.cases.some((c) => c.hidden && c.nuance === 'data-drift' && c.verdict === 'wrong_answer'));
        assert.deepEqual(bad.cases[0].expected, [40, 2]);
        // Python's 40.0 keeps its type on the way back (shown as 40.0); JavaScript has one number type.
        assert.deepEqual(bad.cases[0].actual, language === 'python' ? [{ $float: '40.0' }, 3] : [40, 3]);
      }
    } finally {
      judge.dispose();
    }
  });

  it('reports cases in order through onCase, with the caller’s case numbers', async () => {
    const judge = new Judge({ harnessDir });
    const seen: CaseResult[] = [];
    const cases = testCases([{ args: [1], expected: 1 }, { args: [2], expected: 2, hidden: true }, { args: [3], expected: 0 }]);
    cases[2].index = 100; // a custom case numbered by the caller
    const r = await judge.run({
      problem: codingProblem(),
      cases,
      solutionPath: writeSolution('def solve(x):\n    return x\n', 'python'),
      language: 'python',
      onCase: (c) => seen.push(c),
    });
    judge.dispose();
    assert.deepEqual(seen.map((c) => c.index), [0, 1, 100]);
    assert.deepEqual(r.cases.map((c) => c.index), [0, 1, 100]);
    assert.deepEqual(verdicts(r), ['pass', 'pass', 'wrong_answer']);
    assert.equal(r.passed, 2);
    assert.equal(r.total, 3);
    assert.ok(r.runtime && /Python 3/.test(r.runtime));
  });

  it('a custom case without an expected value shows what came back', async () => {
    const r = await judgeCode('def solve(x):\n    return [x, x]\n', 'python', [{ args: [4] }]);
    assert.deepEqual(verdicts(r), ['pass']);
    assert.deepEqual(r.cases[0].actual, [4, 4]);
    assert.equal(r.cases[0].expected, undefined);
  });

  it('large arguments and results travel the channel in both languages', async () => {
    const big = Array.from({ length: 300_000 }, (_, i) => i % 997);
    const sum = big.reduce((a, b) => a + b, 0);
    const py = await judgeCode('def solve(xs):\n    return [sum(xs), list(reversed(xs))]\n', 'python', [{ args: [big], expected: [sum, [...big].reverse()] }], { timeMs: 10_000 });
    assert.deepEqual(verdicts(py), ['pass']);
    const ts = await judgeCode('export function solve(xs: number[]): unknown {\n  return [xs.reduce((a, b) => a + b, 0), [...xs].reverse()];\n}\n', 'typescript', [{ args: [big], expected: [sum, [...big].reverse()] }], { timeMs: 10_000 });
    assert.deepEqual(verdicts(ts), ['pass']);
  });

  it('tagged arguments arrive as NaN / infinities / sets', async () => {
    const args = [{ $float: 'nan' }, { $float: '-inf' }, { $set: [3, 1] }];
    const py = await judgeCode("import math\ndef solve(a, b, s):\n    return [math.isnan(a), b < 0 and math.isinf(b), sorted(s), type(s).__name__]\n", 'python', [{ args, expected: [true, true, [1, 3], 'set'] }]);
    assert.deepEqual(verdicts(py), ['pass']);
    const js = await judgeCode('exports.solve = (a, b, s) => [Number.isNaN(a), b === -Infinity, [...s].sort(), s instanceof Set ? "set" : "other"];\n', 'javascript', [{ args, expected: [true, true, [1, 3], 'set'] }]);
    assert.deepEqual(verdicts(js), ['pass']);
  });

  it('an async JavaScript entry is awaited within the time limit', async () => {
    const r = await judgeCode('export async function solve(x: number): Promise<number> {\n  await new Promise((r) => setTimeout(r, 10));\n  return x * 3;\n}\n', 'typescript', [{ args: [2], expected: 6 }]);
    assert.deepEqual(verdicts(r), ['pass']);
  });

  it('a per-run interpreter overrides the judge option', async () => {
    const judge = new Judge({ harnessDir });
    const r = await judge.run({
      problem: codingProblem(),
      cases: testCases([{ args: [1], expected: 1 }]),
      solutionPath: writeSolution('def solve(x):\n    return x\n', 'python'),
      language: 'python',
      pythonPath: '/nonexistent/python9',
    });
    judge.dispose();
    assert.equal(r.error?.kind, 'environment');
    assert.match(r.error?.message ?? '', /python9/);
  });

  it('a missing solution file is an environment error, not a crash', async () => {
    const judge = new Judge({ harnessDir });
    const r = await judge.run({ problem: codingProblem(), cases: testCases([{ args: [1], expected: 1 }]), solutionPath: '/nonexistent/solution.py', language: 'python' });
    judge.dispose();
    assert.equal(r.verdict, 'error');
    assert.match(r.error?.message ?? '', /Cannot read the solution file/);
  });
});
