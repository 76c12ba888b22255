/**
 * Small helpers shared by the webviews. Everything is rendered with lit-html templates, whose
 * bindings insert text (never markup); the one exception is `renderedHtml`, for the HTML that the
 * host rendered with markdown-it (`html: false`) and KaTeX.
 */
import { html, type TemplateResult } from 'lit-html';
import { Directive, directive } from 'lit-html/directive.js';

export interface VsCodeApi<S> {
  postMessage(message: unknown): void;
  getState(): S | undefined;
  setState(state: S): void;
}

declare function acquireVsCodeApi<S>(): VsCodeApi<S>;

export function vscodeApi<S>(): VsCodeApi<S> {
  return acquireVsCodeApi<S>();
}

/** A codicon (from the workbench's icon font). */
export function icon(name: string, extra = ''): TemplateResult {
  return html`<span class=${`codicon codicon-${name} ${extra}`.trim()} aria-hidden="true"></span>`;
}

/** Parses host-rendered HTML in an inert template; links open only when they go to the web or within the page. */
function parseRendered(source: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = source;
  // Links open through the host (the webview itself navigates nowhere).
  for (const a of Array.from(template.content.querySelectorAll('a'))) {
    const href = a.getAttribute('href') ?? '';
    if (!/^https?:\/\//i.test(href) && !href.startsWith('#')) a.removeAttribute('href');
  }
  return template.content;
}

class RenderedHtml extends Directive {
  private source: string | undefined;
  private nodes: DocumentFragment | undefined;

  render(source: string): DocumentFragment {
    // The same HTML keeps its nodes: lit-html leaves them in place (and a reader's selection with them).
    if (this.nodes === undefined || source !== this.source) {
      this.source = source;
      this.nodes = parseRendered(source);
    }
    return this.nodes;
  }
}

/** Inserts HTML that the host rendered with markdown-it (`html: false`) or KaTeX. */
export const renderedHtml = directive(RenderedHtml);
