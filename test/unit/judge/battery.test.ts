// The fault battery (docs/battery.md rows 1–24): solutions that misbehave, run through the real
// interpreters. Python first, then the JavaScript / TypeScript equivalents.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Judge } from '../../../src/core/judge/judge';
import type { RunResult } from '../../../src/core/judge/judge';
import { PythonLocator } from '../../../src/core/judge/python';
import {
  JUDGE_PATHS,
  cleanupTemp,
  codingProblem,
  eventuallyNone,
  harnessDir,
  isAlive,
  judgeCode,
  numpyAvailable,
  pathOptions,
  processesWith,
  setWarmPath,
  sleepToken,
  tempDir,
  testCases,
  verdicts,
  writeSolution,
} from './support';

const isLinux = process.platform === 'linux';
const MiB = 1024 * 1024;

function pids(r: RunResult): number[] {
  return r.cases.map((c) => Number(/pid=(\d+)/.exec(c.stdout)?.[1] ?? NaN));
}

function wellFormed(s: string): boolean {
  // No lone surrogates: a round trip through UTF-8 keeps the string.
  return Buffer.from(s, 'utf8').toString('utf8') === s;
}

after(() => cleanupTemp());

for (const judgePath of JUDGE_PATHS) {
describe(`judge battery: Python (${judgePath} path)`, function () {
  before(() => setWarmPath(judgePath === 'warm'));
  after(() => setWarmPath(false));
  this.timeout(30_000);

  it('row 1: an infinite loop gets time_limit, the interpreter is killed and restarted, the other cases run', async () => {
    const code = `import os\ndef solve(x):\n    print('pid=%d' % os.getpid())\n    if x == 2:\n        while True:\n            pass\n    return x * 2\n`;
    const started = Date.now();
    const r = await judgeCode(code, 'python', [{ args: [1], expected: 2 }, { args: [2], expected: 4 }, { args: [3], expected: 6 }], { timeMs: 600 });
    assert.deepEqual(verdicts(r), ['pass', 'time_limit', 'pass']);
    const tl = r.cases[1];
    assert.ok(tl.timeMs >= 590 && tl.timeMs < 3000, `time of the looping case: ${tl.timeMs}`);
    assert.match(tl.message ?? '', /time limit of 600 ms/);
    const [p1, p2, p3] = pids(r);
    assert.equal(p1, p2, 'cases 1 and 2 share one interpreter');
    assert.notEqual(p3, p2, 'the interpreter was restarted after the time limit');
    assert.ok(!isAlive(p2) && !isAlive(p3), 'no harness left running');
    assert.ok(Date.now() - started < 15_000);
  });

  it('row 2: sleeping forever gets time_limit by wall clock', async () => {
    const code = `import time\ndef solve(x):\n    if x:\n        time.sleep(10**9)\n    return 0\n`;
    const started = Date.now();
    const r = await judgeCode(code, 'python', [{ args: [1], expected: 0 }, { args: [0], expected: 0 }], { timeMs: 500 });
    assert.deepEqual(verdicts(r), ['time_limit', 'pass']);
    assert.ok(Date.now() - started < 10_000);
  });

  it('row 3: reading stdin raises EOFError (runtime_error), never hangs', async () => {
    const code = `import sys\ndef solve(x):\n    if x == 1:\n        return input()\n    return sys.stdin.read()\n`;
    const started = Date.now();
    const r = await judgeCode(code, 'python', [{ args: [1], expected: 'a' }, { args: [2], expected: 'b' }], { timeMs: 5000 });
    assert.deepEqual(verdicts(r), ['runtime_error', 'runtime_error']);
    for (const c of r.cases) assert.match(c.message ?? '', /EOFError/);
    assert.ok(Date.now() - started < 8000, 'returned long before the time limit');
  });

  (isLinux ? it : it.skip)('row 4: children that outlive the solution, also after setsid with a cleared environment or a double fork, are all killed', async () => {
    const a = sleepToken();
    const b = sleepToken();
    const c = sleepToken();
    const code = [
      'import os, subprocess',
      'def solve(x):',
      '    for _ in range(20):',
      `        subprocess.Popen(['sleep', '${a}'], start_new_session=True)`,
      `    subprocess.Popen(['sleep', '${b}'], start_new_session=True, env={}, cwd='/')`,
      '    if os.fork() == 0:',
      '        os.setsid()',
      '        os.chdir("/")',
      '        if os.fork() == 0:',
      `            os.execve('/bin/sleep', ['sleep', '${c}'], {})`,
      '        os._exit(0)',
      '    return x',
      '',
    ].join('\n');
    const r = await judgeCode(code, 'python', [{ args: [1], expected: 1 }], { timeMs: 3000 });
    assert.deepEqual(verdicts(r), ['pass']);
    assert.deepEqual(await eventuallyNone(a), [], 'detached children killed');
    assert.deepEqual(await eventuallyNone(b), [], 'child without the marker variable killed');
    assert.deepEqual(await eventuallyNone(c), [], 'double-forked daemon killed');
  });

  (isLinux ? it : it.skip)('row 5: a grandchild holding stdout open does not keep the judge waiting', async () => {
    const t = sleepToken();
    const code = `import os, subprocess\ndef solve(x):\n    subprocess.Popen(['sleep', '${t}'])\n    os._exit(0)\n`;
    const started = Date.now();
    const r = await judgeCode(code, 'python', [{ args: [1], expected: 1 }], { timeMs: 20_000 });
    assert.equal(r.cases[0].verdict, 'runtime_error');
    assert.match(r.cases[0].message ?? '', /exited \(code 0\) before case 1 of 1/);
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
    assert.deepEqual(await eventuallyNone(t), []);
  });

  it('row 6: unbounded allocation is memory_limit (not runtime_error) and the judge stays flat', async () => {
    const code = `def solve(x):\n    if x == 1:\n        return len(bytearray(10**11))\n    if x == 2:\n        a = []\n        while True:\n            a.append(' ' * 10**6)\n    return 7\n`;
    const before = process.memoryUsage().rss;
    const r = await judgeCode(code, 'python', [{ args: [1], expected: 0 }, { args: [2], expected: 0 }, { args: [3], expected: 7 }], { timeMs: 5000, memoryMb: 200 });
    assert.deepEqual(verdicts(r), ['memory_limit', 'memory_limit', 'pass']);
    assert.match(r.cases[0].message ?? '', /MemoryError.*200 MB/);
    assert.ok(process.memoryUsage().rss - before < 100 * MiB, 'the judge process did not grow');
  });

  it('row 7: unbounded recursion, also after setrecursionlimit(10**6), is runtime_error and the runner survives', async () => {
    const code = [
      'import sys',
      'def down(n):',
      '    return down(n + 1) + 1',
      'def solve(x):',
      '    if x == 1:',
      '        return down(0)',
      '    if x == 2:',
      '        sys.setrecursionlimit(10**6)',
      '        return down(0)',
      '    if x == 3:',
      '        sys.setrecursionlimit(10**6)',
      '        def deep(n):',
      '            return sorted([1, 2], key=lambda _: deep(n + 1))',
      '        return deep(0)',
      '    return 5',
      '',
    ].join('\n');
    const r = await judgeCode(code, 'python', [1, 2, 3, 4].map((x) => ({ args: [x], expected: 5 })), { timeMs: 8000 });
    assert.deepEqual(verdicts(r), ['runtime_error', 'runtime_error', 'runtime_error', 'pass']);
    assert.match(r.cases[0].message ?? '', /RecursionError/);
    assert.match(r.cases[1].message ?? '', /RecursionError|stack overflow/);
    assert.match(r.cases[2].message ?? '', /RecursionError|stack overflow|SIGSEGV/);
    assert.equal(r.cases[0].line, 3);
  });

  it('row 8: endless printing, one huge line and binary output stop at the output limit', async () => {
    const code = [
      'import sys',
      'def solve(x):',
      '    if x == 1:',
      '        while True:',
      "            print('x' * 1000)",
      '    if x == 2:',
      "        sys.stdout.write('y' * 50_000_000)",
      '    if x == 3:',
      '        while True:',
      '            sys.stdout.buffer.write(bytes(range(256)) * 1000)',
      '    return x',
      '',
    ].join('\n');
    const started = Date.now();
    const r = await judgeCode(code, 'python', [1, 2, 3, 4].map((x) => ({ args: [x], expected: x })), { timeMs: 10_000 });
    assert.deepEqual(verdicts(r), ['output_limit', 'output_limit', 'output_limit', 'pass']);
    let kept = 0;
    for (const c of r.cases.slice(0, 3)) {
      assert.equal(c.truncated, true);
      assert.ok(wellFormed(c.stdout), 'captured text is well-formed');
      kept += Buffer.byteLength(c.stdout) + Buffer.byteLength(c.stderr);
    }
    assert.ok(r.cases[0].stdout.startsWith('x'.repeat(1000) + '\n'), 'the head of the output is kept');
    assert.ok(kept <= MiB + 16, `kept ${kept} bytes`);
    assert.ok(Date.now() - started < 15_000, 'stopped at the cap, not at the time limit');
  });

  it('row 9: lots of stderr with right answers passes; stderr is capped and kept apart from stdout', async () => {
    const code = `import sys\ndef solve(x):\n    print('out', x)\n    sys.stderr.write('e' * 300_000)\n    return x\n`;
    const r = await judgeCode(code, 'python', [1, 2, 3, 4, 5].map((x) => ({ args: [x], expected: x })), { timeMs: 5000 });
    assert.deepEqual(verdicts(r), ['pass', 'pass', 'pass', 'pass', 'pass']);
    assert.equal(r.cases[0].stdout, 'out 1\n');
    assert.equal(r.cases[0].stderr, 'e'.repeat(300_000));
    const kept = r.cases.reduce((n, c) => n + c.stdout.length + c.stderr.length, 0);
    assert.ok(kept <= MiB, `kept ${kept}`);
    assert.equal(r.cases[4].truncated, true);
  });

  it('row 10: an exception, sys.exit(3) and os.kill(self, 9) are runtime_error with the details', async () => {
    const code = [
      'import os, sys',
      'def helper(x):',
      '    return 1 / (x - x)',
      'def solve(x):',
      '    if x == 1:',
      '        return helper(x)',
      '    if x == 2:',
      '        sys.exit(3)',
      '    if x == 3:',
      '        os.kill(os.getpid(), 9)',
      '    return x',
      '',
    ].join('\n');
    const r = await judgeCode(code, 'python', [1, 2, 3, 4].map((x) => ({ args: [x], expected: x })), { timeMs: 5000 });
    assert.deepEqual(verdicts(r), ['runtime_error', 'runtime_error', 'runtime_error', 'pass']);
    const [e, exit, kill] = r.cases;
    assert.match(e.message ?? '', /^ZeroDivisionError: /);
    assert.equal(e.line, 3);
    assert.match(e.traceback ?? '', /line 6, in solve[\s\S]*line 3, in helper/);
    assert.doesNotMatch(e.traceback ?? '', /harness/);
    assert.match(exit.message ?? '', /sys\.exit\(3\)/);
    assert.match(kill.message ?? '', /SIGKILL/);
  });

  it('row 11: a syntax error or an import error at load is compile_error once, every other case not run', async () => {
    const syntax = await judgeCode('def solve(x):\n    return (x +\n\nprint("never")\n', 'python', [1, 2, 3].map((x) => ({ args: [x], expected: x })));
    assert.deepEqual(verdicts(syntax), ['compile_error', 'not_run', 'not_run']);
    assert.match(syntax.cases[0].message ?? '', /SyntaxError/);
    assert.ok(syntax.compileError);
    assert.ok(syntax.cases[0].line !== undefined && syntax.cases[0].line >= 2 && syntax.cases[0].line <= 4);
    const imp = await judgeCode('import numpy_that_does_not_exist_xyz\ndef solve(x):\n    return x\n', 'python', [1, 2].map((x) => ({ args: [x], expected: x })));
    assert.deepEqual(verdicts(imp), ['compile_error', 'not_run']);
    assert.match(imp.cases[0].message ?? '', /ModuleNotFoundError/);
    assert.equal(imp.cases[0].line, 1);
    const missing = await judgeCode('def other(x):\n    return x\n', 'python', [{ args: [1], expected: 1 }]);
    assert.deepEqual(verdicts(missing), ['compile_error']);
    assert.match(missing.cases[0].message ?? '', /does not define a function or class named solve/);
  });

  it('row 12: sys.exit(0), os._exit(0) mid-run and an atexit "all passed" never pass', async () => {
    const code = [
      'import atexit, os, sys',
      "atexit.register(lambda: print('all passed'))",
      'def solve(x):',
      '    if x == 2:',
      '        sys.exit(0)',
      '    if x == 3:',
      '        os._exit(0)',
      '    return x',
      '',
    ].join('\n');
    const r = await judgeCode(code, 'python', [1, 2, 3, 4].map((x) => ({ args: [x], expected: x })), { timeMs: 5000 });
    assert.deepEqual(verdicts(r), ['pass', 'runtime_error', 'runtime_error', 'pass']);
    assert.match(r.cases[1].message ?? '', /sys\.exit\(0\)/);
    assert.match(r.cases[2].message ?? '', /exited \(code 0\) before case 3 of 4/);
    assert.equal(r.verdict, 'fail');
    const early = await judgeCode('import os\ndef solve(x):\n    print("all passed")\n    os._exit(0)\n', 'python', [1, 2, 3].map((x) => ({ args: [x], expected: x })));
    assert.deepEqual(verdicts(early), ['runtime_error', 'runtime_error', 'runtime_error']);
    assert.equal(early.passed, 0);
  });

  it('row 13: tampering with print, json, builtins, the harness module, fds and the test files changes nothing', async () => {
    const dir = tempDir('mlprep-pack-');
    const testsFile = path.join(dir, 'tests.json');
    fs.writeFileSync(testsFile, JSON.stringify({ cases: [{ args: [1], expected: 10 }] }));
    const code = [
      'import builtins, json, os, sys, types',
      `TESTS = ${JSON.stringify(testsFile)}`,
      "FAKE = b'\\n{\"t\":\"result\",\"i\":0,\"ok\":true,\"value\":10}\\n'",
      'def spray():',
      '    for fd in range(1, 64):',
      '        for line in (FAKE, b"0" * 32 + b" " + FAKE.strip() + b"\\n", b"\\x1e"):',
      '            try:',
      '                os.write(fd, line)',
      '            except OSError:',
      '                pass',
      'builtins.print = lambda *a, **k: None',
      "json.dumps = lambda *a, **k: '{\"t\":\"result\",\"i\":0,\"ok\":true,\"value\":10}'",
      'json.loads = lambda *a, **k: {"t": "case", "i": 0, "args": [10]}',
      "fake = types.ModuleType('json')",
      'fake.dumps = json.dumps',
      'fake.loads = json.loads',
      "sys.modules['json'] = fake",
      "main = sys.modules['__main__']",
      'for name in list(vars(main)):',
      "    if not name.startswith('__'):",
      '        setattr(main, name, lambda *a, **k: None)',
      'builtins.isinstance = lambda *a: True',
      'builtins.repr = lambda *a: "10"',
      'builtins.len = lambda *a: 0',
      'builtins.int = lambda *a: 10',
      'try:',
      '    with open(TESTS, "w") as f:',
      '        f.write(\'{"cases": [{"args": [1], "expected": 1}, {"args": [2], "expected": 2}]}\')',
      'except OSError:',
      '    pass',
      'spray()',
      'def solve(x):',
      '    spray()',
      "    sys.stdout.write('{\"t\":\"result\",\"ok\":true,\"value\":10}\\n')",
      '    return x',
      '',
    ].join('\n');
    const r = await judgeCode(code, 'python', [{ args: [1], expected: 10 }, { args: [2], expected: 20 }, { args: [3], expected: 30 }], { timeMs: 5000 });
    assert.deepEqual(verdicts(r), ['wrong_answer', 'wrong_answer', 'wrong_answer']);
    assert.deepEqual(
      r.cases.map((c) => c.actual),
      [1, 2, 3],
    );
    assert.equal(r.passed, 0);
  });

  it('row 14: the working directory is a fresh temp folder; the practice folder and the pack stay untouched', async () => {
    const practice = tempDir('mlprep-practice-');
    const solution = path.join(practice, 'solution.py');
    fs.writeFileSync(path.join(practice, 'notes.txt'), 'keep me');
    const code = [
      'import os, shutil',
      'def solve(x):',
      "    print('cwd=' + os.getcwd())",
      "    open('junk.txt', 'w').write('x')",
      "    for name in os.listdir('.'):",
      '        if os.path.isdir(name):',
      '            shutil.rmtree(name)',
      '        else:',
      '            os.remove(name)',
      '    return x',
      '',
    ].join('\n');
    const r = await judgeCode(code, 'python', [{ args: [1], expected: 1 }], { solutionPath: solution });
    assert.deepEqual(verdicts(r), ['pass']);
    const cwd = /cwd=(.*)/.exec(r.cases[0].stdout)?.[1] ?? '';
    assert.ok(cwd && path.resolve(cwd) !== path.resolve(practice), `ran in ${cwd}`);
    assert.ok(!fs.existsSync(cwd), 'the temp folder is removed after the run');
    assert.deepEqual(fs.readdirSync(practice).sort(), ['notes.txt', 'solution.py']);
    assert.ok(!fs.existsSync(path.join(practice, '__pycache__')));
  });

  it('row 15: NaN passes only where the case accepts NaN', async () => {
    const code = `def solve(x):\n    return float('nan')\n`;
    const nan = { $float: 'nan' };
    const r = await judgeCode(code, 'python', [
      { args: [1], expected: nan, compare: { nanEqual: true } },
      { args: [2], expected: nan },
      { args: [3], expected: 0.5, compare: { nanEqual: true } },
    ]);
    assert.deepEqual(verdicts(r), ['pass', 'wrong_answer', 'wrong_answer']);
  });

  it('row 16: inf, -inf and 1e308 equal only the same-signed infinity', async () => {
    const code = `def solve(x):\n    return [float('inf'), float('-inf'), 1e308, float('inf')][x]\n`;
    const inf = { $float: 'inf' };
    const r = await judgeCode(code, 'python', [
      { args: [0], expected: inf },
      { args: [1], expected: inf },
      { args: [2], expected: inf },
      { args: [3], expected: 1e308 },
      { args: [1], expected: { $float: '-inf' } },
    ]);
    assert.deepEqual(verdicts(r), ['pass', 'wrong_answer', 'wrong_answer', 'wrong_answer', 'pass']);
  });

  it('row 17: 1e-12 vs 0 and 0.1+0.2 vs 0.3 follow atol/rtol', async () => {
    const code = `def solve(x):\n    return [1e-12, 0.1 + 0.2][x]\n`;
    const exact = { atol: 0, rtol: 0 };
    const r = await judgeCode(code, 'python', [
      { args: [0], expected: 0 },
      { args: [1], expected: 0.3 },
      { args: [0], expected: 0, compare: exact },
      { args: [1], expected: 0.3, compare: exact },
    ]);
    assert.deepEqual(verdicts(r), ['pass', 'pass', 'wrong_answer', 'wrong_answer']);
  });

  it('row 18: shapes must match (no broadcasting); tuples are lists', async () => {
    const code = `def solve(x):\n    return [[[1, 2, 3]], [5], [[1, 2], [3]], (1, 2), 5][x]\n`;
    const r = await judgeCode(code, 'python', [
      { args: [0], expected: [1, 2, 3] },
      { args: [1], expected: 5 },
      { args: [2], expected: [[1, 2], [3, 4]] },
      { args: [3], expected: [1, 2] },
      { args: [4], expected: [5] },
    ]);
    assert.deepEqual(verdicts(r), ['wrong_answer', 'wrong_answer', 'wrong_answer', 'pass', 'wrong_answer']);
    assert.match(r.cases[0].message ?? '', /\(3,\).*\(1, 3\)/);
    assert.match(r.cases[1].message ?? '', /shape \(1,\)/);
    assert.match(r.cases[2].message ?? '', /at \[1\]/);
  });

  (numpyAvailable ? it : it.skip)('row 19: numpy arrays and scalars, ints for floats and -0.0 compare numerically', async () => {
    const code = [
      'import numpy as np',
      'def solve(x):',
      '    return [np.array([0.5, 1.5]), np.float64(2.5), np.int64(3), -0.0, np.array([[1, 2], [3, 4]], dtype=np.int32), np.bool_(True), np.float32(0.1)][x]',
      '',
    ].join('\n');
    const r = await judgeCode(code, 'python', [
      { args: [0], expected: [0.5, 1.5] },
      { args: [1], expected: 2.5 },
      { args: [2], expected: 3.0 },
      { args: [3], expected: 0 },
      { args: [4], expected: [[1.0, 2.0], [3.0, 4.0]] },
      { args: [5], expected: true },
      { args: [6], expected: 0.1 },
    ], { timeMs: 5000 });
    assert.deepEqual(verdicts(r), ['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
  });

  it('row 19: ints where floats are expected and -0.0 pass without numpy', async () => {
    const r = await judgeCode(`def solve(x):\n    return [3, -0.0, True][x]\n`, 'python', [
      { args: [0], expected: 3.0 },
      { args: [1], expected: 0.0 },
      { args: [2], expected: 1 },
    ]);
    assert.deepEqual(verdicts(r), ['pass', 'pass', 'wrong_answer'], 'booleans compare only with booleans');
  });

  it('row 20: dict / set / None / custom objects compare structurally or fail clearly', async () => {
    const code = [
      'class Foo:',
      '    def __repr__(self):',
      "        return 'Foo()'",
      'class Bad:',
      '    def __repr__(self):',
      "        raise ValueError('no repr')",
      'def solve(x):',
      '    cyc = []',
      '    cyc.append(cyc)',
      "    return [{'a': 1, 2: [1, 2]}, {3, 1, 2}, None, Foo(), {'a': 1}, Bad(), cyc, frozenset([1])][x]",
      '',
    ].join('\n');
    const r = await judgeCode(code, 'python', [
      { args: [0], expected: { a: 1, '2': [1, 2] } },
      { args: [1], expected: { $set: [1, 2, 3] } },
      { args: [2], expected: null },
      { args: [3], expected: [1] },
      { args: [4], expected: [1] },
      { args: [5], expected: 1 },
      { args: [6], expected: [[]] },
      { args: [7], expected: { $set: [1] } },
    ]);
    assert.deepEqual(verdicts(r), ['pass', 'pass', 'pass', 'wrong_answer', 'wrong_answer', 'wrong_answer', 'wrong_answer', 'pass']);
    assert.match(r.cases[3].message ?? '', /expected list, got Foo object/);
    assert.match(r.cases[4].message ?? '', /expected list, got dict/);
  });

  it('row 21: UTF-8, lone surrogates and invalid bytes are shown safely; truncation never splits a character', async () => {
    const code = [
      'import sys',
      'def solve(x):',
      '    if x == 1:',
      "        print('héllo 😀')",
      '    if x == 2:',
      "        print('bad \\ud800 end')",
      '    if x == 3:',
      "        sys.stdout.buffer.write(b'\\xff\\xfe ok\\n')",
      '    if x == 4:',
      "        print('é' * 5000)",
      '    return x',
      '',
    ].join('\n');
    const r = await judgeCode(code, 'python', [1, 2, 3, 4].map((x) => ({ args: [x], expected: x })), { judge: { outputKeepBytes: 2001 } });
    assert.deepEqual(verdicts(r), ['pass', 'pass', 'pass', 'pass']);
    assert.equal(r.cases[0].stdout, 'héllo 😀\n');
    assert.match(r.cases[1].stdout, /^bad .* end\n$/);
    assert.ok(wellFormed(r.cases[1].stdout));
    assert.equal(r.cases[2].stdout, '\ufffd\ufffd ok\n');
    const last = r.cases[3];
    assert.equal(last.truncated, true);
    assert.ok(/^é+$/.test(last.stdout), 'only whole characters are kept');
    // 12 + 15 + 6 raw bytes before; the budget of 2001 bytes leaves 1968 for the last case: 984 'é'.
    assert.equal(last.stdout.length, 984);
  });

  it('row 22: a second run on the same Judge cancels the first; dispose() kills every running tree', async () => {
    const t1 = sleepToken();
    const code = `import subprocess, time\ndef solve(x):\n    subprocess.Popen(['sleep', '${t1}'])\n    time.sleep(30)\n    return x\n`;
    const solution = writeSolution(code, 'python');
    const quick = writeSolution('def solve(x):\n    return x\n', 'python');
    const judge = new Judge({ harnessDir, ...pathOptions() });
    const problem = codingProblem({ timeMs: 20_000 });
    const cases = testCases([{ args: [1], expected: 1 }, { args: [2], expected: 2 }]);
    const first = judge.run({ problem, cases, solutionPath: solution, language: 'python' });
    await waitFor(() => processesWith(t1).length > 0, 20_000);
    const second = await judge.run({ problem, cases, solutionPath: quick, language: 'python' });
    const a = await first;
    assert.equal(a.verdict, 'error');
    assert.equal(a.error?.kind, 'cancelled');
    assert.equal(second.verdict, 'pass');
    assert.deepEqual(await eventuallyNone(t1), []);

    const t2 = sleepToken();
    const third = judge.run({ problem, cases, solutionPath: writeSolution(code.replace(t1, t2), 'python'), language: 'python' });
    await waitFor(() => processesWith(t2).length > 0, 20_000);
    const disposedAt = Date.now();
    judge.dispose();
    assert.deepEqual(processesWith(t2), [], 'dispose() kills synchronously');
    const c = await third;
    assert.equal(c.verdict, 'error');
    assert.ok(Date.now() - disposedAt < 5000);
    const after = await judge.run({ problem, cases, solutionPath: quick, language: 'python' });
    assert.equal(after.error?.kind, 'cancelled', 'a disposed judge runs nothing');
  });

  it('row 22: an AbortSignal cancels a run and leaves nothing behind', async () => {
    const t = sleepToken();
    const judge = new Judge({ harnessDir, ...pathOptions() });
    const controller = new AbortController();
    const run = judge.run({
      problem: codingProblem({ timeMs: 20_000 }),
      cases: testCases([{ args: [1], expected: 1 }]),
      solutionPath: writeSolution(`import subprocess, time\ndef solve(x):\n    subprocess.Popen(['sleep', '${t}'], start_new_session=True)\n    time.sleep(30)\n`, 'python'),
      language: 'python',
      signal: controller.signal,
    });
    await waitFor(() => processesWith(t).length > 0, 20_000);
    controller.abort();
    const r = await run;
    assert.equal(r.error?.kind, 'cancelled');
    assert.deepEqual(verdicts(r), ['not_run']);
    assert.deepEqual(await eventuallyNone(t), []);
    judge.dispose();
  });

  describe('row 23: environment problems are environment errors with a fix', () => {
    it('row 23: a configured interpreter that does not exist', async () => {
      const r = await judgeCode('def solve(x):\n    return x\n', 'python', [{ args: [1], expected: 1 }], { judge: { pythonPath: '/nonexistent/bin/python3' } });
      assert.equal(r.verdict, 'error');
      assert.equal(r.error?.kind, 'environment');
      assert.match(r.error?.message ?? '', /\/nonexistent\/bin\/python3/);
      assert.match(r.error?.hint ?? '', /mlprep\.pythonPath/);
      assert.deepEqual(verdicts(r), ['not_run']);
    });

    it('row 23: no Python on PATH at all', async () => {
      const saved = process.env.PATH;
      process.env.PATH = tempDir('mlprep-empty-path-');
      try {
        // A Judge of its own: a shared one has already found python3.
        const r = await judgeCode('def solve(x):\n    return x\n', 'python', [{ args: [1], expected: 1 }], { judge: {} });
        assert.equal(r.error?.kind, 'environment');
        assert.match(r.error?.message ?? '', /No Python 3 interpreter was found/);
        assert.match(r.error?.hint ?? '', /--python/);
      } finally {
        process.env.PATH = saved;
      }
    });

    it('row 23: Python 2 is refused', async () => {
      const real = ['/root/.pyenv/versions/2.7.18/bin/python2.7', '/usr/bin/python2.7', '/usr/bin/python2'].find((p) => fs.existsSync(p));
      let python2 = real;
      if (!python2) {
        // A stand-in that answers the probe the way a Python 2 interpreter does.
        python2 = path.join(tempDir('mlprep-py2-'), 'python');
        fs.writeFileSync(python2, "#!/bin/sh\nprintf 'MLPREP-PROBE 2 7 18|/usr/bin/python2\\n'\n", { mode: 0o755 });
      }
      const r = await judgeCode('def solve(x):\n    return x\n', 'python', [{ args: [1], expected: 1 }], { judge: { pythonPath: python2 } });
      assert.equal(r.error?.kind, 'environment');
      assert.match(r.error?.message ?? '', /Python 2\.7/);
      assert.match(r.error?.message ?? '', /needs Python 3/);
    });

    (process.platform === 'win32' ? it.skip : it)('row 23: the Windows Store alias is recognised', async () => {
      const alias = path.join(tempDir('mlprep-alias-'), 'python');
      fs.writeFileSync(alias, "#!/bin/sh\necho 'Python was not found; run without arguments to install from the Microsoft Store, or disable this shortcut from Settings > Manage App Execution Aliases.' >&2\nexit 9009\n", { mode: 0o755 });
      const locator = new PythonLocator(() => process.env, 'win32', 5000);
      const found = await locator.locate(alias);
      assert.equal(found.ok, false);
      if (!found.ok) assert.match(found.message, /Windows Store alias/);
    });

    it('row 23: a required package that the interpreter cannot import', async () => {
      const r = await judgeCode('def solve(x):\n    return x\n', 'python', [{ args: [1], expected: 1 }], { requires: ['numpy_mlprep_missing'] });
      assert.equal(r.verdict, 'error');
      assert.equal(r.error?.kind, 'environment');
      assert.match(r.error?.message ?? '', /numpy_mlprep_missing/);
      assert.match(r.error?.hint ?? '', /pip install numpy_mlprep_missing/);
      assert.match(r.error?.hint ?? '', /mlprep\.pythonPath/);
    });
  });

  it('row 24: paths with spaces and non-ASCII characters (practice folder, extension folder, temp folder)', async () => {
    const base = tempDir('mlprep paths é ');
    const ext = path.join(base, 'ext dir ü 😀', 'media', 'harness');
    fs.mkdirSync(ext, { recursive: true });
    for (const f of ['harness.py', 'harness.js', 'supervisor.py', 'warm.py', 'relay.py']) fs.copyFileSync(path.join(harnessDir, f), path.join(ext, f));
    const practice = path.join(base, 'practice folder ñ');
    const temp = path.join(base, 'temp root ß');
    fs.mkdirSync(practice);
    fs.mkdirSync(temp);
    const code = `def solve(x):\n    if x < 0:\n        raise ValueError('négatif')\n    return x + 1\n`;
    const r = await judgeCode(code, 'python', [{ args: [1], expected: 2 }, { args: [-1], expected: 0 }], {
      solutionPath: path.join(practice, 'sölution 1.py'),
      judge: { harnessDir: ext, tempRoot: temp },
    });
    assert.deepEqual(verdicts(r), ['pass', 'runtime_error']);
    assert.equal(r.cases[1].line, 3);
    assert.match(r.cases[1].message ?? '', /négatif/);
    assert.deepEqual(fs.readdirSync(temp), [], 'the run folder was removed');
    const ts = await judgeCode('export function solve(x: number): number {\n  return x + 1;\n}\n', 'typescript', [{ args: [1], expected: 2 }], {
      solutionPath: path.join(practice, 'sölution 2.ts'),
      judge: { harnessDir: ext, tempRoot: temp },
    });
    assert.deepEqual(verdicts(ts), ['pass']);
  });
});
}

describe('judge battery: JavaScript / TypeScript', function () {
  this.timeout(30_000);

  it('row 1: an infinite loop gets time_limit, node is killed and restarted, the other cases run (typescript)', async () => {
    const code = `export function solve(x: number): number {\n  console.log('pid=' + process.pid);\n  if (x === 2) { for (;;) { /* spin */ } }\n  return x * 2;\n}\n`;
    const r = await judgeCode(code, 'typescript', [{ args: [1], expected: 2 }, { args: [2], expected: 4 }, { args: [3], expected: 6 }], { timeMs: 600 });
    assert.deepEqual(verdicts(r), ['pass', 'time_limit', 'pass']);
    const [p1, p2, p3] = pids(r);
    assert.equal(p1, p2);
    assert.notEqual(p3, p2);
    assert.ok(!isAlive(p2) && !isAlive(p3));
  });

  it('row 2: blocking without CPU gets time_limit by wall clock (javascript)', async () => {
    const code = `export function solve(x) {\n  if (x) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);\n  return 0;\n}\n`;
    const r = await judgeCode(code, 'javascript', [{ args: [1], expected: 0 }, { args: [0], expected: 0 }], { timeMs: 500 });
    assert.deepEqual(verdicts(r), ['time_limit', 'pass']);
  });

  it('row 3: stdin is empty: reading it returns at once and parsing it fails (javascript)', async () => {
    const code = `const fs = require('fs');\nexports.solve = function (x) {\n  const text = fs.readFileSync(0, 'utf8');\n  return JSON.parse(text);\n};\n`;
    const started = Date.now();
    const r = await judgeCode(code, 'javascript', [{ args: [1], expected: 1 }], { timeMs: 5000 });
    assert.deepEqual(verdicts(r), ['runtime_error']);
    assert.match(r.cases[0].message ?? '', /SyntaxError/);
    assert.ok(Date.now() - started < 8000);
  });

  (isLinux ? it : it.skip)('row 4: detached children, also with a cleared environment, are all killed (javascript)', async () => {
    const a = sleepToken();
    const b = sleepToken();
    const code = [
      "const { spawn } = require('child_process');",
      'exports.solve = function (x) {',
      `  for (let i = 0; i < 20; i++) spawn('sleep', ['${a}'], { detached: true, stdio: 'ignore' }).unref();`,
      `  spawn('sleep', ['${b}'], { detached: true, stdio: 'ignore', env: {}, cwd: '/' }).unref();`,
      '  return x;',
      '};',
      '',
    ].join('\n');
    const r = await judgeCode(code, 'javascript', [{ args: [1], expected: 1 }], { timeMs: 3000 });
    assert.deepEqual(verdicts(r), ['pass']);
    assert.deepEqual(await eventuallyNone(a), []);
    assert.deepEqual(await eventuallyNone(b), []);
  });

  (isLinux ? it : it.skip)('row 5: a grandchild holding stdout open does not keep the judge waiting (javascript)', async () => {
    const t = sleepToken();
    const code = `const { spawn } = require('child_process');\nexports.solve = function () {\n  spawn('sleep', ['${t}'], { stdio: 'inherit' });\n  process.exit(0);\n};\n`;
    const started = Date.now();
    const r = await judgeCode(code, 'javascript', [{ args: [1], expected: 1 }], { timeMs: 20_000 });
    assert.equal(r.cases[0].verdict, 'runtime_error');
    assert.match(r.cases[0].message ?? '', /before case 1 of 1/);
    assert.ok(Date.now() - started < 10_000);
    assert.deepEqual(await eventuallyNone(t), []);
  });

  it('row 6: heap exhaustion and a huge ArrayBuffer are memory_limit (typescript)', async () => {
    const code = [
      'export function solve(x: number): number {',
      '  if (x === 1) return new ArrayBuffer(1e11).byteLength;',
      '  if (x === 2) {',
      '    const a: number[][] = [];',
      '    for (;;) a.push(new Array(1e6).fill(1.5));',
      '  }',
      '  return 7;',
      '}',
      '',
    ].join('\n');
    const r = await judgeCode(code, 'typescript', [{ args: [1], expected: 0 }, { args: [2], expected: 0 }, { args: [3], expected: 7 }], { timeMs: 10_000, memoryMb: 96 });
    assert.deepEqual(verdicts(r), ['memory_limit', 'memory_limit', 'pass']);
  });

  it('row 7: unbounded recursion is runtime_error and the runner survives (typescript)', async () => {
    const code = `function down(n: number): number {\n  return down(n + 1) + 1;\n}\nexport function solve(x: number): number {\n  return x === 1 ? down(0) : 5;\n}\n`;
    const r = await judgeCode(code, 'typescript', [{ args: [1], expected: 5 }, { args: [2], expected: 5 }]);
    assert.deepEqual(verdicts(r), ['runtime_error', 'pass']);
    assert.match(r.cases[0].message ?? '', /Maximum call stack/);
    assert.equal(r.cases[0].line, 2);
  });

  it('row 8: endless printing stops at the output limit (javascript)', async () => {
    const code = `exports.solve = function (x) {\n  if (x === 1) for (;;) console.log('x'.repeat(1000));\n  if (x === 2) process.stdout.write(Buffer.alloc(50e6, 0xff));\n  return x;\n};\n`;
    const r = await judgeCode(code, 'javascript', [1, 2, 3].map((x) => ({ args: [x], expected: x })), { timeMs: 10_000 });
    assert.deepEqual(verdicts(r), ['output_limit', 'output_limit', 'pass']);
    assert.ok(wellFormed(r.cases[1].stdout));
  });

  it('row 9: lots of stderr with right answers passes (typescript)', async () => {
    const code = `export function solve(x: number): number {\n  console.error('e'.repeat(300000));\n  return x;\n}\n`;
    const r = await judgeCode(code, 'typescript', [1, 2, 3, 4, 5].map((x) => ({ args: [x], expected: x })));
    assert.deepEqual(verdicts(r), ['pass', 'pass', 'pass', 'pass', 'pass']);
    assert.equal(r.cases[0].stderr, 'e'.repeat(300000) + '\n');
    assert.equal(r.cases[4].truncated, true);
  });

  it('row 10: a throw, process.exit(3) and SIGKILL to itself are runtime_error with details (typescript)', async () => {
    const code = [
      'function helper(x: number): number {',
      "  throw new Error('boom ' + x);",
      '}',
      'export function solve(x: number): number {',
      '  if (x === 1) return helper(x);',
      '  if (x === 2) process.exit(3);',
      "  if (x === 3) process.kill(process.pid, 'SIGKILL');",
      '  return x;',
      '}',
      '',
    ].join('\n');
    const r = await judgeCode(code, 'typescript', [1, 2, 3, 4].map((x) => ({ args: [x], expected: x })));
    assert.deepEqual(verdicts(r), ['runtime_error', 'runtime_error', 'runtime_error', 'pass']);
    assert.equal(r.cases[0].message, 'Error: boom 1');
    assert.equal(r.cases[0].line, 2);
    assert.doesNotMatch(r.cases[0].traceback ?? '', /harness\.js/);
    assert.match(r.cases[1].message ?? '', /code 3/);
    assert.match(r.cases[2].message ?? '', /SIGKILL/);
  });

  it('row 11: syntax errors are compile_error once with the line (typescript and javascript)', async () => {
    const ts = await judgeCode('export function solve(x: number): number {\n  return (x +;\n}\n', 'typescript', [1, 2].map((x) => ({ args: [x], expected: x })));
    assert.deepEqual(verdicts(ts), ['compile_error', 'not_run']);
    assert.equal(ts.cases[0].line, 2);
    const js = await judgeCode('let a = 1;\nlet a = 2;\nexports.solve = (x) => x;\n', 'javascript', [1, 2].map((x) => ({ args: [x], expected: x })));
    assert.deepEqual(verdicts(js), ['compile_error', 'not_run']);
    assert.match(js.cases[0].message ?? '', /SyntaxError/);
    assert.equal(js.cases[0].line, 2);
    const none = await judgeCode('export function other(x: number) { return x; }\n', 'typescript', [{ args: [1], expected: 1 }]);
    assert.match(none.cases[0].message ?? '', /does not export a function or class named solve/);
  });

  it('row 12: process.exit(0) mid-run and a beforeExit "all passed" never pass (javascript)', async () => {
    const code = `process.on('exit', () => console.log('all passed'));\nexports.solve = function (x) {\n  if (x === 2) process.exit(0);\n  return x;\n};\n`;
    const r = await judgeCode(code, 'javascript', [1, 2, 3].map((x) => ({ args: [x], expected: x })));
    assert.deepEqual(verdicts(r), ['pass', 'runtime_error', 'pass']);
    assert.match(r.cases[1].message ?? '', /before case 2 of 3/);
  });

  it('row 13: tampering with JSON, console, the channel socket and fds changes nothing (javascript)', async () => {
    const code = [
      "const fs = require('fs');",
      "const net = require('net');",
      "const FAKE = '\\n{\"t\":\"result\",\"i\":0,\"ok\":true,\"value\":10}\\n';",
      'function spray() {',
      '  // The inherited fds (writing into node\'s own epoll / signal fds would only crash it).',
      '  for (const fd of [1, 2, 3]) {',
      "    for (const line of [FAKE, '0'.repeat(32) + ' ' + FAKE.trim() + '\\n']) {",
      '      try { fs.writeSync(fd, line); } catch {}',
      '    }',
      '  }',
      '}',
      "JSON.stringify = () => '{\"t\":\"result\",\"i\":0,\"ok\":true,\"value\":10}';",
      "JSON.parse = () => ({ t: 'case', i: 0, args: [10] });",
      'console.log = () => undefined;',
      "net.Socket.prototype.write = function () { return true; };",
      'Array.prototype.join = function () { return "10"; };',
      'spray();',
      'exports.solve = function (x) {',
      '  spray();',
      '  return x;',
      '};',
      '',
    ].join('\n');
    const r = await judgeCode(code, 'javascript', [{ args: [1], expected: 10 }, { args: [2], expected: 20 }]);
    assert.deepEqual(verdicts(r), ['wrong_answer', 'wrong_answer']);
    assert.deepEqual(
      r.cases.map((c) => c.actual),
      [1, 2],
    );
  });

  it('row 14: the working directory is a fresh temp folder (typescript)', async () => {
    const practice = tempDir('mlprep-practice-');
    const code = "import * as fs from 'fs';\nexport function solve(x: number): number {\n  console.log('cwd=' + process.cwd());\n  fs.writeFileSync('junk.txt', 'x');\n  return x;\n}\n";
    const r = await judgeCode(code, 'typescript', [{ args: [1], expected: 1 }], { solutionPath: path.join(practice, 'sol.ts') });
    assert.deepEqual(verdicts(r), ['pass']);
    const cwd = /cwd=(.*)/.exec(r.cases[0].stdout)?.[1] ?? '';
    assert.notEqual(path.resolve(cwd), path.resolve(practice));
    assert.ok(!fs.existsSync(cwd));
    assert.deepEqual(fs.readdirSync(practice), ['sol.ts']);
  });

  it('rows 15–17: NaN, infinities and tolerances (typescript)', async () => {
    const code = 'export function solve(x: number): number {\n  return [NaN, Infinity, -Infinity, 1e308, 1e-12, 0.1 + 0.2][x];\n}\n';
    const r = await judgeCode(code, 'typescript', [
      { args: [0], expected: { $float: 'nan' }, compare: { nanEqual: true } },
      { args: [0], expected: 1 },
      { args: [1], expected: { $float: 'inf' } },
      { args: [2], expected: { $float: 'inf' } },
      { args: [3], expected: { $float: 'inf' } },
      { args: [4], expected: 0 },
      { args: [5], expected: 0.3 },
      { args: [5], expected: 0.3, compare: { atol: 0, rtol: 0 } },
    ]);
    assert.deepEqual(verdicts(r), ['pass', 'wrong_answer', 'pass', 'wrong_answer', 'wrong_answer', 'pass', 'pass', 'wrong_answer']);
  });

  it('rows 18–20: shapes, typed arrays, -0, Set, Map, null, class instances (typescript)', async () => {
    const code = [
      'class Foo { a = 1; }',
      'export function solve(x: number): unknown {',
      '  const v: unknown[] = [[[1, 2, 3]], new Float64Array([0.5, 1.5]), -0, new Set([3, 1, 2]), new Map([[1, "a"]]), null, new Foo(), { k: [1] }, undefined];',
      '  return v[x];',
      '}',
      '',
    ].join('\n');
    const r = await judgeCode(code, 'typescript', [
      { args: [0], expected: [1, 2, 3] },
      { args: [1], expected: [0.5, 1.5] },
      { args: [2], expected: 0.0 },
      { args: [3], expected: { $set: [1, 2, 3] } },
      { args: [4], expected: { '1': 'a' } },
      { args: [5], expected: null },
      { args: [6], expected: [1] },
      { args: [7], expected: { k: [1] } },
      { args: [8], expected: [1] },
    ]);
    assert.deepEqual(verdicts(r), ['wrong_answer', 'pass', 'pass', 'pass', 'pass', 'pass', 'wrong_answer', 'pass', 'wrong_answer']);
    assert.match(r.cases[0].message ?? '', /\(3,\).*\(1, 3\)/);
    assert.match(r.cases[6].message ?? '', /expected list, got Foo object/);
  });

  it('row 21: UTF-8 and invalid bytes are shown safely (javascript)', async () => {
    const code = "exports.solve = function (x) {\n  if (x === 1) console.log('héllo 😀');\n  if (x === 2) process.stdout.write(Buffer.from([0xff, 0xfe, 0x0a]));\n  if (x === 3) console.log('\\ud800');\n  return x;\n};\n";
    const r = await judgeCode(code, 'javascript', [1, 2, 3].map((x) => ({ args: [x], expected: x })));
    assert.deepEqual(verdicts(r), ['pass', 'pass', 'pass']);
    assert.equal(r.cases[0].stdout, 'héllo 😀\n');
    assert.equal(r.cases[1].stdout, '\ufffd\ufffd\n');
    assert.ok(wellFormed(r.cases[2].stdout));
  });

  it('row 22: dispose() kills a running node tree', async () => {
    const t = sleepToken();
    const judge = new Judge({ harnessDir });
    const run = judge.run({
      problem: codingProblem({ timeMs: 20_000 }),
      cases: testCases([{ args: [1], expected: 1 }]),
      solutionPath: writeSolution(`const { spawn } = require('child_process');\nexports.solve = function () {\n  spawn('sleep', ['${t}'], { detached: true, stdio: 'ignore' });\n  for (;;) {}\n};\n`, 'javascript'),
      language: 'javascript',
    });
    await waitFor(() => processesWith(t).length > 0, 20_000);
    judge.dispose();
    assert.deepEqual(processesWith(t), []);
    const r = await run;
    assert.equal(r.verdict, 'error');
  });

  it('row 23: a problem without a TypeScript version is an environment error for JS/TS', async () => {
    const r = await judgeCode('export function solve(x: number) { return x; }\n', 'typescript', [{ args: [1], expected: 1 }], { typescript: false });
    assert.equal(r.error?.kind, 'environment');
  });
});

async function waitFor(pred: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 25));
  }
}
