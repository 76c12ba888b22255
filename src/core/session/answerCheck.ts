/**
 * "Check answer" of a discussion round as a run: each rubric phase (design) or STAR-C section
 * (behavioral) is a case that passes when the answer covers it. Recorded like any run.
 */
import type { CoverageItem } from '../design/coverage';
import type { CaseResult, RunResult } from '../judge/judge';

export function answerCheckResult(items: CoverageItem[], durationMs: number): RunResult {
  const cases: CaseResult[] = items.map((it, index) => ({
    index,
    name: it.title,
    hidden: false,
    verdict: it.covered ? 'pass' : 'wrong_answer',
    timeMs: 0,
    message: it.covered ? `Covered: ${it.found.join(', ')}` : `Not covered yet. Consider: ${it.missing.join(', ')}`,
    stdout: '',
    stderr: '',
  }));
  const passed = cases.filter((c) => c.verdict === 'pass').length;
  return { verdict: passed === cases.length ? 'pass' : 'fail', passed, total: cases.length, durationMs, cases, language: 'python' };
}
