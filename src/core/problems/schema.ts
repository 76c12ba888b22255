// Zod schemas of a problem pack (problems/README.md is the authoritative description).
import { z } from 'zod';
import { CODING_ROUNDS, CONCEPT_CATEGORIES, DIFFICULTIES, HINT_LEVELS, PACK_LANGUAGES } from '../vocabulary';
import type { HintLevel } from '../vocabulary';

/** Problem ids and folder names: 2–64 characters of a-z, 0-9 and '-'. */
export const ID_PATTERN = /^[a-z0-9-]{2,64}$/;

export const NUANCE_IDS = [
  'training-serving-skew',
  'data-drift',
  'class-imbalance',
  'leakage',
  'feedback-loops',
  'uncertainty',
  'adversarial-inputs',
  'hallucination',
] as const;
export type NuanceId = (typeof NUANCE_IDS)[number];


/** Defaults of `limits` (per case). */
export const DEFAULT_LIMITS = { timeMs: 2000, memoryMb: 256 } as const;

export const idSchema = z.string().regex(ID_PATTERN, 'must be 2–64 characters of a-z, 0-9 and "-"');
const word = z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case words of a-z, 0-9 and "-"');
export const nuanceIdSchema = z.enum(NUANCE_IDS);

/** A path inside the problem folder: relative, forward slashes, no `..`, no absolute paths. */
export const relativePathSchema = z
  .string()
  .min(1)
  .refine((p) => isSafeRelativePath(p), 'must be a relative path inside the problem folder (no "..", no leading "/")');

export function isSafeRelativePath(p: string): boolean {
  if (p.includes('\\') || p.includes('\0') || p.startsWith('/') || /^[A-Za-z]:/.test(p)) return false;
  return p.split('/').every((seg) => seg !== '..' && seg !== '');
}

export const compareOptionsSchema = z.strictObject({
  atol: z.number().min(0).optional(),
  rtol: z.number().min(0).optional(),
  nanEqual: z.boolean().optional(),
  unordered: z.boolean().optional(),
  dtype: z.boolean().optional(),
});

export const limitsSchema = z.strictObject({
  timeMs: z.number().int().min(100).max(60_000).optional(),
  memoryMb: z.number().int().min(32).max(8192).optional(),
});

export const languageSpecSchema = z.strictObject({
  entry: z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]*$/, 'must be the name of a function or class (letters, digits, _ and $)'),
  starter: relativePathSchema,
  reference: relativePathSchema,
});

/** A SQL version: one SQLite query (no entry point). */
export const sqlSpecSchema = z.strictObject({ starter: relativePathSchema, reference: relativePathSchema });

/** A file name of a generated dataset: a plain name, no folders. */
const dataFileName = z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/, 'must be a plain file name (letters, digits, "_", "-", ".")');

/**
 * Datasets a problem's solutions read from their working folder: produced at first use by a
 * seeded, deterministic stdlib-Python generator (`<pack>/_datasets/<generator>/generate.py OUTDIR`),
 * each file checked against its SHA-256 and cached. `tables`: SQLite schema of the SQL version
 * (a `.sql` file in the same folder; each CSV of the same name fills its table).
 */
