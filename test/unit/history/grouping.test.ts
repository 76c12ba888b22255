import * as assert from 'node:assert/strict';
import type { AttemptSummary } from '../../../src/core/history/model';
import { groupAttempts, localDateKey } from '../../../src/core/history/grouping';

function attempt(id: string, problemId: string, startedAt: string, withCode = true): AttemptSummary {
  return {
    id, problemId, kind: 'coding', round: 'concepts', title: problemId.toUpperCase(), difficulty: 'easy', language: 'python',
    startedAt, endedAt: startedAt, budgetMs: 600_000, timeUsedMs: 1000, pausedMs: 0, overtime: false, overtimeMs: 0,
    verdict: 'pass', passed: 1, total: 1, score: 100, hintsUsed: 0, interviewMode: true, selfRating: null, note: null,
    runCount: 1, submitCount: 1, snapshotRuns: withCode ? [0] : [], clarificationsAsked: null, keyQuestionsAsked: null,
  };
}

describe('past attempts grouping', () => {
  const list = [
    attempt('a1', 'softmax', '2026-11-20T10:00:00.000Z'),
    attempt('b1', 'psi', '2026-11-21T10:00:00.000Z'),
    attempt('a2', 'softmax', '2026-11-22T10:00:00.000Z', false),
    attempt('a3', 'softmax', '2026-11-23T10:00:00.000Z'),
  ];

  it('groups by problem, newest first, with the previous attempt that has code', () => {
    const g = groupAttempts(list, 'problem');
    assert.deepEqual(g.groups.map((x) => x.key), ['softmax', 'psi']);
    assert.deepEqual(g.groups[0]?.attempts.map((x) => x.id), ['a3', 'a2', 'a1']);
    assert.equal(g.previous.get('a3')?.id, 'a1', 'a2 has no code: skipped');
    assert.equal(g.previous.get('a2')?.id, 'a1');
    assert.equal(g.previous.get('a1'), undefined);
    assert.equal(g.previous.get('b1'), undefined);
  });

  it('groups by local day', () => {
    const g = groupAttempts(list, 'day', (key) => `day ${key}`);
    assert.equal(g.groups.length, 4);
    assert.equal(g.groups[0]?.label, `day ${localDateKey('2026-11-23T10:00:00.000Z')}`);
    assert.equal(localDateKey('2026-11-23T23:30:00.000Z', () => 60), '2026-11-24');
    assert.equal(localDateKey('2026-11-23T00:30:00.000Z', () => -60), '2026-11-22');
  });

  it('links every attempt of 10,000 to its predecessor', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => attempt(`x${i}`, `p${i % 97}`, new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString()));
    const g = groupAttempts(many, 'problem');
    assert.equal(g.groups.length, 97);
    assert.equal(g.previous.size, 10_000 - 97);
  });
});
