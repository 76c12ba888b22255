// The bank gate for explain-it cards: every bundled card loads with its question and model
// answer, links only to problems and cards of the pack, and renders (markdown and KaTeX math)
// without errors; the bank has at least 80 cards over every concept category.
import * as assert from 'node:assert/strict';
import { loadAnswer, loadPack, loadStatement } from '../../src/core/problems/loader';
import type { ConceptProblem } from '../../src/core/problems/schema';
import { renderMarkdown } from '../../src/core/render/markdown';
import { CONCEPT_CATEGORIES } from '../../src/core/vocabulary';
import { bundledProblemsDir } from '../unit/judge/support';

const MIN_CARDS = 80;
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

describe('bank: explain-it cards', function () {
  this.timeout(120_000);

  it(`at least ${MIN_CARDS} cards, every category covered, no card diagnostics (related ids resolve)`, async () => {
    const pack = await loadPack(bundledProblemsDir);
    const cards = pack.problems.filter((p): p is ConceptProblem => p.kind === 'concept');
    assert.ok(cards.length >= MIN_CARDS, `${cards.length} cards`);
    for (const c of CONCEPT_CATEGORIES) assert.ok(cards.some((card) => card.category === c), `no card in ${c}`);
    const cardDiagnostics = pack.diagnostics.filter((d) => /[\\/]explain-[^\\/]+[\\/]/.test(d.file));
    assert.deepEqual(cardDiagnostics, []);
  });

  it('every card: a question and a 150–380 word model answer without raw HTML, rendering without KaTeX errors', async () => {
    const pack = await loadPack(bundledProblemsDir);
    const bad: string[] = [];
    for (const card of pack.problems.filter((p): p is ConceptProblem => p.kind === 'concept')) {
      const [statement, answer] = await Promise.all([loadStatement(card), loadAnswer(card)]);
      if (words(statement) < 5) bad.push(`${card.id}: the question is too short`);
      const n = words(answer);
      if (n < 150 || n > 380) bad.push(`${card.id}: the answer has ${n} words`);
      for (const [name, text] of [['statement.md', statement], ['answer.md', answer]] as const) {
        if (/<[a-zA-Z/][^>]*>/.test(text)) bad.push(`${card.id}: ${name} contains raw HTML`);
        // eslint-disable-next-line no-control-regex
        if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) bad.push(`${card.id}: ${name} contains a control character`);
        const html = renderMarkdown(text);
        if (html.includes('katex-error')) bad.push(`${card.id}: ${name} has math KaTeX cannot render`);
      }
    }
    assert.deepEqual(bad, []);
  });
});
