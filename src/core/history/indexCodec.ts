/**
 * The persisted index of the history (`index.json`): a cache of every record's summary, with the
 * size and mtime of the record it was made from, so that opening the history reads no record
 * that did not change.
 *
 *     { "format": 2, "schemaVersion": 1, "dirMtimeMs": 1712345678901.5,
 *       "entryColumns": ["id", "size", "mtimeMs", "newer", "summary"],
 *       "summaryColumns": ["id", "problemId", "kind", ...],
 *       "entries": [ ["A1", 812, 1712345600000.25, null, ["A1", "stable-softmax", "coding", ...]], ... ] }
 *
 * A table: every row is a list of values in the order its header names (a row of values is
 * half the size of an object, and 10,000 of them parse in half the time). `ENTRY_COLUMNS` and
 * `SUMMARY_FIELDS` name the columns; writing and reading both go through them, and an index whose
 * headers differ from them is not used. An entry of a record from a newer schema has no summary
 * (`null`) and that schema in `newer`. An `mtimeMs` of -1 means "not trusted: read the record
 * again". An index of another format, or damaged in any way, is not used at all: the history is
 * then read from the records and the index written anew (bump `INDEX_FORMAT` whenever this
 * layout or the meaning of a summary field changes).
 */
import type { AttemptSummary } from './model';
import { ATTEMPT_SCHEMA_VERSION, ATTEMPT_VERDICTS } from './model';
import { attemptFileName, isRacy } from './storeFiles';
import { DIFFICULTIES, PROBLEM_KINDS, ROUNDS } from '../vocabulary';

/** Bumped whenever the index layout or `AttemptSummary` changes: an index of another format is rebuilt. */
export const INDEX_FORMAT = 3;

/** What the store knows about one record file. */
export interface IndexEntry {
  readonly size: number;
  /** -1: not trusted, re-read at the next scan. */
  readonly mtimeMs: number;
  readonly summary: AttemptSummary | null;
  /** Schema version of a newer-schema record (then `summary` is null). */
  readonly newer: number | null;
}

export interface HistoryIndex {
  /** By record file name (`<id>.json`). */
  readonly entries: Map<string, IndexEntry>;
  /** mtime of the attempts folder when every entry was last checked; -1: unknown. */
  readonly dirMtimeMs: number;
}

/** What a summary field holds: a JSON type, that or null, one of some words, or a list of run indexes. */
type FieldType = 'string' | 'number' | 'boolean' | 'string or null' | 'number or null' | 'run indexes' | readonly string[];

/** Every field of a summary, by name, with what it holds; in the order of the columns. */
const SUMMARY_FIELDS: { readonly [K in keyof AttemptSummary]-?: FieldType } = {
  id: 'string',
  problemId: 'string',
  kind: PROBLEM_KINDS,
  round: ROUNDS,
  title: 'string',
  difficulty: DIFFICULTIES,
  language: 'string',
  startedAt: 'string',
  endedAt: 'string or null',
  budgetMs: 'number',
  timeUsedMs: 'number',
  pausedMs: 'number',
  overtime: 'boolean',
  overtimeMs: 'number',
  verdict: ATTEMPT_VERDICTS,
  passed: 'number',
  total: 'number',
  score: 'number',
  hintsUsed: 'number',
  interviewMode: 'boolean',
  selfRating: 'number or null',
  note: 'string or null',
  runCount: 'number',
  submitCount: 'number',
  snapshotRuns: 'run indexes',
  clarificationsAsked: 'number or null',
  keyQuestionsAsked: 'string or null',
};

/** The columns of a summary row. */
const SUMMARY_COLUMNS = Object.keys(SUMMARY_FIELDS) as (keyof AttemptSummary)[];

/** The columns of an entry row. */
const ENTRY_COLUMNS = ['id', 'size', 'mtimeMs', 'newer', 'summary'] as const;

/** Each name's position in a row. */
function positions<N extends string>(names: readonly N[]): { readonly [K in N]: number } {
  return Object.fromEntries(names.map((n, i) => [n, i])) as { [K in N]: number };
}

const E = positions(ENTRY_COLUMNS);
const S = positions(SUMMARY_COLUMNS);
const SUMMARY_TYPES = SUMMARY_COLUMNS.map((name) => SUMMARY_FIELDS[name]);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether `v` is a value of the type (an unknown type holds nothing). */
function holds(type: FieldType | undefined, v: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    case 'string or null':
      return v === null || typeof v === 'string';
    case 'number or null':
      return v === null || typeof v === 'number';
    case 'run indexes':
      if (!Array.isArray(v)) return false;
      for (const x of v) if (!Number.isInteger(x)) return false;
      return true;
    case undefined:
      return false;
    default:
      return typeof v === 'string' && type.includes(v);
  }
}

