def ece(confidences: list[float], correct: list[int], n_bins: int) -> float:
    n = len(confidences)
    count = [0] * n_bins
    conf_sum = [0.0] * n_bins
    hit_sum = [0] * n_bins
    for c, y in zip(confidences, correct):
        b = min(int(c * n_bins), n_bins - 1)  # c = 1.0 belongs to the last bin
        count[b] += 1
        conf_sum[b] += c
        hit_sum[b] += y
    total = 0.0
    for b in range(n_bins):
        if count[b] == 0:
            continue
        acc = hit_sum[b] / count[b]
        conf = conf_sum[b] / count[b]
        total += (count[b] / n) * abs(acc - conf)
    return total
