# The two commands: `make run` and `make test`. Everything else here serves them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test lint messages chromium demo clean

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# .mo files are built, never committed.
messages: $(VENV)/.runtime
	@command -v msgfmt >/dev/null || (apt-get update -qq && apt-get install -y -qq gettext >/dev/null)
	$(PY) manage.py compilemessages --ignore=$(VENV) --ignore=node_modules -v 0

demo: $(VENV)/.runtime messages
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py load_demo_content --accounts
	$(PY) manage.py hotline_keys init --if-missing --demo-consultant

run: demo
	@echo "Serving on http://127.0.0.1:$(PORT)  (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# Debian's Chromium for the browser tests; when it cannot be installed they are skipped, saying why.
chromium:
	@test -x $(CHROMIUM) || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
		|| echo "Chromium could not be installed: browser tests will be skipped."

# One test process per core (pytest-xdist). Tests are handed out in the order pytest-django gives them, which
# keeps the tests that empty the database (transactional ones) after the others in every process.
test: $(VENV)/.dev messages chromium
	$(PY) -m pytest --numprocesses auto --dist load

# The production stack on this machine: nginx (with Debian's headers-more module, and brotli where it can be had)
# and wrk installed when missing, then deploy/local_stack.py. Needs DATABASE_URL and REDIS_URL (README "Deploying").
.PHONY: nginx serve bench
NGINX_PACKAGES := nginx libnginx-mod-http-headers-more-filter wrk
NGINX_OPTIONAL_PACKAGES := libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static
SERVE_PORT := $(if $(filter default file,$(origin PORT)),8080,$(PORT))

nginx:
	@(command -v nginx && command -v wrk && test -e /usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so) \
		>/dev/null || (apt-get update -qq && apt-get install -y -qq $(NGINX_PACKAGES) >/dev/null \
		&& (apt-get install -y -qq $(NGINX_OPTIONAL_PACKAGES) >/dev/null || echo "No brotli modules: gzip only."))

serve: $(VENV)/.runtime messages nginx
	$(PY) -m deploy.local_stack --port $(SERVE_PORT)

# wrk against the stack of `make serve`, limits relaxed for that run (deploy/bench.py; README "Benchmark").
bench: $(VENV)/.runtime messages nginx
	$(PY) -m deploy.bench --port $(SERVE_PORT)

# Every page type at 360x740 and 1280x800 in Serbian Latin, Serbian Cyrillic and Arabic, from the demo content in a
# throwaway database, into test-artifacts/screenshots/pages/ (git-ignored) to be looked at.
.PHONY: screenshots
screenshots: $(VENV)/.dev messages chromium
	$(PY) -m tests.browser.screenshots

lint: $(VENV)/.dev messages
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles test-artifacts
