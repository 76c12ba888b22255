// Finding and killing every process a run started, including those that left the process group
// (setsid / start_new_session) or were re-parented.
//
// Linux: processes are found in /proc by (a) descent from the harness (the Python harness is a
// child subreaper, so orphans stay below it), (b) the per-run marker variable in their
// environment, (c) a working directory inside the run's temp folder. Targets are frozen with
// SIGSTOP until the set stops growing (a stopped process cannot fork), then killed with SIGKILL.
// macOS / other POSIX: process group + descendants listed by `ps`.
// Windows: `taskkill /T /F` on the harness (descendants whose parent already exited are not found).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

export const MARKER_VAR = 'MLPREP_RUN';
/** Run folders are `<temp>/mlprep-run-XXXXXX`. */
export const RUN_DIR_PREFIX = 'mlprep-run-';

interface ProcEntry {
  pid: number;
  ppid: number;
  state: string;
  /** Start time in clock ticks since boot: (pid, start) identifies a process across pid reuse. */
  start: string;
}

const statBuf = Buffer.alloc(4096);

/** Reads a small /proc file into the shared buffer (open/read/close; no fstat). */
function readSmall(file: string, buf: Buffer): number {
  const fd = fs.openSync(file, 'r');
  try {
    return fs.readSync(fd, buf, 0, buf.length, 0);
  } finally {
    fs.closeSync(fd);
  }
}

function readProcStat(pid: number): ProcEntry | undefined {
  try {
    const n = readSmall(`/proc/${pid}/stat`, statBuf);
    const text = statBuf.toString('latin1', 0, n);
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // Fields after the command: state(3) ppid(4) ... starttime(22).
    return { pid, state: rest[0], ppid: Number(rest[1]), start: rest[19] };
  } catch {
    return undefined;
  }
}

function listLinux(): ProcEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync('/proc');
  } catch {
    return [];
  }
  const out: ProcEntry[] = [];
  for (const n of names) {
    const c = n.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    const e = readProcStat(Number(n));
    if (e) out.push(e);
  }
  return out;
}

const ANY_MARKER = Buffer.from(`${MARKER_VAR}=`);

/**
 * 'yes': this run's marker; 'other': some run's marker; 'no': none; 'unknown' when the
 * environment cannot be read (kernel threads, a process mid-exec or exiting).
 */
function markerState(pid: number, needle: Buffer): 'yes' | 'other' | 'no' | 'unknown' {
  try {
    const env = fs.readFileSync(`/proc/${pid}/environ`);
    if (env.length === 0) return 'unknown';
    if (env.indexOf(needle) >= 0) return 'yes';
    return env.indexOf(ANY_MARKER) >= 0 ? 'other' : 'no';
  } catch {
    return 'unknown';
  }
}

function readCwd(pid: number): string | undefined {
  try {
    return fs.readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}

function inside(cwd: string | undefined, dir: string): boolean {
  return cwd !== undefined && (cwd === dir || cwd.startsWith(dir + '/'));
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone, or not ours
  }
}

export interface RunProcesses {
  /** The harness process, when it may still be alive. */
  rootPid?: number;
  /** Value of MLPREP_RUN in the run's environment. */
  marker: string;
  /** The run's temp working directory. */
  runDir: string;
}

/**
 * Scans /proc for the processes of a run. Remembers processes it has found to belong to nobody
 * of ours (by pid and start time, so pid reuse is noticed): their environment can never gain a
 * run's marker, so later scans only read their stat line. That keeps a scan cheap on machines
 * with many processes.
 */
export class ProcessScanner {
  private readonly foreign = new Map<number, string>();

  /** Linux: live processes of the run (see file comment). */
  find(run: RunProcesses, extraRoots: Iterable<number> = []): number[] {
    const list = listLinux();
    const byPid = new Map(list.map((e) => [e.pid, e]));
    const keep = protectedPids(byPid);
    const needle = Buffer.from(`${MARKER_VAR}=${run.marker}\0`);
    const roots = new Set<number>(extraRoots);
    if (run.rootPid !== undefined && byPid.has(run.rootPid)) roots.add(run.rootPid);
    const seen = new Set<number>();
    const readable = new Set<number>();
    for (const e of list) {
      seen.add(e.pid);
      if (keep.has(e.pid) || e.state === 'Z' || e.state === 'X') continue;
      if (this.foreign.get(e.pid) === e.start) continue;
      const marked = markerState(e.pid, needle);
      const cwd = readCwd(e.pid);
      if (marked === 'yes' || inside(cwd, run.runDir)) roots.add(e.pid);
      // Remembered as foreign only when it can belong to no run at all (of this or another judge).
      else if (marked === 'no' && cwd !== undefined && !cwd.includes(RUN_DIR_PREFIX)) readable.add(e.pid);
    }
    const children = new Map<number, number[]>();
    for (const e of list) {
      const c = children.get(e.ppid);
      if (c) c.push(e.pid);
      else children.set(e.ppid, [e.pid]);
    }
    const found = new Set<number>();
    const stack = [...roots];
    while (stack.length > 0) {
      const pid = stack.pop() as number;
      if (found.has(pid) || keep.has(pid)) continue;
      const e = byPid.get(pid);
      if (!e || e.state === 'Z' || e.state === 'X') continue;
      found.add(pid);
      for (const c of children.get(pid) ?? []) stack.push(c);
    }
    // Processes whose environment was read and that are not ours are someone else's for good;
    // forget processes that are gone.
    for (const e of list) if (readable.has(e.pid) && !found.has(e.pid)) this.foreign.set(e.pid, e.start);
    for (const pid of this.foreign.keys()) if (!seen.has(pid)) this.foreign.delete(pid);
    return [...found];
  }
}

