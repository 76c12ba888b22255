import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../../../src/cli';
import { ANSWERS, PROBLEMS } from './support';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) }, { problemsDir: PROBLEMS });
  return { code, out, err };
}

describe('mlprep check', () => {
  it('--json on a design prompt: exactly the design fields', async () => {
    const r = await cli('check', 'fraud-detection', join(ANSWERS, 'fraud-partial.md'), '--json');
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n');
    assert.equal(lines.length, 1);
    const j = JSON.parse(lines[0] ?? '') as { phases: Record<string, unknown>[]; nuances: Record<string, unknown>; redFlags: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(j), ['problem', 'kind', 'phases', 'nuances', 'redFlags']);
    assert.deepEqual(Object.keys(j.phases[0] ?? {}), ['id', 'covered', 'evidence']);
    assert.deepEqual(Object.keys(j.nuances), ['covered', 'missed']);
    assert.deepEqual(j.redFlags, [{ id: 'no-monitoring', evidence: [] }]);
    assert.deepEqual(j.phases.filter((p) => p.covered).map((p) => p.id), ['metrics', 'data', 'serving']);
  });

  it('--json on a behavioral prompt: exactly the behavioral fields', async () => {
    const r = await cli('check', 'production-model-failure', join(ANSWERS, 'failure-strong.md'), '--json');
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out) as Record<string, unknown> & { starc: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(j), ['problem', 'kind', 'starc', 'ownsFailure', 'quantifiedResult']);
    assert.deepEqual(Object.keys(j.starc[0] ?? {}), ['id', 'covered', 'evidence']);
    assert.equal(j.kind, 'behavioral');
    assert.equal(j.ownsFailure, true);
    assert.equal(j.quantifiedResult, true);
  });

  it('without --json: a readable report with the evidence', async () => {
    const r = await cli('check', 'fraud-detection', join(ANSWERS, 'fraud-partial.md'));
    assert.equal(r.code, 0);
    assert.match(r.out, /fraud-detection · design · 3\/9 phases covered/);
    assert.match(r.out, /✓ Metrics\n\s+"Optimise for PR-AUC/);
    assert.match(r.out, /✗ Features\n\s+consider: /);
    assert.match(r.out, /! .*\(no-monitoring\)/);
    const b = await cli('check', 'production-model-failure', join(ANSWERS, 'failure-blame.md'));
    assert.match(b.out, /owns a failure:\s+no \(blame-shifting found\)/);
  });

  it('errors exit 2: usage, unknown prompt, unreadable answer, coding problem', async () => {
    assert.equal((await cli('check', 'fraud-detection')).code, 2);
    const unknown = await cli('check', 'no-such-prompt', join(ANSWERS, 'fraud-partial.md'));
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /no prompt "no-such-prompt"/);
    const missing = await cli('check', 'fraud-detection', join(ANSWERS, 'missing.md'), '--json');
    assert.equal(missing.code, 2);
    assert.equal(missing.out, '');
    assert.match(missing.err, /cannot read/);
    const coding = await cli('check', 'stable-softmax', join(ANSWERS, 'fraud-partial.md'));
    assert.equal(coding.code, 2);
    assert.match(coding.err, /coding problem/);
  });
});
