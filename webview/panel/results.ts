/** The Results tab: the live run, then the summary and one collapsible row per case. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import type { CaseView, JudgeVerdict, RunSummaryView } from '../../src/protocol';
import { icon } from '../dom';
import { kv } from './kv';
import type { PanelActions } from './actions';
import { isDiscussion, type PanelModel } from './model';
import { reportView } from './report';

const VERDICT_LABEL: Record<JudgeVerdict, string> = {
  pass: 'Passed',
  wrong_answer: 'Wrong answer',
  runtime_error: 'Runtime error',
  time_limit: 'Time limit exceeded',
  memory_limit: 'Memory limit exceeded',
  output_limit: 'Output limit exceeded',
  compile_error: 'Compile error',
  not_run: 'Not run',
};

function verdictIcon(v: JudgeVerdict): TemplateResult {
  if (v === 'pass') return icon('pass-filled', 'ok');
  if (v === 'not_run') return icon('circle-slash', 'muted');
  if (v === 'time_limit') return icon('watch', 'bad');
  return icon('error', 'bad');
}

function withTruncation(stream: string, truncated: boolean | undefined): string {
  return stream + (truncated ? '\n… output truncated' : '');
}

function caseBody(c: CaseView): TemplateResult {
  const hiddenOnly = c.hidden && !c.custom;
  return html`<div class="case-body">${hiddenOnly
    ? html`<p class="muted">${c.verdict === 'pass' ? 'Hidden test passed.' : 'Hidden tests show only their verdict.'}</p>${c.verdict !== 'pass' && c.nuance ? html`<p>This test is about a production nuance: the Hints view shows its card.</p>` : nothing}`
    : html`${kv('Input', c.args)}${kv('Expected', c.expected)}${kv('Actual', c.actual, c.verdict === 'pass' ? '' : 'diff')}`}${c.message ? html`<div class="case-message">${icon('info')}<pre>${c.message}</pre></div>` : nothing}${c.traceback ? kv('Traceback', c.traceback, 'stream') : nothing}${c.stdout ? kv('stdout', withTruncation(c.stdout, c.truncated), 'stream') : nothing}${c.stderr ? kv('stderr', withTruncation(c.stderr, c.truncated), 'stream') : nothing}</div>`;
}

/** One case; a failed visible case starts open. Opening and closing it is the user's from then on. */
function caseRow(c: CaseView, discussion: boolean): TemplateResult {
  const label = c.custom ? `Custom: ${c.name}` : c.hidden ? `Hidden test ${c.name}` : c.name;
  const verdict = discussion ? (c.verdict === 'pass' ? 'Covered' : 'Not yet') : VERDICT_LABEL[c.verdict];
  return html`<details class="case ${c.verdict}" data-verdict=${c.verdict} data-index=${String(c.index)} ?open=${c.verdict !== 'pass' && !c.hidden}><summary class="case-summary">${verdictIcon(c.verdict)}<span class="case-name">${label}</span>${c.nuance
    ? html`<span class="badge nuance" title="This test checks a production nuance">${icon('shield')}${c.nuance}</span>`
    : nothing}<span class="case-verdict ${c.verdict === 'pass' ? 'ok' : 'bad'}">${verdict}</span>${discussion ? nothing : html`<span class="case-time">${Math.round(c.timeMs)} ms</span>`}</summary>${caseBody(c)}</details>`;
}

function summaryView(s: RunSummaryView, discussion: boolean): TemplateResult {
  if (s.verdict === 'error') {
    return html`<div class="summary error" id="summary" data-verdict=${s.verdict}>${icon('error')}<span>${s.error?.message ?? 'The run could not start.'}</span></div>`;
  }
  if (s.verdict === 'cancelled') {
    return html`<div class="summary" id="summary" data-verdict=${s.verdict}>${icon('debug-stop')}<span>Cancelled.</span></div>`;
  }
  const text = discussion ? `Rubric coverage: ${s.passed} / ${s.total}` : `${s.kind === 'submit' ? 'Submit' : 'Run'}: ${s.passed} / ${s.total} passed`;
  return html`<div class="summary ${s.verdict === 'pass' ? 'ok' : 'bad'}" id="summary" data-verdict=${s.verdict}>${icon(s.verdict === 'pass' ? 'pass-filled' : 'error')}<span class="summary-text">${text}</span><span class="muted">${Math.round(s.durationMs)} ms</span></div>`;
}

function caseList(cases: CaseView[], discussion: boolean, generation: number): TemplateResult {
  // A new list of results gets new rows (each opening as a fresh result would); re-renders of the same list keep them.
  return html`<div class="cases">${keyed(generation, cases.map((c) => caseRow(c, discussion)))}</div>`;
}

export function resultsView(model: PanelModel, actions: PanelActions): TemplateResult {
  const discussion = isDiscussion(model);
  if (model.running) {
    return html`<div class="summary running">${icon('loading', 'codicon-modifier-spin')}<span>${`${model.running === 'submit' ? 'Submitting' : 'Running'}… ${model.liveCases.length} of ${model.runTotal} cases`}</span></div>${caseList(model.liveCases, discussion, model.resultsGeneration)}`;
  }
  const s = model.lastSummary;
  if (!s) {
    return html`<div class="empty">${icon('beaker')}<p>Run the examples or submit to see results here.</p></div>`;
  }
  // A discussion round's check shows its report (evidence, nuances, red flags, self-score) instead of the case rows.
  const body = discussion && model.report ? reportView(model, actions) : caseList(model.lastCases, discussion, model.resultsGeneration);
  return html`${summaryView(s, discussion)}${s.error?.hint ? html`<p class="muted">${s.error.hint}</p>` : nothing}${body}`;
}
