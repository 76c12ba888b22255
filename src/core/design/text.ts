/**
 * The user's own text of a written answer, as sentences.
 *
 * Lines that also appear in the answer template (headings, prompting questions, "Your answer:")
 * are removed first. The remaining lines are grouped into blocks (a paragraph, a bullet with its
 * continuation lines, a table row) and blocks are split into sentences. Every sentence keeps its
 * exact position in the answer, so evidence quoted back to the user is always a substring of
 * what they wrote. Each sentence also knows the heading it sits under and an inline label
 * ("Metrics:", "**Action.**") when its block starts with one.
 */

export interface Sentence {
  /** Exact text as written (a substring of the answer). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The nearest heading above, lower-cased without markup ('' before the first heading). */
  readonly heading: string;
  /** An inline label at the start of the block ("metrics" for "- **Metrics:** ..."), or ''. */
  readonly label: string;
  /** Lower-cased text without markdown markup, with plain quotes and dashes, for matching. */
  readonly norm: string;
  /** Word tokens of `norm` (letters, digits, and inner - / . % $ characters). */
  readonly words: readonly string[];
  /** Index of the block the sentence belongs to (sentences of one paragraph share it). */
  readonly block: number;
}

interface Line {
  text: string;
  start: number;
}

const TEMPLATE_MARKERS = /^(your answer|answer|notes?)\s*:?\s*$/i;

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const piece of text.split('\n')) {
    out.push({ text: piece.endsWith('\r') ? piece.slice(0, -1) : piece, start });
    start += piece.length + 1;
  }
  return out;
}

function templateLineSet(template: string): Set<string> {
  return new Set(template.split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
}

/** The answer without the lines it shares with the template (and without blank lines). */
export function ownText(answer: string, template: string): string {
  const known = templateLineSet(template);
  return answer
    .split(/\r?\n/)
    .filter((l) => l.trim() && !known.has(l.trim()))
    .join('\n');
}

/** Lower-case, markup-free form of a piece of markdown used for matching. */
export function normalize(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/(\d\s?%?)\s*(?:\u2192|->|=>)\s*(?=[~$€£]?\d)/g, '$1 to ')
    .replace(/\s*(?:\u2192|->|=>)\s*/g, ' so ')
    .replace(/≥/g, ' at least ')
    .replace(/≤/g, ' at most ')
    .replace(/^\s*>+/gm, ' ')
    .replace(/(^|[^A-Za-z0-9])_+|_+(?=[^A-Za-z0-9]|$)/g, '$1 ')
    .replace(/[*`#|]+/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const WORD = /[a-z0-9$€£@][a-z0-9$€£@'/%.+-]*[a-z0-9%]|[a-z0-9$%]/g;

export function words(norm: string): string[] {
  return (norm.match(WORD) ?? []).map((w) => w.replace(/'s$/, ''));
}

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const BOLD_LINE = /^\s*(?:\*\*|__)([^*_]{1,60}?)(?:\*\*|__)\s*:?\s*$/;
const BULLET = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}/;
const FENCE = /^\s*(```|~~~)/;
const BULLET_SRC = String.raw`(?:[-*+•]|\d{1,2}[.)])\s+`;
/** "- **Metrics.** text", "**Action:** text" */
const BOLD_LABEL = new RegExp(String.raw`^\s*(?:${BULLET_SRC})?(?:\*\*|__)([^*_]{1,40}?)[.:]?(?:\*\*|__)\s*[.:\u2014-]?\s*(?=\S)`);
/** "Metrics: text", "- Serving - text" (a label of at most five words). */
const PLAIN_LABEL = new RegExp(String.raw`^\s*(?:${BULLET_SRC})?([A-Za-z][A-Za-z0-9 /&'()-]{0,40}?)\s*(?::|\s[\u2014-]\s)\s*(?=\S)`);

function labelOf(line: string): string {
  const cell = /^\s*\|\s*([^|]{1,40}?)\s*\|/.exec(line);
  if (cell) return normalize(cell[1] ?? '').split(/\s+/).length <= 5 ? normalize(cell[1] ?? '') : '';
  const m = BOLD_LABEL.exec(line) ?? PLAIN_LABEL.exec(line);
  if (!m) return '';
  const label = normalize(m[1] ?? '');
  return label.split(/\s+/).length <= 5 ? label : '';
}

/** Common abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'eg', 'ie', 'vs', 'etc', 'approx', 'incl', 'cf', 'mr', 'mrs', 'dr', 'fig', 'al', 'esp', 'resp', 'wrt', 'w.r.t']);

/** Sentence boundaries inside one block: [start, end) pairs relative to the block. */
function splitSentences(block: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[.!?]+["')\]*_]*(?=\s+["'([*_`]*[A-Z0-9$€£])|[.!?]+["')\]*_]*\s*$|;\s*(?=\n)/g;
  let begin = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(block)) !== null) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.')) {
      // "1. Clarify: ..." is a list number, not a sentence.
      if (/^\s*(?:[-*+•]\s+)?\d{1,2}$/.test(block.slice(begin, m.index))) continue;
      const before = /([A-Za-z.]+)$/.exec(block.slice(begin, m.index))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(before.replace(/\.$/, '')) && before !== 'etc') continue;
      if (/^[a-z]$/i.test(before)) continue;
    }
    out.push([begin, end]);
    begin = end;
  }
  if (begin < block.length) out.push([begin, block.length]);
  return out
    .map(([s, e]): [number, number] => {
      let a = s;
      let b = e;
      while (a < b && /\s/.test(block[a] ?? '')) a++;
      while (b > a && /\s/.test(block[b - 1] ?? '')) b--;
      return [a, b];
    })
    .filter(([a, b]) => b > a && /[A-Za-z0-9]/.test(block.slice(a, b)));
}

