/**
 * What one Run or Submit of a coding session sends to the judge, and how its results are
 * shown and counted: Run takes the visible tests, Submit every test; the user's custom cases
 * follow either way (numbered after the tests). Custom cases are the user's own: they are shown
 * in full and never count for the attempt.
 */
import type { CaseResult } from '../judge/judge';
import { parseExactJson } from '../problems/exactJson';
import type { TestCase } from '../problems/schema';
import type { RunKind } from '../vocabulary';
import type { CustomCase } from './practice';
import { formatArgs, toCaseView, type CaseDisplay } from './views';

export interface RunPlan {
  readonly cases: TestCase[];
  /** The panel's view of a judged case. */
  view(result: CaseResult): CaseDisplay;
  /** The results that belong to the problem's own tests (what the attempt records). */
  official(results: CaseResult[]): CaseResult[];
}

/** Custom cases whose JSON does not parse are left out. */
export function planRun(kind: RunKind, tests: TestCase[], custom: CustomCase[]): RunPlan {
  const extra = custom.flatMap((c, i): TestCase[] => {
    try {
      // Exact JSON: `1.0` typed by the user reaches a Python solution as a float.
      return [{ index: tests.length + i, name: c.name, args: parseExactJson(c.args) as unknown[], expected: parseExactJson(c.expected), hidden: false }];
    } catch {
      return [];
    }
  });
  const customIndexes = new Set(extra.map((c) => c.index));
  const cases = [...(kind === 'submit' ? tests : tests.filter((c) => !c.hidden)), ...extra];
  // A class case shows its calls: `__init__(0.5) → fit([1, 2]) → predict(10)`.
  const argsText = new Map(cases.filter((c) => !c.hidden).map((c) => [c.index, c.calls ? c.calls.map(([m, a]) => `${m}(${formatArgs(a)})`).join(' → ') : formatArgs(c.args)]));
  return {
    cases,
    view: (r) => toCaseView(r, customIndexes.has(r.index), argsText.get(r.index)),
    official: (results) => results.filter((r) => !customIndexes.has(r.index)),
  };
}
