def robust_item_scores(ratings: list[list], trim_pct: int) -> dict[str, float]:
    """Per item: last vote per user, then a trimmed mean dropping floor(trim_pct * m / 100) votes at each end."""
    raise NotImplementedError
