import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Judge } from '../../../src/core/judge/judge';
import { locateJsonPath, parseJsonPath } from '../../../src/core/problems/jsonPosition';
import { loadPack, validatePack } from '../../../src/core/problems/loader';
import { checkPackRuns } from '../../../src/core/problems/packRun';
import { mergePacks, packSources } from '../../../src/core/problems/packs';
import { runCli } from '../../../src/cli';
import { checkNewId, scaffoldFiles, writeScaffold } from '../../../src/core/problems/scaffold';
import { cleanupTemp, harnessDir, tempDir } from '../judge/support';

const MANIFEST_WITH_BAD_DIFFICULTY = `{
  "id": "broken-one",
  "title": "Broken",
  "kind": "coding",
  "round": "coding",
  "category": "Mine",
  "difficulty": "impossible",
  "suggestedMinutes": 10
}
`;

describe('Own packs: JSON path → position', () => {
  it('splits a loader path into keys and indices', () => {
    assert.deepEqual(parseJsonPath('cases[3].args[0]'), ['cases', 3, 'args', 0]);
    assert.deepEqual(parseJsonPath('languages.python.entry'), ['languages', 'python', 'entry']);
    assert.deepEqual(parseJsonPath(''), []);
  });

  it('puts a field on its own line and column', () => {
    const r = locateJsonPath(MANIFEST_WITH_BAD_DIFFICULTY, 'difficulty');
    assert.equal(r.line, 6);
    assert.equal(MANIFEST_WITH_BAD_DIFFICULTY.split('\n')[6]?.slice(r.column, r.endColumn), '"impossible"');
  });

  it('finds array elements and nested fields', () => {
    const text = '{\n  "cases": [\n    {"args": [1], "expected": 2},\n    {\n      "args": [\n        7\n      ]\n    }\n  ]\n}\n';
    assert.equal(locateJsonPath(text, 'cases[1].args[0]').line, 5);
    assert.equal(locateJsonPath(text, 'cases[0].expected').line, 2);
  });

  it('a missing field points at the key of the object that should hold it; the root at line 0', () => {
    const text = '{\n  "id": "x",\n  "languages": {\n    "python": {\n      "entry": "f"\n    }\n  }\n}\n';
    const r = locateJsonPath(text, 'languages.python.starter');
    assert.equal(r.line, 3);
    assert.equal(text.split('\n')[3]?.slice(r.column, r.endColumn), '"python"');
    assert.equal(locateJsonPath(text, 'hints').line, 0);
  });

  it('a file that is not JSON points at its first syntax error', () => {
    const text = '{\n  "id": "x",\n  "title": oops\n}\n';
    assert.equal(locateJsonPath(text, '').line, 2);
  });

  it('BATTERY 95: the loader diagnostic of a broken manifest lands on the broken line; the rest of the pack loads', async () => {
    const dir = tempDir('mlprep-pack-');
    fs.mkdirSync(path.join(dir, 'broken-one'));
    fs.writeFileSync(path.join(dir, 'broken-one', 'problem.json'), MANIFEST_WITH_BAD_DIFFICULTY);
    await writeScaffold(dir, { id: 'good-one', title: 'Good', round: 'coding', difficulty: 'easy', languages: ['python'] });
    const pack = await loadPack(dir);
    assert.deepEqual(pack.problems.map((p) => p.id), ['good-one'], 'the broken problem does not hide the rest of the pack');
    const d = pack.diagnostics.find((x) => x.path === 'difficulty');
    assert.ok(d, JSON.stringify(pack.diagnostics));
    assert.equal(locateJsonPath(fs.readFileSync(d.file, 'utf8'), d.path).line, 6);
  });

  after(cleanupTemp);
});

describe('Own packs: sources and labels', () => {
  it('bundled first, then the setting (~ expanded, relative ignored, no duplicates), then trusted workspaces', () => {
    const s = packSources('/ext/problems', ['~/packs/mine', 'relative/pack', '/ext/problems', '/abs/team-pack', '/abs/team-pack'], ['/ws/a'], true, '/home/u');
    assert.deepEqual(
      s.map((x) => [x.dir, x.origin, x.label]),
      [
        ['/ext/problems', 'bundled', ''],
        ['/home/u/packs/mine', 'setting', 'mine'],
        ['/abs/team-pack', 'setting', 'team-pack'],
        ['/ws/a/.mlprep/problems', 'workspace', 'a (workspace)'],
      ],
    );
  });

  it('BATTERY 97: a workspace pack is not loaded in an untrusted workspace', () => {
    const s = packSources('/ext/problems', [], ['/ws/a'], false, '/home/u');
    assert.deepEqual(s.map((x) => x.origin), ['bundled']);
  });

  it('BATTERY 96: each problem keeps its pack; an id already loaded is reported on the later manifest and left out', () => {
    const [bundled, mine] = packSources('/b', ['/m'], [], true, '/h');
    const problem = (id: string, dir: string): never => ({ id, dir: path.join(dir, id) }) as never;
    const merged = mergePacks([
      { source: bundled!, pack: { dir: '/b', problems: [problem('roc-auc', '/b'), problem('adam-step', '/b')], diagnostics: [] } },
      { source: mine!, pack: { dir: '/m', problems: [problem('roc-auc', '/m'), problem('my-own', '/m')], diagnostics: [] } },
    ]);
    assert.deepEqual(merged.problems.map((p) => p.id), ['adam-step', 'my-own', 'roc-auc']);
    assert.equal(merged.sourceOf.get('roc-auc')?.origin, 'bundled');
    assert.equal(merged.sourceOf.get('my-own')?.label, 'm');
    assert.equal(merged.diagnostics.length, 1);
    assert.equal(merged.diagnostics[0]?.file, path.join('/m', 'roc-auc', 'problem.json'));
    assert.equal(merged.diagnostics[0]?.path, 'id');
  });
});

