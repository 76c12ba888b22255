/**
 * An explain-it card: the question with "say it out loud, or type it", Reveal, then the model
 * answer, the key points as a checklist, common mistakes, related links and the self-grade.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { CardGrade, CardView } from '../../src/protocol';
import { icon, renderedHtml } from '../dom';
import type { PanelActions } from './actions';
import { toggleKeyPoint, type PanelModel } from './model';

const GRADES: { grade: CardGrade; label: string; title: string; cls: string }[] = [
  { grade: 'again', label: 'Again', title: 'I could not explain it: show it again soon', cls: 'again' },
  { grade: 'hard', label: 'Hard', title: 'I got there, with gaps or hesitation', cls: 'hard' },
  { grade: 'good', label: 'Good', title: 'A clear explanation with the key points', cls: 'good' },
  { grade: 'easy', label: 'Easy', title: 'Effortless: space it out further', cls: 'easy' },
];

function checklist(card: CardView, model: PanelModel, actions: PanelActions): TemplateResult {
  const ticked = model.card.ticked;
  const locked = model.card.sent !== undefined;
  return html`<section class="card-section" aria-labelledby="key-points-title">
    <h2 id="key-points-title">${icon('checklist')}Key points <span class="muted count">${`${ticked.length} of ${card.keyPoints.length} covered`}</span></h2>
    <ul class="checklist">
      ${card.keyPoints.map(
        (point, i) => html`<li>
          <label class="check ${ticked.includes(i) ? 'checked' : ''}">
            <input type="checkbox" class="key-point" data-index=${String(i)} .checked=${ticked.includes(i)} ?disabled=${locked} @change=${() => {
              toggleKeyPoint(model.card, i);
              actions.update();
            }} />
            <span>${point}</span>
          </label>
        </li>`,
      )}
    </ul>
  </section>`;
}

function back(card: CardView, model: PanelModel, actions: PanelActions): TemplateResult {
  const sent = model.card.sent;
  const graded = model.card.graded;
  return html`<section class="card-section answer" aria-labelledby="answer-title">
      <h2 id="answer-title">${icon('book')}Model answer</h2>
      <article class="markdown-body">${renderedHtml(card.answerHtml)}</article>
    </section>
    ${checklist(card, model, actions)}
    <section class="card-section" aria-labelledby="mistakes-title">
      <h2 id="mistakes-title">${icon('warning')}Common mistakes</h2>
      <ul class="mistakes">${card.mistakes.map((m) => html`<li>${m}</li>`)}</ul>
    </section>
    ${card.related.length
      ? html`<section class="card-section" aria-labelledby="related-title">
          <h2 id="related-title">${icon('link')}Related</h2>
          <div class="related">${card.related.map(
            (r) => html`<button class="link-button related-link" title=${`Open the statement of ${r.title}`} @click=${() => actions.send({ type: 'openRelated', id: r.id })}>${icon(r.kind === 'concept' ? 'mortar-board' : r.kind === 'coding' ? 'code' : 'comment-discussion')}${r.title}</button>`,
          )}</div>
        </section>`
      : nothing}
    <div class="grade-bar" role="group" aria-label="Grade your explanation">
      <span class="grade-label">How did your explanation go?</span>
      ${GRADES.map(
        (g) => html`<button class="button grade ${g.cls} ${sent === g.grade ? 'chosen' : ''}" id=${`grade-${g.grade}`} title=${g.title} ?disabled=${sent !== undefined} @click=${() => {
          model.card.sent = g.grade;
          actions.send({ type: 'gradeCard', grade: g.grade, ticked: model.card.ticked });
          actions.update();
        }}>${g.label}</button>`,
      )}
      ${graded ? html`<span class="muted graded">${icon('pass')}${`Recorded${graded.nextReview ? ` · next review ${new Date(graded.nextReview).toLocaleDateString()}` : ''}`}</span>` : nothing}
    </div>`;
}

export function cardView(model: PanelModel, actions: PanelActions): TemplateResult | typeof nothing {
  const problem = model.problem;
  const card = problem?.card;
  if (!problem || !card) return nothing;
  return html`<div class="card">
    <section class="card-question" aria-label="Question">
      <article class="markdown-body">${renderedHtml(problem.statementHtml)}</article>
      <div class="say-it">${icon('mic')}<span>Say it out loud, or type it.</span><button class="link-button" id="scratch" title="Open a scratch note for this card" @click=${() => actions.send({ type: 'openSolution' })}>${icon('edit')}Type it in a note</button></div>
    </section>
    ${model.card.revealed
      ? back(card, model, actions)
      : html`<div class="reveal"><button class="button primary" id="reveal" @click=${() => {
          model.card.revealed = true;
          actions.send({ type: 'revealAnswer' });
          actions.update();
        }}>${icon('eye')}Reveal answer</button><span class="muted">Explain first, then compare.</span></div>`}
  </div>`;
}
