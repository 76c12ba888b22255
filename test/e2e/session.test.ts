/**
 * End to end, as a user: code-server + Chromium, the extension loaded in development mode.
 * Screenshots go to artifacts/screenshots/ (git-ignored).
 */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, type Workbench } from '../support/codeServer';
import { clockSeconds, pickQuickItem, runCommand, textOf, themedWorkbench, waitForWorkbench, webviewFrame } from './workbench';

const SHOTS = join(REPO_ROOT, 'artifacts', 'screenshots');

const CORRECT = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'solutions', 'softmax_correct.py'), 'utf8');

const NAIVE = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'solutions', 'softmax_naive.py'), 'utf8');

for (const theme of ['dark', 'light'] as const) {
  describe(`e2e (${theme} theme): a timed session in the real workbench`, function () {
    this.timeout(600_000);
    const w = themedWorkbench(theme, 'session', { settings: { 'mlprep.interviewMode': false } });
    let page: Page;
    let wb: Workbench;
    before(() => ({ page, wb } = w));

    it('starts a session from the palette and the timer counts down', async () => {
      await runCommand(page, 'ML Prep: Start Timed Session');
      await pickQuickItem(page, 'stable-softmax', 'Numerically stable softmax');
      const panel = await webviewFrame(page, '#timer');
      await panel.waitForFunction(() => /\d\d:\d\d/.test(document.getElementById('timer')?.textContent ?? ''));
      const first = clockSeconds(await textOf(panel, '#timer'));
      await page.waitForTimeout(2000);
      const second = clockSeconds(await textOf(panel, '#timer'));
      assert.ok(second < first, `timer decreased (${first} → ${second})`);
      const status = await page.locator('.statusbar-item', { hasText: /\d\d:\d\d/ }).first().textContent();
      assert.match(status ?? '', /\d\d:\d\d/, 'status bar shows the remaining time');
      await page.screenshot({ path: join(SHOTS, `session-${theme}.png`) });
    });

    it('submits a correct solution and sees every case pass', async () => {
      const file = join(wb.practiceFolder, 'stable-softmax', 'solution.py');
      assert.match(readFileSync(file, 'utf8'), /def softmax/, 'solution file created from the starter');
      writeFileSync(file, CORRECT);
      await page.waitForTimeout(1500); // the editor picks up the change on disk
      const panel = await webviewFrame(page, '#submit');
      await panel.click('#submit');
      await panel.waitForSelector('#summary[data-verdict="pass"]', { timeout: 60_000 });
      const summary = await textOf(panel, '#summary');
      const m = /(\d+) \/ (\d+) passed/.exec(summary);
      assert.ok(m && m[1] === m[2], `all passed: ${summary}`);
      await page.screenshot({ path: join(SHOTS, `submit-pass-${theme}.png`) });
    });

    it('submits a naive solution and sees the failed case with expected vs actual', async () => {
      const file = join(wb.practiceFolder, 'stable-softmax', 'solution.py');
      writeFileSync(file, NAIVE);
      await page.waitForTimeout(1500);
      const panel = await webviewFrame(page, '#submit');
      await panel.click('#submit');
      await panel.waitForSelector('#summary[data-verdict="fail"]', { timeout: 60_000 });
      const failedVisible = panel.locator('details.case[open]').first();
      await failedVisible.waitFor();
      const text = (await failedVisible.textContent()) ?? '';
      assert.match(text, /Expected/);
      assert.match(text, /Actual|Runtime error/);
      await page.screenshot({ path: join(SHOTS, `submit-fail-${theme}.png`) });
    });

    it('a failed hidden nuance test opens the Hints view on that nuance card', async () => {
      await runCommand(page, 'ML Prep: Start Timed Session');
      await pickQuickItem(page, 'train-serve-scaler', 'train-serve-scaler');
      const panel = await webviewFrame(page, '#submit');
      // The panel still shows the previous problem until the new session arrives.
      await panel.waitForFunction(() => /training scaler/.test(document.querySelector('h1.title')?.textContent ?? ''), undefined, { timeout: 60_000 });
      const wrong = readFileSync(join(REPO_ROOT, 'problems', 'train-serve-scaler', 'solutions', findIgnoresNuance('train-serve-scaler')), 'utf8');
      writeFileSync(join(wb.practiceFolder, 'train-serve-scaler', 'solution.py'), wrong);
      await page.waitForTimeout(1500);
      const frame = await webviewFrame(page, 'h1.title');
      await frame.click('#submit');
      await frame.waitForSelector('#summary[data-verdict="fail"]', { timeout: 60_000 });
      const hints = await webviewFrame(page, '#focus-notice', 30_000);
      const focused = await hints.locator('details.card.focused').getAttribute('data-nuance');
      assert.equal(focused, 'training-serving-skew');
      await runCommand(page, 'Notifications: Clear All Notifications');
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SHOTS, `nuance-hint-${theme}.png`) });
    });

    if (theme === 'dark') {
      it('after a window reload the panel and timer come back with the same remaining time (±1 s)', async () => {
        const panel = await webviewFrame(page, '#timer');
        await panel.click('#pause');
        await panel.waitForFunction(() => document.querySelector('.timer')?.classList.contains('paused'));
        const before = clockSeconds(await textOf(panel, '#timer'));
        await page.reload({ waitUntil: 'domcontentloaded', timeout: 120_000 });
        await waitForWorkbench(page);
        const revived = await webviewFrame(page, '#timer', 120_000);
        await revived.waitForFunction(() => /\d\d:\d\d/.test(document.getElementById('timer')?.textContent ?? ''), undefined, { timeout: 60_000 });
        const after = clockSeconds(await textOf(revived, '#timer'));
        assert.ok(Math.abs(after - before) <= 1, `remaining ${before} s before, ${after} s after the reload`);
        await page.screenshot({ path: join(SHOTS, `after-reload-${theme}.png`) });
      });
    }

    it('a design round shows the prompt and checks the answer against the rubric', async () => {
      await runCommand(page, 'ML Prep: Start ML System Design Round');
      await pickQuickItem(page, 'fraud', 'fraud');
      const panel = await webviewFrame(page, '#submit');
      await panel.waitForFunction(() => /fraud/i.test(document.querySelector('h1.title')?.textContent ?? ''), undefined, { timeout: 60_000 });
      assert.equal(await panel.locator('#run').isHidden(), true, 'no Run for a discussion round');
      await panel.click('#submit');
      await panel.waitForFunction(() => /Rubric coverage/.test(document.getElementById('summary')?.textContent ?? ''), undefined, { timeout: 30_000 });
      assert.match(await textOf(panel, '#summary'), /Rubric coverage: 0 \/ 9/);
      await runCommand(page, 'Notifications: Clear All Notifications');
      await page.screenshot({ path: join(SHOTS, `design-${theme}.png`) });
    });

    it('the progress dashboard shows per-round figures and the weekly trend', async () => {
      await runCommand(page, 'ML Prep: Show Progress');
      const dash = await webviewFrame(page, '#trend-chart', 60_000);
      await dash.waitForSelector('#per-round tbody tr', { timeout: 30_000 });
      const rows = await dash.locator('#per-round tbody tr').count();
      assert.equal(rows, 7, 'one row per round');
      const attempts = await textOf(dash, '.tile .tile-value');
      assert.ok(Number(attempts) >= 2, `attempts recorded: ${attempts}`);
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SHOTS, `progress-${theme}.png`) });
      await runCommand(page, 'View: Close Editor');
    });

    if (theme === 'dark') {
      // Last of its suite: after interview mode has rewritten the user settings, the extension in
      // code-server no longer sees mlprep.practiceFolder (new files would go to the default folder).
      it('what is typed into the custom-case form survives session updates; adding a case empties it', async () => {
        await runCommand(page, 'ML Prep: Start Timed Session');
        await pickQuickItem(page, 'stable-softmax', 'Numerically stable softmax');
        const panel = await webviewFrame(page, '#tab-custom');
        await panel.waitForFunction(() => /softmax/i.test(document.querySelector('h1.title')?.textContent ?? ''), undefined, { timeout: 60_000 });
        await panel.click('#tab-custom');
        const typed = { '#custom-name': 'three equal', '#custom-args': '[[1, 1, 1]]', '#custom-expected': '[0.3333333333, 0.3333333333, 0.3333333333]' };
        const type = async (): Promise<void> => {
          for (const [field, text] of Object.entries(typed)) await panel.fill(field, text);
        };
        const assertFields = async (expectTyped: boolean, when: string): Promise<void> => {
          for (const [field, text] of Object.entries(typed)) assert.equal(await panel.inputValue(field), expectTyped ? text : '', `${field} ${when}`);
        };

        await type();
        await panel.click('#custom-add');
        await panel.waitForSelector('.custom-case', { timeout: 30_000 });
        await assertFields(false, 'empty once the case is added');
        await panel.click('.custom-case .icon-button');
        await panel.waitForSelector('.custom-case', { state: 'detached', timeout: 30_000 });

        await type();
        // Each toggle makes the host post a new 'session' message; the badge shows it arrived.
        await runCommand(page, 'ML Prep: Toggle Interview Mode for This Session');
        await panel.waitForSelector('.meta .badge.interview', { timeout: 30_000 });
        await assertFields(true, 'kept after interview mode was turned on');
        await runCommand(page, 'ML Prep: Toggle Interview Mode for This Session');
        await panel.waitForSelector('.meta .badge.interview', { state: 'detached', timeout: 30_000 });
        await assertFields(true, 'kept after interview mode was turned off');
        await page.screenshot({ path: join(SHOTS, `custom-cases-${theme}.png`) });
      });
    }
  });
}

function findIgnoresNuance(id: string): string {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'problems', id, 'problem.json'), 'utf8')) as { wrong: { ignoresNuance?: string; files: { python: string } }[] };
  const w = manifest.wrong.find((x) => x.ignoresNuance);
  if (!w) throw new Error(`${id} has no ignores-nuance wrong solution`);
  return w.files.python.replace(/^solutions\//, '');
}
