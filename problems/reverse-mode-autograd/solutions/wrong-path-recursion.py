import math


def backprop(nodes, inputs):
    n = len(nodes)
    val = [0.0] * n
    for i, node in enumerate(nodes):
        op = node[0]
        a = node[1] if len(node) > 1 else None
        if op == 'input':
            val[i] = float(inputs[a])
        elif op == 'const':
            val[i] = float(a)
        elif op == 'add':
            val[i] = val[a] + val[node[2]]
        elif op == 'sub':
            val[i] = val[a] - val[node[2]]
        elif op == 'mul':
            val[i] = val[a] * val[node[2]]
        elif op == 'div':
            val[i] = val[a] / val[node[2]]
        elif op == 'exp':
            val[i] = math.exp(val[a])
        elif op == 'log':
            val[i] = math.log(val[a])
        elif op == 'tanh':
            val[i] = math.tanh(val[a])
        elif op == 'relu':
            val[i] = max(val[a], 0.0)
        elif op == 'pow':
            val[i] = val[a] ** node[2]

    # The chain rule path by path: d node / d target, recomputed for every use.
    def d(i, target):
        if i == target:
            return 1.0
        node = nodes[i]
        op = node[0]
        if op in ('input', 'const'):
            return 0.0
        a = node[1]
        if op == 'add':
            return d(a, target) + d(node[2], target)
        if op == 'sub':
            return d(a, target) - d(node[2], target)
        if op == 'mul':
            b = node[2]
            return d(a, target) * val[b] + d(b, target) * val[a]
        if op == 'div':
            b = node[2]
            return d(a, target) / val[b] - d(b, target) * val[a] / (val[b] * val[b])
        if op == 'exp':
            return d(a, target) * val[i]
        if op == 'log':
            return d(a, target) / val[a]
        if op == 'tanh':
            return d(a, target) * (1.0 - val[i] * val[i])
        if op == 'relu':
            return d(a, target) if val[a] > 0 else 0.0
        if op == 'pow':
            p = node[2]
            return d(a, target) * p * val[a] ** (p - 1)
        return 0.0

    grads = {}
    for i, node in enumerate(nodes):
        if node[0] == 'input':
            grads[node[1]] = d(n - 1, i)
    return [val[n - 1], grads]
