def stratified_split(labels: list[int], test_percent: int, seed: int) -> list[list[int]]:
    state = seed

    def next_rand() -> int:
        nonlocal state
        state = (1103515245 * state + 12345) % 2147483648
        return state

    by_class: dict[int, list[int]] = {}
    for i, y in enumerate(labels):
        by_class.setdefault(y, []).append(i)
    train: list[int] = []
    test: list[int] = []
    for y in sorted(by_class):
        idx = by_class[y]
        for i in range(len(idx)):
            j = next_rand() % len(idx)
            idx[i], idx[j] = idx[j], idx[i]
        n_test = (len(idx) * test_percent + 50) // 100
        test.extend(idx[:n_test])
        train.extend(idx[n_test:])
    return [sorted(train), sorted(test)]
