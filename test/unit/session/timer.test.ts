import * as assert from 'node:assert/strict';
import { formatClock } from '../../../src/core/format';
import { isOvertime, pause, penalize, remainingMs, resume, startTimer, stop, usedMs } from '../../../src/core/session/timer';
import { budgetMinutes, monotonicWallClock, parseSessionRecord } from '../../../src/core/session/session';

describe('session timer (injected clock)', () => {
  it('counts down from the budget by the clock', () => {
    const t = startTimer(15 * 60_000, 1_000);
    assert.equal(remainingMs(t, 1_000), 900_000);
    assert.equal(remainingMs(t, 61_000), 840_000);
    assert.equal(usedMs(t, 61_000), 60_000);
  });

  it('rejects a non-positive budget', () => {
    assert.throws(() => startTimer(0, 0), RangeError);
    assert.throws(() => startTimer(Number.NaN, 0), RangeError);
  });

  it('pause freezes the remaining time; resume continues from it and counts paused time', () => {
    let t = startTimer(600_000, 0);
    t = pause(t, 100_000);
    assert.equal(remainingMs(t, 100_000), 500_000);
    assert.equal(remainingMs(t, 400_000), 500_000, 'no time passes while paused');
    t = resume(t, 400_000);
    assert.equal(remainingMs(t, 410_000), 490_000);
    assert.equal(t.pausedMs, 300_000);
    assert.equal(pause(pause(t, 1), 2).status, 'paused', 'pause twice is pause');
    assert.equal(resume(t, 5), t, 'resume while running is a no-op');
  });

  it('BATTERY 33: remaining time comes from the persisted deadline, not from ticks', () => {
    const t = startTimer(600_000, 10_000);
    const stored = JSON.parse(JSON.stringify(t)) as typeof t;
    // A "reload" 90 s later, with no ticks in between (sleep, missed timers): same answer.
    assert.equal(remainingMs(stored, 100_000), remainingMs(t, 100_000));
    assert.equal(remainingMs(stored, 100_000), 510_000);
  });

  it('BATTERY 33: a wall-clock jump does not move a running deadline within a process', () => {
    let wall = 1_000_000;
    let mono = 50;
    const clock = monotonicWallClock(() => wall, () => mono);
    const t = startTimer(60_000, clock());
    mono += 10_000;
    wall += 3_600_000; // the system clock jumps an hour ahead
    assert.equal(remainingMs(t, clock()), 50_000);
    wall -= 7_200_000; // and two hours back
    assert.equal(remainingMs(t, clock()), 50_000);
  });

  it('overtime goes negative and is flagged; nothing is locked', () => {
    const t = startTimer(60_000, 0);
    assert.equal(isOvertime(t, 59_999), false);
    assert.equal(isOvertime(t, 60_001), true);
    assert.equal(formatClock(remainingMs(t, 125_000)), '+01:05');
  });

  it('a hint penalty moves the deadline (running) or the remaining time (paused)', () => {
    let t = startTimer(600_000, 0);
    t = penalize(t, 120_000);
    assert.equal(remainingMs(t, 0), 480_000);
    t = penalize(pause(t, 0), 60_000);
    assert.equal(remainingMs(t, 0), 420_000);
    assert.equal(t.penaltyMs, 180_000);
    const stopped = stop(t, 0);
    assert.equal(penalize(stopped, 1000), stopped, 'a stopped timer is final');
  });

  it('formats mm:ss, rounding toward the deadline', () => {
    assert.equal(formatClock(900_000), '15:00');
    assert.equal(formatClock(1), '00:01');
    assert.equal(formatClock(0), '00:00');
    assert.equal(formatClock(-999), '00:00');
    assert.equal(formatClock(-1000), '+00:01');
    assert.equal(formatClock(3_600_000 * 2), '120:00');
  });

  it('stop keeps the remaining time and folds in paused time', () => {
    const t = stop(pause(startTimer(600_000, 0), 100_000), 160_000);
    assert.equal(t.status, 'stopped');
    assert.equal(remainingMs(t, 999_999), 500_000);
    assert.equal(t.pausedMs, 60_000);
  });
});

describe('session record', () => {
  const valid = {
    version: 1,
    problemId: 'stable-softmax',
    language: 'python',
    solutionPath: '/tmp/x/solution.py',
    startedAt: 1,
    timer: { status: 'running', budgetMs: 600_000, deadline: 600_001, pausedMs: 0, penaltyMs: 0 },
    hints: [],
    interviewMode: true,
    overtimeNotified: false,
  };

  it('parses a valid stored record', () => {
    assert.equal(parseSessionRecord(valid)?.problemId, 'stable-softmax');
  });

  it('rejects damaged or foreign state instead of crashing', () => {
    assert.equal(parseSessionRecord(undefined), undefined);
    assert.equal(parseSessionRecord('garbage'), undefined);
    assert.equal(parseSessionRecord({ ...valid, version: 2 }), undefined);
    assert.equal(parseSessionRecord({ ...valid, problemId: '../etc' }), undefined);
    assert.equal(parseSessionRecord({ ...valid, timer: { status: 'running', budgetMs: -1, deadline: 0, pausedMs: 0, penaltyMs: 0 } }), undefined);
  });

  it('budget: fixed setting, then per-difficulty, then the problem’s suggestion', () => {
    const p = { suggestedMinutes: 20, difficulty: 'medium' as const };
    assert.equal(budgetMinutes(p, {}), 20);
    assert.equal(budgetMinutes(p, { perDifficulty: { medium: 30 } }), 30);
    assert.equal(budgetMinutes(p, { fixedMinutes: 45, perDifficulty: { medium: 30 } }), 45);
    assert.equal(budgetMinutes(p, { fixedMinutes: null, perDifficulty: { easy: 5 } }), 20);
    assert.equal(budgetMinutes(p, { fixedMinutes: -3 }), 20);
  });
});
