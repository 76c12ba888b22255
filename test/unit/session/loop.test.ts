import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { abandonLoop, cardsRound, createLoop, endRound, loopTimeline, parseLoopState, resumeAction, startNextRound } from '../../../src/core/session/loop';
import { defaultPlan, designBehavioralShare, parseLoopOptions, pickProblems, swapCandidates, type PickableProblem, type PickHistory } from '../../../src/core/session/loopPlan';
import { debriefFacts, debriefFocus } from '../../../src/core/session/debrief';
import { LOOPS_DIR, LoopStore } from '../../../src/core/history/loopStore';
import type { LoopRecord, LoopRound } from '../../../src/core/history/loopRecord';
import { toJsonExport, toMarkdownReport, loopsCsv } from '../../../src/core/history/exportFormats';
import { migrateRecord } from '../../../src/core/history/migrate';
import { ATTEMPT_SCHEMA_VERSION } from '../../../src/core/history/model';

const MIN = 60_000;
const DAY = 86_400_000;
const NOW = Date.parse('2026-03-11T10:00:00Z');

const problems: PickableProblem[] = [
  { id: 'c-a', round: 'coding', kind: 'coding' },
  { id: 'c-b', round: 'coding', kind: 'coding' },
  { id: 'c-c', round: 'coding', kind: 'coding' },
  { id: 'k-a', round: 'concepts', kind: 'coding' },
  { id: 'm-a', round: 'metrics', kind: 'coding' },
  { id: 'd-a', round: 'data', kind: 'coding' },
  { id: 'n-a', round: 'nuances', kind: 'coding' },
  { id: 'sd-a', round: 'design', kind: 'design' },
  { id: 'sd-b', round: 'design', kind: 'design' },
  { id: 'b-a', round: 'behavioral', kind: 'behavioral' },
  { id: 'card-a', round: 'concepts', kind: 'concept' },
  { id: 'card-b', round: 'concepts', kind: 'concept' },
  { id: 'card-c', round: 'concepts', kind: 'concept' },
];
const seen = (problemId: string, daysAgo: number, verdict: PickHistory['verdict'], score = verdict === 'pass' ? 100 : 40): PickHistory => ({ problemId, startedAt: new Date(NOW - daysAgo * DAY).toISOString(), verdict, score });

describe('mock loop plans by level', () => {
  it('mid: coding 45 → explain-it cards 15 → concepts/data 30 → design 40 → behavioral 25', () => {
    assert.deepEqual(
      defaultPlan('mid').map((s) => [s.round, s.minutes, s.cards ?? 0]),
      [
        ['coding', 45, 0],
        ['concepts', 15, 5],
        ['concepts', 30, 0],
        ['design', 40, 0],
        ['behavioral', 25, 0],
      ],
    );
  });

  it('senior and staff give design + behavioral a larger share of the minutes than mid', () => {
    const mid = designBehavioralShare(defaultPlan('mid'));
    const senior = designBehavioralShare(defaultPlan('senior'));
    const staff = designBehavioralShare(defaultPlan('staff'));
    assert.ok(senior > mid, `senior ${senior} > mid ${mid}`);
    assert.ok(staff > senior, `staff ${staff} > senior ${senior}`);
    assert.deepEqual(defaultPlan('senior').map((s) => s.round), ['coding', 'concepts', 'design', 'behavioral']);
    assert.deepEqual(defaultPlan('staff').map((s) => s.cards ?? 0), [0, 5, 0, 0]);
  });

  it("the mid plan's concepts/data slot takes the weakest of those rounds (never practised first)", () => {
    assert.equal(defaultPlan('mid', { concepts: 80, metrics: 30, data: 60, nuances: 70 })[2]?.round, 'metrics');
    assert.equal(defaultPlan('mid', { concepts: 80, metrics: 30, data: null, nuances: 70 })[2]?.round, 'data');
  });

  it('script options are validated: unknown level, empty plan, unknown keys, bad minutes are refused', () => {
    assert.ok(parseLoopOptions({ level: 'senior', minutesScale: 0.001 }).ok);
    assert.ok(parseLoopOptions(undefined).ok);
    assert.ok(parseLoopOptions({ plan: [{ round: 'concepts', minutes: 10, cards: 3 }] }).ok);
    for (const bad of [{ plan: [{ round: 'coding', minutes: 10, cards: 3 }] }, { plan: [{ round: 'concepts', minutes: 10, cards: 3, problemId: 'card-a' }] }, { plan: [{ round: 'concepts', minutes: 10, cards: 0 }] }, { plan: [{ round: 'concepts', minutes: 10, cards: 21 }] }]) {
      assert.equal(parseLoopOptions(bad).ok, false, JSON.stringify(bad));
    }
    for (const bad of [{ level: 'intern' }, { plan: [] }, { plan: [{ round: 'coding', minutes: -1 }] }, { plan: [{ round: 'trivia', minutes: 5 }] }, { minutesScale: 0 }, { levle: 'mid' }, 'mid']) {
      const r = parseLoopOptions(bad);
      assert.equal(r.ok, false, JSON.stringify(bad));
    }
  });
});

