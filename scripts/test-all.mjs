// `npm test`: everything CI runs, in order, with one summary line at the end.
//   build → type-check → lint → unit → setup → bank → integration (real VS Code) → e2e (Playwright)
//   → installed (the VSIX built, its size printed, installed into code-server and tested there)
// The setup step installs code-server, Chromium and pandas (for the live data problems) on first run
// (scripts/ensure-code-server.sh; Debian packages need root).
import { spawn } from 'node:child_process';

const steps = [
  { name: 'build', cmd: ['node', 'esbuild.config.mjs', '--tests'] },
  { name: 'typecheck', cmd: ['npx', 'tsc', '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'typecheck webview', cmd: ['npx', 'tsc', '-p', 'webview/tsconfig.json', '--noEmit'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.', '--max-warnings', '0'] },
  { name: 'unit', cmd: ['node', 'scripts/run-mocha.mjs', 'unit', 'out/test/unit', '30000'], counts: true },
  { name: 'setup', cmd: ['bash', 'scripts/ensure-code-server.sh'] },
  { name: 'bank', cmd: ['node', 'scripts/run-mocha.mjs', 'bank', 'out/test/bank', '1200000'], counts: true },
  { name: 'integration', cmd: ['node', 'out/test/launcher.js', 'integration'], counts: true },
  { name: 'e2e', cmd: ['node', 'out/test/launcher.js', 'e2e'], counts: true },
  { name: 'installed', cmd: ['node', 'out/test/launcher.js', 'installed'], counts: true },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failedSteps = [];
const started = Date.now();

function run(step) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    console.log(`\n=== ${step.name} ===`);
    const child = spawn(step.cmd[0], step.cmd.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
    let counted = false;
    let buffer = '';
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      buffer += d.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const m = /^(?:\[?[\w-]+\]?:? )?(\d+) passed, (\d+) failed/.exec(line.trim());
        if (step.counts && m) {
          passed += Number(m[1]);
          failed += Number(m[2]);
          counted = true;
        }
      }
    });
    child.on('close', (code) => {
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      if (code !== 0) {
        failedSteps.push(step.name);
        if (step.counts && !counted) failed += 1;
      }
      console.log(`=== ${step.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${secs} s ===`);
      resolve(code);
    });
  });
}

for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  const code = await run(step);
  // Without a build nothing else can run.
  if (code !== 0 && step.name === 'build') break;
}
const total = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\n${failedSteps.length ? `failed steps: ${failedSteps.join(', ')}` : 'all steps passed'} (${total} s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
