"""Payroll checks that need their own office runs: the user's data file given through the
configuration (/org.assobudget.AssoBudget/DataFiles/Payroll), a hostile file, a corrupt file,
a missing file; and the English names of the payroll functions.

Called by run_calc_tests.py: run(oxt, workdir, results).
"""
import os
import time
from pathlib import Path

from office import Office

ROOT = Path(__file__).resolve().parent.parent.parent
SHIPPED = ROOT / "registry" / "data" / "paie.xml"
SETTING = "/org.assobudget.AssoBudget/DataFiles"
ERR_ILLEGAL_ARGUMENT = 502

# A 2027 period added to the shipped file: the override is read when SMIC(2027) is 12.50.
PERIOD_2027 = """  <periode debut="2027-01-01" fin="2027-12-31" reduction="rgdu">
{body}
  </periode>
</paie>"""

# English display names give the same values as the French table examples and the .fods.
ENGLISH = [("=EMPLOYER.COST(2000;DATE(2026;3;1);5;0.01)", 2193.32),
           ("=EMPLOYER.CONTRIBUTIONS(2000;DATE(2026;3;1);5;0.01)", 822.72),
           ('=MIN.WAGE(DATE(2026;1;1);"mensuel")', 1823.03),
           ('=PAYROLL.PARAM("PMSS";DATE(2026;1;1))', 4005),
           ("=GENERAL.REDUCTION(24000;DATE(2026;3;1);5)", 7552.8),
           # A year instead of the date: the calendar year 2026, its SMIC the sum of the monthly
           # ones (5 × 1,823.03 + 7 × 1,867.02): C = 0.3262 × 24,000 (issue 9, CSS D241-7).
           ("=GENERAL.REDUCTION(24000;2026;5)", 7828.8),
           # A year for a date: its 1 January (a whole number from 1900 to 9999 is a year).
           ("=MIN.WAGE(2026)", 12.02),
           ('=PAYROLL.PARAM("PMSS";2026)', 4005),
           ("=EMPLOYER.COST(2000;2026;5;0.01)-EMPLOYER.COST(2000;DATE(2026;1;1);5;0.01)", 0),
           # The cadre argument appended to COUT.EMPLOYEUR adds what it adds to CHARGES.PATRONALES.
           ("=EMPLOYER.COST(2000;DATE(2026;3;1);5;0.01;;;1)-EMPLOYER.COST(2000;DATE(2026;3;1);5;0.01)"
            "-(EMPLOYER.CONTRIBUTIONS(2000;DATE(2026;3;1);5;0.01;1)-EMPLOYER.CONTRIBUTIONS(2000;DATE(2026;3;1);5;0.01))", 0),
           ("=EMPLOYER.COST(2000;DATE(2026;3;1);5;0.01;;;1)-EMPLOYER.COST(2000;DATE(2026;3;1);5;0.01)>10", 1),
           # TAXE.SALAIRES takes a date of the year as well as the year.
           ("=PAYROLL.TAX(A1:A3;DATE(2026;5;1);0)", 2653.462),
           ("=PAYROLL.TAX(A1:A3;2026;0)", 2653.462),
           ("=MONTHLY.PAY(2000;DATE(2026;4;16);0;DATE(2026;4;1))", 1000),
           ("=VOLUNTEER.VALUE(100;;DATE(2026;6;1))", 1231),  # 100 h × 12.31, the SMIC of 1 June 2026
           ("=EMPLOYER.COST(2000;DATE(2026;7;1);5;0.01)", 2153.52),  # July 2026: issue 9, test_payroll.cpp
           # Net pay, July 2026, non-cadre: 2,000 − 11.31 % × 2,000 − 9.70 % × 98.25 % × 2,000 (test_payroll.cpp).
           ("=NET.PAY(2000;DATE(2026;7;1))", 1583.195),
           # The appended contract and branch prévoyance: a CDD pays 1 % CPF-CDD, 1.2 % prévoyance 24 €.
           ('=EMPLOYER.CONTRIBUTIONS(2000;DATE(2026;3;1);5;0.01;0;;"CDD";0.012)', 822.72 + 20 + 24),
           # Paid the month after: COUT.EMPLOYEUR − SALAIRE.NET with the same covers (test_payroll.cpp, cashIdentity).
           ('=EMPLOYER.COST(2000;DATE(2026;7;1);11;0.01;151.67;30;0;;"CDD";0.01)-NET.PAY(2000;DATE(2026;7;1);0;30;30;0.01)', 688.175),
           # End of a 12-month CDD at 2,000 €: 10 % of 24,000 + 10 % of 26,400.
           ("=FIXED.TERM.END(24000)", 5040)]


def user_file(workdir):
    """The shipped file plus a 2027 period whose SMIC is 12.50."""
    text = SHIPPED.read_text(encoding="utf-8")
    start = text.index('  <periode debut="2026-01-01"')
    body = text[text.index(">", start) + 1:text.index("  </periode>", start)].rstrip()
    smic = body.index('<valeur nom="SMIC.HORAIRE"')
    smic_end = body.index("</valeur>", smic) + len("</valeur>")
    assert body[smic:smic_end].endswith(">12.02</valeur>")
    body = body[:smic] + '<valeur nom="SMIC.HORAIRE" source="test">12.50</valeur>' + body[smic_end:]
    path = Path(workdir) / "paie-2027.xml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.replace("</paie>", PERIOD_2027.format(body=body)), encoding="utf-8")
    return path


