def ips_estimate(actions: list[int], propensities: list[float], clicks: list[int],
                 target_probs: list[list[float]], max_weight: float) -> list[float]:
    """[IPS, SNIPS] estimate of the new policy's CTR with weights
    w_i = min(target_probs[i][actions[i]] / propensities[i], max_weight)."""
    raise NotImplementedError
