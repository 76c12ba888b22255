/**
 * Language cues that decide whether a sentence carries substance: the specifics that make a
 * statement a decision (a number, a reason, a comparison, a threshold, a trade-off, a cadence,
 * a commitment), and the patterns that take substance away (dismissals, hedges, negation of a
 * mention, bare lists of names, one-liners). All functions take the normalised sentence text of
 * `text.ts` (lower case, no markup).
 */
import { SPECIFIC_KINDS } from '../problems/schema';
import type { SpecificKind } from '../problems/schema';
import { numbersIn } from './text';

export { SPECIFIC_KINDS };
export type { SpecificKind };

// "two-tower", "three-way" name a thing, not a quantity.
const NUMBER_WORDS = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|twice|double|triple|half)\b(?!-[a-z])/;

/** Digits glued to letters name a thing ("p99", "D30 retention", "F0.5", "DCN-v2"), they choose no quantity. */
const NAME_DIGITS = /(?<=[a-z])\d[\d.]*/g;

/** A class against its own negation ("fraud vs. not fraud") compares nothing. */
const SELF_CONTRAST = /\b(vs\.?|versus|or) (not|non)[- ]?\w+/g;

/** Verbs that do not commit to anything after "I'd" / "we will". */
const NON_COMMITTAL = 'will|would|shall|can|need|needs|have|has|had|be|been|are|were|was|is|am|do|does|did|don\'t|dont|won\'t|can\'t|cannot|not|know|believe|feel|guess|hear|think|consider|look|try|probably|maybe|possibly|perhaps|see|want|like|hope|love|also|really|likely|should|could|might|may|must|get|make sure|ensure|handle|address|deal|tackle|focus|care|worry|aim|strive|leverage|utili[sz]e|explore|investigate|evaluate';

/** Imperatives that open a decision ("Use PR-AUC", "Drop refund fields", "Start with ..."). */
const IMPERATIVE = 'use|pick|choose|train|build|deploy|run|keep|drop|exclude|remove|split|log|add|set|route|serve|score|retrain|recalibrate|calibrate|weight|reweight|cap|alert|compare|report|optimi[sz]e|track|define|treat|apply|rank|re-?rank|filter|block|hold out|sample|down-?sample|up-?sample|label|gate|launch|ship|roll out|fall back|fine-?tune|distil\\w*|cache|precompute|index|re-?index|embed|monitor|measure|require|limit|tune|retune|start|begin|stream|ingest|chunk|cite|refuse|escalate|hand|page|backtest|replay|simulate|materiali[sz]e|join|dedupe|deduplicate|bucket|encode|normali[sz]e|store|version|shadow|canary|ramp|freeze|pin|precompute|batch|approve|decline|prioriti[sz]e|predict|model|estimate|frame|treat|send|show|hide|sort|boost|demote|penali[sz]e|cluster|annotate|relabel|audit|review|schedule|trigger|retire|migrate|replace|reserve';

