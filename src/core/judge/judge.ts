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
import type { JudgeVerdict, Language } from '../vocabulary';
import { randomBytes } from 'node:crypto';
import { promises as fsp, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CodingProblem, NuanceId, TestCase } from '../problems/schema';
import { DEFAULT_LIMITS } from '../problems/schema';
import { OutputBudget, segmentText } from './capture';
import { compareValues, mergeCompareOptions } from './compare';
import type { HarnessEvent, HarnessLimits } from './harnessProcess';
import { HarnessProcess } from './harnessProcess';
import { MARKER_VAR, ProcessScanner, RUN_DIR_PREFIX, killRunProcesses } from './procs';
import type { PythonInterpreter } from './python';
import { PythonLocator } from './python';
import { toCommonJs } from './transpile';


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

export interface JudgeOptions {
  /** Folder with harness.py and harness.js. */
  harnessDir: string;
  /** Explicit interpreter (setting / flag); otherwise python3 → python (→ py -3). */
  pythonPath?: string;
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
  /** Python: the recursion limit a solution may set (default 100000). */
  recursionCap?: number;
  /** Node executable for JavaScript / TypeScript (default process.execPath). */
  nodePath?: string;
}

export const DEFAULT_OUTPUT_LIMIT = 1024 * 1024;
const MARKER_GRACE_MS = 250;

/** Language of a solution file from its extension. */
export function languageFromPath(p: string): Language | undefined {
  const ext = path.extname(p).toLowerCase();
  if (ext === '.py') return 'python';
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') return 'javascript';
  if (ext === '.ts' || ext === '.mts' || ext === '.cts') return 'typescript';
  return undefined;
}

/** The environment of a run: nothing of the editor's, only what interpreters need. */
export function minimalEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const src = process.env;
  const env: NodeJS.ProcessEnv = {};
  const pathVar = src.PATH ?? src.Path ?? src.path;
  if (pathVar !== undefined) env.PATH = pathVar;
  env.HOME = src.HOME ?? os.homedir();
  env.LANG = 'C.UTF-8';
  env.LC_ALL = 'C.UTF-8';
  env.PYTHONIOENCODING = 'utf-8';
  env.PYTHONDONTWRITEBYTECODE = '1';
  env.OPENBLAS_NUM_THREADS = '1';
  env.OMP_NUM_THREADS = '1';
  env.MKL_NUM_THREADS = '1';
  if (process.platform === 'win32') {
    for (const k of ['SYSTEMROOT', 'SystemRoot', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'PATHEXT', 'COMSPEC', 'WINDIR']) {
      const v = src[k];
      if (v !== undefined) env[k.toUpperCase()] = v;
    }
  }
  return { ...env, ...extra };
}

interface ActiveRun {
  abort(reason: string): void;
  killNow(): void;
  done: Promise<unknown>;
}

type LoadOutcome = { ok: true } | { ok: false; verdict: JudgeVerdict; message: string; line?: number; traceback?: string };

interface Prepared {
  command: string;
  args: string[];
  env: Record<string, string>;
  init: Record<string, unknown>;
  runtime: string;
}

function errorResult(req: RunRequest, kind: RunError['kind'], message: string, hint: string | undefined, start: number): RunResult {
  const cases = req.cases.map((c) => notRun(c, kind === 'cancelled' ? 'not run: the run was cancelled' : 'not run'));
  const error: RunError = hint === undefined ? { kind, message } : { kind, message, hint };
  return { verdict: 'error', passed: 0, total: req.cases.length, durationMs: Math.round(performance.now() - start), cases, error, language: req.language };
}

