"""`make serve`: the production stack on this machine, nginx in front of gunicorn, in the foreground.

It renders deploy/nginx/ with local paths into a git-ignored run folder (.serve/ by default), prepares the
database named by DATABASE_URL (created when missing) with demo content but no demo account, makes and pins
hotline keys, and runs gunicorn on a loopback port with the production settings and nginx on PORT. Plain HTTP
is allowed by HOTLINE_LOCAL_PLAIN_HTTP, which the production settings accept for loopback hosts only.
Ctrl-C stops both. The benchmark (deploy/bench.py) and tests/test_serve_stack.py start it through `Stack`.
"""

import argparse
import os
import pwd
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg2
import requests
from psycopg2 import sql

PROJECT = Path(__file__).resolve().parent.parent
NGINX_SOURCES = PROJECT / "deploy" / "nginx"
STATIC_ROOT = PROJECT / "staticfiles"  # config.settings.base
NGINX_MODULES = Path("/usr/lib/nginx/modules")
HEADERS_MORE_MODULE = "ngx_http_headers_more_filter_module.so"
BROTLI_MODULES = ("ngx_http_brotli_filter_module.so", "ngx_http_brotli_static_module.so")
# The header nginx writes the client's address into (deploy/nginx/proxy.conf), as Django's META names it.
CLIENT_ADDRESS_HEADER = "HTTP_X_CLIENT_ADDRESS"
# Rate limits, the fill-time check and the proof of work out of the way, for the benchmark's contact posts.
RELAXED_CONTACT_SETTINGS = {
    "CONTACT_RATE_PER_CLIENT_HOUR": "1000000/h",
    "CONTACT_RATE_PER_CLIENT_DAY": "1000000/d",
    "CONTACT_RATE_GLOBAL_HOUR": "1000000/h",
    "CONTACT_MIN_FILL_SECONDS": "0",
}
START_SECONDS = 60


class StackError(RuntimeError):
    pass


def required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise StackError(
            f"{name} is required: the production stack runs on PostgreSQL and Redis, e.g.\n"
            "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/hotline_serve "
            "REDIS_URL=redis://127.0.0.1:6379/13 make serve"
        )
    return value


def secure_redis_url(redis_url):
    """REDIS_SECURE_URL when set, else the same server's next database (production needs two)."""
    if os.environ.get("REDIS_SECURE_URL", "").strip():
        return os.environ["REDIS_SECURE_URL"].strip()
    parts = urlsplit(redis_url)
    database = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{(database + 1) % 16}"))


def default_workers():
    """GUNICORN_WORKERS, else 2: each worker answers from 8 threads (config/gunicorn.conf.py), and two of them
    suit a 2-core machine."""
    return int(os.environ.get("GUNICORN_WORKERS") or 2)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def local_secrets(run_dir):
    """SECRET_KEY and HOTLINE_PEPPER, made once and kept in the run folder."""
    path = run_dir / "secrets.env"
    if not path.exists():
        path.write_text(f"SECRET_KEY={secrets.token_urlsafe(48)}\nHOTLINE_PEPPER={secrets.token_urlsafe(32)}\n")
        path.chmod(0o600)
    return dict(line.split("=", 1) for line in path.read_text().split())


def ensure_database(database_url, *, fresh):
    """Creates the database DATABASE_URL names when its server has none of that name (and first drops it when
    ``fresh``). Returns whether it holds no table yet."""
    parts = urlsplit(database_url)
    name = parts.path.strip("/")
    server = urlunsplit(parts._replace(path="/postgres"))
    connection = psycopg2.connect(server)
    connection.autocommit = True  # CREATE and DROP DATABASE run outside a transaction
    try:
        with connection.cursor() as cursor:
            if fresh:
                cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone() is None:
                cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    finally:
        connection.close()
    with psycopg2.connect(database_url) as database, database.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
        empty = cursor.fetchone()[0] == 0
    database.close()
    return empty


