import * as assert from 'node:assert/strict';
import type { CaseResult } from '../../../src/core/judge/judge';
import { formatArgs, formatValue, toCaseView } from '../../../src/core/session/views';

const base: CaseResult = { index: 3, name: 'big gap', hidden: true, verdict: 'wrong_answer', timeMs: 4.2, message: 'at [0]: expected 0.731, got 0.5', expected: [0.731], actual: [0.5], stdout: 'debug 42', stderr: 'warn', traceback: 'File "solution.py", line 3', nuance: 'uncertainty' };

describe('case view model', () => {
  it('a hidden case never reveals its data, expected value or the wrong-answer message', () => {
    const v = toCaseView(base, false, '[[1, 2]]');
    assert.deepEqual(Object.keys(v).sort(), ['custom', 'hidden', 'index', 'name', 'nuance', 'timeMs', 'verdict']);
    assert.equal(v.hidden, true);
    assert.equal(v.nuance, 'uncertainty');
    const serialized = JSON.stringify(v);
    assert.doesNotMatch(serialized, /0\.731|debug 42|\[\[1, 2\]\]|line 3/);
  });

  it('a hidden runtime error keeps its message (the user’s own exception)', () => {
    const v = toCaseView({ ...base, verdict: 'runtime_error', message: 'ZeroDivisionError: division by zero' }, false, undefined);
    assert.equal(v.message, 'ZeroDivisionError: division by zero');
    assert.equal(v.expected, undefined);
  });

  it('a visible case shows input, expected, actual, output and traceback', () => {
    const v = toCaseView({ ...base, hidden: false }, false, '[[1, 2]]');
    assert.equal(v.args, '[[1, 2]]');
    assert.equal(v.expected, '[0.731]');
    assert.equal(v.actual, '[0.5]');
    assert.equal(v.stdout, 'debug 42');
    assert.equal(v.traceback, 'File "solution.py", line 3');
    assert.match(v.message ?? '', /expected 0.731/);
  });

  it('a custom case is the user’s own: always shown', () => {
    const v = toCaseView(base, true, '[[1]]');
    assert.equal(v.hidden, false);
    assert.equal(v.expected, '[0.731]');
  });

  it('formats tagged values readably and caps long ones', () => {
    assert.equal(formatValue([{ $float: 'nan' }, { $float: '-inf' }, 1]), '["NaN","-Infinity",1]');
    assert.equal(formatValue({ $set: [1, 2] }), '[1,2]');
    // Numbers as written in tests.json: whole floats keep their ".0", huge integers their digits.
    assert.equal(formatValue([{ $float: '4.0' }, { $float: '5.0' }, { $int: '123456789012345678901' }]), '[4.0,5.0,123456789012345678901]');
    assert.equal(formatValue({ $ndarray: [[{ $float: '1.0' }, 2]], dtype: 'float64' }), '[[1.0,2]]');
    assert.equal(formatArgs([[1, 2], 'x']), '[1,2], "x"');
    assert.match(formatValue(new Array(5000).fill(1)), /… \(\d+ characters\)$/);
  });
});
