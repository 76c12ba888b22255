import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RunResult } from '../../../src/core/judge/judge';
import { Judge } from '../../../src/core/judge/judge';
import { compareValues } from '../../../src/core/judge/compare';
import { parseExactJson } from '../../../src/core/problems/exactJson';
import { PackError, loadPack, loadTests, validatePack } from '../../../src/core/problems/loader';
import type { CodingProblem } from '../../../src/core/problems/schema';
import { cleanupTemp, harnessDir, numpyAvailable, tempDir, verdicts } from './support';

after(() => cleanupTemp());

/** Writes a one-problem pack (no hints, no wrong solutions: the third-party minimum). */
export function writePack(id: string, manifest: Record<string, unknown>, tests: string, files: Record<string, string>): string {
  const root = tempDir('mlprep-pack-');
  const dir = path.join(root, id);
  fs.mkdirSync(dir);
  const m = {
    id,
    title: `Problem ${id}`,
    kind: 'coding',
    round: 'coding',
    category: 'Fixtures',
    difficulty: 'easy',
    suggestedMinutes: 5,
    tags: [],
    nuances: [],
    languages: { python: { entry: 'solve', starter: 'solution.py', reference: 'solution.py' } },
    ...manifest,
  };
  fs.writeFileSync(path.join(dir, 'problem.json'), JSON.stringify(m, null, 2));
  fs.writeFileSync(path.join(dir, 'tests.json'), tests);
  fs.writeFileSync(path.join(dir, 'statement.md'), `# ${id}\n`);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return root;
}

async function judgeFile(root: string, id: string, file: string, language: 'python' | 'typescript' | 'javascript' = 'python'): Promise<RunResult> {
  const pack = await loadPack(root);
  assert.deepEqual(pack.diagnostics, []);
  const p = pack.problems.find((x) => x.id === id) as CodingProblem;
  const judge = new Judge({ harnessDir });
  try {
    return await judge.run({ problem: p, cases: await loadTests(p), solutionPath: path.join(p.dir, file), language });
  } finally {
    judge.dispose();
  }
}

describe('pack v2: exact JSON reader', () => {
  it('keeps whole floats and big integers as tagged values, everything else as plain numbers', () => {
    assert.deepEqual(parseExactJson('[1.0, 1, 2e3, 0.5, -3.50, "1.0", 12345678901234567890, {"k": 4.0}]'), [
      { $float: '1.0' },
      1,
      { $float: '2e3' },
      0.5,
      -3.5,
      '1.0',
      { $int: '12345678901234567890' },
      { k: { $float: '4.0' } },
    ]);
  });

  it('reports a syntax error like JSON.parse (positions in the original text)', () => {
    assert.throws(() => parseExactJson('[1.0, 2.0,'), SyntaxError);
  });

  it('shows an expected whole float as written: [4.0, 5.0]', () => {
    const r = compareValues(parseExactJson('[4.0, 5.0]'), [4, 6]);
    assert.equal(r.equal, false);
    assert.equal(r.message, 'at [1]: expected 5.0, got 6');
  });
});

