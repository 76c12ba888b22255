import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { behavioralCoverage, designCoverage, ownText } from '../../../src/core/design/coverage';
import { designRubricSchema } from '../../../src/core/problems/schema';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const read = (...p: string[]): string => readFileSync(join(ROOT, ...p), 'utf8');

describe('design and behavioral answer coverage', () => {
  const template = read('problems', 'fraud-detection', 'template.md');
  const rubric = designRubricSchema.parse(JSON.parse(read('problems', 'fraud-detection', 'rubric.json')));

  it('the untouched template covers nothing', () => {
    const items = designCoverage(template, template, rubric);
    assert.equal(items.length, 9);
    assert.ok(items.every((i) => !i.covered), JSON.stringify(items.filter((i) => i.covered).map((i) => i.id)));
    assert.equal(ownText(template, template), '');
  });

  it('a phase is covered by two of its keywords written by the user', () => {
    const metrics = rubric.phases.find((p) => p.id === 'metrics');
    assert.ok(metrics);
    const answer = `${template}\nWe track ${metrics.keywords[0]} and ${metrics.keywords[1]} on a time-split holdout.\n`;
    const items = designCoverage(answer, template, rubric);
    const m = items.find((i) => i.id === 'metrics');
    assert.equal(m?.covered, true);
    assert.deepEqual(m?.found.slice(0, 2), metrics.keywords.slice(0, 2));
  });

  it('STAR-C sections need the user’s own words, and Result a number', () => {
    const bt = read('problems', 'production-model-failure', 'template.md');
    const filler = 'our fraud model silently degraded after a partner changed the merchant category codes upstream without notice';
    const answer = bt
      .replace(/## Situation/, `## Situation\n${filler}`)
      .replace(/## Result/, `## Result\n${filler} and we recovered most of the recall within two weeks`);
    const items = behavioralCoverage(answer, bt);
    assert.deepEqual(items.map((i) => i.id), ['situation', 'task', 'action', 'result', 'context']);
    assert.equal(items[0]?.covered, true);
    assert.equal(items[1]?.covered, false);
    assert.equal(items[3]?.covered, false, 'no number in the result');
    const quantified = behavioralCoverage(answer.replace('within two weeks', 'from 61% to 83% within 14 days'), bt);
    assert.equal(quantified[3]?.covered, true);
  });
});
