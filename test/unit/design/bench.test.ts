import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { COVERAGE_GOALS, evaluateCorpus } from '../../../bench/coverage';
import { ANSWERS, PROBLEMS, ROOT } from './support';

describe('coverage accuracy bench', () => {
  it('scores the checker and the baselines on a labelled corpus', async () => {
    const r = await evaluateCorpus(ANSWERS, PROBLEMS);
    assert.equal(r.skipped, undefined);
    assert.ok(r.checker && r.alwaysCovered && r.keywords && r.answers);
    assert.ok(r.answers.design >= 10 && r.answers.behavioral >= 8 && r.answers.tricky >= 5);
    assert.ok((r.checker.phaseAgreement ?? 0) >= COVERAGE_GOALS.phaseAgreement, JSON.stringify(r.disagreements));
    assert.ok((r.checker.nuances.precision ?? 0) >= COVERAGE_GOALS.nuancePrecision);
    assert.ok((r.checker.nuances.recall ?? 0) >= COVERAGE_GOALS.nuanceRecall);
    assert.ok((r.checker.trickyMaxPhaseShare ?? 1) <= COVERAGE_GOALS.trickyMaxPhaseShare);
    assert.equal(r.meetsGoals, true);
    assert.ok((r.alwaysCovered.phaseAgreement ?? 1) < (r.checker.phaseAgreement ?? 0));
    assert.equal(r.alwaysCovered.trickyMaxPhaseShare, 1);
    assert.equal(r.alwaysCovered.nuances.recall, 1);
    assert.ok((r.keywords.phaseAgreement ?? 1) < (r.checker.phaseAgreement ?? 0), 'better than counting keywords');
    assert.deepEqual(Object.keys(r.checker.perPhase), ['clarify', 'framing', 'metrics', 'data', 'features', 'model', 'evaluation', 'serving', 'monitoring']);
  });

  it('BATTERY 84: on the corpus written without the rubrics, the checker meets every goal', async () => {
    const r = await evaluateCorpus(join(ROOT, 'test', 'fixtures', 'answers'), PROBLEMS);
    assert.ok(r.checker && r.answers && r.alwaysCovered);
    assert.ok(r.answers.design >= 24 && r.answers.behavioral >= 16 && r.answers.tricky >= 6);
    assert.ok((r.checker.phaseAgreement ?? 0) >= COVERAGE_GOALS.phaseAgreement, JSON.stringify(r.disagreements));
    assert.ok((r.checker.nuances.precision ?? 0) >= COVERAGE_GOALS.nuancePrecision, JSON.stringify(r.checker.nuances));
    assert.ok((r.checker.nuances.recall ?? 0) >= COVERAGE_GOALS.nuanceRecall, JSON.stringify(r.checker.nuances));
    assert.ok((r.checker.trickyMaxPhaseShare ?? 1) <= COVERAGE_GOALS.trickyMaxPhaseShare);
    assert.ok((r.alwaysCovered.phaseAgreement ?? 1) < (r.checker.phaseAgreement ?? 0));
  });

  it('a missing corpus is reported, not an error', async () => {
    const r = await evaluateCorpus(join(ANSWERS, 'no-such-folder'), PROBLEMS);
    assert.match(r.skipped ?? '', /no labelled corpus/);
    assert.equal(r.checker, undefined);
  });
});
