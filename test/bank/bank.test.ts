// The bank gate: every bundled problem proves itself.
//   - `validate` of the bundled pack is clean;
//   - for every coding problem and every language it offers (python, typescript), the reference
//     passes every case and every known-wrong solution fails at least one — a hidden case tagged
//     with its nuance when the wrong entry says which nuance it ignores;
//   - the bank has the promised size and shape (counts per round, nuance coverage, core ids).
// Runs go through a pool of two judges (two cores).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RunResult } from '../../src/core/judge/judge';
import { Judge } from '../../src/core/judge/judge';
import type { Diagnostic } from '../../src/core/problems/loader';
import { loadPack, loadTests, validatePack } from '../../src/core/problems/loader';
import type { CodingProblem, Problem, TestCase } from '../../src/core/problems/schema';
import { NUANCE_IDS } from '../../src/core/problems/schema';
import { bundledProblemsDir, harnessDir } from '../unit/judge/support';
import { CODING_ROUNDS, DIFFICULTIES, type Language, PACK_LANGUAGES, ROUNDS } from '../../src/core/vocabulary';

const CORE: Record<string, string> = {
  'stable-softmax': 'softmax',
  'logits-cross-entropy': 'cross_entropy',
  'roc-auc': 'roc_auc',
  'kmeans-lloyd': 'kmeans',
  'population-stability-index': 'psi',
  'train-serve-scaler': 'scale_for_serving',
  'balanced-class-weights': 'class_weights',
  'expected-calibration-error': 'ece',
  'precision-at-k': 'precision_at_k',
  'leakage-duplicates': 'leaked_test_rows',
  'welford-running-variance': 'running_variance',
  'time-based-split': 'time_split',
};

const MIN = { coding: 60, perCodingRound: 8, design: 12, behavioral: 20, perNuance: 3 };

interface Job {
  problem: CodingProblem;
  language: Language;
  solution: string;
  /** 'reference' or the wrong entry's name. */
  role: string;
  ignoresNuance?: string;
  cases: TestCase[];
}

interface Outcome {
  job: Job;
  result: RunResult;
  /** Why the outcome breaks the rule; undefined when it is fine. */
  problem?: string;
}

function summarize(r: RunResult): string {
  if (r.error) return `${r.error.kind} error: ${r.error.message}`;
  const bad = r.cases.filter((c) => c.verdict !== 'pass');
  return `${r.passed}/${r.total} passed; ` + bad.slice(0, 3).map((c) => `${c.hidden ? '[hidden] ' : ''}${c.name}: ${c.verdict}${c.message ? ` (${c.message.split('\n')[0].slice(0, 140)})` : ''}`).join('; ');
}

function check(job: Job, r: RunResult): string | undefined {
  if (r.verdict === 'error') return `could not run: ${summarize(r)}`;
  if (job.role === 'reference') return r.verdict === 'pass' ? undefined : `reference does not pass: ${summarize(r)}`;
  if (r.verdict === 'pass') return `known-wrong solution "${job.role}" passes every case`;
  if (job.ignoresNuance && !r.cases.some((c) => c.hidden && c.nuance === job.ignoresNuance && c.verdict !== 'pass')) {
    return `known-wrong solution "${job.role}" ignores ${job.ignoresNuance} but fails no hidden case tagged with it (${summarize(r)})`;
  }
  return undefined;
}

/** Only limits were hit: worth one more run alone, the machine may have been busy. */
function onlyTimeouts(r: RunResult): boolean {
  return r.cases.some((c) => c.verdict === 'time_limit') && r.cases.every((c) => c.verdict === 'pass' || c.verdict === 'time_limit');
}

class Pool {
  private readonly judges: Judge[];
  private readonly all: Judge[];
  private readonly queue: (() => Promise<void>)[] = [];

  constructor(size: number) {
    this.all = Array.from({ length: size }, () => new Judge({ harnessDir }));
    this.judges = [...this.all];
  }

