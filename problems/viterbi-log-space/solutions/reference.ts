const log = (p: number): number => (p > 0 ? Math.log(p) : -Infinity);

export function viterbi(start: number[], trans: number[][], emit: number[][], obs: number[]): [number[], number] {
  const S = start.length;
  const lt = trans.map((row) => row.map(log));
  const le = emit.map((row) => row.map(log));
  let delta = start.map((p, s) => log(p) + le[s][obs[0]]);
  const back: number[][] = [];
  for (let t = 1; t < obs.length; t++) {
    const o = obs[t];
    const nd = new Array<number>(S);
    const bp = new Array<number>(S);
    for (let s = 0; s < S; s++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < S; p++) {
        const c = delta[p] + lt[p][s];
        if (c > best) {
          best = c;
          arg = p;
        }
      }
      nd[s] = best + le[s][o];
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
  return [path, delta[last]];
}
