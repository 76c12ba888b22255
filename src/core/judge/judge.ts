// The judge: runs one submission against test cases in ONE interpreter process per submission
// (restarted only after a case that kills or hangs it), decides verdicts outside that process.
//
// API used by the extension and the CLI:
//
//   const judge = new Judge({ harnessDir, pythonPath?, tempRoot?, log? });
//   const result = await judge.run({ problem, cases, solutionPath, language, signal?, onCase? });
//   judge.dispose();   // kills every running process tree (call on deactivate)
//
// - `harnessDir` is the folder holding harness.py and harness.js (media/harness of the
//   extension); it is injected because this code runs from dist/extension.js, dist/cli.js and
//   test bundles.
// - `run` never rejects for anything the solution does; a missing interpreter or module is
//   `{ verdict: 'error', error: { kind: 'environment', message, hint } }`.
// - A second `run` on the same Judge cancels the one in progress (its result has
//   `error.kind === 'cancelled'`) and starts after that run's processes are gone.
// - `cases[i]` of the result belongs to `req.cases[i]`; hidden cases carry expected/actual too
//   (the UI decides what to show).
//
// This file is the orchestration: the run loop, restarts, cancellation and cleanup. What a run
// needs per language is in runtimes.ts, the verdicts in verdicts.ts, the process and its
// channel in harnessProcess.ts and harnessProtocol.ts.
import { randomBytes } from 'node:crypto';
import { promises as fsp, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CodingProblem, TestCase } from '../problems/schema';
import { DEFAULT_LIMITS } from '../problems/schema';
import type { Language } from '../vocabulary';
import { OutputBudget } from './capture';
import { caseInputProblem } from './caseInput';
import { stageFiles } from './datasets';
import { isNotebookPath, notebookToPython } from './notebook';
import { CHANNEL_MESSAGE_LIMIT, MessageBudget } from './channel';
import { CheckerProcess, installCheckerRunner } from './checker';
import { resolveInside } from '../problems/taggedValues';
import type { HarnessLimits } from './harnessProcess';
import { HarnessProcess } from './harnessProcess';
import { ProcessScanner, RUN_DIR_PREFIX, killRunProcesses } from './procs';
import type { PythonLookup } from './python';
import type { Launch, PythonInspection, RuntimeOptions } from './runtimes';
import { FILE_SIZE_LIMIT, Runtimes, runEnvironment } from './runtimes';
import { RunLedger, since } from './runLedger';
import { RELAY_UNREACHABLE } from './warm';
import type { CaseOutput, CaseResult, LoadFailure, RunError, RunResult, StopLimits } from './verdicts';
import { caseResult, caseStopped, decideResult, describeExit, errorResult, loadErrorFailure, loadFailed, loadStopped, needsRestart, runError } from './verdicts';

export type { CaseResult, RunError, RunResult } from './verdicts';

export interface RunRequest {
  problem: CodingProblem;
  /** Already loaded; the caller may filter them (visible only) or add custom cases. */
  cases: TestCase[];
  solutionPath: string;
  language: Language;
  signal?: AbortSignal;
  /** Called as each case is decided, in order. */
  onCase?: (r: CaseResult) => void;
  /** Interpreter for this run only (e.g. the user-level setting in an untrusted workspace). */
  pythonPath?: string;
}

export interface JudgeOptions extends RuntimeOptions {
  /** Where per-run working folders are created (default: the OS temp folder). */
  tempRoot?: string;
  log?: (msg: string) => void;
  /** Stdout bytes one case may write before `output_limit` (default 1 MiB). */
  outputLimitBytes?: number;
  /** Output kept per run, stdout + stderr of all cases (default 1 MiB). */
  outputKeepBytes?: number;
  /** Stderr bytes one case may write before `output_limit` (default 16 MiB). */
  stderrLimitBytes?: number;
  /** Time allowed for loading the solution (default 10 s, at least the case limit). */
  loadTimeoutMs?: number;
  /** Wait for pipes after the harness exited before deciding (default 150 ms). */
  drainMs?: number;
}

export const DEFAULT_OUTPUT_LIMIT = 1024 * 1024;
const MARKER_GRACE_MS = 250;

