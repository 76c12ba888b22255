// Capture of a harness's stdout / stderr: split per case at the harness's markers, retained up to
// a budget shared by the whole run, decoded as UTF-8 without ever splitting a character.

/** Bytes of output a run keeps (stdout + stderr of all cases together). */
export class OutputBudget {
  constructor(public remaining: number) {}
}

export interface Segment {
  /** Retained bytes (a prefix of what was written). */
  bytes: Buffer;
  /** Everything written in the segment, retained or not. */
  total: number;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Decodes captured bytes: invalid sequences become U+FFFD; when the capture was cut, an
 * incomplete character at the end is dropped rather than shown as a replacement character.
 */
export function decodeOutput(bytes: Buffer, truncated: boolean): string {
  if (!truncated) return decoder.decode(bytes);
  let end = bytes.length;
  // An incomplete sequence at the very end: drop it.
  let i = end - 1;
  let cont = 0;
  while (i >= 0 && cont < 3 && (bytes[i] & 0xc0) === 0x80) {
    i--;
    cont++;
  }
  if (i >= 0) {
    const lead = bytes[i];
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (need > 1 && cont + 1 < need) end = i;
  }
  return decoder.decode(bytes.subarray(0, end));
}

/** One captured stream of one harness process. */
export class StreamCapture {
  private carry: Buffer = Buffer.alloc(0);
  private chunks: Buffer[] = [];
  private kept = 0;
  private total = 0;
  private readonly done: Segment[] = [];
  private ended = false;
  /** Last bytes written (retained or not), for crash diagnosis (OOM messages, fault dumps). */
  private tailBuf: Buffer = Buffer.alloc(0);

  /**
   * @param marker the per-run marker the harness writes after each case
   * @param budget run-wide retention budget
   * @param onGrow called with the byte count of the open segment after every write
   */
  constructor(
    private readonly marker: Buffer,
    private readonly budget: OutputBudget,
    private readonly onGrow: (segmentTotal: number) => void = () => undefined,
  ) {}

  push(chunk: Buffer): void {
    if (this.ended) return;
    let data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    for (;;) {
      const at = data.indexOf(this.marker);
      if (at < 0) break;
      this.commit(data.subarray(0, at));
      this.close();
      data = data.subarray(at + this.marker.length);
    }
    // Hold back a possible marker prefix at the end.
    const hold = Math.min(data.length, this.marker.length - 1);
    let keepFrom = data.length;
    for (let k = hold; k > 0; k--) {
      if (data.subarray(data.length - k).equals(this.marker.subarray(0, k))) {
        keepFrom = data.length - k;
        break;
      }
    }
    this.commit(data.subarray(0, keepFrom));
    this.carry = Buffer.from(data.subarray(keepFrom));
  }

  private commit(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.total += bytes.length;
    const take = Math.min(bytes.length, Math.max(0, this.budget.remaining));
    if (take > 0) {
      this.chunks.push(Buffer.from(bytes.subarray(0, take)));
      this.kept += take;
      this.budget.remaining -= take;
    }
    this.tailBuf = Buffer.concat([this.tailBuf, bytes.subarray(Math.max(0, bytes.length - 8192))]);
    if (this.tailBuf.length > 8192) this.tailBuf = this.tailBuf.subarray(this.tailBuf.length - 8192);
    this.onGrow(this.total);
  }

  private close(): void {
    this.done.push({ bytes: Buffer.concat(this.chunks, this.kept), total: this.total });
    this.chunks = [];
    this.kept = 0;
    this.total = 0;
  }

  /** Number of completed (marker-terminated) segments not yet taken. */
  get ready(): number {
    return this.done.length;
  }

  /** The next completed segment, or — when none is complete — whatever the open one holds. */
  take(): Segment {
    const seg = this.done.shift();
    if (seg) return seg;
    this.commit(this.carry);
    this.carry = Buffer.alloc(0);
    const open = { bytes: Buffer.concat(this.chunks, this.kept), total: this.total };
    this.chunks = [];
    this.kept = 0;
    this.total = 0;
    return open;
  }

  /** Stops capturing (the process is gone); later data is ignored. */
  end(): void {
    this.commit(this.carry);
    this.carry = Buffer.alloc(0);
    this.ended = true;
  }

  /** The last bytes written, decoded (for diagnosis of crashes). */
  tail(): string {
    return decodeOutput(this.tailBuf, false);
  }

  /** Bytes written so far in the open segment. */
  get openTotal(): number {
    return this.total;
  }
}

/** A decoded segment: text, and whether bytes were dropped. */
export function segmentText(seg: Segment): { text: string; truncated: boolean } {
  const truncated = seg.bytes.length < seg.total;
  return { text: decodeOutput(seg.bytes, truncated), truncated };
}
