import { ATTEMPT_SCHEMA_VERSION } from '../../../src/core/history/model';
import * as assert from 'node:assert/strict';
import type { IndexEntry } from '../../../src/core/history/indexCodec';
import { INDEX_FORMAT, decodeIndex, encodeIndex, summaryFromRow, summaryToRow } from '../../../src/core/history/indexCodec';
import type { AttemptSummary } from '../../../src/core/history/model';

const NOW = 1_750_000_000_000;

const summary: AttemptSummary = {
  id: 'A1',
  problemId: 'stable-softmax',
  kind: 'coding',
  round: 'concepts',
  title: 'Numerically stable softmax',
  difficulty: 'easy',
  language: 'python',
  startedAt: '2025-03-10T09:00:00.000Z',
  endedAt: null,
  budgetMs: 900_000,
  timeUsedMs: 600_000,
  pausedMs: 0,
  overtime: false,
  overtimeMs: 0,
  verdict: 'pass',
  passed: 7,
  total: 7,
  score: 100,
  hintsUsed: 1,
  interviewMode: true,
  selfRating: 3,
  note: null,
  runCount: 2,
  submitCount: 1,
  snapshotRuns: [0, 1],
  clarificationsAsked: 3,
  keyQuestionsAsked: '2/4',
};

interface RawIndex {
  format: number;
  entryColumns: string[];
  summaryColumns: string[];
  entries: unknown[][];
}

function entries(...list: [string, IndexEntry][]): Map<string, IndexEntry> {
  return new Map(list);
}

function encoded(...list: [string, IndexEntry][]): RawIndex {
  return JSON.parse(encodeIndex({ entries: entries(...list), dirMtimeMs: 7 }, NOW)) as RawIndex;
}

/** The value of a named column in a row of the raw index. */
function cell(raw: RawIndex, row: unknown[], name: string): unknown {
  return row[raw.entryColumns.indexOf(name)];
}

/** An encoded index with one entry whose summary field `name` is changed by `edit`. */
function withSummaryField(name: string, edit: (value: unknown) => unknown): unknown {
  const raw = encoded(['A1.json', { size: 10, mtimeMs: 5, summary, newer: null }]);
  const row = cell(raw, raw.entries[0] ?? [], 'summary') as unknown[];
  const k = raw.summaryColumns.indexOf(name);
  if (k < 0) row.push(edit(undefined));
  else row[k] = edit(row[k]);
  return raw;
}

describe('history index codec', () => {
  it('names every column of an entry and of a summary in the file, and reads back what it wrote', () => {
    const index = { entries: entries(['A1.json', { size: 812, mtimeMs: 1_700_000_000_000.5, summary, newer: null }], ['B2.json', { size: 40, mtimeMs: 1_700_000_000_100.25, summary: null, newer: 7 }]), dirMtimeMs: 1_700_000_000_000.75 };
    const raw = JSON.parse(encodeIndex(index, NOW)) as RawIndex;
    assert.equal(raw.format, INDEX_FORMAT);
    assert.deepEqual(raw.entryColumns.slice().sort(), ['id', 'mtimeMs', 'newer', 'size', 'summary']);
    assert.deepEqual(raw.summaryColumns.slice().sort(), Object.keys(summary).sort());
    const [a, b] = raw.entries;
    assert.ok(a && b);
    assert.deepEqual([cell(raw, a, 'id'), cell(raw, a, 'size'), cell(raw, a, 'mtimeMs'), cell(raw, a, 'newer')], ['A1', 812, 1_700_000_000_000.5, null]);
    const row = cell(raw, a, 'summary') as unknown[];
    for (const [name, value] of Object.entries(summary)) assert.deepEqual(row[raw.summaryColumns.indexOf(name)], value, name);
    assert.deepEqual([cell(raw, b, 'summary'), cell(raw, b, 'newer')], [null, 7]);
    assert.deepEqual(decodeIndex(raw), index);
  });

  it('writes an entry changed within the racy window as untrusted', () => {
    const text = encodeIndex({ entries: entries(['A1.json', { size: 1, mtimeMs: NOW - 20.5, summary, newer: null }]), dirMtimeMs: -1 }, NOW);
    assert.equal(decodeIndex(JSON.parse(text))?.entries.get('A1.json')?.mtimeMs, -1);
  });

  it('a summary round-trips through its row', () => {
    assert.deepEqual(summaryFromRow(JSON.parse(JSON.stringify(summaryToRow(summary)))), summary);
  });

  it('rejects the whole index when a summary value is missing, extra or of the wrong type', () => {
    assert.ok(decodeIndex(withSummaryField('passed', (v) => v)));
    const damaged: [string, string, (v: unknown) => unknown][] = [
      ['a number as text', 'passed', () => '7'],
      ['an unknown verdict', 'verdict', () => 'maybe'],
      ['an unknown round', 'round', () => 'lunch'],
      ['null where a value is required', 'startedAt', () => null],
      ['a bad snapshot list', 'snapshotRuns', () => ['0']],
      ['another id than its entry', 'id', () => 'B2'],
      ['an extra value', 'runs', () => []],
    ];
    for (const [what, name, edit] of damaged) assert.equal(decodeIndex(withSummaryField(name, edit)), undefined, what);
  });

  it('rejects an index of another format or schema, with other columns, or with damaged entries', () => {
    const good = encoded(['A1.json', { size: 10, mtimeMs: 5, summary, newer: null }]) as unknown as Record<string, unknown> & RawIndex;
    assert.ok(decodeIndex(good));
    const oldRows = [['A1', 10, 5, Object.values(summary), null]];
    assert.equal(decodeIndex({ format: 1, schemaVersion: 1, dirMtimeMs: 7, entries: oldRows }), undefined, 'the positional format 1');
    assert.equal(decodeIndex({ ...good, format: 1 }), undefined);
    assert.equal(decodeIndex({ ...good, schemaVersion: ATTEMPT_SCHEMA_VERSION + 1 }), undefined);
    assert.equal(decodeIndex({ ...good, dirMtimeMs: '7' }), undefined);
    assert.equal(decodeIndex({ ...good, summaryColumns: [...good.summaryColumns].reverse() }), undefined, 'columns in another order');
    assert.equal(decodeIndex({ ...good, summaryColumns: good.summaryColumns.slice(1) }), undefined, 'a column less');
    assert.equal(decodeIndex({ ...good, entryColumns: undefined }), undefined, 'no header');
    const entry = (newer: unknown, withSummary: boolean): unknown[] => {
      const row = [...(good.entries[0] ?? [])];
      row[good.entryColumns.indexOf('newer')] = newer;
      if (!withSummary) row[good.entryColumns.indexOf('summary')] = null;
      return row;
    };
    assert.ok(decodeIndex({ ...good, entries: [entry(3, false)] }), 'a newer record');
    assert.equal(decodeIndex({ ...good, entries: [entry(null, false)] }), undefined, 'neither a summary nor a newer schema');
    assert.equal(decodeIndex({ ...good, entries: [entry(3, true)] }), undefined, 'both');
    for (const raw of [null, [], 'index', { ...good, entries: {} }, { ...good, entries: [{}] }]) assert.equal(decodeIndex(raw), undefined);
  });
});
