def reservoir_sample(stream: list[int], k: int, seed: int) -> list[int]:
    # Off by one: scales the draw to 0..i-1, so item i is kept with probability k/i, not k/(i+1).
    if k <= 0:
        return []
    state = seed
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        state = (1103515245 * state + 12345) % 2147483648
        j = (state * i) >> 31
        if j < k:
            reservoir[j] = stream[i]
    return reservoir
