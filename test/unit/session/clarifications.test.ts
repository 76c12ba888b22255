// Interview-style briefs: the brief file is validated with its JSON path; asking is recorded in
// order, an unknown or repeated question changes nothing, and the attempt keeps how many of the
// key questions were asked — with no effect on the score.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { attemptSchema } from '../../../src/core/history/model';
import { summarize } from '../../../src/core/history/model';
import { PackError, loadBrief, loadPack, validatePack } from '../../../src/core/problems/loader';
import type { Brief, CodingProblem } from '../../../src/core/problems/schema';
import { askQuestion, clarificationsOf, clarificationsSummary, openStatement, startClarifications } from '../../../src/core/session/clarifications';
import { bundledProblemsDir, cleanupTemp, fixturesDir, tempDir } from '../judge/support';

const brief: Brief = {
  prompt: 'Compute ROC-AUC of the scores against the labels.',
  questions: [
    { id: 'ties', ask: 'How are ties treated?', answer: 'As one half.', key: true },
    { id: 'size', ask: 'How large is the input?', answer: 'Up to 100,000.', key: true },
    { id: 'return', ask: 'What do I return?', answer: 'A float.' },
  ],
};

describe('interview-style briefs: clarifying questions', () => {
  after(cleanupTemp);

  it('asks in order with the time; an unknown or repeated question changes nothing; the statement opens once', () => {
    let c = startClarifications(brief);
    assert.deepEqual(c, { asked: [], keyIds: ['ties', 'size'], total: 3 });
    c = askQuestion(c, brief, 'return', 1_000);
    c = askQuestion(c, brief, 'ties', 2_000);
    assert.equal(askQuestion(c, brief, 'ties', 3_000), c, 'a repeat changes nothing');
    assert.equal(askQuestion(c, brief, 'made-up', 3_000), c, 'an unknown id changes nothing');
    c = openStatement(c, 5_000);
    assert.equal(openStatement(c, 9_000).fullStatementAt, 5_000, 'the first opening counts');
    const kept = clarificationsOf(c, 500);
    assert.deepEqual(kept, { asked: [{ id: 'return', atMs: 500 }, { id: 'ties', atMs: 1_500 }], fullStatementAtMs: 4_500, keyAsked: 1, keyTotal: 2, total: 3 });
    assert.equal(clarificationsSummary(kept), 'asked 1 of 2 key questions (2 of 3 in all)');
  });

  it('the attempt keeps them (schema), the index summary counts them, and an attempt without them still loads', () => {
    const base = {
      schemaVersion: 2, id: '01JNXYZ0000000000000000000', problemId: 'roc-auc', kind: 'coding', round: 'metrics', title: 'ROC-AUC', difficulty: 'medium', language: 'python',
      startedAt: '2026-01-01T10:00:00.000Z', endedAt: null, budgetMs: 1_500_000, timeUsedMs: 60_000, pausedMs: 0, overtime: false, overtimeMs: 0, runs: [],
      verdict: 'pass', passed: 7, total: 7, score: 100, hintsUsed: 0, hints: [], interviewMode: true,
    };
    const withBrief = attemptSchema.parse({ ...base, clarifications: clarificationsOf(askQuestion(startClarifications(brief), brief, 'size', 10), 0) });
    const s = summarize(withBrief);
    assert.equal(s.clarificationsAsked, 1);
    assert.equal(s.keyQuestionsAsked, '1/2');
    assert.equal(s.score, 100, 'asking costs nothing');
    const plain = summarize(attemptSchema.parse(base));
    assert.equal(plain.clarificationsAsked, null);
    assert.equal(plain.keyQuestionsAsked, null);
  });

  it('BATTERY 114: a brief.json with a missing answer, a duplicate id and no key question is refused with its JSON paths; the problem still loads', async () => {
    const dir = tempDir('mlprep-brief-');
    fs.cpSync(path.join(fixturesDir, 'pack'), dir, { recursive: true });
    const pack = await loadPack(dir);
    const p = pack.problems.find((x) => x.kind === 'coding') as CodingProblem;
    fs.writeFileSync(path.join(p.dir, 'brief.json'), JSON.stringify({ prompt: 'A short prompt that says enough.', questions: [{ id: 'a', ask: 'First question?' }, { id: 'a', ask: 'Second question?', answer: 'Yes.' }, { id: 'c', ask: 'Third question?', answer: 'No.' }] }));
    await assert.rejects(loadBrief(p), (err: unknown) => {
      assert.ok(err instanceof PackError);
      const paths = err.diagnostics.map((d) => d.path);
      assert.ok(paths.includes('questions[0].answer'), paths.join(', '));
      return true;
    });
    fs.writeFileSync(path.join(p.dir, 'brief.json'), JSON.stringify({ prompt: 'A short prompt that says enough.', questions: [{ id: 'a', ask: 'First question?', answer: 'Yes.' }, { id: 'a', ask: 'Second question?', answer: 'Yes.' }, { id: 'c', ask: 'Third question?', answer: 'No.' }] }));
    const diags = await validatePack(dir);
    const mine = diags.filter((d) => d.file.endsWith('brief.json'));
    assert.ok(mine.some((d) => d.path === 'questions[1].id' && /used twice/.test(d.message)), JSON.stringify(mine));
    assert.ok(mine.some((d) => d.path === 'questions' && /key/.test(d.message)), JSON.stringify(mine));
    assert.ok((await loadPack(dir)).problems.some((x) => x.id === p.id), 'the problem still loads');
    fs.rmSync(path.join(p.dir, 'brief.json'));
    assert.equal(await loadBrief(p), undefined, 'no brief: undefined');
  });

  it('the bundled pack has at least 10 valid briefs', async () => {
    const pack = await loadPack(bundledProblemsDir);
    let n = 0;
    for (const p of pack.problems) {
      if (p.kind !== 'coding') continue;
      const b = await loadBrief(p);
      if (!b) continue;
      n++;
      assert.ok(b.questions.filter((q) => q.key).length >= 1, p.id);
    }
    assert.ok(n >= 10, `${n} briefs`);
  });
});
