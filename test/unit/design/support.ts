import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BehavioralCheck, DesignCheck } from '../../../src/core/design/check';
import { checkAnswer } from '../../../src/core/design/check';
import type { NuanceId } from '../../../src/core/problems/schema';
import { behavioralRubricSchema, designRubricSchema } from '../../../src/core/problems/schema';

export const ROOT = resolve(__dirname, '..', '..', '..', '..');
export const PROBLEMS = join(ROOT, 'problems');
export const ANSWERS = join(ROOT, 'test', 'unit', 'design', 'fixtures', 'answers');

export const read = (...p: string[]): string => readFileSync(join(...p), 'utf8');

export interface PromptFiles {
  template: string;
  statement: string;
  rubric: unknown;
  nuances: NuanceId[];
}

export function prompt(id: string): PromptFiles {
  const manifest = JSON.parse(read(PROBLEMS, id, 'problem.json')) as { nuances: NuanceId[] };
  return { template: read(PROBLEMS, id, 'template.md'), statement: read(PROBLEMS, id, 'statement.md'), rubric: JSON.parse(read(PROBLEMS, id, 'rubric.json')), nuances: manifest.nuances };
}

/** Checks a design answer to a bundled prompt. */
export function design(id: string, answer: string): DesignCheck {
  const p = prompt(id);
  return checkAnswer({ kind: 'design', answer, template: p.template, statement: p.statement, rubric: designRubricSchema.parse(p.rubric), nuances: p.nuances });
}

/** Checks a behavioral answer to a bundled prompt. */
export function behavioral(id: string, answer: string): BehavioralCheck {
  const p = prompt(id);
  return checkAnswer({ kind: 'behavioral', answer, template: p.template, statement: p.statement, rubric: behavioralRubricSchema.parse(p.rubric) });
}

export const coveredPhases = (r: DesignCheck): string[] => r.phases.filter((p) => p.covered).map((p) => p.id);
export const flagIds = (r: DesignCheck): string[] => r.redFlags.map((f) => f.id).sort();
