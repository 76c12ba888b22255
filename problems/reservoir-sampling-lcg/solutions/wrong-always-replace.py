def reservoir_sample(stream: list[int], k: int, seed: int) -> list[int]:
    # Every later item replaces a random slot: the sample is biased towards the end of the stream.
    if k <= 0:
        return []
    state = seed
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        state = (1103515245 * state + 12345) % 2147483648
        reservoir[(state * k) >> 31] = stream[i]
    return reservoir
