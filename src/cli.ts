// `mlprep`: headless front end over src/core (bundled to dist/cli.js).
//
//   mlprep test <problem-id> <solution-file> [--json] [--language python|javascript|typescript]
//               [--python PATH] [--problems DIR]
//   mlprep list [--json] [--problems DIR]
//   mlprep validate [DIR] [--bundled]
//
// Exit codes: 0 all passed / clean, 1 some case failed / diagnostics found, 2 usage or
// environment error, 130 interrupted.
import * as path from 'node:path';
import type { CaseResult, RunResult } from './core/judge/judge';
import { Judge } from './core/judge/judge';
import { languageFromPath } from './core/judge/runtimes';
import { runCheckCommand } from './core/design/checkCommand';
import { formatTagged } from './core/judge/values';
import { offeredLanguages, sortProblems } from './core/problems/catalogue';
import type { Diagnostic } from './core/problems/loader';
import { PackError, loadPack, loadTests, validatePack } from './core/problems/loader';
import type { Language } from './core/vocabulary';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliPaths {
  /** Folder with harness.py / harness.js (default: ../media/harness next to dist/cli.js). */
  harnessDir?: string;
  /** The bundled pack (default: ../problems next to dist/cli.js). */
  problemsDir?: string;
}

const USAGE = `usage:
  mlprep test <problem-id> <solution-file> [--json] [--language python|javascript|typescript]
              [--python PATH] [--problems DIR]
  mlprep list [--json] [--problems DIR]
  mlprep validate [DIR] [--bundled]
  mlprep check <prompt-id> <answer.md> [--json] [--problems DIR]

exit codes: 0 all passed, 1 some case failed (or diagnostics found), 2 usage or environment error`;

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--language', '--python', '--problems']);
const BOOL_FLAGS = new Set(['--json', '--bundled', '--help', '-h']);

function parseArgs(argv: string[]): Parsed | string {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a !== '-') {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (VALUE_FLAGS.has(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '') return `${name} needs a value`;
        flags.set(name, value);
      } else if (BOOL_FLAGS.has(name) && eq < 0) {
        flags.set(name, true);
      } else {
        return `unknown option ${a}`;
      }
      continue;
    }
    positional.push(a);
  }
  return { positional, flags };
}