/** Ancestors of this process (never to be touched). */
function protectedPids(procs: Map<number, ProcEntry>): Set<number> {
  const out = new Set<number>([process.pid, 1]);
  let p = procs.get(process.pid)?.ppid;
  while (p !== undefined && p > 1 && !out.has(p)) {
    out.add(p);
    p = procs.get(p)?.ppid;
  }
  return out;
}

/** Linux: finds every live process of the run with a fresh scanner (tests use it to assert that nothing is left). */
export function findRunProcessesLinux(run: RunProcesses, extraRoots: Iterable<number> = []): number[] {
  return new ProcessScanner().find(run, extraRoots);
}

function killLinux(run: RunProcesses, scanner: ProcessScanner): void {
  const root = run.rootPid;
  if (root !== undefined) signal(-root, 'SIGSTOP');
  let targets = scanner.find(run);
  if (targets.every((p) => p === root)) {
    // The usual case: only the (stopped) harness. One scan is enough.
    if (root !== undefined) {
      signal(-root, 'SIGKILL');
      signal(root, 'SIGKILL');
    }
    return;
  }
  const stopped = new Set<number>();
  for (let round = 0; round < 50; round++) {
    const fresh = targets.filter((p) => !stopped.has(p));
    if (fresh.length === 0) break;
    for (const p of fresh) {
      signal(p, 'SIGSTOP');
      stopped.add(p);
    }
    targets = scanner.find(run, stopped);
  }
  if (root !== undefined) signal(-root, 'SIGKILL');
  for (const p of stopped) signal(p, 'SIGKILL');
  // Anything that slipped through between scans (e.g. forked while we were stopping others).
  for (let round = 0; round < 5; round++) {
    const left = scanner.find({ ...run, rootPid: undefined });
    if (left.length === 0) break;
    for (const p of left) signal(p, 'SIGKILL');
  }
}

function descendantsByPs(root: number): number[] {
  const r = spawnSync('ps', ['-A', '-o', 'pid=', '-o', 'ppid='], { encoding: 'utf8', timeout: 5000 });
  if (r.status !== 0 || !r.stdout) return [];
  const children = new Map<number, number[]>();
  for (const line of r.stdout.split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    if (!pid) continue;
    const c = children.get(ppid);
    if (c) c.push(pid);
    else children.set(ppid, [pid]);
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    for (const c of children.get(p) ?? []) {
      out.push(c);
      stack.push(c);
    }
  }
  return out;
}

/**
 * Kills every process of a run, synchronously on POSIX (usable from `dispose()`).
 * On Windows the harness tree is killed with `taskkill /T /F` (synchronously when `sync`).
 */
export function killRunProcesses(run: RunProcesses, scanner: ProcessScanner = new ProcessScanner(), sync = true): void {
  if (process.platform === 'linux') {
    killLinux(run, scanner);
    return;
  }
  if (process.platform === 'win32') {
    if (run.rootPid === undefined) return;
    const args = ['/pid', String(run.rootPid), '/T', '/F'];
    try {
      if (sync) execFileSync('taskkill', args, { stdio: 'ignore', windowsHide: true, timeout: 10_000 });
      else spawn('taskkill', args, { stdio: 'ignore', windowsHide: true }).on('error', () => undefined);
    } catch {
      // the tree is already gone
    }
    return;
  }
  if (run.rootPid === undefined) return;
  signal(-run.rootPid, 'SIGSTOP');
  const tree = descendantsByPs(run.rootPid);
  signal(-run.rootPid, 'SIGKILL');
  signal(run.rootPid, 'SIGKILL');
  for (const p of tree) signal(p, 'SIGKILL');
}

/** True when the platform lets us find processes that escaped the process group. */
export function canFindEscapedProcesses(): boolean {
  return process.platform === 'linux';
}
