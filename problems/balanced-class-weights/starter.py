def class_weights(labels: list[int], n_classes: int) -> list[float]:
    """Balanced weights w_c = n / (n_classes * count_c); 0.0 for a class with no examples."""
    raise NotImplementedError
