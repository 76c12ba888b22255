/**
 * The debrief of a mock loop: the facts (per round verdict, score, coverage, time against
 * budget, hints; the round that ran over most; the weakest signal) and the suggested focus for
 * next week, from this loop, the self-ratings and the history.
 */
import type { LoopRecord, LoopRound, Ratings } from '../history/loopRecord';
import { COMPONENTS, COMPONENT_TITLES, ROUND_COMPONENT, type Component, type Round } from '../vocabulary';

export interface DebriefFacts {
  readonly rounds: readonly (LoopRound & { overMs: number; component: Component })[];
  /** The round with the largest overrun; null when no round ran over. */
  readonly mostOver: { index: number; overMs: number } | null;
  /** The round with the lowest score (ties: the earlier round). */
  readonly weakest: { index: number; score: number; component: Component } | null;
  readonly totalBudgetMs: number;
  readonly totalUsedMs: number;
}

export function debriefFacts(loop: Pick<LoopRecord, 'rounds'>): DebriefFacts {
  const rounds = loop.rounds.map((r) => ({ ...r, overMs: Math.max(0, r.timeUsedMs - r.budgetMs), component: ROUND_COMPONENT[r.round] }));
  let mostOver: DebriefFacts['mostOver'] = null;
  let weakest: DebriefFacts['weakest'] = null;
  rounds.forEach((r, index) => {
    if (r.overMs > 0 && (!mostOver || r.overMs > mostOver.overMs)) mostOver = { index, overMs: r.overMs };
    if (!weakest || r.score < weakest.score) weakest = { index, score: r.score, component: r.component };
  });
  return {
    rounds,
    mostOver,
    weakest,
    totalBudgetMs: rounds.reduce((n, r) => n + r.budgetMs, 0),
    totalUsedMs: rounds.reduce((n, r) => n + r.timeUsedMs, 0),
  };
}

/**
 * The component to focus on next week: the lowest combined signal of this loop's scores
 * (weight 0.5; a round that ran over counts 15 points lower), the self-ratings (0.3; 1–4
 * mapped to 0–100) and the history's average score (0.2). Components without any signal are
 * skipped; ties go to the earlier component of the five.
 */
export function debriefFocus(
  loop: Pick<LoopRecord, 'rounds'>,
  ratings: Ratings,
  historyScores: Partial<Record<Round, number | null>>,
): { component: Component; reason: string } {
  const loopScores = new Map<Component, number[]>();
  for (const r of loop.rounds) {
    const c = ROUND_COMPONENT[r.round];
    const penalty = r.timeUsedMs > r.budgetMs ? 15 : 0;
    loopScores.set(c, [...(loopScores.get(c) ?? []), Math.max(0, r.score - penalty)]);
  }
  const historyByComponent = new Map<Component, number[]>();
  for (const [round, score] of Object.entries(historyScores) as [Round, number | null][]) {
    if (score === null || score === undefined) continue;
    const c = ROUND_COMPONENT[round];
    historyByComponent.set(c, [...(historyByComponent.get(c) ?? []), score]);
  }
  const avg = (xs: readonly number[] | undefined): number | undefined => (xs && xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);
  let best: { component: Component; value: number; parts: string[] } | undefined;
  for (const c of COMPONENTS) {
    const signals: { value: number; weight: number; text: string }[] = [];
    const l = avg(loopScores.get(c));
    if (l !== undefined) signals.push({ value: l, weight: 0.5, text: `scored ${Math.round(l)} in this loop` });
    const rating = ratings[c];
    if (rating !== undefined) signals.push({ value: ((rating - 1) / 3) * 100, weight: 0.3, text: `self-rated ${rating}/4` });
    const h = avg(historyByComponent.get(c));
    if (h !== undefined) signals.push({ value: h, weight: 0.2, text: `averages ${Math.round(h)} in the history` });
    if (!signals.length) continue;
    const w = signals.reduce((n, s) => n + s.weight, 0);
    const value = signals.reduce((n, s) => n + s.value * s.weight, 0) / w;
    if (!best || value < best.value) best = { component: c, value, parts: signals.map((s) => s.text) };
  }
  if (!best) return { component: 'coding', reason: 'No signal yet: start with ML coding.' };
  return { component: best.component, reason: `${COMPONENT_TITLES[best.component]}: ${best.parts.join(', ')}.` };
}
