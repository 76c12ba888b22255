/**
 * The practice folder on disk: one sub-folder per problem with the solution (or answer) file
 * and the user's custom test cases. A file that exists is never overwritten. The I/O is
 * injected (node:fs by default) so that these rules are tested in plain Node.
 */
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { stripTypes } from '../judge/transpile';
import type { CodingProblem, Problem } from '../problems/schema';
import { PROBLEM_FILES, type Language } from '../vocabulary';
import { customCasesFile, parseCustomCases, serializeCustomCases, solutionFileName, type CustomCase } from './practice';

export interface PracticeIo {
  readFile(file: string): Promise<string>;
  /** Creates a file; resolves false, leaving it as it is, when it exists already. */
  createFile(file: string, text: string): Promise<boolean>;
  writeFile(file: string, text: string): Promise<void>;
  exists(file: string): Promise<boolean>;
  mkdir(dir: string): Promise<void>;
}

export const nodePracticeIo: PracticeIo = {
  readFile: (file) => fsp.readFile(file, 'utf8'),
  createFile: (file, text) =>
    fsp.writeFile(file, text, { flag: 'wx' }).then(
      () => true,
      (err: NodeJS.ErrnoException) => {
        if (err.code === 'EEXIST') return false;
        throw err;
      },
    ),
  writeFile: (file, text) => fsp.writeFile(file, text),
  exists: (file) => fsp.access(file).then(() => true, () => false),
  mkdir: (dir) => fsp.mkdir(dir, { recursive: true }).then(() => undefined),
};

/** The starter file of a coding problem for a language (JavaScript starts from the TypeScript starter). */
export function starterFile(problem: CodingProblem, language: Language): string {
  const { python, typescript, sql } = problem.languages;
  const spec = language === 'sql' ? sql : language === 'python' ? python : (typescript ?? python);
  const chosen = spec ?? python ?? sql;
  if (!chosen) throw new Error(`"${problem.title}" has no starter`);
  return path.join(problem.dir, chosen.starter);
}

/**
 * The practice folder a setting names: `~` expanded, made absolute; empty, or a folder inside
 * the extension (which an update would wipe), gives the default `~/ml-interview-prep`.
 */
export function resolvePracticeFolder(raw: string | undefined, extensionDir: string, home: string = os.homedir()): { folder: string; warning?: string } {
  const fallback = path.join(home, 'ml-interview-prep');
  const value = raw?.trim();
  if (!value) return { folder: fallback };
  const resolved = path.resolve(value.startsWith('~') ? path.join(home, value.slice(1)) : value);
  const rel = path.relative(extensionDir, resolved);
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { folder: fallback, warning: `mlprep.practiceFolder points inside the extension (${resolved}); using ${fallback}` };
  }
  return { folder: resolved };
}

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

export class PracticeFiles {
  constructor(
    private readonly root: () => string,
    private readonly io: PracticeIo = nodePracticeIo,
  ) {}

  folderOf(problemId: string): string {
    return path.join(this.root(), problemId);
  }

  solutionPath(problem: Pick<Problem, 'id' | 'kind'>, language: Language): string {
    return path.join(this.folderOf(problem.id), solutionFileName(problem.kind, language));
  }

  customCasesPath(problemId: string): string {
    return path.join(this.folderOf(problemId), customCasesFile());
  }

  /**
   * The solution (or answer) file of a problem: created from the starter (the answer template
   * for discussion rounds) when it does not exist, and returned untouched when it does.
   */
  async ensureSolution(problem: Problem, language: Language): Promise<string> {
    await this.io.mkdir(this.folderOf(problem.id));
    const file = this.solutionPath(problem, language);
    if (await this.io.exists(file)) return file;
    await this.io.createFile(file, await this.starterText(problem, language));
    return file;
  }

  private async starterText(problem: Problem, language: Language): Promise<string> {
    if (problem.kind !== 'coding') {
      return this.io.readFile(path.join(problem.dir, PROBLEM_FILES.template)).catch(() => `# ${problem.title}\n\n`);
    }
    const text = await this.io.readFile(starterFile(problem, language));
    return language === 'javascript' ? stripTypes(text) : text;
  }

  /**
   * The custom cases of a coding problem ([] when there are none, and for discussion rounds).
   * A file that cannot be parsed is an error that names the file and the reason.
   */
  async readCustomCases(problem: Pick<Problem, 'id' | 'kind'>): Promise<CustomCase[]> {
    if (problem.kind !== 'coding') return [];
    const file = this.customCasesPath(problem.id);
    let text: string;
    try {
      text = await this.io.readFile(file);
    } catch (err) {
      if (isMissing(err)) return [];
      throw err;
    }
    try {
      return parseCustomCases(text);
    } catch (err) {
      throw new Error(`The custom test cases in ${file} could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  async writeCustomCases(problemId: string, cases: CustomCase[]): Promise<void> {
    await this.io.mkdir(this.folderOf(problemId));
    await this.io.writeFile(this.customCasesPath(problemId), serializeCustomCases(cases));
  }
}
