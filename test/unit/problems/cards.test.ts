import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadAnswer, loadPack, validatePack } from '../../../src/core/problems/loader';
import type { ConceptProblem, Problem } from '../../../src/core/problems/schema';
import { conceptManifestSchema } from '../../../src/core/problems/schema';
import { reviewSchedule, type ReviewAttempt } from '../../../src/core/history/review';
import { quickFireOptions, selectQuickFire } from '../../../src/core/session/quickFire';
import { withOutcome } from '../../../src/core/history/outcome';
import { ATTEMPT_SCHEMA_VERSION, parseAttempt } from '../../../src/core/history/model';
import { draft } from '../history/helpers';
import { cleanupTemp, fixturesDir, tempDir } from '../judge/support';

const CARDS = path.join(fixturesDir, 'cards');

function copyCards(): string {
  const dir = path.join(tempDir('mlprep-cards-'), 'pack');
  fs.cpSync(CARDS, dir, { recursive: true });
  return dir;
}

function manifest(dir: string, id: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(dir, id, 'problem.json'), 'utf8')) as Record<string, unknown>;
}

function edit(dir: string, id: string, change: (m: Record<string, unknown>) => void): void {
  const m = manifest(dir, id);
  change(m);
  fs.writeFileSync(path.join(dir, id, 'problem.json'), JSON.stringify(m));
}

