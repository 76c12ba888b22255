export function viterbi(start: number[], trans: number[][], emit: number[][], obs: number[]): [number[], number] {
  // Products of probabilities, logarithm only at the end.
  const S = start.length;
  let delta = start.map((p, s) => p * emit[s][obs[0]]);
  const back: number[][] = [];
  for (let t = 1; t < obs.length; t++) {
    const o = obs[t];
    const nd = new Array<number>(S);
    const bp = new Array<number>(S);
    for (let s = 0; s < S; s++) {
      let best = -1;
      let arg = 0;
      for (let p = 0; p < S; p++) {
        const c = delta[p] * trans[p][s];
        if (c > best) {
          best = c;
          arg = p;
        }
      }
      nd[s] = best * emit[s][o];
      bp[s] = arg;
    }
    back.push(bp);
    delta = nd;
  }
  let last = 0;
  for (let s = 1; s < S; s++) if (delta[s] > delta[last]) last = s;
  const path = [last];
  for (let k = back.length - 1; k >= 0; k--) path.push(back[k][path[path.length - 1]]);
  path.reverse();
  return [path, delta[last] > 0 ? Math.log(delta[last]) : -Infinity];
}
