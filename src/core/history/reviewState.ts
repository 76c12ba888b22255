/**
 * The stored review state (`review-state.json` in the history folder): the FSRS cards migrated
 * from the schedule of earlier versions and the time of that migration (see `review.ts`).
 *
 *     { "version": 1, "migratedAt": "2026-01-05T09:00:00.000Z",
 *       "cards": { "roc-auc": { "due": "…", "stability": 7, "difficulty": 4.2, … } } }
 *
 * Missing (first start with FSRS): the earlier schedule is converted from the attempts and
 * written. Unreadable or invalid: the file is kept beside as `review-state.json.bad-<time>`,
 * the migration runs again from the attempts (nothing in it is lost: it is derived from them),
 * and the problem is reported.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomicWrite';
import { errorCode, errorMessage, nodeFileSystem, type FileSystem } from './fileSystem';
import { migrateLegacySchedule, storedCardSchema, type ReviewAttempt, type ReviewBaseline } from './review';

export const REVIEW_STATE_FILE = 'review-state.json';

const reviewStateSchema = z.strictObject({
  version: z.literal(1),
  migratedAt: z.iso.datetime({ offset: true }),
  cards: z.record(z.string().regex(/^[a-z0-9-]{1,64}$/, 'must be a problem id'), storedCardSchema),
});

export interface ReviewStateOpened {
  readonly baseline: ReviewBaseline;
  /** Set when the stored file was damaged and set aside (its new name and why). */
  readonly problem?: { readonly setAside: string; readonly reason: string };
  /** The file was written now (first start with FSRS or after a damaged file). */
  readonly migrated: boolean;
}

/**
 * Reads the stored review state of the history at `root`, or migrates the earlier schedule of
 * `attempts` as of `now` and stores it.
 */
export async function openReviewState(root: string, attempts: readonly ReviewAttempt[], now: Date, fs: FileSystem = nodeFileSystem): Promise<ReviewStateOpened> {
  const file = join(root, REVIEW_STATE_FILE);
  let text: string | undefined;
  try {
    text = await fs.readText(file);
  } catch (err) {
    if (errorCode(err) !== 'ENOENT') throw err;
  }
  let problem: ReviewStateOpened['problem'];
  if (text !== undefined) {
    const parsed = parseReviewState(text);
    if (parsed.ok) return { baseline: parsed.baseline, migrated: false };
    const setAside = `${REVIEW_STATE_FILE}.bad-${now.getTime()}`;
    await fs.rename(file, join(root, setAside));
    problem = { setAside, reason: parsed.error };
  }
  const baseline = migrateLegacySchedule(attempts, now);
  await fs.mkdirp(root);
  await writeFileAtomic(fs, root, REVIEW_STATE_FILE, JSON.stringify({ version: 1, ...baseline }, null, 1) + '\n');
  return { baseline, migrated: true, ...(problem ? { problem } : {}) };
}

export function parseReviewState(text: string): { ok: true; baseline: ReviewBaseline } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `invalid JSON: ${errorMessage(err)}` };
  }
  const r = reviewStateSchema.safeParse(raw);
  if (!r.success) return { ok: false, error: r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ') };
  return { ok: true, baseline: { migratedAt: r.data.migratedAt, cards: r.data.cards } };
}
