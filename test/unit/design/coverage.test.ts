import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { STARC_SECTIONS, behavioralCoverage, designCoverage, ownText } from '../../../src/core/design/coverage';
import { designRubricSchema } from '../../../src/core/problems/schema';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const read = (...p: string[]): string => readFileSync(join(ROOT, ...p), 'utf8');

describe('coverage items for the session view (computed by the evidence-based checker)', () => {
  const template = read('problems', 'fraud-detection', 'template.md');
  const rubric = designRubricSchema.parse(JSON.parse(read('problems', 'fraud-detection', 'rubric.json')));

  it('the untouched template covers nothing', () => {
    const items = designCoverage(template, template, rubric);
    assert.equal(items.length, 9);
    assert.ok(items.every((i) => !i.covered), JSON.stringify(items.filter((i) => i.covered).map((i) => i.id)));
    assert.ok(items.every((i) => i.missing.length > 0 && i.found.length === 0));
    assert.equal(ownText(template, template), '');
  });

  it('a concrete metric choice covers Metrics and quotes the sentence; two bare keywords do not', () => {
    const metrics = rubric.phases.find((p) => p.id === 'metrics');
    assert.ok(metrics);
    // The sentence the integration test writes from the first two keywords.
    const sentence = `Offline we report ${metrics.keywords[0]} and ${metrics.keywords[1]}.`;
    const items = designCoverage(`${template}\n${sentence}\n`, template, rubric);
    const m = items.find((i) => i.id === 'metrics');
    assert.equal(m?.covered, true, JSON.stringify(m));
    assert.deepEqual(m?.found, [sentence]);
    assert.deepEqual(m?.missing, []);
    const bare = designCoverage(`${template}\nprecision recall\n`, template, rubric);
    assert.equal(bare.find((i) => i.id === 'metrics')?.covered, false);
  });

  it('STAR-C parts are found in prose; filler under every heading covers nothing', () => {
    const bt = read('problems', 'production-model-failure', 'template.md');
    const prose = [
      'I owned the fraud scoring model at a payments startup; it scored about 2M card payments a day.',
      'I was on call when precision collapsed, and my job was to stop the false declines first.',
      'I rolled back to the previous model version within an hour and compared the served features with the offline ones.',
      'I found that an upstream partner had changed the merchant category codes, fixed the encoder and retrained.',
      'Precision at the review threshold went from 38% back to 81% within two days.',
      'Since then I add a feature parity check to every launch checklist.',
    ].join(' ');
    const items = behavioralCoverage(`# A model that failed\n\n${prose}\n`, bt);
    assert.deepEqual(items.map((i) => i.id), [...STARC_SECTIONS]);
    assert.deepEqual(items.map((i) => i.covered), [true, true, true, true, true], JSON.stringify(items));
    for (const i of items) for (const f of i.found) assert.ok(prose.includes(f), f);

    const filler = 'We worked closely with all the stakeholders and made sure everything went well, holding 6 alignment meetings and sending 40 emails.';
    const padded = bt.replace(/## (Situation|Task|Action|Result|Context)/g, (h) => `${h}\n${filler}`);
    const none = behavioralCoverage(padded, bt);
    assert.ok(none.every((i) => !i.covered), JSON.stringify(none.filter((i) => i.covered)));
    assert.ok(none.every((i) => i.missing.length === 1));
  });
});
