import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { MlPrepApi, MlPrepExports } from '../../src/extension';

import { OUR_EXTENSION_ID } from '../support/activation';

export const EXTENSION_ID = OUR_EXTENSION_ID;

/** Shared by every test file of the run (each file is its own bundle with its own module state). */
const shared = globalThis as { mlprepTestPracticeFolder?: string };

/**
 * The practice folder of the tests, chosen once per run: the one configured in the user's
 * settings file (the code-server launcher writes it there, as a user does), else a fresh temp
 * folder set as the user-level setting.
 */
async function prepare(): Promise<string> {
  if (shared.mlprepTestPracticeFolder) return shared.mlprepTestPracticeFolder;
  const configured = vscode.workspace.getConfiguration('mlprep').inspect<string>('practiceFolder')?.globalValue;
  const folder = configured || mkdtempSync(join(tmpdir(), 'mlprep-practice-'));
  shared.mlprepTestPracticeFolder = folder;
  if (!configured) await vscode.workspace.getConfiguration('mlprep').update('practiceFolder', folder, vscode.ConfigurationTarget.Global);
  return folder;
}

/** The practice folder the tests configured (VS Code itself may stop showing it in a remote window). */
export const practiceFolder = prepare;

export async function api(): Promise<MlPrepApi> {
  await prepare();
  const ext = vscode.extensions.getExtension<MlPrepExports>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} not found`);
  return (ext.isActive ? ext.exports : await ext.activate()).ready();
}

export async function waitFor<T>(fn: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function stopAnySession(): Promise<void> {
  const a = await api();
  await vscode.commands.executeCommand('mlprep.stopSession');
  a.views.problemPanel.close();
}

/**
 * Runs a command that must fail: a failed command resolves to undefined (the user was told) and
 * the API's `onDidFail` says why. Returns the failure's message.
 */
export async function commandFailure(id: string, ...args: unknown[]): Promise<string> {
  const a = await api();
  const failures: string[] = [];
  const sub = a.onDidFail((f) => {
    if (f.source === id) failures.push(f.message);
  });
  try {
    const result = await vscode.commands.executeCommand(id, ...args);
    if (failures.length === 0) throw new Error(`${id} did not fail (it returned ${JSON.stringify(result)})`);
    if (result !== undefined) throw new Error(`${id} failed but returned ${JSON.stringify(result)}`);
    return failures[0] ?? '';
  } finally {
    sub.dispose();
  }
}

/** A line for the launcher's output (the extension host's console is not visible there). */
export function note(line: string): void {
  const file = process.env.MLPREP_TEST_REPORT;
  if (file) appendFileSync(file, `       note: ${line}\n`);
}
