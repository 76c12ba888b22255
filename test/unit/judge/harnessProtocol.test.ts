import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Judge } from '../../../src/core/judge/judge';
import { parseHarnessMessage } from '../../../src/core/judge/harnessProtocol';
import { cleanupTemp, codingProblem, harnessDir as realHarnessDir, tempDir, testCases, verdicts, writeSolution } from './support';

after(() => cleanupTemp());

// A stand-in for harness.js that answers each case with the lines in REPLIES (after the run's
// nonce), and sends junk before "ready".
const FAKE_HARNESS = `'use strict';
const fs = require('fs');
const net = require('net');
const REPLIES = __REPLIES__;
const channel = new net.Socket({ fd: 3, readable: true, writable: true });
let nonce = '';
let pending = '';
const send = (text) => channel.write('\\n' + nonce + ' ' + text + '\\n');
channel.on('data', (d) => {
  pending += d.toString('utf8');
  let nl;
  while ((nl = pending.indexOf('\\n')) >= 0) {
    const msg = JSON.parse(pending.slice(0, nl));
    pending = pending.slice(nl + 1);
    if (msg.t === 'init') {
      nonce = msg.nonce;
      for (const junk of ['[1,2]', '"ready"', 'null', '{"t":"bogus"}', 'not json', '{"t":"result","i":0,"ok":true,"value":41}']) send(junk);
      send('{"t":"ready","extra":true}');
    } else if (msg.t === 'case') {
      const marker = '\\x1e' + nonce + '\\x1f';
      fs.writeSync(1, marker);
      fs.writeSync(2, marker);
      for (const line of REPLIES[msg.i] || []) send(line);
    }
  }
});
channel.on('end', () => process.exit(0));
channel.on('error', () => process.exit(0));
`;

describe('harness protocol', function () {
  this.timeout(30_000);

  it('parses the messages a harness sends', () => {
    assert.deepEqual(parseHarnessMessage({ t: 'ready', extra: 1 }), { t: 'ready' });
    assert.deepEqual(parseHarnessMessage({ t: 'result', i: 2, ok: true, value: [1, { $float: 'nan' }] }), { t: 'result', i: 2, ok: true, value: [1, { $float: 'nan' }] });
    assert.deepEqual(parseHarnessMessage({ t: 'result', i: 0, ok: false, kind: 'stack', message: 'RecursionError', line: 3, traceback: 'tb' }), {
      t: 'result',
      i: 0,
      ok: false,
      kind: 'stack',
      message: 'RecursionError',
      line: 3,
      traceback: 'tb',
      code: '',
    });
    assert.deepEqual(parseHarnessMessage({ t: 'load_error', kind: 'exit', code: '3', message: 'SystemExit: 3' }), { t: 'load_error', kind: 'exit', code: '3', message: 'SystemExit: 3' });
  });

  it('drops what is not a message the judge knows', () => {
    for (const raw of [null, 5, 'ready', [], {}, { t: 'bogus' }, { t: 'result', i: '0', ok: true }, { t: 'result', ok: true, value: 1 }, { t: 'init', nonce: 'x' }]) {
      assert.equal(parseHarnessMessage(raw), undefined, JSON.stringify(raw));
    }
  });

  it('reads a bad detail of a known message as absent, never as a reason to drop it', () => {
    /** The fields that are present (a caught bad detail reads as undefined). */
    const present = (raw: unknown): unknown => JSON.parse(JSON.stringify(parseHarnessMessage(raw) ?? null)) as unknown;
    assert.deepEqual(present({ t: 'result', i: 1, ok: 'yes', kind: 'weird', message: 5, line: '7', code: 3 }), { t: 'result', i: 1, ok: false, kind: 'exception', code: '' });
    assert.deepEqual(present({ t: 'result', i: 1 }), { t: 'result', i: 1, ok: false, kind: 'exception', code: '' });
    assert.deepEqual(present({ t: 'load_error', kind: 'other', line: Infinity, traceback: {} }), { t: 'load_error', kind: 'compile', code: '' });
    assert.deepEqual(parseHarnessMessage({ t: 'result', i: 0, ok: true }), { t: 'result', i: 0, ok: true });
  });

  it('a harness sending junk and mistyped fields cannot crash the judge; each case is decided as documented', async () => {
    const replies = [
      ['{"t":"result","i":"0","ok":true,"value":0}', '{"t":"result","i":0,"ok":true,"value":41}'],
      ['{"t":"result","i":1,"ok":"yes","kind":"weird","message":5,"line":"x"}'],
      ['{"t":"result","i":2,"ok":false,"kind":"exit","code":7,"message":"SystemExit: 7"}'],
      ['{"t":"result","i":3,"ok":false,"kind":"memory","message":"MemoryError","line":1e999}'],
      ['{"t":"result","i":99,"ok":true,"value":4}', '{"t":"bogus","i":4}'],
    ];
    const harnessDir = tempDir('mlprep-fake-harness-');
    fs.writeFileSync(path.join(harnessDir, 'harness.js'), FAKE_HARNESS.replace('__REPLIES__', JSON.stringify(replies)));
    fs.writeFileSync(path.join(harnessDir, 'harness.py'), '');
    fs.copyFileSync(path.join(realHarnessDir, 'supervisor.py'), path.join(harnessDir, 'supervisor.py'));
    const logged: string[] = [];
    const judge = new Judge({ harnessDir, log: (m) => logged.push(m) });
    try {
      const r = await judge.run({
        problem: codingProblem({ timeMs: 600 }),
        cases: testCases([41, 0, 0, 0, 0].map((x) => ({ args: [x], expected: x }))),
        solutionPath: writeSolution('exports.solve = (x) => x;\n', 'javascript'),
        language: 'javascript',
      });
      assert.deepEqual(verdicts(r), ['pass', 'runtime_error', 'runtime_error', 'memory_limit', 'time_limit']);
      const [ok, raised, exited, memory, silent] = r.cases;
      assert.equal(ok?.actual, 41);
      assert.equal(raised?.message, 'error');
      assert.equal(raised?.line, undefined);
      assert.equal(exited?.message, 'the solution called sys.exit() during the case');
      assert.equal(memory?.message, 'MemoryError (memory limit 256 MB)');
      assert.equal(memory?.line, undefined);
      assert.equal(silent?.message, 'exceeded the time limit of 600 ms');
      assert.ok(logged.some((m) => /malformed channel message/.test(m)), logged.join('\n'));
    } finally {
      judge.dispose();
    }
  });
});
