"""gunicorn's own log lines, without the client: its "Invalid request from ip=..." warning names the address,
and quotes the request line, search words and all.

The access log is kept by the front server, which skips what the application marks (privacy.headers); gunicorn
keeps none (config/gunicorn.conf.py).
"""

import re

from gunicorn.glogging import Logger

_CLIENT_ADDRESS = re.compile(r"\bip=\S+?(?=:\s|\s|$)")
# The request line or header that gunicorn quotes in the same warning: it may hold a person's search words.
_QUOTED_REQUEST = re.compile(r"(['\"]).*\1", re.DOTALL)


def without_address(message):
    return _QUOTED_REQUEST.sub("'-'", _CLIENT_ADDRESS.sub("ip=-", message))


class AddressFreeLogger(Logger):
    def warning(self, msg, *args, **kwargs):
        super().warning(without_address(str(msg)), *args, **kwargs)
