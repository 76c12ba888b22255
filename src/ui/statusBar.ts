import * as vscode from 'vscode';
import { formatClock } from '../core/format';
import { Commands } from './commandIds';

/** Remaining time of the running session; click opens the pause/resume/stop menu. */
export class SessionStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('mlprep.timer', vscode.StatusBarAlignment.Left, 100);

  constructor() {
    this.item.name = 'ML Interview Prep timer';
    this.item.command = Commands.sessionMenu;
  }

  private loopLabel: string | undefined;

  /** The timeline of a running mock loop ("Loop 2/4 · Design · 31:20"); it replaces the plain timer. */
  showLoop(label: string | undefined): void {
    const had = this.loopLabel !== undefined;
    this.loopLabel = label;
    if (!label) {
      // The loop ended: the item is the session timer's again (hidden until a session shows it).
      if (had) {
        this.item.command = Commands.sessionMenu;
        this.item.backgroundColor = undefined;
        this.item.hide();
      }
      return;
    }
    this.item.text = `$(organization) ${label}`;
    this.item.tooltip = `Mock interview loop — ${label}. Click for the loop.`;
    this.item.command = Commands.showLoop;
    this.item.backgroundColor = label.includes(' +') ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = { label: `Mock interview loop: ${label}` };
    this.item.show();
  }

  show(title: string, remainingMs: number, status: 'running' | 'paused' | 'stopped'): void {
    if (this.loopLabel) return;
    this.item.command = Commands.sessionMenu;
    const clock = formatClock(remainingMs);
    const over = remainingMs < 0;
    const icon = status === 'paused' ? '$(debug-pause)' : over ? '$(warning)' : '$(watch)';
    this.item.text = `${icon} ${clock}`;
    this.item.tooltip = `${title} — ${status === 'paused' ? 'paused' : over ? 'overtime' : 'remaining'} ${clock}. Click to pause, resume or stop.`;
    this.item.backgroundColor = over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = { label: `${title}: ${over ? 'overtime' : 'remaining time'} ${clock}${status === 'paused' ? ', paused' : ''}` };
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  hide(): void {
    if (this.loopLabel) return;
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
