def masked_attention(q: list[list[float]], k: list[list[float]], v: list[list[float]],
                     mask: list[list[bool]]) -> list[list[float]]:
    """softmax(q k^T / sqrt(d)) v, where the softmax of query i runs only over keys j with
    mask[i][j] true. A query with no allowed key gets a zero row.
    """
    raise NotImplementedError
