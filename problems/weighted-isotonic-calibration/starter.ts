/** The non-decreasing sequence closest to y in weighted squared error (weights w > 0). */
export function isotonic_fit(y: number[], w: number[]): number[] {
  throw new Error('not implemented');
}
