import * as vscode from 'vscode';

/** The extension's log: a LogOutputChannel ("ML Interview Prep" in the Output panel). */
export class Logger implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('ML Interview Prep', { log: true });

  info(message: string): void {
    this.channel.info(message);
  }
  warn(message: string): void {
    this.channel.warn(message);
  }
  error(message: string, err?: unknown): void {
    this.channel.error(err === undefined ? message : `${message}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
  show(): void {
    this.channel.show(true);
  }
  dispose(): void {
    this.channel.dispose();
  }
}
