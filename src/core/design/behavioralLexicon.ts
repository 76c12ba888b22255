/**
 * Cues of a behavioral (STAR-C) answer, matched against normalised sentences: what sets the
 * scene, what states one's own responsibility, first-person actions, outcomes, lessons and
 * constraints; what makes a sentence concrete (a technical term, a number) or filler; owning a
 * mistake versus shifting blame; impact numbers versus activity counts.
 */

export const STARC_PARTS = ['situation', 'task', 'action', 'result', 'context'] as const;
export type StarcPart = (typeof STARC_PARTS)[number];

/** Heading or inline label words that name a STAR-C part. */
const HEADING_PARTS: [StarcPart, RegExp][] = [
  ['situation', /situation|background|setting|setup|scenario/],
  ['task', /task|goal|role|responsibilit|mandate|objective/],
  ['action', /action|what i did|approach|steps|how i/],
  ['result', /result|outcome|impact|effect/],
  ['context', /context|lesson|learn|reflect|retro|differently|takeaway|constraint|hindsight|since then/],
];

const LETTERS: Record<string, StarcPart> = { s: 'situation', t: 'task', a: 'action', r: 'result', c: 'context' };

export function partOfHeading(heading: string): StarcPart | undefined {
  if (!heading) return undefined;
  return LETTERS[heading.trim()] ?? HEADING_PARTS.find(([, re]) => re.test(heading))?.[0];
}

export const FIRST_PERSON = /\b(i|i'm|i'd|i've|i'll|me|my|myself|mine)\b/;

/** Technical and business terms that make a sentence concrete. */
export const CONCRETE =
  /\b(features?|feature store|encoders?|schemas?|nulls?|null[- ]rates?|thresholds?|precision|recall|auc|pr-auc|f1|ndcg|mae|rmse|log[- ]?loss|latency|p9\d|rollback|roll(ed)? back|revert\w*|retrain\w*|parity|drift|psi|skew|leak\w*|a\/b|experiments?|holdouts?|shadow|canary|alerts?|alerting|monitor\w*|on-?call|post-?mortems?|runbooks?|labels?|labell?ing|datasets?|training (data|set)|backfill\w*|joins?|quer(y|ies)|sql|spark|airflow|kafka|redis|embeddings?|classifiers?|regression|rank(ing|er)|recommend\w*|fraud|churn|eta|search|ads?|ctr|conversion|pricing|prices?|spam|moderation|llm|prompts?|rag|retrieval|hallucinat\w*|fairness|bias(ed)?|privacy|pii|gdpr|anonymi[sz]\w*|consent|calibrat\w*|uplift|cohorts?|segments?|slices?|countr(y|ies)|cit(y|ies)|regions?|versions?|config\w*|api|endpoints?|batch|streaming|gpus?|costs?|budgets?|revenue|margin|dashboards?|root cause|unit tests?|integration tests?|tests?|ci|checklists?|launch gates?|design doc|docs?|rfc|baselines?|metrics?|dau|users?|customers?|orders?|payments?|transactions?|tickets?|complaints?|incidents?|outages?|sla|slo|gbdt|xgboost|lightgbm|logistic regression|neural|transformer|bert|pipelines?|models?|vendor|partner|upstream|downstream|deadline|launch(es|ed|ing)?|releas(e|es|ed|ing)|rollout|rolled out|migration|dependency|contract|regulator\w*|legal|compliance|audit\w*|deletion|retention policy|opt-?out|demographic\w*|protected|gender|age|ethnicit\w*|disparit\w*|false (positives?|negatives?|declines?)|accuracy|error rates?|tokens?|gpu hours|inference|design reviews?|code reviews?|evaluation sets?|eval sets?|production traffic|analytics|definitions?|kpis?|ml|machine learning|ai|nlp|computer vision|data scien\w*|forecast\w*|demand|inventory|stock-?outs?|waste|warehouses?|supply|logistics|deliver(y|ies)|gps|scams?|abuse|trust|safety|marketplace|e-?commerce|bank|insur\w*|telecom|retail\w*|grocery|news|ride[- ]hailing|healthcare|clinical|advertis\w*|games?|gaming|fintech|quantiles?|percentiles?|credit|loans?|lender|underwriting|reviewers?|annotators?|kappa|agreement|queue|capacity)\b/;

/** Words of filler: effort and harmony instead of content. */
export const FILLER =
  /\b(worked (hard|closely|together|tirelessly|very hard)|collaborat\w*|align(ed|ment)|made sure|make sure (that )?everything|everything went (well|smoothly)|deliver(ing|ed)? value|synerg\w*|moving parts|things got (complicated|hard|difficult)|went above and beyond|gave (it )?my (all|best)|stayed late|late nights?|long hours|team player|best practices|stakeholders? (were )?(happy|satisfied|pleased)|everyone was (happy|satisfied|pleased)|in the loop|on the same page|kept everyone|a lot of (work|effort|people)|passionate|leverag\w*)\b/;

