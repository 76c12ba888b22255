// Generated test inputs (`{"$gen", "seed", "sha256"}` cases, battery rows 116–117).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateArgsText, sha256Text } from '../../../src/core/problems/generators';
import { PackError, loadPack, loadTests, validatePack } from '../../../src/core/problems/loader';
import type { CodingProblem } from '../../../src/core/problems/schema';
import { cleanupTemp, fixturesDir, tempDir } from '../judge/support';

// Rows of a CSV column, drawn from every part of the generator's interface.
const GENERATORS = `'use strict';
module.exports = {
  column(g) {
    const rows = ['v'];
    for (let i = 0; i < 2000; i++) rows.push(String(g.int(-50, 50)));
    return [rows.join('\\n') + '\\n', 'v'];
  },
  mixed(g) {
    return [[g.random(), g.uniform(2, 3), g.normal(), g.bernoulli(0.5), g.choice(['a', 'b']), g.weighted(['x', 'y'], [1, 3]),
      g.shuffle([1, 2, 3, 4]), g.sample([1, 2, 3, 4, 5], 2), g.string(5), g.round(2.25, 1), g.float(3), g.ndarray([[1, 2]], 'int64'), g.int(0, 2 ** 40)]];
  },
  notAList(g) { return { v: 1 }; },
  fromFile(g) { return [{ $file: 'data/small.csv' }, 'b']; },
  badTag(g) { return [{ $float: 'many' }]; },
  forever(g) { for (;;) {} },
  escape(g) {
    let viaFunction;
    try { viaFunction = g.random.constructor('return typeof process')(); } catch (e) { viaFunction = 'refused'; }
    return [typeof process, typeof require, typeof globalThis.process, viaFunction];
  },
};
`;

after(() => cleanupTemp());

async function packWithGenerated(cases: (sha: (name: string, seed: number) => Promise<string>) => Promise<unknown[]>): Promise<CodingProblem> {
  const dir = path.join(tempDir('mlprep-gen-'), 'pack');
  fs.cpSync(path.join(fixturesDir, 'pack'), dir, { recursive: true });
  const problemDir = path.join(dir, 'sum-column');
  fs.writeFileSync(path.join(problemDir, 'generate.js'), GENERATORS);
  const sha = async (name: string, seed: number): Promise<string> => sha256Text(await generateArgsText(problemDir, name, seed));
  const tests = JSON.parse(fs.readFileSync(path.join(problemDir, 'tests.json'), 'utf8')) as { cases: unknown[] };
  tests.cases.push(...(await cases(sha)));
  fs.writeFileSync(path.join(problemDir, 'tests.json'), JSON.stringify(tests));
  const pack = await loadPack(dir);
  return pack.problems.find((p) => p.id === 'sum-column') as CodingProblem;
}

function columnSum(csv: string): [number, number] {
  const values = csv.trim().split('\n').slice(1).map(Number);
  return [values.reduce((s, x) => s + x, 0), values.length];
}

