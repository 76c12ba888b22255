// Whether a test case's values can be given to a solution: the tagged values of tests.json
// ($float, $set; problems/taggedValues.ts has the rules) checked before a harness sees them, so
// that a malformed custom case is reported as bad input, never as the solution's crash.
//
// The editor checks a custom case when it is added (`validateCustomCase`); the judge checks the
// arguments of every case before it sends them (`caseInputProblem`).
import { parseExactJson } from '../problems/exactJson';
import { formatJsonPath } from '../problems/loader';
import { checkTags } from '../problems/taggedValues';

/** Nesting beyond which a value is checked in full (below checkTags' own depth limit). */
const QUICK_DEPTH = 400;

/** True when a value holds a `$` key or deep nesting: only then can checkTags find anything. */
function mayHoldTags(x: unknown, depth: number): boolean {
  if (typeof x !== 'object' || x === null) return false;
  if (depth > QUICK_DEPTH) return true;
  if (Array.isArray(x)) {
    for (const e of x) if (typeof e === 'object' && e !== null && mayHoldTags(e, depth + 1)) return true;
    return false;
  }
  for (const k of Object.keys(x)) {
    if (k.charCodeAt(0) === 36) return true;
    if (mayHoldTags((x as Record<string, unknown>)[k], depth + 1)) return true;
  }
  return false;
}

/** The first problem of a value at `where` (a JSON path such as `args[0]`), or undefined. */
function firstProblem(x: unknown, where: PropertyKey[]): string | undefined {
  if (!mayHoldTags(x, 0)) return undefined;
  const issues: { path: PropertyKey[]; message: string }[] = [];
  checkTags(x, where, false, issues);
  const first = issues[0];
  if (!first) return undefined;
  const message = first.message.startsWith('$file') ? '$file is not allowed here (only in the tests.json of a pack)' : first.message;
  return `${formatJsonPath(first.path)}: ${message}`;
}

/** Why a case value (tagged JSON) cannot be used, or undefined when it can. */
export function validateCaseValue(json: unknown, where = 'value'): string | undefined {
  return firstProblem(json, [where]);
}

/** Why a case's arguments (or its calls' arguments) cannot be given to a solution, or undefined when they can. */
export function caseInputProblem(args: unknown, calls?: readonly (readonly [string, unknown])[]): string | undefined {
  if (!Array.isArray(args)) return 'args: must be a list of arguments';
  for (let i = 0; i < args.length; i++) {
    const p = firstProblem(args[i], ['args', i]);
    if (p) return p;
  }
  for (let j = 0; j < (calls?.length ?? 0); j++) {
    const callArgs = (calls as readonly (readonly [string, unknown])[])[j][1];
    if (!Array.isArray(callArgs)) return `calls[${j}][1]: must be a list of arguments`;
    for (let i = 0; i < callArgs.length; i++) {
      const p = firstProblem(callArgs[i], ['calls', j, 1, i]);
      if (p) return p;
    }
  }
  return undefined;
}

/**
 * Checks a custom case as the user typed it (JSON text of the argument list and of the expected
 * value): the first problem, or undefined when the case can be run.
 */
export function validateCustomCase(argsText: string, expectedText: string): string | undefined {
  let args: unknown;
  try {
    args = parseExactJson(argsText);
  } catch (err) {
    return `args: not valid JSON (${err instanceof Error ? err.message : String(err)})`;
  }
  const bad = caseInputProblem(args);
  if (bad) return bad;
  let expected: unknown;
  try {
    expected = parseExactJson(expectedText);
  } catch (err) {
    return `expected: not valid JSON (${err instanceof Error ? err.message : String(err)})`;
  }
  return validateCaseValue(expected, 'expected');
}
