/**
 * Run `iters` Lloyd iterations from the centroids `init` and return the centroids.
 * Euclidean distance; a tie goes to the lower centroid index; an empty cluster
 * keeps its previous centroid.
 */
export function kmeans(points: number[][], init: number[][], iters: number): number[][] {
  throw new Error('not implemented');
}
