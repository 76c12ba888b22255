import { validateCustomCase } from '../../core/judge/caseInput';
import type { CustomCase } from '../../core/session/practice';
import type { PracticeFiles } from '../../core/session/practiceFiles';
import type { Problem } from '../../core/problems/schema';
import { UserError } from '../failures';
import type { Logger } from '../logger';

export const MAX_CUSTOM_CASES = 50;

/** The user's own test cases of a problem, kept in the practice folder beside the solution. */
export class CustomCases {
  constructor(
    private readonly files: PracticeFiles,
    private readonly log: Logger,
  ) {}

  /** The cases of a problem; a file that cannot be read counts as none (the log says why). */
  async read(problem: Problem): Promise<CustomCase[]> {
    try {
      return await this.files.readCustomCases(problem);
    } catch (err) {
      this.log.warn(`custom cases of ${problem.id} could not be read: ${String(err)}`);
      return [];
    }
  }

  /** Adds a case (named "case N" when unnamed); returns the new list. */
  async add(problem: Problem, c: CustomCase): Promise<CustomCase[]> {
    const cases = await this.read(problem);
    if (cases.length >= MAX_CUSTOM_CASES) throw new UserError(`At most ${MAX_CUSTOM_CASES} custom cases per problem.`);
    // Bad input is the user's input, said before anything runs (BATTERY 41).
    const bad = validateCustomCase(c.args, c.expected);
    if (bad) throw new UserError(`This custom case cannot be used: ${bad}. Nothing was saved.`);
    const next = [...cases, { ...c, name: c.name || `case ${cases.length + 1}` }];
    await this.files.writeCustomCases(problem.id, next);
    return next;
  }

  /** Removes the case at `index`; returns the new list, or undefined when there is no such case. */
  async remove(problem: Problem, index: number): Promise<CustomCase[] | undefined> {
    const cases = await this.read(problem);
    if (index < 0 || index >= cases.length) return undefined;
    cases.splice(index, 1);
    await this.files.writeCustomCases(problem.id, cases);
    return cases;
  }
}
