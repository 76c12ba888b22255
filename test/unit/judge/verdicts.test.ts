import * as assert from 'node:assert/strict';
import { caseResult, caseStopped, decideResult, describeExit, errorResult, loadErrorFailure, loadFailed, runVerdict } from '../../../src/core/judge/verdicts';
import type { CaseResult } from '../../../src/core/judge/verdicts';
import { testCases } from './support';

const [visible, hidden, third] = testCases([
  { args: [1], expected: 1 },
  { args: [2], expected: [1.5, 2], hidden: true, compare: { atol: 0.1 } },
  { args: [3] },
]);

describe('verdicts', () => {
  it('a case result carries the case, the decision and the output, and no absent field', () => {
    const r = caseResult({ ...hidden, nuance: 'data-drift' }, { verdict: 'wrong_answer', timeMs: 4.5, actual: [1, 2], message: 'at [0]: 1 vs 1.5' }, { stdout: 'o', stderr: 'e', truncated: false });
    assert.deepEqual(r, { index: 1, name: 'case 2', hidden: true, nuance: 'data-drift', verdict: 'wrong_answer', timeMs: 4.5, message: 'at [0]: 1 vs 1.5', expected: [1.5, 2], actual: [1, 2], stdout: 'o', stderr: 'e' });
    const bare = caseResult(third, { verdict: 'not_run' });
    assert.deepEqual(Object.keys(bare).sort(), ['hidden', 'index', 'name', 'stderr', 'stdout', 'timeMs', 'verdict']);
    assert.equal(caseResult(third, { verdict: 'pass' }, { stdout: 'x', stderr: '', truncated: true }).truncated, true);
  });

  it('compares with the case’s tolerance over the problem’s; no expected value passes when it ran', () => {
    const close = decideResult({ t: 'result', i: 1, ok: true, value: [1.45, 2] }, hidden, {}, 256, 3);
    assert.equal(close.verdict, 'pass');
    assert.equal(decideResult({ t: 'result', i: 0, ok: true, value: 2 }, visible, { compare: { atol: 5 } }, 256, 3).verdict, 'pass');
    assert.equal(decideResult({ t: 'result', i: 0, ok: true, value: 2 }, visible, {}, 256, 3).verdict, 'wrong_answer');
    assert.deepEqual(decideResult({ t: 'result', i: 2, ok: true, value: 'x' }, third, {}, 256, 3), { verdict: 'pass', timeMs: 3, actual: 'x', message: 'no expected value: ran without error' });
  });

  it('an error reported by the harness becomes its verdict and message', () => {
    const raised = (kind: 'exception' | 'memory' | 'stack' | 'exit', extra: { code?: string; line?: number } = {}) =>
      decideResult({ t: 'result', i: 0, ok: false, kind, message: 'Boom', code: extra.code ?? '', ...(extra.line !== undefined ? { line: extra.line } : {}) }, visible, {}, 64, 1);
    assert.deepEqual(raised('exception', { line: 4 }), { verdict: 'runtime_error', timeMs: 1, message: 'Boom', line: 4 });
    assert.equal(raised('memory').verdict, 'memory_limit');
    assert.equal(raised('memory').message, 'Boom (memory limit 64 MB)');
    assert.equal(raised('stack').message, 'Boom (stack overflow: recursion too deep)');
    assert.equal(raised('exit', { code: '0' }).message, 'the solution called sys.exit(0) during the case');
    assert.equal(loadErrorFailure({ t: 'load_error', kind: 'exit', code: 'None' }, 64).message, 'the solution called sys.exit(None) while loading');
    assert.deepEqual(loadErrorFailure({ t: 'load_error', kind: 'compile', code: '' }, 64), { verdict: 'compile_error', message: 'the solution failed to load' });
  });

  it('explains how the process died', () => {
    const exit = (stderrTail: string, signal: NodeJS.Signals | null, code: number | null) => describeExit({ stderrTail, signal, code }, 1, 3, false);
    assert.equal(exit('FATAL ERROR: Reached heap limit', null, 134).verdict, 'memory_limit');
    assert.equal(exit('Fatal Python error: Cannot allocate memory', 'SIGABRT', null).verdict, 'memory_limit');
    assert.deepEqual(exit('File "/p/s.py", line 12, in f', 'SIGSEGV', null), {
      verdict: 'runtime_error',
      message: 'the process crashed (SIGSEGV) before case 2 of 3 returned: most likely a stack overflow from very deep recursion',
      line: 12,
    });
    assert.equal(exit('', 'SIGKILL', null).message, 'the process was killed by signal SIGKILL before case 2 of 3 returned');
    assert.equal(describeExit({ stderrTail: '', signal: null, code: 3 }, 0, 3, true).message, 'the solution exited (code 3) while loading, before case 1 of 3');
  });

  it('a stopped case says which limit it met', () => {
    const limits = { timeMs: 500, stdoutBytes: 1024 * 1024 };
    assert.deepEqual(caseStopped('timeout', 512, limits), { verdict: 'time_limit', timeMs: 512, message: 'exceeded the time limit of 500 ms' });
    assert.equal(caseStopped('stdout', 9, limits).message, 'printed more than 1024 KiB to stdout in one case; the process was stopped');
    assert.equal(caseStopped('stderr', 9, limits).message, 'printed more than the stderr limit in one case; the process was stopped');
    assert.equal(caseStopped('oversize', 9, limits).truncated, true);
    assert.deepEqual(caseStopped('abort', 9, limits), { verdict: 'not_run', message: 'not run: the run was cancelled' });
  });

  it('a failed load decides the case it was for and leaves the rest not run', () => {
    const cases = [visible, hidden, third];
    const compiled = loadFailed(cases, 1, { verdict: 'compile_error', message: 'SyntaxError', line: 2 });
    assert.deepEqual(compiled.results.map((r) => [r.index, r.verdict, r.message]), [
      [1, 'compile_error', 'SyntaxError'],
      [2, 'not_run', 'not run: the solution did not compile'],
    ]);
    assert.deepEqual(compiled.compileError, { message: 'SyntaxError', line: 2 });
    const slow = loadFailed(cases, 0, { verdict: 'time_limit', message: 'slow' });
    assert.equal(slow.compileError, undefined);
    assert.equal(slow.results[2]?.message, 'not run: the solution failed while loading');
  });

  it('a run passes when every case passed; a cancelled run is an error', () => {
    const pass = { verdict: 'pass' } as CaseResult;
    assert.deepEqual(runVerdict([pass, pass], undefined), { verdict: 'pass', passed: 2 });
    assert.deepEqual(runVerdict([pass, { verdict: 'wrong_answer' } as CaseResult], undefined), { verdict: 'fail', passed: 1 });
    assert.deepEqual(runVerdict([], undefined), { verdict: 'fail', passed: 0 });
    assert.deepEqual(runVerdict([pass], 'a newer run started'), { verdict: 'error', passed: 1, error: { kind: 'cancelled', message: 'Cancelled: a newer run started.' } });
    const cancelled = errorResult([visible, third], 'python', { kind: 'cancelled', message: 'stop' }, 5);
    assert.deepEqual(cancelled.cases.map((c) => c.message), ['not run: the run was cancelled', 'not run: the run was cancelled']);
  });
});
