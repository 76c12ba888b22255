/**
 * The attempt record: one timed practice of one problem, as stored in the history.
 *
 * A record is a plain JSON object validated by `attemptSchema`. It carries `schemaVersion`
 * (currently `ATTEMPT_SCHEMA_VERSION`); any change of meaning or shape bumps it and adds a
 * migration in `migrate.ts`. Every timestamp is an ISO 8601 string with an offset or `Z`
 * (`new Date(ms).toISOString()`); every duration is an integer number of milliseconds.
 *
 * Field meanings:
 * - `id`: unique and time-sortable (see `attemptId.ts`); the record's file is named by it.
 * - `problemId`, `kind`, `round`, `title`, `difficulty`: copied from the problem when the
 *   attempt starts, so that the history still reads well if a pack changes or disappears.
 * - `language`: `python` | `typescript` | `javascript` for coding problems; `markdown` for the
 *   answer of a design or behavioral prompt.
 * - `startedAt`, `endedAt`: wall-clock start and end; `endedAt` is `null` while the session runs.
 * - `budgetMs`: the time budget (0 = untimed); `timeUsedMs`: time on the clock, paused time
 *   excluded and hint penalties included (what the session timer counts as used);
 *   `pausedMs`: total paused time; `overtime`/`overtimeMs`: derived, `timeUsedMs − budgetMs`
 *   when positive and the attempt is timed.
 * - `runs`: every Run (visible examples) and Submit (all tests), in order. A run whose code
 *   was kept has `hasSnapshot: true`; the code itself lives in a separate file of the store
 *   (`HistoryStore.readSnapshot`). Design and behavioral prompts record their Submit as a run
 *   whose cases are the rubric phases (a phase passes when the answer covers it).
 * - `verdict`, `passed`, `total`, `score`, `hintsUsed`, `overtime`, `overtimeMs`: derived by
 *   `withOutcome` in `outcome.ts` (the store recomputes them on every save).
 * - `hints`: every hint revealed, with its ladder level and the time it cost.
 * - `interviewMode`: hints and nuance popups were off for this attempt.
 * - `selfRating` (1 = could not do it … 4 = confident) and `note` (debrief): optional, set after.
 * - `answer`, `rubric`: design and behavioral prompts only: the answer text and the user's
 *   self-scores per rubric phase (`0 ≤ score ≤ max`; the design round scores 0–3).
 * - `coverage`: design and behavioral prompts only, optional: the feedback of the last Check
 *   answer. Design: `phases` (covered, with the user's sentences as `evidence`), `nuances`
 *   (`covered` / `missed` ids), `redFlags` (with evidence). Behavioral: `starc` parts (covered,
 *   evidence), `ownsFailure`, `quantifiedResult`.
 * - `phaseTimes`: the stages of a timed design or behavioral round, optional: each phase or
 *   follow-up with its budget, the time used on it and its overtime (ms).
 * - `card`: explain-it concept cards only: the key points the user ticked (indexes into the
 *   card's `keyPoints`, of which there were `keyPoints`), the self-grade (again … easy, also
 *   stored as `selfRating` 1–4) and when the model answer was revealed (absent: graded unseen).
 *   The derived fields then follow the card: `passed`/`total` = ticked/key points, `score` =
 *   the ticked share, `verdict` = pass for good or easy, fail for again or hard.
 *
 * - `loopId` (version 2): the mock interview loop the attempt was a round of (`loopRecord.ts`).
 *
 * Version 2 (kind `concept` and `card`, `loopId`): a version-1 record is a valid version-2 record; the
 * bump keeps builds that know only version 1 from setting card attempts aside as invalid.
 */
import { z } from 'zod';

export const ATTEMPT_SCHEMA_VERSION = 2;

import { CARD_GRADES, DIFFICULTIES, HINT_LEVELS, OUTCOMES, PROBLEM_KINDS, ROUNDS, RUN_KINDS, type Difficulty, type ProblemKind, type Round } from '../vocabulary';

/** Final verdict of an attempt (see `computeVerdict`). */
export const ATTEMPT_VERDICTS = ['pass', 'fail', 'incomplete'] as const;
export type AttemptVerdict = (typeof ATTEMPT_VERDICTS)[number];


