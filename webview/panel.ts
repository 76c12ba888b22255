/**
 * The problem panel: statement, countdown, Run / Submit with per-case results, custom cases.
 * Receives everything by message from the host (see src/protocol.ts); keeps only UI state.
 */
import type {
  CaseView,
  CustomCaseView,
  HostToPanel,
  Language,
  PanelState,
  PanelToHost,
  ProblemView,
  RunKind,
  RunSummaryView,
  TimerView,
} from '../src/protocol';
import { formatClock } from '../src/core/format';
import { h, icon, setRenderedHtml, vscodeApi } from './dom';

type Tab = 'statement' | 'results' | 'custom';
interface UiState extends PanelState {
  tab: Tab;
}

const vscode = vscodeApi<UiState>();
const send = (m: PanelToHost): void => vscode.postMessage(m);

const LANGUAGE_LABEL: Record<Language, string> = { python: 'Python', typescript: 'TypeScript', javascript: 'JavaScript' };
const VERDICT_LABEL: Record<CaseView['verdict'], string> = {
  pass: 'Passed',
  wrong_answer: 'Wrong answer',
  runtime_error: 'Runtime error',
  time_limit: 'Time limit exceeded',
  memory_limit: 'Memory limit exceeded',
  output_limit: 'Output limit exceeded',
  compile_error: 'Compile error',
  not_run: 'Not run',
};

let problem: ProblemView | undefined;
let language: Language = 'python';
let timer: TimerView | undefined;
let timerReceivedAt = 0;
let running: RunKind | undefined;
let runTotal = 0;
let liveCases: CaseView[] = [];
let lastSummary: RunSummaryView | undefined;
let lastCases: CaseView[] = [];
let customCases: CustomCaseView[] = [];
let canRun = true;
let runDisabledReason: string | undefined;
let interviewMode = false;
let solutionFile = '';
let tab: Tab = vscode.getState()?.tab ?? 'statement';

const app = document.getElementById('app') as HTMLElement;

// ---------------------------------------------------------------------------------------------
// Timer: the host sends a snapshot on every change; the webview counts down locally.

const timerEl = h('span', { id: 'timer', class: 'timer-digits', role: 'timer', 'aria-label': 'Remaining time' }, '--:--');
const timerBox = h('div', { class: 'timer', title: 'Remaining time' }, icon('watch'), timerEl);
const pauseButton = h('button', { class: 'icon-button', id: 'pause', title: 'Pause timer', 'aria-label': 'Pause timer' }, icon('debug-pause'));
pauseButton.addEventListener('click', () => send({ type: timer?.status === 'paused' ? 'resume' : 'pause' }));

function currentRemaining(): number {
  if (!timer) return 0;
  return timer.status === 'running' ? timer.remainingMs - (Date.now() - timerReceivedAt) : timer.remainingMs;
}

function renderTimer(): void {
  if (!timer) return;
  const remaining = currentRemaining();
  timerEl.textContent = formatClock(remaining);
  const over = remaining < 0;
  timerBox.classList.toggle('overtime', over);
  timerBox.classList.toggle('paused', timer.status === 'paused');
  timerBox.classList.toggle('stopped', timer.status === 'stopped');
  timerBox.title = timer.status === 'paused' ? 'Paused' : over ? 'Overtime: keep going, the attempt is marked as overtime' : 'Remaining time';
  pauseButton.replaceChildren(icon(timer.status === 'paused' ? 'debug-continue' : 'debug-pause'));
  const label = timer.status === 'paused' ? 'Resume timer' : 'Pause timer';
  pauseButton.title = label;
  pauseButton.setAttribute('aria-label', label);
  pauseButton.disabled = timer.status === 'stopped';
}
setInterval(renderTimer, 250);

// ---------------------------------------------------------------------------------------------
// Layout

const titleEl = h('h1', { class: 'title' });
const metaEl = h('div', { class: 'meta' });
const languageSelect = h('select', { id: 'language', class: 'dropdown', 'aria-label': 'Solution language' });
languageSelect.addEventListener('change', () => send({ type: 'setLanguage', language: languageSelect.value as Language }));
const runButton = h('button', { id: 'run', class: 'button secondary', title: 'Run the visible examples and your custom cases' }, icon('play'), 'Run');
const submitButton = h('button', { id: 'submit', class: 'button primary', title: 'Run every test, including hidden ones' }, icon('check-all'), 'Submit');
const cancelButton = h('button', { id: 'cancel', class: 'button secondary', hidden: true, title: 'Stop the running tests' }, icon('debug-stop'), 'Cancel');
runButton.addEventListener('click', () => send({ type: 'run' }));
submitButton.addEventListener('click', () => send({ type: 'submit' }));
cancelButton.addEventListener('click', () => send({ type: 'cancel' }));
const fileLink = h('button', { class: 'link-button', id: 'open-solution', title: 'Open the solution file' }, icon('go-to-file'), h('span', { class: 'file-name' }));
fileLink.addEventListener('click', () => send({ type: 'openSolution' }));
const hintsButton = h('button', { class: 'link-button', id: 'open-hints', title: 'Open the hints and nuance cards' }, icon('lightbulb'), 'Hints');
hintsButton.addEventListener('click', () => send({ type: 'showHints' }));
const progressBar = h('div', { class: 'progress', role: 'progressbar', hidden: true }, h('div', { class: 'progress-bit' }));
const noticeEl = h('div', { class: 'notice', hidden: true, role: 'status' });

