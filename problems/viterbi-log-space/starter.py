def viterbi(start: list[float], trans: list[list[float]], emit: list[list[float]], obs: list[int]) -> list:
    """Return [most likely state path, its log-probability] for the observations `obs`."""
    raise NotImplementedError
