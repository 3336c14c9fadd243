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

CORE_SRC := $(wildcard addin/core/src/*.c)
CORE_OBJ := $(CORE_SRC:addin/core/src/%.c=$(B)/obj/core/%.o)
CORE_SAN_OBJ := $(CORE_SRC:addin/core/src/%.c=$(B)/obj/core-san/%.o)
UNO_SRC := $(wildcard addin/uno/*.cxx)
UNO_OBJ := $(UNO_SRC:addin/uno/%.cxx=$(B)/obj/uno/%.o)
CORE_TEST_SRC := $(wildcard tests/core/*.cpp)
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
UNO_DEFS := -DUNX -DGCC -DLINUX -DCPPU_ENV=gcc3
UNO_CXXFLAGS := -std=c++17 -O2 -g -fPIC -fvisibility=hidden $(WARN) -Wno-deprecated-declarations \
    $(UNO_DEFS) -isystem $(SDK)/include -isystem $(B)/inc -I$(B)/gen -Iaddin/uno -Iaddin/core/include -MMD -MP
UNO_LIBS = -L$(SDK)/lib -luno_cppuhelpergcc3 -luno_cppu -luno_sal $(XML_LIBS) -lm
TEST_CXXFLAGS := -std=c++17 -O1 -g -Wall -Wextra -Iaddin/core/include

OXT := $(B)/assobudget.oxt
LIB := $(B)/libassobudget.uno.so
RDB := $(B)/assobudget.rdb

.PHONY: all deps demo check check-all check-table check-core check-oxt check-calc check-fuzz \
        fuzz fuzz-run bench bench-run generate install uninstall clean
.DEFAULT_GOAL := all

all: $(OXT)

deps:
	$(Q)packaging/install-deps.sh

# ---- the function table and what is generated from it -------------------------------

generate: $(IDL) $(DOCS)

$(IDL): $(TABLE) packaging/functions.py
	$(Q)$(PY) packaging/functions.py idl $@

$(DOCS): $(TABLE) packaging/functions.py
	$(Q)$(PY) packaging/functions.py docs $@

$(B)/gen/function_table.hxx: $(TABLE) packaging/functions.py
	$(Q)$(PY) packaging/functions.py cxx $@

# ---- UNO types -----------------------------------------------------------------------

$(RDB): $(IDL)
	@mkdir -p $(@D)
	$(Q)$(SDK)/bin/unoidl-write $(OFFICE)/types.rdb $(OFFICE)/types/offapi.rdb $< $@

$(B)/inc/.office-types:
	@mkdir -p $(@D)
	$(Q)$(SDK)/bin/cppumaker -Gc -O$(B)/inc $(OFFICE)/types.rdb $(OFFICE)/types/offapi.rdb
	$(Q)touch $@

$(B)/inc/org/assobudget/XFunctions.hpp: $(RDB) $(B)/inc/.office-types
	$(Q)$(SDK)/bin/cppumaker -Gc -O$(B)/inc -Torg.assobudget.XFunctions $(RDB) \
	    -X$(OFFICE)/types.rdb -X$(OFFICE)/types/offapi.rdb
	$(Q)touch $@

# ---- the shared library: C core + C++ glue -------------------------------------------

$(B)/obj/core/%.o: addin/core/src/%.c
	@mkdir -p $(@D)
	$(Q)gcc $(CORE_CFLAGS) -c $< -o $@

$(B)/obj/core-san/%.o: addin/core/src/%.c
	@mkdir -p $(@D)
	$(Q)gcc $(CORE_CFLAGS) $(SAN) -O1 -c $< -o $@

$(B)/obj/uno/%.o: addin/uno/%.cxx $(B)/inc/org/assobudget/XFunctions.hpp $(B)/gen/function_table.hxx
	@mkdir -p $(@D)
	$(Q)g++ $(UNO_CXXFLAGS) -c $< -o $@

$(LIB): $(CORE_OBJ) $(UNO_OBJ)
	$(Q)g++ -shared -o $@ $^ -Wl,--no-undefined -Wl,-z,defs $(UNO_LIBS)

# ---- the extension -------------------------------------------------------------------

REGISTRY_FILES := $(shell find registry -type f)

$(OXT): $(LIB) $(RDB) $(REGISTRY_FILES) LICENSE Makefile
	$(Q)rm -rf $(B)/oxt $@ && mkdir -p $(B)/oxt/Linux_x86_64
	$(Q)cp -r registry/. $(B)/oxt/ && rm $(B)/oxt/description.xml.in
	$(Q)sed 's/@VERSION@/$(VERSION)/' registry/description.xml.in > $(B)/oxt/description.xml
	$(Q)cp LICENSE $(RDB) $(B)/oxt/
	$(Q)strip --strip-unneeded -o $(B)/oxt/Linux_x86_64/libassobudget.uno.so $(LIB)
	$(Q)cd $(B)/oxt && zip -r -X -q $@ .
	@echo "built $@ ($$(stat -c %s $@) bytes, version $(VERSION))"

# ---- tests ---------------------------------------------------------------------------

check: deps
	$(Q)$(MAKE) --no-print-directory check-all

check-all: check-table check-core check-fuzz check-oxt check-calc
	$(Q)$(PY) packaging/summary.py $(B)/results

$(B)/tests/core: $(CORE_TEST_SRC) $(CORE_OBJ)
	@mkdir -p $(@D)
	$(Q)g++ $(TEST_CXXFLAGS) $^ -lcppunit $(XML_LIBS) -lm -o $@

$(B)/tests/core-san: $(CORE_TEST_SRC) $(CORE_SAN_OBJ)
	@mkdir -p $(@D)
	$(Q)g++ $(TEST_CXXFLAGS) $(SAN) $^ -lcppunit $(XML_LIBS) -lm -o $@

check-table:
	@mkdir -p $(B)/results
	$(Q)$(PY) packaging/functions.py check | tee $(B)/results/table.log

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

$(B)/bench/%: tests/bench/%.c $(CORE_OBJ)
	@mkdir -p $(@D)
	$(Q)gcc -std=c11 -O2 -g -Iaddin/core/include $(XML_CFLAGS) $^ $(XML_LIBS) -lm -o $@

bench: deps
	$(Q)$(MAKE) --no-print-directory bench-run

bench-run: $(BENCHES)
	$(Q)for b in $(BENCHES); do $$b || exit 1; done | tee $(B)/bench/results.txt

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

include packaging/windows.mk

-include $(CORE_OBJ:.o=.d) $(CORE_SAN_OBJ:.o=.d) $(UNO_OBJ:.o=.d)
