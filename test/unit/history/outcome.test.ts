import * as assert from 'node:assert/strict';
import { attemptIdTime, newAttemptId } from '../../../src/core/history/attemptId';
import { ATTEMPT_SCHEMA_VERSION, attemptSchema, parseAttempt, summarize } from '../../../src/core/history/model';
import { bestSubmit, computeOutcome, computeScore, computeVerdict, hintPenalty, overtimePenalty, withOutcome } from '../../../src/core/history/outcome';
import type { HintUse } from '../../../src/core/history/model';
import type { ScoreFacts } from '../../../src/core/history/outcome';
import { draft, run } from './helpers';
import type { HintLevel } from '../../../src/core/vocabulary';

const hint = (level: HintLevel): HintUse => ({ level, at: '2025-03-10T09:05:00.000Z', penaltyMs: 60_000 });

describe('history outcome: verdict and score', () => {
  describe('computeVerdict', () => {
    it('is incomplete when nothing was submitted, even after passing Runs', () => {
      assert.equal(computeVerdict([]), 'incomplete');
      assert.equal(computeVerdict([run('run', 2, 2), run('run', 1, 2)]), 'incomplete');
    });
    it('is fail when there are Submits and none passed every test', () => {
      assert.equal(computeVerdict([run('submit', 6, 7), run('run', 2, 2), run('submit', 0, 7)]), 'fail');
    });
    it('is pass once any Submit passed every test, even if a later one failed', () => {
      assert.equal(computeVerdict([run('submit', 6, 7), run('submit', 7, 7), run('submit', 3, 7)]), 'pass');
    });
    it('does not count a Submit with zero tests, or one marked pass with failures, as a pass', () => {
      assert.equal(computeVerdict([{ kind: 'submit', verdict: 'pass', passed: 0, total: 0 }]), 'fail');
      assert.equal(computeVerdict([{ kind: 'submit', verdict: 'pass', passed: 6, total: 7 }]), 'fail');
      assert.equal(computeVerdict([{ kind: 'submit', verdict: 'error', passed: 7, total: 7 }]), 'fail');
    });
  });

  describe('bestSubmit', () => {
    it('takes the highest pass fraction, the later one among equals, and ignores Runs', () => {
      const a = run('submit', 5, 10);
      const b = run('submit', 8, 10);
      const c = run('submit', 4, 5);
      assert.equal(bestSubmit([a, b, run('run', 2, 2)]), b);
      assert.equal(bestSubmit([a, b, c]), c);
      assert.equal(bestSubmit([run('run', 2, 2)]), undefined);
    });
  });

  describe('computeScore', () => {
    const facts = (over: Partial<ScoreFacts> = {}): ScoreFacts => ({ runs: [run('submit', 7, 7)], hints: [], budgetMs: 600_000, timeUsedMs: 300_000, ...over });
    it('is 100 for a clean full pass and the pass fraction of the best Submit otherwise', () => {
      assert.equal(computeScore(facts()), 100);
      assert.equal(computeScore(facts({ runs: [run('submit', 3, 8), run('submit', 6, 8)] })), 75);
      assert.equal(computeScore(facts({ runs: [run('run', 2, 2)] })), 0);
    });
    it('subtracts 5/10/15 points for concept/approach/pitfall hints, at most 30', () => {
      assert.equal(hintPenalty([{ level: 'concept' }]), 5);
      assert.equal(computeScore(facts({ hints: [hint('concept'), hint('approach')] })), 85);
      assert.equal(hintPenalty([{ level: 'pitfall' }, { level: 'pitfall' }, { level: 'pitfall' }]), 30);
    });
    it('subtracts 1 point per 2 % of the budget over time, at most 30, nothing when untimed', () => {
      assert.equal(overtimePenalty(600_000, 600_000), 0);
      assert.equal(overtimePenalty(600_000, 660_000), 5); // 10 % over
      assert.equal(overtimePenalty(600_000, 6_000_000), 30);
      assert.equal(overtimePenalty(0, 6_000_000), 0);
      assert.equal(computeScore(facts({ timeUsedMs: 660_000 })), 95);
    });
    it('never goes below 0 and is rounded to an integer', () => {
      const hints = (['concept', 'approach', 'pitfall'] as const).map(hint);
      assert.equal(computeScore(facts({ runs: [run('submit', 1, 10)], hints, timeUsedMs: 6_000_000 })), 0);
      assert.equal(computeScore(facts({ runs: [run('submit', 2, 3)] })), 67);
    });
  });

  describe('withOutcome', () => {
    it('derives verdict, passed/total of the best Submit, score, hints used and overtime', () => {
      const a = withOutcome({
        ...draft({ runs: [run('submit', 4, 8), run('submit', 8, 8)], timeUsedMs: 990_000, budgetMs: 900_000 }),
        hints: [hint('concept')],
      });
      const o = computeOutcome(a);
      assert.deepEqual(
        { verdict: a.verdict, passed: a.passed, total: a.total, hintsUsed: a.hintsUsed, overtime: a.overtime, overtimeMs: a.overtimeMs, score: a.score },
        { verdict: 'pass', passed: 8, total: 8, hintsUsed: 1, overtime: true, overtimeMs: 90_000, score: 90 },
      );
      assert.equal(o.score, 90);
    });
    it('gives 0/0 and incomplete without a Submit', () => {
      const o = computeOutcome({ runs: [run('run', 1, 2)], hints: [], budgetMs: 0, timeUsedMs: 10 });
      assert.deepEqual(o, { verdict: 'incomplete', passed: 0, total: 0, score: 0, hintsUsed: 0, overtime: false, overtimeMs: 0 });
    });
  });
});

