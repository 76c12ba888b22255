// Pack format v2 benchmark:
//   (a) repeated Run of a NumPy problem and of a standard-library problem through the extension's
//       judge (median of runs 2…N), against a bare `python3 -c pass` and a bare
//       `python3 -c "import numpy"` measured in the same run; the ratio run ÷ import-numpy is
//       reported for the warm interpreter (the extension's default: runs fork from a parent with
//       numpy imported; the goal is < 1) and for cold runs (a fresh interpreter per run);
//   (b) one `validate --run` of the whole bundled pack: wall time and the per-problem median.
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

import { Judge } from '../src/core/judge/judge';
import { JudgePool, proveProblem } from '../src/core/judge/packCheck';
import { minimalEnv } from '../src/core/judge/runtimes';
import { loadPack, loadTests } from '../src/core/problems/loader';
import { findRepoRoot, median, round, timeProcess } from './support';
import type { CodingProblem } from '../src/core/problems/schema';

const REPS = 7;





async function repeatedRuns(judge: Judge, problem: CodingProblem): Promise<{ firstMs: number; medianFromSecondMs: number; samples: number[] }> {
  const cases = (await loadTests(problem)).filter((c) => !c.hidden);
  const python = problem.languages.python;
  if (!python) throw new Error(`${problem.id} has no Python version`);
  const solutionPath = path.join(problem.dir, python.reference);
  const times: number[] = [];
  for (let i = 0; i < REPS + 1; i++) {
    const t = performance.now();
    const r = await judge.run({ problem, cases, solutionPath, language: 'python' });
    times.push(performance.now() - t);
    if (r.verdict !== 'pass') throw new Error(`${problem.id}: the reference did not pass: ${JSON.stringify(r.error ?? r.cases.find((c) => c.verdict !== 'pass'))}`);
  }
  return { firstMs: round(times[0]), medianFromSecondMs: round(median(times.slice(1))), samples: times.slice(1).map((x) => round(x)) };
}

export async function benchPackV2(): Promise<Record<string, unknown>> {
  const root = findRepoRoot(__dirname);
  const harnessDir = path.join(root, 'media', 'harness');
  const pack = await loadPack(path.join(root, 'problems'));
  const byId = (id: string): CodingProblem => {
    const p = pack.problems.find((x) => x.id === id);
    if (!p || p.kind !== 'coding') throw new Error(`bundled problem ${id} is missing`);
    return p;
  };
  const judge = new Judge({ harnessDir });
  const warmJudge = new Judge({ harnessDir, warmInterpreter: true });
  const result: Record<string, unknown> = { repetitions: REPS };
  try {
    const found = await judge.findPython();
    if (!found.ok) return { skipped: found.message };
    const exe = found.python.executable;
    const env = minimalEnv();
    const bare: number[] = [];
    const numpy: number[] = [];
    for (let i = 0; i < REPS; i++) {
      bare.push(await timeProcess(exe, ['-c', 'pass'], env));
      numpy.push(await timeProcess(exe, ['-c', 'import numpy'], env));
    }
    const numpyRun = await repeatedRuns(judge, byId('pairwise-squared-distances'));
    const stdlibRun = await repeatedRuns(judge, byId('running-standardizer'));
    const warmNumpyRun = await repeatedRuns(warmJudge, byId('pairwise-squared-distances'));
    const warmStdlibRun = await repeatedRuns(warmJudge, byId('running-standardizer'));
    const importNumpyMs = median(numpy);
    result.interpreter = `${exe} (Python ${found.python.version})`;
    result.barePythonStartMs = round(median(bare));
    result.bareImportNumpyMs = round(importNumpyMs);
    result.warm = {
      numpyProblemRun: { problem: 'pairwise-squared-distances (visible cases)', ...warmNumpyRun },
      stdlibProblemRun: { problem: 'running-standardizer (visible cases)', ...warmStdlibRun },
      ratioNumpyRunVsImportNumpy: round(warmNumpyRun.medianFromSecondMs / importNumpyMs, 2),
      ratioStdlibRunVsBareStart: round(warmStdlibRun.medianFromSecondMs / median(bare), 2),
      parentsStarted: warmJudge.warmParentsStarted,
    };
    result.cold = {
      numpyProblemRun: { problem: 'pairwise-squared-distances (visible cases)', ...numpyRun },
      stdlibProblemRun: { problem: 'running-standardizer (visible cases)', ...stdlibRun },
      ratioNumpyRunVsImportNumpy: round(numpyRun.medianFromSecondMs / importNumpyMs, 2),
    };
    result.ratioGoal = 'warm NumPy Run ÷ bare import numpy < 1';
  } finally {
    judge.dispose();
    warmJudge.dispose();
  }
  if (process.env.MLPREP_BENCH_PACK !== '0') {
    // validate --run of the whole bundled pack, through the same code as the CLI.
    const pool = new JudgePool(Math.min(2, os.cpus().length), { harnessDir });
    const start = performance.now();
    const perProblem: number[] = [];
    let failing = 0;
    let runs = 0;
    try {
      const coding = pack.problems.filter((x): x is CodingProblem => x.kind === 'coding');
      const outcomes = await Promise.all(coding.map(async (p) => proveProblem(pool, p, await loadTests(p))));
      for (const list of outcomes) {
        runs += list.length;
        perProblem.push(list.reduce((s, o) => s + o.result.durationMs, 0));
        if (list.some((o) => o.problem !== undefined)) failing++;
      }
      result.validateRun = {
        problems: coding.length,
        solutions: runs,
        failing,
        wallS: round((performance.now() - start) / 1000),
        perProblemMedianMs: round(median(perProblem)),
      };
    } finally {
      pool.dispose();
    }
  }
  result.loadAverage = os.loadavg().map((x) => round(x, 2));
  return result;
}
