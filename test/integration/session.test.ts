import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, commandFailure, practiceFolder, stopAnySession, waitFor } from './helpers';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'solutions');
const CORRECT_SOFTMAX = readFileSync(path.join(FIXTURES, 'softmax_correct.py'), 'utf8');

const NAIVE_SOFTMAX = readFileSync(path.join(FIXTURES, 'softmax_naive.py'), 'utf8');

async function writeSolution(file: string, code: string): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file);
  if (doc) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), code);
    await vscode.workspace.applyEdit(edit);
    await doc.save();
  } else {
    await fs.writeFile(file, code);
  }
}

describe('practice session', function () {
  this.timeout(120_000);
  after(stopAnySession);

  it('creates the solution file from the starter in the practice folder and reopens it later', async () => {
    await api();
    const r = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string };
    const practice = await practiceFolder();
    assert.ok(r.solutionPath.startsWith(path.resolve(practice)), `${r.solutionPath} is in the practice folder`);
    const starter = await fs.readFile(r.solutionPath, 'utf8');
    assert.match(starter, /def softmax/);
    await fs.writeFile(r.solutionPath, starter + '\n# my work\n');
    await vscode.commands.executeCommand('mlprep.stopSession');
    const again = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string };
    assert.equal(again.solutionPath, r.solutionPath);
    assert.match(await fs.readFile(again.solutionPath, 'utf8'), /# my work/, 'existing work is never overwritten');
  });

  it('mlprep.submit judges the active solution: a correct one passes every case', async () => {
    const a = await api();
    const r = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string };
    await writeSolution(r.solutionPath, CORRECT_SOFTMAX);
    const result = (await vscode.commands.executeCommand('mlprep.submit')) as { verdict: string; passed: number; total: number };
    assert.equal(result.verdict, 'pass', JSON.stringify(result).slice(0, 500));
    assert.equal(result.passed, result.total);
    assert.ok(a.getSessionState()?.attemptId, 'attempt recorded at the first submit');
  });

  it('a naive solution fails a hidden nuance or overflow case and Run only runs visible cases', async () => {
    const a = await api();
    const r = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string };
    await writeSolution(r.solutionPath, NAIVE_SOFTMAX);
    const run = (await vscode.commands.executeCommand('mlprep.runTests')) as { cases: { hidden: boolean }[] };
    assert.ok(run.cases.every((c) => !c.hidden), 'Run executes visible (and custom) cases only');
    const submit = (await vscode.commands.executeCommand('mlprep.submit')) as { verdict: string; cases: { hidden: boolean; verdict: string }[] };
    assert.equal(submit.verdict, 'fail');
    assert.ok(submit.cases.some((c) => c.hidden && c.verdict !== 'pass'), 'a hidden case fails');
    assert.ok(a.getSessionState());
  });

  it('a runtime error becomes a diagnostic on the failing line of the solution file', async () => {
    const r = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string };
    await writeSolution(r.solutionPath, 'def softmax(logits):\n    x = 1\n    raise ValueError("boom")\n');
    await vscode.commands.executeCommand('mlprep.runTests');
    const diags = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(vscode.Uri.file(r.solutionPath)).filter((x) => x.source === 'ML Prep');
      return d.length ? d : undefined;
    }, 'runtime error diagnostic');
    assert.equal(diags[0]?.range.start.line, 2, 'diagnostic on line 3 (0-based 2)');
    assert.match(diags[0]?.message ?? '', /boom/);
  });

  it('two quick runs never overlap: the second waits for the first', async () => {
    const r = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string };
    await writeSolution(r.solutionPath, CORRECT_SOFTMAX);
    const a = await api();
    const first = vscode.commands.executeCommand('mlprep.runTests');
    await waitFor(() => a.getSessionState()?.running, 'first run started', 5000);
    const second = vscode.commands.executeCommand('mlprep.runTests');
    assert.equal(a.getSessionState()?.running, 'run');
    const [r1, r2] = (await Promise.all([first, second])) as { verdict: string }[];
    assert.equal(r1?.verdict, 'pass');
    assert.equal(r2?.verdict, 'pass');
  });

  it('pause stops the clock and resume continues from the same remaining time', async () => {
    const a = await api();
    await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax');
    await vscode.commands.executeCommand('mlprep.pauseResume');
    assert.equal(a.getSessionState()?.timer.status, 'paused');
    const before = a.getSessionState()?.timer.remainingMs ?? 0;
    await new Promise((r) => setTimeout(r, 1200));
    assert.equal(a.getSessionState()?.timer.remainingMs, before, 'no time passes while paused');
    await vscode.commands.executeCommand('mlprep.pauseResume');
    assert.equal(a.getSessionState()?.timer.status, 'running');
  });

  it('revealing a hint costs the configured minutes and is recorded', async () => {
    const a = await api();
    await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax');
    const before = a.getSessionState()?.timer.remainingMs ?? 0;
    const ok = await vscode.commands.executeCommand('mlprep.revealHint', 'concept', true);
    assert.equal(ok, true);
    const after = a.getSessionState()?.timer.remainingMs ?? 0;
    assert.ok(before - after >= 2 * 60_000 - 1000, `penalty applied (${before - after} ms)`);
    assert.equal(a.getSessionState()?.hints[0]?.level, 'concept');
    const msg = a.views.hints.current;
    assert.equal(msg.type, 'hints');
    if (msg.type === 'hints') assert.equal(msg.hints[0]?.revealed, true);
    assert.match(await commandFailure('mlprep.revealHint', 'pitfall', true), /approach/);
  });

  it('BATTERY 28: odd webview messages are rejected and logged; nothing is opened or written', async () => {
    const a = await api();
    const r = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string };
    const before = a.views.problemPanel.rejectedMessages;
    const editorsBefore = vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()).sort();
    const customFile = path.join(path.dirname(r.solutionPath), 'custom-tests.json');
    await fs.rm(customFile, { force: true });
    a.deliverWebviewMessage('problem', { type: 'deleteEverything' });
    a.deliverWebviewMessage('problem', { type: 'setLanguage', language: 'cobol' });
    a.deliverWebviewMessage('problem', { type: 'openSolution', path: 'file:///etc/passwd' });
    a.deliverWebviewMessage('problem', { type: 'addCustomCase', name: 'x', args: '[1]', expected: '1', file: '../../outside.json' });
    a.deliverWebviewMessage('problem', { type: 'removeCustomCase', index: -1 });
    a.deliverWebviewMessage('problem', { type: 'addCustomCase', name: 'big', args: 'x'.repeat(10 * 1024 * 1024), expected: '1' });
    a.deliverWebviewMessage('problem', 'run');
    a.deliverWebviewMessage('problem', null);
    assert.equal(a.views.problemPanel.rejectedMessages - before, 8);
    await new Promise((res) => setTimeout(res, 300));
    const editorsAfter = vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()).sort();
    assert.deepEqual(editorsAfter, editorsBefore, 'no editor opened');
    await assert.rejects(fs.access(customFile), 'nothing written');
    assert.equal(a.getSessionState()?.running, undefined, 'nothing ran');
  });

  it('custom cases are stored beside the solution and run with Run', async () => {
    const a = await api();
    const r = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string };
    await writeSolution(r.solutionPath, CORRECT_SOFTMAX);
    a.deliverWebviewMessage('problem', { type: 'addCustomCase', name: 'three equal', args: '[[1, 1, 1]]', expected: '[0.3333333333, 0.3333333333, 0.3333333333]' });
    const file = path.join(path.dirname(r.solutionPath), 'custom-tests.json');
    await waitFor(async () => (await fs.readFile(file, 'utf8').catch(() => '')).includes('three equal'), 'custom case saved');
    const run = (await vscode.commands.executeCommand('mlprep.runTests')) as { cases: { name: string; verdict: string }[] };
    const custom = run.cases.find((c) => c.name === 'three equal');
    assert.equal(custom?.verdict, 'pass');
    a.deliverWebviewMessage('problem', { type: 'removeCustomCase', index: 0 });
    await waitFor(async () => !(await fs.readFile(file, 'utf8')).includes('three equal'), 'custom case removed');
  });

  it('BATTERY 41: a custom case with a malformed tag is refused when added, with the tag named; nothing is saved', async () => {
    const a = await api();
    const r = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string };
    const file = path.join(path.dirname(r.solutionPath), 'custom-tests.json');
    const before = await fs.readFile(file, 'utf8').catch(() => '');
    const failed = new Promise<{ message: string; expected: boolean }>((resolve) => {
      const sub = a.onDidFail((f) => {
        sub.dispose();
        resolve(f);
      });
    });
    void a.deliverWebviewMessage('problem', { type: 'addCustomCase', name: 'bad float', args: '[[{"$float": "1e-5x"}]]', expected: '[1]' });
    const f = await Promise.race([failed, new Promise<never>((_r, reject) => setTimeout(() => reject(new Error('no failure reported')), 15_000))]);
    assert.match(f.message, /\$float/, 'the message names the bad tag');
    assert.equal(f.expected, true, "the user's input, not a bug");
    assert.equal(await fs.readFile(file, 'utf8').catch(() => ''), before, 'nothing saved');
  });

  it("the panel's Run is mlprep.runTests, and its failure goes through the one failure policy", async () => {
    const a = await api();
    const r = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string };
    await fs.rm(r.solutionPath);
    const failed = new Promise<{ source: string; message: string; expected: boolean }>((resolve) => {
      const sub = a.onDidFail((f) => {
        sub.dispose();
        resolve(f);
      });
    });
    a.deliverWebviewMessage('problem', { type: 'run' });
    const f = await Promise.race([failed, new Promise<never>((_r, reject) => setTimeout(() => reject(new Error('no failure reported')), 15_000))]);
    assert.equal(f.source, 'problem panel: run');
    assert.match(f.message, /is missing/);
    assert.equal(f.expected, true, 'a failure the user can act on');
    assert.match(await commandFailure('mlprep.runTests'), /is missing/, 'the palette command fails the same way');
  });
});
