"""The extension under a profile whose path is not ASCII, in offices whose locale is not UTF-8
(LANG=C, and fr_FR.ISO-8859-1): the shipped data files are still found and read. The
component takes their place from its own library's, through LibreOffice's own path functions,
so the bytes are decoded with the encoding they were encoded with (run by run_calc_tests.py)."""
from pathlib import Path

from office import Office


def run(oxt, workdir, results):
    for lang in ("posix", "latin1"):
        with Office(Path(workdir) / f"données-é-{lang}", lang, oxt) as office:
            got = office.evaluate(["=ORG.ASSOBUDGET.FUNCTIONS.MINWAGE(DATE(2026;1;1))",
                                   "=ORG.ASSOBUDGET.FUNCTIONS.ACCOUNTLABEL(6411)"])
            results.check(got[0][0] == 0 and abs(got[0][1] - 12.02) < 1e-9,
                          f"{lang} locale, non-ASCII profile path: SMIC gives {got[0]}")
            results.check(got[1][0] == 0 and got[1][2] == "Salaires, appointements",
                          f"{lang} locale, non-ASCII profile path: COMPTE.LIBELLE gives {got[1]}")
