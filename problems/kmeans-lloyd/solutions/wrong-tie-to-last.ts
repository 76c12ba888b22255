export function kmeans(points: number[][], init: number[][], iters: number): number[][] {
  let centroids = init.map((c) => c.slice());
  for (let it = 0; it < iters; it++) {
    const groups: number[][][] = centroids.map(() => []);
    for (const p of points) {
      let best = 0;
      let bestDist = Infinity;
      centroids.forEach((c, j) => {
        const dist = c.reduce((acc, cv, t) => acc + (p[t] - cv) ** 2, 0);
        if (dist <= bestDist) {
          best = j;
          bestDist = dist;
        }
      });
      groups[best].push(p);
    }
    centroids = centroids.map((c, j) => {
      const g = groups[j];
      if (g.length === 0) return c;
      return c.map((_, t) => g.reduce((acc, q) => acc + q[t], 0) / g.length);
    });
  }
  return centroids;
}