/** The messages zod gives for a card manifest changed by `change`. */
function messages(change: (m: Record<string, unknown>) => void): string[] {
  const m = manifest(CARDS, 'explain-momentum');
  change(m);
  const r = conceptManifestSchema.safeParse(m);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

after(() => cleanupTemp());

describe('explain-it cards: schema and loader', () => {
  it('loads the fixture cards as kind concept in the round concepts, with their model answers', async () => {
    const pack = await loadPack(CARDS);
    assert.deepEqual(
      pack.problems.map((p) => [p.id, p.kind, p.round]),
      [
        ['explain-adam-fixture', 'concept', 'concepts'],
        ['explain-momentum', 'concept', 'concepts'],
        ['explain-precision-recall-fixture', 'concept', 'concepts'],
      ],
    );
    const momentum = pack.problems.find((p) => p.id === 'explain-momentum') as ConceptProblem;
    assert.equal(momentum.keyPoints.length, 4);
    assert.match(await loadAnswer(momentum), /\$\$v_t = \\beta v_\{t-1\}/);
  });

  it('BATTERY 100: malformed cards get messages in words that name the field', () => {
    const cases: [string, (m: Record<string, unknown>) => void, RegExp][] = [
      ['id', (m) => (m.id = 'momentum'), /^id: a concept card id must be "explain-"/],
      ['round', (m) => (m.round = 'coding'), /^round: a concept card belongs to the round "concepts"/],
      ['category', (m) => (m.category = 'Cooking'), /^category: a concept card's category must be one of: Optimisation, /],
      ['minutes', (m) => (m.suggestedMinutes = 5), /^suggestedMinutes: a card takes 1 to 3 minutes/],
      ['too few key points', (m) => (m.keyPoints = ['a', 'b']), /^keyPoints: a card needs 3 to 6 key points/],
      ['long key point', (m) => ((m.keyPoints as string[])[1] = 'x'.repeat(161)), /^keyPoints\.1: a key point must be at most 160 characters/],
      ['blank key point', (m) => ((m.keyPoints as string[])[0] = '   '), /^keyPoints\.0: a key point must not be empty/],
      ['too many mistakes', (m) => (m.mistakes = ['a', 'b', 'c', 'd', 'e']), /^mistakes: a card needs 2 to 4 common mistakes/],
      ['related twice', (m) => (m.related = ['roc-auc', 'roc-auc']), /^related\.1: "roc-auc" is listed twice/],
      ['related to itself', (m) => (m.related = ['explain-momentum']), /^related\.0: a card cannot link to itself/],
      ['extra field', (m) => (m.hints = []), /Unrecognized key/],
      ['no tags', (m) => (m.tags = []), /^tags: a card needs at least one tag/],
    ];
    for (const [name, change, expected] of cases) {
      const got = messages(change);
      assert.ok(
        got.some((g) => expected.test(g)),
        `${name}: ${JSON.stringify(got)}`,
      );
    }
  });

  it('BATTERY 101: a card without answer.md or statement.md is not loaded, and says which file is missing', async () => {
    const dir = copyCards();
    fs.rmSync(path.join(dir, 'explain-momentum', 'answer.md'));
    fs.rmSync(path.join(dir, 'explain-adam-fixture', 'statement.md'));
    const pack = await loadPack(dir);
    assert.deepEqual(
      pack.problems.map((p) => p.id),
      ['explain-precision-recall-fixture'],
    );
    const text = pack.diagnostics.map((d) => `${path.basename(d.file)}: ${d.message}`).join('\n');
    assert.match(text, /answer\.md: missing answer\.md \(a concept card needs its model answer\)/);
    assert.match(text, /statement\.md: missing statement\.md \(a concept card needs its question\)/);
  });

  it('BATTERY 101: a related id that is not in the catalogue is a warning; the card still loads', async () => {
    const pack = await loadPack(CARDS);
    const warnings = pack.diagnostics.filter((d) => d.severity === 'warning');
    assert.deepEqual(
      warnings.map((d) => [path.basename(path.dirname(d.file)), d.path, d.message]),
      [['explain-adam-fixture', 'related[1]', 'related id "no-such-problem" is not a problem or card of the catalogue']],
    );
    assert.ok(pack.problems.some((p) => p.id === 'explain-adam-fixture'));
    assert.equal(pack.diagnostics.length, 1, 'the other related ids are known');
  });

  it('validatePack reports the unknown related id and a card whose files are missing', async () => {
    const dir = copyCards();
    edit(dir, 'explain-precision-recall-fixture', (m) => (m.related = ['explain-momentum']));
    const diags = await validatePack(dir);
    assert.deepEqual(
      diags.map((d) => [d.path, d.severity ?? 'error']),
      [['related[1]', 'warning']],
    );
  });
});

describe('explain-it cards: quick-fire selection and grades', () => {
  const T = Date.parse('2025-06-01T09:00:00Z');
  const card = (id: string): ConceptProblem => ({ id, kind: 'concept' }) as unknown as ConceptProblem;
  const graded = (id: string, day: number, g: 1 | 2 | 3 | 4): ReviewAttempt => {
    const at = new Date(T + day * 86_400_000).toISOString();
    return { id: `A-${id}-${day}`, problemId: id, kind: 'concept', selfRating: g, verdict: g >= 3 ? 'pass' : 'fail', hintsUsed: 0, overtime: false, startedAt: at, endedAt: at };
  };

  it('due cards first (most overdue first), then new ones, then the rest soonest first; at most count', () => {
    const cards = ['explain-a', 'explain-b', 'explain-c', 'explain-d', 'explain-e', 'explain-f'].map(card);
    // a: again on day 0 (due day 1); b: good on day 0 (due day 3); c: easy on day 0 (due day 8); d: again on day 2 (due day 3).
    const schedule = reviewSchedule([graded('explain-a', 0, 1), graded('explain-b', 0, 3), graded('explain-c', 0, 4), graded('explain-d', 2, 1)]);
    const now = new Date(T + 3.5 * 86_400_000);
    const ids = (n: number): string[] => selectQuickFire(cards, schedule, now, n).map((c) => c.id);
    assert.deepEqual(ids(10), ['explain-a', 'explain-b', 'explain-d', 'explain-e', 'explain-f', 'explain-c']);
    assert.deepEqual(ids(2), ['explain-a', 'explain-b']);
    assert.deepEqual(ids(4), ['explain-a', 'explain-b', 'explain-d', 'explain-e']);
    // A schedule entry of a problem that is not a card is ignored.
    const mixed = [...schedule, { ...schedule[0], problemId: 'roc-auc' }];
    assert.ok(!selectQuickFire(cards, mixed, now, 10).some((c) => (c as Problem).id === 'roc-auc'));
  });

  it('script options: defaults 10 cards in 15 minutes; wrong values are refused with the reason', () => {
    assert.deepEqual(quickFireOptions(undefined), { ok: true, options: { count: 10, minutes: 15 } });
    assert.deepEqual(quickFireOptions({ count: 3 }), { ok: true, options: { count: 3, minutes: 15 } });
    assert.deepEqual(quickFireOptions({ count: 0 }), { ok: false, error: 'count must be a whole number of cards from 1 to 100' });
    assert.deepEqual(quickFireOptions({ minutes: -1 }), { ok: false, error: 'minutes must be a number above 0 and at most 180' });
    assert.deepEqual(quickFireOptions({ count: 2.5 }), { ok: false, error: 'count must be a whole number of cards from 1 to 100' });
    assert.deepEqual(quickFireOptions({ cards: 3 }), { ok: false, error: 'unknown quick-fire option(s): cards (allowed: count, minutes)' });
    assert.equal(quickFireOptions('ten').ok, false);
  });

  it('a card attempt: passed/total are the ticked key points, the verdict follows the grade; bad ticks are refused', () => {
    const base = { ...draft({ kind: 'concept', problemId: 'explain-momentum' }), schemaVersion: ATTEMPT_SCHEMA_VERSION, runs: [] };
    const good = withOutcome({ ...base, selfRating: 3, card: { keyPoints: 4, ticked: [0, 2, 3], grade: 'good' as const } });
    assert.deepEqual([good.verdict, good.passed, good.total, good.score], ['pass', 3, 4, 75]);
    assert.ok(parseAttempt(good).ok);
    const hard = withOutcome({ ...base, selfRating: 2, card: { keyPoints: 4, ticked: [0, 1, 2, 3], grade: 'hard' as const } });
    assert.equal(hard.verdict, 'fail');
    for (const ticked of [[4], [1, 1], [-1]]) {
      const r = parseAttempt({ ...good, card: { keyPoints: 4, ticked, grade: 'good' } });
      assert.equal(r.ok, false, JSON.stringify(ticked));
    }
  });
});
