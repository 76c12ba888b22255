/**
 * Per-sentence analysis of an answer: clauses and their dismissals, specifics, hedging, and the
 * reasons a sentence cannot count as substance (it restates the prompt or the template, it is a
 * bare list, it is a one-liner).
 */
import type { SpecificKind } from './cues';
import { bareList, clauseSpans, dismissive, hedged, oneLiner, specificsOf } from './cues';
import type { Sentence } from './text';
import { ngrams, normalize, numbersIn, sentences, words } from './text';

export interface Clause {
  readonly text: string;
  /** Offsets in the sentence's `norm`. */
  readonly start: number;
  readonly end: number;
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
  return new Set([...ws, ...ngrams(ws, 2), ...ngrams(ws, 3)]);
}

const ADDED: readonly SpecificKind[] = ['reason', 'comparison', 'condition', 'tradeoff', 'choice'];
const NON_COMMITTAL = /\b(need|needs|should|must|have to|has to|important|required|requires|want|wants)\b/;

const STOP = new Set('the a an and or of to in on for with at by from is are was were be been it its this that these those we i you they our my your their there here as per than then so if when which who what how can will would should could may might must do does did have has had not no all any each every more most some such into over under about also just only very'.split(' '));

/** Share of a sentence's content words that the reference also uses. */
function contentShare(ws: readonly string[], reference: ReadonlySet<string>): number {
  const content = ws.map(stem).filter((w) => w.length > 2 && !STOP.has(w) && !/^\d/.test(w));
  if (content.length < 5) return 0;
  return content.filter((w) => reference.has(w)).length / content.length;
}

/** Analyses the user's own sentences of an answer. */
export function analyseAnswer(answer: string, prompt: PromptText): Analysed[] {
  const statementNumbers = new Set(numbersIn(normalize(prompt.statement)));
  const reference = gramSet(`${prompt.statement}\n${prompt.template}`);
  const promptWords = new Set(words(normalize(`${prompt.statement}\n${prompt.template}`)).map(stem));
  return sentences(answer, prompt.template).map((sentence) => {
    const cs = clauseSpans(sentence.norm).map(({ start, end }) => {
      const text = sentence.norm.slice(start, end);
      return { text, start, end, dismissive: dismissive(text) };
    });
    // A dismissal colours its whole sentence ("drift is n/a since we retrain when asked", "X is a
    // concern, but the model learns around it"): the reasons given beside it argue for not handling
    // the concern. A figure of the user's own, or a worked-out method of their own (a commitment
    // of a dozen words or more), keeps the other clauses alive.
    let clauses = cs;
    let live = cs.filter((c) => !c.dismissive).map((c) => c.text).join(' ; ');
    let specifics = specificsOf(live, statementNumbers);
    const method = specifics.has('choice') && words(live).length >= 12 && !hedged(live);
    if (cs.some((c) => c.dismissive) && !specifics.has('number') && !method) {
      clauses = cs.map((c) => ({ ...c, dismissive: true }));
      live = '';
      specifics = new Set();
    }
    const question = /\?\s*$/.test(sentence.norm);
    // Mostly the prompt's word sequences; or the prompt's figures, or its words as a wish
    // ("we need an out-of-time test"), with nothing of the user's own added.
    const copied = overlap(sentence.words, reference) >= (question ? 0.4 : 0.6);
    const ownAdded = specifics.has('number') || ADDED.some((k) => specifics.has(k));
    const figures = numbersIn(sentence.norm).filter((n) => statementNumbers.has(n)).length >= 2;
    const wish = NON_COMMITTAL.test(sentence.norm) && contentShare(sentence.words, promptWords) >= 0.8;
    const reworded = !ownAdded && (figures || wish);
    const labelWords = sentence.label ? sentence.label.split(/\s+/).length : 0;
    return {
      sentence,
      clauses,
      specifics,
      hedged: hedged(sentence.norm),
      restated: sentence.words.length >= 3 && (copied || reworded),
      list: bareList(sentence.norm, specifics),
      short: oneLiner(sentence.words, labelWords, specifics, sentence.norm),
      question,
      dismissal: clauses.length > 0 && clauses.every((c) => c.dismissive),
    };
  });
}

/** A sentence that may count as substance (not restated, not a list, not a one-liner, not only a dismissal). */
export function substantive(a: Analysed): boolean {
  return !a.restated && !a.list && !a.short && !a.dismissal;
}
