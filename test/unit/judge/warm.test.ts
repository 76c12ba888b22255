// The warm interpreter (src/core/judge/warm.ts, media/harness/warm.py): Python runs fork from a
// parent that has the problem's packages imported and never runs a solution. The whole Python
// battery also runs on this path (battery*.test.ts, "warm path"); here: that it is used, that
// nothing leaks from one run to the next, that a dead parent costs nothing, and that it does not
// outlive the judge.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Judge } from '../../../src/core/judge/judge';
import { codingProblem, harnessDir, isAlive, numpyAvailable, tempDir, testCases, verdicts, writeSolution } from './support';

const linux = process.platform === 'linux';

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

(linux ? describe : describe.skip)('warm interpreter (Linux)', function () {
  this.timeout(60_000);
  let judge: Judge;
  beforeEach(() => {
    judge = new Judge({ harnessDir, warmInterpreter: true });
  });
  afterEach(() => judge.dispose());

  const run = (code: string, specs: { args: unknown[]; expected: unknown }[], requires?: string[]): ReturnType<Judge['run']> =>
    judge.run({ problem: codingProblem({ timeMs: 5000, ...(requires ? { requires } : {}) }), cases: testCases(specs), solutionPath: writeSolution(code, 'python'), language: 'python' });

  it('BATTERY 110: runs through one warm parent, which never ran the solution: module state, monkeypatches, cwd and environment do not reach the next run', async () => {
    // The preloaded package is numpy where the interpreter has it (as on CI), else a standard module.
    const pkg = numpyAvailable ? 'numpy' : 'decimal';
    const requires = [pkg];
    const dirty = [
      `import json, os, sys, ${pkg}`,
      'def solve(x):',
      `    ${pkg}.leaked = 42`,
      '    json.dumps = lambda *a, **k: "forged"',
      '    sys.modules["leaked_module"] = object()',
      '    os.environ["LEAKED"] = "1"',
      '    os.makedirs("leftover", exist_ok=True)',
      '    os.chdir("leftover")',
      '    return os.getpid()',
    ].join('\n');
    const first = await run(dirty, [{ args: [0], expected: null }], requires);
    assert.match(first.runtime ?? '', /, warm$/);
    const firstPid = first.cases[0].actual;
    const probe = [
      `import json, os, sys, ${pkg}`,
      'def solve(x):',
      `    return [hasattr(${pkg}, "leaked"), json.dumps(1), "leaked_module" in sys.modules, "LEAKED" in os.environ, os.path.exists("leftover"), os.getpid()]`,
    ].join('\n');
    const second = await run(probe, [{ args: [0], expected: null }], requires);
    assert.match(second.runtime ?? '', /, warm$/);
    const seen = second.cases[0].actual as unknown[];
    assert.deepEqual(seen.slice(0, 5), [false, '1', false, false, false], 'nothing of the first run is seen by the second');
    assert.notEqual(seen[5], firstPid, 'each run is a fresh process');
    assert.equal(judge.warmParentsStarted, 1, 'both runs came from the same warm parent');
    // BLAS is pinned to one thread in the parent, so forked children never inherit a thread pool.
    const threads = await run('import os\ndef solve(x):\n    return os.environ.get("OPENBLAS_NUM_THREADS")\n', [{ args: [0], expected: '1' }], requires);
    assert.deepEqual(verdicts(threads), ['pass']);
  });

  it('BATTERY 111: a warm parent that was killed is replaced: the next run passes, through a new parent', async () => {
    const ok = 'def solve(x):\n    return x + 1\n';
    assert.deepEqual(verdicts(await run(ok, [{ args: [1], expected: 2 }])), ['pass']);
    const [parent] = judge.warmParentPids();
    assert.ok(parent && isAlive(parent));
    process.kill(parent, 'SIGKILL');
    assert.ok(await waitUntil(() => !isAlive(parent), 5000));
    const after = await run(ok, [{ args: [2], expected: 3 }]);
    assert.deepEqual(verdicts(after), ['pass']);
    const again = await run(ok, [{ args: [3], expected: 4 }]);
    assert.deepEqual(verdicts(again), ['pass']);
    assert.match(again.runtime ?? '', /, warm$/);
    assert.equal(judge.warmParentsStarted, 2, 'a new parent replaced the dead one');
  });

  it('BATTERY 111: a run that cannot reach its live parent (the socket is gone) is run again cold and passes', async () => {
    const ok = 'def solve(x):\n    return x + 1\n';
    assert.match((await run(ok, [{ args: [1], expected: 2 }])).runtime ?? '', /, warm$/);
    const socket = fs.readdirSync(os.tmpdir()).filter((d) => d.startsWith('mlprep-warm-')).map((d) => path.join(os.tmpdir(), d, 'warm.sock')).filter((f) => fs.existsSync(f));
    const [parent] = judge.warmParentPids();
    assert.ok(parent && isAlive(parent));
    for (const f of socket) fs.rmSync(f);
    const r = await run(ok, [{ args: [2], expected: 3 }]);
    assert.deepEqual(verdicts(r), ['pass']);
    assert.doesNotMatch(r.runtime ?? '', /warm/, 'the run went cold');
    assert.ok(isAlive(parent), 'the parent itself was fine');
  });

  it('BATTERY 112: dispose stops every warm parent (no orphan), and a judge without the warm files runs cold', async () => {
    const ok = 'def solve(x):\n    return x + 1\n';
    await run(ok, [{ args: [1], expected: 2 }]);
    const pids = judge.warmParentPids();
    assert.equal(pids.length, 1);
    judge.dispose();
    assert.ok(await waitUntil(() => pids.every((p) => !isAlive(p)), 5000), 'the warm parent ended with the judge');

    const bare = tempDir('mlprep-harness-');
    for (const f of ['harness.py', 'supervisor.py']) fs.copyFileSync(path.join(harnessDir, f), path.join(bare, f));
    const cold = new Judge({ harnessDir: bare, warmInterpreter: true });
    try {
      const r = await cold.run({ problem: codingProblem(), cases: testCases([{ args: [1], expected: 2 }]), solutionPath: writeSolution(ok, 'python'), language: 'python' });
      assert.deepEqual(verdicts(r), ['pass']);
      assert.doesNotMatch(r.runtime ?? '', /warm/);
    } finally {
      cold.dispose();
    }
  });

  it('is off unless asked for: the default judge (CLI, bank gate) runs cold', async () => {
    const plain = new Judge({ harnessDir });
    try {
      const r = await plain.run({ problem: codingProblem(), cases: testCases([{ args: [1], expected: 2 }]), solutionPath: writeSolution('def solve(x):\n    return x + 1\n', 'python'), language: 'python' });
      assert.deepEqual(verdicts(r), ['pass']);
      assert.doesNotMatch(r.runtime ?? '', /warm/);
      assert.equal(plain.warmParentsStarted, 0);
    } finally {
      plain.dispose();
    }
  });
});
