def ece(confidences: list[float], correct: list[int], n_bins: int) -> float:
    # Averages the per-bin gaps with equal weight, so a bin holding one
    # prediction counts as much as a bin holding thousands.
    count = [0] * n_bins
    conf_sum = [0.0] * n_bins
    hit_sum = [0] * n_bins
    for c, y in zip(confidences, correct):
        b = min(int(c * n_bins), n_bins - 1)
        count[b] += 1
        conf_sum[b] += c
        hit_sum[b] += y
    gaps = [abs(hit_sum[b] / count[b] - conf_sum[b] / count[b]) for b in range(n_bins) if count[b]]
    return sum(gaps) / len(gaps)