/** Ids are used as file names: letters, digits, `_` and `-` only, 1–64 characters. */
export const ATTEMPT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const isoTime = z.iso.datetime({ offset: true });
const ms = z.int().min(0);

export const caseResultSchema = z.object({
  name: z.string(),
  hidden: z.boolean(),
  verdict: z.enum(OUTCOMES),
  timeMs: z.number().min(0),
  /** Id of the nuance card the case is about, when it is about one. */
  nuance: z.string().optional(),
});

export const attemptRunSchema = z.object({
  kind: z.enum(RUN_KINDS),
  at: isoTime,
  verdict: z.enum(OUTCOMES),
  passed: z.int().min(0),
  total: z.int().min(0),
  durationMs: z.number().min(0),
  cases: z.array(caseResultSchema),
  /** The code of this run is stored (see `HistoryStore.readSnapshot`). */
  hasSnapshot: z.boolean().default(false),
});

export const hintUseSchema = z.object({
  level: z.enum(HINT_LEVELS),
  at: isoTime,
  penaltyMs: ms,
});

export const rubricScoreSchema = z
  .object({ phase: z.string().min(1), score: z.number().min(0), max: z.number().positive() })
  .refine((r) => r.score <= r.max, { message: 'score must not exceed max' });

const evidence = z.array(z.string().max(4000)).max(50);

export const designCoverageSchema = z.object({
  kind: z.literal('design'),
  phases: z.array(z.object({ id: z.string().min(1), covered: z.boolean(), evidence })),
  nuances: z.object({ covered: z.array(z.string()), missed: z.array(z.string()) }),
  redFlags: z.array(z.object({ id: z.string().min(1), evidence })),
});

export const behavioralCoverageSchema = z.object({
  kind: z.literal('behavioral'),
  starc: z.array(z.object({ id: z.string().min(1), covered: z.boolean(), evidence })),
  ownsFailure: z.boolean(),
  quantifiedResult: z.boolean(),
});

export const coverageSchema = z.discriminatedUnion('kind', [designCoverageSchema, behavioralCoverageSchema]);

export const phaseTimeSchema = z.object({ id: z.string().min(1), title: z.string(), budgetMs: ms, usedMs: ms, overtimeMs: ms });

export const cardResultSchema = z
  .object({
    keyPoints: z.int().min(1).max(20),
    ticked: z.array(z.int().min(0)).max(20),
    grade: z.enum(CARD_GRADES),
    revealedAt: isoTime.optional(),
  })
  .refine((c) => c.ticked.every((i) => i < c.keyPoints) && new Set(c.ticked).size === c.ticked.length, { message: 'ticked key points must be distinct indexes below keyPoints' });

/**
 * The clarifying questions asked in an interview-style brief (`brief.json`): in the order asked,
 * with the time since the session started; when the full statement was opened; how many of the
 * questions that change the solution (`key`) were asked, of how many. A signal, never a penalty.
 */
export const clarificationsSchema = z.object({
  asked: z.array(z.object({ id: z.string().min(1).max(64), atMs: ms })).max(50),
  fullStatementAtMs: ms.optional(),
  keyAsked: z.int().min(0),
  keyTotal: z.int().min(0),
  total: z.int().min(0),
});
export type Clarifications = z.infer<typeof clarificationsSchema>;

export const attemptSchema = z.object({
  schemaVersion: z.literal(ATTEMPT_SCHEMA_VERSION),
  id: z.string().regex(ATTEMPT_ID_PATTERN),
  problemId: z.string().min(1).max(128),
  kind: z.enum(PROBLEM_KINDS),
  round: z.enum(ROUNDS),
  title: z.string(),
  difficulty: z.enum(DIFFICULTIES),
  language: z.string().min(1).max(32),
  startedAt: isoTime,
  endedAt: isoTime.nullable(),
  budgetMs: ms,
  timeUsedMs: ms,
  pausedMs: ms,
  overtime: z.boolean(),
  overtimeMs: ms,
  runs: z.array(attemptRunSchema),
  verdict: z.enum(ATTEMPT_VERDICTS),
  passed: z.int().min(0),
  total: z.int().min(0),
  score: z.number().min(0).max(100),
  hintsUsed: z.int().min(0),
  hints: z.array(hintUseSchema),
  interviewMode: z.boolean(),
  selfRating: z.int().min(1).max(4).optional(),
  note: z.string().optional(),
  answer: z.string().optional(),
  rubric: z.array(rubricScoreSchema).optional(),
  coverage: coverageSchema.optional(),
  phaseTimes: z.array(phaseTimeSchema).optional(),
  card: cardResultSchema.optional(),
  loopId: z.string().regex(ATTEMPT_ID_PATTERN).optional(),
  clarifications: clarificationsSchema.optional(),
});

