import * as vscode from 'vscode';

/**
 * Interview mode: turns off completion aids for the length of a session and afterwards puts
 * back the user's exact previous user-level values (including "not set").
 *
 * The previous values are saved in globalState BEFORE anything is changed, so that a crash or a
 * reload in the middle of a session still restores them: on activation, a saved backup with no
 * running interview-mode session is restored.
 */
const BACKUP_KEY = 'mlprep.interviewMode.backup';

/** Settings changed while interview mode is on, and the value they get. */
export const INTERVIEW_SETTINGS: ReadonlyArray<{ section: string; key: string; value: unknown }> = [
  { section: 'editor', key: 'inlineSuggest.enabled', value: false },
  { section: 'editor', key: 'quickSuggestions', value: { other: 'off', comments: 'off', strings: 'off' } },
  { section: 'editor', key: 'suggestOnTriggerCharacters', value: false },
  { section: 'editor', key: 'parameterHints.enabled', value: false },
  { section: 'editor', key: 'wordBasedSuggestions', value: 'off' },
  { section: 'github.copilot', key: 'enable', value: { '*': false } },
];

interface BackupEntry {
  section: string;
  key: string;
  /** The user-level value before the session; absent = not set. */
  had: boolean;
  value?: unknown;
}

export class InterviewMode {
  constructor(
    private readonly state: vscode.Memento,
    private readonly log: (msg: string) => void,
  ) {}

  isOn(): boolean {
    return this.state.get<BackupEntry[]>(BACKUP_KEY) !== undefined;
  }

  async enable(): Promise<void> {
    if (this.isOn()) return;
    const backup: BackupEntry[] = [];
    const apply: (typeof INTERVIEW_SETTINGS)[number][] = [];
    for (const s of INTERVIEW_SETTINGS) {
      const info = vscode.workspace.getConfiguration(s.section).inspect(s.key);
      // Settings of extensions that are not installed are not registered: nothing to turn off.
      if (!info || info.defaultValue === undefined) continue;
      backup.push(info.globalValue === undefined ? { section: s.section, key: s.key, had: false } : { section: s.section, key: s.key, had: true, value: info.globalValue });
      apply.push(s);
    }
    await this.state.update(BACKUP_KEY, backup);
    await Promise.all(
      apply.map((s) =>
        Promise.resolve(vscode.workspace.getConfiguration(s.section).update(s.key, s.value, vscode.ConfigurationTarget.Global)).catch((err: unknown) =>
          this.log(`interview mode: ${s.section}.${s.key} left as is (${err instanceof Error ? err.message : String(err)})`),
        ),
      ),
    );
  }

  /** Puts back the saved values. Safe to call when nothing is saved. */
  async restore(): Promise<void> {
    const backup = this.state.get<BackupEntry[]>(BACKUP_KEY);
    if (!backup) return;
    await Promise.all(
      backup.map((b) =>
        Promise.resolve(vscode.workspace.getConfiguration(b.section).update(b.key, b.had ? b.value : undefined, vscode.ConfigurationTarget.Global)).catch((err: unknown) =>
          this.log(`interview mode: could not restore ${b.section}.${b.key} (${err instanceof Error ? err.message : String(err)})`),
        ),
      ),
    );
    await this.state.update(BACKUP_KEY, undefined);
  }
}
