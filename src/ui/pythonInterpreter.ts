import * as vscode from 'vscode';
import { PythonExtension } from '@vscode/python-extension';
import type { Settings } from './settings';
import type { Logger } from './logger';

/** The Python extension's extension id. */
export const PYTHON_EXTENSION_ID = 'ms-python.python';

/**
 * The part of the Python extension's API (`@vscode/python-extension`, `environments`) the judge
 * uses: the active environment of a resource, its interpreter, and changes of it.
 */
export interface PythonEnvironmentsApi {
  getActiveEnvironmentPath(resource?: vscode.Uri): { readonly id: string; readonly path: string };
  resolveEnvironment(environment: { readonly id: string; readonly path: string }): Promise<{ readonly executable: { readonly uri: vscode.Uri | undefined } } | undefined>;
  readonly onDidChangeActiveEnvironmentPath: vscode.Event<unknown>;
}

/** The Python extension's environments API when that extension is installed (activating it), else undefined. */
export async function pythonExtensionEnvironments(): Promise<PythonEnvironmentsApi | undefined> {
  if (!vscode.extensions.getExtension(PYTHON_EXTENSION_ID)) return undefined;
  const api = await PythonExtension.api();
  return api.environments;
}

/** Where the interpreter of a run comes from. */
export type InterpreterOrigin = 'setting' | 'python-extension' | 'discovery';

export interface InterpreterChoice {
  /** Interpreter path to run; undefined = discovery on PATH (`python3`, `python`, `py -3`). */
  path?: string;
  origin: InterpreterOrigin;
}

export const ORIGIN_TEXT: Readonly<Record<InterpreterOrigin, string>> = {
  setting: 'the mlprep.pythonPath setting',
  'python-extension': 'the Python extension’s selected environment',
  discovery: 'PATH (python3, then python)',
};

/**
 * Chooses the Python interpreter of a run: `mlprep.pythonPath` when set (the extension's own,
 * explicit setting), else the Python extension's active environment for the solution's folder
 * when that extension is installed, else discovery on PATH. Follows the Python extension's
 * changes of the selected environment.
 */
export class InterpreterSelector implements vscode.Disposable {
  private environments: Promise<PythonEnvironmentsApi | undefined> | undefined;
  private listener: vscode.Disposable | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired when the choice may have changed (the setting, the Python extension's selection). */
  readonly onDidChange = this.changed.event;
  private readonly watch: vscode.Disposable;

  constructor(
    private readonly settings: Settings,
    private readonly log: Logger,
    private source: () => Promise<PythonEnvironmentsApi | undefined> = pythonExtensionEnvironments,
  ) {
    this.watch = vscode.Disposable.from(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('mlprep.pythonPath')) this.changed.fire();
      }),
      vscode.extensions.onDidChange(() => {
        // The Python extension was installed or removed: ask again.
        this.environments = undefined;
        this.changed.fire();
      }),
    );
  }

  /** Replaces where the Python extension's API comes from (embedding, tests); undefined = the real one. */
  useEnvironments(source: (() => Promise<PythonEnvironmentsApi | undefined>) | undefined): void {
    this.source = source ?? pythonExtensionEnvironments;
    this.environments = undefined;
    this.listener?.dispose();
    this.listener = undefined;
    this.changed.fire();
  }

  private api(): Promise<PythonEnvironmentsApi | undefined> {
    if (!this.environments) {
      this.environments = this.source().then(
        (api) => {
          this.listener?.dispose();
          this.listener = api?.onDidChangeActiveEnvironmentPath(() => this.changed.fire());
          return api;
        },
        (err: unknown) => {
          this.log.warn(`The Python extension's API is not available: ${err instanceof Error ? err.message : String(err)}`);
          this.environments = undefined;
          return undefined;
        },
      );
    }
    return this.environments;
  }

  /** The interpreter for a solution file (its folder decides the Python extension's environment). */
  async choose(solutionPath?: string): Promise<InterpreterChoice> {
    const configured = this.settings.pythonPath();
    if (configured) return { path: configured, origin: 'setting' };
    const api = await this.api();
    if (api) {
      try {
        const active = api.getActiveEnvironmentPath(solutionPath ? vscode.Uri.file(solutionPath) : undefined);
        const resolved = await api.resolveEnvironment(active);
        const executable = resolved?.executable.uri?.fsPath ?? (active.path || undefined);
        if (executable) return { path: executable, origin: 'python-extension' };
      } catch (err) {
        this.log.warn(`The Python extension did not name an interpreter: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return { origin: 'discovery' };
  }

  dispose(): void {
    this.listener?.dispose();
    this.watch.dispose();
    this.changed.dispose();
  }
}