describe('pack v2: judged in Python', function () {
  this.timeout(180_000);

  it('1.0 arrives as float and 1 as int, also inside lists and custom values', async () => {
    const root = writePack('types', {}, '{"cases":[{"args":[1.0, 1, 2e3, [1.0, 2], -0.0], "expected": ["float", "int", "float", ["float", "int"], "float"]}]}', {
      'solution.py': 'def solve(a, b, c, xs, z):\n    return [type(a).__name__, type(b).__name__, type(c).__name__, [type(x).__name__ for x in xs], type(z).__name__]\n',
    });
    const r = await judgeFile(root, 'types', 'solution.py');
    assert.deepEqual(verdicts(r), ['pass'], r.cases[0].message);
  });

  it('an $ndarray arrives as a numpy.ndarray of its dtype; an expected dtype is checked when the problem asks', async () => {
    // NumPy is a third-party module the judge does not ship; the test machines have it (the setup
    // installs Debian's python3-pandas, which brings it), so this runs everywhere and never skips.
    assert.ok(numpyAvailable, 'python3 lacks NumPy: install it (e.g. apt-get install python3-numpy) to run the pack v2 NumPy tests');
    const tests = JSON.stringify({
      cases: [
        { args: [{ $ndarray: [[1, 2], [3, 4]], dtype: 'float32' }], expected: ['ndarray', 'float32', [2, 2]] },
        { args: [{ $ndarray: [true, false], dtype: 'bool' }], expected: ['ndarray', 'bool', [2]] },
        { args: [{ $ndarray: [[7]], dtype: 'int64' }], expected: ['ndarray', 'int64', [1, 1]] },
      ],
    });
    const root = writePack('arrays', { requires: ['numpy'] }, tests, {
      'solution.py': 'def solve(a):\n    return [type(a).__name__, str(a.dtype), list(a.shape)]\n',
    });
    const r = await judgeFile(root, 'arrays', 'solution.py');
    assert.deepEqual(verdicts(r), ['pass', 'pass', 'pass'], JSON.stringify(r.cases.map((c) => c.message)));

    const dtypeTests = JSON.stringify({ cases: [{ args: [2], expected: { $ndarray: [1.0, 1.0], dtype: 'float32' } }] });
    const root2 = writePack('dtypes', { requires: ['numpy'], compare: { dtype: true } }, dtypeTests, {
      'solution.py': 'import numpy as np\ndef solve(n):\n    return np.ones(n)\n',
      'right.py': 'import numpy as np\ndef solve(n):\n    return np.ones(n, dtype=np.float32)\n',
      'list.py': 'def solve(n):\n    return [1.0] * n\n',
    });
    const wrong = await judgeFile(root2, 'dtypes', 'solution.py');
    assert.deepEqual(verdicts(wrong), ['wrong_answer']);
    assert.equal(wrong.cases[0].message, 'expected dtype float32, got dtype float64');
    assert.deepEqual(verdicts(await judgeFile(root2, 'dtypes', 'right.py')), ['pass']);
    const list = await judgeFile(root2, 'dtypes', 'list.py');
    assert.equal(list.cases[0].message, 'expected a NumPy array of dtype float32, got a list');
  });

  it('a shape difference names both whole shapes', () => {
    assert.equal(compareValues([[1, 2], [3, 4], [5, 6]], [[1], [3], [5]]).message, 'shape mismatch: expected shape (3, 2), got (3, 1)');
    assert.equal(compareValues({ $ndarray: [[1, 2]], dtype: 'float64' }, [[1, 2, 3]]).message, 'shape mismatch: expected shape (1, 2), got (1, 3)');
  });

  const classTests = '{"cases":[{"name":"fit then predict","calls":[["__init__",[0.5]],["fit",[[1,2,3]]],["predict",[10]],["predict",[0]]],"expected":[null,null,7.0,2.0]}]}';
  const rightClass = 'class Shift:\n    def __init__(self, w):\n        self.w = w\n    def fit(self, xs):\n        self.m = sum(xs) / len(xs)\n        return self\n    def predict(self, x):\n        return self.w * x + self.m\n';
  const wrongClass = rightClass.replace('self.w * x + self.m', 'self.w * x + self.m + (1 if x == 0 else 0)');

  it('a class case with calls passes with a right class and names the first differing call otherwise', async () => {
    const root = writePack('shift', { languages: { python: { entry: 'Shift', starter: 'right.py', reference: 'right.py' } } }, classTests, { 'right.py': rightClass, 'wrong.py': wrongClass });
    const ok = await judgeFile(root, 'shift', 'right.py');
    assert.deepEqual(verdicts(ok), ['pass'], ok.cases[0].message);
    const bad = await judgeFile(root, 'shift', 'wrong.py');
    assert.deepEqual(verdicts(bad), ['wrong_answer']);
    assert.equal(bad.cases[0].message, 'call 4 predict(0): expected 2.0, got 3.0');
  });

  it('an exception in a call names that call', async () => {
    const root = writePack('shift', { languages: { python: { entry: 'Shift', starter: 'right.py', reference: 'right.py' } } }, classTests, {
      'right.py': rightClass.replace('self.m = sum(xs) / len(xs)', 'raise ValueError("no fit")'),
    });
    const r = await judgeFile(root, 'shift', 'right.py');
    assert.deepEqual(verdicts(r), ['runtime_error']);
    assert.match(r.cases[0].message ?? '', /^in call 2: ValueError: no fit/);
  });

  it('a seeded case is reproducible (random and NumPy), and another seed gives other numbers', async () => {
    // NumPy is a third-party module the judge does not ship; the test machines have it (the setup
    // installs Debian's python3-pandas, which brings it), so this runs everywhere and never skips.
    assert.ok(numpyAvailable, 'python3 lacks NumPy: install it (e.g. apt-get install python3-numpy) to run the pack v2 NumPy tests');
    const tests = JSON.stringify({ cases: [{ args: [], seed: 42, expected: null }, { args: [], seed: 42, expected: null }, { args: [], seed: 7, expected: null }] });
    const root = writePack('seeded', { requires: ['numpy'] }, tests, {
      'solution.py': 'import random\nimport numpy as np\ndef solve():\n    return [random.random(), float(np.random.rand()), int(np.random.randint(0, 10**9))]\n',
    });
    const a = await judgeFile(root, 'seeded', 'solution.py');
    const b = await judgeFile(root, 'seeded', 'solution.py');
    const actual = (r: RunResult, k: number): unknown => r.cases[k].actual;
    assert.deepEqual(actual(a, 0), actual(b, 0));
    assert.deepEqual(actual(a, 0), actual(a, 1));
    assert.notDeepEqual(actual(a, 0), actual(a, 2));
    // The values Python gives for seed 42 (computed here by Python itself, not by the harness).
    const { spawnSync } = await import('node:child_process');
    const direct = spawnSync('python3', ['-c', 'import random, numpy as np, json\nrandom.seed(42); np.random.seed(42)\nprint(json.dumps([random.random(), float(np.random.rand()), int(np.random.randint(0, 10**9))]))'], { encoding: 'utf8' });
    assert.deepEqual(actual(a, 0), JSON.parse(direct.stdout));
  });

  it('a third-party pack without hints or wrong solutions validates and judges; the bundled rules still ask for them', async () => {
    const root = writePack('plain', {}, '{"cases":[{"args":[2],"expected":4}]}', { 'solution.py': 'def solve(x):\n    return x * 2\n' });
    assert.deepEqual(await validatePack(root), []);
    const bundled = await validatePack(root, { bundled: true });
    assert.ok(bundled.some((d) => d.path === 'hints' && /all three hints/.test(d.message)));
    assert.ok(bundled.some((d) => d.path === 'wrong' && /at least two/.test(d.message)));
    assert.deepEqual(verdicts(await judgeFile(root, 'plain', 'solution.py')), ['pass']);
  });

  it('schema messages name the file, the JSON path and the expectation in words', async () => {
    const root = writePack('bad', { hints: [{ level: 'approach', text: 'x' }] }, '{"cases":[{"expected":1},{"args":[1],"calls":[["fit",[]]],"expected":[1]}]}', {});
    const pack = await loadPack(root);
    const d = pack.diagnostics.find((x) => x.path === 'hints[0].level');
    assert.ok(d && d.file.endsWith(path.join('bad', 'problem.json')), JSON.stringify(pack.diagnostics));
    assert.match(d.message, /must have the level "concept"/);
    const root2 = writePack('bad', {}, '{"cases":[{"expected":1},{"args":[1],"calls":[["fit",[]]],"expected":[1]},{"args":"x","expected":1}]}', {});
    const p = (await loadPack(root2)).problems[0] as CodingProblem;
    const err = await loadTests(p).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(err instanceof PackError);
    const byPath = new Map(err.diagnostics.map((x) => [x.path, x.message]));
    assert.match(byPath.get('cases[0].args') ?? '', /is required/);
    assert.match(byPath.get('cases[1].calls') ?? '', /either "args" or "calls"/);
    assert.match(byPath.get('cases[1].calls[0][0]') ?? '', /first call must be "__init__"/);
    assert.equal(byPath.get('cases[2].args'), 'must be a list of arguments, or {"$gen": name, "seed", "sha256"} for generated ones');
    assert.ok(err.diagnostics.every((x) => x.file.endsWith('tests.json')));
  });
});

