import type * as vscode from 'vscode';
import type { ConceptProblem } from '../../core/problems/schema';
import { selectQuickFire, type GradedCard, type QuickFireOptions, type QuickFireResult } from '../../core/session/quickFire';
import type { ReviewEntry } from '../../core/history/review';
import { CARD_GRADE_TITLES, type CardGrade } from '../../core/vocabulary';
import type { AttemptRecorder } from '../attemptRecorder';
import type { Catalog } from '../catalog';
import { UserError } from '../failures';
import type { Logger } from '../logger';
import type { ProblemPresenter } from './problemPresenter';
import type { SessionLauncher } from './sessionLauncher';
import type { SessionRecord } from '../../core/session/session';
import type { SessionState } from './sessionState';

export interface CardSessionsDeps {
  catalog: Catalog;
  session: SessionState;
  launcher: SessionLauncher;
  presenter: ProblemPresenter;
  recorder: AttemptRecorder;
  /** The review schedule (refreshed when the history changes). */
  reviewQueue: () => readonly ReviewEntry[];
  log: Logger;
}

interface Run {
  readonly cards: readonly ConceptProblem[];
  /** The mock loop the run is a round of (its card attempts carry the loop's id). */
  readonly loop: SessionRecord['loop'] | undefined;
  readonly onGraded: ((g: GradedCard) => void) | undefined;
  index: number;
  readonly endsAt: number;
  timeUp: boolean;
  readonly graded: GradedCard[];
  readonly timer: ReturnType<typeof setTimeout>;
  readonly done: (r: QuickFireResult) => void;
}

const DAY_MS = 86_400_000;