describe('mock loop problem picking', () => {
  it('an explain-it round takes due cards first (most overdue first), then unseen ones; other rounds never take a card', () => {
    const plan = pickProblems(
      [
        { round: 'concepts', minutes: 15, cards: 2 },
        { round: 'concepts', minutes: 30 },
      ],
      problems,
      [seen('card-a', 1, 'pass')],
      NOW,
      () => 0,
      ['card-c', 'card-a'],
    );
    assert.deepEqual(plan[0]?.cards, ['card-c', 'card-a']);
    assert.equal(plan[0]?.problemId, 'card-c');
    assert.equal(plan[1]?.problemId, 'k-a');
    // No card due: never graded cards come before the one seen yesterday.
    assert.deepEqual(pickProblems([{ round: 'concepts', minutes: 15, cards: 2 }], problems, [seen('card-a', 1, 'pass')], NOW, () => 0)[0]?.cards, ['card-b', 'card-c']);
    // A concepts round without cards and no coding problem left is an error, not a card.
    assert.throws(() => pickProblems([{ round: 'concepts', minutes: 30 }], problems.filter((p) => p.id !== 'k-a'), [], NOW, () => 0), /no problem left for the concepts round/);
    // A cards step is not swapped one by one.
    assert.deepEqual(swapCandidates(plan[0]!, plan, problems), []);
  });

  it('unsolved before solved, never attempted before attempted, nothing seen in the last 14 days when avoidable', () => {
    const history = [seen('c-a', 2, 'fail'), seen('c-b', 30, 'pass')];
    // c-c never attempted → first.
    assert.equal(pickProblems([{ round: 'coding', minutes: 45 }], problems, history, NOW, () => 0)[0]?.problemId, 'c-c');
    // Without c-c: c-a was seen 2 days ago, c-b (solved) 30 days ago → the recent one is avoided.
    const noC = problems.filter((p) => p.id !== 'c-c');
    assert.equal(pickProblems([{ round: 'coding', minutes: 45 }], noC, history, NOW, () => 0)[0]?.problemId, 'c-b');
    // Seen 20 days ago (not recent) and unsolved beats solved.
    const older = [seen('c-a', 20, 'fail'), seen('c-b', 30, 'pass')];
    assert.equal(pickProblems([{ round: 'coding', minutes: 45 }], noC, older, NOW, () => 0)[0]?.problemId, 'c-a');
  });

  it('a recent problem is still picked when it is the only one of its round', () => {
    const plan = pickProblems([{ round: 'behavioral', minutes: 25 }], problems, [seen('b-a', 1, 'pass')], NOW);
    assert.equal(plan[0]?.problemId, 'b-a');
  });

  it('never picks the same problem twice in a loop, keeps given ids, and offers the others for a swap', () => {
    const plan = pickProblems(
      [
        { round: 'design', minutes: 40, problemId: 'sd-a' },
        { round: 'design', minutes: 40 },
      ],
      problems,
      [],
      NOW,
    );
    assert.deepEqual(plan.map((s) => s.problemId), ['sd-a', 'sd-b']);
    assert.throws(() => pickProblems([{ round: 'design', minutes: 1 }, { round: 'design', minutes: 1 }, { round: 'design', minutes: 1 }], problems, [], NOW), /no problem left/);
    const coding = pickProblems([{ round: 'coding', minutes: 45 }], problems, [], NOW, () => 0);
    assert.deepEqual(swapCandidates(coding[0]!, coding, problems).map((p) => p.id).sort(), ['c-a', 'c-b', 'c-c'].filter((x) => x !== coding[0]!.problemId));
  });
});

