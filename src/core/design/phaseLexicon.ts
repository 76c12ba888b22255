/**
 * Built-in concept detectors of the nine design phases, shared by every prompt (a prompt's
 * rubric adds detectors for its own domain). Patterns are regular-expression sources matched
 * against the normalised sentence (lower case, no markup) between non-alphanumeric boundaries;
 * a detector without `needs` counts only next to a specific (see cues.ts).
 */
import type { DesignPhase, Detector } from '../problems/schema';

const d = (id: string, patterns: string[], needs?: Detector['needs']): Detector => (needs === undefined ? { id, patterns } : { id, patterns, needs });

export const PHASE_DETECTORS: Record<DesignPhase, readonly Detector[]> = {
  clarify: [
    d('scope', ['(in|out of) scope', 'scope (is|to|it|v1)', 'v1 (targets?|covers?|is|focuses|handles)', 'first version (targets?|covers?|is|focuses)', 'non-goals?', '(separate|distinguish|differentiate|split)\\w* (between )?(the )?(two|three|four|\\w+)? ?(use[- ]cases?|cases|scenarios|surfaces|types|kinds|problems|tasks|goals|flows)'], []),
    d('assumptions', ['assum(e|es|ing|ption|ptions)\\b(?! (everything|it will|that it will|all))', "(i'd|i would|i'll|i will|we'd|let me|i want to|first,? i'd) (first |also |then )?(ask|confirm|check|verify|pin down|nail down|clarify) (whether|if|how|what|which|who|that|the)", '(ask|confirm|check) (whether|if)'], []),
    d('error-costs', ['(cost|price) of (a|an|each|every)? ?(miss|missed|false|error|mistake|wrong)\\w*', 'false (positives?|negatives?|declines?|alarms?|accepts?|rejects?|blocks?|removals?) (cost|are|is|hurt|lose|loses|mean)', '(miss|missed \\w+|mistakes?|errors?) costs?', 'asymmetric', 'error costs?', 'each (error|mistake) costs']),
    d('goals', ['(business )?(goal|objective|success)( is| means| looks like|\\s?=|:)', 'optimi[sz]e for', 'what (success|good) looks like', 'who (are|is) the (users?|customers?)', 'stakeholders? (need|want|care)']),
    d('own-question', ['(what|which|how|who|whether|do|does|is|are|can|should|will)\\b[^?]{12,}\\?'], []),
  ],
  framing: [
    d('task-type', ['(binary|multi-?class|multi-?label)( classif\\w*| problem| task| model)?', 'classif(y|ication) (problem|task)', 'regression (problem|task|on|model)', '(ranking|retrieval|recommendation|forecasting|generation|matching|similarity) (problem|task)', 'learning[- ]to[- ]rank', 'point-?wise|pair-?wise|list-?wise']),
    d('label-definition', ['labels? (is|are|=|as|defined|means|comes|will be|would be)|^(the )?(label|target)s?:', '(positive|negative) (class|label|example)s? (is|are|=|means)', 'target (is|variable|=)', 'predict(s|ing|ed)? (the )?(probability|p\\(|whether|if|how (long|many|much)|the (number|time|amount|chance|likelihood|demand|price))', 'p\\(\\s?\\w+', 'estimat(e|es|ing) (the )?(probability|likelihood|time|demand|uplift|effect|value)']),
    d('decision', ['decision (layer|policy|rule|function|logic)', 'expected (cost|value|loss|revenue|profit|margin|utility|benefit)', '(map|turn|convert|translate)s? (the )?(scores?|probabilit\\w+|predictions?) (in)?to', '(grey|gray) (zone|band|area)', 'abstain', 'defer to'], []),
    d('baseline', ['baselines?', 'heuristics?', '(rule|rules)[- ]based', '(beat|compare against|replace) the (current|existing) (rules?|system|heuristic|model)']),
    d('formulation', ['uplift', 'treatment effects?', 'causal', '(contextual )?bandits?', 'two[- ]stage|multi[- ]stage|candidate generation', 'retrieval (and|then|plus|\\+|followed by) (\\w+ )?(ranking|re-?ranking|generation)', 'objective (is|function)', 'multi[- ]task', '(framed?|formulat\\w+|cast|treat)( it| this| the problem)? as']),
  ],
  metrics: [
    d('classification-metrics', ['precision', 'recall', 'pr[- ]?auc|auc[- ]?pr|auprc|average precision', 'roc[- ]?auc|auc[- ]?roc|auroc|auc', 'f1|f-?beta|f-score', '(false|true) (positive|negative) rate|fpr|tpr']),
    d('ranking-metrics', ['ndcg(@\\w+)?', 'mrr', 'map(@\\w+)?', '(recall|precision|hit rate|hits)\\s?@\\s?\\w+', '(recall|precision) at (k|\\d+|the|a|top)', 'hit rate', 'coverage']),
    d('probabilistic-metrics', ['log[- ]?loss|cross[- ]entropy|brier( score)?', 'calibration (error|curve|plot)|ece|reliability (curve|diagram)', 'mae|rmse|mse|mape|smape|wape|r2', '(quantile|pinball) loss', 'interval coverage']),
    d('business-metrics', ['(click[- ]through|ctr|conversion|cvr|retention|churn|dwell|engagement|revenue|gmv|margin|deflection|resolution|escalation|approval|decline|acceptance|booking|occupancy|complaint|appeal|report|abandonment|refusal|win) rates?', 'ctr|cvr|gmv|rpm|ecpm', 'lift|qini|auuc', '(online|offline|business|product|guardrail|primary|secondary|north[- ]star|success|counter) metrics?', 'guardrails?', '(dollar|money|value|revenue|cost|severity|view)[- ]weighted', 'basis points|bps', 'groundedness|faithfulness|citation (precision|accuracy)|hallucination rate', 'revenue|margin|profit|losses?']),
  ],
  data: [
    d('labels', ['labels? (come|comes|from|source|sources|delay|arrive|arrives|mature|matured|maturity|noise|quality|window)', '(human|manual|expert|crowd|analyst|moderator|reviewer|grader|rater)s? ?(labels?|labell?ing|annotat\\w+|decisions|outcomes|reviews?)', 'annotat\\w+', 'weak (labels?|supervision)', 'implicit (feedback|labels?)', 'matur\\w+', 'label (delay|lag)|delayed labels?']),
    d('sources', ['(log|logs|logged|logging) (the |every |all )?(impressions?|requests?|predictions?|features?|decisions?|events?|served|clicks?)', 'training (data|set|window|examples?)', '(train|training) (only )?on (the )?(last|past|recent|payments|orders|data|logs|logged|matured|older|sessions|queries|posts|messages|bookings)', 'backfill\\w*', 'data (sources?|pipeline|collection|quality|volume)', 'snapshots?', 'event (logs?|stream|data)']),
    d('sampling-splits', ['(down|up|negative|stratified|importance)[- ]?sampl\\w*', 'sampl(e|ing) (rate|ratio|weights?)', '(time|temporal|time-based|chronological|out-of-time|forward)[- ]?(split|cut|holdout|validation)', 'split (by|on|per) (time|date|user|account|week|month|group|entity|query|session|seller|host|restaurant)', '(train|test|validation) (on|set|split|window)', 'hold-?out', 'dedup\\w*|de-dup\\w*|near-?duplicates?', 'leak\\w*|point[- ]in[- ]time|as[- ]of (join|date)', 'selective labels?|reject inference', 'privacy|pii|consent|gdpr|anonymi[sz]\\w*|retention period']),
  ],
  features: [
    d('feature-kinds', ['(velocity|count|aggregate|rolling|windowed|recency|frequency|historical|behaviou?ral|contextual|user|item|query|device|network|graph|text|image|content|categorical|numeric|cross|interaction|embedding|real[- ]time|streaming|batch|precomputed|temporal|location|price|seller|host|listing|courier|restaurant|account)[- ]features?', 'features? (like|such as|include|includes|:|from|per|over|for|are|capture)', 'signals? (like|such as|include|from)']),
    d('representations', ['embeddings?', 'tf-?idf|bm25|bag of words|n-?grams?|one-?hot|target encod\\w*|hash(ing)? trick|feature hashing|bucketi[sz]\\w*|normali[sz]\\w*|standardi[sz]\\w*|log[- ]transform\\w*', 'tokeni[sz]\\w*|chunk\\w*']),
    d('aggregates', ['(counts?|rates?|averages?|means?|medians?|sums?|ratios?|share|number) (of \\w+ )?(per|over|in|of) (the )?(last|past|each|user|card|item|device|account|\\d)', '(last|past|previous|trailing) \\d+ ?(min|minutes|hours?|h|days?|d|weeks?|months?)', '\\d+ ?(min|h|d|day|hour|week|minute)s? windows?', 'time since|days since|hours since|account age|tenure', '(deviation|difference|distance) from']),
    d('feature-infra', ['feature store|online store|offline store', '(same|one|single|shared) (feature )?(definitions?|code|pipeline|logic|library|transforms?)', 'training[- ]serving skew|skew']),
  ],
  model: [
    d('tabular-models', ['logistic regression|linear (model|regression)|gbdt|gbm|gradient[- ]boost\\w*|xgboost|lightgbm|catboost|random forest|decision trees?|boosted trees?']),
    d('deep-models', ['neural (net|network)s?|dnn|mlp|deep (model|network|learning|ranker)|transformer|bert|cnn|resnet|vit|clip|two[- ]tower|dual[- ]encoder|cross[- ]encoder|bi-?encoder|siamese|contrastive|wide (and|&) deep|dcn|deepfm|factori[sz]ation machines?|matrix factori[sz]ation|collaborative filtering|sequence model|rnn|lstm|gnn|graph neural|multi-?modal']),
    d('llm-models', ['llm|language model|gpt[- ]?\\w*|claude|llama|mistral|fine-?tun\\w*|distil\\w*|lora|prompt(s|ing)?|system prompt|few-?shot']),
    d('training-choices', ['calibrat\\w*|platt|isotonic|temperature scaling', 'class[- ]weights?|focal loss|weighted loss|cost[- ]sensitive', 'loss function|objective function', 'hyper-?param\\w*|regulari[sz]\\w*|early stopping', 'retrain\\w*', 'ensembl\\w*|stack(ed|ing)', 'quantile regression|survival (model|analysis)|poisson|tweedie|t-learner|x-learner|s-learner|uplift model|causal forest|thompson|epsilon[- ]greedy|ucb|bandit', 'anomaly detection|isolation forest|autoencoder', '(start|begin) (with|simple)|simple (model|baseline)|then (move|switch|upgrade) to']),
  ],
  evaluation: [
    d('offline-eval', ['back-?test\\w*|out-of-time|offline (evaluation|eval|test|replay)', '(test|eval|evaluation|golden|benchmark|labelled|labeled|validation) sets?', 'slices?|segments?|subgroups?|cohorts?', '(metrics?|evaluat\\w*|report\\w*|measur\\w*|broken down|breakdown|test\\w*|backtest\\w*|error\\w*).{0,30}(per|by) (country|market|city|segment|language|cohort|slice|region|category|placement|tenure|device)', 'statistical(ly)? (significan\\w*|power)|confidence intervals?|power analysis|minimum detectable|sample size|bootstrap', 'off-?policy|counterfactual evaluation|ips|inverse propensity|replay|simulat\\w*', 'human (eval\\w*|review|graders?|raters?)|side[- ]by[- ]side|llm[- ]as[- ]a?[- ]?judge|judge model', 'regression tests?|error analysis']),
    d('online-eval', ['shadow( mode| traffic| deploy\\w*| scor\\w*)?', 'canary', 'champion|challenger', 'a/b( tests?| testing)?|ab tests?|online experiments?|randomi[sz]ed (experiment|test|trial|control)|control group|treatment group', 'interleav\\w*', 'ramp( up|ing)?|roll-?out|\\d+ ?% of (traffic|users|conversations|requests|sessions|hosts|queries|payments|posts|messages)', 'launch (gate|criteria|criterion|decision)|ship (if|only if|when)|go/no-go']),
  ],
  serving: [
    d('serving-mode', ['serv(e|es|ed|ing)|inference|endpoints?|api|microservice', '(run|score|apply)\\w* the (model|classifier|ranker) (on|for|against|over) (every|each|all|incoming|new)|before publishing|pre-?publication|in the (request|critical|hot) path|at (request|query|serving) time', 'batch (scor\\w*|jobs?|predict\\w*|inference)|precomput\\w*|nightly (jobs?|batch|scor\\w*)|offline scor\\w*', 'real[- ]time (scor\\w*|inference|serving|decision)|online (scor\\w*|inference|serving)|synchronous|asynchronous|in[- ]process', 'deploy\\w*|blue[- ]green']),
    d('serving-perf', ['latency|p9\\d|\\d+ ?ms|milliseconds?', 'cach(e|es|ed|ing)', 'redis|kafka|flink|spark|memcache\\w*|dynamo\\w*|cassandra|bigtable|feature store|online store', 'gpus?|cpus?|quanti[sz]\\w*|onnx|tensorrt|triton|autoscal\\w*|replicas?|shard\\w*|throughput|qps|rps', 'ann index|faiss|hnsw|scann|vector (db|database|index|store)|approximate nearest', 'stream(ing)? (the )?(first )?tokens?|first token']),
    d('serving-safety', ['fall ?back|fail[- ]?(open|closed|safe|over)|timeouts?|times out|circuit[- ]breaker|degrade(d|s)? (gracefully|mode|to)|graceful(ly)? degrad\\w*|default (score|policy|decision|response|ranking|price)', 'decision (layer|service)|rules? engine', 'log(s|ged|ging)? (every|each|all)? ?(requests?|predictions?|decisions?|scores?|responses?)', 'model (version|registry)|versioned']),
  ],
  monitoring: [
    // What is watched; "we will monitor the model" or "dashboards and alerts" alone name nothing.
    d('watched-signals', ['drift|psi|population stability|ks (test|statistic)|kolmogorov|kl divergence|jensen|js divergence|wasserstein|chi-?square', '(score|prediction|feature|label|input|output|traffic|embedding|query|residual)s? distributions?', '(null|missing)[- ]rates?|schema (checks?|validation)|data quality (checks?|monitor\\w*)|freshness|staleness', '(monitor|alert|track|watch|dashboard)\\w*.{0,40}(latency|error rate|p9\\d|precision|recall|auc|calibration|log[- ]?loss|mae|bias|coverage|ctr|revenue|cost)']),
    d('live-signals', ['(decline|approval|click|conversion|escalation|refusal|complaint|report|error|review|positive|flag|block|thumbs[- ]down|appeal|override|acceptance|booking|cancellation|action|overturn|zero[- ]result|reformulation|lateness) rates?', 'delayed labels?|label (delay|lag)|early labels?|proxy (labels?|metrics?)|matured labels?', '(weekly|daily|hourly|monthly) (reviews?|reports?|checks?|audits?|samples?|graded|grading)', '(sample|review|grade|label|audit)\\w* (of )?(\\d+ |a |random )?(production|live|recent) (traffic|answers|requests|predictions|conversations|decisions|posts)']),
    d('iteration', ['(retrain\\w*) (when|if|on|triggered|trigger|cadence|schedule|weekly|daily|monthly|every)|(weekly|daily|monthly|nightly|hourly|scheduled|periodic|automatic) retrain\\w*', 'trigger(ed|s)? (a )?(retrain\\w*|rollback|review)', 'rollback|roll back|kill switch', 'pag(e|es|ed|ing) (the )?on-?call', 'feedback loop|exploration (rate|traffic)|holdout (traffic|group)']),
  ],
};

/** Heading words that name a phase, most specific first. */
const HEADING_PHASES: [DesignPhase, RegExp][] = [
  ['monitoring', /monitor|iterat|maintenance|observab|post-launch|operat|drift/],
  ['evaluation', /evaluat|offline|experiment|testing|validation|launch|rollout|a\/b/],
  ['serving', /serv|deploy|inference|infra|production|system design|architecture/],
  ['features', /feature|signal|representation|input/],
  ['metrics', /metric|success|kpi|measur/],
  ['data', /data|label|sampling/],
  ['model', /model|algorithm|training|learner/],
  ['framing', /fram|formulat|ml task|problem (definition|setup)|approach|objective/],
  ['clarify', /clarif|scope|requirement|question|assumption|goal|understand/],
];

/** The phase a heading or inline label names, if any. */
export function phaseOfHeading(heading: string): DesignPhase | undefined {
  if (!heading) return undefined;
  if (/^(the )?(label|labels|target|label definition)$/.test(heading.trim())) return 'framing';
  return HEADING_PHASES.find(([, re]) => re.test(heading))?.[0];
}
