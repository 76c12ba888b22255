/** The countdown: the host sends a snapshot on every change; the webview counts down locally. */
import { html, type TemplateResult } from 'lit-html';
import { classMap } from 'lit-html/directives/class-map.js';
import { formatClock } from '../../src/core/format';
import { icon } from '../dom';
import type { PanelActions } from './actions';
import { remainingNow, type PanelModel } from './model';

/** How often the local countdown redraws (ms). */
export const TIMER_TICK_MS = 250;

export function timerView(model: PanelModel, actions: PanelActions, now: number): TemplateResult {
  const timer = model.timer;
  const remaining = remainingNow(model, now);
  const over = timer !== undefined && remaining < 0;
  const paused = timer?.status === 'paused';
  const boxTitle = paused ? 'Paused' : over ? 'Overtime: keep going, the attempt is marked as overtime' : 'Remaining time';
  const pauseLabel = paused ? 'Resume timer' : 'Pause timer';
  return html`<div class="timer-group">
    <div class="timer ${classMap({ overtime: over, paused, stopped: timer?.status === 'stopped' })}" title=${boxTitle}>${icon('watch')}<span id="timer" class="timer-digits" role="timer" aria-label="Remaining time">${timer ? formatClock(remaining) : '--:--'}</span></div>
    <button class="icon-button" id="pause" title=${pauseLabel} aria-label=${pauseLabel} ?disabled=${timer?.status === 'stopped'} @click=${() => actions.send({ type: paused ? 'resume' : 'pause' })}>${icon(paused ? 'debug-continue' : 'debug-pause')}</button>
  </div>`;
}