describe('mock loop timeline (injected clock)', () => {
  const steps = [
    { round: 'coding' as const, minutes: 45, problemId: 'c-a' },
    { round: 'design' as const, minutes: 40, problemId: 'sd-a' },
  ];
  const fresh = (): ReturnType<typeof createLoop> => createLoop({ id: 'L1', level: 'senior', steps, minutesScale: 1, allowHints: false, now: NOW });

  it('shows "Loop n/N · Round · mm:ss" counting down from the budget, then the break, then done', () => {
    let s = fresh();
    assert.equal(loopTimeline(s, NOW + 13 * MIN + 40_000).label, 'Loop 1/2 · Coding · 31:20');
    s = endRound(s, NOW + 44 * MIN, { attemptId: 'A1', timeUsedMs: 44 * MIN, endedBy: 'submit' });
    assert.equal(s.phase, 'break');
    assert.equal(loopTimeline(s, NOW + 45 * MIN).label, 'Loop 1/2 · Break · 04:00');
    s = startNextRound(s, NOW + 49 * MIN);
    assert.equal(loopTimeline(s, NOW + 49 * MIN).label, 'Loop 2/2 · Design · 40:00');
    assert.equal(loopTimeline(s, NOW + 49 * MIN, 35 * MIN).label, 'Loop 2/2 · Design · 35:00', "the session timer's remaining time (hint costs) wins");
    s = endRound(s, NOW + 95 * MIN, { attemptId: null, timeUsedMs: 46 * MIN, endedBy: 'time' });
    assert.equal(s.status, 'completed');
    assert.equal(loopTimeline(s, NOW + 95 * MIN).label, 'Loop 2/2 · Done');
    assert.deepEqual(s.ended.map((e) => e.endedBy), ['submit', 'time']);
  });

  it('an explain-it round keeps its cards and grades through a reload and is recorded with a score from the grades', () => {
    const cardSteps = [
      { round: 'concepts' as const, minutes: 15, problemId: 'card-a', cards: ['card-a', 'card-b', 'card-c'] },
      { round: 'design' as const, minutes: 40, problemId: 'sd-a' },
    ];
    let s = createLoop({ id: 'L3', level: 'mid', steps: cardSteps, minutesScale: 1, allowHints: false, now: NOW });
    assert.equal(loopTimeline(s, NOW).label, 'Loop 1/2 · Explain-it · 15:00');
    s = { ...s, roundCards: [{ cardId: 'card-a', attemptId: 'A1', grade: 'good' as const }] };
    // A reload reads the state back with its cards and the grade so far.
    const back = parseLoopState(JSON.parse(JSON.stringify(s)));
    assert.deepEqual(back?.steps[0]?.cards, ['card-a', 'card-b', 'card-c']);
    assert.deepEqual(back?.roundCards, [{ cardId: 'card-a', attemptId: 'A1', grade: 'good' }]);
    const graded = [
      { cardId: 'card-a', attemptId: 'A1', grade: 'good' as const },
      { cardId: 'card-b', attemptId: 'A2', grade: 'again' as const },
      { cardId: 'card-c', attemptId: 'A3', grade: 'easy' as const },
    ];
    s = endRound(s, NOW + 12 * MIN, { attemptId: 'A3', timeUsedMs: 12 * MIN, endedBy: 'submit', cards: graded });
    assert.equal(s.roundCards, undefined, 'the next round starts with no cards graded');
    const round = cardsRound(s.steps[0]!, s.ended[0]!);
    assert.deepEqual([round.kind, round.verdict, round.score, round.passed, round.total], ['concept', 'pass', 60, 2, 3]);
    assert.deepEqual(round.cards?.map((c) => c.grade), ['good', 'again', 'easy']);
    // Time up after one card: incomplete, the ungraded cards count 0.
    const short = cardsRound(s.steps[0]!, { ...s.ended[0]!, endedBy: 'time', cards: graded.slice(0, 1) });
    assert.deepEqual([short.verdict, short.score, short.passed], ['incomplete', 27, 1]);
    // All graded but mostly "again": a fail.
    const weak = cardsRound(s.steps[0]!, { ...s.ended[0]!, cards: graded.map((g) => ({ ...g, grade: 'again' as const })) });
    assert.equal(weak.verdict, 'fail');
  });

  it('minutesScale scales every budget and the break', () => {
    const s = createLoop({ id: 'L2', level: 'mid', steps, minutesScale: 0.01, allowHints: false, now: NOW });
    assert.equal(s.steps[0]?.budgetMs, 27_000);
    assert.equal(s.breakMs, 3_000);
  });

  it('BATTERY 71: resume after a crash: the same round with the same remaining time, time-up, break, next round', () => {
    const s = fresh();
    const stored = JSON.parse(JSON.stringify(s)) as unknown;
    const back = parseLoopState(stored);
    assert.ok(back);
    assert.deepEqual(resumeAction(back, NOW + 10 * MIN), { kind: 'continue-round', remainingMs: 35 * MIN });
    assert.deepEqual(resumeAction(back, NOW + 46 * MIN), { kind: 'time-up' });
    const onBreak = endRound(back, NOW + 45 * MIN, { attemptId: null, timeUsedMs: 45 * MIN, endedBy: 'time' });
    assert.deepEqual(resumeAction(onBreak, NOW + 46 * MIN), { kind: 'continue-break', remainingMs: 4 * MIN });
    assert.deepEqual(resumeAction(onBreak, NOW + 51 * MIN), { kind: 'start-next' });
    assert.deepEqual(resumeAction(abandonLoop(onBreak, NOW + 47 * MIN), NOW + 48 * MIN), { kind: 'debrief' });
  });

  it('BATTERY 71: a damaged stored loop is refused (not resumed)', () => {
    const s = fresh();
    assert.equal(parseLoopState({ ...s, index: 5 }), undefined);
    assert.equal(parseLoopState({ ...s, phase: 'lunch' }), undefined);
    assert.equal(parseLoopState('{"version":1'), undefined);
  });

  it('abandon records the round in progress as abandoned', () => {
    const s = abandonLoop(fresh(), NOW + 5 * MIN, { attemptId: 'A9', timeUsedMs: 5 * MIN });
    assert.equal(s.status, 'abandoned');
    assert.deepEqual(s.ended.map((e) => [e.attemptId, e.endedBy]), [['A9', 'abandoned']]);
  });
});

