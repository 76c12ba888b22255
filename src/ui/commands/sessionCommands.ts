import * as vscode from 'vscode';
import type { SessionRecord } from '../../core/session/session';
import { quickFireOptions } from '../../core/session/quickFire';
import { HINT_LEVELS, type HintLevel } from '../../core/vocabulary';
import { Commands } from '../commandIds';
import { UserError } from '../failures';
import { pickProblem, type PickerContext } from '../problemPicker';
import type { CommandHandler, CommandTable } from '../registerCommand';
import { problemIdOf, type CommandContext } from './context';

/** What the start commands return to scripts. */
export interface StartedSession {
  problemId: string;
  solutionPath: string;
}

const started = (r: SessionRecord): StartedSession => ({ problemId: r.problemId, solutionPath: r.solutionPath });

export function pickerContext(ctx: CommandContext): PickerContext {
  return { problems: ctx.catalog.all(), status: (id) => ctx.derived.status(id), weakestRound: () => ctx.derived.weakestRound(), reviewDue: () => ctx.derived.reviewDue(), filter: ctx.problemsTree.getFilter() };
}

const isHintLevel = (v: unknown): v is HintLevel => (HINT_LEVELS as readonly unknown[]).includes(v);

/** The session's commands: start, run and submit, timer, interview mode, hints, the status bar menu. */
export function sessionCommands(ctx: CommandContext): CommandTable {
  const startSession: CommandHandler = async (arg?: unknown) => {
    const chosen = problemIdOf(arg) ?? (await pickProblem(pickerContext(ctx)));
    if (!chosen) return undefined;
    const record = await ctx.launcher.start(chosen);
    // A design or behavioral prompt is a timed round with phases, however it was started.
    if (ctx.catalog.get(chosen)?.kind !== 'coding') await ctx.discussion.begin();
    return started(record);
  };
  const toggleInterviewMode: CommandHandler = async () => {
    const on = await ctx.session.toggleInterviewMode();
    await ctx.presenter.sendSession();
    void vscode.window.showInformationMessage(on ? 'Interview mode is on: completion aids are off for this session.' : 'Interview mode is off for this session; your previous settings are back.');
    return on;
  };
  return {
    [Commands.startSession]: startSession,
    [Commands.startDesignRound]: async (arg?: unknown) => {
      const id = typeof arg === 'string' ? arg : await pickProblem(pickerContext(ctx), ['design']);
      if (!id) return undefined;
      if (ctx.catalog.get(id)?.kind !== 'design') throw new UserError(`"${id}" is not an ML system design prompt.`);
      const record = await ctx.launcher.start(id);
      await ctx.discussion.begin();
      return started(record);
    },
    [Commands.startBehavioralRound]: async (arg?: unknown) => {
      const id = problemIdOf(arg) ?? (await pickProblem(pickerContext(ctx), ['behavioral']));
      if (!id) return undefined;
      if (ctx.catalog.get(id)?.kind !== 'behavioral') throw new UserError(`"${id}" is not a behavioral prompt.`);
      const record = await ctx.launcher.start(id);
      await ctx.discussion.begin();
      return { ...started(record), suggestedStories: ctx.discussion.suggested.map((s) => s.story.file) };
    },
    [Commands.nextPhase]: () => ctx.discussion.next(),
    // Script options { count?, minutes? }; resolves to the cards chosen and when the run's time is up.
    [Commands.startQuickFire]: async (raw?: unknown) => {
      const parsed = quickFireOptions(raw);
      if (!parsed.ok) throw new UserError(`Quick-fire: ${parsed.error}.`);
      return ctx.cards.startQuickFire(parsed.options);
    },
    [Commands.runTests]: () => ctx.runs.run('run'),
    [Commands.submit]: () => ctx.runs.run('submit'),
    [Commands.showHints]: () => ctx.hints.show(),
    [Commands.revealHint]: (level?: unknown, confirmed?: unknown) => ctx.ladder.reveal(isHintLevel(level) ? level : undefined, confirmed === true),
    [Commands.pauseResume]: () => ctx.session.togglePause(),
    [Commands.stopSession]: () => ctx.session.end('stopped'),
    [Commands.toggleInterviewMode]: toggleInterviewMode,
    [Commands.sessionMenu]: async () => {
      const s = ctx.session.current;
      if (!s) return startSession();
      const paused = s.timer.status === 'paused';
      const choice = await vscode.window.showQuickPick(
        [
          { label: paused ? '$(debug-continue) Resume timer' : '$(debug-pause) Pause timer', id: 'pause' },
          { label: '$(debug-stop) Stop session', id: 'stop' },
          { label: '$(preview) Show problem panel', id: 'panel' },
          { label: '$(lightbulb) Show hints', id: 'hints' },
          { label: s.interviewMode ? '$(eye) Turn interview mode off' : '$(eye-closed) Turn interview mode on', id: 'interview' },
        ],
        { title: 'ML Prep session' },
      );
      if (choice?.id === 'pause') await ctx.session.togglePause();
      else if (choice?.id === 'stop') await ctx.session.end('stopped');
      else if (choice?.id === 'panel') await ctx.presenter.showPanel();
      else if (choice?.id === 'hints') await ctx.hints.show();
      else if (choice?.id === 'interview') await toggleInterviewMode();
      return undefined;
    },
  };
}
