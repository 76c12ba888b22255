import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MlPrepApi } from '../../src/ui/api';
import { api, commandFailure, note, stopAnySession, waitFor } from './helpers';

interface ExportedLoop {
  id: string;
  level: string;
  status: string;
  plan: { round: string; minutes: number; cards?: string[] }[];
  rounds: { round: string; kind: string; problemId: string; attemptId: string | null; verdict: string; score: number; budgetMs: number; timeUsedMs: number; cards?: { cardId: string; attemptId: string | null; grade: string }[] }[];
  debrief: { wentWell: string; hesitated: string; change: string; ratings: Record<string, number>; focus: { component: string } } | null;
}

/**
 * Runs a loop started by script: every round but the last ends with a Submit of the file as it
 * stands; the last one runs out of time (judged as it stands). Returns the loop id.
 */
async function runLoop(a: MlPrepApi, level: 'mid' | 'senior', minutesScale: number): Promise<string> {
  const started = (await vscode.commands.executeCommand('mlprep.startMockLoop', { level, minutesScale })) as { id: string; plan: { round: string; minutes: number; problemId: string; cards?: string[] }[] };
  assert.ok(started?.id, 'loop started');
  const total = started.plan.length;
  for (let i = 0; i < total; i++) {
    const step = started.plan[i]!;
    await waitFor(() => a.loops.current()?.phase === 'round' && a.loops.current()?.index === i && a.getSessionState()?.problemId === step.problemId, `round ${i + 1} of the ${level} loop`, 30_000);
    const timeline = new RegExp(`Loop ${i + 1}/${total} · [\\w-]+ · \\+?\\d\\d:\\d\\d`);
    await waitFor(() => timeline.test(a.views.statusBar.text), `the status bar timeline of round ${i + 1}`);
    if (step.cards) {
      // The explain-it round: each card on screen in turn, revealed and graded through the panel's
      // messages, while the round's clock runs (a short budget may end it before the last card).
      const inRound = (): boolean => a.loops.current()?.phase === 'round' && a.loops.current()?.index === i;
      for (const card of step.cards) {
        const shown = await waitFor(() => !inRound() || a.getSessionState()?.problemId === card, `card ${card} of the explain-it round`, 30_000);
        if (!shown || !inRound()) break;
        assert.equal(a.getSessionState()?.loopId, started.id, 'the card session belongs to the loop');
        await a.deliverWebviewMessage('problem', { type: 'revealAnswer' });
        await a.deliverWebviewMessage('problem', { type: 'gradeCard', grade: 'good', ticked: [0] });
      }
      await waitFor(() => !inRound(), `the end of the explain-it round ${i + 1}`, 60_000);
      continue;
    }
    const s = a.getSessionState()!;
    assert.equal(s.interviewMode, true, 'interview mode on inside a loop');
    if (i < total - 1) {
      await vscode.commands.executeCommand('mlprep.submit');
      await waitFor(() => a.loops.current()?.phase === 'break' || a.loops.current()?.index !== i, `the break after round ${i + 1}`, 30_000);
    }
  }
  // The last round ends at time-up.
  await waitFor(() => a.loops.list().find((l) => l.id === started.id && l.status === 'completed'), `the ${level} loop to complete at time-up`, 60_000);
  return started.id;
}

