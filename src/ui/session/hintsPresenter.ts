import type * as vscode from 'vscode';
import { markdown } from '../render';
import type { HostToHints } from '../../protocol';
import type { Catalog } from '../catalog';
import type { HintsView } from '../hintsView';
import type { Settings } from '../settings';
import type { SessionState } from './sessionState';

const EMPTY: HostToHints = { type: 'empty', reason: 'Start a timed session to see its hints and production-nuance cards here.' };

/**
 * What the Hints view shows: the running problem's hint ladder (revealed steps rendered) and
 * its nuance cards, opened on the card of a failed hidden nuance test.
 */
export class HintsPresenter implements vscode.Disposable {
  private focusNuance: string | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly view: HintsView,
    private readonly catalog: Catalog,
    private readonly session: SessionState,
    private readonly settings: Settings,
  ) {
    this.subscription = session.onDidEnd(() => this.view.update(EMPTY));
  }

  /** Shows the current state in the view. */
  push(): void {
    this.view.update(this.message());
  }

  /** A new session starts with no nuance in focus. */
  clearFocus(): void {
    this.focusNuance = undefined;
  }

  /** Opens the view on the card of a nuance (a hidden test about it failed). */
  async focus(nuance: string): Promise<void> {
    this.focusNuance = nuance;
    this.push();
    await this.view.reveal();
  }

  async show(): Promise<void> {
    this.push();
    await this.view.reveal();
  }

  message(): HostToHints {
    const record = this.session.current;
    const problem = record ? this.catalog.get(record.problemId) : undefined;
    if (!record || !problem) return EMPTY;
    const revealed = new Set(record.hints.map((h) => h.level));
    const hints =
      problem.kind === 'coding'
        ? problem.hints.map((h) => (revealed.has(h.level) ? { level: h.level, revealed: true, html: markdown().renderMarkdown(h.text) } : { level: h.level, revealed: false }))
        : [];
    const cards = problem.nuances.flatMap((id) => {
      const c = this.catalog.card(id);
      return c ? [{ id: c.id, title: c.title, whatHtml: markdown().renderMarkdown(c.what), symptomsHtml: markdown().renderMarkdown(c.symptoms), detectHtml: markdown().renderMarkdown(c.detect), fixHtml: markdown().renderMarkdown(c.fix), say: c.say }] : [];
    });
    return {
      type: 'hints',
      problemId: problem.id,
      title: problem.title,
      penaltyMinutes: this.settings.hintPenaltyMinutes(),
      hints,
      cards,
      ...(this.focusNuance ? { focusNuance: this.focusNuance } : {}),
    };
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
