export function drift_alerts(reference: number[], stream: number[], window: number, z: number): number[] {
  const r = reference.length;
  const mu = reference.reduce((s, x) => s + x, 0) / r;
  const sigma = Math.sqrt(reference.reduce((s, x) => s + (x - mu) * (x - mu), 0) / r);
  const band = (z * sigma) / Math.sqrt(window);
  const prefix = [0];
  for (const x of stream) prefix.push(prefix[prefix.length - 1] + x);
  const fired: number[] = [];
  let prevAlert = false;
  for (let t = window - 1; t < stream.length; t++) {
    const cur = (prefix[t + 1] - prefix[t + 1 - window]) / window;
    const base = t >= 2 * window - 1 ? (prefix[t + 1 - window] - prefix[t + 1 - 2 * window]) / window : mu;
    const inAlert = Math.abs(cur - base) > band;
    if (inAlert && !prevAlert) fired.push(t);
    prevAlert = inAlert;
  }
  return fired;
}
