/**
 * A story of the user's story bank: a markdown file with a front matter block
 *
 *     ---
 *     title: Rolled back the ranking model before the holiday peak
 *     competencies: [failure, technical judgment]
 *     date: 2025-03-14
 *     failure: true
 *     impact: ["false declines -38%", "p99 latency 120 ms -> 80 ms"]
 *     ---
 *
 * followed by the STAR-C text. The front matter is a small, strict subset of YAML: one
 * `key: value` per line; lists inline (`[a, b]`) or as `- item` lines below the key; strings
 * plain or quoted. Anything else is a diagnostic that names the line; the file is then listed
 * as broken, never guessed at. Pure: the caller reads the files.
 */
import { STORY_COMPETENCIES, type StoryCompetency } from '../vocabulary';

export interface Story {
  /** File name inside the stories folder. */
  file: string;
  title: string;
  competencies: StoryCompetency[];
  /** ISO date (YYYY-MM-DD), when given. */
  date?: string;
  failure: boolean;
  impact: string[];
}

export interface StoryProblem {
  file: string;
  /** 1-based line of the file, when the problem is on one line. */
  line?: number;
  message: string;
}

export type ParsedStory = { ok: true; story: Story } | { ok: false; problem: StoryProblem };

export const MAX_STORY_BYTES = 256 * 1024;

const KEYS = ['title', 'competencies', 'date', 'failure', 'impact'] as const;
type Key = (typeof KEYS)[number];

const ALIASES: Readonly<Record<string, StoryCompetency>> = {
  'technical-judgement': 'technical-judgment',
  judgment: 'technical-judgment',
  judgement: 'technical-judgment',
  'cross-functional-work': 'cross-functional',
  'cross-team': 'cross-functional',
  collaboration: 'cross-functional',
  influence: 'cross-functional',
  conflict: 'disagreement',
  mistake: 'failure',
  'ethics-and-safety': 'ethics-safety',
  ethics: 'ethics-safety',
  safety: 'ethics-safety',
  'communicating-model-limitations': 'communicating-limitations',
  'communicating-limits': 'communicating-limitations',
  uncertainty: 'ambiguity',
};

/** `Technical judgment`, `technical-judgment`, `Ethics & safety` … → the competency id, or undefined. */
export function competencyOf(text: string): StoryCompetency | undefined {
  const slug = text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if ((STORY_COMPETENCIES as readonly string[]).includes(slug)) return slug as StoryCompetency;
  return ALIASES[slug];
}

