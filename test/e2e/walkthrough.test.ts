/**
 * The walkthrough, as a user sees it: its step images are screenshots of this run (the problem
 * panel, per-case results, the Hints view, the progress dashboard, a design round, the command
 * palette), written to artifacts/walkthrough/; then "ML Prep: Get Started" opens the walkthrough
 * (with the shipped images of media/walkthrough/) and it is captured in
 * docs/screenshots/walkthrough-<theme>.png.
 *
 * To refresh the shipped images, run this spec with MLPREP_WALKTHROUGH_MEDIA=1 (it then writes to
 * media/walkthrough/) and shrink them before committing (840 px wide, 96 colours: a full-size
 * screenshot is about 190 KB, the shrunk one 60–90 KB, and the package ships twelve).
 */
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT, launchBrowser, startCodeServer, workbenchUrl, type Workbench } from '../support/codeServer';
import { pickQuickItem, runCommand, waitForWorkbench, webviewFrame } from './workbench';

const MEDIA = process.env.MLPREP_WALKTHROUGH_MEDIA === '1' ? join(REPO_ROOT, 'media', 'walkthrough') : join(REPO_ROOT, 'artifacts', 'walkthrough');
const DOCS = join(REPO_ROOT, 'docs', 'screenshots');

for (const theme of ['dark', 'light'] as const) {
  describe(`walkthrough (${theme} theme): step images and the rendered walkthrough`, function () {
    this.timeout(600_000);
    let wb: Workbench;
    let browser: Browser;
    let page: Page;
    const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(MEDIA, `${name}-${theme}.png`) });

    before(async () => {
      mkdirSync(MEDIA, { recursive: true });
      mkdirSync(DOCS, { recursive: true });
      wb = await startCodeServer({ settings: { 'workbench.colorTheme': theme === 'dark' ? 'Default Dark Modern' : 'Default Light Modern', 'mlprep.interviewMode': false } });
      browser = await launchBrowser();
      const context = await browser.newContext({ viewport: { width: 1200, height: 750 }, colorScheme: theme });
      page = await context.newPage();
      await page.goto(workbenchUrl(wb), { waitUntil: 'domcontentloaded', timeout: 120_000 });
      await waitForWorkbench(page);
    });

    after(async () => {
      await browser?.close().catch(() => undefined);
      await wb?.stop();
    });

    it('captures a session: the panel with its timer, then per-case results of a Submit', async () => {
      await runCommand(page, 'ML Prep: Start Timed Session');
      await pickQuickItem(page, 'stable-softmax', 'Numerically stable softmax');
      const panel = await webviewFrame(page, '#timer');
      await panel.waitForFunction(() => /\d\d:\d\d/.test(document.getElementById('timer')?.textContent ?? ''));
      await page.waitForTimeout(1000);
      await shot('first-session');
      await panel.click('#submit');
      await panel.waitForSelector('#summary[data-verdict]', { timeout: 60_000 });
      await runCommand(page, 'Notifications: Clear All Notifications');
      await page.waitForTimeout(500);
      await shot('run-submit');
    });

    it('captures the Hints view, the progress dashboard and a design round', async () => {
      await runCommand(page, 'ML Prep: Show Hints');
      await webviewFrame(page, '.hint-head', 60_000);
      await page.waitForTimeout(500);
      await shot('hints');
      await runCommand(page, 'ML Prep: Show Progress');
      const dash = await webviewFrame(page, '#trend-chart', 60_000);
      await dash.waitForSelector('table.rounds tbody tr', { timeout: 30_000 });
      await page.waitForTimeout(500);
      await shot('progress');
      await runCommand(page, 'View: Close Editor');
      await runCommand(page, 'ML Prep: Start ML System Design Round');
      await pickQuickItem(page, 'feed-ranking', 'Rank a social home feed');
      const design = await webviewFrame(page, '#submit');
      await design.waitForFunction(() => /feed/i.test(document.querySelector('h1.title')?.textContent ?? ''), undefined, { timeout: 60_000 });
      await design.click('#submit');
      await design.waitForFunction(() => /Rubric coverage/.test(document.getElementById('summary')?.textContent ?? ''), undefined, { timeout: 30_000 });
      await runCommand(page, 'Notifications: Clear All Notifications');
      await page.waitForTimeout(500);
      await shot('design-round');
    });

    it('captures the command palette with the ML Prep commands', async () => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input >> visible=true').first();
      await input.fill('>ML Prep: Start');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Start Mock Interview Loop' }).first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(300);
      await shot('mock-loop');
      await page.keyboard.press('Escape');
    });

    it('"ML Prep: Get Started" opens the walkthrough with its six steps and their images', async () => {
      await runCommand(page, 'View: Close All Editors');
      await runCommand(page, 'ML Prep: Get Started');
      const title = page.locator('.gettingStartedContainer', { hasText: 'Get started with ML Interview Prep' }).first();
      await title.waitFor({ timeout: 60_000 });
      for (const step of ['Start your first timed session', 'Run the examples, then Submit', 'Hints and production nuance cards', 'Past attempts and your progress', 'An ML system design round', 'A mock interview loop']) {
        assert.ok(await page.locator('.getting-started-step', { hasText: step }).first().isVisible(), `step "${step}" shown`);
      }
      await page.locator('.getting-started-step', { hasText: 'Run the examples, then Submit' }).first().click();
      const image = page.locator('.getting-started-media img').first();
      await image.waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('.getting-started-media img');
        return !!img && img.complete && img.naturalWidth > 0;
      }, undefined, { timeout: 30_000 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(DOCS, `walkthrough-${theme}.png`) });
      const src = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLImageElement>('.getting-started-media img')).map((i) => i.currentSrc || i.src).join(' '));
      assert.match(src, /run-submit-(dark|light)\.png/);
    });
  });
}
