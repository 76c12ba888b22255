export function time_split(timestamps: number[], test_fraction: number): number[][] {
  // Truncates n * f instead of taking the ceiling, so small fractions give an empty test set.
  const n = timestamps.length;
  const k = Math.min(Math.max(Math.floor(n * test_fraction), 0), n);
  const idx: number[] = [];
  for (let i = 0; i < n; i++) idx.push(i);
  if (k === 0) return [idx, []];
  const order = idx.slice().sort((a, b) => timestamps[a] - timestamps[b] || a - b);
  const cutoff = timestamps[order[n - k]];
  return [idx.filter((i) => timestamps[i] < cutoff), idx.filter((i) => timestamps[i] >= cutoff)];
}
