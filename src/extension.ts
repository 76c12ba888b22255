/**
 * Activation entry. Registers everything the extension contributes (commands, views, webview
 * serializers, the snapshot scheme) with thin forwarders and returns at once; the services
 * (`src/host.ts`, the composition root, bundled apart as `dist/host.js`) are loaded and built the
 * first time one of those is used: a command runs, a view asks for its rows, a panel is restored
 * after a reload, or a script asks the API. When the last window left a session, a mock loop or
 * interview mode's changed settings behind, they are loaded right after activation so that the
 * session comes back (or the settings are restored) without waiting for a click.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Host, ShellParts, startHost } from './host';
import type { MlPrepApi } from './ui/api';
import { Commands } from './ui/commandIds';
import { openWalkthroughOnce } from './ui/commands/walkthroughCommands';
import { PanelTypes, RESTORE_FILES, SNAPSHOT_SCHEME, ViewIds } from './ui/contributionIds';
import { DeferredTree } from './ui/deferred';
import { Logger } from './ui/logger';

export type { MlPrepApi } from './ui/api';

/** What `vscode.extensions.getExtension(…).exports` is: the API once the services are built. */
export interface MlPrepExports {
  ready(): Promise<MlPrepApi>;
  /** How the services' start went, in ms, once they are built. */
  timings(): ServicesTimings | undefined;
}

export interface ServicesTimings {
  /** Reading and evaluating dist/host.js. */
  readonly codeMs: number;
  /** Building the services, of which the catalogue's load and the history's opening. */
  readonly buildMs: number;
  readonly catalogMs: number;
  readonly historyMs: number;
}

let started: Host | undefined;
let timings: ServicesTimings | undefined;

export function activate(context: vscode.ExtensionContext): MlPrepExports {
  const subscriptions = context.subscriptions;
  // The log (an output channel) is made when first written to, which is when the services start.
  let logger: Logger | undefined;
  const log = (): Logger => {
    if (!logger) subscriptions.push((logger = new Logger()));
    return logger;
  };

  let loading: Promise<Host> | undefined;
  const host = (): Promise<Host> => (loading ??= startServices(context, parts, log()));

  const tree = (id: string): ShellParts['trees']['problems'] => {
    const provider = new DeferredTree<unknown>(host);
    const view = vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true });
    subscriptions.push(provider, view);
    return { view, provider };
  };
  const parts: Omit<ShellParts, 'log'> = { trees: { problems: tree(ViewIds.problems), attempts: tree(ViewIds.attempts), stories: tree(ViewIds.stories) } };

  // A failed start was shown once (startServices); a command then resolves to undefined.
  for (const id of Object.values(Commands)) {
    subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => host().then((h) => h.run(id, args), () => undefined)));
  }
  for (const type of Object.values(PanelTypes)) {
    subscriptions.push(vscode.window.registerWebviewPanelSerializer(type, {
      deserializeWebviewPanel: (panel, state) => host().then((h) => h.deserialize(type, panel, state), () => panel.dispose()),
    }));
  }
  subscriptions.push(
    vscode.window.registerWebviewViewProvider(ViewIds.hints, {
      resolveWebviewView: (view) => host().then((h) => h.resolveHints(view), () => undefined),
    }, { webviewOptions: { retainContextWhenHidden: true } }),
    vscode.workspace.registerTextDocumentContentProvider(SNAPSHOT_SCHEME, {
      provideTextDocumentContent: (uri) => host().then((h) => h.snapshot(uri)),
    }),
  );

  // Once activation has returned: the walkthrough on the first start after install, and the
  // services at once when there is a session, a loop or interview mode's settings to restore.
  setTimeout(() => {
    void openWalkthroughOnce(context).catch((err: unknown) => log().error('the walkthrough could not be opened', err));
    void hasStateToRestore(path.join(context.globalStorageUri.fsPath, 'state')).then((restore) => (restore ? host() : undefined)).catch(() => undefined);
  }, 0);
  return { ready: () => host().then((h) => h.api), timings: () => timings };
}

export function deactivate(): void {
  started?.dispose();
}

async function startServices(context: vscode.ExtensionContext, parts: Omit<ShellParts, 'log'>, log: Logger): Promise<Host> {
  const t0 = performance.now();
  try {
    // Not a static import: the services are a bundle of their own (dist/host.js), read only now.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const services = require(path.join(__dirname, 'host.js')) as { startHost: typeof startHost };
    const t1 = performance.now();
    started = await services.startHost(context, { ...parts, log });
    timings = { codeMs: t1 - t0, buildMs: performance.now() - t1, ...started.timings };
    const ms = (x: number): string => `${Math.round(x)} ms`;
    log.info(`services ready in ${ms(performance.now() - t0)}: code ${ms(timings.codeMs)}, build ${ms(timings.buildMs)} (problem catalogue ${ms(timings.catalogMs)}, history ${ms(timings.historyMs)})`);
    return started;
  } catch (err) {
    log.error('ML Interview Prep could not start', err);
    const reason = err instanceof Error ? err.message : String(err);
    void vscode.window.showErrorMessage(`ML Interview Prep could not start: ${reason}. Reload the window to try again; the log has the details.`, 'Show Log').then((choice) => {
      if (choice) log.show();
    });
    throw err;
  }
}

/** True when the state folder holds a session, a mock loop or interview mode's saved settings. */
async function hasStateToRestore(stateFolder: string): Promise<boolean> {
  const names = new Set(await fs.promises.readdir(stateFolder).catch(() => []));
  return RESTORE_FILES.some((name) => names.has(name));
}
