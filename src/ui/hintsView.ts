import * as vscode from 'vscode';
import { hintsToHostSchema, parseWebviewMessage, type HintsToHost, type HostToHints } from '../protocol';
import { webviewHtml, webviewOptions } from './webviewHtml';
import type { Logger } from './logger';

export const HINTS_VIEW_ID = 'mlprep.hints';

/** The Hints webview view in the ML Prep side bar. Content comes from the session controller. */
export class HintsView implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private last: HostToHints = { type: 'empty', reason: 'Start a timed session to see its hints and production-nuance cards here.' };
  private disposables: vscode.Disposable[] = [];
  rejectedMessages = 0;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: Logger,
    private readonly onMessage: (m: HintsToHost) => void | Promise<void>,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    view.webview.options = webviewOptions(this.extensionUri);
    view.webview.html = webviewHtml(view.webview, this.extensionUri, {
      script: 'hints.js',
      styles: ['dist/webview/vendor/katex/katex.min.css', 'media/webview.css', 'media/hints.css'],
      title: 'Hints',
      bodyClass: 'sidebar',
    });
    for (const d of this.disposables) d.dispose();
    this.disposables = [
      view.webview.onDidReceiveMessage((raw: unknown) => {
        const parsed = parseWebviewMessage(hintsToHostSchema, raw);
        if (!parsed.ok) {
          this.rejectedMessages++;
          this.log.warn(`hints view: rejected a message (${parsed.reason})`);
          return;
        }
        if (parsed.message.type === 'ready') {
          this.ready = true;
          void view.webview.postMessage(this.last);
        }
        Promise.resolve(this.onMessage(parsed.message)).catch((err: unknown) => this.log.error('hints view: handling a message failed', err));
      }),
      view.onDidDispose(() => {
        this.view = undefined;
        this.ready = false;
      }),
    ];
  }

  get isVisible(): boolean {
    return this.view?.visible ?? false;
  }

  update(message: HostToHints): void {
    this.last = message;
    if (this.view && this.ready) void this.view.webview.postMessage(message);
  }

  get current(): HostToHints {
    return this.last;
  }

  /** Opens the view (the ML Prep container and the Hints view inside it). */
  async reveal(): Promise<void> {
    await vscode.commands.executeCommand(`${HINTS_VIEW_ID}.focus`);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
