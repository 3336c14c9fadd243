# Windows x64, cross-built with MinGW; included by the Makefile (uses its B, SDK, WARN, Q).
#
#   make check-wine          the core's cppunit tests, cross-built, run under wine
#   $(WIN_DLL)               the component DLL that the .oxt carries for Windows_x86_64
#
# The dependencies (static libxml2 and cppunit, SDK overlay, import libraries) are made once by
# packaging/mingw-deps.sh under $(WIN_DEPS); every Windows target depends on $(WIN_DEPS_DONE).

WIN_HOST := x86_64-w64-mingw32
WIN_CC := $(WIN_HOST)-gcc
WIN_CXX := $(WIN_HOST)-g++
WIN_OBJDUMP := $(WIN_HOST)-objdump
WIN_STRIP := $(WIN_HOST)-strip

WIN_DEPS := $(B)/mingw
WIN_DEPS_DONE := $(WIN_DEPS)/stamps/all
WIN_PREFIX := $(WIN_DEPS)/prefix
WIN_SDK_OVERLAY := $(WIN_DEPS)/sdk-overlay

# libxml2, static, inside a DLL (see mingw-deps.sh): the core's ab_xml_dll_main() is to be
# called from the component's DllMain.
WIN_XML_CFLAGS := -I$(WIN_PREFIX)/include/libxml2 -DLIBXML_STATIC -DLIBXML_STATIC_FOR_DLL
WIN_XML_LIBS := $(WIN_PREFIX)/lib/libxml2.a
# The overlay comes before the SDK: its sal/types.h and sal/typesizes.h replace the Linux ones.
WIN_UNO_CFLAGS := -I$(WIN_SDK_OVERLAY) -I$(SDK)/include
WIN_UNO_LIBS := -L$(WIN_DEPS)/lib -lcppu3 -lsal3

WIN_CFLAGS := -std=c11 -O2 -g $(WARN) -Iaddin/core/include $(WIN_XML_CFLAGS) $(WIN_UNO_CFLAGS) -MMD -MP
WIN_LIBS := $(WIN_XML_LIBS) $(WIN_UNO_LIBS)
WIN_LDFLAGS := -static-libgcc -Wl,--no-undefined
# The only DLLs a component DLL may import.
WIN_ALLOWED_IMPORTS := sal3.dll cppu3.dll KERNEL32.dll msvcrt.dll

WIN_CORE_SRC := $(shell find addin/core/src -name '*.c' | sort)
WIN_CORE_OBJ := $(WIN_CORE_SRC:addin/core/src/%.c=$(B)/win/obj/core/%.o)

WIN_TEST_CXXFLAGS := -std=c++17 -O1 -g -Wall -Wextra -Iaddin/core/include -I$(WIN_PREFIX)/include
WIN_TEST_LIBS := $(WIN_PREFIX)/lib/libcppunit.a $(WIN_XML_LIBS)

# wine: a throw-away prefix under build/, no debug output, no Mono/Gecko installer, and a UTF-8
# locale whatever the caller has (without one, wine cannot name a non-ASCII file: CI has no LANG).
WINE ?= wine
WIN_RUN := LC_ALL=C.UTF-8 WINEPREFIX=$(B)/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINE=$(WINE) $(WINE)

.PHONY: win-deps check-wine

win-deps: $(WIN_DEPS_DONE)

$(WIN_DEPS_DONE): packaging/mingw-deps.sh packaging/uno_abi_check.c
	$(Q)WINE=$(WINE) packaging/mingw-deps.sh $(B)
	$(Q)touch $@

$(B)/win/obj/core/%.o: addin/core/src/%.c | $(WIN_DEPS_DONE)
	@mkdir -p $(@D)
	$(Q)$(WIN_CC) $(WIN_CFLAGS) -c $< -o $@

$(B)/win/tests/core.exe: $(CORE_TEST_SRC) $(WIN_CORE_OBJ) | $(WIN_DEPS_DONE)
	@mkdir -p $(@D)
	$(Q)$(WIN_CXX) $(WIN_TEST_CXXFLAGS) $^ $(WIN_TEST_LIBS) -static -static-libgcc -static-libstdc++ -o $@

# The tests find their data files by paths relative to the repository, as on Linux.
check-wine: $(B)/win/tests/core.exe
	@mkdir -p $(B)/results
	$(Q)$(WIN_RUN) $< | tr -d '\r' | sed 's/^core:/core (wine):/' | tee $(B)/results/core-wine.log

# The component DLL: the component, the core and libxml2 in one file; the .oxt check
# (packaging/check_oxt.py) verifies its exports and that it imports only WIN_ALLOWED_IMPORTS.
WIN_UNO_OBJ := $(UNO_SRC:addin/uno/%.c=$(B)/win/obj/uno/%.o)
WIN_DLL := $(B)/win/assobudget.uno.dll

$(B)/win/obj/uno/%.o: addin/uno/%.c $(B)/gen/function_table.h | $(WIN_DEPS_DONE)
	@mkdir -p $(@D)
	$(Q)$(WIN_CC) $(WIN_CFLAGS) -I$(B)/gen -Iaddin/uno -c $< -o $@

$(WIN_DLL): $(WIN_UNO_OBJ) $(WIN_CORE_OBJ) | $(WIN_DEPS_DONE)
	$(Q)$(WIN_CC) -shared -o $@ $^ $(WIN_LDFLAGS) $(WIN_LIBS)

-include $(WIN_CORE_OBJ:.o=.d) $(WIN_UNO_OBJ:.o=.d)