function sameNames(header: unknown, names: readonly string[]): boolean {
  return Array.isArray(header) && header.length === names.length && names.every((n, i) => header[i] === n);
}

/** A summary as a row of the index, in the order of `SUMMARY_COLUMNS`. */
export function summaryToRow(s: AttemptSummary): unknown[] {
  return SUMMARY_COLUMNS.map((name) => s[name]);
}

/**
 * A summary read back from a row, or undefined when the row is not one (a value missing or of
 * the wrong type). Written out as one object literal so that all summaries share one hidden
 * class (building them key by key is several times slower for 10,000 rows).
 */
export function summaryFromRow(row: unknown): AttemptSummary | undefined {
  if (!Array.isArray(row) || row.length !== SUMMARY_COLUMNS.length) return undefined;
  for (let k = 0; k < SUMMARY_TYPES.length; k++) if (!holds(SUMMARY_TYPES[k], row[k])) return undefined;
  const v = row as unknown as readonly never[];
  return {
    id: v[S.id], problemId: v[S.problemId], kind: v[S.kind], round: v[S.round], title: v[S.title], difficulty: v[S.difficulty],
    language: v[S.language], startedAt: v[S.startedAt], endedAt: v[S.endedAt], budgetMs: v[S.budgetMs], timeUsedMs: v[S.timeUsedMs],
    pausedMs: v[S.pausedMs], overtime: v[S.overtime], overtimeMs: v[S.overtimeMs], verdict: v[S.verdict], passed: v[S.passed],
    total: v[S.total], score: v[S.score], hintsUsed: v[S.hintsUsed], interviewMode: v[S.interviewMode], selfRating: v[S.selfRating],
    note: v[S.note], runCount: v[S.runCount], submitCount: v[S.submitCount], snapshotRuns: v[S.snapshotRuns],
    clarificationsAsked: v[S.clarificationsAsked], keyQuestionsAsked: v[S.keyQuestionsAsked],
  };
}

/** The text of `index.json`; entries modified within the racy window of `nowMs` are written untrusted. */
export function encodeIndex(index: HistoryIndex, nowMs: number): string {
  const rows: unknown[][] = [];
  for (const [name, e] of index.entries) {
    const row: unknown[] = new Array(ENTRY_COLUMNS.length);
    row[E.id] = name.slice(0, -'.json'.length);
    row[E.size] = e.size;
    row[E.mtimeMs] = isRacy(e.mtimeMs, nowMs) ? -1 : e.mtimeMs;
    row[E.newer] = e.newer;
    row[E.summary] = e.summary && summaryToRow(e.summary);
    rows.push(row);
  }
  return JSON.stringify({
    format: INDEX_FORMAT,
    schemaVersion: ATTEMPT_SCHEMA_VERSION,
    dirMtimeMs: index.dirMtimeMs,
    entryColumns: ENTRY_COLUMNS,
    summaryColumns: SUMMARY_COLUMNS,
    entries: rows,
  });
}

function entryFromRow(row: unknown): [string, IndexEntry] | undefined {
  if (!Array.isArray(row) || row.length !== ENTRY_COLUMNS.length) return undefined;
  const id: unknown = row[E.id];
  const size: unknown = row[E.size];
  const mtimeMs: unknown = row[E.mtimeMs];
  const newer: unknown = row[E.newer];
  const summary: unknown = row[E.summary];
  if (typeof id !== 'string' || typeof size !== 'number' || typeof mtimeMs !== 'number') return undefined;
  if (summary === null) return typeof newer === 'number' ? [attemptFileName(id), { size, mtimeMs, summary: null, newer }] : undefined;
  const s = summaryFromRow(summary);
  if (newer !== null || !s || s.id !== id) return undefined;
  return [attemptFileName(id), { size, mtimeMs, summary: s, newer: null }];
}

/** The index in a parsed `index.json`; undefined when it is of another format or damaged in any way. */
export function decodeIndex(raw: unknown): HistoryIndex | undefined {
  if (!isRecord(raw)) return undefined;
  const { format, schemaVersion, dirMtimeMs, entryColumns, summaryColumns, entries } = raw;
  if (format !== INDEX_FORMAT || schemaVersion !== ATTEMPT_SCHEMA_VERSION || typeof dirMtimeMs !== 'number' || !Array.isArray(entries)) return undefined;
  if (!sameNames(entryColumns, ENTRY_COLUMNS) || !sameNames(summaryColumns, SUMMARY_COLUMNS)) return undefined;
  const decoded = new Map<string, IndexEntry>();
  for (const row of entries as unknown[]) {
    const entry = entryFromRow(row);
    if (!entry) return undefined;
    decoded.set(entry[0], entry[1]);
  }
  return { entries: decoded, dirMtimeMs };
}
