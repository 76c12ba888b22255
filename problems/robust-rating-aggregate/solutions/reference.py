def robust_item_scores(ratings: list[list], trim_pct: int) -> dict[str, float]:
    # item -> {user -> last rating}; assignment keeps the latest vote.
    votes: dict[str, dict[str, float]] = {}
    for user, item, rating in ratings:
        votes.setdefault(item, {})[user] = rating
    scores: dict[str, float] = {}
    for item, by_user in votes.items():
        vals = sorted(by_user.values())
        m = len(vals)
        t = (trim_pct * m) // 100
        kept = vals[t:m - t]
        scores[item] = sum(kept) / len(kept)
    return scores
