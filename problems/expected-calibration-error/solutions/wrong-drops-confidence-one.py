def ece(confidences: list[float], correct: list[int], n_bins: int) -> float:
    # Bins by int(c * n_bins) and skips the out-of-range index, so every
    # prediction made with confidence exactly 1.0 silently disappears.
    n = len(confidences)
    count = [0] * n_bins
    conf_sum = [0.0] * n_bins
    hit_sum = [0] * n_bins
    for c, y in zip(confidences, correct):
        b = int(c * n_bins)
        if b >= n_bins:
            continue
        count[b] += 1
        conf_sum[b] += c
        hit_sum[b] += y
    total = 0.0
    for b in range(n_bins):
        if count[b]:
            total += (count[b] / n) * abs(hit_sum[b] / count[b] - conf_sum[b] / count[b])
    return total
