/**
 * Evidence-based check of a design answer: which of the nine phases and of the prompt's
 * nuances the user's own sentences cover with substance, and which red flags they raise.
 *
 * A sentence earns points for a phase (or nuance) when one of its detectors matches an affirmed
 * mention and the sentence carries specifics (a number of the user's own, a reason, a comparison,
 * a threshold, a trade-off, a cadence, a condition; a bare commitment such as "we'll use" is
 * worth half unless argued or quantified); a detector that names a concrete mechanism earns a
 * point by itself, two detectors of the same phase one more. Vague wording costs a point; at
 * most two points per sentence. Each sentence belongs to one phase (its heading's, else where it
 * earns most) and earns half elsewhere. Restatements of the prompt, bare lists, one-liners,
 * dismissals and statements that raise a red flag earn nothing. A phase is covered at two points
 * when one of its own sentences counts and something argues or specifies (not only numbers or
 * "we will"); a nuance at two points, a mechanism alone being worth two. The evidence is the
 * sentences that earned the points.
 */
import type { DesignPhase, DesignRubric, Detector, NuanceId, RedFlagRule, SpecificKind } from '../problems/schema';
import { DESIGN_PHASES } from '../problems/schema';
import type { Analysed } from './analysis';
import { substantive } from './analysis';
import { listy } from './cues';
import type { Compiled } from './detectors';
import { compile, mention, needsMet } from './detectors';
import { NUANCE_DETECTORS, STANDARD_RED_FLAGS } from './nuanceLexicon';
import { PHASE_DETECTORS, phaseOfHeading } from './phaseLexicon';

export const COVERED_AT = 2;

export interface PhaseResult {
  id: DesignPhase;
  title: string;
  covered: boolean;
  /** The user's sentences that count (exact substrings of the answer). */
  evidence: string[];
  /** What a strong answer says here (from the rubric), when not covered. */
  missing: string[];
}

export interface NuanceResult {
  covered: NuanceId[];
  missed: NuanceId[];
  evidence: Partial<Record<NuanceId, string[]>>;
}

export interface RedFlagResult {
  id: string;
  title: string;
  evidence: string[];
}

export interface DesignCheck {
  kind: 'design';
  phases: PhaseResult[];
  nuances: NuanceResult;
  redFlags: RedFlagResult[];
}

interface Scored {
  points: number;
  /** Some evidence sentence belongs to this item (full credit, not only spill-over). */
  home: boolean;
  /** Some evidence sentence argues or specifies (not only a number or "we will"). */
  solid: boolean;
  evidence: string[];
}

interface Earned {
  points: number;
  solid: boolean;
}

const NOTHING: Earned = { points: 0, solid: false };
const DECISIVE: readonly SpecificKind[] = ['reason', 'comparison', 'threshold', 'condition', 'tradeoff', 'frequency'];

function sentencePhase(a: Analysed): DesignPhase | undefined {
  return phaseOfHeading(a.sentence.heading) ?? phaseOfHeading(a.sentence.label);
}

/**
 * Points one sentence earns for a set of detectors (0 to 2). A concrete mechanism (a detector
 * with `needs: []`) is worth `mechanismPoints` by itself.
 */
function points(detectors: readonly Compiled[], a: Analysed, mechanismPoints: number): Earned {
  const affirmed = detectors.filter((c) => mention(c, a).affirmed);
  const hits = affirmed.filter((c) => needsMet(c, a));
  if (hits.length === 0) return NOTHING;
  const mechanism = hits.some((c) => c.needs !== undefined && c.needs.length === 0) ? mechanismPoints : 0;
  const distinct = new Set(affirmed.map((c) => c.id)).size >= 2 && !listy(a.sentence.norm) ? 1 : 0;
  // A commitment ("we'll use X") is worth half, unless something argues or quantifies it.
  const backed = a.specifics.has('number') || DECISIVE.some((kind) => a.specifics.has(kind));
  const specifics = a.specifics.size - (a.specifics.has('choice') && !backed ? 0.5 : 0);
  const k = specifics + mechanism + distinct - (a.hedged ? 1 : 0);
  // A number or a bare commitment alone is not yet a decision: something must argue or specify it.
  const solid = mechanism > 0 || distinct > 0 || DECISIVE.some((kind) => a.specifics.has(kind));
  return { points: Math.max(0, Math.min(2, k)), solid };
}

