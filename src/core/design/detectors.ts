/**
 * Compiled concept detectors and their matching against an analysed sentence, with polarity:
 * a mention is affirmed when it sits in a clause that is not a dismissal and is not negated or
 * rejected ("instead of a random split", "accuracy is misleading").
 */
import type { Detector, SpecificKind } from '../problems/schema';
import type { Analysed } from './analysis';
import { negatedAt } from './cues';

export interface Compiled {
  readonly id: string;
  readonly re: RegExp;
  readonly needs: readonly SpecificKind[] | undefined;
  readonly unless: RegExp | undefined;
}

const cache = new WeakMap<Detector, Compiled>();

function bounded(patterns: readonly string[]): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${patterns.map((p) => `(?:${p})`).join('|')})(?![a-z0-9])`, 'gi');
}

export function compile(detector: Detector): Compiled {
  let c = cache.get(detector);
  if (!c) {
    c = { id: detector.id, re: bounded(detector.patterns), needs: detector.needs, unless: detector.unless ? bounded(detector.unless) : undefined };
    cache.set(detector, c);
  }
  return c;
}

export interface Mention {
  /** Mentioned in a non-dismissive clause, not negated. */
  readonly affirmed: boolean;
  /** Mentioned in a dismissal, or negated. */
  readonly denied: boolean;
}

const NONE: Mention = { affirmed: false, denied: false };

/** How a sentence mentions what the detector looks for. */
export function mention(c: Compiled, a: Analysed): Mention {
  if (c.unless) {
    c.unless.lastIndex = 0;
    if (c.unless.test(a.sentence.norm)) return NONE;
  }
  // Matched on the whole sentence (a concept may span an aside); judged in the clause it starts in.
  let affirmed = false;
  let denied = false;
  const norm = a.sentence.norm;
  c.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.re.exec(norm)) !== null) {
    if (m[0].length === 0) {
      c.re.lastIndex++;
      continue;
    }
    const at = m.index;
    const clause = a.clauses.find((x) => at >= x.start && at < x.end) ?? a.clauses.find((x) => at < x.end);
    if (!clause) continue;
    const local = at - clause.start;
    const length = Math.min(m[0].length, clause.end - at);
    if (clause.dismissive || negatedAt(clause.text, local, length)) denied = true;
    else affirmed = true;
  }
  return affirmed || denied ? { affirmed, denied } : NONE;
}

/** Whether the sentence carries what the detector needs next to its match. */
export function needsMet(c: Compiled, a: Analysed): boolean {
  if (c.needs === undefined) return a.specifics.size > 0;
  if (c.needs.length === 0) return true;
  return c.needs.some((k) => a.specifics.has(k));
}
