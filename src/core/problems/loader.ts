// Loads a problem pack (problems/README.md). Only problem.json is read eagerly; statements,
// tests, templates and rubrics load on demand. Every invalid problem is reported as diagnostics
// with the file and the JSON path of the field; the other problems still load. Every pack file
// is read through packFile.ts: a regular file inside its folder, within a size cap.
import * as fs from 'node:fs';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';
import type { BehavioralProblem, BehavioralRubric, Brief, CodingProblem, ConceptProblem, DesignProblem, DesignRubric, NuanceCard, Problem, TestCase } from './schema';
import { ID_PATTERN, NUANCE_IDS, behavioralRubricSchema, briefSchema, designRubricSchema, manifestSchema, nuancesFileSchema, testsFileSchema } from './schema';
import { PACK_FILE_CAPS, checkPackFileSync, readPackFile, readPackFileSync } from './packFile';
import { checkTags, resolveFiles } from './taggedValues';
import { generateArgs } from './generators';
import { parseExactJson } from './exactJson';
import { PROBLEM_FILES, PACK_LANGUAGES } from '../vocabulary';

export interface Diagnostic {
  /** Absolute path of the file concerned. */
  file: string;
  /** JSON path of the field, e.g. `languages.python.entry`, `cases[3].args[0]`; '' for the whole file. */
  path: string;
  message: string;
  /** A warning does not stop the problem from loading (e.g. a related id that is not in the catalogue); the bundled pack allows none. */
  severity?: 'warning';
}

export interface Pack {
  dir: string;
  problems: Problem[];
  diagnostics: Diagnostic[];
}

/** Thrown by the lazy loaders; carries the diagnostics of the file that failed. */
export class PackError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.file}${d.path ? ` (${d.path})` : ''}: ${d.message}`).join('\n'));
    this.name = 'PackError';
  }
}

/** tests.json files above this size are reported and never read. */
export const MAX_TESTS_BYTES = PACK_FILE_CAPS.tests;


/** Formats a zod issue path as `a.b[2].c`. */
export function formatJsonPath(p: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of p) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a text (a JSON string)',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

function typeOfInput(x: unknown): string {
  if (x === undefined) return 'nothing';
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'string') return 'a text';
  if (typeof x === 'object') return 'an object';
  return `a ${typeof x}`;
}

/** A zod issue in words: what was expected and what was found. */
export function issueMessage(issue: z.core.$ZodIssue, input?: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const want = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (input === undefined && /received undefined/.test(issue.message)) return `is required: expected ${want}`;
      return issue.message.startsWith('Invalid input') ? `expected ${want}, found ${typeOfInput(input)}` : issue.message;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')} (not part of the format)`;
    case 'invalid_value':
      return issue.message.startsWith('Invalid') ? `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` : issue.message;
    case 'too_small':
      if (!issue.message.startsWith('Too small')) return issue.message;
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}` : issue.origin === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (!issue.message.startsWith('Too big')) return issue.message;
      return issue.origin === 'array' ? `has more than ${String(issue.maximum)} items` : `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

/** The value at a zod path inside `root` (for the "found" part of a message). */
function valueAt(root: unknown, p: readonly PropertyKey[]): unknown {
  let x = root;
  for (const seg of p) {
    if (typeof x !== 'object' || x === null) return undefined;
    x = (x as Record<PropertyKey, unknown>)[seg];
  }
  return x;
}

