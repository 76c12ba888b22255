/** Generate `steps` tokens: repetition penalty, temperature, softmax, top-p, then sample with uniforms[s]. */
export function sample_tokens(logits: number[], history: number[], steps: number, temperature: number, top_p: number, penalty: number, uniforms: number[]): number[] {
  throw new Error('not implemented');
}
