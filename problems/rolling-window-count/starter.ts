/**
 * For every row return [count, total] over the same card's rows with
 * ts - window <= t' < ts (strictly earlier); an empty amount counts but adds 0.
 */
export function rolling_features(csv_text: string, window: number): number[][] {
  throw new Error('not implemented');
}
