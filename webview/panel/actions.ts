import type { PanelToHost } from '../../src/protocol';
import type { Tab } from './model';

/** What the panel's templates may do: talk to the host, switch tabs, re-render after a local change. */
export interface PanelActions {
  send(message: PanelToHost): void;
  selectTab(tab: Tab): void;
  update(): void;
}