describe('history model', () => {
  it('ids are 26 characters, unique, and sort by creation time', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => newAttemptId(1_700_000_000_000 + Math.floor(i / 10)));
    assert.equal(new Set(ids).size, 1000);
    assert.ok(ids.every((id) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(id)));
    const sorted = [...ids].sort();
    assert.deepEqual(
      sorted.map((id) => attemptIdTime(id)),
      ids.map((id) => attemptIdTime(id)).sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    assert.equal(attemptIdTime(newAttemptId(1_700_000_000_123)), 1_700_000_000_123);
    assert.equal(attemptIdTime('not-an-id'), undefined);
  });

  it('validates records: ISO times, rating 1–4, rubric scores within max, safe ids', () => {
    const good = withOutcome({ ...draft(), schemaVersion: ATTEMPT_SCHEMA_VERSION });
    assert.ok(parseAttempt(good).ok);
    for (const bad of [
      { ...good, startedAt: '10 March 2025' },
      { ...good, selfRating: 5 },
      { ...good, rubric: [{ phase: 'clarify', score: 5, max: 4 }] },
      { ...good, id: '../../etc/passwd' },
      { ...good, round: 'trivia' },
      { ...good, schemaVersion: ATTEMPT_SCHEMA_VERSION + 1 },
    ]) {
      const r = parseAttempt(bad);
      assert.equal(r.ok, false, JSON.stringify(bad).slice(0, 80));
    }
    assert.equal(attemptSchema.safeParse({ ...good, endedAt: null }).success, true);
  });

  it('summaries carry what trees and stats need, without runs, hints, answers or code', () => {
    const a = attemptSchema.parse(withOutcome({ ...draft({ answer: 'long text', note: 'n' }), schemaVersion: ATTEMPT_SCHEMA_VERSION, runs: [{ ...run('run', 1, 2), hasSnapshot: true }, run('submit', 7, 7)] }));
    const s = summarize(a);
    assert.deepEqual(s.snapshotRuns, [0]);
    assert.equal(s.runCount, 2);
    assert.equal(s.submitCount, 1);
    assert.equal(s.note, 'n');
    assert.equal(s.selfRating, null);
    for (const key of ['runs', 'hints', 'answer', 'rubric']) assert.equal(key in s, false);
  });
});
