// The judge's decisions, outside the user's process: what a case's verdict and one-line message
// are, given what the harness reported (or how it died), and what a whole run comes to. Every
// case result is built by `caseResult`.
import type { CodingProblem, NuanceId, TestCase } from '../problems/schema';
import type { JudgeVerdict, Language } from '../vocabulary';
import { compareValues, mergeCompareOptions } from './compare';
import type { LoadErrorMessage, ResultMessage } from './harnessProtocol';

export interface CaseResult {
  /** The case's `TestCase.index` (its position in tests.json, or the caller's number for a custom case). */
  index: number;
  name: string;
  hidden: boolean;
  nuance?: NuanceId;
  verdict: JudgeVerdict;
  /** Wall time of the call, measured by the judge (0 for cases not run). */
  timeMs: number;
  /** One-line explanation: first difference, exception, limit. */
  message?: string;
  /** Tagged JSON as in tests.json. */
  expected?: unknown;
  /** What the solution returned, tagged JSON. */
  actual?: unknown;
  /** What the solution printed during this case (capped). */
  stdout: string;
  stderr: string;
  /** Output of this case was cut at the run's output cap. */
  truncated?: boolean;
  /** Line in the solution file where the error happened (1-based). */
  line?: number;
  /** Traceback / stack trimmed to the solution file. */
  traceback?: string;
}

export interface RunError {
  kind: 'environment' | 'cancelled';
  message: string;
  hint?: string;
}

export interface RunResult {
  verdict: 'pass' | 'fail' | 'error';
  passed: number;
  total: number;
  durationMs: number;
  cases: CaseResult[];
  error?: RunError;
  language: Language;
  /** Set when the solution did not load: its message and line (the first case carries the verdict). */
  compileError?: { message: string; line?: number };
  /** Interpreter used (Python) or runtime (Node) — for the UI's "ran with" line. */
  runtime?: string;
}

/** What was decided about one case. */
export interface Decision {
  verdict: JudgeVerdict;
  message?: string;
  /** Default 0 (not run, or not timed). */
  timeMs?: number;
  actual?: unknown;
  line?: number;
  traceback?: string;
  /** The output was cut, whatever the output says. */
  truncated?: boolean;
}

/** The output a case wrote, split off the process's captured streams. */
export interface CaseOutput {
  stdout: string;
  stderr: string;
  truncated: boolean;
}

export const NO_OUTPUT: CaseOutput = { stdout: '', stderr: '', truncated: false };

/** The one constructor of a `CaseResult`: the case's identity, the decision, the output. */
export function caseResult(c: TestCase, d: Decision, output: CaseOutput = NO_OUTPUT): CaseResult {
  const r: CaseResult = { index: c.index, name: c.name, hidden: c.hidden, verdict: d.verdict, timeMs: d.timeMs ?? 0, stdout: output.stdout, stderr: output.stderr };
  if (d.message !== undefined) r.message = d.message;
  if (c.nuance !== undefined) r.nuance = c.nuance;
  if (c.expected !== undefined) r.expected = c.expected;
  if (d.actual !== undefined) r.actual = d.actual;
  if (d.line !== undefined) r.line = d.line;
  if (d.traceback !== undefined) r.traceback = d.traceback;
  if (d.truncated === true || output.truncated) r.truncated = true;
  return r;
}

export function notRun(c: TestCase, message: string): CaseResult {
  return caseResult(c, { verdict: 'not_run', message });
}

export const CANCELLED_CASE = 'not run: the run was cancelled';

export function runError(kind: RunError['kind'], message: string, hint?: string): RunError {
  return hint === undefined ? { kind, message } : { kind, message, hint };
}

/** A run that ran no case: a problem with the environment, or cancelled before it started. */
export function errorResult(cases: readonly TestCase[], language: Language, error: RunError, durationMs: number): RunResult {
  const why = error.kind === 'cancelled' ? CANCELLED_CASE : 'not run';
  return { verdict: 'error', passed: 0, total: cases.length, durationMs, cases: cases.map((c) => notRun(c, why)), error, language };
}

/** The run's verdict from its cases; a cancelled run is an error whatever its cases say. */
export function runVerdict(list: readonly CaseResult[], cancelled: string | undefined): Pick<RunResult, 'verdict' | 'passed' | 'error'> {
  const passed = list.filter((r) => r.verdict === 'pass').length;
  if (cancelled !== undefined) return { verdict: 'error', passed, error: { kind: 'cancelled', message: `Cancelled: ${cancelled}.` } };
  return { verdict: passed === list.length && list.length > 0 ? 'pass' : 'fail', passed };
}

// ---------------------------------------------------------------------------------------------
// Loading the solution

/** Why the solution did not load: the verdict of the case it was loaded for. */
export interface LoadFailure {
  verdict: JudgeVerdict;
  message: string;
  line?: number;
  traceback?: string;
}

export function loadErrorFailure(m: LoadErrorMessage, memoryMb: number): LoadFailure {
  const message = m.message ?? 'the solution failed to load';
  const failure = (verdict: JudgeVerdict, text: string): LoadFailure => ({ verdict, message: text, ...(m.line !== undefined ? { line: m.line } : {}), ...(m.traceback !== undefined ? { traceback: m.traceback } : {}) });
  if (m.kind === 'memory') return failure('memory_limit', `${message} (memory limit ${memoryMb} MB, while loading)`);
  if (m.kind === 'exit') return failure('compile_error', `the solution called sys.exit(${m.code}) while loading`);
  return failure('compile_error', message);
}