export const SITUATION =
  /\b(at (my|our|a|the) (previous|last|current|former|first)? ?(job|company|team|employer|startup|role|bank|marketplace|retailer)|(last|this|that|in) (year|quarter|month|spring|summer|fall|autumn|winter|\d{4})|we had|there (was|were)|our (team|model|system|service|product|company|platform|pipeline|classifier|recommender|ranker|app)|(was|were) (live|in production|serving|used by|running|deployed|launched)|(served|scored|processed|handled|predicted|ranked|moderated|flagged|reviewed|priced|screened) (about |roughly |around |~|over |nearly |some )?[~$]?\d[\d,.]*\s?(k|m|bn|million|thousand|billion)?|\d[\d,.]*\s?(k|m|million|billion|thousand)? ?(users|customers|requests|payments|orders|transactions|queries|posts|messages|items|listings|predictions|subscribers|sellers|drivers) (a|per|each) (day|week|month|second)|(the|a|an|our) ([a-z-]+ )?(model|system|service|team|company|project|feature|pipeline|classifier|product) (that|which|was|were|had|did|served|scored|ran|predicted|decided|ranked|flagged)|(my|our) (manager|lead|tech lead|director|colleague|pm|product manager|team lead|skip-level|mentee|vp|cto|ceo) (told|asked|said|gave|wanted|decided|proposed|pushed|insisted)|(after|during|before|ahead of) (a|the|our|my) [a-z -]{0,25}(review|launch|incident|meeting|migration|quarter|reorg|release|audit|outage)|(i|we) (was|were) (building|working on|leading|developing|running|training|maintaining|shipping|launching|migrating|rebuilding)|(i|we) (was|were) [a-z ]{0,20}(away from|about to|close to|preparing to|getting ready to) (launch\w*|ship\w*|releas\w*|go live)|when i joined)\b/;

export const TASK =
  /\b(i was (responsible|accountable|the (owner|lead|tech lead|engineer|on-?call|dri|one|only|main|senior|primary))|i was (asked|tasked|assigned|brought in|on call|on-call|leading|in charge)|my (job|task|role|goal|responsibility|mandate|part|remit|brief|assignment) (was|is|became|:)|i owned|i own(ed)? the|i needed to|i had to|i wanted (to|everyone|the team|them|all|us)|it (was|fell) (my|on me|to me)|i took (on|ownership|the lead|charge)|i volunteered|i led|my team and i (were|had)|i (decided|set out|committed) to|(the|our|my) goal was|we needed to|we had to|i was the (person|one)|responsible for)\b/;

/** Verbs of doing (past tense) that count as actions when the sentence is concrete. */
const ACTION_VERBS =
  'built|wrote|rolled|ran|compared|analy[sz]ed|traced|found|added|removed|fixed|retrained|rebuilt|designed|proposed|set|created|implemented|changed|switched|moved|migrated|replaced|dug|pulled|checked|measured|tested|validated|shipped|launched|deployed|reverted|paused|disabled|introduced|prototyped|benchmarked|instrumented|split|sliced|plotted|reproduced|isolated|debugged|profiled|reviewed|audited|recomputed|recalibrated|excluded|dropped|defined|negotiated|escalated|presented|showed|shared|documented|paired|mentored|coached|drafted|asked|interviewed|convinced|persuaded|pushed|argued|recommended|decided|chose|picked|prioriti[sz]ed|cut|reduced|simplified|automated|labell?ed|annotated|sampled|wrote up|put|turned|kept|stopped|killed|froze|pinned|capped|lowered|raised|tuned|retuned|added|trained|evaluated|ran|computed|queried|joined|re-?ran|backfilled|patched|flagged|blocked|filtered|weighted|reweighted|calibrated|estimated|modelled|modeled|mapped|diagnosed|noticed|spotted|discovered|identified|realised|realized|confirmed|verified|contacted|informed|notified|briefed|walked|explained|organi[sz]ed|scheduled|held|met|called|emailed|sent|worked|helped|supported|synced|coordinated|facilitated|communicated|aligned|collaborated|tried|made|did|started|continued|handled';

export const ACTION = new RegExp(String.raw`\b(${ACTION_VERBS}|(?!(needed|wanted|used|seemed|decided|tried|started|continued|hoped|planned|expected|assumed|believed|felt|learned|learnt|labelled|labeled|called|named|based|related|supposed|interested|excited|concerned|worried|surprised|tired|required|owned|joined)\b)[a-z]{3,}ed)\b`);

