/**
 * The stages of a discussion round under the toolbar: the current phase (or follow-up question)
 * with its own countdown, "Next phase", a strip of every stage (done, current, overtime), and for
 * a behavioral round the stories of the bank that fit the prompt.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { classMap } from 'lit-html/directives/class-map.js';
import { styleMap } from 'lit-html/directives/style-map.js';
import { formatClock } from '../../src/core/format';
import { icon } from '../dom';
import type { PanelActions } from './actions';
import { stageNow, type PanelModel } from './model';

function strip(model: PanelModel, now: number): TemplateResult {
  const r = model.round;
  if (!r) return html``;
  const cur = stageNow(model, now);
  return html`<ol class="stage-strip" aria-label="Phases">${r.stages.map((s, i) => {
    const done = i < r.index;
    const spent = done ? (r.spentMs[i] ?? 0) : i === cur?.index ? cur.elapsedMs : 0;
    const over = spent > s.budgetMs;
    const fill = Math.min(100, (spent / s.budgetMs) * 100);
    const title = `${s.title} — ${Math.round(s.budgetMs / 60_000)} min${done || i === cur?.index ? `, ${formatClock(spent)} used${over ? ' (overtime)' : ''}` : ''}`;
    return html`<li class="stage ${classMap({ done, current: i === r.index, over })}" style=${styleMap({ flexGrow: String(s.budgetMs) })} title=${title} data-stage=${s.id}><span class="stage-fill" style=${styleMap({ width: `${fill}%` })}></span></li>`;
  })}</ol>`;
}

function suggestionsView(model: PanelModel, actions: PanelActions): TemplateResult | typeof nothing {
  if (model.round?.round !== 'behavioral') return nothing;
  return html`<div class="suggestions" id="suggestions">${icon('book')}<span class="muted">Stories that fit:</span>${model.suggestions.length
    ? model.suggestions.map(
        (s, i) => html`<button class="link-button story-link" title=${`Open the story (${s.competencies.join(', ')})`} @click=${() => actions.send({ type: 'openStory', index: i })}>${s.failure ? icon('flame') : nothing}${s.title}</button>`,
      )
    : html`<span class="muted">none in your story bank yet${model.bankStatus ? ` (${model.bankStatus})` : ''}.</span><button class="link-button" id="new-story" @click=${() => actions.send({ type: 'newStory' })}>${icon('add')}New story</button>`}</div>`;
}

export function roundView(model: PanelModel, actions: PanelActions, now: number): TemplateResult | typeof nothing {
  const r = model.round;
  if (!r) return nothing;
  const cur = stageNow(model, now);
  const stage = cur ? r.stages[cur.index] : undefined;
  const behavioral = r.round === 'behavioral';
  const last = r.index >= r.stages.length - 1;
  const label = stage ? (behavioral ? (cur?.index === 0 ? 'Your answer' : `Follow-up ${cur?.index} of ${r.stages.length - 1}`) : `Phase ${(cur?.index ?? 0) + 1} of ${r.stages.length}`) : behavioral ? 'Follow-ups done' : 'All phases done';
  const over = cur !== undefined && cur.remainingMs < 0;
  const nextLabel = behavioral ? (last ? 'Finish and check' : r.index === 0 ? 'First follow-up' : 'Next question') : 'Next phase';
  return html`<section class="round" aria-label="Round phases">
    <div class="round-top">
      <span class="stage-label">${label}</span>
      ${stage ? html`<span class="stage-title" id="stage-title" title=${stage.title}>${stage.title}</span>` : html`<span class="stage-title muted">Check your answer when you are ready.</span>`}
      ${stage
        ? html`<span class="stage-timer ${classMap({ overtime: over })}" role="timer" aria-label="Time left in this phase" title=${over ? 'Overtime in this phase: it is recorded' : 'Time left in this phase'}>${icon(over ? 'warning' : 'clock')}<span id="stage-clock">${formatClock(cur?.remainingMs ?? 0)}</span></span>
            <button class="button secondary" id="next-phase" title=${behavioral ? 'Move on to the next question now' : 'End this phase now and start the next one'} @click=${() => actions.send({ type: 'nextPhase' })}>${icon('debug-step-over')}${nextLabel}</button>`
        : nothing}
    </div>
    ${strip(model, now)}
    ${suggestionsView(model, actions)}
  </section>`;
}
