/**
 * The Hints view: the three-step hint ladder of the active problem and its nuance cards.
 * Revealing a hint asks the host, which confirms with the user and charges the time.
 */
import type { HintView, HintsToHost, HostToHints, NuanceCardView } from '../src/protocol';
import { h, icon, setRenderedHtml, vscodeApi } from './dom';

const vscode = vscodeApi<{ open?: string }>();
const send = (m: HintsToHost): void => vscode.postMessage(m);
const app = document.getElementById('app') as HTMLElement;

const LEVEL_LABEL: Record<HintView['level'], string> = { concept: 'Concept', approach: 'Approach', pitfall: 'Pitfall' };

function hintRow(hint: HintView, index: number, penaltyMinutes: number, previousRevealed: boolean): HTMLElement {
  const head = h('div', { class: 'hint-head' }, h('span', { class: 'step' }, String(index + 1)), h('span', { class: 'hint-level' }, LEVEL_LABEL[hint.level]));
  const row = h('div', { class: `hint ${hint.revealed ? 'revealed' : ''}`, 'data-level': hint.level }, head);
  if (hint.revealed && hint.html !== undefined) {
    const body = h('div', { class: 'markdown-body hint-body' });
    setRenderedHtml(body, hint.html);
    row.append(body);
  } else {
    const cost = penaltyMinutes > 0 ? ` (−${penaltyMinutes} min)` : '';
    const button = h('button', { class: 'button secondary reveal', 'data-level': hint.level, title: previousRevealed ? `Reveal this hint${cost}` : 'Reveal the earlier hints first' }, icon('eye'), `Reveal${cost}`);
    button.disabled = !previousRevealed;
    button.addEventListener('click', () => send({ type: 'revealHint', level: hint.level }));
    head.append(button);
  }
  return row;
}

function cardBlock(card: NuanceCardView, focused: boolean): HTMLElement {
  const section = (title: string, html: string): HTMLElement => {
    const body = h('div', { class: 'markdown-body' });
    setRenderedHtml(body, html);
    return h('div', { class: 'card-section' }, h('div', { class: 'card-label' }, title), body);
  };
  const details = h(
    'details',
    { class: `card ${focused ? 'focused' : ''}`, id: `card-${card.id}`, 'data-nuance': card.id },
    h('summary', {}, icon('shield'), h('span', {}, card.title)),
    section('What it is', card.whatHtml),
    section('How it shows up', card.symptomsHtml),
    section('How to detect it', card.detectHtml),
    section('How to fix it', card.fixHtml),
    h('div', { class: 'card-section say' }, h('div', { class: 'card-label' }, 'Say it in the interview'), h('blockquote', {}, card.say)),
  );
  details.open = focused || vscode.getState()?.open === card.id;
  details.addEventListener('toggle', () => {
    if (details.open) vscode.setState({ open: card.id });
  });
  return details;
}

window.addEventListener('message', (event: MessageEvent<HostToHints>) => {
  const m = event.data;
  if (m.type === 'empty') {
    app.replaceChildren(h('div', { class: 'empty' }, icon('lightbulb'), h('p', {}, m.reason)));
    return;
  }
  const ladder = h('div', { class: 'ladder' }, ...m.hints.map((hint, i) => hintRow(hint, i, m.penaltyMinutes, i === 0 || (m.hints[i - 1]?.revealed ?? false))));
  const cards = m.cards.length
    ? h('div', { class: 'cards' }, h('h3', {}, 'Production nuances'), ...m.cards.map((c) => cardBlock(c, c.id === m.focusNuance)))
    : null;
  const notice = m.focusNuance
    ? h('div', { class: 'notice warning', id: 'focus-notice' }, icon('warning'), h('span', {}, `A hidden test about “${m.cards.find((c) => c.id === m.focusNuance)?.title ?? m.focusNuance}” failed. Read the card below.`))
    : null;
  const ladderBlock = m.hints.length ? [h('h3', {}, 'Hints'), ladder] : [];
  app.replaceChildren(h('h2', { class: 'problem-title' }, m.title), notice ?? '', ...ladderBlock, cards ?? '');
  if (m.focusNuance) document.getElementById(`card-${m.focusNuance}`)?.scrollIntoView({ block: 'start' });
});

send({ type: 'ready' });
