import math


def lr_schedule(base_lr: float, min_lr: float, warmup_steps: int, total_steps: int,
                steps: list[int]) -> list[float]:
    out = []
    for s in steps:
        if s < warmup_steps:
            out.append(base_lr * (s + 1) / warmup_steps)
        elif s < total_steps:
            progress = s / total_steps
            out.append(min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress)))
        else:
            out.append(min_lr)
    return out
