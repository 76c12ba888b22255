import * as assert from 'node:assert/strict';
import { sentences } from '../../../src/core/design/text';

describe('the user’s own sentences of a markdown answer', () => {
  const template = '# Title\n\n## 1. Metrics (~5 min)\n\n- Which metrics?\n\nYour answer:\n\n## 2. Serving\n\nYour answer:\n';

  it('drops template lines, keeps headings as sections, and quotes exact substrings', () => {
    const answer = `${template.replace('## 2. Serving', 'We use PR-AUC, e.g. at 0.15% positives, vs. ROC-AUC. Recall@100 too!\n\n## 2. Serving')}\n- **Fallback:** rules engine after 60 ms.\n  Continued on the next line.\n`;
    const s = sentences(answer, template);
    assert.deepEqual(s.map((x) => x.text), ['We use PR-AUC, e.g. at 0.15% positives, vs. ROC-AUC.', 'Recall@100 too!', '- **Fallback:** rules engine after 60 ms.', 'Continued on the next line.']);
    for (const x of s) assert.equal(answer.slice(x.start, x.end), x.text);
    assert.deepEqual(s.map((x) => x.heading), ['metrics', 'metrics', 'serving', 'serving']);
    assert.equal(s[2]?.label, 'fallback');
    assert.equal(s[2]?.norm, 'fallback: rules engine after 60 ms.');
  });

  it('a paragraph wrapped over lines is one block; blank lines and bullets start new ones', () => {
    const s = sentences('First part of a sentence\nthat continues here. Second one.\n\n- A bullet\n- Another bullet', '');
    assert.deepEqual(s.map((x) => x.text), ['First part of a sentence\nthat continues here.', 'Second one.', '- A bullet', '- Another bullet']);
    assert.deepEqual(s.map((x) => x.block), [0, 0, 1, 2]);
  });

  it('ignores code blocks and table rules; inline labels and bold STAR-C letters are labels', () => {
    const s = sentences('```\nx = 1. y = 2\n```\n| a | b |\n|---|---|\n**S:** At a lender, our model.', '');
    assert.deepEqual(s.map((x) => x.text), ['| a | b |', '**S:** At a lender, our model.']);
    assert.equal(s[1]?.label, 's');
  });
});
