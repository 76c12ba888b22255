// The fault battery, rows 34–42 of docs/battery.md: hostile or unlucky solutions against the
// judge's own limits (channel, memory of the whole process set, escaped processes, file size,
// probes, custom-case input, what a solution can see), run through the real interpreters.
// Rows 40 (pack files) is in test/unit/problems/loader.test.ts.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { caseInputProblem, validateCaseValue, validateCustomCase } from '../../../src/core/judge/caseInput';
import { MessageBudget, RUN_MESSAGE_BYTES, jsonShape } from '../../../src/core/judge/channel';
import type { CaseResult } from '../../../src/core/judge/judge';
import { PythonLocator } from '../../../src/core/judge/python';
import { minimalEnv } from '../../../src/core/judge/runtimes';
import { TOO_DEEP_TO_SHOW, formatValue, toCaseView } from '../../../src/core/session/views';
import { JUDGE_PATHS, bundledProblemsDir, cleanupTemp, setWarmPath, eventuallyNone, harnessDir, judgeCode, pythonAvailable, sleepToken, tempDir, verdicts } from './support';

const isLinux = process.platform === 'linux';
const MiB = 1024 * 1024;

after(() => cleanupTemp());

/** Python: the harness's nonce, read from the frame that called the solution. */
const PY_NONCE = "sys._getframe(1).f_locals['nonce']";

const PY_FORGE = [
  'import os, sys',
  'def forge(nonce, body):',
  "    data = ('\\n' + nonce + ' ').encode() + body + b'\\n'",
  '    view = memoryview(data)',
  '    while len(view):',
  '        view = view[os.write(3, view):]',
  '',
].join('\n');

/** JavaScript: the nonce and the channel socket, taken from the harness's first write after load. */
const JS_SNIFF = [
  "const net = require('net');",
  'let nonce = null;',
  'let sock = null;',
  'const write = net.Socket.prototype._write;',
  'net.Socket.prototype._write = function (data, enc, cb) {',
  '  const m = /^\\n([0-9a-f]{32}) /.exec(String(data));',
  '  if (m && !nonce) { nonce = m[1]; sock = this; }',
  '  return write.call(this, data, enc, cb);',
  '};',
  'function forge(parts) {',
  "  sock.write('\\n' + nonce + ' ');",
  '  for (const p of parts) sock.write(p);',
  "  sock.write('\\n');",
  '}',
  '',
].join('\n');

function noThrowView(r: CaseResult): void {
  const view = toCaseView(r, true, undefined);
  assert.equal(typeof view.verdict, 'string');
}

