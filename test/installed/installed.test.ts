import * as assert from 'node:assert/strict';
import { appendFileSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { OUR_EXTENSION_ID as EXTENSION_ID, measureActivation } from '../support/activation';


describe('INSTALLED: the packaged extension, installed from its VSIX', function () {
  this.timeout(180_000);

  // Runs first, while neither extension is active.
  it('INSTALLED: activation is measured against a trivial extension installed beside it (printed)', async () => {
    const { line, servicesLoaded } = await measureActivation('installed');
    if (process.env.MLPREP_TEST_REPORT) appendFileSync(process.env.MLPREP_TEST_REPORT, line + '\n');
    if (servicesLoaded) assert.deepEqual(servicesLoaded, { atActivation: false, afterFirstCommand: true }, 'the services bundle loads on first use, not at activation');
  });

  it('INSTALLED: runs from the extensions folder, ships the TypeScript starters, the generators and no solutions, and a correct solution passes Submit (generated cases included)', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'the extension is installed');
    const repo = process.env.MLPREP_REPO_ROOT ?? '';
    assert.ok(repo, 'the launcher names the development folder');
    assert.ok(!path.resolve(ext.extensionPath).startsWith(path.resolve(repo)), `runs from ${ext.extensionPath}, not from the development folder`);
    await ext.activate();
    const problem = path.join(ext.extensionPath, 'problems', 'stable-softmax');
    await fs.access(path.join(problem, 'starter.ts'));
    await assert.rejects(fs.access(path.join(problem, 'solutions')), 'reference solutions are not shipped');
    // Its large hidden cases are generated at load time from the shipped generate.js.
    const cases = (JSON.parse(await fs.readFile(path.join(problem, 'tests.json'), 'utf8')) as { cases: { args?: { $gen?: string } }[] }).cases;
    const generated = cases.filter((c) => typeof c.args?.$gen === 'string').length;
    assert.ok(generated >= 1, 'stable-softmax has generated cases');
    await fs.access(path.join(problem, 'generate.js'));
    const started = (await vscode.commands.executeCommand('mlprep.startSession', 'stable-softmax')) as { solutionPath: string } | undefined;
    assert.ok(started?.solutionPath, 'a session started');
    await fs.writeFile(started.solutionPath, await fs.readFile(path.join(repo, 'test', 'fixtures', 'solutions', 'softmax_correct.py'), 'utf8'));
    const result = (await vscode.commands.executeCommand('mlprep.submit')) as { verdict: string; passed: number; total: number } | undefined;
    assert.equal(result?.verdict, 'pass', JSON.stringify(result));
    assert.equal(result.total, cases.length, 'every case ran, the generated ones included');
    await vscode.commands.executeCommand('mlprep.stopSession');
  });
});
