def robust_item_scores(ratings: list[list], trim_pct: int) -> dict[str, float]:
    # Trims correctly, but counts every rating, so repeated votes from one account stay in.
    votes: dict[str, list[float]] = {}
    for _user, item, rating in ratings:
        votes.setdefault(item, []).append(rating)
    scores = {}
    for item, vals in votes.items():
        vals.sort()
        m = len(vals)
        t = (trim_pct * m) // 100
        kept = vals[t:m - t]
        scores[item] = sum(kept) / len(kept)
    return scores
