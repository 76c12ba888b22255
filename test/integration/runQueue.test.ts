import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, stopAnySession, waitFor } from './helpers';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'solutions');
const CORRECT_SOFTMAX = readFileSync(path.join(FIXTURES, 'softmax_correct.py'), 'utf8');
/** Correct but slow: every case sleeps 0.3 s (well under the 2 s limit), so a Submit takes a few seconds. */
const SLOW_SOFTMAX = CORRECT_SOFTMAX.replace('def softmax(logits):\n', 'def softmax(logits):\n    __import__("time").sleep(0.3)\n');

interface Result {
  verdict: string;
  passed: number;
  total: number;
  error?: { kind: string; message: string };
}

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

describe('one judge, one queue', function () {
  this.timeout(120_000);
  after(stopAnySession);

  it('re-running a snapshot during a Submit waits for it: the Submit keeps its real verdict, the re-run follows', async () => {
    const a = await api();
    assert.notEqual(SLOW_SOFTMAX, CORRECT_SOFTMAX, 'the slow solution sleeps');
    // An earlier attempt with a code snapshot.
    let r = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string };
    await writeSolution(r.solutionPath, CORRECT_SOFTMAX);
    const first = (await vscode.commands.executeCommand('mlprep.submit')) as Result;
    assert.equal(first.verdict, 'pass');
    const earlier = a.getSessionState()?.attemptId;
    assert.ok(earlier, 'earlier attempt recorded');
    await vscode.commands.executeCommand('mlprep.stopSession');

    // A new session submits a slow (correct) solution; the snapshot is re-run while it runs.
    r = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string };
    await writeSolution(r.solutionPath, SLOW_SOFTMAX);
    const finished: string[] = [];
    const submit = Promise.resolve(vscode.commands.executeCommand('mlprep.submit')).then((x) => {
      finished.push('submit');
      return x as Result | undefined;
    });
    await waitFor(() => a.getSessionState()?.running === 'submit', 'submit running', 10_000);
    const rerun = Promise.resolve(vscode.commands.executeCommand('mlprep.rerunSnapshot', earlier)).then((x) => {
      finished.push('rerun');
      return x as Result | undefined;
    });
    const [submitted, rerunResult] = await Promise.all([submit, rerun]);
    assert.equal(submitted?.verdict, 'pass', `the Submit was not cancelled: ${JSON.stringify(submitted?.error ?? submitted?.verdict)}`);
    assert.equal(submitted?.passed, submitted?.total);
    assert.equal(rerunResult?.verdict, 'pass', `the re-run ran: ${JSON.stringify(rerunResult?.error ?? rerunResult?.verdict)}`);
    assert.deepEqual(finished, ['submit', 'rerun'], 'the re-run completes after the Submit');
  });
});
