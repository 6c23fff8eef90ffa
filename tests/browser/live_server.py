"""A live server that, on SQLite, handles one request at a time.

On SQLite the tests' database is in memory, in SQLite's shared-cache mode: the test and each of the live
server's request threads reach it through connections of their own, and a table another connection is
reading or writing is refused at once with "database table is locked" (shared-cache locks do not wait). A page
of the editor sends requests of its own beside the one the test waits for (the editing session's release when
it is left, its pings, autosave, the preview panel's update): two of them at once, or one beside a query of the
test, failed that way. In the page editor such an error surfaces inside telepath's packing of the form's
widgets, so its traceback also shows the KeyError telepath catches for each value it has not seen yet.

So the application is called, its response read and closed under one lock, and the test's own statements take
the same lock (conftest.live_server), so that none runs in the middle of a request; and a statement refused
for a locked table is tried again for a while, the wait SQLite gives every other kind of lock (a connection of
a request thread that has ended may still hold a table for a moment). On PostgreSQL requests run side by side
as in production.
"""

import threading
import time
from contextlib import contextmanager

from django.core.servers.basehttp import ThreadedWSGIServer
from django.db import OperationalError, connections
from django.db.backends.signals import connection_created
from django.test.testcases import LiveServerThread

# Long enough for the slowest request of the suite, short enough to fail instead of hanging.
TURN_TIMEOUT = 60
LOCKED_TABLE_WAIT = 5  # seconds, as SQLite's own busy timeout in Django
LOCKED_TABLE_PAUSE = 0.01


def waiting_for_locked_tables(execute, sql, params, many, context):
    deadline = time.monotonic() + LOCKED_TABLE_WAIT
    while True:
        try:
            return execute(sql, params, many, context)
        except OperationalError as error:
            if "table is locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(LOCKED_TABLE_PAUSE)


def wait_for_locked_tables(connection):
    if connection.vendor == "sqlite" and waiting_for_locked_tables not in connection.execute_wrappers:
        connection.execute_wrappers.insert(0, waiting_for_locked_tables)


def _on_connection_created(sender, connection, **kwargs):
    wait_for_locked_tables(connection)


class OneRequestAtATimeOnSQLite(ThreadedWSGIServer):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.turn = threading.RLock()
        self.one_at_a_time = connections["default"].vendor == "sqlite"

    def set_app(self, application):
        super().set_app(self.in_turn(application) if self.one_at_a_time else application)

    @contextmanager
    def taking_turn(self):
        if not self.turn.acquire(timeout=TURN_TIMEOUT):
            raise TimeoutError(f"The live server's database was busy for more than {TURN_TIMEOUT} s")
        try:
            yield
        finally:
            self.turn.release()

    def statement_in_turn(self, execute, sql, params, many, context):
        """An execute wrapper for the test's own connections."""
        with self.taking_turn():
            return execute(sql, params, many, context)

    def in_turn(self, application):
        def application_in_turn(environ, start_response):
            with self.taking_turn():
                response = application(environ, start_response)
                try:
                    return [b"".join(response)]
                finally:
                    if hasattr(response, "close"):
                        response.close()  # request_finished, with its database work

        return application_in_turn


@contextmanager
def statements_in_turn(server):
    """The test's own statements wait while the live server handles a request (on SQLite)."""
    httpd = server.thread.httpd
    ours = [connection for connection in connections.all() if httpd.one_at_a_time and connection.vendor == "sqlite"]
    for connection in ours:
        connection.execute_wrappers.append(httpd.statement_in_turn)
        wait_for_locked_tables(connection)
    # Every connection a request thread opens.
    connection_created.connect(_on_connection_created)
    try:
        yield
    finally:
        connection_created.disconnect(_on_connection_created)
        for connection in ours:
            connection.execute_wrappers.remove(httpd.statement_in_turn)
            connection.execute_wrappers.remove(waiting_for_locked_tables)


class LiveServerThreadInTurn(LiveServerThread):
    server_class = OneRequestAtATimeOnSQLite
