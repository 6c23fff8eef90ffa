"""`make bench`: the stack of `make serve` measured with wrk, one table, written to bench-results/.

Each page is asked for by wrk (2 threads, 16 connections, 10 s by default) through nginx, and a static file twice:
through nginx and straight from gunicorn + WhiteNoise. SQL queries per page come from a separate step
(deploy/bench_pages.py). Contact POSTs are timed at 1 and at 8 concurrent senders, key derivation included.
For this run only, nginx's request-rate limits are left out and the form's rate limits, fill-time check and
proof of work are relaxed (local_stack.RELAXED_CONTACT_SETTINGS): the benchmark would otherwise measure refusals.
"""

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import requests
from bs4 import BeautifulSoup

from deploy.local_stack import PROJECT, Stack, StackError, default_workers

RESULTS = PROJECT / "bench-results"
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}
SIZES = {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}
STATIC_LABEL = "static CSS (nginx)"
APP_STATIC_LABEL = "static CSS (gunicorn + WhiteNoise)"
UNCACHED_LABEL = "article, uncached (query string)"


def wrk(url, *, threads, connections, seconds):
    """Requests per second, p50 and p99 in ms, bytes read per response and non-2xx/3xx answers of one wrk run."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    command += ["-H", "Accept-Encoding: gzip"]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout  # noqa: S603
    latency = dict(re.findall(r"^\s+(50|99)(?:\.0+)?%\s+([\d.]+\w+)\s*$", output, re.MULTILINE))
    if not latency:
        raise StackError(f"wrk answered without latencies for {url}:\n{output}")
    requests_done, read = re.search(r"(\d+) requests in [\d.]+\w+, ([\d.]+\w+) read", output).groups()
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": milliseconds(latency["50"]),
        "p99_ms": milliseconds(latency["99"]),
        "bytes_per_response": round(size_in_bytes(read) / max(int(requests_done), 1)),
        "errors": int(errors.group(1)) if errors else 0,
    }


def milliseconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", text).groups()
    return float(number) * UNITS[unit]


def size_in_bytes(text):
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", text).groups()
    return float(number) * SIZES[unit]


def pages_and_queries(stack, environment):
    result = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, "-m", "deploy.bench_pages"],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise StackError(f"deploy/bench_pages.py failed:\n{result.stderr}")
    return json.loads(result.stdout.splitlines()[-1])


def style_sheet(stack):
    page = BeautifulSoup(requests.get(stack.url("/sr-latn/"), timeout=30).text, "html.parser")
    return page.select_one("link[rel=stylesheet]")["href"]


def send_messages(stack, path, count, timings, statuses):
    """One sender: the contact form fetched, filled in and sent ``count`` times; the POSTs timed."""
    with requests.Session() as session:
        for number in range(count):
            form = BeautifulSoup(session.get(stack.url(path), timeout=60).text, "html.parser").select_one(
                "form[method=post]"
            )
            fields = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
            fields["topic"] = form.select_one("input[name=topic]")["value"]
            fields["message"] = f"Benchmark message {number}: an offer of work abroad, my passport taken."
            started = time.perf_counter()
            response = session.post(stack.url(path), data=fields, timeout=60)
            timings.append((time.perf_counter() - started) * 1000)
            statuses.append(response.status_code)


def contact_posts(stack, path, senders, per_sender):
    timings, statuses = [], []
    threads = [
        threading.Thread(target=send_messages, args=(stack, path, per_sender, timings, statuses))
        for _ in range(senders)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    quantiles = statistics.quantiles(timings, n=100, method="inclusive")
    return {
        "senders": senders,
        "posts": len(timings),
        "p50_ms": round(quantiles[49], 1),
        "p99_ms": round(quantiles[98], 1),
        "5xx": sum(status >= 500 for status in statuses),
        "other_than_200": sum(status != 200 for status in statuses),
    }


def machine():
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    memory_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    nginx = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip()  # noqa: S607
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return f"{os.cpu_count()} cores ({model}), {memory_kb // 1024**2} GiB, {nginx}, load average at start {load}"


def table(rows, posts):
    """Each row's throughput as a ratio of the static file's through nginx (the target for cached pages), and
    of the static file's through gunicorn + WhiteNoise (the reference of the target for an uncached article)."""
    static_rps = rows[STATIC_LABEL]["requests_per_second"]
    app_static_rps = rows[APP_STATIC_LABEL]["requests_per_second"]
    lines = [
        "| page | req/s | p50 ms | p99 ms | bytes/response | SQL rendered / again | x static (nginx) "
        "| x static (gunicorn) | errors |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for label, row in rows.items():
        queries = f"{row['queries_rendered']} / {row['queries_again']}" if "queries_rendered" in row else "-"
        lines.append(
            f"| {label} | {row['requests_per_second']:,.0f} | {row['p50_ms']:.1f} | {row['p99_ms']:.1f} "
            f"| {row['bytes_per_response']:,} | {queries} | {row['requests_per_second'] / static_rps:.3f} "
            f"| {row['requests_per_second'] / app_static_rps:.3f} | {row['errors']} |"
        )
    lines += [
        "",
        "| contact POST | posts | p50 ms | p99 ms | 5xx | not 200 |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for run in posts:
        lines.append(
            f"| {run['senders']} sender(s) | {run['posts']} | {run['p50_ms']:.0f} | {run['p99_ms']:.0f} "
            f"| {run['5xx']} | {run['other_than_200']} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", "10")))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=default_workers(), help="gunicorn workers (default: 2)")
    parser.add_argument("--posts", type=int, default=16, help="contact POSTs at each concurrency")
    parser.add_argument("--run-dir", type=Path, default=PROJECT / ".serve", help="as make serve's")
    arguments = parser.parse_args()
    measure = {"threads": arguments.threads, "connections": arguments.connections, "seconds": arguments.seconds}
    started = datetime.now(UTC)
    about = machine()
    try:
        with Stack(arguments.run_dir, arguments.port, workers=arguments.workers, relaxed=True) as stack:
            pages = pages_and_queries(stack, stack.environment())
            css = style_sheet(stack)
            rows = {STATIC_LABEL: wrk(stack.url(css), **measure)}
            # The uncached article right after its reference, so that both meet the machine in the same state: the
            # runs through nginx, at tens of thousands of requests a second, leave it slower for a while.
            rows[APP_STATIC_LABEL] = wrk(stack.app_url(css), **measure)
            # A query string keeps both full-page caches out of it: the article put together by the application.
            article = pages["article"]
            uncached = {**wrk(stack.url(f"{article['path']}?bench=uncached"), **measure), **article}
            for label, page in pages.items():
                rows[label] = {**wrk(stack.url(page["path"]), **measure), **page}
            rows[UNCACHED_LABEL] = uncached
            contact = pages["contact (GET)"]["path"]
            posts = [contact_posts(stack, contact, senders, max(arguments.posts // senders, 2)) for senders in (1, 8)]
    except StackError as error:
        sys.exit(str(error))
    about += ", at the end " + ", ".join(f"{value:.1f}" for value in os.getloadavg())
    report = table(rows, posts)
    settings = f"wrk -t{arguments.threads} -c{arguments.connections} -d{arguments.seconds}s, Accept-Encoding: gzip"
    text = f"# make bench, {started:%Y-%m-%d %H:%M} UTC\n\n{about}\n{settings}\n\n{report}\n"
    RESULTS.mkdir(exist_ok=True)
    stem = RESULTS / f"{started:%Y%m%dT%H%M%S}"
    stem.with_suffix(".md").write_text(text)
    stem.with_suffix(".json").write_text(json.dumps({"machine": about, "pages": rows, "contact_posts": posts}))
    sys.stdout.write(text + f"\nWritten to {stem}.md and .json\n")


if __name__ == "__main__":
    main()
