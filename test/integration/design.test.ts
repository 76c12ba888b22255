import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, stopAnySession } from './helpers';

describe('design round', function () {
  this.timeout(120_000);
  after(stopAnySession);

  it('starts a timed design round with the answer template and checks the answer against the rubric', async () => {
    const a = await api();
    const r = (await vscode.commands.executeCommand('mlprep.startDesignRound', 'fraud-detection')) as { problemId: string; solutionPath: string };
    assert.equal(r.problemId, 'fraud-detection');
    assert.ok(r.solutionPath.endsWith('answer.md'));
    const template = await fs.readFile(r.solutionPath, 'utf8');
    assert.match(template, /##/, 'the answer file starts from the template');
    assert.equal(a.getSessionState()?.timer.status, 'running');

    const untouched = (await vscode.commands.executeCommand('mlprep.submit')) as { passed: number; total: number };
    assert.equal(untouched.total, 9);
    assert.equal(untouched.passed, 0, 'the template alone covers no phase');

    const problem = a.catalog.get('fraud-detection');
    assert.ok(problem && problem.kind === 'design');
    const rubric = JSON.parse(await fs.readFile(path.join(problem.dir, 'rubric.json'), 'utf8')) as { phases: { id: string; keywords: string[] }[] };
    const metrics = rubric.phases.find((p) => p.id === 'metrics');
    assert.ok(metrics);
    await fs.writeFile(r.solutionPath, `${template}\nOffline we report ${metrics.keywords[0]} and ${metrics.keywords[1]}.\n`);
    const checked = (await vscode.commands.executeCommand('mlprep.submit')) as { passed: number; cases: { name: string; verdict: string }[] };
    assert.ok(checked.passed >= 1);
    const attemptId = a.getSessionState()?.attemptId;
    assert.ok(attemptId, 'the design attempt is recorded');
    const summary = a.history()?.summary(attemptId);
    assert.equal(summary?.kind, 'design');
    assert.equal(summary?.language, 'markdown');
  });
});
