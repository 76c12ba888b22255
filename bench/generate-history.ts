// Generates a realistic attempt history on disk, in the store's layout, for benchmarks and tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newAttemptId } from '../src/core/history/attemptId';
import type { Attempt, AttemptRun, CaseResult, HintUse } from '../src/core/history/model';
import { ATTEMPT_SCHEMA_VERSION } from '../src/core/history/model';
import { withOutcome } from '../src/core/history/outcome';
import { ATTEMPTS_DIR, SNAPSHOTS_DIR, attemptFileName, serializeAttempt, snapshotFileName } from '../src/core/history/storeFiles';
import { type Difficulty, HINT_LEVELS, type ProblemKind, type Round } from '../src/core/vocabulary';

export interface GenerateHistoryOptions {
  readonly count: number;
  /** The newest attempt starts shortly before this; default: now. */
  readonly now?: Date;
  /** Attempts are spread over this many days before `now`; default 365. */
  readonly days?: number;
  readonly seed?: number;
  /** Write a code snapshot for every Submit; default true. */
  readonly snapshots?: boolean;
}

export interface GeneratedHistory {
  readonly ids: readonly string[];
  readonly snapshotFiles: number;
}

export interface GeneratedProblem {
  readonly id: string;
  readonly title: string;
  readonly kind: ProblemKind;
  readonly round: Round;
  readonly difficulty: Difficulty;
}

export const GENERATED_PROBLEMS: readonly GeneratedProblem[] = [
  { id: 'stable-softmax', title: 'Numerically stable softmax', kind: 'coding', round: 'concepts', difficulty: 'easy' },
  { id: 'logits-cross-entropy', title: 'Cross-entropy from logits', kind: 'coding', round: 'concepts', difficulty: 'medium' },
  { id: 'layer-norm', title: 'Layer normalisation', kind: 'coding', round: 'concepts', difficulty: 'medium' },
  { id: 'adam-step', title: 'One Adam step', kind: 'coding', round: 'concepts', difficulty: 'medium' },
  { id: 'kmeans-lloyd', title: "K-means (Lloyd's algorithm)", kind: 'coding', round: 'coding', difficulty: 'medium' },
  { id: 'gini-best-split', title: 'Best split by Gini impurity', kind: 'coding', round: 'coding', difficulty: 'hard' },
  { id: 'masked-attention', title: 'Masked scaled dot-product attention', kind: 'coding', round: 'coding', difficulty: 'hard' },
  { id: 'pca-power-iteration', title: 'PCA by power iteration', kind: 'coding', round: 'coding', difficulty: 'hard' },
  { id: 'quantile-clipping', title: 'Quantile clipping', kind: 'coding', round: 'metrics', difficulty: 'easy' },
  { id: 'snapshot-drift-report', title: 'Drift report between two snapshots', kind: 'coding', round: 'metrics', difficulty: 'medium' },
  { id: 'groupby-aggregates', title: 'Group-by aggregates', kind: 'coding', round: 'data', difficulty: 'easy' },
  { id: 'sessionize-events', title: 'Sessionize click events', kind: 'coding', round: 'data', difficulty: 'medium' },
  { id: 'point-in-time-join', title: 'Point-in-time join', kind: 'coding', round: 'data', difficulty: 'hard' },
  { id: 'dedup-latest-record', title: 'Keep the latest record per key', kind: 'coding', round: 'data', difficulty: 'easy' },
  { id: 'target-encoding-oof', title: 'Out-of-fold target encoding', kind: 'coding', round: 'nuances', difficulty: 'hard' },
  { id: 'time-based-split', title: 'Time-based train/test split', kind: 'coding', round: 'nuances', difficulty: 'medium' },
  { id: 'train-fitted-imputation', title: 'Imputation fitted on train only', kind: 'coding', round: 'nuances', difficulty: 'medium' },
  { id: 'feed-ranking', title: 'Design a feed ranking system', kind: 'design', round: 'design', difficulty: 'hard' },
  { id: 'fraud-detection', title: 'Design real-time fraud detection', kind: 'design', round: 'design', difficulty: 'hard' },
  { id: 'model-rollback', title: 'A model launch you had to roll back', kind: 'behavioral', round: 'behavioral', difficulty: 'medium' },
];

const BUDGET_MIN: Readonly<Record<Difficulty, number>> = { easy: 15, medium: 25, hard: 40 };
const NUANCES = ['training-serving-skew', 'data-drift', 'class-imbalance', 'leakage', 'uncertainty'];
const NOTES = ['forgot the empty input case', 'off by one in the window, again', 'mention leakage earlier', 'good pace', 'ran out of time on the follow-up', 'used "=SUM(A1)" style, fine'];

/** Deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, items: readonly T[]): T {
  const item = items[Math.floor(r() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function code(r: () => number, problemId: string, language: string): string {
  const lines = [language === 'python' ? `def solve(xs):  # ${problemId}` : `export function solve(xs: number[]): number[] { // ${problemId}`];
  const n = 30 + Math.floor(r() * 40);
  for (let i = 0; i < n; i++) lines.push(language === 'python' ? `    acc_${i} = sum(x * ${i} for x in xs)  # step ${i}` : `  const acc${i} = xs.reduce((s, x) => s + x * ${i}, 0); // step ${i}`);
  lines.push(language === 'python' ? '    return xs' : '  return xs;\n}');
  return lines.join('\n') + '\n';
}

/** One realistic attempt of `problem` started at `startMs` (fields derived by `withOutcome`). */
export function makeAttempt(r: () => number, problem: GeneratedProblem, startMs: number, idRandom: (n: number) => Uint8Array): { attempt: Attempt; code: Map<number, string> } {
  const coding = problem.kind === 'coding';
  const language = coding ? (r() < 0.7 ? 'python' : 'typescript') : 'markdown';
  const budgetMs = BUDGET_MIN[problem.difficulty] * 60_000;
  const skill = r();
  const timeUsedMs = Math.round(budgetMs * (0.3 + r() * 1.0));
  const pausedMs = r() < 0.2 ? Math.round(r() * 300_000) : 0;
  const hintCount = r() < 0.35 ? 1 + Math.floor(r() * 3) : 0;
  const hints: HintUse[] = [];
  for (let i = 0; i < hintCount; i++) {
    hints.push({ level: HINT_LEVELS[i] ?? 'pitfall', at: new Date(startMs + (i + 1) * 120_000).toISOString(), penaltyMs: 60_000 * (i + 1) });
  }
  const runs: AttemptRun[] = [];
  const snapshotCode = new Map<number, string>();
  const runCount = coding ? 1 + Math.floor(r() * 5) : r() < 0.8 ? 1 : 0;
  for (let i = 0; i < runCount; i++) {
    const submit = !coding || i === runCount - 1 || r() < 0.25;
    const total = submit ? (coding ? 7 + Math.floor(r() * 5) : 9) : 2 + Math.floor(r() * 2);
    const cases: CaseResult[] = [];
    let passed = 0;
    for (let c = 0; c < total; c++) {
      const ok = r() < 0.55 + skill * 0.45 + i * 0.05;
      const hidden = submit && c >= 2;
      const verdict = ok ? 'pass' : r() < 0.85 ? 'fail' : 'error';
      if (ok) passed++;
      cases.push({ name: coding ? `case ${c + 1}` : `phase ${c + 1}`, hidden, verdict, timeMs: Math.round(r() * 40), ...(hidden && r() < 0.3 ? { nuance: pick(r, NUANCES) } : {}) });
    }
    const at = startMs + Math.round(((i + 1) / (runCount + 1)) * timeUsedMs);
    const run: AttemptRun = {
      kind: submit ? 'submit' : 'run',
      at: new Date(at).toISOString(),
      verdict: passed === total ? 'pass' : cases.some((c) => c.verdict === 'error') ? 'error' : 'fail',
      passed,
      total,
      durationMs: Math.round(80 + r() * 900),
      cases,
      hasSnapshot: submit && coding,
    };
    if (run.hasSnapshot) snapshotCode.set(i, code(r, problem.id, language));
    runs.push(run);
  }
  const endMs = startMs + timeUsedMs + pausedMs;
  const base: Attempt = {
    schemaVersion: ATTEMPT_SCHEMA_VERSION,
    id: newAttemptId(startMs, idRandom),
    problemId: problem.id,
    kind: problem.kind,
    round: problem.round,
    title: problem.title,
    difficulty: problem.difficulty,
    language,
    startedAt: new Date(startMs).toISOString(),
    endedAt: new Date(endMs).toISOString(),
    budgetMs,
    timeUsedMs,
    pausedMs,
    overtime: false,
    overtimeMs: 0,
    runs,
    verdict: 'incomplete',
    passed: 0,
    total: 0,
    score: 0,
    hintsUsed: 0,
    hints,
    interviewMode: r() < 0.3,
    ...(r() < 0.4 ? { selfRating: 1 + Math.floor(r() * 4) } : {}),
    ...(r() < 0.15 ? { note: pick(r, NOTES) } : {}),
    ...(coding ? {} : { answer: '## Clarify\nWho are the users, what is the latency budget?\n\n## Metrics\nOffline NDCG, online dwell time.\n', rubric: [{ phase: 'clarify', score: Math.floor(r() * 5), max: 4 }] }),
  };
  return { attempt: withOutcome(base), code: snapshotCode };
}

/**
 * Writes `count` attempts (and the code of their Submits) under `root` in the store's layout,
 * directly and without fsync (fast; only for generating test data). Deterministic per seed.
 */
export async function generateHistory(root: string, options: GenerateHistoryOptions): Promise<GeneratedHistory> {
  const r = seededRandom(options.seed ?? 42);
  const idRandom = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => Math.floor(r() * 256));
  const now = (options.now ?? new Date()).getTime();
  const spanMs = (options.days ?? 365) * 86_400_000;
  const withSnapshots = options.snapshots ?? true;
  const attemptsDir = join(root, ATTEMPTS_DIR);
  const snapshotsDir = join(root, SNAPSHOTS_DIR);
  mkdirSync(attemptsDir, { recursive: true });
  mkdirSync(snapshotsDir, { recursive: true });
  const ids: string[] = [];
  let snapshotFiles = 0;
  for (let i = 0; i < options.count; i++) {
    // Evenly spread, oldest first, with jitter; the newest starts about 2 hours before `now`.
    const startMs = Math.round(now - 7_200_000 - spanMs * (1 - (i + r()) / options.count));
    const { attempt, code: snapshots } = makeAttempt(r, pick(r, GENERATED_PROBLEMS), startMs, idRandom);
    const stored: Attempt = withSnapshots ? attempt : { ...attempt, runs: attempt.runs.map((run) => ({ ...run, hasSnapshot: false })) };
    writeFileSync(join(attemptsDir, attemptFileName(stored.id)), serializeAttempt(stored));
    if (withSnapshots) {
      for (const [runIndex, text] of snapshots) {
        writeFileSync(join(snapshotsDir, snapshotFileName(stored.id, runIndex)), text);
        snapshotFiles++;
      }
    }
    ids.push(stored.id);
  }
  return { ids, snapshotFiles };
}