describe('pack v2: judged in TypeScript', function () {
  this.timeout(60_000);

  it('classes, seeds and $ndarray arguments (nested arrays) work for an exported class', async () => {
    const tests = JSON.stringify({
      cases: [
        { calls: [['__init__', [2]], ['add', [{ $ndarray: [[1, 2], [3, 4]], dtype: 'float64' }]], ['total', []]], expected: [null, null, 20] },
        { args: [], seed: 5, calls: undefined, expected: null },
      ],
    });
    const root = writePack(
      'ts-class',
      { languages: { python: { entry: 'Acc', starter: 's.py', reference: 's.py' }, typescript: { entry: 'Acc', starter: 's.ts', reference: 's.ts' } } },
      tests.replace(',"calls":null', ''),
      {
        's.py': 'class Acc:\n    pass\n',
        's.ts': 'export class Acc {\n  private t = 0;\n  constructor(private k: number) {}\n  add(m: number[][]): void {\n    for (const row of m) for (const x of row) this.t += this.k * x;\n  }\n  total(): number {\n    return this.t;\n  }\n}\n',
      },
    );
    const pack = await loadPack(root);
    const p = pack.problems[0] as CodingProblem;
    const cases = (await loadTests(p)).slice(0, 1);
    const judge = new Judge({ harnessDir });
    try {
      const r = await judge.run({ problem: p, cases, solutionPath: path.join(p.dir, 's.ts'), language: 'typescript' });
      assert.deepEqual(verdicts(r), ['pass'], r.cases[0].message);
    } finally {
      judge.dispose();
    }
  });

  it('Math.random is a seeded generator for a seeded case', async () => {
    const tests = JSON.stringify({ cases: [{ args: [], seed: 5, expected: null }, { args: [], seed: 5, expected: null }, { args: [], seed: 6, expected: null }] });
    const root = writePack(
      'ts-seed',
      { languages: { python: { entry: 'solve', starter: 's.py', reference: 's.py' }, typescript: { entry: 'solve', starter: 's.ts', reference: 's.ts' } } },
      tests,
      { 's.py': 'def solve():\n    return 0\n', 's.ts': 'export function solve(): number[] {\n  return [Math.random(), Math.random()];\n}\n' },
    );
    const r = await judgeFile(root, 'ts-seed', 's.ts', 'typescript');
    assert.deepEqual(r.cases[0].actual, r.cases[1].actual);
    assert.notDeepEqual(r.cases[0].actual, r.cases[2].actual);
  });
});

