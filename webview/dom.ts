/** Small DOM helpers shared by the webviews. Text always goes through textContent. */

export interface VsCodeApi<S> {
  postMessage(message: unknown): void;
  getState(): S | undefined;
  setState(state: S): void;
}

declare function acquireVsCodeApi<S>(): VsCodeApi<S>;

export function vscodeApi<S>(): VsCodeApi<S> {
  return acquireVsCodeApi<S>();
}

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

export function icon(name: string, extra = ''): HTMLElement {
  return h('span', { class: `codicon codicon-${name} ${extra}`.trim(), 'aria-hidden': 'true' });
}

/** Inserts HTML that the host rendered with markdown-it (`html: false`) or KaTeX. */
export function setRenderedHtml(el: Element, html: string): void {
  el.innerHTML = html;
  // Links open through the host (the webview itself navigates nowhere).
  for (const a of Array.from(el.querySelectorAll('a'))) {
    const href = a.getAttribute('href') ?? '';
    if (!/^https?:\/\//i.test(href) && !href.startsWith('#')) a.removeAttribute('href');
  }
}
