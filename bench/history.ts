// Benchmark of the attempt history with 10,000 stored attempts: opening the Past attempts tree
// (store open + list), the Progress dashboard figures, and recording one attempt.
import { mkdtempSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeStats, problemStatuses } from '../src/core/history/stats';
import { dueReviews } from '../src/core/history/review';
import { groupAttempts } from '../src/core/history/grouping';
import { HistoryStore } from '../src/core/history/store';
import { INDEX_FILE, RACY_WINDOW_MS } from '../src/core/history/storeFiles';
import { GENERATED_PROBLEMS, generateHistory, makeAttempt, seededRandom } from './generate-history';

const ATTEMPTS = 10_000;
const REPETITIONS = 7;
const SAVES = 40;
export const HISTORY_BUDGETS_MS = { openList: 200, dashboard: 200, save: 20 } as const;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? NaN;
}

const ms = (x: number): number => Math.round(x * 10) / 10;

async function time<T>(f: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await f();
  return [value, performance.now() - t0];
}

export async function benchHistory(): Promise<Record<string, unknown>> {
  const root = mkdtempSync(join(tmpdir(), 'mlprep-history-bench-'));
  try {
    const now = new Date();
    const [generated, generateMs] = await time(() => generateHistory(root, { count: ATTEMPTS, now, seed: 7 }));
    // Steady state: records written just now are "racy" and would be re-read by the first opens.
    await new Promise((resolve) => setTimeout(resolve, RACY_WINDOW_MS + 500));

    // Opening without an index: every record is read once and the index is written.
    const rebuild: number[] = [];
    for (let i = 0; i < 3; i++) {
      try {
        unlinkSync(join(root, INDEX_FILE));
      } catch {
        // first round: there is no index yet
      }
      const [store, t] = await time(async () => {
        const s = await HistoryStore.open(root);
        s.list();
        return s;
      });
      rebuild.push(t);
      await store.close();
    }
    const indexBytes = statSync(join(root, INDEX_FILE)).size;

    // Cold open with a current index (a new store instance each time), plus the tree's model.
    const openList: number[] = [];
    const openListCpu: number[] = [];
    let listed = 0;
    const heapBefore = process.memoryUsage().heapUsed;
    let heapAfter = heapBefore;
    for (let i = 0; i < REPETITIONS; i++) {
      const cpu0 = process.cpuUsage();
      const [store, t] = await time(async () => {
        const s = await HistoryStore.open(root);
        const all = s.list();
        listed = all.length;
        // What the Past Attempts tree computes before it draws: groups and previous-attempt links.
        groupAttempts(all, i % 2 === 0 ? 'problem' : 'day');
        return s;
      });
      const cpu = process.cpuUsage(cpu0);
      openList.push(t);
      openListCpu.push((cpu.user + cpu.system) / 1000);
      heapAfter = Math.max(heapAfter, process.memoryUsage().heapUsed);
      await store.close();
    }

    // Dashboard: per-round stats, trend, weakest, streak; review queue; problem statuses.
    const store = await HistoryStore.open(root);
    const list = store.list();
    const stats: number[] = [];
    const review: number[] = [];
    const statuses: number[] = [];
    const dashboard: number[] = [];
    for (let i = 0; i < REPETITIONS; i++) {
      const [, a] = await time(() => computeStats(list, { now }));
      const [, b] = await time(() => dueReviews(list, now));
      const [, c] = await time(() => problemStatuses(list));
      stats.push(a);
      review.push(b);
      statuses.push(c);
      dashboard.push(a + b + c);
    }

    // Recording: a new attempt with the code of two Submits.
    const r = seededRandom(99);
    const idRandom = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => Math.floor(r() * 256));
    const saves: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const problem = GENERATED_PROBLEMS[i % GENERATED_PROBLEMS.length] ?? GENERATED_PROBLEMS[0];
      if (!problem) throw new Error('no problems');
      const { attempt, code } = makeAttempt(r, problem, Date.now() - 60_000, idRandom);
      const [, t] = await time(() => store.save(attempt, { snapshots: Object.fromEntries(code) }));
      saves.push(t);
    }
    // (not closed: the index is now stale by SAVES attempts, as after a window that crashed)

    // Opening after another window recorded attempts without updating the index (it crashed):
    // the folder's mtime changed, so every record is stat'ed and the new ones are read.
    const staleOpen: number[] = [];
    const staleOpenCpu: number[] = [];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 10; j++) {
        const problem = GENERATED_PROBLEMS[j] ?? GENERATED_PROBLEMS[0];
        if (!problem) throw new Error('no problems');
        const { attempt } = makeAttempt(r, problem, Date.now() - 30_000, idRandom);
        await store.save(attempt);
      }
      const cpu0 = process.cpuUsage();
      const [other, t] = await time(async () => {
        const s = await HistoryStore.open(root);
        s.list();
        return s;
      });
      const cpu = process.cpuUsage(cpu0);
      staleOpen.push(t);
      staleOpenCpu.push((cpu.user + cpu.system) / 1000);
      await other.close();
    }
    await store.close();

    const figures = {
      openListMs: ms(median(openList)),
      dashboardMs: ms(median(dashboard)),
      saveMs: ms(median(saves)),
    };
    return {
      attempts: listed,
      snapshotFiles: generated.snapshotFiles,
      repetitions: REPETITIONS,
      generateMs: ms(generateMs),
      indexBytes,
      rebuildOpenListMs: ms(median(rebuild)),
      openListMs: figures.openListMs,
      openListMaxMs: ms(Math.max(...openList)),
      // CPU time of this process during open + list: what the wall time would be on an idle machine.
      openListCpuMs: ms(median(openListCpu)),
      loadAverage1m: Math.round(loadavg()[0] ?? 0),
      // After other windows recorded without the index being updated (crash): every record is stat'ed.
      staleOpenListMs: ms(median(staleOpen)),
      staleOpenListCpuMs: ms(median(staleOpenCpu)),
      statsMs: ms(median(stats)),
      reviewQueueMs: ms(median(review)),
      problemStatusesMs: ms(median(statuses)),
      dashboardMs: figures.dashboardMs,
      saveMs: figures.saveMs,
      saveP95Ms: ms(percentile(saves, 0.95)),
      heapGrowthDuringOpensMb: Math.round(((heapAfter - heapBefore) / 1048576) * 10) / 10,
      budgetsMs: HISTORY_BUDGETS_MS,
      withinBudget: {
        openList: figures.openListMs < HISTORY_BUDGETS_MS.openList,
        dashboard: figures.dashboardMs < HISTORY_BUDGETS_MS.dashboard,
        save: figures.saveMs < HISTORY_BUDGETS_MS.save,
      },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
