def isotonic_fit(y, w):
    # Pool adjacent violators with a stack of blocks: (weighted sum, weight, length).
    sums, weights, lengths = [], [], []
    for yi, wi in zip(y, w):
        s, ww, ln = yi * wi, float(wi), 1
        while sums and sums[-1] / weights[-1] > s / ww:
            s += sums.pop()
            ww += weights.pop()
            ln += lengths.pop()
        sums.append(s)
        weights.append(ww)
        lengths.append(ln)
    out = []
    for s, ww, ln in zip(sums, weights, lengths):
        out.extend([s / ww] * ln)
    return out