def with_file(oxt, workdir, path):
    """An English office whose Payroll setting is @path, as set through Tools > Options >
    Advanced > Open Expert Configuration (kept in the profile, read on first use)."""
    return Office(workdir, "en", oxt, settings=[(SETTING, "Payroll", str(path))])


def check_user_file(oxt, workdir, results):
    path = user_file(workdir / "files")
    with with_file(oxt, workdir / "user", path) as office:
        got = office.evaluate(["=MIN.WAGE(DATE(2027;6;1))"] + [f for f, _ in ENGLISH],
                       {"A1": 20000, "A2": 15000, "A3": 9000})
    results.check(got[0][:2] == (0, 12.5), f"user payroll file from the configuration: SMIC 2027 {got[0]}")
    for (formula, expected), (error, value, _) in zip(ENGLISH, got[1:]):
        results.check(error == 0 and abs(value - expected) < 1e-6,
                      f"English name {formula}: error {error}, value {value}, expected {expected}")


def check_refused_file(oxt, workdir, results, what, path):
    """A refused data file: every function needing it gives Err:502, the others still work."""
    with with_file(oxt, workdir, path) as office:
        got = office.evaluate(["=EMPLOYER.COST(2000;DATE(2026;3;1))", '=MIN.WAGE(DATE(2026;1;1))',
                               "=PAYROLL.TAX(A1:A3;2026)", "=VOLUNTEER.VALUE(10;12.5)"], {"A1": 20000})
    for formula, (error, _, _) in zip(("EMPLOYER.COST", "MIN.WAGE", "PAYROLL.TAX"), got[:3]):
        results.check(error == ERR_ILLEGAL_ARGUMENT, f"{what}: {formula} gives error {error}, expected Err:502")
    results.check(got[3][:2] == (0, 125.0), f"{what}: VOLUNTEER.VALUE with a rate still works: {got[3]}")


def check_reload(oxt, workdir, results):
    """A refused file mended, then a file changed, while the office runs: each is read again
    within a second or so, without restarting LibreOffice."""
    path = workdir / "files" / "reloaded.xml"
    path.write_text("<paie", encoding="utf-8")  # refused: not XML
    with with_file(oxt, workdir / "reload", path) as office:
        before = office.evaluate(["=MIN.WAGE(DATE(2026;1;1))"])[0]
        path.write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
        time.sleep(1.2)
        mended = office.evaluate(["=MIN.WAGE(DATE(2026;1;1))", "=MIN.WAGE(DATE(2027;6;1))"])
        path.write_bytes(user_file(workdir / "files").read_bytes())
        time.sleep(1.2)
        changed = office.evaluate(["=MIN.WAGE(DATE(2027;6;1))"])[0]
    results.check(before[0] == ERR_ILLEGAL_ARGUMENT, f"reload: a refused file gives {before}")
    # 2027 is past the shipped file: estimated, 12.31 x 1.02 = 12.5562 -> 12.56.
    results.check(mended[0][:2] == (0, 12.02) and mended[1][:2] == (0, 12.56),
                  f"reload: the mended file is read without a restart: {mended}")
    results.check(changed[:2] == (0, 12.5), f"reload: the changed file is read without a restart: {changed}")


def check_special_files(oxt, workdir, results):
    """A directory and a FIFO as the payroll file are refused at once (a FIFO once hung Calc), and a
    file whose refusal message is long and not ASCII leaves the office standing."""
    files = workdir / "files"
    directory = files / "a-directory.xml"
    directory.mkdir(exist_ok=True)
    check_refused_file(oxt, workdir / "directory", results, "a directory as data file", directory)
    fifo = files / "a-fifo.xml"
    if not fifo.exists():
        os.mkfifo(fifo)
    check_refused_file(oxt, workdir / "fifo", results, "a FIFO as data file", fifo)
    long_name = files / ("é" * 60 + ".xml")
    long_name.write_text('<?xml version="1.0"?>\n<paie version="1"><periode debut="2026-01-01" fin="2026-12-31" '
                         'reduction="rgdu"><valeur nom="' + "É" * 300 + '" source="x">1</valeur></periode></paie>\n',
                         encoding="utf-8")
    check_refused_file(oxt, workdir / "long-message", results, "a long non-ASCII refusal message", long_name)


def run(oxt, workdir, results):
    workdir = Path(workdir)
    files = workdir / "files"
    files.mkdir(parents=True, exist_ok=True)
    check_user_file(oxt, workdir, results)
    hostile = files / "hostile.xml"
    hostile.write_text('<?xml version="1.0"?>\n<!DOCTYPE paie [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                       '<paie version="1">&x;</paie>\n')
    check_refused_file(oxt, workdir / "hostile", results, "hostile data file (external entity)", hostile)
    corrupt = files / "corrupt.xml"
    corrupt.write_text(SHIPPED.read_text(encoding="utf-8")[:3000])
    check_refused_file(oxt, workdir / "corrupt", results, "truncated data file", corrupt)
    check_refused_file(oxt, workdir / "missing", results, "missing data file", files / "absent.xml")
    check_special_files(oxt, workdir, results)
    check_reload(oxt, workdir, results)
