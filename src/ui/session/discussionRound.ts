import * as fs from 'node:fs/promises';
import * as vscode from 'vscode';
import { checkAnswer } from '../../core/design/check';
import type { CoverageItem } from '../../core/design/coverage';
import { loadRubric, loadTemplate } from '../../core/problems/loader';
import type { BehavioralProblem, BehavioralRubric, DesignProblem, Problem } from '../../core/problems/schema';
import { behavioralReport, designReport, recordedCoverage, validSelfScore, type DiscussionReport } from '../../core/session/discussionReport';
import { behavioralStages, designStages, followUpHeading, isFinished, nextStage, startStages } from '../../core/session/stageClock';
import { usedMs } from '../../core/session/timer';
import { suggestStories, type Suggestion } from '../../core/stories/bank';
import type { StorySuggestionView } from '../../protocol';
import type { AttemptRecorder } from '../attemptRecorder';
import type { Catalog } from '../catalog';
import { UserError } from '../failures';
import type { Logger } from '../logger';
import type { ProblemPanel } from '../problemPanel';
import type { StoryBank } from '../stories/storyBank';
import type { HintsPresenter } from './hintsPresenter';
import type { SessionState } from './sessionState';

export interface DiscussionRoundDeps {
  session: SessionState;
  catalog: Catalog;
  panel: ProblemPanel;
  hints: HintsPresenter;
  recorder: AttemptRecorder;
  stories: StoryBank;
  log: Logger;
  /** Runs the round's Check answer (the `mlprep.submit` of the session). */
  check: () => Promise<unknown>;
}

/**
 * A timed design or behavioral round on top of the session: the stages on the clock (phases
 * from the rubric's minutes; or 3 minutes of answer, then each follow-up question for 2 minutes,
 * inserted as a heading of the answer), "Next phase", the report of a Check answer (recorded as
 * the attempt's `coverage`), the self-scores, and the stories of the bank that fit the prompt.
 */
export class DiscussionRound implements vscode.Disposable {
  private report: { problemId: string; value: DiscussionReport } | undefined;
  private selfScores: Record<string, number> = {};
  private suggestions: Suggestion[] = [];
  private bankStatus = '';
  private readonly subs: vscode.Disposable[];

  constructor(private readonly d: DiscussionRoundDeps) {
    this.subs = [
      d.session.onStageOver(() => void this.onStageOver()),
      d.session.onDidChangeTimer(() => this.postRound()),
      d.stories.onDidChange(() => void this.loadSuggestions().then(() => this.postRound())),
    ];
  }

  /** Starts the stages of the running discussion session (a coding session has none). */
  async begin(): Promise<void> {
    const { record, problem } = this.d.session.requireProblem();
    this.report = undefined;
    this.selfScores = {};
    this.suggestions = [];
    if (problem.kind === 'coding') return;
    const used = usedMs(record.timer, this.d.session.now());
    const stages = problem.kind === 'design' ? designStages((await loadRubric(problem)).phases) : behavioralStages((await this.behavioralRubric(problem))?.followUps ?? []);
    await this.d.session.update((r) => ({ ...r, stages: startStages(problem.kind === 'design' ? 'design' : 'behavioral', stages, used) }), { timer: true });
    await this.loadSuggestions();
    this.repost();
  }

  /** Ends the current stage now and starts the next; after the last follow-up, checks the answer. */
  async next(): Promise<number | undefined> {
    const record = this.d.session.require();
    const clock = record.stages;
    if (!clock) throw new UserError('This session has no phases: start a design round or a behavioral round.');
    if (isFinished(clock)) return clock.index;
    const moved = nextStage(clock, usedMs(record.timer, this.d.session.now()));
    await this.d.session.update((r) => ({ ...r, stages: moved }), { timer: true });
    const heading = followUpHeading(moved, moved.index);
    if (heading) await this.appendToAnswer(record.solutionPath, heading);
    this.postRound();
    if (isFinished(moved) && moved.round === 'behavioral') await this.d.check();
    return moved.index;
  }

  /** A behavioral stage that runs out moves on (the interviewer asks the next question); a design phase goes into overtime. */
  private async onStageOver(): Promise<void> {
    const clock = this.d.session.current?.stages;
    if (clock?.round === 'behavioral' && !isFinished(clock)) await this.next().catch((err: unknown) => this.d.log.error('moving to the next follow-up', err));
  }

  /** Checks the answer file: the report for the panel, the cases of the run, the coverage to record. */
  async checkAnswer(problem: DesignProblem | BehavioralProblem, answer: string): Promise<{ items: CoverageItem[]; report: DiscussionReport }> {
    const template = await loadTemplate(problem);
    const statement = await this.d.catalog.statement(problem).catch(() => '');
    let report: DiscussionReport;
    if (problem.kind === 'design') {
      const rubric = await loadRubric(problem);
      const check = checkAnswer({ kind: 'design', answer, template, statement, rubric, nuances: problem.nuances });
      report = designReport(check, rubric, (id) => this.d.catalog.nuanceTitle(id));
    } else {
      const rubric = await this.behavioralRubric(problem);
      const check = checkAnswer({ kind: 'behavioral', answer, template, statement, ...(rubric ? { rubric } : {}), nuances: problem.nuances });
      report = behavioralReport(check, rubric);
    }
    const items: CoverageItem[] =
      report.kind === 'design'
        ? report.phases.map((p) => ({ id: p.id, title: p.title, covered: p.covered, found: p.evidence, missing: p.covered ? [] : p.strong.slice(0, 2) }))
        : report.starc.map((s) => ({ id: s.id, title: s.title, covered: s.covered, found: s.evidence, missing: s.covered ? [] : [s.guide] }));
    if (this.report?.problemId !== problem.id) this.selfScores = {};
    this.report = { problemId: problem.id, value: report };
    return { items, report };
  }

