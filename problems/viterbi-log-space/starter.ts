/** Return [most likely state path, its log-probability] for the observations `obs`. */
export function viterbi(start: number[], trans: number[][], emit: number[][], obs: number[]): [number[], number] {
  throw new Error('not implemented');
}
