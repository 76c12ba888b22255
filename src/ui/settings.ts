import * as vscode from 'vscode';
import { resolvePracticeFolder } from '../core/session/practiceFiles';
import { trustedSettingValue } from '../core/session/trust';
import type { Difficulty, Language } from '../core/vocabulary';
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
}

/**
 * The settings of the user and the workspace. The two that decide what code runs and where
 * files are written (`pythonPath`, `practiceFolder`) take only the user-level value in
 * Restricted Mode (BATTERY row 25).
 */
export function workspaceSettings(extensionDir: string, log: Logger): Settings {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('mlprep');
  const trusted = (key: string): string | undefined => trustedSettingValue(vscode.workspace.isTrusted, config().inspect<string>(key));
  return {
    practiceFolder: () => {
      const { folder, warning } = resolvePracticeFolder(trusted('practiceFolder'), extensionDir);
      if (warning) log.warn(warning);
      return folder;
    },
    pythonPath: () => {
      const value = trusted('pythonPath');
      return value && value.trim() ? value.trim() : undefined;
    },
    defaultLanguage: () => config().get<Language>('defaultLanguage', 'python'),
    fixedMinutes: () => config().get<number | null>('timer.minutes', null),
    minutesByDifficulty: () => config().get<Partial<Record<Difficulty, number>>>('timer.minutesByDifficulty', {}),
    hintPenaltyMinutes: () => Math.max(0, config().get<number>('hints.penaltyMinutes', 2)),
    interviewModeDefault: () => config().get<boolean>('interviewMode', true),
    timeLimitScale: () => config().get<number>('judge.timeLimitScale', 1),
  };
}