/** A first-person subject, or a bullet that opens with a past-tense verb ("- Rolled back to v12"). */
export const ACTOR = /\b(i|we)\b|^(then\s+|first\s+)?[a-z]+ed\b/;

/** Actions that only organise or talk, with no content of their own. */
export const SOFT_ACTION = /\b(organi[sz]ed|scheduled|held|met|called|emailed|sent|worked|helped|supported|synced|coordinated|facilitated|communicated|aligned|collaborated|tried|made sure|did|continued|handled|reported|told|informed|notified|mentioned|raised|complained|pinged|messaged|waited|escalated)\b/;

export const RESULT =
  /\b(went (from|down|up|back)|dropped|fell|rose|increased|decreased|reduced|improved|recovered|cut|saved|grew|lifted|lowered|raised|halved|doubled|tripled|climbed|declined|shrank|from [^,;.]{1,30} to|(went|came|got|returned|recovered|is|was|were) back to|back to (\d|normal|baseline)|down to|by \d|resulted in|led to|which meant|as a result|in the end|eventually|afterwards|outcome|impact|has (since )?(caught|prevented|not recurred|stopped|held)|(caught|prevented|flagged) (two|three|\d+|several|multiple)|(was|were|got) (adopted|approved|launched|shipped|rolled out|reused|accepted|relaunched|restored|fixed|resolved|merged|cancelled|canceled|stopped|killed|delayed|postponed)|became (the|our) (default|standard|template)|no (further|more|new|repeat) (incidents|outages|complaints|regressions)|never (happened|recurred) again|now (show|shows|use|uses|have|has|report|reports|share|shares|agree|agrees|run|runs|match|matches)|adopted|became|agreed to (extend|adopt|roll out|use|fund|ship|launch)|extended (it )?to|was (extended|expanded|approved|signed off)|signed off|(is|are) (now )?used (by|in|across)|(launched|went live|rolled out|shipped) (in|to|on|for|across)|limited (to|the)|(kept|stayed|remained) [^,;.]{0,20}(under|below|within|at)|(launched|shipped|released|delivered|went live) [^,;.]{0,20}(on time|early|ahead|before the deadline)|on time)\b/;

export const LESSON =
  /\b(i learned|i learnt|lessons?|takeaways?|taught me|since then|ever since|now i|i now|these days i|going forward|next time|in hindsight|looking back|with hindsight|i would (do|have done|have|now|insist|check|add|push|start)|i'd (do|have|now|insist|check|add|push|start)|(do|done|did|approach|handle)\w* (it |this |that |things )?differently|what i('d| would) change|i always|i never [^.]{0,30}again|changed (how|the way) i|i started|i've (since|started|made)|today i|nowadays|i still|i make sure|i now make sure|on every (project|launch|model) i)\b/;

export const CONSTRAINT =
  /\b(deadline|constraints?|constrained|only had|limited|budget|regulat\w*|compliance|legal|headcount|we had (only|just)|under pressure|at the time|trade-?offs?|stakes|risk|competing priorities|no (data|labels|time|budget)|small team|(\d+|two|three|four) (weeks|days|months) (to|before|until))\b/;

export const PLATITUDE =
  /\b(communication is (key|important|everything|crucial|vital)|communicate (more|better|earlier|early|clearly)|teamwork|team ?work|work(ing)? together|be (more )?proactive|always test( more)?|test more|ask for help|attention to detail|be (more )?careful|plan (better|ahead)|trust (my|the) team|stay (calm|positive)|never give up|hard work|keep(ing)? everyone (aligned|informed|in the loop|on the same page)|over-?communicate|learn(ing)? from (my )?mistakes|growth mindset|take ownership|be more (organi[sz]ed|thorough|careful|patient)|listen(ing)? (more|better)|(is|are) (key|important|everything|crucial)|sunk cost fallacy|know when to (stop|quit|let go)|fail fast|data[- ]driven|trust the (data|process)|(the )?right call|do the right thing|pros and cons|always (check|test|validate|verify|double-check|question|look at) (your |the |my )?\w+)\b/;

