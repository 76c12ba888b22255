import type * as Markdown from '../core/render/markdown';

let loaded: typeof Markdown | undefined;

/**
 * The markdown renderer (markdown-it, KaTeX, highlight.js), read on first use. In the packaged
 * extension it is a bundle of its own (`dist/render.js`, see esbuild.config.mjs), so that starting
 * the services does not parse it.
 */
export function markdown(): typeof Markdown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('../core/render/markdown') as typeof Markdown);
}