function issuesToDiagnostics(file: string, error: z.ZodError, prefix: readonly PropertyKey[] = [], input?: unknown): Diagnostic[] {
  return error.issues.map((i) => ({ file, path: formatJsonPath([...prefix, ...i.path]), message: issueMessage(i, valueAt(input, i.path)) }));
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * JSON.parse with a diagnostic that names the line and column of a syntax error; `exact` keeps
 * the written type of numbers (exactJson.ts).
 */
function parseJson(file: string, text: string, exact = false): { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic } {
  try {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return { ok: true, value: exact ? parseExactJson(body) : JSON.parse(body) };
  } catch (err) {
    let message = `invalid JSON: ${errorMessage(err)}`;
    const m = /position (\d+)/.exec(errorMessage(err));
    if (m) {
      const pos = Number(m[1]);
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      const col = pos - before.lastIndexOf('\n');
      message += ` (line ${line}, column ${col})`;
    }
    return { ok: false, diagnostic: { file, path: '', message } };
  }
}

function isDirectorySync(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

interface Loaded {
  problem?: Problem;
  /** The manifest's id when it parsed, also when the problem is rejected for another reason. */
  id?: string;
  file: string;
  diagnostics: Diagnostic[];
}

// Synchronous on purpose: a few hundred small files read faster in one go than through the
// thread pool, and nothing else waits on the event loop while the catalogue loads.
function loadOne(dir: string, name: string): Loaded {
  const folder = path.join(dir, name);
  const file = path.join(folder, PROBLEM_FILES.manifest);
  const read = readPackFileSync(file, folder, PACK_FILE_CAPS.manifest);
  if (!read.ok) return { file, diagnostics: [{ file, path: '', message: read.missing ? 'missing problem.json' : read.message }] };
  const parsed = parseJson(file, read.text);
  if (!parsed.ok) return { file, diagnostics: [parsed.diagnostic] };
  const result = manifestSchema.safeParse(parsed.value);
  if (!result.success) {
    const id = (parsed.value as { id?: unknown } | null)?.id;
    return { file, id: typeof id === 'string' ? id : undefined, diagnostics: issuesToDiagnostics(file, result.error, [], parsed.value) };
  }
  const manifest = result.data;
  const diagnostics: Diagnostic[] = [];
  if (manifest.id !== name) diagnostics.push({ file, path: 'id', message: `id "${manifest.id}" must equal the folder name "${name}"` });
  if (manifest.kind === 'coding') {
    const tests = path.join(folder, PROBLEM_FILES.tests);
    const refused = checkPackFileSync(tests, folder, MAX_TESTS_BYTES);
    if (refused && !refused.ok) diagnostics.push({ file: tests, path: '', message: refused.missing ? 'missing tests.json' : `tests file: ${refused.message}` });
  }
  if (manifest.kind === 'concept') {
    // A card without its question or model answer cannot be shown: it is not loaded.
    for (const name of [PROBLEM_FILES.statement, PROBLEM_FILES.answer]) {
      const f = path.join(folder, name);
      const refused = checkPackFileSync(f, folder, PACK_FILE_CAPS.statement);
      if (refused && !refused.ok) diagnostics.push({ file: f, path: '', message: refused.missing ? `missing ${name} (a concept card needs its ${name === PROBLEM_FILES.answer ? 'model answer' : 'question'})` : refused.message });
    }
  }
  if (diagnostics.length > 0) return { file, id: manifest.id, diagnostics };
  return { file, id: manifest.id, problem: { ...manifest, dir: folder } as Problem, diagnostics };
}

/**
 * Loads every problem of the pack at `dir`. Folders whose name is not an id pattern and that hold
 * no problem.json are ignored (README, nuances.json, data); everything else is a problem or a
 * diagnostic. Never throws for content errors.
 */
export async function loadPack(dir: string): Promise<Pack> {
  const root = path.resolve(dir);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    return { dir: root, problems: [], diagnostics: [{ file: root, path: '', message: `cannot read the pack folder: ${errorMessage(err)}` }] };
  }
  const diagnostics: Diagnostic[] = [];
  const loaded: Loaded[] = [];
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const p = path.join(root, name);
    if (!(entry.isDirectory() || (entry.isSymbolicLink() && isDirectorySync(p)))) continue;
    if (ID_PATTERN.test(name)) {
      loaded.push(loadOne(root, name));
    } else if (fs.existsSync(path.join(p, PROBLEM_FILES.manifest))) {
      diagnostics.push({ file: path.join(p, PROBLEM_FILES.manifest), path: '', message: `folder name "${name}" is not a valid problem id (2–64 characters of a-z, 0-9 and "-")` });
    }
  }
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  // A problem whose folder is named after its id claims the id first.
  const ordered = [...loaded].sort((a, b) => Number(!a.problem) - Number(!b.problem));
  for (const r of ordered) {
    diagnostics.push(...r.diagnostics);
    if (r.id === undefined) continue;
    const other = seen.get(r.id);
    if (other !== undefined) {
      diagnostics.push({ file: r.file, path: 'id', message: `duplicate id "${r.id}" (also in ${other})` });
      continue;
    }
    seen.set(r.id, r.file);
    if (r.problem) problems.push(r.problem);
  }
  problems.sort((a, b) => a.id.localeCompare(b.id));
  const known = new Set(problems.map((p) => p.id));
  for (const p of problems) if (p.kind === 'concept') diagnostics.push(...relatedDiagnostics(p, known));
  diagnostics.sort((a, b) => (a.file === b.file ? a.path.localeCompare(b.path) : a.file.localeCompare(b.file)));
  return { dir: root, problems, diagnostics };
}

