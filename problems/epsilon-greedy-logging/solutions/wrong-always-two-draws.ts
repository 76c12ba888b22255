const MOD = 2147483648; // 2^31

export function epsilon_greedy_log(rewards: number[][], epsilon: number, seed: number): number[][] {
  if (rewards.length === 0) return [];
  const k = rewards[0].length;
  let state = seed;
  // (1103515245 * state + 12345) mod 2^31 without losing precision: Math.imul keeps the low 32 bits.
  const nextRand = (): number => {
    state = (Math.imul(1103515245, state) + 12345) & 0x7fffffff;
    return state;
  };
  const pulls = new Array<number>(k).fill(0);
  const wins = new Array<number>(k).fill(0);
  const log: number[][] = [];
  for (const row of rewards) {
    let greedy = 0;
    let best = (wins[0] + 1) / (pulls[0] + 2);
    for (let a = 1; a < k; a++) {
      const v = (wins[a] + 1) / (pulls[a] + 2);
      if (v > best) {
        best = v;
        greedy = a;
      }
    }
    const u = nextRand() / MOD;
    const candidate = nextRand() % k;
    const arm = u < epsilon ? candidate : greedy;
    const propensity = (arm === greedy ? 1 - epsilon : 0) + epsilon / k;
    const r = row[arm];
    pulls[arm] += 1;
    wins[arm] += r;
    log.push([arm, propensity, r]);
  }
  return log;
}
