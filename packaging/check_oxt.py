#!/usr/bin/python3
"""Checks a built .oxt: the archive and the manifest agree both ways, every XML file is well
formed, description.xml says who we are and lists the platforms the .oxt carries, and each
platform's library is a binary-UNO component that exports only its two entry points and (on
Windows) imports only LibreOffice's sal3/cppu3 and the system's KERNEL32/msvcrt. The templates:
the model is there as an .ots (a template package, the very bytes its source converts to now),
no flat-XML source is shipped, and Paths.xcu adds the templates folder to the template paths.

    check_oxt.py build/assobudget.oxt
"""
import io
import re
import subprocess
import sys
import tempfile
import xml.dom.minidom
import zipfile
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from results import Results  # noqa: E402
import ots  # noqa: E402  (packaging/ is this script's own folder)

MANIFEST_NS = "http://openoffice.org/2001/manifest"
DESCRIPTION_NS = "http://openoffice.org/extensions/description/2006"
COMPONENTS_NS = "http://openoffice.org/2010/uno-components"
ENTRY_POINTS = {"component_getFactory", "component_getImplementationEnvironment"}
WINDOWS_IMPORTS = {"sal3.dll", "cppu3.dll", "kernel32.dll", "msvcrt.dll"}
# Files LibreOffice finds without the manifest: the manifest itself, description.xml and what it
# names, the licence, and what a listed file refers to (libraries, data files, templates).
UNLISTED = re.compile(r"^(META-INF/manifest\.xml|description\.xml|description/.*|LICENSE|"
                      r"(Linux|Windows)_x86_64/.*|data/.*|templates/.*\.ots)$")
OOR_NS = "http://openoffice.org/2001/registry"
ODF_MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
META_NS = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
DC_NS = "http://purl.org/dc/elements/1.1/"
MODEL = "templates/AssoBudget/budget-association.ots"


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


def check_template_package(data, name, results):
    """An .ots LibreOffice opens as a template: `mimetype` first and stored, the template media
    type in it and in the manifest, the parts there and well formed, a title and a model version."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        first = package.infolist()[0]
        results.check(first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
                      and package.read("mimetype").decode() == ots.TEMPLATE,
                      f"{name}: mimetype first, stored, {ots.TEMPLATE}")
        members = set(package.namelist())
        for part in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
            results.check(part in members, f"{name}: has {part}")
        for part in sorted(m for m in members if m.endswith(".xml")):
            try:
                xml.dom.minidom.parseString(package.read(part))
            except Exception as e:
                results.check(False, f"{name}: {part} is not well-formed XML: {e}")
        if "META-INF/manifest.xml" in members:
            manifest = xml.dom.minidom.parseString(package.read("META-INF/manifest.xml"))
            entries = {e.getAttributeNS(ODF_MANIFEST_NS, "full-path"): e.getAttributeNS(ODF_MANIFEST_NS, "media-type")
                       for e in manifest.getElementsByTagNameNS(ODF_MANIFEST_NS, "file-entry")}
            results.check(entries.get("/") == ots.TEMPLATE, f"{name}: manifest says {entries.get('/')!r}")
            results.check({e for e in entries if not e.endswith("/")} == members - {"mimetype", "META-INF/manifest.xml"},
                          f"{name}: manifest and package agree")
        if "meta.xml" in members:
            meta = xml.dom.minidom.parseString(package.read("meta.xml"))
            title = meta.getElementsByTagNameNS(DC_NS, "title")
            results.check(title and title[0].firstChild and title[0].firstChild.data.strip(),
                          f"{name}: a dc:title (the name File > New > Templates shows)")
            versions = [p for p in meta.getElementsByTagNameNS(META_NS, "user-defined")
                        if p.getAttributeNS(META_NS, "name") == "AssoBudgetModele"]
            results.check(versions and versions[0].firstChild and versions[0].firstChild.data.strip(),
                          f"{name}: the model version (user-defined property AssoBudgetModele)")


def check_templates(oxt, names, entries, results):
    """The templates, their sources left out, and Paths.xcu pointing at their folder."""
    results.check(MODEL in names, f"the model {MODEL} is in the .oxt")
    results.check(not any(n.endswith(".fods") for n in names), "no flat-XML template source in the .oxt")
    for name in sorted(n for n in names if n.startswith("templates/") and n.endswith(".ots")):
        data = oxt.read(name)
        check_template_package(data, name, results)
        source = ROOT / "registry" / Path(name).with_suffix(".fods")
        if results.check(source.exists(), f"{name}: its source {source} exists"):
            with tempfile.TemporaryDirectory() as tmp:
                ots.convert(source, Path(tmp) / "fresh.ots")
                results.check((Path(tmp) / "fresh.ots").read_bytes() == data,
                              f"{name} is the bytes its source converts to (deterministic, up to date)")
    # %origin% is the folder of the .xcu: at the root of the .oxt, %origin%/templates is templates/.
    found = []
    for xcu in (n for n, t in entries.items() if t == "application/vnd.sun.star.configuration-data"):
        dom = parse(oxt, xcu, results)
        if not dom or dom.documentElement.getAttributeNS(OOR_NS, "name") != "Paths":
            continue
        for node in dom.getElementsByTagName("node"):
            chain = [node]
            while chain[-1].parentNode.nodeType == node.ELEMENT_NODE and chain[-1].parentNode.tagName == "node":
                chain.append(chain[-1].parentNode)
            path = "/".join(n.getAttributeNS(OOR_NS, "name") for n in reversed(chain))
            found.append((xcu, path, node.getAttributeNS(OOR_NS, "op")))
    results.check(("Paths.xcu", "Paths/Template/InternalPaths/%origin%/templates", "fuse") in found,
                  f"Paths.xcu at the .oxt's root, in the manifest, fuses %origin%/templates into "
                  f"Paths/Template/InternalPaths: {[f for f in found if 'InternalPaths/' in f[1]]}")


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
        check_templates(oxt, names, entries, results)
    return results.summary("oxt")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
