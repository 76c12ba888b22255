// What a run needs before any process starts, per language: the solution's code (TypeScript and
// ES-module JavaScript turned into CommonJS), the interpreter (Python: found and probed once,
// with the packages the problem requires) and the command line of the harness; and the
// environment every judged process gets.
//
// On Linux every harness runs below media/harness/supervisor.py (a Python process that never
// runs the solution): it is the subreaper of everything the solution starts, sets the file-size
// limit and sums the memory of the whole process set. JavaScript runs supervised when a Python 3
// interpreter is found, and unsupervised (heap limit only) otherwise. The harness files are
// copied into a folder of the run, so that no command line or path a solution can see leads to
// the extension's folder and its problem pack.
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodingProblem } from '../problems/schema';
import { DEFAULT_LIMITS } from '../problems/schema';
import type { Language } from '../vocabulary';
import type { HarnessInit } from './harnessProtocol';
import { MARKER_VAR } from './procs';
import type { PythonInterpreter, PythonLookup } from './python';
import { PythonLocator } from './python';
import { toCommonJs } from './transpile';
import { DatasetCache, defaultDataCacheDir, generatorDir } from './datasets';
import { isNotebookPath } from './notebook';
import { SQL_ENTRY, SQL_RUNNER, sqlModuleSource } from './sql';
import { RELAY, WarmParents } from './warm';

