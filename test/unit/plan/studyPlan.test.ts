import * as assert from 'node:assert/strict';
import {
  buildStudyPlan,
  componentOrder,
  currentPlan,
  EMPTY_PLAN_STATE,
  parsePlanState,
  previousWeek,
  selfAssessmentSchema,
  tickPlan,
  weekStart,
  withAssessment,
  type PlanAttempt,
  type PlanInput,
  type PlanProblem,
} from '../../../src/core/plan/studyPlan';

const NOW = Date.parse('2026-03-11T10:00:00Z'); // a Wednesday
const problems: PlanProblem[] = [
  { id: 'c-a', round: 'coding', kind: 'coding', title: 'C A' },
  { id: 'c-b', round: 'coding', kind: 'coding', title: 'C B' },
  { id: 'c-c', round: 'coding', kind: 'coding', title: 'C C' },
  { id: 'k-a', round: 'concepts', kind: 'coding', title: 'K A' },
  { id: 'm-a', round: 'metrics', kind: 'coding', title: 'M A' },
  { id: 'd-a', round: 'data', kind: 'coding', title: 'D A' },
  { id: 'sd-a', round: 'design', kind: 'design', title: 'SD A' },
  { id: 'sd-b', round: 'design', kind: 'design', title: 'SD B' },
  { id: 'sd-c', round: 'design', kind: 'design', title: 'SD C' },
  { id: 'b-a', round: 'behavioral', kind: 'behavioral', title: 'B A' },
  { id: 'b-b', round: 'behavioral', kind: 'behavioral', title: 'B B' },
];
const input = (over: Partial<PlanInput> = {}): PlanInput => ({ level: 'mid', ratings: {}, problems, attempts: [], reviewDue: [], loops: [], now: NOW, ...over });

