import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, stopAnySession } from './helpers';

describe('BRIEFS: interview-style briefs in real VS Code', function () {
  this.timeout(120_000);
  after(stopAnySession);

  it('BRIEFS: a session on a problem with a brief records the clarifying questions asked (BATTERY 115: unknown and repeated ids change nothing); Submit scores as without them', async () => {
    const a = await api();
    const started = (await vscode.commands.executeCommand('mlprep.startSession', 'roc-auc')) as { solutionPath: string };
    assert.ok(started?.solutionPath);
    await a.deliverWebviewMessage('problem', { type: 'askQuestion', id: 'ties' });
    await a.deliverWebviewMessage('problem', { type: 'askQuestion', id: 'ties' });
    await a.deliverWebviewMessage('problem', { type: 'askQuestion', id: 'no-such-question' });
    await a.deliverWebviewMessage('problem', { type: 'askQuestion', id: 'return' });
    await a.deliverWebviewMessage('problem', { type: 'showStatement' });
    const reference = await fs.readFile(path.join(a.catalog.get('roc-auc')!.dir, 'solutions', 'reference.py'), 'utf8');
    await fs.writeFile(started.solutionPath, reference);
    const result = (await vscode.commands.executeCommand('mlprep.submit')) as { verdict: string; score?: number };
    assert.equal(result.verdict, 'pass');
    const attemptId = a.getSessionState()?.attemptId;
    assert.ok(attemptId);
    const file = path.join(os.tmpdir(), `mlprep-briefs-${Date.now()}.json`);
    await vscode.commands.executeCommand('mlprep.exportHistory', 'json', file);
    const exported = JSON.parse(await fs.readFile(file, 'utf8')) as { attempts: { id: string; score: number; clarifications?: { asked: { id: string; atMs: number }[]; fullStatementAtMs?: number; keyAsked: number; keyTotal: number; total: number } }[] };
    const attempt = exported.attempts.find((x) => x.id === attemptId);
    assert.ok(attempt?.clarifications, 'the attempt carries the clarifications');
    assert.deepEqual(attempt.clarifications.asked.map((q) => q.id), ['ties', 'return']);
    assert.equal(attempt.clarifications.keyAsked, 1);
    assert.ok(attempt.clarifications.keyTotal >= 2);
    assert.ok(attempt.clarifications.fullStatementAtMs !== undefined);
    assert.equal(attempt.score, 100, 'asking costs nothing');
    // The CSV has the two columns.
    const csv = path.join(os.tmpdir(), `mlprep-briefs-${Date.now()}.csv`);
    await vscode.commands.executeCommand('mlprep.exportHistory', 'csv', csv);
    const lines = (await fs.readFile(csv, 'utf8')).split('\r\n');
    const header = lines[0]!.split(',');
    const row = lines.find((l) => l.startsWith(attemptId))!.split(',');
    assert.equal(row[header.indexOf('clarificationsAsked')], '2');
    assert.equal(row[header.indexOf('keyQuestionsAsked')], `1/${attempt.clarifications.keyTotal}`);
  });
});
