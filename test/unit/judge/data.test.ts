// Live data exercises: notebooks as solutions, SQL solutions on SQLite (ordered and multiset
// comparison, read-only database), generated datasets checked against their SHA-256, and the
// interpreter picked by the modules a problem requires.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../../src/cli';
import { DatasetCache, sha256File } from '../../../src/core/judge/datasets';
import { Judge } from '../../../src/core/judge/judge';
import { notebookToPython } from '../../../src/core/judge/notebook';
import { PythonLocator } from '../../../src/core/judge/python';
import { loadPack, loadTests } from '../../../src/core/problems/loader';
import type { CodingProblem } from '../../../src/core/problems/schema';
import { cleanupTemp, fixturesDir, harnessDir, pythonAvailable, tempDir, writeSolution } from './support';

const PACK = path.join(fixturesDir, 'datapack');
const itPy = pythonAvailable ? it : it.skip;

async function problem(id: string): Promise<CodingProblem> {
  const pack = await loadPack(PACK);
  assert.deepEqual(pack.diagnostics, []);
  const p = pack.problems.find((x) => x.id === id);
  assert.ok(p && p.kind === 'coding', id);
  return p;
}

let judge: Judge;
let cacheDir: string;
before(() => {
  cacheDir = tempDir('mlprep-datasets-');
  judge = new Judge({ harnessDir, dataCacheDir: cacheDir });
});
after(() => {
  judge.dispose();
  cleanupTemp();
});

function nb(cells: unknown[]): string {
  return JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 });
}

describe('data exercises: notebook cells as one module', () => {
  it('code cells run in order; markdown is skipped; magics, shell and help lines are dropped with a note', () => {
    const r = notebookToPython(
      nb([
        { cell_type: 'markdown', source: ['# title\n', 'x = 1\n'] },
        { cell_type: 'code', source: ['%matplotlib inline\n', '!pip install pandas\n', 'import math\n'] },
        { cell_type: 'code', source: 'def f(x):\n    %time g()\n    return math.sqrt(x)\n' },
        { cell_type: 'code', source: '%%bash\necho hi\n' },
        { cell_type: 'code', source: 'f?\n' },
        { cell_type: 'raw', source: 'not python' },
      ]),
    );
    assert.ok(r.ok);
    const code = r.source.split('\n');
    assert.ok(!code.some((l) => l.startsWith('x = 1')), 'markdown is not code');
    assert.ok(code.indexOf('import math') < code.indexOf('def f(x):'), 'cells keep their order');
    assert.ok(code.includes('    pass  # [dropped] %time g()'), 'a dropped line keeps its indentation');
    assert.ok(!code.some((l) => /^(%|!|echo hi)/.test(l)), 'nothing IPython-only survives');
    assert.equal(r.notes.length, 2);
    assert.match(r.notes[0], /4 IPython lines .* dropped, in cells 2, 3, 5/);
    assert.match(r.notes[1], /cell 4 starts with a cell magic/);
    // The module it produces is valid Python: compiled by the real interpreter in the next tests.
  });

  it('a notebook without magics gives no note', () => {
    const r = notebookToPython(nb([{ cell_type: 'code', source: 'x = 1\n' }]));
    assert.ok(r.ok);
    assert.deepEqual(r.notes, []);
  });

  it('malformed notebooks give a clear error', () => {
    const cases: [string, RegExp][] = [
      ['{"cells": [', /not valid JSON/],
      ['[1, 2]', /not a Jupyter notebook/],
      ['{"nbformat": 4}', /no "cells" list/],
      [JSON.stringify({ cells: [{ cell_type: 'code', source: 42 }], nbformat: 4 }), /cell 1 has no text source/],
      [JSON.stringify({ cells: [{ cell_type: 'markdown', source: 'only words' }], nbformat: 4 }), /no code cells/],
      [JSON.stringify({ cells: [], nbformat: 3 }), /format 3/],
    ];
    for (const [text, message] of cases) {
      const r = notebookToPython(text);
      assert.ok(!r.ok, text);
      assert.match(r.message, message);
    }
  });

  itPy('the judge runs a notebook solution; a wrong notebook fails; a broken one is a compile error', async function () {
    this.timeout(60_000);
    const p = await problem('click-count');
    const cases = await loadTests(p);
    const sol = path.join(p.dir, 'solutions');
    const good = await judge.run({ problem: p, cases, solutionPath: path.join(sol, 'reference.ipynb'), language: 'python' });
    assert.equal(good.verdict, 'pass', JSON.stringify(good.cases.map((c) => c.message)));
    assert.ok(good.notes?.some((n) => /dropped/.test(n)));
    assert.ok(good.notes?.some((n) => /cell 3 starts with a cell magic/.test(n)));
    const wrong = await judge.run({ problem: p, cases, solutionPath: path.join(sol, 'wrong.ipynb'), language: 'python' });
    assert.equal(wrong.verdict, 'fail');
    const broken = await judge.run({ problem: p, cases, solutionPath: path.join(sol, 'broken.ipynb'), language: 'python' });
    assert.equal(broken.verdict, 'fail');
    assert.equal(broken.cases[0].verdict, 'compile_error');
    assert.match(broken.compileError?.message ?? '', /not valid JSON/);
  });
});