describe('weekly study plan', () => {
  it('weeks start on Monday in the local calendar', () => {
    assert.equal(weekStart(NOW).weekOf, '2026-03-09');
    assert.equal(weekStart(Date.parse('2026-03-08T23:30:00Z'), 60).weekOf, '2026-03-09', 'Monday 00:30 at UTC+1');
    assert.equal(weekStart(Date.parse('2026-03-08T23:30:00Z'), 0).weekOf, '2026-03-02');
  });

  it('puts the lowest-rated component first; equal ratings follow the level', () => {
    const ratings = { coding: 4, concepts: 4, data: 3, design: 2, behavioral: 5 };
    assert.deepEqual(componentOrder('mid', ratings), ['design', 'data', 'coding', 'concepts', 'behavioral']);
    const plan = buildStudyPlan(input({ ratings }));
    assert.equal(plan.items[0]?.round, 'design');
    assert.equal(plan.items[0]?.kind, 'design-prompt');
    assert.equal(plan.items.filter((i) => i.round === 'design').length, 3, 'three items for the lowest');
    assert.equal(plan.items.at(-1)?.kind, 'mock-loop');
    assert.deepEqual(componentOrder('senior', {}).slice(0, 2), ['design', 'behavioral']);
    assert.deepEqual(componentOrder('mid', {}).slice(0, 2), ['coding', 'concepts']);
  });

  it('items are concrete: problem ids, unsolved first, reviews due, a story to write, one mock loop', () => {
    const attempts: PlanAttempt[] = [{ problemId: 'c-a', startedAt: '2026-03-01T10:00:00Z', endedAt: '2026-03-01T10:30:00Z', verdict: 'pass', score: 100 }];
    const plan = buildStudyPlan(input({ ratings: { coding: 1, concepts: 3, data: 3, design: 3, behavioral: 2 }, attempts, reviewDue: ['k-a'] }));
    const coding = plan.items.filter((i) => i.round === 'coding').map((i) => i.problemId);
    assert.deepEqual(coding.slice(0, 2).sort(), ['c-b', 'c-c'], 'unsolved first');
    assert.ok(plan.items.some((i) => i.kind === 'review' && i.problemId === 'k-a'));
    assert.ok(plan.items.some((i) => i.kind === 'story'));
    assert.equal(plan.items.filter((i) => i.kind === 'mock-loop').length, 1);
    assert.equal(new Set(plan.items.filter((i) => i.problemId).map((i) => i.problemId)).size, plan.items.filter((i) => i.problemId).length, 'no problem twice');
  });

  it('ticks off items done this week (finished attempts, a completed loop), not those of other weeks', () => {
    const plan = buildStudyPlan(input({ ratings: { coding: 1, concepts: 3, data: 3, design: 3, behavioral: 3 } }));
    const first = plan.items[0]!.problemId!;
    const ticked = tickPlan(
      plan,
      [
        { problemId: first, startedAt: '2026-03-10T09:00:00Z', endedAt: '2026-03-10T09:30:00Z', verdict: 'fail', score: 20 },
        { problemId: plan.items[1]!.problemId!, startedAt: '2026-03-02T09:00:00Z', endedAt: '2026-03-02T09:30:00Z', verdict: 'pass', score: 100 },
      ],
      [{ startedAt: '2026-03-11T08:00:00Z', status: 'completed' }],
    );
    assert.equal(ticked.items[0]!.done, true);
    assert.equal(ticked.items[1]!.done, false, 'last week does not count');
    assert.equal(ticked.items.at(-1)!.done, true);
  });

  it('keeps the week’s plan stable until the level or ratings change; last week’s plan is compared', () => {
    const r1 = currentPlan(EMPTY_PLAN_STATE, input({ ratings: { coding: 2, concepts: 3, data: 3, design: 3, behavioral: 3 } }));
    const r2 = currentPlan(r1.state, input({ ratings: { coding: 2, concepts: 3, data: 3, design: 3, behavioral: 3 }, attempts: [{ problemId: 'c-c', startedAt: '2026-03-10T09:00:00Z', endedAt: null, verdict: 'incomplete', score: 0 }] }));
    assert.equal(r2.state, r1.state, 'stored plan reused');
    assert.deepEqual(r2.plan.items.map((i) => i.problemId), r1.plan.items.map((i) => i.problemId));
    const r3 = currentPlan(r2.state, input({ ratings: { coding: 5, concepts: 3, data: 3, design: 1, behavioral: 3 } }));
    assert.equal(r3.plan.items[0]!.round, 'design', 'new ratings, new plan');
    const nextWeek = NOW + 7 * 86_400_000;
    assert.equal(previousWeek(r3.state, weekStart(nextWeek).weekOf, [], [])?.weekOf, '2026-03-09');
  });

  it('self-assessments are 1–5 for each of the five components, one per week', () => {
    assert.equal(selfAssessmentSchema.safeParse({ coding: 1, concepts: 2, data: 3, design: 4, behavioral: 5 }).success, true);
    for (const bad of [{ coding: 0, concepts: 2, data: 3, design: 4, behavioral: 5 }, { coding: 1, concepts: 2, data: 3, design: 4 }, { coding: 1, concepts: 2, data: 3, design: 4, behavioral: 5, extra: 1 }, { coding: 2.5, concepts: 2, data: 3, design: 4, behavioral: 5 }]) {
      assert.equal(selfAssessmentSchema.safeParse(bad).success, false, JSON.stringify(bad));
    }
    let s = withAssessment(EMPTY_PLAN_STATE, '2026-03-02', { coding: 1, concepts: 2, data: 3, design: 4, behavioral: 5 });
    s = withAssessment(s, '2026-03-09', { coding: 2, concepts: 2, data: 3, design: 4, behavioral: 5 });
    s = withAssessment(s, '2026-03-09', { coding: 3, concepts: 2, data: 3, design: 4, behavioral: 5 });
    assert.deepEqual(s.assessments.map((a) => [a.weekOf, a.ratings.coding]), [['2026-03-02', 1], ['2026-03-09', 3]]);
    assert.deepEqual(parsePlanState({ version: 1, plans: 'x' }), EMPTY_PLAN_STATE, 'damaged state → empty');
  });
});
