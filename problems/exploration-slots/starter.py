def explore_rankings(ranked: list[str], fresh: list[list], k: int,
                     explore_every: int, requests: int) -> list[list[str]]:
    """Lists for `requests` requests; every explore_every-th position (1-based) goes to the
    unplaced fresh item with the fewest impressions; impressions update after each request."""
    raise NotImplementedError
