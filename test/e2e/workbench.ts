/** Playwright helpers for driving the code-server workbench. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { REPO_ROOT, launchBrowser, newWorkbenchPage, startCodeServer, workbenchUrl, type Workbench } from '../support/codeServer';

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
  // The extension host and our contributions are ready when the activity bar shows ML Prep.
  await page.waitForSelector('.activitybar [aria-label^="ML Prep"], .activitybar [aria-label*="ML Prep"]', { timeout: 120_000 });
}

/** Runs a command through the command palette, as a user would. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input >> visible=true').first();
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 15_000 });
  // Accept with Enter on the focused input once our command is the highlighted (first) row: a
  // mouse click can land while the list re-renders, or lose focus to a webview, and run nothing.
  const first = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).first();
  await first.waitFor({ timeout: 15_000 }).catch(() => undefined);
  await input.press('Enter');
  if (!(await paletteClosed(page, 5_000))) {
    await row.click().catch(() => undefined);
    if (!(await paletteClosed(page, 10_000))) throw new Error(`the command palette did not run "${title}"`);
  }
}

/** Whether no visible quick input still holds a command-palette query (starting with ">"). */
async function paletteClosed(page: Page, timeoutMs: number): Promise<boolean> {
  return page
    .waitForFunction(() => {
      const inputs = Array.from(document.querySelectorAll<HTMLInputElement>('.quick-input-widget input'));
      return !inputs.some((i) => i.offsetParent !== null && i.value.startsWith('>'));
    }, undefined, { timeout: timeoutMs })
    .then(() => true, () => false);
}

/** Picks an item of the open quick pick by typing a filter and pressing Enter. */
export async function pickQuickItem(page: Page, filter: string, rowText: string): Promise<void> {
  // Wait for the command's own quick pick, not the palette that is still closing.
  await page.waitForFunction(() => {
    const inputs = Array.from(document.querySelectorAll<HTMLInputElement>('.quick-input-widget input'));
    return inputs.some((i) => i.offsetParent !== null && !i.value.startsWith('>'));
  }, undefined, { timeout: 60_000 });
  const input = page.locator('.quick-input-widget input >> visible=true').first();
  await input.fill(filter);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
}

/** The frame of a webview whose document contains `selector` (webviews sit in nested iframes). */
export async function webviewFrame(page: Page, selector: string, timeoutMs = 60_000): Promise<Frame> {
  const t0 = Date.now();
  for (;;) {
    for (const f of page.frames()) {
      try {
        if (await f.$(selector)) return f;
      } catch {
        // frame detached while we looked
      }
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`no webview frame with ${selector}`);
    await page.waitForTimeout(250);
  }
}

export async function textOf(frame: Frame, selector: string): Promise<string> {
  return (await frame.locator(selector).first().textContent())?.trim() ?? '';
}

/** "mm:ss" or "+mm:ss" → seconds (overtime negative). */
export function clockSeconds(text: string): number {
  const m = /^(\+)?(\d+):(\d\d)$/.exec(text.trim());
  if (!m) throw new Error(`not a clock: "${text}"`);
  const s = Number(m[2]) * 60 + Number(m[3]);
  return m[1] ? -s : s;
}

/** What a themed spec reads in its tests: its code-server and the Chromium page on it. */
export interface ThemedWorkbench {
  readonly wb: Workbench;
  readonly page: Page;
}

export interface ThemedWorkbenchOptions {
  /** User settings besides the colour theme. */
  settings?: Record<string, unknown>;
  /** Runs after code-server started and before the page opens it (files in the workspace, …). */
  prepare?: (wb: Workbench) => void | Promise<void>;
}

/**
 * The hooks every e2e spec needs, for one colour theme: a fresh code-server (its own profile and
 * workspace), a Chromium page on it with the workbench loaded, a screenshot in
 * artifacts/screenshots/failed-<name>-<theme>-<time>.png when a test fails, and everything stopped
 * after. Call it inside `describe`; read `.page` and `.wb` inside the tests.
 */
export function themedWorkbench(theme: 'dark' | 'light', name: string, options: ThemedWorkbenchOptions = {}): ThemedWorkbench {
  let wb: Workbench | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const failed = join(REPO_ROOT, 'artifacts', 'screenshots');
  before(async () => {
    mkdirSync(failed, { recursive: true });
    wb = await startCodeServer({ settings: { 'workbench.colorTheme': theme === 'dark' ? 'Default Dark Modern' : 'Default Light Modern', ...options.settings } });
    await options.prepare?.(wb);
    browser = await launchBrowser();
    ({ page } = await newWorkbenchPage(browser, theme));
    await page.goto(workbenchUrl(wb), { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await waitForWorkbench(page);
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await page?.screenshot({ path: join(failed, `failed-${name}-${theme}-${Date.now()}.png`) }).catch(() => undefined);
  });
  after(async () => {
    await browser?.close().catch(() => undefined);
    await wb?.stop();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} of the e2e spec is not ready (its before hook failed)`);
    return value;
  };
  return {
    get wb() {
      return ready(wb, 'code-server');
    },
    get page() {
      return ready(page, 'page');
    },
  };
}
