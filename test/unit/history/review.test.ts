import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reviewSchedule as legacySchedule } from '../../../src/core/history/legacyReview';
import type { ReviewAttempt, ReviewCache } from '../../../src/core/history/review';
import { MAX_INTERVAL_DAYS, dueReviews, migrateLegacySchedule, reviewRating, reviewSchedule } from '../../../src/core/history/review';
import { REVIEW_STATE_FILE, openReviewState } from '../../../src/core/history/reviewState';

const DAY = 86_400_000;
const T = Date.parse('2025-03-01T10:00:00Z');
let n = 0;

type How = 'clean' | 'fail' | 'hints' | 'overtime' | 'running' | 'none';
function att(problemId: string, dayOffset: number, outcome: How): ReviewAttempt {
  const at = new Date(T + dayOffset * DAY).toISOString();
  return {
    id: `R${String(++n).padStart(5, '0')}`,
    problemId,
    kind: 'coding',
    selfRating: null,
    verdict: outcome === 'fail' ? 'fail' : outcome === 'none' ? 'incomplete' : 'pass',
    hintsUsed: outcome === 'hints' ? 2 : 0,
    overtime: outcome === 'overtime',
    startedAt: at,
    endedAt: outcome === 'running' ? null : at,
  };
}

function card(problemId: string, dayOffset: number, grade: 1 | 2 | 3 | 4 | null): ReviewAttempt {
  const at = new Date(T + dayOffset * DAY).toISOString();
  return { id: `R${String(++n).padStart(5, '0')}`, problemId, kind: 'concept', selfRating: grade, verdict: grade !== null && grade >= 3 ? 'pass' : 'fail', hintsUsed: 0, overtime: false, startedAt: at, endedAt: at };
}

const dueDay = (dueAt: string): number => (Date.parse(dueAt) - T) / DAY;

