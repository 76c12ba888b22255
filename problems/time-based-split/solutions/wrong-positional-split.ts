export function time_split(timestamps: number[], test_fraction: number): number[][] {
  // Takes the last rows by position, as if the table were already sorted by time.
  const n = timestamps.length;
  const k = Math.min(Math.max(Math.ceil(n * test_fraction - 1e-9), 0), n);
  const train: number[] = [];
  const test: number[] = [];
  for (let i = 0; i < n; i++) (i < n - k ? train : test).push(i);
  return [train, test];
}
