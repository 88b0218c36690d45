# Build, install, test and demo for the campaign extension (PGXS).
#
# `make test` and `make demo` are the two commands of the README's quick start:
# each first installs whatever is missing through apt (scripts/ensure-deps), then
# builds and installs the extension and runs in a throw-away cluster (pg_virtualenv).

# campaign_proxy (src/campaign_proxy.sql) is the second extension: the
# functions of campaign routed over many shards with PL/Proxy, for the proxy
# database (docs/scale-out.md).
EXTENSION  = campaign campaign_proxy
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" campaign.control)
PROXY_VERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" campaign_proxy.control)

MODULE_big = campaign
OBJS = \
	src/campaign.o \
	src/authority.o \
	src/clock.o \
	src/status_machine.o \
	src/lifecycle.o \
	src/validate.o \
	src/spi_util.o \
	src/reference_cache.o \
	src/zone_cache.o \
	src/legal_windows.o \
	src/closed_days.o \
	src/frequency_caps.o \
	src/send_time.o \
	src/phone.o \
	src/subscriber_rules.o \
	src/shipped_rows.o \
	src/planned_time.o \
	src/processing.o \
	src/claim.o \
	src/dispatch.o \
	src/message_store.o \
	src/worker.o \
	src/tenant.o

# The one editable install script is src/campaign.sql; the versioned script
# that CREATE EXTENSION reads is generated from it, as pgvector does, so that
# upgrade scripts (src/campaign--A--B.sql) can be added without copying, and
# the generated reference data (src/data/*.sql, see scripts/gen-phone-prefixes)
# is appended to it. The install scripts of released versions
# (src/campaign--0.1.0.sql) are shipped as they were, beside the upgrade
# scripts, so that CREATE EXTENSION campaign VERSION '0.1.0' works.
DATA_built = campaign--$(EXTVERSION).sql campaign_proxy--$(PROXY_VERSION).sql
DATA = $(wildcard src/campaign--*.sql)
EXTRA_CLEAN = results output_iso tmp_check test-results examples/dispatcher/campaign-dispatcher

REGRESS = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=.
ISOLATION = $(sort $(basename $(notdir $(wildcard specs/*.spec))))
ISOLATION_OPTS = --inputdir=.

PG_CFLAGS = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers

PG_CONFIG ?= $(shell scripts/pg-config 2>/dev/null || echo pg_config)
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(wildcard $(PGXS)),)
include $(PGXS)

# PGXS tracks no header dependencies: every object depends on every header
$(OBJS): $(wildcard src/*.h)
all: examples
else
# No server headers yet: only the targets that install them can run.
all:
	@echo "PostgreSQL server headers are missing: run 'make test' or 'make demo' as root, or scripts/ensure-deps" >&2
	@exit 1
endif

REFERENCE_DATA = $(sort $(wildcard src/data/*.sql))

.PHONY: test demo deps fuzz test-long examples bench test-shards deb dist

# The example dispatcher is a libpq client, not part of the extension: it has
# its own Makefile and never enters PGXS's objects. `make` builds it too.
examples:
	$(MAKE) -C examples/dispatcher PG_CONFIG=$(PG_CONFIG)

campaign--$(EXTVERSION).sql: src/campaign.sql $(REFERENCE_DATA) campaign.control
	cat src/campaign.sql $(REFERENCE_DATA) > $@

campaign_proxy--$(PROXY_VERSION).sql: src/campaign_proxy.sql campaign_proxy.control
	cat src/campaign_proxy.sql > $@

deps:
	scripts/ensure-deps

test: deps
	$(MAKE) install
	scripts/run-tests

demo: deps
	$(MAKE) install
	scripts/demo

# the shard suite alone: a proxy and four shard servers on loopback
# (scripts/test-shards; make test runs it too, as scripts/tests.d/shards)
test-shards: deps
	$(MAKE) install
	scripts/test-shards

# the long runs: two immediate stops during a 100,000-subscriber campaign,
# and a one-minute pgbench load (docs/reliability.md)
test-long: deps
	$(MAKE) install
	scripts/crash-test
	scripts/load-test

# sqlsmith against the extension: 20000 queries or 5 minutes (scripts/fuzz)
fuzz: deps
	$(MAKE) install
	scripts/fuzz 20000 300

# Benchmarks: every bench/*.sh, each in its own throw-away cluster.
bench: deps
	$(MAKE) install
	@for script in bench/*.sh; do \
		echo "== $$script"; \
		pg_virtualenv -t -v $(MAJORVERSION) bash "$$script" || exit 1; \
	done

# The Debian packages (debian/, in the style of Debian's PostgreSQL
# extensions: pg_buildext, debian/pgversions), built by dpkg-buildpackage
# from a clean copy of HEAD in a temporary directory; prints the .deb paths.
deb: deps
	scripts/make-deb

# The release archive for PGXN (META.json): HEAD as campaign-<version>.zip,
# made by git archive.
dist:
	@meta_version=$$(sed -n 's/^ *"version": "\(.*\)",$$/\1/p' META.json | head -1); \
	if [ "$$meta_version" != "$(EXTVERSION)" ]; then \
		echo "META.json is at $$meta_version, campaign.control at $(EXTVERSION)" >&2; exit 1; \
	fi
	git archive --format=zip --prefix=campaign-$(EXTVERSION)/ -o campaign-$(EXTVERSION).zip HEAD
	@echo $(CURDIR)/campaign-$(EXTVERSION).zip
