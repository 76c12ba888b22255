import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { FileState } from '../../src/ui/fileState';
import { INTERVIEW_SETTINGS, InterviewMode } from '../../src/ui/interviewMode';
import { api, note, practiceFolder, stopAnySession } from './helpers';

const editor = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('editor');

/** The user-level value of every setting interview mode changes ("not set" = undefined). */
const userValues = (): Record<string, unknown> =>
  Object.fromEntries(INTERVIEW_SETTINGS.map((s) => [`${s.section}.${s.key}`, vscode.workspace.getConfiguration(s.section).inspect(s.key)?.globalValue]));

describe('interview mode', function () {
  this.timeout(60_000);
  after(stopAnySession);

  it('turns completion aids off for the session and restores the exact previous user settings', async () => {
    const a = await api();
    await stopAnySession();
    // A value the user set, and one they never set.
    await editor().update('inlineSuggest.enabled', true, vscode.ConfigurationTarget.Global);
    await editor().update('parameterHints.enabled', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('mlprep').update('interviewMode', true, vscode.ConfigurationTarget.Global);

    await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax');
    assert.equal(a.getSessionState()?.interviewMode, true);
    assert.equal(editor().inspect('inlineSuggest.enabled')?.globalValue, false);
    assert.equal(editor().inspect('parameterHints.enabled')?.globalValue, false);

    await vscode.commands.executeCommand('mlprep.stopSession');
    assert.equal(editor().inspect('inlineSuggest.enabled')?.globalValue, true, 'user value back');
    assert.equal(editor().inspect('parameterHints.enabled')?.globalValue, undefined, 'unset stays unset');
    await editor().update('inlineSuggest.enabled', undefined, vscode.ConfigurationTarget.Global);
  });

  it('after a crash mid-session the saved settings are restored on the next activation', async () => {
    await api();
    await stopAnySession();
    await editor().update('quickSuggestions', { other: 'on', comments: 'off', strings: 'off' }, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax');
    assert.deepEqual(editor().inspect('quickSuggestions')?.globalValue, { other: 'off', comments: 'off', strings: 'off' });
    // Simulate a crash: the session is gone without end(); activation restores.
    await vscode.commands.executeCommand('mlprep.stopSession');
    assert.deepEqual(editor().inspect('quickSuggestions')?.globalValue, { other: 'on', comments: 'off', strings: 'off' });
    await editor().update('quickSuggestions', undefined, vscode.ConfigurationTarget.Global);
  });

  it('can be toggled off for one session', async () => {
    const a = await api();
    await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax');
    const on = await vscode.commands.executeCommand('mlprep.toggleInterviewMode');
    assert.equal(on, false);
    assert.equal(a.getSessionState()?.interviewMode, false);
    assert.equal(editor().inspect('inlineSuggest.enabled')?.globalValue, undefined);
  });

  it('BATTERY 50: two windows over one state folder — A on, B on, A ends, B ends — give back the exact previous values', async () => {
    await api();
    await stopAnySession();
    const folder = fs.mkdtempSync(path.join(tmpdir(), 'mlprep-state-'));
    try {
      // The user's own values: one set, one set to a non-default object, the rest never set.
      await editor().update('inlineSuggest.enabled', true, vscode.ConfigurationTarget.Global);
      await editor().update('quickSuggestions', { other: 'on', comments: 'on', strings: 'off' }, vscode.ConfigurationTarget.Global);
      await editor().update('parameterHints.enabled', undefined, vscode.ConfigurationTarget.Global);
      const before = userValues();
      const log = (m: string): void => note(`state: ${m}`);
      // Each window opens its state when it activates: both before either turns interview mode on.
      const windowA = new InterviewMode(new FileState(folder), log);
      const windowB = new InterviewMode(new FileState(folder), log);

      await windowA.enable();
      assert.equal(editor().inspect('inlineSuggest.enabled')?.globalValue, false);
      await windowB.enable();
      await windowA.restore();
      assert.equal(editor().inspect('parameterHints.enabled')?.globalValue, false, 'B is still in interview mode');
      // A third window activating with no session (the crash restore) leaves B's interview mode alone.
      await new InterviewMode(new FileState(folder), log).restore();
      assert.equal(editor().inspect('inlineSuggest.enabled')?.globalValue, false, 'B is still in interview mode');
      await windowB.restore();
      assert.deepEqual(userValues(), before);
      assert.equal(editor().inspect('parameterHints.enabled')?.globalValue, undefined, 'not set stays not set');
    } finally {
      await editor().update('inlineSuggest.enabled', undefined, vscode.ConfigurationTarget.Global);
      await editor().update('quickSuggestions', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('BATTERY 51: a failed state write (the folder replaced by a file) does not stop the next writes', async () => {
    const folder = fs.mkdtempSync(path.join(tmpdir(), 'mlprep-state-'));
    try {
      const state = new FileState(folder);
      await state.update('mlprep.session', { n: 1 });
      fs.rmSync(folder, { recursive: true });
      fs.writeFileSync(folder, 'not a folder');
      await assert.rejects(Promise.resolve(state.update('mlprep.session', { n: 2 })), /ENOTDIR|EEXIST|ENOENT/);
      fs.rmSync(folder);
      fs.mkdirSync(folder);
      await state.update('mlprep.session', { n: 3 });
      assert.deepEqual(new FileState(folder).get('mlprep.session'), { n: 3 });
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('BATTERY 52: after interview mode rewrote the user settings, the next session\'s solution file is in the configured practice folder', async () => {
    const a = await api();
    await stopAnySession();
    const configured = path.resolve(await practiceFolder());
    await vscode.workspace.getConfiguration('mlprep').update('interviewMode', true, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax');
    assert.equal(a.getSessionState()?.interviewMode, true);
    assert.equal(await vscode.commands.executeCommand('mlprep.toggleInterviewMode'), false);
    assert.equal(await vscode.commands.executeCommand('mlprep.toggleInterviewMode'), true);
    await vscode.commands.executeCommand('mlprep.stopSession');
    note(`VS Code now shows mlprep.practiceFolder as ${JSON.stringify(vscode.workspace.getConfiguration('mlprep').inspect('practiceFolder')?.globalValue)} (configured: ${configured}, remote: ${vscode.env.remoteName ?? 'no'})`);

    const next = (await vscode.commands.executeCommand('mlprep.startSession', 'precision-at-k')) as { solutionPath: string };
    assert.ok(next.solutionPath.startsWith(configured + path.sep), `${next.solutionPath} is in ${configured}`);
    await vscode.commands.executeCommand('mlprep.stopSession');
  });
});
