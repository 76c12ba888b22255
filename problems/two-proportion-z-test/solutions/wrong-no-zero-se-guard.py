import math


def two_proportion_z_test(conversions_a: int, n_a: int, conversions_b: int, n_b: int) -> list[float]:
    # Divides by the standard error without checking it: crashes when both
    # groups have 0% (or 100%) conversion.
    p_a = conversions_a / n_a
    p_b = conversions_b / n_b
    pooled = (conversions_a + conversions_b) / (n_a + n_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    z = (p_b - p_a) / se
    return [z, math.erfc(abs(z) / math.sqrt(2.0))]