export const datasetsSchema = z.strictObject({
  generator: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be the name of a folder of <pack>/_datasets'),
  files: z.record(dataFileName, z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256')),
  tables: dataFileName.optional(),
});
export type DatasetsSpec = z.infer<typeof datasetsSchema>;

/**
 * 0–3 hints in ladder order (concept, approach, pitfall); a pack may stop early. The bundled pack
 * needs all three (validatePack with `bundled`).
 */
export const hintsSchema = z
  .array(z.strictObject({ level: z.enum(HINT_LEVELS), text: z.string().min(1, 'must be a non-empty text') }))
  .max(3, 'at most three hints (concept, approach, pitfall)')
  .superRefine((hs, ctx) => {
    hs.forEach((h, i) => {
      if (h.level !== HINT_LEVELS[i]) ctx.addIssue({ code: 'custom', path: [i, 'level'], message: `hint ${i + 1} must have the level "${HINT_LEVELS[i]}" (the ladder is concept, approach, pitfall)` });
    });
  });
export interface Hint {
  level: HintLevel;
  text: string;
}

export const wrongSolutionSchema = z.strictObject({
  name: word,
  files: z.strictObject({ python: relativePathSchema.optional(), typescript: relativePathSchema.optional(), sql: relativePathSchema.optional() }),
  ignoresNuance: nuanceIdSchema.optional(),
  why: z.string().min(1),
});

const common = {
  id: idSchema,
  title: z.string().min(1).max(200),
  category: z.string().min(1).max(100),
  difficulty: z.enum(DIFFICULTIES),
  suggestedMinutes: z.number().int().min(1).max(180),
  tags: z.array(word),
  nuances: z.array(nuanceIdSchema),
};

export const codingManifestSchema = z
  .strictObject({
    ...common,
    kind: z.literal('coding'),
    round: z.enum(CODING_ROUNDS),
    requires: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_.]*$/, 'must be a Python module name')).optional(),
    languages: z
      .strictObject({ python: languageSpecSchema.optional(), typescript: languageSpecSchema.optional(), sql: sqlSpecSchema.optional() })
      .refine((l) => l.python !== undefined || l.sql !== undefined, 'needs a python or a sql version'),
    datasets: datasetsSchema.optional(),
    limits: limitsSchema.optional(),
    compare: compareOptionsSchema.optional(),
    /** A Python file of the problem defining `check(args, expected, actual) -> bool | str`. */
    checker: relativePathSchema.optional(),
    hints: hintsSchema.default([]),
    wrong: z.array(wrongSolutionSchema).default([]),
  })
  .superRefine((m, ctx) => {
    const langs = PACK_LANGUAGES.filter((l) => m.languages[l] !== undefined);
    if (m.languages.typescript !== undefined && m.languages.python === undefined) {
      ctx.addIssue({ code: 'custom', path: ['languages', 'typescript'], message: 'a typescript version needs a python version' });
    }
    if (m.languages.sql !== undefined && m.datasets?.tables === undefined) {
      ctx.addIssue({ code: 'custom', path: ['datasets', 'tables'], message: 'a sql version needs datasets.tables (the SQLite schema)' });
    }
    const seen = new Set<string>();
    m.wrong.forEach((w, i) => {
      for (const l of langs) {
        if (w.files[l] === undefined) {
          ctx.addIssue({ code: 'custom', path: ['wrong', i, 'files', l], message: `a wrong solution needs a file for every language of the problem (missing ${l})` });
        }
      }
      for (const l of PACK_LANGUAGES) {
        if (w.files[l] !== undefined && !langs.includes(l)) {
          ctx.addIssue({ code: 'custom', path: ['wrong', i, 'files', l], message: `the problem does not offer ${l}` });
        }
      }
      if (seen.has(w.name)) ctx.addIssue({ code: 'custom', path: ['wrong', i, 'name'], message: `duplicate wrong-solution name "${w.name}"` });
      seen.add(w.name);
    });
  });

export const designManifestSchema = z.strictObject({ ...common, kind: z.literal('design'), round: z.literal('design') });
export const behavioralManifestSchema = z.strictObject({ ...common, kind: z.literal('behavioral'), round: z.literal('behavioral') });

/** Concept card ids: `explain-` and 2–50 characters of a-z, 0-9 and '-'. */
export const CONCEPT_ID_PATTERN = /^explain-[a-z0-9-]{2,50}$/;

const cardText = (max: number, what: string) =>
  z
    .string()
    .max(max, `${what} must be at most ${max} characters`)
    .refine((t) => t.trim().length > 0, `${what} must not be empty`);

/**
 * An explain-it concept card: the question (statement.md), the model answer (answer.md), the key
 * points a strong explanation contains (ticked by the user), common mistakes, and links to
 * related problems and cards (checked against the catalogue by `validatePack`).
 */
