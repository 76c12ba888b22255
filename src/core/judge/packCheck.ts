// Proves a problem pack with its own solutions: every reference must pass every case, every
// known-wrong solution must fail at least one (a hidden case tagged with its nuance, when the
// wrong entry names the nuance it ignores). Used by `mlprep validate --run` and the bank gate.
import * as path from 'node:path';
import type { CodingProblem, TestCase } from '../problems/schema';
import { PACK_LANGUAGES, type Language } from '../vocabulary';
import type { JudgeOptions, RunResult } from './judge';
import { Judge } from './judge';

export interface SolutionJob {
  problem: CodingProblem;
  language: Language;
  solution: string;
  /** 'reference' or the wrong entry's name. */
  role: string;
  ignoresNuance?: string;
  cases: TestCase[];
}

export interface SolutionOutcome {
  job: SolutionJob;
  result: RunResult;
  /** Why the outcome breaks the rule; undefined when it is fine. */
  problem?: string;
}

/** The runs that prove one problem: its reference and its wrong solutions, in every language it offers. */
export function solutionJobs(problem: CodingProblem, cases: TestCase[]): SolutionJob[] {
  const jobs: SolutionJob[] = [];
  for (const language of PACK_LANGUAGES) {
    const spec = problem.languages[language];
    if (!spec) continue;
    jobs.push({ problem, language, solution: path.join(problem.dir, spec.reference), role: 'reference', cases });
    for (const w of problem.wrong) {
      const file = w.files[language];
      if (file) jobs.push({ problem, language, solution: path.join(problem.dir, file), role: w.name, ignoresNuance: w.ignoresNuance, cases });
    }
  }
  return jobs;
}

/** A run in one line: the error, or the count and the first failing cases. */
export function summarizeRun(r: RunResult): string {
  if (r.error) return `${r.error.kind} error: ${r.error.message}`;
  const bad = r.cases.filter((c) => c.verdict !== 'pass');
  return `${r.passed}/${r.total} passed; ` + bad.slice(0, 3).map((c) => `${c.hidden ? '[hidden] ' : ''}${c.name}: ${c.verdict}${c.message ? ` (${c.message.split('\n')[0].slice(0, 140)})` : ''}`).join('; ');
}

/** Why a run breaks its role's rule, or undefined. */
export function checkOutcome(job: SolutionJob, r: RunResult): string | undefined {
  if (r.verdict === 'error') return `could not run: ${summarizeRun(r)}`;
  if (job.role === 'reference') return r.verdict === 'pass' ? undefined : `reference does not pass: ${summarizeRun(r)}`;
  if (r.verdict === 'pass') return `known-wrong solution "${job.role}" passes every case`;
  if (job.ignoresNuance && !r.cases.some((c) => c.hidden && c.nuance === job.ignoresNuance && c.verdict !== 'pass')) {
    return `known-wrong solution "${job.role}" ignores ${job.ignoresNuance} but fails no hidden case tagged with it (${summarizeRun(r)})`;
  }
  return undefined;
}

/** Only limits were hit: worth one more run alone, the machine may have been busy. */
function onlyTimeouts(r: RunResult): boolean {
  return r.cases.some((c) => c.verdict === 'time_limit') && r.cases.every((c) => c.verdict === 'pass' || c.verdict === 'time_limit');
}

/** A fixed number of judges taking jobs in order (one per core is enough). */
export class JudgePool {
  private readonly judges: Judge[];
  private readonly all: Judge[];
  private readonly queue: (() => Promise<void>)[] = [];

  constructor(size: number, options: JudgeOptions) {
    this.all = Array.from({ length: Math.max(1, size) }, () => new Judge(options));
    this.judges = [...this.all];
  }

  run(job: SolutionJob): Promise<RunResult> {
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

/** Runs one problem's jobs on the pool; a run that only met time limits is confirmed once more. */
export function proveProblem(pool: JudgePool, problem: CodingProblem, cases: TestCase[]): Promise<SolutionOutcome[]> {
  return Promise.all(
    solutionJobs(problem, cases).map(async (job) => {
      let result = await pool.run(job);
      let why = checkOutcome(job, result);
      if (why && onlyTimeouts(result)) {
        result = await pool.run(job);
        why = checkOutcome(job, result);
      }
      return why === undefined ? { job, result } : { job, result, problem: why };
    }),
  );
}
