def topo_order(n: int, edges: list[list[int]]) -> list[int]:
    """Steps 0..n-1 in an order where every edge [a, b] has a before b."""
    raise NotImplementedError
