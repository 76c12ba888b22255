import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { measureActivation } from '../support/activation';
import { api, EXTENSION_ID, note, stopAnySession, waitFor } from './helpers';

const PUBLIC_COMMANDS = [
  'mlprep.startSession',
  'mlprep.runTests',
  'mlprep.submit',
  'mlprep.showHints',
  'mlprep.startMockLoop',
  'mlprep.startDesignRound',
  'mlprep.showProgress',
  'mlprep.exportHistory',
];

describe('activation and contributions', () => {
  after(stopAnySession);

  // First test of the run, while the extension is still inactive (files run in name order).
  it('activation is measured against a trivial extension in the same run (printed); the services load on first use', async () => {
    const { line, servicesLoaded } = await measureActivation('integration');
    note(line);
    if (servicesLoaded) assert.deepEqual(servicesLoaded, { atActivation: false, afterFirstCommand: true }, 'dist/host.js is loaded by the first command, not by activation');
    // The activation entry stays a forwarder: no library and no service is bundled into it.
    const entry = readFileSync(path.join(vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '', 'dist', 'extension.js'), 'utf8');
    assert.ok(entry.length < 24_000, `dist/extension.js is ${entry.length} bytes`);
  });

  it('activates and loads the bundled problems without diagnostics', async () => {
    const a = await api();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.ok(a.catalog.all().length >= 2, 'problems loaded');
    assert.deepEqual(a.catalog.diagnostics, []);
  });

  it('registers every public command and every command of the manifest', async () => {
    await api();
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of PUBLIC_COMMANDS) assert.ok(all.has(id), `${id} registered`);
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { commands: { command: string }[] } };
    for (const c of manifest.contributes.commands) assert.ok(all.has(c.command), `${c.command} registered`);
  });

  it('shows the Problems and Past Attempts trees and the Hints view', async () => {
    const a = await api();
    await vscode.commands.executeCommand('workbench.view.extension.mlprep');
    const roots = a.views.problemsTree.getChildren();
    assert.ok(roots.length > 0, 'problems tree has rounds');
    assert.ok(Array.isArray(a.views.attemptsTree.getChildren()));
    await vscode.commands.executeCommand('mlprep.hints.focus');
    await waitFor(() => a.views.hints.isVisible, 'hints view visible');
  });

  it('mlprep.startSession(id) opens the problem panel with a running timer, within 300 ms', async () => {
    const a = await api();
    const open = async (id: string): Promise<{ panelMs: number; editorMs: number; readyMs: number; commandMs: number }> => {
      const t0 = Date.now();
      const result = (await vscode.commands.executeCommand('mlprep.startSession', id)) as { problemId: string; solutionPath: string };
      assert.equal(result.problemId, id);
      await a.views.problemPanel.whenReady();
      const t = a.getSessionState()?.opened;
      assert.ok(t);
      return { panelMs: t.panelMs, editorMs: t.editorMs, readyMs: t.readyMs ?? -1, commandMs: Date.now() - t0 };
    };
    // The first panel of a window also loads the webview runtime in the browser (cold).
    const cold = await open('stable-softmax');
    a.views.problemPanel.close();
    const warm = await open('roc-auc');
    note(`problem panel, cold: created with its content ${cold.panelMs} ms after the command, webview rendered ${cold.readyMs} ms, editor ${cold.editorMs} ms`);
    note(`problem panel, warm: created with its content ${warm.panelMs} ms after the command, webview rendered ${warm.readyMs} ms, editor ${warm.editorMs} ms`);
    assert.ok(a.views.problemPanel.isOpen, 'panel open');
    assert.ok(a.getSessionState()?.timer.status === 'running');
    assert.match(a.views.statusBar.text, /\d\d:\d\d/);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath.endsWith('solution.py'));
    assert.ok(editor, 'solution file opened in an editor');
    assert.ok(warm.panelMs < 300, `panel opened in ${warm.panelMs} ms (budget 300 ms)`);
  });
});
