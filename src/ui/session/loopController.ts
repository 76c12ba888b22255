import * as vscode from 'vscode';
import { newAttemptId } from '../../core/history/attemptId';
import { debriefInputSchema, type DebriefInput, type LoopRecord, type LoopRound } from '../../core/history/loopRecord';
import type { LoopStore } from '../../core/history/loopStore';
import type { HistoryStore } from '../../core/history/store';
import { roundStats } from '../../core/history/stats';
import { debriefFocus } from '../../core/session/debrief';
import { abandonLoop, cardsRound, createLoop, currentStep, endRound, loopTimeline, parseLoopState, resumeAction, startNextRound, type LoopGradedCard, type LoopState, type LoopTimeline } from '../../core/session/loop';
import type { GradedCard, QuickFireResult } from '../../core/session/quickFire';
import { defaultPlan, parseLoopOptions, pickProblems, type LoopStep, type PlannedStep } from '../../core/session/loopPlan';
import { usedMs } from '../../core/session/timer';
import type { TargetLevel } from '../../core/vocabulary';
import type { Catalog } from '../catalog';
import { UserError } from '../failures';
import type { Logger } from '../logger';
import type { Settings } from '../settings';
import type { CardSessions } from './cardSession';
import type { RunCoordinator } from './runCoordinator';
import type { SessionLauncher } from './sessionLauncher';
import type { SessionState } from './sessionState';
import { StateKeys } from '../contributionIds';

const LOOP_KEY = StateKeys.loop;

/** Where the loop is shown: the status bar item and the loop panel (timeline, break, debrief). */
export interface LoopView {
  showTimeline(text: string | undefined): void;
  /** The loop changed (round, break, finished); `record` is the loop as the history has it. */
  update(state: LoopState | undefined, timeline: LoopTimeline | undefined, record: LoopRecord | undefined): void;
}

export interface LoopControllerDeps {
  catalog: Catalog;
  settings: Settings;
  session: SessionState;
  launcher: SessionLauncher;
  runs: RunCoordinator;
  history: () => HistoryStore | undefined;
  loops: () => LoopStore | undefined;
  durable: vscode.Memento;
  log: Logger;
  /** Explain-it card runs (the loop's cards rounds). */
  cards: CardSessions;
  /** Ids of the cards due for review, most overdue first (the cards round takes them first). */
  dueCards: () => readonly string[];
}



/**
 * Drives a mock interview loop over the session flow: each round is an ordinary timed session
 * (interview mode on, hints off or at double cost), started by the loop with the round's
 * budget. A Submit / Check answer, a stopped session or the end of the time ends the round
 * (on time-up what is on disk is submitted as it stands); a break follows, then the next
 * round; after the last one the debrief. The loop state is persisted with deadlines after
 * every step, so a reload resumes the same round with the same remaining time.
 */
export class LoopController implements vscode.Disposable {
  private state: LoopState | undefined;
  private record: LoopRecord | undefined;
  private phaseTimer: ReturnType<typeof setTimeout> | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private ending = false;
  /** Settles when the round's session has finished opening (set only while it opens). */
  private opening: Promise<void> | undefined;
  private roundSessionEnding = false;
  private readonly views: LoopView[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly d: LoopControllerDeps) {
    this.disposables.push(
      d.runs.onDidFinish((kind) => {
        if (kind === 'submit' && this.inRound() && !this.inCardsRound()) void this.endCurrentRound('submit').catch((err: unknown) => d.log.error('ending the loop round', err));
      }),
      // A round's session stopped by the user ends the round (the session is gone by then, so
      // whether it was the round's is noted just before it ends).
      // A cards round's sessions (one per card) end one after another: the card run ends the round.
      d.session.onWillEnd((reason) => {
        this.roundSessionEnding = this.inRound() && !this.inCardsRound() && !this.ending;
        // Another problem started over the round's session (no "ended" event follows a
        // replacement): the round ends as it stands, instead of waiting for a session that is gone.
        if (reason === 'replaced' && this.roundSessionEnding) {
          this.roundSessionEnding = false;
          setTimeout(() => void this.endCurrentRound('submit', true).catch((err: unknown) => d.log.error('ending the loop round', err)), 0);
        }
      }),
      d.session.onDidEnd(() => {
        const wasRound = this.roundSessionEnding;
        this.roundSessionEnding = false;
        if (wasRound && !this.ending) void this.endCurrentRound('submit', true).catch((err: unknown) => d.log.error('ending the loop round', err));
      }),
      this.changed,
    );
  }

