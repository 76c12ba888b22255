/**
 * End to end, as a user: the live data round in the problem panel, in both themes — a pandas
 * problem on the shop's export (its dataset produced at first use) submitted and passing, and a
 * SQL problem whose result rows differ from the expected ones. Screenshots go to docs/screenshots/.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, type Workbench } from '../support/codeServer';
import { pickQuickItem, runCommand, textOf, themedWorkbench, webviewFrame } from './workbench';

const SHOTS = join(REPO_ROOT, 'docs', 'screenshots');
const PANDAS = { id: 'orders-monthly-revenue', title: /Monthly revenue/ };
const SQL = { id: 'sql-funnel', title: /conversion funnel/ };

for (const theme of ['dark', 'light'] as const) {
  describe(`DATA e2e (${theme} theme): pandas and SQL exercises in the problem panel`, function () {
    this.timeout(600_000);
    const w = themedWorkbench(theme, 'data', { settings: { 'mlprep.interviewMode': false } });
    let page: Page;
    let wb: Workbench;
    before(() => ({ page, wb } = w));

    it('DATA e2e: a pandas solution on the generated shop export passes every case', async () => {
      await runCommand(page, 'ML Prep: Start Timed Session');
      await pickQuickItem(page, PANDAS.id, PANDAS.id);
      const panel = await webviewFrame(page, 'h1.title');
      await panel.waitForFunction((re) => new RegExp(re).test(document.querySelector('h1.title')?.textContent ?? ''), PANDAS.title.source, { timeout: 60_000 });
      const file = join(wb.practiceFolder, PANDAS.id, 'solution.py');
      assert.match(readFileSync(file, 'utf8'), /import pandas|def /, 'solution file created from the starter');
      writeFileSync(file, readFileSync(join(REPO_ROOT, 'problems', PANDAS.id, 'solutions', 'reference.py'), 'utf8'));
      await page.waitForTimeout(1500);
      await panel.click('#submit');
      await panel.waitForSelector('#summary[data-verdict="pass"]', { timeout: 240_000 });
      const m = /(\d+) \/ (\d+) passed/.exec(await textOf(panel, '#summary'));
      assert.ok(m && m[1] === m[2], 'every case passed');
      await runCommand(page, 'Notifications: Clear All Notifications');
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SHOTS, `data-pandas-pass-${theme}.png`) });
    });

    it('DATA e2e: a SQL query that loses the step order shows expected and actual rows', async () => {
      await runCommand(page, 'ML Prep: Start Timed Session');
      await pickQuickItem(page, SQL.id, SQL.id);
      const panel = await webviewFrame(page, 'h1.title');
      await panel.waitForFunction((re) => new RegExp(re).test(document.querySelector('h1.title')?.textContent ?? ''), SQL.title.source, { timeout: 60_000 });
      const file = join(wb.practiceFolder, SQL.id, 'solution.sql');
      writeFileSync(file, readFileSync(join(REPO_ROOT, 'problems', SQL.id, 'solutions', 'wrong-unordered-steps.sql'), 'utf8'));
      await page.waitForTimeout(1500);
      await panel.click('#run');
      await panel.waitForSelector('#summary[data-verdict="fail"]', { timeout: 240_000 });
      const failed = panel.locator('details.case[open]').first();
      await failed.waitFor();
      const text = (await failed.textContent()) ?? '';
      assert.match(text, /Expected/);
      assert.match(text, /Actual/);
      await runCommand(page, 'Notifications: Clear All Notifications');
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SHOTS, `data-sql-diff-${theme}.png`) });
    });
  });
}
