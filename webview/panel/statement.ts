/**
 * The Description tab: the host-rendered statement and the visible examples — or, for a problem
 * practised from its interview-style brief, the short prompt and the clarifying questions (asked
 * ones answered in the order asked) until the full statement is opened.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { BriefView, ProblemView } from '../../src/protocol';
import { icon, renderedHtml } from '../dom';
import type { PanelActions } from './actions';
import { kv } from './kv';

function examplesView(problem: ProblemView): TemplateResult | typeof nothing {
  return problem.examples.length
    ? html`<div class="examples">
        <h2>Examples</h2>
        ${problem.examples.map((e, i) => html`<div class="example"><div class="example-title">${e.name || `Example ${i + 1}`}</div>${kv('Input', e.args)}${kv('Expected', e.expected)}</div>`)}
      </div>`
    : nothing;
}

function answersView(brief: BriefView): TemplateResult {
  return html`<ol class="brief-answers">
    ${brief.answers.map((a) => html`<li class="brief-answer" data-id=${a.id}><div class="brief-ask">${icon('comment')} ${a.ask}</div><div class="brief-reply markdown-body">${renderedHtml(a.answerHtml)}</div></li>`)}
  </ol>`;
}

function briefView(brief: BriefView, actions: PanelActions): TemplateResult {
  const open = brief.questions.filter((q) => !q.asked);
  return html`<section class="brief" aria-label="Interview brief">
    <div class="brief-label">${icon('person')} The interviewer says</div>
    <div class="brief-prompt markdown-body">${renderedHtml(brief.promptHtml)}</div>
    <p class="brief-note">Ask what you would ask in the room before you code. The questions you ask are recorded as a signal — never a penalty.</p>
    ${brief.answers.length ? html`<h2>Answers so far</h2>${answersView(brief)}` : nothing}
    ${open.length
      ? html`<h2>Clarifying questions</h2>
          <ul class="brief-questions">
            ${open.map((q) => html`<li><button class="button secondary brief-question" data-id=${q.id} @click=${() => actions.send({ type: 'askQuestion', id: q.id })}>${icon('question')} ${q.ask}</button></li>`)}
          </ul>`
      : nothing}
    <div class="brief-actions"><button id="show-statement" class="button secondary" @click=${() => actions.send({ type: 'showStatement' })}>${icon('book')} Show full statement</button></div>
  </section>`;
}

export function statementView(problem: ProblemView | undefined, actions: PanelActions): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  const brief = problem.brief;
  if (brief && !brief.fullStatement) return briefView(brief, actions);
  return html`${brief && brief.answers.length
      ? html`<details class="brief-asked"><summary>${icon('chevron-right', 'brief-chevron')}${icon('comment-discussion')} Clarifications you asked (${brief.answers.length})</summary>${answersView(brief)}</details>`
      : nothing}<article class="markdown-body">${renderedHtml(problem.statementHtml)}</article>${examplesView(problem)}`;
}
