// Warm parents for Python runs (Linux): one long-lived `warm.py` per interpreter and set of
// required modules, which has imported the harness's modules and the problem's packages (numpy,
// pandas) and never runs a solution. A run then starts only a small relay (`python -I -S
// relay.py`) that hands its streams to the warm parent, which forks a fresh child for the run
// from its clean state (see media/harness/warm.py). Where that cannot work — no fork (Windows,
// macOS without the supervisor), a parent that does not start or died — runs start cold, as
// before. A parent that died is started again for a later run.
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Files of media/harness a warm parent runs from (its own copy in a private folder). */
export const WARM_FILES = ['warm.py', 'relay.py'] as const;
/** The relay a warm run starts, and the exit code with which it says the parent was unreachable. */
export const RELAY = 'relay.py';
export const RELAY_UNREACHABLE = 75;

/** How long a parent may take to import its modules and listen before runs go cold. */
const START_TIMEOUT_MS = 30_000;

interface Parent {
  child: ChildProcess;
  socket: string;
  dir: string;
  ready: Promise<boolean>;
  alive: boolean;
}

export interface WarmOptions {
  harnessDir: string;
  env: () => NodeJS.ProcessEnv;
  log?: (msg: string) => void;
}

/** A Unix socket path longer than this cannot be bound (sun_path is 108 bytes with its NUL). */
const SOCKET_PATH_MAX = 100;

export class WarmParents {
  private readonly parents = new Map<string, Parent>();
  private disposed = false;
  /** Parents started so far (tests and benchmarks check the warm path was used). */
  started = 0;

  constructor(private readonly opts: WarmOptions) {}

  /** Whether this platform can run warm at all. */
  static supported(): boolean {
    return process.platform === 'linux';
  }

  /**
   * The socket of a ready warm parent for `executable` with `modules` imported, starting one if
   * needed; undefined when none can be had (the run then starts cold).
   */
  async socketFor(executable: string, modules: readonly string[]): Promise<string | undefined> {
    if (this.disposed || !WarmParents.supported()) return undefined;
    const key = JSON.stringify([executable, [...modules].sort()]);
    let parent = this.parents.get(key);
    if (parent && !parent.alive) {
      this.parents.delete(key);
      parent = undefined;
    }
    if (!parent) {
      parent = await this.start(executable, [...modules].sort());
      if (!parent) return undefined;
      this.parents.set(key, parent);
    }
    return (await parent.ready) && parent.alive ? parent.socket : undefined;
  }

  /** Whether the parent behind `socket` is still there (a run that could not reach it goes cold). */
  isAlive(socket: string): boolean {
    for (const p of this.parents.values()) if (p.socket === socket) return p.alive;
    return false;
  }

  private async start(executable: string, modules: string[]): Promise<Parent | undefined> {
    let dir: string;
    try {
      // A private (0700) folder of the OS temp folder: only this user can reach the socket, and its
      // path stays short enough to bind (a run's own temp folder may be long).
      dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'mlprep-warm-'));
      for (const name of WARM_FILES) await fsp.copyFile(path.join(this.opts.harnessDir, name), path.join(dir, name));
    } catch (err) {
      this.opts.log?.(`warm interpreter: cannot prepare its folder: ${String(err)}`);
      return undefined;
    }
    const socket = path.join(dir, 'warm.sock');
    if (Buffer.byteLength(socket) > SOCKET_PATH_MAX) {
      this.opts.log?.(`warm interpreter: the socket path ${socket} is too long; runs start cold`);
      await fsp.rm(dir, { recursive: true, force: true }).catch(() => undefined);
      return undefined;
    }
    let child: ChildProcess;
    try {
      child = spawn(executable, ['-u', '-B', path.join(dir, 'warm.py'), socket, ...modules], { cwd: dir, env: this.opts.env(), stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (err) {
      this.opts.log?.(`warm interpreter: cannot start ${executable}: ${String(err)}`);
      return undefined;
    }
    this.started++;
    const parent: Parent = { child, socket, dir, alive: true, ready: Promise.resolve(false) };
    parent.ready = new Promise<boolean>((resolve) => {
      let out = '';
      const timer = setTimeout(() => {
        this.opts.log?.(`warm interpreter: ${executable} did not get ready in ${START_TIMEOUT_MS} ms`);
        resolve(false);
        this.stop(parent);
      }, START_TIMEOUT_MS);
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString('utf8');
        if (out.includes('ready\n')) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      child.stderr?.on('data', (d: Buffer) => this.opts.log?.(`warm interpreter: ${d.toString('utf8').trim()}`));
      const gone = (why: string): void => {
        clearTimeout(timer);
        if (parent.alive) this.opts.log?.(`warm interpreter (${executable}) ended: ${why}`);
        parent.alive = false;
        resolve(false);
        void fsp.rm(dir, { recursive: true, force: true }).catch(() => undefined);
      };
      child.on('error', (err) => gone(err.message));
      child.on('exit', (code, signal) => gone(signal ? `signal ${signal}` : `exit ${String(code)}`));
    });
    // Its stdin is how it knows the judge is alive: closed by dispose, or by the judge's exit.
    child.stdin?.on('error', () => undefined);
    child.unref();
    (child.stdout as unknown as { unref?: () => void } | null)?.unref?.();
    (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
    (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    return parent;
  }

  private stop(p: Parent): void {
    p.alive = false;
    try {
      p.child.stdin?.end();
    } catch {
      // already closed
    }
    try {
      p.child.kill('SIGTERM');
    } catch {
      // already gone
    }
  }

  /** The pids of the running parents (tests check none is left behind). */
  pids(): number[] {
    return [...this.parents.values()].filter((p) => p.alive && p.child.pid !== undefined).map((p) => p.child.pid as number);
  }

  /** Stops every parent (its forked runs die with it). */
  dispose(): void {
    this.disposed = true;
    for (const p of this.parents.values()) this.stop(p);
    this.parents.clear();
  }
}
