#!/usr/bin/python3
"""Checks a built .oxt: every file the manifest and .components name is inside, every XML
file is well formed, description.xml says who we are, and the library exports only the
constructor functions .components names.

    check_oxt.py build/assobudget.oxt
"""
import re
import subprocess
import sys
import tempfile
import xml.dom.minidom
import zipfile
from pathlib import PurePosixPath

from results import Results

MANIFEST_NS = "http://openoffice.org/2001/manifest"
DESCRIPTION_NS = "http://openoffice.org/extensions/description/2006"
COMPONENTS_NS = "http://openoffice.org/2010/uno-components"


def parse(oxt, name, results):
    try:
        return xml.dom.minidom.parseString(oxt.read(name))
    except Exception as e:  # expat errors, missing entries
        results.check(False, f"{name} is not well-formed XML: {e}")
        return None


def main(path):
    results = Results()
    with zipfile.ZipFile(path) as oxt:
        names = set(oxt.namelist())
        results.check(oxt.testzip() is None, "zip archive CRCs")
        for name in sorted(n for n in names if n.endswith((".xml", ".xcu", ".xdl", ".components"))):
            results.check(parse(oxt, name, results) is not None, f"{name} well formed")

        manifest = parse(oxt, "META-INF/manifest.xml", results)
        listed = [e.getAttributeNS(MANIFEST_NS, "full-path")
                  for e in manifest.getElementsByTagNameNS(MANIFEST_NS, "file-entry")] if manifest else []
        results.check(len(listed) >= 2, "manifest lists the type library and the components")
        for entry in listed:
            results.check(entry in names, f"manifest entry {entry} is in the .oxt")

        description = parse(oxt, "description.xml", results)
        if description:
            ident = description.getElementsByTagNameNS(DESCRIPTION_NS, "identifier")
            results.check(ident and ident[0].getAttribute("value") == "org.assobudget.calc", "identifier")
            version = description.getElementsByTagNameNS(DESCRIPTION_NS, "version")
            results.check(version and re.fullmatch(r"\d+\.\d+\.\d+", version[0].getAttribute("value")),
                          "version is x.y.z")
            platform = description.getElementsByTagNameNS(DESCRIPTION_NS, "platform")
            results.check(platform and platform[0].getAttribute("value") == "linux_x86_64", "platform")
            langs = {n.getAttribute("lang") for n in description.getElementsByTagNameNS(DESCRIPTION_NS, "name")}
            results.check({"fr", "en"} <= langs, "display names in French and English")
            for src in description.getElementsByTagNameNS(DESCRIPTION_NS, "src"):
                href = src.getAttribute("xlink:href")
                results.check(href in names, f"description text {href} is in the .oxt")
        results.check("LICENSE" in names, "licence file")

        constructors = []
        for comp_name in (n for n in listed if n.endswith(".components")):
            components = parse(oxt, comp_name, results)
            if not components:
                continue
            base = PurePosixPath(comp_name).parent
            for comp in components.getElementsByTagNameNS(COMPONENTS_NS, "component"):
                uri = str(base / comp.getAttribute("uri"))
                results.check(uri in names, f"component library {uri} is in the .oxt")
                results.check(comp.getAttribute("environment") == "gcc3", "component environment gcc3")
                for impl in comp.getElementsByTagNameNS(COMPONENTS_NS, "implementation"):
                    constructors.append((uri, impl.getAttribute("constructor")))

        with tempfile.TemporaryDirectory() as tmp:
            for uri, constructor in constructors:
                if uri not in names:
                    continue
                lib = oxt.extract(uri, tmp)
                exported = subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True,
                                          text=True).stdout.split()
                results.check(constructor in exported, f"{uri} exports {constructor}")
                functions = [s for s, t in zip(exported[2::3], exported[1::3]) if t == "T"]
                results.check(set(functions) <= {c for _, c in constructors},
                              f"{uri} exports only constructors, not {functions}")
    return results.summary("oxt")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