export const conceptManifestSchema = z
  .strictObject({
    ...common,
    id: z.string().regex(CONCEPT_ID_PATTERN, 'a concept card id must be "explain-" followed by 2–50 characters of a-z, 0-9 and "-"'),
    title: z.string().min(1).max(120, 'a card title must be at most 120 characters'),
    kind: z.literal('concept'),
    round: z.literal('concepts', { error: 'a concept card belongs to the round "concepts"' }),
    category: z.enum(CONCEPT_CATEGORIES, { error: `a concept card's category must be one of: ${CONCEPT_CATEGORIES.join(', ')}` }),
    suggestedMinutes: z.number().int().min(1, 'a card takes 1 to 3 minutes').max(3, 'a card takes 1 to 3 minutes'),
    tags: z.array(word).min(1, 'a card needs at least one tag'),
    keyPoints: z.array(cardText(160, 'a key point')).min(3, 'a card needs 3 to 6 key points').max(6, 'a card needs 3 to 6 key points'),
    mistakes: z.array(cardText(200, 'a mistake')).min(2, 'a card needs 2 to 4 common mistakes').max(4, 'a card needs 2 to 4 common mistakes'),
    related: z.array(idSchema).max(4, 'a card links at most 4 related problems'),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.related.forEach((r, i) => {
      if (seen.has(r)) ctx.addIssue({ code: 'custom', path: ['related', i], message: `"${r}" is listed twice` });
      if (r === m.id) ctx.addIssue({ code: 'custom', path: ['related', i], message: 'a card cannot link to itself' });
      seen.add(r);
    });
  });

export const manifestSchema = z.discriminatedUnion('kind', [codingManifestSchema, designManifestSchema, behavioralManifestSchema, conceptManifestSchema]);

export type CompareOptionsSpec = z.infer<typeof compareOptionsSchema>;
export type LanguageSpec = z.infer<typeof languageSpecSchema>;
export type WrongSolution = z.infer<typeof wrongSolutionSchema>;
export type CodingManifest = z.infer<typeof codingManifestSchema>;
export type DesignManifest = z.infer<typeof designManifestSchema>;
export type BehavioralManifest = z.infer<typeof behavioralManifestSchema>;
export type ConceptManifest = z.infer<typeof conceptManifestSchema>;
export type Manifest = z.infer<typeof manifestSchema>;

/** A loaded problem: its manifest plus the absolute folder it came from. */
export type CodingProblem = CodingManifest & { readonly dir: string };
export type DesignProblem = DesignManifest & { readonly dir: string };
export type BehavioralProblem = BehavioralManifest & { readonly dir: string };
export type ConceptProblem = ConceptManifest & { readonly dir: string };
export type Problem = CodingProblem | DesignProblem | BehavioralProblem | ConceptProblem;

// ---------------------------------------------------------------------------------------------
// tests.json

/** One step of a class case: `[method, [args]]`; the first is `["__init__", [args]]`. */
export const callSchema = z.tuple([z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]*$/, 'must be a method name'), z.array(z.unknown())], {
  error: 'each call must be a pair [method name, [arguments]]',
});

