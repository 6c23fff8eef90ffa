"""A live server that, on SQLite, handles one request at a time.

On an in-memory SQLite database the live server's request threads and the test itself share one connection
(Django's connections_override): there is no other way to see the test's data. A page of the editor sends
requests of its own beside the one the test waits for (the editing session's release when it is left, its
pings, autosave, the preview panel's update), and two requests on one connection at once fail with SQLite's
"database table is locked", or run inside each other's transaction. In the page editor such an error surfaces
inside telepath's packing of the form's widgets, so the traceback also shows the KeyError telepath catches for
each value it has not seen yet.

So the application is called, its response read and closed under one lock; the shared connection's statements
take the same lock, so that a query of the test itself never runs in the middle of a request. On PostgreSQL
every thread has a connection of its own, and requests run side by side as in production.
"""

import threading
from contextlib import contextmanager

from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread

# Long enough for the slowest request of the suite, short enough to fail instead of hanging.
TURN_TIMEOUT = 60


class OneRequestAtATimeOnSQLite(ThreadedWSGIServer):
    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, connections_override=connections_override, **kwargs)
        self.turn = threading.RLock()
        self.shared_connections = list((connections_override or {}).values())
        for connection in self.shared_connections:
            connection.execute_wrappers.append(self.statement_in_turn)

    def set_app(self, application):
        super().set_app(self.in_turn(application) if self.shared_connections else application)

    @contextmanager
    def taking_turn(self):
        if not self.turn.acquire(timeout=TURN_TIMEOUT):
            raise TimeoutError(f"The live server's database was busy for more than {TURN_TIMEOUT} s")
        try:
            yield
        finally:
            self.turn.release()

    def statement_in_turn(self, execute, sql, params, many, context):
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

    def server_close(self):
        super().server_close()
        for connection in self.shared_connections:
            if self.statement_in_turn in connection.execute_wrappers:
                connection.execute_wrappers.remove(self.statement_in_turn)


class LiveServerThreadInTurn(LiveServerThread):
    server_class = OneRequestAtATimeOnSQLite
