# READI Learn. `make run` installs and starts everything; `make test` runs every check CI runs.
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export DEMO_PASSWORD ?= readi-demo-2026
MESSAGES_IGNORE := --ignore=.venv --ignore=node_modules --ignore=staticfiles --ignore=var

.PHONY: install run test lint format messages compilemessages bench worker clean

$(VENV)/.installed: requirements.txt
	test -d $(VENV) || python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

static/vendor/fonts.css: node_modules/.installed scripts/build-vendor.mjs
	npm run --silent build

install: $(VENV)/.installed static/vendor/fonts.css

compilemessages: install
	$(PY) manage.py compilemessages $(MESSAGES_IGNORE) -v0

run: install compilemessages
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py certificate_key --if-missing
	$(PY) manage.py collectstatic --noinput -v0
	$(PY) manage.py seed_demo
	@echo ""
	@echo "READI Learn: http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	@echo "Demo log-ins: demo-youth, demo-senior, demo-judge, demo-prosecutor, demo-investigator,"
	@echo "  demo-defence, demo-educator, demo-moderator, demo-admin, demo-graduate"
	@echo "Demo password: $(DEMO_PASSWORD)"
	@echo ""
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" PORT=$(PORT) $(VENV)/bin/honcho start -f Procfile

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: lint compilemessages
	$(PY) manage.py makemigrations --check --dry-run -v1
	$(PY) manage.py check --fail-level WARNING
	$(VENV)/bin/pytest

messages: install
	$(PY) manage.py makemessages $(MESSAGES_IGNORE) --no-obsolete --all
	$(PY) manage.py makemessages $(MESSAGES_IGNORE) --no-obsolete --all -d djangojs

bench: install
	@for script in benchmarks/*.py; do $(PY) $$script || exit 1; done

clean:
	rm -rf staticfiles static/vendor var
