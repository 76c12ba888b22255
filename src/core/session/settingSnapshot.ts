/**
 * A setting read when the window starts and read again only when the editor says it changed
 * (BATTERY row 52).
 *
 * Why: in a remote window (code-server, SSH, containers) VS Code does not apply `machine` and
 * `machine-overridable` settings from the local user settings file. It still shows them until it
 * next parses that file, because the extension's settings are registered after the first parse;
 * the next write to the user settings (interview mode writes some) re-parses the file and the
 * value disappears from `inspect()` and `get()` without a change event, although the file still
 * contains it. Reading the setting anew at every use then silently moves new solution files to
 * the default folder in the middle of the day. A snapshot keeps what the window started with
 * until a real change is reported (a change in the Remote settings, or in the workspace).
 */
import { trustedSettingValue, type SettingLayers } from './trust';

export class SettingSnapshot<T> {
  private layers: SettingLayers<T> | undefined;

  constructor(private readonly read: () => SettingLayers<T> | undefined) {
    this.layers = read();
  }

  /** Reads the setting again (the editor reported a change to it). */
  refresh(): void {
    this.layers = this.read();
  }

  /** The value to use; in an untrusted workspace only the user-level one (BATTERY row 25). */
  value(trusted: boolean): T | undefined {
    return trustedSettingValue(trusted, this.layers);
  }
}
