import math


def js_divergence(p_counts: list[int], q_counts: list[int], alpha: float) -> float:
    if not p_counts:
        return 0.0
    n_p = sum(p_counts)
    n_q = sum(q_counts)
    total = 0.0
    for pc, qc in zip(p_counts, q_counts):
        p = (pc + alpha) / n_p if n_p else alpha
        q = (qc + alpha) / n_q if n_q else alpha
        m = (p + q) / 2
        if p > 0:
            total += 0.5 * p * math.log(p / m)
        if q > 0:
            total += 0.5 * q * math.log(q / m)
    return total
