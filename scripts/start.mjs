// `npm start`: opens the extension in desktop VS Code when `code` is on the PATH; otherwise
// serves it through code-server on 127.0.0.1 and prints the URL to open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const hasCode = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { stdio: 'ignore' }).status === 0;

if (hasCode && !process.env.MLPREP_USE_CODE_SERVER) {
  console.log('Opening desktop VS Code with ML Interview Prep in development mode…');
  const r = spawnSync('code', ['--extensionDevelopmentPath', root, '--new-window'], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status ?? 0);
}

const setup = spawnSync('bash', [join(root, 'scripts', 'ensure-code-server.sh')], { stdio: 'inherit' });
if (setup.status !== 0) process.exit(setup.status ?? 1);
const cache = process.env.MLPREP_CACHE_DIR ?? join(homedir(), '.cache', 'ml-interview-prep');
const bin = join(cache, 'code-server-4.100.3', 'node_modules', '.bin', 'code-server');
const port = Number(process.env.PORT ?? 8765);
const data = join(cache, 'start-profile');
mkdirSync(join(data, 'user-data', 'User'), { recursive: true });
const settings = join(data, 'user-data', 'User', 'settings.json');
if (!existsSync(settings)) writeFileSync(settings, JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none' }, null, 2));
const workspace = join(data, 'workspace');
mkdirSync(workspace, { recursive: true });

const payload = encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${root}`]]));
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${payload}`;
const server = spawn(bin, ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--user-data-dir', join(data, 'user-data'), '--extensions-dir', join(data, 'extensions'), workspace], { stdio: ['ignore', 'inherit', 'inherit'] });
setTimeout(() => {
  console.log('\nML Interview Prep is running in code-server (VS Code 1.100.3). Open this URL in a browser:\n');
  console.log(`  ${url}\n`);
  console.log('Stop with Ctrl+C.');
}, 2500);
process.on('SIGINT', () => server.kill('SIGTERM'));
server.on('exit', (code) => process.exit(code ?? 0));
