import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../../src/cli';
import { cleanupTemp, fixturesDir, harnessDir, pythonAvailable, tempDir } from './support';

const PACK = path.join(fixturesDir, 'pack');
const SOL = path.join(PACK, 'sum-column', 'solutions');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) }, { harnessDir, problemsDir: PACK });
  return { code, out, err };
}

after(() => cleanupTemp());

describe('mlprep CLI', function () {
  this.timeout(30_000);

  (pythonAvailable ? it : it.skip)('test --json: one object, exit 0 when every case passes', async () => {
    const r = await cli('test', 'sum-column', path.join(SOL, 'reference.py'), '--json');
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n');
    assert.equal(lines.length, 1);
    const j = JSON.parse(lines[0]) as Record<string, unknown> & { cases: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(j), ['problem', 'language', 'verdict', 'passed', 'total', 'durationMs', 'cases']);
    assert.equal(j.problem, 'sum-column');
    assert.equal(j.language, 'python');
    assert.equal(j.verdict, 'pass');
    assert.equal(j.passed, 7);
    assert.equal(j.total, 7);
    assert.deepEqual(Object.keys(j.cases[0]), ['name', 'hidden', 'verdict', 'timeMs', 'message']);
    assert.equal(j.cases.filter((c) => c.hidden).length, 5, 'hidden cases are run too');
  });

  it('test: a wrong TypeScript solution exits 1 with per-case lines; the language comes from the extension', async () => {
    const r = await cli('test', 'sum-column', path.join(SOL, 'wrong-counts-missing.ts'));
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /sum-column · typescript/);
    assert.match(r.out, /✗ column b of the data file\s+wrong_answer/);
    assert.match(r.out, /FAIL: \d\/7 passed/);
    const js = await cli('test', 'sum-column', path.join(SOL, 'reference.ts'), '--language', 'typescript', '--json');
    assert.equal(js.code, 0);
  });

  it('test: usage and environment errors exit 2 (JSON has verdict "error")', async () => {
    assert.equal((await cli('test', 'sum-column')).code, 2);
    assert.equal((await cli('test', 'nope', path.join(SOL, 'reference.py'))).code, 2);
    assert.equal((await cli('test', 'design-mini', path.join(SOL, 'reference.py'))).code, 2);
    const unknownExt = await cli('test', 'sum-column', path.join(PACK, 'sum-column', 'statement.md'));
    assert.equal(unknownExt.code, 2);
    assert.match(unknownExt.err, /--language/);
    const env = await cli('test', 'sum-column', path.join(SOL, 'reference.py'), '--python', '/nonexistent/python3', '--json');
    assert.equal(env.code, 2);
    const j = JSON.parse(env.out) as { verdict: string; error: { kind: string; message: string; hint: string } };
    assert.equal(j.verdict, 'error');
    assert.equal(j.error.kind, 'environment');
    assert.match(j.error.hint, /--python/);
    assert.equal((await cli('frobnicate')).code, 2);
    assert.equal((await cli('test', 'sum-column', 'x.py', '--bogus')).code, 2);
    assert.equal((await cli('--help')).code, 0);
  });

  it('list --json and the table', async () => {
    const r = await cli('list', '--json');
    assert.equal(r.code, 0);
    const list = JSON.parse(r.out) as { id: string; languages: string[] }[];
    assert.deepEqual(list.map((x) => x.id), ['sum-column', 'design-mini', 'behavioral-mini']);
    assert.deepEqual(list[0], { id: 'sum-column', title: 'Sum a CSV column', kind: 'coding', round: 'data', difficulty: 'easy', languages: ['python', 'typescript', 'javascript'] });
    const table = await cli('list');
    assert.match(table.out, /^id\s+kind\s+round\s+difficulty\s+languages\s+title/m);
    assert.match(table.out, /3 problems/);
  });

  it('validate: clean pack exits 0; every diagnostic is printed and exits 1', async () => {
    const ok = await cli('validate', PACK);
    assert.equal(ok.code, 0, ok.out);
    const dir = path.join(tempDir('mlprep-cli-pack-'), 'pack');
    fs.cpSync(PACK, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'design-mini', 'problem.json'), '{');
    fs.rmSync(path.join(dir, 'sum-column', 'statement.md'));
    const bad = await cli('validate', dir);
    assert.equal(bad.code, 1);
    assert.match(bad.out, /design-mini.*invalid JSON/);
    assert.match(bad.out, /statement\.md/);
    assert.match(bad.out, /2 diagnostics/);
  });
});

describe('mlprep CLI: several solutions and validate --run', function () {
  this.timeout(120_000);

  /** A copy of the fixture pack whose files a test may change. */
  function packCopy(): string {
    const dir = path.join(tempDir('mlprep-cli-pack-'), 'pack');
    fs.cpSync(PACK, dir, { recursive: true });
    return dir;
  }

  async function cliIn(problemsDir: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) }, { harnessDir, problemsDir });
    return { code, out, err };
  }

  (pythonAvailable ? it : it.skip)('test: several <id> <file> pairs or a folder of <id>.<ext> files in one call', async () => {
    const pairs = await cli('test', 'sum-column', path.join(SOL, 'reference.py'), 'sum-column', path.join(SOL, 'wrong-counts-missing.py'));
    assert.equal(pairs.code, 1, pairs.err);
    assert.match(pairs.out, /PASS: 7\/7/);
    assert.match(pairs.out, /FAIL: /);
    assert.match(pairs.out, /1\/2 solutions passed/);
    const folder = tempDir('mlprep-cli-solutions-');
    fs.copyFileSync(path.join(SOL, 'reference.py'), path.join(folder, 'sum-column.py'));
    const json = await cli('test', folder, '--json');
    assert.equal(json.code, 0, json.err);
    const lines = json.out.trim().split('\n').map((l) => JSON.parse(l) as { problem: string; verdict: string });
    assert.deepEqual(lines.map((l) => [l.problem, l.verdict]), [['sum-column', 'pass']]);
    const odd = await cli('test', 'sum-column');
    assert.equal(odd.code, 2);
    assert.match(odd.err, /pairs, or a folder/);
  });

  (pythonAvailable ? it : it.skip)('validate --run: a progress line per problem and a summary; a failing reference is reported', async () => {
    const dir = packCopy();
    const clean = await cliIn(dir, 'validate', dir, '--run');
    assert.equal(clean.code, 0, clean.out + clean.err);
    assert.match(clean.out, /\[1\/\d+\] ✓ sum-column \(python\+typescript\): reference passes, \d+ wrong solutions? fail/);
    assert.match(clean.out, /problems run \(\d+ solutions\): \d+ proven, 0 failing; [\d.]+ s wall, \d+ ms per problem \(median\)/);
    // Break the Python reference: validate stays clean, --run does not.
    const ref = path.join(dir, 'sum-column', 'solutions', 'reference.py');
    fs.writeFileSync(ref, 'def column_sum(*args):\n    return [0, 0]\n');
    const plain = await cliIn(dir, 'validate', dir);
    assert.equal(plain.code, 0, plain.out);
    const run = await cliIn(dir, 'validate', dir, '--run');
    assert.equal(run.code, 1);
    assert.match(run.out, /✗ sum-column \(python\+typescript\):\n\s+python reference: reference does not pass: \d+\/\d+ passed; .*expected 40, got 0/);
    assert.match(run.out, /1 failing/);
  });
});
