/**
 * Progress dashboard: per-round solve rate, score and time vs budget, the weekly trend (uPlot),
 * the weakest round with a "practise it now" button, streak and self-assessment.
 */
import uPlot from 'uplot';
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { styleMap } from 'lit-html/directives/style-map.js';
import type { HostToProgress, ProgressToHost, RoundProgressView } from '../src/protocol';
import { icon, vscodeApi } from './dom';

const vscode = vscodeApi<Record<string, never>>();
const send = (m: ProgressToHost): void => vscode.postMessage(m);
const app = document.getElementById('app') as HTMLElement;
let chart: uPlot | undefined;
let last: HostToProgress | undefined;

function pct(x: number | null): string {
  return x === null ? '—' : `${Math.round(x * 100)}%`;
}
function num(x: number | null, digits = 0): string {
  return x === null ? '—' : x.toFixed(digits);
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

function tile(label: string, value: string, sub?: string): TemplateResult {
  return html`<div class="tile"><div class="tile-value">${value}</div><div class="tile-label">${label}</div>${sub ? html`<div class="tile-sub muted">${sub}</div>` : nothing}</div>`;
}

function bar(value: number | null): TemplateResult {
  const v = value === null ? 0 : Math.max(0, Math.min(1, value));
  return html`<div class="bar" title=${pct(value)}><div class="bar-fill" style=${styleMap({ width: `${Math.round(v * 100)}%` })}></div></div>`;
}

type PractisableRound = Extract<ProgressToHost, { type: 'practise' }>['round'];

function roundRow(r: RoundProgressView, weakest: string | undefined): TemplateResult {
  const label = `Practise ${r.title} now`;
  return html`<tr class=${r.round === weakest ? 'weakest' : ''} data-round=${r.round}>
    <td>${r.title}${r.round === weakest ? html`<span class="badge weak">weakest</span>` : nothing}</td>
    <td class="num">${String(r.attempts)}</td>
    <td><div class="bar-cell">${bar(r.solveRate)}<span class="num">${pct(r.solveRate)}</span></div></td>
    <td class="num">${num(r.averageScore)}</td>
    <td class="num">${r.timeVsBudget === null ? '—' : `${Math.round(r.timeVsBudget * 100)}%`}</td>
    <td class="num">${r.averageSelfRating === null ? '—' : `${r.averageSelfRating.toFixed(1)} / 4`}</td>
    <td><button class="icon-button" title=${label} aria-label=${label} @click=${() => send({ type: 'practise', round: r.round as PractisableRound })}>${icon('play')}</button></td>
  </tr>`;
}

function weakestCallout(m: HostToProgress): TemplateResult {
  const weakest = m.weakest;
  if (!weakest) return html`<div class="callout muted">${icon('info')}<span>Finish a few attempts to see your weakest round.</span></div>`;
  return html`<div class="callout" id="weakest">${icon('target')}<div class="callout-text"><strong>${`Your weakest round: ${weakest.title}`}</strong><div class="muted">${`${weakest.reason}. Your lowest area is your priority this week.`}</div></div><button class="button primary" id="practise-weakest" @click=${() => send({ type: 'practise', round: weakest.round as PractisableRound })}>${icon('target')}Practise it now</button></div>`;
}

const REASON: Record<string, string> = { failed: 'failed', 'solved-with-hints': 'solved with hints', 'solved-over-time': 'solved over time', review: 'spaced check', card: 'card' };

function reviewQueue(m: HostToProgress): TemplateResult {
  if (!m.reviewQueue.length) return html`<div class="callout muted">${icon('history')}<span>Nothing to review yet: failed problems and graded cards come back here on their FSRS schedule.</span></div>`;
  return html`<table class="rounds queue" id="review-queue">
    <thead><tr><th>Item</th><th>Why</th><th>Due</th></tr></thead>
    <tbody>${m.reviewQueue.map(
      (q) => html`<tr class=${q.due ? 'due' : ''}><td>${icon(q.kind === 'concept' ? 'mortar-board' : 'code')} ${q.title}</td><td class="muted">${REASON[q.reason] ?? q.reason}</td><td>${q.due ? html`<span class="badge weak">due</span>` : new Date(q.dueAt).toLocaleDateString()}</td></tr>`,
    )}</tbody>
  </table>`;
}

function loopsSection(m: HostToProgress): TemplateResult {
  const loops = m.loops ?? [];
  if (!loops.length) return html`<h2>Mock loops</h2><div class="muted">No mock loop yet. "ML Prep: Start Mock Interview Loop" runs coding, design and behavioral rounds back to back, then a debrief.</div>`;
  const d = m.latestDebrief;
  const duration = (ms: number): string => `${Math.floor(ms / 60000)}:${String(Math.round((ms % 60000) / 1000)).padStart(2, '0')}`;
  return html`<h2>Mock loops</h2>
    <table class="rounds loops">
      <thead><tr><th>Started</th><th>Level</th><th>Status</th><th>Score per round</th><th class="num">Overruns</th></tr></thead>
      <tbody>${loops.map(
        (l) => html`<tr><td>${new Date(l.startedAt).toLocaleDateString()}</td><td>${l.level}</td><td>${l.status}</td>
          <td>${l.rounds.map((r) => html`<span class="badge tag">${`${r.round} ${Math.round(r.score)}`}</span> `)}</td>
          <td class="num">${l.rounds.some((r) => r.overMs > 0) ? l.rounds.filter((r) => r.overMs > 0).map((r) => `${r.round} +${duration(r.overMs)}`).join(', ') : '—'}</td></tr>`,
      )}</tbody>
    </table>
    ${d
      ? html`<div class="callout" id="latest-debrief">${icon('notebook')}<div class="callout-text"><strong>${`Latest debrief (${d.level}): ${d.focus}`}</strong>
          <div class="muted">${`Went well: ${d.wentWell}`}</div><div class="muted">${`Hesitated: ${d.hesitated}`}</div><div class="muted">${`Would change: ${d.change}`}</div></div></div>`
      : nothing}`;
}

function view(m: HostToProgress): TemplateResult {
  const overallSolved = m.rounds.reduce((s, r) => s + (r.solveRate ?? 0) * r.attempts, 0);
  const finished = m.rounds.reduce((s, r) => s + r.attempts, 0);
  // The chart box has no bindings: uPlot owns what is inside it.
  return html`<h1>Progress</h1>
    <div class="tiles">${tile('attempts', String(m.totalAttempts))}${tile('solve rate', finished ? pct(overallSolved / finished) : '—')}${tile('day streak', String(m.streak.current), `longest ${m.streak.longest}`)}${tile('reviews due', String(m.reviewDue))}</div>
    ${weakestCallout(m)}
    <h2>By round</h2>
    <table class="rounds" id="per-round">
      <thead><tr><th>Round</th><th class="num">Attempts</th><th>Solve rate</th><th class="num">Avg score</th><th class="num">Time vs budget</th><th class="num">Self-rating</th><th></th></tr></thead>
      <tbody>${m.rounds.map((r) => roundRow(r, m.weakest?.round))}</tbody>
    </table>
    <h2>Review queue</h2>
    ${reviewQueue(m)}
    <h2>Weekly trend</h2>
    <div class="chart" id="trend-chart"></div>
    ${loopsSection(m)}`;
}

function show(m: HostToProgress): void {
  last = m;
  render(view(m), app);
  const box = document.getElementById('trend-chart');
  if (box) drawChart(box, m);
}

function drawChart(box: HTMLElement, m: HostToProgress): void {
  chart?.destroy();
  const fg = cssVar('--vscode-foreground', '#ccc');
  const grid = cssVar('--vscode-widget-border', 'rgba(128,128,128,0.3)') || 'rgba(128,128,128,0.3)';
  const scoreColor = cssVar('--vscode-charts-blue', '#3794ff');
  const solveColor = cssVar('--vscode-charts-green', '#89d185');
  const countColor = cssVar('--vscode-charts-orange', '#d18616');
  const xs = m.trend.map((w) => w.start);
  const data: uPlot.AlignedData = [xs, m.trend.map((w) => w.averageScore), m.trend.map((w) => (w.solveRate === null ? null : w.solveRate * 100)), m.trend.map((w) => w.attempts)];
  const axis = { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  chart = new uPlot(
    {
      width: Math.max(320, Math.min(box.clientWidth || 800, 960)),
      height: 260,
      scales: { x: { time: true }, pct: { range: [0, 100] }, n: { range: (_u, _min, max) => [0, Math.max(5, max)] } },
      axes: [{ ...axis }, { ...axis, scale: 'pct', label: 'score / solve %' }, { ...axis, scale: 'n', side: 1, grid: { show: false }, label: 'attempts' }],
      series: [
        {},
        { label: 'Avg score', scale: 'pct', stroke: scoreColor, width: 2, spanGaps: true, points: { show: true } },
        { label: 'Solve rate %', scale: 'pct', stroke: solveColor, width: 2, spanGaps: true, points: { show: true } },
        { label: 'Attempts', scale: 'n', stroke: countColor, width: 1, dash: [4, 4], points: { show: true } },
      ],
      legend: { show: true },
    },
    data,
    box,
  );
}

window.addEventListener('message', (e: MessageEvent<HostToProgress>) => {
  if (e.data.type === 'stats') show(e.data);
});
window.addEventListener('resize', () => {
  const box = document.getElementById('trend-chart');
  if (box && last) drawChart(box, last);
});
send({ type: 'ready' });
