# The two commands: `make run` and `make check` (and `make bench`).
# Everything else here is an internal step.

BUILDDIR ?= _build
MESON_OPTIONS ?=

.PHONY: run check bench deps build

run: build
	@echo "entente: the window arrives with the authoring issue; until then, make run validates the bundled example."
	$(BUILDDIR)/src/cli/entente-cli validate data/examples/acme-saas.entente

check: build
	meson test -C $(BUILDDIR) --print-errorlogs

bench: build
	meson compile -C $(BUILDDIR) entente-bench entente-bench-generate
	$(BUILDDIR)/bench/entente-bench $(BENCH_ARGS)

deps:
	@build-aux/install-deps

build: deps
	@if [ ! -f $(BUILDDIR)/build.ninja ]; then meson setup $(BUILDDIR) $(MESON_OPTIONS); fi
	meson compile -C $(BUILDDIR)