const round = (r: Partial<LoopRound> & Pick<LoopRound, 'round'>): LoopRound => ({ kind: 'coding', problemId: 'p', attemptId: null, verdict: 'fail', score: 50, passed: 1, total: 2, budgetMs: 10 * MIN, timeUsedMs: 8 * MIN, hintsUsed: 0, endedBy: 'submit', ...r });

describe('mock loop debrief', () => {
  it('finds the round that ran over most and the weakest signal', () => {
    const f = debriefFacts({ rounds: [round({ round: 'coding', score: 90, timeUsedMs: 12 * MIN }), round({ round: 'design', score: 35, timeUsedMs: 15 * MIN }), round({ round: 'behavioral', score: 60 })] });
    assert.deepEqual(f.mostOver, { index: 1, overMs: 5 * MIN });
    assert.deepEqual(f.weakest, { index: 1, score: 35, component: 'design' });
  });

  it('focus: the lowest combined signal of the loop, the self-ratings and the history', () => {
    const rounds = [round({ round: 'coding', score: 90 }), round({ round: 'design', score: 60 }), round({ round: 'behavioral', score: 70 })];
    assert.equal(debriefFocus({ rounds }, {}, {}).component, 'design');
    // Self-rating 1/4 on behavioral pulls it below design.
    assert.equal(debriefFocus({ rounds }, { behavioral: 1, design: 4 }, {}).component, 'behavioral');
    // An overrun costs 15 points.
    const over = [round({ round: 'coding', score: 70, timeUsedMs: 20 * MIN }), round({ round: 'design', score: 60 })];
    assert.equal(debriefFocus({ rounds: over }, {}, {}).component, 'coding');
    assert.match(debriefFocus({ rounds }, {}, { concepts: 10 }).reason, /concepts/i);
  });
});

