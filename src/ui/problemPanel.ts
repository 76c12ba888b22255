import * as vscode from 'vscode';
import { panelToHostSchema, type HostToPanel, type PanelToHost } from '../protocol';
import type { Logger } from './logger';
import { WebviewHost } from './webviewHost';
import { webviewOptions } from './webviewHtml';
import { PanelTypes } from './contributionIds';

export const PROBLEM_PANEL_VIEW_TYPE = PanelTypes.problem;

/**
 * The problem panel (one at a time). Messages posted before the webview is ready wait, the
 * latest 'session' and 'timer' replacing older ones (see WebviewHost for the handshake and the
 * validation of what the webview sends).
 */
export class ProblemPanel implements vscode.Disposable {
  private readonly host: WebviewHost<PanelToHost, HostToPanel, vscode.WebviewPanel>;

  constructor(
    private readonly extensionUri: vscode.Uri,
    log: Logger,
    onMessage: (m: PanelToHost) => void | Promise<void>,
  ) {
    this.host = new WebviewHost(extensionUri, log, {
      name: 'problem panel',
      script: 'panel.js',
      styles: ['dist/webview/vendor/katex/katex.min.css', 'media/webview.css', 'media/panel.css'],
      schema: panelToHostSchema,
      onMessage,
      replaces: (queued, next) => queued.type === next.type && (next.type === 'session' || next.type === 'timer'),
    });
  }

  get isOpen(): boolean {
    return this.host.container !== undefined;
  }

  /** Messages from the webview refused by validation (for tests and the log). */
  get rejectedMessages(): number {
    return this.host.rejectedMessages;
  }

  /** Opens (or reveals) the panel beside the editor. */
  open(title: string, column: vscode.ViewColumn = vscode.ViewColumn.Beside): void {
    const open = this.host.container;
    if (open) {
      open.title = title;
      open.reveal(column, true);
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
    this.host.dispose();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icons', 'mlprep.svg');
    this.host.attach(panel, panel.title);
  }

  post(message: HostToPanel): void {
    this.host.post(message);
  }

  /** Resolves when the webview has said `ready` (immediately if it has). */
  whenReady(): Promise<void> {
    return this.host.whenReady();
  }

  /**
   * Handles a raw message exactly as if the webview had sent it: validated (size, then shape),
   * then given to the session. Rejections are counted before this returns; never rejects.
   */
  receive(raw: unknown): Promise<void> {
    return this.host.receive(raw);
  }

  close(): void {
    this.host.dispose();
  }

  dispose(): void {
    this.host.dispose();
  }
}
