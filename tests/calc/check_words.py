"""Option words typed as a treasurer types them (capitals, accents, no-break spaces, blanks
around) in a French Calc: the core's one text fold reads them all; payment terms that are not
terms are refused, never read as another number (run by run_calc_tests.py)."""
from pathlib import Path

from office import Office
from check_empty_inputs import ERR_502, Sheet

NBSP = 'UNICAR(160)&'  # a no-break space before the word, as a copy from a web page brings it
CELLS = {"A1": 900, "B1": 1100, "C1": 0, "D1": 0, "A2": 1000, "B2": 1000, "C2": 1000, "D2": 1000,
         "A3": 0, "B3": 12000, "C3": 0, "A4": 8000, "B4": 8000, "C4": 8000}
# (French formula, shown result, or an error code)
CASES = [
    ('=TRESO.MIN(5000;A3:C3;A4:C4;' + NBSP + '" PÉRIODE ")', "3"),
    ('=TRESO.MIN(5000;A3:C3;A4:C4;"Montant")', "-7000"),
    ('=ATTERRISSAGE(A1:D1;A2:D2;2;" Linéaire")', "4000"),
    ('=CERFA.LIGNE(875;"LIBELLÉ")', "870 - Bénévolat"),
    ('=CERFA.LIGNE(6411;' + NBSP + '"Numéro")', "64"),
    ('=SMIC(DATE(2026;1;1);" Mensuelle ")', "1823,03"),
    ('=SMIC(DATE(2026;1;1);"ANNÉE")', "21876,4"),
    ('=PARAM.PAIE(" Pmss ";DATE(2026;1;1))', "4005"),
    ('=SOMME(ECHEANCIER(1000;DATE(2026;1;1);"Mensuelle:3";DATE(2026;1;1);4))', "1000"),
    ('=ECHEANCE(DATE(2026;1;15);' + NBSP + '"45 JOURS FIN DE MOIS")', "46112"),
    ('=ECHEANCE(DATE(2026;1;15);"À réception")', "46037"),
    ('=ECHEANCE(DATE(2026;1;15);"30 60 jours")', ERR_502),
    ('=ECHEANCE(DATE(2026;1;15);"1.5 jours")', ERR_502),
]


def run(oxt, workdir, results):
    with Office(Path(workdir) / "fr", "fr", oxt) as office:
        sheet = Sheet(office)
        sheet.cells(CELLS)
        for formula, expected in CASES:
            error, shown = sheet.show(formula)
            ok = error == expected if isinstance(expected, int) else (error == 0 and shown == expected)
            results.check(ok, f"{formula}: shows {shown!r} (error {error}), expected {expected!r}")