for (const judgePath of JUDGE_PATHS) {
describe(`judge battery: hostile solutions (rows 34–42, ${judgePath} path)`, function () {
  before(() => setWarmPath(judgePath === 'warm'));
  after(() => setWarmPath(false));
  this.timeout(60_000);

  describe('BATTERY 34: a forged channel message over 16 MiB', () => {
    it('BATTERY 34: Python: the message is dropped as it arrives, the case is output_limit, the host stays small', async () => {
      const code = [
        PY_FORGE,
        'def solve(i):',
        '    if i == 0:',
        `        forge(${PY_NONCE}, b'{"t":"result","i":0,"ok":true,"value":"' + b'x' * (24 << 20) + b'"}')`,
        '    return i',
        '',
      ].join('\n');
      const before = process.memoryUsage().rss;
      const started = Date.now();
      const r = await judgeCode(code, 'python', [{ args: [0], expected: 0 }, { args: [1], expected: 1 }], { timeMs: 20_000 });
      assert.deepEqual(verdicts(r), ['output_limit', 'pass']);
      assert.match(r.cases[0].message ?? '', /message over 16 MiB/);
      assert.ok(Date.now() - started < 15_000);
      assert.ok(process.memoryUsage().rss - before < 120 * MiB, `the host grew by ${Math.round((process.memoryUsage().rss - before) / MiB)} MiB`);
    });

    it('BATTERY 34: JavaScript: the same through the patched socket', async () => {
      const code = [
        JS_SNIFF,
        'exports.solve = function (i) {',
        '  if (i !== 0) return i;',
        '  forge([\'{"t":"result","i":0,"ok":true,"value":"\', \'x\'.repeat(24 << 20), \'"}\']);',
        '  return new Promise(() => undefined);',
        '};',
      ].join('\n');
      const r = await judgeCode(code, 'javascript', [{ args: [0], expected: 0 }, { args: [1], expected: 1 }], { timeMs: 20_000 });
      assert.deepEqual(verdicts(r), ['output_limit', 'pass']);
      assert.match(r.cases[0].message ?? '', /message over 16 MiB/);
    });
  });

  describe('BATTERY 35: forged values too deep or with too many elements', () => {
    it('BATTERY 35: Python: a 100,000-deep value is runtime_error, 2.5 million elements output_limit; views never throw', async () => {
      const code = [
        PY_FORGE,
        'def solve(i):',
        '    if i == 0:',
        `        forge(${PY_NONCE}, b'{"t":"result","i":0,"ok":true,"value":' + b'[' * 100000 + b']' * 100000 + b'}')`,
        '    if i == 1:',
        `        forge(${PY_NONCE}, b'{"t":"result","i":1,"ok":true,"value":[' + b'0,' * 2500000 + b'0]}')`,
        '    return i',
        '',
      ].join('\n');
      const r = await judgeCode(code, 'python', [0, 1, 2].map((i) => ({ args: [i], expected: i })), { timeMs: 20_000 });
      assert.deepEqual(verdicts(r), ['runtime_error', 'output_limit', 'pass']);
      assert.match(r.cases[0].message ?? '', /nested deeper than 1000 levels/);
      assert.match(r.cases[1].message ?? '', /more than 2,000,000 elements/);
      r.cases.forEach(noThrowView);
    });

    it('BATTERY 35: JavaScript: the same through the patched socket', async () => {
      const code = [
        JS_SNIFF,
        'exports.solve = function (i) {',
        "  if (i === 0) forge(['{\"t\":\"result\",\"i\":0,\"ok\":true,\"value\":', '['.repeat(100000), ']'.repeat(100000), '}']);",
        "  else if (i === 1) forge(['{\"t\":\"result\",\"i\":1,\"ok\":true,\"value\":[', '0,'.repeat(2500000), '0]}']);",
        '  else return i;',
        '  return new Promise(() => undefined);',
        '};',
      ].join('\n');
      const r = await judgeCode(code, 'javascript', [0, 1, 2].map((i) => ({ args: [i], expected: i })), { timeMs: 20_000 });
      assert.deepEqual(verdicts(r), ['runtime_error', 'output_limit', 'pass']);
      r.cases.forEach(noThrowView);
    });

    it('BATTERY 35: the shape is counted on the raw bytes; a run accepts a bounded total; case views are total', () => {
      const deep = Buffer.from('['.repeat(1001) + ']'.repeat(1001));
      assert.equal(jsonShape(deep, 0, 1000, 10_000).over, 'deep');
      assert.equal(jsonShape(Buffer.from('['.repeat(1000) + ']'.repeat(1000)), 0, 1000, 10_000).over, undefined);
      assert.equal(jsonShape(Buffer.from('["[[[[", "]]]"]'), 0, 2, 10).over, undefined, 'brackets inside strings do not count');
      assert.equal(jsonShape(Buffer.from('["a\\"[[[", 1, 2]'), 0, 1, 10).over, undefined, 'escaped quotes do not end a string');
      assert.equal(jsonShape(Buffer.from('[1,2,3,4]'), 0, 10, 3).over, 'many');
      const budget = new MessageBudget(RUN_MESSAGE_BYTES, 100);
      const line = Buffer.from(`[${'0,'.repeat(59)}0]`);
      assert.equal(budget.admit(line, 0), undefined);
      assert.equal(budget.admit(line, 0), 'run-budget', 'the second message passes the run total');
      let nested: unknown = 1;
      for (let i = 0; i < 100_000; i++) nested = [nested];
      assert.equal(formatValue(nested), TOO_DEEP_TO_SHOW);
      const view = toCaseView({ index: 0, name: 'c', hidden: false, verdict: 'wrong_answer', timeMs: 1, stdout: '', stderr: '', expected: nested, actual: { $set: [nested] } }, false, undefined);
      assert.equal(view.expected, TOO_DEEP_TO_SHOW);
      assert.equal(view.actual, TOO_DEEP_TO_SHOW);
    });
  });

  describe('BATTERY 36: memory is summed over the whole process set', () => {
    (isLinux ? it : it.skip)('BATTERY 36: Python: four forked children of 200 MB under a 256 MB limit are memory_limit', async () => {
      const code = [
        'import os, time',
        'def solve(x):',
        '    if x == 1:',
        '        kids = []',
        '        for _ in range(4):',
        '            pid = os.fork()',
        '            if pid == 0:',
        "                block = b'\\x01' * (200 * 1024 * 1024)",
        '                time.sleep(3)',
        '                os._exit(0)',
        '            kids.append(pid)',
        '        for pid in kids:',
        '            os.waitpid(pid, 0)',
        '    return x',
        '',
      ].join('\n');
      const started = Date.now();
      const r = await judgeCode(code, 'python', [{ args: [1], expected: 1 }, { args: [2], expected: 2 }], { timeMs: 20_000, memoryMb: 256 });
      assert.deepEqual(verdicts(r), ['memory_limit', 'pass']);
      assert.match(r.cases[0].message ?? '', /processes used \d+ MB together; the memory limit is 256 MB/);
      assert.ok(Date.now() - started < 15_000, 'stopped at the limit, not at the time limit');
    });

    (isLinux ? it : it.skip)('BATTERY 36: JavaScript: a 768 MiB Buffer at load is memory_limit (external memory counts)', async () => {
      const code = 'const block = Buffer.alloc(768 * 1024 * 1024, 1);\nexports.solve = (x) => x + block.length * 0;\n';
      const r = await judgeCode(code, 'javascript', [{ args: [1], expected: 1 }, { args: [2], expected: 2 }], { timeMs: 20_000, memoryMb: 256 });
      assert.deepEqual(verdicts(r), ['memory_limit', 'not_run']);
      assert.match(r.cases[0].message ?? '', /used \d+ MB( together)?; the memory limit is 256 MB \(while loading\)/);
    });
  });

  describe('BATTERY 37: processes that escape', () => {
    (isLinux ? it : it.skip)('BATTERY 37: Python: clearing the subreaper flag, then a setsid double fork with an empty environment in /, leaves nothing', async () => {
      const t = sleepToken();
      const code = [
        'import ctypes, os, time',
        'def solve(x):',
        '    ctypes.CDLL(None).prctl(36, 0, 0, 0, 0)',
        '    pid = os.fork()',
        '    if pid == 0:',
        '        os.setsid()',
        "        os.chdir('/')",
        '        if os.fork() == 0:',
        `            os.execve('/bin/sleep', ['sleep', '${t}'], {})`,
        '        os._exit(0)',
        '    os.waitpid(pid, 0)  # the daemon is an orphan before the case ends',
        '    time.sleep(0.3)',
        '    return x',
        '',
      ].join('\n');
      const r = await judgeCode(code, 'python', [{ args: [1], expected: 1 }], { timeMs: 5000 });
      assert.deepEqual(verdicts(r), ['pass']);
      assert.deepEqual(await eventuallyNone(t), [], 'the double-forked daemon was killed');
    });

    (isLinux && pythonAvailable ? it : it.skip)('BATTERY 37: a fork-and-exit hopping loop with a clean environment leaves nothing (Python and JavaScript)', async () => {
      const hop = (t: string): string =>
        ['import os, time, sys', 'end = time.time() + 30', 'while time.time() < end:', '    if os.fork() != 0:', '        os._exit(0)', '    time.sleep(0.002)', `# ${t}`].join('\\n');
      const a = sleepToken();
      const py = [
        'import os, sys, time',
        'def solve(x):',
        '    if os.fork() == 0:',
        '        os.setsid()',
        "        os.chdir('/')",
        `        os.execve(sys.executable, [sys.executable, '-c', "${hop(a)}", '${a}'], {})`,
        '    time.sleep(0.3)  # the hopping has begun before the case ends',
        '    return x',
        '',
      ].join('\n');
      const r = await judgeCode(py, 'python', [{ args: [1], expected: 1 }], { timeMs: 5000 });
      assert.deepEqual(verdicts(r), ['pass']);
      assert.deepEqual(await eventuallyNone(a, 2000), [], 'Python: the hopping processes were killed');
      const b = sleepToken();
      const python3 = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim();
      const js = [
        "const { spawn } = require('child_process');",
        'exports.solve = function (x) {',
        `  spawn(${JSON.stringify(python3)}, ['-c', "${hop(b)}", '${b}'], { detached: true, stdio: 'ignore', env: {}, cwd: '/' }).unref();`,
        '  return new Promise((resolve) => setTimeout(() => resolve(x), 300));',
        '};',
        '',
      ].join('\n');
      const s = await judgeCode(js, 'javascript', [{ args: [1], expected: 1 }], { timeMs: 5000 });
      assert.deepEqual(verdicts(s), ['pass']);
      assert.deepEqual(await eventuallyNone(b, 2000), [], 'JavaScript: the hopping processes were killed');
    });
  });

  describe('BATTERY 38: the file-size limit', () => {
    (isLinux ? it : it.skip)('BATTERY 38: a solution cannot write a file over 64 MiB, in or outside its folder (Python and JavaScript)', async () => {
      const outside = tempDir('mlprep-outside-');
      const pyFile = path.join(outside, 'big-py.bin');
      const py = [
        'def solve(x):',
        `    with open(${JSON.stringify(pyFile)}, 'wb') as f:`,
        "        block = b'\\0' * (1 << 20)",
        '        for _ in range(100):',
        '            f.write(block)',
        '    return x',
        '',
      ].join('\n');
      const r = await judgeCode(py, 'python', [{ args: [1], expected: 1 }], { timeMs: 20_000 });
      assert.deepEqual(verdicts(r), ['runtime_error']);
      assert.match(r.cases[0].message ?? '', /File too large.*file-size limit is 64 MiB/);
      assert.ok(fs.statSync(pyFile).size <= 64 * MiB, `${fs.statSync(pyFile).size} bytes written`);
      const jsFile = path.join(outside, 'big-js.bin');
      const js = [
        "const fs = require('fs');",
        'exports.solve = function (x) {',
        `  const fd = fs.openSync(${JSON.stringify(jsFile)}, 'w');`,
        '  const block = Buffer.alloc(1 << 20);',
        '  for (let i = 0; i < 100; i++) fs.writeSync(fd, block);',
        '  return x;',
        '};',
        '',
      ].join('\n');
      const s = await judgeCode(js, 'javascript', [{ args: [1], expected: 1 }], { timeMs: 20_000 });
      assert.deepEqual(verdicts(s), ['runtime_error']);
      assert.match(s.cases[0].message ?? '', /file-size limit of 64 MiB|EFBIG|file too large/i);
      assert.ok(fs.statSync(jsFile).size <= 64 * MiB, `${fs.statSync(jsFile).size} bytes written`);
    });
  });

  describe('BATTERY 39: nothing is imported from the current folder', () => {
    (pythonAvailable ? it : it.skip)('BATTERY 39: the module probe runs isolated in an empty folder; the run has no current folder on sys.path', async () => {
      const cwd = tempDir('mlprep-cwd-');
      const witness = path.join(cwd, 'imported.txt');
      fs.writeFileSync(path.join(cwd, 'mlprep_cwd_module.py'), `open(${JSON.stringify(witness)}, 'w').write('yes')\n`);
      const here = process.cwd();
      process.chdir(cwd);
      try {
        const locator = new PythonLocator(() => minimalEnv());
        const found = await locator.locate();
        assert.ok(found.ok);
        if (!found.ok) return;
        assert.equal(await locator.hasModule(found.python, 'mlprep_cwd_module'), false, 'a module in the current folder does not count as installed');
        assert.equal(await locator.hasModule(found.python, 'json'), true);
        assert.ok(!fs.existsSync(witness), 'the module in the current folder never ran');
      } finally {
        process.chdir(here);
      }
      const code = "import os, sys\ndef solve(x):\n    return [p for p in sys.path if p in ('', '.') or p == os.getcwd() or 'mlprep-run-' in p]\n";
      const r = await judgeCode(code, 'python', [{ args: [1], expected: [] }]);
      assert.deepEqual(verdicts(r), ['pass'], JSON.stringify(r.cases[0].actual));
    });
  });

  describe('BATTERY 41: malformed custom cases', () => {
    it('BATTERY 41: the validator names the bad tag; good values pass', () => {
      assert.match(validateCaseValue({ $float: '1e-5x' }) ?? '', /^value\.\$float: \$float must be "nan", "inf", "-inf" or a number written as text \(e\.g\. "1\.0"\)$/);
      assert.match(validateCaseValue({ $set: 5 }) ?? '', /\$set must be a list/);
      assert.match(caseInputProblem([1, [{ a: { $foo: 1 } }]]) ?? '', /^args\[1\]\[0\]\.a\.\$foo: unknown tag/);
      assert.match(caseInputProblem([{ $file: 'x.csv' }]) ?? '', /\$file is not allowed here/);
      assert.equal(caseInputProblem([1, { $float: 'nan' }, { $set: [1, 2] }, { a: [1, { b: 'c' }] }]), undefined);
      assert.match(validateCustomCase('[1,', '2') ?? '', /^args: not valid JSON/);
      assert.match(validateCustomCase('{"a":1}', '2') ?? '', /^args: must be a list/);
      assert.match(validateCustomCase('[1]', '{"$float":"1e-5x"}') ?? '', /^expected\.\$float/);
      assert.equal(validateCustomCase('[{"$float":"inf"}]', '{"$set":[1]}'), undefined);
    });

    it('BATTERY 41: a case whose arguments do not decode is not run and says why; the other cases run in the same process (Python and JavaScript)', async () => {
      const specs = [{ args: [1], expected: 1 }, { args: [{ $float: '1e-5x' }], expected: 1 }, { args: [{ $set: 5 }], expected: 1 }, { args: [3], expected: 3 }];
      const py = await judgeCode("import os\ndef solve(x):\n    print('pid=%d' % os.getpid())\n    return x\n", 'python', specs);
      const js = await judgeCode("exports.solve = (x) => { console.log('pid=' + process.pid); return x; };\n", 'javascript', specs);
      for (const r of [py, js]) {
        assert.deepEqual(verdicts(r), ['pass', 'not_run', 'not_run', 'pass']);
        assert.match(r.cases[1].message ?? '', /input is invalid: args\[0\]\.\$float: \$float must be/);
        assert.match(r.cases[2].message ?? '', /input is invalid: args\[0\]\.\$set: \$set must be a list/);
        assert.equal(r.cases[0].stdout, r.cases[3].stdout, 'one process ran both good cases');
      }
    });

    (pythonAvailable ? it : it.skip)('BATTERY 41: the Python harness answers arguments that do not decode with an input error and keeps going', async () => {
      const nonce = 'a'.repeat(32);
      const child = spawn('python3', ['-u', '-B', path.join(harnessDir, 'harness.py')], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'], env: minimalEnv() });
      const channel = child.stdio[3] as unknown as NodeJS.ReadWriteStream;
      let got = '';
      channel.on('data', (d: Buffer) => (got += d.toString()));
      const init = { t: 'init', nonce, path: '/x/solution.py', source: 'def solve(x):\n    return x\n', entry: 'solve' };
      channel.write([init, { t: 'case', i: 0, args: [{ $float: '1e-5x' }] }, { t: 'case', i: 1, args: [{ $set: 5 }] }, { t: 'case', i: 2, args: [7] }].map((m) => JSON.stringify(m) + '\n').join(''));
      const end = Date.now() + 10_000;
      while (!got.includes('"i":2') && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGKILL');
      const results = got
        .split('\n')
        .filter((l) => l.startsWith(nonce))
        .map((l) => JSON.parse(l.slice(nonce.length + 1)) as { t: string; i?: number; ok?: boolean; kind?: string; value?: unknown });
      assert.deepEqual(
        results.filter((m) => m.t === 'result').map((m) => [m.i, m.ok, m.kind ?? m.value]),
        [
          [0, false, 'input'],
          [1, false, 'input'],
          [2, true, 7],
        ],
      );
    });
  });

  describe('BATTERY 42: no path to the pack', () => {
    (isLinux ? it : it.skip)('BATTERY 42: the command lines, environment and harness files a solution can see name no folder of the extension (Python and JavaScript)', async () => {
      const extensionDirs = [path.dirname(harnessDir), bundledProblemsDir];
      const py = [
        'import os, sys',
        'def solve(x):',
        "    seen = [' '.join(sys.argv), repr(sys.path)]",
        "    for f in ('/proc/self/cmdline', '/proc/self/environ', '/proc/%d/cmdline' % os.getppid(), '/proc/%d/environ' % os.getppid()):",
        "        seen.append(open(f, 'rb').read().replace(b'\\0', b' ').decode('utf-8', 'replace'))",
        '    frame = sys._getframe()',
        '    while frame is not None:',
        '        seen.append(frame.f_code.co_filename)',
        '        frame = frame.f_back',
        "    return '\\n'.join(seen)",
        '',
      ].join('\n');
      const js = [
        "const fs = require('fs');",
        'exports.solve = function () {',
        '  const seen = [process.argv.join(" "), process.execArgv.join(" "), new Error().stack, JSON.stringify(process.env)];',
        "  for (const f of ['/proc/self/cmdline', '/proc/' + process.ppid + '/cmdline', '/proc/' + process.ppid + '/environ']) seen.push(fs.readFileSync(f, 'latin1').replace(/\\0/g, ' '));",
        "  return seen.join('\\n');",
        '};',
        '',
      ].join('\n');
      for (const [code, language] of [
        [py, 'python'],
        [js, 'javascript'],
      ] as const) {
        const r = await judgeCode(code, language, [{ args: [1] }]);
        assert.equal(r.cases[0].verdict, 'pass', r.cases[0].message);
        const seen = String(r.cases[0].actual);
        assert.match(seen, /harness/, 'what the solution saw includes the harness');
        for (const dir of extensionDirs) assert.ok(!seen.includes(dir), `${language}: ${dir} appears in\n${seen}`);
      }
    });
  });
});
}