/** Language of a solution file from its extension. */
export function languageFromPath(p: string): Language | undefined {
  const ext = path.extname(p).toLowerCase();
  if (ext === '.py' || isNotebookPath(p)) return 'python';
  if (ext === '.sql') return 'sql';
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

/** The environment of one run's harness: marked (to find escaped processes), temp files in its folder. */
export function runEnvironment(launch: Launch, runMarker: string, runDir: string): NodeJS.ProcessEnv {
  const temp: Record<string, string> = process.platform === 'win32' ? { TEMP: runDir, TMP: runDir } : { TMPDIR: runDir };
  return minimalEnv({ ...launch.env, [MARKER_VAR]: runMarker, ...temp });
}

/** Bytes a judged process may write to any one file (RLIMIT_FSIZE). */
export const FILE_SIZE_LIMIT = 64 * 1024 * 1024;
/** The supervisor script of media/harness. */
export const SUPERVISOR = 'supervisor.py';
const MiB = 1024 * 1024;

/** Whether runs on this platform go through the supervisor. */
export function supervisedPlatform(): boolean {
  return process.platform === 'linux';
}

/** How to start the harness for one run. */
export interface Launch {
  command: string;
  /** The command's arguments, given the folder that holds the run's copies of `files`. */
  args(harnessCopy: string): string[];
  /** The files of the harness folder the run needs. */
  files: readonly string[];
  /** The supervisor stands between the judge and the harness (its status pipe is fd 4). */
  supervised: boolean;
  env: Record<string, string>;
  init: HarnessInit;
  /** Interpreter used (Python) or runtime (Node), for the "ran with" line. */
  runtime: string;
  /** Files copied (read-only) into the run's working folder before the harness starts: the problem's data. */
  stage?: readonly { from: string; name: string }[];
  /** A warm run: the socket of its warm parent, and the cold launch to use when that parent is gone. */
  warm?: { socket: string; cold: Launch };
}

/** The machine lacks something the run needs (an interpreter, a package, a file). */
export interface EnvironmentProblem {
  problem: 'environment';
  message: string;
  hint?: string;
}

/** Why a run cannot start: the environment, or a solution that does not compile. */
export type SetupProblem = EnvironmentProblem | { problem: 'compile'; message: string; line?: number };

/** An interpreter and the required modules it lacks, or why there is none. */
export type PythonInspection = { ok: true; python: PythonInterpreter; missing: string[] } | { ok: false; message: string; hint: string };

export interface RuntimeOptions {
  /** Folder with harness.py and harness.js. */
  harnessDir: string;
  /** Explicit interpreter (setting / flag); otherwise python3 → python (→ py -3). */
  pythonPath?: string;
  /** Node executable for JavaScript / TypeScript (default process.execPath). */
  nodePath?: string;
  /** Python: the recursion limit a solution may set (default 100000). */
  recursionCap?: number;
  /** Where generated datasets are cached (default: a folder of the OS temp folder). */
  dataCacheDir?: string;
  /**
   * Python runs fork from a warm parent that has the problem's packages imported (Linux; see
   * warm.ts). Read at every run (a setting may change it). Default off: the CLI and the bank gate
   * run cold, the extension turns it on (`mlprep.judge.warmInterpreter`).
   */
  warmInterpreter?: boolean | (() => boolean);
}

function environment(message: string, hint?: string): EnvironmentProblem {
  return hint === undefined ? { problem: 'environment', message } : { problem: 'environment', message, hint };
}

export class Runtimes {
  /** Interpreter and module probes, cached for the lifetime of the judge. */
  private readonly python = new PythonLocator(() => minimalEnv());
  /** Contents of the harness files, read once. */
  private readonly harnessFiles = new Map<string, Promise<Buffer>>();
  private readonly datasets: DatasetCache;
  /** Warm parents of Python runs (used when `warmInterpreter` is on). */
  readonly warm: WarmParents;

  constructor(private readonly opts: RuntimeOptions & { log?: (msg: string) => void }) {
    this.datasets = new DatasetCache(opts.dataCacheDir ?? defaultDataCacheDir(), () => minimalEnv());
    this.warm = new WarmParents({ harnessDir: opts.harnessDir, env: () => minimalEnv(), ...(opts.log ? { log: opts.log } : {}) });
  }

  private warmWanted(): boolean {
    const w = this.opts.warmInterpreter;
    return (typeof w === 'function' ? w() : w === true) && WarmParents.supported();
  }

  /** Stops the warm parents. */
  dispose(): void {
    this.warm.dispose();
  }

  /** The Python interpreter runs use unless a run names its own. */
  /** The interpreter for a run with this run's own interpreter setting, if any (checkers use it). */
  locatePython(pythonPath?: string): Promise<PythonLookup> {
    return this.python.locate(pythonPath ?? this.opts.pythonPath);
  }

  findPython(): Promise<PythonLookup> {
    return this.python.locate(this.opts.pythonPath);
  }

  /**
   * The interpreter a run with `pythonPath` would use (the options' one when absent) and which of
   * `modules` it cannot import — probed as the runs do (`-I`-style isolation, an empty folder).
   */
  async inspectPython(pythonPath: string | undefined, modules: readonly string[]): Promise<PythonInspection> {
    const found = await this.python.locate(pythonPath ?? this.opts.pythonPath);
    if (!found.ok) return found;
    const missing: string[] = [];
    for (const mod of modules) if (!(await this.python.hasModule(found.python, mod))) missing.push(mod);
    return { ok: true, python: found.python, missing };
  }

  /** The solution's text (without a byte-order mark), once the harness for its language is known to be there. */
  async readSolution(solutionPath: string, language: Language): Promise<{ ok: true; source: string } | ({ ok: false } & EnvironmentProblem)> {
    let source: string;
    try {
      source = await fsp.readFile(solutionPath, 'utf8');
      if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
    } catch (err) {
      return { ok: false, ...environment(`Cannot read the solution file ${solutionPath}: ${err instanceof Error ? err.message : String(err)}`) };
    }
    const needed = [language === 'python' || language === 'sql' ? 'harness.py' : 'harness.js', ...(language === 'sql' ? [SQL_RUNNER] : []), ...(supervisedPlatform() ? [SUPERVISOR] : [])];
    for (const name of needed) {
      const harness = path.join(this.opts.harnessDir, name);
      try {
        await fsp.access(harness);
      } catch {
        return { ok: false, ...environment(`The judge's harness is missing: ${harness}.`, 'Reinstall the extension.') };
      }
    }
    return { ok: true, source };
  }

  /** A harness file's contents, read once. */
  private harnessFile(name: string): Promise<Buffer> {
    let text = this.harnessFiles.get(name);
    if (!text) {
      text = fsp.readFile(path.join(this.opts.harnessDir, name));
      this.harnessFiles.set(name, text);
      text.catch(() => this.harnessFiles.delete(name));
    }
    return text;
  }

  /** Copies the harness files a launch needs into `dest` (a folder of the run, not next to any pack). */
  async installHarness(launch: Launch, dest: string): Promise<string | undefined> {
    try {
      await fsp.mkdir(dest, { recursive: true });
      for (const name of launch.files) {
        await fsp.writeFile(path.join(dest, name), await this.harnessFile(name), { mode: 0o600 });
      }
      return undefined;
    } catch (err) {
      return `Cannot prepare the judge's harness in ${dest}: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  /**
   * The command line and init message of the harness. JavaScript/TypeScript is turned into
   * CommonJS first (so a syntax error is a compile error even where the language is not offered).
   * `pythonPath` is this run's own interpreter, if any.
   */
  async prepare(problem: CodingProblem, language: Language, solutionPath: string, source: string, pythonPath?: string): Promise<{ ok: true; launch: Launch } | ({ ok: false } & SetupProblem)> {
    const memoryMb = problem.limits?.memoryMb ?? DEFAULT_LIMITS.memoryMb;
    if (language === 'python' || language === 'sql') {
      const explicit = pythonPath ?? this.opts.pythonPath;
      const requires = language === 'sql' ? [] : (problem.requires ?? []);
      const found = await this.python.locateWith(explicit, requires);
      if (!found.ok) return { ok: false, ...environment(found.message, found.hint) };
      const { executable, version, source: foundAs } = found.python;
      for (const mod of requires) {
        if (!(await this.python.hasModule(found.python, mod))) {
          const others = (found.tried ?? []).filter((t) => t.executable !== executable);
          const alsoTried = others.length > 0 ? ` Also looked at: ${others.map((t) => `${t.executable} (Python ${t.version})`).join(', ')} — none of them imports it either.` : '';
          const explicitNote = explicit && explicit.trim() ? ' (set by `mlprep.pythonPath` / `--python`)' : '';
          return {
            ok: false,
            ...environment(
              `This problem needs the Python package "${mod}", which ${executable} (Python ${version}, found as ${foundAs}${explicitNote}) cannot import.${alsoTried}`,
              `Install it for that interpreter (\`${executable} -m pip install ${mod}\`; on Debian/Ubuntu for /usr/bin/python3: \`sudo apt-get install python3-${mod}\`), or point \`mlprep.pythonPath\` (CLI: \`--python PATH\`) at a Python that has it.`,
            ),
          };
        }
      }
      let stage: { from: string; name: string }[] | undefined;
      if (problem.datasets) {
        const data = await this.datasets.ensure(problem, problem.datasets, executable);
        if (!data.ok) return { ok: false, ...environment(data.message, data.hint) };
        stage = data.files.map((name) => ({ from: path.join(data.dir, name), name }));
        if (problem.datasets.tables !== undefined) stage.push({ from: path.join(generatorDir(problem, problem.datasets), problem.datasets.tables), name: problem.datasets.tables });
      }
      let moduleSource = source;
      let entry: string;
      if (language === 'sql') {
        if (!problem.languages.sql || problem.datasets?.tables === undefined) return { ok: false, ...environment(`"${problem.title}" has no SQL version.`) };
        const runner = await this.harnessFile(SQL_RUNNER).catch(() => undefined);
        if (!runner) return { ok: false, ...environment(`The judge's SQL runner is missing: ${path.join(this.opts.harnessDir, SQL_RUNNER)}.`, 'Reinstall the extension.') };
        moduleSource = sqlModuleSource(runner.toString('utf8'), source, problem.datasets.tables);
        entry = SQL_ENTRY;
      } else {
        if (!problem.languages.python) return { ok: false, ...environment(`"${problem.title}" has no Python version; solve it in SQL.`) };
        entry = problem.languages.python.entry;
      }
      const init: HarnessInit = { path: solutionPath, source: moduleSource, entry, memoryMb, recursionCap: this.opts.recursionCap ?? 100_000, fileSizeBytes: FILE_SIZE_LIMIT };
      if (problem.compare?.dtype === true) init.arrayDtypes = true;
      if (problem.requires?.length) init.preload = [...problem.requires];
      const supervised = supervisedPlatform();
      const args = (dir: string): string[] =>
        supervised ? ['-u', '-B', path.join(dir, SUPERVISOR), String(memoryMb * MiB), String(FILE_SIZE_LIMIT), 'python', path.join(dir, 'harness.py')] : ['-u', '-B', path.join(dir, 'harness.py')];
      const files = supervised ? [SUPERVISOR, 'harness.py'] : ['harness.py'];
      const runtime = language === 'sql' ? `SQLite via Python ${version} (${executable})` : `Python ${version} (${executable})`;
      const launch: Launch = { command: executable, args, files, supervised, env: {}, init, runtime, ...(stage ? { stage } : {}) };
      const socket = supervised && this.warmWanted() ? await this.warm.socketFor(executable, init.preload ?? []) : undefined;
      if (socket) {
        // The relay hands the run to the warm parent, which runs supervisor.py from the run's copy.
        const warmArgs = (dir: string): string[] => ['-I', '-S', path.join(dir, RELAY), socket, path.join(dir, SUPERVISOR), String(memoryMb * MiB), String(FILE_SIZE_LIMIT), 'python', path.join(dir, 'harness.py')];
        return { ok: true, launch: { ...launch, args: warmArgs, files: [RELAY, SUPERVISOR, 'harness.py'], runtime: `${runtime}, warm`, warm: { socket, cold: launch } } };
      }
      return { ok: true, launch };
    }
    const commonJs = await toCommonJs(source, solutionPath, language);
    if (!commonJs.ok) return { ok: false, problem: 'compile', message: commonJs.message, ...(commonJs.line !== undefined ? { line: commonJs.line } : {}) };
    const ts = problem.languages.typescript;
    if (!ts) return { ok: false, ...environment(`"${problem.title}" has no JavaScript/TypeScript version; solve it in Python.`) };
    const node = this.opts.nodePath ?? process.execPath;
    const nodeArgs = (dir: string): string[] => [`--max-old-space-size=${memoryMb}`, path.join(dir, 'harness.js')];
    const common = { env: { ELECTRON_RUN_AS_NODE: '1' }, init: { path: solutionPath, source: commonJs.code, entry: ts.entry }, runtime: `Node ${process.versions.node}` };
    // The supervisor is a Python script: without a Python 3, JavaScript runs under the heap limit alone.
    const python = supervisedPlatform() ? await this.python.locate(pythonPath ?? this.opts.pythonPath) : undefined;
    if (!python?.ok) return { ok: true, launch: { command: node, args: nodeArgs, files: ['harness.js'], supervised: false, ...common } };
    const args = (dir: string): string[] => ['-I', '-S', path.join(dir, SUPERVISOR), String(memoryMb * MiB), String(FILE_SIZE_LIMIT), 'exec', node, ...nodeArgs(dir)];
    return { ok: true, launch: { command: python.python.executable, args, files: [SUPERVISOR, 'harness.js'], supervised: true, ...common } };
  }
}
