"""Cash plan and accounts functions typed by their French names in a French Calc and by
their English names through the API, array results included (run by run_calc_tests.py)."""
from office import Office

# (French formula as typed, English formula for the API, expected value)
PAIRS = [
    ('=SOMME(ECHEANCIER(30000;DATE(2026;2;1);"50%+0;30%+6;20%+14";DATE(2026;1;1)))',
     '=SUM(SCHEDULE(30000;DATE(2026;2;1);"50%+0;30%+6;20%+14";DATE(2026;1;1)))', 24000),
    ('=INDEX(ECHEANCIER(1000;DATE(2026;1;1);"mensuel";DATE(2026;1;1));1;12)',
     '=INDEX(SCHEDULE(1000;DATE(2026;1;1);"mensuel";DATE(2026;1;1));1;12)', 83.37),
    ('=INDEX(DECALAGE(A1:D1;1);1;2)', '=INDEX(SHIFT(A1:D1;1);1;2)', 100),
    ('=TRESO.MIN(5000;A2:C2;A3:C3;"mois")', '=CASH.LOW(5000;A2:C2;A3:C3;"mois")', 3),
    ('=BESOIN.FINANCEMENT(5000;A2:C2;A3:C3)', '=FUNDING.NEED(5000;A2:C2;A3:C3)', 7000),
    ('=MOIS.TRESORERIE(30000;120000)', '=CASH.MONTHS(30000;120000)', 3),
    ('=ATTERRISSAGE(A1:D1;A4:D4;2;"lineaire")', '=FORECAST.LANDING(A1:D1;A4:D4;2;"lineaire")', 600),
    ('=SOMME.COMPTES(A5:C5;A1:C1;"64")', '=SUM.ACCOUNTS(A5:C5;A1:C1;"64")', 300),
]
TEXTS = [
    ('=COMPTE.LIBELLE(6411)', '=ACCOUNT.LABEL(6411)', "Salaires, appointements"),
    ('=CERFA.LIGNE(875;"libelle")', '=CERFA.LINE(875;"libelle")', "870 - Bénévolat"),
]
CELLS = {"A1": 100, "B1": 200, "C1": 300, "D1": 400, "A2": 0, "B2": 12000, "C2": 0,
         "A3": 8000, "B3": 8000, "C3": 8000, "A4": 1000, "B4": 1000, "C4": 1000, "D4": 1000,
         "A5": 6411, "B5": 6451, "C5": 706}


def run(oxt, workdir, results):
    with Office(workdir, "fr", oxt) as office:
        doc = office.new_sheet()
        sheet = doc.Sheets.getByIndex(0)
        for name, value in CELLS.items():
            sheet.getCellRangeByName(name).setValue(value)
        for n, (fr, en, expected) in enumerate(PAIRS + TEXTS):
            french, english = sheet.getCellByPosition(10, n), sheet.getCellByPosition(11, n)
            french.FormulaLocal = fr
            english.setFormula(en)
            doc.calculateAll()
            for how, cell in (("French", french), ("English", english)):
                if isinstance(expected, str):
                    ok = cell.getError() == 0 and cell.getString() == expected
                else:
                    ok = cell.getError() == 0 and abs(cell.getValue() - expected) < 1e-9
                results.check(ok, f"{how} name {fr if how == 'French' else en}: {cell.getString()!r}, "
                                  f"expected {expected!r}")
        # An array formula over 12 cells (the API takes English names).
        target = sheet.getCellRangeByName("A10:L10")
        target.setArrayFormula('=SCHEDULE(7164;DATE(2026;1;1);"trimestriel";DATE(2026;1;1))')
        doc.calculateAll()
        got = [sheet.getCellByPosition(c, 9).getValue() for c in range(12)]
        results.check(got == [1791, 0, 0] * 4, f"SCHEDULE trimestriel as an array formula: {got}")
        doc.close(True)
    check_refused_chart(oxt, workdir, results)


def check_refused_chart(oxt, workdir, results):
    """A hostile chart file set by the user: the functions that read the chart give Err:502,
    SOMME.COMPTES (which does not need it) still works, and Calc does not crash."""
    hostile = workdir.parent / f"{workdir.name}-files" / "comptes-hostile.xml"
    hostile.parent.mkdir(parents=True, exist_ok=True)
    hostile.write_text('<?xml version="1.0"?>\n<!DOCTYPE c [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                       '<comptes>&x;</comptes>\n')
    with Office(workdir.parent / f"{workdir.name}-hostile", "en", oxt,
                settings=[("/org.assobudget.AssoBudget/DataFiles", "Accounts", str(hostile))]) as office:
        formulas = ["=ACCOUNT.LABEL(6411)", '=CERFA.LINE(875;"libelle")', '=SUM.ACCOUNTS(A1:A2;B1:B2;"64")']
        got = office.evaluate(formulas, {"A1": 641, "A2": 706, "B1": 100, "B2": 100})
    for formula, (error, _, _) in zip(formulas[:2], got[:2]):
        results.check(error == 502, f"hostile chart file: {formula} gives error {error}, expected Err:502")
    results.check(got[2][:2] == (0, 100.0), f"hostile chart file: SUM.ACCOUNTS still works: {got[2]}")