describe('LOOPS: mock interview loops in real VS Code', function () {
  this.timeout(300_000);
  const abandonAny = async (): Promise<void> => {
    const a = await api();
    if (a.loops.current()) await vscode.commands.executeCommand('mlprep.abandonLoop', true);
  };
  beforeEach(abandonAny);
  after(async () => {
    const a = await api();
    if (a.loops.current()) await vscode.commands.executeCommand('mlprep.abandonLoop', true);
    await stopAnySession();
  });

  it('LOOPS: a mid and a senior loop run end to end by script; rounds recorded and linked; debrief saved; both in the JSON export and the Past Attempts tree', async () => {
    const a = await api();
    const t0 = Date.now();
    const midId = await runLoop(a, 'mid', 0.01);
    note(`mid loop (minutesScale 0.01) ran in ${Date.now() - t0} ms`);
    // Debrief by script.
    const saved = (await vscode.commands.executeCommand('mlprep.debriefLoop', { wentWell: 'clarified the metric first', hesitated: 'serving latency budget', change: 'write the test cases before coding', ratings: { coding: 3, design: 2 } })) as { debrief: { focus: { component: string } } };
    assert.ok(saved?.debrief?.focus.component, 'debrief saved with a focus');
    const t1 = Date.now();
    const seniorId = await runLoop(a, 'senior', 0.01);
    note(`senior loop (minutesScale 0.01) ran in ${Date.now() - t1} ms`);
    await vscode.commands.executeCommand('mlprep.debriefLoop', { wentWell: 'structure', hesitated: 'trade-offs', change: 'numbers earlier' });

    // Each round's attempt is recorded, linked, and carries the loop id.
    const store = a.history();
    assert.ok(store);
    for (const id of [midId, seniorId]) {
      const loop = a.loops.list().find((l) => l.id === id)!;
      assert.equal(loop.rounds.length, loop.plan.length);
      assert.equal(loop.rounds.at(-1)?.endedBy, 'time', 'the last round ended at time-up');
      for (const r of loop.rounds) {
        assert.ok(r.attemptId, `round ${r.round} has its attempt`);
        if (r.kind === 'concept') {
          // The explain-it round: every graded card has its attempt, linked to the loop.
          assert.ok(r.cards && r.cards.length > 0, 'at least one card graded in the explain-it round');
          for (const c of r.cards) assert.equal(store.summary(c.attemptId!)?.problemId, c.cardId);
          assert.equal(r.passed, r.cards.filter((c) => c.grade === 'good').length);
          continue;
        }
        assert.equal(store.summary(r.attemptId)?.problemId, r.problemId);
      }
    }

    // Export.
    const target = path.join(os.tmpdir(), `mlprep-loops-${Date.now()}.json`);
    assert.equal(await vscode.commands.executeCommand('mlprep.exportHistory', 'json', target), target);
    const exported = JSON.parse(await fs.readFile(target, 'utf8')) as { attempts: { id: string; loopId?: string }[]; loops: ExportedLoop[] };
    const mid = exported.loops.find((l) => l.id === midId);
    const senior = exported.loops.find((l) => l.id === seniorId);
    assert.ok(mid && senior, 'both loops exported');
    assert.deepEqual(mid.plan.map((p) => p.round).filter((r) => r === 'coding' || r === 'design' || r === 'behavioral'), ['coding', 'design', 'behavioral']);
    assert.equal(mid.plan.length, 5);
    assert.deepEqual(senior.plan.map((p) => [p.round, p.cards?.length ?? 0]), [['coding', 0], ['concepts', 5], ['design', 0], ['behavioral', 0]]);
    const share = (l: ExportedLoop): number => l.plan.filter((p) => p.round === 'design' || p.round === 'behavioral').reduce((n, p) => n + p.minutes, 0) / l.plan.reduce((n, p) => n + p.minutes, 0);
    assert.ok(share(senior) > share(mid), `senior design+behavioral share ${share(senior)} > mid ${share(mid)}`);
    assert.equal(mid.debrief?.wentWell, 'clarified the metric first');
    assert.deepEqual(mid.debrief?.ratings, { coding: 3, design: 2 });
    for (const r of [...mid.rounds, ...senior.rounds]) assert.equal(exported.attempts.find((x) => x.id === r.attemptId)?.loopId !== undefined, true, 'the attempt links back to its loop');

    // Past Attempts: a "Mock loops" node → the loop → its rounds.
    const top = a.views.attemptsTree.getChildren() as { kind: string }[];
    const loopsNode = top.find((n) => n.kind === 'loops');
    assert.ok(loopsNode, 'Mock loops node');
    const loopNodes = a.views.attemptsTree.getChildren(loopsNode) as { kind: string; loop: { id: string } }[];
    const midNode = loopNodes.find((n) => n.loop.id === midId);
    assert.ok(midNode);
    assert.equal((a.views.attemptsTree.getChildren(midNode) as { kind: string }[]).filter((n) => n.kind === 'round').length, 5);

    // The debrief page of the loop panel.
    await vscode.commands.executeCommand('mlprep.showLoop');
    await a.views.loopPanel.whenReady();
    assert.equal(a.views.loopPanel.current?.type, 'debrief');
  });

  it('LOOPS: a reload in the middle of a round resumes the same round with the same remaining time (±1 s); Abandon records it', async () => {
    const a = await api();
    const started = (await vscode.commands.executeCommand('mlprep.startMockLoop', { level: 'senior', minutesScale: 0.2 })) as { id: string };
    await waitFor(() => a.loops.current()?.phase === 'round' && a.getSessionState(), 'round 1');
    await new Promise((r) => setTimeout(r, 1500));
    const before = a.loops.current()!;
    const problemBefore = a.getSessionState()!.problemId;
    const t = Date.now();
    await a.loops.simulateReload();
    const after = a.loops.current()!;
    const elapsed = Date.now() - t;
    assert.equal(after.id, started.id);
    assert.equal(after.index, before.index);
    assert.equal(a.getSessionState()?.problemId, problemBefore);
    const drift = Math.abs(before.timeline.remainingMs - elapsed - after.timeline.remainingMs);
    note(`reload mid-round: remaining ${before.timeline.remainingMs} ms before, ${after.timeline.remainingMs} ms after (${elapsed} ms later), drift ${drift} ms`);
    assert.ok(drift <= 1000, `drift ${drift} ms`);
    assert.equal(await vscode.commands.executeCommand('mlprep.abandonLoop', true), true);
    assert.equal(a.loops.list().find((l) => l.id === started.id)?.status, 'abandoned');
    assert.equal(a.loops.current(), undefined);
    assert.equal(a.getSessionState(), undefined);
  });

  it('LOOPS: an explain-it round survives a reload: the graded card stays graded, the rest go on under the same deadline', async () => {
    const a = await api();
    const started = (await vscode.commands.executeCommand('mlprep.startMockLoop', { level: 'mid', plan: [{ round: 'concepts', minutes: 10, cards: 3 }, { round: 'design', minutes: 40 }] })) as { id: string; plan: { cards?: string[] }[] };
    const cards = started.plan[0]!.cards!;
    assert.equal(cards.length, 3);
    await waitFor(() => a.getSessionState()?.problemId === cards[0], 'the first card');
    assert.equal(a.views.statusBar.text.includes('Explain-it'), true, a.views.statusBar.text);
    await a.deliverWebviewMessage('problem', { type: 'revealAnswer' });
    await a.deliverWebviewMessage('problem', { type: 'gradeCard', grade: 'hard', ticked: [0] });
    await waitFor(() => a.getSessionState()?.problemId === cards[1], 'the second card');
    const before = a.loops.current()!;
    const t = Date.now();
    await a.loops.simulateReload();
    // The round goes on with the cards not graded yet: the second one first.
    await waitFor(() => a.getSessionState()?.problemId === cards[1], 'the second card after the reload');
    const after = a.loops.current()!;
    assert.equal(after.index, 0);
    const drift = Math.abs(before.timeline.remainingMs - (Date.now() - t) - after.timeline.remainingMs);
    assert.ok(drift <= 1500, `drift ${drift} ms`);
    for (const card of cards.slice(1)) {
      await waitFor(() => a.getSessionState()?.problemId === card, `card ${card}`);
      await a.deliverWebviewMessage('problem', { type: 'revealAnswer' });
      await a.deliverWebviewMessage('problem', { type: 'gradeCard', grade: 'easy', ticked: [0, 1] });
    }
    await waitFor(() => a.loops.current()?.phase === 'break', 'the break after the explain-it round', 30_000);
    const round = a.loops.list().find((l) => l.id === started.id)?.rounds[0];
    assert.deepEqual(round?.cards?.map((c) => [c.cardId, c.grade]), [
      [cards[0], 'hard'],
      [cards[1], 'easy'],
      [cards[2], 'easy'],
    ]);
    assert.deepEqual([round?.kind, round?.verdict, round?.score, round?.passed, round?.total], ['concept', 'pass', 80, 2, 3]);
    assert.equal(await vscode.commands.executeCommand('mlprep.abandonLoop', true), true);
  });

  it('LOOPS: starting another problem in the middle of a round ends that round as it stands (the loop moves on to its break)', async () => {
    const a = await api();
    const started = (await vscode.commands.executeCommand('mlprep.startMockLoop', { level: 'senior', plan: [{ round: 'coding', minutes: 10 }, { round: 'design', minutes: 10 }] })) as { id: string; plan: { problemId: string }[] };
    await waitFor(() => a.loops.current()?.phase === 'round' && a.getSessionState()?.problemId === started.plan[0]!.problemId, 'round 1');
    const other = a.catalog.all().find((p) => p.kind === 'coding' && p.id !== started.plan[0]!.problemId)!.id;
    await vscode.commands.executeCommand('mlprep.startSession', other);
    await waitFor(() => a.loops.current()?.phase === 'break', 'the break after the replaced round', 15_000);
    const round = a.loops.list().find((l) => l.id === started.id)?.rounds[0];
    assert.equal(round?.endedBy, 'submit');
    assert.equal(a.getSessionState()?.problemId, other, 'the problem the user started stays open');
    assert.equal(await vscode.commands.executeCommand('mlprep.abandonLoop', true), true);
  });

  it('LOOPS: the study plan puts the lowest-rated component first; bad input is refused with a clear error', async () => {
    const a = await api();
    await vscode.commands.executeCommand('mlprep.setSelfAssessment', { coding: 4, concepts: 4, data: 3, design: 5, behavioral: 1 });
    const plan = (await vscode.commands.executeCommand('mlprep.getStudyPlan')) as { weekOf: string; level: string; items: { round: string; kind: string; problemId?: string; reason: string; done: boolean }[] };
    assert.match(plan.weekOf, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(plan.items[0]?.round, 'behavioral');
    assert.ok(plan.items.some((i) => i.kind === 'mock-loop'));
    await vscode.commands.executeCommand('mlprep.setSelfAssessment', { coding: 1, concepts: 4, data: 3, design: 5, behavioral: 4 });
    const again = (await vscode.commands.executeCommand('mlprep.getStudyPlan')) as { items: { round: string }[] };
    assert.equal(again.items[0]?.round, 'coding');
    assert.match(await commandFailure('mlprep.setSelfAssessment', { coding: 9 }), /self-assessment/i);
    assert.match(await commandFailure('mlprep.startMockLoop', { level: 'intern' }), /level/);
    assert.match(await commandFailure('mlprep.debriefLoop', { wentWell: 1 }), /debrief/i);
    assert.equal(a.loops.current(), undefined, 'no loop started by bad options');
    // A malformed panel message is refused before anything acts on it.
    await vscode.commands.executeCommand('mlprep.showLoop');
    await a.views.loopPanel.whenReady();
    const rejected = a.views.loopPanel.rejectedMessages;
    await a.deliverLoopMessage({ type: 'debrief', wentWell: 'x', hesitated: 'y', change: 'z', ratings: { coding: 9 } });
    await a.deliverLoopMessage({ type: 'openProblem', problemId: '../etc' });
    assert.equal(a.views.loopPanel.rejectedMessages, rejected + 2);
  });
});
