"""`make serve`'s stack (deploy/local_stack.py): nginx from deploy/nginx/ in front of gunicorn with the production
settings, on PostgreSQL and Redis. Runs where DATABASE_URL and REDIS_URL are set and nginx is installed or
installable (`make nginx`). Its database (DATABASE_URL's name + "_serve_test") and its run folder
(test-artifacts/serve-stack: uploads, secrets, this run's logs) are kept between runs, so that a run after the
first one skips most of the migrating and loading.

Requests come from 127.0.0.2, so that no log line may contain that address: 127.0.0.1 is the servers' own."""

import gzip
import http.client
import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import pytest
from bs4 import BeautifulSoup

from deploy.local_stack import Stack, free_port
from privacy.headers import PUBLIC_CONTENT_SECURITY_POLICY, SKIP_ACCESS_LOG_HEADER

from .test_production_settings import COMPLETE_ENVIRONMENT, manage

PROJECT = Path(__file__).resolve().parent.parent
CLIENT_ADDRESS = "127.0.0.2"
HOME = "/sr-latn/"
SLOW_CLIENTS = 20
SLOW_SECONDS = 12
FLOOD_POSTS = 100
DEMO_HOME_TITLE = "SOS linija protiv trgovine ljudima"  # demo/content/pages/home.toml


def own_database(url):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=parts.path.rstrip("/") + "_serve_test"))


def nginx_available():
    if not shutil.which("nginx"):
        subprocess.run(["make", "-s", "nginx"], cwd=PROJECT, capture_output=True, timeout=600)
    return shutil.which("nginx") is not None


@pytest.fixture(scope="module")
def stack():
    if not (os.environ.get("DATABASE_URL", "").startswith("postgres") and os.environ.get("REDIS_URL")):
        pytest.skip("the production stack needs PostgreSQL and Redis: set DATABASE_URL and REDIS_URL")
    if not nginx_available():
        pytest.skip("nginx is not installed and `make nginx` could not install it")
    run_dir = PROJECT / "test-artifacts" / "serve-stack"
    with Stack(
        run_dir,
        free_port(),
        # A new run folder (a fresh clone) has none of the uploads that an older database names: start both anew.
        fresh=not (run_dir / "secrets.env").exists(),
        database_url=own_database(os.environ["DATABASE_URL"]),
        redis_url=os.environ["REDIS_URL"],
        workers=2,
        output=open(os.devnull, "w"),
    ) as running:
        yield running


class Answer:
    def __init__(self, response):
        self.status = response.status
        self.headers = response.headers
        self.raw = response.read()

    @property
    def text(self):
        body = gzip.decompress(self.raw) if self.headers.get("Content-Encoding") == "gzip" else self.raw
        return body.decode()


def fetch(stack, path, *, method="GET", body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=30, source_address=(CLIENT_ADDRESS, 0))
    try:
        connection.request(method, path, body=body, headers=headers or {})
        return Answer(connection.getresponse())
    finally:
        connection.close()


def page_links(answer):
    return [link["href"] for link in BeautifulSoup(answer.text, "html.parser").select("a[href^='/']")]


def contact_path(stack):
    """The contact page, linked from the home page: the one whose form asks for a topic."""
    return next(
        path
        for path in page_links(fetch(stack, HOME))
        if BeautifulSoup(fetch(stack, path).text, "html.parser").select_one("form input[name=topic]")
    )


def send_message(stack, path, text):
    """The contact form filled in as a person would, after the form's minimum fill time."""
    form = BeautifulSoup(fetch(stack, path).text, "html.parser").select_one("form[method=post]")
    fields = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
    fields.update({"topic": form.select_one("input[name=topic]")["value"], "message": text, "homepage": ""})
    time.sleep(3.5)
    form_type = {"Content-Type": "application/x-www-form-urlencoded"}
    return fetch(stack, path, method="POST", body=urlencode(fields), headers=form_type)


def log_lines(stack):
    return [line for path in stack.logs.iterdir() for line in path.read_text(errors="replace").splitlines()]


def access_log(stack):
    return (stack.logs / "nginx-access.log").read_text()


