import math


def two_proportion_z_test(conversions_a: int, n_a: int, conversions_b: int, n_b: int) -> list[float]:
    # Uses the unpooled standard error sqrt(pa(1-pa)/na + pb(1-pb)/nb)
    # instead of the pooled one that the null hypothesis implies.
    p_a = conversions_a / n_a
    p_b = conversions_b / n_b
    se = math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)
    if se == 0.0:
        return [0.0, 1.0]
    z = (p_b - p_a) / se
    return [z, math.erfc(abs(z) / math.sqrt(2.0))]
