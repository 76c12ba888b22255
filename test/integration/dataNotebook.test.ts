import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, commandFailure, stopAnySession } from './helpers';

function notebook(cells: string[]): string {
  return JSON.stringify({
    cells: [{ cell_type: 'markdown', metadata: {}, source: ['# Exploring\n'] }, ...cells.map((source) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source }))],
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
    nbformat: 4,
    nbformat_minor: 5,
  });
}

describe('data exercises in VS Code: notebook solutions', function () {
  this.timeout(180_000);
  after(stopAnySession);

  it('an open notebook used as the solution passes Submit; a wrong notebook fails Submit', async () => {
    const a = await api();
    const started = (await vscode.commands.executeCommand('mlprep.startSession', 'precision-at-k')) as { solutionPath: string };
    const file = path.join(path.dirname(started.solutionPath), 'explore.ipynb');
    await fs.writeFile(
      file,
      notebook([
        '%load_ext autoreload\n!pip list\n',
        'def precision_at_k(ranked, relevant, k):\n    rel = set(relevant)\n    return sum(1 for x in ranked[:k] if x in rel) / k\n',
      ]),
    );
    const doc = await vscode.workspace.openNotebookDocument(vscode.Uri.file(file));
    await vscode.window.showNotebookDocument(doc);
    const used = await vscode.commands.executeCommand('mlprep.useNotebookSolution');
    assert.equal(used, file, 'the active notebook becomes the solution');
    assert.equal(a.getSessionState()?.solutionPath, file);
    const pass = (await vscode.commands.executeCommand('mlprep.submit')) as { verdict: string; notes?: string[]; language: string };
    assert.equal(pass.verdict, 'pass');
    assert.equal(pass.language, 'python');
    assert.ok(pass.notes?.some((n) => /2 IPython lines/.test(n)), JSON.stringify(pass.notes));

    await fs.writeFile(file, notebook(['def precision_at_k(ranked, relevant, k):\n    return len(set(ranked) & set(relevant)) / max(len(ranked), 1)\n']));
    const fail = (await vscode.commands.executeCommand('mlprep.submit')) as { verdict: string };
    assert.equal(fail.verdict, 'fail');
  });

  it('without a notebook the command says what to do', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const message = await commandFailure('mlprep.useNotebookSolution');
    assert.match(message, /Open a Jupyter notebook/);
  });

  it('a SQL-only problem opens in SQL even when the preferred language is Python, and a right query passes Submit', async () => {
    const a = await api();
    await vscode.commands.executeCommand('mlprep.startSession', 'precision-at-k');
    const started = (await vscode.commands.executeCommand('mlprep.startSession', 'sql-funnel')) as { solutionPath: string };
    assert.equal(a.getSessionState()?.language, 'sql');
    assert.equal(path.extname(started.solutionPath), '.sql');
    const reference = await fs.readFile(path.join(a.catalog.get('sql-funnel')!.dir, 'solutions', 'reference.sql'), 'utf8');
    await fs.writeFile(started.solutionPath, reference);
    const result = (await vscode.commands.executeCommand('mlprep.submit')) as { verdict: string; passed: number; total: number };
    assert.equal(result.verdict, 'pass', JSON.stringify(result));
  });
});