/** The statement markdown of a problem. */
export async function loadStatement(problem: Problem): Promise<string> {
  return readText(path.join(problem.dir, PROBLEM_FILES.statement), problem.dir, PACK_FILE_CAPS.statement);
}

/**
 * The interview-style brief of a coding problem, validated; undefined when the problem has none.
 * Throws PackError (file and JSON path) when brief.json exists but is not valid.
 */
export async function loadBrief(problem: CodingProblem): Promise<Brief | undefined> {
  const file = path.join(problem.dir, PROBLEM_FILES.brief);
  try {
    await fsp.lstat(file);
  } catch {
    return undefined;
  }
  const value = await readJson(file, problem.dir, PACK_FILE_CAPS.brief);
  const r = briefSchema.safeParse(value);
  if (!r.success) throw new PackError(issuesToDiagnostics(file, r.error, [], value));
  return r.data;
}

/** The model answer (markdown) of an explain-it concept card. */
export async function loadAnswer(problem: ConceptProblem): Promise<string> {
  return readText(path.join(problem.dir, PROBLEM_FILES.answer), problem.dir, PACK_FILE_CAPS.statement);
}

/**
 * Warnings for a card's `related` ids that name no problem of the catalogue (`known`). The card
 * still loads; its link is simply not shown.
 */
export function relatedDiagnostics(problem: ConceptProblem, known: ReadonlySet<string>): Diagnostic[] {
  const file = path.join(problem.dir, PROBLEM_FILES.manifest);
  const out: Diagnostic[] = [];
  problem.related.forEach((id, i) => {
    if (!known.has(id)) out.push({ file, path: `related[${i}]`, message: `related id "${id}" is not a problem or card of the catalogue`, severity: 'warning' });
  });
  return out;
}

/** The answer template of a design or behavioral prompt. */
export async function loadTemplate(problem: DesignProblem | BehavioralProblem): Promise<string> {
  return readText(path.join(problem.dir, PROBLEM_FILES.template), problem.dir, PACK_FILE_CAPS.template);
}

/** A pack file's text (inside `root`, at most `cap` bytes); PackError with the reason otherwise. */
async function readText(file: string, root: string, cap: number): Promise<string> {
  const read = await readPackFile(file, root, cap);
  if (read.ok) return read.text;
  throw new PackError([{ file, path: '', message: read.missing ? `cannot read: no such file` : read.message }]);
}

async function readJson(file: string, root: string, cap: number, exact = false): Promise<unknown> {
  const parsed = parseJson(file, await readText(file, root, cap), exact);
  if (!parsed.ok) throw new PackError([parsed.diagnostic]);
  return parsed.value;
}

/** The rubric of a design or behavioral prompt, validated. */
export async function loadRubric(problem: DesignProblem): Promise<DesignRubric>;
export async function loadRubric(problem: BehavioralProblem): Promise<BehavioralRubric>;
export async function loadRubric(problem: DesignProblem | BehavioralProblem): Promise<DesignRubric | BehavioralRubric>;
export async function loadRubric(problem: DesignProblem | BehavioralProblem): Promise<DesignRubric | BehavioralRubric> {
  const file = path.join(problem.dir, PROBLEM_FILES.rubric);
  const value = await readJson(file, problem.dir, PACK_FILE_CAPS.rubric);
  const schema = problem.kind === 'design' ? designRubricSchema : behavioralRubricSchema;
  const r = schema.safeParse(value);
  if (!r.success) throw new PackError(issuesToDiagnostics(file, r.error, [], value));
  return r.data;
}

/**
 * Loads and validates tests.json of a coding problem, resolving `{"$file": ...}` arguments to the
 * text of files inside the problem folder. Throws PackError with diagnostics on any problem.
 */
