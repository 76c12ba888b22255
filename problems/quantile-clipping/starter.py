def clip_with_train_quantiles(train_csv: str, serve_csv: str, lower_q: float, upper_q: float) -> list[list[float]]:
    """Clip each serving column to [Q(lower_q), Q(upper_q)] of the training column.

    Quantiles use linear interpolation between order statistics; missing serving
    values are returned as NaN.
    """
    raise NotImplementedError
