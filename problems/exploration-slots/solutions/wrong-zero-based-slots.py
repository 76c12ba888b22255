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
            while r < len(ranked) and ranked[r] in placed:
                r += 1
            return ranked[r] if r < len(ranked) else None

        def next_fresh():
            nonlocal f
            while f < len(pool) and pool[f] in placed:
                f += 1
            return pool[f] if f < len(pool) else None

        while len(page) < k:
            p = len(page)  # 0-based position: slot 0 becomes an exploration slot
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
