import * as vscode from 'vscode';

/**
 * The extension's log: a LogOutputChannel ("ML Interview Prep" in the Output panel). With
 * MLPREP_DEBUG set in the environment every line also goes to the extension host's console
 * (which the workbench forwards to its developer console).
 */
export class Logger implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('ML Interview Prep', { log: true });
  private readonly echo = !!process.env['MLPREP_DEBUG'];

  info(message: string): void {
    this.channel.info(message);
    if (this.echo) echo('info', message);
  }
  warn(message: string): void {
    this.channel.warn(message);
    if (this.echo) echo('warn', message);
  }
  error(message: string, err?: unknown): void {
    const line = err === undefined ? message : `${message}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
    this.channel.error(line);
    if (this.echo) echo('error', line);
  }
  show(): void {
    this.channel.show(true);
  }
  dispose(): void {
    this.channel.dispose();
  }
}

function echo(level: string, line: string): void {
  // eslint-disable-next-line no-console -- the debug echo of the log is console output by design
  console.log(`[mlprep ${level}] ${line}`);
}
