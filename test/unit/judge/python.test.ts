import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { languageFromPath, minimalEnv } from '../../../src/core/judge/runtimes';
import { PythonLocator } from '../../../src/core/judge/python';
import { cleanupTemp, pythonAvailable, tempDir } from './support';

function fakeInterpreter(dir: string, name: string, script: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return file;
}

after(() => cleanupTemp());

const posix = process.platform !== 'win32';

describe('python discovery', () => {
  (pythonAvailable ? it : it.skip)('finds python3 on PATH, reports the real executable and version, and caches the probe', async () => {
    let env = minimalEnv();
    const locator = new PythonLocator(() => env);
    const a = await locator.locate();
    assert.ok(a.ok);
    if (!a.ok) return;
    assert.match(a.python.version, /^3\.\d+\.\d+$/);
    assert.ok(path.isAbsolute(a.python.executable));
    assert.equal(a.python.source, 'python3');
    // With nothing left on PATH, only the cached probe can still answer.
    env = { ...env, PATH: path.join(os.tmpdir(), 'mlprep-no-such-folder') };
    const b = await locator.locate();
    assert.deepEqual(b, a, 'second lookup is cached');
    assert.equal(await locator.hasModule(a.python, 'json'), true);
    assert.equal(await locator.hasModule(a.python, 'no_such_module_mlprep'), false);
  });

  (posix ? it : it.skip)('falls back from python3 to python, and names every candidate when none works', async () => {
    const bin = tempDir('mlprep-bin-');
    fakeInterpreter(bin, 'python3', 'echo "python3: broken" >&2; exit 1');
    const env = (): NodeJS.ProcessEnv => ({ PATH: bin });
    let found = await new PythonLocator(env, 'linux').locate();
    assert.equal(found.ok, false);
    if (!found.ok) {
      assert.match(found.message, /`python3` did not run as a Python interpreter.*`python` was not found/);
      assert.match(found.hint, /mlprep\.pythonPath/);
    }
    fakeInterpreter(bin, 'python', "printf 'MLPREP-PROBE 3 12 1|/opt/py/bin/python3.12\\n'");
    found = await new PythonLocator(env, 'linux').locate();
    assert.ok(found.ok);
    if (found.ok) assert.deepEqual(found.python, { executable: '/opt/py/bin/python3.12', version: '3.12.1', source: 'python' });
  });

  (posix ? it : it.skip)('an explicit path is used alone; Python 2 and 3.6 are refused', async () => {
    const bin = tempDir('mlprep-bin-');
    const py2 = fakeInterpreter(bin, 'py2', "printf 'MLPREP-PROBE 2 7 18|/usr/bin/python2\\n'");
    const py36 = fakeInterpreter(bin, 'py36', "printf 'MLPREP-PROBE 3 6 15|/usr/bin/python3.6\\n'");
    const locator = new PythonLocator(() => ({ PATH: bin }), 'linux');
    const a = await locator.locate(py2);
    assert.ok(!a.ok && /Python 2\.7\.18; the judge needs Python 3/.test(a.message));
    const b = await locator.locate(py36);
    assert.ok(!b.ok && /3\.7 or newer/.test(b.message));
    const c = await locator.locate(path.join(bin, 'nope'));
    assert.ok(!c.ok && /was not found/.test(c.message) && /mlprep\.pythonPath/.test(c.hint));
  });

  (posix ? it : it.skip)('a failed probe is not cached: installing Python later works without a restart', async () => {
    const bin = tempDir('mlprep-bin-');
    const locator = new PythonLocator(() => ({ PATH: bin }), 'linux');
    assert.equal((await locator.locate()).ok, false);
    fakeInterpreter(bin, 'python3', "printf 'MLPREP-PROBE 3 11 2|/x/python3\\n'");
    assert.equal((await locator.locate()).ok, true);
  });

  it('language from the file extension', () => {
    assert.equal(languageFromPath('/a/b.py'), 'python');
    assert.equal(languageFromPath('x.TS'), 'typescript');
    assert.equal(languageFromPath('x.mjs'), 'javascript');
    assert.equal(languageFromPath('x.cjs'), 'javascript');
    assert.equal(languageFromPath('x.js'), 'javascript');
    assert.equal(languageFromPath('x.rb'), undefined);
  });

  it('the run environment is minimal and fixed', () => {
    const env = minimalEnv({ EXTRA: '1' });
    assert.equal(env.LANG, 'C.UTF-8');
    assert.equal(env.LC_ALL, 'C.UTF-8');
    assert.equal(env.PYTHONIOENCODING, 'utf-8');
    assert.equal(env.PYTHONDONTWRITEBYTECODE, '1');
    assert.equal(env.OPENBLAS_NUM_THREADS, '1');
    assert.equal(env.OMP_NUM_THREADS, '1');
    assert.equal(env.MKL_NUM_THREADS, '1');
    assert.equal(env.EXTRA, '1');
    const allowed = new Set(['PATH', 'HOME', 'LANG', 'LC_ALL', 'PYTHONIOENCODING', 'PYTHONDONTWRITEBYTECODE', 'OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'EXTRA']);
    for (const k of Object.keys(env)) assert.ok(allowed.has(k) || process.platform === 'win32', `unexpected variable ${k}`);
  });
});
