"""gunicorn's own log lines, without the client: its "Invalid request from ip=..." warning names the address.

The access log is kept by the front server, which skips what the application marks (privacy.headers); gunicorn
keeps none (config/gunicorn.conf.py).
"""

import re

from gunicorn.glogging import Logger

_CLIENT_ADDRESS = re.compile(r"\bip=\S+?(?=:\s|\s|$)")


def without_address(message):
    return _CLIENT_ADDRESS.sub("ip=-", message)


class AddressFreeLogger(Logger):
    def warning(self, msg, *args, **kwargs):
        super().warning(without_address(str(msg)), *args, **kwargs)
