/**
 * The three export formats of the history, as pure functions.
 *
 * - JSON: `{"schemaVersion": n, "attempts": [...]}`, the full records exactly as stored
 *   (scripts rely on the field names of `model.ts`: problemId, kind, language, startedAt,
 *   endedAt, verdict, passed, total, hintsUsed, …).
 * - CSV (RFC 4180): a header row and one row per attempt, CRLF line ends, fields quoted when
 *   they contain a comma, a quote or a line break (quotes doubled). A text cell that starts
 *   with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so that a
 *   spreadsheet shows it as text instead of evaluating it as a formula.
 * - Markdown: a summary table per round and a table of attempts; cell text has `|`, `\`, `<`
 *   and `>` escaped and line breaks turned into spaces.
 */
import type { UtcOffset } from './calendar';
import { hostUtcOffset } from './calendar';
import type { Attempt, AttemptSummary } from './model';
import { ATTEMPT_SCHEMA_VERSION } from './model';
import { toLoopExport, type LoopRecord } from './loopRecord';
import { overallStats, roundStats } from './stats';
import { ROUNDS } from '../vocabulary';

export interface ExportOptions {
  /** Shown as the export date in the Markdown report; default: the current time. */
  readonly now?: Date;
  /** For the dates in the Markdown report; default: the host's zone. */
  readonly utcOffset?: UtcOffset;
  /** The mock loops to include (newest first, as `LoopStore.list` gives them). */
  readonly loops?: readonly LoopRecord[];
}

export function toJsonExport(records: readonly Attempt[], loops: readonly LoopRecord[] = []): string {
  const oldestFirst = [...loops].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  return JSON.stringify({ schemaVersion: ATTEMPT_SCHEMA_VERSION, attempts: records, loops: oldestFirst.map(toLoopExport) }, null, 2) + '\n';
}

export const LOOP_CSV_COLUMNS = ['loopId', 'level', 'status', 'loopStartedAt', 'position', 'round', 'problemId', 'attemptId', 'verdict', 'score', 'timeUsedMs', 'budgetMs', 'endedBy'] as const;

/** The loops as CSV: one row per round (after a blank line, below the attempts). */
export function loopsCsv(loops: readonly LoopRecord[]): string {
  const lines: string[] = [LOOP_CSV_COLUMNS.join(',')];
  for (const l of [...loops].reverse()) {
    l.rounds.forEach((r, i) => {
      lines.push([l.id, l.level, l.status, l.startedAt, i + 1, r.round, r.problemId, r.attemptId, r.verdict, r.score, r.timeUsedMs, r.budgetMs, r.endedBy].map((v) => csvCell(v)).join(','));
    });
  }
  return lines.join('\r\n') + '\r\n';
}

/** The loops section of the Markdown report. */
export function loopsMarkdown(loops: readonly LoopRecord[], offset: UtcOffset): string[] {
  if (!loops.length) return [];
  const out = ['', '## Mock loops', '', '| Started | Level | Status | Rounds | Scores | Time used of budget | Focus |', '| --- | --- | --- | ---: | --- | ---: | --- |'];
  for (const l of loops) {
    const used = l.rounds.reduce((n, r) => n + r.timeUsedMs, 0);
    const budget = l.rounds.reduce((n, r) => n + r.budgetMs, 0);
    const cells = [
      localDateTime(l.startedAt, offset),
      l.level,
      l.status,
      `${l.rounds.length}/${l.plan.length}`,
      l.rounds.map((r) => `${r.round} ${Math.round(r.score)}`).join(', ') || '–',
      budget ? percent(used / budget) : '–',
      markdownCell(l.debrief ? l.debrief.focus.component : '–'),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  const latest = loops.find((l) => l.debrief);
  if (latest?.debrief) {
    out.push('', `### Latest debrief (${localDateTime(latest.startedAt, offset)}, ${latest.level})`, '');
    out.push(`- Went well: ${markdownCell(latest.debrief.wentWell)}`, `- Hesitated: ${markdownCell(latest.debrief.hesitated)}`, `- Would change: ${markdownCell(latest.debrief.change)}`, `- Focus next week: ${markdownCell(latest.debrief.focus.reason)}`);
  }
  return out;
}

export const CSV_COLUMNS = [
  'id',
  'problemId',
  'title',
  'kind',
  'round',
  'language',
  'startedAt',
  'endedAt',
  'verdict',
  'passed',
  'total',
  'score',
  'timeUsedMs',
  'budgetMs',
  'overtime',
  'hintsUsed',
  'selfRating',
  'note',
  'clarificationsAsked',
  'keyQuestionsAsked',
] as const satisfies readonly (keyof AttemptSummary)[];

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: formula-neutralised, then quoted if needed. null → empty. */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(attempts: readonly AttemptSummary[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const a of attempts) lines.push(CSV_COLUMNS.map((c) => csvCell(a[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Text safe inside a Markdown table cell. */
export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, ' ');
}

/** `m:ss`, or `h:mm:ss` from an hour on. */
export function formatDuration(ms: number): string {
  const total = Math.round(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

function localDateTime(iso: string, offset: UtcOffset): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const minutes = typeof offset === 'number' ? offset : offset(new Date(t));
  return new Date(t + minutes * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}

const percent = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)} %`);
const rounded = (x: number | null): string => (x === null ? '–' : String(Math.round(x)));

/** The Markdown report: summary per round, then every attempt (in the order given). */
export function toMarkdownReport(attempts: readonly AttemptSummary[], options: ExportOptions = {}): string {
  const offset = options.utcOffset ?? hostUtcOffset;
  const now = options.now ?? new Date();
  const all = overallStats(attempts);
  const rounds = roundStats(attempts);
  const out: string[] = [];
  out.push('# Practice history', '');
  out.push(
    `Exported ${localDateTime(now.toISOString(), offset)} · ${attempts.length} attempts · ` +
      `${all.solved} solved (${percent(all.solveRate)}) · average score ${rounded(all.averageScore)}`,
    '',
  );
  out.push('## By round', '');
  out.push('| Round | Attempts | Solved | Solve rate | Average score | Time used of budget | Self-rating |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of ROUNDS) {
    const s = rounds[r];
    const rating = s.averageSelfRating === null ? '–' : s.averageSelfRating.toFixed(1);
    out.push(`| ${r} | ${s.attempts} | ${s.solved} | ${percent(s.solveRate)} | ${rounded(s.averageScore)} | ${percent(s.timeUsedOfBudget)} | ${rating} |`);
  }
  out.push('', '## Attempts', '');
  out.push('| Started | Problem | Round | Language | Verdict | Passed | Score | Time used | Budget | Hints | Rating | Note |');
  out.push('| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const a of attempts) {
    const cells = [
      localDateTime(a.startedAt, offset),
      markdownCell(a.title || a.problemId),
      a.round,
      markdownCell(a.language),
      a.endedAt === null ? 'running' : a.verdict,
      `${a.passed}/${a.total}`,
      String(a.score),
      formatDuration(a.timeUsedMs) + (a.overtime ? ' (over)' : ''),
      a.budgetMs > 0 ? formatDuration(a.budgetMs) : '–',
      String(a.hintsUsed),
      a.selfRating === null ? '–' : String(a.selfRating),
      markdownCell(a.note ?? ''),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  out.push(...loopsMarkdown(options.loops ?? [], offset));
  return out.join('\n') + '\n';
}