export const OWN_MISTAKE =
  /\b(my (mistake|fault|error|oversight|blind spot|bad|misjudg(e)?ment)|(it|this|that|the mistake|the error|the fault) was (mine|my (fault|mistake|error))|i (missed|overlooked|underestimated|overestimated|ignored|forgot|neglected|misjudged|misread|skipped|rushed|dismissed|assumed wrongly|wrongly assumed|never (checked|tested|validated|questioned|asked|considered|added))|i (didn't|did not) (check|test|validate|verify|monitor|look|question|push|ask|consider|catch|notice|realise|realize|write|add|think|anticipate|account for|flag|escalate|involve)|i failed to|i (should|could) have|i shouldn't have|i should not have|i was wrong|i got (it |that |this )?wrong|i made (a|the|an) (mistake|wrong call|bad call|error|poor decision|bad decision|assumption)|made the mistake|i take (full )?(responsibility|ownership|the blame)|i own(ed)? (the|that|my) (mistake|failure|error|part)|i was the one who|i introduced the bug|i caused|i shipped (it|a bug|the bug)|(that|this|it) was my (bug|doing|miss|oversight|gap|join|code)|(a |the )?(problem|bug|error|mistake|flaw|fault) (was )?in my (own )?\w+|i (hadn't|had not|had never) (checked|tested|validated|verified|noticed|considered|questioned|looked|added|set up|anchored|thought)|my (own )?[a-z-]+( [a-z-]+)? (hadn't|had not|didn't|did not|never|wasn't|was not) (caught|catch|detected|detect|flagged|flag|noticed|checked|covered|tested)|i had (joined|built|used|computed|anchored|assumed|written|shipped|trusted|chosen|picked)\b[^.;]{0,80}\b(rather than|instead of|wrongly|without)|should have made me|in hindsight i|my (training|data|feature|serving) (job|join|pipeline|code|table)[^.;]{0,80}\b(while|whereas|but) (the )?[a-z ]{0,30}i had (written|built))\b/;

export const BLAME =
  /\b((their|his|her|the other team's|the [a-z]+ team's|the vendor's|the pm's|management's) (fault|mistake|error|problem)|(mistake|fault|error) was (the|their|his|her) [a-z ]{0,20}(team|vendor|pm|manager)|(it|this|that) was(n't| not) (my|our) (fault|mistake|call|problem)|not my fault|blame[sd]? (on|the|them|it)|because (they|the [a-z]+ team|the other team|he|she|my manager|the pm|product|management|stakeholders|the vendor|the business) (didn't|did not|never|failed|changed|broke|ignored|forced|pushed|insisted|refused|wouldn't)|(they|he|she) (never|didn't|did not) (tell|told|communicate|inform|warn|document|notify)|without (telling|informing|warning|notifying) (us|me|anyone)|if (they|the [a-z]+ team|he|she) had|out of my (hands|control)|(they|the [a-z]+ team) (broke|caused|messed up|screwed up)|they never communicate|(the|their|his|her) [a-z ]{0,30}(team|vendor|engineers?|pm|manager|analysts?|scientists?) (had been|was|were) (sloppy|careless|lazy|negligent|incompetent|wrong)|(other teams|the [a-z]+ team|they) (need|needs|should) to be more (careful|responsible))\b/;

/** Before/after impact ("from 61% to 83%", "by 40%", "40% fewer", "$200k saved"). */
export const IMPACT =
  /((?<![\w.])[+\u2212-]\d[\d,.]*\s?(%|pp|percent|points?)(?!\w))|(from\s+[~$€£]?\d[\d,.]*\s?(%|pp|ms|s|seconds?|minutes?|hours?|days?|k|m|x)?[^,;.]{0,30}?\bto\s+(under|below|above|over|about|around|roughly|nearly|almost|just|less than|more than|~)?\s*[~$€£]?\d)|(\bby\s+(about\s+|roughly\s+|~)?[$€£]?\d[\d,.]*\s?(%|pp|percent|points?|ms|x|k|m|minutes?|hours?))|(\d[\d,.]*\s?(%|pp|percent|x|points?)\s+(fewer|less|more|lower|higher|reduction|increase|improvement|lift|drop|decrease|gain|better|faster|cheaper))|([$€£]\s?\d[\d,.]*\s?(k|m|million|thousand|bn)?\s+(saved|per (year|month|quarter)|a (year|month|quarter)|in (losses|savings|revenue)))|(\b(halved|doubled|tripled)\b)|(\d[\d,.]*\s?(%|k|m|ms|x|minutes?|hours?)?\s[^,;.]{0,20}\b(instead of|rather than|compared (to|with)|versus|vs\.?)\s+(an?\s+)?(estimated\s+|expected\s+|projected\s+|the usual\s+)?[~$€£]?\d)/;

/** Counts of effort, not of impact ("6 alignment meetings", "40 emails"). */
export const ACTIVITY =
  /\b\d[\d,]*\+?(\s+|-)(\w+\s+){0,2}(meetings?|emails?|calls?|syncs?|messages?|slides?|pages?|docs?|documents?|weekends?|nights?|stand-?ups?|workshops?|presentations?|1:1s?|one-on-ones?|dashboards?|prs?|pull requests?|people|stakeholders|teams|hours of work|sessions|sprints|status updates?|status reports?|tickets filed|jira tickets|all-hands|wiki pages?)\b/;

export const UPTIME = /\b\d+(\.\d+)?\s?%\s+(uptime|availability|sla)\b|\b(uptime|availability) (of|at|was) \d/;
