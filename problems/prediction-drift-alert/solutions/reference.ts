export function drift_alerts(reference: number[], stream: number[], window: number, z: number): number[] {
  const r = reference.length;
  let mu = 0;
  for (const x of reference) mu += x;
  mu /= r;
  let ss = 0;
  for (const x of reference) ss += (x - mu) * (x - mu);
  const band = (z * Math.sqrt(ss / r)) / Math.sqrt(window);
  const fired: number[] = [];
  if (stream.length < window) return fired;
  let running = 0;
  for (let i = 0; i < window - 1; i++) running += stream[i];
  let prevAlert = false;
  for (let t = window - 1; t < stream.length; t++) {
    running += stream[t];
    if (t >= window) running -= stream[t - window];
    const inAlert = Math.abs(running / window - mu) > band;
    if (inAlert && !prevAlert) fired.push(t);
    prevAlert = inAlert;
  }
  return fired;
}
