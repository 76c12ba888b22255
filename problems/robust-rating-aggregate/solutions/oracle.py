"""Oracle (tests only, not shipped): reverse scan + exact arithmetic.

The ratings are read from the newest to the oldest; the first time a (user, item) pair is met
it is that user's last vote, and any older vote of the pair is skipped. Each item's votes are
sorted, t = floor(trim_pct * m / 100) is taken from each end by explicit counting, and the mean
of the rest is computed exactly with Fractions before one final conversion to float.
"""
from fractions import Fraction


def robust_item_scores(ratings: list[list], trim_pct: int) -> dict[str, float]:
    seen: set[tuple[str, str]] = set()
    votes: dict[str, list[Fraction]] = {}
    first_seen: dict[str, int] = {}
    for pos in range(len(ratings) - 1, -1, -1):
        user, item, rating = ratings[pos]
        first_seen[item] = pos  # ends as the item's earliest position (key order of the answer)
        if (user, item) in seen:
            continue
        seen.add((user, item))
        votes.setdefault(item, []).append(Fraction(rating))
    scores: dict[str, float] = {}
    for item in sorted(votes, key=first_seen.__getitem__):
        vals = sorted(votes[item])
        m = len(vals)
        t = 0
        while 100 * (t + 1) <= trim_pct * m:
            t += 1
        kept = vals[t:m - t]
        scores[item] = float(sum(kept, Fraction(0)) / len(kept))
    return scores
