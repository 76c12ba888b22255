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
  const adj = new Array<number>(n).fill(0);
  adj[n - 1] = 1;
  for (let i = n - 1; i >= 0; i--) {
    const g = adj[i];
    const node = nodes[i];
    const op = node[0] as string;
    if (op === 'input' || op === 'const' || g === 0) continue;
    const a = num(node[1]);
    const b = num(node[2]);
    if (op === 'add') {
      adj[a] += g;
      adj[b] += g;
    } else if (op === 'sub') {
      adj[a] += g;
      adj[b] -= g;
    } else if (op === 'mul') {
      adj[a] += g * val[b];
      adj[b] += g * val[a];
    } else if (op === 'div') {
      adj[a] += g / val[b];
      adj[b] -= (g * val[a]) / (val[b] * val[b]);
    } else if (op === 'exp') adj[a] += g * val[i];
    else if (op === 'log') adj[a] += g / val[a];
    else if (op === 'tanh') adj[a] += g * (1 - val[i] * val[i]);
    else if (op === 'relu') {
      if (val[a] > 0) adj[a] += g;
    } else if (op === 'pow') adj[a] += g * b * val[a] ** (b - 1);
  }
  const grads: Record<string, number> = {};
  nodes.forEach((node, i) => {
    if (node[0] === 'input') grads[node[1] as string] = adj[i];
  });
  return [val[n - 1], grads];
}
