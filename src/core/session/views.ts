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

/** Compact JSON for display; tagged values ($float) shown as their numbers. */
export function formatValue(v: unknown): string {
  const text = JSON.stringify(untag(v));
  return text === undefined ? 'undefined' : text.length > 4000 ? `${text.slice(0, 4000)} … (${text.length} characters)` : text;
}

export function formatArgs(args: unknown[]): string {
  return args.map((a) => formatValue(a)).join(', ');
}

function untag(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(untag);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$float === 'string' && Object.keys(o).length === 1) return o.$float === 'nan' ? 'NaN' : o.$float === 'inf' ? 'Infinity' : '-Infinity';
    if (Array.isArray(o.$set) && Object.keys(o).length === 1) return o.$set.map(untag);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, untag(x)]));
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

