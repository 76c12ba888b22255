import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { ANSWERS, coveredPhases, design, flagIds, prompt, read } from './support';

const fraud = (answer: string): ReturnType<typeof design> => design('fraud-detection', answer);

describe('design answers: phases covered by substance, with evidence', () => {
  it('a buzzword answer that names everything and dismisses every nuance gets almost nothing', () => {
    const r = fraud(read(ANSWERS, 'fraud-buzzword.md'));
    assert.ok(coveredPhases(r).length <= 1, coveredPhases(r).join(', '));
    assert.deepEqual(r.nuances.covered, []);
  });

  it('a strong answer in prose, without any heading, covers the nine phases and the nuances', () => {
    const r = fraud(read(ANSWERS, 'fraud-prose.md'));
    assert.deepEqual(coveredPhases(r), r.phases.map((p) => p.id));
    assert.deepEqual(r.nuances.missed, []);
    assert.deepEqual(r.redFlags, []);
  });

  it('every covered phase and nuance quotes non-empty evidence, each a substring of the answer', () => {
    const files = readdirSync(ANSWERS).filter((f) => f.endsWith('.md'));
    const labels = JSON.parse(read(ANSWERS, 'labels.json')) as Record<string, { prompt: string; kind: string }>;
    let checked = 0;
    for (const f of files) {
      const l = labels[f];
      if (l?.kind !== 'design') continue;
      const answer = read(ANSWERS, f);
      const r = design(l.prompt, answer);
      for (const p of r.phases.filter((x) => x.covered)) {
        assert.ok(p.evidence.length > 0, `${f} ${p.id}`);
        for (const e of p.evidence) assert.ok(e.trim() && answer.includes(e), `${f} ${p.id}: ${e}`);
        checked++;
      }
      for (const n of r.nuances.covered) {
        const ev = r.nuances.evidence[n] ?? [];
        assert.ok(ev.length > 0 && ev.every((e) => answer.includes(e)), `${f} ${n}`);
      }
      for (const flag of r.redFlags) for (const e of flag.evidence) assert.ok(answer.includes(e), `${f} ${flag.id}: ${e}`);
    }
    assert.ok(checked > 50, `${checked} covered phases checked`);
  });

  it('a list of metrics without a choice covers nothing; a choice with its reason covers Metrics', () => {
    const list = fraud('Metrics: precision, recall, F1, ROC-AUC, PR-AUC, log loss, approval rate, fraud loss.');
    assert.equal(list.phases.find((p) => p.id === 'metrics')?.covered, false);
    const choice = fraud('Accuracy is useless at this base rate, so I would optimise PR-AUC and report recall at the 6,000 daily reviews.');
    assert.equal(choice.phases.find((p) => p.id === 'metrics')?.covered, true);
    assert.ok(choice.nuances.covered.includes('class-imbalance'));
    assert.deepEqual(flagIds(choice).includes('accuracy-only'), false, 'rejecting accuracy is not using it');
  });

  it('dismissals do not count, handling does', () => {
    const dismissed = fraud('Class imbalance is not a concern here, since XGBoost handles it natively.\nLeakage is not an issue for this data.');
    assert.ok(!dismissed.nuances.covered.includes('class-imbalance'));
    assert.ok(!dismissed.nuances.covered.includes('leakage'));
    const handled = fraud('We down-sample legitimate payments to 1:20 and then recalibrate with isotonic regression on a recent month.\nFeatures come only from point-in-time joins, and refund and dispute fields are dropped because they are known only after the payment.');
    assert.ok(handled.nuances.covered.includes('class-imbalance'), JSON.stringify(handled.nuances));
    assert.ok(handled.nuances.covered.includes('leakage'), JSON.stringify(handled.nuances));
  });

  it('restating the prompt, template text and one-liners do not count', () => {
    const p = prompt('fraud-detection');
    const restated = fraud(read(ANSWERS, 'fraud-restated.md'));
    assert.deepEqual(coveredPhases(restated), []);
    const statementLines = p.statement.split('\n').filter((l) => l.startsWith('- ')).join('\n');
    assert.deepEqual(coveredPhases(fraud(statementLines)), []);
    assert.deepEqual(coveredPhases(fraud(`${p.template}\nA/B test then ship.\nUse XGBoost.\n`)), []);
  });

  it('a partial answer covers what it discusses, wherever it sits', () => {
    const r = fraud(read(ANSWERS, 'fraud-partial.md'));
    assert.deepEqual(coveredPhases(r), ['metrics', 'data', 'serving']);
    assert.deepEqual(flagIds(r), ['no-monitoring']);
  });
});

