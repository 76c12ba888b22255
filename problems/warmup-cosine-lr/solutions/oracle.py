"""Oracle (tests only, not shipped): vectorised with numpy, decay via the half-angle identity.

The three phases are selected with boolean masks over the whole array of steps. The decay uses
1/2 (1 + cos x) = cos^2(x / 2), i.e. eta_min + (eta_max - eta_min) * cos^2(pi/2 * progress),
which avoids the cancellation of 1 + cos near the end of the decay.
"""
import numpy as np


def lr_schedule(base_lr: float, min_lr: float, warmup_steps: int, total_steps: int,
                steps: list[int]) -> list[float]:
    s = np.asarray(steps, dtype=np.float64)
    out = np.full(s.shape, float(min_lr))                       # floor: s >= T
    warm = s < warmup_steps
    if warm.any():
        out[warm] = base_lr * (s[warm] + 1.0) / warmup_steps
    decay = (s >= warmup_steps) & (s < total_steps)
    if decay.any():
        progress = (s[decay] - warmup_steps) / (total_steps - warmup_steps)
        out[decay] = min_lr + (base_lr - min_lr) * np.cos(0.5 * np.pi * progress) ** 2
    return [float(x) for x in out]