describe('data exercises: SQL solutions', function () {
  this.timeout(60_000);

  itPy('rows are compared in order unless the problem says unordered (multiset)', async () => {
    const p = await problem('click-sql');
    const cases = await loadTests(p);
    const sol = path.join(p.dir, 'solutions');
    const ref = await judge.run({ problem: p, cases, solutionPath: path.join(sol, 'reference.sql'), language: 'sql' });
    assert.equal(ref.verdict, 'pass', JSON.stringify(ref.cases.map((c) => c.message)));
    assert.match(ref.runtime ?? '', /SQLite/);
    const unsorted = await judge.run({ problem: p, cases, solutionPath: path.join(sol, 'unsorted.sql'), language: 'sql' });
    assert.equal(unsorted.verdict, 'fail', 'ordered comparison: another order fails');
    const multiset: CodingProblem = { ...p, compare: { unordered: true } };
    const again = await judge.run({ problem: multiset, cases, solutionPath: path.join(sol, 'unsorted.sql'), language: 'sql' });
    assert.equal(again.verdict, 'pass', 'multiset comparison: any order passes');
    // A multiset is not a set: a missing duplicate row fails.
    const dupCases = [{ ...cases[0], expected: [...(cases[0].expected as unknown[]), ['u0', 2]] }];
    const dup = await judge.run({ problem: multiset, cases: dupCases, solutionPath: path.join(sol, 'reference.sql'), language: 'sql' });
    assert.equal(dup.verdict, 'fail');
    const wrong = await judge.run({ problem: p, cases, solutionPath: path.join(sol, 'wrong.sql'), language: 'sql' });
    assert.equal(wrong.verdict, 'fail');
  });

  itPy('the database is read-only: writes, schema changes, ATTACH and PRAGMA are refused; the data stays', async () => {
    const p = await problem('click-sql');
    const [first] = await loadTests(p);
    for (const sql of [
      'DELETE FROM clicks',
      "INSERT INTO clicks VALUES ('x', 1, 'buy')",
      'DROP TABLE clicks',
      'CREATE TABLE t (x)',
      "ATTACH DATABASE 'other.db' AS other",
      'PRAGMA writable_schema = 1',
      "UPDATE clicks SET event = 'buy'",
    ]) {
      const r = await judge.run({ problem: p, cases: [first], solutionPath: writeSolution(sql, 'sql'), language: 'sql' });
      assert.equal(r.cases[0].verdict, 'runtime_error', sql);
      assert.match(r.cases[0].message ?? '', /read-only|not authorized|readonly/i, sql);
    }
    const two = writeSolution("SELECT 1; DELETE FROM clicks", 'sql');
    const r2 = await judge.run({ problem: p, cases: [first], solutionPath: two, language: 'sql' });
    assert.equal(r2.cases[0].verdict, 'runtime_error', 'one statement only');
    const ref = await judge.run({ problem: p, cases: [first], solutionPath: path.join(p.dir, 'solutions', 'reference.sql'), language: 'sql' });
    assert.equal(ref.verdict, 'pass', 'the data is intact');
  });

  itPy('a syntax error is reported with SQLite\'s message', async () => {
    const p = await problem('click-sql');
    const [first] = await loadTests(p);
    const r = await judge.run({ problem: p, cases: [first], solutionPath: writeSolution('SELEC user_id FROM clicks', 'sql'), language: 'sql' });
    assert.equal(r.cases[0].verdict, 'runtime_error');
    assert.match(r.cases[0].message ?? '', /syntax error/);
  });
});