interface ActiveRun {
  abort(reason: string): void;
  killNow(): void;
  done: Promise<unknown>;
}

interface RunHooks {
  setCurrent(p: HarnessProcess | undefined): void;
  setRunDir(d: string, marker: string): void;
  cancelled(): string | undefined;
}

export class Judge {
  private readonly runtimes: Runtimes;
  private readonly active = new Set<ActiveRun>();
  private disposed = false;
  private readonly log: (msg: string) => void;
  private readonly scanner = new ProcessScanner();

  constructor(private readonly opts: JudgeOptions) {
    this.log = opts.log ?? (() => undefined);
    this.runtimes = new Runtimes(opts);
  }

  /** Finds the Python interpreter runs would use (for status displays); cached. */
  findPython(): Promise<PythonLookup> {
    return this.runtimes.findPython();
  }

  /** The interpreter a run with `pythonPath` would use and the `modules` it lacks (cached probes). */
  inspectPython(pythonPath: string | undefined, modules: readonly string[]): Promise<PythonInspection> {
    return this.runtimes.inspectPython(pythonPath, modules);
  }

  /** Warm parents started so far (see warm.ts). */
  get warmParentsStarted(): number {
    return this.runtimes.warm.started;
  }

  /** Pids of the running warm parents. */
  warmParentPids(): number[] {
    return this.runtimes.warm.pids();
  }

  /** Kills every running process tree and the warm parents, and refuses further runs. Synchronous. */
  dispose(): void {
    this.disposed = true;
    this.runtimes.dispose();
    for (const run of [...this.active]) {
      run.abort('the judge was disposed');
      run.killNow();
    }
  }

  async run(req: RunRequest): Promise<RunResult> {
    const start = performance.now();
    const shutDown = (): RunResult => errorResult(req.cases, req.language, runError('cancelled', 'The judge is shut down.'), since(start));
    if (this.disposed) return shutDown();
    // One run at a time per Judge: a new run cancels the previous one and waits for its cleanup.
    const previous = [...this.active];
    for (const run of previous) run.abort('a newer run started');
    await Promise.all(previous.map((r) => r.done.catch(() => undefined)));
    if (this.disposed) return shutDown();

    let resolveDone!: () => void;
    const done = new Promise<void>((r) => (resolveDone = r));
    let current: HarnessProcess | undefined;
    let runDir: string | undefined;
    let runMarker = '';
    let cancelReason: string | undefined;
    const handle: ActiveRun = {
      abort: (reason) => {
        if (cancelReason === undefined) cancelReason = reason;
        current?.abort();
      },
      killNow: () => {
        current?.killTree();
        if (runDir) {
          killRunProcesses({ marker: runMarker, runDir }, this.scanner);
          try {
            rmSync(runDir, { recursive: true, force: true });
          } catch {
            // removed by the run itself
          }
        }
      },
      done,
    };
    this.active.add(handle);
    const onAbort = (): void => handle.abort('the run was cancelled');
    req.signal?.addEventListener('abort', onAbort);
    if (req.signal?.aborted) onAbort();
    try {
      return await this.runInner(req, start, {
        setCurrent: (p) => (current = p),
        setRunDir: (d, m) => {
          runDir = d;
          runMarker = m;
        },
        cancelled: () => cancelReason,
      });
    } finally {
      req.signal?.removeEventListener('abort', onAbort);
      this.active.delete(handle);
      resolveDone();
    }
  }

