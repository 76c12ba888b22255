# Independent check: the min-max characterisation of isotonic regression,
#   f_i = max_{j <= i} min_{k >= i} mean_w(y[j..k]),
# in O(n^2) with prefix sums (no pooling at all). Exact for the problem; used on inputs up to a
# few thousand values. Large decreasing inputs have a closed form (one block, the weighted mean).
def isotonic_fit(y, w):
    n = len(y)
    ps = [0.0] * (n + 1)
    pw = [0.0] * (n + 1)
    for i in range(n):
        ps[i + 1] = ps[i] + y[i] * w[i]
        pw[i + 1] = pw[i] + w[i]
    # m[j][i] = min over k >= i of mean(j..k), for i >= j; built per j from the right.
    best = [float('-inf')] * n
    for j in range(n):
        cur = float('inf')
        col = [0.0] * n
        for k in range(n - 1, j - 1, -1):
            mean = (ps[k + 1] - ps[j]) / (pw[k + 1] - pw[j])
            if mean < cur:
                cur = mean
            col[k] = cur
        for i in range(j, n):
            if col[i] > best[i]:
                best[i] = col[i]
    return best
