import * as assert from 'node:assert/strict';
import type { CaseResult } from '../../../src/core/judge/judge';
import type { TestCase } from '../../../src/core/problems/schema';
import { answerCheckResult } from '../../../src/core/session/answerCheck';
import { planRun } from '../../../src/core/session/runPlan';

const tests: TestCase[] = [
  { index: 0, name: 'visible', args: [[1, 2]], expected: [0.5, 0.5], hidden: false },
  { index: 1, name: 'hidden', args: [[1e4, 0]], expected: [1, 0], hidden: true, nuance: 'overflow' as TestCase['nuance'] },
];
const custom = [
  { name: 'mine', args: '[[3, 3]]', expected: '[0.5, 0.5]' },
  { name: 'broken', args: '[[1,', expected: '1' },
];
const result = (index: number, name: string, hidden: boolean): CaseResult => ({ index, name, hidden, verdict: 'wrong_answer', timeMs: 1, message: 'expected 0.5', expected: [0.5], actual: [1], stdout: 'out', stderr: '' });

describe('run plan', () => {
  it('Run takes the visible tests, Submit every test; custom cases follow, numbered after the tests', () => {
    assert.deepEqual(planRun('run', tests, custom).cases.map((c) => [c.index, c.name]), [[0, 'visible'], [2, 'mine']]);
    assert.deepEqual(planRun('submit', tests, custom).cases.map((c) => [c.index, c.name]), [[0, 'visible'], [1, 'hidden'], [2, 'mine']]);
  });

  it('a class case shows its calls as its arguments', () => {
    const tests: TestCase[] = [{ index: 0, name: 'fit then predict', args: [], calls: [['__init__', [0.5]], ['fit', [[1, 2]]], ['predict', [{ $float: '10.0' }]]], expected: [null, null, 6], hidden: false }];
    const plan = planRun('run', tests, []);
    const view = plan.view({ index: 0, name: 'fit then predict', hidden: false, verdict: 'pass', timeMs: 1, stdout: '', stderr: '' });
    assert.equal(view.args, '__init__(0.5) → fit([1,2]) → predict(10.0)');
  });

  it('leaves out custom cases whose JSON does not parse', () => {
    assert.ok(!planRun('submit', tests, custom).cases.some((c) => c.name === 'broken'));
  });

  it('custom cases are shown in full and never count for the attempt', () => {
    const plan = planRun('submit', tests, custom);
    const results = [result(0, 'visible', false), result(1, 'hidden', true), result(2, 'mine', false)];
    assert.deepEqual(plan.official(results).map((r) => r.name), ['visible', 'hidden']);
    const mine = plan.view(results[2] as CaseResult);
    assert.equal(mine.custom, true);
    assert.equal(mine.args, '[3,3]');
    const hidden = plan.view(results[1] as CaseResult);
    assert.equal(hidden.hidden, true);
    assert.equal(hidden.args, undefined);
    assert.equal(hidden.expected, undefined);
    assert.equal(plan.view(results[0] as CaseResult).args, '[1,2]');
  });
});

describe('answer check as a run', () => {
  it('each rubric item is a case that passes when covered', () => {
    const r = answerCheckResult(
      [
        { id: 'a', title: 'Metrics', covered: true, found: ['auc', 'recall'], missing: [] },
        { id: 'b', title: 'Serving', covered: false, found: [], missing: ['latency'] },
      ],
      12,
    );
    assert.equal(r.verdict, 'fail');
    assert.equal(r.passed, 1);
    assert.equal(r.total, 2);
    assert.equal(r.durationMs, 12);
    assert.deepEqual(r.cases.map((c) => [c.name, c.verdict]), [['Metrics', 'pass'], ['Serving', 'wrong_answer']]);
    assert.match(r.cases[1]?.message ?? '', /Consider: latency/);
    assert.equal(answerCheckResult([{ id: 'a', title: 'x', covered: true, found: ['y'], missing: [] }], 0).verdict, 'pass');
  });
});