function score(detectors: readonly Compiled[], analysed: readonly Analysed[], mechanismPoints: number, factor: (a: Analysed) => number): Scored {
  let total = 0;
  let solid = false;
  let home = false;
  const evidence: string[] = [];
  for (const a of analysed) {
    const earned = points(detectors, a, mechanismPoints);
    const f = factor(a);
    const p = earned.points * f;
    if (p <= 0) continue;
    total += p;
    solid ||= earned.solid;
    home ||= f >= 1;
    if (!evidence.includes(a.sentence.text)) evidence.push(a.sentence.text);
  }
  return { points: total, home, solid, evidence };
}

/**
 * The phase a sentence belongs to: the phase of its heading (or inline label) when it earns
 * points there; otherwise the phase where it earns the most, then the one with more (and more
 * prompt-specific) concepts matched, then the earlier phase.
 */
function homePhase(raw: ReadonlyMap<DesignPhase, number>, breadth: ReadonlyMap<DesignPhase, number>, a: Analysed): DesignPhase | undefined {
  const declared = sentencePhase(a);
  if (declared !== undefined && (raw.get(declared) ?? 0) > 0) return declared;
  let best: DesignPhase | undefined;
  let bestKey = 0;
  for (const id of DESIGN_PHASES) {
    const key = (raw.get(id) ?? 0) * 100 + (breadth.get(id) ?? 0);
    if ((raw.get(id) ?? 0) > 0 && key > bestKey) {
      best = id;
      bestKey = key;
    }
  }
  return best;
}

const compileAll = (ds: readonly Detector[] | undefined): Compiled[] => (ds ?? []).map(compile);

interface RedFlagPlan {
  id: string;
  title: string;
  present: Compiled[];
  dismissed: Compiled[];
  absent: Compiled[];
  scope: Compiled[];
  unless: Compiled[];
  uncovered: DesignPhase | undefined;
}

function plan(rule: RedFlagRule): RedFlagPlan {
  const base = STANDARD_RED_FLAGS[rule.id];
  const both = (k: 'present' | 'dismissed' | 'absent' | 'scope' | 'unless'): Compiled[] => [...compileAll(base?.[k]), ...compileAll(rule[k])];
  return { id: rule.id, title: rule.title, present: both('present'), dismissed: both('dismissed'), absent: both('absent'), scope: both('scope'), unless: both('unless'), uncovered: rule.uncovered ?? base?.uncovered };
}

const affirms = (cs: readonly Compiled[], a: Analysed): boolean => cs.some((c) => needsMet(c, a) && mention(c, a).affirmed);
const denies = (cs: readonly Compiled[], a: Analysed): boolean => cs.some((c) => mention(c, a).denied);

export interface DesignInput {
  analysed: readonly Analysed[];
  rubric: DesignRubric;
  nuances: readonly NuanceId[];
}

