// Builds the extension host, the CLI and the webviews; with --tests also the test and bench bundles.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files under dir whose name ends with suffix (recursive); [] when dir is missing. */
function find(dir, suffix) {
  let out = [];
  let names = [];
  try { names = readdirSync(dir); } catch { return out; }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(find(p, suffix));
    else if (name.endsWith(suffix)) out.push(p);
  }
  return out;
}

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const tests = args.has('--tests');
const bench = args.has('--bench');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

// jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow: bundle its ES build.
// import() of a sibling bundle becomes a require(): the extension host loads CommonJS.
const node = { ...common, platform: 'node', target: 'node20', format: 'cjs', supported: { 'dynamic-import': false }, alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' } };

/**
 * In the extension's bundles, the modules that have a bundle of their own in dist/ (see the first
 * build below) are required from there instead of being bundled again: the markdown renderer
 * (required lazily by src/ui/render.ts) and sucrase (imported lazily by src/core/judge/transpile.ts).
 * The CLI and the tests bundle them inline.
 */
const siblingBundles = {
  name: 'sibling-bundles',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/core\/render\/markdown$/ }, (a) => (a.importer.endsWith(join('src', 'ui', 'render.ts')) ? { path: './render.js', external: true } : undefined));
    build.onResolve({ filter: /^sucrase$/ }, (a) => (a.importer.endsWith(join('src', 'core', 'judge', 'transpile.ts')) ? { path: './sucrase.js', external: true } : undefined));
  },
};

/**
 * Every import of `vscode` in the extension's bundles goes through src/vscodeApi.ts. An external
 * CommonJS module imported as a namespace is otherwise wrapped once per importing module (each
 * wrapper copies the whole API object: about 1 ms at activation and 10 ms when the services load).
 */
const oneVscodeImport = {
  name: 'one-vscode-import',
  setup(build) {
    const shim = join(process.cwd(), 'src', 'vscodeApi.ts');
    build.onResolve({ filter: /^vscode$/ }, (a) => (a.importer === shim ? { path: 'vscode', external: true } : { path: shim }));
  },
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  // The activation entry stays small: the services (host) are a bundle of their own, loaded on
  // first use, and so are the markdown renderer and the TypeScript transpiler, which the services
  // read when a statement is first shown or a TypeScript solution first runs.
  { ...node, entryPoints: { extension: 'src/extension.ts', host: 'src/host.ts', render: 'src/core/render/markdown.ts', sucrase: 'src/core/judge/sucrase.ts' }, outdir: 'dist', external: ['vscode'], plugins: [siblingBundles, oneVscodeImport] },
  { ...node, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    entryPoints: ['webview/panel.ts', 'webview/hints.ts', 'webview/progress.ts', 'webview/loop.ts'],
    outdir: 'dist/webview',
  },
];

if (tests) {
  builds.push(
    { ...node, sourcemap: 'inline', entryPoints: [...find('test/unit', '.test.ts'), ...find('test/bank', '.test.ts')], outbase: 'test', outdir: 'out/test', external: ['mocha'] },
    { ...node, sourcemap: 'inline', entryPoints: ['test/integration/index.ts', ...find('test/integration', '.test.ts')], outbase: 'test', outdir: 'out/test', external: ['vscode', 'mocha'] },
    { ...node, sourcemap: 'inline', entryPoints: ['test/installed/index.ts', ...find('test/installed', '.test.ts')], outbase: 'test', outdir: 'out/test', external: ['vscode', 'mocha'] },
    { ...node, sourcemap: 'inline', entryPoints: ['test/launcher.ts', ...find('test/e2e', '.test.ts')], outbase: 'test', outdir: 'out/test', external: ['mocha', 'playwright-core', '@vscode/test-electron'] },
  );
}
if (bench) {
  builds.push({ ...node, entryPoints: { 'bench/index': 'bench/index.ts' }, outdir: 'out' });
}

// Fonts and stylesheets the webviews load (served from dist/webview, a local resource root).
function copyVendorAssets() {
  const vendor = 'dist/webview/vendor';
  mkdirSync(vendor, { recursive: true });
  cpSync('node_modules/katex/dist/katex.min.css', `${vendor}/katex/katex.min.css`);
  // woff2 only: webviews are Chromium, which takes the first format the CSS lists (woff2), so the
  // woff and ttf copies would only weigh on the packaged extension.
  cpSync('node_modules/katex/dist/fonts', `${vendor}/katex/fonts`, { recursive: true, filter: (src) => !/\.(woff|ttf)$/.test(src) });
  cpSync('node_modules/@vscode/codicons/dist/codicon.css', `${vendor}/codicons/codicon.css`);
  cpSync('node_modules/@vscode/codicons/dist/codicon.ttf', `${vendor}/codicons/codicon.ttf`);
  cpSync('node_modules/uplot/dist/uPlot.min.css', `${vendor}/uplot/uPlot.min.css`);
}
copyVendorAssets();

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] watching for changes');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
