// Judge benchmark: a 50-case problem with a trivial solution.
//   (a) judge wall time ÷ one bare interpreter start          budget ≤ 2.0 (Python)
//   (b) judge wall time ÷ a one-process-per-case baseline      the baseline is ≥ 10× slower
// plus 1 case vs 50 cases, for Python and for Node, and loading a 200-problem pack.
// Every figure is the median of several repetitions measured in this same run.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

import { Judge } from '../src/core/judge/judge';
import { minimalEnv } from '../src/core/judge/runtimes';
import { loadPack } from '../src/core/problems/loader';
import { findRepoRoot, median, round, timeProcess } from './support';
import type { CodingProblem, TestCase } from '../src/core/problems/schema';
import type { Language } from '../src/core/vocabulary';

const REPS = 7;
const CASES = 50;




/** Wall time of one process from spawn to exit. */

function problem(dir: string): CodingProblem {
  const spec = { entry: 'add', starter: 'starter.py', reference: 'solutions/reference.py' };
  return {
    id: 'bench-add',
    title: 'Add two numbers',
    kind: 'coding',
    round: 'coding',
    category: 'Bench',
    difficulty: 'easy',
    suggestedMinutes: 1,
    tags: [],
    nuances: [],
    languages: { python: spec, typescript: { ...spec, starter: 'starter.ts', reference: 'solutions/reference.ts' } },
    hints: [
      { level: 'concept', text: '-' },
      { level: 'approach', text: '-' },
      { level: 'pitfall', text: '-' },
    ],
    wrong: [],
    dir,
  };
}

function cases(n: number): TestCase[] {
  return Array.from({ length: n }, (_, i) => ({ index: i, name: `case ${i + 1}`, args: [i, 1], expected: i + 1, hidden: i >= 2 }));
}

async function benchLanguage(judge: Judge, language: Language, dir: string, bare: () => Promise<number>, perProcessCase: (i: number) => Promise<number>): Promise<Record<string, unknown>> {
  const file = path.join(dir, language === 'python' ? 'solution.py' : 'solution.ts');
  fs.writeFileSync(file, language === 'python' ? 'def add(a, b):\n    return a + b\n' : 'export function add(a: number, b: number): number {\n  return a + b;\n}\n');
  const p = problem(dir);
  const run = async (n: number): Promise<number> => {
    const t = performance.now();
    const r = await judge.run({ problem: p, cases: cases(n), solutionPath: file, language });
    const ms = performance.now() - t;
    if (r.verdict !== 'pass') throw new Error(`${language} bench run failed: ${JSON.stringify(r.error ?? r.cases.find((c) => c.verdict !== 'pass'))}`);
    return ms;
  };
  // Warm-up: interpreter discovery, OS caches.
  await run(1);
  await bare();
  const bareMs: number[] = [];
  const one: number[] = [];
  const fifty: number[] = [];
  const perProcess: number[] = [];
  for (let rep = 0; rep < REPS; rep++) {
    bareMs.push(await bare());
    one.push(await run(1));
    fifty.push(await run(CASES));
    let total = 0;
    for (let i = 0; i < CASES; i++) total += await perProcessCase(i);
    perProcess.push(total);
  }
  const b = median(bareMs);
  const j1 = median(one);
  const j50 = median(fifty);
  const pp = median(perProcess);
  return {
    bareStartMs: round(b),
    judge1CaseMs: round(j1),
    judge50CasesMs: round(j50),
    perCaseMsAfterStart: round((j50 - j1) / (CASES - 1), 2),
    onePerCaseBaseline50Ms: round(pp),
    ratioJudge50VsBareStart: round(j50 / b, 2),
    ratioJudge50VsOnePerCase: round(j50 / pp, 3),
    onePerCaseSlowerBy: round(pp / j50, 1),
    samples: { bareStartMs: bareMs.map((x) => round(x)), judge50CasesMs: fifty.map((x) => round(x)) },
  };
}

