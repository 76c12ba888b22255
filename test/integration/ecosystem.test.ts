import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, note, stopAnySession, waitFor } from './helpers';

const BROKEN_MANIFEST = `{
  "id": "eco-broken",
  "title": "Broken on purpose",
  "kind": "coding",
  "round": "coding",
  "category": "Mine",
  "difficulty": "impossible",
  "suggestedMinutes": 10,
  "tags": [],
  "nuances": []
}
`;

describe('Ecosystem: the Python extension’s interpreter', function () {
  this.timeout(120_000);
  let dir: string;
  let link: string;

  before(() => {
    // A real interpreter under a path of this test's own: what the judge runs must be this one.
    const real = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
    dir = fs.mkdtempSync(path.join(tmpdir(), 'mlprep-pyext-'));
    link = path.join(dir, 'python');
    fs.symlinkSync(real, link);
  });

  after(async () => {
    (await api()).interpreter.useEnvironments(undefined);
    await stopAnySession();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('without the Python extension, runs use the interpreter found on PATH', async () => {
    const a = await api();
    a.interpreter.useEnvironments(undefined);
    assert.equal(vscode.extensions.getExtension('ms-python.python'), undefined, 'this VS Code has no Python extension');
    const started = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string };
    assert.deepEqual(await a.interpreter.choose(started.solutionPath), { origin: 'discovery' });
    const run = (await vscode.commands.executeCommand('mlprep.runTests')) as { runtime?: string };
    assert.ok(run.runtime && !run.runtime.includes(dir), `ran with ${run.runtime}`);
    const view = await a.interpreter.describeSession();
    assert.equal(view?.origin, 'PATH (python3, then python)');
    assert.equal(view?.found, true);
  });

  it('with the Python extension’s API, runs use its active environment for the solution’s folder and follow its changes', async () => {
    const a = await api();
    const change = new vscode.EventEmitter<unknown>();
    const asked: (string | undefined)[] = [];
    let selected = link;
    a.interpreter.useEnvironments(async () => ({
      getActiveEnvironmentPath: (resource?: vscode.Uri) => {
        asked.push(resource?.fsPath);
        return { id: selected, path: selected };
      },
      resolveEnvironment: async (env: { path: string }) => ({ executable: { uri: vscode.Uri.file(env.path) } }),
      onDidChangeActiveEnvironmentPath: change.event,
    }));
    const started = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string };
    const run = (await vscode.commands.executeCommand('mlprep.runTests')) as { runtime?: string; verdict: string };
    note(`ran with ${run.runtime} (stub of the Python extension naming ${link})`);
    assert.match(run.runtime ?? '', new RegExp(`\\(${link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)(, warm)?$`), `ran with ${run.runtime}`);
    // mlprep.judge.warmInterpreter is on by default: on Linux the run forked from a warm parent.
    if (process.platform === 'linux') assert.match(run.runtime ?? '', /, warm$/, 'the extension runs Python warm');
    assert.ok(asked.includes(started.solutionPath), 'asked for the environment of the solution file');
    const view = await a.interpreter.describeSession();
    assert.equal(view?.origin, 'the Python extension’s selected environment');
    assert.match(view?.label ?? '', new RegExp(`· ${link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

    // The user selects another environment in the Python extension: the next run follows.
    const other = path.join(dir, 'python-other');
    fs.symlinkSync(fs.realpathSync(link), other);
    selected = other;
    change.fire({ id: other, path: other });
    const again = (await vscode.commands.executeCommand('mlprep.runTests')) as { runtime?: string };
    assert.match(again.runtime ?? '', /python-other\)(, warm)?$/, `ran with ${again.runtime}`);
    change.dispose();
  });

  it('an explicit mlprep.pythonPath still wins over the Python extension', async () => {
    const a = await api();
    a.interpreter.useEnvironments(async () => ({
      getActiveEnvironmentPath: () => ({ id: '/nonexistent/python', path: '/nonexistent/python' }),
      resolveEnvironment: async () => undefined,
      onDidChangeActiveEnvironmentPath: new vscode.EventEmitter<unknown>().event,
    }));
    const config = vscode.workspace.getConfiguration('mlprep');
    await config.update('pythonPath', link, vscode.ConfigurationTarget.Global);
    try {
      await waitFor(async () => (await a.interpreter.choose()).origin === 'setting', 'the setting to apply');
      assert.deepEqual(await a.interpreter.choose(), { path: link, origin: 'setting' });
    } finally {
      await config.update('pythonPath', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

describe('Ecosystem: own problem packs', function () {
  this.timeout(120_000);
  let pack: string;

  before(async () => {
    pack = fs.mkdtempSync(path.join(tmpdir(), 'mlprep-own-pack-'));
    const a = await api();
    // A valid problem through the New Problem command (scripted answers), and one broken manifest.
    await vscode.commands.executeCommand('mlprep.newProblem', { packDir: pack, id: 'eco-good', title: 'Eco good', round: 'metrics', difficulty: 'easy', languages: ['python'] });
    fs.mkdirSync(path.join(pack, 'eco-broken'));
    fs.writeFileSync(path.join(pack, 'eco-broken', 'problem.json'), BROKEN_MANIFEST);
    await vscode.workspace.getConfiguration('mlprep').update('problemPacks', [pack], vscode.ConfigurationTarget.Global);
    await waitFor(() => a.catalog.get('eco-good'), 'the own pack to load');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('mlprep').update('problemPacks', undefined, vscode.ConfigurationTarget.Global);
    const a = await api();
    await waitFor(() => !a.catalog.get('eco-good'), 'the own pack to unload');
    fs.rmSync(pack, { recursive: true, force: true });
  });

  it('BATTERY 95: a broken manifest shows a diagnostic on its exact line; the rest of the pack is in the tree with its source', async () => {
    const a = await api();
    const manifest = path.join(pack, 'eco-broken', 'problem.json');
    const diags = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(vscode.Uri.file(manifest));
      return d.length ? d : undefined;
    }, 'a diagnostic on the broken manifest');
    const onDifficulty = diags.find((d) => d.message.startsWith('difficulty'));
    assert.ok(onDifficulty, diags.map((d) => d.message).join('\n'));
    assert.equal(onDifficulty.range.start.line, 6, 'on line 7, where "difficulty" is');
    assert.equal(onDifficulty.source, 'ML Prep pack');
    const row = a.views.problemsTree.problemItems().find((r) => r.id === 'eco-good');
    assert.ok(row, 'the valid problem of the pack is in the tree');
    assert.match(row.description, new RegExp(`· ${path.basename(pack)}$`), row.description);
    assert.ok(a.catalog.get('stable-softmax'), 'the bundled pack is still there');
    assert.equal(a.packs.sourceOf('stable-softmax')?.origin, 'bundled');
  });

  it('fixing the manifest in the editor and saving clears the diagnostic and adds the problem', async () => {
    const a = await api();
    const manifest = path.join(pack, 'eco-broken', 'problem.json');
    const doc = await vscode.workspace.openTextDocument(manifest);
    await vscode.window.showTextDocument(doc);
    const fixed = JSON.stringify({ ...JSON.parse(BROKEN_MANIFEST), difficulty: 'easy' }, null, 2);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), fixed);
    await vscode.workspace.applyEdit(edit);
    await doc.save();
    // Still broken (no languages, hints…), but no longer on "difficulty".
    await waitFor(() => !vscode.languages.getDiagnostics(doc.uri).some((d) => d.message.startsWith('difficulty')), 'the difficulty diagnostic to clear after the save');
    const rest = vscode.languages.getDiagnostics(doc.uri);
    assert.ok(rest.length > 0, 'the remaining problems of the manifest are still shown');
    // Replace it with a complete problem on disk: the file watcher picks it up.
    fs.rmSync(path.join(pack, 'eco-broken'), { recursive: true, force: true });
    await vscode.commands.executeCommand('mlprep.newProblem', { packDir: pack, id: 'eco-broken', title: 'Now fine', round: 'coding', difficulty: 'easy', languages: ['python'] });
    await waitFor(() => a.catalog.get('eco-broken'), 'the fixed problem to load');
    await waitFor(() => vscode.languages.getDiagnostics(doc.uri).length === 0, 'the manifest diagnostics to clear');
  });

  it('Validate Problem Pack runs each reference and wrong solution and reports the one that breaks its rule', async () => {
    fs.writeFileSync(path.join(pack, 'eco-good', 'solutions', 'reference.py'), 'def mean(values):\n    return values[0]\n');
    const summary = (await vscode.commands.executeCommand('mlprep.validatePack', pack)) as { diagnostics: unknown[]; runs: { checks: { problemId: string; role: string; ok: boolean }[]; failures: { problemId: string; role: string }[] } };
    assert.ok(summary, 'the command returned its summary');
    assert.deepEqual(summary.runs.failures.map((f) => `${f.problemId}:${f.role}`), ['eco-good:reference']);
    assert.equal(summary.runs.checks.length, 6, 'two problems × (reference + two wrong solutions)');
  });
});
