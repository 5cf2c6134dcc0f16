# Pasar Kriya. `make demo` serves the demo site; `make test` runs the whole suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# On CI (CI=true) the suite also runs on PostgreSQL and missing services fail instead of skip.
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/pasarkriya

.PHONY: install install-dev browser nginx demo serve test lint format messages lock clean bench lighthouse audit loadtest backup restore prod-local

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25"

$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-dev: $(BIN)/python requirements-dev.lock pyproject.toml
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo --address http://$(HOST):$(PORT)
	@echo "Serving on http://$(HOST):$(PORT)/ (Ctrl+C to stop)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

serve: install
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Debian's Chromium drives the browser tests (Playwright cannot download its own browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else echo "Chromium is missing (apt install chromium): browser tests will be skipped."; fi; }

# Debian's nginx with the cache purge module, for make prod-local and its test.
nginx:
	@test -f /usr/lib/nginx/modules/ngx_http_cache_purge_module.so || { \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx libnginx-mod-http-cache-purge >/dev/null; \
		else echo "nginx is missing (apt install nginx libnginx-mod-http-cache-purge): its test will be skipped."; fi; }

test: install-dev lint scan browser nginx
	DJANGO_SETTINGS_MODULE=siteconf.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=siteconf.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest
ifeq ($(CI),true)
	DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest
endif

# Seeded PostgreSQL catalogs (1,000 / 10,000 / 100,000 products) served by gunicorn with the
# production settings, driven by wrk (Debian's, installed when missing); figures printed and
# written to bench-results/. BENCH_ARGS="--sizes 1000 --duration 5" for a shorter run.
bench: install-dev
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

# Lighthouse 13 (npm, pinned in tools/lighthouse) in Debian's Chromium, mobile profile, against
# the demo's home page, product list and a product page served with the production settings.
lighthouse: install-dev browser
	$(BIN)/python scripts/lighthouse.py

# sqlmap (tools/sqlmap, its own environment, offline) against every public filter and search
# parameter of the demo served on PostgreSQL with the production settings; fails on a finding.
audit: install-dev
	$(BIN)/python scripts/audit.py $(AUDIT_ARGS)

# A bounded load test on loopback (LOAD_ARGS="--duration 180 --visitors 12"): browsing, carts and
# bank-transfer checkouts at once against a fresh copy of the demo on PostgreSQL; prints figures
# and fails on an error response, an oversold product or a lost order.
loadtest: install-dev
	$(BIN)/python scripts/loadtest.py $(LOAD_ARGS)

# The production stack on this machine (PostgreSQL, Redis, two gunicorns, the task worker, nginx
# with TLS and its page cache, localstripe) and a smoke test through it: browse, inquiry, card
# checkout, webhook, emails sent, order paid. PROD_LOCAL_ARGS=--serve keeps it up to look around.
prod-local: install-dev nginx
	$(BIN)/python scripts/prod_local.py $(PROD_LOCAL_ARGS)

# One archive of the database, media/ and private-media/ with a manifest (checksums, migrations,
# counts) in backups/ (BACKUP_DIR to change); the site may keep running.
backup: install
	$(BIN)/python manage.py backup

# Replace the database and both media folders with an archive's, after checking all of it:
# make restore ARCHIVE=backups/pasarkriya-YYYYmmdd-HHMMSS.tar.gz (asks first, unless
# RESTORE_ARGS=--noinput; see README).
restore: install
	@test -n "$(ARCHIVE)" || { echo "Usage: make restore ARCHIVE=backups/pasarkriya-YYYYmmdd-HHMMSS.tar.gz"; exit 2; }
	$(BIN)/python manage.py restore $(RESTORE_ARGS) "$(ARCHIVE)"

# Static security scan, failing on any finding: bandit over the code (.bandit.yml) and the tests
# (.bandit-tests.yml), then semgrep's own tests of the rules in .semgrep/ (a rule that cannot fail
# fails here) and semgrep over the code with those rules only (offline, no registry rules). A
# false positive is marked on its line: `# nosec B123  # why`, `# nosemgrep: rule-id -- why`.
# semgrep lives in its own virtual environment (its pinned dependencies clash with ours), made
# from tools/semgrep/requirements.txt (hashes; re-lock with `make scan-lock`); its settings and
# log stay in tools/semgrep/.state.
SEMGREP_VENV := tools/semgrep/.venv
SEMGREP := SEMGREP_SETTINGS_FILE=$(CURDIR)/tools/semgrep/.state/settings.yml \
	SEMGREP_LOG_FILE=$(CURDIR)/tools/semgrep/.state/semgrep.log \
	SEMGREP_VERSION_CACHE_PATH=$(CURDIR)/tools/semgrep/.state/version \
	$(CURDIR)/$(SEMGREP_VENV)/bin/semgrep
SEMGREP_FLAGS := --metrics=off --disable-version-check --quiet
BANDIT_LEVELS := --severity-level low --confidence-level medium

.PHONY: scan scan-lock

$(SEMGREP_VENV)/.installed: tools/semgrep/requirements.txt
	$(PYTHON) -m venv $(SEMGREP_VENV)
	$(SEMGREP_VENV)/bin/pip install --quiet --require-hashes -r tools/semgrep/requirements.txt
	mkdir -p tools/semgrep/.state
	touch $@

scan: install-dev $(SEMGREP_VENV)/.installed
	$(BIN)/bandit --quiet -c .bandit.yml -r . $(BANDIT_LEVELS)
	$(BIN)/bandit --quiet -c .bandit-tests.yml -r tests $(BANDIT_LEVELS)
	cd .semgrep && $(SEMGREP) --test $(SEMGREP_FLAGS) .
	$(SEMGREP) scan --config .semgrep/ $(SEMGREP_FLAGS) --error \
		--exclude tests --exclude .semgrep --exclude tools .

scan-lock: install-dev
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-find-links \
		--no-emit-index-url -o tools/semgrep/requirements.txt tools/semgrep/requirements.in

# Extract and compile the translation catalogs (needs GNU gettext).
messages: install-dev
	$(BIN)/python manage.py makemessages --locale id --locale en --ignore ".venv/*" --ignore "tests/*"
	$(BIN)/python manage.py compilemessages --ignore ".venv/*"

# Re-resolve the locked dependency versions after changing pyproject.toml. Compiled on Debian
# 12's Python (3.11.2, what a council's server runs): pip-compile writes no markers, so a lock
# compiled on a newer 3.11 leaves out what 3.11.2 needs and pins what it refuses.
LOCK_PYTHON ?= /usr/bin/python3.11
lock:
	$(LOCK_PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet pip-tools
	.lock-venv/bin/pip-compile --quiet --generate-hashes --strip-extras --no-emit-find-links --no-emit-index-url -o requirements.lock pyproject.toml
	.lock-venv/bin/pip-compile --quiet --generate-hashes --strip-extras --no-emit-find-links --no-emit-index-url --extra dev -o requirements-dev.lock pyproject.toml

clean:
	rm -rf $(VENV) .lock-venv db.sqlite3 db.sqlite3-wal db.sqlite3-shm static_collected