const header = h(
  'header',
  { class: 'header' },
  h('div', { class: 'header-top' }, titleEl, h('div', { class: 'timer-group' }, timerBox, pauseButton)),
  metaEl,
  h('div', { class: 'toolbar' }, languageSelect, runButton, submitButton, cancelButton, h('span', { class: 'spacer' }), hintsButton, fileLink),
  progressBar,
  noticeEl,
);

const tabs: Record<Tab, HTMLButtonElement> = {
  statement: h('button', { class: 'tab', role: 'tab', id: 'tab-statement' }, 'Description'),
  results: h('button', { class: 'tab', role: 'tab', id: 'tab-results' }, 'Results'),
  custom: h('button', { class: 'tab', role: 'tab', id: 'tab-custom' }, 'Custom cases'),
};
const panes: Record<Tab, HTMLElement> = {
  statement: h('section', { class: 'pane', role: 'tabpanel', id: 'statement' }),
  results: h('section', { class: 'pane', role: 'tabpanel', id: 'results' }),
  custom: h('section', { class: 'pane', role: 'tabpanel', id: 'custom' }),
};
for (const t of Object.keys(tabs) as Tab[]) tabs[t].addEventListener('click', () => selectTab(t));
const tabBar = h('nav', { class: 'tabs', role: 'tablist' }, tabs.statement, tabs.results, tabs.custom);

app.append(header, tabBar, panes.statement, panes.results, panes.custom);

function selectTab(t: Tab): void {
  tab = t;
  for (const k of Object.keys(tabs) as Tab[]) {
    tabs[k].classList.toggle('active', k === t);
    tabs[k].setAttribute('aria-selected', String(k === t));
    panes[k].hidden = k !== t;
  }
  if (problem) vscode.setState({ problemId: problem.id, tab });
}

// ---------------------------------------------------------------------------------------------
// Rendering

function badge(text: string, cls = ''): HTMLElement {
  return h('span', { class: `badge ${cls}`.trim() }, text);
}

function renderProblem(): void {
  if (!problem) return;
  titleEl.textContent = problem.title;
  document.title = problem.title;
  metaEl.replaceChildren(
    badge(problem.difficulty, `difficulty-${problem.difficulty}`),
    badge(`${problem.round} · ${problem.category}`),
    badge(`${problem.suggestedMinutes} min`),
    ...problem.nuances.map((n) => h('span', { class: 'badge nuance', title: 'Production nuance' }, icon('shield'), n.title)),
    ...problem.tags.map((t) => badge(t, 'tag')),
    ...problem.requires.map((r) => h('span', { class: 'badge requires', title: `Needs ${r} in your Python environment` }, icon('package'), r)),
    interviewMode ? h('span', { class: 'badge interview', title: 'Completion aids are off for this session' }, icon('eye-closed'), 'interview mode') : '',
  );
  languageSelect.replaceChildren(...problem.languages.map((l) => h('option', { value: l, selected: l === language }, LANGUAGE_LABEL[l])));
  (fileLink.querySelector('.file-name') as HTMLElement).textContent = solutionFile.split(/[\\/]/).pop() ?? solutionFile;
  fileLink.title = solutionFile;

  const statement = h('article', { class: 'markdown-body' });
  setRenderedHtml(statement, problem.statementHtml);
  const examples = h(
    'div',
    { class: 'examples' },
    h('h2', {}, 'Examples'),
    ...problem.examples.map((e, i) =>
      h(
        'div',
        { class: 'example' },
        h('div', { class: 'example-title' }, e.name || `Example ${i + 1}`),
        kv('Input', e.args),
        kv('Expected', e.expected),
      ),
    ),
  );
  panes.statement.replaceChildren(statement, problem.examples.length ? examples : '');
  renderControls();
  renderCustom();
}

