// The running half of a pack's check: every reference solution must pass every test case and
// every known-wrong solution must fail at least one, in every language the problem offers.
// Used by the editor's "Validate Problem Pack" (and usable by the CLI); the judge is injected.
import * as path from 'node:path';
import type { RunRequest, RunResult } from '../judge/judge';
import { PackError, loadTests } from './loader';
import type { CodingProblem, Problem, TestCase } from './schema';
import { PACK_LANGUAGES, PROBLEM_FILES, type PackLanguage } from '../vocabulary';

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

interface Job {
  problem: CodingProblem;
  language: PackLanguage;
  role: string;
  file: string;
}

function jobsOf(p: CodingProblem): Job[] {
  const jobs: Job[] = [];
  for (const language of PACK_LANGUAGES) {
    const spec = p.languages[language];
    if (!spec) continue;
    jobs.push({ problem: p, language, role: 'reference', file: path.join(p.dir, spec.reference) });
    for (const w of p.wrong) {
      const f = w.files[language];
      if (f !== undefined) jobs.push({ problem: p, language, role: w.name, file: path.join(p.dir, f) });
    }
  }
  return jobs;
}

function summary(r: RunResult): string {
  if (r.error) return `${r.error.kind}: ${r.error.message.split('\n')[0] ?? ''}`;
  const bad = r.cases.filter((c) => c.verdict !== 'pass');
  const first = bad[0];
  return `${r.passed}/${r.total} passed${first ? `; first failure: ${first.name} (${first.verdict})` : ''}`;
}

/** Judges each reference and known-wrong solution of the coding problems, one run at a time. */
export async function checkPackRuns(problems: readonly Problem[], judge: PackJudge, options: PackRunOptions = {}): Promise<PackRunReport> {
  const coding = problems.filter((p): p is CodingProblem => p.kind === 'coding');
  const jobs = coding.flatMap(jobsOf);
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
    const reference = role === 'reference';
    let ok: boolean;
    let message: string;
    if (result.verdict === 'error') {
      ok = false;
      message = `could not run: ${summary(result)}`;
    } else if (reference) {
      ok = result.verdict === 'pass';
      message = ok ? `passes every case (${result.total})` : `the reference does not pass: ${summary(result)}`;
    } else {
      ok = result.verdict !== 'pass';
      message = ok ? `fails as it should (${summary(result)})` : `the known-wrong solution passes every case (${result.total}); add a test it fails`;
    }
    checks.push({ problemId: problem.id, language, role, file, ok, message });
  }
  return { checks, failures: checks.filter((c) => !c.ok), cancelled };
}
