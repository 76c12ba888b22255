export function kmeans(points: number[][], init: number[][], iters: number): number[][] {
  const centroids = init.map((c) => c.slice());
  const k = centroids.length;
  if (k === 0) return [];
  const d = centroids[0].length;
  for (let it = 0; it < iters; it++) {
    const sums = Array.from({ length: k }, () => new Array<number>(d).fill(0));
    const counts = new Array<number>(k).fill(0);
    for (const p of points) {
      let best = 0;
      let bestDist = Infinity;
      for (let j = 0; j < k; j++) {
        let dist = 0;
        for (let t = 0; t < d; t++) {
          const diff = p[t] - centroids[j][t];
          dist += diff * diff;
        }
        if (dist < bestDist) {
          best = j;
          bestDist = dist;
        }
      }
      counts[best]++;
      for (let t = 0; t < d; t++) sums[best][t] += p[t];
    }
    for (let j = 0; j < k; j++) {
      if (counts[j] > 0) centroids[j] = sums[j].map((s) => s / counts[j]);
    }
  }
  return centroids;
}
