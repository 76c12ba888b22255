/**
 * Entry point the VS Code test runner loads inside the extension host (code-server or desktop):
 * runs every compiled *.test.js beside this file with mocha and writes a plain-text report to
 * MLPREP_TEST_REPORT, because the launcher cannot read the extension host's console.
 */
import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const reportPath = process.env.MLPREP_TEST_REPORT;
  const lines: string[] = [];
  const out = (line: string): void => {
    lines.push(line);
    if (reportPath) appendFileSync(reportPath, line + '\n');
  };
  if (reportPath) writeFileSync(reportPath, '');
  out(`[integration] VS Code ${vscode.version} (${vscode.env.appName}, host ${vscode.env.appHost}, ui ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}), Node ${process.version}`);

  const grep = process.env.MLPREP_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'dot', ...(grep ? { grep } : {}) });
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(join(__dirname, f));
  if (files.length === 0) throw new Error('no integration test files found');

  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      out(`${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => out(`  ok   ${t.fullTitle()} (${t.duration ?? 0} ms)`));
    runner.on('fail', (t, err: Error) => out(`  FAIL ${t.fullTitle()}\n       ${String(err?.stack ?? err).split('\n').slice(0, 6).join('\n       ')}`));
    runner.on('pending', (t) => out(`  SKIPPED ${t.fullTitle()}`));
  });
}