def test_reader_pages_carry_the_production_headers_and_no_server_name(stack):
    answer = fetch(stack, HOME, headers={"Accept-Encoding": "gzip"})
    assert answer.status == 200
    assert answer.headers["Content-Security-Policy"] == PUBLIC_CONTENT_SECURITY_POLICY
    assert "no-store" in answer.headers["Cache-Control"]
    assert "Server" not in answer.headers
    assert SKIP_ACCESS_LOG_HEADER not in answer.headers


def test_html_goes_out_compressed(stack):
    answer = fetch(stack, HOME, headers={"Accept-Encoding": "gzip"})
    assert answer.headers["Content-Encoding"] == "gzip"
    assert len(answer.raw) < len(answer.text.encode()) / 2


def vary(answer):
    return {name.strip().lower() for value in answer.headers.get_all("Vary") or [] for name in value.split(",")}


def test_a_cached_page_goes_out_compressed_as_stored_and_unpacked_to_a_client_without_gzip(stack):
    """nginx asks gunicorn for gzip on reader pages, keeps the compressed page in its one-second copy and sends it
    as it is (home.page_cache compressed it once); a client that takes no gzip gets it unpacked (gunzip)."""
    path = "/sr/"  # Cyrillic: transliterated once, when rendered
    for _ in range(3):
        fetch(stack, path, headers={"Accept-Encoding": "gzip"})
    compressed = [fetch(stack, path, headers={"Accept-Encoding": "gzip"}) for _ in range(2)]
    plain = fetch(stack, path)
    unpacked = fetch(stack, path, headers={"Accept-Encoding": "br;q=1, gzip;q=0"})

    for answer in compressed:
        assert answer.status == 200
        assert answer.headers["Content-Encoding"] == "gzip"
        assert "accept-encoding" in vary(answer)
        assert answer.headers["Cache-Control"] == "no-store"
    assert compressed[0].raw == compressed[1].raw  # the stored bytes, not compressed anew
    page = gzip.decompress(compressed[0].raw)
    for answer in (plain, unpacked):
        assert answer.status == 200
        assert answer.headers.get("Content-Encoding") in (None, "br")
    assert plain.raw == page
    assert "accept-encoding" in vary(plain)
    assert BeautifulSoup(page.decode(), "html.parser").html["lang"] == "sr-Cyrl"
    cache_statuses = [line.split()[-1] for line in access_log(stack).splitlines() if f'"GET {path}"' in line]
    assert "HIT" in cache_statuses


def test_static_files_come_from_nginx_with_a_long_lifetime_and_the_manifest_does_not(stack):
    home = BeautifulSoup(fetch(stack, HOME).text, "html.parser")
    style_sheet = home.select_one("link[rel=stylesheet]")["href"]
    answer = fetch(stack, style_sheet, headers={"Accept-Encoding": "gzip"})
    assert answer.status == 200
    # nginx's own value (deploy/nginx/locations.conf); WhiteNoise would say "max-age=315360000, public, immutable".
    assert answer.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert answer.headers["Content-Encoding"] == "gzip"
    assert "Server" not in answer.headers
    assert "ETag" not in answer.headers  # nginx's own form of it would say which server this is
    manifest = fetch(stack, "/static/staticfiles.json")
    assert manifest.status == 404
    assert_hotline_error_page(stack, manifest, 404)


def assert_hotline_error_page(stack, answer, status):
    """The page of deploy/nginx/locations.conf's error_page, rendered by manage.py render_front_error_pages."""
    assert answer.status == status
    assert answer.headers["Content-Type"] == "text/html; charset=utf-8"
    assert answer.text == (stack.error_pages / f"{status}.html").read_text()
    assert BeautifulSoup(answer.text, "html.parser").select("a[href^='tel:']")
    assert "nginx" not in answer.text.lower()


@pytest.mark.parametrize(
    ("method", "path", "headers", "status"),
    [
        ("TRACE", HOME, {}, 405),
        ("GET", HOME, {"X-Padding": "a" * 5000}, 400),  # a header line over nginx's buffer
        ("GET", "/sr-latn/search/?" + urlencode({"q": "a" * 5000}), {}, 414),  # over gunicorn's line limit too
        ("GET", "/" + "a" * 4100, {}, 414),
    ],
    ids=["trace", "long-header", "long-search", "long-path"],
)
def test_requests_nginx_refuses_get_the_hotlines_page(stack, method, path, headers, status):
    assert_hotline_error_page(stack, fetch(stack, path, method=method, headers=headers), status)


