def adam_step(params: list[float], grads: list[float], m: list[float], v: list[float], t: int,
              lr: float, beta1: float, beta2: float, eps: float,
              weight_decay: float) -> list[list[float]]:
    """One AdamW step (t is the 1-based number of this step).

    Return [new_params, new_m, new_v] where new_m / new_v are the uncorrected moments.
    """
    raise NotImplementedError
