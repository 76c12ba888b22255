/**
 * Files of the practice folder: one sub-folder per problem with the solution file(s) and the
 * user's custom test cases. Pure helpers; the UI does the I/O.
 */
import { z } from 'zod';

import { LANGUAGE_EXTENSIONS, type Language, type ProblemKind } from '../vocabulary';

/** `solution.py` / `solution.ts` / `solution.js`; `answer.md` for design and behavioral rounds. */
export function solutionFileName(kind: ProblemKind, language: Language): string {
  return kind === 'coding' ? `solution.${LANGUAGE_EXTENSIONS[language]}` : 'answer.md';
}

export function customCasesFile(): string {
  return 'custom-tests.json';
}

export interface CustomCase {
  name: string;
  /** JSON text of the argument array. */
  args: string;
  /** JSON text of the expected value. */
  expected: string;
}

const customCaseSchema = z.object({
  name: z.string().max(80),
  args: z.string().max(64 * 1024).refine((s) => {
    try {
      return Array.isArray(JSON.parse(s));
    } catch {
      return false;
    }
  }, 'must be a JSON array'),
  expected: z.string().max(64 * 1024).refine((s) => {
    try {
      JSON.parse(s);
      return true;
    } catch {
      return false;
    }
  }, 'must be JSON'),
});
const customFileSchema = z.object({ version: z.literal(1), cases: z.array(customCaseSchema).max(50) });

/** Parses custom-tests.json; throws with a readable message when it is not valid. */
export function parseCustomCases(text: string): CustomCase[] {
  const parsed = customFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`custom test cases: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data.cases;
}

export function serializeCustomCases(cases: CustomCase[]): string {
  return JSON.stringify({ version: 1, cases }, null, 2) + '\n';
}