function flag(p: Parsed, name: string): string | undefined {
  const v = p.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function oneLine(s: string | undefined, max = 160): string {
  if (!s) return '';
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}

function formatDiagnostic(d: Diagnostic): string {
  return `${d.severity === 'warning' ? 'warning: ' : ''}${d.file}${d.path ? ` [${d.path}]` : ''}: ${d.message}`;
}

function caseLine(c: CaseResult, width: number): string {
  const mark = c.verdict === 'pass' ? '✓' : c.verdict === 'not_run' ? '·' : '✗';
  const name = pad(`${c.hidden ? '[hidden] ' : ''}${c.name}`, width);
  const time = c.verdict === 'not_run' ? '' : `${Math.round(c.timeMs)} ms`;
  let line = `  ${mark} ${name}  ${pad(c.verdict, 13)} ${pad(time, 9)}`;
  if (c.verdict !== 'pass' && c.message) line += ` ${oneLine(c.message)}${c.line !== undefined ? ` (line ${c.line})` : ''}`;
  return line.trimEnd();
}

function jsonResult(problemId: string, language: Language | undefined, r: RunResult | undefined, error?: { kind: string; message: string; hint?: string }): string {
  const obj: Record<string, unknown> = {
    problem: problemId,
    language: language ?? null,
    verdict: r?.verdict ?? 'error',
    passed: r?.passed ?? 0,
    total: r?.total ?? 0,
    durationMs: r?.durationMs ?? 0,
    cases: (r?.cases ?? []).map((c) => ({ name: c.name, hidden: c.hidden, verdict: c.verdict, timeMs: c.timeMs, message: c.message ?? null })),
  };
  const e = error ?? r?.error;
  if (obj.verdict === 'error' && e) obj.error = e;
  return JSON.stringify(obj);
}

async function cmdTest(p: Parsed, io: CliIo, paths: Required<CliPaths>): Promise<number> {
  const json = p.flags.has('--json');
  const [, problemId, solution] = p.positional;
  const usageError = (message: string, language?: Language): number => {
    if (json) io.out(jsonResult(problemId ?? '', language, undefined, { kind: 'usage', message }) + '\n');
    io.err(`mlprep test: ${message}\n`);
    return 2;
  };
  if (!problemId || !solution || p.positional.length > 3) return usageError('expected <problem-id> <solution-file>\n' + USAGE);
  const langFlag = flag(p, '--language');
  let language: Language | undefined;
  if (langFlag !== undefined) {
    if (langFlag !== 'python' && langFlag !== 'javascript' && langFlag !== 'typescript') return usageError(`unknown language "${langFlag}" (python, javascript, typescript)`);
    language = langFlag;
  } else {
    language = languageFromPath(solution);
    if (!language) return usageError(`cannot tell the language of "${solution}" from its extension; pass --language`);
  }
  const problemsDir = path.resolve(flag(p, '--problems') ?? paths.problemsDir);
  const pack = await loadPack(problemsDir);
  const problem = pack.problems.find((x) => x.id === problemId);
  if (!problem) {
    const bad = pack.diagnostics.filter((d) => d.file.includes(`${path.sep}${problemId}${path.sep}`));
    const why = bad.length > 0 ? `problem "${problemId}" is invalid:\n${bad.map(formatDiagnostic).join('\n')}` : `no problem "${problemId}" in ${problemsDir}`;
    return usageError(why, language);
  }
  if (problem.kind !== 'coding') return usageError(`"${problemId}" is a ${problem.kind} prompt; only coding problems have tests`, language);
  if (!offeredLanguages(problem).includes(language)) return usageError(`"${problemId}" has no ${language} version (offered: ${offeredLanguages(problem).join(', ')})`, language);
  let cases;
  try {
    cases = await loadTests(problem);
  } catch (err) {
    const message = err instanceof PackError ? err.diagnostics.map(formatDiagnostic).join('\n') : String(err);
    return usageError(`cannot load the tests: ${message}`, language);
  }
  const judge = new Judge({ harnessDir: paths.harnessDir, pythonPath: flag(p, '--python') });
  const controller = new AbortController();
  let interrupted = false;
  const onSigint = (): void => {
    interrupted = true;
    controller.abort();
  };
  process.once('SIGINT', onSigint);
  const width = Math.min(48, Math.max(...cases.map((c) => c.name.length + (c.hidden ? 9 : 0)), 4));
  if (!json) io.out(`${problem.id} · ${language}\n`);
  let result: RunResult;
  try {
    result = await judge.run({
      problem,
      cases,
      solutionPath: path.resolve(solution),
      language,
      signal: controller.signal,
      onCase: json ? undefined : (c) => io.out(caseLine(c, width) + '\n'),
    });
  } finally {
    process.removeListener('SIGINT', onSigint);
    judge.dispose();
  }
  if (json) {
    io.out(jsonResult(problem.id, language, result) + '\n');
  } else {
    if (result.error) {
      io.err(`error: ${result.error.message}\n`);
      if (result.error.hint) io.err(`hint: ${result.error.hint}\n`);
    } else {
      const failed = result.cases.find((c) => c.verdict !== 'pass' && c.verdict !== 'not_run' && !c.hidden);
      if (failed) {
        io.out(`\nfirst failing visible case: ${failed.name}\n`);
        io.out(`  expected: ${formatTagged(failed.expected, 200)}\n`);
        if (failed.actual !== undefined) io.out(`  actual:   ${formatTagged(failed.actual, 200)}\n`);
        if (failed.traceback) io.out(failed.traceback.replace(/^/gm, '  ') + '\n');
      }
      io.out(`\n${result.verdict === 'pass' ? 'PASS' : 'FAIL'}: ${result.passed}/${result.total} passed in ${result.durationMs} ms${result.runtime ? ` (${result.runtime})` : ''}\n`);
    }
  }
  if (interrupted) return 130;
  return result.verdict === 'pass' ? 0 : result.verdict === 'fail' ? 1 : 2;
}

async function cmdList(p: Parsed, io: CliIo, paths: Required<CliPaths>): Promise<number> {
  const dir = path.resolve(flag(p, '--problems') ?? p.positional[1] ?? paths.problemsDir);
  const pack = await loadPack(dir);
  const problems = sortProblems(pack.problems);
  if (p.flags.has('--json')) {
    io.out(JSON.stringify(problems.map((x) => ({ id: x.id, title: x.title, kind: x.kind, round: x.round, difficulty: x.difficulty, languages: offeredLanguages(x) }))) + '\n');
  } else {
    const rows = problems.map((x) => [x.id, x.kind, x.round, x.difficulty, offeredLanguages(x).join(',') || '-', x.title]);
    const head = ['id', 'kind', 'round', 'difficulty', 'languages', 'title'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const fmt = (r: string[]): string => r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]))).join('  ');
    io.out(fmt(head) + '\n' + fmt(widths.map((w) => '-'.repeat(w))) + '\n');
    for (const r of rows) io.out(fmt(r) + '\n');
    io.out(`\n${problems.length} problems${pack.diagnostics.length ? `, ${pack.diagnostics.length} diagnostics (run mlprep validate)` : ''}\n`);
  }
  for (const d of pack.diagnostics) io.err(`${d.severity === 'warning' ? '' : 'warning: '}${formatDiagnostic(d)}\n`);
  return 0;
}

