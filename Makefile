# The two commands: `make run` and `make check` (and `make bench`).
# Everything else here is an internal step.

BUILDDIR ?= _build
MESON_OPTIONS ?=

.PHONY: run check check-asan check-valgrind bench screenshots deps build

run: build
	GSETTINGS_SCHEMA_DIR=$(BUILDDIR)/data ENTENTE_LOCALEDIR=$(BUILDDIR)/po $(BUILDDIR)/src/gui/entente data/examples/acme-saas.entente

# The suite runs once in each locale of CHECK_LOCALES (the test setups of
# tests/meson.build); each run says which locale it is in, keeps its log in
# $(BUILDDIR)/meson-logs/testlog-LOCALE.txt, and the end names every
# locale in which something failed.  `make check CHECK_LOCALES=de_DE` runs
# one.  check-asan and check-valgrind run in C.UTF-8 only.
CHECK_LOCALES ?= C en_US de_DE km_KH

check: build
	@failed=""; \
	for setup in $(CHECK_LOCALES); do \
	  echo "make check: the suite in $$setup.UTF-8 (meson test --setup $$setup)"; \
	  if ! locale -a 2>/dev/null | grep -qix "$$setup.utf-\?8"; then \
	    echo "make check: the $$setup.UTF-8 locale is missing (build-aux/install-deps generates it)"; \
	    failed="$$failed $$setup"; continue; \
	  fi; \
	  meson test -C $(BUILDDIR) --setup $$setup --print-errorlogs || failed="$$failed $$setup"; \
	done; \
	if [ -n "$$failed" ]; then \
	  echo "make check: FAILED in:$$failed (see $(BUILDDIR)/meson-logs/testlog-LOCALE.txt)"; exit 1; \
	fi; \
	echo "make check: passed in $(CHECK_LOCALES)"

# The export part compares with LibreOffice, which bench/ensure-libreoffice
# installs when it can (quietly; without it, the comparison is skipped).
# The GUI part needs a display: without one, xvfb-run starts one, and
# dbus-run-session a session bus for it.
bench: build
	meson compile -C $(BUILDDIR) entente-cli entente-bench entente-bench-generate entente-bench-render entente-bench-export entente-bench-merge entente-bench-report entente-bench-limits entente-bench-gui entente-bench-gui-floor
	$(BUILDDIR)/bench/entente-bench $(BENCH_ARGS)
	$(BUILDDIR)/bench/entente-bench-render $(BENCH_RENDER_ARGS)
	@bench/ensure-libreoffice
	$(BUILDDIR)/bench/entente-bench-export $(BENCH_EXPORT_ARGS)
	$(BUILDDIR)/bench/entente-bench-merge $(BENCH_MERGE_ARGS)
	@bench/ensure-duckdb $(BUILDDIR)/bench/duckdb
	$(BUILDDIR)/bench/entente-bench-report $(BENCH_REPORT_ARGS)
	$(BUILDDIR)/bench/entente-bench-limits
	@if [ -n "$$DISPLAY" ]; then \
	  echo "$(BUILDDIR)/bench/entente-bench-gui $(BENCH_GUI_ARGS)"; \
	  $(BUILDDIR)/bench/entente-bench-gui $(BENCH_GUI_ARGS); \
	else \
	  echo "xvfb-run -a -s \"-screen 0 1280x800x24\" dbus-run-session -- $(BUILDDIR)/bench/entente-bench-gui $(BENCH_GUI_ARGS)"; \
	  xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- $(BUILDDIR)/bench/entente-bench-gui $(BENCH_GUI_ARGS); \
	fi

deps:
	@build-aux/install-deps

build: deps
	@if [ ! -f $(BUILDDIR)/build.ninja ]; then meson setup $(BUILDDIR) $(MESON_OPTIONS); fi
	meson compile -C $(BUILDDIR)

# Pictures of every step for the README and the metainfo, drawn under Xvfb
# in the locales people run: en_US (grouped numbers) and km_KH.
screenshots: build
	xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
	  env GSETTINGS_SCHEMA_DIR=$(BUILDDIR)/data ENTENTE_LOCALEDIR=$(BUILDDIR)/po GSETTINGS_BACKEND=memory GTK_A11Y=none \
	  LC_ALL=en_US.UTF-8 LANGUAGE=en \
	  $(BUILDDIR)/tests/entente-screenshots data/examples/acme-saas.entente data/screenshots
	xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
	  env GSETTINGS_SCHEMA_DIR=$(BUILDDIR)/data ENTENTE_LOCALEDIR=$(BUILDDIR)/po GSETTINGS_BACKEND=memory GTK_A11Y=none \
	  LC_ALL=km_KH.UTF-8 LANGUAGE=km \
	  $(BUILDDIR)/tests/entente-screenshots data/examples/angkor-retail-km.entente data/screenshots km-

# The whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer,
# in C.UTF-8 only (the default test setup; `make check` covers the other
# locales); leaks inside the libraries' own process-long caches are suppressed.
# The window's tests run with leak detection off: telling a GTK cache from
# a leak needs full stacks, and GCC's slow unwinder deadlocks in the
# threads of GTK and Mesa (the fast one stops at Debian's libraries, which
# have no frame pointers).  Every other test checks leaks, and
# `make check-valgrind` checks the core once more.  Ten frames of each
# allocation are kept (instead of thirty): enough to name the library a
# cache belongs to and the line of ours that leaks, in a third less time
# than unwinding thirty.
ASAN_BUILDDIR ?= _build-asan
ASAN_ENV = UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  LSAN_OPTIONS=suppressions=$(CURDIR)/build-aux/lsan.supp:print_suppressions=0

