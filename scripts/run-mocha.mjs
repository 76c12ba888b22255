// Runs the compiled mocha specs under a folder and prints "<label>: N passed, N failed".
// usage: node scripts/run-mocha.mjs <label> <dir> [timeoutMs]
import Mocha from 'mocha';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const [label, dir, timeout = '20000'] = process.argv.slice(2);
function find(d) {
  if (!existsSync(d)) return [];
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? find(p) : n.endsWith('.test.js') ? [p] : [];
  });
}
const files = find(dir).sort();
if (files.length === 0) {
  console.error(`${label}: no test files under ${dir}`);
  console.log(`${label}: 0 passed, 1 failed`);
  process.exit(1);
}
const mocha = new Mocha({ timeout: Number(timeout), reporter: 'spec' });
for (const f of files) mocha.addFile(f);
const runner = mocha.run((failures) => {
  const passed = runner.stats?.passes ?? 0;
  console.log(`${label}: ${passed} passed, ${failures} failed`);
  process.exitCode = failures > 0 ? 1 : 0;
});