/** "in 3 days", "tomorrow", "today" for a due date. */
export function dueIn(dueAt: string, now: number): string {
  const days = Math.round((Date.parse(dueAt) - now) / DAY_MS);
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

/**
 * Explain-it card sessions: the reveal and self-grade of the running card, and quick-fire runs
 * (cards one after another under one overall clock). A mock loop starts cards through `run`.
 */
export class CardSessions implements vscode.Disposable {
  private revealedAt: { cardId: string; at: number } | undefined;
  private current: Run | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly d: CardSessionsDeps) {
    // A run ends with its session when the user stops it.
    this.subscriptions = [d.session.onDidEnd((e) => (e.reason === 'stopped' ? this.finish('stopped') : undefined))];
  }

  /** The cards of the running quick-fire run and how far it is (for scripts and tests). */
  get running(): { cards: string[]; index: number; graded: number } | undefined {
    const r = this.current;
    return r && { cards: r.cards.map((c) => c.id), index: r.index, graded: r.graded.length };
  }

  /** The model answer of the running card was revealed (the time is kept on its attempt). */
  revealed(): void {
    const { problem } = this.requireCard();
    if (this.revealedAt?.cardId !== problem.id) this.revealedAt = { cardId: problem.id, at: this.d.session.now() };
  }

  /**
   * Records the self-grade and ticked key points of the running card, ends its session, and in
   * a quick-fire run shows the next card (until the cards or the overall time run out).
   */
  async grade(grade: CardGrade, ticked: readonly number[]): Promise<GradedCard> {
    const { record, problem } = this.requireCard();
    const now = this.d.session.now();
    const revealedAt = this.revealedAt?.cardId === problem.id ? this.revealedAt.at : undefined;
    const attemptId = await this.d.recorder.recordCard(record, { ticked, grade, ...(revealedAt !== undefined ? { revealedAt } : {}) }, now);
    if (attemptId) await this.d.session.update((r) => ({ ...r, attemptId }));
    this.revealedAt = undefined;
    const graded: GradedCard = { cardId: problem.id, grade, ticked: [...ticked], keyPoints: problem.keyPoints.length, ...(attemptId ? { attemptId } : {}) };
    const next = this.d.reviewQueue().find((e) => e.problemId === problem.id);
    const recorded = `Recorded “${CARD_GRADE_TITLES[grade]}” for “${problem.title}”${next ? `: next review ${dueIn(next.dueAt, Date.now())}` : ''}.`;
    const run = this.current;
    if (run && run.cards[run.index]?.id === problem.id) {
      run.graded.push(graded);
      run.onGraded?.(graded);
      run.index++;
      const following = run.cards[run.index];
      if (following && !run.timeUp && Date.now() < run.endsAt) {
        await this.show(run, following);
        this.d.presenter.notice('info', recorded);
        return graded;
      }
      this.finish(following ? 'time-up' : 'done');
      await this.d.session.end('solved');
      const good = run.graded.filter((g) => g.grade === 'good' || g.grade === 'easy').length;
      this.d.presenter.notice('info', `${recorded} Quick-fire finished: ${run.graded.length} card${run.graded.length === 1 ? '' : 's'}, ${good} good or easy${following ? ' (time is up)' : ''}.`);
      this.d.presenter.cardGraded(grade, next?.dueAt ?? '', true);
      return graded;
    }
    await this.d.session.end('solved');
    this.d.presenter.notice('info', recorded);
    this.d.presenter.cardGraded(grade, next?.dueAt ?? '', true);
    return graded;
  }

  /** Starts a quick-fire run: due cards first, then new ones (see `selectQuickFire`). */
  async startQuickFire(options: QuickFireOptions): Promise<{ cards: string[]; endsAt: string }> {
    const all = this.d.catalog.all().filter((p): p is ConceptProblem => p.kind === 'concept');
    if (!all.length) throw new UserError('There are no explain-it cards in the problem pack.');
    const cards = selectQuickFire(all, this.d.reviewQueue(), new Date(), options.count, Math.random);
    const { started } = this.begin(cards, options.minutes);
    await started;
    const run = this.current;
    return { cards: cards.map((c) => c.id), endsAt: new Date(run?.endsAt ?? Date.now()).toISOString() };
  }

  /**
   * Runs the given cards as one session (e.g. inside a mock loop) and resolves when the last
   * one is graded, the time is up, or the user stops it.
   */
  async run(cardIds: readonly string[], minutes: number, options: { loop?: SessionRecord['loop']; onGraded?: (g: GradedCard) => void } = {}): Promise<QuickFireResult> {
    const cards = cardIds.map((id) => {
      const p = this.d.catalog.get(id);
      if (!p || p.kind !== 'concept') throw new UserError(`"${id}" is not an explain-it card of the pack.`);
      return p;
    });
    if (!cards.length) throw new UserError('A card session needs at least one card.');
    const { started, result } = this.begin(cards, minutes, options.loop, options.onGraded);
    await started;
    return result;
  }

  /** Ends the running card run now (e.g. a mock loop's round is over); its open card's session ends too. */
  async stopRun(ended: 'time-up' | 'stopped'): Promise<void> {
    const run = this.current;
    if (!run) return;
    this.finish(ended);
    const session = this.d.session.current;
    if (session && run.cards.some((c) => c.id === session.problemId)) await this.d.session.end('stopped');
  }

  private begin(cards: readonly ConceptProblem[], minutes: number, loop?: SessionRecord['loop'], onGraded?: (g: GradedCard) => void): { started: Promise<void>; result: Promise<QuickFireResult> } {
    this.finish('stopped');
    let done: (r: QuickFireResult) => void = () => undefined;
    const result = new Promise<QuickFireResult>((resolve) => (done = resolve));
    const endsAt = Date.now() + Math.round(minutes * 60_000);
    const run: Run = {
      cards,
      loop,
      onGraded,
      index: 0,
      endsAt,
      timeUp: false,
      graded: [],
      done,
      timer: setTimeout(() => {
        run.timeUp = true;
        if (this.current === run) this.d.presenter.notice('warning', 'Quick-fire time is up: grade this card to finish.');
      }, Math.max(0, endsAt - Date.now())),
    };
    this.current = run;
    this.d.log.info(`quick-fire: ${cards.length} card(s) in ${minutes} min: ${cards.map((c) => c.id).join(', ')}`);
    return { started: this.show(run, cards[0]), result };
  }

  private async show(run: Run, card: ConceptProblem): Promise<void> {
    this.d.presenter.quickFire = () => (this.current === run ? { index: run.index, count: run.cards.length, endsAt: run.endsAt, at: Date.now() } : undefined);
    await this.d.launcher.start(card.id, run.loop ? { loop: run.loop } : {});
  }

  private finish(ended: QuickFireResult['ended']): void {
    const run = this.current;
    if (!run) return;
    this.current = undefined;
    clearTimeout(run.timer);
    run.done({ cards: run.cards.map((c) => c.id), graded: [...run.graded], ended });
  }

  private requireCard(): { record: NonNullable<SessionState['current']>; problem: ConceptProblem } {
    const { record, problem } = this.d.session.requireProblem();
    if (problem.kind !== 'concept') throw new UserError('The running session is not an explain-it card.');
    return { record, problem };
  }

  dispose(): void {
    this.finish('stopped');
    for (const s of this.subscriptions) s.dispose();
  }
}