function kv(label: string, value: string | undefined, cls = ''): HTMLElement | null {
  if (value === undefined) return null;
  return h('div', { class: `kv ${cls}`.trim() }, h('div', { class: 'kv-label' }, label), h('pre', { class: 'kv-value' }, value));
}

function renderControls(): void {
  const busy = running !== undefined;
  const discussion = problem !== undefined && problem.kind !== 'coding';
  runButton.hidden = discussion;
  languageSelect.hidden = discussion;
  tabs.custom.hidden = discussion;
  submitButton.replaceChildren(icon('check-all'), discussion ? 'Check answer' : 'Submit');
  submitButton.title = discussion ? 'Check your answer file against the rubric (a self-check, not a grade)' : 'Run every test, including hidden ones';
  runButton.disabled = busy || !canRun;
  submitButton.disabled = busy || !canRun;
  cancelButton.hidden = !busy;
  languageSelect.disabled = busy;
  progressBar.hidden = !busy;
  if (!canRun && runDisabledReason) showNotice('warning', runDisabledReason);
}

function showNotice(level: 'info' | 'warning' | 'error', text: string): void {
  noticeEl.hidden = false;
  noticeEl.className = `notice ${level}`;
  noticeEl.replaceChildren(icon(level === 'info' ? 'info' : level), h('span', {}, text));
}

function verdictIcon(v: CaseView['verdict']): HTMLElement {
  if (v === 'pass') return icon('pass-filled', 'ok');
  if (v === 'not_run') return icon('circle-slash', 'muted');
  if (v === 'time_limit') return icon('watch', 'bad');
  return icon('error', 'bad');
}

function caseRow(c: CaseView): HTMLElement {
  const label = c.custom ? `Custom: ${c.name}` : c.hidden ? `Hidden test ${c.name}` : c.name;
  const discussion = problem !== undefined && problem.kind !== 'coding';
  const summary = h(
    'summary',
    { class: 'case-summary' },
    verdictIcon(c.verdict),
    h('span', { class: 'case-name' }, label),
    c.nuance ? h('span', { class: 'badge nuance', title: 'This test checks a production nuance' }, icon('shield'), c.nuance) : null,
    h('span', { class: `case-verdict ${c.verdict === 'pass' ? 'ok' : 'bad'}` }, discussion ? (c.verdict === 'pass' ? 'Covered' : 'Not yet') : VERDICT_LABEL[c.verdict]),
    discussion ? null : h('span', { class: 'case-time' }, `${Math.round(c.timeMs)} ms`),
  );
  const body = h('div', { class: 'case-body' });
  if (c.hidden && !c.custom) {
    body.append(h('p', { class: 'muted' }, c.verdict === 'pass' ? 'Hidden test passed.' : 'Hidden tests show only their verdict.'));
    if (c.verdict !== 'pass' && c.nuance) body.append(h('p', {}, 'This test is about a production nuance: the Hints view shows its card.'));
  } else {
    body.append(
      kv('Input', c.args) ?? '',
      kv('Expected', c.expected) ?? '',
      kv('Actual', c.actual, c.verdict === 'pass' ? '' : 'diff') ?? '',
    );
  }
  if (c.message) body.append(h('div', { class: 'case-message' }, icon('info'), h('pre', {}, c.message)));
  if (c.traceback) body.append(kv('Traceback', c.traceback, 'stream') ?? '');
  if (c.stdout) body.append(kv('stdout', c.stdout + (c.truncated ? '\n… output truncated' : ''), 'stream') ?? '');
  if (c.stderr) body.append(kv('stderr', c.stderr + (c.truncated ? '\n… output truncated' : ''), 'stream') ?? '');
  const details = h('details', { class: `case ${c.verdict}`, 'data-verdict': c.verdict, 'data-index': String(c.index) }, summary, body);
  if (c.verdict !== 'pass' && !c.hidden) details.open = true;
  return details;
}

