export function kmeans(points: number[][], init: number[][], iters: number): number[][] {
  let centroids = init.map((c) => c.slice());
  const k = centroids.length;
  const d = k ? centroids[0].length : 0;
  for (let it = 0; it < iters; it++) {
    const sums = Array.from({ length: k }, () => new Array<number>(d).fill(0));
    const counts = new Array<number>(k).fill(0);
    for (const p of points) {
      const dists = centroids.map((c) => c.reduce((acc, cv, t) => acc + (p[t] - cv) ** 2, 0));
      const best = dists.indexOf(Math.min(...dists));
      counts[best]++;
      for (let t = 0; t < d; t++) sums[best][t] += p[t];
    }
    centroids = sums.map((s, j) => s.map((v) => v / Math.max(counts[j], 1)));
  }
  return centroids;
}
