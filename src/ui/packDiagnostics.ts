import * as vscode from 'vscode';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { locateJsonPath } from '../core/problems/jsonPosition';
import { validatePack, type Diagnostic } from '../core/problems/loader';
import { packSources, type PackSource } from '../core/problems/packs';
import type { Settings } from './settings';
import type { Catalog } from './catalog';
import type { Logger } from './logger';

const DEBOUNCE_MS = 300;

/** The packs to load now: bundled, `mlprep.problemPacks`, and trusted workspaces' `.mlprep/problems`. */
export function currentPackSources(bundledDir: string, settings: Pick<Settings, 'problemPacks'>): PackSource[] {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  return packSources(bundledDir, settings.problemPacks(), folders, vscode.workspace.isTrusted, os.homedir());
}
const MAX_POSITIONED_BYTES = 5 * 1024 * 1024;

/** Key of a diagnostic, to drop the ones the loader and the full check both report. */
function keyOf(d: Diagnostic): string {
  return `${d.file}\0${d.path}\0${d.message}`;
}

/** VS Code diagnostics of the pack files, each on the line and field its JSON path names. */
export async function toVsDiagnostics(diagnostics: readonly Diagnostic[]): Promise<Map<string, vscode.Diagnostic[]>> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const out = new Map<string, vscode.Diagnostic[]>();
  for (const [file, list] of byFile) {
    let text: string | undefined;
    if (file.endsWith('.json')) {
      try {
        const st = await fsp.stat(file);
        if (st.isFile() && st.size <= MAX_POSITIONED_BYTES) text = await fsp.readFile(file, 'utf8');
      } catch {
        text = undefined;
      }
    }
    out.set(
      file,
      list.map((d) => {
        const r = text !== undefined ? locateJsonPath(text, d.path) : { line: 0, column: 0, endLine: 0, endColumn: 1 };
        const diagnostic = new vscode.Diagnostic(new vscode.Range(r.line, r.column, r.endLine, r.endColumn), d.path ? `${d.path}: ${d.message}` : d.message, vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'ML Prep pack';
        return diagnostic;
      }),
    );
  }
  return out;
}

/**
 * Keeps the user's packs loaded and their problems in VS Code's Problems panel: the loader's
 * diagnostics and the full check of each user pack (tests, referenced files), re-read when a
 * file of a pack is saved, created or deleted, when `mlprep.problemPacks` changes, when
 * workspace folders change or the workspace is trusted.
 */
export class PackDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('mlprep-packs');
  private watchers: vscode.Disposable[] = [];
  private watched = '';
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private reloading: Promise<void> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired after each reload of the packs. */
  readonly onDidReload = this.changed.event;

  constructor(
    private readonly catalog: Catalog,
    private readonly log: Logger,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.inUserPack(doc.uri.fsPath)) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('mlprep.problemPacks')) this.schedule();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.schedule()),
    );
  }

  private userPacks(): string[] {
    return this.catalog.packs().filter((s) => s.origin !== 'bundled').map((s) => s.dir);
  }

  private inUserPack(file: string): boolean {
    return this.userPacks().some((dir) => file.startsWith(dir + path.sep));
  }

  /** Shows the diagnostics of the current load and watches the packs' folders. */
  async publish(): Promise<void> {
    const all = new Map<string, Diagnostic>();
    for (const d of this.catalog.diagnostics) all.set(keyOf(d), d);
    for (const dir of this.userPacks()) {
      try {
        for (const d of await validatePack(dir)) all.set(keyOf(d), d);
      } catch (err) {
        this.log.warn(`problem pack ${dir}: the check failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    const byFile = await toVsDiagnostics([...all.values()]);
    this.collection.clear();
    for (const [file, list] of byFile) this.collection.set(vscode.Uri.file(file), list);
    this.watch();
  }

  /** Reloads every pack and refreshes the diagnostics (debounced). */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.reloading = this.reloading.then(() => this.reload()).catch((err: unknown) => this.log.error('reloading the problem packs failed', err));
    }, DEBOUNCE_MS);
  }

  /** Reloads now; resolves when the tree and the Problems panel show the result. */
  async reload(): Promise<void> {
    await this.catalog.load();
    await this.publish();
    this.changed.fire();
  }

  /** The diagnostics shown for a file (for tests and status). */
  diagnosticsOf(file: string): readonly vscode.Diagnostic[] {
    return this.collection.get(vscode.Uri.file(file)) ?? [];
  }

  private watch(): void {
    const dirs = this.userPacks();
    if (dirs.join('\0') === this.watched) return;
    this.watched = dirs.join('\0');
    for (const w of this.watchers) w.dispose();
    this.watchers = dirs.map((dir) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(dir), '**/*'));
      const onEvent = (): void => this.schedule();
      return vscode.Disposable.from(watcher, watcher.onDidChange(onEvent), watcher.onDidCreate(onEvent), watcher.onDidDelete(onEvent));
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const w of [...this.watchers, ...this.subscriptions]) w.dispose();
    this.collection.dispose();
    this.changed.dispose();
  }
}
