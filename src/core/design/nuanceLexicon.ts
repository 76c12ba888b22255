/**
 * Built-in detectors of the production nuances (handling, not naming: "class imbalance" alone
 * is not a detector, "down-sample negatives and recalibrate" is), and the built-in detectors of
 * the standard red flags. Rubrics add their prompt's own detectors to both.
 */
import type { Detector, NuanceId, RedFlagRule } from '../problems/schema';
import { PHASE_DETECTORS } from './phaseLexicon';

const d = (id: string, patterns: string[], needs?: Detector['needs'], unless?: string[]): Detector => ({ id, patterns, ...(needs ? { needs } : {}), ...(unless ? { unless } : {}) });

export const NUANCE_DETECTORS: Record<NuanceId, readonly Detector[]> = {
  'class-imbalance': [
    d('reweighting', ['(class|sample|positive)[- ]weight\\w*|weighted loss|focal loss|cost[- ]sensitive( loss| learning)?', '(down|under|negative|up|over)[- ]?sampl\\w*|smote|rebalanc\\w*|balanced (batches|sampling)', 'hard[- ](negative|positive) mining'], []),
    d('imbalance-metrics', ['pr[- ]?auc|auc[- ]?pr|auprc|average precision|precision[- ]recall (curve|auc)', 'recall at (a )?(fixed |the |our )?(precision|fpr|false positive|budget|capacity|review|alert|operating)', 'precision at (k|\\d+|the (top|budget|review|capacity|alert))', '(base|positive|prior|fraud|churn|click|spam) rate (is|of|as|at)'], []),
    d('reject-accuracy', ['(not|never|ignore|instead of|rather than|over) (use |report |optimi[sz]e )?(plain |raw |overall )?accuracy', 'accuracy (is|would be|gives|looks)( \\w+){0,3} (misleading|useless|meaningless|trivial|uninformative|99)'], []),
    d('recalibrate-after-sampling', ['(recalibrat\\w*|correct\\w* (the )?(probabilit\\w+|scores?)|re-?weight\\w*).{0,40}(sampl\\w*|weight\\w*)|(sampl\\w*|weight\\w*).{0,40}(recalibrat\\w*|correct\\w* (the )?probabilit\\w+)'], []),
    d('stratify', ['stratif\\w*']),
  ],
  leakage: [
    d('point-in-time', ['point[- ]in[- ]time|as[- ]of (joins?|timestamps?|dates?|snapshots?)'], []),
    d('time-split', ['(time|temporal|time-based|chronological|out-of-time|forward[- ]chaining)[- ]?(split|cut|holdout|validation|ordered split|backtest)', 'split\\w* (strictly )?(by|on) (time|date|week|month)', 'train\\w* on (the )?(past|earlier|older).{0,30}(test|evaluat|validat)\\w* on (the )?(later|recent|next|following)'], []),
    d('availability-time', ['(only|strictly) (use |using )?(data|features?|information|events|signals) (available |known |logged )?(before|prior to|up to|at) (the )?(prediction|decision|scoring|snapshot|payment|order|request|cutoff|cut-off|query|impression|auction|booking)', '(available|known|exist\\w*) at (prediction|decision|scoring|serving|request|inference|query|auction|booking|order) time', 'before the (snapshot|cutoff|cut-off|prediction time|decision)'], []),
    d('drop-leaky', ['(drop|exclude|remove|strip|filter out)\\w*.{0,60}(leak\\w*|after the|post-|future|populated|known only|only known|consequence)'], []),
    d('group-split', ['(group|entity|user|account|query|session|product|seller|host)[- ](split|k-?fold|level split|disjoint)', 'split\\w* by (user|account|group|entity|query|session|product|seller|host|listing|restaurant)'], []),
    d('dedup', ['(dedup\\w*|de-dup\\w*|near[- ]duplicates?|minhash|perceptual hash\\w*).{0,40}(across|between|before|split|train|test)|(across|between) (the )?splits'], []),
    d('fit-on-train', ['(fit|fitted|fitting|learn\\w*).{0,30}(on )?(the )?train(ing)? (split|set|data|fold)s? only|out-of-fold|on the training split only'], []),
    // A time gap between training and test data, not any gap ("the gap between the first and second passage").
    d('gap', ['(gap|embargo|buffer) (of \\d+ ?(days?|weeks?|months?|hours?|d|w)|equal to the (label|outcome|prediction|churn|chargeback)\\w*|between (the )?(train\\w*|validation|test|cut-?off)|matching the (label|horizon|window))|with a (\\w+[- ])?(day|week|month)[- ]?(gap|embargo)'], []),
  ],
  'data-drift': [
    d('drift-statistics', ['psi|population stability|kl divergence|ks (test|statistic)|kolmogorov|jensen[- ]shannon|wasserstein|chi-?square|domain classifier'], []),
    d('drift-monitoring', ['drift (detect\\w*|monitor\\w*|alert\\w*|check\\w*|dashboards?)', '(monitor|detect|alert on|track|watch)\\w*.{0,40}(drift|shift|distribution)', '(score|prediction|feature|input|embedding|query) distributions?']),
    d('retrain-cadence', ['retrain\\w* (weekly|daily|monthly|nightly|every|on a|when|if|after|before|triggered)', '(scheduled|periodic|regular|drift-triggered|triggered|automatic) retrain\\w*', '(weight|upweight)\\w* recent|recency[- ]weight\\w*|sliding window|recent (window|weeks|months) of data'], []),
    // Holidays and seasons handled as inputs or retraining, not merely held out as a test slice.
    d('seasonality', ['(season\\w*|holiday\\w*).{0,40}(features?|flags?|calendar|retrain\\w*|re-?weight\\w*|correction|adjust\\w*)|(features?|flags?|calendar|retrain\\w*).{0,30}(season\\w*|holiday\\w*)', '(covariate|concept|prior|label) (drift|shift)']),
  ],
  'feedback-loops': [
    d('exploration', ['exploration|exploring|explore (new|fresh|unseen|cold|less)|epsilon[- ]greedy|thompson|ucb|bandits?|randomi[sz]\\w* (slots?|positions?|exploration|holdout|treatment|campaigns?|serving|traffic|sample|subset|share|order)'], []),
    d('unbiased-holdout', ['(random|persistent|unbiased|control|untreated|uniform) (holdout|slice|group|traffic|bucket|arm)', '(random|uniform|unbiased|exploration) (sample|slice|share)s?.{0,80}(bias\\w*|selection|exposure|untreated|(not|never|wasn\\W?t|weren\\W?t) (shown|ranked|served|reviewed|flagged|decided|selected|chosen)|the model (never|did not|didn\\W?t))|(bias\\w*|selection|exposure).{0,80}(random|uniform|unbiased|exploration) (sample|slice|share)', 'hold-?out (group|traffic|slice|sample|bucket)', '(approve|show|serve|let through|release|publish)\\w*.{0,50}(random|small|capped) (sample|share|fraction|slice|percentage)'], []),
    d('debiasing', ['propensit\\w*|inverse propensity|ips|ipw|doubly robust|off-?policy', 'position bias|exposure bias|selection bias|presentation bias|selective labels?|reject inference|counterfactual', 'popularity (bias|cap\\w*)|(cap|limit)\\w* (exposure|impressions)|diversity (constraint|re-?rank\\w*|boost)'], []),
  ],
  uncertainty: [
    d('calibration', ['platt|isotonic|temperature scaling|reliability (curve|diagram)|ece|brier|calibration (curve|plot|error|ratio|check|layer|set|step|map)|recalibrat\\w*|calibrat\\w* (on|with|per|using|after|against|by) '], []),
    d('calibration-named', ['calibrat\\w*']),
    d('intervals', ['prediction intervals?|quantile (regression|loss|forecasts?|heads?)|conformal|p(10|20)\\W{1,3}(p50\\W{1,3})?p(80|90)|error bars|uncertainty (estimates?|bands?|intervals?)|(range|interval) (instead of|rather than)'], []),
    d('confidence', ['confidence (intervals?|thresholds?|scores?|levels?|bands?)']),
    d('selective', ['abstain\\w*|abstention|defer\\w* (to )?(a )?human|escalat\\w* (when|if)|low[- ]confidence|below (a |the )?confidence', '(uncertain|unsure|borderline|ambiguous|middle|grey|gray|between|band|close to|near the threshold).{0,40}(rout|sen[dt]|escalat|defer)\\w*.{0,30}(human|review\\w*|analyst|moderator)|(rout|sen[dt]|escalat|defer)\\w*.{0,30}(human|review\\w*|analyst|moderator).{0,40}(uncertain|unsure|borderline|ambiguous|middle|grey|gray|between|band|close to)', '(uncertain|unsure|borderline|ambiguous|low[- ]score|grey[- ]zone|gray[- ]zone) (ones|cases|items|posts|predictions|scores|payments|messages)?.{0,20}(go|goes|are sent|get sent|gets sent|is sent|routed|sent|escalated|deferred|handed)\\w*( over)? to (a |the )?(human|review\\w*|analyst|moderator|expert|queue)'], []),
    d('epistemic', ['ensembl\\w* (disagreement|variance)|mc dropout|predictive entropy|out-of-distribution|ood'], []),
  ],
  'adversarial-inputs': [
    d('defences', ['rate[- ]limiting|rate[- ]limit(s|ed)? (per|on|by|new|the (number|attempts|requests|senders|accounts))|velocity (checks?|limits?)', '(step-up|captcha|friction).{0,60}(attack\\w*|attackers?|fraudsters?|bots?|prob\\w*|card[- ]testing|abuse\\w*|adversar\\w*|takeover|spammers?|evasion)|(attack\\w*|attackers?|fraudsters?|bots?|prob\\w*|card[- ]testing|abuse\\w*|adversar\\w*|takeover|spammers?|evasion).{0,60}(step-up|captcha|friction)', "(hide|hidden|not (show|leak|expose|reveal)|don't (show|leak|expose|reveal)|never (show|leak|expose|reveal))\\w*.{0,20}(scores?|thresholds?|reasons?|rules?)", '(adversarial|attack) (training|augmentation|test\\w*|suites?|examples?)|red[- ]team\\w*', 'fast (retrain\\w*|relabel\\w*|rules?|response|update)|rules? push|hot[- ]?fix|honeypots?|reputation|(costly|hard|expensive) (for \\w+ )?to fake', "prompt[- ]injection (defen\\w*|filter\\w*|tests?|cases|suites?|examples?|eval\\w*|classifier|detect\\w*|red[- ]team\\w*)|(treat|treated|treating).{0,40}(as (untrusted )?data|never as instructions)|sandbox\\w*|allow-?list|input (sanitis|sanitiz|validation|filter)\\w*", 'fresh (random )?sample of (live )?traffic|hold out.{0,20}(attack|family|families)|(probe|probing) (detection|patterns?)|card[- ]testing (detection|rule|alert)', 'obfuscat\\w* (normali[sz]\\w*|handling)|(normali[sz]e|canonicali[sz]e)\\w* (text|unicode|characters|homoglyph\\w*)|homoglyph'], []),
    d('attack-monitoring', ['(alert|detect|monitor|watch)\\w*.{0,40}(attack|probing|probe|spike|burst|adversar\\w*|evasion|coordinated)', '(attack|probing|adversar\\w*|evasion).{0,40}(alert|detect\\w*|monitor\\w*|spike|within (hours|a day|\\d+))']),
  ],
  hallucination: [
    d('grounding-named', ['ground(ed|ing|edness)|faithful\\w*|citations?|cite\\w*']),
    d('grounding', ['(answer|respond)\\w* only (from|with|using) (the )?(provided |retrieved )?(context|documents|sources|passages)|citations? (per|for every|for each) (claim|sentence|statement)|(cite|quote)\\w* (the )?(source|passage|document|policy)|groundedness (check|score|judge|threshold)'], []),
    d('abstention', ["abstain\\w*|refus\\w*|i don't know|unanswerable|(say|says) (it|that it) (doesn't|does not) know"], []),
    d('verification', ['(claim|fact)[- ]?(level )?(check\\w*|verif\\w*)|entailment|nli|(llm|model)[- ]as[- ]a?[- ]?judge|judge model|verifier|verification step|post-?hoc (check|verif\\w*)', 'temperature (of )?(0|zero|low)|low temperature', 'retrieval (recall|precision)|recall@\\d+'], []),
  ],
  'training-serving-skew': [
    d('single-definition', ['(same|one|single|shared|identical|common) (feature )?(definitions?|code( path)?|pipeline|logic|library|transforms?|transformations?|preprocessing|job)'], []),
    d('feature-store', ['feature store']),
    d('log-served', ['log(ged|ging|s)? (the )?(served |serving |online )?features|features (are |get |will be )?logged|log-and-wait|train\\w* on (the )?logged'], []),
    d('parity', ['parity (checks?|tests?)|golden[- ]rows?|compare\\w*.{0,40}(online|served|serving).{0,40}(offline|training)', 'skew (checks?|monitor\\w*|alerts?|tests?)'], []),
  ],
};

