import * as vscode from 'vscode';
import type { LoopRecord } from '../../core/history/loopRecord';
import type { LoopState } from '../../core/session/loop';
import { designBehavioralShare, swapCandidates, type PlannedStep } from '../../core/session/loopPlan';
import type { SelfAssessment, StudyPlan } from '../../core/plan/studyPlan';
import { COMPONENTS, COMPONENT_TITLES, TARGET_LEVELS, roundTitle, type TargetLevel } from '../../core/vocabulary';
import type { LoopToHost } from '../../protocol';
import type { Catalog } from '../catalog';
import { Commands } from '../commandIds';
import { cardsTitle, type LoopPanel } from '../loopPanel';
import { planMessage } from '../loopPanel';
import type { CommandTable } from '../registerCommand';
import type { LoopController } from '../session/loopController';
import type { SessionLauncher } from '../session/sessionLauncher';
import type { Settings } from '../settings';
import type { StudyPlans } from '../studyPlans';

export interface LoopCommandContext {
  readonly catalog: Catalog;
  readonly settings: Settings;
  readonly loop: LoopController;
  readonly loopPanel: LoopPanel;
  readonly plans: StudyPlans;
  readonly launcher: SessionLauncher;
}

/** What `mlprep.startMockLoop` returns to scripts. */
export interface StartedLoop {
  id: string;
  level: TargetLevel;
  plan: { round: string; minutes: number; problemId: string; cards?: string[] }[];
}

const started = (s: LoopState): StartedLoop => ({ id: s.id, level: s.level, plan: s.steps.map((x) => ({ round: x.round, minutes: x.minutes, problemId: x.problemId, ...(x.cards ? { cards: x.cards } : {}) })) });

/** The palette's choices: a level, then the plan with each pick swappable before the start. */
async function choosePlan(c: LoopCommandContext): Promise<{ level: TargetLevel; steps: PlannedStep[] } | undefined> {
  const preferred = c.settings.targetLevel();
  const levels = [...TARGET_LEVELS].sort((a, b) => (a === preferred ? -1 : b === preferred ? 1 : 0));
  const levelPick = await vscode.window.showQuickPick(
    levels.map((level) => {
      const plan = c.loop.plan(level);
      return { label: level, description: `${plan.map((s) => `${roundTitle(s.round)} ${s.minutes}′`).join(' → ')}`, detail: `${Math.round(designBehavioralShare(plan) * 100)} % of the time on design and behavioral${level === preferred ? ' · your target level' : ''}`, level, plan };
    }),
    { title: 'Mock interview loop: target level', placeHolder: 'Pick the level of the role you interview for' },
  );
  if (!levelPick) return undefined;
  let steps = levelPick.plan;
  for (;;) {
    type Item = vscode.QuickPickItem & { index?: number; start?: true };
    const items: Item[] = [
      { label: '$(play) Start the loop', description: `${steps.reduce((n, s) => n + s.minutes, 0)} minutes + breaks`, start: true },
      { label: 'Rounds (pick one to swap its problem)', kind: vscode.QuickPickItemKind.Separator },
      ...steps.map((s, index) => ({ label: `${index + 1}. ${roundTitle(s.round)} · ${s.minutes} min`, description: s.cards ? cardsTitle(s.cards.length) : (c.catalog.get(s.problemId)?.title ?? s.problemId), index })),
    ];
    const choice = await vscode.window.showQuickPick(items, { title: `Mock interview loop (${levelPick.level})`, placeHolder: 'Start, or swap a pick first' });
    if (!choice) return undefined;
    if (choice.start) return { level: levelPick.level, steps };
    const index = choice.index ?? 0;
    const step = steps[index]!;
    if (step.cards) {
      void vscode.window.showInformationMessage('The explain-it round takes the cards due for review first, then new ones; its cards are not swapped one by one.');
      continue;
    }
    const swap = await vscode.window.showQuickPick(
      swapCandidates(step, steps, c.catalog.all()).map((p) => ({ label: c.catalog.get(p.id)?.title ?? p.id, description: p.id, id: p.id })),
      { title: `Swap the ${roundTitle(step.round)} problem`, placeHolder: 'Pick another problem of this round' },
    );
    if (swap) steps = steps.map((s, i) => (i === index ? { ...s, problemId: swap.id } : s));
  }
}

async function askSelfAssessment(): Promise<SelfAssessment | undefined> {
  const ratings: Partial<SelfAssessment> = {};
  for (const component of COMPONENTS) {
    const pick = await vscode.window.showQuickPick(
      ['1 — cannot do it yet', '2 — shaky', '3 — workable', '4 — solid', '5 — interview-ready'].map((label, i) => ({ label, value: i + 1 })),
      { title: `Self-assessment: ${COMPONENT_TITLES[component]}`, placeHolder: 'How confident are you in this component today?' },
    );
    if (!pick) return undefined;
    ratings[component] = pick.value;
  }
  return ratings as SelfAssessment;
}

/** The mock loop and study plan commands. */
export function loopCommands(c: LoopCommandContext): CommandTable {
  const showPlan = async (): Promise<StudyPlan> => {
    const { plan, lastWeek, confidence } = await c.plans.get();
    c.loopPanel.showPlan(planMessage(plan, lastWeek, confidence));
    return plan;
  };
  return {
    [Commands.startMockLoop]: async (options?: unknown) => {
      if (options === undefined) {
        const chosen = await choosePlan(c);
        if (!chosen) return undefined;
        const state = await c.loop.start(undefined, chosen);
        // The loop panel joins the round's problem panel as a tab of the second column (no third
        // column); the solution editor keeps the focus.
        c.loopPanel.show(vscode.ViewColumn.Two);
        return started(state);
      }
      return started(await c.loop.start(options));
    },
    [Commands.debriefLoop]: async (input?: unknown): Promise<LoopRecord | undefined> => {
      if (input === undefined) {
        c.loopPanel.show();
        return c.loop.latest();
      }
      return c.loop.debrief(input);
    },
    [Commands.abandonLoop]: (confirmed?: unknown) => c.loop.abandon(confirmed === true),
    [Commands.showLoop]: () => c.loopPanel.show(),
    [Commands.showStudyPlan]: showPlan,
    [Commands.getStudyPlan]: async () => {
      const { plan } = await c.plans.get();
      return { weekOf: plan.weekOf, level: plan.level, items: plan.items.map((i) => ({ round: i.round, kind: i.kind, ...(i.problemId ? { problemId: i.problemId } : {}), reason: i.reason, done: i.done })) };
    },
    [Commands.setSelfAssessment]: async (ratings?: unknown) => {
      const value = ratings ?? (await askSelfAssessment());
      if (!value) return undefined;
      const saved = await c.plans.setSelfAssessment(value);
      if (ratings === undefined) await showPlan();
      return saved;
    },
  };
}

/** What the loop panel's buttons do. */
export function loopPanelActions(c: LoopCommandContext, commands: CommandTable): (m: LoopToHost) => Promise<void> {
  return async (m) => {
    if (m.type === 'nextRound') await c.loop.nextRound();
    else if (m.type === 'abandon') await c.loop.abandon(false);
    else if (m.type === 'debrief') {
      await c.loop.debrief({ wentWell: m.wentWell, hesitated: m.hesitated, change: m.change, ratings: m.ratings });
      void vscode.window.showInformationMessage('Debrief saved. Your focus for next week is on the debrief page and in the study plan.');
    } else if (m.type === 'startLoop') await commands[Commands.startMockLoop]?.();
    else if (m.type === 'openProblem') await c.launcher.start(m.problemId);
  };
}
