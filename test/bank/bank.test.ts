// The bank gate: every bundled problem proves itself.
//   - `validate` of the bundled pack is clean;
//   - for every coding problem and every language it offers (python, typescript), the reference
//     passes every case and every known-wrong solution fails at least one — a hidden case tagged
//     with its nuance when the wrong entry says which nuance it ignores;
//   - the bank has the promised size and shape (counts per round, nuance coverage, core ids).
// Runs go through a pool of two judges (two cores).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SolutionOutcome } from '../../src/core/judge/packCheck';
import { JudgePool, proveProblem } from '../../src/core/judge/packCheck';
import type { Diagnostic } from '../../src/core/problems/loader';
import { loadPack, loadTests, validatePack } from '../../src/core/problems/loader';
import type { CodingProblem, Problem, TestCase } from '../../src/core/problems/schema';
import { NUANCE_IDS } from '../../src/core/problems/schema';
import { bundledProblemsDir, harnessDir } from '../unit/judge/support';
import { CODING_ROUNDS, DIFFICULTIES, ROUNDS } from '../../src/core/vocabulary';

const CORE: Record<string, string> = {
  'stable-softmax': 'softmax',
  'logits-cross-entropy': 'cross_entropy',
  'roc-auc': 'roc_auc',
  'kmeans-lloyd': 'kmeans',
  'population-stability-index': 'psi',
  'train-serve-scaler': 'scale_for_serving',
  'balanced-class-weights': 'class_weights',
  'expected-calibration-error': 'ece',
  'precision-at-k': 'precision_at_k',
  'leakage-duplicates': 'leaked_test_rows',
  'welford-running-variance': 'running_variance',
  'time-based-split': 'time_split',
};

const MIN = { coding: 60, perCodingRound: 8, design: 12, behavioral: 20, perNuance: 3 };

function isCodingFolder(name: string): boolean {
  const file = path.join(bundledProblemsDir, name, 'problem.json');
  if (!fs.existsSync(file)) return false;
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { kind?: unknown }).kind === 'coding';
  } catch {
    return true; // unreadable: its test reports it
  }
}

// Coding problem folders are listed synchronously so that every problem gets its own test.
const folders = fs.existsSync(bundledProblemsDir) ? fs.readdirSync(bundledProblemsDir).filter(isCodingFolder).sort() : [];

