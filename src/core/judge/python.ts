// Finding a Python 3 interpreter: explicit path (setting `mlprep.pythonPath` / CLI `--python`)
// → `python3` → `python` (→ `py -3` on Windows). A problem that requires modules (pandas) gets
// the first of those, then of the system interpreters (`/usr/bin/python3`), that imports them
// all (`locateWith`): a version manager's `python3` without pandas does not hide a system Python
// that has it. Each candidate is probed once: it must run,
// be Python 3.7+, and not be the Windows Store alias. Whether a module (numpy) imports is probed
// separately on demand. Results are cached per interpreter for the lifetime of the locator.
//
// A probe imports nothing from where the editor or the CLI happens to run: it starts with `-E`
// (no PYTHONPATH / PYTHONHOME) in an empty temporary folder and drops the current folder from
// `sys.path` before anything else. User site-packages stay visible, as they are to the runs
// (a `pip install --user numpy` must count as installed).
import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface PythonInterpreter {
  /** Absolute path of the interpreter binary (sys.executable), used for every run. */
  executable: string;
  /** e.g. "3.11.7" */
  version: string;
  /** How it was found, for messages: "python3", "/usr/bin/python3.12", "py -3". */
  source: string;
}

export type PythonLookup = { ok: true; python: PythonInterpreter } | { ok: false; message: string; hint: string };

export const PYTHON_SETTING_HINT =
  'Set the `mlprep.pythonPath` setting (CLI: `--python PATH`) to a Python 3 interpreter, or select one with the Python extension.';

/** First statement of every probe: nothing is imported from the current folder. */
const NO_CWD = "import sys; sys.path[:] = [p for p in sys.path if p not in ('', '.')]; ";
const PROBE = NO_CWD + "sys.stdout.write('MLPREP-PROBE %d %d %d|%s\\n' % (sys.version_info[0], sys.version_info[1], sys.version_info[2], sys.executable))";

interface ProbeOutput {
  error?: NodeJS.ErrnoException;
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export function runProbe(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number, cwd?: string): Promise<ProbeOutput> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let done = false;
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, ...(cwd !== undefined ? { cwd } : {}) });
    } catch (err) {
      resolve({ error: err as NodeJS.ErrnoException, code: null, stdout, stderr, timedOut: false });
      return;
    }
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      child.kill('SIGKILL');
      resolve({ code: null, stdout, stderr, timedOut: true });
    }, timeoutMs);
    child.stdout?.on('data', (d: Buffer) => {
      if (stdout.length < 65536) stdout += d.toString('utf8');
    });
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 65536) stderr += d.toString('utf8');
    });
    child.on('error', (err) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ error: err, code: null, stdout, stderr, timedOut: false });
    });
    child.on('close', (code) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut: false });
    });
  });
}

