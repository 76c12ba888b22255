import * as vscode from 'vscode';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AttemptSummary } from '../../core/history/model';
import type { HistoryStore } from '../../core/history/store';
import type { Language } from '../../core/vocabulary';
import type { AttemptNode } from '../attemptsTree';
import { Commands } from '../commandIds';
import { UserError } from '../failures';
import type { CommandTable } from '../registerCommand';
import type { CommandContext } from './context';
import { SNAPSHOT_SCHEME } from '../contributionIds';

const EXT: Record<string, string> = { python: 'py', typescript: 'ts', javascript: 'js', markdown: 'md' };

/** Read-only URI of the code an attempt's run had: mlprep-snapshot:/<attempt>/<run>/<problem>.<ext> */
export function snapshotUri(a: AttemptSummary, runIndex: number): vscode.Uri {
  return vscode.Uri.from({ scheme: SNAPSHOT_SCHEME, path: `/${a.id}/${runIndex}/${a.problemId}.${EXT[a.language] ?? 'txt'}` });
}

/** The code of an attempt's run as a read-only document (`mlprep-snapshot:` URIs). */
export function snapshotContent(history: () => HistoryStore | undefined): (uri: vscode.Uri) => Promise<string> {
  return async (uri) => {
    const [, id, run] = uri.path.split('/');
    const code = id && run ? await history()?.readSnapshot(id, Number(run)) : undefined;
    return code ?? '(this snapshot is no longer stored)';
  };
}

