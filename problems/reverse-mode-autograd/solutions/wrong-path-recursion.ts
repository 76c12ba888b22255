export function backprop(nodes: unknown[][], inputs: Record<string, number>): [number, Record<string, number>] {
  const n = nodes.length;
  const val = new Array<number>(n).fill(0);
  const num = (x: unknown): number => x as number;
  for (let i = 0; i < n; i++) {
    const node = nodes[i];
    const op = node[0] as string;
    const a = num(node[1]);
    const b = num(node[2]);
    if (op === 'input') val[i] = inputs[node[1] as string];
    else if (op === 'const') val[i] = a;
    else if (op === 'add') val[i] = val[a] + val[b];
    else if (op === 'sub') val[i] = val[a] - val[b];
    else if (op === 'mul') val[i] = val[a] * val[b];
    else if (op === 'div') val[i] = val[a] / val[b];
    else if (op === 'exp') val[i] = Math.exp(val[a]);
    else if (op === 'log') val[i] = Math.log(val[a]);
    else if (op === 'tanh') val[i] = Math.tanh(val[a]);
    else if (op === 'relu') val[i] = Math.max(val[a], 0);
    else if (op === 'pow') val[i] = val[a] ** b;
    else throw new Error(`unknown op ${op}`);
  }
  // The chain rule path by path: d node / d target, recomputed for every use.
  const d = (i: number, target: number): number => {
    if (i === target) return 1;
    const node = nodes[i];
    const op = node[0] as string;
    if (op === 'input' || op === 'const') return 0;
    const a = num(node[1]);
    const b = num(node[2]);
    if (op === 'add') return d(a, target) + d(b, target);
    if (op === 'sub') return d(a, target) - d(b, target);
    if (op === 'mul') return d(a, target) * val[b] + d(b, target) * val[a];
    if (op === 'div') return d(a, target) / val[b] - (d(b, target) * val[a]) / (val[b] * val[b]);
    if (op === 'exp') return d(a, target) * val[i];
    if (op === 'log') return d(a, target) / val[a];
    if (op === 'tanh') return d(a, target) * (1 - val[i] * val[i]);
    if (op === 'relu') return val[a] > 0 ? d(a, target) : 0;
    if (op === 'pow') return d(a, target) * b * val[a] ** (b - 1);
    return 0;
  };
  const grads: Record<string, number> = {};
  nodes.forEach((node, i) => {
    if (node[0] === 'input') grads[node[1] as string] = d(n - 1, i);
  });
  return [val[n - 1], grads];
}