/** Runs a probe with `-E` in an empty temporary folder that is removed afterwards. */
async function isolatedProbe(command: string, args: string[], code: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<ProbeOutput> {
  let dir: string | undefined;
  try {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'mlprep-probe-'));
  } catch {
    // no temp folder: the root folder holds no module either
    dir = undefined;
  }
  try {
    return await runProbe(command, [...args, '-E', '-c', code], env, timeoutMs, dir ?? path.parse(process.cwd()).root);
  } finally {
    if (dir !== undefined) await fsp.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

function isStoreAlias(out: ProbeOutput, command: string): boolean {
  const text = out.stdout + out.stderr;
  return out.code === 9009 || /Microsoft Store|App execution aliases|WindowsApps/i.test(text) || /WindowsApps/i.test(command);
}

type CandidateResult = { ok: true; python: PythonInterpreter } | { ok: false; notFound: boolean; reason: string };

export class PythonLocator {
  private readonly cache = new Map<string, Promise<CandidateResult>>();
  private readonly modules = new Map<string, Promise<boolean>>();

  /**
   * @param env environment for the probes (the judge's minimal run environment, so that what the
   *   probe finds is what a run finds)
   */
  constructor(
    private readonly env: () => NodeJS.ProcessEnv,
    private readonly platform: NodeJS.Platform = process.platform,
    private readonly probeTimeoutMs = 15_000,
    /** Interpreters by absolute path that module picking also looks at. */
    private readonly systemPythons: readonly string[] = platform === 'win32' ? [] : ['/usr/bin/python3'],
  ) {}

  private candidates(): { command: string; args: string[]; source: string }[] {
    const list: { command: string; args: string[]; source: string }[] = [
      { command: 'python3', args: [], source: 'python3' },
      { command: 'python', args: [], source: 'python' },
    ];
    if (this.platform === 'win32') list.push({ command: 'py', args: ['-3'], source: 'py -3' });
    return list;
  }

  private probe(command: string, args: string[], source: string): Promise<CandidateResult> {
    const key = `${command}\0${args.join('\0')}`;
    let p = this.cache.get(key);
    if (!p) {
      p = this.probeUncached(command, args, source);
      this.cache.set(key, p);
      // Only answers that found an interpreter are kept: after an install, the next run looks again.
      void p.then((r) => {
        if (!r.ok) this.cache.delete(key);
      });
    }
    return p;
  }

  private async probeUncached(command: string, args: string[], source: string): Promise<CandidateResult> {
    const out = await isolatedProbe(command, args, PROBE, this.env(), this.probeTimeoutMs);
    if (out.error) {
      const notFound = out.error.code === 'ENOENT' || out.error.code === 'EACCES' || out.error.code === 'ENOTDIR';
      return { ok: false, notFound, reason: notFound ? `\`${source}\` was not found` : `\`${source}\` could not be started (${out.error.message})` };
    }
    if (this.platform === 'win32' && isStoreAlias(out, command)) {
      return { ok: false, notFound: true, reason: `\`${source}\` is the Windows Store alias, not an installed Python` };
    }
    if (out.timedOut) return { ok: false, notFound: false, reason: `\`${source}\` did not answer within ${Math.round(this.probeTimeoutMs / 1000)} s` };
    const m = /MLPREP-PROBE (\d+) (\d+) (\d+)\|(.*)/.exec(out.stdout);
    if (!m) {
      const said = (out.stderr || out.stdout).trim().split('\n').slice(-2).join(' ').slice(0, 300);
      if (/print|SyntaxError/.test(said) || /Python 2\./.test(said)) return { ok: false, notFound: false, reason: `\`${source}\` is not Python 3 (${said})` };
      return { ok: false, notFound: false, reason: `\`${source}\` did not run as a Python interpreter${said ? ` (${said})` : ''}` };
    }
    const [major, minor, micro] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const version = `${major}.${minor}.${micro}`;
    if (major < 3) return { ok: false, notFound: false, reason: `\`${source}\` is Python ${version}; the judge needs Python 3` };
    if (major === 3 && minor < 7) return { ok: false, notFound: false, reason: `\`${source}\` is Python ${version}; the judge needs Python 3.7 or newer` };
    const executable = m[4].trim() || command;
    return { ok: true, python: { executable, version, source } };
  }

  /** Finds the interpreter to use; `explicit` (a setting or flag) is used alone when given. */
  async locate(explicit?: string): Promise<PythonLookup> {
    if (explicit && explicit.trim()) {
      const r = await this.probe(explicit.trim(), [], explicit.trim());
      if (r.ok) return r;
      return {
        ok: false,
        message: `The configured Python interpreter cannot be used: ${r.reason}.`,
        hint: 'Fix the `mlprep.pythonPath` setting (CLI: `--python PATH`) so that it names a Python 3 interpreter, or clear it to use `python3` from PATH.',
      };
    }
    const reasons: string[] = [];
    for (const c of this.candidates()) {
      const r = await this.probe(c.command, c.args, c.source);
      if (r.ok) return r;
      reasons.push(r.reason);
    }
    return {
      ok: false,
      message: `No Python 3 interpreter was found: ${reasons.join('; ')}.`,
      hint: `Install Python 3 (python.org or your package manager) and put it on PATH, or ${PYTHON_SETTING_HINT.charAt(0).toLowerCase()}${PYTHON_SETTING_HINT.slice(1)}`,
    };
  }

  /**
   * The interpreter for a problem that needs `modules`: the explicit one alone when given;
   * otherwise the first discovered interpreter that imports every module, else the first one
   * found (the caller reports what it lacks, with `tried` naming every interpreter looked at).
   */
  async locateWith(explicit: string | undefined, modules: readonly string[]): Promise<PythonLookup & { tried?: PythonInterpreter[] }> {
    if (modules.length === 0 || (explicit && explicit.trim())) return this.locate(explicit);
    const found: PythonInterpreter[] = [];
    for (const c of [...this.candidates(), ...this.systemPythons.map((p) => ({ command: p, args: [], source: p }))]) {
      const r = await this.probe(c.command, c.args, c.source);
      if (!r.ok || found.some((f) => f.executable === r.python.executable)) continue;
      found.push(r.python);
      let all = true;
      for (const m of modules) if (!(await this.hasModule(r.python, m))) all = false;
      if (all) return { ok: true, python: r.python, tried: found };
    }
    if (found.length === 0) return this.locate(undefined);
    return { ok: true, python: found[0], tried: found };
  }

  /** Whether `import <module>` works in this interpreter (cached). */
  hasModule(python: PythonInterpreter, module: string): Promise<boolean> {
    const key = `${python.executable}\0${module}`;
    let p = this.modules.get(key);
    if (!p) {
      p = isolatedProbe(python.executable, [], `${NO_CWD}import ${module}`, this.env(), this.probeTimeoutMs).then((o) => !o.error && !o.timedOut && o.code === 0);
      this.modules.set(key, p);
      void p.then((ok) => {
        if (!ok) this.modules.delete(key);
      });
    }
    return p;
  }
}