  addView(view: LoopView): void {
    this.views.push(view);
  }

  get current(): LoopState | undefined {
    return this.state;
  }

  get currentRecord(): LoopRecord | undefined {
    return this.record;
  }

  /** The latest loop of the history (the one a debrief applies to when none is running). */
  latest(): LoopRecord | undefined {
    return this.record ?? this.d.loops()?.list()[0];
  }

  timeline(): LoopTimeline | undefined {
    const s = this.state;
    if (!s) return undefined;
    const session = this.d.session.current;
    // A cards round runs on the loop's own deadline (each card's session has its own short clock).
    const inSession = s.phase === 'round' && !currentStep(s).cards && session?.loop?.id === s.id ? this.d.session.remainingMs() : undefined;
    return loopTimeline(s, this.d.session.now(), inSession);
  }

  /** The plan a loop would run: the script's, or the level's default with problems picked. */
  plan(level: TargetLevel, steps?: readonly LoopStep[]): PlannedStep[] {
    const list = this.d.history()?.list() ?? [];
    const stats = roundStats(list);
    const scores = Object.fromEntries(Object.entries(stats).map(([r, s]) => [r, s.attempts ? s.averageScore : null]));
    const wanted = steps ?? defaultPlan(level, scores);
    for (const s of wanted) {
      if (s.problemId) {
        const p = this.d.catalog.get(s.problemId);
        if (!p) throw new UserError(`There is no problem with id "${s.problemId}".`);
        if (p.round !== s.round) throw new UserError(`"${s.problemId}" is a ${p.round} problem, not a ${s.round} one.`);
        if (p.kind === 'concept') throw new UserError(`"${s.problemId}" is an explain-it card: ask for an explain-it round with { round: "concepts", cards: <count> }.`);
      }
    }
    try {
      return pickProblems(wanted, this.d.catalog.all(), list, Date.now(), Math.random, this.d.dueCards());
    } catch (err) {
      throw new UserError(`The loop cannot be planned: ${err instanceof Error ? err.message : String(err)}.`);
    }
  }

  /** Starts a loop from a script's options (validated) or from the palette's choices. */
  async start(raw: unknown, interactive?: { level: TargetLevel; steps: PlannedStep[] }): Promise<LoopState> {
    if (this.state?.status === 'running') throw new UserError('A mock loop is running. Finish it, or abandon it first ("ML Prep: Abandon Mock Loop").');
    let level: TargetLevel;
    let steps: PlannedStep[];
    let minutesScale = 1;
    if (interactive) {
      ({ level, steps } = interactive);
    } else {
      const parsed = parseLoopOptions(raw);
      if (!parsed.ok) throw new UserError(`Invalid mock loop options: ${parsed.error}`);
      level = parsed.options.level ?? this.d.settings.targetLevel();
      steps = this.plan(level, parsed.options.plan);
      minutesScale = parsed.options.minutesScale ?? 1;
    }
    if (this.d.session.current) await this.d.session.end('stopped');
    const now = this.d.session.now();
    const state = createLoop({ id: newAttemptId(Math.floor(now)), level, steps, minutesScale, allowHints: this.d.settings.loopAllowHints(), now });
    this.state = state;
    await this.persist();
    await this.saveRecord();
    this.d.log.info(`mock loop ${state.id} (${level}) started: ${steps.map((s) => `${s.round} ${s.problemId} ${s.minutes} min`).join(', ')}`);
    await this.openRound();
    return this.state;
  }

