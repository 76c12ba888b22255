from fractions import Fraction


def mrr_at_k(rankings: list[list[int]], relevant: list[list[int]], k: int) -> float:
    # Oracle: look the relevant items up instead of scanning the ranking. Map
    # every ranked id to its 1-based position, take the smallest position of any
    # relevant item, keep it only if it is <= k, and sum the reciprocal ranks as
    # exact fractions; round to float once at the end.
    if len(rankings) == 0:
        return 0.0
    total = Fraction(0)
    for ranked, rel in zip(rankings, relevant):
        position = {item: i + 1 for i, item in enumerate(ranked)}
        hits = [position[item] for item in rel if item in position]
        if hits and min(hits) <= k:
            total += Fraction(1, min(hits))
    return float(total / len(rankings))
