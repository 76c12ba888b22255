export function kmeans(points: number[][], init: number[][], iters: number): number[][] {
  let centroids = init.map((c) => c.slice());
  for (let it = 0; it < iters; it++) {
    const groups: number[][][] = centroids.map(() => []);
    for (const p of points) {
      const dists = centroids.map((c) => c.reduce((acc, cv, t) => acc + Math.abs(p[t] - cv), 0));
      groups[dists.indexOf(Math.min(...dists))].push(p);
    }
    centroids = centroids.map((c, j) => {
      const g = groups[j];
      if (g.length === 0) return c;
      return c.map((_, t) => g.reduce((acc, q) => acc + q[t], 0) / g.length);
    });
  }
  return centroids;
}