describe('problem bank', function () {
  this.timeout(600_000);
  let problems: Problem[] = [];
  let diagnostics: Diagnostic[] = [];
  const testsOf = new Map<string, TestCase[]>();
  const outcomes = new Map<string, Promise<SolutionOutcome[]>>();
  // The same code as `mlprep validate --run`, two judges for two cores.
  const pool = new JudgePool(2, { harnessDir });

  before(async () => {
    const pack = await loadPack(bundledProblemsDir);
    problems = pack.problems;
    diagnostics = await validatePack(bundledProblemsDir, { bundled: true });
    for (const p of problems) {
      if (p.kind !== 'coding') continue;
      try {
        testsOf.set(p.id, await loadTests(p));
      } catch {
        // reported by validate
      }
    }
    // Queue every run now; the tests below await their problem's runs.
    for (const p of problems) {
      if (p.kind !== 'coding') continue;
      const cases = testsOf.get(p.id);
      if (!cases) continue;
      outcomes.set(p.id, proveProblem(pool, p, cases));
    }
  });

  after(() => pool.dispose());

  it('validate: the bundled pack has no diagnostics', () => {
    if (diagnostics.length > 0) {
      const text = diagnostics.map((d) => `  ${path.relative(bundledProblemsDir, d.file)}${d.path ? ` [${d.path}]` : ''}: ${d.message}`).join('\n');
      assert.fail(`${diagnostics.length} diagnostics:\n${text}`);
    }
  });

  it('has the promised size and shape', async () => {
    const coding = problems.filter((p): p is CodingProblem => p.kind === 'coding');
    const count = (f: (p: Problem) => boolean): number => problems.filter(f).length;
    const nuanceRows = NUANCE_IDS.map((n) => {
      const linked = count((p) => (p.nuances as string[]).includes(n));
      const exercised = coding.filter((p) => p.wrong.some((w) => w.ignoresNuance === n) && (testsOf.get(p.id) ?? []).some((c) => c.hidden && c.nuance === n)).length;
      return { nuance: n, linked, exercised };
    });
    const lines = [
      `problems: ${problems.length} (coding ${coding.length}, design ${count((p) => p.kind === 'design')}, behavioral ${count((p) => p.kind === 'behavioral')})`,
      'per round: ' + ROUNDS.map((r) => `${r} ${count((p) => p.round === r)}`).join(', '),
      'per difficulty: ' + DIFFICULTIES.map((d) => `${d} ${count((p) => p.difficulty === d)}`).join(', '),
      'per nuance (problems linking / coding problems with a hidden test and an ignoring wrong solution): ' + nuanceRows.map((r) => `${r.nuance} ${r.linked}/${r.exercised}`).join(', '),
      `numpy-free coding problems: ${coding.filter((p) => !(p.requires ?? []).includes('numpy')).length}/${coding.length}`,
    ];
    process.stdout.write(lines.map((l) => `      ${l}\n`).join(''));

    const problemsFound: string[] = [];
    if (coding.length < MIN.coding) problemsFound.push(`${coding.length} coding problems (need ≥ ${MIN.coding})`);
    for (const r of CODING_ROUNDS) {
      const n = count((p) => p.kind === 'coding' && p.round === r);
      if (n < MIN.perCodingRound) problemsFound.push(`round ${r}: ${n} coding problems (need ≥ ${MIN.perCodingRound})`);
    }
    const design = count((p) => p.kind === 'design');
    const behavioral = count((p) => p.kind === 'behavioral');
    if (design < MIN.design) problemsFound.push(`${design} design prompts (need ≥ ${MIN.design})`);
    if (behavioral < MIN.behavioral) problemsFound.push(`${behavioral} behavioral prompts (need ≥ ${MIN.behavioral})`);
    for (const r of nuanceRows) {
      if (r.exercised < MIN.perNuance) problemsFound.push(`nuance ${r.nuance}: exercised by ${r.exercised} coding problems (need ≥ ${MIN.perNuance})`);
    }
    for (const [id, entry] of Object.entries(CORE)) {
      const p = problems.find((x) => x.id === id);
      if (!p) problemsFound.push(`core problem ${id} is missing`);
      else if (p.kind !== 'coding') problemsFound.push(`core problem ${id} is not a coding problem`);
      else if (p.languages.python?.entry !== entry) problemsFound.push(`core problem ${id}: Python entry is ${p.languages.python?.entry ?? 'missing'}, must be ${entry}`);
    }
    for (const p of coding) {
      const cases = testsOf.get(p.id);
      if (!cases) continue; // reported by validate
      const visible = cases.filter((c) => !c.hidden).length;
      const hidden = cases.length - visible;
      if (visible < 2 || hidden < 5) problemsFound.push(`${p.id}: ${visible} visible / ${hidden} hidden cases (need ≥ 2 / ≥ 5)`);
      if (p.hints.length !== 3) problemsFound.push(`${p.id}: ${p.hints.length} hints (need 3)`);
      if (p.wrong.length < 2) problemsFound.push(`${p.id}: ${p.wrong.length} known-wrong solutions (need ≥ 2)`);
    }
    const numpyFree = coding.filter((p) => !(p.requires ?? []).includes('numpy')).length;
    if (numpyFree * 2 < coding.length) problemsFound.push(`only ${numpyFree} of ${coding.length} coding problems are numpy-free (need ≥ half)`);
    if (problemsFound.length > 0) assert.fail(`${problemsFound.length} shortfalls:\n  ${problemsFound.join('\n  ')}`);
  });

  for (const id of folders) {
    it(`${id}: reference passes, every known-wrong solution fails`, async () => {
      const p = problems.find((x) => x.id === id);
      if (!p) assert.fail(`${id} did not load (see the validate test)`);
      const list = outcomes.get(id);
      if (!list) assert.fail(`${id}: tests.json did not load (see the validate test)`);
      const results = await list;
      const bad = results.filter((o) => o.problem);
      if (bad.length > 0) assert.fail(bad.map((o) => `${o.job.language} ${o.job.role}: ${o.problem}`).join('\n'));
      assert.ok(results.length >= 2);
    });
  }
});
