import type * as vscode from 'vscode';
import type { LoopStore } from '../core/history/loopStore';
import type { HistoryStore } from '../core/history/store';
import {
  confidenceOverWeeks,
  currentPlan,
  latestAssessment,
  parsePlanState,
  previousWeek,
  selfAssessmentSchema,
  weekStart,
  withAssessment,
  type SelfAssessment,
  type StudyPlan,
} from '../core/plan/studyPlan';
import type { Catalog } from './catalog';
import { UserError } from './failures';
import type { DerivedHistory } from './historyState';
import type { Settings } from './settings';

const PLAN_KEY = 'mlprep.studyPlan';

/** The weekly study plan and the self-assessments behind it, kept in the window's durable state. */
export class StudyPlans {
  constructor(
    private readonly catalog: Catalog,
    private readonly history: () => HistoryStore | undefined,
    private readonly loops: () => LoopStore | undefined,
    private readonly derived: DerivedHistory,
    private readonly settings: Settings,
    private readonly durable: vscode.Memento,
  ) {}

  private offset(now: number): number {
    return -new Date(now).getTimezoneOffset();
  }

  /** This week's plan (made and stored when needed), last week's with what happened, confidence over weeks. */
  async get(now = Date.now()): Promise<{ plan: StudyPlan; lastWeek: StudyPlan | undefined; confidence: { weekOf: string; ratings: SelfAssessment }[] }> {
    const state = parsePlanState(this.durable.get(PLAN_KEY));
    const utcOffsetMinutes = this.offset(now);
    const { weekOf } = weekStart(now, utcOffsetMinutes);
    const attempts = this.history()?.list() ?? [];
    const loops = this.loops()?.list() ?? [];
    const input = {
      level: this.settings.targetLevel(),
      ratings: latestAssessment(state, weekOf) ?? {},
      problems: this.catalog.all(),
      attempts,
      reviewDue: this.derived.reviewDue(),
      loops,
      now,
      utcOffsetMinutes,
    };
    const { plan, state: next } = currentPlan(state, input);
    if (next !== state) await this.durable.update(PLAN_KEY, next);
    return { plan, lastWeek: previousWeek(next, weekOf, attempts, loops, utcOffsetMinutes), confidence: confidenceOverWeeks(next) };
  }

  /** Records this week's self-assessment (1–5 per component). */
  async setSelfAssessment(raw: unknown, now = Date.now()): Promise<SelfAssessment> {
    const parsed = selfAssessmentSchema.safeParse(raw);
    if (!parsed.success) throw new UserError(`Invalid self-assessment: rate each of coding, concepts, data, design and behavioral from 1 to 5 (${parsed.error.issues.map((i) => `${i.path.join('.') || 'ratings'}: ${i.message}`).slice(0, 3).join('; ')}).`);
    const state = parsePlanState(this.durable.get(PLAN_KEY));
    const { weekOf } = weekStart(now, this.offset(now));
    await this.durable.update(PLAN_KEY, withAssessment(state, weekOf, parsed.data));
    return parsed.data;
  }
}
