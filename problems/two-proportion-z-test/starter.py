def two_proportion_z_test(conversions_a: int, n_a: int, conversions_b: int, n_b: int) -> list[float]:
    """Pooled two-proportion z-test of variant B against control A.

    Return [z, p_value] with z = (p_b - p_a) / pooled standard error and a
    two-sided p-value. If the standard error is 0, return [0.0, 1.0].
    """
    raise NotImplementedError
