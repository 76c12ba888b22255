def stratified_split(labels: list[int], test_percent: int, seed: int) -> list[list[int]]:
    state = seed

    def next_rand() -> int:
        nonlocal state
        state = (1103515245 * state + 12345) % 2147483648
        return state

    idx = list(range(len(labels)))
    for i in range(len(idx) - 1, 0, -1):
        j = next_rand() % (i + 1)
        idx[i], idx[j] = idx[j], idx[i]
    n_test = (len(idx) * test_percent + 50) // 100
    return [sorted(idx[n_test:]), sorted(idx[:n_test])]
