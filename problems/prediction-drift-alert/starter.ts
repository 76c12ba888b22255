/**
 * Indices t (t >= window - 1) where the mean of stream[t-window+1..t] moves more than
 * z * sigma / sqrt(window) away from the reference mean, and the previous window did not.
 */
export function drift_alerts(reference: number[], stream: number[], window: number, z: number): number[] {
  throw new Error('not implemented');
}
