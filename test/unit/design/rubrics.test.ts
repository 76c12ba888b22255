import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';

import { DESIGN_PHASES, STANDARD_RED_FLAGS, behavioralRubricSchema, designRubricSchema } from '../../../src/core/problems/schema';
import { PROBLEMS, read } from './support';

const prompts = (kind: string): string[] =>
  readdirSync(PROBLEMS).filter((d) => {
    try {
      return (JSON.parse(read(PROBLEMS, d, 'problem.json')) as { kind: string }).kind === kind;
    } catch {
      return false;
    }
  });

describe('bundled rubrics carry detectors for this prompt’s domain', () => {
  it('every design prompt: detectors for every phase and every nuance, and the applicable red flags', () => {
    const ids = prompts('design');
    assert.equal(ids.length, 12);
    for (const id of ids) {
      const rubric = designRubricSchema.parse(JSON.parse(read(PROBLEMS, id, 'rubric.json')));
      const manifest = JSON.parse(read(PROBLEMS, id, 'problem.json')) as { nuances: string[] };
      for (const phase of DESIGN_PHASES) assert.ok((rubric.phases.find((p) => p.id === phase)?.detectors ?? []).length > 0, `${id} ${phase}`);
      for (const n of manifest.nuances) assert.ok((rubric.nuances?.[n as keyof typeof rubric.nuances] ?? []).length > 0, `${id} nuance ${n}`);
      const flags = (rubric.redFlags ?? []).map((f) => f.id);
      for (const must of ['no-monitoring', 'no-fallback']) assert.ok(flags.includes(must), `${id} ${must}`);
      assert.ok(flags.every((f) => (STANDARD_RED_FLAGS as readonly string[]).includes(f)), `${id}: ${flags.join(', ')}`);
    }
  });

  it('every behavioral prompt names the concrete terms of its story', () => {
    const ids = prompts('behavioral');
    assert.ok(ids.length >= 20);
    for (const id of ids) {
      const rubric = behavioralRubricSchema.parse(JSON.parse(read(PROBLEMS, id, 'rubric.json')));
      assert.ok((rubric.concrete ?? []).length > 0, id);
    }
  });

  it('the schema rejects patterns that do not compile and non-standard red flags without a trigger', () => {
    const rubric = JSON.parse(read(PROBLEMS, 'fraud-detection', 'rubric.json')) as { phases: { detectors?: unknown[] }[]; redFlags: unknown[] };
    const broken = structuredClone(rubric);
    broken.phases[0].detectors = [{ id: 'bad', patterns: ['(unclosed'] }];
    const r = designRubricSchema.safeParse(broken);
    assert.equal(r.success, false);
    assert.match(JSON.stringify(r.error?.issues), /regular expression/);
    const noTrigger = structuredClone(rubric);
    noTrigger.redFlags = [{ id: 'made-up', title: 'x' }];
    assert.equal(designRubricSchema.safeParse(noTrigger).success, false);
    assert.equal(designRubricSchema.safeParse({ phases: rubric.phases.map((p) => ({ ...p, detectors: undefined })) }).success, true, 'detectors are optional');
  });
});

