# AssoBudget: build the LibreOffice extension, test it in a real Calc, run the demo.
# `make demo` and `make check` install the Debian packages they need first.
# Quiet by default; `make V=1` shows the commands. Every output goes under build/.

VERSION := 0.1.0

SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
Q := $(if $(V),,@)

B := $(CURDIR)/build
OFFICE := /usr/lib/libreoffice/program
SDK := /usr/lib/libreoffice/sdk
PY := /usr/bin/python3

# Sources are found recursively; objects mirror their folders under build/obj.
CORE_SRC := $(shell find addin/core/src -name '*.c' | sort)
CORE_OBJ := $(CORE_SRC:addin/core/src/%.c=$(B)/obj/core/%.o)
CORE_SAN_OBJ := $(CORE_SRC:addin/core/src/%.c=$(B)/obj/core-san/%.o)
UNO_SRC := $(shell find addin/uno -name '*.c' | sort)
UNO_OBJ := $(UNO_SRC:addin/uno/%.c=$(B)/obj/uno/%.o)
CORE_TEST_SRC := $(shell find tests/core -name '*.cpp' | sort)
FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)
FUZZERS := $(FUZZ_SRC:tests/fuzz/%.c=$(B)/fuzz/%)
BENCH_SRC := $(wildcard tests/bench/bench_*.c)
BENCHES := $(BENCH_SRC:tests/bench/%.c=$(B)/bench/%)
TABLE := $(wildcard addin/functions/*.toml)
IDL := idl/org/assobudget/XFunctions.idl
DOCS := docs/fonctions.md

WARN := -Wall -Wextra -Werror
XML_CFLAGS = $(shell pkg-config --cflags libxml-2.0)
XML_LIBS = $(shell pkg-config --libs libxml-2.0)
CORE_CFLAGS = -std=c11 -O2 -g -fPIC -fvisibility=hidden $(WARN) -Iaddin/core/include $(XML_CFLAGS) -MMD -MP
SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# The component: C against binary UNO (environment "uno"), so one source serves every platform.
UNO_CFLAGS := -std=c11 -O2 -g -fPIC -fvisibility=hidden $(WARN) -DUNX -DLINUX \
    -isystem $(SDK)/include -I$(B)/gen -Iaddin/uno -Iaddin/core/include -MMD -MP
UNO_LIBS = -L$(SDK)/lib -luno_cppu -luno_sal $(XML_LIBS) -lm
TEST_CXXFLAGS := -std=c++17 -O1 -g -Wall -Wextra -Iaddin/core/include

OXT := $(B)/assobudget.oxt
LIB := $(B)/libassobudget.uno.so
RDB := $(B)/assobudget.rdb

# Windows x64: the component DLL and the core tests under wine (packaging/windows.mk).
include packaging/windows.mk

.PHONY: all deps demo check check-all check-table check-core check-oxt check-calc check-fuzz \
        check-current fuzz fuzz-run bench bench-run generate install uninstall clean
.DEFAULT_GOAL := all

all: $(OXT)

deps:
	$(Q)packaging/install-deps.sh

# ---- the function table and what is generated from it -------------------------------

# The committed IDL and reference are rewritten only here; `make check` fails when they drift.
MODEL := registry/templates/AssoBudget/budget-association.fods

generate:
	$(Q)$(PY) packaging/functions.py idl $(IDL)
	$(Q)$(PY) packaging/functions.py docs $(DOCS)
	$(Q)cd packaging && $(PY) -m workbook write ../$(MODEL) && $(PY) -m workbook names ../docs/classeur.md

$(B)/gen/function_table.h: $(TABLE) packaging/functions.py
	$(Q)$(PY) packaging/functions.py c $@

# ---- UNO types -----------------------------------------------------------------------

# The build reads the IDL as committed: a plain `make` never rewrites tracked files.
$(RDB): $(IDL)
	@mkdir -p $(@D)
	$(Q)$(SDK)/bin/unoidl-write $(OFFICE)/types.rdb $(OFFICE)/types/offapi.rdb $< $@

# ---- the shared library: C core + C component ----------------------------------------

$(B)/obj/core/%.o: addin/core/src/%.c
	@mkdir -p $(@D)
	$(Q)gcc $(CORE_CFLAGS) -c $< -o $@

$(B)/obj/core-san/%.o: addin/core/src/%.c
	@mkdir -p $(@D)
	$(Q)gcc $(CORE_CFLAGS) $(SAN) -O1 -c $< -o $@

$(B)/obj/uno/%.o: addin/uno/%.c $(B)/gen/function_table.h
	@mkdir -p $(@D)
	$(Q)gcc $(UNO_CFLAGS) -c $< -o $@

$(LIB): $(CORE_OBJ) $(UNO_OBJ)
	$(Q)gcc -shared -o $@ $^ -Wl,--no-undefined -Wl,-z,defs $(UNO_LIBS)

# ---- the extension -------------------------------------------------------------------

REGISTRY_FILES := $(shell find registry -type f)

# Templates: each flat-XML source registry/templates/CATEGORY/NAME.fods becomes
# build/templates/CATEGORY/NAME.ots (packaging/ots.py, no office needed); the .oxt ships the
# .ots, never the source. The model workbook must be there: the build fails without it.
TEMPLATE_SRC := $(shell find registry/templates -name '*.fods' 2>/dev/null | sort)
TEMPLATE_OTS := $(TEMPLATE_SRC:registry/templates/%.fods=$(B)/templates/%.ots)
MODEL_SRC := registry/templates/AssoBudget/budget-association.fods

$(B)/templates/%.ots: registry/templates/%.fods packaging/ots.py
	@mkdir -p $(@D)
	$(Q)$(PY) packaging/ots.py $< $@

$(MODEL_SRC):
	@echo "error: $@ is missing: the model workbook's source, written by packaging/workbook/"; exit 1

# One .oxt for every platform: each platform's library beside its own .components file.
$(OXT): $(LIB) $(WIN_DLL) $(RDB) $(REGISTRY_FILES) $(MODEL_SRC) $(TEMPLATE_OTS) LICENSE Makefile
	$(Q)rm -rf $(B)/oxt $@ && mkdir -p $(B)/oxt/Linux_x86_64 $(B)/oxt/Windows_x86_64
	$(Q)cp -r registry/. $(B)/oxt/ && rm $(B)/oxt/description.xml.in
	$(Q)find $(B)/oxt/templates -name '*.fods' -delete && cp -r $(B)/templates/. $(B)/oxt/templates/
	$(Q)sed 's/@VERSION@/$(VERSION)/' registry/description.xml.in > $(B)/oxt/description.xml
	$(Q)cp LICENSE $(RDB) $(B)/oxt/
	$(Q)strip --strip-unneeded -o $(B)/oxt/Linux_x86_64/libassobudget.uno.so $(LIB)
	$(Q)$(WIN_STRIP) --strip-unneeded -o $(B)/oxt/Windows_x86_64/assobudget.uno.dll $(WIN_DLL)
	$(Q)cd $(B)/oxt && zip -r -X -q $@ .
	@echo "built $@ ($$(stat -c %s $@) bytes, version $(VERSION))"

# ---- tests ---------------------------------------------------------------------------

check: deps
	$(Q)$(MAKE) --no-print-directory check-all

check-all: check-table check-core check-wine check-fuzz check-oxt check-calc
	$(Q)$(PY) tests/summary.py $(B)/results

$(B)/tests/core: $(CORE_TEST_SRC) $(CORE_OBJ)
	@mkdir -p $(@D)
	$(Q)g++ $(TEST_CXXFLAGS) $^ -lcppunit $(XML_LIBS) -lm -o $@

$(B)/tests/core-san: $(CORE_TEST_SRC) $(CORE_SAN_OBJ)
	@mkdir -p $(@D)
	$(Q)g++ $(TEST_CXXFLAGS) $(SAN) $^ -lcppunit $(XML_LIBS) -lm -o $@

check-table:
	@mkdir -p $(B)/results
	$(Q)$(PY) packaging/functions.py check | tee $(B)/results/table.log
	$(Q)$(PY) packaging/chart.py check | tee -a $(B)/results/table.log
	$(Q)cd packaging && $(PY) -m workbook check ../$(MODEL) | tee -a $(B)/results/table.log
	$(Q)cd packaging && $(PY) -m workbook check-names ../docs/classeur.md | tee -a $(B)/results/table.log

check-core: $(B)/tests/core $(B)/tests/core-san
	@mkdir -p $(B)/results
	$(Q)$(B)/tests/core | tee $(B)/results/core.log
	$(Q)ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 $(B)/tests/core-san \
	    | sed 's/^core:/core (ASan+UBSan):/' | tee $(B)/results/core-san.log

check-oxt: $(OXT)
	@mkdir -p $(B)/results
	$(Q)$(PY) packaging/check_oxt.py $(OXT) | tee $(B)/results/oxt.log

check-calc: $(OXT)
	@mkdir -p $(B)/results
	$(Q)$(PY) tests/calc/run_calc_tests.py $(OXT) $(B)/calc-tests | tee $(B)/results/calc.log

# The Calc tests in Debian 13's LibreOffice (25.x), in a chroot built once in build/trixie-root
# (root and network needed; several minutes the first time). Not part of make check.
check-current: $(OXT)
	$(Q)packaging/check-current.sh $(OXT)

# ---- fuzzing (libFuzzer): tests/fuzz/fuzz_NAME.c, seeds in tests/fuzz/corpus/fuzz_NAME/ ----

FUZZ_SECONDS ?= 60
FUZZ_CFLAGS = -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -Iaddin/core/include $(XML_CFLAGS)

$(B)/fuzz/%: tests/fuzz/%.c $(CORE_SRC)
	@mkdir -p $(@D)
	$(Q)clang $(FUZZ_CFLAGS) $< $(CORE_SRC) $(XML_LIBS) -lm -o $@

# make check: each target replays its seeds and explores for a few seconds.
check-fuzz: $(FUZZERS)
	@mkdir -p $(B)/results
	$(Q)n=0; for f in $(FUZZERS); do name=$$(basename $$f); mkdir -p $(B)/fuzz/found-$$name; \
	    $$f -max_total_time=3 -print_final_stats=0 $(B)/fuzz/found-$$name tests/fuzz/corpus/$$name \
	        > $(B)/fuzz/$$name.log 2>&1 || { tail -30 $(B)/fuzz/$$name.log; echo "fuzz: $$n passed, 1 failed"; exit 1; }; \
	    n=$$((n+1)); done; echo "fuzz (smoke): $$n passed, 0 failed" | tee $(B)/results/fuzz.log

fuzz: deps
	$(Q)$(MAKE) --no-print-directory fuzz-run

fuzz-run: $(FUZZERS)
	$(Q)for f in $(FUZZERS); do name=$$(basename $$f); mkdir -p $(B)/fuzz/found-$$name; \
	    echo "== $$name ($(FUZZ_SECONDS) s)"; \
	    $$f -max_total_time=$(FUZZ_SECONDS) $(B)/fuzz/found-$$name tests/fuzz/corpus/$$name || exit 1; done

# ---- benchmarks: tests/bench/bench_NAME.c, run by make bench (never by make check) ----------
# The core's own time (bench_*.c), then the per-call cost of each scalar function in a real
# Calc against ISLEAPYEAR and a native A+B (tests/bench/calc_bench.py, one office session).

$(B)/bench/%: tests/bench/%.c $(CORE_OBJ)
	@mkdir -p $(@D)
	$(Q)gcc -std=c11 -O2 -g -Iaddin/core/include $(XML_CFLAGS) $^ $(XML_LIBS) -lm -o $@

bench: deps
	$(Q)$(MAKE) --no-print-directory bench-run

bench-run: $(BENCHES) $(OXT)
	$(Q)for b in $(BENCHES); do $$b || exit 1; done | tee $(B)/bench/results.txt
	$(Q)$(PY) tests/bench/calc_bench.py $(OXT) $(B)/bench/calc-office $(B)/bench/calc.txt

# ---- demo and installation into a real user's LibreOffice -----------------------------

demo: deps
	$(Q)$(MAKE) --no-print-directory $(OXT)
	$(Q)$(PY) examples/demo.py $(OXT) $(B)/demo

# As root, unopkg only installs for every user of the machine (--shared).
UNOPKG_SCOPE := $(if $(filter 0,$(shell id -u)),--shared,)

install: $(OXT)
	$(Q)$(OFFICE)/unopkg add -f $(UNOPKG_SCOPE) $(OXT)
	@echo "installed AssoBudget $(VERSION); restart LibreOffice to use it"

uninstall:
	$(Q)$(OFFICE)/unopkg remove $(UNOPKG_SCOPE) org.assobudget.calc
	@echo "removed AssoBudget"

clean:
	$(Q)rm -rf $(B)


-include $(CORE_OBJ:.o=.d) $(CORE_SAN_OBJ:.o=.d) $(UNO_OBJ:.o=.d)
