/**
 * The weekly study plan: from the self-assessment of the five components (1–5), the history,
 * the review queue and the target level, concrete items for the week (problem ids, a design
 * prompt, a behavioral story to write, one mock loop), each ticked off when it is done.
 *
 * Order: the components by self-rating, lowest first; equal ratings follow the level's
 * weighting (mid: coding and concepts first; senior and staff: design and behavioral first);
 * an unrated component counts as 3. The lowest-rated component gets three items, the next
 * two, the others one; reviews due come right after the first component's items, and the mock
 * loop closes the list.
 */
import { z } from 'zod';
import { COMPONENTS, COMPONENT_TITLES, roundsOfComponent, ROUND_COMPONENT, type Component, type ProblemKind, type Round, type TargetLevel } from '../vocabulary';

export const selfAssessmentSchema = z
  .object({
    coding: z.int().min(1).max(5),
    concepts: z.int().min(1).max(5),
    data: z.int().min(1).max(5),
    design: z.int().min(1).max(5),
    behavioral: z.int().min(1).max(5),
  })
  .strict();
export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;

export type StudyItemKind = 'problem' | 'review' | 'design-prompt' | 'story' | 'mock-loop';

export interface StudyItem {
  readonly round: Round;
  readonly kind: StudyItemKind;
  readonly problemId?: string;
  readonly reason: string;
  readonly done: boolean;
}

export interface StudyPlan {
  /** Monday of the week, `YYYY-MM-DD` (local calendar of the offset given). */
  readonly weekOf: string;
  readonly level: TargetLevel;
  readonly items: readonly StudyItem[];
}

export interface PlanProblem {
  readonly id: string;
  readonly round: Round;
  readonly kind: ProblemKind;
  readonly title: string;
}

export interface PlanAttempt {
  readonly problemId: string;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly verdict: 'pass' | 'fail' | 'incomplete';
  readonly score: number;
}

export interface PlanLoop {
  readonly startedAt: string;
  readonly status: 'running' | 'completed' | 'abandoned';
}

const LEVEL_ORDER: Readonly<Record<TargetLevel, readonly Component[]>> = {
  mid: ['coding', 'concepts', 'data', 'design', 'behavioral'],
  senior: ['design', 'behavioral', 'coding', 'concepts', 'data'],
  staff: ['design', 'behavioral', 'data', 'coding', 'concepts'],
};

/** Monday 00:00 of the week of `now` in a zone `utcOffsetMinutes` east of UTC, as `YYYY-MM-DD`, and its epoch ms. */
export function weekStart(now: number, utcOffsetMinutes = 0): { weekOf: string; startMs: number; endMs: number } {
  const local = new Date(now + utcOffsetMinutes * 60_000);
  const day = (local.getUTCDay() + 6) % 7; // Monday = 0
  const mondayLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - day);
  const startMs = mondayLocal - utcOffsetMinutes * 60_000;
  return { weekOf: new Date(mondayLocal).toISOString().slice(0, 10), startMs, endMs: startMs + 7 * 86_400_000 };
}

/** The components in plan order (see the file comment). */
export function componentOrder(level: TargetLevel, ratings: Partial<SelfAssessment>): Component[] {
  const order = LEVEL_ORDER[level];
  return [...COMPONENTS].sort((a, b) => (ratings[a] ?? 3) - (ratings[b] ?? 3) || order.indexOf(a) - order.indexOf(b));
}

export interface PlanInput {
  readonly level: TargetLevel;
  readonly ratings: Partial<SelfAssessment>;
  readonly problems: readonly PlanProblem[];
  readonly attempts: readonly PlanAttempt[];
  readonly reviewDue: readonly string[];
  readonly loops: readonly PlanLoop[];
  readonly now: number;
  readonly utcOffsetMinutes?: number;
}

/** The items of a new plan (not yet ticked: see `tickPlan`). */
export function buildStudyPlan(input: PlanInput): StudyPlan {
  const { weekOf } = weekStart(input.now, input.utcOffsetMinutes);
  const best = new Map<string, { solved: boolean; score: number }>();
  for (const a of input.attempts) {
    const b = best.get(a.problemId) ?? { solved: false, score: 0 };
    best.set(a.problemId, { solved: b.solved || a.verdict === 'pass', score: Math.max(b.score, a.score) });
  }
  const used = new Set<string>();
  const items: Omit<StudyItem, 'done'>[] = [];
  const pick = (component: Component): PlanProblem | undefined => {
    const rounds = roundsOfComponent(component);
    const candidates = input.problems
      .filter((p) => rounds.includes(p.round) && !used.has(p.id))
      .sort((a, b) => {
        const x = best.get(a.id);
        const y = best.get(b.id);
        return Number(x?.solved ?? false) - Number(y?.solved ?? false) || Number(x !== undefined) - Number(y !== undefined) || (x?.score ?? 0) - (y?.score ?? 0) || rounds.indexOf(a.round) - rounds.indexOf(b.round) || (a.id < b.id ? -1 : 1);
      });
    const chosen = candidates[0];
    if (chosen) used.add(chosen.id);
    return chosen;
  };
  const order = componentOrder(input.level, input.ratings);
  const counts = [3, 2, 1, 1, 1];
  order.forEach((component, rank) => {
    const rating = input.ratings[component];
    const why = rating !== undefined ? `${COMPONENT_TITLES[component]} is self-rated ${rating}/5` : `${COMPONENT_TITLES[component]} is not rated yet`;
    for (let i = 0; i < (counts[rank] ?? 1); i++) {
      const p = pick(component);
      if (!p) break;
      const kind: StudyItemKind = p.kind === 'design' ? 'design-prompt' : p.kind === 'behavioral' ? 'story' : 'problem';
      const what = kind === 'design-prompt' ? `Design: ${p.title}` : kind === 'story' ? `Write the story: ${p.title}` : p.title;
      items.push({ round: p.round, kind, problemId: p.id, reason: `${what} — ${why}${rank === 0 ? ' (lowest first)' : ''}.` });
    }
    if (rank === 0) {
      for (const id of input.reviewDue.slice(0, 2)) {
        const p = input.problems.find((x) => x.id === id);
        if (!p || used.has(id)) continue;
        used.add(id);
        items.push({ round: p.round, kind: 'review', problemId: id, reason: `Review due: ${p.title}.` });
      }
    }
  });
  const loopRound: Round = input.level === 'mid' ? 'coding' : 'design';
  items.push({ round: loopRound, kind: 'mock-loop', reason: `One full ${input.level} mock loop, then its debrief.` });
  return { weekOf, level: input.level, items: items.map((i) => ({ ...i, done: false })) };
}

