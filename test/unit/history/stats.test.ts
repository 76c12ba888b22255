import * as assert from 'node:assert/strict';
import { dayToIsoDate, isoWeekLabel, isoWeekStart, localDay } from '../../../src/core/history/calendar';

import type { StatsAttempt } from '../../../src/core/history/stats';
import { computeStats, problemStatus, problemStatuses, roundStats, selfAssessment, streak, weakestRound, weeklyTrend } from '../../../src/core/history/stats';
import type { Round } from '../../../src/core/vocabulary';

function att(startedAt: string, over: Partial<StatsAttempt> = {}): StatsAttempt {
  return { problemId: 'p', round: 'coding', verdict: 'pass', score: 100, timeUsedMs: 600_000, budgetMs: 1_200_000, startedAt, endedAt: startedAt, selfRating: null, ...over };
}

const day = (iso: string) => localDay(Date.parse(iso), 0);

describe('history calendar', () => {
  it('labels ISO weeks, including across year boundaries', () => {
    assert.equal(isoWeekLabel(day('2024-12-30T12:00:00Z')), '2025-W01');
    assert.equal(isoWeekLabel(day('2021-01-03T12:00:00Z')), '2020-W53');
    assert.equal(isoWeekLabel(day('2026-01-01T12:00:00Z')), '2026-W01');
    assert.equal(isoWeekLabel(day('2025-03-10T00:00:00Z')), '2025-W11');
    assert.equal(dayToIsoDate(isoWeekStart(day('2025-03-16T23:00:00Z'))), '2025-03-10');
  });
  it('puts an instant on the local day of the given UTC offset', () => {
    const t = Date.parse('2025-03-10T23:30:00Z');
    assert.equal(dayToIsoDate(localDay(t, 0)), '2025-03-10');
    assert.equal(dayToIsoDate(localDay(t, 60)), '2025-03-11');
    assert.equal(dayToIsoDate(localDay(Date.parse('2025-03-10T02:00:00Z'), -300)), '2025-03-09');
    assert.equal(dayToIsoDate(localDay(t, () => 120)), '2025-03-11');
  });
});