  /** Brings back a loop persisted before a reload (after the session has been restored). */
  async restore(): Promise<boolean> {
    this.clearTimers();
    this.cardsRun = undefined;
    const raw = this.d.durable.get(LOOP_KEY);
    const saved = parseLoopState(raw);
    if (raw !== undefined && !saved) {
      this.d.log.warn('discarded a stored mock loop that could not be read');
      await this.d.durable.update(LOOP_KEY, undefined);
    }
    if (!saved || saved.status !== 'running') {
      this.state = undefined;
      this.record = undefined;
      this.render();
      return false;
    }
    this.state = saved;
    this.record = this.d.loops()?.get(saved.id);
    const action = resumeAction(saved, this.d.session.now());
    this.d.log.info(`restored mock loop ${saved.id}: ${action.kind}`);
    const session = this.d.session.current;
    const sameRound = saved.phase === 'round' && !currentStep(saved).cards && session?.loop?.id === saved.id && session.problemId === currentStep(saved).problemId;
    if (saved.phase === 'round' && currentStep(saved).cards) {
      // A cards round goes on with the cards not graded yet, until the round's own deadline.
      if (session?.loop?.id === saved.id) await this.d.session.end('stopped');
      if (action.kind === 'continue-round') await this.openCardsRound(action.remainingMs);
      else await this.finishCardsRound({ cards: currentStep(saved).cards ?? [], graded: [], ended: 'time-up' });
    } else if (sameRound) {
      this.armRound();
    } else if (action.kind === 'continue-round') {
      // The session record was lost: the round goes on with the loop's own deadline.
      await this.openRound(action.remainingMs);
    } else if (action.kind === 'time-up') {
      await this.finishRound(null, currentStep(saved).budgetMs, 'time');
    } else if (action.kind === 'continue-break') {
      this.armBreak();
    } else if (action.kind === 'start-next') {
      await this.nextRound();
    }
    await this.setContext();
    this.render();
    return true;
  }

  /** Starts the next round now (from the break screen). */
  async nextRound(): Promise<void> {
    const s = this.state;
    if (!s || s.phase !== 'break') throw new UserError('There is no break to end: no mock loop is between rounds.');
    this.state = startNextRound(s, this.d.session.now());
    await this.persist();
    this.render();
    await this.openRound();
  }

  /** Gives the loop up (after confirmation unless `confirmed`); it is recorded as abandoned. */
  async abandon(confirmed = false): Promise<boolean> {
    if (this.state?.status !== 'running') throw new UserError('No mock loop is running.');
    if (!confirmed) {
      const choice = await vscode.window.showWarningMessage('Abandon this mock loop? It is recorded as abandoned; the rounds done so far stay in the history.', { modal: true }, 'Abandon Loop');
      if (choice !== 'Abandon Loop') return false;
    }
    this.ending = true;
    try {
      // A round still opening is abandoned once its session exists (it is then closed).
      if (this.opening) await this.opening;
      const s = this.state;
      if (s?.status !== 'running') return false;
      if (this.inCardsRound()) {
        this.cardsRun = undefined;
        await this.d.cards.stopRun('stopped');
        const cards = this.state?.roundCards ?? [];
        this.state = abandonLoop(s, this.d.session.now(), { attemptId: cards.at(-1)?.attemptId ?? null, timeUsedMs: this.d.session.now() - s.phaseStartedAt, cards });
        this.clearTimers();
        await this.saveRecord();
        await this.persist();
        return true;
      }
      const session = this.d.session.current;
      const now = this.d.session.now();
      const attemptId = session?.loop?.id === s.id ? (session.attemptId ?? null) : null;
      const timeUsed = session?.loop?.id === s.id ? usedMs(session.timer, now) : now - s.phaseStartedAt;
      if (session) await this.d.session.end('stopped');
      this.state = abandonLoop(s, this.d.session.now(), { attemptId, timeUsedMs: timeUsed });
      this.clearTimers();
      await this.saveRecord();
      await this.persist();
    } finally {
      this.ending = false;
    }
    await this.setContext();
    this.render();
    return true;
  }