/** Ticks off what was done in the plan's week: a problem attempted to its end, a loop completed. */
export function tickPlan(plan: StudyPlan, attempts: readonly PlanAttempt[], loops: readonly PlanLoop[], utcOffsetMinutes = 0): StudyPlan {
  const startMs = Date.parse(`${plan.weekOf}T00:00:00Z`) - utcOffsetMinutes * 60_000;
  const endMs = startMs + 7 * 86_400_000;
  const inWeek = (iso: string): boolean => {
    const t = Date.parse(iso);
    return t >= startMs && t < endMs;
  };
  const doneProblems = new Set(attempts.filter((a) => a.endedAt !== null && inWeek(a.startedAt)).map((a) => a.problemId));
  const loopDone = loops.some((l) => l.status === 'completed' && inWeek(l.startedAt));
  return { ...plan, items: plan.items.map((i) => ({ ...i, done: i.kind === 'mock-loop' ? loopDone : i.problemId !== undefined && doneProblems.has(i.problemId) })) };
}

/** Stored plans and self-assessments, per week (what `showStudyPlan` compares week over week). */
export const planStateSchema = z.object({
  version: z.literal(1),
  plans: z.array(
    z.object({
      weekOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      level: z.enum(['mid', 'senior', 'staff']),
      basis: z.string(),
      items: z.array(z.object({ round: z.string(), kind: z.enum(['problem', 'review', 'design-prompt', 'story', 'mock-loop']), problemId: z.string().optional(), reason: z.string(), done: z.boolean() })),
    }),
  ),
  assessments: z.array(z.object({ weekOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), ratings: selfAssessmentSchema })),
});
export type PlanState = z.infer<typeof planStateSchema>;

export const EMPTY_PLAN_STATE: PlanState = { version: 1, plans: [], assessments: [] };

export function parsePlanState(raw: unknown): PlanState {
  const parsed = planStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : EMPTY_PLAN_STATE;
}

/** Records a self-assessment for its week (the latest of a week wins); keeps 52 weeks. */
export function withAssessment(state: PlanState, weekOf: string, ratings: SelfAssessment): PlanState {
  const assessments = [...state.assessments.filter((a) => a.weekOf !== weekOf), { weekOf, ratings }].sort((a, b) => (a.weekOf < b.weekOf ? -1 : 1)).slice(-52);
  return { ...state, assessments };
}

/** The latest self-assessment on or before a week. */
export function latestAssessment(state: PlanState, weekOf: string): SelfAssessment | undefined {
  return [...state.assessments].reverse().find((a) => a.weekOf <= weekOf)?.ratings;
}

/**
 * This week's plan: the stored one when it was built from the same level and ratings, else a
 * new one (stored in the returned state). Items are ticked against the history either way.
 */
export function currentPlan(state: PlanState, input: PlanInput): { plan: StudyPlan; state: PlanState } {
  const { weekOf } = weekStart(input.now, input.utcOffsetMinutes);
  const basis = JSON.stringify({ level: input.level, ratings: input.ratings });
  const stored = state.plans.find((p) => p.weekOf === weekOf && p.basis === basis);
  const plan: StudyPlan = stored ? { weekOf, level: stored.level, items: stored.items.map((i) => ({ ...i, round: i.round as Round })) } : buildStudyPlan(input);
  const ticked = tickPlan(plan, input.attempts, input.loops, input.utcOffsetMinutes);
  if (stored) return { plan: ticked, state };
  const plans = [...state.plans.filter((p) => p.weekOf !== weekOf), { weekOf, level: plan.level, basis, items: plan.items.map((i) => ({ ...i })) }].sort((a, b) => (a.weekOf < b.weekOf ? -1 : 1)).slice(-26);
  return { plan: ticked, state: { ...state, plans } };
}

/** Last week's plan with what happened (ticked against the history), if one was made. */
export function previousWeek(state: PlanState, weekOf: string, attempts: readonly PlanAttempt[], loops: readonly PlanLoop[], utcOffsetMinutes = 0): StudyPlan | undefined {
  const prev = [...state.plans].reverse().find((p) => p.weekOf < weekOf);
  if (!prev) return undefined;
  return tickPlan({ weekOf: prev.weekOf, level: prev.level, items: prev.items.map((i) => ({ ...i, round: i.round as Round })) }, attempts, loops, utcOffsetMinutes);
}

/** Self-rated confidence per component, week by week (oldest first). */
export function confidenceOverWeeks(state: PlanState): { weekOf: string; ratings: SelfAssessment }[] {
  return state.assessments.map((a) => ({ weekOf: a.weekOf, ratings: a.ratings }));
}

/** The component a round belongs to (re-exported for the plan's readers). */
export const componentOfRound = (r: Round): Component => ROUND_COMPONENT[r];
