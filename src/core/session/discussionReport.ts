/**
 * What a Check answer of a discussion round becomes: the report the problem panel shows (covered
 * phases with the user's sentences as evidence, missed nuances, red flags, the self-score
 * checklist, the reference outline; or the STAR-C parts, ownership, quantified result and the
 * strong signals) and the `coverage` recorded on the attempt. Pure: built from the checker's
 * result and the rubric.
 */
import type { BehavioralCheck, DesignCheck } from '../design/check';
import type { Coverage } from '../history/model';
import type { BehavioralRubric, DesignRubric } from '../problems/schema';

/** Highest self-score of a design phase. */
export const SELF_SCORE_MAX = 3;

export interface PhaseReport {
  id: string;
  title: string;
  minutes: number;
  covered: boolean;
  evidence: string[];
  /** What a strong answer says in this phase (the rubric), the self-score's checklist. */
  strong: string[];
}

export interface DesignReport {
  kind: 'design';
  phases: PhaseReport[];
  nuances: { covered: { id: string; title: string; evidence: string[] }[]; missed: { id: string; title: string }[] };
  redFlags: { id: string; title: string; evidence: string[] }[];
}

export interface StarcReport {
  id: string;
  title: string;
  covered: boolean;
  evidence: string[];
  /** What the rubric expects of this part. */
  guide: string;
}

export interface BehavioralReport {
  kind: 'behavioral';
  starc: StarcReport[];
  ownsFailure: boolean;
  quantifiedResult: boolean;
  lessons: 'specific' | 'generic' | 'none';
  signals: { ownsFailure: string[]; blame: string[]; quantifiedResult: string[]; lessons: string[] };
  /** The rubric's strong signals (a checklist) and what to avoid. */
  strongSignals: string[];
  redFlags: string[];
}

export type DiscussionReport = DesignReport | BehavioralReport;

export function designReport(check: DesignCheck, rubric: DesignRubric, nuanceTitle: (id: string) => string): DesignReport {
  return {
    kind: 'design',
    phases: check.phases.map((p) => {
      const phase = rubric.phases.find((r) => r.id === p.id);
      return { id: p.id, title: p.title, minutes: phase?.minutes ?? 0, covered: p.covered, evidence: p.covered ? p.evidence : [], strong: phase?.strong ?? [] };
    }),
    nuances: {
      covered: check.nuances.covered.map((id) => ({ id, title: nuanceTitle(id), evidence: check.nuances.evidence[id] ?? [] })),
      missed: check.nuances.missed.map((id) => ({ id, title: nuanceTitle(id) })),
    },
    redFlags: check.redFlags.map((f) => ({ id: f.id, title: f.title, evidence: f.evidence })),
  };
}

const STARC_TITLES: Readonly<Record<string, string>> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result', context: 'Context' };

export function behavioralReport(check: BehavioralCheck, rubric: BehavioralRubric | undefined): BehavioralReport {
  return {
    kind: 'behavioral',
    starc: check.starc.map((s) => ({ id: s.id, title: STARC_TITLES[s.id] ?? s.id, covered: s.covered, evidence: s.covered ? s.evidence : [], guide: rubric?.starc[s.id] ?? '' })),
    ownsFailure: check.ownsFailure,
    quantifiedResult: check.quantifiedResult,
    lessons: check.lessons,
    signals: check.signals,
    strongSignals: rubric?.strongSignals ?? [],
    redFlags: rubric?.redFlags ?? [],
  };
}

/** The coverage recorded on the attempt (and carried by the JSON export). */
export function recordedCoverage(report: DiscussionReport): Coverage {
  if (report.kind === 'design') {
    return {
      kind: 'design',
      phases: report.phases.map((p) => ({ id: p.id, covered: p.covered, evidence: p.evidence })),
      nuances: { covered: report.nuances.covered.map((n) => n.id), missed: report.nuances.missed.map((n) => n.id) },
      redFlags: report.redFlags.map((f) => ({ id: f.id, evidence: f.evidence })),
    };
  }
  return {
    kind: 'behavioral',
    starc: report.starc.map((s) => ({ id: s.id, covered: s.covered, evidence: s.evidence })),
    ownsFailure: report.ownsFailure,
    quantifiedResult: report.quantifiedResult,
  };
}

/** The self-score items of a report: one per design phase (0–3), one per strong signal (0–1). */
export function selfScoreItems(report: DiscussionReport): { id: string; max: number }[] {
  if (report.kind === 'design') return report.phases.map((p) => ({ id: p.id, max: SELF_SCORE_MAX }));
  return report.strongSignals.map((_, i) => ({ id: `signal-${i + 1}`, max: 1 }));
}

/** A self-score set by the user, checked against the report's items; undefined when it is not one. */
export function validSelfScore(report: DiscussionReport, id: string, score: number): { phase: string; score: number; max: number } | undefined {
  const item = selfScoreItems(report).find((i) => i.id === id);
  if (!item || !Number.isInteger(score) || score < 0 || score > item.max) return undefined;
  return { phase: id, score, max: item.max };
}
