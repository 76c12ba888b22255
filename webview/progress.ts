/**
 * Progress dashboard: per-round solve rate, score and time vs budget, the weekly trend (uPlot),
 * the weakest round with a "practise it now" button, streak and self-assessment.
 */
import uPlot from 'uplot';
import type { HostToProgress, ProgressToHost, RoundProgressView } from '../src/protocol';
import { h, icon, vscodeApi } from './dom';

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

function tile(label: string, value: string, sub?: string): HTMLElement {
  return h('div', { class: 'tile' }, h('div', { class: 'tile-value' }, value), h('div', { class: 'tile-label' }, label), sub ? h('div', { class: 'tile-sub muted' }, sub) : null);
}

function bar(value: number | null): HTMLElement {
  const v = value === null ? 0 : Math.max(0, Math.min(1, value));
  const el = h('div', { class: 'bar', title: pct(value) }, h('div', { class: 'bar-fill' }));
  (el.firstChild as HTMLElement).style.width = `${Math.round(v * 100)}%`;
  return el;
}

function roundRow(r: RoundProgressView, weakest: string | undefined): HTMLElement {
  const practise = h('button', { class: 'icon-button', title: `Practise ${r.title} now`, 'aria-label': `Practise ${r.title} now` }, icon('play'));
  practise.addEventListener('click', () => send({ type: 'practise', round: r.round as Extract<ProgressToHost, { type: 'practise' }>['round'] }));
  return h(
    'tr',
    { class: r.round === weakest ? 'weakest' : '', 'data-round': r.round },
    h('td', {}, r.title, r.round === weakest ? h('span', { class: 'badge weak' }, 'weakest') : null),
    h('td', { class: 'num' }, String(r.attempts)),
    h('td', {}, h('div', { class: 'bar-cell' }, bar(r.solveRate), h('span', { class: 'num' }, pct(r.solveRate)))),
    h('td', { class: 'num' }, num(r.averageScore)),
    h('td', { class: 'num' }, r.timeVsBudget === null ? '—' : `${Math.round(r.timeVsBudget * 100)}%`),
    h('td', { class: 'num' }, r.averageSelfRating === null ? '—' : `${r.averageSelfRating.toFixed(1)} / 4`),
    h('td', {}, practise),
  );
}

function render(m: HostToProgress): void {
  last = m;
  const weakest = m.weakest?.round;
  const practiseWeakest = h('button', { class: 'button primary', id: 'practise-weakest' }, icon('target'), 'Practise it now');
  practiseWeakest.addEventListener('click', () => {
    if (m.weakest) send({ type: 'practise', round: m.weakest.round as Extract<ProgressToHost, { type: 'practise' }>['round'] });
  });
  const overallSolved = m.rounds.reduce((s, r) => s + (r.solveRate ?? 0) * r.attempts, 0);
  const finished = m.rounds.reduce((s, r) => s + r.attempts, 0);
  const chartBox = h('div', { class: 'chart', id: 'trend-chart' });
  app.replaceChildren(
    h('h1', {}, 'Progress'),
    h(
      'div',
      { class: 'tiles' },
      tile('attempts', String(m.totalAttempts)),
      tile('solve rate', finished ? pct(overallSolved / finished) : '—'),
      tile('day streak', String(m.streak.current), `longest ${m.streak.longest}`),
      tile('reviews due', String(m.reviewDue)),
    ),
    m.weakest
      ? h('div', { class: 'callout', id: 'weakest' }, icon('target'), h('div', { class: 'callout-text' }, h('strong', {}, `Your weakest round: ${m.weakest.title}`), h('div', { class: 'muted' }, `${m.weakest.reason}. Your lowest area is your priority this week.`)), practiseWeakest)
      : h('div', { class: 'callout muted' }, icon('info'), h('span', {}, 'Finish a few attempts to see your weakest round.')),
    h('h2', {}, 'By round'),
    h(
      'table',
      { class: 'rounds' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Round'), h('th', { class: 'num' }, 'Attempts'), h('th', {}, 'Solve rate'), h('th', { class: 'num' }, 'Avg score'), h('th', { class: 'num' }, 'Time vs budget'), h('th', { class: 'num' }, 'Self-rating'), h('th', {}, ''))),
      h('tbody', {}, ...m.rounds.map((r) => roundRow(r, weakest))),
    ),
    h('h2', {}, 'Weekly trend'),
    chartBox,
  );
  drawChart(chartBox, m);
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
  if (e.data.type === 'stats') render(e.data);
});
window.addEventListener('resize', () => {
  const box = document.getElementById('trend-chart');
  if (box && last) drawChart(box, last);
});
send({ type: 'ready' });
