/**
 * Evidence-based check of a behavioral answer. Every sentence of the user's own text is
 * classified, wherever it stands (under a STAR-C heading or in prose): setting and stakes →
 * situation, one's own responsibility → task, first-person concrete actions → action, outcomes →
 * result, lessons and constraints → context. A heading names the part of the sentences below it
 * but does not make filler count: a sentence needs concrete content (technical or business terms,
 * numbers that are not activity counts). A part is covered at two points.
 *
 * Also: `ownsFailure` (a first-person mistake and no blame-shifting), `quantifiedResult`
 * (before/after impact numbers, not activity counts or uptime boasts) and the kind of lessons
 * drawn (specific practice vs platitudes).
 */
import type { BehavioralRubric } from '../problems/schema';
import type { Analysed } from './analysis';
import type { StarcPart } from './behavioralLexicon';
import {
  ACTION,
  ACTIVITY,
  ACTOR,
  BLAME,
  CONCRETE,
  CONSTRAINT,
  FILLER,
  FIRST_PERSON,
  IMPACT,
  LESSON,
  OWN_MISTAKE,
  PLATITUDE,
  RESULT,
  SITUATION,
  SOFT_ACTION,
  STARC_PARTS,
  TASK,
  UPTIME,
  partOfHeading,
} from './behavioralLexicon';
import { compile } from './detectors';
import { numbersIn } from './text';

export const STARC_COVERED_AT = 2;

export interface StarcItem {
  id: StarcPart;
  covered: boolean;
  evidence: string[];
}

export type Lessons = 'specific' | 'generic' | 'none';

export interface BehavioralCheck {
  kind: 'behavioral';
  starc: StarcItem[];
  ownsFailure: boolean;
  quantifiedResult: boolean;
  lessons: Lessons;
  /** The sentences behind the three judgements (and the blame that cancels ownership). */
  signals: { ownsFailure: string[]; blame: string[]; quantifiedResult: string[]; lessons: string[] };
}

interface Reading {
  a: Analysed;
  part: StarcPart | undefined;
  /** Distinct concrete terms plus one for a number that is not an activity count. */
  concreteness: number;
  filler: boolean;
  impact: boolean;
}

const GENERIC_TERMS = new Set(['model', 'models', 'ml', 'machine learning', 'ai', 'launch', 'launches', 'launched', 'launching', 'user', 'users', 'customer', 'customers', 'metric', 'metrics', 'data science', 'data scientist', 'data scientists']);

function concretenessOf(norm: string, extra: readonly RegExp[]): number {
  const terms = new Set<string>();
  const re = new RegExp(CONCRETE.source, 'g');
  // Words every ML story has ("a new ML model", "the customer", "the launch") say nothing specific.
  for (const m of norm.matchAll(re)) if (!GENERIC_TERMS.has(m[0])) terms.add(m[0]);
  for (const x of extra) {
    x.lastIndex = 0;
    for (const m of norm.matchAll(x)) terms.add(m[0]);
  }
  const activity = ACTIVITY.test(norm) || UPTIME.test(norm);
  const numbers = numbersIn(norm).length > 0 && !activity ? 1 : 0;
  return terms.size + numbers;
}

function impactOf(norm: string): boolean {
  const m = IMPACT.exec(norm);
  if (!m) return false;
  const around = norm.slice(m.index, m.index + m[0].length + 25);
  return !ACTIVITY.test(around) && !UPTIME.test(around);
}

function read(a: Analysed, extra: readonly RegExp[]): Reading {
  const norm = a.sentence.norm;
  return {
    a,
    part: partOfHeading(a.sentence.heading) ?? partOfHeading(a.sentence.label),
    concreteness: concretenessOf(norm, extra),
    filler: FILLER.test(norm),
    impact: impactOf(norm),
  };
}

/** Points a sentence earns for each part (0 to 2). */
function pointsFor(r: Reading, part: StarcPart): number {
  const norm = r.a.sentence.norm;
  const here = r.part === part;
  const solid = r.concreteness >= 2 || (r.concreteness >= 1 && !r.filler);
  // Under another part's heading, the writer has said what the sentence is: the figures that set
  // up a situation are not its result, and an outcome is not the situation.
  const elsewhere = r.part !== undefined && r.part !== part;
  if (elsewhere && (part === 'result' || part === 'situation')) return 0;
  switch (part) {
    case 'situation':
      return (here || SITUATION.test(norm)) && r.concreteness >= 2 && !(r.filler && r.concreteness < 3) ? 2 : 0;
    case 'task':
      return (here || TASK.test(norm)) && r.concreteness >= 1 && !r.filler ? 2 : 0;
    case 'action': {
      // Pointing at someone else's failure is not an action of the speaker's.
      if (ACTIVITY.test(norm) || !solid || BLAME.test(norm)) return 0;
      if (!ACTOR.test(norm) && !here) return 0;
      const hard = ownVerbs(norm, here).filter((v) => !SOFT_ACTION.test(v));
      if (hard.length === 0) return 0;
      // "I ..." counts fully; "we ..." and subject-less sentences under an Action heading count half.
      const weight = FIRST_PERSON.test(norm) || /^(then\s+|first\s+)?[a-z]+ed\b/.test(norm) ? 1 : 0.5;
      return Math.min(2, (hard.length >= 2 || r.concreteness >= 3 ? 2 : 1) * weight);
    }
    case 'result':
      if (!(here || RESULT.test(norm))) return 0;
      if (r.impact) return 2;
      if (UPTIME.test(norm) || ACTIVITY.test(norm)) return 0;
      // Under a Result heading any stated outcome counts ("the launch moved by two weeks", "we
      // delivered on time"); content-free endings and praise do not.
      if (here && !r.filler && !CONTENT_FREE.test(norm) && !PRAISE.test(norm) && OUTCOME.test(norm)) return 2;
      if (!solid) return 0;
      return r.concreteness >= 2 && !r.filler ? 2 : 1;
    case 'context': {
      // Under another part's heading only the speaker's own lesson counts, not "uptime since then".
      if (elsewhere && (!FIRST_PERSON.test(norm) || UPTIME.test(norm))) return 0;
      if ((here || LESSON.test(norm)) && specificLesson(r)) return 2;
      return CONSTRAINT.test(norm) && solid ? 1 : 0;
    }
  }
}

