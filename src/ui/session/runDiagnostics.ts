import * as vscode from 'vscode';
import type { CaseResult } from '../../core/judge/judge';

/** Runtime and compile errors of the last run as diagnostics on the solution file's lines. */
export class RunDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('mlprep');

  clear(file?: string): void {
    if (file === undefined) this.collection.clear();
    else this.collection.delete(vscode.Uri.file(file));
  }

  show(file: string, cases: CaseResult[]): void {
    const seen = new Set<number>();
    const diags: vscode.Diagnostic[] = [];
    for (const c of cases) {
      if ((c.verdict !== 'runtime_error' && c.verdict !== 'compile_error') || !c.line || seen.has(c.line)) continue;
      seen.add(c.line);
      const line = Math.max(0, c.line - 1);
      const what = c.verdict === 'compile_error' ? 'Compile error' : 'Runtime error';
      const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), `${what} (${c.name}): ${lastNonEmptyLine(c.message)}`, vscode.DiagnosticSeverity.Error);
      d.source = 'ML Prep';
      diags.push(d);
    }
    this.collection.set(vscode.Uri.file(file), diags);
  }

  dispose(): void {
    this.collection.dispose();
  }
}

/** The last line with text (where an error message ends with the exception itself). */
function lastNonEmptyLine(s: string | undefined): string {
  return (s ?? '').split('\n').filter((l) => l.trim()).pop() ?? '';
}
