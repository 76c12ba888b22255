def reservoir_sample(stream: list[int], k: int, seed: int) -> list[int]:
    if k <= 0:
        return []
    state = seed
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        state = (1103515245 * state + 12345) % 2147483648
        j = (state * (i + 1)) >> 31  # floor(state * (i + 1) / 2^31), in 0..i
        if j < k:
            reservoir[j] = stream[i]
    return reservoir