describe('data exercises: generated datasets', function () {
  this.timeout(60_000);

  itPy('files are generated once, checked against their SHA-256, staged read-only, and a changed cache is rebuilt', async () => {
    const p = await problem('click-count');
    const root = tempDir('mlprep-dcache-');
    const cache = new DatasetCache(root, () => process.env);
    const python = (await new PythonLocator(() => process.env).locate()) as { ok: true; python: { executable: string } };
    assert.ok(python.ok);
    const spec = p.datasets;
    assert.ok(spec);
    const a = await cache.ensure(p, spec, python.python.executable);
    assert.ok(a.ok, JSON.stringify(a));
    const file = path.join(a.dir, 'clicks.csv');
    assert.equal(await sha256File(file), spec.files['clicks.csv']);
    // A tampered cache is not trusted: regenerated.
    fs.writeFileSync(file, 'user_id,ts,event\nevil,1,buy\n');
    const b = await cache.ensure(p, spec, python.python.executable);
    assert.ok(b.ok);
    assert.equal(await sha256File(file), spec.files['clicks.csv']);
  });

  itPy('a generator whose output does not match the stated hash is an environment error naming the file', async () => {
    const p = await problem('click-count');
    const bad: CodingProblem = { ...p, datasets: { generator: 'tiny', files: { 'clicks.csv': '0'.repeat(64) } } };
    const cases = await loadTests(p);
    const r = await judge.run({ problem: bad, cases, solutionPath: path.join(p.dir, 'solutions', 'reference.py'), language: 'python' });
    assert.equal(r.verdict, 'error');
    assert.equal(r.error?.kind, 'environment');
    assert.match(r.error?.message ?? '', /does not match its stated SHA-256 \(clicks\.csv\)/);
    const missing: CodingProblem = { ...p, datasets: { generator: 'nope', files: { 'clicks.csv': '0'.repeat(64) } } };
    const m = await judge.run({ problem: missing, cases, solutionPath: path.join(p.dir, 'solutions', 'reference.py'), language: 'python' });
    assert.match(m.error?.message ?? '', /generator .* is missing/);
  });

  itPy('the staged copy is read-only for the solution', async () => {
    const p = await problem('click-count');
    const cases = await loadTests(p);
    const sol = writeSolution("def count_events(path, event):\n    open(path, 'a').write('x')\n    return 0\n", 'python');
    const r = await judge.run({ problem: p, cases: cases.slice(0, 1), solutionPath: sol, language: 'python' });
    if (process.getuid?.() === 0) {
      // root ignores file modes; the copy is still per run, so the next run sees clean data
      const again = await judge.run({ problem: p, cases, solutionPath: path.join(p.dir, 'solutions', 'reference.py'), language: 'python' });
      assert.equal(again.verdict, 'pass');
    } else {
      assert.equal(r.cases[0].verdict, 'runtime_error');
      assert.match(r.cases[0].message ?? '', /Permission/);
    }
  });
});

