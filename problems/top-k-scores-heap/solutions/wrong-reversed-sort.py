def top_k(scores: list[float], k: int) -> list[int]:
    # Sorts ascending and reverses: equal scores come out with the HIGHER index first.
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    return order[::-1][:k]
