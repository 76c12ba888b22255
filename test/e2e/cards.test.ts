/**
 * End to end, as a user: an explain-it card in the problem panel, in both themes. Screenshots of
 * the question and of the revealed answer (math, checklist, grade bar) go to docs/screenshots/.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../support/codeServer';
import { pickQuickItem, runCommand, textOf, themedWorkbench, webviewFrame } from './workbench';

const SHOTS = join(REPO_ROOT, 'docs', 'screenshots');
const CARD = { id: 'explain-adam-bias-correction', title: 'Explain why Adam needs bias correction' };

for (const theme of ['dark', 'light'] as const) {
  describe(`CARDS e2e (${theme} theme): an explain-it card in the problem panel`, function () {
    this.timeout(600_000);
    const w = themedWorkbench(theme, 'cards', { settings: { 'mlprep.interviewMode': false } });
    let page: Page;
    before(() => ({ page } = w));

    it('CARDS: shows the question with its timer, reveals the answer with math and a checklist, and records the grade', async () => {
      await runCommand(page, 'ML Prep: Start Timed Session');
      await pickQuickItem(page, CARD.id, CARD.title);
      const panel = await webviewFrame(page, '#reveal');
      await panel.waitForFunction(() => /\d\d:\d\d/.test(document.getElementById('timer')?.textContent ?? ''));
      assert.match(await textOf(panel, '.say-it'), /Say it out loud, or type it/);
      assert.equal(await panel.locator('.key-point').count(), 0, 'the key points stay hidden until the reveal');
      await page.screenshot({ path: join(SHOTS, `card-question-${theme}.png`) });

      await panel.click('#reveal');
      await panel.waitForSelector('.card-section.answer .katex', { timeout: 30_000 });
      const points = panel.locator('.key-point');
      assert.ok((await points.count()) >= 3);
      await points.nth(0).check();
      await points.nth(2).check();
      assert.match(await textOf(panel, '#key-points-title'), /2 of \d+ covered/);
      await page.screenshot({ path: join(SHOTS, `card-answer-${theme}.png`) });

      await panel.click('#grade-good');
      await panel.waitForSelector('.graded', { timeout: 30_000 });
      assert.match(await textOf(panel, '.graded'), /Recorded · next review/);
    });
  });
}