describe('data exercises: interpreter picked by required modules', () => {
  // Fake interpreters: shell scripts that answer the discovery probe and import one module or not.
  function fakePython(dir: string, name: string, hasModule: boolean): void {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, name);
    fs.writeFileSync(
      file,
      `#!/bin/sh\ncase "$*" in\n  *MLPREP-PROBE*) echo "MLPREP-PROBE 3 12 0|${file}" ;;\n  *"import mlprep_fake_module"*) exit ${hasModule ? 0 : 1} ;;\n  *) exit 3 ;;\nesac\n`,
      { mode: 0o755 },
    );
  }

  (process.platform === 'win32' ? it.skip : it)('the first discovered interpreter that imports every module wins; else the first, with every one tried', async () => {
    const root = tempDir('mlprep-fakepy-');
    fakePython(path.join(root, 'a'), 'python3', false);
    fakePython(path.join(root, 'b'), 'python', false);
    fakePython(path.join(root, 'c'), 'python3', true);
    const env = { PATH: `${path.join(root, 'a')}:${path.join(root, 'b')}` };
    const loc = new PythonLocator(() => env, process.platform, 15_000, [path.join(root, 'c', 'python3')]);
    const picked = await loc.locateWith(undefined, ['mlprep_fake_module']);
    assert.ok(picked.ok);
    assert.equal(picked.python.executable, path.join(root, 'c', 'python3'), 'PATH first, then the system interpreters');
    // Without the module anywhere: the first interpreter, and the list of those looked at.
    fakePython(path.join(root, 'c'), 'python3', false);
    const none = await new PythonLocator(() => env, process.platform, 15_000, [path.join(root, 'c', 'python3')]).locateWith(undefined, ['mlprep_fake_module']);
    assert.ok(none.ok);
    assert.equal(none.python.executable, path.join(root, 'a', 'python3'));
    assert.ok((none.tried ?? []).some((t) => t.executable === path.join(root, 'b', 'python')));
    // An explicit interpreter is used alone.
    const explicit = await new PythonLocator(() => env).locateWith(path.join(root, 'a', 'python3'), ['mlprep_fake_module']);
    assert.ok(explicit.ok);
    assert.equal(explicit.python.executable, path.join(root, 'a', 'python3'));
    assert.equal(explicit.tried, undefined);
  });

  itPy('a missing module names the interpreter and how to fix it', async function () {
    this.timeout(30_000);
    const p = await problem('click-count');
    const cases = await loadTests(p);
    const needs: CodingProblem = { ...p, requires: ['mlprep_module_nobody_has'] };
    const r = await judge.run({ problem: needs, cases, solutionPath: path.join(p.dir, 'solutions', 'reference.py'), language: 'python' });
    assert.equal(r.error?.kind, 'environment');
    assert.match(r.error?.message ?? '', /needs the Python package "mlprep_module_nobody_has", which \S+ \(Python [\d.]+, found as/);
    assert.match(r.error?.hint ?? '', /-m pip install mlprep_module_nobody_has/);
    assert.match(r.error?.hint ?? '', /mlprep\.pythonPath/);
  });
});

describe('data exercises: mlprep test with notebooks and SQL', function () {
  this.timeout(60_000);
  async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) }, { harnessDir, problemsDir: PACK });
    return { code, out, err };
  }
  const sol = (id: string, f: string): string => path.join(PACK, id, 'solutions', f);

  itPy('a notebook solution passes (exit 0, with the note), a wrong one fails (exit 1), a broken one names the problem', async () => {
    const ok = await cli('test', 'click-count', sol('click-count', 'reference.ipynb'));
    assert.equal(ok.code, 0, ok.out + ok.err);
    assert.match(ok.out, /click-count · python/);
    assert.match(ok.out, /note: notebook: .*dropped/);
    assert.match(ok.out, /PASS: 3\/3/);
    const wrong = await cli('test', 'click-count', sol('click-count', 'wrong.ipynb'));
    assert.equal(wrong.code, 1);
    assert.match(wrong.out, /FAIL/);
    const broken = await cli('test', 'click-count', sol('click-count', 'broken.ipynb'), '--json');
    assert.equal(broken.code, 1);
    assert.match(broken.out, /not valid JSON/);
  });

  itPy('a .sql file is judged as SQL; --language sql is accepted', async () => {
    const ok = await cli('test', 'click-sql', sol('click-sql', 'reference.sql'));
    assert.equal(ok.code, 0, ok.out + ok.err);
    const wrong = await cli('test', 'click-sql', sol('click-sql', 'wrong.sql'), '--language', 'sql');
    assert.equal(wrong.code, 1);
    const notOffered = await cli('test', 'click-count', sol('click-sql', 'reference.sql'));
    assert.equal(notOffered.code, 2);
    assert.match(notOffered.err, /no sql version/);
  });
});
