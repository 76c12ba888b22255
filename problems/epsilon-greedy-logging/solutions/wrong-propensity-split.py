MOD = 2147483648  # 2^31


def epsilon_greedy_log(rewards: list[list[int]], epsilon: float, seed: int) -> list[list[float]]:
    if not rewards:
        return []
    k = len(rewards[0])
    state = seed

    def next_rand() -> int:
        nonlocal state
        state = (1103515245 * state + 12345) % MOD
        return state

    pulls = [0] * k
    wins = [0] * k
    log = []
    for row in rewards:
        greedy = 0
        best = (wins[0] + 1) / (pulls[0] + 2)
        for a in range(1, k):
            v = (wins[a] + 1) / (pulls[a] + 2)
            if v > best:
                best, greedy = v, a
        if next_rand() / MOD < epsilon:
            arm = next_rand() % k
            propensity = epsilon / k
        else:
            arm = greedy
            propensity = 1.0 - epsilon
        r = row[arm]
        pulls[arm] += 1
        wins[arm] += r
        log.append([arm, propensity, r])
    return log