const loopRecord = (id: string, startedAt: string, extra: Partial<LoopRecord> = {}): LoopRecord => ({
  schemaVersion: 1,
  id,
  level: 'senior',
  startedAt,
  endedAt: startedAt,
  status: 'completed',
  minutesScale: 1,
  plan: [{ round: 'coding', minutes: 40, problemId: 'c-a' }],
  rounds: [round({ round: 'coding', problemId: 'c-a', attemptId: 'A1' })],
  debrief: { wentWell: 'clear plan', hesitated: 'edge cases', change: 'test first', ratings: { coding: 3 }, focus: { component: 'coding', reason: 'ML coding: scored 50 in this loop.' }, at: startedAt },
  ...extra,
});

describe('mock loop records', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'mlprep-loops-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('saves and lists loops newest first', async () => {
    const store = await LoopStore.open(root);
    await store.save(loopRecord('L1', '2026-03-01T10:00:00.000Z'));
    await store.save(loopRecord('L2', '2026-03-08T10:00:00.000Z'));
    const again = await LoopStore.open(root);
    assert.deepEqual(again.list().map((l) => l.id), ['L2', 'L1']);
  });

  it('BATTERY 70: a damaged loop record is moved aside and reported; the other loops load', async () => {
    const store = await LoopStore.open(root);
    await store.save(loopRecord('L1', '2026-03-01T10:00:00.000Z'));
    writeFileSync(join(root, LOOPS_DIR, 'BAD.json'), '{"schemaVersion": 1, "id": "BAD", "lev');
    writeFileSync(join(root, LOOPS_DIR, 'WRONG.json'), JSON.stringify({ ...loopRecord('WRONG', 'yesterday') }));
    writeFileSync(join(root, LOOPS_DIR, 'NEWER.json'), JSON.stringify({ schemaVersion: 9, id: 'NEWER' }));
    const again = await LoopStore.open(root);
    assert.deepEqual(again.list().map((l) => l.id), ['L1']);
    assert.deepEqual(again.issues.map((i) => i.problem).sort(), ['invalid', 'invalid', 'newer-schema']);
    const names = readdirSync(join(root, LOOPS_DIR));
    assert.ok(names.some((n) => n.startsWith('BAD.json.corrupt-')) && names.includes('NEWER.json'), names.join(', '));
  });

  it('refuses to save an invalid record', async () => {
    const store = await LoopStore.open(root);
    await assert.rejects(store.save({ ...loopRecord('L1', '2026-03-01T10:00:00.000Z'), level: 'intern' as 'mid' }), /invalid loop record/);
  });

  it('exports loops: JSON with plan, rounds and debrief; CSV rows per round; a Markdown section', () => {
    const l = loopRecord('L1', '2026-03-01T10:00:00.000Z');
    const json = JSON.parse(toJsonExport([], [l])) as { loops: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(json.loops[0]!), ['id', 'level', 'startedAt', 'endedAt', 'status', 'plan', 'rounds', 'debrief']);
    assert.deepEqual(json.loops[0]!.plan, [{ round: 'coding', minutes: 40 }]);
    assert.deepEqual(Object.keys((json.loops[0]!.rounds as object[])[0]!), ['round', 'kind', 'problemId', 'attemptId', 'verdict', 'score', 'budgetMs', 'timeUsedMs']);
    assert.deepEqual(Object.keys(json.loops[0]!.debrief as object), ['wentWell', 'hesitated', 'change', 'ratings', 'focus']);
    assert.match(loopsCsv([l]), /^loopId,level,status/);
    assert.match(loopsCsv([l]), /L1,senior,completed,2026-03-01T10:00:00.000Z,1,coding,c-a,A1,fail,50/);
    const md = toMarkdownReport([], { loops: [l], now: new Date(NOW), utcOffset: 0 });
    assert.match(md, /## Mock loops/);
    assert.match(md, /Latest debrief/);
  });

  it('attempt records of version 1 migrate to version 2 (loop link)', () => {
    const r = migrateRecord({ schemaVersion: 1, id: 'A1', loopId: 'stray' }, 1);
    assert.ok(r.ok);
    assert.equal(r.record.schemaVersion, ATTEMPT_SCHEMA_VERSION);
    assert.equal('loopId' in r.record, false);
  });
});
