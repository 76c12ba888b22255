// Accuracy of the answer checker (src/core/design/check.ts) against a labelled corpus.
//
// The corpus is a folder of answers (*.md) and a labels.json:
//   { "<file>": { prompt, kind, variant, phases: {<phase>: bool}, nuances: {<id>: bool},
//                 redFlags: [ids], starc: {<part>: bool}, ownsFailure, quantifiedResult } }
// Default folder: test/fixtures/answers (or MLPREP_ANSWERS_DIR). Prints agreement per (answer,
// phase) over design answers and per phase, nuance precision/recall, red-flag precision/recall,
// STAR-C agreement, ownsFailure / quantifiedResult agreement, the largest share of phases credited
// to a `tricky` answer, and the same figures for two baselines: "always covered" (every item
// covered, every flag of the rubric raised, both behavioral signals true) and "keywords" (the
// previous checker: two rubric keywords per phase, 15 words under each STAR-C heading).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { checkAnswer } from '../src/core/design/check';
import type { BehavioralCheck, DesignCheck } from '../src/core/design/check';
import { STARC_PARTS } from '../src/core/design/behavioralLexicon';
import { loadPack, loadRubric, loadStatement, loadTemplate } from '../src/core/problems/loader';
import type { BehavioralProblem, BehavioralRubric, DesignProblem, DesignRubric } from '../src/core/problems/schema';
import { DESIGN_PHASES } from '../src/core/problems/schema';
import { ownText } from '../src/core/design/text';

export const COVERAGE_GOALS = { phaseAgreement: 0.85, nuancePrecision: 0.85, nuanceRecall: 0.8, trickyMaxPhaseShare: 1 / 3 } as const;

const labelSchema = z.object({
  prompt: z.string(),
  kind: z.enum(['design', 'behavioral']),
  variant: z.string().default(''),
  phases: z.record(z.string(), z.boolean()).optional(),
  nuances: z.record(z.string(), z.boolean()).optional(),
  redFlags: z.array(z.string()).optional(),
  starc: z.record(z.string(), z.boolean()).optional(),
  ownsFailure: z.boolean().optional(),
  quantifiedResult: z.boolean().optional(),
});
const labelsSchema = z.record(z.string(), labelSchema);
type Label = z.infer<typeof labelSchema>;

/** What a checker says about one answer (design and behavioral fields). */
interface Prediction {
  phases: Record<string, boolean>;
  nuances: Record<string, boolean>;
  redFlags: string[];
  starc: Record<string, boolean>;
  ownsFailure: boolean;
  quantifiedResult: boolean;
}

class Tally {
  agree = 0;
  total = 0;
  add(a: boolean, b: boolean): void {
    this.total++;
    if (a === b) this.agree++;
  }
  get value(): number | null {
    return this.total === 0 ? null : round(this.agree / this.total);
  }
}

