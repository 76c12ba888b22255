import * as vscode from 'vscode';
import { formatClock } from '../../core/format';
import type { Problem } from '../../core/problems/schema';
import { monotonicWallClock, parseSessionRecord, type SessionRecord } from '../../core/session/session';
import { currentStage } from '../../core/session/stageClock';
import { isOvertime, pause, remainingMs, resume, stop, usedMs, type TimerState } from '../../core/session/timer';
import type { AttemptRecorder } from '../attemptRecorder';
import type { Catalog } from '../catalog';
import { UserError } from '../failures';
import type { InterviewMode } from '../interviewMode';
import type { Logger } from '../logger';
import type { SessionStatusBar } from '../statusBar';
import { StateKeys } from '../contributionIds';

const SESSION_KEY = StateKeys.session;
const NO_SESSION = 'No session is running. Start one with "ML Prep: Start Timed Session".';

/** Steps of a session's start, in ms after the command: editor shown, panel with its content posted, webview ready. */
export interface OpenTimings {
  editorMs: number;
  panelMs: number;
  readyMs?: number;
}

export type EndReason = 'stopped' | 'replaced' | 'solved';

export interface SessionEnded {
  reason: Exclude<EndReason, 'replaced'>;
  /** The stopped timer and the time it was stopped. */
  timer: TimerState;
  now: number;
}

/**
 * The running session: its record (persisted through a durable Memento as a deadline, not a
 * tick count, so a reload brings it back), the clock and its one-second ticker, the status bar,
 * the overtime notice, the context keys of the menus and interview mode on and off.
 */
export class SessionState implements vscode.Disposable {
  private record: SessionRecord | undefined;
  private opened: OpenTimings | undefined;
  private readonly clock = monotonicWallClock();
  private ticker: ReturnType<typeof setInterval> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly timerChanged = new vscode.EventEmitter<void>();
  private readonly ending = new vscode.EventEmitter<EndReason>();
  private readonly ended = new vscode.EventEmitter<SessionEnded>();
  private readonly stageOver = new vscode.EventEmitter<number>();
  /** Index of the last stage whose time ran out (fired once per stage). */
  private stageOverIndex = -1;
  /** Anything of the session changed (started, updated, ended). */
  readonly onDidChange = this.changed.event;
  /** The timer must be shown anew: started, paused, resumed, charged a hint, overtime. */
  readonly onDidChangeTimer = this.timerChanged.event;
  /** A session is about to end (fired before anything is closed). */
  readonly onWillEnd = this.ending.event;
  /** A session ended and was closed (not fired when a new session replaces it). */
  readonly onDidEnd = this.ended.event;
  /** The current stage of a discussion round ran out of time (its index). */
  readonly onStageOver = this.stageOver.event;

  constructor(
    private readonly catalog: Catalog,
    private readonly state: vscode.Memento,
    private readonly statusBar: SessionStatusBar,
    private readonly interviewMode: InterviewMode,
    private readonly recorder: AttemptRecorder,
    private readonly log: Logger,
  ) {}

  get current(): SessionRecord | undefined {
    return this.record;
  }

  /** How the start of the current session went (absent for a session restored after a reload). */
  get openTimings(): Readonly<OpenTimings> | undefined {
    return this.opened;
  }

  now(): number {
    return this.clock();
  }

  remainingMs(): number | undefined {
    return this.record ? remainingMs(this.record.timer, this.clock()) : undefined;
  }

  require(): SessionRecord {
    if (!this.record) throw new UserError(NO_SESSION);
    return this.record;
  }

  /** The running session and its problem. */
  requireProblem(): { record: SessionRecord; problem: Problem } {
    const record = this.record;
    const problem = record ? this.catalog.get(record.problemId) : undefined;
    if (!record || !problem) throw new UserError(NO_SESSION);
    return { record, problem };
  }

  /** Brings back a session persisted before a reload (true), or cleans up after a crash. */
  async restore(): Promise<boolean> {
    const raw = this.state.get(SESSION_KEY);
    const saved = parseSessionRecord(raw);
    if (raw !== undefined && !saved) {
      this.log.warn('discarded a stored session that could not be read');
      await this.state.update(SESSION_KEY, undefined);
    }
    if (!saved || saved.timer.status === 'stopped' || !this.catalog.get(saved.problemId)) {
      if (saved) await this.state.update(SESSION_KEY, undefined);
      // Interview mode left on by a crash: put the user's settings back.
      await this.interviewMode.restore();
      return false;
    }
    this.record = saved;
    if (saved.interviewMode) await this.interviewMode.enable().catch((err: unknown) => this.log.error('interview mode after a reload', err));
    this.log.info(`restored session ${saved.problemId} (${formatClock(remainingMs(saved.timer, this.clock()))} left, ${saved.timer.status})`);
    this.startClock();
    await this.updateContexts();
    this.changed.fire();
    return true;
  }

