// A problem's own checker (`"checker": "checker.py"`, `check(args, expected, actual) -> bool | str`)
// for problems with many right answers. It runs in a Python process of its own, started in an
// empty folder of the run (never the solution's process, which could otherwise fake it), under
// the problem's memory limit, the file-size limit and the case time limit; its process group is
// killed after the run. The judge sends one case at a time and reads one line back.
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { minimalEnv } from './runtimes';

/** Longest line the checker may answer with. */
const ANSWER_LIMIT = 64 * 1024;

export type CheckerAnswer = { ok: true } | { ok: false; message: string } | { ok: false; error: string };

export interface CheckerSpec {
  python: string;
  /** The checker's file (inside its problem folder, already resolved). */
  file: string;
  /** The runner media/harness/checker.py. */
  runner: string;
  /** An empty folder for the checker's working directory. */
  cwd: string;
  memoryMb: number;
  fileSizeBytes: number;
  timeMs: number;
}

export class CheckerProcess {
  private child: ChildProcess | undefined;
  private buffer = '';
  private waiting: ((line: string | undefined) => void) | undefined;
  private readonly lines: string[] = [];
  private closed = false;
  private ready: Promise<CheckerAnswer | undefined> | undefined;

  constructor(private readonly spec: CheckerSpec) {}

  /** Asks the checker about one case; starts (or restarts) its process as needed. */
  async check(args: unknown[], expected: unknown, actual: unknown): Promise<CheckerAnswer> {
    const failed = await this.start();
    if (failed) return failed;
    const child = this.child as ChildProcess;
    child.stdin?.write(JSON.stringify({ args, expected, actual }) + '\n');
    const line = await this.nextLine(this.spec.timeMs);
    if (line === undefined) {
      this.kill();
      return { ok: false, error: this.closed ? 'the checker process ended without an answer' : `the checker took longer than ${this.spec.timeMs} ms` };
    }
    return parseAnswer(line);
  }

  /** Starts the process; resolves with the reason when it cannot load the checker. */
  start(): Promise<CheckerAnswer | undefined> {
    if (this.ready && this.child && !this.closed) return this.ready;
    this.closed = false;
    this.buffer = '';
    this.lines.length = 0;
    const s = this.spec;
    const child = spawn(s.python, ['-I', '-B', s.runner, s.file, String(s.memoryMb * 1024 * 1024), String(s.fileSizeBytes)], {
      cwd: s.cwd,
      env: minimalEnv(),
      stdio: ['pipe', 'pipe', 'ignore'],
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    this.child = child;
    child.on('error', () => this.onClose());
    child.on('close', () => this.onClose());
    child.stdin?.on('error', () => undefined);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      this.buffer += chunk;
      if (this.buffer.length > ANSWER_LIMIT && !this.buffer.includes('\n')) {
        this.kill();
        return;
      }
      let nl: number;
      while ((nl = this.buffer.indexOf('\n')) >= 0) {
        this.lines.push(this.buffer.slice(0, nl));
        this.buffer = this.buffer.slice(nl + 1);
      }
      this.flush();
    });
    this.ready = (async () => {
      const line = await this.nextLine(Math.max(10_000, s.timeMs));
      if (line === undefined) {
        this.kill();
        return { ok: false as const, error: 'the checker did not start' };
      }
      const answer = parseAnswer(line);
      return 'error' in answer ? (this.kill(), answer) : undefined;
    })();
    return this.ready;
  }

  private onClose(): void {
    this.closed = true;
    this.flush();
  }

  private flush(): void {
    if (!this.waiting) return;
    if (this.lines.length > 0) {
      const w = this.waiting;
      this.waiting = undefined;
      w(this.lines.shift());
    } else if (this.closed) {
      const w = this.waiting;
      this.waiting = undefined;
      w(undefined);
    }
  }

  private nextLine(ms: number): Promise<string | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        resolve(undefined);
      }, ms);
      this.waiting = (line) => {
        clearTimeout(timer);
        resolve(line);
      };
      this.flush();
    });
  }

  /** Kills the checker's process group. */
  kill(): void {
    const child = this.child;
    this.child = undefined;
    this.ready = undefined;
    if (!child || child.pid === undefined) return;
    try {
      if (process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

function parseAnswer(line: string): CheckerAnswer {
  try {
    const o = JSON.parse(line) as { ok?: unknown; message?: unknown; error?: unknown; ready?: unknown };
    if (o.ready === true || o.ok === true) return { ok: true };
    if (typeof o.error === 'string') return { ok: false, error: o.error };
    return { ok: false, message: typeof o.message === 'string' ? o.message : 'rejected by the checker' };
  } catch {
    return { ok: false, error: 'the checker answered something that is not JSON' };
  }
}

/** Copies the runner into `dir` (the run's own folder) and returns its path. */
export async function installCheckerRunner(harnessDir: string, dir: string): Promise<string> {
  await fsp.mkdir(dir, { recursive: true });
  const dest = path.join(dir, 'checker.py');
  await fsp.copyFile(path.join(harnessDir, 'checker.py'), dest);
  return dest;
}
