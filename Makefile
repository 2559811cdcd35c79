.PHONY: install run worker test lint ci bench demo smoke

install:
	bash scripts/setup.sh test

run:
	bash scripts/run.sh

worker:
	.venv/bin/python manage.py qcluster

test:
	bash scripts/test.sh

lint:
	.venv/bin/ruff check . && .venv/bin/ruff format --check .

smoke:
	bash scripts/smoke.sh

ci:
	bash .ci/run

bench:
	@for script in bench/*.py; do .venv/bin/python "$$script"; done

demo:
	bash scripts/run.sh
