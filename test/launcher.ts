/**
 * One launcher for the tiers that need a real VS Code.
 *
 *   node out/test/launcher.js integration [--desktop]   the mocha suite in test/integration
 *   node out/test/launcher.js e2e                       Playwright specs in test/e2e
 *   node out/test/launcher.js installed                 builds the VSIX (`npm run package`), prints its
 *                                                       size, installs it into a fresh code-server and runs
 *                                                       test/installed against the installed copy
 *
 * MLPREP_TEST_GREP=<text> runs only the tests whose full title contains it (both tiers).
 *
 * Integration: with --desktop or MLPREP_VSCODE_EXECUTABLE set, @vscode/test-electron runs the
 * suite in desktop VS Code (downloaded by it when no executable is given). Otherwise the suite
 * runs in code-server 4.100.3 driven by Debian's Chromium (offline machines). It never skips:
 * when neither can run, it fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_SERVER_VERSION, REPO_ROOT, launchBrowser, remoteUri, startCodeServer, workbenchUrl } from './support/codeServer';

const INTEGRATION_TIMEOUT_MS = 15 * 60_000;

async function integrationDesktop(): Promise<number> {
  const { runTests } = await import('@vscode/test-electron');
  const executable = process.env.MLPREP_VSCODE_EXECUTABLE;
  const report = join(REPO_ROOT, 'out', 'integration-report.txt');
  console.log(`[integration] desktop VS Code via @vscode/test-electron${executable ? ` (${executable})` : ' (download)'}`);
  try {
    return await runTests({
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: join(REPO_ROOT, 'out', 'test', 'integration', 'index.js'),
      launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { MLPREP_TEST_REPORT: report },
      ...(executable ? { vscodeExecutablePath: executable } : {}),
    });
  } catch (err) {
    console.error('[integration] failed:', err);
    return 1;
  }
}

interface SuiteRun {
  /** Folder under out/test with the suite's index.js. */
  suite: 'integration' | 'installed';
  /** Installed into the fresh profile first (the installed tier). */
  vsix?: string[];
  /** The development extension the tests run from (default: this repository). */
  developmentPath?: string;
}

async function integrationCodeServer(run: SuiteRun = { suite: 'integration' }): Promise<number> {
  const report = join(REPO_ROOT, 'out', `${run.suite}-report.txt`);
  const grep = process.env.MLPREP_TEST_GREP;
  const wb = await startCodeServer({ env: { MLPREP_TEST_REPORT: report, MLPREP_REPO_ROOT: REPO_ROOT, ...(grep ? { MLPREP_TEST_GREP: grep } : {}) }, ...(run.vsix ? { installVsix: run.vsix } : {}) });
  const consoleLines: string[] = [];
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => {
      const text = m.text();
      consoleLines.push(`[${m.type()}] ${text}`);
      if (process.env.MLPREP_DEBUG) console.log(`[browser ${m.type()}] ${text}`);
    });
    const exit = new Promise<number>((resolveExit) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
    });
    const timeout = new Promise<number>((resolveTimeout) =>
      setTimeout(() => {
        console.error(`[integration] no result after ${INTEGRATION_TIMEOUT_MS / 1000} s`);
        resolveTimeout(1);
      }, INTEGRATION_TIMEOUT_MS).unref(),
    );
    const testsPath = remoteUri(wb, join(REPO_ROOT, 'out', 'test', run.suite, 'index.js'));
    await page.goto(workbenchUrl(wb, [['extensionTestsPath', testsPath]], run.developmentPath), { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const code = await Promise.race([exit, timeout]);
    if (code !== 0 && !existsSync(report)) {
      console.error('[integration] last workbench console lines:');
      for (const l of consoleLines.filter((x) => !/open-vsx|service ?worker|favicon|404/i.test(x)).slice(-40)) console.error(`  ${l}`);
    }
    return code;
  } finally {
    if (existsSync(report)) process.stdout.write(readFileSync(report, 'utf8'));
    else console.error('[integration] the suite wrote no report: it did not run in the extension host');
    await browser.close().catch(() => undefined);
    await wb.stop();
  }
}

