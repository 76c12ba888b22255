// One harness process: spawn, private channel on fd 3, captured stdout/stderr, the supervisor's
// status pipe on fd 4 (Linux), exit with a drain timeout, and killing of its whole tree.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { OutputBudget } from './capture';
import { StreamCapture, segmentText } from './capture';
import type { MemoryReport, MessageBudget } from './channel';
import { LineReader, parseStatusLine } from './channel';
import type { HarnessInit, HarnessMessage, JudgeToHarness } from './harnessProtocol';
import { parseHarnessMessage } from './harnessProtocol';
import { parseExactJson } from '../problems/exactJson';
import type { ProcessScanner } from './procs';
import { killRunProcesses } from './procs';
import type { CaseOutput, ExitFacts, LimitKind } from './verdicts';

export interface HarnessSpec {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Secret of this run: prefixes every channel message and forms the output markers. */
  nonce: string;
  /** Value of the marker variable in `env` (for finding escaped processes). */
  runMarker: string;
  runDir: string;
  /** The command is the supervisor, which reports on fd 4. */
  supervised: boolean;
}

export interface HarnessLimits {
  /** Bytes one case may write to stdout before `output_limit`. */
  stdoutPerCase: number;
  /** Bytes one case may write to stderr before `output_limit` (stderr is capped, not judged, below this). */
  stderrPerCase: number;
  /** Largest channel message (a returned value) in bytes. */
  channelMessage: number;
  /** How long to wait for pipes to close after the process exited. */
  drainMs: number;
}

export type HarnessEvent =
  | { type: 'message'; msg: HarnessMessage }
  | { type: 'exit' }
  | { type: 'limit'; what: LimitKind }
  | { type: 'abort' }
  | { type: 'timeout' };

export class HarnessProcess {
  readonly stdout: StreamCapture;
  readonly stderr: StreamCapture;
  private child: ChildProcess | undefined;
  private readonly queue: HarnessEvent[] = [];
  private waiter: ((ev: HarnessEvent) => void) | undefined;
  private readonly watchers = new Set<() => void>();
  private readonly channelReader: LineReader;
  private readonly statusReader: LineReader;
  private readonly prefix: Buffer;
  /** The supervisor killed the process set for its memory. */
  memoryReport: MemoryReport | undefined;
  private limitSent = false;
  private exitSeen = false;
  private drained = false;
  exitCode: number | null = null;
  exitSignal: NodeJS.Signals | null = null;
  spawnError: Error | undefined;
  private closeWaiters: (() => void)[] = [];

  constructor(
    private readonly spec: HarnessSpec,
    budget: OutputBudget,
    private readonly limits: HarnessLimits,
    private readonly log: (msg: string) => void,
    private readonly scanner: ProcessScanner,
    private readonly messages: MessageBudget,
  ) {
    this.channelReader = new LineReader(limits.channelMessage, (line) => this.onLine(line), () => this.limit('oversize'));
    this.statusReader = new LineReader(4096, (line) => this.onStatus(line), () => undefined);
    const marker = Buffer.from(`\x1e${spec.nonce}\x1f`, 'latin1');
    this.prefix = Buffer.from(`${spec.nonce} `, 'latin1');
    this.stdout = new StreamCapture(marker, budget, (n) => {
      if (n > limits.stdoutPerCase) this.limit('stdout');
    });
    this.stderr = new StreamCapture(marker, budget, (n) => {
      if (n > limits.stderrPerCase) this.limit('stderr');
    });
  }

  /** Starts the process and sends the init message. */
  start(init: HarnessInit): void {
    const detached = process.platform !== 'win32';
    let child: ChildProcess;
    try {
      child = spawn(this.spec.command, this.spec.args, {
        cwd: this.spec.cwd,
        env: this.spec.env,
        stdio: this.spec.supervised ? ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe', 'pipe'],
        detached,
        windowsHide: true,
      });
    } catch (err) {
      this.spawnError = err instanceof Error ? err : new Error(String(err));
      this.exitSeen = true;
      this.drained = true;
      this.push({ type: 'exit' });
      return;
    }
    this.child = child;
    const status = this.spec.supervised ? (child.stdio[4] as Readable | null | undefined) : undefined;
    let open = this.spec.supervised ? 4 : 3;
    const closed = (): void => {
      open--;
      if (open === 0 && this.exitSeen) this.finishExit();
    };
    child.stdout?.on('data', (d: Buffer) => {
      this.stdout.push(d);
      this.changed();
    });
    child.stderr?.on('data', (d: Buffer) => {
      this.stderr.push(d);
      this.changed();
    });
    const channel = child.stdio[3] as (Readable & Writable) | null | undefined;
    channel?.on('data', (d: Buffer) => this.channelReader.push(d));
    channel?.on('error', () => undefined);
    status?.on('data', (d: Buffer) => this.statusReader.push(d));
    const streams = this.spec.supervised ? [child.stdout, child.stderr, channel, status] : [child.stdout, child.stderr, channel];
    for (const s of streams) {
      if (!s) {
        closed();
        continue;
      }
      let done = false;
      const once = (): void => {
        if (done) return;
        done = true;
        closed();
      };
      s.on('end', once);
      s.on('close', once);
      s.on('error', once);
    }
    child.on('error', (err) => {
      this.spawnError = err;
      if (!this.exitSeen) {
        this.exitSeen = true;
        this.finishExit();
      }
    });
    child.on('exit', (code, sig) => {
      this.exitCode = code;
      this.exitSignal = sig;
      this.exitSeen = true;
      for (const w of this.closeWaiters) w();
      this.closeWaiters = [];
      if (open === 0) this.finishExit();
      else setTimeout(() => this.finishExit(), this.limits.drainMs).unref();
    });
    this.send({ ...init, t: 'init', nonce: this.spec.nonce });
  }