async function cmdValidate(p: Parsed, io: CliIo, paths: Required<CliPaths>): Promise<number> {
  if (p.positional.length > 2) {
    io.err(`mlprep validate: expected at most one folder\n${USAGE}\n`);
    return 2;
  }
  const dir = path.resolve(p.positional[1] ?? paths.problemsDir);
  const bundled = p.flags.has('--bundled') || dir === path.resolve(paths.problemsDir);
  const diagnostics = await validatePack(dir, { bundled });
  for (const d of diagnostics) io.out(formatDiagnostic(d) + '\n');
  const pack = await loadPack(dir);
  // Warnings (a card's related id not in the catalogue) fail only the bundled pack.
  const failing = diagnostics.filter((d) => bundled || d.severity !== 'warning');
  const warnings = diagnostics.length - failing.length;
  io.out(`${pack.problems.length} problems checked in ${dir}: ${failing.length === 0 ? 'clean' : `${failing.length} diagnostic${failing.length === 1 ? '' : 's'}`}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}\n`);
  return failing.length === 0 ? 0 : 1;
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: string[], io: CliIo, paths: CliPaths = {}): Promise<number> {
  const resolved: Required<CliPaths> = {
    harnessDir: paths.harnessDir ?? path.resolve(__dirname, '../media/harness'),
    problemsDir: paths.problemsDir ?? path.resolve(__dirname, '../problems'),
  };
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    io.err(`mlprep: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  const command = parsed.positional[0];
  if (parsed.flags.has('--help') || parsed.flags.has('-h') || command === 'help') {
    io.out(USAGE + '\n');
    return 0;
  }
  try {
    switch (command) {
      case 'test':
        return await cmdTest(parsed, io, resolved);
      case 'list':
        return await cmdList(parsed, io, resolved);
      case 'validate':
        return await cmdValidate(parsed, io, resolved);
      case 'check':
        return await runCheckCommand(parsed.positional.slice(1), { json: parsed.flags.has('--json'), problemsDir: path.resolve(flag(parsed, '--problems') ?? resolved.problemsDir) }, io);
      default:
        io.err(`mlprep: ${command ? `unknown command "${command}"` : 'missing command'}\n${USAGE}\n`);
        return 2;
    }
  } catch (err) {
    io.err(`mlprep: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

if (require.main === module) {
  // `mlprep list | head` closes the pipe early: stop quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  const io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 2;
    },
  );
}