  coverageOf(report: DiscussionReport): ReturnType<typeof recordedCoverage> {
    return recordedCoverage(report);
  }

  /** Shows the report of the last check (after its run was posted). */
  showReport(): void {
    this.postReport();
  }

  /** A self-score of a phase (0–3) or a strong signal (0–1), recorded on the attempt. */
  async selfScore(id: string, score: number): Promise<void> {
    const record = this.d.session.require();
    const report = this.report?.problemId === record.problemId ? this.report.value : undefined;
    if (!report) throw new UserError('Check your answer first: the self-score comes after the report.');
    const valid = validSelfScore(report, id, score);
    if (!valid) throw new UserError(`"${id}" cannot be scored ${score}.`);
    this.selfScores = { ...this.selfScores, [id]: score };
    const rubric = Object.entries(this.selfScores).flatMap(([k, v]) => {
      const s = validSelfScore(report, k, v);
      return s ? [s] : [];
    });
    await this.d.recorder.recordSelfScores(this.d.session.require(), rubric, this.d.session.now());
    this.postReport();
  }

  /** Opens a missed nuance's card in the Hints view. */
  async openNuance(id: string): Promise<void> {
    const { problem } = this.d.session.requireProblem();
    if (!(problem.nuances as readonly string[]).includes(id)) throw new UserError(`"${id}" is not a nuance of this prompt.`);
    await this.d.hints.focus(id);
  }

  /** Opens a suggested story (by its index in the last suggestions). */
  async openStory(index: number): Promise<void> {
    const s = this.suggestions[index];
    if (!s) throw new UserError('That story is no longer suggested: the story bank changed.');
    await vscode.window.showTextDocument(vscode.Uri.file(`${this.d.stories.dir()}/${s.story.file}`), { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }

  /** Posts the round and the last report again (a panel that was opened or reloaded). */
  repost(): void {
    this.postRound();
    this.postReport();
    // After a reload the suggestions are read again from the bank.
    if (this.d.session.current?.stages?.round === 'behavioral' && this.suggestions.length === 0) void this.loadSuggestions().then(() => this.postRound());
  }

  get suggested(): readonly Suggestion[] {
    return this.suggestions;
  }

  private async loadSuggestions(): Promise<void> {
    const record = this.d.session.current;
    const problem = record ? this.d.catalog.get(record.problemId) : undefined;
    if (!problem || problem.kind !== 'behavioral') {
      this.suggestions = [];
      return;
    }
    try {
      const bank = await this.d.stories.read();
      const rubric = await this.behavioralRubric(problem);
      this.suggestions = suggestStories(bank.stories, { tags: problem.tags, category: problem.category, competencies: rubric?.competencies ?? [] });
      this.bankStatus = (await this.d.stories.summary()).status;
    } catch (err) {
      this.d.log.error('reading the story bank', err);
      this.suggestions = [];
    }
  }

  private async behavioralRubric(problem: Problem): Promise<BehavioralRubric | undefined> {
    if (problem.kind !== 'behavioral') return undefined;
    return (await loadRubric(problem).catch((err: unknown) => {
      this.d.log.error(`the rubric of ${problem.id}`, err);
      return undefined;
    })) as BehavioralRubric | undefined;
  }

  private postRound(): void {
    const record = this.d.session.current;
    if (!record) return;
    const c = record.stages;
    const suggestions: StorySuggestionView[] = this.suggestions.map((s) => ({ title: s.story.title, competencies: s.matches, failure: s.story.failure }));
    this.d.panel.post({ type: 'round', round: c ? { round: c.round, stages: c.stages, index: c.index, startedAtUsedMs: c.startedAtUsedMs, spentMs: c.spentMs } : undefined, suggestions, bankStatus: this.bankStatus });
  }

  private postReport(): void {
    const record = this.d.session.current;
    const report = this.report && record?.problemId === this.report.problemId ? this.report.value : undefined;
    this.d.panel.post({ type: 'report', report, selfScores: report ? this.selfScores : {} });
  }

  /** Adds a follow-up heading at the end of the answer (in the editor when it is open, else on disk). */
  private async appendToAnswer(file: string, heading: string): Promise<void> {
    const uri = vscode.Uri.file(file);
    const doc = vscode.workspace.textDocuments.find((x) => x.uri.fsPath === uri.fsPath);
    if (doc) {
      const text = doc.getText();
      const sep = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, doc.positionAt(text.length), `${sep}${heading}\n\n`);
      await vscode.workspace.applyEdit(edit);
      await doc.save();
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
      if (editor) {
        const end = doc.positionAt(doc.getText().length);
        editor.selection = new vscode.Selection(end, end);
        editor.revealRange(new vscode.Range(end, end));
      }
      return;
    }
    const text = await fs.readFile(file, 'utf8').catch(() => '');
    const sep = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : text ? '\n\n' : '';
    await fs.appendFile(file, `${sep}${heading}\n\n`);
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
  }
}
