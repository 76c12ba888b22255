import * as vscode from 'vscode';
import { penalize } from '../../core/session/timer';
import { HINT_LEVELS, type HintLevel } from '../../core/vocabulary';
import type { AttemptRecorder } from '../attemptRecorder';
import { UserError } from '../failures';
import type { Settings } from '../settings';
import type { HintsPresenter } from './hintsPresenter';
import type { SessionState } from './sessionState';

/**
 * The hint ladder of a coding session: concept → approach → pitfall, in that order. Each
 * reveal is confirmed (the dialog says its cost), takes the penalty off the clock and is
 * logged on the attempt.
 */
export class HintLadder {
  constructor(
    private readonly session: SessionState,
    private readonly settings: Settings,
    private readonly recorder: AttemptRecorder,
    private readonly hints: HintsPresenter,
  ) {}

  /**
   * Reveals a hint (the next one when no level is given); true when it is revealed. Earlier
   * levels must be revealed first. `confirmed` skips the dialog (scripts and tests).
   */
  async reveal(level?: HintLevel, confirmed = false): Promise<boolean> {
    const { record, problem } = this.session.requireProblem();
    if (problem.kind !== 'coding') throw new UserError('This round has no hint ladder.');
    if (record.loop?.hints === 'off') throw new UserError('Hints are off inside a mock loop (setting "mlprep.loop.allowHints").');
    const revealed = new Set(record.hints.map((h) => h.level));
    // Only the levels this problem has (a pack may offer fewer than three).
    const offered = HINT_LEVELS.filter((l) => problem.hints.some((h) => h.level === l));
    const next = offered.find((l) => !revealed.has(l));
    const target = level ?? next;
    if (!target) {
      void vscode.window.showInformationMessage(offered.length === 0 ? 'This problem has no hints.' : 'All hints of this problem are revealed.');
      return false;
    }
    if (!offered.includes(target)) throw new UserError(`This problem has no ${target} hint.`);
    if (revealed.has(target)) return true;
    if (target !== next) throw new UserError(`Reveal the ${next} hint first.`);
    // Inside a mock loop a hint costs double.
    const penaltyMinutes = this.settings.hintPenaltyMinutes() * (record.loop ? 2 : 1);
    if (!confirmed && !(await this.confirm(target, penaltyMinutes))) return false;
    const penaltyMs = Math.round(penaltyMinutes * 60_000);
    const at = this.session.now();
    const updated = await this.session.update((r) => ({ ...r, timer: penalize(r.timer, penaltyMs), hints: [...r.hints, { level: target, at, penaltyMs }] }), { timer: true });
    if (updated.attemptId) await this.recorder.updateHints(updated, this.session.now());
    this.hints.push();
    return true;
  }

  private async confirm(level: HintLevel, penaltyMinutes: number): Promise<boolean> {
    const cost = penaltyMinutes > 0 ? ` It costs ${penaltyMinutes} minute${penaltyMinutes === 1 ? '' : 's'} of your remaining time.` : '';
    const choice = await vscode.window.showWarningMessage(`Reveal the ${level} hint?${cost} Hints used are recorded with the attempt.`, { modal: true }, 'Reveal Hint');
    return choice === 'Reveal Hint';
  }
}
