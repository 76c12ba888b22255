def ndcg_at_k(ranked: list[int], judgments: list[list[int]], k: int) -> float:
    """Normalised discounted cumulative gain of the top k of `ranked`.

    judgments: [item_id, grade] pairs; unjudged items have grade 0.
    gain = 2**grade - 1, discount = 1 / log2(position + 1) for 1-based positions.
    The ideal DCG uses the k best grades among ALL judged items. Return 0.0 if it is 0.
    """
    raise NotImplementedError