function headingText(raw: string): string {
  return normalize(raw.replace(/^\s*\d+[.)]\s*/, '').replace(/\(.*?\)/g, ''));
}

/** The user's own sentences, in order. */
export function sentences(answer: string, template: string): Sentence[] {
  const known = templateLineSet(template);
  const out: Sentence[] = [];
  let heading = '';
  let inFence = false;
  let block: { start: number; end: number; label: string } | undefined;
  let blockIndex = 0;
  const flush = (): void => {
    if (!block) return;
    const raw = answer.slice(block.start, block.end);
    for (const [a, b] of splitSentences(raw)) {
      const text = raw.slice(a, b);
      const norm = normalize(text.replace(BULLET, ''));
      out.push({ text, start: block.start + a, end: block.start + b, heading, label: block.label, norm, words: words(norm), block: blockIndex });
    }
    blockIndex++;
    block = undefined;
  };
  for (const line of lines(answer)) {
    const trimmed = line.text.trim();
    if (FENCE.test(trimmed)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    // Headings delimit sections even when they come from the template.
    const h = HEADING.exec(line.text) ?? BOLD_LINE.exec(line.text);
    if (h) {
      flush();
      heading = headingText(h[1] ?? '');
      continue;
    }
    if (!trimmed || known.has(trimmed) || TEMPLATE_MARKERS.test(trimmed) || TABLE_RULE.test(trimmed)) {
      flush();
      continue;
    }
    const startsBlock = BULLET.test(line.text) || trimmed.startsWith('|') || labelOf(line.text) !== '';
    if (block && !startsBlock) {
      block.end = line.start + line.text.length;
      continue;
    }
    flush();
    block = { start: line.start, end: line.start + line.text.length, label: labelOf(line.text) };
  }
  flush();
  return out;
}

/** Word n-grams of a text (lower-cased words), for overlap tests. */
export function ngrams(ws: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).join(' '));
  return out;
}

/** Numbers written in a text, normalised ("6,000" → "6000", "~0.15%" → "0.15"). */
export function numbersIn(norm: string): string[] {
  return (norm.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, '').replace(/\.0+$/, ''));
}