function renderResults(): void {
  const list = h('div', { class: 'cases' });
  if (running) {
    const done = liveCases.length;
    panes.results.replaceChildren(
      h('div', { class: 'summary running' }, icon('loading', 'codicon-modifier-spin'), h('span', {}, `${running === 'submit' ? 'Submitting' : 'Running'}… ${done} of ${runTotal} cases`)),
      list,
    );
    for (const c of liveCases) list.append(caseRow(c));
    return;
  }
  if (!lastSummary) {
    panes.results.replaceChildren(h('div', { class: 'empty' }, icon('beaker'), h('p', {}, 'Run the examples or submit to see results here.')));
    return;
  }
  const s = lastSummary;
  const heading =
    s.verdict === 'error'
      ? h('div', { class: 'summary error', id: 'summary', 'data-verdict': s.verdict }, icon('error'), h('span', {}, s.error?.message ?? 'The run could not start.'))
      : s.verdict === 'cancelled'
        ? h('div', { class: 'summary', id: 'summary', 'data-verdict': s.verdict }, icon('debug-stop'), h('span', {}, 'Cancelled.'))
        : h(
            'div',
            { class: `summary ${s.verdict === 'pass' ? 'ok' : 'bad'}`, id: 'summary', 'data-verdict': s.verdict },
            icon(s.verdict === 'pass' ? 'pass-filled' : 'error'),
            h('span', { class: 'summary-text' }, problem?.kind !== 'coding' ? `Rubric coverage: ${s.passed} / ${s.total}` : `${s.kind === 'submit' ? 'Submit' : 'Run'}: ${s.passed} / ${s.total} passed`),
            h('span', { class: 'muted' }, `${Math.round(s.durationMs)} ms`),
          );
  const hint = s.error?.hint ? h('p', { class: 'muted' }, s.error.hint) : null;
  for (const c of lastCases) list.append(caseRow(c));
  panes.results.replaceChildren(heading, hint ?? '', list);
}

function renderCustom(): void {
  const rows = customCases.map((c, i) => {
    const remove = h('button', { class: 'icon-button', title: 'Remove this case', 'aria-label': `Remove custom case ${c.name}` }, icon('trash'));
    remove.addEventListener('click', () => send({ type: 'removeCustomCase', index: i }));
    return h('div', { class: 'example custom-case' }, h('div', { class: 'example-title' }, c.name, remove), kv('Input', c.args), kv('Expected', c.expected));
  });
  const nameInput = h('input', { class: 'input', id: 'custom-name', placeholder: 'Name (optional)', maxlength: '80' });
  const argsInput = h('textarea', { class: 'input mono', id: 'custom-args', rows: '3', placeholder: 'Arguments as a JSON array, e.g. [[1.0, 2.0, 3.0]]', spellcheck: 'false' });
  const expectedInput = h('textarea', { class: 'input mono', id: 'custom-expected', rows: '2', placeholder: 'Expected value as JSON, e.g. [0.09, 0.24, 0.67]', spellcheck: 'false' });
  const add = h('button', { class: 'button secondary', id: 'custom-add' }, icon('add'), 'Add case');
  const error = h('div', { class: 'field-error', role: 'alert' });
  add.addEventListener('click', () => {
    const args = argsInput.value.trim();
    const expected = expectedInput.value.trim();
    try {
      const parsed: unknown = JSON.parse(args);
      if (!Array.isArray(parsed)) throw new Error('Arguments must be a JSON array (one element per parameter).');
      JSON.parse(expected);
    } catch (e) {
      error.textContent = e instanceof Error ? e.message : String(e);
      return;
    }
    error.textContent = '';
    send({ type: 'addCustomCase', name: nameInput.value.trim(), args, expected });
  });
  panes.custom.replaceChildren(
    h('p', { class: 'muted' }, 'Your own cases run with Run and Submit, next to the examples. They are saved beside your solution.'),
    ...rows,
    h('div', { class: 'custom-form' }, nameInput, argsInput, expectedInput, error, h('div', {}, add)),
  );
}

// ---------------------------------------------------------------------------------------------
// Messages

window.addEventListener('message', (event: MessageEvent<HostToPanel>) => {
  const m = event.data;
  switch (m.type) {
    case 'session':
      if (problem?.id !== m.problem.id) {
        // Another problem: the previous problem's results do not belong here.
        lastSummary = undefined;
        lastCases = [];
        liveCases = [];
        if (problem) tab = 'statement';
      }
      problem = m.problem;
      language = m.language;
      solutionFile = m.solutionFile;
      interviewMode = m.interviewMode;
      canRun = m.canRun;
      runDisabledReason = m.runDisabledReason;
      customCases = m.customCases;
      if (canRun) noticeEl.hidden = true;
      renderProblem();
      renderResults();
      selectTab(tab);
      break;
    case 'timer':
      timer = m.timer;
      timerReceivedAt = Date.now();
      renderTimer();
      break;
    case 'runStarted':
      running = m.kind;
      runTotal = m.total;
      liveCases = [];
      noticeEl.hidden = true;
      renderControls();
      renderResults();
      selectTab('results');
      break;
    case 'caseResult':
      liveCases.push(m.result);
      renderResults();
      break;
    case 'runFinished':
      running = undefined;
      lastSummary = m.summary;
      lastCases = m.cases;
      renderControls();
      renderResults();
      selectTab('results');
      break;
    case 'customCases':
      customCases = m.cases;
      renderCustom();
      break;
    case 'notice':
      showNotice(m.level, m.text);
      break;
  }
});

selectTab(tab);
renderResults();
send({ type: 'ready' });
