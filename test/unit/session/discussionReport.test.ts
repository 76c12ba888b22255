import * as assert from 'node:assert/strict';
import type { BehavioralCheck, DesignCheck } from '../../../src/core/design/check';
import type { BehavioralRubric, DesignRubric } from '../../../src/core/problems/schema';
import { behavioralReport, designReport, recordedCoverage, validSelfScore } from '../../../src/core/session/discussionReport';
import { parseSessionRecord } from '../../../src/core/session/session';
import { startStages } from '../../../src/core/session/stageClock';
import { startTimer } from '../../../src/core/session/timer';
import { panelToHostSchema, parseWebviewMessage } from '../../../src/protocol';
import { coverageSchema } from '../../../src/core/history/model';

const check: DesignCheck = {
  kind: 'design',
  phases: [
    { id: 'clarify', title: 'Clarify', covered: true, evidence: ['I ask about the four actions because a false decline costs margin.'], missing: [] },
    { id: 'metrics', title: 'Metrics', covered: false, evidence: [], missing: ['x'] },
  ],
  nuances: { covered: ['class-imbalance'], missed: ['leakage'], evidence: { 'class-imbalance': ['We weight the rare class 50:1.'] } },
  redFlags: [{ id: 'accuracy-only', title: 'Accuracy as the only metric', evidence: ['We report accuracy.'] }],
};
const rubric = { phases: [{ id: 'clarify', title: 'Clarify', minutes: 5, strong: ['Asks about costs'] }, { id: 'metrics', title: 'Metrics', minutes: 4, strong: ['Picks one metric'] }] } as unknown as DesignRubric;

describe('discussion report and recorded coverage', () => {
  const report = designReport(check, rubric, (id) => `Title of ${id}`);

  it('the design report quotes evidence, names nuances and red flags, and carries the strong points', () => {
    assert.deepEqual(report.phases.map((p) => [p.id, p.covered, p.evidence.length, p.minutes, p.strong]), [
      ['clarify', true, 1, 5, ['Asks about costs']],
      ['metrics', false, 0, 4, ['Picks one metric']],
    ]);
    assert.deepEqual(report.nuances.missed, [{ id: 'leakage', title: 'Title of leakage' }]);
    assert.deepEqual(report.nuances.covered[0]?.evidence, ['We weight the rare class 50:1.']);
  });

  it('records the coverage in the shape of the attempt model', () => {
    const c = recordedCoverage(report);
    assert.deepEqual(c, {
      kind: 'design',
      phases: [
        { id: 'clarify', covered: true, evidence: ['I ask about the four actions because a false decline costs margin.'] },
        { id: 'metrics', covered: false, evidence: [] },
      ],
      nuances: { covered: ['class-imbalance'], missed: ['leakage'] },
      redFlags: [{ id: 'accuracy-only', evidence: ['We report accuracy.'] }],
    });
    assert.ok(coverageSchema.safeParse(c).success);
    const b: BehavioralCheck = { kind: 'behavioral', starc: [{ id: 'situation', covered: true, evidence: ['s'] }], ownsFailure: true, quantifiedResult: false, lessons: 'generic', signals: { ownsFailure: [], blame: [], quantifiedResult: [], lessons: [] } };
    const bc = recordedCoverage(behavioralReport(b, { strongSignals: ['a', 'b'], redFlags: [], starc: { situation: 'g' } } as unknown as BehavioralRubric));
    assert.deepEqual(bc, { kind: 'behavioral', starc: [{ id: 'situation', covered: true, evidence: ['s'] }], ownsFailure: true, quantifiedResult: false });
    assert.ok(coverageSchema.safeParse(bc).success);
  });

  it('BATTERY 86: self-scores out of range, for unknown phases, and odd panel messages are refused', () => {
    assert.deepEqual(validSelfScore(report, 'metrics', 3), { phase: 'metrics', score: 3, max: 3 });
    assert.equal(validSelfScore(report, 'metrics', 4), undefined);
    assert.equal(validSelfScore(report, 'metrics', -1), undefined);
    assert.equal(validSelfScore(report, 'metrics', 1.5), undefined);
    assert.equal(validSelfScore(report, 'serving', 1), undefined, 'not a phase of this report');
    const b = behavioralReport({ kind: 'behavioral', starc: [], ownsFailure: false, quantifiedResult: false, lessons: 'none', signals: { ownsFailure: [], blame: [], quantifiedResult: [], lessons: [] } }, { strongSignals: ['one'], redFlags: [], starc: {} } as unknown as BehavioralRubric);
    assert.deepEqual(validSelfScore(b, 'signal-1', 1), { phase: 'signal-1', score: 1, max: 1 });
    assert.equal(validSelfScore(b, 'signal-1', 2), undefined, 'a checklist item is 0 or 1');
    assert.equal(validSelfScore(b, 'signal-2', 1), undefined);
    for (const bad of [
      { type: 'selfScore', id: 'metrics', score: 7 },
      { type: 'selfScore', id: '../x', score: 1 },
      { type: 'selfScore', id: 'metrics', score: 1, extra: true },
      { type: 'openNuance', id: 'A B' },
      { type: 'openStory', index: -1 },
      { type: 'openStory', index: '/etc/passwd' },
      { type: 'nextPhase', phase: 3 },
    ]) {
      assert.equal(parseWebviewMessage(panelToHostSchema, bad).ok, false, JSON.stringify(bad));
    }
    assert.equal(parseWebviewMessage(panelToHostSchema, { type: 'selfScore', id: 'metrics', score: 2 }).ok, true);
  });

  it('BATTERY 87: a damaged stored phase clock costs the phases, not the session', () => {
    const record = { version: 1, problemId: 'fraud-detection', language: 'python', solutionPath: '/p/answer.md', startedAt: 0, timer: startTimer(60_000, 0), hints: [], interviewMode: false, overtimeNotified: false };
    const good = { ...record, stages: startStages('design', [{ id: 'clarify', title: 'Clarify', budgetMs: 5000 }], 0) };
    assert.deepEqual(parseSessionRecord(good)?.stages, good.stages);
    const damaged = parseSessionRecord({ ...record, stages: { round: 'design', stages: 'nope' } });
    assert.ok(damaged, 'the session survives');
    assert.equal(damaged.stages, undefined);
    assert.equal(parseSessionRecord({ ...record, timer: 'nope', stages: good.stages }), undefined, 'a damaged timer is still a damaged session');
  });
});
