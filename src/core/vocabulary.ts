/**
 * The product's words, defined once: languages, hint levels, rounds and their titles, run kinds,
 * the two verdict scales, and the names of a problem's files. Every other module (schema, model,
 * session, protocol, UI) imports them from here.
 */

/** Languages a solution can be written in. */
export const LANGUAGES = ['python', 'typescript', 'javascript', 'sql'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Languages a pack ships reference solutions and starters in (JavaScript is derived from
 * TypeScript). `sql`: one SQLite query, run through Python's sqlite3 against the problem's tables.
 */
export const PACK_LANGUAGES = ['python', 'typescript', 'sql'] as const;
export type PackLanguage = (typeof PACK_LANGUAGES)[number];

/** File extension of a solution file per language. */
export const LANGUAGE_EXTENSIONS: Readonly<Record<Language, string>> = { python: 'py', typescript: 'ts', javascript: 'js', sql: 'sql' };

/** A Jupyter notebook is accepted as a Python solution: its code cells run in order as one module. */
export const NOTEBOOK_EXTENSION = 'ipynb';

/** The hint ladder, in reveal order. */
export const HINT_LEVELS = ['concept', 'approach', 'pitfall'] as const;
export type HintLevel = (typeof HINT_LEVELS)[number];

/** The rounds of an interview loop, in the order the UI lists them (also the tie-break order). */
export const ROUNDS = ['coding', 'concepts', 'metrics', 'data', 'nuances', 'design', 'behavioral'] as const;
export type Round = (typeof ROUNDS)[number];

/** Rounds whose problems are judged code. */
export const CODING_ROUNDS = ['coding', 'concepts', 'metrics', 'data', 'nuances'] as const;
export type CodingRound = (typeof CODING_ROUNDS)[number];

export const ROUND_TITLES: Readonly<Record<Round, string>> = {
  coding: 'ML-flavored coding',
  concepts: 'ML concepts & math',
  metrics: 'Metrics & evaluation',
  data: 'Live data exercises',
  nuances: 'Production nuances',
  design: 'ML system design',
  behavioral: 'Behavioral & deep dive',
};

export function isRound(value: unknown): value is Round {
  return typeof value === 'string' && (ROUNDS as readonly string[]).includes(value);
}

/** Title of a round, or the id itself for a round this version does not know. */
export function roundTitle(round: string): string {
  return isRound(round) ? ROUND_TITLES[round] : round;
}

export const PROBLEM_KINDS = ['coding', 'design', 'behavioral', 'concept'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Run = visible examples and custom cases; submit = every test, hidden ones included. */
export const RUN_KINDS = ['run', 'submit'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

/** The judge's detailed verdict of one test case. */
export const JUDGE_VERDICTS = ['pass', 'wrong_answer', 'runtime_error', 'time_limit', 'memory_limit', 'output_limit', 'compile_error', 'not_run'] as const;
export type JudgeVerdict = (typeof JUDGE_VERDICTS)[number];

/** The verdict of a case as history keeps it: `error` = the code crashed, timed out or broke a limit. */
export const OUTCOMES = ['pass', 'fail', 'error'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Names of the files of a problem folder and of a pack. */
export const PROBLEM_FILES = {
  manifest: 'problem.json',
  tests: 'tests.json',
  statement: 'statement.md',
  template: 'template.md',
  rubric: 'rubric.json',
  nuances: 'nuances.json',
  /** The model answer of an explain-it concept card. */
  answer: 'answer.md',
  /** The interview-style brief of a coding problem (short prompt + clarifying questions). */
  brief: 'brief.json',
} as const;

/** A workspace folder's own problem pack (loaded in trusted workspaces only). */
export const WORKSPACE_PACK_FOLDER = '.mlprep/problems';
/**
 * Competencies a story of the story bank can show (what behavioral prompts ask for), in the
 * order the Stories view lists them, with their titles.
 */
export const STORY_COMPETENCIES = ['leadership', 'technical-judgment', 'cross-functional', 'disagreement', 'failure', 'ambiguity', 'ethics-safety', 'communicating-limitations'] as const;
export type StoryCompetency = (typeof STORY_COMPETENCIES)[number];

export const STORY_COMPETENCY_TITLES: Readonly<Record<StoryCompetency, string>> = {
  leadership: 'Leadership',
  'technical-judgment': 'Technical judgment',
  'cross-functional': 'Cross-functional work',
  disagreement: 'Disagreement',
  failure: 'Failure',
  ambiguity: 'Ambiguity',
  'ethics-safety': 'Ethics and safety',
  'communicating-limitations': 'Communicating limitations',
};

/** Folder of the story bank inside the practice folder. */
export const STORIES_FOLDER = 'stories';

/** Self-grades of an explain-it card, worst first (stored as the attempt's self-rating 1–4). */
export const CARD_GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type CardGrade = (typeof CARD_GRADES)[number];

export const CARD_GRADE_TITLES: Readonly<Record<CardGrade, string>> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

/** The 1–4 self-rating a card grade is stored as. */
export function cardGradeRating(grade: CardGrade): 1 | 2 | 3 | 4 {
  return (CARD_GRADES.indexOf(grade) + 1) as 1 | 2 | 3 | 4;
}

/** Categories of explain-it concept cards, in the order the catalogue lists them. */
export const CONCEPT_CATEGORIES = [
  'Optimisation',
  'Bias–variance',
  'Regularisation',
  'Loss functions',
  'Probability and statistics',
  'Linear algebra',
  'Model selection and validation',
  'Evaluation and calibration',
  'Trees and ensembles',
  'Neural networks',
  'Production nuances',
  'LLM systems',
] as const;

/** Target role levels of a mock interview loop and a study plan. */
export const TARGET_LEVELS = ['mid', 'senior', 'staff'] as const;
export type TargetLevel = (typeof TARGET_LEVELS)[number];

export function isTargetLevel(value: unknown): value is TargetLevel {
  return typeof value === 'string' && (TARGET_LEVELS as readonly string[]).includes(value);
}

/** The five components of the preparation, self-assessed 1–5 and tracked week by week. */
export const COMPONENTS = ['coding', 'concepts', 'data', 'design', 'behavioral'] as const;
export type Component = (typeof COMPONENTS)[number];

export const COMPONENT_TITLES: Readonly<Record<Component, string>> = {
  coding: 'ML coding',
  concepts: 'ML concepts & metrics',
  data: 'Data & production',
  design: 'ML system design',
  behavioral: 'Behavioral',
};

/** The component a round trains. */
export const ROUND_COMPONENT: Readonly<Record<Round, Component>> = {
  coding: 'coding',
  concepts: 'concepts',
  metrics: 'concepts',
  data: 'data',
  nuances: 'data',
  design: 'design',
  behavioral: 'behavioral',
};

/** The rounds that train a component, the component's own round first. */
export function roundsOfComponent(component: Component): Round[] {
  return ROUNDS.filter((r) => ROUND_COMPONENT[r] === component).sort((a, b) => (a === component ? -1 : b === component ? 1 : 0));
}

/** A mock loop is running, was finished (debrief or not), or was given up. */
export const LOOP_STATUSES = ['running', 'completed', 'abandoned'] as const;
export type LoopStatus = (typeof LOOP_STATUSES)[number];