const SPECIFIC_RES: Record<Exclude<SpecificKind, 'number'>, RegExp> = {
  reason:
    /\b(because|in order to|to avoid|to prevent|to keep|to make sure|to ensure|to catch|to reduce|to limit|to get|to learn|to measure|to estimate|to detect|to protect|to stop|otherwise|which means|meaning|given that|given the|due to|as a result|therefore|hence|thus|that way|which lets|which gives|which is why|the reason|that's why|this is why|this means|for that reason|driven by|so)\b(?! (much|many|far|long|called|on)\b)|\bsince (?!then\b|last\b|the last\b|launch\b|\d)|\bas (?=\w+ (is|are|arrive|arrives|have|has|take|takes|need|needs)\b)/,
  comparison:
    /\b(instead of|rather than|vs\.?|versus|compared (to|with)|\w+er than|more than|less than|fewer than|prefer|preferred|outperforms?|beats?|over (a|an|the|random|plain|simple|pure|deep|accuracy|roc)|as opposed to|not \w+(?: \w+){0,3} but|relative to|against the (current|existing|baseline|rules?|old)|(per|by|for each) (head|session|query|segment|slice|country|language|placement|area|policy|city|market|category|cohort|surface|intent|tenure|region|advertiser|creator|seller|lead[- ]time))\b/,
  threshold:
    /\b(thresholds?|cut-?offs?|operating point|at least|at most|no more than|no less than|up to|above|below|under \$?\d|exceeds?|budget|capped|cap of|cap at|a cap|loss cap|limit of|within \d|top[- ]?\d+%?|top[- ]?k|@\s?\d+|@k|p9\d|p50|percentile|tolerance|target of|sla|slo|ceiling|floor|minimum of|maximum of)\b|[<>≤≥]=?\s*\$?\d/,
  tradeoff: /\b(trade-?offs?|at the (cost|expense) of|balance|balances|balancing|worth it|in exchange|costs? more|costs? less|cheaper|downside|upside|the price is|pay for|sacrific\w*|tension between)\b/,
  frequency:
    /\b(hourly|daily|weekly|monthly|nightly|quarterly|every (\d+ )?(second|minute|hour|day|week|month|night|retrain|release|change|deploy|model|prompt|index)s?|per (second|minute|hour|day|week|month|request|query)|each (day|week|hour|night|month|release)|on every (release|change|deploy|deployment|retrain|commit|model update|index update|prompt change)|twice a|once a|within \d+ (seconds?|minutes?|hours?|days?|weeks?)|within (an|a|one) (hour|day|week|minute)|same[- ]day|cadence)\b/,
  // Sequencing words ("then", "followed by", "until") order steps; they set no condition.
  condition: /\b(if|when|whenever|unless|as soon as|once|only for|only when|only if|only at|only above|only below|only after|in case|before|after)\b(?! (needed|necessary|possible|required|appropriate|applicable)\b)/,
  choice: new RegExp(
    String.raw`\b((i|we)('d| would| will|'ll| plan to|'m going to|'re going to| can| then)? (only |first |also |then |always |never |just |still |instead )?(?!(${NON_COMMITTAL})\b)[a-z]{3,}|my choice|go with|start with|first,? then|then move to|later move to)\b|^([^:]{1,40}: )?(${IMPERATIVE})\b|\b(label|target|objective|primary metric|main metric|north star|baseline|first model|first version|v1|decision rule|policy|loss)s?( is\b| will be\b| would be\b|\s?[=:])`,
  ),
};

/** Reasons that give no argument ("because it works well", "since it is the standard"). */
const VAGUE_REASON =
  /\b(because|since|as|so|given|which|that)\b[^,;.]{0,45}?\b(key|important|crucial|essential|critical|matters?|the best|best (metric|model|approach|practice)|standard|state[- ]of[- ]the[- ]art|powerful|popular|proven|effective|works? (well|best)|good|great|useful|helpful|necessary|needed|the norm|common(ly used)?|widely used|industry|simple|easy|lots of data|a lot of data|enough data|things (can |might |may )?change|degrade over time|makes sense|required|modern|accurate|reliable|fast enough)\b[^,;.]{0,25}/g;

/** Triggers that name no signal or level ("retrain it when it gets worse", "if needed"). */
const VAGUE_CONDITION =
  /\b(when|if|whenever|once|as soon as)\b (it|the model|performance|quality|accuracy|things?|metrics?|results?|the data|data|numbers|the world) (\w+ ){0,2}?(gets? worse|get bad|goes? down|degrades?|degrading|drops?|declines?|changes?|shifts?|goes? stale|becomes? stale|looks? off|needed|necessary|required)\b|\b(after|before) (the )?(launch|launching|deployment|deploying|go-live|release|shipping|that|this)\b/g;

/** Counts of artifacts ("3 models", "10 alerts", "50 machines"): a number, but not a decision. */
const ARTIFACT_COUNT =
  /(?<!\b(top|first|last|every|per|each|least|most|to|over|under|within|than|of)\s)\b\d[\d,.]*\s+(\w+\s+)?(models?|metrics?|dashboards?|features?|a\/b tests?|tests?|experiments?|alerts?|machines?|servers?|nodes?|regions?|tables?|stages?|groups?|teams?|people|engineers?|steps?|phases?|layers?|components?|services?|pipelines?|datasets?|sources?|charts?|reports?|meetings?|tb|gb|pb|sprints?|tickets?)\b/g;

/** A reason that argues from a property of the choice ("so the team can read the coefficients", "since the data is tabular"). */
const CONCRETE_REASON =
  /\b(because|since|as|so|given)\b[^.;]{0,70}\b(interpretab\w*|explainab\w*|explain\w*|coefficients|understand\w* the (coefficients|weights|model|scores?|decisions?)|audit\w*|tabular|trains? (fast|quickly|in minutes)|fast to train|cheap to (train|serve|run)|latency|small (data|dataset)|few labels|sparse)\b/;

/** The kinds of specifics a sentence carries; statement numbers do not count as the user's own. */
export function specificsOf(text: string, statementNumbers: ReadonlySet<string>): Set<SpecificKind> {
  const norm = text.replace(VAGUE_REASON, ' ').replace(SELF_CONTRAST, ' ').replace(VAGUE_CONDITION, ' ');
  const question = /\?\s*$/.test(text);
  const out = new Set<SpecificKind>();
  const own = numbersIn(norm.replace(ARTIFACT_COUNT, ' ').replace(NAME_DIGITS, ' ')).filter((n) => !statementNumbers.has(n) && !/^(0|1)$/.test(n));
  if (own.length > 0 || NUMBER_WORDS.test(norm)) out.add('number');
  for (const kind of SPECIFIC_KINDS) {
    if (kind === 'number' || (question && kind === 'choice')) continue;
    if (SPECIFIC_RES[kind].test(norm)) out.add(kind);
  }
  if (CONCRETE_REASON.test(text)) out.add('reason');
  return out;
}

/** Vague wording: examples instead of choices, things to "consider". */
const HEDGE =
  /\b(best[- ]in[- ]class|world[- ]class|industry[- ]standard|the (important|key|relevant|right|necessary|usual|standard|main) (metrics|things|signals|features|slices|aspects|parts|checks)|quickly|continuously|over time|based on feedback|as required|(is|are) (also |all )?(very |really |extremely |super |quite |so )?(important|crucial|critical|key|essential|vital|a must|a priority)|carefully|properly|appropriately|correctly|the right (metrics?|model|features?|approach|way)|make sure (that )?(it|the \w+|everything|latency|performance|quality) (is|are|works?|stays?|keeps?)|(is|are|stays?|remains?|keeps?) (low|fast|good|fine|high|ok|okay|reasonable|acceptable|working well)|something|somehow|some (model|approach|method|way|kind|sort|form)|could|might|maybe|perhaps|possibly|some kind of|some sort of|something like|things like|stuff like|metrics like|models like|approaches like|various|different approaches|appropriate|proper|consider|considering|think about|keep in mind|look into|explore|be careful|be aware|be mindful|if needed|if necessary|as needed|when needed|where needed|as appropriate|and so on|and more|etc|best practices?|industry standard|state of the art|state-of-the-art|cutting[- ]edge|robust|scalable|seamless(ly)?|leverage)\b/;

/** Vague wording or a reason that argues nothing. */
export function hedged(norm: string): boolean {
  VAGUE_REASON.lastIndex = 0;
  // "because it is simple" argues nothing, unless a concrete reason stands beside it.
  return HEDGE.test(norm) || (VAGUE_REASON.test(norm) && !CONCRETE_REASON.test(norm));
}

/** Declaring a concern unimportant, without handling it. */
const DISMISSAL = [
  /\b(is|are|s|was|be|isn't|aren't|wasn't|won't be|will not be|shouldn't be|should not be|not)\s+(not\s+)?(really\s+|that\s+|too\s+|much\s+of\s+|going\s+to\s+be\s+|likely\s+to\s+be\s+)*(an?\s+)?(big\s+|major\s+|real\s+|huge\s+|serious\s+)?(concern|issue|problem|worry|priority|big deal|factor)\b(?! (is|are|was) (that|whether|how))/,
  /\b(no|not|nothing)\s+(really\s+)?(a\s+)?(concern|issue|problem|worry|need|needed|necessary|required|relevant|important|applicable|to worry about)\b/,
  /\b(isn't|aren't|is not|are not|not)\s+(really\s+|that\s+|very\s+)?(relevant|important|needed|necessary|required|applicable|significant|a factor|an? (concern|issue|problem))\b/,
  /\b(won't|will not|don't|do not|doesn't|does not|needn't|shouldn't|should not|can't)\s+(really\s+|even\s+)?(need to\s+|have to\s+)?(bother|worry|care|matter|apply)\b/,
  /\b(won't|will not|don't|do not|doesn't|does not|didn't) (really )?(be )?(an issue|a problem|a concern|matter)\b/,
  /\b(n\/a|na|not applicable|irrelevant|unnecessary|overkill|not worth (it|the effort|bothering)|no need|we'll see|tbd|todo|to be decided|later on|can wait|future work|nice to have)\b/,
  /\b(handles?|handled|deals? with|takes? care of|solves?|solved|fixes|fixed)\s+(it|this|that|them|imbalance|drift|leakage|the imbalance|everything|all of (it|this|that))?\s*(natively|automatically|out of the box|by (itself|default)|for us|on its own)\b/,
  /\b(the model|it|xgboost|the llm|deep learning|the network|boosting|gradient boosting)\s+(will|should|can|would)\s+(just\s+)?(learn|handle|figure|take care|deal with|adapt|sort)\b/,
  /\b(should|will|would) (be|work) (fine|ok|okay|good enough)\b|\b(is|are) (fine|ok|okay|good enough)( as is)?\b/,
  /\b(add|do|handle|figure( it)? out|worry about|deal with|think about|look at|revisit)\b[^.]{0,30}\blater\b/,
  /\bout of scope\b(?!.*\b(because|since|handled by|owned by|goes to|go to|so that|for v1|in v1|for now)\b)/,
  // Deferrals: "can be added in a later phase", "in v2", "once the model is stable".
  /\b(add|added|adding|do|done|handle|handled|address|addressed|consider|considered|revisit|revisited|introduce|introduced|tackle|tackled)\b[^.;]{0,30}\b(in|for|during) (a |the )?(later|future|next|subsequent|second) (phase|version|iteration|release|milestone|stage|quarter)\b|\b(in|for) (v2|phase 2|a v2)\b|\bonce the (model|system|product) is (stable|live|mature)\b/,
  // Naming without handling: "we will keep it in mind", "a well-known challenge", "evens out".
  /\b(keep|keeping|bear|bearing) (it|this|that|them|these|\w+ \w+)? ?in mind\b|\b(well[- ]known|known|common|classic|interesting|academic) (\w+ )?(challenge|problem|concern|issue|nuance|caveat|pitfall)\b|\b(even|evens|average|averages|wash|washes|balance|balances) out\b|\bpart of the game\b|\b(negligible|rare edge cases?|edge cases? we can ignore)\b/,
  // "won't need special handling", "no special treatment needed".
  /\b(won't|will not|don't|do not|doesn't|does not|no|without|never) (really )?(need|needs|require|requires)?\s?(any )?(special|specific|extra|explicit|dedicated|bespoke|further|additional) (handling|treatment|care|work|attention|mitigation|monitoring|measures?)\b/,
  // "a sufficiently large model learns around it", "taken care of by the platform".
  /\b(model|network|llm|ranker|classifier|it)s? (\w+ )?(learns?|figures?|works?) (around|out|past) (it|this|that|them)\b|\b(taken care of|handled|covered|solved|dealt with) by (the |our )?(platform|infrastructure|infra|framework|library|tooling|feature store|vendor|cloud)\b/,
  // Decisions handed to someone else or to the future: "the team will choose", "will emerge from experimentation".
  /\b(will|to) (be )?(emerge|decided|chosen|determined|figured out|settled)\b[^.;]{0,30}\b(experiment\w*|stakeholders?|later|the team|the business|data)\b|\b(the team|stakeholders|the business|they) will (choose|decide|pick|determine)\b|\bdepends on the (data|use case|situation|business)\b/,
];

const CLAUSE_BREAK = /;|: | - |\s\(|\)\s|, (?=but\b|so\b|and (?:we|i|then|the model)\b|which\b|while\b|whereas\b|although\b|though\b|instead\b)|\b(?=but\b|however\b|instead\b|whereas\b|otherwise\b|because\b|since\b)/g;

/** Clauses of a sentence (split at semicolons, colons, dashes, asides and contrastive joints), with their offsets. */
export function clauseSpans(norm: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of norm.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    if (at > start || m[0].length > 0) out.push({ start, end: at });
    start = at + m[0].length;
  }
  out.push({ start, end: norm.length });
  return out.filter((c) => norm.slice(c.start, c.end).trim() !== '');
}

export function dismissive(clause: string): boolean {
  return DISMISSAL.some((re) => re.test(clause));
}

/** Negation cues that put what follows them (within a few words) out of play. */
const NEGATION_BEFORE =
  /\b(not|no|never|without|don't|do not|doesn't|does not|won't|will not|isn't|aren't|didn't|avoid|avoids|avoiding|instead of|rather than|ignore|ignoring|skip|skipping|drop|dropping|exclude|excluding|excluded|remove|removing|strip|stripping|against|neither|nor|nothing|lacks?|lacking|nobody|no one|forget|forbid|forbids|ban|bans|never use|as opposed to|not use)\b(?!\s+(only|just|more|less|later|earlier|longer|fewer|matter|least)\b)[^,;.]*$/;

/** Evaluations after a mention that reject it ("a random split would leak"). */
const NEGATION_AFTER =
  /^[^,;.]{0,40}\b(is|are|would be|gives?|looks?|seems?|becomes?|would|will|can|could)?\s*(be\s+)?(misleading|useless|meaningless|wrong|bad|broken|a trap|a mistake|dangerous|inflated|irrelevant|not (useful|meaningful|appropriate|informative|enough|ok|okay|valid|an option|reliable)|leaks?|leaky|leaking|overly optimistic|too optimistic|optimistic|cheats?|doesn't work|does not work|fails?|hides?|lies|lie|is out|are out|rewards? the majority|trivially)\b/;

/** Trivial-baseline talk ("always-approve scores 99.85% accuracy"). */
const TRIVIAL = /\b(trivial|majority class|dummy|naive baseline|always[- ](approve|approving|predict|predicting|say|saying|negative|positive|zero|no|legit|reject|rejecting|stay|stays)|predict(s|ing)? (no|nothing|all|everything|the majority|zero)|all-?negative|constant (model|prediction|predictor|classifier))\b/;

/**
 * Whether the mention at [index, index + length) of a clause is negated or rejected: a negation
 * cue shortly before it, a rejecting evaluation right after it, or talk of a trivial baseline.
 */
export function negatedAt(clause: string, index: number, length: number): boolean {
  const before = clause.slice(Math.max(0, index - 45), index);
  const after = clause.slice(index + length);
  const window = before.split(/\s+/).slice(-5).join(' ');
  return NEGATION_BEFORE.test(window) || NEGATION_AFTER.test(after) || TRIVIAL.test(clause);
}

const DECISIVE: readonly SpecificKind[] = ['reason', 'comparison', 'threshold', 'tradeoff', 'condition', 'frequency'];

function listItems(norm: string): string[] {
  const body = norm.replace(/^[^:]{0,40}:\s*/, '').replace(/\([^)]*\)/g, ' ');
  return body
    .split(/,|;|\s\/\s/)
    .flatMap((item) => (item.trim().split(/\s+/).length <= 4 ? item.split(/ and | or | & |\+/) : [item]))
    .map((s) => s.trim().replace(/\.+$/, ''))
    .filter(Boolean);
}

const FEATURE_LIST = /^(\w+ ){0,2}(features?|signals?|inputs?)\s?(:|include|are|=)|^for (the )?(features|signals|inputs),? (we|i)\b/;

/** Many short items in a row: a sentence that reads like a list of names. */
export function listy(norm: string): boolean {
  const items = listItems(norm);
  const short = items.filter((i) => i.split(/\s+/).length <= 3).length;
  return items.length >= 4 && short / items.length >= 0.65;
}

/**
 * A bare list: many short items and no decision ("metrics: precision, recall, f1, auc, ..."),
 * or options offered without a choice ("we could use a, b or c").
 */
export function bareList(norm: string, specifics: ReadonlySet<SpecificKind>): boolean {
  const items = listItems(norm);
  // Inputs add up: a list of named features is a choice of inputs ("features: distance, time of
  // day, courier load"), unless the items are only kinds of features ("user features, post features").
  if (FEATURE_LIST.test(norm) && items.filter((i) => /\b(features?|signals?|data|inputs?|info(rmation)?)$/.test(i)).length * 2 < items.length && !/\b(etc|and so on|and more)\b|\.\.\.|…/.test(norm)) return false;
  const decisive = DECISIVE.filter((k) => specifics.has(k)).length;
  if (/\b(etc|and so on|and more)\b|\.\.\.|…/.test(norm) && items.length >= 3 && decisive < 2) return true;
  if (listy(norm) && decisive < 2 && !specifics.has('number')) return true;
  if (items.length === 3 && items.every((i) => i.split(/\s+/).length <= 2) && specifics.size === 0) return true;
  const offered = /\b(could|might|may|maybe|options? (are|include)|either|one of|some of|candidates? (are|include)|or maybe|possibly)\b/.test(norm);
  return offered && items.length >= 3 && !specifics.has('reason') && !specifics.has('comparison');
}

/** Comparisons with whatever exists today ("against the rules engine") add nothing the prompt did not say. */
const GENERIC_COMPARISON = /\b(against|vs\.?|versus|compared (to|with)|than) (the )?(current|existing|old|legacy|baseline|rules?|rule[- ]based|heuristic|status quo|control)\b/;

/**
 * Too short to carry a decision on its own: a handful of words ("XGBoost.", "Deploy: daily batch
 * job"), or a short step sequence with nothing that argues, quantifies or bounds it ("A/B test
 * against the rules engine, then ship", "monitor performance and retrain periodically").
 */
export function oneLiner(words: readonly string[], labelWords: number, specifics: ReadonlySet<SpecificKind>, norm = ''): boolean {
  const n = words.length - labelWords;
  const arguing = [...specifics].filter((k) => k !== 'choice').length;
  if (n < 6 && arguing < 2) return true;
  const weighty = (['number', 'reason', 'threshold', 'tradeoff', 'frequency'] as const).some((k) => specifics.has(k)) || (specifics.has('comparison') && !GENERIC_COMPARISON.test(norm));
  return n < 15 && !weighty;
}
