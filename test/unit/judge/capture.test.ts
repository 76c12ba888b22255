import * as assert from 'node:assert/strict';
import { OutputBudget, StreamCapture, decodeOutput, segmentText } from '../../../src/core/judge/capture';

const MARK = Buffer.from('\x1eabc123\x1f', 'latin1');

function feed(cap: StreamCapture, parts: (string | Buffer)[]): void {
  for (const p of parts) cap.push(typeof p === 'string' ? Buffer.from(p, 'utf8') : p);
}

describe('output capture', () => {
  it('splits per case at markers, also when a marker is cut across chunks', () => {
    const cap = new StreamCapture(MARK, new OutputBudget(1 << 20));
    const all = Buffer.concat([Buffer.from('one\n'), MARK, Buffer.from('two\n'), MARK, Buffer.from('thr')]);
    for (let i = 0; i < all.length; i += 3) cap.push(all.subarray(i, i + 3));
    assert.equal(cap.ready, 2);
    assert.equal(segmentText(cap.take()).text, 'one\n');
    assert.equal(segmentText(cap.take()).text, 'two\n');
    assert.equal(cap.ready, 0);
    assert.equal(segmentText(cap.take()).text, 'thr', 'the open segment, with any held-back bytes');
  });

  it('keeps at most the run budget across segments and streams, and counts what was dropped', () => {
    const budget = new OutputBudget(10);
    const out = new StreamCapture(MARK, budget);
    const err = new StreamCapture(MARK, budget);
    feed(out, ['123456', MARK]);
    feed(err, ['abcdef', MARK]);
    const a = out.take();
    const b = err.take();
    assert.equal(a.bytes.toString(), '123456');
    assert.equal(b.bytes.toString(), 'abcd');
    assert.equal(b.total, 6);
    assert.equal(segmentText(b).truncated, true);
    assert.equal(budget.remaining, 0);
  });

  it('reports the size of the open segment for the output limit', () => {
    const sizes: number[] = [];
    const cap = new StreamCapture(MARK, new OutputBudget(4), (n) => sizes.push(n));
    feed(cap, ['aaaa', 'bbbb', MARK, 'c']);
    assert.ok(sizes.includes(8));
    assert.equal(cap.openTotal, 1);
  });

  it('never splits a UTF-8 character when truncating; invalid bytes become U+FFFD', () => {
    const text = 'é😀x';
    const bytes = Buffer.from(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const shown = decodeOutput(bytes.subarray(0, cut), cut < bytes.length);
      assert.ok(text.startsWith(shown), `cut at ${cut}: ${JSON.stringify(shown)}`);
      assert.ok(!shown.includes('\ufffd'));
    }
    assert.equal(decodeOutput(Buffer.from([0x61, 0xff, 0x62]), false), 'a\ufffdb');
    assert.equal(decodeOutput(Buffer.from([0xed, 0xa0, 0x80]), false), '\ufffd\ufffd\ufffd');
  });

  it('keeps the last bytes for crash diagnosis even when retention is exhausted', () => {
    const cap = new StreamCapture(MARK, new OutputBudget(0));
    feed(cap, ['x'.repeat(20_000), 'FATAL ERROR: JavaScript heap out of memory']);
    assert.match(cap.tail(), /heap out of memory$/);
    assert.ok(cap.tail().length <= 8192);
  });
});
