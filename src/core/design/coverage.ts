/**
 * Coverage of a written design or behavioral answer against its rubric: a self-check, not a
 * grade. Only the user's own lines count: lines that are already in the answer template
 * (headings, prompting questions) are removed first, so the template alone covers nothing.
 *
 * - Design: a phase is covered when the answer mentions at least `minHits` of the phase's
 *   keywords (case-insensitive substring match; keywords such as "pr-auc" or "a/b" are meant
 *   for that).
 * - Behavioral: each STAR-C section (Situation, Task, Action, Result, Context) is covered when
 *   the user wrote at least `minWords` words of their own under its heading; Result also asks
 *   for a number.
 */
import type { DesignRubric } from '../problems/schema';

export interface CoverageItem {
  id: string;
  title: string;
  covered: boolean;
  /** What was found (keywords, or "N words"). */
  found: string[];
  /** What would cover it (keywords not mentioned, or the missing part). */
  missing: string[];
}

function templateLines(template: string): Set<string> {
  return new Set(template.split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
}

/** The answer without the lines it shares with the template. */
export function ownText(answer: string, template: string): string {
  const known = templateLines(template);
  return answer
    .split(/\r?\n/)
    .filter((l) => l.trim() && !known.has(l.trim()))
    .join('\n');
}

export function designCoverage(answer: string, template: string, rubric: DesignRubric, minHits = 2): CoverageItem[] {
  const text = ownText(answer, template).toLowerCase();
  return rubric.phases.map((phase) => {
    const found = phase.keywords.filter((k) => text.includes(k.toLowerCase()));
    const need = Math.min(minHits, phase.keywords.length);
    return { id: phase.id, title: phase.title, covered: found.length >= need, found, missing: phase.keywords.filter((k) => !found.includes(k)).slice(0, 6) };
  });
}

export const STARC_SECTIONS = ['situation', 'task', 'action', 'result', 'context'] as const;

/** Splits markdown into sections by `#`-headings, keyed by the lower-cased first word of the heading. */
function sections(markdown: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = '';
  for (const line of markdown.split(/\r?\n/)) {
    const h = /^#{1,6}\s+(.*)$/.exec(line.trim());
    if (h) {
      current = (h[1] ?? '').trim().toLowerCase().split(/[^a-z]+/).filter(Boolean)[0] ?? '';
      continue;
    }
    const list = out.get(current) ?? [];
    list.push(line);
    out.set(current, list);
  }
  return out;
}

export function behavioralCoverage(answer: string, template: string, minWords = 15): CoverageItem[] {
  const known = templateLines(template);
  const bySection = sections(answer);
  return STARC_SECTIONS.map((id) => {
    const own = (bySection.get(id) ?? []).filter((l) => l.trim() && !known.has(l.trim())).join(' ');
    const words = own.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
    const hasNumber = /\d/.test(own);
    const enough = words >= minWords;
    const covered = id === 'result' ? enough && hasNumber : enough;
    const missing: string[] = [];
    if (!enough) missing.push(`at least ${minWords} words of your own (now ${words})`);
    if (id === 'result' && !hasNumber) missing.push('a number: quantify the result');
    return { id, title: id[0]?.toUpperCase() + id.slice(1), covered, found: [`${words} words`], missing };
  });
}
