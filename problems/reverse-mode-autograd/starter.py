def backprop(nodes: list[list], inputs: dict[str, float]) -> list:
    """Return [output value, {input name: d output / d input}] for the graph in `nodes`.

    The output is the last node; gradients accumulate over every use of a node.
    """
    raise NotImplementedError
