import math


def js_divergence(p_counts: list[int], q_counts: list[int], alpha: float) -> float:
    k = len(p_counts)
    if k == 0:
        return 0.0
    p_den = sum(p_counts) + k * alpha
    q_den = sum(q_counts) + k * alpha
    total = 0.0
    for pc, qc in zip(p_counts, q_counts):
        p = (pc + alpha) / p_den
        q = (qc + alpha) / q_den
        m = (p + q) / 2
        total += 0.5 * p * math.log(p / m) + 0.5 * q * math.log(q / m)
    return total