async function e2e(): Promise<number> {
  const Mocha = (await import('mocha')).default;
  const grep = process.env.MLPREP_TEST_GREP;
  // A UI step of the real workbench (a quick pick that closes as it opens) may fail once; a real
  // failure fails its retry too.
  const mocha = new Mocha({ timeout: 180_000, reporter: 'spec', retries: 1, ...(grep ? { grep } : {}) });
  const dir = join(REPO_ROOT, 'out', 'test', 'e2e');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort() : [];
  if (files.length === 0) {
    console.error('[e2e] no e2e specs found');
    return 1;
  }
  for (const f of files) mocha.addFile(join(dir, f));
  console.log(`[e2e] code-server ${CODE_SERVER_VERSION} + Chromium, ${files.length} spec file(s)`);
  return new Promise((res) => {
    const runner = mocha.run((failures) => {
      console.log(`e2e: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      res(failures > 0 ? 1 : 0);
    });
  });
}

/** The size limit of the packaged extension, in MiB (vsce's "MB"): a bigger VSIX fails the tier. */
const VSIX_GOAL_MB = 3;

/**
 * The installed tier: `npm run package`, the VSIX's size and content rules, then the suite in
 * test/installed against the copy installed into a fresh code-server profile (the product is not
 * loaded from this folder: the development extension is an empty runner).
 */
async function installed(): Promise<number> {
  const built = spawnSync('npm', ['run', 'package'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 300_000 });
  if (built.status !== 0) {
    console.error(`[installed] npm run package failed:\n${built.stdout}${built.stderr}`);
    return 1;
  }
  const dir = join(REPO_ROOT, 'artifacts');
  const vsix = readdirSync(dir).filter((f) => f.endsWith('.vsix')).map((f) => join(dir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!vsix) {
    console.error('[installed] no VSIX in artifacts/');
    return 1;
  }
  const mb = statSync(vsix).size / (1024 * 1024);
  const files = /Packaged: .*\((\d+) files/.exec(built.stdout)?.[1] ?? '?';
  console.log(`[installed] VSIX size: ${mb.toFixed(2)} MB (${statSync(vsix).size} bytes, ${files} files) — limit ${VSIX_GOAL_MB} MB${mb < VSIX_GOAL_MB ? ': met' : ': over'}`);
  if (mb >= VSIX_GOAL_MB) {
    console.error(`[installed] the VSIX is over ${VSIX_GOAL_MB} MB: large test inputs belong in generate.js (see problems/README.md)`);
    return 1;
  }
  for (const rule of [/extension\/problems\/stable-softmax\/starter\.ts/, /extension\/problems\/roc-auc\/generate\.js/]) {
    if (!rule.test(built.stdout) && !listed(vsix, rule)) {
      console.error(`[installed] the VSIX lacks ${rule.source}`);
      return 1;
    }
  }
  for (const banned of [/extension\/problems\/[^/]+\/solutions\//, /extension\/src\//, /\.map$/m]) {
    if (listed(vsix, banned)) {
      console.error(`[installed] the VSIX holds ${banned.source}`);
      return 1;
    }
  }
  // The baseline of the activation measure: a trivial extension installed beside it.
  const trivial = packTrivialExtensions('installed');
  if (!trivial) return 1;
  try {
    return await integrationCodeServer({ suite: 'installed', vsix: [vsix, ...trivial], developmentPath: join(REPO_ROOT, 'test', 'fixtures', 'installed-runner') });
  } finally {
    trivial.forEach((f) => rmSync(f, { force: true }));
  }
}

/**
 * Packs test/fixtures/trivial-extension (one command, nothing else) into temporary VSIXs: the
 * baseline the activation of this extension is measured against in the same code-server run, and
 * a renamed copy activated first, so that neither measured extension pays the host's first
 * activation, nor the host's first tree view, webview view and webview serializer (the copy makes
 * one of each; see the fixture's extension.js).
 */
function packTrivialExtensions(tier: string): string[] | undefined {
  const fixture = join(REPO_ROOT, 'test', 'fixtures', 'trivial-extension');
  const warmup = mkdtempSync(join(tmpdir(), 'mlprep-trivial-warmup-'));
  cpSync(fixture, warmup, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(fixture, 'package.json'), 'utf8')) as { name: string; contributes: { commands: { command: string }[] } };
  const contributes = {
    commands: [{ command: 'mlprepTrivialWarmup.ping', title: 'Ping (warm-up)' }],
    views: { explorer: [{ id: 'mlprepTrivialWarmup.tree', name: 'Warm-up tree' }, { type: 'webview', id: 'mlprepTrivialWarmup.webview', name: 'Warm-up webview' }] },
  };
  writeFileSync(join(warmup, 'package.json'), JSON.stringify({ ...manifest, name: `${manifest.name}-warmup`, contributes }, null, 2));
  const out: string[] = [];
  try {
    for (const [dir, name] of [[fixture, 'baseline'], [warmup, 'warmup']] as const) {
      const vsix = join(tmpdir(), `mlprep-trivial-${name}-${process.pid}.vsix`);
      const packed = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '-o', vsix], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      if (packed.status !== 0) {
        console.error(`[${tier}] packaging the trivial extension failed:\n${packed.stdout}${packed.stderr}`);
        out.forEach((f) => rmSync(f, { force: true }));
        return undefined;
      }
      out.push(vsix);
    }
    return out;
  } finally {
    rmSync(warmup, { recursive: true, force: true });
  }
}

/** Whether an entry of the VSIX (a zip) matches `pattern` (`unzip -l`). */
function listed(vsix: string, pattern: RegExp): boolean {
  const list = spawnSync('unzip', ['-l', vsix], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return list.stdout.split('\n').some((l) => pattern.test(l.trim().split(/\s+/).pop() ?? ''));
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  let code: number;
  if (mode === 'integration') {
    const desktop = process.argv.includes('--desktop') || !!process.env.MLPREP_VSCODE_EXECUTABLE;
    // In code-server the trivial extension is installed beside the development one: the
    // activation test measures both in the same run.
    const trivial = desktop ? undefined : packTrivialExtensions('integration');
    try {
      code = desktop ? await integrationDesktop() : trivial ? await integrationCodeServer({ suite: 'integration', vsix: trivial }) : 1;
    } finally {
      trivial?.forEach((f) => rmSync(f, { force: true }));
    }
    console.log(`[integration] ${code === 0 ? 'passed' : 'FAILED'} (exit ${code})`);
  } else if (mode === 'e2e') {
    code = await e2e();
  } else if (mode === 'installed') {
    code = await installed();
    console.log(`[installed] ${code === 0 ? 'passed' : 'FAILED'} (exit ${code})`);
  } else {
    console.error('usage: launcher.js integration [--desktop] | e2e | installed');
    code = 2;
  }
  process.exit(code);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
