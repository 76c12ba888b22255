def sample_tokens(logits: list[float], history: list[int], steps: int, temperature: float, top_p: float, penalty: float, uniforms: list[float]) -> list[int]:
    """Generate `steps` tokens: repetition penalty, temperature, softmax, top-p, then sample with uniforms[s]."""
    raise NotImplementedError
