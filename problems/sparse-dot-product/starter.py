def sparse_dot(a: list[list[float]], b: list[list[float]]) -> float:
    """Dot product of two sparse vectors given as [index, value] entries (any order, indices may repeat)."""
    raise NotImplementedError
