import * as vscode from 'vscode';
import { hintsToHostSchema, type HintsToHost, type HostToHints } from '../protocol';
import type { Logger } from './logger';
import { WebviewHost } from './webviewHost';
import { ViewIds } from './contributionIds';

export const HINTS_VIEW_ID = ViewIds.hints;

/**
 * The Hints webview view in the ML Prep side bar. Content comes from the session controller;
 * the view shows the latest content whenever it is (re)loaded.
 */
export class HintsView implements vscode.WebviewViewProvider, vscode.Disposable {
  private last: HostToHints = { type: 'empty', reason: 'Start a timed session to see its hints and production-nuance cards here.' };
  private readonly host: WebviewHost<HintsToHost, HostToHints, vscode.WebviewView>;

  constructor(extensionUri: vscode.Uri, log: Logger, onMessage: (m: HintsToHost) => void | Promise<void>) {
    this.host = new WebviewHost(extensionUri, log, {
      name: 'hints view',
      script: 'hints.js',
      styles: ['dist/webview/vendor/katex/katex.min.css', 'media/webview.css', 'media/hints.css'],
      bodyClass: 'sidebar',
      schema: hintsToHostSchema,
      onMessage,
      // Every message is the whole content: only the latest one matters.
      replaces: () => true,
    });
  }

  /** Messages from the webview refused by validation (for tests and the log). */
  get rejectedMessages(): number {
    return this.host.rejectedMessages;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.host.attach(view, 'Hints');
    this.host.post(this.last);
  }

  get isVisible(): boolean {
    return this.host.container?.visible ?? false;
  }

  update(message: HostToHints): void {
    this.last = message;
    this.host.post(message);
  }

  get current(): HostToHints {
    return this.last;
  }

  /** Opens the view (the ML Prep container and the Hints view inside it). */
  async reveal(): Promise<void> {
    await vscode.commands.executeCommand(`${HINTS_VIEW_ID}.focus`);
  }

  dispose(): void {
    this.host.dispose();
  }
}
