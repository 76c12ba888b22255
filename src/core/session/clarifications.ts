/**
 * Clarifying questions of an interview-style brief (`brief.json`) during a session: asking one
 * (unknown ids and repeats change nothing), opening the full statement, and what the attempt
 * records of it. Asking is a signal, never a penalty: nothing here touches the score or the clock.
 */
import type { Clarifications } from '../history/model';
import type { Brief } from '../problems/schema';
import type { SessionRecord } from './session';

export type SessionClarifications = NonNullable<SessionRecord['clarifications']>;

/** The session's state of a brief before any question. */
export function startClarifications(brief: Brief): SessionClarifications {
  return { asked: [], keyIds: brief.questions.filter((q) => q.key).map((q) => q.id), total: brief.questions.length };
}

/** Asks question `id` at `now`; an id the brief does not have, or one already asked, changes nothing. */
export function askQuestion(c: SessionClarifications, brief: Brief, id: string, now: number): SessionClarifications {
  if (!brief.questions.some((q) => q.id === id) || c.asked.some((a) => a.id === id)) return c;
  return { ...c, asked: [...c.asked, { id, at: now }] };
}

/** Opens the full statement (the first time counts). */
export function openStatement(c: SessionClarifications, now: number): SessionClarifications {
  return c.fullStatementAt !== undefined ? c : { ...c, fullStatementAt: now };
}

/** What the attempt keeps: the questions in the order asked, times since the session started. */
export function clarificationsOf(c: SessionClarifications, startedAt: number): Clarifications {
  const key = new Set(c.keyIds);
  const since = (t: number): number => Math.max(0, Math.round(t - startedAt));
  return {
    asked: c.asked.map((a) => ({ id: a.id, atMs: since(a.at) })),
    ...(c.fullStatementAt !== undefined ? { fullStatementAtMs: since(c.fullStatementAt) } : {}),
    keyAsked: c.asked.filter((a) => key.has(a.id)).length,
    keyTotal: key.size,
    total: c.total,
  };
}

/** "asked 3 of 4 key questions (5 of 7 in all)" — how the signal is shown. */
export function clarificationsSummary(c: Clarifications): string {
  return `asked ${c.keyAsked} of ${c.keyTotal} key question${c.keyTotal === 1 ? '' : 's'} (${c.asked.length} of ${c.total} in all)${c.fullStatementAtMs !== undefined ? '' : ', full statement not opened'}`;
}
