import * as assert from 'node:assert/strict';
import type { IndexEntry } from '../../../src/core/history/indexCodec';
import { INDEX_FORMAT, decodeIndex, encodeIndex, summaryFromIndex, summaryToIndex } from '../../../src/core/history/indexCodec';
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
};

function entries(...list: [string, IndexEntry][]): Map<string, IndexEntry> {
  return new Map(list);
}

/** An encoded index with one entry whose summary is changed by `edit`. */
function withSummary(edit: (s: Record<string, unknown>) => void): unknown {
  const raw = JSON.parse(encodeIndex({ entries: entries(['A1.json', { size: 10, mtimeMs: 5, summary, newer: null }]), dirMtimeMs: 7 }, NOW)) as { entries: { summary: Record<string, unknown> }[] };
  const first = raw.entries[0];
  assert.ok(first);
  edit(first.summary);
  return raw;
}

describe('history index codec', () => {
  it('writes every entry and summary field by name and reads them back', () => {
    const index = { entries: entries(['A1.json', { size: 812, mtimeMs: 1_700_000_000_000.5, summary, newer: null }], ['B2.json', { size: 40, mtimeMs: 1_700_000_000_100.25, summary: null, newer: 7 }]), dirMtimeMs: 1_700_000_000_000.75 };
    const text = encodeIndex(index, NOW);
    const raw = JSON.parse(text) as { format: number; entries: Record<string, unknown>[] };
    assert.equal(raw.format, INDEX_FORMAT);
    assert.deepEqual(raw.entries[0], { id: 'A1', size: 812, mtimeMs: 1_700_000_000_000.5, summary: { ...summary }, newer: null });
    assert.deepEqual(Object.keys((raw.entries[0] as { summary: object }).summary), Object.keys(summary));
    assert.deepEqual(decodeIndex(raw), index);
  });

  it('writes an entry changed within the racy window as untrusted', () => {
    const text = encodeIndex({ entries: entries(['A1.json', { size: 1, mtimeMs: NOW - 20.5, summary, newer: null }]), dirMtimeMs: -1 }, NOW);
    assert.equal(decodeIndex(JSON.parse(text))?.entries.get('A1.json')?.mtimeMs, -1);
  });

  it('a summary round-trips through its named fields', () => {
    assert.deepEqual(summaryFromIndex(JSON.parse(JSON.stringify(summaryToIndex(summary)))), summary);
  });

  it('rejects the whole index when a summary field is missing, extra or of the wrong type', () => {
    assert.ok(decodeIndex(withSummary(() => undefined)));
    const damaged: [string, (s: Record<string, unknown>) => void][] = [
      ['missing', (s) => delete s.verdict],
      ['extra', (s) => (s.runs = [])],
      ['a number as text', (s) => (s.passed = '7')],
      ['an unknown verdict', (s) => (s.verdict = 'maybe')],
      ['an unknown round', (s) => (s.round = 'lunch')],
      ['null where a value is required', (s) => (s.startedAt = null)],
      ['a bad snapshot list', (s) => (s.snapshotRuns = ['0'])],
      ['another id than its entry', (s) => (s.id = 'B2')],
    ];
    for (const [what, edit] of damaged) assert.equal(decodeIndex(withSummary(edit)), undefined, what);
  });

  it('rejects an index of another format or schema, or with damaged entries', () => {
    const good = JSON.parse(encodeIndex({ entries: entries(['A1.json', { size: 10, mtimeMs: 5, summary, newer: null }]), dirMtimeMs: 7 }, NOW)) as Record<string, unknown>;
    assert.ok(decodeIndex(good));
    assert.equal(decodeIndex({ ...good, format: 1, entries: [['A1', 10, 5, Object.values(summary), null]] }), undefined, 'the old positional format');
    assert.equal(decodeIndex({ ...good, schemaVersion: 2 }), undefined);
    assert.equal(decodeIndex({ ...good, dirMtimeMs: '7' }), undefined);
    assert.equal(decodeIndex({ ...good, entries: [{ id: 'A1', size: 10, mtimeMs: 5, summary: null, newer: null }] }), undefined, 'neither a summary nor a newer schema');
    assert.equal(decodeIndex({ ...good, entries: [{ id: 'A1', size: 10, mtimeMs: 5, summary, newer: 3 }] }), undefined, 'both');
    for (const raw of [null, [], 'index', { ...good, entries: {} }]) assert.equal(decodeIndex(raw), undefined);
  });
});
