/**
 * Per-sentence analysis of an answer: clauses and their dismissals, specifics, hedging, and the
 * reasons a sentence cannot count as substance (it restates the prompt or the template, it is a
 * bare list, it is a one-liner).
 */
import type { SpecificKind } from './cues';
import { bareList, clauses, dismissive, hedged, oneLiner, specificsOf } from './cues';
import type { Sentence } from './text';
import { ngrams, normalize, numbersIn, sentences, words } from './text';

export interface Clause {
  readonly text: string;
  readonly dismissive: boolean;
}

export interface Analysed {
  readonly sentence: Sentence;
  readonly clauses: readonly Clause[];
  /** Specifics of the sentence's non-dismissive clauses. */
  readonly specifics: ReadonlySet<SpecificKind>;
  readonly hedged: boolean;
  /** Mostly the prompt's or the template's own words. */
  readonly restated: boolean;
  readonly list: boolean;
  readonly short: boolean;
  /** The sentence asks something (a question counts only as clarification). */
  readonly question: boolean;
  /** Every clause dismisses something. */
  readonly dismissal: boolean;
}

export interface PromptText {
  readonly template: string;
  readonly statement: string;
}

/** A crude stem, enough for "keeps probabilities calibrated" to meet "keep probabilities calibrated". */
function stem(w: string): string {
  return w.length > 4 ? w.replace(/(ing|ed|es|s)$/, '') : w;
}

/** Share of a sentence's word n-grams found in a reference set. */
function overlap(ws: readonly string[], reference: ReadonlySet<string>): number {
  const n = ws.length >= 5 ? 3 : 2;
  const grams = ngrams(ws.map(stem), n);
  if (grams.length === 0) return 0;
  return grams.filter((g) => reference.has(g)).length / grams.length;
}

function gramSet(text: string): Set<string> {
  const ws = words(normalize(text)).map(stem);
  return new Set([...ngrams(ws, 2), ...ngrams(ws, 3)]);
}

/** Analyses the user's own sentences of an answer. */
export function analyseAnswer(answer: string, prompt: PromptText): Analysed[] {
  const statementNumbers = new Set(numbersIn(normalize(prompt.statement)));
  const reference = gramSet(`${prompt.statement}\n${prompt.template}`);
  return sentences(answer, prompt.template).map((sentence) => {
    const cs = clauses(sentence.norm).map((text) => ({ text, dismissive: dismissive(text) }));
    const live = cs.filter((c) => !c.dismissive).map((c) => c.text).join(' ; ');
    const specifics = specificsOf(live, statementNumbers);
    const restatedShare = overlap(sentence.words, reference);
    const question = /\?\s*$/.test(sentence.norm);
    const labelWords = sentence.label ? sentence.label.split(/\s+/).length : 0;
    return {
      sentence,
      clauses: cs,
      specifics,
      hedged: hedged(sentence.norm),
      restated: sentence.words.length >= 3 && restatedShare >= (question ? 0.4 : 0.6),
      list: bareList(sentence.norm, specifics),
      short: oneLiner(sentence.words, labelWords, specifics),
      question,
      dismissal: cs.length > 0 && cs.every((c) => c.dismissive),
    };
  });
}

/** A sentence that may count as substance (not restated, not a list, not a one-liner, not only a dismissal). */
export function substantive(a: Analysed): boolean {
  return !a.restated && !a.list && !a.short && !a.dismissal;
}
