def reservoir_sample(stream: list[int], k: int, seed: int) -> list[int]:
    # Uses draw mod (i + 1): relies on the LCG's weak low bits instead of the specified scaling.
    if k <= 0:
        return []
    state = seed
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        state = (1103515245 * state + 12345) % 2147483648
        j = state % (i + 1)
        if j < k:
            reservoir[j] = stream[i]
    return reservoir
