/**
 * The report of a Check answer in a discussion round. Design: the phases covered with the
 * sentences of the answer that count, the missed nuances (each opens its card in the Hints
 * view), the red flags with their evidence, then a self-score per phase (0–3) against the
 * rubric's strong points, then the reference outline of a strong answer. Behavioral: the STAR-C
 * parts with evidence, ownership of the failure, a quantified result, the lessons, then the
 * rubric's strong signals as a checklist.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { classMap } from 'lit-html/directives/class-map.js';
import type { BehavioralReport, DesignReport } from '../../src/protocol';
import { icon } from '../dom';
import type { PanelActions } from './actions';
import type { PanelModel } from './model';

function evidenceList(evidence: string[]): TemplateResult | typeof nothing {
  if (!evidence.length) return nothing;
  return html`<ul class="evidence">${evidence.map((e) => html`<li><blockquote>${e}</blockquote></li>`)}</ul>`;
}

function coverageRow(id: string, title: string, covered: boolean, evidence: string[], detail: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<details class="report-item ${classMap({ covered })}" data-item=${id} data-covered=${String(covered)} ?open=${covered}>
    <summary>${icon(covered ? 'pass-filled' : 'circle-large-outline', covered ? 'ok' : 'muted')}<span class="item-title">${title}</span><span class=${covered ? 'ok' : 'muted'}>${covered ? `covered · ${evidence.length} ${evidence.length === 1 ? 'sentence' : 'sentences'}` : 'not covered'}</span></summary>
    ${evidenceList(evidence)}${detail}
  </details>`;
}

function scoreButtons(model: PanelModel, actions: PanelActions, id: string, max: number, label: string): TemplateResult {
  const current = model.selfScores[id];
  return html`<div class="score" role="radiogroup" aria-label=${label}>${Array.from({ length: max + 1 }, (_, n) => {
    const on = current === n;
    return html`<button class="score-button ${classMap({ on })}" role="radio" aria-checked=${String(on)} id=${`score-${id}-${n}`} title=${`${label}: ${n} of ${max}`} @click=${() => actions.send({ type: 'selfScore', id, score: n })}>${n}</button>`;
  })}</div>`;
}

function designReportView(r: DesignReport, model: PanelModel, actions: PanelActions): TemplateResult {
  const covered = r.phases.filter((p) => p.covered).length;
  const scored = r.phases.filter((p) => model.selfScores[p.id] !== undefined).length;
  const total = r.phases.reduce((s, p) => s + (model.selfScores[p.id] ?? 0), 0);
  return html`<div class="report" id="report" data-kind="design">
    <h2>${icon('checklist')}Phases <span class="muted">${covered} of ${r.phases.length} covered, by your own sentences</span></h2>
    <div class="report-list" id="report-phases">${r.phases.map((p) => coverageRow(p.id, p.title, p.covered, p.evidence))}</div>

    <h2>${icon('shield')}Production nuances <span class="muted">${r.nuances.covered.length} of ${r.nuances.covered.length + r.nuances.missed.length} handled</span></h2>
    <div class="report-list" id="report-nuances">
      ${r.nuances.covered.map((n) => coverageRow(n.id, n.title, true, n.evidence))}
      ${r.nuances.missed.map(
        (n) => html`<div class="report-item missed" data-nuance=${n.id}>${icon('circle-large-outline', 'muted')}<span class="item-title">${n.title}</span><button class="link-button open-nuance" title="Open the nuance card in the Hints view" @click=${() => actions.send({ type: 'openNuance', id: n.id })}>${icon('lightbulb')}Open card</button></div>`,
      )}
      ${r.nuances.covered.length + r.nuances.missed.length === 0 ? html`<p class="muted">This prompt has no nuance cards.</p>` : nothing}
    </div>

    <h2>${icon('warning')}Red flags <span class="muted">${r.redFlags.length ? `${r.redFlags.length} raised` : 'none raised'}</span></h2>
    <div class="report-list" id="report-redflags">${r.redFlags.map(
      (f) => html`<div class="report-item red-flag" data-flag=${f.id}><div class="flag-title">${icon('warning', 'warn')}<span class="item-title">${f.title}</span></div>${evidenceList(f.evidence)}</div>`,
    )}</div>

    <h2>${icon('star-half')}Self-score <span class="muted">${scored} of ${r.phases.length} phases scored${scored ? ` · ${total} / ${r.phases.length * 3}` : ''}</span></h2>
    <p class="muted">Score each phase 0–3 against what a strong answer says there.</p>
    <div class="report-list" id="self-score">${r.phases.map(
      (p) => html`<div class="score-row" data-phase=${p.id}><div class="score-head"><span class="item-title">${p.title}</span>${scoreButtons(model, actions, p.id, 3, p.title)}</div><ul class="checklist">${p.strong.map((s) => html`<li>${s}</li>`)}</ul></div>`,
    )}</div>

    <details class="outline" id="outline" ?open=${scored === r.phases.length}>
      <summary><h2>${icon('list-ordered')}Reference outline of a strong answer</h2></summary>
      ${scored < r.phases.length ? html`<p class="muted">Score your phases first; then compare with the outline.</p>` : nothing}
      <ol>${r.phases.map((p) => html`<li><strong>${p.title}</strong> <span class="muted">(${p.minutes} min)</span><ul>${p.strong.map((s) => html`<li>${s}</li>`)}</ul></li>`)}</ol>
    </details>
  </div>`;
}

const LESSONS: Record<BehavioralReport['lessons'], string> = { specific: 'specific: a practice you now follow', generic: 'generic: say what you now do differently', none: 'none drawn' };

function judgement(id: string, title: string, yes: boolean, yesText: string, noText: string, evidence: string[]): TemplateResult {
  return html`<div class="report-item judgement" data-item=${id} data-covered=${String(yes)}><div class="flag-title">${icon(yes ? 'pass-filled' : 'circle-large-outline', yes ? 'ok' : 'muted')}<span class="item-title">${title}</span><span class=${yes ? 'ok' : 'muted'}>${yes ? yesText : noText}</span></div>${evidenceList(evidence)}</div>`;
}

function behavioralReportView(r: BehavioralReport, model: PanelModel, actions: PanelActions): TemplateResult {
  const covered = r.starc.filter((s) => s.covered).length;
  return html`<div class="report" id="report" data-kind="behavioral">
    <h2>${icon('checklist')}STAR-C <span class="muted">${covered} of ${r.starc.length} parts, in headings or prose</span></h2>
    <div class="report-list" id="report-starc">${r.starc.map((s) => coverageRow(s.id, s.title, s.covered, s.evidence, s.covered ? nothing : html`<p class="muted guide">${s.guide}</p>`))}</div>
    <h2>${icon('person')}What the interviewer listens for</h2>
    <div class="report-list">
      ${judgement('owns-failure', 'Owns the failure', r.ownsFailure, 'first person, own mistake', r.signals.blame.length ? 'blame on others' : 'no own mistake named', r.ownsFailure ? r.signals.ownsFailure : r.signals.blame)}
      ${judgement('quantified-result', 'Quantified result', r.quantifiedResult, 'before/after impact', 'no impact numbers (activity counts do not count)', r.signals.quantifiedResult)}
      ${judgement('lessons', 'Lessons', r.lessons === 'specific', LESSONS[r.lessons], LESSONS[r.lessons], r.signals.lessons)}
    </div>
    <h2>${icon('star-half')}Checklist <span class="muted">tick what your answer showed</span></h2>
    <div class="report-list" id="self-score">${r.strongSignals.map((s, i) => {
      const id = `signal-${i + 1}`;
      const on = model.selfScores[id] === 1;
      return html`<label class="check-row"><input type="checkbox" id=${`check-${id}`} .checked=${on} @change=${(e: Event) => actions.send({ type: 'selfScore', id, score: (e.target as HTMLInputElement).checked ? 1 : 0 })} />${s}</label>`;
    })}</div>
    ${r.redFlags.length ? html`<h2>${icon('warning')}Avoid</h2><ul class="checklist">${r.redFlags.map((f) => html`<li>${f}</li>`)}</ul>` : nothing}
  </div>`;
}

export function reportView(model: PanelModel, actions: PanelActions): TemplateResult | typeof nothing {
  const r = model.report;
  if (!r) return nothing;
  return r.kind === 'design' ? designReportView(r, model, actions) : behavioralReportView(r, model, actions);
}