  private async runInner(req: RunRequest, start: number, hooks: RunHooks): Promise<RunResult> {
    const request: RunRequest = { ...req, solutionPath: path.resolve(req.solutionPath) };
    const fail = (error: RunError): RunResult => errorResult(request.cases, request.language, error, since(start));
    const read = await this.runtimes.readSolution(request.solutionPath, request.language);
    if (!read.ok) return fail(runError('environment', read.message, read.hint));
    const cancelledEarly = hooks.cancelled();
    if (cancelledEarly) return fail(runError('cancelled', `Cancelled: ${cancelledEarly}.`));

    const ledger = new RunLedger({ cases: request.cases, language: request.language, start, cancelled: hooks.cancelled, onCase: request.onCase, log: this.log });
    // A notebook runs as the module of its code cells; one that cannot be read fails like a compile error.
    let source = read.source;
    let notes: string[] = [];
    if (request.language === 'python' && isNotebookPath(request.solutionPath)) {
      const nb = notebookToPython(source);
      if (!nb.ok) return this.failLoad(ledger, request.cases, 0, { verdict: 'compile_error', message: nb.message });
      source = nb.source;
      notes = nb.notes;
    }
    const setup = await this.runtimes.prepare(request.problem, request.language, request.solutionPath, source, request.pythonPath);
    if (!setup.ok) {
      if (setup.problem === 'compile') return this.failLoad(ledger, request.cases, 0, { verdict: 'compile_error', message: setup.message, line: setup.line });
      return fail(runError('environment', setup.message, setup.hint));
    }
    const result = await this.runCases(request, ledger, setup.launch, start, hooks);
    return notes.length > 0 ? { ...result, notes } : result;
  }

