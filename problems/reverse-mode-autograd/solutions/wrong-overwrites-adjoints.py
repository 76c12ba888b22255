import math


def backprop(nodes, inputs):
    n = len(nodes)
    val = [0.0] * n
    for i, node in enumerate(nodes):
        op = node[0]
        if op == 'input':
            val[i] = float(inputs[node[1]])
        elif op == 'const':
            val[i] = float(node[1])
        elif op == 'add':
            val[i] = val[node[1]] + val[node[2]]
        elif op == 'sub':
            val[i] = val[node[1]] - val[node[2]]
        elif op == 'mul':
            val[i] = val[node[1]] * val[node[2]]
        elif op == 'div':
            val[i] = val[node[1]] / val[node[2]]
        elif op == 'exp':
            val[i] = math.exp(val[node[1]])
        elif op == 'log':
            val[i] = math.log(val[node[1]])
        elif op == 'tanh':
            val[i] = math.tanh(val[node[1]])
        elif op == 'relu':
            val[i] = max(val[node[1]], 0.0)
        elif op == 'pow':
            val[i] = val[node[1]] ** node[2]
        else:
            raise ValueError('unknown op ' + str(op))
    adj = [0.0] * n
    adj[n - 1] = 1.0
    for i in range(n - 1, -1, -1):
        g = adj[i]
        node = nodes[i]
        op = node[0]
        if op in ('input', 'const') or g == 0.0:
            continue
        a = node[1]
        if op == 'add':
            adj[a] = g
            adj[node[2]] = g
        elif op == 'sub':
            adj[a] += g
            adj[node[2]] -= g
        elif op == 'mul':
            b = node[2]
            adj[a] = g * val[b]
            adj[b] = g * val[a]
        elif op == 'div':
            b = node[2]
            adj[a] += g / val[b]
            adj[b] -= g * val[a] / (val[b] * val[b])
        elif op == 'exp':
            adj[a] += g * val[i]
        elif op == 'log':
            adj[a] += g / val[a]
        elif op == 'tanh':
            adj[a] += g * (1.0 - val[i] * val[i])
        elif op == 'relu':
            if val[a] > 0:
                adj[a] += g
        elif op == 'pow':
            p = node[2]
            adj[a] += g * p * val[a] ** (p - 1)
    grads = {}
    for i, node in enumerate(nodes):
        if node[0] == 'input':
            grads[node[1]] = adj[i]
    return [val[n - 1], grads]
