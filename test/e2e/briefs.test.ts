/**
 * End to end, as a user: a problem practised from its interview-style brief, in both themes —
 * the short prompt and the clarifying questions, two questions asked and answered in place,
 * then the full statement with the answers kept above it. Screenshots go to docs/screenshots/.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../support/codeServer';
import { pickQuickItem, runCommand, textOf, themedWorkbench, webviewFrame } from './workbench';

const SHOTS = join(REPO_ROOT, 'docs', 'screenshots');

for (const theme of ['dark', 'light'] as const) {
  describe(`BRIEFS e2e (${theme} theme): an interview-style brief in the problem panel`, function () {
    this.timeout(600_000);
    const w = themedWorkbench(theme, 'brief', { settings: { 'mlprep.interviewMode': false } });
    let page: Page;
    before(() => ({ page } = w));

    it('BRIEFS e2e: starts from the brief, answers the questions asked, then shows the full statement', async () => {
      await runCommand(page, 'ML Prep: Start Timed Session');
      await pickQuickItem(page, 'top-k-scores-heap', 'top-k-scores-heap');
      const panel = await webviewFrame(page, '.brief-prompt', 120_000);
      assert.match(await textOf(panel, '.brief-prompt'), /k best-scoring items/);
      assert.equal(await panel.locator('.markdown-body h1').count(), 0, 'the full statement stays closed');
      await panel.click('.brief-question[data-id="ties"]');
      await panel.waitForSelector('.brief-answer[data-id="ties"]');
      await panel.click('.brief-question[data-id="k-bounds"]');
      await panel.waitForSelector('.brief-answer[data-id="k-bounds"]');
      assert.match(await textOf(panel, '.brief-answer[data-id="ties"]'), /lower index comes first/);
      assert.equal(await panel.locator('.brief-question[data-id="ties"]').count(), 0, 'an asked question leaves the list');
      await page.screenshot({ path: join(SHOTS, `brief-${theme}.png`) });
      await panel.click('#show-statement');
      await panel.waitForSelector('details.brief-asked');
      assert.match(await textOf(panel, 'details.brief-asked summary'), /Clarifications you asked \(2\)/);
      await panel.waitForSelector('.markdown-body h1');
      await page.screenshot({ path: join(SHOTS, `brief-statement-${theme}.png`) });
    });
  });
}
