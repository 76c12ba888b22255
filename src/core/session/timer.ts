/**
 * Countdown timer of a practice session, as a pure state machine on an injected clock.
 *
 * The timer stores a deadline (epoch ms), never a tick count, so that the remaining time
 * survives a window reload, a laptop sleep or a missed tick: remaining = deadline − now.
 * While paused it stores the remaining time instead. Hint penalties move the deadline.
 */

export type Clock = () => number;

export type TimerState =
  | { readonly status: 'running'; readonly budgetMs: number; readonly deadline: number; readonly pausedMs: number; readonly penaltyMs: number }
  | { readonly status: 'paused'; readonly budgetMs: number; readonly remainingMs: number; readonly pausedAt: number; readonly pausedMs: number; readonly penaltyMs: number }
  | { readonly status: 'stopped'; readonly budgetMs: number; readonly remainingMs: number; readonly pausedMs: number; readonly penaltyMs: number };

export function startTimer(budgetMs: number, now: number): TimerState {
  if (!Number.isFinite(budgetMs) || budgetMs <= 0) throw new RangeError(`time budget must be a positive number of ms, got ${budgetMs}`);
  return { status: 'running', budgetMs, deadline: now + budgetMs, pausedMs: 0, penaltyMs: 0 };
}

/** Remaining ms; negative once the deadline has passed (overtime). */
export function remainingMs(state: TimerState, now: number): number {
  return state.status === 'running' ? state.deadline - now : state.remainingMs;
}

export function isOvertime(state: TimerState, now: number): boolean {
  return remainingMs(state, now) < 0;
}

/** Time used so far, excluding paused time; hint penalties count as used. */
export function usedMs(state: TimerState, now: number): number {
  return state.budgetMs - remainingMs(state, now);
}

export function pause(state: TimerState, now: number): TimerState {
  if (state.status !== 'running') return state;
  return {
    status: 'paused',
    budgetMs: state.budgetMs,
    remainingMs: state.deadline - now,
    pausedAt: now,
    pausedMs: state.pausedMs,
    penaltyMs: state.penaltyMs,
  };
}

export function resume(state: TimerState, now: number): TimerState {
  if (state.status !== 'paused') return state;
  return {
    status: 'running',
    budgetMs: state.budgetMs,
    deadline: now + state.remainingMs,
    pausedMs: state.pausedMs + Math.max(0, now - state.pausedAt),
    penaltyMs: state.penaltyMs,
  };
}

export function stop(state: TimerState, now: number): TimerState {
  if (state.status === 'stopped') return state;
  const paused = state.status === 'paused' ? state.pausedMs + Math.max(0, now - state.pausedAt) : state.pausedMs;
  return { status: 'stopped', budgetMs: state.budgetMs, remainingMs: remainingMs(state, now), pausedMs: paused, penaltyMs: state.penaltyMs };
}

/** Takes `ms` off the clock (a hint's cost). A stopped timer is not changed. */
export function penalize(state: TimerState, ms: number): TimerState {
  if (ms <= 0 || state.status === 'stopped') return state;
  if (state.status === 'running') return { ...state, deadline: state.deadline - ms, penaltyMs: state.penaltyMs + ms };
  return { ...state, remainingMs: state.remainingMs - ms, penaltyMs: state.penaltyMs + ms };
}
