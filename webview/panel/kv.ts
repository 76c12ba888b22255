import { html, nothing, type TemplateResult } from 'lit-html';

/** A labelled value (input, expected, actual, output streams) in a code block; nothing when absent. */
export function kv(label: string, value: string | undefined, cls = ''): TemplateResult | typeof nothing {
  if (value === undefined) return nothing;
  return html`<div class=${`kv ${cls}`.trim()}><div class="kv-label">${label}</div><pre class="kv-value">${value}</pre></div>`;
}
