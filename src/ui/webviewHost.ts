import type * as vscode from 'vscode';
import type { z } from 'zod';
import { parseWebviewMessage } from '../protocol';
import type { Logger } from './logger';
import { UserError, showFailure } from './failures';
import { webviewHtml, webviewOptions } from './webviewHtml';

/** What a host can drive: a WebviewPanel (which it may close) or a WebviewView (which it may not). */
export interface WebviewContainer {
  readonly webview: vscode.Webview;
  readonly onDidDispose: vscode.Event<void>;
  dispose?(): void;
}

export interface WebviewHostConfig<In extends { type: string }, Out extends { type: string }> {
  /** Name of the webview in the log, e.g. "problem panel". */
  name: string;
  /** Bundle under dist/webview, e.g. "panel.js". */
  script: string;
  /** Stylesheets relative to the extension root. */
  styles: string[];
  bodyClass?: string;
  /** Shape of every message the webview may send (checked after the size cap). */
  schema: z.ZodType<In>;
  /** Receives every valid message, `ready` included (after the queued posts went out). */
  onMessage: (message: In) => void | Promise<void>;
  /** Whether `next`, posted before the webview is ready, replaces the already queued `queued`. */
  replaces?: (queued: Out, next: Out) => boolean;
}

/**
 * One webview of the extension, host side: the locked page (CSP, nonce, local roots only), the
 * `ready` handshake (posts wait in a queue until the webview says it listens), validation of
 * every incoming message (size, then shape), disposal, and one error policy: a handler that
 * fails is logged and shown to the user, and never becomes an unhandled rejection.
 */
export class WebviewHost<In extends { type: string }, Out extends { type: string }, C extends WebviewContainer = WebviewContainer> implements vscode.Disposable {
  private current: C | undefined;
  private ready = false;
  private queue: Out[] = [];
  private readyWaiters: (() => void)[] = [];
  private listeners: vscode.Disposable[] = [];
  /** Messages refused by validation since the host was made (for tests and the log). */
  rejectedMessages = 0;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: Logger,
    private readonly config: WebviewHostConfig<In, Out>,
  ) {}

  /** The panel or view the page is loaded into, while it exists. */
  get container(): C | undefined {
    return this.current;
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** Loads the page into `container` (a new or restored panel, or a resolved view). */
  attach(container: C, title: string): void {
    this.release();
    this.current = container;
    const { webview } = container;
    webview.options = webviewOptions(this.extensionUri);
    webview.html = webviewHtml(webview, this.extensionUri, { script: this.config.script, styles: this.config.styles, title, bodyClass: this.config.bodyClass });
    this.listeners = [
      webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      container.onDidDispose(() => {
        if (this.current === container) this.release();
      }),
    ];
  }

  /** Sends a message now, or once the webview is ready; dropped when no page is loaded. */
  post(message: Out): void {
    if (!this.current) return;
    if (!this.ready) {
      const replaces = this.config.replaces;
      if (replaces) this.queue = this.queue.filter((queued) => !replaces(queued, message));
      this.queue.push(message);
      return;
    }
    void this.current.webview.postMessage(message);
  }

  /** Resolves when the webview has said `ready` (immediately if it has). */
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /**
   * The one entry point of messages from the webview (the page's own messages arrive here too):
   * checks size and shape (counting and logging what it refuses) before the synchronous part
   * returns, answers `ready`, then hands the message to the handler. Never rejects.
   */
  async receive(raw: unknown): Promise<void> {
    const parsed = parseWebviewMessage(this.config.schema, raw);
    if (!parsed.ok) {
      this.rejectedMessages++;
      this.log.warn(`${this.config.name}: rejected a message (${parsed.reason})`);
      return;
    }
    const message = parsed.message;
    if (message.type === 'ready') this.becomeReady();
    try {
      await this.config.onMessage(message);
    } catch (err) {
      this.report(message.type, err);
    }
  }

  /** Closes a panel (a side-bar view stays, VS Code owns it) and forgets the page. */
  dispose(): void {
    const container = this.current;
    this.release();
    container?.dispose?.();
  }

  private becomeReady(): void {
    this.ready = true;
    const pending = this.queue;
    this.queue = [];
    for (const m of pending) void this.current?.webview.postMessage(m);
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  private release(): void {
    this.current = undefined;
    this.ready = false;
    this.queue = [];
    for (const d of this.listeners) d.dispose();
    this.listeners = [];
  }

  private report(type: string, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof UserError) this.log.warn(`${this.config.name}: ${message}`);
    else this.log.error(`${this.config.name}: handling "${type}" failed`, err);
    showFailure(this.log, message);
  }
}
