/**
 * The problem panel: statement, countdown, Run / Submit with per-case results, custom cases.
 * Receives everything by message from the host (see src/protocol.ts); keeps only UI state.
 * Every change re-renders the model with lit-html, which updates the page in place: what the
 * user is typing, focus and opened rows stay as they are.
 */
import { render } from 'lit-html';
import type { HostToPanel, PanelState, PanelToHost } from '../src/protocol';
import { vscodeApi } from './dom';
import type { PanelActions } from './panel/actions';
import { applyMessage, initialModel, type Tab } from './panel/model';
import { TIMER_TICK_MS } from './panel/timer';
import { panelView } from './panel/view';

interface UiState extends PanelState {
  tab: Tab;
}

const vscode = vscodeApi<UiState>();
const app = document.getElementById('app') as HTMLElement;
const model = initialModel(vscode.getState()?.tab ?? 'statement');

function saveUiState(): void {
  if (model.problem) vscode.setState({ problemId: model.problem.id, tab: model.tab });
}

const actions: PanelActions = {
  send: (m: PanelToHost) => vscode.postMessage(m),
  selectTab: (tab) => {
    model.tab = tab;
    saveUiState();
    update();
  },
  update,
};

function update(): void {
  render(panelView(model, actions, Date.now()), app);
}

window.addEventListener('message', (event: MessageEvent<HostToPanel>) => {
  const m = event.data;
  applyMessage(model, m, Date.now());
  if (m.type === 'session') document.title = m.problem.title;
  saveUiState();
  update();
});

setInterval(update, TIMER_TICK_MS);
update();
actions.send({ type: 'ready' });
