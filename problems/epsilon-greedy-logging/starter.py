def epsilon_greedy_log(rewards: list[list[int]], epsilon: float, seed: int) -> list[list[float]]:
    """Simulate epsilon-greedy over rewards[t][a] with the LCG
    state = (1103515245 * state + 12345) mod 2^31 and return [[arm, propensity, reward], ...]."""
    raise NotImplementedError
