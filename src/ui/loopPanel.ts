import * as vscode from 'vscode';
import type { LoopRecord } from '../core/history/loopRecord';
import { debriefFacts } from '../core/session/debrief';
import type { LoopState, LoopTimeline } from '../core/session/loop';
import { DEEP_DIVE_PROMPT, hasDeepDive } from '../core/session/loopPlan';
import type { StudyPlan } from '../core/plan/studyPlan';
import { COMPONENTS, COMPONENT_TITLES, roundTitle, type Component } from '../core/vocabulary';
import { loopToHostSchema, type ComponentView, type HostToLoop, type LoopToHost } from '../protocol';
import type { Catalog } from './catalog';
import type { Logger } from './logger';
import type { LoopView } from './session/loopController';
import type { SessionStatusBar } from './statusBar';
import { WebviewHost } from './webviewHost';
import { webviewOptions } from './webviewHtml';
import { PanelTypes } from './contributionIds';

export const LOOP_PANEL_VIEW_TYPE = PanelTypes.loop;

const COMPONENT_VIEWS: ComponentView[] = COMPONENTS.map((id) => ({ id, title: COMPONENT_TITLES[id] }));

/** The loop's page as the panel shows it: the running loop, or the debrief of a finished one. */
export function loopMessage(catalog: Catalog, state: LoopState | undefined, timeline: LoopTimeline | undefined, record: LoopRecord | undefined, now: number): HostToLoop {
  const title = (id: string): string => catalog.get(id)?.title ?? id;
  const stepTitle = (st: { problemId: string; cards?: readonly string[] }): string => (st.cards ? cardsTitle(st.cards.length) : title(st.problemId));
  if (state && state.status === 'running' && timeline && state.phase !== 'finished') {
    const recorded = record?.rounds ?? [];
    const nextStep = state.phase === 'break' ? state.steps[state.index + 1] : undefined;
    return {
      type: 'loop',
      level: state.level,
      phase: state.phase,
      label: timeline.label,
      position: timeline.position,
      total: timeline.total,
      remainingMs: timeline.remainingMs,
      at: now,
      steps: timeline.steps.map((s, i) => ({
        round: s.round,
        title: roundTitle(s.round),
        problemTitle: stepTitle(state.steps[i] ?? s),
        budgetMs: s.budgetMs,
        state: s.state,
        timeUsedMs: s.timeUsedMs,
        verdict: recorded[i]?.verdict ?? null,
        score: recorded[i]?.score ?? null,
      })),
      next: nextStep ? `${roundTitle(nextStep.round)} — ${stepTitle(nextStep)}` : null,
      deepDive: hasDeepDive(state.level) && timeline.round === 'behavioral' ? DEEP_DIVE_PROMPT : null,
    };
  }
  if (!record) return { type: 'empty', reason: 'No mock loop yet. Run "ML Prep: Start Mock Interview Loop" to simulate a full interview: coding, design and behavioral rounds back to back.' };
  return debriefMessage(catalog, record);
}

/** "5 explain-it cards": how a cards round is named in the loop's views. */
export function cardsTitle(n: number): string {
  return `${n} explain-it card${n === 1 ? '' : 's'}`;
}

export function debriefMessage(catalog: Catalog, record: LoopRecord): HostToLoop {
  const facts = debriefFacts(record);
  return {
    type: 'debrief',
    level: record.level,
    status: record.status,
    startedAt: record.startedAt,
    rounds: record.rounds.map((r) => ({
      round: r.round,
      title: roundTitle(r.round),
      problemTitle: r.cards || r.kind === 'concept' ? `${cardsTitle(r.total)}: ${r.passed} good or easy` : (catalog.get(r.problemId)?.title ?? r.problemId),
      verdict: r.verdict,
      score: r.score,
      passed: r.passed,
      total: r.total,
      budgetMs: r.budgetMs,
      timeUsedMs: r.timeUsedMs,
      hintsUsed: r.hintsUsed,
      endedBy: r.endedBy,
    })),
    mostOver: facts.mostOver,
    weakest: facts.weakest,
    components: COMPONENT_VIEWS,
    saved: record.debrief ? { wentWell: record.debrief.wentWell, hesitated: record.debrief.hesitated, change: record.debrief.change, ratings: record.debrief.ratings, focus: record.debrief.focus } : null,
  };
}