export async function loadTests(problem: CodingProblem): Promise<TestCase[]> {
  const file = path.join(problem.dir, PROBLEM_FILES.tests);
  const value = await readJson(file, problem.dir, MAX_TESTS_BYTES, true);
  const r = testsFileSchema.safeParse(value);
  if (!r.success) throw new PackError(issuesToDiagnostics(file, r.error, [], value));
  const issues: { path: PropertyKey[]; message: string }[] = [];
  r.data.cases.forEach((c, i) => {
    if (Array.isArray(c.args)) c.args.forEach((a, j) => checkTags(a, ['cases', i, 'args', j], true, issues));
    (c.calls ?? []).forEach((call, j) => call[1].forEach((a, k) => checkTags(a, ['cases', i, 'calls', j, 1, k], true, issues)));
    checkTags(c.expected, ['cases', i, 'expected'], false, issues);
  });
  if (issues.length > 0) throw new PackError(issues.map((i) => ({ file, path: formatJsonPath(i.path), message: i.message })));
  const cache = new Map<string, Promise<string>>();
  const cases: TestCase[] = [];
  for (let i = 0; i < r.data.cases.length; i++) {
    const c = r.data.cases[i];
    let args: unknown[];
    let calls: [string, unknown[]][] | undefined;
    try {
      let raw: unknown[] = Array.isArray(c.args) ? c.args : [];
      if (c.args !== undefined && !Array.isArray(c.args)) {
        raw = await generateArgs(problem.dir, { name: c.args.$gen, seed: c.args.seed, sha256: c.args.sha256 });
        const generated: { path: PropertyKey[]; message: string }[] = [];
        raw.forEach((a, j) => checkTags(a, ['args', j], true, generated));
        if (generated.length > 0) throw new Error(`generator "${c.args.$gen}" made invalid arguments: ${formatJsonPath(generated[0].path)}: ${generated[0].message}`);
      }
      // Stored and generated arguments alike: `{"$file": ...}` becomes the file's text.
      args = (await resolveFiles(raw, problem.dir, cache)) as unknown[];
      if (c.calls) calls = await Promise.all(c.calls.map(async ([m, a]): Promise<[string, unknown[]]> => [m, (await resolveFiles(a, problem.dir, cache)) as unknown[]]));
    } catch (err) {
      throw new PackError([{ file, path: formatJsonPath(['cases', i, c.calls ? 'calls' : 'args']), message: errorMessage(err) }]);
    }
    const tc: TestCase = { index: i, name: c.name ?? `case ${i + 1}`, args, expected: c.expected, hidden: c.hidden ?? false };
    if (calls) tc.calls = calls;
    if (c.seed !== undefined) tc.seed = c.seed;
    if (c.nuance !== undefined) tc.nuance = c.nuance;
    if (c.compare !== undefined) tc.compare = c.compare;
    cases.push(tc);
  }
  return cases;
}

export interface NuanceCards {
  cards: NuanceCard[];
  diagnostics: Diagnostic[];
}

/** Loads nuances.json of a pack; a missing file gives no cards and no diagnostics. */
export async function loadNuanceCards(dir: string): Promise<NuanceCards> {
  const root = path.resolve(dir);
  const file = path.join(root, PROBLEM_FILES.nuances);
  let value: unknown;
  try {
    await fsp.lstat(file);
  } catch {
    return { cards: [], diagnostics: [] };
  }
  try {
    value = await readJson(file, root, PACK_FILE_CAPS.nuances);
  } catch (err) {
    return { cards: [], diagnostics: err instanceof PackError ? err.diagnostics : [{ file, path: '', message: errorMessage(err) }] };
  }
  const r = nuancesFileSchema.safeParse(value);
  if (!r.success) {
    // Keep the cards that are valid on their own; report the rest.
    const cards: NuanceCard[] = [];
    const raw = (value as { cards?: unknown }).cards;
    if (Array.isArray(raw)) {
      const ids = new Set<string>();
      for (const c of raw) {
        const one = nuancesFileSchema.shape.cards.element.safeParse(c);
        if (one.success && !ids.has(one.data.id)) {
          ids.add(one.data.id);
          cards.push(one.data);
        }
      }
    }
    return { cards, diagnostics: issuesToDiagnostics(file, r.error) };
  }
  return { cards: r.data.cards, diagnostics: [] };
}

