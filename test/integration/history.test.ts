import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, stopAnySession, waitFor } from './helpers';

describe('past attempts and export', function () {
  this.timeout(120_000);
  after(stopAnySession);

  it('two sessions recorded → tree shows both → diff opens → JSON export has both with verdicts', async () => {
    const a = await api();
    const store = a.history();
    assert.ok(store, 'history store open');
    const before = new Set(store.list().map((x) => x.id));

    // Session 1: a wrong solution (fails).
    let r = (await vscode.commands.executeCommand('mlprep.startSession', 'precision-at-k')) as { solutionPath: string };
    await fs.writeFile(r.solutionPath, 'def precision_at_k(ranked, relevant, k):\n    return 0.0\n');
    await vscode.commands.executeCommand('mlprep.submit');
    const firstId = a.getSessionState()?.attemptId;
    await vscode.commands.executeCommand('mlprep.stopSession');

    // Session 2: the reference solution (passes).
    r = (await vscode.commands.executeCommand('mlprep.startSession', 'precision-at-k')) as { solutionPath: string };
    const problem = a.catalog.get('precision-at-k');
    assert.ok(problem && problem.kind === 'coding');
    await fs.writeFile(r.solutionPath, await fs.readFile(path.join(problem.dir, (problem.languages.python?.reference ?? '')), 'utf8'));
    await vscode.commands.executeCommand('mlprep.submit');
    const secondId = a.getSessionState()?.attemptId;
    await vscode.commands.executeCommand('mlprep.stopSession');
    assert.ok(firstId && secondId && firstId !== secondId);

    const added = store.list().filter((x) => !before.has(x.id));
    assert.equal(added.length, 2);
    assert.deepEqual(added.map((x) => x.verdict).sort(), ['fail', 'pass']);

    // Tree shows both.
    await vscode.commands.executeCommand('mlprep.attemptsGroupByProblem');
    const group = await waitFor(() => a.views.attemptsTree.groups().find((g) => g.key === 'precision-at-k'), 'group of the problem');
    const ids = group.attempts.map((x) => x.id);
    assert.ok(ids.includes(firstId) && ids.includes(secondId));
    await vscode.commands.executeCommand('mlprep.attemptsGroupByDay');
    assert.ok(a.views.attemptsTree.groups().some((g) => g.attempts.some((x) => x.id === secondId)));

    // Diff with the previous attempt opens VS Code's diff editor.
    const diff = (await vscode.commands.executeCommand('mlprep.diffWithPrevious', secondId)) as { left: string; right: string };
    await waitFor(() => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.toString() === diff.right)), 'diff tab');

    // Export JSON without dialogs.
    const target = path.join(os.tmpdir(), `mlprep-export-${Date.now()}.json`);
    const written = await vscode.commands.executeCommand('mlprep.exportHistory', 'json', target);
    assert.equal(written, target);
    const exported = JSON.parse(await fs.readFile(target, 'utf8')) as { schemaVersion: number; attempts: { id: string; problemId: string; kind: string; language: string; startedAt: string; endedAt: string; verdict: string; passed: number; total: number; hintsUsed: number }[] };
    assert.equal(typeof exported.schemaVersion, 'number');
    const mine = exported.attempts.filter((x) => x.id === firstId || x.id === secondId);
    assert.equal(mine.length, 2);
    for (const x of mine) {
      assert.equal(x.problemId, 'precision-at-k');
      assert.equal(x.kind, 'coding');
      assert.equal(x.language, 'python');
      assert.ok(!Number.isNaN(Date.parse(x.startedAt)) && !Number.isNaN(Date.parse(x.endedAt)));
      assert.equal(typeof x.passed, 'number');
      assert.equal(typeof x.total, 'number');
      assert.equal(typeof x.hintsUsed, 'number');
    }
    assert.equal(mine.find((x) => x.id === secondId)?.verdict, 'pass');
    assert.equal(mine.find((x) => x.id === firstId)?.verdict, 'fail');
    await fs.rm(target, { force: true });

    // CSV and Markdown too.
    for (const fmt of ['csv', 'markdown']) {
      const t = path.join(os.tmpdir(), `mlprep-export-${Date.now()}.${fmt}`);
      await vscode.commands.executeCommand('mlprep.exportHistory', fmt, t);
      assert.match(await fs.readFile(t, 'utf8'), /precision-at-k|Precision/i);
      await fs.rm(t, { force: true });
    }
  });

  it('the progress dashboard opens and reports per-round figures', async () => {
    const a = await api();
    await vscode.commands.executeCommand('mlprep.showProgress');
    await waitFor(() => a.views.progress.isOpen, 'progress panel');
  });

  it('note, rating and delete act on a stored attempt', async () => {
    const a = await api();
    const store = a.history();
    assert.ok(store);
    const any = store.list()[0];
    assert.ok(any);
    await vscode.commands.executeCommand('mlprep.editNote', any.id, 'remember the max-subtraction');
    await vscode.commands.executeCommand('mlprep.rateAttempt', any.id, 3);
    const updated = store.summary(any.id);
    assert.equal(updated?.note, 'remember the max-subtraction');
    assert.equal(updated?.selfRating, 3);
    const deleted = await vscode.commands.executeCommand('mlprep.deleteAttempt', any.id, true);
    assert.equal(deleted, true);
    assert.equal(store.summary(any.id), undefined);
  });
});
