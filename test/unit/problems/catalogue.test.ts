import * as assert from 'node:assert/strict';
import {
  filterProblems,
  groupByCategory,
  groupByRound,
  matchesText,
  offeredLanguages,
  pickRandom,
  searchProblems,
  sortProblems,
  tagCounts,
} from '../../../src/core/problems/catalogue';
import type { Problem } from '../../../src/core/problems/schema';
import { codingProblem } from '../judge/support';

function problem(id: string, over: Partial<Problem> & Record<string, unknown> = {}): Problem {
  return { ...codingProblem(), id, title: id.replace(/-/g, ' '), ...over } as Problem;
}

const all: Problem[] = [
  problem('stable-softmax', { round: 'concepts', difficulty: 'easy', tags: ['numerics', 'softmax'], category: 'Activations', nuances: ['uncertainty'] }),
  problem('roc-auc', { round: 'metrics', difficulty: 'medium', tags: ['ranking', 'auc'], category: 'Ranking metrics', title: 'ROC-AUC with ties' }),
  problem('kmeans-lloyd', { round: 'concepts', difficulty: 'medium', tags: ['clustering'], category: 'Clustering', title: 'Lloyd’s k-means' }),
  problem('psi-drift', { round: 'nuances', difficulty: 'hard', tags: ['drift', 'numerics'], category: 'Drift', nuances: ['data-drift'], title: 'Population stability index' }),
  { ...problem('feed-ranking'), kind: 'design', round: 'design', difficulty: 'hard', tags: ['ranking'], category: 'Feeds', title: 'Feed ranking', languages: undefined } as unknown as Problem,
];

describe('catalogue', () => {
  it('filters by round, difficulty, tag, kind, nuance and text together', () => {
    assert.deepEqual(filterProblems(all, { round: 'concepts' }).map((p) => p.id), ['stable-softmax', 'kmeans-lloyd']);
    assert.deepEqual(filterProblems(all, { round: ['concepts', 'metrics'], difficulty: 'medium' }).map((p) => p.id), ['kmeans-lloyd', 'roc-auc']);
    assert.deepEqual(filterProblems(all, { tags: ['numerics'] }).map((p) => p.id), ['stable-softmax', 'psi-drift']);
    assert.deepEqual(filterProblems(all, { tags: ['numerics', 'drift'] }).map((p) => p.id), ['psi-drift']);
    assert.deepEqual(filterProblems(all, { kind: 'design' }).map((p) => p.id), ['feed-ranking']);
    assert.deepEqual(filterProblems(all, { nuance: 'data-drift' }).map((p) => p.id), ['psi-drift']);
    assert.deepEqual(filterProblems(all, { text: 'ranking', difficulty: 'hard' }).map((p) => p.id), ['feed-ranking']);
    assert.deepEqual(filterProblems(all, {}).length, all.length);
  });

  it('text search is case- and accent-insensitive, every word must match, and ranks id/title hits first', () => {
    assert.ok(matchesText(all[2], 'LLOYD'));
    assert.ok(matchesText(all[0], 'SoftMax numerics'));
    assert.ok(!matchesText(all[0], 'softmax drift'));
    assert.ok(matchesText(problem('cafe', { title: 'Café ranking' }), 'cafe'));
    assert.deepEqual(searchProblems(all, 'ranking').map((p) => p.id), ['feed-ranking', 'roc-auc']);
    assert.deepEqual(searchProblems(all, 'auc').map((p) => p.id)[0], 'roc-auc');
    assert.equal(searchProblems(all, '   ').length, all.length);
  });

  it('sorts and groups in catalogue order', () => {
    assert.deepEqual(sortProblems(all).map((p) => p.round), ['concepts', 'concepts', 'metrics', 'nuances', 'design']);
    assert.deepEqual(groupByRound(all).map((g) => [g.round, g.problems.length]), [['concepts', 2], ['metrics', 1], ['nuances', 1], ['design', 1]]);
    assert.deepEqual(groupByCategory(all.slice(0, 3)).map((g) => g.category), ['Activations', 'Clustering', 'Ranking metrics']);
    assert.deepEqual(tagCounts(all).slice(0, 2), [{ tag: 'numerics', count: 2 }, { tag: 'ranking', count: 2 }]);
  });

  it('offers javascript whenever typescript is offered, nothing for prompts', () => {
    assert.deepEqual(offeredLanguages(all[0]), ['python', 'typescript', 'javascript']);
    assert.deepEqual(offeredLanguages(codingProblem({ typescript: false })), ['python']);
    assert.deepEqual(offeredLanguages(all[4]), []);
  });

  it('picks at random with an injected source', () => {
    assert.equal(pickRandom(all, () => 0)?.id, 'stable-softmax');
    assert.equal(pickRandom(all, () => 0.9999)?.id, 'feed-ranking');
    assert.equal(pickRandom([], () => 0.5), undefined);
  });
});
