// The judge's end of the pipes a judged process writes to besides stdout and stderr: the harness
// channel (fd 3) and the supervisor's status pipe (fd 4). A solution can read the run's nonce
// and write to the channel itself, so nothing that arrives there may cost the extension host
// more than a bounded amount of memory:
//   - a line is at most CHANNEL_MESSAGE_LIMIT bytes: a longer one is dropped as it arrives
//     (never accumulated past the cap) and reported once;
//   - before a line is parsed its nesting depth and element count are counted on the raw bytes:
//     deeper than VALUE_DEPTH_LIMIT or with more than VALUE_ELEMENT_LIMIT elements, it is
//     rejected unparsed;
//   - a run accepts at most RUN_MESSAGE_BYTES and RUN_ELEMENTS over all its messages.

/** Largest channel message, in bytes. */
export const CHANNEL_MESSAGE_LIMIT = 16 * 1024 * 1024;
/** Deepest nesting of a message (the harnesses cut values at depth 400). */
export const VALUE_DEPTH_LIMIT = 1000;
/** Most elements (values in lists and objects) of one message. */
export const VALUE_ELEMENT_LIMIT = 2_000_000;
/** Message bytes one run accepts over all its cases. */
export const RUN_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Elements one run accepts over all its cases. */
export const RUN_ELEMENTS = 8_000_000;

/** Why a channel message was refused. */
export type Refusal = 'oversize' | 'deep' | 'many' | 'run-budget';

/** Splits a byte stream into lines of at most `maxLine` bytes; longer lines are dropped unread. */
export class LineReader {
  private chunks: Buffer[] = [];
  private bytes = 0;
  /** Inside a line that is already over the cap: skip to its end. */
  private skipping = false;

  constructor(
    private readonly maxLine: number,
    private readonly onLine: (line: Buffer) => void,
    private readonly onOversize: () => void,
  ) {}

  push(d: Buffer): void {
    let start = 0;
    for (;;) {
      const nl = d.indexOf(10, start);
      if (nl < 0) break;
      const piece = d.subarray(start, nl);
      start = nl + 1;
      if (this.skipping) {
        this.skipping = false;
        continue;
      }
      if (this.bytes + piece.length > this.maxLine) {
        this.reset();
        this.onOversize();
        continue;
      }
      const line = this.chunks.length > 0 ? Buffer.concat([...this.chunks, piece]) : piece;
      this.reset();
      this.onLine(line);
    }
    if (start >= d.length || this.skipping) return;
    const rest = d.subarray(start);
    if (this.bytes + rest.length > this.maxLine) {
      this.reset();
      this.skipping = true;
      this.onOversize();
      return;
    }
    this.chunks.push(Buffer.from(rest));
    this.bytes += rest.length;
  }

  private reset(): void {
    this.chunks = [];
    this.bytes = 0;
  }
}

/**
 * Counts the nesting depth and the elements of the JSON text in `buf` from `start`, without
 * parsing it; stops as soon as a limit is passed. Elements are counted as containers plus
 * separators, an upper bound of the values inside.
 */
export function jsonShape(buf: Buffer, start: number, maxDepth: number, maxElements: number): { over?: 'deep' | 'many'; elements: number } {
  let depth = 0;
  let elements = 0;
  const n = buf.length;
  for (let i = start; i < n; i++) {
    const b = buf[i];
    if (b === 0x22) {
      // Skip the string: to the next quote not escaped by a backslash.
      for (i++; i < n; i++) {
        const c = buf[i];
        if (c === 0x5c) i++;
        else if (c === 0x22) break;
      }
      continue;
    }
    if (b === 0x5b || b === 0x7b) {
      if (++depth > maxDepth) return { over: 'deep', elements };
      if (++elements > maxElements) return { over: 'many', elements };
    } else if (b === 0x5d || b === 0x7d) {
      depth--;
    } else if (b === 0x2c) {
      if (++elements > maxElements) return { over: 'many', elements };
    }
  }
  return { elements };
}

/** What a run may still accept on its channels (shared by the harness processes of one run). */
export class MessageBudget {
  constructor(
    public bytes = RUN_MESSAGE_BYTES,
    public elements = RUN_ELEMENTS,
  ) {}

  /** Takes one message's share, or says why it is refused (nothing is taken then). */
  admit(line: Buffer, start: number): Refusal | undefined {
    const shape = jsonShape(line, start, VALUE_DEPTH_LIMIT, VALUE_ELEMENT_LIMIT);
    if (shape.over) return shape.over;
    const bytes = line.length - start;
    if (bytes > this.bytes || shape.elements > this.elements) return 'run-budget';
    this.bytes -= bytes;
    this.elements -= shape.elements;
    return undefined;
  }
}

/** What the supervisor said on its status pipe: it killed the process set for its memory. */
export interface MemoryReport {
  bytes: number;
  processes: number;
}

/** Parses a line of the supervisor's status pipe; undefined for anything else. */
export function parseStatusLine(line: Buffer): MemoryReport | undefined {
  const m = /^memory (\d{1,15}) (\d{1,9})$/.exec(line.toString('latin1').trim());
  return m ? { bytes: Number(m[1]), processes: Number(m[2]) } : undefined;
}
