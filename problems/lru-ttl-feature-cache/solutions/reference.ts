type Entry = {
  key: number;
  value: number;
  version: number; // bumped on every write, so stale expiry-queue items can be recognised
  prev: Entry | null;
  next: Entry | null;
};

export function feature_cache(capacity: number, ttl: number, ops: number[][]): number[] {
  const byKey = new Map<number, Entry>();
  // Doubly linked recency list: head = least recently used, tail = most recently used.
  let head: Entry | null = null;
  let tail: Entry | null = null;
  const unlink = (e: Entry) => {
    if (e.prev) e.prev.next = e.next;
    else head = e.next;
    if (e.next) e.next.prev = e.prev;
    else tail = e.prev;
    e.prev = e.next = null;
  };
  const append = (e: Entry) => {
    e.prev = tail;
    e.next = null;
    if (tail) tail.next = e;
    else head = e;
    tail = e;
  };
  // Expiry queue in write order. With one TTL and non-decreasing time, write order is expiry
  // order, so expired writes are always at the front. Items of overwritten entries are skipped.
  const qExp: number[] = [];
  const qKey: number[] = [];
  const qVer: number[] = [];
  let qHead = 0;
  let writes = 0;
  const out: number[] = [];
  for (const op of ops) {
    const t = op[0];
    const key = op[1];
    while (qHead < qExp.length && qExp[qHead] <= t) {
      const e = byKey.get(qKey[qHead]);
      if (e && e.version === qVer[qHead]) {
        unlink(e);
        byKey.delete(e.key);
      }
      qHead++;
    }
    const e = byKey.get(key);
    if (op.length === 2) {
      if (e) {
        unlink(e);
        append(e);
        out.push(e.value);
      } else out.push(-1);
    } else {
      writes++;
      if (e) {
        e.value = op[2];
        e.version = writes;
        unlink(e);
        append(e);
      } else {
        if (byKey.size >= capacity && head) {
          const victim: Entry = head;
          unlink(victim);
          byKey.delete(victim.key);
        }
        const fresh: Entry = { key, value: op[2], version: writes, prev: null, next: null };
        byKey.set(key, fresh);
        append(fresh);
      }
      qExp.push(t + ttl);
      qKey.push(key);
      qVer.push(writes);
    }
  }
  return out;
}
