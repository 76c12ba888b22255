/**
 * End to end, as a user: a workspace with its own problem pack (one broken manifest) shows the
 * pack's problem in the Problems view and the broken field in VS Code's Problems panel; the
 * problem panel names the interpreter that runs the code. Screenshots in dark and light go to
 * docs/screenshots/.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { writeScaffold } from '../../src/core/problems/scaffold';
import { REPO_ROOT } from '../support/codeServer';
import { pickQuickItem, runCommand, textOf, themedWorkbench, webviewFrame } from './workbench';

const SHOTS = join(REPO_ROOT, 'docs', 'screenshots');

const BROKEN = `{
  "id": "my-broken",
  "title": "Broken on purpose",
  "kind": "coding",
  "round": "coding",
  "category": "Team pack",
  "difficulty": "impossible",
  "suggestedMinutes": 10,
  "tags": [],
  "nuances": []
}
`;

for (const theme of ['dark', 'light'] as const) {
  describe(`e2e ecosystem (${theme} theme): own packs and the interpreter`, function () {
    this.timeout(600_000);
    const w = themedWorkbench(theme, 'eco', {
      settings: { 'mlprep.interviewMode': false },
      prepare: async (wb) => {
        const pack = join(wb.workspace, '.mlprep', 'problems');
        await writeScaffold(pack, { id: 'team-weighted-mean', title: 'Team: weighted mean', round: 'coding', difficulty: 'easy', languages: ['python'], category: 'Added by my team' });
        mkdirSync(join(pack, 'my-broken'), { recursive: true });
        writeFileSync(join(pack, 'my-broken', 'problem.json'), BROKEN);
      },
    });
    let page: Page;
    before(() => ({ page } = w));

    it('the broken manifest is in the Problems panel at its line; the pack’s other problem is in the tree', async () => {
      await page.locator('.activitybar [aria-label*="ML Prep"]').first().click();
      await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
      const marker = page.locator('.markers-panel .monaco-list-row', { hasText: 'difficulty' }).first();
      await marker.waitFor({ timeout: 60_000 });
      assert.match((await marker.textContent()) ?? '', /\[Ln 7/);
      await marker.dblclick();
      await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
      const row = page.locator('.monaco-list-row', { hasText: 'Team: weighted mean' }).first();
      if (!(await row.isVisible())) await page.locator('.monaco-list-row', { hasText: 'ML-flavored coding' }).first().click();
      await row.waitFor({ timeout: 30_000 });
      assert.match((await row.textContent()) ?? '', /problems \(workspace\)|workspace/);
      await runCommand(page, 'Notifications: Clear All Notifications');
      await page.screenshot({ path: join(SHOTS, `pack-diagnostics-${theme}.png`) });
    });

    it('the problem panel names the interpreter that runs the code', async () => {
      await runCommand(page, 'View: Close All Editors');
      await runCommand(page, 'View: Toggle Panel Visibility');
      await runCommand(page, 'ML Prep: Start Timed Session');
      await pickQuickItem(page, 'stable-softmax', 'Numerically stable softmax');
      const panel = await webviewFrame(page, '#interpreter');
      const text = await textOf(panel, '#interpreter');
      assert.match(text, /Runs with Python 3\.\d+\.\d+ · \//);
      await runCommand(page, 'Notifications: Clear All Notifications');
      await page.screenshot({ path: join(SHOTS, `interpreter-${theme}.png`) });
    });
  });
}
