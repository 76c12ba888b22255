/**
 * Workspace Trust rules (BATTERY row 25), as pure functions so that they are tested without
 * a window in Restricted Mode.
 */

export interface SettingLayers<T> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

/**
 * The value of a setting that decides what code runs (interpreter path, practice folder).
 * In an untrusted workspace the workspace and folder layers are ignored: a cloned repository
 * must not be able to choose the interpreter that runs when the user clicks Run.
 */
export function trustedSettingValue<T>(trusted: boolean, layers: SettingLayers<T> | undefined): T | undefined {
  if (!layers) return undefined;
  if (!trusted) return layers.globalValue ?? layers.defaultValue;
  return layers.workspaceFolderValue ?? layers.workspaceValue ?? layers.globalValue ?? layers.defaultValue;
}

export const RESTRICTED_MODE_REASON =
  'Running solutions is disabled in Restricted Mode. Trust this workspace (Manage Workspace Trust) to run and submit.';

/**
 * Why a problem cannot be run now, or undefined when it can. Discussion rounds run no code
 * (their answer is checked against the rubric), so trust does not matter for them.
 */
export function runBlockedReason(kind: 'coding' | 'design' | 'behavioral' | 'concept', trusted: boolean): string | undefined {
  if (kind !== 'coding') return undefined;
  if (!trusted) return RESTRICTED_MODE_REASON;
  return undefined;
}
