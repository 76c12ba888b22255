import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { InterviewFolder, processIsAlive } from '../core/session/interviewFolder';
import { InterviewLeases, type InterviewSetting, type UserSettingsIo } from '../core/session/interviewLeases';
import type { FileState } from './fileState';

/**
 * Interview mode: turns off completion aids for the length of a session and afterwards puts
 * back the user's exact previous user-level values (including "not set").
 *
 * The previous values are saved in the state folder every window shares BEFORE anything is
 * changed, so that a crash or a reload in the middle of a session still restores them. With
 * several windows in interview mode, the first one saves the values and the last one to end
 * puts them back (see `InterviewLeases`); on activation, a window with no running session
 * restores them unless another live window is still in interview mode.
 */

/** Settings changed while interview mode is on, and the value they get. */
export const INTERVIEW_SETTINGS: readonly InterviewSetting[] = [
  { section: 'editor', key: 'inlineSuggest.enabled', value: false },
  { section: 'editor', key: 'quickSuggestions', value: { other: 'off', comments: 'off', strings: 'off' } },
  { section: 'editor', key: 'suggestOnTriggerCharacters', value: false },
  { section: 'editor', key: 'parameterHints.enabled', value: false },
  { section: 'editor', key: 'wordBasedSuggestions', value: 'off' },
  { section: 'github.copilot', key: 'enable', value: { '*': false } },
];

/** The user-level (Global) settings of VS Code. */
const userSettings: UserSettingsIo = {
  read(section, key) {
    const info = vscode.workspace.getConfiguration(section).inspect(key);
    if (!info || info.defaultValue === undefined) return undefined;
    return info.globalValue === undefined ? { had: false } : { had: true, value: info.globalValue };
  },
  async write(section, key, value) {
    await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Global);
  },
};

export class InterviewMode {
  private readonly leases: InterviewLeases;

  /** `state`: the durable state of the window; its folder is shared by every window. */
  constructor(state: FileState, log: (msg: string) => void) {
    const me = { id: `${process.pid}-${randomBytes(6).toString('hex')}`, pid: process.pid };
    this.leases = new InterviewLeases({
      state: new InterviewFolder(state.folder, { log }),
      settings: userSettings,
      aids: INTERVIEW_SETTINGS,
      me,
      isAlive: processIsAlive,
      now: Date.now,
      log,
    });
  }

  /** This window is in interview mode. */
  isOn(): boolean {
    return this.leases.isOn();
  }

  async enable(): Promise<void> {
    await this.leases.enable();
  }

  /** This window leaves interview mode; the last window to leave puts the saved values back. Safe to call when nothing is saved. */
  async restore(): Promise<void> {
    await this.leases.restore();
  }
}