def test_while_gunicorn_is_down_nginx_gives_the_hotlines_page(stack, tmp_path):
    """A second nginx with the same configuration and pages, in front of a port where no gunicorn listens."""
    down = Stack(tmp_path, free_port(), database_url=stack.database_url, redis_url=stack.redis_url)
    down.error_pages = stack.error_pages
    for folder in (down.logs, tmp_path / "nginx", tmp_path / "temp"):
        folder.mkdir(parents=True)
    config = down.render_nginx()
    try:
        down.wait_until_answering(down.url(), down.start(down.nginx_command(config), "nginx-stderr.log"))
        assert_hotline_error_page(down, fetch(down, HOME), 502)
    finally:
        down.stop()


def test_a_long_path_is_not_found_not_a_server_error(stack):
    """A path near the line limit: the micro-cache's key and the redirect's Location share nginx's header buffer."""
    for length in (2500, 3000, 3950):
        answer = fetch(stack, "/" + "a" * length)
        assert answer.status == 302
        assert fetch(stack, answer.headers["Location"]).status in (404, 414)
    not_found = fetch(stack, f"{HOME}{'a' * 3900}/")
    assert not_found.status == 404
    assert "tel:" in not_found.text


def test_a_shelter_behind_one_address_may_post_quickly_and_only_a_flood_is_refused(stack):
    form_type = {"Content-Type": "application/x-www-form-urlencoded"}
    time.sleep(7)  # the earlier tests' posts leave the limit (3 a second, a burst of 20)
    statuses = [fetch(stack, HOME, method="POST", body="a=1", headers=form_type).status for _ in range(20)]
    assert 429 not in statuses
    for _ in range(FLOOD_POSTS):  # faster than 3 a second: the limit is reached
        answer = fetch(stack, HOME, method="POST", body="a=1", headers=form_type)
        if answer.status == 429:
            break
    assert_hotline_error_page(stack, answer, 429)


def test_documents_are_not_served_from_media(stack):
    documents = sorted((stack.run_dir / "media" / "documents").iterdir())
    assert documents, "the demo content has documents"
    assert fetch(stack, f"/media/documents/{documents[0].name}").status == 404


def test_no_log_line_names_the_client_and_no_message_leaves_a_line(stack):
    contact = contact_path(stack)
    sent = send_message(stack, contact, "Someone took my passport at the border and I need help.")
    assert sent.status == 200
    assert BeautifulSoup(sent.text, "html.parser").select_one(".receipt__code") is not None
    fetch(stack, "/sr-latn/search/?q=passport")
    fetch(stack, "/no-such-page/")
    assert_hotline_error_page(stack, fetch(stack, contact, method="POST", body="x" * 100_000), 413)
    for _ in range(30):
        fetch(stack, "/sr-latn/search/?q=work")  # past the search limit: 429
    lines = log_lines(stack)
    assert not [line for line in lines if CLIENT_ADDRESS in line]
    log = access_log(stack)
    assert f"GET {HOME}" in log
    assert "POST" not in log
    assert contact not in log
    assert "passport" not in log


def trickle(port, request, stop):
    """One slow client: sends ``request`` a byte a second until ``stop`` is set or the server closes."""
    address = ("127.0.0.1", port)
    with socket.create_connection(address, timeout=SLOW_SECONDS + 5, source_address=(CLIENT_ADDRESS, 0)) as slow:
        for byte in request:
            if stop.is_set():
                return
            try:
                slow.sendall(bytes([byte]))
            except OSError:
                return
            time.sleep(1)


