import type { Judge } from '../../core/judge/judge';
import type { PythonInspection } from '../../core/judge/runtimes';
import type { Problem } from '../../core/problems/schema';
import type { InterpreterView } from '../../protocol';
import { ORIGIN_TEXT, type InterpreterChoice } from '../pythonInterpreter';
import type { InterpreterSource } from './runCoordinator';

/** What the panel and the explanation say about the interpreter of a problem. */
export interface InterpreterReport {
  choice: InterpreterChoice;
  inspection: PythonInspection;
  view: InterpreterView;
}

/**
 * Which interpreter runs a problem's Python code and whether it imports the problem's required
 * modules — the judge's own probes (an isolated interpreter in an empty folder), so what it
 * says is what a run finds.
 */
export class InterpreterStatus {
  constructor(
    private readonly judge: Pick<Judge, 'inspectPython'>,
    private readonly interpreter: InterpreterSource,
  ) {}

  async describe(problem: Problem, solutionPath: string | undefined): Promise<InterpreterReport> {
    const choice = await this.interpreter.choose(solutionPath);
    const requires = problem.kind === 'coding' ? (problem.requires ?? []) : [];
    const inspection = await this.judge.inspectPython(choice.path, requires);
    const origin = ORIGIN_TEXT[choice.origin];
    const view: InterpreterView = inspection.ok
      ? { label: `Python ${inspection.python.version} · ${inspection.python.executable}`, origin, found: true, missing: inspection.missing }
      : { label: 'no usable Python 3 interpreter', origin, found: false, missing: [] };
    return { choice, inspection, view };
  }
}

/** The explanation behind the panel's "Why?" / "Details", as plain sentences. */
export function explainInterpreter(report: InterpreterReport, pythonExtensionInstalled: boolean): { message: string; detail: string } {
  const { choice, inspection } = report;
  const how = pythonExtensionInstalled
    ? 'To use another interpreter, select it with “Python: Select Interpreter” (used when mlprep.pythonPath is empty) or set mlprep.pythonPath.'
    : 'To use another interpreter, set mlprep.pythonPath to its path (or install the Python extension and select one there).';
  if (!inspection.ok) {
    return { message: 'No usable Python 3 interpreter', detail: `${inspection.message}\n\n${inspection.hint}\n\nLooked at: ${ORIGIN_TEXT[choice.origin]}.` };
  }
  const { executable, version } = inspection.python;
  const from = `Your Python code runs with ${executable} (Python ${version}), from ${ORIGIN_TEXT[choice.origin]}.`;
  if (inspection.missing.length === 0) return { message: `Python ${version}`, detail: `${from}\n\n${how}` };
  const list = inspection.missing.join(', ');
  return {
    message: `Missing for this problem: ${list}`,
    detail:
      `${from}\n\nThis problem needs ${list}, which that interpreter cannot import (checked in isolation, as runs do).\n\n` +
      `Install it for that interpreter:\n${executable} -m pip install ${inspection.missing.join(' ')}\n\n${how}`,
  };
}