const serving = PHASE_DETECTORS.serving;

/** Built-in rules of the standard red flags; a rubric entry with the same id adds its own detectors. */
export const STANDARD_RED_FLAGS: Record<string, Omit<RedFlagRule, 'title'> & { title: string }> = {
  'accuracy-only': {
    id: 'accuracy-only',
    title: 'Accuracy as the main metric on an imbalanced problem',
    present: [d('accuracy-chosen', ['(primary|main|key|headline|north[- ]star|target|only|success) (metric|kpi) (is |will be |would be |= )?(the )?(overall )?accuracy', 'accuracy (as|is) (the|our) (primary|main|key|headline|only) (metric|kpi|goal)', '(optimi[sz]\\w*|maximi[sz]\\w*|improve|track|report|measure|use|evaluate|judge|monitor)( \\w+){0,3} (for |on |with |by )?(the )?(overall |model |classification )?accuracy', '\\d+(\\.\\d+)? ?% accuracy|accuracy (of|above|over|>|at least) \\d', 'accuracy'], [])],
    unless: [d('imbalance-aware-metric', ['pr[- ]?auc|auc[- ]?pr|auprc|average precision|precision|recall|f1|f-?beta|ndcg|mrr|lift|qini|auuc|log[- ]?loss|calibration|brier'], [])],
  },
  'random-split-time': {
    id: 'random-split-time',
    title: 'Random split of time-ordered data',
    present: [
      d(
        'random-split',
        ['random(ly)?[- ](\\d+/\\d+[- ])?(train[- ]test[- ]|train/test )?(split\\w*|partition\\w*|shuffl\\w*)', 'random(ly)? (sampl|select)\\w*.{0,20}(for|as) (the )?(test|validation|eval\\w*) (set|split|data)', 'split\\w* (the data |the rows |everything )?(at )?random(ly)?', 'shuffl\\w* (the )?(data|rows|examples|dataset|everything)', 'train_test_split', '\\d+/\\d+( random)? (train/test )?split', '(k|\\d+)[- ]?fold( cross[- ]validation| cv)?|cross[- ]validation'],
        [],
        ['time|temporal|chronolog|forward|rolling|expanding|walk|out-of-time|by (date|week|month|day)|group|blocked|purged|embargo|past|future'],
      ),
    ],
  },
  'label-leak': {
    id: 'label-leak',
    title: 'A feature only known after the label or after prediction time',
    present: [d('future-information', ['(features?|signals?|inputs?).{0,40}(after|following) the (label|outcome|event|prediction|decision|cancellation|chargeback|delivery|click|booking)', 'future (data|information|events|values|labels)', '(computed|aggregated|calculated) over the (whole|entire|full) (day|period|dataset|history|month|week)', 'including (the )?future'], [])],
  },
  'no-fallback': {
    id: 'no-fallback',
    title: 'A serving design with no fallback',
    absent: [d('fallback', ['fall ?back|fall(s|ing)? back|fail[- ]?(open|closed|safe|over)|circuit[- ]breaker|degrade(d|s)? (gracefully|mode|to)|graceful(ly)? degrad\\w*|degraded mode|default (score|policy|decision|response|ranking|price|answer|list|eta|estimate)|backup (model|policy|rules?|path)|previous (model|version|prices?|list|ranking)|last[- ]known[- ]good|(yesterday|last night)\\W?s? (list|prices?|scores?|ranking)|(hand|escalat\\w*|route\\w*|defer\\w*).{0,25}human|rules? engine (if|when|as)|(if|when).{0,50}(fails?|down|unavailable|times? out|timeout|slow|errors?)'], [])],
    scope: serving.filter((x) => x.id !== 'serving-perf').map((x) => ({ ...x, needs: [] })),
    dismissed: [d('fallback-dismissed', ['fall ?back|backup|redundan\\w*'], [])],
  },
  'no-monitoring': {
    id: 'no-monitoring',
    title: 'Nothing concrete about monitoring',
    uncovered: 'monitoring',
    dismissed: [d('monitoring-dismissed', ['monitor\\w*|drift|alert\\w*|retrain\\w*|dashboards?'], [])],
  },
  'fixed-threshold': {
    id: 'fixed-threshold',
    title: 'A fixed 0.5 threshold not tied to costs or capacity',
    present: [
      d(
        'half-threshold',
        ['(threshold|cut-?off|cutoff)s? (of |at |= ?|: ?|is |set to )?(0?\\.5|50 ?%)', '(0?\\.5|50 ?%) (probability )?(threshold|cut-?off|cutoff)', '(>|>=|above|over|exceeds?|greater than) ?(0?\\.5|50 ?%)(?! ?(ms|s|seconds|minutes))', 'default threshold', '(probability|score|p) ?(>|>=) ?0?\\.5'],
        [],
        ['cost|capacity|budget|tune|tuned|tuning|expected|review (queue|team|capacity)|precision target|per (segment|amount)|calibrat'],
      ),
    ],
  },
};
