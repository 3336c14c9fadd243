#!/usr/bin/env python3
"""Writes the <plan> of registry/data/comptes.xml from the charts in packaging/charts/.

Inputs (all in the repository, see packaging/charts/README.md): Paheko's transcriptions of the
associations' chart of 2018 (fr_pca_2018.csv) and of its 2025 revision (fr_pca_2025.csv), and
corrections.csv, whose rows replace every entry of the accounts they name, each with its reason.
The rules, for an account without corrections:
  - in both files: one entry valid in both charts, with the 2025 label (Paheko's 2018 file
    abbreviates: "Dot.", "Amt.", "RRR"; the 2025 file spells the text out);
  - in one file only: an entry of that chart only (in the other, the nearest parent applies).
The rest of comptes.xml (sources, chart versions, CERFA lines) is written by hand.

    packaging/chart.py write   rewrite the <plan> of registry/data/comptes.xml
    packaging/chart.py check   fail when the committed <plan> differs from what write gives
"""
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHARTS = ROOT / "packaging" / "charts"
XML = ROOT / "registry" / "data" / "comptes.xml"

# The CERFA 12156 line of each account and its sub-accounts (the nearest parent's applies).
# 754x (dons, mécénat, legs) are CERFA line 758 and the chart's 758 (divers) stays on 75: the
# same trap as class 87, whose numbers the CERFA swaps (chart 870 dons en nature = CERFA 875).
CERFA = {
    "60": "60", "61": "61", "62": "62", "63": "63", "64": "64", "65": "65", "66": "66",
    "67": "67", "68": "68", "69": "69",
    "70": "70", "73": "73", "74": "74", "75": "75", "754": "758", "756": "756", "76": "76",
    "77": "77", "78": "78", "79": "79",
    "86": "86", "860": "860", "861": "861", "862": "862", "864": "864",
    "87": "87", "870": "875", "871": "871", "875": "870",
}
SOURCE_BOTH, SOURCE = "anc2018-2025", {"2018": "anc2018", "2025": "anc2025"}


def clean(label):
    """One spelling of each label: straight apostrophes (a formula comparing texts matches),
    no soft hyphen, single spaces."""
    label = label.replace("\u2019", "'").replace("\u00ad", "")
    return " ".join(label.split())


def read_chart(year):
    with open(CHARTS / f"fr_pca_{year}.csv", newline="", encoding="utf-8") as f:
        return {row["code"]: clean(row["label"]) for row in csv.DictReader(f)}


def entries():
    """(number, version or "", label, source), sorted by number then version."""
    old, new = read_chart("2018"), read_chart("2025")
    out = {}
    for number in old.keys() | new.keys():
        if number in old and number in new:
            out[number] = [("", new[number], SOURCE_BOTH)]
        else:
            year = "2018" if number in old else "2025"
            out[number] = [(year, (old if number in old else new)[number], SOURCE[year])]
    corrections = {}
    with open(CHARTS / "corrections.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["why"].strip():
                sys.exit(f"chart: correction of {row['code']} without a reason")
            corrections.setdefault(row["code"], []).append((row["version"], clean(row["label"]), row["source"]))
    out.update(corrections)
    return sorted((n, v, label, s) for n, rows in out.items() for v, label, s in rows)


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def plan_lines():
    lines = []
    for number, version, label, source in entries():
        attrs = f'numero="{number}"'
        if version:
            attrs += f' version="{version}"'
        attrs += f' libelle="{escape(label)}"'
        if number in CERFA:
            attrs += f' cerfa="{CERFA[number]}"'
        lines.append(f"  <compte {attrs} source=\"{source}\"/>")
    return lines


def rewrite(text):
    head, sep, rest = text.partition(" <plan>\n")
    _, sep2, tail = rest.partition(" </plan>\n")
    if not sep or not sep2:
        sys.exit("chart: comptes.xml has no ' <plan>' ... ' </plan>' lines")
    return head + sep + "\n".join(plan_lines()) + "\n" + sep2 + tail


def main(argv):
    command = argv[1] if len(argv) > 1 else ""
    text = XML.read_text(encoding="utf-8")
    if command == "write":
        XML.write_text(rewrite(text), encoding="utf-8")
        print(f"chart: wrote {len(plan_lines())} accounts into {XML.relative_to(ROOT)}")
    elif command == "check":
        if rewrite(text) != text:
            sys.exit("chart: registry/data/comptes.xml differs from packaging/charts (run packaging/chart.py write)")
        print(f"chart: comptes.xml matches packaging/charts ({len(plan_lines())} accounts)")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
