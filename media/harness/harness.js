// ML Interview Prep: judge harness for JavaScript and TypeScript solutions.
//
// Started by the judge as `<node> --max-old-space-size=M harness.js` (ELECTRON_RUN_AS_NODE=1
// inside the editor) with stdin on the null device, stdout/stderr captured and a private channel
// on fd 3. The judge has already turned TypeScript / ES modules into CommonJS (line numbers kept).
// The harness loads that code under the solution's own file name, calls the exported entry
// function once per case and reports what it returned or threw. It never sees expected values
// and decides no verdicts.
//
// Protocol on fd 3, one JSON object per line (see harness.py for the full description and
// src/core/judge/harnessProtocol.ts for the judge's side):
//   judge -> harness  {"t":"init","nonce","path","source","entry"}   {"t":"case","i","args","calls"?,"seed"?}
//                     (calls: a class case — `new Entry(...)` then its methods, one result per call;
//                     seed: Math.random is a seeded generator for the case)
//   harness -> judge  "\n" + nonce + " " + JSON + "\n": ready | load_error | result
//                     (a result of kind "input" when a case's arguments did not decode)
// Before each result the marker "\x1e" + nonce + "\x1f" goes to stdout and stderr.
'use strict';

(function main() {
  const net = require('net');
  const Module = require('module');
  const pathMod = require('path');
  const util = require('util');

  // Bound before the solution runs, so replacing globals cannot change the wire format.
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const isArray = Array.isArray;
  const isView = ArrayBuffer.isView;
  const concat = Buffer.concat.bind(Buffer);
  const getPrototypeOf = Object.getPrototypeOf;
  const objectKeys = Object.keys;
  const ObjectProto = Object.prototype;
  const SetCtor = Set;
  const MapCtor = Map;
  const DateCtor = Date;
  const DataViewCtor = DataView;
  const isNaN_ = Number.isNaN;
  const Number_ = Number;
  const MathObj = Math;
  const mathRandom = Math.random;
  const imul = Math.imul;
  const String_ = String;
  const inspect = util.inspect;
  const exit = process.exit.bind(process);
  // Blocking stdout/stderr: a solution that prints in a tight loop then blocks on the pipe
  // (and meets the output limit) instead of queueing its output in memory.
  for (const stream of [process.stdout, process.stderr]) {
    try {
      if (stream._handle && typeof stream._handle.setBlocking === 'function') stream._handle.setBlocking(true);
    } catch {
      // not a pipe
    }
  }
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  const stderrWrite = process.stderr.write.bind(process.stderr);

  const channel = new net.Socket({ fd: 3, readable: true, writable: true });
  const channelWrite = channel.write.bind(channel);
  let nonce = '';
  let marker = '';
  let userPath = '';
  let entryFn = null;
  let queue = Promise.resolve();

  function send(obj) {
    channelWrite('\n' + nonce + ' ' + obj + '\n');
  }

  // ------------------------------------------------------------------------------------------
  // Values: tagged JSON in, plain JSON out.
  function reviver(_key, value) {
    if (value !== null && typeof value === 'object' && !isArray(value)) {
      const keys = objectKeys(value);
      if (keys.length === 1 && keys[0] === '$float') {
        const f = value.$float;
        return f === 'nan' ? NaN : f === '-inf' ? -Infinity : f === 'inf' ? Infinity : Number_(f);
      }
      if (keys.length === 1 && keys[0] === '$int') return Number_(value.$int);
      // A NumPy array of the tests is a nested list here (booleans stay booleans).
      if (keys.length === 2 && isArray(value.$ndarray) && typeof value.dtype === 'string') return value.$ndarray;
      if (keys.length === 1 && keys[0] === '$set' && isArray(value.$set)) return new SetCtor(value.$set);
    }
    return value;
  }

  // Array.prototype.join may be replaced by the solution.
  function joinParts(parts) {
    let out = '';
    for (let i = 0; i < parts.length; i++) out += (i > 0 ? ',' : '') + parts[i];
    return out;
  }

  function objectTag(type, repr) {
    return '{"$object":' + stringify(String_(type)) + ',"repr":' + stringify(String_(repr).slice(0, 200)) + '}';
  }

  function encNumber(v) {
    if (isNaN_(v)) return '{"$float":"nan"}';
    if (v === Infinity) return '{"$float":"inf"}';
    if (v === -Infinity) return '{"$float":"-inf"}';
    return stringify(v);
  }

  function enc(v, depth, active) {
    switch (typeof v) {
      case 'undefined':
        return 'null';
      case 'number':
        return encNumber(v);
      case 'string':
        return stringify(v);
      case 'boolean':
        return v ? 'true' : 'false';
      case 'bigint':
        return v >= -9007199254740991n && v <= 9007199254740991n ? String_(v) : '{"$int":"' + String_(v) + '"}';
      case 'function':
        return objectTag('function', v.name || 'anonymous');
      case 'symbol':
        return objectTag('symbol', v.description || '');
      default:
        break;
    }
    if (v === null) return 'null';
    if (depth > 400 || active.has(v)) return objectTag(active.has(v) ? 'cycle' : 'nesting', '(a value nested too deeply or containing itself)');
    active.add(v);
    try {
      if (isArray(v)) {
        const parts = new Array(v.length);
        for (let i = 0; i < v.length; i++) parts[i] = enc(v[i], depth + 1, active);
        return '[' + joinParts(parts) + ']';
      }
      if (isView(v) && !(v instanceof DataViewCtor)) {
        const parts = new Array(v.length);
        for (let i = 0; i < v.length; i++) parts[i] = typeof v[i] === 'bigint' ? enc(v[i], depth + 1, active) : encNumber(v[i]);
        return '[' + joinParts(parts) + ']';
      }
      if (v instanceof SetCtor) {
        const parts = [];
        for (const x of v) parts[parts.length] = enc(x, depth + 1, active);
        return '{"$set":[' + joinParts(parts) + ']}';
      }
      if (v instanceof MapCtor) {
        const parts = [];
        for (const [k, x] of v) parts[parts.length] = stringify(typeof k === 'string' ? k : String_(k)) + ':' + enc(x, depth + 1, active);
        return '{' + joinParts(parts) + '}';
      }
      const proto = getPrototypeOf(v);
      if (proto === ObjectProto || proto === null) {
        const keys = objectKeys(v);
        const parts = new Array(keys.length);
        for (let i = 0; i < keys.length; i++) parts[i] = stringify(keys[i]) + ':' + enc(v[keys[i]], depth + 1, active);
        return '{' + joinParts(parts) + '}';
      }
      if (v instanceof DateCtor) return objectTag('Date', isNaN_(v.getTime()) ? 'Invalid Date' : v.toISOString());
      let name = 'object';
      try {
        name = (proto && proto.constructor && proto.constructor.name) || 'object';
      } catch {
        // keep the default
      }
      let repr = '?';
      try {
        repr = inspect(v, { depth: 1, breakLength: Infinity });
      } catch {
        // keep '?'
      }
      return objectTag(name, repr);
    } finally {
      active.delete(v);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Errors: messages and stacks trimmed to the solution file.
  function describe(err) {
    try {
      if (err instanceof Error) return (err.name || 'Error') + (err.message ? ': ' + err.message : '');
      return 'thrown value: ' + inspect(err, { depth: 1, breakLength: Infinity }).slice(0, 500);
    } catch {
      return 'exception';
    }
  }

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  function errorFields(err) {
    let stack = '';
    try {
      stack = err && typeof err.stack === 'string' ? err.stack : '';
    } catch {
      stack = '';
    }
    const lines = stack.split('\n');
    const framePattern = new RegExp(escapeRegExp(userPath) + ':(\\d+)(?::\\d+)?');
    let line;
    const kept = [];
    for (const l of lines) {
      if (/^\s+at /.test(l)) {
        const m = framePattern.exec(l);
        if (m) {
          kept.push(l);
          if (line === undefined) line = Number(m[1]);
        }
      }
    }
    if (line === undefined && lines.length > 0) {
      // A SyntaxError from the loader starts with "<file>:<line>".
      const m = new RegExp('^' + escapeRegExp(userPath) + ':(\\d+)').exec(lines[0]);
      if (m) line = Number(m[1]);
    }
    const message = describe(err);
    let traceback = message + (kept.length ? '\n' + kept.join('\n') : '');
    if (traceback.length > 8000) traceback = traceback.slice(0, 8000) + '\n    ...';
    let out = '"message":' + stringify(message.slice(0, 2000)) + ',"traceback":' + stringify(traceback);
    if (line !== undefined) out += ',"line":' + line;
    return out;
  }

  function errorKind(err) {
    if (err instanceof RangeError) {
      const msg = String_(err.message);
      if (msg.includes('Maximum call stack size exceeded')) return 'stack';
      if (msg.includes('Array buffer allocation failed') || msg.includes('Invalid string length')) return 'memory';
    }
    if (err && err.code === 'ERR_MEMORY_ALLOCATION_FAILED') return 'memory';
    return 'exception';
  }

  // ------------------------------------------------------------------------------------------
  function load(msg) {
    nonce = String_(msg.nonce);
    marker = '\x1e' + nonce + '\x1f';
    userPath = String_(msg.path);
    process.argv = [process.argv[0], userPath];
    try {
      const m = new Module(userPath, null);
      m.filename = userPath;
      m.paths = Module._nodeModulePaths(pathMod.dirname(userPath));
      m._compile(String_(msg.source), userPath);
      const exp = m.exports;
      let fn = exp ? exp[msg.entry] : undefined;
      if (typeof fn !== 'function' && typeof exp === 'function' && exp.name === msg.entry) fn = exp;
      if (typeof fn !== 'function' && exp && typeof exp.default === 'function') fn = exp.default;
      if (typeof fn !== 'function') {
        send('{"t":"load_error","kind":"compile","message":' + stringify('the solution does not export a function or class named ' + msg.entry) + '}');
        return false;
      }
      entryFn = fn;
    } catch (err) {
      send('{"t":"load_error","kind":"' + (errorKind(err) === 'memory' ? 'memory' : 'compile') + '",' + errorFields(err) + '}');
      return false;
    }
    send('{"t":"ready"}');
    return true;
  }

  function finish(head, payload) {
    try {
      stdoutWrite(marker);
    } catch {
      // stdout closed by the solution
    }
    try {
      stderrWrite(marker);
    } catch {
      // stderr closed by the solution
    }
    send(head + payload);
  }

  /** Mulberry32: a small seeded generator of floats in [0, 1). */
  function seeded(seed) {
    let a = seed >>> 0;
    return function random() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = imul(t ^ (t >>> 15), t | 1);
      t ^= t + imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** A class case: the constructor, then each method; every result encoded right after its call. */
  async function runCalls(head, calls) {
    const parts = [];
    let obj;
    for (let j = 0; j < calls.length; j++) {
      const name = String_(calls[j][0]);
      const args = calls[j][1];
      try {
        if (name === '__init__' || name === 'constructor') {
          obj = new entryFn(...args);
          parts[parts.length] = 'null';
        } else {
          let v = obj[name](...args);
          if (v !== null && typeof v === 'object' && typeof v.then === 'function') v = await v;
          parts[parts.length] = enc(v, 0, new SetCtor());
        }
      } catch (err) {
        const fields = errorFields(err).replace('"message":"', '"message":"in call ' + (j + 1) + ': ');
        finish(head, '"ok":false,"kind":"' + errorKind(err) + '",' + fields + '}');
        return;
      }
    }
    finish(head, '"ok":true,"value":[' + joinParts(parts) + ']}');
  }

  function runCase(msg) {
    const head = '{"t":"result","i":' + Number(msg.i) + ',';
    MathObj.random = typeof msg.seed === 'number' ? seeded(msg.seed) : mathRandom;
    if (isArray(msg.calls)) return runCalls(head, msg.calls);
    let value;
    try {
      value = entryFn(...msg.args);
    } catch (err) {
      finish(head, '"ok":false,"kind":"' + errorKind(err) + '",' + errorFields(err) + '}');
      return undefined;
    }
    const report = (v) => {
      let text;
      try {
        text = '"ok":true,"value":' + enc(v, 0, new SetCtor()) + '}';
      } catch (err) {
        text = '"ok":false,"kind":"' + errorKind(err) + '",' + errorFields(err) + '}';
      }
      finish(head, text);
    };
    if (value !== null && typeof value === 'object' && typeof value.then === 'function') {
      return Promise.resolve(value).then(report, (err) => finish(head, '"ok":false,"kind":"' + errorKind(err) + '",' + errorFields(err) + '}'));
    }
    report(value);
    return undefined;
  }

  function inputError(line, err) {
    let i;
    try {
      i = Number(parse(line).i);
    } catch {
      return;
    }
    if (!Number.isInteger(i)) return;
    finish('{"t":"result","i":' + i + ',', '"ok":false,"kind":"input","message":' + stringify(describe(err).slice(0, 2000)) + '}');
  }

  // Chunks of the line being received; joined once (large arguments arrive in many chunks).
  let pending = [];
  let loaded = false;
  channel.on('data', (chunk) => {
    let start = 0;
    let nl;
    while ((nl = chunk.indexOf(10, start)) >= 0) {
      pending.push(chunk.subarray(start, nl));
      const line = concat(pending).toString('utf8');
      pending = [];
      start = nl + 1;
      if (!line) continue;
      queue = queue.then(() => {
        let msg;
        try {
          msg = parse(line, reviver);
        } catch (err) {
          // Arguments that do not decode are the case's fault: say so, call nothing, go on.
          if (loaded) inputError(line, err);
          return undefined;
        }
        if (msg === null || typeof msg !== 'object') return undefined;
        if (!loaded) {
          if (msg.t !== 'init') return undefined;
          loaded = load(msg);
          if (!loaded) channel.end(() => exit(0));
          return undefined;
        }
        if (msg.t === 'case') return runCase(msg);
        return undefined;
      });
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  });
  channel.on('end', () => exit(0));
  channel.on('error', () => exit(0));
})();
