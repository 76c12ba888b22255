def reservoir_sample(stream: list[int], k: int, seed: int) -> list[int]:
    # Runs the generator in floating point: the product exceeds 2^53 and loses its low bits.
    if k <= 0:
        return []
    state = float(seed)
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        state = (1103515245.0 * state + 12345.0) % 2147483648.0
        j = int(state * (i + 1) // 2147483648.0)
        if j < k:
            reservoir[j] = stream[i]
    return reservoir
