import * as assert from 'node:assert/strict';
import { analyseAnswer, substantive } from '../../../src/core/design/analysis';
import { bareList, oneLiner, specificsOf } from '../../../src/core/design/cues';
import { normalize, words } from '../../../src/core/design/text';
import { behavioral, coveredPhases, design } from './support';

const NONE = new Set<string>();
const specifics = (text: string): string[] => [...specificsOf(normalize(text), NONE)].sort();
const only = (text: string): ReturnType<typeof analyseAnswer>[number] => {
  const a = analyseAnswer(text, { template: '', statement: '' });
  assert.equal(a.length, 1, JSON.stringify(a.map((x) => x.sentence.text)));
  return a[0]!;
};

describe('substance rules: what a sentence must carry to count', () => {
  it('BATTERY 81: digits inside names ("p95", "D7 retention", "F2") and "two-tower" are not figures', () => {
    assert.ok(!specifics('We show NDCG, D7 retention, p95 error and F2 side by side.').includes('number'));
    assert.ok(!specifics('A two-tower retriever feeds the ranker.').includes('number'));
    assert.ok(specifics('Alert when p95 error exceeds 12 minutes.').includes('number'));
  });

  it('a class against its own negation ("spam vs. not spam") compares nothing', () => {
    assert.ok(!specifics('It is a binary task: spam vs. not spam.').includes('comparison'));
    assert.ok(specifics('Gradient boosting rather than a deep net, since the features are tabular.').includes('comparison'));
  });

  it('sequencing words and vague triggers are not conditions', () => {
    assert.ok(!specifics('Train offline, then shadow, then ramp.').includes('condition'));
    assert.ok(!specifics('We retrain the ranker when it gets worse.').includes('condition'));
    assert.ok(!specifics('After launch we watch the dashboards.').includes('condition'));
    assert.ok(specifics('Retrain if the weekly PSI on basket size crosses its alert level.').includes('condition'));
  });

  it('BATTERY 80: a short step sequence with nothing that argues or bounds it is a one-liner', () => {
    const short = (t: string): boolean => oneLiner(words(normalize(t)), 0, specificsOf(normalize(t), NONE), normalize(t));
    assert.equal(short('Run an online test against the current heuristic, then launch it.'), true);
    assert.equal(short('Keep an eye on quality and refresh the model regularly.'), true);
    assert.equal(short('Ship to 5% of stores first and widen only if waste falls by a tenth.'), false);
    assert.equal(short('Use log-loss because the scores feed a pricing rule.'), false);
  });

  it('BATTERY 80: dismissals, deferrals and naming without handling carry nothing, even with a reason beside them', () => {
    for (const t of [
      'Concept shift is n/a for the pilot since the team refreshes the model whenever sales asks.',
      'Exposure bias is real, but a big enough ranker learns around it.',
      'Abuse checks can be added in a later phase.',
      'Label lag is a well-known challenge.',
      'Label lag is something we will keep in mind.',
      'Seasonality should even out across the year.',
      'We need no special treatment for cold start.',
      'The best model family will emerge from experimentation with the team.',
    ]) {
      const a = only(t);
      assert.equal(a.dismissal, true, t);
      assert.equal(substantive(a), false, t);
    }
  });

  it('a dismissal backed by a worked-out method of the writer keeps that method', () => {
    const a = only('Rare classes are not a worry for the audit metric because we measure it on a stratified sample of reviewed tickets with bootstrap intervals.');
    assert.equal(a.dismissal, false);
    assert.ok(a.specifics.size > 0);
  });

  it('a concrete reason beside a vague one still argues ("simple, and the analysts can read the coefficients")', () => {
    const a = only('For the first model I would pick a linear model, because it is simple and the analysts can read the coefficients.');
    assert.equal(a.hedged, false);
    assert.ok(a.specifics.has('reason'));
    assert.equal(only('For the first model I would pick a linear model, because it is simple and popular.').hedged, true);
  });

  it('BATTERY 81: a list of named inputs is a choice; a list of kinds of inputs or of metrics is not', () => {
    const kinds = (t: string): boolean => bareList(normalize(t), specificsOf(normalize(t), NONE));
    assert.equal(kinds('Features: basket size, minutes since last visit, store region, weekday and promo flag.'), false);
    assert.equal(kinds('Features: user features, item features, context features, session signals.'), true);
    assert.equal(kinds('Metrics: precision, recall, F1, AUC, log-loss, MAE and lift.'), true);
  });
});

