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

  /** `stage`: the current phase of a discussion round and its own remaining time. */
  show(title: string, remainingMs: number, status: 'running' | 'paused' | 'stopped', stage?: { title: string; remainingMs: number }): void {
    if (this.loopLabel) return;
    this.item.command = Commands.sessionMenu;
    const clock = formatClock(remainingMs);
    const over = remainingMs < 0;
    const icon = status === 'paused' ? '$(debug-pause)' : over ? '$(warning)' : '$(watch)';
    const short = stage ? (stage.title.length > 28 ? `${stage.title.slice(0, 27)}…` : stage.title) : '';
    this.item.text = stage ? `${icon} ${clock} · ${short} ${formatClock(stage.remainingMs)}` : `${icon} ${clock}`;
    const phase = stage ? ` Phase "${stage.title}": ${stage.remainingMs < 0 ? 'overtime' : 'remaining'} ${formatClock(stage.remainingMs)}.` : '';
    this.item.tooltip = `${title} — ${status === 'paused' ? 'paused' : over ? 'overtime' : 'remaining'} ${clock}.${phase} Click to pause, resume or stop.`;
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

/** "N due": reviews due now (problems and cards); hidden when none. Click picks one to review. */
export class ReviewStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('mlprep.reviewsDue', vscode.StatusBarAlignment.Left, 99);

  private shown = false;

  constructor(private readonly dueCount: () => number) {
    this.item.name = 'ML Interview Prep reviews due';
    this.item.command = Commands.startSession;
    this.refresh();
  }

  refresh(): void {
    const n = this.dueCount();
    this.shown = n > 0;
    if (n === 0) {
      this.item.hide();
      return;
    }
    this.item.text = `$(history) ${n} due`;
    this.item.tooltip = `${n} problem${n === 1 ? '' : 's'} or card${n === 1 ? '' : 's'} due for review today (FSRS schedule). Click to pick one.`;
    this.item.accessibilityInformation = { label: `${n} reviews due` };
    this.item.show();
  }

  get text(): string {
    return this.shown ? this.item.text : '';
  }

  dispose(): void {
    this.item.dispose();
  }
}
