import * as assert from 'node:assert/strict';
import { behavioralStages, currentStage, designStages, finishStages, followUpHeading, isFinished, nextStage, stageClockSchema, stageTimes, startStages } from '../../../src/core/session/stageClock';

const MIN = 60_000;

describe('stage clock of a discussion round', () => {
  const phases = designStages([
    { id: 'clarify', title: 'Clarify', minutes: 5 },
    { id: 'metrics', title: 'Metrics', minutes: 4 },
    { id: 'model', title: 'Model', minutes: 6.5 },
  ]);

  it('takes each phase budget from the rubric minutes', () => {
    assert.deepEqual(phases.map((p) => p.budgetMs), [5 * MIN, 4 * MIN, 6.5 * MIN]);
  });

  it('counts the current phase from the session time used when it began', () => {
    const c = startStages('design', phases, 30_000);
    const cur = currentStage(c, 30_000 + 2 * MIN);
    assert.equal(cur?.stage.id, 'clarify');
    assert.equal(cur?.elapsedMs, 2 * MIN);
    assert.equal(cur?.remainingMs, 3 * MIN);
    assert.equal(currentStage(c, 30_000 + 7 * MIN)?.remainingMs, -2 * MIN, 'negative once the phase is over');
  });

  it('Next phase moves on early and records what each phase took, overtime per phase', () => {
    let c = startStages('design', phases, 0);
    c = nextStage(c, 3 * MIN); // clarify: 3 of 5 (early)
    c = nextStage(c, 3 * MIN + 6 * MIN); // metrics: 6 of 4 (2 over)
    const times = stageTimes(c, 3 * MIN + 6 * MIN + 1 * MIN);
    assert.deepEqual(times.map((t) => [t.id, t.usedMs, t.overtimeMs]), [
      ['clarify', 3 * MIN, 0],
      ['metrics', 6 * MIN, 2 * MIN],
      ['model', 1 * MIN, 0],
    ]);
    c = nextStage(c, 20 * MIN);
    assert.ok(isFinished(c));
    assert.equal(currentStage(c, 21 * MIN), undefined);
    assert.equal(nextStage(c, 22 * MIN), c, 'done is done');
    assert.equal(stageTimes(c, 99 * MIN)[2]?.overtimeMs, 20 * MIN - 9 * MIN - 6.5 * MIN);
  });

  it('finishing ends the current phase now and gives later phases no time', () => {
    const c = finishStages(nextStage(startStages('design', phases, 0), MIN), 2 * MIN);
    assert.deepEqual(c.spentMs, [MIN, MIN, 0]);
  });

  it('time used never runs backwards into a stage', () => {
    const c = startStages('design', phases, 5 * MIN);
    assert.equal(currentStage(c, 4 * MIN)?.elapsedMs, 0);
  });

  it('rejects a round without stages or with a stage without time, and a damaged stored clock', () => {
    assert.throws(() => startStages('design', [], 0), RangeError);
    assert.throws(() => startStages('design', [{ id: 'x', title: 'x', budgetMs: 0 }], 0), RangeError);
    assert.equal(stageClockSchema.safeParse({ round: 'design', stages: [], index: 0, startedAtUsedMs: 0, spentMs: [] }).success, false);
    assert.equal(stageClockSchema.safeParse(startStages('design', phases, 0)).success, true);
  });

  it('a behavioral round is 3 minutes of answer, then 2 minutes per follow-up, each inserted as a heading', () => {
    const stages = behavioralStages(['Why that metric?', 'What did not work?']);
    assert.deepEqual(stages.map((s) => [s.id, s.budgetMs]), [
      ['answer', 3 * MIN],
      ['follow-up-1', 2 * MIN],
      ['follow-up-2', 2 * MIN],
    ]);
    const c = startStages('behavioral', stages, 0);
    assert.equal(followUpHeading(c, 0), undefined, 'the answer has no follow-up heading');
    assert.equal(followUpHeading(c, 1), '## Follow-up 1: Why that metric?');
    assert.equal(followUpHeading(c, 3), undefined);
  });
});
