/**
 * The story bank as a whole: how many stories, whether one is a failure story, which
 * competencies are covered against those behavioral prompts ask for, and which stories fit a
 * given prompt. Pure.
 */
import { STORY_COMPETENCIES, type StoryCompetency } from '../vocabulary';
import type { Story } from './story';

/** The size of a bank that covers a loop: five to seven stories. */
export const BANK_TARGET = { min: 5, max: 7 } as const;

export interface BankSummary {
  count: number;
  failureStory: boolean;
  covered: StoryCompetency[];
  missing: StoryCompetency[];
  /** Within the 5–7 target. */
  onTarget: boolean;
  /** "N stories, failure story: yes/no". */
  status: string;
}

export function isFailureStory(s: Story): boolean {
  return s.failure || s.competencies.includes('failure');
}

export function summarizeBank(stories: readonly Story[]): BankSummary {
  const have = new Set(stories.flatMap((s) => s.competencies));
  const failureStory = stories.some(isFailureStory);
  if (failureStory) have.add('failure');
  const covered = STORY_COMPETENCIES.filter((c) => have.has(c));
  const missing = STORY_COMPETENCIES.filter((c) => !have.has(c));
  const count = stories.length;
  return {
    count,
    failureStory,
    covered,
    missing,
    onTarget: count >= BANK_TARGET.min && count <= BANK_TARGET.max,
    status: `${count} ${count === 1 ? 'story' : 'stories'}, failure story: ${failureStory ? 'yes' : 'no'}`,
  };
}

/** What a behavioral prompt is about, as the pack describes it. */
export interface PromptTraits {
  tags: readonly string[];
  category: string;
  /** The rubric's competencies (ownership, influence, judgment, communication, ethics-safety). */
  competencies: readonly string[];
}

const TAG_COMPETENCIES: readonly [RegExp, StoryCompetency][] = [
  [/^(mistake|incident|postmortem|failure|on-call|accountability|killing|sunk-cost)/, 'failure'],
  [/^(disagreement|conflict|pushback|technical-direction)/, 'disagreement'],
  [/^(ambiguity|uncertainty|scoping|problem-framing)/, 'ambiguity'],
  [/^(limitations|expectations|hallucination)/, 'communicating-limitations'],
  [/^(fairness|bias|privacy|pii|safety|responsible-ai|compliance|data-governance|goodhart)/, 'ethics-safety'],
  [/^(leadership|mentoring|coaching|ownership|planning|tech-debt)/, 'leadership'],
  [/^(collaboration|dependency|stakeholders|influence|escalation|adoption|persuasion)/, 'cross-functional'],
  [/^(trade-off|decision-making|technical-depth|debugging|offline-evaluation|a-b-testing|experimentation|metrics|evaluation|launch|risk)/, 'technical-judgment'],
];

const RUBRIC_COMPETENCIES: Readonly<Record<string, StoryCompetency>> = {
  ownership: 'leadership',
  influence: 'cross-functional',
  judgment: 'technical-judgment',
  communication: 'communicating-limitations',
  'ethics-safety': 'ethics-safety',
};

/**
 * The story competencies a prompt asks for, most specific first: those its tags name (weight
 * 2), then those of its rubric (weight 1).
 */
export function promptCompetencies(p: PromptTraits): { id: StoryCompetency; weight: number }[] {
  const weights = new Map<StoryCompetency, number>();
  for (const tag of p.tags) {
    for (const [re, c] of TAG_COMPETENCIES) if (re.test(tag.toLowerCase())) weights.set(c, 2);
  }
  for (const r of p.competencies) {
    const c = RUBRIC_COMPETENCIES[r];
    if (c && !weights.has(c)) weights.set(c, 1);
  }
  return STORY_COMPETENCIES.filter((c) => weights.has(c)).map((id) => ({ id, weight: weights.get(id) ?? 0 })).sort((a, b) => b.weight - a.weight);
}

export interface Suggestion {
  story: Story;
  /** The prompt's competencies the story shows. */
  matches: StoryCompetency[];
  score: number;
}

/** Stories whose competencies match the prompt, best first (ties: newest first); at most `limit`. */
export function suggestStories(stories: readonly Story[], prompt: PromptTraits, limit = 3): Suggestion[] {
  const wanted = promptCompetencies(prompt);
  const out: Suggestion[] = [];
  for (const story of stories) {
    const has = new Set(story.competencies);
    if (isFailureStory(story)) has.add('failure');
    const matches = wanted.filter((w) => has.has(w.id));
    if (matches.length === 0) continue;
    out.push({ story, matches: matches.map((m) => m.id), score: matches.reduce((s, m) => s + m.weight, 0) });
  }
  out.sort((a, b) => b.score - a.score || (b.story.date ?? '').localeCompare(a.story.date ?? '') || a.story.title.localeCompare(b.story.title));
  return out.slice(0, Math.max(0, limit));
}