function notRun(c: TestCase, message: string): CaseResult {
  const r: CaseResult = { index: c.index, name: c.name, hidden: c.hidden, verdict: 'not_run', timeMs: 0, message, stdout: '', stderr: '' };
  if (c.nuance !== undefined) r.nuance = c.nuance;
  if (c.expected !== undefined) r.expected = c.expected;
  return r;
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

export class Judge {
  private readonly python: PythonLocator;
  private pythonPath: string | undefined;
  private readonly active = new Set<ActiveRun>();
  private disposed = false;
  private readonly log: (msg: string) => void;
  private readonly scanner = new ProcessScanner();

  constructor(private readonly opts: JudgeOptions) {
    this.pythonPath = opts.pythonPath;
    this.log = opts.log ?? (() => undefined);
    this.python = new PythonLocator(() => minimalEnv());
  }

  /** Changes the explicit interpreter (e.g. after the setting changed). */
  setPythonPath(p: string | undefined): void {
    this.pythonPath = p;
  }

  /** Finds the Python interpreter runs would use (for status displays); cached. */
  async findPython(): Promise<{ ok: true; python: PythonInterpreter } | { ok: false; message: string; hint: string }> {
    return this.python.locate(this.pythonPath);
  }

  /** Forgets cached interpreter / module probes. */
  clearCaches(): void {
    this.python.clear();
  }

  /** Kills every running process tree and refuses further runs. Synchronous. */
  dispose(): void {
    this.disposed = true;
    for (const run of [...this.active]) {
      run.abort('the judge was disposed');
      run.killNow();
    }
  }

  async run(req: RunRequest): Promise<RunResult> {
    const start = performance.now();
    if (this.disposed) return errorResult(req, 'cancelled', 'The judge is shut down.', undefined, start);
    // One run at a time per Judge: a new run cancels the previous one and waits for its cleanup.
    const previous = [...this.active];
    for (const run of previous) run.abort('a newer run started');
    await Promise.all(previous.map((r) => r.done.catch(() => undefined)));
    if (this.disposed) return errorResult(req, 'cancelled', 'The judge is shut down.', undefined, start);

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

  private async prepare(req: RunRequest, start: number, solutionSource: string): Promise<Prepared | RunResult> {
    const { problem } = req;
    const memoryMb = problem.limits?.memoryMb ?? DEFAULT_LIMITS.memoryMb;
    if (req.language === 'python') {
      const entry = problem.languages.python.entry;
      const found = await this.python.locate(req.pythonPath ?? this.pythonPath);
      if (!found.ok) return errorResult(req, 'environment', found.message, found.hint, start);
      for (const mod of problem.requires ?? []) {
        if (!(await this.python.hasModule(found.python, mod))) {
          return errorResult(
            req,
            'environment',
            `This problem needs the Python package "${mod}", which ${found.python.executable} (Python ${found.python.version}, found as ${found.python.source}) cannot import.`,
            `Install it for that interpreter (\`${found.python.executable} -m pip install ${mod}\`), or point \`mlprep.pythonPath\` (CLI: \`--python PATH\`) at a Python that has it.`,
            start,
          );
        }
      }
      return {
        command: found.python.executable,
        args: ['-u', '-B', path.join(this.opts.harnessDir, 'harness.py')],
        env: {},
        init: { path: req.solutionPath, source: solutionSource, entry, memoryMb, recursionCap: this.opts.recursionCap ?? 100_000 },
        runtime: `Python ${found.python.version} (${found.python.executable})`,
      };
    }
    const ts = problem.languages.typescript;
    if (!ts) {
      return errorResult(req, 'environment', `"${problem.title}" has no JavaScript/TypeScript version; solve it in Python.`, undefined, start);
    }
    return {
      command: this.opts.nodePath ?? process.execPath,
      args: [`--max-old-space-size=${memoryMb}`, path.join(this.opts.harnessDir, 'harness.js')],
      env: { ELECTRON_RUN_AS_NODE: '1' },
      init: { path: req.solutionPath, source: solutionSource, entry: ts.entry },
      runtime: `Node ${process.versions.node}`,
    };
  }

  private async runInner(
    req: RunRequest,
    start: number,
    hooks: { setCurrent(p: HarnessProcess | undefined): void; setRunDir(d: string, marker: string): void; cancelled(): string | undefined },
  ): Promise<RunResult> {
    const solutionPath = path.resolve(req.solutionPath);
    const request: RunRequest = { ...req, solutionPath };
    let source: string;
    try {
      source = await fsp.readFile(solutionPath, 'utf8');
      if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
    } catch (err) {
      return errorResult(request, 'environment', `Cannot read the solution file ${solutionPath}: ${err instanceof Error ? err.message : String(err)}`, undefined, start);
    }
    for (const file of [request.language === 'python' ? 'harness.py' : 'harness.js']) {
      try {
        await fsp.access(path.join(this.opts.harnessDir, file));
      } catch {
        return errorResult(request, 'environment', `The judge's harness is missing: ${path.join(this.opts.harnessDir, file)}.`, 'Reinstall the extension.', start);
      }
    }
    const cancelledEarly = hooks.cancelled();
    if (cancelledEarly) return errorResult(request, 'cancelled', `Cancelled: ${cancelledEarly}.`, undefined, start);

    const cases = request.cases;
    const results: (CaseResult | undefined)[] = new Array(cases.length).fill(undefined);
    const emit = (k: number, r: CaseResult): void => {
      results[k] = r;
      try {
        request.onCase?.(r);
      } catch (err) {
        this.log(`judge: onCase failed: ${String(err)}`);
      }
    };
    const finish = (extra: Partial<RunResult> = {}): RunResult => {
      const list = cases.map((c, i) => results[i] ?? notRun(c, 'not run'));
      const passed = list.filter((r) => r.verdict === 'pass').length;
      const cancelled = hooks.cancelled();
      const base: RunResult = {
        verdict: cancelled ? 'error' : passed === list.length && list.length > 0 ? 'pass' : 'fail',
        passed,
        total: list.length,
        durationMs: Math.round(performance.now() - start),
        cases: list,
        language: request.language,
        ...extra,
      };
      if (cancelled) base.error = { kind: 'cancelled', message: `Cancelled: ${cancelled}.` };
      return base;
    };

    // TypeScript and ES-module JavaScript are turned into CommonJS here, before any process starts.
    if (request.language !== 'python') {
      const t = await toCommonJs(source, solutionPath, request.language);
      if (!t.ok) return this.loadFailed(request, results, emit, finish, 0, { ok: false, verdict: 'compile_error', message: t.message, line: t.line });
      source = t.code;
    }
    const prepared = await this.prepare(request, start, source);
    if ('verdict' in prepared) return prepared;

    const tempRoot = this.opts.tempRoot ?? os.tmpdir();
    let runDir: string;
    try {
      runDir = await fsp.mkdtemp(path.join(tempRoot, RUN_DIR_PREFIX));
    } catch (err) {
      return errorResult(request, 'environment', `Cannot create a working folder in ${tempRoot}: ${err instanceof Error ? err.message : String(err)}`, undefined, start);
    }
    const runMarker = randomBytes(12).toString('hex');
    const nonce = randomBytes(16).toString('hex');
    hooks.setRunDir(runDir, runMarker);
    const env = minimalEnv({ ...prepared.env, [MARKER_VAR]: runMarker, ...(process.platform === 'win32' ? { TEMP: runDir, TMP: runDir } : { TMPDIR: runDir }) });
    const budget = new OutputBudget(this.opts.outputKeepBytes ?? DEFAULT_OUTPUT_LIMIT);
    const limits: HarnessLimits = {
      stdoutPerCase: this.opts.outputLimitBytes ?? DEFAULT_OUTPUT_LIMIT,
      stderrPerCase: this.opts.stderrLimitBytes ?? 16 * 1024 * 1024,
      channelMessage: 256 * 1024 * 1024,
      drainMs: this.opts.drainMs ?? 150,
    };
    const timeMs = request.problem.limits?.timeMs ?? DEFAULT_LIMITS.timeMs;
    const memoryMb = request.problem.limits?.memoryMb ?? DEFAULT_LIMITS.memoryMb;
    const loadTimeoutMs = Math.max(this.opts.loadTimeoutMs ?? 10_000, timeMs);
    const spec = { command: prepared.command, args: prepared.args, env, cwd: runDir, nonce, runMarker, runDir };

    let proc: HarnessProcess | undefined;
    try {
      for (let k = 0; k < cases.length; k++) {
        if (hooks.cancelled()) break;
        if (!proc) {
          proc = new HarnessProcess(spec, budget, limits, this.log, this.scanner);
          hooks.setCurrent(proc);
          proc.start(prepared.init);
          if (proc.spawnError) {
            return errorResult(request, 'environment', `Cannot start ${prepared.command}: ${proc.spawnError.message}`, undefined, start);
          }
          const load = await this.awaitLoad(proc, loadTimeoutMs, k, cases.length, memoryMb);
          if (hooks.cancelled()) break;
          const spawnError = (proc as HarnessProcess).spawnError;
          if (spawnError) {
            return errorResult(request, 'environment', `Cannot start ${prepared.command}: ${spawnError.message}`, undefined, start);
          }
          if (!load.ok) {
            await proc.kill();
            const seg = this.segments(proc);
            return this.loadFailed(request, results, emit, (extra) => finish({ ...extra, runtime: prepared.runtime }), k, load, seg);
          }
        }
        const outcome = await this.runCase(proc, request, k, timeMs, memoryMb);
        emit(k, outcome.result);
        if (outcome.restart) {
          await proc.kill();
          proc = undefined;
          hooks.setCurrent(undefined);
        }
      }
    } finally {
      if (proc) await proc.kill();
      hooks.setCurrent(undefined);
      killRunProcesses({ marker: runMarker, runDir }, this.scanner);
      await fsp.rm(runDir, { recursive: true, force: true, maxRetries: 3 }).catch((err: unknown) => this.log(`judge: could not remove ${runDir}: ${String(err)}`));
    }
    return finish({ runtime: prepared.runtime });
  }

  private segments(proc: HarnessProcess): { stdout: string; stderr: string; truncated: boolean } {
    const o = segmentText(proc.stdout.take());
    const e = segmentText(proc.stderr.take());
    return { stdout: o.text, stderr: e.text, truncated: o.truncated || e.truncated };
  }

  private loadFailed(
    req: RunRequest,
    results: (CaseResult | undefined)[],
    emit: (k: number, r: CaseResult) => void,
    finish: (extra?: Partial<RunResult>) => RunResult,
    k: number,
    load: LoadOutcome & { ok: false },
    output: { stdout: string; stderr: string; truncated: boolean } = { stdout: '', stderr: '', truncated: false },
  ): RunResult {
    const c = req.cases[k];
    if (c) {
      const r: CaseResult = { index: c.index, name: c.name, hidden: c.hidden, verdict: load.verdict, timeMs: 0, message: load.message, stdout: output.stdout, stderr: output.stderr };
      if (c.nuance !== undefined) r.nuance = c.nuance;
      if (c.expected !== undefined) r.expected = c.expected;
      if (load.line !== undefined) r.line = load.line;
      if (load.traceback !== undefined) r.traceback = load.traceback;
      if (output.truncated) r.truncated = true;
      emit(k, r);
    }
    const why = load.verdict === 'compile_error' ? 'not run: the solution did not compile' : 'not run: the solution failed while loading';
    for (let j = k + 1; j < req.cases.length; j++) if (!results[j]) emit(j, notRun(req.cases[j], why));
    const extra: Partial<RunResult> = {};
    if (load.verdict === 'compile_error') extra.compileError = load.line !== undefined ? { message: load.message, line: load.line } : { message: load.message };
    return finish(extra);
  }

  private async awaitLoad(proc: HarnessProcess, loadTimeoutMs: number, k: number, n: number, memoryMb: number): Promise<LoadOutcome> {
    const deadline = performance.now() + loadTimeoutMs;
    for (;;) {
      const ev = await proc.next(deadline - performance.now());
      switch (ev.type) {
        case 'message': {
          const m = ev.msg;
          if (m.t === 'ready') return { ok: true };
          if (m.t !== 'load_error') continue;
          const base = { message: str(m.message) ?? 'the solution failed to load', line: num(m.line), traceback: str(m.traceback) };
          if (m.kind === 'memory') return { ok: false, verdict: 'memory_limit', ...base, message: `${base.message} (memory limit ${memoryMb} MB, while loading)` };
          if (m.kind === 'exit') return { ok: false, verdict: 'compile_error', ...base, message: `the solution called sys.exit(${str(m.code) ?? ''}) while loading` };
          return { ok: false, verdict: 'compile_error', ...base };
        }
        case 'timeout':
          await proc.kill();
          return { ok: false, verdict: 'time_limit', message: `loading the solution took longer than ${Math.round(loadTimeoutMs / 1000)} s` };
        case 'limit':
          await proc.kill();
          return { ok: false, verdict: 'output_limit', message: 'the solution printed more than the output limit while loading' };
        case 'abort':
          await proc.kill();
          return { ok: false, verdict: 'not_run', message: 'not run: the run was cancelled' };
        case 'exit': {
          const crash = this.describeExit(proc, k, n, true);
          return { ok: false, verdict: crash.verdict, message: crash.message, line: crash.line };
        }
      }
    }
  }

  /** Explains why the harness died while it owed a result. */
  private describeExit(proc: HarnessProcess, k: number, n: number, loading: boolean): { verdict: JudgeVerdict; message: string; line?: number } {
    const tail = proc.stderr.tail();
    const sig = proc.exitSignal;
    const code = proc.exitCode;
    const when = loading ? `while loading, before case ${k + 1} of ${n}` : `before case ${k + 1} of ${n} returned`;
    if (/JavaScript heap out of memory|Reached heap limit|Allocation failed - JavaScript heap/.test(tail)) {
      return { verdict: 'memory_limit', message: `the JavaScript heap ran out of memory ${when}` };
    }
    if (/Fatal Python error: .*(MemoryError|Cannot allocate memory)/.test(tail) || (sig === 'SIGABRT' && /MemoryError|std::bad_alloc/.test(tail))) {
      return { verdict: 'memory_limit', message: `the process ran out of memory ${when}` };
    }
    const crashLine = /File "([^"]*)", line (\d+)/.exec(tail);
    const line = crashLine ? Number(crashLine[2]) : undefined;
    // Windows reports crashes as exit codes: 0xC00000FD stack overflow, 0xC0000005 access violation.
    const winCrash = code === 0xc00000fd ? 'stack overflow' : code === 0xc0000005 ? 'access violation' : undefined;
    if (sig === 'SIGSEGV' || sig === 'SIGBUS' || winCrash) {
      return { verdict: 'runtime_error', message: `the process crashed (${sig ?? winCrash}) ${when}: most likely a stack overflow from very deep recursion`, line };
    }
    if (sig) return { verdict: 'runtime_error', message: `the process was killed by signal ${sig} ${when}` };
    return { verdict: 'runtime_error', message: `the solution exited (code ${code ?? '?'}) ${when}` };
  }

  private async runCase(proc: HarnessProcess, req: RunRequest, k: number, timeMs: number, memoryMb: number): Promise<{ result: CaseResult; restart: boolean }> {
    const c = req.cases[k];
    const n = req.cases.length;
    const base = (): CaseResult => {
      const r: CaseResult = { index: c.index, name: c.name, hidden: c.hidden, verdict: 'not_run', timeMs: 0, stdout: '', stderr: '' };
      if (c.nuance !== undefined) r.nuance = c.nuance;
      if (c.expected !== undefined) r.expected = c.expected;
      return r;
    };
    const withOutput = (r: CaseResult): CaseResult => {
      const seg = this.segments(proc);
      r.stdout = seg.stdout;
      r.stderr = seg.stderr;
      if (seg.truncated) r.truncated = true;
      return r;
    };
    if (proc.hasExited) {
      // Died between cases (e.g. a thread of the previous case called os._exit).
      const r = base();
      const d = this.describeExit(proc, k, n, false);
      r.verdict = d.verdict;
      r.message = d.message;
      return { result: withOutput(r), restart: true };
    }
    const t0 = performance.now();
    proc.send({ t: 'case', i: k, args: c.args });
    const deadline = t0 + timeMs;
    for (;;) {
      const ev: HarnessEvent = await proc.next(deadline - performance.now());
      const elapsed = Math.round(performance.now() - t0);
      switch (ev.type) {
        case 'timeout': {
          await proc.kill();
          const r = withOutput(base());
          r.verdict = 'time_limit';
          r.timeMs = elapsed;
          r.message = `exceeded the time limit of ${timeMs} ms`;
          return { result: r, restart: true };
        }
        case 'abort': {
          await proc.kill();
          const r = withOutput(base());
          r.message = 'not run: the run was cancelled';
          return { result: r, restart: true };
        }
        case 'limit': {
          await proc.kill();
          const r = withOutput(base());
          r.verdict = 'output_limit';
          r.timeMs = elapsed;
          r.truncated = true;
          r.message =
            ev.what === 'channel'
              ? 'the returned value is too large to report'
              : `printed more than ${ev.what === 'stdout' ? `${Math.round((this.opts.outputLimitBytes ?? DEFAULT_OUTPUT_LIMIT) / 1024)} KiB to stdout` : 'the stderr limit'} in one case; the process was stopped`;
          return { result: r, restart: true };
        }
        case 'exit': {
          const r = withOutput(base());
          const d = this.describeExit(proc, k, n, false);
          r.verdict = d.verdict;
          r.message = d.message;
          r.timeMs = elapsed;
          if (d.line !== undefined) r.line = d.line;
          return { result: r, restart: true };
        }
        case 'message': {
          const m = ev.msg;
          if (m.t !== 'result' || m.i !== k) continue;
          const timeUsed = performance.now() - t0;
          // Wait for the markers that close this case's output (normally already there).
          await proc.waitFor(() => proc.isDrained || (proc.stdout.ready > 0 && proc.stderr.ready > 0), MARKER_GRACE_MS);
          const r = withOutput(base());
          r.timeMs = Math.round(timeUsed * 10) / 10;
          return { result: this.judgeResult(r, m, c, req, memoryMb), restart: m.ok !== true && m.kind === 'memory' };
        }
      }
    }
  }

  private judgeResult(r: CaseResult, m: Record<string, unknown>, c: TestCase, req: RunRequest, memoryMb: number): CaseResult {
    if (m.ok === true) {
      r.actual = m.value;
      if (c.expected === undefined) {
        r.verdict = 'pass';
        r.message = 'no expected value: ran without error';
        return r;
      }
      const cmp = compareValues(c.expected, m.value, mergeCompareOptions(req.problem.compare, c.compare));
      r.verdict = cmp.equal ? 'pass' : 'wrong_answer';
      if (cmp.message !== undefined) r.message = cmp.message;
      return r;
    }
    const message = str(m.message) ?? 'error';
    const line = num(m.line);
    const traceback = str(m.traceback);
    if (line !== undefined) r.line = line;
    if (traceback !== undefined) r.traceback = traceback;
    switch (m.kind) {
      case 'memory':
        r.verdict = 'memory_limit';
        r.message = `${message} (memory limit ${memoryMb} MB)`;
        break;
      case 'stack':
        r.verdict = 'runtime_error';
        r.message = `${message} (stack overflow: recursion too deep)`;
        break;
      case 'exit':
        r.verdict = 'runtime_error';
        r.message = `the solution called sys.exit(${str(m.code) ?? ''}) during the case`;
        break;
      default:
        r.verdict = 'runtime_error';
        r.message = message;
    }
    return r;
  }
}
