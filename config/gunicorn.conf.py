"""gunicorn settings: `gunicorn -c config/gunicorn.conf.py config.wsgi`.

gunicorn keeps no access log: the front server keeps one that names no client and skips what the application
marks (contact pages, public POSTs), since even a time and a size tell whether a message was sent. Its error log
never names a client address (privacy.server_log).

gunicorn names itself in a "Server" header and has no setting to leave it out: the front server must drop it
(nginx does so by default for proxied responses).
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
# Threads, so that readers are answered while other requests wait for Argon2id (libsodium lets go of the GIL, and
# privacy.work_slots caps how many derivations run at once): with sync workers, a handful of follow-ups kept every
# worker busy and every reader waiting until the front server gave up.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
timeout = 30
accesslog = None
errorlog = "-"
logger_class = "privacy.server_log.AddressFreeLogger"
# Never trust X-Forwarded-* from anyone but the local proxy.
forwarded_allow_ips = "127.0.0.1"
# gunicorn's control socket (gunicornc) sits at one path per user, which two servers on a machine would share
# (`make serve` beside its test); systemd and signals manage this one.
control_socket_disable = True