class Stack:
    """gunicorn and nginx with the production settings, on 127.0.0.1:port; a context manager. ``fresh`` drops
    the database first; ``relaxed`` takes the limits out of the way of a benchmark."""

    def __init__(
        self,
        run_dir,
        port,
        *,
        database_url=None,
        redis_url=None,
        workers=None,
        relaxed=False,
        output=None,
        fresh=False,
    ):
        self.database_url = database_url or required("DATABASE_URL")
        self.redis_url = redis_url or required("REDIS_URL")
        self.run_dir = Path(run_dir).resolve()
        self.port = port
        self.app_port = free_port()
        self.workers = workers
        self.relaxed = relaxed
        self.output = output or sys.stdout
        self.fresh = fresh
        self.logs = self.run_dir / "logs"
        self.error_pages = self.run_dir / "error-pages"
        self.processes = []

    def url(self, path="/"):
        return f"http://127.0.0.1:{self.port}{path}"

    def app_url(self, path="/"):
        return f"http://127.0.0.1:{self.app_port}{path}"

    def say(self, text):
        print(text, file=self.output, flush=True)

    def environment(self):
        environment = {
            **os.environ,
            **local_secrets(self.run_dir),
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "REDIS_SECURE_URL": secure_redis_url(self.redis_url),
            "CACHE_KEY_PREFIX": "hotline-serve",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "HOTLINE_LOCAL_PLAIN_HTTP": "true",
            "SECURE_SSL_REDIRECT": "false",
            "CONTACT_CLIENT_ADDRESS_HEADER": CLIENT_ADDRESS_HEADER,
            "MEDIA_ROOT": str(self.run_dir / "media"),
            "HOTLINE_PUBLIC_ROOT_URL": f"http://127.0.0.1:{self.port}",
            "GUNICORN_BIND": f"127.0.0.1:{self.app_port}",
        }
        if self.workers:
            environment["GUNICORN_WORKERS"] = str(self.workers)
        if self.relaxed:
            environment.update(RELAXED_CONTACT_SETTINGS)
        return environment

    def manage(self, *args, environment):
        result = subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", *args],
            cwd=PROJECT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if result.returncode:
            raise StackError(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
        return result.stdout

    def prepare(self):
        """The database, static files, demo content (no accounts) and pinned hotline keys."""
        for folder in (self.logs, self.run_dir / "media", self.run_dir / "nginx", self.run_dir / "temp"):
            folder.mkdir(parents=True, exist_ok=True)
        for log in self.logs.iterdir():  # each run's own logs; the uploads stay with the database
            log.unlink()
        new_run_folder = not (self.run_dir / "secrets.env").exists()
        empty = ensure_database(self.database_url, fresh=self.fresh)
        if new_run_folder and not empty:
            raise StackError(
                f"{self.run_dir} is new but the database of DATABASE_URL is not empty: it was prepared with another "
                "run folder, whose uploads it names. Use that folder (--run-dir), or drop the database."
            )
        environment = self.environment()
        self.say("Migrating, collecting static files, loading the demo content (no accounts)...")
        with_demo = {**environment, "DJANGO_SETTINGS_MODULE": "deploy.demo_content_settings"}
        self.manage("migrate", "--noinput", "-v", "0", environment=with_demo)
        self.manage("load_demo_content", "-v", "0", environment=with_demo)
        self.manage("collectstatic", "--noinput", "-v", "0", environment=environment)
        # The escrow private key it prints is thrown away: these keys guard demo messages on this machine only.
        self.manage("hotline_keys", "init", "--if-missing", environment=environment)
        fingerprints = self.manage(
            "shell",
            "-v",
            "0",
            "-c",
            "from contact.models import TeamKey; "
            "print(','.join(key.fingerprint for key in TeamKey.objects.all() if key.fingerprint))",
            environment=environment,
        ).split()[-1]
        environment["HOTLINE_TEAM_KEY_PINS"] = fingerprints
        self.manage("render_front_error_pages", str(self.error_pages), environment=environment)
        return environment

    def render_nginx(self):
        """deploy/nginx/ with this machine's paths, and a main nginx.conf with one plain-HTTP server."""
        target = self.run_dir / "nginx"
        replacements = {
            "/etc/nginx/hotline/": f"{target}/",
            "/srv/hotline/app/staticfiles/": f"{STATIC_ROOT}/",
            "/srv/hotline/media/": f"{self.run_dir / 'media'}/",
            "/srv/hotline/error-pages/": f"{self.error_pages}/",
            "/var/cache/nginx/hotline": str(self.run_dir / "cache"),
            "server 127.0.0.1:8000;": f"server 127.0.0.1:{self.app_port};",
        }
        modules = [HEADERS_MORE_MODULE]
        if all((NGINX_MODULES / module).exists() for module in BROTLI_MODULES):
            modules += BROTLI_MODULES
        sources = ["http.conf", "locations.conf", "proxy.conf"] + (["brotli.conf"] if len(modules) > 1 else [])
        for name in sources:
            text = (NGINX_SOURCES / name).read_text()
            for debian_path, local_path in replacements.items():
                text = text.replace(debian_path, local_path)
            if self.relaxed:
                text = "\n".join(line for line in text.splitlines() if not line.strip().startswith("limit_req "))
            (target / name).write_text(text)
        missing = [module for module in modules if not (NGINX_MODULES / module).exists()]
        if missing:
            raise StackError(f"nginx modules missing: {', '.join(missing)} (apt-get install nginx's module packages)")
        user = pwd.getpwuid(os.getuid()).pw_name
        temp = self.run_dir / "temp"
        loads = "".join(f"load_module {NGINX_MODULES / module};\n" for module in modules)
        config = self.run_dir / "nginx.conf"
        config.write_text(
            f"""# Rendered by deploy/local_stack.py: the site of deploy/nginx/ over plain HTTP on this machine.
daemon off;
{"user " + user + ";" if os.getuid() == 0 else ""}
worker_processes auto;
pid {self.run_dir}/nginx.pid;
error_log {self.logs}/nginx-error.log crit;
{loads}
events {{
    worker_connections 1024;
}}

http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {target}/http.conf;

    server {{
        listen 127.0.0.1:{self.port};
        server_name _;
        access_log {self.logs}/nginx-access.log hotline if=$hotline_loggable;
        error_log {self.logs}/nginx-error.log crit;
        include {target}/brotli*.conf;
        include {target}/locations.conf;
    }}
}}
"""
        )
        return config

    def nginx_command(self, config):
        return ["nginx", "-p", str(self.run_dir), "-c", str(config), "-e", str(self.logs / "nginx-error.log")]

    def start(self, command, log_name, environment=None):
        log = (self.logs / log_name).open("ab")
        process = subprocess.Popen(  # noqa: S603 - gunicorn and nginx, fixed arguments
            command, cwd=PROJECT, env=environment, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.processes.append(process)
        return process

    def wait_until_answering(self, url, process):
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise StackError(f"{process.args[0]} stopped at start; see {self.logs}")
            try:
                # A worker's first answer waits for the application to load and run its checks.
                requests.get(url, timeout=START_SECONDS, allow_redirects=False)
                return
            except requests.ConnectionError:
                time.sleep(0.2)
        raise StackError(f"{url} did not answer within {START_SECONDS} s; see {self.logs}")

    def __enter__(self):
        self.run_dir.mkdir(parents=True, exist_ok=True)
        try:
            environment = self.prepare()
            config = self.render_nginx()
            nginx = self.nginx_command(config)
            checked = subprocess.run([*nginx, "-t", "-q"], capture_output=True, text=True)  # noqa: S603
            if checked.returncode:
                raise StackError(f"nginx refuses {config}:\n{checked.stderr}")
            gunicorn = [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.conf.py", "config.wsgi"]
            self.wait_until_answering(self.app_url(), self.start(gunicorn, "gunicorn.log", environment))
            self.wait_until_answering(self.url(), self.start(nginx, "nginx-stderr.log"))
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def stop(self):
        """SIGINT stops gunicorn and nginx at once (SIGTERM would let gunicorn finish its requests first); each
        runs in a process group of its own, so that no worker outlives its master."""
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGINT)
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.processes = []

    def serve_until_stopped(self):
        """Until Ctrl-C (or SIGTERM), or until gunicorn or nginx stops by itself."""
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        try:
            while all(process.poll() is None for process in self.processes):
                time.sleep(0.5)
            raise StackError(f"gunicorn or nginx stopped; see {self.logs}")
        except KeyboardInterrupt:
            self.say("Stopping.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 8080))
    parser.add_argument("--run-dir", type=Path, default=PROJECT / ".serve")
    parser.add_argument("--workers", type=int, default=default_workers())
    arguments = parser.parse_args()
    try:
        with Stack(arguments.run_dir, arguments.port, workers=arguments.workers) as stack:
            stack.say(
                f"Serving on {stack.url()} (nginx) in front of gunicorn on 127.0.0.1:{stack.app_port}, with the "
                f"production settings. Logs: {stack.logs}/. Ctrl-C stops both."
            )
            stack.serve_until_stopped()
    except StackError as error:
        sys.exit(str(error))


if __name__ == "__main__":
    main()