/** The Past Attempts view's commands and the history's: snapshots, diff, re-run, note, rating, delete, export, progress. */
export function attemptCommands(d: CommandContext): CommandTable {
  const store = (): HistoryStore => {
    const s = d.history();
    if (!s) throw new UserError('The attempt history is not available (see the log).');
    return s;
  };
  const attemptOf = (arg: unknown): AttemptSummary => {
    const s = store();
    if (typeof arg === 'string') {
      const a = s.summary(arg);
      if (a) return a;
    }
    if (arg && typeof arg === 'object' && (arg as AttemptNode).kind === 'attempt') {
      const a = s.summary((arg as Extract<AttemptNode, { kind: 'attempt' }>).attempt.id);
      if (a) return a;
    }
    throw new UserError('Choose an attempt in the Past Attempts view.');
  };
  const lastSnapshot = (a: AttemptSummary): number => {
    const i = a.snapshotRuns[a.snapshotRuns.length - 1];
    if (i === undefined) throw new UserError('This attempt has no code snapshot (it was never run).');
    return i;
  };

  return {
    [Commands.attemptsGroupByProblem]: () => d.attemptsTree.setGrouping('problem'),
    [Commands.attemptsGroupByDay]: () => d.attemptsTree.setGrouping('day'),

    [Commands.openSnapshot]: async (arg?: unknown) => {
      const a = attemptOf(arg);
      const uri = snapshotUri(a, lastSnapshot(a));
      await vscode.window.showTextDocument(uri, { preview: true });
      return uri.toString();
    },

    [Commands.diffWithPrevious]: async (arg?: unknown) => {
      const a = attemptOf(arg);
      const prev = d.attemptsTree.previousOf(a);
      if (!prev) throw new UserError('There is no earlier attempt of this problem with code to compare.');
      const left = snapshotUri(prev, lastSnapshot(prev));
      const right = snapshotUri(a, lastSnapshot(a));
      await vscode.commands.executeCommand('vscode.diff', left, right, `${a.title}: ${new Date(prev.startedAt).toLocaleString()} ↔ ${new Date(a.startedAt).toLocaleString()}`);
      return { left: left.toString(), right: right.toString() };
    },

    [Commands.rerunSnapshot]: async (arg?: unknown) => {
      if (!vscode.workspace.isTrusted) throw new UserError('Running code is disabled in Restricted Mode. Trust the workspace to re-run snapshots.');
      const a = attemptOf(arg);
      const problem = d.catalog.get(a.problemId);
      if (!problem || problem.kind !== 'coding') throw new UserError(`The problem "${a.problemId}" is no longer in the pack.`);
      const code = await store().readSnapshot(a.id, lastSnapshot(a));
      if (code === undefined) throw new UserError('The code snapshot of this attempt is missing.');
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mlprep-rerun-'));
      try {
        const file = path.join(dir, `solution.${EXT[a.language] ?? 'py'}`);
        await fs.writeFile(file, code);
        const cases = await d.catalog.testCases(problem);
        // Through the coordinator: a re-run waits for a running Submit instead of cancelling it.
        const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Re-running ${a.title}…`, cancellable: true }, (_p, token) => {
          const ac = new AbortController();
          token.onCancellationRequested(() => ac.abort());
          return d.runs.rerunSnapshot({ problem, cases, solutionPath: file, language: a.language as Language }, ac.signal);
        });
        const text = result.verdict === 'error' ? `Re-run failed: ${result.error?.message ?? 'error'}` : `Re-run of ${a.title} against the current tests: ${result.passed}/${result.total} passed.`;
        void (result.verdict === 'pass' ? vscode.window.showInformationMessage(text) : vscode.window.showWarningMessage(text));
        return result;
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },

    [Commands.editNote]: async (arg?: unknown, text?: unknown) => {
      const a = attemptOf(arg);
      const note = typeof text === 'string' ? text : await vscode.window.showInputBox({ title: `Debrief note: ${a.title}`, value: a.note ?? '', prompt: 'What went well, what to change next time', ignoreFocusOut: true });
      if (note === undefined) return undefined;
      const full = await store().get(a.id);
      if (!full) throw new UserError('This attempt no longer exists.');
      const { note: _old, ...rest } = full;
      await store().save(note.trim() ? { ...rest, note: note.trim() } : rest);
      return note;
    },

    [Commands.rateAttempt]: async (arg?: unknown, rating?: unknown) => {
      const a = attemptOf(arg);
      let value = typeof rating === 'number' ? rating : undefined;
      if (value === undefined) {
        const pick = await vscode.window.showQuickPick(
          [
            { label: '1 — could not do it', value: 1 },
            { label: '2 — needed a lot of help', value: 2 },
            { label: '3 — got there with effort', value: 3 },
            { label: '4 — confident', value: 4 },
          ],
          { title: `How did "${a.title}" feel?` },
        );
        value = pick?.value;
      }
      if (value === undefined || ![1, 2, 3, 4].includes(value)) return undefined;
      const full = await store().get(a.id);
      if (!full) throw new UserError('This attempt no longer exists.');
      await store().save({ ...full, selfRating: value });
      return value;
    },

    [Commands.deleteAttempt]: async (arg?: unknown, confirmed?: unknown) => {
      const a = attemptOf(arg);
      if (confirmed !== true) {
        const ok = await vscode.window.showWarningMessage(`Delete the attempt of "${a.title}" from ${new Date(a.startedAt).toLocaleString()}? Its code snapshots are deleted too.`, { modal: true }, 'Delete');
        if (ok !== 'Delete') return false;
      }
      return store().delete(a.id);
    },

    [Commands.showProgress]: () => d.progress.show(),

    [Commands.exportHistory]: async (format?: unknown, target?: unknown) => {
      let fmt: 'json' | 'csv' | 'markdown' | undefined = format === 'json' || format === 'csv' || format === 'markdown' ? format : undefined;
      if (!fmt) {
        const pick = await vscode.window.showQuickPick(
          [
            { label: 'Markdown report', value: 'markdown' as const },
            { label: 'CSV (one row per attempt)', value: 'csv' as const },
            { label: 'JSON (records as stored)', value: 'json' as const },
          ],
          { title: 'Export History' },
        );
        fmt = pick?.value;
      }
      if (!fmt) return undefined;
      const ext = fmt === 'markdown' ? 'md' : fmt;
      let file = typeof target === 'string' && target.trim() ? target : undefined;
      if (!file) {
        const uri = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(path.join(os.homedir(), `ml-interview-prep-history.${ext}`)), filters: { [fmt.toUpperCase()]: [ext] } });
        file = uri?.fsPath;
      }
      if (!file) return undefined;
      const text = await store().export(fmt, { loops: d.loops()?.list() ?? [] });
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, text);
      d.log.info(`history exported as ${fmt} to ${file}`);
      if (typeof target !== 'string') {
        void vscode.window.showInformationMessage(`History exported to ${file}.`, 'Open').then((c) => (c ? vscode.window.showTextDocument(vscode.Uri.file(file)) : undefined));
      }
      return file;
    },
  };
}
