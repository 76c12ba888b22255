/** The panel's sticky header: title and countdown, badges, the toolbar, progress and notices. */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { Language, ProblemView } from '../../src/protocol';
import { icon } from '../dom';
import type { PanelActions } from './actions';
import { formatClock } from '../../src/core/format';
import { isCard, isDiscussion, quickFireRemaining, type Notice, type PanelModel } from './model';
import { roundView } from './round';
import { timerView } from './timer';

const LANGUAGE_LABEL: Record<Language, string> = { python: 'Python', typescript: 'TypeScript', javascript: 'JavaScript', sql: 'SQL' };

function badge(text: string, cls = ''): TemplateResult {
  return html`<span class=${`badge ${cls}`.trim()}>${text}</span>`;
}

function badges(problem: ProblemView, interviewMode: boolean): TemplateResult {
  return html`${badge(problem.difficulty, `difficulty-${problem.difficulty}`)}${badge(`${problem.round} · ${problem.category}`)}${badge(`${problem.suggestedMinutes} min`)}${problem.nuances.map(
    (n) => html`<span class="badge nuance" title="Production nuance">${icon('shield')}${n.title}</span>`,
  )}${problem.tags.map((t) => badge(t, 'tag'))}${problem.requires.map(
    (r) => html`<span class="badge requires" title=${`Needs ${r} in your Python environment`}>${icon('package')}${r}</span>`,
  )}${interviewMode ? html`<span class="badge interview" title="Completion aids are off for this session">${icon('eye-closed')}interview mode</span>` : nothing}`;
}

function quickFireBar(model: PanelModel, now: number): TemplateResult | typeof nothing {
  const q = model.quickFire;
  if (!q) return nothing;
  const left = quickFireRemaining(model, now);
  return html`<div class="quick-fire" id="quick-fire">${icon('flame')}<span>${`Quick-fire · card ${q.index + 1} of ${q.count}`}</span><span class="spacer"></span><span class=${left < 0 ? 'warn-text' : 'muted'} role="timer" aria-label="Quick-fire time left">${left < 0 ? 'time is up' : `${formatClock(left)} left overall`}</span></div>`;
}

function toolbar(model: PanelModel, actions: PanelActions): TemplateResult {
  const busy = model.running !== undefined;
  const discussion = isDiscussion(model);
  const fileName = model.solutionFile.split(/[\\/]/).pop() ?? model.solutionFile;
  const onLanguage = (e: Event): void => actions.send({ type: 'setLanguage', language: (e.target as HTMLSelectElement).value as Language });
  return html`<div class="toolbar">
    <select id="language" class="dropdown" aria-label="Solution language" ?hidden=${discussion} ?disabled=${busy} @change=${onLanguage}>${(model.problem?.languages ?? []).map(
      (l) => html`<option value=${l} .selected=${l === model.language}>${LANGUAGE_LABEL[l]}</option>`,
    )}</select>
    <button id="run" class="button secondary" title="Run the visible examples and your custom cases" ?hidden=${discussion} ?disabled=${busy || !model.canRun} @click=${() => actions.send({ type: 'run' })}>${icon('play')}Run</button>
    <button id="submit" class="button primary" title=${discussion ? 'Check your answer file against the rubric (a self-check, not a grade)' : 'Run every test, including hidden ones'} ?disabled=${busy || !model.canRun} @click=${() => actions.send({ type: 'submit' })}>${icon('check-all')}${discussion ? 'Check answer' : 'Submit'}</button>
    <button id="cancel" class="button secondary" title="Stop the running tests" ?hidden=${!busy} @click=${() => actions.send({ type: 'cancel' })}>${icon('debug-stop')}Cancel</button>
    <span class="spacer"></span>
    <button class="link-button" id="open-hints" title="Open the hints and nuance cards" @click=${() => actions.send({ type: 'showHints' })}>${icon('lightbulb')}Hints</button>
    <button class="link-button" id="open-solution" title=${model.solutionFile || 'Open the solution file'} @click=${() => actions.send({ type: 'openSolution' })}>${icon('go-to-file')}<span class="file-name">${fileName}</span></button>
  </div>`;
}

function interpreterView(model: PanelModel, actions: PanelActions): TemplateResult {
  const it = model.interpreter;
  if (!it || isDiscussion(model) || model.language !== 'python') return html``;
  const problem = !it.found || it.missing.length > 0;
  const details = html`<button class="link-button" id="explain-interpreter" title="Which interpreter runs your code, and how to change it" @click=${() => actions.send({ type: 'explainInterpreter' })}>${problem ? 'Why?' : 'Details'}</button>`;
  return html`<div class=${problem ? 'interpreter problem' : 'interpreter'} id="interpreter" title=${`From ${it.origin}`}>
    ${icon(problem ? 'warning' : 'terminal')}<span class="interpreter-label">Runs with ${it.label}</span>${it.missing.length
      ? html`<span class="interpreter-missing">· missing ${it.missing.join(', ')}</span>`
      : it.found
        ? html`<span class="interpreter-origin">· ${it.origin}</span>`
        : nothing}${details}
  </div>`;
}

function noticeView(notice: Notice | undefined): TemplateResult {
  return html`<div class=${notice ? `notice ${notice.level}` : 'notice'} role="status" ?hidden=${!notice}>${notice ? html`${icon(notice.level === 'info' ? 'info' : notice.level)}<span>${notice.text}</span>` : nothing}</div>`;
}

export function headerView(model: PanelModel, actions: PanelActions, now: number): TemplateResult {
  const busy = model.running !== undefined;
  return html`<header class="header">
    ${quickFireBar(model, now)}
    <div class="header-top"><h1 class="title">${model.problem?.title ?? ''}</h1>${timerView(model, actions, now)}</div>
    <div class="meta">${model.problem ? badges(model.problem, model.interviewMode) : nothing}</div>
    ${isCard(model) ? nothing : toolbar(model, actions)}
    ${isCard(model) ? nothing : interpreterView(model, actions)}
    ${roundView(model, actions, now)}
    <div class="progress" role="progressbar" ?hidden=${!busy}><div class="progress-bit"></div></div>
    ${noticeView(model.notice)}
  </header>`;
}