/** Loading was stopped by the judge: its time ran out, it printed too much, or the run was cancelled. */
export function loadStopped(why: 'timeout' | 'limit' | 'abort', loadTimeoutMs: number): LoadFailure {
  if (why === 'timeout') return { verdict: 'time_limit', message: `loading the solution took longer than ${Math.round(loadTimeoutMs / 1000)} s` };
  if (why === 'limit') return { verdict: 'output_limit', message: 'the solution printed more than the output limit while loading' };
  return { verdict: 'not_run', message: CANCELLED_CASE };
}

/**
 * The results owed after a failed load before case `k`: that case carries the failure, every
 * later case is not run; a compile error is also reported for the whole run.
 */
export function loadFailed(cases: readonly TestCase[], k: number, load: LoadFailure, output: CaseOutput = NO_OUTPUT): { results: CaseResult[]; compileError?: RunResult['compileError'] } {
  const results: CaseResult[] = [];
  const c = cases[k];
  if (c) results.push(caseResult(c, load, output));
  const why = load.verdict === 'compile_error' ? 'not run: the solution did not compile' : 'not run: the solution failed while loading';
  for (let j = k + 1; j < cases.length; j++) results.push(notRun(cases[j], why));
  if (load.verdict !== 'compile_error') return { results };
  return { results, compileError: load.line !== undefined ? { message: load.message, line: load.line } : { message: load.message } };
}

// ---------------------------------------------------------------------------------------------
// A case

/** How the harness process ended, as far as the judge can see. */
export interface ExitFacts {
  /** The end of what it wrote to stderr. */
  stderrTail: string;
  signal: NodeJS.Signals | null;
  code: number | null;
}

/** Explains why the harness died while it owed a result (before case `k` of `n`). */
export function describeExit(exit: ExitFacts, k: number, n: number, loading: boolean): LoadFailure {
  const { stderrTail: tail, signal: sig, code } = exit;
  const when = loading ? `while loading, before case ${k + 1} of ${n}` : `before case ${k + 1} of ${n} returned`;
  if (/JavaScript heap out of memory|Reached heap limit|Allocation failed - JavaScript heap/.test(tail)) {
    return { verdict: 'memory_limit', message: `the JavaScript heap ran out of memory ${when}` };
  }
  if (/Fatal Python error: .*(MemoryError|Cannot allocate memory)/.test(tail) || (sig === 'SIGABRT' && /MemoryError|std::bad_alloc/.test(tail))) {
    return { verdict: 'memory_limit', message: `the process ran out of memory ${when}` };
  }
  const crashLine = /File "([^"]*)", line (\d+)/.exec(tail);
  // Windows reports crashes as exit codes: 0xC00000FD stack overflow, 0xC0000005 access violation.
  const winCrash = code === 0xc00000fd ? 'stack overflow' : code === 0xc0000005 ? 'access violation' : undefined;
  if (sig === 'SIGSEGV' || sig === 'SIGBUS' || winCrash) {
    const message = `the process crashed (${sig ?? winCrash}) ${when}: most likely a stack overflow from very deep recursion`;
    return crashLine ? { verdict: 'runtime_error', message, line: Number(crashLine[2]) } : { verdict: 'runtime_error', message };
  }
  if (sig) return { verdict: 'runtime_error', message: `the process was killed by signal ${sig} ${when}` };
  return { verdict: 'runtime_error', message: `the solution exited (code ${code ?? '?'}) ${when}` };
}

/** A case the judge stopped: over its time, over an output limit, or cancelled. */
export function caseStopped(why: 'timeout' | 'abort' | 'stdout' | 'stderr' | 'channel', timeMs: number, limits: { timeMs: number; stdoutBytes: number }): Decision {
  switch (why) {
    case 'timeout':
      return { verdict: 'time_limit', timeMs, message: `exceeded the time limit of ${limits.timeMs} ms` };
    case 'abort':
      return { verdict: 'not_run', message: CANCELLED_CASE };
    case 'channel':
      return { verdict: 'output_limit', timeMs, truncated: true, message: 'the returned value is too large to report' };
    default: {
      const what = why === 'stdout' ? `${Math.round(limits.stdoutBytes / 1024)} KiB to stdout` : 'the stderr limit';
      return { verdict: 'output_limit', timeMs, truncated: true, message: `printed more than ${what} in one case; the process was stopped` };
    }
  }
}

/** What the harness reported for case `c`: the comparison with the expected value, or the error. */
export function decideResult(m: ResultMessage, c: TestCase, problem: Pick<CodingProblem, 'compare'>, memoryMb: number, timeMs: number): Decision {
  if (m.ok) {
    if (c.expected === undefined) return { verdict: 'pass', timeMs, actual: m.value, message: 'no expected value: ran without error' };
    const cmp = compareValues(c.expected, m.value, mergeCompareOptions(problem.compare, c.compare));
    const d: Decision = { verdict: cmp.equal ? 'pass' : 'wrong_answer', timeMs, actual: m.value };
    if (cmp.message !== undefined) d.message = cmp.message;
    return d;
  }
  const message = m.message ?? 'error';
  const d: Decision = { verdict: 'runtime_error', timeMs, message };
  if (m.line !== undefined) d.line = m.line;
  if (m.traceback !== undefined) d.traceback = m.traceback;
  switch (m.kind) {
    case 'memory':
      return { ...d, verdict: 'memory_limit', message: `${message} (memory limit ${memoryMb} MB)` };
    case 'stack':
      return { ...d, message: `${message} (stack overflow: recursion too deep)` };
    case 'exit':
      return { ...d, message: `the solution called sys.exit(${m.code}) during the case` };
    default:
      return d;
  }
}

/** After this result the harness must be restarted (a MemoryError can leave it unusable). */
export function needsRestart(m: ResultMessage): boolean {
  return !m.ok && m.kind === 'memory';
}