def test_slow_clients_do_not_stop_other_readers(stack):
    contact = contact_path(stack)
    slow_headers = f"GET {HOME} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: {'a' * 100}\r\n\r\n".encode()
    slow_body = (
        f"POST {contact} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: 5000\r\n\r\n"
    ).encode() + b"m" * 5000
    stop = threading.Event()
    slow_clients = [
        threading.Thread(target=trickle, args=(stack.port, slow_headers if number % 2 else slow_body, stop))
        for number in range(SLOW_CLIENTS)
    ]
    for client in slow_clients:
        client.start()
    answers = []
    try:
        deadline = time.monotonic() + SLOW_SECONDS
        while time.monotonic() < deadline:
            # A query string passes the micro-cache: each of these is rendered by a gunicorn worker.
            answers.append(fetch(stack, f"{HOME}?reader={len(answers)}").status)
            time.sleep(0.5)
    finally:
        stop.set()
        for client in slow_clients:
            client.join()
    assert len(answers) >= 5
    assert set(answers) == {200}


def publish_home_title(stack, title):
    """What an editor's publish does, in the stack's database."""
    script = (
        "from home.models import HomePage; page = HomePage.objects.live().get(); "
        f"page.title_sr_latn = {title!r}; page.save_revision().publish()"
    )
    stack.manage("shell", "-v", "0", "-c", script, environment=stack.environment())


def test_a_publish_shows_at_once_in_every_cached_copy(stack):
    cyrillic_home = "/sr/"
    first_title = BeautifulSoup(fetch(stack, HOME).text, "html.parser").title.get_text()
    for _ in range(2):  # now in the full-page cache and in nginx's one-second copy
        for path in (HOME, cyrillic_home):
            assert fetch(stack, path).status == 200
    marker = str(int(time.time()) % 100_000)
    publish_home_title(stack, f"SOS linija {marker}")
    try:
        time.sleep(1.5)  # nginx's copy lives one second (deploy/nginx/locations.conf); the full-page cache none
        assert marker in BeautifulSoup(fetch(stack, HOME).text, "html.parser").title.get_text()
        # The Cyrillic page is written from the Latin one: digits stay as they are.
        assert marker in BeautifulSoup(fetch(stack, cyrillic_home).text, "html.parser").title.get_text()
    finally:
        publish_home_title(stack, DEMO_HOME_TITLE)
    time.sleep(1.5)
    assert BeautifulSoup(fetch(stack, HOME).text, "html.parser").title.get_text() == first_title


def test_the_servers_site_file_is_one_nginx_accepts(tmp_path):
    """deploy/nginx/hotline.conf as Debian's nginx.conf includes it, with a certificate made for the test."""
    if not shutil.which("nginx") or not shutil.which("openssl"):
        pytest.skip("needs nginx and openssl")
    certificate, key = tmp_path / "certificate.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=hotline.example.org"]
        + ["-keyout", str(key), "-out", str(certificate)],
        check=True,
        capture_output=True,
    )
    places = {
        "/etc/nginx/hotline/": f"{tmp_path}/",
        "/etc/letsencrypt/live/hotline.example.org/fullchain.pem": str(certificate),
        "/etc/letsencrypt/live/hotline.example.org/privkey.pem": str(key),
        "/var/log/nginx/": f"{tmp_path}/",
        "/var/cache/nginx/hotline": f"{tmp_path}/cache",
    }
    for source in (PROJECT / "deploy" / "nginx").glob("*.conf"):
        text = source.read_text()
        for debian_path, test_path in places.items():
            text = text.replace(debian_path, test_path)
        (tmp_path / source.name).write_text(text)
    modules = "".join(f"load_module {module};\n" for module in sorted(Path("/usr/lib/nginx/modules").glob("*.so")))
    main = tmp_path / "nginx.conf"
    main.write_text(
        f"{modules}pid {tmp_path}/nginx.pid;\nevents {{}}\n"
        f"http {{ include /etc/nginx/mime.types; gzip on; include {tmp_path}/hotline.conf; }}\n"
    )
    checked = subprocess.run(
        ["nginx", "-t", "-p", str(tmp_path), "-c", str(main), "-e", str(tmp_path / "error.log")],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr


def test_plain_http_is_refused_for_a_host_beyond_this_machine():
    result = manage("check", **{**COMPLETE_ENVIRONMENT, "HOTLINE_LOCAL_PLAIN_HTTP": "true"})
    assert result.returncode != 0
    assert "HOTLINE_LOCAL_PLAIN_HTTP" in result.stderr
