def beam_search(start: list[float], trans: list[list[float]], end: int, beam: int, max_len: int, alpha: float) -> list[int]:
    """Beam search over a bigram model; return the best finished sequence by score / length**alpha."""
    raise NotImplementedError
