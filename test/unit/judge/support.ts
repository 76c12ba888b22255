// Helpers shared by the judge and bank tests: repository paths (the compiled tests live under
// out/test/...), temp folders, in-memory problems and process inspection.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { JudgeOptions, RunResult } from '../../../src/core/judge/judge';
import { Judge } from '../../../src/core/judge/judge';
import type { CodingProblem, TestCase } from '../../../src/core/problems/schema';
import type { Language } from '../../../src/core/vocabulary';

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if ((JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'ml-interview-prep') return dir;
      } catch {
        // keep looking
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`repository root not found above ${start}`);
    dir = up;
  }
}

export const repoRoot = findRepoRoot(__dirname);
export const harnessDir = path.join(repoRoot, 'media', 'harness');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
export const bundledProblemsDir = path.join(repoRoot, 'problems');

const made: string[] = [];

/** A fresh temp folder, removed by `cleanupTemp()`. */
export function tempDir(prefix = 'mlprep-test-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
}

export function cleanupTemp(): void {
  disposeSharedJudge();
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

export interface ProblemOptions {
  entry?: string;
  timeMs?: number;
  memoryMb?: number;
  requires?: string[];
  compare?: CodingProblem['compare'];
  typescript?: boolean;
  dir?: string;
}

/** An in-memory coding problem (no files needed: the judge only reads the solution). */
export function codingProblem(o: ProblemOptions = {}): CodingProblem {
  const entry = o.entry ?? 'solve';
  const lang = { entry, starter: 'starter.py', reference: 'solutions/reference.py' };
  const p: CodingProblem = {
    id: 'fixture',
    title: 'Fixture',
    kind: 'coding',
    round: 'coding',
    category: 'Fixtures',
    difficulty: 'easy',
    suggestedMinutes: 5,
    tags: [],
    nuances: [],
    languages: o.typescript === false ? { python: lang } : { python: lang, typescript: { ...lang, starter: 'starter.ts', reference: 'solutions/reference.ts' } },
    limits: { timeMs: o.timeMs ?? 1000, memoryMb: o.memoryMb ?? 256 },
    hints: [
      { level: 'concept', text: 'c' },
      { level: 'approach', text: 'a' },
      { level: 'pitfall', text: 'p' },
    ],
    wrong: [],
    dir: o.dir ?? os.tmpdir(),
  };
  if (o.requires) p.requires = o.requires;
  if (o.compare) p.compare = o.compare;
  return p;
}

export type CaseSpec = { args: unknown[]; expected?: unknown; hidden?: boolean; name?: string; compare?: TestCase['compare'] };

export function testCases(specs: CaseSpec[]): TestCase[] {
  return specs.map((s, i) => {
    const c: TestCase = { index: i, name: s.name ?? `case ${i + 1}`, args: s.args, expected: s.expected, hidden: s.hidden ?? false };
    if (s.compare) c.compare = s.compare;
    return c;
  });
}

const EXT: Record<Language, string> = { python: '.py', javascript: '.js', typescript: '.ts', sql: '.sql' };

/** Writes `code` as a solution file in a fresh folder and returns its path. */
export function writeSolution(code: string, language: Language, name = 'solution'): string {
  const dir = tempDir('mlprep-practice-');
  const file = path.join(dir, name + EXT[language]);
  fs.writeFileSync(file, code);
  return file;
}

export interface JudgeCodeOptions extends ProblemOptions {
  judge?: Partial<JudgeOptions>;
  solutionPath?: string;
}

let shared: Judge | undefined;
let warm = false;

/**
 * Runs the Python battery on the warm path (a warm parent forks each run) or cold (a fresh
 * interpreter per run); the battery describes run once per path. Changing it drops the shared Judge.
 */
export function setWarmPath(on: boolean): void {
  if (on === warm) return;
  warm = on;
  disposeSharedJudge();
}

/** The Judge options of the current path (for tests that make their own Judge). */
export function pathOptions(): { warmInterpreter: boolean } {
  return { warmInterpreter: warm };
}

/** The battery's two paths, for `for (const path of JUDGE_PATHS) describe(...)`; warm on Linux only. */
export const JUDGE_PATHS: readonly ('cold' | 'warm')[] = process.platform === 'linux' ? ['cold', 'warm'] : ['cold'];

/** A Judge with default options, shared by tests (interpreter probes are cached per Judge). */
export function sharedJudge(): Judge {
  shared ??= new Judge({ harnessDir, ...pathOptions() });
  return shared;
}

export function disposeSharedJudge(): void {
  shared?.dispose();
  shared = undefined;
}

/** Runs `code` against `cases` (with the shared Judge unless options for the Judge are given). */
export async function judgeCode(code: string, language: Language, specs: CaseSpec[], o: JudgeCodeOptions = {}): Promise<RunResult> {
  const own = o.judge ? new Judge({ harnessDir, ...pathOptions(), ...o.judge }) : undefined;
  const judge = own ?? sharedJudge();
  try {
    const solutionPath = o.solutionPath ?? writeSolution(code, language);
    if (o.solutionPath) fs.writeFileSync(o.solutionPath, code);
    const r = await judge.run({ problem: codingProblem(o), cases: testCases(specs), solutionPath, language });
    // On the warm path every Python run that started must have gone through a warm parent.
    if (warm && (language === 'python' || language === 'sql') && r.runtime !== undefined && !r.runtime.endsWith(', warm')) throw new Error(`expected a warm run, got ${r.runtime}`);
    return r;
  } finally {
    own?.dispose();
  }
}

/** Live (non-zombie) processes whose command line contains `token` (Linux). */
export function processesWith(token: string): number[] {
  const out: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'latin1');
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      if (state === 'Z' || state === 'X') continue;
      const cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'latin1');
      if (cmd.includes(token)) out.push(Number(name));
    } catch {
      // gone
    }
  }
  return out;
}

/** True when a process with this pid is alive (not a zombie). */
export function isAlive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** A token unlikely to appear anywhere else, usable as a `sleep` duration. */
export function sleepToken(): string {
  return `${100000 + Math.floor(Math.random() * 800000)}.${Math.floor(Math.random() * 1e6)}`;
}

/** Waits a little for processes to vanish (kills are asynchronous at the OS level). */
export async function eventuallyNone(token: string, ms = 1500): Promise<number[]> {
  const end = Date.now() + ms;
  let left = processesWith(token);
  while (left.length > 0 && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    left = processesWith(token);
  }
  return left;
}

export function verdicts(r: RunResult): string[] {
  return r.cases.map((c) => c.verdict);
}

export const pythonAvailable = (() => {
  return spawnSync('python3', ['-c', 'import sys; assert sys.version_info[0] == 3'], { stdio: 'ignore' }).status === 0;
})();

export const numpyAvailable = (() => {
  return pythonAvailable && spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0;
})();
