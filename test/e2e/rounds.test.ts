/**
 * End to end: a design round with phase timers and the evidence report, and a behavioral round
 * with follow-up questions and a suggested story, in the real workbench, dark and light.
 * Screenshots go to docs/screenshots/.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, type Workbench } from '../support/codeServer';
import { clockSeconds, pickQuickItem, runCommand, textOf, themedWorkbench, webviewFrame } from './workbench';

const SHOTS = join(REPO_ROOT, 'docs', 'screenshots');

const DESIGN_ANSWER = `
## Clarify and scope
I would first ask about the four actions, approve, step-up, manual review and decline, because a false decline costs margin and lifetime value while a missed fraud costs the item value plus the chargeback fee.

## Metrics
We choose recall at a fixed false-positive rate of 0.5% as the offline metric, because accuracy is meaningless at 0.15% fraud; online we watch the chargeback rate and the approval rate.

## Data
Chargeback labels arrive up to 90 days late, so we split by time: train on months 1 to 9 and evaluate on month 11, leaving a gap for label maturity.

## Evaluation
We evaluate with accuracy on a random split.
`;

const BEHAVIORAL_ANSWER = `
## Situation
Our card-fraud model scored 20M transactions a day for the checkout team.

## Task
I owned the retraining pipeline and the weekly model release.

## Action
I shipped a retrained model without checking that the device features were computed the same way online; I had skipped the parity check to hit the release date. When false declines doubled I rolled back within an hour, wrote the postmortem and added a feature parity test to the release gate.

## Result
False declines went from 2.4% back to 1.1% the same day, and the parity gate has since caught two skew bugs before release.

## Context
I now run a shadow deployment for a day before any feature change reaches traffic.
`;

const STORY = `---
title: Rolled back a fraud model after a skew bug
competencies: [failure, technical judgment]
date: 2025-03-14
failure: true
impact: ["false declines 2.4% -> 1.1%"]
---
## Situation
`;

for (const theme of ['dark', 'light'] as const) {
  describe(`e2e FBUI (${theme} theme): design and behavioral rounds`, function () {
    this.timeout(600_000);
    const w = themedWorkbench(theme, 'fbui', {
      settings: { 'mlprep.interviewMode': false },
      prepare: (wb) => {
        mkdirSync(join(wb.practiceFolder, 'stories'), { recursive: true });
        writeFileSync(join(wb.practiceFolder, 'stories', 'skew-rollback.md'), STORY);
      },
    });
    let page: Page;
    let wb: Workbench;
    before(() => ({ page, wb } = w));

    it('a design round counts down each phase, moves on with Next phase, and reports covered phases with evidence', async () => {
      await runCommand(page, 'ML Prep: Start ML System Design Round');
      await pickQuickItem(page, 'fraud', 'fraud');
      const panel = await webviewFrame(page, '#stage-clock');
      await panel.waitForFunction(() => /Clarify/i.test(document.getElementById('stage-title')?.textContent ?? ''), undefined, { timeout: 60_000 });
      const first = clockSeconds(await textOf(panel, '#stage-clock'));
      await page.waitForTimeout(2000);
      assert.ok(clockSeconds(await textOf(panel, '#stage-clock')) < first, 'the phase clock counts down');
      const status = await page.locator('.statusbar-item', { hasText: /Clarify/ }).first().textContent();
      assert.match(status ?? '', /\d\d:\d\d · Clarify.* \d\d:\d\d/, 'the status bar shows the phase and its time');
      await panel.click('#next-phase');
      await panel.waitForFunction(() => /Fram/i.test(document.getElementById('stage-title')?.textContent ?? ''), undefined, { timeout: 30_000 });
      assert.equal(await panel.locator('.stage.done').count(), 1, 'the first phase is done');

      const file = join(wb.practiceFolder, 'fraud-detection', 'answer.md');
      writeFileSync(file, readFileSync(file, 'utf8') + DESIGN_ANSWER);
      await page.waitForTimeout(1500);
      await panel.click('#submit');
      await panel.waitForSelector('#report', { timeout: 60_000 });
      const covered = panel.locator('#report-phases .report-item[data-covered="true"]');
      assert.ok((await covered.count()) >= 1, 'some phases are covered');
      const quote = await covered.first().locator('blockquote').first().textContent();
      assert.ok(quote && DESIGN_ANSWER.includes(quote.trim()), `the evidence is a sentence of the answer: ${quote}`);
      assert.ok((await panel.locator('#report-redflags .red-flag').count()) >= 1, 'accuracy on a random split is a red flag');
      await panel.click('#score-metrics-2');
      await panel.waitForSelector('#score-metrics-2.on', { timeout: 15_000 });
      await runCommand(page, 'Notifications: Clear All Notifications');
      await panel.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SHOTS, `design-report-${theme}.png`) });
      await panel.locator('#report-redflags').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `design-redflags-${theme}.png`) });
      await runCommand(page, 'ML Prep: Stop Session').catch(() => undefined);
    });

    it('a behavioral round suggests a matching story, asks the follow-ups one at a time, then shows the STAR-C report', async () => {
      await runCommand(page, 'ML Prep: Start Behavioral Round');
      await pickQuickItem(page, 'mistake', 'mistake');
      const panel = await webviewFrame(page, '#suggestions');
      await panel.waitForFunction(() => /skew bug/.test(document.getElementById('suggestions')?.textContent ?? ''), undefined, { timeout: 60_000 });
      assert.match(await textOf(panel, '.stage-label'), /Your answer/);
      const file = join(wb.practiceFolder, 'biggest-technical-mistake', 'answer.md');
      writeFileSync(file, readFileSync(file, 'utf8') + BEHAVIORAL_ANSWER);
      await page.waitForTimeout(1500);
      await page.screenshot({ path: join(SHOTS, `behavioral-round-${theme}.png`) });
      await panel.click('#next-phase');
      await panel.waitForFunction(() => /Follow-up 1 of/.test(document.querySelector('.stage-label')?.textContent ?? ''), undefined, { timeout: 30_000 });
      const question = await textOf(panel, '#stage-title');
      const deadline = Date.now() + 30_000;
      while (!readFileSync(file, 'utf8').includes(`## Follow-up 1: ${question}`) && Date.now() < deadline) await page.waitForTimeout(250);
      assert.ok(readFileSync(file, 'utf8').includes(`## Follow-up 1: ${question}`), 'the question is a heading of the answer');
      assert.doesNotMatch(readFileSync(file, 'utf8'), /## Follow-up 2: /, 'one question at a time');
      await page.waitForTimeout(1000);
      await page.screenshot({ path: join(SHOTS, `behavioral-followup-${theme}.png`) });
      // On to the end: the last question's button finishes the round and checks the answer.
      for (let i = 0; i < 10 && !(await panel.$('#report')); i++) {
        if (await panel.$('#next-phase')) await panel.click('#next-phase').catch(() => undefined);
        await page.waitForTimeout(700);
      }
      await panel.waitForSelector('#report[data-kind="behavioral"]', { timeout: 60_000 });
      assert.ok((await panel.locator('#report-starc .report-item[data-covered="true"]').count()) >= 3, 'the STAR-C parts are found');
      await runCommand(page, 'Notifications: Clear All Notifications');
      await panel.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SHOTS, `behavioral-report-${theme}.png`) });
    });
  });
}
