/**
 * Ids of the views, webview panels and URI schemes the extension contributes. Kept apart from the
 * modules that implement them so that the activation entry (`src/extension.ts`) can register
 * them without loading those modules.
 */
export const ViewIds = {
  problems: 'mlprep.problems',
  attempts: 'mlprep.attempts',
  hints: 'mlprep.hints',
  stories: 'mlprep.stories',
} as const;

export const PanelTypes = {
  problem: 'mlprep.problem',
  progress: 'mlprep.progress',
  loop: 'mlprep.loop',
} as const;

/** Read-only documents of a past attempt's code (`mlprep-snapshot:/<attempt>/<run>`). */
export const SNAPSHOT_SCHEME = 'mlprep-snapshot';

/** Keys of the state a window restores after a reload: the running session and mock loop. */
export const StateKeys = {
  session: 'mlprep.session',
  loop: 'mlprep.loop',
} as const;

/**
 * Files of the state folder (`<global storage>/state`) whose presence means there is something
 * to restore or undo at startup: a session or a mock loop that was running, or the settings
 * interview mode changed (`src/core/session/interviewFolder.ts`, BACKUP_FILE).
 */
export const RESTORE_FILES = [`${StateKeys.session}.json`, `${StateKeys.loop}.json`, 'mlprep.interviewMode.backup.json'] as const;
