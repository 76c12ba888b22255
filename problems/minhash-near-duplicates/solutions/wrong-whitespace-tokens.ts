function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return h;
}

function words(doc: string): string[] {
  // Splits on whitespace only: "days," and "days" become different words.
  return doc.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
}

function shingleHashes(doc: string): number[] {
  const w = words(doc);
  if (w.length === 0) return [];
  const grams = new Set<string>();
  if (w.length < 3) grams.add(w.join(' '));
  else for (let i = 0; i + 3 <= w.length; i++) grams.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2]);
  return [...grams].map(fnv1a32);
}

export function near_duplicates(docs: string[], bands: number, rows: number, threshold: number): number[][] {
  const nHashes = bands * rows;
  const seeds: number[] = [];
  for (let i = 0; i < nHashes; i++) seeds.push(Math.imul(i + 1, 0x9e3779b9) >>> 0);
  const sigs: (Uint32Array | null)[] = docs.map((doc) => {
    const xs = shingleHashes(doc);
    if (xs.length === 0) return null;
    const sig = new Uint32Array(nHashes);
    seeds.forEach((s, i) => {
      let best = Infinity;
      for (const x of xs) {
        let h = Math.imul((x ^ s) >>> 0, 0x85ebca6b) >>> 0;
        h = (h ^ (h >>> 16)) >>> 0;
        if (h < best) best = h;
      }
      sig[i] = best;
    });
    return sig;
  });
  // LSH: documents whose signatures agree on a whole band land in the same bucket.
  const candidates = new Set<number>(); // key i * docs.length + j
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<string, number[]>();
    sigs.forEach((sig, d) => {
      if (sig === null) return;
      const key = Array.from(sig.subarray(b * rows, (b + 1) * rows)).join(',');
      const members = buckets.get(key);
      if (members) members.push(d);
      else buckets.set(key, [d]);
    });
    for (const members of buckets.values()) {
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) candidates.add(members[i] * docs.length + members[j]);
      }
    }
  }
  const out: number[][] = [];
  for (const key of [...candidates].sort((a, b) => a - b)) {
    const i = Math.floor(key / docs.length);
    const j = key % docs.length;
    const si = sigs[i] as Uint32Array;
    const sj = sigs[j] as Uint32Array;
    let matches = 0;
    for (let t = 0; t < nHashes; t++) if (si[t] === sj[t]) matches++;
    if (matches / nHashes >= threshold) out.push([i, j]);
  }
  return out;
}
