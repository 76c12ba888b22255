def reservoir_sample(stream: list[int], k: int, seed: int) -> list[int]:
    """Algorithm R; draws from state = (1103515245 * state + 12345) mod 2^31, j = floor(draw * (i + 1) / 2^31)."""
    raise NotImplementedError
