/**
 * The persisted index of the history (`index.json`): a cache of every record's summary, with the
 * size and mtime of the record it was made from, so that opening the history reads no record
 * that did not change.
 *
 *     { "format": 2, "schemaVersion": 1, "dirMtimeMs": 1712345678901.5,
 *       "entries": [ { "id": "...", "size": 812, "mtimeMs": 1712345600000.25,
 *                      "summary": { "id": "...", "problemId": "...", ... }, "newer": null }, ... ] }
 *
 * An entry of a record from a newer schema has `summary: null` and that schema in `newer`. An
 * `mtimeMs` of -1 means "not trusted: read the record again". `SUMMARY_FIELDS` names every field
 * of a summary with its check: writing picks those fields, reading accepts a summary only when
 * it has exactly those fields and each passes its check. An index of another format, or damaged
 * in any way, is not used at all: the history is then read from the records and the index
 * written anew (bump `INDEX_FORMAT` whenever this layout or `AttemptSummary` changes).
 */
import type { AttemptSummary } from './model';
import { ATTEMPT_SCHEMA_VERSION, ATTEMPT_VERDICTS } from './model';
import { attemptFileName, isRacy } from './storeFiles';
import { DIFFICULTIES, PROBLEM_KINDS, ROUNDS } from '../vocabulary';

/** Bumped whenever the index layout or `AttemptSummary` changes: an index of another format is rebuilt. */
export const INDEX_FORMAT = 2;

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

type Check = (v: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number';
const isBoolean: Check = (v) => typeof v === 'boolean';
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const isIndexList: Check = (v) => Array.isArray(v) && v.every((x) => Number.isInteger(x));

/** Every field of a summary, by name, with the check its value must pass. */
const SUMMARY_FIELDS: { readonly [K in keyof AttemptSummary]-?: Check } = {
  id: isString,
  problemId: isString,
  kind: oneOf(PROBLEM_KINDS),
  round: oneOf(ROUNDS),
  title: isString,
  difficulty: oneOf(DIFFICULTIES),
  language: isString,
  startedAt: isString,
  endedAt: orNull(isString),
  budgetMs: isNumber,
  timeUsedMs: isNumber,
  pausedMs: isNumber,
  overtime: isBoolean,
  overtimeMs: isNumber,
  verdict: oneOf(ATTEMPT_VERDICTS),
  passed: isNumber,
  total: isNumber,
  score: isNumber,
  hintsUsed: isNumber,
  interviewMode: isBoolean,
  selfRating: orNull(isNumber),
  note: orNull(isString),
  runCount: isNumber,
  submitCount: isNumber,
  snapshotRuns: isIndexList,
};
const FIELD_NAMES = Object.keys(SUMMARY_FIELDS) as (keyof AttemptSummary)[];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A summary as the index stores it: exactly the named fields. */
export function summaryToIndex(s: AttemptSummary): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) out[name] = s[name];
  return out;
}

/**
 * A summary read back from the index, or undefined when a field is missing, extra or of the
 * wrong type. The parsed object itself is kept (objects made by one `JSON.parse` with the same
 * keys in the same order share one hidden class; copying 10,000 of them costs time at open).
 */
export function summaryFromIndex(raw: unknown): AttemptSummary | undefined {
  if (!isRecord(raw) || Object.keys(raw).length !== FIELD_NAMES.length) return undefined;
  for (const name of FIELD_NAMES) if (!SUMMARY_FIELDS[name](raw[name])) return undefined;
  return raw as unknown as AttemptSummary;
}

/** The text of `index.json`; entries modified within the racy window of `nowMs` are written untrusted. */
export function encodeIndex(index: HistoryIndex, nowMs: number): string {
  const entries: Record<string, unknown>[] = [];
  for (const [name, e] of index.entries) {
    entries.push({
      id: name.slice(0, -'.json'.length),
      size: e.size,
      mtimeMs: isRacy(e.mtimeMs, nowMs) ? -1 : e.mtimeMs,
      summary: e.summary && summaryToIndex(e.summary),
      newer: e.newer,
    });
  }
  return JSON.stringify({ format: INDEX_FORMAT, schemaVersion: ATTEMPT_SCHEMA_VERSION, dirMtimeMs: index.dirMtimeMs, entries });
}

function entryFromIndex(raw: unknown): [string, IndexEntry] | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, size, mtimeMs, summary, newer } = raw;
  if (typeof id !== 'string' || typeof size !== 'number' || typeof mtimeMs !== 'number') return undefined;
  if (summary === null) return typeof newer === 'number' ? [attemptFileName(id), { size, mtimeMs, summary: null, newer }] : undefined;
  const s = summaryFromIndex(summary);
  if (newer !== null || !s || s.id !== id) return undefined;
  return [attemptFileName(id), { size, mtimeMs, summary: s, newer: null }];
}

/** The index in a parsed `index.json`; undefined when it is of another format or damaged in any way. */
export function decodeIndex(raw: unknown): HistoryIndex | undefined {
  if (!isRecord(raw)) return undefined;
  const { format, schemaVersion, dirMtimeMs, entries } = raw;
  if (format !== INDEX_FORMAT || schemaVersion !== ATTEMPT_SCHEMA_VERSION || typeof dirMtimeMs !== 'number' || !Array.isArray(entries)) return undefined;
  const decoded = new Map<string, IndexEntry>();
  for (const item of entries as unknown[]) {
    const entry = entryFromIndex(item);
    if (!entry) return undefined;
    decoded.set(entry[0], entry[1]);
  }
  return { entries: decoded, dirMtimeMs };
}
