export function drift_alerts(reference: number[], stream: number[], window: number, z: number): number[] {
  const r = reference.length;
  const mu = reference.reduce((s, x) => s + x, 0) / r;
  const sigma = Math.sqrt(reference.reduce((s, x) => s + (x - mu) * (x - mu), 0) / r);
  const band = (z * sigma) / Math.sqrt(window);
  const out: number[] = [];
  if (stream.length < window) return out;
  let running = 0;
  for (let i = 0; i < window - 1; i++) running += stream[i];
  for (let t = window - 1; t < stream.length; t++) {
    running += stream[t];
    if (t >= window) running -= stream[t - window];
    if (Math.abs(running / window - mu) > band) out.push(t);
  }
  return out;
}
