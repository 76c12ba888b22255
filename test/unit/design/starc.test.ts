import * as assert from 'node:assert/strict';
import { ANSWERS, behavioral, read } from './support';

const failure = (answer: string): ReturnType<typeof behavioral> => behavioral('production-model-failure', answer);
const covered = (r: ReturnType<typeof behavioral>): string[] => r.starc.filter((s) => s.covered).map((s) => s.id);

describe('behavioral answers: STAR-C, ownership, quantified result, lessons', () => {
  it('a strong answer written as prose, without headings, gets every STAR-C part with evidence', () => {
    const answer = read(ANSWERS, 'failure-prose.md');
    const r = failure(answer);
    assert.deepEqual(covered(r), ['situation', 'task', 'action', 'result', 'context']);
    for (const s of r.starc) for (const e of s.evidence) assert.ok(answer.includes(e), e);
    assert.equal(r.ownsFailure, true);
    assert.equal(r.quantifiedResult, true);
    assert.equal(r.lessons, 'specific');
  });

  it('filler under every STAR-C heading, with activity counts, gets no part and no quantified result', () => {
    const r = failure(read(ANSWERS, 'failure-filler.md'));
    assert.deepEqual(covered(r), []);
    assert.equal(r.quantifiedResult, false);
    assert.equal(r.lessons, 'generic');
  });

  it('activity counts and uptime are not a quantified result; before/after impact is', () => {
    const quantified = (s: string): boolean => failure(s).quantifiedResult;
    assert.equal(quantified('I organised 6 alignment meetings and sent 40 emails to the stakeholders.'), false);
    assert.equal(quantified('The service had 99.99% uptime that year.'), false);
    assert.equal(quantified('We wrote 12 pages of documentation in 3 weeks.'), false);
    assert.equal(quantified('Precision went from 61% to 83% within 14 days.'), true);
    assert.equal(quantified('False declines dropped by 40% after the fix.'), true);
    assert.equal(quantified('Losses were about $30k instead of an estimated $400k.'), true);
    assert.equal(quantified('It cut p99 latency from 140 ms to 70 ms.'), true);
  });

  it('owning a failure needs a first-person mistake and no blame-shifting', () => {
    assert.equal(failure('I missed that the partner had changed the codes; I should have added a null-rate alert.').ownsFailure, true);
    assert.equal(failure('My mistake was writing the serving encoder separately from the training one.').ownsFailure, true);
    assert.equal(failure('The data team changed a schema without telling us. It was their fault.').ownsFailure, false);
    assert.equal(failure('It was not my fault, but I should have had an alert on it.').ownsFailure, false);
    assert.equal(failure('It was my call whether to launch, and I launched on time.').ownsFailure, false);
    assert.equal(read(ANSWERS, 'failure-blame.md').length > 0 && failure(read(ANSWERS, 'failure-blame.md')).ownsFailure, false);
  });

  it('lessons: specific practice, generic platitude, or none', () => {
    assert.equal(failure('Since then I add a golden-row parity test to every launch checklist.').lessons, 'specific');
    assert.equal(failure('I learned that communication is key and teamwork matters.').lessons, 'generic');
    assert.equal(failure('We fixed the model and moved on to the next project.').lessons, 'none');
  });

  it('STAR-C labels and short headings are understood', () => {
    const answer = read(ANSWERS, 'fairness-bold.md');
    const r = behavioral('fairness-concern', answer);
    assert.deepEqual(covered(r), ['situation', 'task', 'action', 'result', 'context']);
  });

  it('a story of meetings and encouragement is not concrete action', () => {
    const r = behavioral('mentoring', read(ANSWERS, 'mentoring-soft.md'));
    assert.deepEqual(covered(r), []);
  });
});

describe('behavioral answers: who did what', () => {
  it('what another team did is not the speaker’s action', () => {
    const r = failure('Our ranking model served 5M users a day. I reported the outage to my manager, and the data team eventually fixed the pipeline and retrained the model.');
    assert.equal(r.starc.find((s) => s.id === 'action')?.covered, false);
  });

  it('"we" actions count for half; several of them make an action', () => {
    const answer = read(ANSWERS, 'privacy-we.md');
    const r = behavioral('privacy-concern', answer);
    assert.equal(r.starc.find((s) => s.id === 'action')?.covered, true);
    const one = behavioral('privacy-concern', 'We hashed all phone numbers with a salted key.');
    assert.equal(one.starc.find((s) => s.id === 'action')?.covered, false);
  });

  it('scale numbers are not a result, and one-liners under every heading are not a story', () => {
    const scale = behavioral('a-project-you-are-proud-of', read(ANSWERS, 'proud-scale-only.md'));
    assert.equal(scale.quantifiedResult, false);
    assert.equal(scale.starc.find((s) => s.id === 'result')?.covered, false);
    assert.deepEqual(covered(behavioral('owning-an-incident', read(ANSWERS, 'incident-oneliners.md'))), []);
  });
});