  /** Runs the cases in order in one harness, started again after a case that killed or hung it. */
  private async runCases(request: RunRequest, ledger: RunLedger, launch: Launch, start: number, hooks: RunHooks): Promise<RunResult> {
    const fail = (message: string): RunResult => errorResult(request.cases, request.language, runError('environment', message), since(start));
    const tempRoot = this.opts.tempRoot ?? os.tmpdir();
    let runDir: string;
    try {
      runDir = await fsp.mkdtemp(path.join(tempRoot, RUN_DIR_PREFIX));
    } catch (err) {
      return fail(`Cannot create a working folder in ${tempRoot}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const runMarker = randomBytes(12).toString('hex');
    const nonce = randomBytes(16).toString('hex');
    hooks.setRunDir(runDir, runMarker);
    // The solution works in `work`; the harness runs from its own copy in `harness`.
    const workDir = path.join(runDir, 'work');
    const harnessCopy = path.join(runDir, 'harness');
    const setupError = await fsp.mkdir(workDir).then(
      async () => (await this.runtimes.installHarness(launch, harnessCopy)) ?? (launch.stage ? await stageFiles(launch.stage, workDir) : undefined),
      (err: unknown) => `Cannot create a working folder in ${runDir}: ${String(err)}`,
    );
    if (setupError !== undefined) {
      await fsp.rm(runDir, { recursive: true, force: true }).catch(() => undefined);
      return fail(setupError);
    }
    const spec = { command: launch.command, args: launch.args(harnessCopy), env: runEnvironment(launch, runMarker, workDir), cwd: workDir, nonce, runMarker, runDir, supervised: launch.supervised };
    const budget = new OutputBudget(this.opts.outputKeepBytes ?? DEFAULT_OUTPUT_LIMIT);
    const messages = new MessageBudget();
    const limits: HarnessLimits = {
      stdoutPerCase: this.opts.outputLimitBytes ?? DEFAULT_OUTPUT_LIMIT,
      stderrPerCase: this.opts.stderrLimitBytes ?? 16 * 1024 * 1024,
      channelMessage: CHANNEL_MESSAGE_LIMIT,
      drainMs: this.opts.drainMs ?? 150,
    };
    const cases = request.cases;
    const timeMs = request.problem.limits?.timeMs ?? DEFAULT_LIMITS.timeMs;
    const memoryMb = request.problem.limits?.memoryMb ?? DEFAULT_LIMITS.memoryMb;
    const loadTimeoutMs = Math.max(this.opts.loadTimeoutMs ?? 10_000, timeMs);
    const stop: StopLimits = { timeMs, memoryMb, stdoutBytes: limits.stdoutPerCase };

    let proc: HarnessProcess | undefined;
    let checker: CheckerProcess | undefined;
    try {
      if (request.problem.checker !== undefined) {
        // Started before any solution code runs: it reads its files while they are the pack's.
        const made = await this.startChecker(request, runDir, timeMs, memoryMb);
        if (typeof made === 'string') return fail(made);
        checker = made;
      }
      for (let k = 0; k < cases.length; k++) {
        if (hooks.cancelled()) break;
        // Arguments that do not decode are the case's fault, not the solution's: never sent.
        const badInput = caseInputProblem(cases[k].args, cases[k].calls);
        if (badInput !== undefined) {
          ledger.emit(k, caseResult(cases[k], { verdict: 'not_run', message: `not run: the case's input is invalid: ${badInput}` }));
          continue;
        }
        if (!proc) {
          proc = new HarnessProcess(spec, budget, limits, this.log, this.scanner, messages);
          hooks.setCurrent(proc);
          proc.start(launch.init);
          if (proc.spawnError) return fail(`Cannot start ${launch.command}: ${proc.spawnError.message}`);
          const load = await this.awaitLoad(proc, loadTimeoutMs, k, cases.length, stop);
          if (hooks.cancelled()) break;
          const spawnError = (proc as HarnessProcess).spawnError;
          if (spawnError) return fail(`Cannot start ${launch.command}: ${spawnError.message}`);
          if (load) {
            await proc.kill();
            if (launch.warm && (proc.exitCode === RELAY_UNREACHABLE || !this.runtimes.warm.isAlive(launch.warm.socket))) {
              // The run never reached the warm parent (gone, or the hand-over failed): the same run, cold.
              this.log('judge: the warm interpreter is gone; running cold');
              proc = undefined;
              hooks.setCurrent(undefined);
              return await this.runCases(request, ledger, launch.warm.cold, start, hooks);
            }
            return this.failLoad(ledger, cases, k, load, proc.takeOutput(), launch.runtime);
          }
        }
        const outcome = await this.runCase(proc, request, k, stop);
        if (checker && (outcome.result.verdict === 'pass' || outcome.result.verdict === 'wrong_answer') && cases[k].expected !== undefined && !hooks.cancelled()) {
          outcome.result = await this.askChecker(checker, cases[k], outcome.result);
        }
        ledger.emit(k, outcome.result);
        if (outcome.restart) {
          await proc.kill();
          proc = undefined;
          hooks.setCurrent(undefined);
        }
      }
    } finally {
      checker?.kill();
      if (proc) await proc.kill();
      hooks.setCurrent(undefined);
      killRunProcesses({ marker: runMarker, runDir }, this.scanner);
      await fsp.rm(runDir, { recursive: true, force: true, maxRetries: 3 }).catch((err: unknown) => this.log(`judge: could not remove ${runDir}: ${String(err)}`));
    }
    return ledger.finish({ runtime: launch.runtime });
  }

  /** The problem's checker process, started in the run's folder; a string says why it cannot run. */
  private async startChecker(request: RunRequest, runDir: string, timeMs: number, memoryMb: number): Promise<CheckerProcess | string> {
    const rel = request.problem.checker as string;
    const found = await this.runtimes.locatePython(request.pythonPath);
    if (!found.ok) return `This problem is judged by its checker (${rel}), which needs Python: ${found.message}`;
    try {
      const file = await resolveInside(request.problem.dir, rel);
      const runner = await installCheckerRunner(this.opts.harnessDir, path.join(runDir, 'checker'));
      const cwd = path.join(runDir, 'checker', 'work');
      await fsp.mkdir(cwd);
      const checker = new CheckerProcess({ python: found.python.executable, file, runner, cwd, memoryMb, fileSizeBytes: FILE_SIZE_LIMIT, timeMs });
      const failed = await checker.start();
      if (failed) {
        checker.kill();
        return `The problem's checker (${rel}) cannot run: ${'error' in failed ? failed.error : 'it did not start'}`;
      }
      return checker;
    } catch (err) {
      return `The problem's checker (${rel}) cannot be used: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  /** The checker's verdict on a value the solution returned (its failure is never a pass). */
  private async askChecker(checker: CheckerProcess, c: TestCase, result: CaseResult): Promise<CaseResult> {
    const answer = await checker.check(c.calls ?? c.args, c.expected, result.actual);
    const decided: CaseResult = { ...result };
    delete decided.message;
    if (answer.ok) decided.verdict = 'pass';
    else if ('message' in answer) {
      decided.verdict = 'wrong_answer';
      decided.message = answer.message;
    } else {
      decided.verdict = 'not_run';
      decided.message = `not judged: the problem's checker failed (${answer.error})`;
    }
    return decided;
  }

  /** Records a failed load before case `k` and ends the run. */
  private failLoad(ledger: RunLedger, cases: readonly TestCase[], k: number, load: LoadFailure, output?: CaseOutput, runtime?: string): RunResult {
    const { results, compileError } = loadFailed(cases, k, load, output);
    results.forEach((r, j) => ledger.emit(k + j, r));
    return ledger.finish({ ...(compileError ? { compileError } : {}), ...(runtime !== undefined ? { runtime } : {}) });
  }

  /** Waits for the solution to load: undefined once it is ready, else why it failed. */
  private async awaitLoad(proc: HarnessProcess, loadTimeoutMs: number, k: number, n: number, stop: StopLimits): Promise<LoadFailure | undefined> {
    const deadline = performance.now() + loadTimeoutMs;
    for (;;) {
      const ev = await proc.next(deadline - performance.now());
      switch (ev.type) {
        case 'message':
          if (ev.msg.t === 'ready') return undefined;
          if (ev.msg.t === 'load_error') return loadErrorFailure(ev.msg, stop.memoryMb ?? DEFAULT_LIMITS.memoryMb);
          continue;
        case 'exit':
          return proc.memoryReport ? loadStopped('memory', loadTimeoutMs, withMemory(stop, proc)) : describeExit(proc.exitFacts, k, n, true);
        default:
          await proc.kill();
          return loadStopped(ev.type === 'limit' ? ev.what : ev.type, loadTimeoutMs, withMemory(stop, proc));
      }
    }
  }

  /** Runs case `k`; `restart` when the harness cannot take the next case. */
  private async runCase(proc: HarnessProcess, req: RunRequest, k: number, stop: StopLimits): Promise<{ result: CaseResult; restart: boolean }> {
    const { timeMs } = stop;
    const memoryMb = stop.memoryMb ?? DEFAULT_LIMITS.memoryMb;
    const c = req.cases[k];
    const n = req.cases.length;
    if (proc.hasExited) {
      // Died between cases (e.g. a thread of the previous case called os._exit).
      const { verdict, message } = proc.memoryReport ? caseStopped('memory', 0, withMemory(stop, proc)) : describeExit(proc.exitFacts, k, n, false);
      return { result: caseResult(c, message !== undefined ? { verdict, message } : { verdict }, proc.takeOutput()), restart: true };
    }
    const t0 = performance.now();
    proc.send({ t: 'case', i: k, args: c.args, ...(c.calls ? { calls: c.calls } : {}), ...(c.seed !== undefined ? { seed: c.seed } : {}) });
    const deadline = t0 + timeMs;
    for (;;) {
      const ev = await proc.next(deadline - performance.now());
      const elapsed = Math.round(performance.now() - t0);
      switch (ev.type) {
        case 'message': {
          const m = ev.msg;
          if (m.t !== 'result' || m.i !== k) continue;
          const timeUsed = performance.now() - t0;
          // Wait for the markers that close this case's output (normally already there).
          await proc.waitFor(() => proc.isDrained || (proc.stdout.ready > 0 && proc.stderr.ready > 0), MARKER_GRACE_MS);
          const output = proc.takeOutput();
          return { result: caseResult(c, decideResult(m, c, req.problem, memoryMb, Math.round(timeUsed * 10) / 10), output), restart: needsRestart(m) };
        }
        case 'exit': {
          const output = proc.takeOutput();
          const died = proc.memoryReport ? caseStopped('memory', elapsed, withMemory(stop, proc)) : describeExit(proc.exitFacts, k, n, false);
          return { result: caseResult(c, { ...died, timeMs: elapsed }, output), restart: true };
        }
        default: {
          await proc.kill();
          const stopped = caseStopped(ev.type === 'limit' ? ev.what : ev.type, elapsed, withMemory(stop, proc));
          return { result: caseResult(c, stopped, proc.takeOutput()), restart: true };
        }
      }
    }
  }
}

/** The limits with what the supervisor measured, when it killed the process set for its memory. */
function withMemory(stop: StopLimits, proc: HarnessProcess): StopLimits {
  return proc.memoryReport ? { ...stop, memory: proc.memoryReport } : stop;
}
