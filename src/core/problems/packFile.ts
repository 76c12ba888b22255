// Reading one file of a problem pack. Only a regular file that resolves (through any links)
// inside its folder is read, and never more than its cap: a link to a file elsewhere on the
// machine, to /dev/zero or /dev/stdin, a FIFO or an oversized file is refused with a reason
// (which the loader turns into a diagnostic for that file) instead of being read.
import * as fs from 'node:fs';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

const MiB = 1024 * 1024;

/** The most bytes read of each kind of pack file. */
export const PACK_FILE_CAPS = {
  manifest: 1 * MiB,
  statement: 2 * MiB,
  template: 1 * MiB,
  rubric: 5 * MiB,
  nuances: 5 * MiB,
  tests: 20 * MiB,
  brief: 256 * 1024,
} as const;

export type PackRead = { ok: true; text: string } | { ok: false; missing: boolean; message: string };

/** Open without waiting for a writer, should a FIFO be swapped in after the check. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (process.platform === 'win32' ? 0 : fs.constants.O_NONBLOCK);

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

const OUTSIDE = 'resolves outside its folder (through a link); not read';
const NOT_A_FILE = 'is not a regular file; not read';

function refused(message: string): PackRead {
  return { ok: false, missing: false, message };
}

function tooLarge(size: number, cap: number): PackRead {
  return refused(`file is ${(size / MiB).toFixed(1)} MB; the limit is ${cap / MiB} MB (not read)`);
}

function isInside(real: string, realRoot: string): boolean {
  const root = realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep;
  return real.startsWith(root);
}

function cannotRead(err: unknown): PackRead {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR' ? { ok: false, missing: true, message: 'missing' } : refused(`cannot read: ${errorText(err)}`);
}

/**
 * The checks before a file is opened: a regular file directly in its folder, or a link that
 * resolves to a regular file inside `root`; within the cap. Its path to open and size when it may
 * be read. (A file swapped after the check is still read with O_NONBLOCK and at most cap + 1
 * bytes, so it cannot block or flood the reader.)
 */
function admitSync(file: string, root: string, cap: number): { real: string; size: number } | PackRead {
  let st: fs.Stats;
  let real = file;
  try {
    st = fs.lstatSync(file);
    if (st.isSymbolicLink()) {
      real = fs.realpathSync.native(file);
      if (!isInside(real, fs.realpathSync.native(root))) return refused(OUTSIDE);
      st = fs.statSync(real);
    }
  } catch (err) {
    return cannotRead(err);
  }
  if (!st.isFile()) return refused(NOT_A_FILE);
  if (st.size > cap) return tooLarge(st.size, cap);
  return { real, size: st.size };
}

async function admit(file: string, root: string, cap: number): Promise<{ real: string; size: number } | PackRead> {
  let st: fs.Stats;
  let real = file;
  try {
    st = await fsp.lstat(file);
    if (st.isSymbolicLink()) {
      const [r, realRoot] = await Promise.all([fsp.realpath(file), fsp.realpath(root)]);
      real = r;
      if (!isInside(real, realRoot)) return refused(OUTSIDE);
      st = await fsp.stat(real);
    }
  } catch (err) {
    return cannotRead(err);
  }
  if (!st.isFile()) return refused(NOT_A_FILE);
  if (st.size > cap) return tooLarge(st.size, cap);
  return { real, size: st.size };
}

function decode(buf: Buffer): string {
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The bytes read so far: at most cap + 1 (one more than allowed shows the file is too large). */
class Chunks {
  private readonly parts: Buffer[] = [];
  private current: Buffer;
  private used = 0;
  private total = 0;
  private ended = false;

  constructor(
    expected: number,
    private readonly cap: number,
  ) {
    this.current = Buffer.allocUnsafe(Math.min(cap, expected) + 1);
  }

  /** Bytes still wanted before the cap is passed. */
  private wanted(): number {
    return this.cap + 1 - this.total;
  }

  /** The end of the file was met (a short read of a regular file), or the cap was passed. */
  done(): boolean {
    return this.ended || this.wanted() <= 0;
  }

  space(): { buf: Buffer; at: number; len: number } {
    if (this.used === this.current.length) {
      this.parts.push(this.current);
      this.current = Buffer.allocUnsafe(Math.min(64 * 1024, this.wanted()));
      this.used = 0;
    }
    return { buf: this.current, at: this.used, len: Math.min(this.current.length - this.used, this.wanted()) };
  }

  took(n: number, asked: number): void {
    this.used += n;
    this.total += n;
    if (n < asked) this.ended = true;
  }

  result(): PackRead {
    if (this.total > this.cap) return refused(`file is larger than the limit of ${this.cap / MiB} MB (not read)`);
    return { ok: true, text: decode(Buffer.concat([...this.parts, this.current.subarray(0, this.used)])) };
  }
}

/** Whether `file` may be read (without reading it). */
export function checkPackFileSync(file: string, root: string, cap: number): PackRead | undefined {
  const admitted = admitSync(file, root, cap);
  return 'real' in admitted ? undefined : admitted;
}

/** Reads a pack file of at most `cap` bytes that resolves inside `root`. */
export function readPackFileSync(file: string, root: string, cap: number): PackRead {
  const admitted = admitSync(file, root, cap);
  if (!('real' in admitted)) return admitted;
  let fd: number;
  try {
    fd = fs.openSync(admitted.real, OPEN_FLAGS);
  } catch (err) {
    return cannotRead(err);
  }
  try {
    const chunks = new Chunks(admitted.size, cap);
    while (!chunks.done()) {
      const { buf, at, len } = chunks.space();
      chunks.took(fs.readSync(fd, buf, at, len, null), len);
    }
    return chunks.result();
  } catch (err) {
    return cannotRead(err);
  } finally {
    fs.closeSync(fd);
  }
}

/** `readPackFileSync` without blocking the event loop on the read. */
export async function readPackFile(file: string, root: string, cap: number): Promise<PackRead> {
  const admitted = await admit(file, root, cap);
  if (!('real' in admitted)) return admitted;
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(admitted.real, OPEN_FLAGS);
  } catch (err) {
    return cannotRead(err);
  }
  try {
    const chunks = new Chunks(admitted.size, cap);
    while (!chunks.done()) {
      const { buf, at, len } = chunks.space();
      chunks.took((await handle.read(buf, at, len, null)).bytesRead, len);
    }
    return chunks.result();
  } catch (err) {
    return cannotRead(err);
  } finally {
    await handle.close().catch(() => undefined);
  }
}