export type CaseResult = z.infer<typeof caseResultSchema>;
export type AttemptRun = z.infer<typeof attemptRunSchema>;
export type HintUse = z.infer<typeof hintUseSchema>;
export type RubricScore = z.infer<typeof rubricScoreSchema>;
export type CardResult = z.infer<typeof cardResultSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type Coverage = z.infer<typeof coverageSchema>;
export type PhaseTime = z.infer<typeof phaseTimeSchema>;

/** What a caller may pass for a run: `hasSnapshot` defaults to false. */
export type AttemptRunInput = z.input<typeof attemptRunSchema>;
/** What a caller may pass to `HistoryStore.save`. */
export type AttemptInput = z.input<typeof attemptSchema>;

/**
 * The light form of an attempt that `HistoryStore.list()` returns and the persisted index
 * caches: everything the trees, the stats, the review queue and the CSV/Markdown exports need,
 * without runs, cases, hints, answer text or code.
 */
export interface AttemptSummary {
  readonly id: string;
  readonly problemId: string;
  readonly kind: ProblemKind;
  readonly round: Round;
  readonly title: string;
  readonly difficulty: Difficulty;
  readonly language: string;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly budgetMs: number;
  readonly timeUsedMs: number;
  readonly pausedMs: number;
  readonly overtime: boolean;
  readonly overtimeMs: number;
  readonly verdict: AttemptVerdict;
  readonly passed: number;
  readonly total: number;
  readonly score: number;
  readonly hintsUsed: number;
  readonly interviewMode: boolean;
  readonly selfRating: number | null;
  readonly note: string | null;
  readonly runCount: number;
  readonly submitCount: number;
  /** Indexes into `runs` of the runs whose code is stored, in order. */
  readonly snapshotRuns: readonly number[];
  /** Clarifying questions asked in a brief (null: the problem was not practised from a brief). */
  readonly clarificationsAsked: number | null;
  /** Of those, the key ones, as "asked/total" (null without a brief). */
  readonly keyQuestionsAsked: string | null;
}

export function summarize(a: Attempt): AttemptSummary {
  const snapshotRuns: number[] = [];
  let submitCount = 0;
  a.runs.forEach((r, i) => {
    if (r.hasSnapshot) snapshotRuns.push(i);
    if (r.kind === 'submit') submitCount++;
  });
  return {
    id: a.id,
    problemId: a.problemId,
    kind: a.kind,
    round: a.round,
    title: a.title,
    difficulty: a.difficulty,
    language: a.language,
    startedAt: a.startedAt,
    endedAt: a.endedAt,
    budgetMs: a.budgetMs,
    timeUsedMs: a.timeUsedMs,
    pausedMs: a.pausedMs,
    overtime: a.overtime,
    overtimeMs: a.overtimeMs,
    verdict: a.verdict,
    passed: a.passed,
    total: a.total,
    score: a.score,
    hintsUsed: a.hintsUsed,
    interviewMode: a.interviewMode,
    selfRating: a.selfRating ?? null,
    note: a.note ?? null,
    runCount: a.runs.length,
    submitCount,
    snapshotRuns,
    clarificationsAsked: a.clarifications ? a.clarifications.asked.length : null,
    keyQuestionsAsked: a.clarifications ? `${a.clarifications.keyAsked}/${a.clarifications.keyTotal}` : null,
  };
}

/** Parses a record of the current schema; the error lists the first few problems. */
export function parseAttempt(raw: unknown): { ok: true; attempt: Attempt } | { ok: false; error: string } {
  const parsed = attemptSchema.safeParse(raw);
  if (parsed.success) return { ok: true, attempt: parsed.data };
  const error = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`)
    .join('; ');
  return { ok: false, error };
}