class PrecisionRecall {
  tp = 0;
  fp = 0;
  fn = 0;
  add(predicted: boolean, actual: boolean): void {
    if (predicted && actual) this.tp++;
    else if (predicted) this.fp++;
    else if (actual) this.fn++;
  }
  get value(): { precision: number | null; recall: number | null } {
    return { precision: this.tp + this.fp === 0 ? null : round(this.tp / (this.tp + this.fp)), recall: this.tp + this.fn === 0 ? null : round(this.tp / (this.tp + this.fn)) };
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

interface Loaded {
  file: string;
  label: Label;
  answer: string;
  problem: DesignProblem | BehavioralProblem;
  template: string;
  statement: string;
  rubric: unknown;
}

function fromChecker(r: DesignCheck | BehavioralCheck): Prediction {
  if (r.kind === 'design') {
    const nuances = Object.fromEntries([...r.nuances.covered.map((n) => [n, true]), ...r.nuances.missed.map((n) => [n, false])]);
    return { phases: Object.fromEntries(r.phases.map((p) => [p.id, p.covered])), nuances, redFlags: r.redFlags.map((f) => f.id), starc: {}, ownsFailure: false, quantifiedResult: false };
  }
  return { phases: {}, nuances: {}, redFlags: [], starc: Object.fromEntries(r.starc.map((s) => [s.id, s.covered])), ownsFailure: r.ownsFailure, quantifiedResult: r.quantifiedResult };
}

function alwaysCovered(x: Loaded): Prediction {
  const rubric = x.rubric as Partial<DesignRubric>;
  return {
    phases: Object.fromEntries(DESIGN_PHASES.map((p) => [p, true])),
    nuances: Object.fromEntries(x.problem.nuances.map((n) => [n, true])),
    redFlags: (rubric.redFlags ?? []).map((f) => f.id),
    starc: Object.fromEntries(STARC_PARTS.map((s) => [s, true])),
    ownsFailure: true,
    quantifiedResult: true,
  };
}

/** The previous checker: two keywords per phase anywhere; 15 words under each STAR-C heading. */
function keywords(x: Loaded): Prediction {
  const own = ownText(x.answer, x.template).toLowerCase();
  const rubric = x.rubric as Partial<DesignRubric>;
  const phases = Object.fromEntries((rubric.phases ?? []).map((p) => [p.id, p.keywords.filter((k) => own.includes(k.toLowerCase())).length >= Math.min(2, p.keywords.length)]));
  const known = new Set(x.template.split(/\r?\n/).map((l) => l.trim()));
  const words = new Map<string, number>();
  let current = '';
  for (const line of x.answer.split(/\r?\n/)) {
    const h = /^#{1,6}\s+([a-z]+)/i.exec(line.trim());
    if (h) current = (h[1] ?? '').toLowerCase();
    else if (line.trim() && !known.has(line.trim())) words.set(current, (words.get(current) ?? 0) + line.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length);
  }
  const starc = Object.fromEntries(STARC_PARTS.map((s) => [s, (words.get(s) ?? 0) >= 15]));
  return { phases, nuances: Object.fromEntries(x.problem.nuances.map((n) => [n, false])), redFlags: [], starc, ownsFailure: false, quantifiedResult: /\d/.test(own) };
}

interface Scores {
  phaseAgreement: number | null;
  perPhase: Record<string, number | null>;
  nuances: { precision: number | null; recall: number | null };
  redFlags: { precision: number | null; recall: number | null };
  starcAgreement: number | null;
  ownsFailureAgreement: number | null;
  quantifiedResultAgreement: number | null;
  trickyMaxPhaseShare: number | null;
  trickyMaxStarcShare: number | null;
}

function score(corpus: readonly Loaded[], predict: (x: Loaded) => Prediction, disagreements?: string[]): Scores {
  const phase = new Tally();
  const perPhase = new Map(DESIGN_PHASES.map((p) => [p as string, new Tally()]));
  const nuances = new PrecisionRecall();
  const flags = new PrecisionRecall();
  const starc = new Tally();
  const owns = new Tally();
  const quant = new Tally();
  let trickyPhase: number | null = null;
  let trickyStarc: number | null = null;
  const note = (file: string, item: string, expected: boolean, got: boolean): void => {
    if (expected !== got) disagreements?.push(`${file} ${item}: labelled ${expected}, checker ${got}`);
  };
  for (const x of corpus) {
    const p = predict(x);
    const l = x.label;
    for (const [id, want] of Object.entries(l.phases ?? {})) {
      const got = p.phases[id] ?? false;
      phase.add(got, want);
      perPhase.get(id)?.add(got, want);
      note(x.file, `phase ${id}`, want, got);
    }
    for (const [id, want] of Object.entries(l.nuances ?? {})) {
      nuances.add(p.nuances[id] ?? false, want);
      note(x.file, `nuance ${id}`, want, p.nuances[id] ?? false);
    }
    if (l.redFlags) {
      for (const id of new Set([...l.redFlags, ...p.redFlags])) {
        flags.add(p.redFlags.includes(id), l.redFlags.includes(id));
        note(x.file, `red flag ${id}`, l.redFlags.includes(id), p.redFlags.includes(id));
      }
    }
    for (const [id, want] of Object.entries(l.starc ?? {})) {
      starc.add(p.starc[id] ?? false, want);
      note(x.file, `starc ${id}`, want, p.starc[id] ?? false);
    }
    if (l.ownsFailure !== undefined) {
      owns.add(p.ownsFailure, l.ownsFailure);
      note(x.file, 'ownsFailure', l.ownsFailure, p.ownsFailure);
    }
    if (l.quantifiedResult !== undefined) {
      quant.add(p.quantifiedResult, l.quantifiedResult);
      note(x.file, 'quantifiedResult', l.quantifiedResult, p.quantifiedResult);
    }
    if (l.variant === 'tricky' && l.kind === 'design') trickyPhase = Math.max(trickyPhase ?? 0, Object.values(p.phases).filter(Boolean).length / DESIGN_PHASES.length);
    if (l.variant === 'tricky' && l.kind === 'behavioral') trickyStarc = Math.max(trickyStarc ?? 0, Object.values(p.starc).filter(Boolean).length / STARC_PARTS.length);
  }
  return {
    phaseAgreement: phase.value,
    perPhase: Object.fromEntries([...perPhase].map(([id, t]) => [id, t.value])),
    nuances: nuances.value,
    redFlags: flags.value,
    starcAgreement: starc.value,
    ownsFailureAgreement: owns.value,
    quantifiedResultAgreement: quant.value,
    trickyMaxPhaseShare: trickyPhase === null ? null : round(trickyPhase),
    trickyMaxStarcShare: trickyStarc === null ? null : round(trickyStarc),
  };
}

async function load(answersDir: string, problemsDir: string): Promise<Loaded[]> {
  const labels = labelsSchema.parse(JSON.parse(fs.readFileSync(path.join(answersDir, 'labels.json'), 'utf8')));
  const pack = await loadPack(problemsDir);
  const out: Loaded[] = [];
  for (const [file, label] of Object.entries(labels)) {
    const problem = pack.problems.find((p) => p.id === label.prompt);
    if (!problem || problem.kind === 'coding' || problem.kind === 'concept') throw new Error(`${file}: no design or behavioral prompt "${label.prompt}" in ${problemsDir}`);
    const [template, statement] = await Promise.all([loadTemplate(problem), loadStatement(problem)]);
    const rubric = problem.kind === 'design' ? await loadRubric(problem) : await loadRubric(problem);
    out.push({ file, label, answer: fs.readFileSync(path.join(answersDir, file), 'utf8'), problem, template, statement, rubric });
  }
  return out;
}

function runChecker(x: Loaded): Prediction {
  if (x.problem.kind === 'design') {
    return fromChecker(checkAnswer({ kind: 'design', answer: x.answer, template: x.template, statement: x.statement, rubric: x.rubric as DesignRubric, nuances: x.problem.nuances }));
  }
  return fromChecker(checkAnswer({ kind: 'behavioral', answer: x.answer, template: x.template, statement: x.statement, rubric: x.rubric as BehavioralRubric }));
}

export interface CoverageBench {
  corpus: string;
  answers?: { design: number; behavioral: number; tricky: number };
  checker?: Scores;
  alwaysCovered?: Scores;
  keywords?: Scores;
  goals?: typeof COVERAGE_GOALS;
  meetsGoals?: boolean;
  disagreements?: string[];
  skipped?: string;
}

/** Scores the checker and the baselines on a labelled corpus; `skipped` when the folder is missing. */
export async function evaluateCorpus(answersDir: string, problemsDir: string): Promise<CoverageBench> {
  if (!fs.existsSync(path.join(answersDir, 'labels.json'))) {
    return { corpus: answersDir, skipped: `no labelled corpus at ${answersDir} (expected *.md answers and a labels.json)` };
  }
  const corpus = await load(answersDir, problemsDir);
  const disagreements: string[] = [];
  const checker = score(corpus, runChecker, disagreements);
  const meetsGoals =
    (checker.phaseAgreement ?? 1) >= COVERAGE_GOALS.phaseAgreement &&
    (checker.nuances.precision ?? 1) >= COVERAGE_GOALS.nuancePrecision &&
    (checker.nuances.recall ?? 1) >= COVERAGE_GOALS.nuanceRecall &&
    (checker.trickyMaxPhaseShare ?? 0) <= COVERAGE_GOALS.trickyMaxPhaseShare;
  return {
    corpus: answersDir,
    answers: { design: corpus.filter((x) => x.label.kind === 'design').length, behavioral: corpus.filter((x) => x.label.kind === 'behavioral').length, tricky: corpus.filter((x) => x.label.variant === 'tricky').length },
    checker,
    alwaysCovered: score(corpus, alwaysCovered),
    keywords: score(corpus, keywords),
    goals: COVERAGE_GOALS,
    meetsGoals,
    disagreements,
  };
}

function repoRoot(): string {
  for (const start of [process.cwd(), __dirname]) {
    let dir = start;
    for (;;) {
      if (fs.existsSync(path.join(dir, 'problems', 'nuances.json')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return process.cwd();
}

/** The bench entry: the corpus of MLPREP_ANSWERS_DIR or test/fixtures/answers. */
export async function benchCoverage(): Promise<CoverageBench> {
  const root = repoRoot();
  const dir = path.resolve(process.env.MLPREP_ANSWERS_DIR ?? path.join(root, 'test', 'fixtures', 'answers'));
  const result = await evaluateCorpus(dir, path.join(root, 'problems'));
  if (result.skipped) process.stderr.write(`coverage bench: ${result.skipped}; skipped\n`);
  return result;
}
