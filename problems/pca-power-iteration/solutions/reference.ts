function matVec(S: number[][], v: number[]): number[] {
  return S.map((row) => row.reduce((acc, s, j) => acc + s * v[j], 0));
}

function norm(v: number[]): number {
  return Math.sqrt(v.reduce((acc, x) => acc + x * x, 0));
}

function topEigenpair(S: number[][]): { lam: number; v: number[] } {
  const d = S.length;
  let v = Array.from({ length: d }, (_, j) => 1 + j / (3 * d));
  const n0 = norm(v);
  v = v.map((x) => x / n0);
  for (let it = 0; it < 5000; it++) {
    const w = matVec(S, v);
    const nw = norm(w);
    if (nw === 0) break;
    for (let j = 0; j < d; j++) w[j] /= nw;
    let diff = 0;
    for (let j = 0; j < d; j++) diff += (w[j] - v[j]) ** 2;
    v = w;
    if (Math.sqrt(diff) < 1e-13) break;
  }
  const Sv = matVec(S, v);
  const lam = v.reduce((acc, x, j) => acc + x * Sv[j], 0);
  return { lam, v };
}

export function pca_components(X: number[][], k: number): { variances: number[]; components: number[][] } {
  const n = X.length;
  const d = X[0].length;
  const mean = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j++) mean[j] += row[j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  const S = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (const row of X) {
    const c = row.map((x, j) => x - mean[j]);
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) S[a][b] += c[a] * c[b];
  }
  for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) S[a][b] /= n - 1;
  const variances: number[] = [];
  const components: number[][] = [];
  for (let c = 0; c < k; c++) {
    const { lam, v } = topEigenpair(S);
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) S[a][b] -= lam * v[a] * v[b];
    let big = 0;
    for (let j = 1; j < d; j++) if (Math.abs(v[j]) > Math.abs(v[big])) big = j;
    variances.push(lam);
    components.push(v[big] < 0 ? v.map((x) => -x) : v);
  }
  return { variances, components };
}
