import * as assert from 'node:assert/strict';
import { parseCustomCases, serializeCustomCases, solutionFileName } from '../../../src/core/session/practice';
import { matchesFilter, tagCounts } from '../../../src/core/problems/filter';
import type { Problem } from '../../../src/core/problems/schema';

describe('practice folder files', () => {
  it('names solution files per language and answer files per round', () => {
    assert.equal(solutionFileName('coding', 'python'), 'solution.py');
    assert.equal(solutionFileName('coding', 'typescript'), 'solution.ts');
    assert.equal(solutionFileName('coding', 'javascript'), 'solution.js');
    assert.equal(solutionFileName('design', 'python'), 'answer.md');
  });

  it('round-trips custom cases and rejects malformed ones', () => {
    const cases = [{ name: 'a', args: '[[1, 2]]', expected: '[0.5, 0.5]' }];
    assert.deepEqual(parseCustomCases(serializeCustomCases(cases)), cases);
    assert.throws(() => parseCustomCases('{"version":1,"cases":[{"name":"x","args":"1","expected":"1"}]}'), /JSON array/);
    assert.throws(() => parseCustomCases('{"version":1,"cases":[{"name":"x","args":"[1]","expected":"{"}]}'), /JSON/);
    assert.throws(() => parseCustomCases('not json'));
  });
});

describe('problem filters combine', () => {
  const ps = ([
    { id: 'a', title: 'Stable softmax', round: 'concepts', category: 'Losses', difficulty: 'easy', tags: ['numerics'], nuances: [] },
    { id: 'b', title: 'ROC AUC', round: 'metrics', category: 'Ranking', difficulty: 'medium', tags: ['ranking', 'numerics'], nuances: ['class-imbalance'] },
    { id: 'c', title: 'PSI', round: 'nuances', category: 'Drift', difficulty: 'easy', tags: ['drift'], nuances: ['data-drift'] },
  ] as unknown[]) as Problem[];
  const status = (id: string): 'solved' | 'attempted' | 'new' => (id === 'a' ? 'solved' : 'new');
  const ids = (f: Parameters<typeof matchesFilter>[1]): string[] => ps.filter((p) => matchesFilter(p, f, status(p.id))).map((p) => p.id);

  it('every part must match', () => {
    assert.deepEqual(ids({ difficulty: 'easy' }), ['a', 'c']);
    assert.deepEqual(ids({ difficulty: 'easy', tag: 'numerics' }), ['a']);
    assert.deepEqual(ids({ difficulty: 'easy', tag: 'numerics', status: 'new' }), []);
    assert.deepEqual(ids({ tag: 'numerics', status: 'new' }), ['b']);
    assert.deepEqual(ids({ text: 'imbalance ranking' }), ['b']);
    assert.deepEqual(ids({ round: 'nuances', text: 'drift' }), ['c']);
    assert.deepEqual(ids({}), ['a', 'b', 'c']);
  });

  it('counts tags', () => {
    assert.deepEqual(tagCounts(ps)[0], { tag: 'numerics', count: 2 });
  });
});