  /** Saves the debrief of the loop that just finished (or the latest one). */
  async debrief(raw: unknown): Promise<LoopRecord> {
    const parsed = debriefInputSchema.safeParse(raw);
    if (!parsed.success) throw new UserError(`Invalid debrief: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'debrief'}: ${i.message}`).slice(0, 3).join('; ')}`);
    const loop = this.latest();
    if (!loop) throw new UserError('There is no mock loop to debrief. Start one with "ML Prep: Start Mock Interview Loop".');
    if (loop.status === 'running') throw new UserError('The mock loop is still running: debrief it after its last round.');
    return this.saveDebrief(loop, parsed.data);
  }

  private async saveDebrief(loop: LoopRecord, input: DebriefInput): Promise<LoopRecord> {
    const store = this.d.loops();
    if (!store) throw new UserError('The history could not be opened: the debrief cannot be saved.');
    const stats = roundStats(this.d.history()?.list() ?? []);
    const scores = Object.fromEntries(Object.entries(stats).map(([r, s]) => [r, s.attempts ? s.averageScore : null]));
    const ratings = input.ratings ?? {};
    const focus = debriefFocus(loop, ratings, scores);
    const saved = await store.save({ ...loop, debrief: { wentWell: input.wentWell, hesitated: input.hesitated, change: input.change, ratings, focus, at: new Date().toISOString() } });
    if (this.record?.id === saved.id) this.record = saved;
    this.render();
    return saved;
  }

  // ---------------------------------------------------------------------------------------

  private inRound(): boolean {
    const s = this.state;
    return !!s && s.status === 'running' && s.phase === 'round' && this.d.session.current?.loop?.id === s.id;
  }

  /** The running round is an explain-it round (its cards are shown one after another). */
  private inCardsRound(): boolean {
    const s = this.state;
    return !!s && s.status === 'running' && s.phase === 'round' && !!currentStep(s).cards;
  }

  /** The card run of the current cards round (to tell its end from an older run's). */
  private cardsRun: Promise<QuickFireResult> | undefined;

  /**
   * Opens an explain-it round: the cards not graded yet, one after another, until the round's
   * deadline; each grade is kept in the loop state as it comes, so a reload goes on with the rest.
   */
  private async openCardsRound(remainingMs?: number): Promise<void> {
    const s = this.state!;
    const step = currentStep(s);
    const done = new Set((s.roundCards ?? []).map((c) => c.cardId));
    const left = (step.cards ?? []).filter((id) => !done.has(id));
    const budgetMs = Math.max(1000, Math.round(remainingMs ?? step.budgetMs));
    this.state = { ...s, deadline: this.d.session.now() + budgetMs };
    await this.persist();
    if (!left.length) {
      await this.finishCardsRound({ cards: step.cards ?? [], graded: [], ended: 'done' });
      return;
    }
    const t0 = Date.now();
    const loop = { id: s.id, hints: 'off' as const };
    const run = this.d.cards.run(left, budgetMs / 60_000, { loop, onGraded: (g) => void this.cardGraded(s.id, g) });
    this.cardsRun = run;
    this.armCardsRound();
    await this.setContext();
    this.render();
    void run.then(
      (result) => (this.cardsRun === run ? this.finishCardsRound(result) : undefined),
      (err: unknown) => this.d.log.error('the explain-it round could not run', err),
    );
    this.d.log.info(`loop ${s.id}: round ${s.index + 1} (explain-it, ${left.length} card(s)) opened in ${Date.now() - t0} ms`);
  }

  private async cardGraded(loopId: string, g: GradedCard): Promise<void> {
    const s = this.state;
    if (!s || s.id !== loopId || !this.inCardsRound()) return;
    const entry: LoopGradedCard = { cardId: g.cardId, attemptId: g.attemptId ?? null, grade: g.grade };
    this.state = { ...s, roundCards: [...(s.roundCards ?? []), entry] };
    await this.persist();
    this.render();
  }

  /** Watches a cards round's own deadline (each card's session has its own clock). */
  private armCardsRound(): void {
    this.clearTimers();
    this.startTicker();
    const s = this.state!;
    this.phaseTimer = setTimeout(() => {
      if (this.state?.id === s.id && this.inCardsRound()) {
        this.d.log.info('loop explain-it round: time is up');
        void this.d.cards.stopRun('time-up').catch((err: unknown) => this.d.log.error('ending the explain-it round', err));
      }
    }, Math.max(0, s.deadline - this.d.session.now()) + 50);
  }

  private async finishCardsRound(result: QuickFireResult): Promise<void> {
    const s = this.state;
    if (!s || s.status !== 'running' || s.phase !== 'round' || !currentStep(s).cards) return;
    this.cardsRun = undefined;
    const cards = s.roundCards ?? [];
    const now = this.d.session.now();
    const timeUsed = Math.min(now - s.phaseStartedAt, currentStep(s).budgetMs);
    this.state = endRound(s, now, { attemptId: cards.at(-1)?.attemptId ?? null, timeUsedMs: timeUsed, endedBy: result.ended === 'time-up' ? 'time' : 'submit', cards });
    this.clearTimers();
    await this.persist();
    await this.saveRecord();
    await this.announceRoundEnd(s);
  }

  /** Opens the current round's session; `remainingMs` when it resumes with less than its budget. */
  private async openRound(remainingMs?: number): Promise<void> {
    const s = this.state!;
    const step = currentStep(s);
    if (step.cards) {
      await this.openCardsRound(remainingMs);
      return;
    }
    const budgetMs = remainingMs ?? step.budgetMs;
    const t0 = Date.now();
    const opening = this.d.launcher.start(step.problemId, { budgetMs: Math.max(1000, Math.round(budgetMs)), interviewMode: true, loop: { id: s.id, hints: s.allowHints ? 'double' : 'off' } });
    this.opening = opening.then(
      () => undefined,
      () => undefined,
    );
    try {
      await opening;
    } finally {
      this.opening = undefined;
    }
    this.d.log.info(`loop ${s.id}: round ${s.index + 1} (${step.round} ${step.problemId}) opened in ${Date.now() - t0} ms`);
    // The round may have ended while its session opened (a Submit or an Abandon as soon as the
    // session existed): then the loop has moved on and must not be put back on this round.
    const current = this.state;
    if (!current || current.id !== s.id || current.status !== 'running' || current.phase !== 'round' || current.index !== s.index || current.ended.length !== s.ended.length) return;
    // The round's deadline is the session's clock (it started while the round was opening).
    this.state = { ...current, deadline: this.d.session.now() + (this.d.session.current?.loop?.id === s.id ? (this.d.session.remainingMs() ?? budgetMs) : budgetMs) };
    await this.persist();
    this.armRound();
    await this.setContext();
    this.render();
  }

  /** Watches the round's clock: at time-up what is on disk is submitted as it stands. */
  private armRound(): void {
    this.clearTimers();
    this.startTicker();
    const remaining = this.d.session.remainingMs() ?? 0;
    this.phaseTimer = setTimeout(() => void this.onRoundTimer(), Math.max(0, remaining) + 50);
  }

  private async onRoundTimer(): Promise<void> {
    if (!this.inRound()) return;
    const remaining = this.d.session.remainingMs() ?? 0;
    if (remaining > 0) {
      this.phaseTimer = setTimeout(() => void this.onRoundTimer(), remaining + 50);
      return;
    }
    this.d.log.info('loop round: time is up; judging the answer as it stands');
    await this.endCurrentRound('time').catch((err: unknown) => this.d.log.error('ending the loop round at time-up', err));
  }

  /** Ends the running round: time-up first submits what is on disk; then the session closes. */
  private async endCurrentRound(endedBy: 'submit' | 'time', sessionAlreadyEnded = false): Promise<void> {
    if (this.ending) return;
    if (!this.state || this.state.phase !== 'round') return;
    if (this.inCardsRound()) {
      await this.d.cards.stopRun(endedBy === 'time' ? 'time-up' : 'stopped');
      return;
    }
    this.ending = true;
    try {
      // A round that ends while its session is still opening ends once it is open.
      if (this.opening) await this.opening;
      const s = this.state;
      if (!s || s.status !== 'running' || s.phase !== 'round') return;
      this.d.log.info(`loop ${s.id}: round ${s.index + 1} ends (${endedBy})`);
      if (endedBy === 'time' && this.d.session.current) {
        await this.d.runs.run('submit').catch((err: unknown) => this.d.log.error('judging the round at time-up', err));
      }
      const session = this.d.session.current;
      const now = this.d.session.now();
      let attemptId: string | null = null;
      let timeUsed = now - s.phaseStartedAt;
      if (session?.loop?.id === s.id) {
        attemptId = session.attemptId ?? null;
        timeUsed = usedMs(session.timer, now);
        await this.d.session.end('stopped');
      } else if (sessionAlreadyEnded) {
        attemptId = this.lastAttemptOf(currentStep(s).problemId);
      }
      await this.finishRound(attemptId, timeUsed, endedBy);
    } finally {
      this.ending = false;
    }
  }

  /** The attempt a round's session left (the session was stopped by the user, so it is gone). */
  private lastAttemptOf(problemId: string): string | null {
    const list = this.d.history()?.list() ?? [];
    const since = this.state?.phaseStartedAt ?? 0;
    return list.find((a) => a.problemId === problemId && Date.parse(a.startedAt) >= since - 1000)?.id ?? null;
  }

  private async finishRound(attemptId: string | null, timeUsedMs: number, endedBy: 'submit' | 'time'): Promise<void> {
    const s = this.state!;
    this.state = endRound(s, this.d.session.now(), { attemptId, timeUsedMs, endedBy });
    this.clearTimers();
    await this.persist();
    await this.saveRecord();
    await this.announceRoundEnd(s);
  }

  /** After a round: the break (and its notice) or the end of the loop. */
  private async announceRoundEnd(s: LoopState): Promise<void> {
    if (!this.state) return;
    if (this.state.phase === 'break') {
      this.armBreak();
      void vscode.window.showInformationMessage(`Round ${s.index + 1} of ${s.steps.length} is over. Take a short break; the next round starts by itself.`);
    } else {
      void vscode.window.showInformationMessage('Mock loop complete. Debrief it while it is fresh: what went well, where you hesitated, what you would change.');
    }
    await this.setContext();
    this.render();
  }

  private armBreak(): void {
    this.clearTimers();
    this.startTicker();
    const s = this.state!;
    this.phaseTimer = setTimeout(() => {
      if (this.state?.id === s.id && this.state.phase === 'break') void this.nextRound().catch((err: unknown) => this.d.log.error('starting the next loop round', err));
    }, Math.max(0, s.deadline - this.d.session.now()));
  }

  private startTicker(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = setInterval(() => this.renderTimeline(), 1000);
  }

  private clearTimers(): void {
    if (this.phaseTimer) clearTimeout(this.phaseTimer);
    if (this.ticker) clearInterval(this.ticker);
    this.phaseTimer = undefined;
    this.ticker = undefined;
  }

  /** The loop as the history keeps it, rounds filled from their attempts. */
  private async saveRecord(): Promise<void> {
    const s = this.state;
    const store = this.d.loops();
    if (!s || !store) return;
    const history = this.d.history();
    const rounds: LoopRound[] = s.ended.map((e, i) => {
      const step = s.steps[i]!;
      if (step.cards) return cardsRound(step, e);
      const a = e.attemptId ? history?.summary(e.attemptId) : undefined;
      const kind = this.d.catalog.get(step.problemId)?.kind ?? (step.round === 'design' ? 'design' : step.round === 'behavioral' ? 'behavioral' : 'coding');
      return {
        round: step.round,
        kind,
        problemId: step.problemId,
        attemptId: a ? a.id : null,
        verdict: a?.verdict ?? 'incomplete',
        score: a?.score ?? 0,
        passed: a?.passed ?? 0,
        total: a?.total ?? 0,
        budgetMs: Math.round(step.budgetMs),
        timeUsedMs: Math.round(a?.timeUsedMs ?? e.timeUsedMs),
        hintsUsed: a?.hintsUsed ?? 0,
        endedBy: e.endedBy,
      };
    });
    try {
      this.record = await store.save({
        schemaVersion: 1,
        id: s.id,
        level: s.level,
        startedAt: new Date(s.startedAt).toISOString(),
        endedAt: s.endedAt === null ? null : new Date(s.endedAt).toISOString(),
        status: s.status,
        minutesScale: s.minutesScale,
        plan: s.steps.map((st) => ({ round: st.round, minutes: st.minutes, problemId: st.problemId, ...(st.cards ? { cards: st.cards } : {}) })),
        rounds,
        debrief: this.record?.id === s.id ? this.record.debrief : null,
      });
    } catch (err) {
      this.d.log.error('the mock loop could not be recorded', err);
    }
  }

  private async persist(): Promise<void> {
    const s = this.state;
    await this.d.durable.update(LOOP_KEY, s && s.status === 'running' ? s : undefined);
  }

  private async setContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'mlprep.loopActive', this.state?.status === 'running');
  }

  private renderTimeline(): void {
    const t = this.state?.status === 'running' ? this.timeline() : undefined;
    for (const v of this.views) v.showTimeline(t?.label);
  }

  private render(): void {
    const t = this.timeline();
    for (const v of this.views) {
      v.showTimeline(this.state?.status === 'running' ? t?.label : undefined);
      v.update(this.state, t, this.record);
    }
    this.changed.fire();
  }

  /** Forgets the loop in memory only (a reload does the same); `restore` brings it back. */
  detach(): void {
    this.clearTimers();
    // A card run that outlives the detach (a reload loses it) never ends the restored round.
    this.cardsRun = undefined;
    this.state = undefined;
    this.record = undefined;
  }

  dispose(): void {
    this.clearTimers();
    this.disposables.forEach((x) => x.dispose());
  }
}

