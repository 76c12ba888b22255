export function time_split(timestamps: number[], test_fraction: number): number[][] {
  // Sorts by time but cuts at exactly k rows, so equal timestamps can straddle the boundary.
  const n = timestamps.length;
  const k = Math.min(Math.max(Math.ceil(n * test_fraction - 1e-9), 0), n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  order.sort((a, b) => timestamps[a] - timestamps[b] || a - b);
  const train = order.slice(0, n - k).sort((a, b) => a - b);
  const test = order.slice(n - k).sort((a, b) => a - b);
  return [train, test];
}
