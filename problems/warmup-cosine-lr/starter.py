def lr_schedule(base_lr: float, min_lr: float, warmup_steps: int, total_steps: int,
                steps: list[int]) -> list[float]:
    """Learning rate at each 0-based step in `steps`: linear warmup over `warmup_steps`
    (base_lr * (s + 1) / W), cosine decay to `min_lr` until `total_steps`, then `min_lr`.
    """
    raise NotImplementedError
