from decimal import Decimal, localcontext


def cross_entropy(logits: list[list[float]], labels: list[int]) -> float:
    # Oracle: the textbook formula evaluated literally, with no max-shift trick,
    # in 60-digit decimal arithmetic. Decimal's exponent range makes e^10000 an
    # ordinary number, and its exp/ln are correctly rounded, so
    # -log(e^{z_y} / sum_j e^{z_j}) is computed to far more digits than a double
    # holds; the mean is rounded to float once at the end.
    with localcontext() as ctx:
        ctx.prec = 60
        total = Decimal(0)
        for row, y in zip(logits, labels):
            exps = [Decimal(z).exp() for z in row]
            total += -(exps[y] / sum(exps)).ln()
        return float(total / len(logits))
