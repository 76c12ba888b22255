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

interface ProcEntry {
  pid: number;
  ppid: number;
  state: string;
}

function readProcStat(pid: number): ProcEntry | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    const close = text.lastIndexOf(')');
    const rest = text.slice(close + 2).split(' ');
    return { pid, state: rest[0], ppid: Number(rest[1]) };
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

function hasMarker(pid: number, needle: Buffer): boolean {
  try {
    const env = fs.readFileSync(`/proc/${pid}/environ`);
    return env.indexOf(needle) >= 0;
  } catch {
    return false;
  }
}

function cwdInside(pid: number, dir: string): boolean {
  try {
    const cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
    return cwd === dir || cwd.startsWith(dir + '/');
  } catch {
    return false;
  }
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

/**
 * Linux: finds every live process of the run (see file comment). Exported for tests, which use it
 * to assert that nothing is left.
 */
export function findRunProcessesLinux(run: RunProcesses, extraRoots: Iterable<number> = []): number[] {
  const list = listLinux();
  const byPid = new Map(list.map((e) => [e.pid, e]));
  const keep = protectedPids(byPid);
  const needle = Buffer.from(`${MARKER_VAR}=${run.marker}\0`);
  const roots = new Set<number>(extraRoots);
  if (run.rootPid !== undefined && byPid.has(run.rootPid)) roots.add(run.rootPid);
  for (const e of list) {
    if (keep.has(e.pid) || e.state === 'Z' || e.state === 'X') continue;
    if (hasMarker(e.pid, needle) || cwdInside(e.pid, run.runDir)) roots.add(e.pid);
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
  return [...found];
}

function killLinux(run: RunProcesses): number {
  const stopped = new Set<number>();
  if (run.rootPid !== undefined) signal(-run.rootPid, 'SIGSTOP');
  for (let round = 0; round < 50; round++) {
    const targets = findRunProcessesLinux(run, stopped);
    const fresh = targets.filter((p) => !stopped.has(p));
    if (fresh.length === 0) break;
    for (const p of fresh) {
      signal(p, 'SIGSTOP');
      stopped.add(p);
    }
  }
  if (run.rootPid !== undefined) signal(-run.rootPid, 'SIGKILL');
  for (const p of stopped) signal(p, 'SIGKILL');
  // Anything that slipped through between scans (e.g. forked while we were stopping others).
  for (let round = 0; round < 5; round++) {
    const left = findRunProcessesLinux({ ...run, rootPid: undefined });
    if (left.length === 0) break;
    for (const p of left) signal(p, 'SIGKILL');
  }
  return stopped.size;
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
export function killRunProcesses(run: RunProcesses, sync = true): void {
  if (process.platform === 'linux') {
    killLinux(run);
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