/** Arguments made at load time by the problem's generate.js: `{"$gen": name, "seed", "sha256"}`. */
export const genRefSchema = z.strictObject({
  $gen: z.string().regex(/^[A-Za-z_$][\w$]{0,63}$/, 'must be the name of a function exported by generate.js'),
  seed: z.number({ error: 'must be an integer' }).int('must be an integer').min(0, 'must be 0 or more').max(2 ** 32 - 1, 'must be below 2^32'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 (64 lowercase hex digits) of the generated arguments (`mlprep gen <id> <name> <seed> --case` prints it)'),
});

export const testCaseSchema = z
  .strictObject({
    name: z.string().min(1).max(200).optional(),
    args: z.union([z.array(z.unknown()), genRefSchema], { error: 'must be a list of arguments, or {"$gen": name, "seed", "sha256"} for generated ones' }).optional(),
    calls: z.array(callSchema).min(1, 'needs at least the constructor call ["__init__", [args]]').optional(),
    seed: z.number({ error: 'must be an integer' }).int('must be an integer').min(0, 'must be 0 or more').max(2 ** 32 - 1, 'must be below 2^32').optional(),
    // Optional for zod only so that a missing answer gets the clear message below.
    expected: z.unknown().optional(),
    hidden: z.boolean().optional(),
    nuance: nuanceIdSchema.optional(),
    compare: compareOptionsSchema.optional(),
  })
  .superRefine((c, ctx) => {
    if (!('expected' in c)) ctx.addIssue({ code: 'custom', path: ['expected'], message: 'is required' });
    if (c.args === undefined && c.calls === undefined) ctx.addIssue({ code: 'custom', path: ['args'], message: 'is required (a list of arguments, or "calls" for a class)' });
    if (c.args !== undefined && c.calls !== undefined) ctx.addIssue({ code: 'custom', path: ['calls'], message: 'a case gives either "args" or "calls", not both' });
    if (c.calls !== undefined) {
      if (c.calls.length > 0 && c.calls[0][0] !== '__init__') ctx.addIssue({ code: 'custom', path: ['calls', 0, 0], message: 'the first call must be "__init__" (it builds the object)' });
      c.calls.forEach((call, i) => {
        if (i > 0 && call[0] === '__init__') ctx.addIssue({ code: 'custom', path: ['calls', i, 0], message: 'only the first call may be "__init__"' });
      });
      if ('expected' in c && (!Array.isArray(c.expected) || c.expected.length !== c.calls.length)) {
        ctx.addIssue({ code: 'custom', path: ['expected'], message: `must be a list with one value per call (${c.calls.length}; null where nothing is checked)` });
      }
    }
  });

export const testsFileSchema = z
  .strictObject({ cases: z.array(testCaseSchema).min(1, 'needs at least one case') })
  .superRefine((t, ctx) => {
    const names = new Map<string, number>();
    t.cases.forEach((c, i) => {
      if (c.name === undefined) return;
      const prev = names.get(c.name);
      if (prev !== undefined) ctx.addIssue({ code: 'custom', path: ['cases', i, 'name'], message: `duplicate case name (also cases[${prev}])` });
      else names.set(c.name, i);
    });
  });

/** One test case ready for the judge. `args` and `expected` are tagged JSON; `$file` is resolved. */
export interface TestCase {
  /** Position in tests.json (0-based). */
  index: number;
  name: string;
  /** Arguments of the entry function; empty for a class case (`calls`). */
  args: unknown[];
  /** A class case: the constructor and then method calls, in order. `expected` has one value per call. */
  calls?: [string, unknown[]][];
  /** Seeds Python's `random` (and NumPy's global generator) / JavaScript's Math.random for the case. */
  seed?: number;
  /** Tagged JSON. A custom case without an answer leaves it undefined. */
  expected: unknown;
  hidden: boolean;
  nuance?: NuanceId;
  compare?: CompareOptionsSpec;
}

// ---------------------------------------------------------------------------------------------
// nuances.json, rubric.json

export const nuanceCardSchema = z.strictObject({
  id: nuanceIdSchema,
  title: z.string().min(1),
  what: z.string().min(1),
  symptoms: z.string().min(1),
  detect: z.string().min(1),
  fix: z.string().min(1),
  say: z.string().min(1),
});
export const nuancesFileSchema = z.strictObject({ cards: z.array(nuanceCardSchema) }).superRefine((f, ctx) => {
  const seen = new Set<string>();
  f.cards.forEach((c, i) => {
    if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['cards', i, 'id'], message: `duplicate card id "${c.id}"` });
    seen.add(c.id);
  });
});
export type NuanceCard = z.infer<typeof nuanceCardSchema>;

export const DESIGN_PHASES = ['clarify', 'framing', 'metrics', 'data', 'features', 'model', 'evaluation', 'serving', 'monitoring'] as const;
export type DesignPhase = (typeof DESIGN_PHASES)[number];
const nonEmptyStrings = z.array(z.string().min(1)).min(1);

/** Specifics a detector can ask for next to its match (see problems/README.md). */
export const SPECIFIC_KINDS = ['number', 'reason', 'comparison', 'threshold', 'tradeoff', 'frequency', 'condition', 'choice'] as const;
export type SpecificKind = (typeof SPECIFIC_KINDS)[number];

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}
const patternSchema = z.string().min(1).refine(compiles, 'must be a valid regular expression');
const patternsSchema = z.array(patternSchema).min(1);

/**
 * A concept detector: regular expressions (case-insensitive, matched against the lower-cased
 * sentence at word boundaries) plus what must co-occur in the sentence. `needs` absent: any
 * specific; `needs: []`: the match itself is a concrete mechanism; otherwise one of the kinds.
 * `unless`: patterns that void the match when they appear in the same sentence.
 */
export const detectorSchema = z.strictObject({
  id: word,
  patterns: patternsSchema,
  needs: z.array(z.enum(SPECIFIC_KINDS)).optional(),
  unless: patternsSchema.optional(),
});
export type Detector = z.infer<typeof detectorSchema>;
const detectorsSchema = z.array(detectorSchema).min(1);

/**
 * A red flag of a prompt. It is raised when a `present` detector matches an affirmed statement,
 * a `dismissed` detector matches a dismissal or negation, the `absent` detectors match nowhere
 * (only when a `scope` detector matches somewhere, if given), or the `uncovered` phase is not
 * covered; and no `unless` detector matches an affirmed statement anywhere in the answer.
 */
