/**
 * End to end, as a user: a mock loop started from the palette, its timeline, the break after a
 * Submit, and the debrief. Screenshots go to docs/screenshots/loop-*.png.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../support/codeServer';
import { clockSeconds, pickQuickItem, runCommand, textOf, themedWorkbench, webviewFrame } from './workbench';

const SHOTS = join(REPO_ROOT, 'docs', 'screenshots');

for (const theme of ['dark', 'light'] as const) {
  describe(`LOOPS e2e (${theme} theme): a mock loop in the real workbench`, function () {
    this.timeout(600_000);
    const w = themedWorkbench(theme, 'loop', { settings: { 'mlprep.targetLevel': 'senior' } });
    let page: Page;
    before(() => ({ page } = w));

    it('LOOPS e2e: starts a senior loop from the palette; the timeline counts down in the panel and the status bar', async () => {
      await runCommand(page, 'ML Prep: Start Mock Interview Loop');
      await pickQuickItem(page, 'senior', 'senior');
      await pickQuickItem(page, 'Start', 'Start the loop');
      const loop = await webviewFrame(page, '#loop-clock', 120_000);
      const first = clockSeconds(await textOf(loop, '#loop-clock'));
      await page.waitForTimeout(2000);
      assert.ok(clockSeconds(await textOf(loop, '#loop-clock')) < first, 'the loop clock counts down');
      const status = await page.locator('.statusbar-item', { hasText: /Loop 1\/4/ }).first().textContent();
      assert.match(status ?? '', /Loop 1\/4 · Coding · \d\d:\d\d/);
      await page.screenshot({ path: join(SHOTS, `loop-timeline-${theme}.png`) });
    });

    it('LOOPS e2e: Submit ends the round and the break screen follows', async () => {
      await runCommand(page, 'ML Prep: Submit Solution');
      const loop = await webviewFrame(page, '#next-round', 120_000);
      assert.match(await textOf(loop, '.clock-label'), /Break/);
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SHOTS, `loop-break-${theme}.png`) });
    });

    it('LOOPS e2e: Abandon (confirmed) leads to the debrief, which saves with a focus for next week', async () => {
      const loop = await webviewFrame(page, '#abandon-loop');
      await loop.click('#abandon-loop');
      await page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Abandon Loop' }).first().click({ timeout: 30_000 });
      const debrief = await webviewFrame(page, '#save-debrief', 60_000);
      await debrief.fill('#went-well', 'Clarified the ranking metric before coding.');
      await debrief.fill('#hesitated', 'Choosing the candidate generation budget.');
      await debrief.fill('#change', 'State latency numbers earlier.');
      await debrief.click('input[name="rating-coding"][value="3"]');
      await debrief.click('input[name="rating-design"][value="2"]');
      await debrief.click('#save-debrief');
      await debrief.waitForSelector('.tile.focus', { timeout: 30_000 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SHOTS, `loop-debrief-${theme}.png`) });
    });
  });
}