describe('history review queue (FSRS)', () => {
  it('maps problem outcomes and card grades to FSRS ratings', () => {
    assert.deepEqual(reviewRating(att('p', 0, 'fail')), { rating: 1, reason: 'failed' });
    assert.deepEqual(reviewRating(att('p', 0, 'none')), { rating: 1, reason: 'failed' });
    assert.deepEqual(reviewRating(att('p', 0, 'hints')), { rating: 2, reason: 'solved-with-hints' });
    assert.deepEqual(reviewRating(att('p', 0, 'overtime')), { rating: 2, reason: 'solved-over-time' });
    assert.deepEqual(reviewRating(att('p', 0, 'clean')), { rating: 3, reason: 'review' });
    for (const g of [1, 2, 3, 4] as const) assert.deepEqual(reviewRating(card('explain-x', 0, g)), { rating: g, reason: 'card' });
    assert.equal(reviewRating(card('explain-x', 0, null)), undefined, 'a card attempt without a grade is no review');
  });

  it('first reviews come back after 1 (again), 2 (hard), 3 (good) and 8 (easy) days', () => {
    const s = reviewSchedule([att('f', 0, 'fail'), att('h', 0, 'hints'), att('o', 0, 'overtime'), card('explain-g', 0, 3), card('explain-e', 0, 4), card('explain-a', 0, 1)]);
    assert.deepEqual(
      s.map((e) => [e.problemId, dueDay(e.dueAt), e.reason]),
      [
        ['explain-a', 1, 'card'],
        ['f', 1, 'failed'],
        ['h', 2, 'solved-with-hints'],
        ['o', 2, 'solved-over-time'],
        ['explain-g', 3, 'card'],
        ['explain-e', 8, 'card'],
      ],
    );
  });

  it('a problem only ever solved cleanly never enters the queue; an ungraded card does not either', () => {
    assert.deepEqual(reviewSchedule([att('p', 0, 'clean'), att('p', 5, 'clean'), card('explain-u', 0, null)]), []);
  });

  it('clean solves stretch the interval and a failure shrinks it again', () => {
    const h = [att('p', 0, 'fail')];
    let due = dueDay(reviewSchedule(h)[0].dueAt);
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      h.push(att('p', due, 'clean'));
      const next = dueDay(reviewSchedule(h)[0].dueAt);
      gaps.push(next - due);
      due = next;
    }
    for (let i = 1; i < gaps.length; i++) assert.ok(gaps[i] > gaps[i - 1], `intervals grow: ${gaps.join(', ')}`);
    h.push(att('p', due, 'fail'));
    const after = reviewSchedule(h)[0];
    assert.ok(dueDay(after.dueAt) - due < gaps[gaps.length - 1], 'a lapse gives a shorter interval');
    assert.equal(after.lapses, 1);
  });

  it('a cached refresh gives the same schedule and recomputes an item whose attempts changed', () => {
    const cache: ReviewCache = new Map();
    const h = [att('p', 0, 'fail'), att('q', 0, 'hints'), card('explain-z', 0, 3)];
    assert.deepEqual(reviewSchedule(h, undefined, cache), reviewSchedule(h));
    const more = [...h, att('p', 2, 'clean')];
    assert.deepEqual(reviewSchedule(more, undefined, cache), reviewSchedule(more));
    const dueOfP = (s: ReturnType<typeof reviewSchedule>): string | undefined => s.find((e) => e.problemId === 'p')?.dueAt;
    assert.notEqual(dueOfP(reviewSchedule(more, undefined, cache)), dueOfP(reviewSchedule(h)), 'the new attempt of p is applied');
  });

  it('never schedules beyond the maximum interval', () => {
    const h = [card('explain-m', 0, 4)];
    for (let i = 0; i < 12; i++) h.push(card('explain-m', dueDay(reviewSchedule(h)[0].dueAt), 4));
    const e = reviewSchedule(h)[0];
    assert.ok(e.intervalDays <= MAX_INTERVAL_DAYS, `interval ${e.intervalDays}`);
  });

  it('due items: only those at or past their due time, most overdue first', () => {
    const h = [att('a', 0, 'fail'), att('b', 0, 'hints'), card('explain-c', 0, 4)];
    assert.deepEqual(dueReviews(h, new Date(T + 0.5 * DAY)), []);
    assert.deepEqual(
      dueReviews(h, new Date(T + 3 * DAY)).map((d) => [d.problemId, d.overdueDays]),
      [
        ['a', 2],
        ['b', 1],
      ],
    );
  });

  it('BATTERY 104: migration keeps every due date of the earlier schedule exactly, and later attempts apply on top', () => {
    const h = [att('p', 0, 'fail'), att('p', 1, 'clean'), att('p', 4, 'clean'), att('q', 0, 'hints'), att('r', 0, 'clean'), att('s', 2, 'overtime')];
    const now = new Date(T + 5 * DAY);
    const legacy = legacySchedule(h);
    const baseline = migrateLegacySchedule(h, now);
    const migrated = reviewSchedule(h, baseline);
    assert.deepEqual(
      migrated.map((e) => [e.problemId, e.dueAt]),
      legacy.map((e) => [e.problemId, e.dueAt]),
    );
    assert.equal(baseline.cards.p.state, 'review');
    assert.equal(baseline.cards.q.state, 'relearning');
    // An attempt after the migration is an FSRS review of the migrated card; earlier ones are not replayed.
    const later = [...h, att('q', 6, 'fail')];
    const q = reviewSchedule(later, baseline).find((e) => e.problemId === 'q');
    assert.equal(q?.dueAt, new Date(T + 7 * DAY).toISOString());
    assert.equal(reviewSchedule(later, baseline).find((e) => e.problemId === 'p')?.dueAt, legacy.find((e) => e.problemId === 'p')?.dueAt);
  });

  describe('stored review state', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'mlprep-review-'));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('migrates once, then reads the stored cards (a later start does not migrate again)', async () => {
      const h = [att('p', 0, 'fail')];
      const first = await openReviewState(root, h, new Date(T + DAY / 2));
      assert.equal(first.migrated, true);
      assert.equal(first.baseline.cards.p.due, new Date(T + DAY).toISOString());
      const second = await openReviewState(root, [...h, att('p', 1, 'fail')], new Date(T + 10 * DAY));
      assert.equal(second.migrated, false);
      assert.deepEqual(second.baseline, first.baseline);
    });

    it('BATTERY 103: a damaged state file is set aside with the reason, and the state is rebuilt from the attempts', async () => {
      writeFileSync(join(root, REVIEW_STATE_FILE), '{"version": 1, "migratedAt": "yesterday", "cards": {}}');
      const opened = await openReviewState(root, [att('p', 0, 'fail')], new Date(T + DAY / 2));
      assert.equal(opened.migrated, true);
      assert.match(opened.problem?.reason ?? '', /migratedAt/);
      assert.ok(readdirSync(root).some((f) => f.startsWith(`${REVIEW_STATE_FILE}.bad-`)), 'the damaged file is kept beside');
      assert.equal(JSON.parse(readFileSync(join(root, REVIEW_STATE_FILE), 'utf8')).cards.p.due, new Date(T + DAY).toISOString());
    });
  });
});
