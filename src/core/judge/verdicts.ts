// The judge's decisions, outside the user's process: what a case's verdict and one-line message
// are, given what the harness reported (or how it died), and what a whole run comes to. Every
// case result is built by `caseResult`.
import type { CodingProblem, NuanceId, TestCase } from '../problems/schema';
import type { JudgeVerdict, Language } from '../vocabulary';
import type { MemoryReport, Refusal } from './channel';
import { CHANNEL_MESSAGE_LIMIT, RUN_ELEMENTS, RUN_MESSAGE_BYTES, VALUE_DEPTH_LIMIT, VALUE_ELEMENT_LIMIT } from './channel';
import type { CompareOptions } from './compare';
import { compareValues, mergeCompareOptions } from './compare';
import { formatTagged } from './values';
import type { LoadErrorMessage, ResultMessage } from './harnessProtocol';
import { FILE_SIZE_LIMIT } from './runtimes';

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
  /** What the judge changed about the solution before running it (a notebook's dropped IPython lines). */
  notes?: string[];
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

/** A limit a process met: output, the supervisor's memory kill, or a refused channel message. */
export type LimitKind = 'stdout' | 'stderr' | 'memory' | Refusal;

/** Why the judge stopped a case or a load. */
export type StopReason = 'timeout' | 'abort' | LimitKind;

/** What a stopped case or load is explained with. */
export interface StopLimits {
  timeMs: number;
  stdoutBytes: number;
  memoryMb?: number;
  /** What the supervisor measured when it killed the process set. */
  memory?: MemoryReport;
}

const MB = 1024 * 1024;

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Verdict and message of a limit (the caller adds when it happened). */
function overLimit(why: LimitKind, limits: StopLimits): { verdict: JudgeVerdict; message: string; truncated?: boolean } {
  switch (why) {
    case 'stdout':
      return { verdict: 'output_limit', truncated: true, message: `printed more than ${Math.round(limits.stdoutBytes / 1024)} KiB to stdout in one case; the process was stopped` };
    case 'stderr':
      return { verdict: 'output_limit', truncated: true, message: 'printed more than the stderr limit in one case; the process was stopped' };
    case 'memory': {
      const limit = limits.memoryMb !== undefined ? `the memory limit is ${limits.memoryMb} MB` : 'over the memory limit';
      const m = limits.memory;
      if (!m) return { verdict: 'memory_limit', message: `the solution's processes were stopped: ${limit}` };
      const used = Math.round(m.bytes / MB);
      const what = m.processes === 1 ? `the solution used ${used} MB` : `the solution's ${m.processes} processes used ${used} MB together`;
      return { verdict: 'memory_limit', message: `${what}; ${limit}` };
    }
    case 'oversize':
      return { verdict: 'output_limit', truncated: true, message: `the solution's process sent a message over ${CHANNEL_MESSAGE_LIMIT / MB} MiB (a returned value too large to report); the process was stopped` };
    case 'many':
      return { verdict: 'output_limit', truncated: true, message: `the returned value has more than ${count(VALUE_ELEMENT_LIMIT)} elements, more than the judge takes` };
    case 'deep':
      return { verdict: 'runtime_error', message: `the returned value is nested deeper than ${VALUE_DEPTH_LIMIT} levels` };
    case 'run-budget':
      return { verdict: 'output_limit', truncated: true, message: `the values returned in this run exceed ${RUN_MESSAGE_BYTES / MB} MiB or ${count(RUN_ELEMENTS)} elements in all` };
  }
}

/** Loading was stopped by the judge: its time ran out, it met a limit, or the run was cancelled. */
export function loadStopped(why: StopReason, loadTimeoutMs: number, limits?: StopLimits): LoadFailure {
  if (why === 'timeout') return { verdict: 'time_limit', message: `loading the solution took longer than ${Math.round(loadTimeoutMs / 1000)} s` };
  if (why === 'abort') return { verdict: 'not_run', message: CANCELLED_CASE };
  if (why === 'stdout' || why === 'stderr' || !limits) return { verdict: 'output_limit', message: 'the solution printed more than the output limit while loading' };
  const { verdict, message } = overLimit(why, limits);
  return { verdict, message: `${message} (while loading)` };
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
  if (sig === 'SIGXFSZ') return { verdict: 'runtime_error', message: `the process wrote a file over the file-size limit of ${FILE_SIZE_LIMIT / MB} MiB ${when}` };
  if (sig) return { verdict: 'runtime_error', message: `the process was killed by signal ${sig} ${when}` };
  return { verdict: 'runtime_error', message: `the solution exited (code ${code ?? '?'}) ${when}` };
}

/** A case the judge stopped: over its time, over a limit, or cancelled. */
export function caseStopped(why: StopReason, timeMs: number, limits: StopLimits): Decision {
  if (why === 'timeout') return { verdict: 'time_limit', timeMs, message: `exceeded the time limit of ${limits.timeMs} ms` };
  if (why === 'abort') return { verdict: 'not_run', message: CANCELLED_CASE };
  return { ...overLimit(why, limits), timeMs };
}

/** What the harness reported for case `c`: the comparison with the expected value, or the error. */
export function decideResult(m: ResultMessage, c: TestCase, problem: Pick<CodingProblem, 'compare'>, memoryMb: number, timeMs: number): Decision {
  if (m.ok) {
    if (c.expected === undefined) return { verdict: 'pass', timeMs, actual: m.value, message: 'no expected value: ran without error' };
    const options = mergeCompareOptions(problem.compare, c.compare);
    const cmp = c.calls ? compareCalls(c.calls, c.expected, m.value, options) : compareValues(c.expected, m.value, options);
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
    case 'input':
      return { verdict: 'not_run', message: `not run: the case's arguments could not be decoded (${message})` };
    default:
      return /File too large|EFBIG/.test(message) ? { ...d, message: `${message} (the file-size limit is ${FILE_SIZE_LIMIT / MB} MiB)` } : d;
  }
}

/**
 * A class case: one expected value per call (null: the call's return value is not checked).
 * The first differing call is named with its method and arguments.
 */
export function compareCalls(calls: readonly (readonly [string, unknown[]])[], expected: unknown, actual: unknown, options: CompareOptions): { equal: boolean; message?: string } {
  if (!Array.isArray(expected) || !Array.isArray(actual) || actual.length !== calls.length) {
    return { equal: false, message: `expected one result per call (${calls.length}), got ${Array.isArray(actual) ? actual.length : 'no list'}` };
  }
  for (let j = 0; j < calls.length; j++) {
    const e: unknown = expected[j];
    if (e === null || e === undefined) continue;
    const cmp = compareValues(e, actual[j], options);
    if (!cmp.equal) {
      const [name, args] = calls[j];
      const shownArgs = args.map((a) => formatTagged(a, 40)).join(', ');
      const call = `${name}(${shownArgs.length > 80 ? shownArgs.slice(0, 79) + '…' : shownArgs})`;
      return { equal: false, message: `call ${j + 1} ${call}: ${cmp.message ?? 'differs'}` };
    }
  }
  return { equal: true };
}

/** After this result the harness must be restarted (a MemoryError can leave it unusable). */
export function needsRestart(m: ResultMessage): boolean {
  return !m.ok && m.kind === 'memory';
}
