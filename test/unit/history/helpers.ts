// Shared helpers of the history tests: temporary roots, sample attempts, the worker bundle.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AttemptRunInput, CaseResult } from '../../../src/core/history/model';
import type { AttemptDraft, HistoryStoreOptions } from '../../../src/core/history/store';
import { HistoryStore } from '../../../src/core/history/store';

/** A fresh temporary directory; removed by `cleanup`. */
export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `mlprep-${label}-`));
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
}

const opened: HistoryStore[] = [];

/** `HistoryStore.open`, remembered so that `closeAll` can close it (its index write may be pending). */
export async function openStore(root: string, options?: HistoryStoreOptions): Promise<HistoryStore> {
  const store = await HistoryStore.open(root, options);
  opened.push(store);
  return store;
}

export async function closeAll(): Promise<void> {
  for (const store of opened.splice(0)) await store.close().catch(() => undefined);
}

/** The repository root: the nearest folder above this bundle (or the working directory) with a package.json. */
export function repoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (;;) {
      if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'core', 'history'))) return dir;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error('repository root not found');
}

let workerBundle: string | undefined;

/**
 * Bundles test/fixtures/history/worker.ts (which uses the real store) into a temporary file
 * with esbuild's API, once per test run, and returns its path.
 */
export function buildWorker(): string {
  if (workerBundle && existsSync(workerBundle)) return workerBundle;
  const root = repoRoot();
  // Loaded at run time from the repository: esbuild's API cannot itself be bundled.
  const esbuild = createRequire(join(root, 'package.json'))('esbuild') as {
    buildSync(options: Record<string, unknown>): unknown;
  };
  const outfile = join(tempDir('history-worker'), 'worker.js');
  esbuild.buildSync({
    entryPoints: [join(root, 'test', 'fixtures', 'history', 'worker.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
  });
  workerBundle = outfile;
  return outfile;
}

export function removeWorkerBundle(): void {
  if (workerBundle) cleanup(dirname(workerBundle));
  workerBundle = undefined;
}

export const T0 = Date.parse('2025-03-10T09:00:00.000Z');

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function cases(passed: number, total: number, hiddenFrom = 2): CaseResult[] {
  return Array.from({ length: total }, (_, i) => ({
    name: `case ${i + 1}`,
    hidden: i >= hiddenFrom,
    verdict: i < passed ? ('pass' as const) : ('fail' as const),
    timeMs: 3,
  }));
}

export function run(kind: 'run' | 'submit', passed: number, total: number, atMs = T0 + 60_000): AttemptRunInput {
  return { kind, at: iso(atMs), verdict: passed === total ? 'pass' : 'fail', passed, total, durationMs: 120, cases: cases(passed, total) };
}

let counter = 0;

/** A valid draft: a coding attempt of `stable-softmax`, solved by one clean Submit, unless overridden. */
export function draft(overrides: Partial<AttemptDraft> = {}): AttemptDraft {
  counter++;
  const startedMs = T0 + counter * 1000;
  return {
    id: `A${String(counter).padStart(6, '0')}${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
    problemId: 'stable-softmax',
    kind: 'coding',
    round: 'concepts',
    title: 'Numerically stable softmax',
    difficulty: 'easy',
    language: 'python',
    startedAt: iso(startedMs),
    endedAt: iso(startedMs + 600_000),
    budgetMs: 900_000,
    timeUsedMs: 600_000,
    pausedMs: 0,
    runs: [run('run', 2, 2, startedMs + 100_000), run('submit', 7, 7, startedMs + 500_000)],
    hints: [],
    interviewMode: false,
    ...overrides,
  };
}