  run(job: Job): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      this.queue.push(async () => {
        const judge = this.judges.pop() as Judge;
        try {
          resolve(await judge.run({ problem: job.problem, cases: job.cases, solutionPath: job.solution, language: job.language }));
        } catch (err) {
          reject(err);
        } finally {
          this.judges.push(judge);
        }
      });
      this.pump();
    });
  }

  private pump(): void {
    // A task takes a judge synchronously, before its first await.
    while (this.judges.length > 0 && this.queue.length > 0) {
      const task = this.queue.shift() as () => Promise<void>;
      void task().finally(() => this.pump());
    }
  }

  dispose(): void {
    for (const j of this.all) j.dispose();
  }
}

function isCodingFolder(name: string): boolean {
  const file = path.join(bundledProblemsDir, name, 'problem.json');
  if (!fs.existsSync(file)) return false;
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { kind?: unknown }).kind === 'coding';
  } catch {
    return true; // unreadable: its test reports it
  }
}

// Coding problem folders are listed synchronously so that every problem gets its own test.
const folders = fs.existsSync(bundledProblemsDir) ? fs.readdirSync(bundledProblemsDir).filter(isCodingFolder).sort() : [];

describe('problem bank', function () {
  this.timeout(600_000);
  let problems: Problem[] = [];
  let diagnostics: Diagnostic[] = [];
  const testsOf = new Map<string, TestCase[]>();
  const outcomes = new Map<string, Promise<Outcome[]>>();
  const pool = new Pool(2);

  before(async () => {
    const pack = await loadPack(bundledProblemsDir);
    problems = pack.problems;
    diagnostics = await validatePack(bundledProblemsDir, { bundled: true });
    for (const p of problems) {
      if (p.kind !== 'coding') continue;
      try {
        testsOf.set(p.id, await loadTests(p));
      } catch {
        // reported by validate
      }
    }
    // Queue every run now; the tests below await their problem's runs.
    for (const p of problems) {
      if (p.kind !== 'coding') continue;
      const cases = testsOf.get(p.id);
      if (!cases) continue;
      const jobs: Job[] = [];
      for (const language of PACK_LANGUAGES) {
        const spec = p.languages[language];
        if (!spec) continue;
        jobs.push({ problem: p, language, solution: path.join(p.dir, spec.reference), role: 'reference', cases });
        for (const w of p.wrong) {
          const file = w.files[language];
          if (file) jobs.push({ problem: p, language, solution: path.join(p.dir, file), role: w.name, ignoresNuance: w.ignoresNuance, cases });
        }
      }
      outcomes.set(
        p.id,
        Promise.all(
          jobs.map(async (job) => {
            let result = await pool.run(job);
            let why = check(job, result);
            if (why && onlyTimeouts(result)) {
              // Confirm a time-limit verdict on a quieter machine moment before reporting it.
              result = await pool.run(job);
              why = check(job, result);
            }
            return { job, result, problem: why };
          }),
        ),
      );
    }
  });

  after(() => pool.dispose());

  it('validate: the bundled pack has no diagnostics', () => {
    if (diagnostics.length > 0) {
      const text = diagnostics.map((d) => `  ${path.relative(bundledProblemsDir, d.file)}${d.path ? ` [${d.path}]` : ''}: ${d.message}`).join('\n');
      assert.fail(`${diagnostics.length} diagnostics:\n${text}`);
    }
  });

  it('has the promised size and shape', async () => {
    const coding = problems.filter((p): p is CodingProblem => p.kind === 'coding');
    const count = (f: (p: Problem) => boolean): number => problems.filter(f).length;
    const nuanceRows = NUANCE_IDS.map((n) => {
      const linked = count((p) => (p.nuances as string[]).includes(n));
      const exercised = coding.filter((p) => p.wrong.some((w) => w.ignoresNuance === n) && (testsOf.get(p.id) ?? []).some((c) => c.hidden && c.nuance === n)).length;
      return { nuance: n, linked, exercised };
    });
    const lines = [
      `problems: ${problems.length} (coding ${coding.length}, design ${count((p) => p.kind === 'design')}, behavioral ${count((p) => p.kind === 'behavioral')})`,
      'per round: ' + ROUNDS.map((r) => `${r} ${count((p) => p.round === r)}`).join(', '),
      'per difficulty: ' + DIFFICULTIES.map((d) => `${d} ${count((p) => p.difficulty === d)}`).join(', '),
      'per nuance (problems linking / coding problems with a hidden test and an ignoring wrong solution): ' + nuanceRows.map((r) => `${r.nuance} ${r.linked}/${r.exercised}`).join(', '),
      `numpy-free coding problems: ${coding.filter((p) => !(p.requires ?? []).includes('numpy')).length}/${coding.length}`,
    ];
    process.stdout.write(lines.map((l) => `      ${l}\n`).join(''));

    const problemsFound: string[] = [];
    if (coding.length < MIN.coding) problemsFound.push(`${coding.length} coding problems (need ≥ ${MIN.coding})`);
    for (const r of CODING_ROUNDS) {
      const n = count((p) => p.kind === 'coding' && p.round === r);
      if (n < MIN.perCodingRound) problemsFound.push(`round ${r}: ${n} coding problems (need ≥ ${MIN.perCodingRound})`);
    }
    const design = count((p) => p.kind === 'design');
    const behavioral = count((p) => p.kind === 'behavioral');
    if (design < MIN.design) problemsFound.push(`${design} design prompts (need ≥ ${MIN.design})`);
    if (behavioral < MIN.behavioral) problemsFound.push(`${behavioral} behavioral prompts (need ≥ ${MIN.behavioral})`);
    for (const r of nuanceRows) {
      if (r.exercised < MIN.perNuance) problemsFound.push(`nuance ${r.nuance}: exercised by ${r.exercised} coding problems (need ≥ ${MIN.perNuance})`);
    }
    for (const [id, entry] of Object.entries(CORE)) {
      const p = problems.find((x) => x.id === id);
      if (!p) problemsFound.push(`core problem ${id} is missing`);
      else if (p.kind !== 'coding') problemsFound.push(`core problem ${id} is not a coding problem`);
      else if (p.languages.python?.entry !== entry) problemsFound.push(`core problem ${id}: Python entry is ${p.languages.python?.entry ?? 'missing'}, must be ${entry}`);
    }
    for (const p of coding) {
      const cases = testsOf.get(p.id);
      if (!cases) continue; // reported by validate
      const visible = cases.filter((c) => !c.hidden).length;
      const hidden = cases.length - visible;
      if (visible < 2 || hidden < 5) problemsFound.push(`${p.id}: ${visible} visible / ${hidden} hidden cases (need ≥ 2 / ≥ 5)`);
      if (p.hints.length !== 3) problemsFound.push(`${p.id}: ${p.hints.length} hints (need 3)`);
      if (p.wrong.length < 2) problemsFound.push(`${p.id}: ${p.wrong.length} known-wrong solutions (need ≥ 2)`);
    }
    const numpyFree = coding.filter((p) => !(p.requires ?? []).includes('numpy')).length;
    if (numpyFree * 2 < coding.length) problemsFound.push(`only ${numpyFree} of ${coding.length} coding problems are numpy-free (need ≥ half)`);
    if (problemsFound.length > 0) assert.fail(`${problemsFound.length} shortfalls:\n  ${problemsFound.join('\n  ')}`);
  });

  for (const id of folders) {
    it(`${id}: reference passes, every known-wrong solution fails`, async () => {
      const p = problems.find((x) => x.id === id);
      if (!p) assert.fail(`${id} did not load (see the validate test)`);
      const list = outcomes.get(id);
      if (!list) assert.fail(`${id}: tests.json did not load (see the validate test)`);
      const results = await list;
      const bad = results.filter((o) => o.problem);
      if (bad.length > 0) assert.fail(bad.map((o) => `${o.job.language} ${o.job.role}: ${o.problem}`).join('\n'));
      assert.ok(results.length >= 2);
    });
  }
});
