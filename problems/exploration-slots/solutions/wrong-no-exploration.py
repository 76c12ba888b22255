def explore_rankings(ranked: list[str], fresh: list[list], k: int,
                     explore_every: int, requests: int) -> list[list[str]]:
    # Pure exploitation: every request gets the model's top k, so fresh items are never shown.
    return [list(ranked[:k]) for _ in range(requests)]
