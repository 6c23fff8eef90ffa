"""Cache timeouts that end on a round time: when an entry expires must not tell, to the second, when it was
written, and so when somebody sent a message."""

import math
import time


def at_least(seconds, step):
    """A timeout of at least ``seconds`` that ends on a multiple of ``step`` seconds of Unix time."""
    now = time.time()
    return math.ceil((now + seconds) / step) * step - now


def at_most(seconds, step):
    """A timeout of at most ``seconds``, and more than ``seconds - step``, that ends on a multiple of ``step``."""
    now = time.time()
    return max(1, math.floor((now + seconds) / step) * step - now)
