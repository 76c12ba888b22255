/**
 * Attempt ids: 26 characters of Crockford base32 (the ULID layout). The first 10 encode the
 * creation time in ms, so ids sort by creation time as plain strings; the last 16 are 80
 * random bits, so two windows creating attempts in the same millisecond still never collide.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;

/** A new unique, time-sortable id. `random(n)` must return n random bytes. */
export function newAttemptId(nowMs: number = Date.now(), random: (n: number) => Uint8Array = randomBytes): string {
  if (!Number.isInteger(nowMs) || nowMs < 0 || nowMs >= 2 ** 48) throw new RangeError(`time out of range: ${nowMs}`);
  let time = '';
  let t = nowMs;
  for (let i = 0; i < TIME_CHARS; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  // 16 characters × 5 bits = 80 bits = 10 bytes.
  const bytes = random(10);
  let bits = 0;
  let value = 0;
  let rand = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      rand += ALPHABET[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  return time + rand.slice(0, RANDOM_CHARS);
}

/** The creation time encoded in an id made by `newAttemptId`; undefined for other ids. */
export function attemptIdTime(id: string): number | undefined {
  if (id.length !== TIME_CHARS + RANDOM_CHARS) return undefined;
  let t = 0;
  for (let i = 0; i < TIME_CHARS; i++) {
    const v = ALPHABET.indexOf(id[i] ?? '');
    if (v < 0) return undefined;
    t = t * 32 + v;
  }
  for (let i = TIME_CHARS; i < id.length; i++) if (ALPHABET.indexOf(id[i] ?? '') < 0) return undefined;
  return t;
}