describe('generated test inputs', () => {
  it('resolves a generated case to the same arguments on every load; the values are pinned (same on every machine)', async () => {
    const problem = await packWithGenerated(async (sha) => [{ name: 'generated column', args: { $gen: 'column', seed: 42, sha256: await sha('column', 42) }, expected: [0, 0], hidden: true }]);
    const cases = await loadTests(problem);
    const gen = cases[cases.length - 1];
    assert.equal(gen.name, 'generated column');
    assert.equal(gen.args.length, 2);
    assert.equal(gen.args[1], 'v');
    const csv = gen.args[0] as string;
    assert.equal(csv.split('\n').length, 2002);
    assert.deepEqual(csv.split('\n').slice(1, 6), ['-32', '44', '-30', '-41', '8']);
    assert.deepEqual(columnSum(csv), [465, 2000]);
    const again = await loadTests(problem);
    assert.deepEqual(again[again.length - 1].args, gen.args);
    // Another seed, other values.
    assert.notEqual(await generateArgsText(problem.dir, 'column', 43), await generateArgsText(problem.dir, 'column', 42));
  });

  it('types every generated value: whole floats stay floats, arrays are $ndarray, big integers are exact', async () => {
    const problem = await packWithGenerated(async () => []);
    const text = await generateArgsText(problem.dir, 'mixed', 7);
    const [values] = JSON.parse(text) as [unknown[]];
    assert.equal(values.length, 13);
    const [r, u, , b, c, w, sh, sa, s, rounded, whole, nd, big] = values as [number, number, number, boolean, string, string, number[], number[], string, number, unknown, unknown, number];
    assert.ok(r >= 0 && r < 1 && u >= 2 && u < 3);
    assert.equal(typeof b, 'boolean');
    assert.ok(['a', 'b'].includes(c) && ['x', 'y'].includes(w));
    assert.deepEqual([...sh].sort(), [1, 2, 3, 4]);
    assert.equal(new Set(sa).size, 2);
    assert.match(s, /^[a-z]{5}$/);
    assert.equal(rounded, 2.3);
    assert.deepEqual(whole, { $float: '3.0' });
    assert.deepEqual(nd, { $ndarray: [[1, 2]], dtype: 'int64' });
    assert.ok(Number.isInteger(big) && big >= 0 && big <= 2 ** 40);
  });

  it('a generated {"$file": ...} argument becomes the file\'s text, as a stored one does', async () => {
    const problem = await packWithGenerated(async (sha) => [{ name: 'generated file', args: { $gen: 'fromFile', seed: 1, sha256: await sha('fromFile', 1) }, expected: [40, 2], hidden: true }]);
    const cases = await loadTests(problem);
    assert.deepEqual(cases[cases.length - 1].args, [fs.readFileSync(path.join(problem.dir, 'data', 'small.csv'), 'utf8'), 'b']);
  });

  it('row 116: a generator that no longer makes what the case states is an error naming the case (hash), never a different test', async () => {
    const problem = await packWithGenerated(async (sha) => [{ name: 'stale', args: { $gen: 'column', seed: 1, sha256: await sha('column', 2) }, expected: [0, 0], hidden: true }]);
    await assert.rejects(loadTests(problem), (err: unknown) => {
      assert.ok(err instanceof PackError);
      assert.equal(err.diagnostics[0].path, 'cases[7].args');
      assert.match(err.diagnostics[0].message, /made different arguments than the case states .*update "sha256"/);
      return true;
    });
    // validate reports it with the others; the rest of the pack still loads.
    const diagnostics = await validatePack(path.dirname(problem.dir));
    assert.ok(diagnostics.some((d) => d.path === 'cases[7].args' && /different arguments/.test(d.message)));
    assert.ok((await loadPack(path.dirname(problem.dir))).problems.length > 1);
  });

  it('row 117: a missing generate.js, an unknown generator, a non-list, invalid tags, a malformed stub or an endless loop are clear errors', async () => {
    const zero = '0'.repeat(64);
    const problem = await packWithGenerated(async () => []);
    const load = async (args: unknown): Promise<string> => {
      const file = path.join(problem.dir, 'tests.json');
      const tests = JSON.parse(fs.readFileSync(file, 'utf8')) as { cases: unknown[] };
      tests.cases = [tests.cases[0], { name: 'g', args, expected: 0 }];
      fs.writeFileSync(file, JSON.stringify(tests));
      try {
        await loadTests(problem);
      } catch (err) {
        assert.ok(err instanceof PackError);
        return `${err.diagnostics[0].path}: ${err.diagnostics[0].message}`;
      }
      return 'loaded';
    };
    assert.match(await load({ $gen: 'nothing', seed: 1, sha256: zero }), /^cases\[1\]\.args: generator "nothing" failed: .*no generator named "nothing"/);
    assert.match(await load({ $gen: 'notAList', seed: 1, sha256: zero }), /must return the list of arguments \(got object\)/);
    const badTag = sha256Text(await generateArgsText(problem.dir, 'badTag', 1));
    assert.match(await load({ $gen: 'badTag', seed: 1, sha256: badTag }), /generator "badTag" made invalid arguments: args\[0\]\.\$float/);
    assert.match(await load({ $gen: 'column', seed: 1 }), /^cases\[1\]\.args/);
    assert.match(await load({ $gen: 'column', seed: -1, sha256: zero }), /^cases\[1\]\.args/);
    assert.match(await load({ $gen: 'column', seed: 1, sha256: 'abc' }), /^cases\[1\]\.args/);
    await assert.rejects(generateArgsText(problem.dir, 'forever', 1, 200), /generator "forever" did not finish within 0.2 s/);
    fs.rmSync(path.join(problem.dir, 'generate.js'));
    assert.match(await load({ $gen: 'column', seed: 1, sha256: zero }), /the case is generated but the problem has no generate\.js/);
  });

  it('runs the generator with nothing of the host: no process, no require, no code from strings', async () => {
    const problem = await packWithGenerated(async () => []);
    assert.deepEqual(JSON.parse(await generateArgsText(problem.dir, 'escape', 1)), ['undefined', 'undefined', 'undefined', 'refused']);
  });
});
