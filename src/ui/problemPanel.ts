import * as vscode from 'vscode';
import { parseWebviewMessage, panelToHostSchema, type HostToPanel, type PanelToHost } from '../protocol';
import { webviewHtml, webviewOptions } from './webviewHtml';
import type { Logger } from './logger';

export const PROBLEM_PANEL_VIEW_TYPE = 'mlprep.problem';

/**
 * The problem panel (one at a time). Posts only after the webview said `ready`; messages sent
 * earlier wait in a queue, the latest 'session' and 'timer' replacing older ones. Every message
 * from the webview is validated (size, then shape) before the handler sees it.
 */
export class ProblemPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private queue: HostToPanel[] = [];
  private readyWaiters: (() => void)[] = [];
  private disposables: vscode.Disposable[] = [];
  private readonly closed = new vscode.EventEmitter<void>();
  readonly onDidClose = this.closed.event;
  /** Rejected messages, for tests and the log. */
  rejectedMessages = 0;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: Logger,
    private readonly onMessage: (m: PanelToHost) => void | Promise<void>,
  ) {}

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Opens (or reveals) the panel beside the editor. */
  open(title: string, column: vscode.ViewColumn = vscode.ViewColumn.Beside): void {
    if (this.panel) {
      this.panel.title = title;
      this.panel.reveal(column, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PROBLEM_PANEL_VIEW_TYPE, title, { viewColumn: column, preserveFocus: true }, {
      ...webviewOptions(this.extensionUri),
      retainContextWhenHidden: true,
    });
    this.adopt(panel);
  }

  /** Takes over a panel that VS Code restored after a reload. */
  adopt(panel: vscode.WebviewPanel): void {
    this.disposePanel();
    this.panel = panel;
    this.ready = false;
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icons', 'mlprep.svg');
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, {
      script: 'panel.js',
      styles: ['dist/webview/vendor/katex/katex.min.css', 'media/webview.css', 'media/panel.css'],
      title: panel.title,
    });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.ready = false;
        this.queue = [];
        for (const d of this.disposables) d.dispose();
        this.disposables = [];
        this.closed.fire();
      }),
    );
  }

  setTitle(title: string): void {
    if (this.panel) this.panel.title = title;
  }

  post(message: HostToPanel): void {
    if (!this.panel) return;
    if (!this.ready) {
      if (message.type === 'session' || message.type === 'timer') this.queue = this.queue.filter((m) => m.type !== message.type);
      this.queue.push(message);
      return;
    }
    void this.panel.webview.postMessage(message);
  }

  /** Resolves when the webview has said `ready` (immediately if it has). */
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  private receive(raw: unknown): void {
    const parsed = parseWebviewMessage(panelToHostSchema, raw);
    if (!parsed.ok) {
      this.rejectedMessages++;
      this.log.warn(`problem panel: rejected a message (${parsed.reason})`);
      return;
    }
    const m = parsed.message;
    if (m.type === 'ready') {
      this.ready = true;
      const pending = this.queue;
      this.queue = [];
      for (const p of pending) void this.panel?.webview.postMessage(p);
      for (const w of this.readyWaiters.splice(0)) w();
    }
    Promise.resolve(this.onMessage(m)).catch((err: unknown) => this.log.error(`problem panel: handling "${m.type}" failed`, err));
  }

  /** Test hook: feeds a raw message through the same validation as the webview's. */
  receiveForTest(raw: unknown): void {
    this.receive(raw);
  }

  close(): void {
    this.panel?.dispose();
  }

  private disposePanel(): void {
    if (this.panel) {
      const p = this.panel;
      this.panel = undefined;
      p.dispose();
    }
  }

  dispose(): void {
    this.disposePanel();
    this.closed.dispose();
  }
}
