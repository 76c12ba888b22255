import math


def two_proportion_z_test(conversions_a: int, n_a: int, conversions_b: int, n_b: int) -> list[float]:
    p_a = conversions_a / n_a
    p_b = conversions_b / n_b
    pooled = (conversions_a + conversions_b) / (n_a + n_b)
    se = math.sqrt(pooled * (1.0 - pooled) * (1.0 / n_a + 1.0 / n_b))
    if se == 0.0:
        return [0.0, 1.0]
    z = (p_b - p_a) / se
    p_value = math.erfc(abs(z) / math.sqrt(2.0))  # = 2 * (1 - Phi(|z|))
    return [z, p_value]