describe('pack v2: custom checkers', function () {
  this.timeout(60_000);

  const checker = [
    'def check(args, expected, actual):',
    '    n, edges = args',
    '    if sorted(actual) != list(range(n)):',
    '        return "not a permutation of 0..%d" % (n - 1)',
    '    pos = {v: i for i, v in enumerate(actual)}',
    '    for a, b in edges:',
    '        if pos[a] > pos[b]:',
    '            return "%d comes after %d" % (a, b)',
    '    return True',
    '',
  ].join('\n');
  const tests = '{"cases":[{"args":[4,[[0,1],[0,2],[1,3],[2,3]]],"expected":[0,1,2,3]},{"args":[3,[[2,0]]],"expected":[1,2,0]}]}';

  it('a checker accepts any valid order and names what is wrong otherwise', async () => {
    const root = writePack('order', { checker: 'checker.py', languages: { python: { entry: 'order', starter: 'a.py', reference: 'a.py' }, typescript: { entry: 'order', starter: 'c.ts', reference: 'c.ts' } } }, tests, {
      'checker.py': checker,
      // Two different valid answers, and a wrong one.
      'a.py': 'def order(n, edges):\n    indeg = [0] * n\n    for a, b in edges:\n        indeg[b] += 1\n    out, ready = [], [v for v in range(n) if indeg[v] == 0]\n    while ready:\n        v = ready.pop(0)\n        out.append(v)\n        for a, b in edges:\n            if a == v:\n                indeg[b] -= 1\n                if indeg[b] == 0:\n                    ready.append(b)\n    return out\n',
      'b.py': 'def order(n, edges):\n    indeg = [0] * n\n    for a, b in edges:\n        indeg[b] += 1\n    out, ready = [], [v for v in range(n) if indeg[v] == 0]\n    while ready:\n        v = ready.pop()\n        out.append(v)\n        for a, b in edges:\n            if a == v:\n                indeg[b] -= 1\n                if indeg[b] == 0:\n                    ready.append(b)\n    return out\n',
      'wrong.py': 'def order(n, edges):\n    return list(range(n))\n',
      'c.ts': 'export function order(n: number, edges: number[][]): number[] {\n  const out: number[] = [];\n  const seen = new Set<number>();\n  const visit = (v: number): void => {\n    if (seen.has(v)) return;\n    seen.add(v);\n    for (const [a, b] of edges) if (b === v) visit(a);\n    out.push(v);\n  };\n  for (let v = n - 1; v >= 0; v--) visit(v);\n  return out;\n}\n',
    });
    const a = await judgeFile(root, 'order', 'a.py');
    const b = await judgeFile(root, 'order', 'b.py');
    assert.deepEqual(verdicts(a), ['pass', 'pass'], JSON.stringify(a.cases.map((c) => c.message)));
    assert.deepEqual(verdicts(b), ['pass', 'pass'], JSON.stringify(b.cases.map((c) => c.message)));
    assert.notDeepEqual(a.cases[0].actual, b.cases[0].actual, 'two different orders');
    const ts = await judgeFile(root, 'order', 'c.ts', 'typescript');
    assert.deepEqual(verdicts(ts), ['pass', 'pass'], JSON.stringify(ts.cases.map((c) => c.message)));
    const wrong = await judgeFile(root, 'order', 'wrong.py');
    assert.deepEqual(verdicts(wrong), ['pass', 'wrong_answer']);
    assert.equal(wrong.cases[1].message, '2 comes after 0');
  });

  it('BATTERY 60: a solution cannot reach the checker: it runs in another process, loaded before the solution starts', async () => {
    // The solution rewrites the checker runner of its run, the pack's checker file, and patches
    // `check` in every module it can see: the verdict is still the real checker's.
    const root = writePack('order', { checker: 'checker.py', languages: { python: { entry: 'order', starter: 'x.py', reference: 'x.py' } } }, tests, {
      'checker.py': checker,
      'x.py': [
        'import os, sys, glob',
        'here = os.getcwd()',
        'for f in glob.glob(os.path.join(here, "..", "checker", "*.py")) + [os.environ.get("CHECKER", "")]:',
        '    try:',
        '        open(f, "w").write("def check(a, e, x):\\n    return True\\n")',
        '    except OSError:',
        '        pass',
        'for m in list(sys.modules.values()):',
        '    if hasattr(m, "check"):',
        '        m.check = lambda *a: True',
        'def order(n, edges):',
        '    return list(range(n))',
        '',
      ].join('\n'),
    });
    const packChecker = path.join(root, 'order', 'checker.py');
    const x = path.join(root, 'order', 'x.py');
    fs.writeFileSync(x, fs.readFileSync(x, 'utf8').replace('os.environ.get("CHECKER", "")', JSON.stringify(packChecker)));
    const r = await judgeFile(root, 'order', 'x.py');
    assert.deepEqual(verdicts(r), ['pass', 'wrong_answer']);
    assert.equal(r.cases[1].message, '2 comes after 0');
    assert.match(fs.readFileSync(packChecker, 'utf8'), /return True/, 'the solution did rewrite the pack file');
  });

  it('BATTERY 61: a checker that hangs or crashes never passes a case: not judged, with the reason', async () => {
    const root = writePack('order', { checker: 'checker.py', limits: { timeMs: 500 }, languages: { python: { entry: 'order', starter: 'x.py', reference: 'x.py' } } }, tests, {
      'checker.py': 'def check(args, expected, actual):\n    if args[0] == 4:\n        raise ValueError("bad pack")\n    while True:\n        pass\n',
      'x.py': 'def order(n, edges):\n    return list(range(n))\n',
    });
    const r = await judgeFile(root, 'order', 'x.py');
    assert.deepEqual(verdicts(r), ['not_run', 'not_run']);
    assert.match(r.cases[0].message ?? '', /checker failed \(ValueError: bad pack\)/);
    assert.match(r.cases[1].message ?? '', /checker took longer than 500 ms/);
  });
});

