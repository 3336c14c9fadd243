#!/usr/bin/python3
"""Checks a built .oxt: the archive and the manifest agree both ways, every XML file is well
formed, description.xml says who we are and lists the platforms the .oxt carries, and each
platform's library is a binary-UNO component that exports only its two entry points and (on
Windows) imports only LibreOffice's sal3/cppu3 and the system's KERNEL32/msvcrt.

    check_oxt.py build/assobudget.oxt
"""
import re
import subprocess
import sys
import tempfile
import xml.dom.minidom
import zipfile
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from results import Results  # noqa: E402

MANIFEST_NS = "http://openoffice.org/2001/manifest"
DESCRIPTION_NS = "http://openoffice.org/extensions/description/2006"
COMPONENTS_NS = "http://openoffice.org/2010/uno-components"
ENTRY_POINTS = {"component_getFactory", "component_getImplementationEnvironment"}
WINDOWS_IMPORTS = {"sal3.dll", "cppu3.dll", "kernel32.dll", "msvcrt.dll"}
# Files LibreOffice finds without the manifest: the manifest itself, description.xml and what it
# names, the licence, and what a listed file refers to (libraries, data files, templates).
UNLISTED = re.compile(r"^(META-INF/manifest\.xml|description\.xml|description/.*|LICENSE|"
                      r"(Linux|Windows)_x86_64/.*|data/.*)$")


def parse(oxt, name, results):
    try:
        return xml.dom.minidom.parseString(oxt.read(name))
    except Exception as e:  # expat errors, missing entries
        results.check(False, f"{name} is not well-formed XML: {e}")
        return None


def run(*command):
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def linux_symbols(lib):
    """The functions the shared library exports, and the libraries it needs."""
    out = run("nm", "-D", "--defined-only", lib).split("\n")
    exported = {line.split()[2] for line in out if len(line.split()) == 3 and line.split()[1] == "T"}
    needed = set(re.findall(r"NEEDED\s+(\S+)", run("objdump", "-p", lib)))
    return exported, needed


def windows_symbols(dll):
    """The functions the DLL exports, and the DLLs it imports (lower case)."""
    dump = run("x86_64-w64-mingw32-objdump", "-p", dll)
    table = dump.split("[Ordinal/Name Pointer] Table")[1] if "[Ordinal/Name Pointer] Table" in dump else ""
    exported = set(re.findall(r"\[\s*\d+\]\s+(\S+)", table.split("\n\n")[0]))
    imported = {name.lower() for name in re.findall(r"DLL Name:\s+(\S+)", dump)}
    return exported, imported


def check_manifest(oxt, names, results):
    """The manifest's entries, each in the archive; each archive file listed or known."""
    manifest = parse(oxt, "META-INF/manifest.xml", results)
    entries = {e.getAttributeNS(MANIFEST_NS, "full-path"): e.getAttributeNS(MANIFEST_NS, "media-type")
               for e in manifest.getElementsByTagNameNS(MANIFEST_NS, "file-entry")} if manifest else {}
    results.check(any(t.endswith("type=RDB") for t in entries.values()), "manifest lists the type library")
    for entry in sorted(entries):
        results.check(entry in names, f"manifest entry {entry} is in the .oxt")
    for name in sorted(n for n in names if not n.endswith("/")):
        results.check(name in entries or UNLISTED.match(name), f"{name} is in the manifest or needs not be")
    return entries


def check_description(oxt, names, platforms, results):
    description = parse(oxt, "description.xml", results)
    if not description:
        return
    ident = description.getElementsByTagNameNS(DESCRIPTION_NS, "identifier")
    results.check(ident and ident[0].getAttribute("value") == "org.assobudget.calc", "identifier")
    version = description.getElementsByTagNameNS(DESCRIPTION_NS, "version")
    results.check(version and re.fullmatch(r"\d+\.\d+\.\d+", version[0].getAttribute("value")),
                  "version is x.y.z")
    platform = description.getElementsByTagNameNS(DESCRIPTION_NS, "platform")
    declared = set(platform[0].getAttribute("value").split(",")) if platform else set()
    results.check(declared == {p.lower() for p in platforms},
                  f"description.xml platforms {sorted(declared)} are the .oxt's {sorted(platforms)}")
    langs = {n.getAttribute("lang") for n in description.getElementsByTagNameNS(DESCRIPTION_NS, "name")}
    results.check({"fr", "en"} <= langs, "display names in French and English")
    for src in description.getElementsByTagNameNS(DESCRIPTION_NS, "src"):
        href = src.getAttribute("xlink:href")
        results.check(href in names, f"description text {href} is in the .oxt")


def check_component(oxt, names, platform, comp_name, results, tmp):
    components = parse(oxt, comp_name, results)
    if not components:
        return
    base = PurePosixPath(comp_name).parent
    for comp in components.getElementsByTagNameNS(COMPONENTS_NS, "component"):
        uri = str(base / comp.getAttribute("uri"))
        results.check(uri.startswith(f"{platform}/"), f"{comp_name}: {uri} is in the {platform} folder")
        results.check(comp.getAttribute("environment") == "uno", f"{comp_name}: environment uno (binary UNO)")
        results.check(all(not i.getAttribute("constructor") for i in
                          comp.getElementsByTagNameNS(COMPONENTS_NS, "implementation")),
                      f"{comp_name}: factories through component_getFactory, no constructor")
        if not results.check(uri in names, f"component library {uri} is in the .oxt"):
            continue
        lib = oxt.extract(uri, tmp)
        if platform.startswith("Windows"):
            exported, imported = windows_symbols(lib)
            results.check(imported == WINDOWS_IMPORTS, f"{uri} imports {sorted(imported)}, "
                          f"expected {sorted(WINDOWS_IMPORTS)}")
        else:
            exported, imported = linux_symbols(lib)
            results.check(not any("stdc++" in n for n in imported), f"{uri} needs no C++ runtime: {imported}")
        results.check(exported == ENTRY_POINTS, f"{uri} exports {sorted(exported)}, "
                      f"expected {sorted(ENTRY_POINTS)}")


def main(path):
    results = Results()
    with zipfile.ZipFile(path) as oxt, tempfile.TemporaryDirectory() as tmp:
        names = set(oxt.namelist())
        results.check(oxt.testzip() is None, "zip archive CRCs")
        for name in sorted(n for n in names if n.endswith((".xml", ".xcu", ".xcs", ".xdl", ".components"))):
            results.check(parse(oxt, name, results) is not None, f"{name} well formed")
        entries = check_manifest(oxt, names, results)
        platforms = {}
        for entry, media_type in entries.items():
            found = re.search(r"uno-components;platform=(\w+)", media_type)
            if found:
                platforms[found.group(1)] = entry
        results.check(set(platforms) == {"Linux_x86_64", "Windows_x86_64"},
                      f"components for Linux and Windows: {sorted(platforms)}")
        check_description(oxt, names, platforms, results)
        results.check("LICENSE" in names, "licence file")
        for platform, comp_name in sorted(platforms.items()):
            check_component(oxt, names, platform, comp_name, results, tmp)
    return results.summary("oxt")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