describe('design answers: red flags', () => {
  const flagsOf = (answer: string): string[] => flagIds(fraud(answer));
  const base = 'Score in the authorisation call in 20 ms, with a fallback to the rules engine after a 60 ms timeout.\nHourly PSI on the top 20 features with alerts, and a weekly retrain.\n';

  it('a clean answer raises none', () => {
    assert.deepEqual(flagsOf(base), []);
  });

  it('each standard flag is raised by its statement and not by its negation', () => {
    const cases: [string, string, string][] = [
      ['accuracy-only', 'We will optimise for accuracy on the validation set.', 'We will ignore accuracy and optimise PR-AUC.'],
      ['random-split-time', 'We do a random 80/20 split of the payments.', 'We split by time instead of a random split.'],
      ['label-leak', 'Refund status and dispute flags are used as features.', 'We exclude refund status and dispute flags because they leak the label.'],
      ['fixed-threshold', 'Decline when the fraud probability is above 0.5.', 'We never use a 0.5 threshold; thresholds come from review capacity.'],
    ];
    for (const [id, raises, avoids] of cases) {
      assert.ok(flagsOf(base + raises).includes(id), `${id}: ${raises}`);
      assert.ok(!flagsOf(base + avoids).includes(id), `${id}: ${avoids}`);
    }
  });

  it('a serving design without a fallback, and monitoring that is skipped or vague', () => {
    assert.ok(flagsOf('Score every payment with a real-time API in 30 ms, deployed behind the gateway.\nHourly PSI on the top 20 features with alerts.').includes('no-fallback'));
    assert.ok(flagsOf('Hourly PSI on the top 20 features with alerts.').every((f) => f !== 'no-fallback'), 'no serving design, nothing to fall back from');
    assert.ok(flagsOf(base.split('\n')[0] + '\nMonitoring: we won’t bother, the model should be fine.').includes('no-monitoring'));
    const vague = fraud(base.split('\n')[0] + '\nWe will monitor the model.');
    assert.ok(flagIds(vague).includes('no-monitoring'));
  });

  it('statements that raise a red flag are not substance for a phase', () => {
    const r = fraud('We train on a random 80/20 split of last year’s payments so both sets have 30,000 frauds.');
    assert.equal(r.phases.find((p) => p.id === 'data')?.covered, false);
  });
});

describe('design answers: harder wording', () => {
  it('a dismissal with an argument keeps its argument; one without does not', () => {
    const argued = design('content-moderation', 'Class imbalance is not a big issue for the prevalence estimate because we measure it on a stratified random sample of viewed posts labelled by reviewers, with confidence intervals.');
    assert.ok(argued.nuances.covered.includes('class-imbalance'), JSON.stringify(argued.nuances));
    const bare = design('content-moderation', 'Class imbalance is not a big issue since the model will handle it.');
    assert.deepEqual(bare.nuances.covered, []);
  });

  it('counts of artifacts and "we will" are not decisions', () => {
    const r = design('cold-start-recommendations', read(ANSWERS, 'coldstart-fakespecific.md'));
    assert.deepEqual(coveredPhases(r), []);
    assert.ok(flagIds(r).includes('no-monitoring'));
  });

  it('terse notes with arrows and comparison signs carry their decisions', () => {
    const r = design('spam-abuse-classifier', 'Hiding a real fan comment = trust cost -> drop only at >99% precision, fold below that.\n- 2 scores: P(spam | message) + account risk; combine -> action bands');
    assert.deepEqual(coveredPhases(r).filter((p) => p === 'clarify' || p === 'framing'), ['clarify', 'framing']);
  });

  it('a pasted statement and a template of TBDs cover nothing', () => {
    assert.deepEqual(coveredPhases(design('search-ranking', prompt('search-ranking').statement)), []);
    assert.deepEqual(coveredPhases(design('feed-ranking', read(ANSWERS, 'feed-tbd.md'))), []);
  });
});

describe('design answers: one reasoned sentence is enough for a phase', () => {
  const cases: [string, string][] = [
    ['clarify', "I'd first confirm the latency budget and the review capacity, since they decide whether we can use a heavy model."],
    ['framing', "I'll frame it as binary classification of each payment, with the label being a confirmed chargeback within 90 days."],
    ['metrics', "We'll use PR-AUC because fraud is rare."],
    ['data', "We'll split the data by time so the test set comes after training."],
    ['model', "I'd start with gradient-boosted trees since the data is tabular."],
    ['evaluation', "We'll run a shadow deployment for two weeks before an A/B test."],
    ['monitoring', "We'll monitor the score distribution daily and alert on big shifts."],
  ];
  for (const [phase, sentence] of cases) {
    it(`${phase}: "${sentence}"`, () => {
      assert.deepEqual(coveredPhases(design('fraud-detection', sentence)), [phase]);
    });
  }
});
