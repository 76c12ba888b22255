import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, commandFailure, stopAnySession, waitFor } from './helpers';

interface TreeNodeLike {
  kind: string;
  problem?: { id: string };
  round?: string;
  category?: string;
}

describe('CARDS: explain-it cards, quick-fire and FSRS due dates', function () {
  this.timeout(180_000);
  after(stopAnySession);

  it('CARDS: a quick-fire session by script records ticks and grades, then the FSRS due dates appear in the Problems tree', async () => {
    const a = await api();
    const store = a.history();
    assert.ok(store, 'history store open');
    const before = new Set(store.list().map((x) => x.id));

    const started = (await vscode.commands.executeCommand('mlprep.startQuickFire', { count: 3, minutes: 10 })) as { cards: string[]; endsAt: string };
    assert.equal(started.cards.length, 3);
    assert.ok(started.cards.every((id) => a.catalog.get(id)?.kind === 'concept'));
    assert.equal(a.getSessionState()?.problemId, started.cards[0]);
    assert.ok(a.views.problemPanel.isOpen);

    // Grade each card through the panel's own messages: reveal, tick, grade.
    const plan: { grade: 'again' | 'good' | 'easy'; ticked: number[] }[] = [
      { grade: 'again', ticked: [0] },
      { grade: 'good', ticked: [0, 1, 2] },
      { grade: 'easy', ticked: [1, 0] },
    ];
    for (let i = 0; i < 3; i++) {
      await waitFor(() => a.getSessionState()?.problemId === started.cards[i], `card ${i + 1} on screen`);
      await a.deliverWebviewMessage('problem', { type: 'revealAnswer' });
      await a.deliverWebviewMessage('problem', { type: 'gradeCard', ...plan[i] });
    }
    await waitFor(() => a.getSessionState() === undefined, 'the run ends after the last card');

    const added = store.list().filter((x) => !before.has(x.id) && x.kind === 'concept');
    assert.deepEqual(
      added.map((x) => [x.problemId, x.selfRating, x.passed, x.verdict]).sort(),
      [
        [started.cards[0], 1, 1, 'fail'],
        [started.cards[1], 3, 3, 'pass'],
        [started.cards[2], 4, 2, 'pass'],
      ].sort(),
    );
    // The export carries the ticked points and grades.
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'mlprep-cards-export-')), 'history.json');
    await vscode.commands.executeCommand('mlprep.exportHistory', 'json', file);
    const exported = JSON.parse(await fs.readFile(file, 'utf8')) as { attempts: { id: string; card?: { ticked: number[]; grade: string; revealedAt?: string } }[] };
    const cardOf = (id: string) => exported.attempts.find((r) => r.id === added.find((x) => x.problemId === id)?.id)?.card;
    assert.deepEqual(cardOf(started.cards[2])?.ticked, [0, 1]);
    assert.equal(cardOf(started.cards[2])?.grade, 'easy');
    assert.ok(cardOf(started.cards[0])?.revealedAt, 'the reveal time is kept');

    // The Problems tree shows each graded card's next review (FSRS: again 1 day, good 3, easy 8).
    const concepts = (a.views.problemsTree.getChildren() as TreeNodeLike[]).find((n) => n.kind === 'round' && n.round === 'concepts');
    assert.ok(concepts, 'the concepts round is in the tree');
    const leaves: TreeNodeLike[] = [];
    for (const n of a.views.problemsTree.getChildren(concepts) as TreeNodeLike[]) {
      if (n.kind === 'problem') leaves.push(n);
      else leaves.push(...(a.views.problemsTree.getChildren(n) as TreeNodeLike[]).filter((x) => x.kind === 'problem'));
    }
    const describe = (id: string) => {
      const node = leaves.find((n) => n.problem?.id === id);
      assert.ok(node, `${id} in the tree`);
      return a.views.problemsTree.describe(node);
    };
    assert.match(describe(started.cards[0]).description, /review tomorrow$/);
    assert.match(describe(started.cards[1]).description, /review in 3 d$/);
    assert.match(describe(started.cards[2]).description, /review in 8 d$/);
  });

  it('CARDS: BATTERY 102: odd quick-fire options and a grade without a card are refused with a reason, and nothing is recorded', async () => {
    const a = await api();
    const count = a.history()?.list().length ?? 0;
    assert.match(await commandFailure('mlprep.startQuickFire', { count: 0 }), /count must be a whole number of cards from 1 to 100/);
    assert.match(await commandFailure('mlprep.startQuickFire', { cards: 3 }), /unknown quick-fire option\(s\): cards/);
    const before = a.views.problemPanel.rejectedMessages;
    await a.deliverWebviewMessage('problem', { type: 'gradeCard', grade: 'superb', ticked: [] });
    await a.deliverWebviewMessage('problem', { type: 'gradeCard', grade: 'good', ticked: [99] });
    assert.equal(a.views.problemPanel.rejectedMessages, before + 2, 'malformed grades are rejected by the protocol');
    assert.equal(a.history()?.list().length, count);
  });
});
