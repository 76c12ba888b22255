/**
 * What the problem panel shows of a judged case. Hidden cases show their verdict, time and
 * nuance only: never their arguments, expected or actual values, output, or a wrong-answer
 * message (which would name the expected value).
 */
import type { CaseResult } from '../judge/judge';

/** The panel's view of one case (mirrors `CaseView` of the protocol, which core cannot import). */
export interface CaseDisplay {
  index: number;
  name: string;
  hidden: boolean;
  custom: boolean;
  nuance?: string;
  verdict: CaseResult['verdict'];
  timeMs: number;
  message?: string;
  args?: string;
  expected?: string;
  actual?: string;
  stdout?: string;
  stderr?: string;
  traceback?: string;
  truncated?: boolean;
}

/** Shown instead of a value nested deeper than the view goes. */
export const TOO_DEEP_TO_SHOW = '[value too deep to show]';
/** Deepest nesting shown (values from a run are refused deeper than this already). */
const SHOW_DEPTH = 1000;

/** Thrown inside `untag` when a value is deeper than SHOW_DEPTH. */
class TooDeep extends Error {}

/** Marks a number to be shown as written (`4.0`, a huge integer's digits) inside the JSON text. */
const RAW = '\u0001raw:';
const RAW_PATTERN = /"\\u0001raw:(-?[0-9.eE+-]+)"/g;
const NUMBER_TEXT = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Compact JSON for display; tagged values ($float, $int, $ndarray) shown as their numbers, as written. Never throws. */
export function formatValue(v: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(untag(v, 0))?.replace(RAW_PATTERN, '$1');
  } catch (err) {
    return err instanceof TooDeep ? TOO_DEEP_TO_SHOW : '[value cannot be shown]';
  }
  return text === undefined ? 'undefined' : text.length > 4000 ? `${text.slice(0, 4000)} … (${text.length} characters)` : text;
}

export function formatArgs(args: unknown[]): string {
  return Array.isArray(args) ? args.map((a) => formatValue(a)).join(', ') : formatValue(args);
}

function untag(v: unknown, depth: number): unknown {
  if (depth > SHOW_DEPTH) throw new TooDeep();
  if (Array.isArray(v)) return v.map((x) => untag(x, depth + 1));
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$float === 'string' && Object.keys(o).length === 1) {
      if (NUMBER_TEXT.test(o.$float)) return RAW + o.$float;
      return o.$float === 'nan' ? 'NaN' : o.$float === 'inf' ? 'Infinity' : '-Infinity';
    }
    if (typeof o.$int === 'string' && /^-?\d+$/.test(o.$int) && Object.keys(o).length === 1) return RAW + o.$int;
    if (Array.isArray(o.$ndarray) && typeof o.dtype === 'string' && Object.keys(o).length === 2) return untag(o.$ndarray, depth + 1);
    if (Array.isArray(o.$set) && Object.keys(o).length === 1) return o.$set.map((x) => untag(x, depth + 1));
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, untag(x, depth + 1)]));
  }
  return v;
}

export function toCaseView(c: CaseResult, custom: boolean, args: string | undefined): CaseDisplay {
  const showData = !c.hidden || custom;
  return {
    ...(showData && args !== undefined ? { args } : {}),
    index: c.index,
    name: c.name,
    hidden: c.hidden && !custom,
    custom,
    verdict: c.verdict,
    timeMs: c.timeMs,
    ...(c.nuance ? { nuance: c.nuance } : {}),
    ...(c.message !== undefined && (showData || c.verdict !== 'wrong_answer') ? { message: c.message } : {}),
    ...(showData && c.expected !== undefined ? { expected: formatValue(c.expected) } : {}),
    ...(showData && c.actual !== undefined ? { actual: formatValue(c.actual) } : {}),
    ...(showData && c.stdout ? { stdout: c.stdout } : {}),
    ...(showData && c.stderr ? { stderr: c.stderr } : {}),
    ...(showData && c.traceback ? { traceback: c.traceback } : {}),
    ...(c.truncated ? { truncated: true } : {}),
  };
}