export interface ValidateOptions {
  /** Apply the rules of the bundled pack: ≥ 2 visible and ≥ 5 hidden cases, a card for every nuance. */
  bundled?: boolean;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fsp.access(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Full check of a pack: manifests, every tests.json, referenced files, rubrics and nuance cards.
 * Returns every diagnostic (empty when the pack is clean).
 */
export async function validatePack(dir: string, options: ValidateOptions = {}): Promise<Diagnostic[]> {
  const pack = await loadPack(dir);
  const nuances = await loadNuanceCards(pack.dir);
  const out: Diagnostic[] = [...pack.diagnostics, ...nuances.diagnostics];
  const cardIds = new Set(nuances.cards.map((c) => c.id));
  const nuancesFile = path.join(pack.dir, PROBLEM_FILES.nuances);
  if (options.bundled) {
    for (const id of NUANCE_IDS) if (!cardIds.has(id)) out.push({ file: nuancesFile, path: 'cards', message: `no card for nuance "${id}"` });
  }
  await Promise.all(
    pack.problems.map(async (p) => {
      const manifest = path.join(p.dir, PROBLEM_FILES.manifest);
      const need = async (rel: string, jsonPath: string): Promise<void> => {
        if (!(await exists(path.join(p.dir, rel)))) out.push({ file: manifest, path: jsonPath, message: `file "${rel}" does not exist` });
      };
      await need(PROBLEM_FILES.statement, '');
      if (cardIds.size > 0) {
        p.nuances.forEach((n, i) => {
          if (!cardIds.has(n)) out.push({ file: manifest, path: `nuances[${i}]`, message: `no card for nuance "${n}" in nuances.json` });
        });
      }
      if (p.kind === 'concept') {
        await need(PROBLEM_FILES.answer, '');
        return;
      }
      if (p.kind !== 'coding') {
        await need(PROBLEM_FILES.template, '');
        try {
          await loadRubric(p);
        } catch (err) {
          if (err instanceof PackError) out.push(...err.diagnostics);
          else out.push({ file: path.join(p.dir, PROBLEM_FILES.rubric), path: '', message: errorMessage(err) });
        }
        return;
      }
      for (const lang of PACK_LANGUAGES) {
        const spec = p.languages[lang];
        if (!spec) continue;
        await need(spec.starter, `languages.${lang}.starter`);
        await need(spec.reference, `languages.${lang}.reference`);
      }
      if (p.checker !== undefined) await need(p.checker, 'checker');
      if (options.bundled) {
        if (p.hints.length < 3) out.push({ file: manifest, path: 'hints', message: `the bundled pack needs all three hints (concept, approach, pitfall); has ${p.hints.length}` });
        if (p.wrong.length < 2) out.push({ file: manifest, path: 'wrong', message: `the bundled pack needs at least two known-wrong solutions; has ${p.wrong.length}` });
      }
      for (let i = 0; i < p.wrong.length; i++) {
        for (const lang of PACK_LANGUAGES) {
          const f = p.wrong[i].files[lang];
          if (f !== undefined) await need(f, `wrong[${i}].files.${lang}`);
        }
      }
      try {
        await loadBrief(p);
      } catch (err) {
        if (err instanceof PackError) out.push(...err.diagnostics);
        else out.push({ file: path.join(p.dir, PROBLEM_FILES.brief), path: '', message: errorMessage(err) });
      }
      let cases: TestCase[];
      try {
        cases = await loadTests(p);
      } catch (err) {
        if (err instanceof PackError) out.push(...err.diagnostics);
        else out.push({ file: path.join(p.dir, PROBLEM_FILES.tests), path: '', message: errorMessage(err) });
        return;
      }
      const testsFile = path.join(p.dir, PROBLEM_FILES.tests);
      if (options.bundled) {
        const visible = cases.filter((c) => !c.hidden).length;
        const hidden = cases.length - visible;
        if (visible < 2) out.push({ file: testsFile, path: 'cases', message: `needs at least 2 visible cases (has ${visible})` });
        if (hidden < 5) out.push({ file: testsFile, path: 'cases', message: `needs at least 5 hidden cases (has ${hidden})` });
      }
      p.wrong.forEach((w, i) => {
        if (w.ignoresNuance !== undefined && !cases.some((c) => c.hidden && c.nuance === w.ignoresNuance)) {
          out.push({ file: manifest, path: `wrong[${i}].ignoresNuance`, message: `no hidden case is tagged with the nuance "${w.ignoresNuance}"` });
        }
      });
    }),
  );
  out.sort((a, b) => (a.file === b.file ? a.path.localeCompare(b.path) : a.file.localeCompare(b.file)));
  return out;
}
