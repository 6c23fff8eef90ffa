"""Log records without the request: Django attaches it to errors, and with it the client's address and agent."""

import logging


class DropRequestFilter(logging.Filter):
    def filter(self, record):
        record.request = None
        return True
