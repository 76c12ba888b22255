export function time_split(timestamps: number[], test_fraction: number): number[][] {
  const n = timestamps.length;
  const k = Math.min(Math.max(Math.ceil(n * test_fraction - 1e-9), 0), n);
  const all: number[] = [];
  for (let i = 0; i < n; i++) all.push(i);
  if (k === 0) return [all, []];
  const order = all.slice().sort((a, b) => timestamps[a] - timestamps[b] || a - b);
  const cutoff = timestamps[order[n - k]];
  const train: number[] = [];
  const test: number[] = [];
  for (let i = 0; i < n; i++) {
    if (timestamps[i] < cutoff) train.push(i);
    else test.push(i);
  }
  return [train, test];
}
