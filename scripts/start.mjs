// `npm start`: opens the extension in desktop VS Code when `code` is on the PATH; otherwise
// serves it through code-server on 127.0.0.1 and prints the one URL to open.
//
// In the code-server path the extension is part of the start profile itself (a link to this
// folder in the profile's extensions folder), so the bare URL, a reload and a bookmark all show
// it — not only a URL that carries a development payload.
//
// Environment: PORT (default 8765), MLPREP_START_PROFILE (default ~/.cache/ml-interview-prep/
// start-profile), MLPREP_USE_CODE_SERVER=1 forces code-server even when `code` exists.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const extensionId = `${pkg.publisher}.${pkg.name}`;
const hasCode = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { stdio: 'ignore' }).status === 0;

if (hasCode && !process.env.MLPREP_USE_CODE_SERVER) {
  console.log('Opening desktop VS Code with ML Interview Prep in development mode…');
  const r = spawnSync('code', ['--extensionDevelopmentPath', root, '--new-window'], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status ?? 0);
}

const setup = spawnSync('bash', [join(root, 'scripts', 'ensure-code-server.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
if (setup.status !== 0) {
  console.error('Could not set up code-server (see the messages above). Install desktop VS Code and run `npm start` again, or fix the setup.');
  process.exit(setup.status ?? 1);
}
const cache = process.env.MLPREP_CACHE_DIR ?? join(homedir(), '.cache', 'ml-interview-prep');
const bin = join(cache, 'code-server-4.100.3', 'node_modules', '.bin', 'code-server');
const port = Number(process.env.PORT ?? 8765);
const profile = resolve(process.env.MLPREP_START_PROFILE ?? join(cache, 'start-profile'));
const userData = join(profile, 'user-data');
const extensions = join(profile, 'extensions');
const workspace = join(profile, 'workspace');
for (const d of [join(userData, 'User'), extensions, workspace]) mkdirSync(d, { recursive: true });

const settingsFile = join(userData, 'User', 'settings.json');
if (!existsSync(settingsFile)) {
  writeFileSync(settingsFile, JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false }, null, 2));
}
linkExtension();

if (!(await portIsFree(port))) {
  console.error(`Port ${port} on 127.0.0.1 is in use (another \`npm start\`?). Stop it, or choose another port: PORT=8766 npm start`);
  process.exit(1);
}

const server = spawn(
  bin,
  ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions, workspace],
  { stdio: ['ignore', 'pipe', 'pipe'] },
);
// code-server announces its own address; only ours is printed, so there is one URL to click.
const log = [];
const keep = (d) => {
  log.push(d.toString());
  if (log.length > 200) log.shift();
};
server.stdout.on('data', keep);
server.stderr.on('data', keep);
process.on('SIGINT', () => server.kill('SIGTERM'));
process.on('SIGTERM', () => server.kill('SIGTERM'));
server.on('exit', (code) => {
  if (code) process.stderr.write(`code-server stopped (exit ${code}):\n${log.join('')}`);
  process.exit(code ?? 0);
});

const url = `http://127.0.0.1:${port}/`;
const t0 = Date.now();
for (;;) {
  try {
    if ((await fetch(`${url}healthz`)).ok) break;
  } catch {
    // not listening yet
  }
  if (Date.now() - t0 > 60_000) {
    process.stderr.write(`code-server did not start within 60 s:\n${log.join('')}`);
    server.kill('SIGTERM');
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 200));
}
console.log('\nML Interview Prep is running in VS Code 1.100.3 (code-server). Open:\n');
console.log(`  ${url}\n`);
console.log('Then click "ML Prep" in the activity bar and start a problem. Stop with Ctrl+C.');

/** Links this folder into the profile's extensions folder (replacing links of older versions). */
function linkExtension() {
  const name = `${extensionId}-${pkg.version}`;
  for (const entry of readdirSync(extensions)) {
    if (!entry.startsWith(`${extensionId}-`) || entry === name) continue;
    const p = join(extensions, entry);
    if (lstatSync(p).isSymbolicLink()) rmSync(p);
  }
  const link = join(extensions, name);
  const current = isLink(link) && resolve(extensions, readlinkSync(link)) === root;
  if (!current) {
    rmSync(link, { recursive: true, force: true });
    symlinkSync(root, link, 'dir');
  }
  // VS Code keeps a manifest of the installed extensions: list the link there, keep the others.
  const manifest = join(extensions, 'extensions.json');
  if (!existsSync(manifest)) return;
  let entries;
  try {
    entries = JSON.parse(readFileSync(manifest, 'utf8'));
  } catch {
    entries = undefined;
  }
  if (!Array.isArray(entries)) {
    rmSync(manifest); // unreadable: VS Code rebuilds it from the folder
    return;
  }
  const others = entries.filter((e) => e?.identifier?.id?.toLowerCase() !== extensionId.toLowerCase());
  others.push({ identifier: { id: extensionId }, version: pkg.version, location: { $mid: 1, path: link, scheme: 'file' }, relativeLocation: name });
  writeFileSync(manifest, JSON.stringify(others));
}

function isLink(p) {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function portIsFree(p) {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(false));
    srv.listen(p, '127.0.0.1', () => srv.close(() => res(true)));
  });
}
