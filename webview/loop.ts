/**
 * Mock loop panel: the loop's timeline (rounds with their budgets), the break between rounds,
 * the debrief after the last round, and the weekly study plan.
 */
import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { ComponentView, DebriefRoundView, HostToLoop, LoopStepView, LoopToHost, StudyItemView } from '../src/protocol';
import { formatClock } from '../src/core/format';
import { icon, vscodeApi } from './dom';

const vscode = vscodeApi<Record<string, never>>();
const send = (m: LoopToHost): void => vscode.postMessage(m);
const app = document.getElementById('app') as HTMLElement;
let last: HostToLoop | undefined;
let receivedAt = 0;
let ticker: ReturnType<typeof setInterval> | undefined;

const duration = (ms: number): string => {
  const total = Math.round(Math.max(0, ms) / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

function verdictIcon(v: string | null): TemplateResult {
  if (v === 'pass') return icon('pass-filled', 'pass');
  if (v === 'fail') return icon('error', 'fail');
  return icon('circle-large-outline', 'muted');
}

function stepRow(s: LoopStepView, i: number): TemplateResult {
  const stateIcon = s.state === 'done' ? verdictIcon(s.verdict) : s.state === 'current' ? icon('play-circle', 'current') : icon('circle-large-outline', 'muted');
  return html`<li class=${`step ${s.state}`}>
    <span class="step-index">${String(i + 1)}</span>${stateIcon}
    <div class="step-main"><div class="step-title">${s.title}</div><div class="muted">${s.problemTitle}</div></div>
    <div class="step-time num">${s.timeUsedMs === null ? duration(s.budgetMs) : `${duration(s.timeUsedMs)} / ${duration(s.budgetMs)}`}${s.score === null ? nothing : html`<div class="muted">score ${String(Math.round(s.score))}</div>`}</div>
  </li>`;
}

function loopView(m: Extract<HostToLoop, { type: 'loop' }>): TemplateResult {
  const remaining = m.remainingMs - (Date.now() - receivedAt);
  const onBreak = m.phase === 'break';
  return html`<h1>${icon('organization')} Mock interview loop <span class="badge">${m.level}</span></h1>
    <div class=${`clock-card ${onBreak ? 'break' : ''}`}>
      <div class="clock-label">${onBreak ? 'Break' : `Round ${m.position} of ${m.total}`}</div>
      <div class="clock num" id="loop-clock">${formatClock(remaining)}</div>
      <div class="muted">${onBreak ? `Next: ${m.next ?? ''}. Stand up, drink some water, reset.` : 'Interview mode is on. Submit or Check answer ends the round; at time-up your answer is judged as it stands.'}</div>
      ${m.deepDive && !onBreak ? html`<div class="callout">${icon('comment-discussion')}<span>${m.deepDive}</span></div>` : nothing}
      <div class="actions">
        ${onBreak ? html`<button class="button primary" id="next-round" @click=${() => send({ type: 'nextRound' })}>${icon('debug-continue')}Start next round now</button>` : nothing}
        <button class="button secondary" id="abandon-loop" @click=${() => send({ type: 'abandon' })}>${icon('close')}Abandon loop</button>
      </div>
    </div>
    <h2>Timeline</h2>
    <ol class="timeline">${m.steps.map(stepRow)}</ol>`;
}

function roundRow(r: DebriefRoundView, i: number, mostOver: number | undefined, weakest: number | undefined): TemplateResult {
  const over = r.timeUsedMs - r.budgetMs;
  return html`<tr class=${i === weakest ? 'weakest' : ''}>
    <td>${verdictIcon(r.verdict)} ${r.title}<div class="muted">${r.problemTitle}</div></td>
    <td>${r.verdict}${r.endedBy === 'time' ? html`<span class="badge">time-up</span>` : r.endedBy === 'abandoned' ? html`<span class="badge">abandoned</span>` : nothing}</td>
    <td class="num">${String(Math.round(r.score))}</td>
    <td class="num">${r.total ? `${r.passed}/${r.total}` : '—'}</td>
    <td class=${`num ${over > 0 ? 'over' : ''}`}>${duration(r.timeUsedMs)} / ${duration(r.budgetMs)}${i === mostOver ? html` <span class="badge warn">most over</span>` : nothing}</td>
    <td class="num">${String(r.hintsUsed)}</td>
  </tr>`;
}

function ratingPicker(c: ComponentView, value: number | undefined): TemplateResult {
  return html`<div class="rating-row"><span>${c.title}</span><div class="rating" role="radiogroup" aria-label=${`${c.title} self-rating`}>
    ${[1, 2, 3, 4].map((n) => html`<label class="rating-option"><input type="radio" name=${`rating-${c.id}`} value=${String(n)} ?checked=${value === n} /><span>${String(n)}</span></label>`)}
  </div></div>`;
}

function submitDebrief(components: ComponentView[]): void {
  const text = (id: string): string => (document.getElementById(id) as HTMLTextAreaElement | null)?.value ?? '';
  const ratings: Partial<Record<ComponentView['id'], number>> = {};
  for (const c of components) {
    const checked = document.querySelector<HTMLInputElement>(`input[name="rating-${c.id}"]:checked`);
    if (checked) ratings[c.id] = Number(checked.value);
  }
  send({ type: 'debrief', wentWell: text('went-well'), hesitated: text('hesitated'), change: text('change'), ratings });
}

function debriefView(m: Extract<HostToLoop, { type: 'debrief' }>): TemplateResult {
  const s = m.saved;
  const over = m.mostOver ? m.rounds[m.mostOver.index] : undefined;
  const weak = m.weakest ? m.rounds[m.weakest.index] : undefined;
  return html`<h1>${icon('notebook')} Loop debrief <span class="badge">${m.level}</span>${m.status === 'abandoned' ? html`<span class="badge warn">abandoned</span>` : nothing}</h1>
    <div class="tiles">
      <div class="tile"><div class="tile-label">ran over most</div><div class="tile-value-sm">${over ? `${over.title} +${duration(m.mostOver!.overMs)}` : 'none — on budget'}</div></div>
      <div class="tile"><div class="tile-label">weakest signal</div><div class="tile-value-sm">${weak ? `${weak.title} · score ${Math.round(weak.score)}` : '—'}</div></div>
      ${s ? html`<div class="tile focus"><div class="tile-label">focus next week</div><div class="tile-value-sm">${m.components.find((c) => c.id === s.focus.component)?.title ?? s.focus.component}</div><div class="muted">${s.focus.reason}</div></div>` : nothing}
    </div>
    <h2>Rounds</h2>
    <table class="grid">
      <thead><tr><th>Round</th><th>Verdict</th><th class="num">Score</th><th class="num">Coverage</th><th class="num">Time / budget</th><th class="num">Hints</th></tr></thead>
      <tbody>${m.rounds.map((r, i) => roundRow(r, i, m.mostOver?.index, m.weakest?.index))}</tbody>
    </table>
    <h2>Reflect</h2>
    <form class="debrief" @submit=${(e: Event) => { e.preventDefault(); submitDebrief(m.components); }}>
      <label for="went-well">What went well</label><textarea id="went-well" rows="2" .value=${s?.wentWell ?? ''}></textarea>
      <label for="hesitated">Where you hesitated</label><textarea id="hesitated" rows="2" .value=${s?.hesitated ?? ''}></textarea>
      <label for="change">What you would change</label><textarea id="change" rows="2" .value=${s?.change ?? ''}></textarea>
      <div class="ratings"><div class="muted">Self-rating per component (1 = could not do it … 4 = confident)</div>${m.components.map((c) => ratingPicker(c, s?.ratings[c.id]))}</div>
      <div class="actions"><button class="button primary" id="save-debrief" type="submit">${icon('save')}${s ? 'Update debrief' : 'Save debrief'}</button>
      <button class="button secondary" type="button" @click=${() => send({ type: 'startLoop' })}>${icon('organization')}Start another loop</button></div>
    </form>`;
}

function itemRow(i: StudyItemView): TemplateResult {
  const kindIcon = { problem: 'code', review: 'history', 'design-prompt': 'symbol-structure', story: 'book', 'mock-loop': 'organization' }[i.kind];
  return html`<li class=${`item ${i.done ? 'done' : ''}`}>${i.done ? icon('pass-filled', 'pass') : icon('circle-large-outline', 'muted')}${icon(kindIcon, 'muted')}
    <span class="item-text">${i.reason}</span>
    ${i.problemId && !i.done ? html`<button class="icon-button" title="Start it now" aria-label="Start it now" @click=${() => send({ type: 'openProblem', problemId: i.problemId! })}>${icon('play')}</button>` : i.kind === 'mock-loop' && !i.done ? html`<button class="icon-button" title="Start a mock loop" aria-label="Start a mock loop" @click=${() => send({ type: 'startLoop' })}>${icon('play')}</button>` : nothing}
  </li>`;
}

function planView(m: Extract<HostToLoop, { type: 'plan' }>): TemplateResult {
  const done = m.items.filter((i) => i.done).length;
  return html`<h1>${icon('checklist')} Study plan · week of ${m.weekOf} <span class="badge">${m.level}</span></h1>
    <div class="muted">${`${done} of ${m.items.length} done. Lowest-rated component first.`}</div>
    <ul class="plan">${m.items.map(itemRow)}</ul>
    ${m.lastWeek ? html`<h2>Last week (${m.lastWeek.weekOf}): ${String(m.lastWeek.items.filter((i) => i.done).length)} of ${String(m.lastWeek.items.length)} done</h2><ul class="plan past">${m.lastWeek.items.map(itemRow)}</ul>` : nothing}
    <h2>Confidence per component</h2>
    ${m.confidence.length
      ? html`<table class="grid"><thead><tr><th>Week of</th>${m.components.map((c) => html`<th class="num">${c.title}</th>`)}</tr></thead>
          <tbody>${m.confidence.map((w) => html`<tr><td>${w.weekOf}</td>${m.components.map((c) => html`<td class="num">${String(w.ratings[c.id])} / 5</td>`)}</tr>`)}</tbody></table>`
      : html`<div class="muted">No self-assessment yet: run "ML Prep: Set Self-Assessment".</div>`}`;
}

function view(m: HostToLoop): TemplateResult {
  if (m.type === 'empty') return html`<div class="empty muted">${icon('info')} ${m.reason}</div>`;
  if (m.type === 'loop') return loopView(m);
  if (m.type === 'debrief') return debriefView(m);
  return planView(m);
}

function show(m: HostToLoop): void {
  last = m;
  receivedAt = Date.now();
  render(view(m), app);
  if (ticker) clearInterval(ticker);
  ticker = undefined;
  if (m.type === 'loop') {
    // The clock counts down through lit-html too: writing the element's text directly would
    // remove the template's markers and break every later render (the break screen stayed on
    // the round's buttons).
    ticker = setInterval(() => {
      if (last?.type === 'loop') render(view(last), app);
    }, 500);
  }
}

window.addEventListener('message', (e: MessageEvent<HostToLoop>) => show(e.data));
send({ type: 'ready' });
