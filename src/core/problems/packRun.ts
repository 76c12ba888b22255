// The running half of a pack's check, one run at a time with progress and cancellation: the same
// rules as `mlprep validate --run` and the bank gate (core/judge/packCheck.ts decides each outcome).
// Used by the editor's "Validate Problem Pack"; the judge is injected.
import * as path from 'node:path';
import type { RunRequest, RunResult } from '../judge/judge';
import { checkOutcome, solutionJobs, summarizeRun } from '../judge/packCheck';
import { PackError, loadTests } from './loader';
import type { CodingProblem, Problem, TestCase } from './schema';
import { PROBLEM_FILES, type PackLanguage } from '../vocabulary';

/** What checkPackRuns needs of the judge. */
export interface PackJudge {
  run(request: RunRequest): Promise<RunResult>;
}

/** One solution file run against its problem's tests. */
export interface PackRunCheck {
  problemId: string;
  language: PackLanguage;
  /** `reference`, or the known-wrong solution's name. */
  role: string;
  /** Absolute path of the solution file run (or of tests.json when the tests did not load). */
  file: string;
  ok: boolean;
  /** What happened, one line. */
  message: string;
}

export interface PackRunReport {
  checks: PackRunCheck[];
  /** The checks that broke their rule. */
  failures: PackRunCheck[];
  cancelled: boolean;
}

export interface PackRunOptions {
  signal?: AbortSignal;
  pythonPath?: string;
  /** Called before each solution runs (done = how many ran before it). */
  onProgress?: (done: number, total: number, label: string) => void;
}

/** Judges each reference and known-wrong solution of the coding problems, one run at a time. */
export async function checkPackRuns(problems: readonly Problem[], judge: PackJudge, options: PackRunOptions = {}): Promise<PackRunReport> {
  const coding = problems.filter((p): p is CodingProblem => p.kind === 'coding');
  const jobs = coding.flatMap((problem) => solutionJobs(problem, []).map((j) => ({ problem, language: j.language as PackLanguage, role: j.role, file: j.solution, ignoresNuance: j.ignoresNuance })));
  const checks: PackRunCheck[] = [];
  const tests = new Map<string, TestCase[] | string>();
  let done = 0;
  let cancelled = false;
  for (const job of jobs) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    const { problem, language, role, file } = job;
    options.onProgress?.(done, jobs.length, `${problem.id} · ${language} · ${role}`);
    done++;
    let cases = tests.get(problem.id);
    if (cases === undefined) {
      try {
        cases = await loadTests(problem);
      } catch (err) {
        cases = err instanceof PackError ? err.message : String(err);
      }
      tests.set(problem.id, cases);
    }
    if (typeof cases === 'string') {
      // Reported once per problem: nothing of it can run.
      if (!checks.some((c) => c.problemId === problem.id)) {
        checks.push({ problemId: problem.id, language, role: 'tests', file: path.join(problem.dir, PROBLEM_FILES.tests), ok: false, message: `the tests do not load: ${cases}` });
      }
      continue;
    }
    const result = await judge.run({
      problem,
      cases,
      solutionPath: file,
      language,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.pythonPath ? { pythonPath: options.pythonPath } : {}),
    });
    if (result.error?.kind === 'cancelled' || options.signal?.aborted) {
      cancelled = true;
      break;
    }
    const broken = checkOutcome({ problem, language, solution: file, role, ignoresNuance: job.ignoresNuance, cases }, result);
    const ok = broken === undefined;
    const message = !ok ? broken : role === 'reference' ? `passes every case (${result.total})` : `fails as it should (${summarizeRun(result)})`;
    checks.push({ problemId: problem.id, language, role, file, ok, message });
  }
  return { checks, failures: checks.filter((c) => !c.ok), cancelled };
}
