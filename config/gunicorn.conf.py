"""gunicorn settings: `gunicorn -c config/gunicorn.conf.py config.wsgi`.

The access log names no client: no address, no user agent, no referrer, no query string (search words
and codes stay out of logs). Only time, method, path, status, size and duration.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
timeout = 30
accesslog = "-"
errorlog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
# Never trust X-Forwarded-* from anyone but the local proxy.
forwarded_allow_ips = "127.0.0.1"
