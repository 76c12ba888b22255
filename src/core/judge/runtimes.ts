// What a run needs before any process starts, per language: the solution's code (TypeScript and
// ES-module JavaScript turned into CommonJS), the interpreter (Python: found and probed once,
// with the packages the problem requires) and the command line of the harness; and the
// environment every judged process gets.
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodingProblem } from '../problems/schema';
import { DEFAULT_LIMITS } from '../problems/schema';
import type { Language } from '../vocabulary';
import type { HarnessInit } from './harnessProtocol';
import { MARKER_VAR } from './procs';
import type { PythonLookup } from './python';
import { PythonLocator } from './python';
import { toCommonJs } from './transpile';

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

/** The environment of one run's harness: marked (to find escaped processes), temp files in its folder. */
export function runEnvironment(launch: Launch, runMarker: string, runDir: string): NodeJS.ProcessEnv {
  const temp: Record<string, string> = process.platform === 'win32' ? { TEMP: runDir, TMP: runDir } : { TMPDIR: runDir };
  return minimalEnv({ ...launch.env, [MARKER_VAR]: runMarker, ...temp });
}

/** How to start the harness for one run. */
export interface Launch {
  command: string;
  args: string[];
  env: Record<string, string>;
  init: HarnessInit;
  /** Interpreter used (Python) or runtime (Node), for the "ran with" line. */
  runtime: string;
}

/** The machine lacks something the run needs (an interpreter, a package, a file). */
export interface EnvironmentProblem {
  problem: 'environment';
  message: string;
  hint?: string;
}

/** Why a run cannot start: the environment, or a solution that does not compile. */
export type SetupProblem = EnvironmentProblem | { problem: 'compile'; message: string; line?: number };

export interface RuntimeOptions {
  /** Folder with harness.py and harness.js. */
  harnessDir: string;
  /** Explicit interpreter (setting / flag); otherwise python3 → python (→ py -3). */
  pythonPath?: string;
  /** Node executable for JavaScript / TypeScript (default process.execPath). */
  nodePath?: string;
  /** Python: the recursion limit a solution may set (default 100000). */
  recursionCap?: number;
}

function environment(message: string, hint?: string): EnvironmentProblem {
  return hint === undefined ? { problem: 'environment', message } : { problem: 'environment', message, hint };
}

export class Runtimes {
  /** Interpreter and module probes, cached for the lifetime of the judge. */
  private readonly python = new PythonLocator(() => minimalEnv());

  constructor(private readonly opts: RuntimeOptions) {}

  /** The Python interpreter runs use unless a run names its own. */
  findPython(): Promise<PythonLookup> {
    return this.python.locate(this.opts.pythonPath);
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
    const harness = path.join(this.opts.harnessDir, language === 'python' ? 'harness.py' : 'harness.js');
    try {
      await fsp.access(harness);
    } catch {
      return { ok: false, ...environment(`The judge's harness is missing: ${harness}.`, 'Reinstall the extension.') };
    }
    return { ok: true, source };
  }

  /**
   * The command line and init message of the harness. JavaScript/TypeScript is turned into
   * CommonJS first (so a syntax error is a compile error even where the language is not offered).
   * `pythonPath` is this run's own interpreter, if any.
   */
  async prepare(problem: CodingProblem, language: Language, solutionPath: string, source: string, pythonPath?: string): Promise<{ ok: true; launch: Launch } | ({ ok: false } & SetupProblem)> {
    const memoryMb = problem.limits?.memoryMb ?? DEFAULT_LIMITS.memoryMb;
    if (language === 'python') {
      const found = await this.python.locate(pythonPath ?? this.opts.pythonPath);
      if (!found.ok) return { ok: false, ...environment(found.message, found.hint) };
      const { executable, version, source: foundAs } = found.python;
      for (const mod of problem.requires ?? []) {
        if (!(await this.python.hasModule(found.python, mod))) {
          return {
            ok: false,
            ...environment(
              `This problem needs the Python package "${mod}", which ${executable} (Python ${version}, found as ${foundAs}) cannot import.`,
              `Install it for that interpreter (\`${executable} -m pip install ${mod}\`), or point \`mlprep.pythonPath\` (CLI: \`--python PATH\`) at a Python that has it.`,
            ),
          };
        }
      }
      const init: HarnessInit = { path: solutionPath, source, entry: problem.languages.python.entry, memoryMb, recursionCap: this.opts.recursionCap ?? 100_000 };
      const launch: Launch = { command: executable, args: ['-u', '-B', path.join(this.opts.harnessDir, 'harness.py')], env: {}, init, runtime: `Python ${version} (${executable})` };
      return { ok: true, launch };
    }
    const commonJs = await toCommonJs(source, solutionPath, language);
    if (!commonJs.ok) return { ok: false, problem: 'compile', message: commonJs.message, ...(commonJs.line !== undefined ? { line: commonJs.line } : {}) };
    const ts = problem.languages.typescript;
    if (!ts) return { ok: false, ...environment(`"${problem.title}" has no JavaScript/TypeScript version; solve it in Python.`) };
    return {
      ok: true,
      launch: {
        command: this.opts.nodePath ?? process.execPath,
        args: [`--max-old-space-size=${memoryMb}`, path.join(this.opts.harnessDir, 'harness.js')],
        env: { ELECTRON_RUN_AS_NODE: '1' },
        init: { path: solutionPath, source: commonJs.code, entry: ts.entry },
        runtime: `Node ${process.versions.node}`,
      },
    };
  }
}