  /**
   * Forgets the running session in memory only (its stored record stays), as a window that is
   * reloaded does; `restore` brings it back. For scripts that check recovery.
   */
  detach(): void {
    this.record = undefined;
    this.opened = undefined;
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
    this.statusBar.hide();
  }

  /** Makes a new record the running session; resolves when it is stored. */
  begin(record: SessionRecord, timings: OpenTimings): Promise<void> {
    this.record = record;
    this.opened = timings;
    this.stageOverIndex = -1;
    return this.persist();
  }

  /** Starts the one-second ticker of the status bar (and shows the timer). */
  startClock(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = setInterval(() => this.tick(), 1000);
    this.tick();
    this.timerChanged.fire();
  }

  /** Tells the rest of the window that the session is on: context keys, then listeners. */
  async announce(): Promise<void> {
    await this.updateContexts();
    this.changed.fire();
  }

  /** Replaces the running record and stores it; `timer` when the clock changed. */
  async update(change: (record: SessionRecord) => SessionRecord, options: { timer?: boolean } = {}): Promise<SessionRecord> {
    const previous = this.require();
    const next = change(previous);
    this.record = next;
    await this.persist();
    if (next.solutionPath !== previous.solutionPath) await this.updateContexts();
    if (options.timer) {
      this.tick();
      this.timerChanged.fire();
    }
    this.changed.fire();
    return next;
  }

  async togglePause(): Promise<void> {
    const now = this.clock();
    await this.update((r) => ({ ...r, timer: r.timer.status === 'paused' ? resume(r.timer, now) : pause(r.timer, now) }), { timer: true });
  }

  /** Turns interview mode on or off for this session; returns the new state. */
  async toggleInterviewMode(): Promise<boolean> {
    const { interviewMode: on } = await this.update((r) => ({ ...r, interviewMode: !r.interviewMode }));
    await this.applyInterviewMode(on);
    return on;
  }

  async applyInterviewMode(on: boolean): Promise<void> {
    if (on) await this.interviewMode.enable();
    else await this.interviewMode.restore();
  }

  /**
   * Ends the session: the attempt is closed and interview mode undone. A session replaced by a
   * new one keeps interview mode (the new one decides) and is closed in the background.
   */
  async end(reason: EndReason = 'stopped'): Promise<void> {
    const record = this.record;
    if (!record) return;
    this.ending.fire(reason);
    const now = this.clock();
    const timer = stop(record.timer, now);
    this.record = undefined;
    this.opened = undefined;
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
    this.statusBar.hide();
    // The next session's start overwrites the stored session; only a plain end clears it.
    const closed = Promise.all([this.recorder.finish(record, timer, now), reason === 'replaced' ? undefined : this.state.update(SESSION_KEY, undefined)]);
    if (reason === 'replaced') {
      void closed.catch((err: unknown) => this.log.error('closing the previous session', err));
      return;
    }
    await closed;
    await this.interviewMode.restore();
    this.ended.fire({ reason, timer, now });
    await this.updateContexts();
    this.changed.fire();
  }

  private tick(): void {
    const record = this.record;
    if (!record) return;
    const title = this.catalog.get(record.problemId)?.title ?? record.problemId;
    const now = this.clock();
    const stage = record.stages ? currentStage(record.stages, usedMs(record.timer, now)) : undefined;
    this.statusBar.show(title, remainingMs(record.timer, now), record.timer.status, stage ? { title: stage.stage.title, remainingMs: stage.remainingMs } : undefined);
    if (stage && stage.remainingMs < 0 && record.timer.status === 'running' && this.stageOverIndex !== stage.index) {
      this.stageOverIndex = stage.index;
      this.stageOver.fire(stage.index);
    }
    if (!stage) this.stageOverIndex = -1;
    // A card's short clock runs out quietly: the panel shows it, and no popup interrupts the explanation.
    if (record.timer.status === 'running' && isOvertime(record.timer, now) && !record.overtimeNotified && this.catalog.get(record.problemId)?.kind !== 'concept') {
      this.record = { ...record, overtimeNotified: true };
      void this.persist();
      this.timerChanged.fire();
      void vscode.window.showWarningMessage(`Time is up for "${title}". Keep going: the attempt is marked as overtime.`);
    }
  }

  private async persist(): Promise<void> {
    await this.state.update(SESSION_KEY, this.record);
  }

  private async updateContexts(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'mlprep.sessionActive', this.record !== undefined);
    await vscode.commands.executeCommand('setContext', 'mlprep.solutionPaths', this.record ? [this.record.solutionPath] : []);
  }

  dispose(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.changed.dispose();
    this.timerChanged.dispose();
    this.ending.dispose();
    this.ended.dispose();
    this.stageOver.dispose();
  }
}