describe('history stats', () => {
  it('per round: attempts, solve rate, average score, time used vs budget, self-rating', () => {
    const attempts = [
      att('2025-03-01T10:00:00Z', { round: 'data', verdict: 'pass', score: 90, timeUsedMs: 600_000, budgetMs: 1_200_000, selfRating: 4 }),
      att('2025-03-02T10:00:00Z', { round: 'data', verdict: 'fail', score: 40, timeUsedMs: 1_500_000, budgetMs: 1_200_000, selfRating: 2 }),
      att('2025-03-03T10:00:00Z', { round: 'data', verdict: 'incomplete', score: 0, timeUsedMs: 300_000, budgetMs: 0 }),
      att('2025-03-04T10:00:00Z', { round: 'data', endedAt: null, score: 100 }), // still running: not counted
    ];
    const s = roundStats(attempts).data;
    assert.equal(s.attempts, 3);
    assert.equal(s.solved, 1);
    assert.equal(s.solveRate, 1 / 3);
    assert.equal(s.averageScore, 130 / 3);
    assert.equal(s.averageTimeUsedMs, 800_000);
    assert.equal(s.averageBudgetMs, 1_200_000);
    assert.equal(s.timeUsedOfBudget, (0.5 + 1.25) / 2);
    assert.equal(s.ratedAttempts, 2);
    assert.equal(s.averageSelfRating, 3);
    const empty = roundStats(attempts).design;
    assert.deepEqual([empty.attempts, empty.solveRate, empty.averageScore, empty.averageSelfRating], [0, null, null, null]);
    assert.deepEqual(selfAssessment(attempts).data, { ratedAttempts: 2, averageSelfRating: 3 });
  });

  it('weekly trend: ISO weeks ending with the current one, empty weeks included, local time', () => {
    const now = new Date('2025-03-12T12:00:00Z'); // Wednesday of 2025-W11
    const attempts = [
      att('2025-03-10T08:00:00Z', { score: 80 }),
      att('2025-03-11T08:00:00Z', { verdict: 'fail', score: 20 }),
      att('2025-02-26T08:00:00Z', { score: 60 }), // W09
      att('2025-03-09T23:30:00Z', { score: 10 }), // Sunday W10 in UTC, Monday W11 at UTC+1
      att('2024-01-01T08:00:00Z'), // outside the window
    ];
    const utc = weeklyTrend(attempts, { now, utcOffset: 0, weeks: 3 });
    assert.deepEqual(
      utc.map((w) => [w.week, w.start, w.attempts, w.solveRate, w.averageScore]),
      [
        ['2025-W09', '2025-02-24', 1, 1, 60],
        ['2025-W10', '2025-03-03', 1, 1, 10],
        ['2025-W11', '2025-03-10', 2, 0.5, 50],
      ],
    );
    const cet = weeklyTrend(attempts, { now, utcOffset: 60, weeks: 3 });
    assert.deepEqual(cet.map((w) => w.attempts), [1, 0, 3]);
    assert.equal(cet[1]?.solveRate, null);
  });

  describe('weakest round', () => {
    const only: readonly Round[] = ['coding', 'data', 'metrics'];
    it('is null without any finished attempt', () => {
      assert.equal(weakestRound([]), null);
      assert.equal(weakestRound([att('2025-03-01T10:00:00Z', { endedAt: null })]), null);
    });
    it('is the lowest average score among rounds with at least N attempts', () => {
      const attempts = [
        ...[70, 80, 90].map((score) => att('2025-03-01T10:00:00Z', { round: 'coding', score })),
        ...[30, 50, 40].map((score) => att('2025-03-01T10:00:00Z', { round: 'data', score })),
        ...[0, 0].map((score) => att('2025-03-01T10:00:00Z', { round: 'metrics', score })), // only 2: not judged
      ];
      assert.deepEqual(weakestRound(attempts, { rounds: ['coding', 'data', 'metrics'], minAttemptsForWeakest: 3 }), { round: 'data', reason: 'lowest-score', attempts: 3, averageScore: 40 });
    });
    it('counts rounds never practised as weakest once there is any history, in ROUNDS order', () => {
      const attempts = [att('2025-03-01T10:00:00Z', { round: 'coding', score: 100 })];
      assert.deepEqual(weakestRound(attempts, { rounds: only }), { round: 'metrics', reason: 'never-practised', attempts: 0, averageScore: null });
      assert.equal(weakestRound(attempts)?.round, 'concepts');
    });
    it('breaks ties by solve rate, then fewer attempts, then ROUNDS order', () => {
      const three = (round: Round, verdict: 'pass' | 'fail') => [1, 2, 3].map(() => att('2025-03-01T10:00:00Z', { round, score: 50, verdict }));
      const r: readonly Round[] = ['coding', 'data', 'metrics'];
      assert.equal(weakestRound([...three('coding', 'pass'), ...three('data', 'fail'), ...three('metrics', 'pass')], { rounds: r })?.round, 'data');
      assert.equal(weakestRound([...three('coding', 'pass'), ...three('metrics', 'pass'), ...three('data', 'pass'), att('2025-03-01T10:00:00Z', { round: 'data', score: 50 })], { rounds: r })?.round, 'coding');
      const zero = [1, 2, 3].map(() => att('2025-03-01T10:00:00Z', { round: 'coding', score: 0, verdict: 'fail' }));
      assert.equal(weakestRound(zero, { rounds: ['coding', 'data'] })?.round, 'data', 'never practised (0 attempts) before a practised round at 0');
    });
  });

  describe('streak', () => {
    const now = new Date('2025-03-12T20:00:00Z');
    it('counts consecutive local days ending today', () => {
      const s = streak([att('2025-03-12T08:00:00Z'), att('2025-03-11T08:00:00Z'), att('2025-03-11T09:00:00Z'), att('2025-03-10T08:00:00Z'), att('2025-03-08T08:00:00Z')], { now, utcOffset: 0 });
      assert.deepEqual(s, { days: 3, lastDay: '2025-03-12', includesToday: true, longest: 3 });
    });
    it('still holds when the last practice was yesterday, and is 0 after a missed day', () => {
      assert.deepEqual(streak([att('2025-03-11T08:00:00Z'), att('2025-03-10T08:00:00Z')], { now, utcOffset: 0 }), { days: 2, lastDay: '2025-03-11', includesToday: false, longest: 2 });
      assert.equal(streak([att('2025-03-10T08:00:00Z'), att('2025-03-09T08:00:00Z')], { now, utcOffset: 0 }).days, 0);
      assert.equal(streak([att('2025-03-10T08:00:00Z'), att('2025-03-09T08:00:00Z')], { now, utcOffset: 0 }).longest, 2);
    });
    it('uses the injected time zone for day boundaries', () => {
      // 23:30 UTC on the 11th is already the 12th at UTC+1: today there, yesterday in UTC.
      const attempts = [att('2025-03-11T23:30:00Z'), att('2025-03-10T12:00:00Z')];
      assert.deepEqual(streak(attempts, { now, utcOffset: 0 }), { days: 2, lastDay: '2025-03-11', includesToday: false, longest: 2 });
      assert.deepEqual(streak(attempts, { now, utcOffset: 60 }), { days: 1, lastDay: '2025-03-12', includesToday: true, longest: 1 });
    });
    it('counts running attempts and ignores future-dated ones', () => {
      assert.equal(streak([att('2025-03-12T08:00:00Z', { endedAt: null })], { now, utcOffset: 0 }).days, 1);
      assert.equal(streak([att('2025-03-14T08:00:00Z')], { now, utcOffset: 0 }).days, 0);
    });
  });

  it('computeStats bundles overall, rounds, trend, weakest and streak', () => {
    const s = computeStats([att('2025-03-12T08:00:00Z', { round: 'nuances', score: 50 })], { now: new Date('2025-03-12T20:00:00Z'), utcOffset: 0, weeks: 4, rounds: ['nuances'], minAttemptsForWeakest: 1 });
    assert.equal(s.overall.attempts, 1);
    assert.equal(s.rounds.nuances.averageScore, 50);
    assert.equal(s.trend.length, 4);
    assert.deepEqual(s.weakest, { round: 'nuances', reason: 'lowest-score', attempts: 1, averageScore: 50 });
    assert.equal(s.streak.days, 1);
  });

  it('problem status: solved once any attempt passed, attempted otherwise, new without attempts', () => {
    const statuses = problemStatuses([
      { problemId: 'a', verdict: 'fail' },
      { problemId: 'a', verdict: 'pass' },
      { problemId: 'a', verdict: 'incomplete' },
      { problemId: 'b', verdict: 'incomplete' },
    ]);
    assert.equal(problemStatus(statuses, 'a'), 'solved');
    assert.equal(problemStatus(statuses, 'b'), 'attempted');
    assert.equal(problemStatus(statuses, 'c'), 'new');
  });
});
