/**
 * `checkAnswer`: evidence-based feedback on a written design or behavioral answer (pure; the
 * caller supplies the texts). Design answers get the nine phases, the prompt's nuances and its
 * red flags; behavioral answers get the STAR-C parts, ownership of failure, a quantified result
 * and the kind of lessons drawn. Every covered item quotes the user's own sentences as evidence
 * (exact substrings of the answer); template lines and restatements of the prompt never count.
 */
import type { BehavioralRubric, DesignRubric, NuanceId } from '../problems/schema';
import { analyseAnswer } from './analysis';
import type { DesignCheck } from './designCheck';
import { checkDesign } from './designCheck';
import type { BehavioralCheck } from './starc';
import { checkBehavioral } from './starc';

export type { DesignCheck, NuanceResult, PhaseResult, RedFlagResult } from './designCheck';
export type { BehavioralCheck, Lessons, StarcItem } from './starc';

interface CheckTexts {
  /** The whole answer file as the user wrote it. */
  answer: string;
  /** The answer template (its lines are not the user's). */
  template: string;
  /** The prompt's statement (sentences that mostly repeat it do not count). */
  statement: string;
}

export interface DesignCheckInput extends CheckTexts {
  kind: 'design';
  rubric: DesignRubric;
  /** The prompt's nuances (problem.json `nuances`). */
  nuances: readonly NuanceId[];
}

export interface BehavioralCheckInput extends CheckTexts {
  kind: 'behavioral';
  rubric?: BehavioralRubric;
  nuances?: readonly NuanceId[];
}

export type CheckInput = DesignCheckInput | BehavioralCheckInput;
export type CheckResult = DesignCheck | BehavioralCheck;

export function checkAnswer(input: DesignCheckInput): DesignCheck;
export function checkAnswer(input: BehavioralCheckInput): BehavioralCheck;
export function checkAnswer(input: CheckInput): CheckResult;
export function checkAnswer(input: CheckInput): CheckResult {
  const analysed = analyseAnswer(input.answer, { template: input.template, statement: input.statement });
  if (input.kind === 'design') return checkDesign({ analysed, rubric: input.rubric, nuances: input.nuances });
  return checkBehavioral({ analysed, rubric: input.rubric });
}
