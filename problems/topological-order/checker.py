# Accepts any topological order: a permutation of 0..n-1 where every edge goes forward.
def check(args, expected, actual):
    n, edges = args
    if not isinstance(actual, (list, tuple)):
        return 'expected a list of steps, got %s' % type(actual).__name__
    if sorted(actual) != list(range(n)):
        return 'not a permutation of the steps 0..%d' % (n - 1)
    position = {step: i for i, step in enumerate(actual)}
    for a, b in edges:
        if position[a] > position[b]:
            return 'step %d must come before step %d' % (a, b)
    return True
