#!/usr/bin/env python3
"""Compares every value of paie.xml marked controle="openfisca:PATH" with that OpenFisca France
parameter on the first and last day of its period, so that the next check of the data file
(a new year's values, a new <verification> block) is a rerun, not a reading by eye.

    packaging/compare_paie_openfisca.py OPENFISCA_FRANCE_CHECKOUT [registry/data/paie.xml]

Needs a checkout of github.com/openfisca/openfisca-france and PyYAML. Prints one line per
difference and a count; exits 1 on any difference. Not run by make check (it needs the network
to get OpenFisca). A value marked with another reference (the AGS rate) is listed, not compared.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

# Values that are not one OpenFisca number but a difference or a bracket of one: name ->
# function (parameter reader, date) -> value. The reduced rates are the full rate minus the
# reduction (CSS L241-2-1 and L241-6-1); the tax bands and increased rates are brackets of
# taxsal/taux_maj (CGI art. 231: 4.25 % plus the increase).
MMID = "prelevements_sociaux/cotisations_securite_sociale_regime_general/mmid/employeur/maladie"
FAMILLE = "prelevements_sociaux/cotisations_securite_sociale_regime_general/famille/employeur/famille"
SPECIAL = {
    "MALADIE.REDUIT": lambda p, path, d: p(MMID, d, 0) - p(path + "/taux", d),
    "ALLOCATIONS.FAMILIALES.REDUIT": lambda p, path, d: p(FAMILLE, d, 0) - p(path + "/reduction", d),
    "TS.TAUX2": lambda p, path, d: 0.0425 + p(path, d, 1),
    "TS.TAUX3": lambda p, path, d: 0.0425 + p(path, d, 2),
    "TS.SEUIL1": lambda p, path, d: p(path, d, 1, "threshold"),
    "TS.SEUIL2": lambda p, path, d: p(path, d, 2, "threshold"),
    "RETRAITE.T2": lambda p, path, d: p(path, d, 1),
    "CEG.T2": lambda p, path, d: p(path, d, 1),
    "SALARIE.RETRAITE.T2": lambda p, path, d: p(path, d, 1),
    "SALARIE.CEG.T2": lambda p, path, d: p(path, d, 1),
    "CSG.ABATTEMENT.PMSS": lambda p, path, d: p(path, d, 1, "threshold"),
    # OpenFisca ends the employee's unemployment scale on 1 October 2018 (null): none is due, 0 %.
    "SALARIE.CHOMAGE": lambda p, path, d: 0.0 if d >= "2018-10-01" and p(path, d) is None else p(path, d),
}
# The SMIC thresholds of the reduced rates, in SMIC of 1 January 2025 (D241-1-2, D241-3-2).
THRESHOLDS = {"MALADIE.REDUIT": "/plafond_smic_2025_01_01",
              "ALLOCATIONS.FAMILIALES.REDUIT": "/plafond_smic_2025_01_01"}


def reader(root):
    cache = {}

    def load(path):
        if path not in cache:
            cache[path] = yaml.safe_load((root / "openfisca_france" / "parameters" / (path + ".yaml")).read_text())
        return cache[path]

    def on(series, date):
        known = sorted((str(k), v.get("value") if isinstance(v, dict) else v) for k, v in series.items())
        before = [v for k, v in known if k <= date]
        return before[-1] if before else None

    def param(path, date, bracket=0, key="rate"):
        data = load(path)
        return on(data["values"], date) if "values" in data else on(data["brackets"][bracket][key], date)

    return param


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    param = reader(Path(argv[1]))
    paie = Path(argv[2]) if len(argv) > 2 else Path(__file__).resolve().parent.parent / "registry/data/paie.xml"
    compared, differences = 0, 0
    for period in ET.parse(paie).getroot().iter("periode"):
        for date in (period.get("debut"), period.get("fin")):
            for element in period:
                name, mark = element.get("nom"), element.get("controle", "")
                if not mark.startswith("openfisca:"):
                    print(f"{date} {name}: controle={mark or '(none)'}, not compared")
                    continue
                path = mark.split(":", 1)[1]
                ours = float(element.text if element.tag == "valeur" else element.get("taux"))
                theirs = (SPECIAL.get(name) or (lambda p, path, d: p(path, d)))(param, path, date)
                checks = [(ours, theirs)]
                if name in THRESHOLDS:
                    checks.append((float(element.get("smic_max")), param(path + THRESHOLDS[name], date)))
                for mine, other in checks:
                    compared += 1
                    if other is None or abs(mine - other) > 1e-9:
                        differences += 1
                        print(f"{date} {name}: paie.xml {mine}, OpenFisca {path} {other}")
    print(f"compare: {compared} compared, {differences} different")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