function unquote(raw: string): string {
  const v = raw.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    try {
      return String(JSON.parse(v));
    } catch {
      return v.slice(1, -1);
    }
  }
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/** `[a, "b, c", d]` → items; undefined when it is not an inline list. */
function inlineList(raw: string): string[] | undefined {
  const v = raw.trim();
  if (!v.startsWith('[')) return undefined;
  if (!v.endsWith(']')) return undefined;
  const inner = v.slice(1, -1);
  const items: string[] = [];
  let cur = '';
  let quote: string | undefined;
  for (const ch of inner) {
    if (quote) {
      if (ch === quote) quote = undefined;
      cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      cur += ch;
    } else if (ch === ',') {
      items.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (quote) return undefined;
  if (cur.trim() || items.length) items.push(cur);
  return items.map(unquote).filter((s) => s.length > 0);
}

interface Field {
  line: number;
  value: string | string[];
}

/** Splits the front matter; `bodyStart` is the 0-based line after the closing `---`. */
function frontMatter(lines: string[], file: string): { fields: Map<Key, Field> } | StoryProblem {
  if ((lines[0] ?? '').trim() !== '---') return { file, line: 1, message: 'the story has no front matter: the file must start with a line "---", then title, competencies, date, failure and impact, then "---"' };
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) return { file, line: 1, message: 'the front matter is not closed: add a line "---" after its last field' };
  const fields = new Map<Key, Field>();
  let listKey: Key | undefined;
  for (let i = 1; i < end; i++) {
    const text = lines[i] ?? '';
    const line = i + 1;
    if (!text.trim() || text.trim().startsWith('#')) continue;
    const item = /^\s+-\s*(.*)$/.exec(text) ?? /^-\s+(.*)$/.exec(text);
    if (item) {
      const field = listKey ? fields.get(listKey) : undefined;
      if (!listKey || !field || !Array.isArray(field.value)) return { file, line, message: `a list item "${text.trim()}" outside of a list: put it under "competencies:" or "impact:"` };
      field.value.push(unquote(item[1] ?? ''));
      continue;
    }
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(text);
    if (!m) return { file, line, message: `cannot read "${text.trim()}": expected "key: value"` };
    const key = (m[1] ?? '').toLowerCase();
    if (!(KEYS as readonly string[]).includes(key)) return { file, line, message: `unknown field "${m[1]}" (known: ${KEYS.join(', ')})` };
    const k = key as Key;
    if (fields.has(k)) return { file, line, message: `the field "${k}" appears twice` };
    const raw = (m[2] ?? '').trim();
    listKey = undefined;
    if (raw === '') {
      fields.set(k, { line, value: [] });
      listKey = k;
    } else if (raw.startsWith('[')) {
      const items = inlineList(raw);
      if (!items) return { file, line, message: `the list of "${k}" is not closed or has an unclosed quote` };
      fields.set(k, { line, value: items });
    } else fields.set(k, { line, value: unquote(raw) });
  }
  return { fields };
}

const asList = (v: string | string[]): string[] => (Array.isArray(v) ? v : v.split(',').map((s) => s.trim()).filter(Boolean));

/** Parses one story file. Never throws: a problem is a diagnostic with its line. */
export function parseStory(file: string, text: string): ParsedStory {
  const fail = (message: string, line?: number): ParsedStory => ({ ok: false, problem: { file, ...(line ? { line } : {}), message } });
  if (text.length > MAX_STORY_BYTES) return fail(`the file is larger than ${MAX_STORY_BYTES / 1024} KiB`);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fm = frontMatter(lines, file);
  if ('message' in fm) return { ok: false, problem: fm };
  const { fields } = fm;
  const title = fields.get('title');
  if (!title || Array.isArray(title.value) || !title.value.trim()) return fail('the front matter needs a "title: …"', title?.line);
  const comps = fields.get('competencies');
  const competencies: StoryCompetency[] = [];
  for (const c of comps ? asList(comps.value) : []) {
    const id = competencyOf(c);
    if (!id) return fail(`unknown competency "${c}" (known: ${STORY_COMPETENCIES.join(', ')})`, comps?.line);
    if (!competencies.includes(id)) competencies.push(id);
  }
  const dateField = fields.get('date');
  let date: string | undefined;
  if (dateField) {
    const d = Array.isArray(dateField.value) ? '' : dateField.value;
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
    if (!valid) return fail(`the date "${Array.isArray(dateField.value) ? dateField.value.join(', ') : d}" is not a date like 2025-03-14`, dateField.line);
    date = d;
  }
  const failureField = fields.get('failure');
  let failure = false;
  if (failureField) {
    const v = Array.isArray(failureField.value) ? '' : failureField.value.toLowerCase();
    if (v !== 'true' && v !== 'false' && v !== 'yes' && v !== 'no') return fail('"failure" must be true or false', failureField.line);
    failure = v === 'true' || v === 'yes';
  }
  const impactField = fields.get('impact');
  const impact = impactField ? asList(impactField.value) : [];
  return { ok: true, story: { file, title: title.value.trim(), competencies, ...(date ? { date } : {}), failure, impact } };
}

/** A file name for a new story: the title as a slug, `.md`. */
export function storyFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'story'}.md`;
}

const yamlString = (s: string): string => JSON.stringify(s.replace(/[\r\n]+/g, ' '));

/** A new story from the STAR-C template. */
export function storyTemplate(title: string, date: string): string {
  return `---
title: ${yamlString(title)}
competencies: []
date: ${date}
failure: false
impact: []
---

<!-- competencies: any of ${STORY_COMPETENCIES.join(', ')} -->
<!-- impact: before/after numbers of the result, e.g. "false declines -38%" -->

## Situation

Which system or model, for whom, at what scale; what was at stake.

## Task

What you owned and what you had to achieve.

## Action

What you did, in the first person: the decisions, the options you rejected and why.

## Result

The outcome with before/after numbers.

## Context

What you learned and what you now do differently.
`;
}
