/**
 * Coverage items of a design or behavioral answer in the shape the session UI shows (one item
 * per rubric phase or STAR-C part), computed by the evidence-based checker of `check.ts`:
 * `found` quotes the user's sentences that count, `missing` says what would cover the item.
 * Only the user's own lines count: lines already in the answer template are removed first, so
 * the template alone covers nothing.
 */
import type { DesignRubric } from '../problems/schema';
import { STARC_PARTS } from './behavioralLexicon';
import type { StarcPart } from './behavioralLexicon';
import { checkAnswer } from './check';

export { ownText } from './text';

export interface CoverageItem {
  id: string;
  title: string;
  covered: boolean;
  /** The user's sentences that cover the item (exact substrings of the answer). */
  found: string[];
  /** What would cover it, when it is not covered. */
  missing: string[];
}

export function designCoverage(answer: string, template: string, rubric: DesignRubric, _minHits = 2): CoverageItem[] {
  const result = checkAnswer({ kind: 'design', answer, template, statement: '', rubric, nuances: [] });
  return result.phases.map((p) => ({ id: p.id, title: p.title, covered: p.covered, found: p.evidence, missing: p.missing }));
}

export const STARC_SECTIONS = STARC_PARTS;

const STARC_TITLES: Record<StarcPart, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result', context: 'Context' };

const STARC_MISSING: Record<StarcPart, string> = {
  situation: 'the setting and the stakes: which system or model, for whom, at what scale',
  task: 'your own responsibility: what you owned and what you had to achieve',
  action: 'what you did, in the first person: concrete technical steps, not meetings',
  result: 'the outcome, ideally with before/after numbers (not activity counts)',
  context: 'a specific lesson or constraint: what you now do differently, and where you applied it',
};

export function behavioralCoverage(answer: string, template: string, _minWords = 15): CoverageItem[] {
  const result = checkAnswer({ kind: 'behavioral', answer, template, statement: '' });
  return result.starc.map((s) => ({ id: s.id, title: STARC_TITLES[s.id], covered: s.covered, found: s.evidence, missing: s.covered ? [] : [STARC_MISSING[s.id]] }));
}