/** Red flags with built-in detectors: a rubric entry may name them without detectors of its own. */
export const STANDARD_RED_FLAGS = ['accuracy-only', 'random-split-time', 'label-leak', 'no-fallback', 'no-monitoring', 'fixed-threshold'] as const;

export const redFlagSchema = z
  .strictObject({
    id: word,
    title: z.string().min(1),
    present: detectorsSchema.optional(),
    dismissed: detectorsSchema.optional(),
    absent: detectorsSchema.optional(),
    scope: detectorsSchema.optional(),
    uncovered: z.enum(DESIGN_PHASES).optional(),
    unless: detectorsSchema.optional(),
  })
  .refine(
    (f) => (STANDARD_RED_FLAGS as readonly string[]).includes(f.id) || f.present !== undefined || f.dismissed !== undefined || f.absent !== undefined || f.uncovered !== undefined,
    'needs present, dismissed, absent or uncovered (only the standard red flags have built-in detectors)',
  );
export type RedFlagRule = z.infer<typeof redFlagSchema>;

const phaseSchema = z.strictObject({
  id: z.enum(DESIGN_PHASES),
  title: z.string().min(1),
  minutes: z.number().positive().max(180),
  strong: nonEmptyStrings,
  redFlags: nonEmptyStrings,
  keywords: nonEmptyStrings,
  detectors: detectorsSchema.optional(),
});
export const designRubricSchema = z
  .strictObject({
    phases: z.array(phaseSchema).length(9, 'needs exactly nine phases'),
    nuances: z.partialRecord(nuanceIdSchema, detectorsSchema).optional(),
    redFlags: z.array(redFlagSchema).optional(),
  })
  .superRefine((r, ctx) => {
    r.phases.forEach((p, i) => {
      if (p.id !== DESIGN_PHASES[i]) ctx.addIssue({ code: 'custom', path: ['phases', i, 'id'], message: `phase ${i + 1} must be "${DESIGN_PHASES[i]}"` });
    });
    const seen = new Set<string>();
    (r.redFlags ?? []).forEach((f, i) => {
      if (seen.has(f.id)) ctx.addIssue({ code: 'custom', path: ['redFlags', i, 'id'], message: `duplicate red flag "${f.id}"` });
      seen.add(f.id);
    });
  });
export type DesignRubric = z.infer<typeof designRubricSchema>;

export const COMPETENCIES = ['ownership', 'influence', 'judgment', 'communication', 'ethics-safety'] as const;
export const behavioralRubricSchema = z.strictObject({
  competencies: z.array(z.enum(COMPETENCIES)).min(1),
  starc: z.strictObject({
    situation: z.string().min(1),
    task: z.string().min(1),
    action: z.string().min(1),
    result: z.string().min(1),
    context: z.string().min(1),
  }),
  followUps: nonEmptyStrings,
  strongSignals: nonEmptyStrings,
  redFlags: nonEmptyStrings,
  /** Terms of this story's domain that make a sentence concrete (in addition to the built-in ones). */
  concrete: detectorsSchema.optional(),
});
export type BehavioralRubric = z.infer<typeof behavioralRubricSchema>;

/**
 * An interview-style brief of a coding problem (`brief.json`, optional): the short prompt an
 * interviewer would say, and the clarifying questions a candidate may ask, each with the
 * interviewer's answer (consistent with the full statement). `key` marks the questions whose
 * answer changes the solution. Asking is a signal, never a penalty.
 */
export const briefSchema = z.strictObject({
  prompt: z.string().min(20, { error: 'the prompt needs at least a sentence' }).max(1500),
  questions: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, { error: 'a question id is lower-case letters, digits and dashes' }),
        ask: z.string().min(5).max(240),
        answer: z.string().min(2).max(1200),
        key: z.boolean().optional(),
      }),
    )
    .min(3, { error: 'a brief needs at least 3 clarifying questions' })
    .max(12),
}).superRefine((b, ctx) => {
  const seen = new Set<string>();
  b.questions.forEach((q, i) => {
    if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `the question id "${q.id}" is used twice` });
    seen.add(q.id);
  });
  if (!b.questions.some((q) => q.key)) ctx.addIssue({ code: 'custom', path: ['questions'], message: 'mark at least one question as key (its answer changes the solution)' });
});
export type Brief = z.infer<typeof briefSchema>;
