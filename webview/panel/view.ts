/** The whole problem panel: header, tab bar and the three panes (only the selected one shows). */
import { html, type TemplateResult } from 'lit-html';
import { classMap } from 'lit-html/directives/class-map.js';
import type { PanelActions } from './actions';
import { customCasesView } from './customCases';
import { headerView } from './header';
import { cardView } from './card';
import { isCard, isDiscussion, type PanelModel, type Tab } from './model';
import { resultsView } from './results';
import { statementView } from './statement';

const TAB_TITLE: Record<Tab, string> = { statement: 'Description', results: 'Results', custom: 'Custom cases' };

function tabButton(tab: Tab, model: PanelModel, actions: PanelActions, hidden = false): TemplateResult {
  const active = model.tab === tab;
  return html`<button class="tab ${classMap({ active })}" role="tab" id=${`tab-${tab}`} aria-selected=${String(active)} ?hidden=${hidden} @click=${() => actions.selectTab(tab)}>${TAB_TITLE[tab]}</button>`;
}

export function panelView(model: PanelModel, actions: PanelActions, now: number): TemplateResult {
  if (isCard(model)) return html`${headerView(model, actions, now)}${cardView(model, actions)}`;
  const pane = (tab: Tab, content: unknown): TemplateResult =>
    html`<section class="pane" role="tabpanel" id=${tab} ?hidden=${model.tab !== tab}>${content}</section>`;
  return html`${headerView(model, actions, now)}
    <nav class="tabs" role="tablist">${tabButton('statement', model, actions)}${tabButton('results', model, actions)}${tabButton('custom', model, actions, isDiscussion(model))}</nav>
    ${pane('statement', statementView(model.problem, actions))}
    ${pane('results', resultsView(model, actions))}
    ${pane('custom', customCasesView(model, actions))}`;
}
