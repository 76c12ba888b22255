import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, stopAnySession } from './helpers';

const editor = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('editor');

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
});
