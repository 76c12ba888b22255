import * as vscode from 'vscode';
import { resolvePracticeFolder } from '../core/session/practiceFiles';
import { SettingSnapshot } from '../core/session/settingSnapshot';
import { isTargetLevel, type Difficulty, type Language, type TargetLevel } from '../core/vocabulary';
import type { Logger } from './logger';

/** Every `mlprep.*` setting, read when needed (a change applies to the next use). */
export interface Settings {
  practiceFolder(): string;
  pythonPath(): string | undefined;
  defaultLanguage(): Language;
  fixedMinutes(): number | null;
  minutesByDifficulty(): Partial<Record<Difficulty, number>>;
  hintPenaltyMinutes(): number;
  interviewModeDefault(): boolean;
  timeLimitScale(): number;
  /** Python runs fork from a warm parent (`mlprep.judge.warmInterpreter`). */
  warmInterpreter(): boolean;
  /** Folders of the user's own problem packs (`mlprep.problemPacks`); user-level only in Restricted Mode. */
  problemPacks(): string[];
  targetLevel(): TargetLevel;
  loopAllowHints(): boolean;
}

/**
 * The settings of the user and the workspace. The two that decide what code runs and where
 * files are written (`pythonPath`, `practiceFolder`) take only the user-level value in
 * Restricted Mode (BATTERY row 25), and are kept from the window's start until VS Code reports
 * a change to them: in a remote window VS Code can stop showing their user-level value after
 * any write to the user settings, without a change (BATTERY row 52, `SettingSnapshot`).
 */
export function workspaceSettings(extensionDir: string, log: Logger): Settings & vscode.Disposable {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('mlprep');
  const machine = (key: string): SettingSnapshot<string> => new SettingSnapshot(() => config().inspect<string>(key));
  const folder = machine('practiceFolder');
  const python = machine('pythonPath');
  const packs = new SettingSnapshot(() => config().inspect<string[]>('problemPacks'));
  const watch = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('mlprep.practiceFolder')) folder.refresh();
    if (e.affectsConfiguration('mlprep.pythonPath')) python.refresh();
    if (e.affectsConfiguration('mlprep.problemPacks')) packs.refresh();
  });
  return {
    practiceFolder: () => {
      const resolved = resolvePracticeFolder(folder.value(vscode.workspace.isTrusted), extensionDir);
      if (resolved.warning) log.warn(resolved.warning);
      return resolved.folder;
    },
    pythonPath: () => {
      const value = python.value(vscode.workspace.isTrusted);
      return value && value.trim() ? value.trim() : undefined;
    },
    defaultLanguage: () => config().get<Language>('defaultLanguage', 'python'),
    fixedMinutes: () => config().get<number | null>('timer.minutes', null),
    minutesByDifficulty: () => config().get<Partial<Record<Difficulty, number>>>('timer.minutesByDifficulty', {}),
    hintPenaltyMinutes: () => Math.max(0, config().get<number>('hints.penaltyMinutes', 2)),
    interviewModeDefault: () => config().get<boolean>('interviewMode', true),
    timeLimitScale: () => config().get<number>('judge.timeLimitScale', 1),
    warmInterpreter: () => config().get<boolean>('judge.warmInterpreter', true),
    problemPacks: () => {
      const value = packs.value(vscode.workspace.isTrusted);
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
    },
    targetLevel: () => {
      const v = config().get<string>('targetLevel', 'mid');
      return isTargetLevel(v) ? v : 'mid';
    },
    loopAllowHints: () => config().get<boolean>('loop.allowHints', false),
    dispose: () => watch.dispose(),
  };
}
