// `mlprep`: headless front end over src/core (bundled to dist/cli.js).
//
//   mlprep test <problem-id> <solution-file> [<problem-id> <solution-file> ...] | <folder>
//               [--json] [--language python|javascript|typescript|sql] [--python PATH] [--problems DIR]
//   mlprep list [--json] [--problems DIR]
//   mlprep validate [DIR] [--bundled] [--run] [--python PATH]
//   mlprep gen <problem-id|folder> <generator> <seed> [--case] [--problems DIR]
//
// Exit codes: 0 all passed / clean, 1 some case failed / diagnostics found, 2 usage or
// environment error, 130 interrupted.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CaseResult, RunResult } from './core/judge/judge';
import { JudgePool, proveProblem } from './core/judge/packCheck';
import type { CodingProblem } from './core/problems/schema';
import { Judge } from './core/judge/judge';
import { languageFromPath } from './core/judge/runtimes';
import { runCheckCommand } from './core/design/checkCommand';
import { formatTagged } from './core/judge/values';
import { offeredLanguages, sortProblems } from './core/problems/catalogue';
import type { Diagnostic, Pack } from './core/problems/loader';
import { PackError, loadPack, loadTests, validatePack } from './core/problems/loader';
import { generateArgsText, sha256Text } from './core/problems/generators';
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
  mlprep test <problem-id> <solution-file> [<problem-id> <solution-file> ...] [--json]
              [--language python|javascript|typescript|sql] [--python PATH] [--problems DIR]
  mlprep test <folder of <problem-id>.py|.ts|.js|.sql|.ipynb files> [options as above]
  mlprep list [--json] [--problems DIR]
  mlprep validate [DIR] [--bundled] [--run] [--python PATH]
              (--run: every reference must pass and every known-wrong solution must fail)
  mlprep check <prompt-id> <answer.md> [--json] [--problems DIR]
  mlprep gen <problem-id|folder> <generator> <seed> [--case] [--problems DIR]
              (a generated case's arguments as JSON; --case: its {"$gen","seed","sha256"} stub)

exit codes: 0 all passed, 1 some case failed (or diagnostics found), 2 usage or environment error`;

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--language', '--python', '--problems']);
const BOOL_FLAGS = new Set(['--json', '--bundled', '--run', '--case', '--help', '-h']);

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

interface TestTarget {
  problemId: string;
  solution: string;
}

/** `<id> <file>` pairs, or one folder of `<problem-id>.<ext>` solution files. */
function testTargets(args: string[]): TestTarget[] | string {
  if (args.length === 1) {
    const dir = args[0];
    let names: string[];
    const pairsOrFolder = 'expected <problem-id> <solution-file> pairs, or a folder of <problem-id>.<ext> files';
    try {
      if (!fs.statSync(dir).isDirectory()) return pairsOrFolder;
      names = fs.readdirSync(dir).sort();
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ENOENT' ? `${pairsOrFolder} (no folder "${dir}")` : `cannot read ${dir}: ${err instanceof Error ? err.message : String(err)}`;
    }
    const targets = names.filter((n) => languageFromPath(n) !== undefined && !n.startsWith('.')).map((n) => ({ problemId: n.slice(0, n.lastIndexOf('.')), solution: path.join(dir, n) }));
    return targets.length > 0 ? targets : `no solution files (<problem-id>.py, .ts or .js) in ${dir}`;
  }
  if (args.length === 0 || args.length % 2 !== 0) return 'expected <problem-id> <solution-file> pairs, or a folder of <problem-id>.<ext> files';
  const out: TestTarget[] = [];
  for (let i = 0; i < args.length; i += 2) out.push({ problemId: args[i], solution: args[i + 1] });
  return out;
}

async function cmdTest(p: Parsed, io: CliIo, paths: Required<CliPaths>): Promise<number> {
  const json = p.flags.has('--json');
  const targets = testTargets(p.positional.slice(1));
  const usage = (problemId: string, message: string, language?: Language): number => {
    if (json) io.out(jsonResult(problemId, language, undefined, { kind: 'usage', message }) + '\n');
    io.err(`mlprep test: ${message}\n`);
    return 2;
  };
  if (typeof targets === 'string') return usage('', `${targets}\n${USAGE}`);
  const langFlag = flag(p, '--language');
  if (langFlag !== undefined && langFlag !== 'python' && langFlag !== 'javascript' && langFlag !== 'typescript' && langFlag !== 'sql') return usage('', `unknown language "${langFlag}" (python, javascript, typescript, sql)`);
  // One catalogue load and one judge for every solution of the call.
  const problemsDir = path.resolve(flag(p, '--problems') ?? paths.problemsDir);
  const pack = await loadPack(problemsDir);
  const judge = new Judge({ harnessDir: paths.harnessDir, pythonPath: flag(p, '--python') });
  const controller = new AbortController();
  let interrupted = false;
  const onSigint = (): void => {
    interrupted = true;
    controller.abort();
  };
  process.once('SIGINT', onSigint);
  const codes: number[] = [];
  try {
    for (const target of targets) {
      if (interrupted) break;
      if (targets.length > 1 && !json && codes.length > 0) io.out('\n');
      codes.push(await testOne(target, langFlag as Language | undefined, { pack, problemsDir, judge, json, io, signal: controller.signal, usage }));
    }
  } finally {
    process.removeListener('SIGINT', onSigint);
    judge.dispose();
  }
  if (targets.length > 1 && !json) {
    const passed = codes.filter((c) => c === 0).length;
    io.out(`\n${passed}/${targets.length} solutions passed\n`);
  }
  if (interrupted) return 130;
  return codes.includes(2) ? 2 : codes.includes(1) ? 1 : 0;
}

interface TestContext {
  pack: Pack;
  problemsDir: string;
  judge: Judge;
  json: boolean;
  io: CliIo;
  signal: AbortSignal;
  usage(problemId: string, message: string, language?: Language): number;
}

async function testOne(target: TestTarget, langFlag: Language | undefined, ctx: TestContext): Promise<number> {
  const { problemId, solution } = target;
  const { io, json } = ctx;
  const usageError = (message: string, language?: Language): number => ctx.usage(problemId, message, language);
  const language = langFlag ?? languageFromPath(solution);
  if (!language) return usageError(`cannot tell the language of "${solution}" from its extension; pass --language`);
  const problem = ctx.pack.problems.find((x) => x.id === problemId);
  if (!problem) {
    const bad = ctx.pack.diagnostics.filter((d) => d.file.includes(`${path.sep}${problemId}${path.sep}`));
    const why = bad.length > 0 ? `problem "${problemId}" is invalid:\n${bad.map(formatDiagnostic).join('\n')}` : `no problem "${problemId}" in ${ctx.problemsDir}`;
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
  const width = Math.min(48, Math.max(...cases.map((c) => c.name.length + (c.hidden ? 9 : 0)), 4));
  if (!json) io.out(`${problem.id} · ${language}\n`);
  const result = await ctx.judge.run({
    problem,
    cases,
    solutionPath: path.resolve(solution),
    language,
    signal: ctx.signal,
    onCase: json ? undefined : (c) => io.out(caseLine(c, width) + '\n'),
  });
  if (json) {
    io.out(jsonResult(problem.id, language, result) + '\n');
  } else {
    for (const note of result.notes ?? []) io.out(`note: ${note}\n`);
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
  return result.verdict === 'pass' ? 0 : result.verdict === 'fail' ? 1 : 2;
}

/** `mlprep gen <problem-id|folder> <name> <seed> [--case]`: a generated case's arguments, or its `$gen` stub. */
async function cmdGen(p: Parsed, io: CliIo, paths: Required<CliPaths>): Promise<number> {
  const [, target, name, seedText] = p.positional;
  const seed = Number(seedText);
  if (!target || !name || seedText === undefined || !Number.isInteger(seed)) {
    io.err(`mlprep gen: expected <problem-id|folder> <generator> <seed>\n${USAGE}\n`);
    return 2;
  }
  const dir = fs.existsSync(path.join(target, 'problem.json')) ? path.resolve(target) : path.join(path.resolve(flag(p, '--problems') ?? paths.problemsDir), target);
  const text = await generateArgsText(dir, name, seed);
  io.out((p.flags.has('--case') ? JSON.stringify({ $gen: name, seed, sha256: sha256Text(text) }) : text) + '\n');
  return 0;
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
  if (!p.flags.has('--run')) return failing.length === 0 ? 0 : 1;
  const failingRuns = await runPackSolutions(pack, io, paths.harnessDir, flag(p, '--python'));
  return failing.length === 0 && failingRuns === 0 ? 0 : 1;
}

/**
 * `validate --run`: every reference must pass, every wrong solution must fail. One progress line
 * per problem, then a summary; the number of failing problems.
 */
async function runPackSolutions(pack: Pack, io: CliIo, harnessDir: string, pythonPath?: string): Promise<number> {
  const coding = pack.problems.filter((x): x is CodingProblem => x.kind === 'coding');
  const pool = new JudgePool(Math.min(2, Math.max(1, os.cpus().length)), { harnessDir, pythonPath });
  const start = performance.now();
  const perProblem: number[] = [];
  let failing = 0;
  let runs = 0;
  try {
    // Everything is queued at once; lines come out in the pack's order.
    const queued = coding.map(async (problem) => {
      let cases;
      try {
        cases = await loadTests(problem);
      } catch (err) {
        return { problem, error: err instanceof PackError ? err.diagnostics.map(formatDiagnostic).join('; ') : String(err) };
      }
      return { problem, outcomes: await proveProblem(pool, problem, cases) };
    });
    for (let i = 0; i < queued.length; i++) {
      const done = await queued[i];
      const n = `[${i + 1}/${queued.length}]`;
      if ('error' in done) {
        failing++;
        io.out(`${n} ✗ ${done.problem.id}: tests did not load: ${done.error}\n`);
        continue;
      }
      const outcomes = done.outcomes;
      runs += outcomes.length;
      const ms = outcomes.reduce((sum, o) => sum + o.result.durationMs, 0);
      perProblem.push(ms);
      const bad = outcomes.filter((o) => o.problem !== undefined);
      const langs = [...new Set(outcomes.map((o) => o.job.language))].join('+');
      const wrongs = outcomes.filter((o) => o.job.role !== 'reference').length;
      if (bad.length === 0) {
        io.out(`${n} ✓ ${done.problem.id} (${langs}): reference passes${wrongs > 0 ? `, ${wrongs} wrong solution${wrongs === 1 ? '' : 's'} fail` : ''}  ${Math.round(ms)} ms\n`);
      } else {
        failing++;
        io.out(`${n} ✗ ${done.problem.id} (${langs}):\n`);
        for (const o of bad) io.out(`      ${o.job.language} ${o.job.role}: ${o.problem ?? ''}\n`);
      }
    }
  } finally {
    pool.dispose();
  }
  const wall = (performance.now() - start) / 1000;
  const sorted = [...perProblem].sort((a, b) => a - b);
  const median = sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  io.out(`\n${coding.length} problems run (${runs} solutions): ${coding.length - failing} proven, ${failing} failing; ${wall.toFixed(1)} s wall, ${Math.round(median)} ms per problem (median)\n`);
  return failing;
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
      case 'gen':
        return await cmdGen(parsed, io, resolved);
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
