# Independent check of the expected values: forward-mode automatic differentiation with dual
# numbers, one forward pass per input (no backward pass at all).
import math


def backprop(nodes, inputs):
    names = [nd[1] for nd in nodes if nd[0] == 'input']

    def forward(seed):
        v = []
        dv = []
        for nd in nodes:
            op = nd[0]
            if op == 'input':
                v.append(float(inputs[nd[1]])); dv.append(1.0 if nd[1] == seed else 0.0)
                continue
            if op == 'const':
                v.append(float(nd[1])); dv.append(0.0)
                continue
            x, dx = v[nd[1]], dv[nd[1]]
            if op in ('add', 'sub', 'mul', 'div'):
                y, dy = v[nd[2]], dv[nd[2]]
                if op == 'add':
                    v.append(x + y); dv.append(dx + dy)
                elif op == 'sub':
                    v.append(x - y); dv.append(dx - dy)
                elif op == 'mul':
                    v.append(x * y); dv.append(dx * y + x * dy)
                else:
                    v.append(x / y); dv.append((dx * y - x * dy) / (y * y))
            elif op == 'exp':
                e = math.exp(x); v.append(e); dv.append(e * dx)
            elif op == 'log':
                v.append(math.log(x)); dv.append(dx / x)
            elif op == 'tanh':
                t = math.tanh(x); v.append(t); dv.append((1 - t * t) * dx)
            elif op == 'relu':
                v.append(x if x > 0 else 0.0); dv.append(dx if x > 0 else 0.0)
            elif op == 'pow':
                p = nd[2]; v.append(x ** p); dv.append(p * x ** (p - 1) * dx)
        return v[-1], dv[-1]

    value = forward(None)[0]
    return [value, {name: forward(name)[1] for name in names}]