describe('substance rules: through the checker', () => {
  it('a buzzword answer with one-liners and dismissals gets no phase, a decided one does', () => {
    const buzz = [
      '## Evaluation',
      'Backtest offline, then A/B test, then roll out.',
      '## Monitoring',
      'Drift is not really relevant here because orders are always new.',
      'We will keep monitoring in mind and add it in a later phase.',
    ].join('\n');
    assert.deepEqual(coveredPhases(design('eta-prediction', buzz)), []);
    const decided = [
      '## Monitoring',
      'Every hour I compare the mean residual per city against the last four weeks and alert when it moves by more than 3 minutes, because late deliveries hurt more than early ones.',
    ].join('\n');
    assert.deepEqual(coveredPhases(design('eta-prediction', decided)), ['monitoring']);
  });

  it('BATTERY 82: holidays held out as a test slice do not handle drift; holiday inputs do', () => {
    const slice = design('eta-prediction', 'I keep national holidays as a separate test slice of 3 weeks so the report shows them apart.');
    assert.ok(!slice.nuances.covered.includes('data-drift'), JSON.stringify(slice.nuances));
    const feature = design('eta-prediction', 'I add holiday and school-break flags as features and retrain every week, because demand on those days differs by 30%.');
    assert.ok(feature.nuances.covered.includes('data-drift'), JSON.stringify(feature.nuances));
  });

  it('BATTERY 82: friction counts as a defence only when tied to an attacker', () => {
    const grey = design('fraud-detection', 'Payments in the middle band get a step-up check, since 8% abandonment is cheaper than a wrong decline.');
    assert.ok(!grey.nuances.covered.includes('adversarial-inputs'), JSON.stringify(grey.nuances));
    const attack = design('fraud-detection', 'When a device tries more than 5 new cards in 10 minutes we force a step-up check, because card-testing bots probe with small amounts.');
    assert.ok(attack.nuances.covered.includes('adversarial-inputs'), JSON.stringify(attack.nuances));
  });

  it('BATTERY 82: sending cases to review handles uncertainty only when the uncertain ones are sent', () => {
    const restated = design('content-moderation', 'For each of the 80M daily posts we decide to remove, restrict, send to review or leave up.');
    assert.ok(!restated.nuances.covered.includes('uncertainty'), JSON.stringify(restated.nuances));
    const routed = design('content-moderation', 'Borderline posts between the two thresholds are sent to human review, because a wrong removal costs an appeal.');
    assert.ok(routed.nuances.covered.includes('uncertainty'), JSON.stringify(routed.nuances));
  });
});

describe('substance rules: behavioral signals', () => {
  const head = (parts: Record<string, string>): string => Object.entries(parts).map(([h, t]) => `## ${h}\n\n${t}\n`).join('\n');

  it('ownership is found in plain first-person wording of the speaker\'s own mistake', () => {
    for (const t of ['That was my bug: I had built the join myself and hadn\'t checked the date key.', 'The root cause was a problem in my own feature pipeline.', 'Nobody noticed for a month because my alerting hadn\'t covered the null rate.']) {
      assert.equal(behavioral('production-model-failure', t).ownsFailure, true, t);
    }
    assert.equal(behavioral('production-model-failure', 'The vendor changed the schema without telling us, and it was not my fault.').ownsFailure, false);
  });

  it('BATTERY 83: figures that set up the situation are not the result', () => {
    const r = behavioral('offline-online-mismatch', head({ Situation: 'Our new ranker lifted offline recall from 0.61 to 0.66 on the April logs, yet the online test stayed flat.', Result: 'Leadership was pleased with the thorough write-up.' }));
    assert.equal(r.quantifiedResult, false);
    assert.equal(r.starc.find((s) => s.id === 'result')?.covered, false);
  });

  it('BATTERY 83: any stated outcome under a Result heading counts; uptime and praise do not', () => {
    const moved = behavioral('saying-no-to-a-launch', head({ Result: 'The release moved by three weeks and went out with the fix.' }));
    assert.equal(moved.starc.find((s) => s.id === 'result')?.covered, true);
    const praise = behavioral('saying-no-to-a-launch', head({ Result: 'The service kept 99.9% uptime and my manager praised the team.' }));
    assert.equal(praise.starc.find((s) => s.id === 'result')?.covered, false);
  });

  it('BATTERY 83: a generic setting ("a new ML model for the customers") is not a situation; a named system is', () => {
    const generic = behavioral('saying-no-to-a-launch', head({ Situation: 'Some time ago our group was about to launch a new ML model for the customers.' }));
    assert.equal(generic.starc.find((s) => s.id === 'situation')?.covered, false);
    const named = behavioral('saying-no-to-a-launch', head({ Situation: 'At a grocery app, my team was about to launch a demand forecast for 900 stores that set the daily stock orders.' }));
    assert.equal(named.starc.find((s) => s.id === 'situation')?.covered, true);
  });

  it('BATTERY 83: blaming another team is not an action; uptime under Result is not a lesson', () => {
    const r = behavioral('saying-no-to-a-launch', head({ Action: 'I pointed out that the analytics team had been sloppy with the holdout split.', Result: 'The launch slipped, and the fraud scoring service has had 99.9% uptime since then.' }));
    assert.equal(r.starc.find((s) => s.id === 'action')?.covered, false);
    assert.equal(r.starc.find((s) => s.id === 'context')?.covered, false);
  });

  it('BATTERY 83: a 20-page document is an activity count, a signed change is impact', () => {
    assert.equal(behavioral('production-model-failure', head({ Result: 'I wrote a 20-page review for the team.' })).quantifiedResult, false);
    assert.equal(behavioral('production-model-failure', head({ Result: 'We delivered a 30-page report to the board.' })).starc.find((s) => s.id === 'result')?.covered, false);
    assert.equal(behavioral('production-model-failure', head({ Result: 'Qualified leads per week went +14% after the fix, with the same sales headcount.' })).quantifiedResult, true);
  });
});
