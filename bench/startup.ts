// Startup cost outside VS Code: each sample is a fresh Node process that loads a bundle against a
// stand-in `vscode` module and calls its `activate` (the real activation is measured in code-server
// by the integration and installed tiers; this is the repeatable part of it, with medians).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findRepoRoot, median, round } from './support';

const SAMPLES = 9;

/**
 * Runs in the child: a `vscode` whose every member is a callable stand-in, an extension context,
 * then the time from `require` to `activate` returned (or only `require`, for the services).
 */
const CHILD = String.raw`
const Module = require('node:module');
const { performance } = require('node:perf_hooks');
const path = require('node:path');
const [file, mode, storage] = process.argv.slice(1);
const handler = { get: (t, p) => (p === '__esModule' || p === 'then' ? undefined : p in t ? t[p] : (t[p] = new Proxy(function () {}, handler))), apply: () => new Proxy(function () {}, handler), construct: () => new Proxy(function () {}, handler) };
// A plain object of the API's names (bundles copy them one by one), each a callable stand-in.
const names = 'window commands workspace env extensions languages tasks debug notebooks l10n EventEmitter Disposable ExtensionMode Uri ThemeIcon ThemeColor TreeItem TreeItemCollapsibleState ViewColumn StatusBarAlignment ConfigurationTarget ProgressLocation MarkdownString Range Position Selection Diagnostic DiagnosticSeverity CancellationTokenSource RelativePattern UIKind WorkspaceEdit TextEditorRevealType QuickPickItemKind NotebookCellKind NotebookCellData NotebookData FileType TabInputText TabInputWebview'.split(' ');
const fake = Object.fromEntries(names.map((n) => [n, new Proxy(function () {}, handler)]));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest); };
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: fake };
const context = { subscriptions: [], globalStorageUri: { fsPath: storage }, extensionUri: { fsPath: path.dirname(path.dirname(file)) }, extensionMode: 2, globalState: { get: () => true, update: async () => undefined }, extension: { id: 'bench.bench' } };
const t = performance.now();
const m = require(file);
if (mode === 'activate') m.activate(context);
process.stdout.write(String(performance.now() - t));
`;

function sample(file: string, mode: 'activate' | 'require', storage: string): number {
  return Number(execFileSync(process.execPath, ['-e', CHILD, file, mode, storage], { encoding: 'utf8' }));
}

export function benchStartup(): Record<string, unknown> {
  const root = findRepoRoot(__dirname);
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'mlprep-bench-startup-'));
  try {
    const trivialFile = path.join(root, 'test', 'fixtures', 'trivial-extension', 'extension.js');
    const entryFile = path.join(root, 'dist', 'extension.js');
    const servicesFile = path.join(root, 'dist', 'host.js');
    const trivial: number[] = [];
    const entry: number[] = [];
    const services: number[] = [];
    // Interleaved, so that a slower moment of the machine weighs on every series alike.
    for (let i = 0; i < SAMPLES; i++) {
      trivial.push(sample(trivialFile, 'activate', storage));
      entry.push(sample(entryFile, 'activate', storage));
      services.push(sample(servicesFile, 'require', storage));
    }
    const kb = (f: string): number => round(fs.statSync(f).size / 1024);
    return {
      samples: SAMPLES,
      trivialActivateMs: round(median(trivial), 2),
      activateMs: round(median(entry), 2),
      ratio: round(median(entry) / median(trivial), 2),
      goalRatio: 1.5,
      servicesLoadMs: round(median(services), 1),
      bundlesKB: { extension: kb(entryFile), host: kb(servicesFile), render: kb(path.join(root, 'dist', 'render.js')), sucrase: kb(path.join(root, 'dist', 'sucrase.js')) },
    };
  } finally {
    fs.rmSync(storage, { recursive: true, force: true });
  }
}
