/**
 * Return [output value, {input name: d output / d input}] for the graph in `nodes`.
 * The output is the last node; gradients accumulate over every use of a node.
 */
export function backprop(nodes: unknown[][], inputs: Record<string, number>): [number, Record<string, number>] {
  throw new Error('not implemented');
}
