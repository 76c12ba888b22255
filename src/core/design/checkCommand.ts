/**
 * `mlprep check <prompt-id> <answer.md> [--json] [--problems DIR]`: evidence-based feedback on a
 * written design or behavioral answer. Exit 0 when the check ran (whatever it found), 2 on errors
 * (unknown prompt, unreadable answer, a coding problem). `--json` prints one object:
 *
 *   design:     { problem, kind, phases: [{ id, covered, evidence }], nuances: { covered, missed },
 *                 redFlags: [{ id, evidence }] }
 *   behavioral: { problem, kind, starc: [{ id, covered, evidence }], ownsFailure, quantifiedResult }
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Diagnostic } from '../problems/loader';
import { PackError, loadPack, loadRubric, loadStatement, loadTemplate } from '../problems/loader';
import type { BehavioralCheck, DesignCheck } from './check';
import { checkAnswer } from './check';

export interface CheckIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CheckOptions {
  json: boolean;
  /** The pack holding the prompt. */
  problemsDir: string;
}

const USAGE = 'usage: mlprep check <prompt-id> <answer.md> [--json] [--problems DIR]';
const MAX_ANSWER_BYTES = 1024 * 1024;

export function designJson(problem: string, r: DesignCheck): Record<string, unknown> {
  return {
    problem,
    kind: r.kind,
    phases: r.phases.map((p) => ({ id: p.id, covered: p.covered, evidence: p.evidence })),
    nuances: { covered: r.nuances.covered, missed: r.nuances.missed },
    redFlags: r.redFlags.map((f) => ({ id: f.id, evidence: f.evidence })),
  };
}

export function behavioralJson(problem: string, r: BehavioralCheck): Record<string, unknown> {
  return {
    problem,
    kind: r.kind,
    starc: r.starc.map((s) => ({ id: s.id, covered: s.covered, evidence: s.evidence })),
    ownsFailure: r.ownsFailure,
    quantifiedResult: r.quantifiedResult,
  };
}

function quote(s: string, max = 140): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return `"${line.length > max ? line.slice(0, max - 1) + '…' : line}"`;
}

function designReport(problem: string, r: DesignCheck): string {
  const covered = r.phases.filter((p) => p.covered).length;
  const out = [`${problem} · design · ${covered}/${r.phases.length} phases covered`, ''];
  for (const p of r.phases) {
    out.push(`  ${p.covered ? '✓' : '✗'} ${p.title}`);
    if (p.covered) for (const e of p.evidence.slice(0, 3)) out.push(`      ${quote(e)}`);
    else if (p.missing[0]) out.push(`      consider: ${p.missing[0]}`);
  }
  out.push('', `nuances: ${r.nuances.covered.length}/${r.nuances.covered.length + r.nuances.missed.length} handled`);
  for (const n of r.nuances.covered) out.push(`  ✓ ${n}  ${quote(r.nuances.evidence[n]?.[0] ?? '', 100)}`);
  for (const n of r.nuances.missed) out.push(`  ✗ ${n}`);
  out.push('', r.redFlags.length === 0 ? 'red flags: none' : `red flags: ${r.redFlags.length}`);
  for (const f of r.redFlags) {
    out.push(`  ! ${f.title} (${f.id})`);
    for (const e of f.evidence.slice(0, 2)) out.push(`      ${quote(e)}`);
  }
  return out.join('\n') + '\n';
}

function behavioralReport(problem: string, r: BehavioralCheck): string {
  const covered = r.starc.filter((s) => s.covered).length;
  const out = [`${problem} · behavioral · ${covered}/${r.starc.length} STAR-C parts covered`, ''];
  for (const s of r.starc) {
    out.push(`  ${s.covered ? '✓' : '✗'} ${s.id}`);
    for (const e of s.evidence.slice(0, 2)) out.push(`      ${quote(e)}`);
  }
  const yes = (b: boolean): string => (b ? 'yes' : 'no');
  out.push('', `owns a failure:    ${yes(r.ownsFailure)}${r.signals.blame.length > 0 ? ' (blame-shifting found)' : ''}`);
  out.push(`quantified result: ${yes(r.quantifiedResult)}`);
  out.push(`lessons:           ${r.lessons}`);
  return out.join('\n') + '\n';
}

function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.path ? ` [${d.path}]` : ''}: ${d.message}`;
}

/** Runs `mlprep check`; `args` are the positional arguments after the command name. */
export async function runCheckCommand(args: readonly string[], options: CheckOptions, io: CheckIo): Promise<number> {
  const fail = (message: string): number => {
    io.err(`mlprep check: ${message}\n`);
    return 2;
  };
  const [problemId, answerFile] = args;
  if (!problemId || !answerFile || args.length > 2) return fail(`expected <prompt-id> <answer.md>\n${USAGE}`);
  const pack = await loadPack(options.problemsDir);
  const problem = pack.problems.find((p) => p.id === problemId);
  if (!problem) {
    const bad = pack.diagnostics.filter((d) => d.file.includes(`${path.sep}${problemId}${path.sep}`));
    return fail(bad.length > 0 ? `prompt "${problemId}" is invalid:\n${bad.map(formatDiagnostic).join('\n')}` : `no prompt "${problemId}" in ${options.problemsDir}`);
  }
  if (problem.kind === 'coding') return fail(`"${problemId}" is a coding problem; use mlprep test`);
  if (problem.kind === 'concept') return fail(`"${problemId}" is an explain-it card; it has no rubric to check an answer against`);
  let answer: string;
  try {
    const buf = await readFile(path.resolve(answerFile));
    if (buf.length > MAX_ANSWER_BYTES) return fail(`${answerFile} is larger than 1 MB`);
    answer = buf.toString('utf8');
  } catch (err) {
    return fail(`cannot read ${answerFile}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const [template, statement] = await Promise.all([loadTemplate(problem), loadStatement(problem)]);
    if (problem.kind === 'design') {
      const r = checkAnswer({ kind: 'design', answer, template, statement, rubric: await loadRubric(problem), nuances: problem.nuances });
      io.out(options.json ? JSON.stringify(designJson(problem.id, r)) + '\n' : designReport(problem.id, r));
    } else {
      const r = checkAnswer({ kind: 'behavioral', answer, template, statement, rubric: await loadRubric(problem), nuances: problem.nuances });
      io.out(options.json ? JSON.stringify(behavioralJson(problem.id, r)) + '\n' : behavioralReport(problem.id, r));
    }
  } catch (err) {
    return fail(err instanceof PackError ? err.diagnostics.map(formatDiagnostic).join('\n') : err instanceof Error ? err.message : String(err));
  }
  return 0;
}