describe('Own packs: New Problem scaffold', () => {
  it('writes a problem folder that validates as written (Python and TypeScript)', async () => {
    const dir = tempDir('mlprep-scaffold-');
    const folder = await writeScaffold(dir, { id: 'weighted-median', title: 'Weighted median', round: 'metrics', difficulty: 'medium', languages: ['python', 'typescript'] });
    assert.equal(folder, path.join(dir, 'weighted-median'));
    for (const f of ['problem.json', 'statement.md', 'tests.json', 'starter.py', 'starter.ts', 'solutions/reference.py', 'solutions/reference.ts', 'solutions/wrong-first-value.py']) {
      assert.ok(fs.existsSync(path.join(folder, f)), f);
    }
    assert.deepEqual(await validatePack(dir), []);
    const pack = await loadPack(dir);
    assert.equal(pack.problems[0]?.round, 'metrics');
  });

  it('Python only leaves TypeScript out of the manifest and the files', () => {
    const files = scaffoldFiles({ id: 'ab', title: 'T', round: 'coding', difficulty: 'easy', languages: ['python'] });
    assert.ok(!files.has('starter.ts'));
    assert.equal('typescript' in (JSON.parse(files.get('problem.json') ?? '{}') as { languages: object }).languages, false);
  });

  it('BATTERY 98: refuses a bad id and never overwrites an existing folder', async () => {
    const dir = tempDir('mlprep-scaffold-');
    assert.match((await checkNewId(dir, 'Bad Id')) ?? '', /a-z/);
    fs.mkdirSync(path.join(dir, 'taken'));
    fs.writeFileSync(path.join(dir, 'taken', 'mine.txt'), 'keep');
    await assert.rejects(writeScaffold(dir, { id: 'taken', title: 'T', round: 'coding', difficulty: 'easy', languages: ['python'] }), /already has a folder/);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'taken')), ['mine.txt']);
  });

  after(cleanupTemp);
});

describe('Own packs: checkPackRuns', function () {
  this.timeout(120_000);
  let judge: Judge;
  before(() => {
    judge = new Judge({ harnessDir });
  });
  after(() => {
    judge.dispose();
    cleanupTemp();
  });

  it('a scaffolded pack passes: the reference passes, each wrong solution fails', async () => {
    const dir = tempDir('mlprep-packrun-');
    await writeScaffold(dir, { id: 'mean-ok', title: 'Mean', round: 'coding', difficulty: 'easy', languages: ['python'] });
    const report = await checkPackRuns((await loadPack(dir)).problems, judge);
    assert.deepEqual(report.checks.map((c) => [c.role, c.ok]), [['reference', true], ['integer-division', true], ['first-value', true]]);
    assert.deepEqual(report.failures, []);
  });

  it('a failing reference and a wrong solution that passes are both reported, with their files', async () => {
    const dir = tempDir('mlprep-packrun-');
    const folder = await writeScaffold(dir, { id: 'mean-bad', title: 'Mean', round: 'coding', difficulty: 'easy', languages: ['python'] });
    fs.writeFileSync(path.join(folder, 'solutions', 'reference.py'), 'def mean(values):\n    return values[-1]\n');
    fs.writeFileSync(path.join(folder, 'solutions', 'wrong-first-value.py'), 'def mean(values):\n    return sum(values) / len(values)\n');
    const progress: string[] = [];
    const report = await checkPackRuns((await loadPack(dir)).problems, judge, { onProgress: (done, total, label) => progress.push(`${done}/${total} ${label}`) });
    assert.deepEqual(report.failures.map((c) => c.role).sort(), ['first-value', 'reference']);
    assert.equal(report.failures.find((c) => c.role === 'reference')?.file, path.join(folder, 'solutions', 'reference.py'));
    assert.match(report.failures.find((c) => c.role === 'reference')?.message ?? '', /does not pass/);
    assert.equal(progress.length, 3);
    assert.equal(progress[0], '0/3 mean-bad · python · reference');
  });

  it('an aborted check stops and says so', async () => {
    const dir = tempDir('mlprep-packrun-');
    await writeScaffold(dir, { id: 'mean-stop', title: 'Mean', round: 'coding', difficulty: 'easy', languages: ['python'] });
    const abort = new AbortController();
    abort.abort();
    const report = await checkPackRuns((await loadPack(dir)).problems, judge, { signal: abort.signal });
    assert.equal(report.cancelled, true);
    assert.deepEqual(report.checks, []);
  });

  it('the CLI runs the same check: mlprep validate DIR --run exits 1 and names the failing reference', async () => {
    const dir = tempDir('mlprep-packrun-');
    const folder = await writeScaffold(dir, { id: 'mean-cli', title: 'Mean', round: 'coding', difficulty: 'easy', languages: ['python'] });
    let out = '';
    const io = { out: (t: string) => (out += t), err: (t: string) => (out += t) };
    assert.equal(await runCli(['validate', dir, '--run'], io, { harnessDir }), 0, out);
    assert.match(out, /1 problems run \(3 solutions\): 1 proven, 0 failing/);
    fs.writeFileSync(path.join(folder, 'solutions', 'reference.py'), 'def mean(values):\n    return 0\n');
    out = '';
    assert.equal(await runCli(['validate', dir, '--run'], io, { harnessDir }), 1, out);
    assert.match(out, /✗ mean-cli \(python\):\n\s+python reference: reference does not pass/);
  });
});