export function checkDesign({ analysed, rubric, nuances }: DesignInput): DesignCheck {
  const own = analysed.filter((a) => !a.restated);
  const plans = (rubric.redFlags ?? []).map(plan);
  // Statements that raise a red flag are not substance for anything else.
  const flaggedBy = new Map<Analysed, string[]>();
  for (const p of plans) {
    if (p.present.length === 0) continue;
    for (const a of own) if (affirms(p.present, a)) flaggedBy.set(a, [...(flaggedBy.get(a) ?? []), p.id]);
  }
  // Questions count only as clarification; statements that raise a red flag count for nothing.
  const statements = own.filter((a) => substantive(a) && !flaggedBy.has(a) && !a.question);
  const questions = own.filter((a) => substantive(a) && a.question && a.sentence.words.length >= 8);

  const phaseDetectors = new Map(DESIGN_PHASES.map((id, i) => [id, [...compileAll(PHASE_DETECTORS[id]), ...compileAll(rubric.phases[i]?.detectors)]]));
  const ownDetectors = new Set(DESIGN_PHASES.flatMap((_, i) => compileAll(rubric.phases[i]?.detectors)));
  const homes = new Map<Analysed, DesignPhase | undefined>();
  for (const a of statements) {
    const raw = new Map(DESIGN_PHASES.map((id) => [id, points(phaseDetectors.get(id) ?? [], a, 1).points]));
    const breadth = new Map(DESIGN_PHASES.map((id) => [id, (phaseDetectors.get(id) ?? []).filter((c) => mention(c, a).affirmed).reduce((n, c) => n + (ownDetectors.has(c) ? 2 : 1), 0)]));
    homes.set(a, homePhase(raw, breadth, a));
  }
  const phases: PhaseResult[] = DESIGN_PHASES.map((id, i) => {
    const rp = rubric.phases[i];
    const candidates = id === 'clarify' ? [...statements, ...questions] : statements;
    // Full points where a sentence belongs, half elsewhere.
    const s = score(phaseDetectors.get(id) ?? [], candidates, 1, (a) => (a.question || homes.get(a) === id ? 1 : 0.5));
    const covered = s.points >= COVERED_AT && s.solid && s.home;
    return { id, title: rp?.title ?? id, covered, evidence: covered ? s.evidence : [], missing: covered ? [] : (rp?.strong ?? []).slice(0, 3) };
  });

  const nuanceResult: NuanceResult = { covered: [], missed: [], evidence: {} };
  for (const n of nuances) {
    const detectors = [...compileAll(NUANCE_DETECTORS[n]), ...compileAll(rubric.nuances?.[n])];
    const s = score(detectors, statements, 2, () => 1);
    if (s.points >= COVERED_AT) {
      nuanceResult.covered.push(n);
      nuanceResult.evidence[n] = s.evidence;
    } else {
      nuanceResult.missed.push(n);
    }
  }

  const coveredPhase = new Map(phases.map((p) => [p.id, p.covered]));
  const redFlags: RedFlagResult[] = [];
  for (const p of plans) {
    if (p.unless.length > 0 && own.some((a) => affirms(p.unless, a))) continue;
    const evidence: string[] = [];
    const add = (a: Analysed): void => {
      if (!evidence.includes(a.sentence.text)) evidence.push(a.sentence.text);
    };
    let raised = false;
    for (const a of own) {
      if (flaggedBy.get(a)?.includes(p.id) || (p.dismissed.length > 0 && denies(p.dismissed, a))) {
        raised = true;
        add(a);
      }
    }
    if (p.absent.length > 0 && !own.some((a) => affirms(p.absent, a))) {
      const inScope = p.scope.length === 0 ? own : own.filter((a) => affirms(p.scope, a));
      if (p.scope.length === 0 || inScope.length > 0) {
        raised = true;
        inScope.slice(0, 3).forEach(add);
      }
    }
    if (p.uncovered !== undefined && coveredPhase.get(p.uncovered) === false) {
      raised = true;
      // What the user did write about it: sentences under its heading, or that name it.
      const phase = p.uncovered;
      own.filter((a) => sentencePhase(a) === phase || (phase === 'monitoring' && /\b(monitor\w*|alert\w*|dashboards?|drift)\b/.test(a.sentence.norm))).slice(0, 3).forEach(add);
    }
    if (raised) redFlags.push({ id: p.id, title: p.title, evidence });
  }
  return { kind: 'design', phases, nuances: nuanceResult, redFlags };
}