/**
 * Action verbs whose subject is the speaker: verbs in a chunk with "I"/"we" as subject, or in a
 * chunk that continues one ("I rolled back and compared ..."); not "the other team fixed it".
 */
function ownVerbs(norm: string, underActionHeading: boolean): string[] {
  const out: string[] = [];
  let mine = underActionHeading;
  for (const chunk of norm.split(/[,;:]|\band\b|\bthen\b/)) {
    const c = chunk.trim();
    if (!c) continue;
    if (/\b(i|we)\b/.test(c)) mine = true;
    else if (!/^(\w+ly\s+)?[a-z]+(ed|t)\b/.test(c) && !new RegExp(`^(\\w+ly\\s+)?(${ACTION.source})`).test(c)) mine = false;
    if (mine) for (const m of c.matchAll(new RegExp(ACTION.source, 'g'))) out.push(m[0]);
  }
  return out;
}

function specificLesson(r: Reading): boolean {
  return r.concreteness >= 1 && !(PLATITUDE.test(r.a.sentence.norm) && r.concreteness < 2) && !r.filler;
}

/** Endings that state no outcome. */
const CONTENT_FREE = /\b(things|everything|it all|it) (worked out|went (well|fine|smoothly)|turned out (fine|well|ok|okay))\b|\blessons? (were )?learned\b/;
/** Praise and recognition, not outcomes. */
const PRAISE = /\b(happy|pleased|impressed|thrilled|praised|recogni[sz]ed|thanked|kudos|shout-?out|appreciat\w*|promot\w*|award\w*)\b/;
/** A past-tense outcome: something launched, moved, stopped, was delivered or fixed. */
const OUTCOME = /\b(launch\w*|shipped|delivered|released|went live|rolled out|pushed back|postponed|delayed|slipped|moved|cancell?ed|dropped|rose|fell|stopped|fixed|resolved|recovered|reverted|rolled back|caught|prevented|avoided|saved|lost|cost|reduced|increased|improved|held|met|missed|kept|agreed|approved|rejected|adopted|became|now)\b/;

export interface BehavioralInput {
  analysed: readonly Analysed[];
  rubric: BehavioralRubric | undefined;
}

export function checkBehavioral({ analysed, rubric }: BehavioralInput): BehavioralCheck {
  const extra = (rubric?.concrete ?? []).map((d) => new RegExp(compile(d).re.source, 'g'));
  const readings = analysed.filter((a) => !a.restated && !a.question).map((a) => read(a, extra));

  const starc: StarcItem[] = STARC_PARTS.map((id) => {
    let total = 0;
    const evidence: string[] = [];
    for (const r of readings) {
      const p = pointsFor(r, id);
      if (p <= 0) continue;
      total += p;
      evidence.push(r.a.sentence.text);
    }
    const covered = total >= STARC_COVERED_AT;
    return { id, covered, evidence: covered ? evidence : [] };
  });

  const own = readings.filter((r) => OWN_MISTAKE.test(r.a.sentence.norm)).map((r) => r.a.sentence.text);
  const blame = readings.filter((r) => BLAME.test(r.a.sentence.norm)).map((r) => r.a.sentence.text);
  // Before/after figures that set up the situation are not the story's impact.
  const impact = readings.filter((r) => r.impact && r.part !== 'situation').map((r) => r.a.sentence.text);
  const lessonReadings = readings.filter((r) => LESSON.test(r.a.sentence.norm) || r.part === 'context');
  const specific = lessonReadings.filter(specificLesson);
  const lessons: Lessons = specific.length > 0 ? 'specific' : lessonReadings.length > 0 ? 'generic' : 'none';

  return {
    kind: 'behavioral',
    starc,
    ownsFailure: own.length > 0 && blame.length === 0,
    quantifiedResult: impact.length > 0,
    lessons,
    signals: { ownsFailure: own, blame, quantifiedResult: impact, lessons: (specific.length > 0 ? specific : lessonReadings).map((r) => r.a.sentence.text) },
  };
}
