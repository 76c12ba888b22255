/**
 * The Hints view: the three-step hint ladder of the active problem and its nuance cards.
 * Revealing a hint asks the host, which confirms with the user and charges the time.
 */
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { HintView, HintsToHost, HostToHints, NuanceCardView } from '../src/protocol';
import { icon, renderedHtml, vscodeApi } from './dom';

const vscode = vscodeApi<{ open?: string }>();
const send = (m: HintsToHost): void => vscode.postMessage(m);
const app = document.getElementById('app') as HTMLElement;

const LEVEL_LABEL: Record<HintView['level'], string> = { concept: 'Concept', approach: 'Approach', pitfall: 'Pitfall' };

function hintRow(hint: HintView, index: number, penaltyMinutes: number, previousRevealed: boolean): TemplateResult {
  const cost = penaltyMinutes > 0 ? ` (−${penaltyMinutes} min)` : '';
  const shown = hint.revealed && hint.html !== undefined;
  const reveal = html`<button class="button secondary reveal" data-level=${hint.level} title=${previousRevealed ? `Reveal this hint${cost}` : 'Reveal the earlier hints first'} ?disabled=${!previousRevealed} @click=${() => send({ type: 'revealHint', level: hint.level })}>${icon('eye')}${`Reveal${cost}`}</button>`;
  return html`<div class="hint ${hint.revealed ? 'revealed' : ''}" data-level=${hint.level}><div class="hint-head"><span class="step">${String(index + 1)}</span><span class="hint-level">${LEVEL_LABEL[hint.level]}</span>${shown ? nothing : reveal}</div>${shown ? html`<div class="markdown-body hint-body">${renderedHtml(hint.html ?? '')}</div>` : nothing}</div>`;
}

function cardSection(title: string, source: string): TemplateResult {
  return html`<div class="card-section"><div class="card-label">${title}</div><div class="markdown-body">${renderedHtml(source)}</div></div>`;
}

function cardBlock(card: NuanceCardView, focused: boolean): TemplateResult {
  const remember = (e: Event): void => {
    if ((e.target as HTMLDetailsElement).open) vscode.setState({ open: card.id });
  };
  // Every message sets which card is open (the focused one, else the one the user opened last).
  return html`<details class="card ${focused ? 'focused' : ''}" id=${`card-${card.id}`} data-nuance=${card.id} .open=${live(focused || vscode.getState()?.open === card.id)} @toggle=${remember}><summary>${icon('shield')}<span>${card.title}</span></summary>${cardSection('What it is', card.whatHtml)}${cardSection('How it shows up', card.symptomsHtml)}${cardSection('How to detect it', card.detectHtml)}${cardSection('How to fix it', card.fixHtml)}<div class="card-section say"><div class="card-label">Say it in the interview</div><blockquote>${card.say}</blockquote></div></details>`;
}

function view(m: HostToHints): TemplateResult {
  if (m.type === 'empty') return html`<div class="empty">${icon('lightbulb')}<p>${m.reason}</p></div>`;
  const focusTitle = m.cards.find((c) => c.id === m.focusNuance)?.title ?? m.focusNuance;
  return html`<h2 class="problem-title">${m.title}</h2>${m.focusNuance
      ? html`<div class="notice warning" id="focus-notice">${icon('warning')}<span>${`A hidden test about “${focusTitle}” failed. Read the card below.`}</span></div>`
      : nothing}${m.hints.length
      ? html`<h3>Hints</h3><div class="ladder">${m.hints.map((hint, i) => hintRow(hint, i, m.penaltyMinutes, i === 0 || (m.hints[i - 1]?.revealed ?? false)))}</div>`
      : nothing}${m.cards.length
      ? html`<div class="cards"><h3>Production nuances</h3>${repeat(m.cards, (c) => c.id, (c) => cardBlock(c, c.id === m.focusNuance))}</div>`
      : nothing}`;
}

window.addEventListener('message', (event: MessageEvent<HostToHints>) => {
  const m = event.data;
  render(view(m), app);
  if (m.type === 'hints' && m.focusNuance) document.getElementById(`card-${m.focusNuance}`)?.scrollIntoView({ block: 'start' });
});

send({ type: 'ready' });
