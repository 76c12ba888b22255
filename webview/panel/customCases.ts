/**
 * The Custom cases tab: the user's own cases and the form to add one. What is typed into the form
 * lives in the model, so updates from the host (timer, session, results) leave it in place.
 */
import { html, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { CustomCaseView } from '../../src/protocol';
import { icon } from '../dom';
import type { PanelActions } from './actions';
import { kv } from './kv';
import type { CaseForm, PanelModel } from './model';

/** Checks the form; returns the message to send, or why it cannot be sent. */
export function checkCaseForm(form: CaseForm): { ok: true; name: string; args: string; expected: string } | { ok: false; error: string } {
  const args = form.args.trim();
  const expected = form.expected.trim();
  try {
    const parsed: unknown = JSON.parse(args);
    if (!Array.isArray(parsed)) throw new Error('Arguments must be a JSON array (one element per parameter).');
    JSON.parse(expected);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  return { ok: true, name: form.name.trim(), args, expected };
}

function caseCard(c: CustomCaseView, index: number, actions: PanelActions): TemplateResult {
  return html`<div class="example custom-case"><div class="example-title">${c.name}<button class="icon-button" title="Remove this case" aria-label=${`Remove custom case ${c.name}`} @click=${() => actions.send({ type: 'removeCustomCase', index })}>${icon('trash')}</button></div>${kv('Input', c.args)}${kv('Expected', c.expected)}</div>`;
}

function formView(form: CaseForm, actions: PanelActions): TemplateResult {
  const typed = (field: 'name' | 'args' | 'expected') => (e: Event): void => {
    form[field] = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
  };
  const add = (): void => {
    const checked = checkCaseForm(form);
    if (!checked.ok) {
      form.error = checked.error;
    } else {
      form.error = '';
      form.adding = true;
      actions.send({ type: 'addCustomCase', name: checked.name, args: checked.args, expected: checked.expected });
    }
    actions.update();
  };
  return html`<div class="custom-form">
    <input class="input" id="custom-name" placeholder="Name (optional)" maxlength="80" .value=${live(form.name)} @input=${typed('name')}>
    <textarea class="input mono" id="custom-args" rows="3" placeholder="Arguments as a JSON array, e.g. [[1.0, 2.0, 3.0]]" spellcheck="false" .value=${live(form.args)} @input=${typed('args')}></textarea>
    <textarea class="input mono" id="custom-expected" rows="2" placeholder="Expected value as JSON, e.g. [0.09, 0.24, 0.67]" spellcheck="false" .value=${live(form.expected)} @input=${typed('expected')}></textarea>
    <div class="field-error" role="alert">${form.error}</div>
    <div><button class="button secondary" id="custom-add" @click=${add}>${icon('add')}Add case</button></div>
  </div>`;
}

export function customCasesView(model: PanelModel, actions: PanelActions): TemplateResult | string {
  if (!model.problem) return '';
  return html`<p class="muted">Your own cases run with Run and Submit, next to the examples. They are saved beside your solution.</p>
    ${model.customCases.map((c, i) => caseCard(c, i, actions))}
    ${formView(model.form, actions)}`;
}
