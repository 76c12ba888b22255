/** The Description tab: the host-rendered statement and the visible examples. */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { ProblemView } from '../../src/protocol';
import { renderedHtml } from '../dom';
import { kv } from './kv';

export function statementView(problem: ProblemView | undefined): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  return html`<article class="markdown-body">${renderedHtml(problem.statementHtml)}</article>${problem.examples.length
      ? html`<div class="examples">
          <h2>Examples</h2>
          ${problem.examples.map((e, i) => html`<div class="example"><div class="example-title">${e.name || `Example ${i + 1}`}</div>${kv('Input', e.args)}${kv('Expected', e.expected)}</div>`)}
        </div>`
      : nothing}`;
}
