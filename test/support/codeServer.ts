/**
 * Starts code-server (VS Code in a browser) and Debian's Chromium for the integration and e2e
 * tiers on machines where desktop VS Code cannot be downloaded. See README "Tests".
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const CODE_SERVER_VERSION = '4.100.3';
/** The repository root: the nearest folder above this bundle with our package.json. */
export const REPO_ROOT = findRepoRoot(__dirname);

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"ml-interview-prep"/.test(readFileSync(pkg, 'utf8'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json of ml-interview-prep not found above ${start}`);
    dir = parent;
  }
}

function cacheDir(): string {
  return process.env.MLPREP_CACHE_DIR ?? join(homedir(), '.cache', 'ml-interview-prep');
}

export function codeServerBin(): string {
  return join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
}

export function chromiumPath(): string {
  for (const p of [process.env.MLPREP_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (p && existsSync(p)) return p;
  }
  throw new Error('Chromium not found: install Debian\'s "chromium" package or set MLPREP_CHROMIUM');
}

/** Installs code-server and the system packages it needs when they are missing. */
export function ensureCodeServer(): string {
  const bin = codeServerBin();
  if (existsSync(bin)) return bin;
  const script = join(REPO_ROOT, 'scripts', 'ensure-code-server.sh');
  const r = spawnSync('bash', [script], { stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(bin)) throw new Error(`could not install code-server ${CODE_SERVER_VERSION} (see output above)`);
  return bin;
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

export interface Workbench {
  url: string;
  port: number;
  root: string;
  workspace: string;
  practiceFolder: string;
  userDataDir: string;
  server: ChildProcess;
  stop(): Promise<void>;
}

export interface WorkbenchOptions {
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  env?: Record<string, string>;
  /** VSIXs installed into the fresh extensions folder (`--install-extension`) before the server starts. */
  installVsix?: string[];
}

/** Starts code-server on 127.0.0.1 with fresh user data, extensions and workspace folders. */
export async function startCodeServer(options: WorkbenchOptions = {}): Promise<Workbench> {
  const bin = ensureCodeServer();
  const root = mkdtempSync(join(tmpdir(), 'mlprep-vscode-'));
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  const workspace = join(root, 'workspace');
  const practiceFolder = join(root, 'practice');
  for (const d of [join(userDataDir, 'User'), extensionsDir, workspace]) mkdirSync(d, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'mlprep.practiceFolder': practiceFolder,
    ...options.settings,
  };
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  for (const vsix of options.installVsix ?? []) {
    const installed = spawnSync(bin, ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix], { encoding: 'utf8', timeout: 120_000 });
    if (installed.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (${String(installed.status)}):\n${installed.stdout}${installed.stderr}`);
  }
  const port = await freePort();
  const server = spawn(
    bin,
    [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      workspace,
    ],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (server.exitCode !== null) throw new Error(`code-server exited early (${server.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) throw new Error(`code-server did not start within 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async (): Promise<void> => {
    if (server.exitCode === null && server.pid) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        server.kill('SIGKILL');
      }
    }
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
  return { url, port, root, workspace, practiceFolder, userDataDir, server, stop };
}

/** URL that opens the workbench with this extension (or `developmentPath`) loaded in development mode. */
export function workbenchUrl(wb: Workbench, extra: [string, string][] = [], developmentPath: string = REPO_ROOT): string {
  const remote = (p: string): string => `vscode-remote://127.0.0.1:${wb.port}${p}`;
  const payload: [string, string][] = [['extensionDevelopmentPath', remote(developmentPath)], ...extra];
  return `${wb.url}/?folder=${encodeURIComponent(wb.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export function remoteUri(wb: Workbench, p: string): string {
  return `vscode-remote://127.0.0.1:${wb.port}${p}`;
}

export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export async function newWorkbenchPage(browser: Browser, colorScheme: 'dark' | 'light' = 'dark'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme });
  const page = await context.newPage();
  return { context, page };
}
