/**
 * `npm start` as a new user runs it: the code-server path, the one URL it prints opened bare in
 * Chromium (no payload, as after a reload or from a bookmark), and the extension is there.
 */
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { REPO_ROOT, launchBrowser, newWorkbenchPage } from '../support/codeServer';
import { waitForWorkbench } from './workbench';

const SHOTS = join(REPO_ROOT, 'artifacts', 'screenshots');

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      srv.close(() => res(port));
    });
  });
}

describe('npm start (code-server path)', function () {
  this.timeout(600_000);
  let child: ChildProcess | undefined;
  let profile: string;
  let browser: Browser | undefined;
  let output = '';

  after(async () => {
    await browser?.close().catch(() => undefined);
    if (child?.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    }
    if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  });

  it('prints one URL, and the bare URL shows the ML Prep container and the Problems view, also after a reload', async () => {
    mkdirSync(SHOTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'mlprep-start-'));
    const port = await freePort();
    child = spawn('npm', ['start'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: String(port), MLPREP_USE_CODE_SERVER: '1', MLPREP_START_PROFILE: profile },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const t0 = Date.now();
    while (!/Stop with Ctrl\+C/.test(output)) {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output}`);
      if (Date.now() - t0 > 300_000) throw new Error(`npm start printed no URL within 300 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const urls = output.match(/https?:\/\/\S+/g) ?? [];
    assert.deepEqual(urls, [`http://127.0.0.1:${port}/`], `exactly one URL, the bare one:\n${output}`);

    browser = await launchBrowser();
    const { page } = await newWorkbenchPage(browser, 'dark');
    await page.goto(urls[0]!, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await waitForWorkbench(page);
    await page.locator('.activitybar [aria-label^="ML Prep"]').first().click();
    await page.locator('.pane-header', { hasText: 'Problems' }).first().waitFor({ timeout: 60_000 });
    await page.locator('.monaco-list-row', { hasText: 'ML-flavored coding' }).first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(SHOTS, 'npm-start-bare-url.png') });

    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForWorkbench(page);
    await page.locator('.monaco-list-row', { hasText: 'ML-flavored coding' }).first().waitFor({ timeout: 60_000 });
  });
});