  private finishExit(): void {
    if (this.drained) return;
    this.drained = true;
    // A grandchild may still hold the pipes open: stop listening to them.
    this.child?.stdout?.destroy();
    this.child?.stderr?.destroy();
    const channel = this.child?.stdio[3] as (Readable & Writable) | null | undefined;
    channel?.destroy();
    if (this.spec.supervised) (this.child?.stdio[4] as Readable | null | undefined)?.destroy();
    this.stdout.end();
    this.stderr.end();
    this.push({ type: 'exit' });
    this.changed();
  }

  private onStatus(line: Buffer): void {
    const report = parseStatusLine(line);
    if (!report) return;
    this.memoryReport = report;
    this.limit('memory');
  }

  private onLine(line: Buffer): void {
    // Anything not prefixed with the run's nonce (e.g. bytes a solution wrote to an inherited fd)
    // is ignored.
    if (line.length <= this.prefix.length || !line.subarray(0, this.prefix.length).equals(this.prefix)) return;
    // Counted before it is parsed: a solution that knows the nonce can send anything.
    const refused = this.messages.admit(line, this.prefix.length);
    if (refused) {
      this.limit(refused);
      return;
    }
    let msg: unknown;
    try {
      // Whole floats a Python solution returns (`3.0`) keep their type for display and comparison.
      msg = parseExactJson(line.subarray(this.prefix.length).toString('utf8'));
    } catch {
      this.log('judge: ignored a malformed channel message');
      return;
    }
    // A message the judge does not know is dropped here, as if it had never come.
    const known = parseHarnessMessage(msg);
    if (known) this.push({ type: 'message', msg: known });
  }

  private limit(what: LimitKind): void {
    if (this.limitSent) return;
    this.limitSent = true;
    this.push({ type: 'limit', what });
  }

  private push(ev: HarnessEvent): void {
    const w = this.waiter;
    if (w) {
      this.waiter = undefined;
      w(ev);
    } else {
      this.queue.push(ev);
    }
  }

  /** Delivers an abort to whoever waits. */
  abort(): void {
    this.push({ type: 'abort' });
  }

  /** Next event, or `timeout` after `ms`. */
  next(ms: number): Promise<HarnessEvent> {
    const ev = this.queue.shift();
    if (ev) return Promise.resolve(ev);
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => {
          if (this.waiter === deliver) this.waiter = undefined;
          resolve({ type: 'timeout' });
        },
        Math.max(0, ms),
      );
      const deliver = (e: HarnessEvent): void => {
        clearTimeout(timer);
        resolve(e);
      };
      this.waiter = deliver;
    });
  }

  private changed(): void {
    for (const w of [...this.watchers]) w();
  }

  /** Resolves true once `pred()` holds (checked on every output or exit), false after `ms`. */
  waitFor(pred: () => boolean, ms: number): Promise<boolean> {
    if (pred()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const check = (): void => {
        if (pred()) {
          clearTimeout(timer);
          this.watchers.delete(check);
          resolve(true);
        }
      };
      const timer = setTimeout(() => {
        this.watchers.delete(check);
        resolve(pred());
      }, ms);
      this.watchers.add(check);
    });
  }

  /** What the current case wrote to stdout and stderr (up to its marker), decoded and capped. */
  takeOutput(): CaseOutput {
    const o = segmentText(this.stdout.take());
    const e = segmentText(this.stderr.take());
    return { stdout: o.text, stderr: e.text, truncated: o.truncated || e.truncated };
  }

  /** How the process ended, as far as can be seen from outside. */
  get exitFacts(): ExitFacts {
    return { stderrTail: this.stderr.tail(), signal: this.exitSignal, code: this.exitCode };
  }

  get hasExited(): boolean {
    return this.exitSeen;
  }

  get isDrained(): boolean {
    return this.drained;
  }

  send(obj: JudgeToHarness): void {
    const channel = this.child?.stdio[3] as Writable | null | undefined;
    if (!channel || this.exitSeen || channel.destroyed) return;
    try {
      channel.write(JSON.stringify(obj) + '\n');
    } catch (err) {
      this.log(`judge: cannot write to the harness: ${String(err)}`);
    }
  }

  /** Kills the harness and everything it started (synchronously on POSIX). */
  killTree(): void {
    const pid = this.child?.pid;
    killRunProcesses(
      { rootPid: pid !== undefined && !this.exitSeen ? pid : undefined, marker: this.spec.runMarker, runDir: this.spec.runDir },
      this.scanner,
    );
    if (this.child && !this.exitSeen) {
      try {
        this.child.kill('SIGKILL');
      } catch {
        // gone
      }
    }
  }

  /** `killTree`, then waits up to `ms` for the exit to be observed so that no zombie remains. */
  async kill(ms = 2000): Promise<void> {
    this.killTree();
    if (!this.child || this.exitSeen) {
      this.finishExit();
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.closeWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.finishExit();
  }
}