export function planMessage(plan: StudyPlan, lastWeek: StudyPlan | undefined, confidence: { weekOf: string; ratings: Record<Component, number> }[]): HostToLoop {
  return { type: 'plan', weekOf: plan.weekOf, level: plan.level, items: plan.items.map((i) => ({ ...i })), lastWeek: lastWeek ? { weekOf: lastWeek.weekOf, items: lastWeek.items.map((i) => ({ ...i })) } : null, confidence, components: COMPONENT_VIEWS };
}

/** The loop panel (timeline, break, debrief, study plan) and the loop's status bar text. */
export class LoopPanel implements LoopView, vscode.Disposable {
  private readonly host: WebviewHost<LoopToHost, HostToLoop, vscode.WebviewPanel>;
  private page: 'loop' | 'plan' = 'loop';
  private lastLoop: HostToLoop | undefined;
  private lastPlan: HostToLoop | undefined;
  private lastPhase: string | undefined;
  current: HostToLoop | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    log: Logger,
    private readonly catalog: Catalog,
    private readonly statusBar: SessionStatusBar,
    onMessage: (m: LoopToHost) => Promise<void>,
  ) {
    this.host = new WebviewHost(extensionUri, log, {
      name: 'loop panel',
      script: 'loop.js',
      styles: ['media/webview.css', 'media/loop.css'],
      schema: loopToHostSchema,
      onMessage: (m) => (m.type === 'ready' ? this.repost() : onMessage(m)),
      replaces: () => true,
    });
  }

  get isOpen(): boolean {
    return this.host.container !== undefined;
  }

  get rejectedMessages(): number {
    return this.host.rejectedMessages;
  }

  whenReady(): Promise<void> {
    return this.host.whenReady();
  }

  /** Feeds a message through the same validation as one from the page. */
  receive(raw: unknown): Promise<void> {
    return this.host.receive(raw);
  }

  showTimeline(text: string | undefined): void {
    this.statusBar.showLoop(text);
  }

  update(state: LoopState | undefined, timeline: LoopTimeline | undefined, record: LoopRecord | undefined): void {
    this.lastLoop = loopMessage(this.catalog, state, timeline, record, Date.now());
    // A break or the end of the loop brings the open panel to the front of its own tab group
    // (the round's problem panel was its neighbour there); the focus stays where it is.
    const phase = state ? `${state.id}:${state.index}:${state.phase}` : undefined;
    const turned = phase !== this.lastPhase && (state?.phase === 'break' || state?.phase === 'finished');
    this.lastPhase = phase;
    const open = this.host.container;
    if (turned && open && this.page === 'loop') open.reveal(open.viewColumn, true);
    if (this.page === 'loop') this.post(this.lastLoop);
  }

  /** Opens (or reveals) the panel on the loop page. */
  show(column: vscode.ViewColumn = vscode.ViewColumn.Active): void {
    this.page = 'loop';
    this.open(column, 'Mock Loop');
    if (this.lastLoop) this.post(this.lastLoop);
  }

  showPlan(message: HostToLoop): void {
    this.page = 'plan';
    this.lastPlan = message;
    this.open(vscode.ViewColumn.Active, 'Study Plan');
    this.post(message);
  }

  private open(column: vscode.ViewColumn, title: string): void {
    const open = this.host.container;
    if (open) {
      open.title = `ML Prep: ${title}`;
      // An open panel stays in its column unless a column is asked for.
      open.reveal(column === vscode.ViewColumn.Active ? open.viewColumn : column, true);
      return;
    }
    this.adopt(vscode.window.createWebviewPanel(LOOP_PANEL_VIEW_TYPE, `ML Prep: ${title}`, { viewColumn: column, preserveFocus: true }, webviewOptions(this.extensionUri)));
  }

  adopt(panel: vscode.WebviewPanel): void {
    this.host.dispose();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icons', 'mlprep.svg');
    this.host.attach(panel, 'Mock Loop');
  }

  private repost(): void {
    const m = this.page === 'plan' ? this.lastPlan : this.lastLoop;
    if (m) this.post(m);
  }

  private post(m: HostToLoop): void {
    this.current = m;
    this.host.post(m);
  }

  dispose(): void {
    this.host.dispose();
  }
}
