# Independent oracle (never shipped): the literal formula exp(z_i) / sum_j exp(z_j), evaluated
# in 40-digit decimal arithmetic (decimal.Decimal has an exponent range of +-999999, so e^10000
# neither overflows nor underflows), with no shift at all; the quotient is rounded to float.
from decimal import Context, Decimal

CTX = Context(prec=40)


def softmax(logits):
    exps = [CTX.exp(Decimal(z)) for z in logits]
    total = sum(exps, Decimal(0))
    return [float(CTX.divide(e, total)) for e in exps]
