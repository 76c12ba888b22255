def ips_estimate(actions: list[int], propensities: list[float], clicks: list[int],
                 target_probs: list[list[float]], max_weight: float) -> list[float]:
    n = len(actions)
    if n == 0:
        return [0.0, 0.0]
    weighted_clicks = 0.0
    weight_sum = 0.0
    for a, p, r, probs in zip(actions, propensities, clicks, target_probs):
        w = min(probs[a] / p, max_weight)
        weighted_clicks += w * r
        weight_sum += w
    ips = weighted_clicks / n
    snips = weighted_clicks / weight_sum if weight_sum > 0 else 0.0
    return [ips, snips]