check-asan: deps
	@if [ ! -f $(ASAN_BUILDDIR)/build.ninja ]; then \
	  meson setup $(ASAN_BUILDDIR) -Db_sanitize=address,undefined -Db_lundef=false $(MESON_OPTIONS); fi
	meson compile -C $(ASAN_BUILDDIR)
	$(ASAN_ENV) ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0:malloc_context_size=10 \
	  meson test -C $(ASAN_BUILDDIR) --no-suite gui --print-errorlogs --timeout-multiplier 4
	$(ASAN_ENV) ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
	  meson test -C $(ASAN_BUILDDIR) --suite gui --print-errorlogs --timeout-multiplier 4

# The core tests under valgrind's memcheck: any invalid access or definite
# leak fails them.  GLib's own suppressions cover its type system's
# lifelong allocations, build-aux/valgrind.supp the test harness's and
# fontconfig's.  Children forked to be killed mid-save stay silent: they
# run the save code that their parents run whole.  Tests that run a case
# in a child of its own (g_test_trap_subprocess: the save under a
# file-size limit, a FIFO opened) are checked there too; the system's
# tools they start (xmllint, qpdf, the shell) are not ours to check.
# ENTENTE_TEST_UNDER_VALGRIND tells the tests to allow for memcheck's
# slowness and address space; test-hostile then runs its documents in
# its own process, since a memcheck started for each case doubled the
# time of this check.
VALGRIND = valgrind --quiet --error-exitcode=1 --leak-check=full \
  --errors-for-leak-kinds=definite --show-leak-kinds=definite \
  --child-silent-after-fork=yes \
  --trace-children=yes --trace-children-skip='/usr/*,/bin/*,/sbin/*' \
  --suppressions=/usr/share/glib-2.0/valgrind/glib.supp \
  --suppressions=$(CURDIR)/build-aux/valgrind.supp

check-valgrind: build
	@build-aux/install-deps valgrind
	G_SLICE=always-malloc ENTENTE_TEST_UNDER_VALGRIND=1 \
	  meson test -C $(BUILDDIR) --suite core --print-errorlogs \
	  --timeout-multiplier 20 --wrapper "$(VALGRIND)"

# The libFuzzer harnesses of fuzz/, built with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, each run for FUZZ_SECONDS.  The corpus each
# one grows is kept in $(FUZZ_BUILDDIR)/fuzz-corpus/TARGET for the next
# run; the seeds are assembled from the repository's documents and exports
# each time; an input that crashes is written to
# $(FUZZ_BUILDDIR)/fuzz-artifacts/TARGET/ and fails the target (add it to
# tests/data/fuzz-regressions/TARGET/ with the fix).
FUZZ_BUILDDIR ?= _build-fuzz
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= load actuals merge diff

.PHONY: fuzz
fuzz:
	@build-aux/install-deps clang
	@if [ ! -f $(FUZZ_BUILDDIR)/build.ninja ]; then \
	  CC=clang meson setup $(FUZZ_BUILDDIR) -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false; fi
	meson compile -C $(FUZZ_BUILDDIR) $(addprefix fuzz-,$(FUZZ_TARGETS))
	fuzz/make-seeds $(CURDIR) $(FUZZ_BUILDDIR)/fuzz-seeds
	@failed=""; \
	for target in $(FUZZ_TARGETS); do \
	  dict=fuzz/entente.dict; [ $$target = actuals ] && dict=fuzz/actuals.dict; \
	  mkdir -p $(FUZZ_BUILDDIR)/fuzz-corpus/$$target $(FUZZ_BUILDDIR)/fuzz-artifacts/$$target; \
	  log=$(FUZZ_BUILDDIR)/fuzz-artifacts/$$target.log; \
	  echo "fuzz-$$target: $(FUZZ_SECONDS) s, log in $$log"; \
	  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	     $(FUZZ_BUILDDIR)/fuzz/fuzz-$$target -max_total_time=$(FUZZ_SECONDS) \
	       -rss_limit_mb=2048 -timeout=10 -dict=$$dict -print_final_stats=1 \
	       -artifact_prefix=$(FUZZ_BUILDDIR)/fuzz-artifacts/$$target/ \
	       $(FUZZ_BUILDDIR)/fuzz-corpus/$$target $(FUZZ_BUILDDIR)/fuzz-seeds/$$target \
	       >$$log 2>&1; then \
	    grep -E '^#[0-9]+[[:space:]]+DONE' $$log | tail -n 1; \
	    grep -E '^stat::(number_of_executed_units|average_exec_per_sec)' $$log; \
	  else \
	    tail -n 60 $$log; \
	    echo "fuzz-$$target: FAILED; the input is in $(FUZZ_BUILDDIR)/fuzz-artifacts/$$target/"; \
	    failed="$$failed $$target"; \
	  fi; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: crashed:$$failed"; exit 1; fi