describe('pack v2: battery rows of the new format', function () {
  this.timeout(60_000);

  it('BATTERY 62: a whole float in a custom case reaches Python as a float (no JavaScript-number round trip)', async () => {
    const { planRun } = await import('../../../src/core/session/runPlan');
    const plan = planRun('run', [], [{ name: 'mine', args: '[2.0, 2, [1e0]]', expected: '"float int float"' }]);
    const root = writePack('custom', {}, '{"cases":[{"args":[1],"expected":1}]}', {
      'solution.py': 'def solve(a, b, c):\n    return " ".join(type(x).__name__ for x in (a, b, c[0]))\n',
    });
    const p = (await loadPack(root)).problems[0] as CodingProblem;
    const judge = new Judge({ harnessDir });
    try {
      const r = await judge.run({ problem: p, cases: plan.cases, solutionPath: path.join(p.dir, 'solution.py'), language: 'python' });
      assert.deepEqual(verdicts(r), ['pass'], r.cases[0].message);
    } finally {
      judge.dispose();
    }
  });

  it('BATTERY 63: a malformed $ndarray (ragged, unknown dtype, a fraction in int64) is named by the validator with its JSON path', async () => {
    const tests = JSON.stringify({
      cases: [
        { args: [{ $ndarray: [[1, 2], [3]], dtype: 'float64' }], expected: 1 },
        { args: [{ $ndarray: [1, 2], dtype: 'float16' }], expected: 1 },
        { args: [{ $ndarray: [1.5], dtype: 'int64' }], expected: 1 },
        { args: [{ $ndarray: [1], dtype: 'bool', extra: 1 }], expected: 1 },
      ],
    });
    const root = writePack('nd', { requires: ['numpy'] }, tests, {});
    const p = (await loadPack(root)).problems[0] as CodingProblem;
    const err = await loadTests(p).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(err instanceof PackError);
    const byPath = new Map(err.diagnostics.map((x) => [x.path, x.message]));
    assert.match(byPath.get('cases[0].args[0].$ndarray') ?? '', /ragged: \[1\] must be a list of length 2/);
    assert.match(byPath.get('cases[1].args[0].dtype') ?? '', /one of float64, float32, int64, bool/);
    assert.match(byPath.get('cases[2].args[0].$ndarray') ?? '', /\[0\] must be an integer for dtype int64/);
    assert.match(byPath.get('cases[3].args[0].$ndarray') ?? '', /exactly the keys/);
  });

  it('BATTERY 64: a later call cannot change what an earlier call returned (each result is recorded at its call)', async () => {
    const tests = '{"cases":[{"calls":[["__init__",[]],["add",[1]],["items",[]],["add",[2]],["items",[]]],"expected":[null,null,[1],null,[1,2]]}]}';
    const root = writePack('bag', { languages: { python: { entry: 'Bag', starter: 'b.py', reference: 'b.py' }, typescript: { entry: 'Bag', starter: 'b.ts', reference: 'b.ts' } } }, tests, {
      // items() returns the internal list itself, which the next add() changes.
      'b.py': 'class Bag:\n    def __init__(self):\n        self.xs = []\n    def add(self, x):\n        self.xs.append(x)\n    def items(self):\n        return self.xs\n',
      'b.ts': 'export class Bag {\n  private xs: number[] = [];\n  add(x: number): void {\n    this.xs.push(x);\n  }\n  items(): number[] {\n    return this.xs;\n  }\n}\n',
    });
    assert.deepEqual(verdicts(await judgeFile(root, 'bag', 'b.py')), ['pass']);
    assert.deepEqual(verdicts(await judgeFile(root, 'bag', 'b.ts', 'typescript')), ['pass']);
  });
});
