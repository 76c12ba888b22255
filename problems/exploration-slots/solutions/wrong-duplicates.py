def explore_rankings(ranked: list[str], fresh: list[list], k: int,
                     explore_every: int, requests: int) -> list[list[str]]:
    impressions = {item: n for item, n in fresh}
    out = []
    for _ in range(requests):
        # Fresh items in exploration order for this request.
        pool = sorted(impressions, key=lambda item: (impressions[item], item))
        placed: set[str] = set()
        r = f = 0  # cursors into ranked and pool
        page: list[str] = []

        def next_ranked():
            nonlocal r
            # Only the cursor moves: an item already placed from the fresh pool can be placed again.
            r += 1
            return ranked[r - 1] if r - 1 < len(ranked) else None

        def next_fresh():
            nonlocal f
            f += 1
            return pool[f - 1] if f - 1 < len(pool) else None

        while len(page) < k:
            p = len(page) + 1
            if explore_every > 0 and p % explore_every == 0:
                item = next_fresh()
                if item is None:
                    item = next_ranked()
            else:
                item = next_ranked()
                if item is None:
                    item = next_fresh()
            if item is None:
                break
            placed.add(item)
            page.append(item)
        for item in page:
            if item in impressions:
                impressions[item] += 1
        out.append(page)
    return out
