// A new coding problem folder that is valid as written: manifest, statement, tests (visible and
// hidden), starters, a reference that passes and two known-wrong solutions that fail. The
// example task (the mean of a list) is there to be replaced; it shows every file's shape.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { CodingManifest } from './schema';
import { ID_PATTERN } from './schema';
import { PROBLEM_FILES, type CodingRound, type Difficulty, type PackLanguage } from '../vocabulary';

export interface ScaffoldAnswers {
  id: string;
  title: string;
  round: CodingRound;
  difficulty: Difficulty;
  /** Python is always included. */
  languages: readonly PackLanguage[];
  category?: string;
}

const MINUTES: Record<Difficulty, number> = { easy: 15, medium: 25, hard: 40 };

/** The files of the new problem, by path relative to its folder. */
export function scaffoldFiles(a: ScaffoldAnswers): Map<string, string> {
  const ts = a.languages.includes('typescript');
  const files = new Map<string, string>();
  const spec = (ext: string): { entry: string; starter: string; reference: string } => ({ entry: 'mean', starter: `starter.${ext}`, reference: `solutions/reference.${ext}` });
  const wrongFiles = (name: string): { python: string; typescript?: string } => ({ python: `solutions/wrong-${name}.py`, ...(ts ? { typescript: `solutions/wrong-${name}.ts` } : {}) });
  const manifest: CodingManifest = {
    id: a.id,
    title: a.title,
    kind: 'coding',
    round: a.round,
    category: a.category?.trim() || 'My problems',
    difficulty: a.difficulty,
    suggestedMinutes: MINUTES[a.difficulty],
    tags: ['custom'],
    nuances: [],
    languages: { python: spec('py'), ...(ts ? { typescript: spec('ts') } : {}) },
    hints: [
      { level: 'concept', text: 'The mean is the sum divided by the count.' },
      { level: 'approach', text: 'Add the values in one pass, then divide once.' },
      { level: 'pitfall', text: 'Divide as floating point: `1 / 2` must be `0.5`.' },
    ],
    wrong: [
      { name: 'integer-division', files: wrongFiles('integer-division'), why: 'floors the quotient, so non-integer means come out wrong' },
      { name: 'first-value', files: wrongFiles('first-value'), why: 'returns the first value instead of the mean' },
    ],
  };
  files.set(PROBLEM_FILES.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  files.set(
    PROBLEM_FILES.statement,
    `# ${a.title}\n\nWrite \`mean(values)\` that returns the arithmetic mean of a non-empty list of numbers.\n\n` +
      '$$\\bar{x} = \\frac{1}{n}\\sum_{i=1}^{n} x_i$$\n\n```python\nmean([1, 2, 3])  # 2.0\n```\n\n' +
      '*This is the example problem of the scaffold: replace the statement, `tests.json`, the starters and the solutions with your own.*\n',
  );
  const tests = {
    cases: [
      { name: 'small integers', args: [[1, 2, 3]], expected: 2, hidden: false },
      { name: 'one value', args: [[5]], expected: 5, hidden: false },
      { name: 'symmetric', args: [[-1, 1]], expected: 0, hidden: true },
      { name: 'fractions', args: [[0.1, 0.2]], expected: 0.15, hidden: true },
      { name: 'odd total', args: [[1, 2]], expected: 1.5, hidden: true },
    ],
  };
  files.set(PROBLEM_FILES.tests, `${JSON.stringify(tests, null, 2)}\n`);
  files.set('starter.py', 'def mean(values):\n    """Arithmetic mean of a non-empty list of numbers."""\n    raise NotImplementedError\n');
  files.set('solutions/reference.py', 'def mean(values):\n    return sum(values) / len(values)\n');
  files.set('solutions/wrong-integer-division.py', 'def mean(values):\n    return sum(values) // len(values)\n');
  files.set('solutions/wrong-first-value.py', 'def mean(values):\n    return values[0]\n');
  if (ts) {
    files.set('starter.ts', 'export function mean(values: number[]): number {\n  throw new Error("not implemented");\n}\n');
    files.set('solutions/reference.ts', 'export function mean(values: number[]): number {\n  return values.reduce((a, b) => a + b, 0) / values.length;\n}\n');
    files.set('solutions/wrong-integer-division.ts', 'export function mean(values: number[]): number {\n  return Math.floor(values.reduce((a, b) => a + b, 0) / values.length);\n}\n');
    files.set('solutions/wrong-first-value.ts', 'export function mean(values: number[]): number {\n  return values[0];\n}\n');
  }
  return files;
}

/** Why an id cannot be used in `packDir`, or undefined when it can. */
export async function checkNewId(packDir: string, id: string): Promise<string | undefined> {
  if (!ID_PATTERN.test(id)) return 'Use 2–64 characters of a-z, 0-9 and "-".';
  try {
    await fsp.lstat(path.join(packDir, id));
    return `The pack already has a folder "${id}".`;
  } catch {
    return undefined;
  }
}

/** Writes the new problem folder under `packDir`; never overwrites (fails if the folder exists). Returns the folder. */
export async function writeScaffold(packDir: string, answers: ScaffoldAnswers): Promise<string> {
  const refused = await checkNewId(packDir, answers.id);
  if (refused) throw new Error(refused);
  await fsp.mkdir(packDir, { recursive: true });
  const folder = path.join(packDir, answers.id);
  await fsp.mkdir(folder); // fails if it appeared meanwhile
  for (const [rel, text] of scaffoldFiles(answers)) {
    const file = path.join(folder, ...rel.split('/'));
    await fsp.mkdir(path.dirname(file), { recursive: true });
    await fsp.writeFile(file, text, { flag: 'wx' });
  }
  return folder;
}
