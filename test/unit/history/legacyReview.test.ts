import * as assert from 'node:assert/strict';
import type { ReviewAttempt } from '../../../src/core/history/legacyReview';
import { MAX_INTERVAL_DAYS, dueReviews, nextSchedule, reviewSchedule } from '../../../src/core/history/legacyReview';

const DAY = 86_400_000;
const T = Date.parse('2025-03-01T10:00:00Z');
let n = 0;

function att(problemId: string, dayOffset: number, outcome: 'clean' | 'fail' | 'hints' | 'overtime' | 'running' | 'none'): ReviewAttempt {
  const at = new Date(T + dayOffset * DAY).toISOString();
  return {
    id: `R${String(++n).padStart(5, '0')}`,
    problemId,
    verdict: outcome === 'fail' ? 'fail' : outcome === 'none' ? 'incomplete' : 'pass',
    hintsUsed: outcome === 'hints' ? 2 : 0,
    overtime: outcome === 'overtime',
    startedAt: at,
    endedAt: outcome === 'running' ? null : at,
  };
}

const dueDay = (dueAt: string) => (Date.parse(dueAt) - T) / DAY;

describe('history legacy review schedule (migration source)', () => {
  it('a problem only ever solved cleanly never enters the queue', () => {
    assert.deepEqual(reviewSchedule([att('p', 0, 'clean'), att('p', 5, 'clean')]), []);
  });

  it('a failure comes back after 1 day, a solve with hints or over time after 2', () => {
    const schedule = reviewSchedule([att('f', 0, 'fail'), att('h', 0, 'hints'), att('o', 0, 'overtime'), att('n', 0, 'none')]);
    assert.deepEqual(
      schedule.map((e) => [e.problemId, dueDay(e.dueAt), e.reason]),
      [
        ['f', 1, 'failed'],
        ['n', 1, 'failed'],
        ['h', 2, 'solved-with-hints'],
        ['o', 2, 'solved-over-time'],
      ],
    );
  });

  it('each clean solve grows the interval: 3 days, 7 days, then × ease', () => {
    const attempts = [att('p', 0, 'fail'), att('p', 1, 'clean'), att('p', 4, 'clean'), att('p', 11, 'clean')];
    const [e] = reviewSchedule(attempts);
    assert.ok(e);
    // ease: 2.5 − 0.2 = 2.3, then +0.1 per clean solve: 2.4, 2.5 → third interval = round(7 × 2.5) = 18
    assert.deepEqual([e.intervalDays, e.ease, e.cleanSolvesInRow, e.reason], [18, 2.6, 3, 'review']);
    assert.equal(dueDay(e.dueAt), 11 + 18);
    assert.deepEqual(
      [1, 2, 3].map((k) => reviewSchedule(attempts.slice(0, k + 1))[0]?.intervalDays),
      [3, 7, 18],
    );
  });

  it('a lapse resets the climb and lowers the ease (not below 1.3); intervals stop at 180 days', () => {
    const [e] = reviewSchedule([att('p', 0, 'fail'), att('p', 1, 'clean'), att('p', 4, 'clean'), att('p', 11, 'fail')]);
    assert.deepEqual([e?.intervalDays, e?.ease, e?.cleanSolvesInRow, e?.reason], [1, 2.3, 0, 'failed']);
    let s = { intervalDays: 1, ease: 1.3, cleanSolvesInRow: 0 };
    s = nextSchedule(s, 'failed');
    assert.equal(s.ease, 1.3);
    for (let i = 0; i < 20; i++) s = nextSchedule(s, 'clean');
    assert.equal(s.intervalDays, MAX_INTERVAL_DAYS);
    assert.equal(s.ease, 3);
  });

  it('dueReviews returns what is due at now, most overdue first, ignoring running attempts', () => {
    const attempts = [att('a', 0, 'fail'), att('b', 3, 'fail'), att('c', 0, 'hints'), att('d', 5, 'running'), att('e', 4, 'fail')];
    const now = new Date(T + 4.5 * DAY);
    const due = dueReviews(attempts, now);
    assert.deepEqual(
      due.map((d) => [d.problemId, d.overdueDays, d.reason]),
      [
        ['a', 3, 'failed'],
        ['c', 2, 'solved-with-hints'],
        ['b', 0, 'failed'],
      ],
    );
    assert.equal(due[0]?.lastAttemptAt, new Date(T).toISOString());
    assert.deepEqual(dueReviews(attempts, new Date(T)), []);
  });
});
