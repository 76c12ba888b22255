// Builds the extension host, the CLI and the webviews; with --tests also the test and bench bundles.
import * as esbuild from 'esbuild';
import { rmSync, readdirSync, statSync } from 'node:fs';
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

const node = { ...common, platform: 'node', target: 'node20', format: 'cjs' };

/** @type {esbuild.BuildOptions[]} */
const builds = [
  { ...node, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...node, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    entryPoints: ['webview/*.ts'],
    outdir: 'dist/webview',
  },
];

if (tests) {
  rmSync('out', { recursive: true, force: true });
  builds.push(
    { ...node, sourcemap: 'inline', entryPoints: [...find('test/unit', '.test.ts'), ...find('test/bank', '.test.ts')], outbase: 'test', outdir: 'out/test', external: ['mocha'] },
    { ...node, sourcemap: 'inline', entryPoints: { 'test/integration/index': 'test/integration/index.ts' }, outdir: 'out', external: ['vscode', 'mocha'] },
    { ...node, sourcemap: 'inline', entryPoints: { 'test/e2e/index': 'test/e2e/index.ts', 'test/launcher': 'test/launcher.ts' }, outdir: 'out', external: ['mocha', 'playwright-core', '@vscode/test-electron'] },
  );
}
if (bench) {
  builds.push({ ...node, entryPoints: { 'bench/index': 'bench/index.ts' }, outdir: 'out' });
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] watching for changes');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