async function benchLoader(): Promise<Record<string, unknown>> {
  const root = findRepoRoot(__dirname);
  const base = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'pack', 'sum-column', 'problem.json'), 'utf8')) as Record<string, unknown>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlprep-bench-pack-'));
  try {
    for (let i = 0; i < 200; i++) {
      const id = `problem-${String(i).padStart(3, '0')}`;
      fs.mkdirSync(path.join(dir, id));
      fs.writeFileSync(path.join(dir, id, 'problem.json'), JSON.stringify({ ...base, id }));
      fs.writeFileSync(path.join(dir, id, 'tests.json'), '{"cases":[]}');
    }
    const first = performance.now();
    await loadPack(dir);
    const firstMs = performance.now() - first;
    const times: number[] = [];
    for (let i = 0; i < REPS; i++) {
      const t = performance.now();
      await loadPack(dir);
      times.push(performance.now() - t);
    }
    return { problems: 200, firstLoadMs: round(firstMs), medianMs: round(median(times)), bestMs: round(Math.min(...times)), budgetMs: 100 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchJudge(): Promise<Record<string, unknown>> {
  const root = findRepoRoot(__dirname);
  const harnessDir = path.join(root, 'media', 'harness');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlprep-bench-'));
  const judge = new Judge({ harnessDir });
  try {
    const env = minimalEnv();
    const found = await judge.findPython();
    const result: Record<string, unknown> = { repetitions: REPS, cases: CASES };
    if (found.ok) {
      const exe = found.python.executable;
      const runner = path.join(dir, 'one_case.py');
      fs.writeFileSync(path.join(dir, 'solution.py'), 'def add(a, b):\n    return a + b\n');
      // The one-process-per-case baseline: start the interpreter, load the solution, run one case.
      fs.writeFileSync(runner, 'import json, sys\nns = {}\nexec(open(sys.argv[1]).read(), ns)\nprint(json.dumps(ns["add"](*json.loads(sys.argv[2]))))\n');
      const viaPath: number[] = [];
      for (let i = 0; i < 3; i++) viaPath.push(await timeProcess(found.python.source.split(' ')[0], ['-c', 'pass'], env).catch(() => NaN));
      const python = await benchLanguage(
        judge,
        'python',
        dir,
        () => timeProcess(exe, ['-c', 'pass'], env),
        (i) => timeProcess(exe, ['-u', '-B', runner, path.join(dir, 'solution.py'), JSON.stringify([i, 1])], env),
      );
      result.python = {
        interpreter: `${found.python.executable} (Python ${found.python.version})`,
        bareStartVia: `${exe} -c pass`,
        bareStartViaPathMs: round(median(viaPath)),
        ...python,
        budgetRatioVsBareStart: 2.0,
        withinBudget: (python.ratioJudge50VsBareStart as number) <= 2.0,
        baselineAtLeast10xSlower: (python.onePerCaseSlowerBy as number) >= 10,
      };
    } else {
      result.python = { skipped: found.message };
    }
    const nodeRunner = path.join(dir, 'one_case.js');
    fs.writeFileSync(path.join(dir, 'solution.js'), 'exports.add = (a, b) => a + b;\n');
    fs.writeFileSync(nodeRunner, 'const m = require(process.argv[2]);\nconsole.log(JSON.stringify(m.add(...JSON.parse(process.argv[3]))));\n');
    const nodeEnv = { ...env, ELECTRON_RUN_AS_NODE: '1' };
    const node = await benchLanguage(
      judge,
      'typescript',
      dir,
      () => timeProcess(process.execPath, ['-e', '0'], nodeEnv),
      (i) => timeProcess(process.execPath, [nodeRunner, path.join(dir, 'solution.js'), JSON.stringify([i, 1])], nodeEnv),
    );
    result.node = { runtime: `${process.execPath} (Node ${process.versions.node})`, solution: 'TypeScript (stripped with sucrase in the judge)', ...node, baselineAtLeast10xSlower: (node.onePerCaseSlowerBy as number) >= 10 };
    result.loadPack = await benchLoader();
    result.loadAverage = os.loadavg().map((x) => round(x, 2));
    return result;
  } finally {
    judge.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
