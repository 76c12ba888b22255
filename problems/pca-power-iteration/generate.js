'use strict';
// Each generator plants the covariance: X = mean + W * diag(sqrt(lambda)) * Q^T, where W has
// zero-mean orthogonal columns scaled so that its sample covariance is exactly the identity, and Q
// is a random orthogonal matrix. The sample covariance is then Q diag(lambda) Q^T up to the
// rounding of X (3 or 2 decimals), so the eigenvalue gaps promised by the statement hold exactly.
// Q is drawn again until every reported component's largest entry leads by >= 0.02 in magnitude,
// and at least one of them comes out of power iteration from a positive start vector with its
// largest entry negative (so the sign rule matters).
// large_column_means: n = 80, d = 4, k = 2, column means 1000, -500, 250, 40 and variances <= 5.3:
//   without centring the first direction points at the mean.
// close_leading_eigenvalues: n = 150, d = 5, k = 2, lambda = 1.02, 0.90, ... (ratio 0.88): ten
//   power iterations are far from converged.
// ten_features_top_three: n = 2,000, d = 10, k = 3, eigenvalues halving from 25.8 to 0.01, means in
//   [-20, 20], 2 decimals: the largest allowed input.

function gramSchmidt(cols) {
  // orthonormalise the vectors in place (modified Gram-Schmidt)
  for (let j = 0; j < cols.length; j++) {
    for (let i = 0; i < j; i++) {
      let dot = 0;
      for (let r = 0; r < cols[j].length; r++) dot += cols[j][r] * cols[i][r];
      for (let r = 0; r < cols[j].length; r++) cols[j][r] -= dot * cols[i][r];
    }
    let norm = 0;
    for (const x of cols[j]) norm += x * x;
    norm = Math.sqrt(norm);
    for (let r = 0; r < cols[j].length; r++) cols[j][r] /= norm;
  }
  return cols;
}

// Does power iteration from the start vector 1 + j/(3d) land on -q (largest entry negative)?
function flipsByDefault(q) {
  const d = q.length;
  let big = 0;
  for (let j = 1; j < d; j++) if (Math.abs(q[j]) > Math.abs(q[big])) big = j;
  let dot = 0;
  for (let j = 0; j < d; j++) dot += q[j] * (1 + j / (3 * d));
  return dot * q[big] < 0;
}
function leadMargin(q) {
  const a = q.map(Math.abs).sort((x, y) => y - x);
  return a[0] - a[1];
}

function planted(g, n, means, lambdas, k, digits) {
  const d = means.length;
  let Q;
  for (;;) {
    Q = gramSchmidt(Array.from({ length: d }, () => Array.from({ length: d }, () => g.normal())));
    const top = Q.slice(0, k);
    if (top.every((q) => leadMargin(q) >= 0.02) && top.some(flipsByDefault)) break;
  }
  // n x d scores with zero-mean orthonormal columns, scaled to unit sample variance
  const W = Array.from({ length: d }, () => Array.from({ length: n }, () => g.normal()));
  for (const col of W) {
    const m = col.reduce((s, x) => s + x, 0) / n;
    for (let r = 0; r < n; r++) col[r] -= m;
  }
  gramSchmidt(W);
  const X = [];
  for (let r = 0; r < n; r++) {
    const row = [];
    for (let c = 0; c < d; c++) {
      let x = means[c];
      for (let j = 0; j < d; j++) x += Q[j][c] * Math.sqrt(lambdas[j] * (n - 1)) * W[j][r];
      row.push(g.round(x, digits));
    }
    X.push(row);
  }
  return [X, k];
}

module.exports = {
  large_column_means(g) {
    return planted(g, 80, [1000, -500, 250, 40], [5.3, 1.13, 0.42, 0.077], 2, 3);
  },
  close_leading_eigenvalues(g) {
    return planted(g, 150, [3, 1, -2, 0, 5], [1.02, 0.9, 0.3, 0.087, 0.009], 2, 3);
  },
  ten_features_top_three(g) {
    const means = Array.from({ length: 10 }, () => g.int(-200, 200) / 10);
    return planted(g, 2000, means, [25.8, 12.3, 6.35, 2.46, 1.01, 0.49, 0.25, 0.09, 0.038, 0.01], 3, 2);
  },
};
