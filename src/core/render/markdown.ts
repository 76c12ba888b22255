/**
 * Markdown → HTML for statements, hints and nuance cards.
 *
 * Raw HTML in the source is never passed through (`html: false`: it is shown as text), links
 * are limited to http(s) and in-page anchors, images are dropped (a webview's CSP would block
 * them anyway), math is rendered by KaTeX with `trust: false`, and code blocks are highlighted
 * by highlight.js, whose output is escaped text inside <span class="hljs-…">.
 */
import MarkdownIt from 'markdown-it';
import katexPlugin from '@vscode/markdown-it-katex';
import hljs from 'highlight.js/lib/core';
import python from 'highlight.js/lib/languages/python';
import typescript from 'highlight.js/lib/languages/typescript';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import plaintext from 'highlight.js/lib/languages/plaintext';

hljs.registerLanguage('python', python);
hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('javascript', javascript);
hljs.registerLanguage('json', json);
hljs.registerLanguage('plaintext', plaintext);

const ALIASES: Record<string, string> = { py: 'python', ts: 'typescript', js: 'javascript', text: 'plaintext', txt: 'plaintext' };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function createRenderer() {
  const md = new MarkdownIt({
    html: false,
    linkify: false,
    typographer: false,
    highlight(code: string, lang: string): string {
      const name = ALIASES[lang] ?? lang;
      if (name && hljs.getLanguage(name)) {
        return `<pre class="hljs"><code class="language-${escapeHtml(name)}">${hljs.highlight(code, { language: name, ignoreIllegals: true }).value}</code></pre>`;
      }
      return `<pre class="hljs"><code>${escapeHtml(code)}</code></pre>`;
    },
  });
  // markdown-it's plugin types are loose; the katex plugin is a standard markdown-it plugin.
  md.use(katexPlugin as never, { throwOnError: false, trust: false, strict: 'ignore' });

  const defaultValidate = md.validateLink.bind(md);
  md.validateLink = (url: string): boolean => {
    const trimmed = url.trim().toLowerCase();
    if (trimmed.startsWith('#')) return true;
    if (!/^https?:\/\//.test(trimmed)) return false;
    return defaultValidate(url);
  };
  // Images would be fetched from anywhere; statements keep their alt text only.
  type Rule = NonNullable<typeof md.renderer.rules.image>;
  const image: Rule = (tokens, idx) => escapeHtml(tokens[idx]?.content ?? '');
  md.renderer.rules.image = image;
  // External links open in the browser through the webview's own handling; mark them.
  const fallbackLinkOpen: Rule = (tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options);
  const defaultLinkOpen = md.renderer.rules.link_open ?? fallbackLinkOpen;
  const linkOpen: Rule = (tokens, idx, options, env, self) => {
    tokens[idx]?.attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  md.renderer.rules.link_open = linkOpen;
  return md;
}

let renderer: ReturnType<typeof createRenderer> | undefined;

export function renderMarkdown(source: string): string {
  renderer ??= createRenderer();
  return renderer.render(source);
}

/** Inline markdown (no paragraphs), for one-line texts such as a hint. */
export function renderMarkdownInline(source: string): string {
  renderer ??= createRenderer();
  return renderer.renderInline(source);
}
