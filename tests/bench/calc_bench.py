#!/usr/bin/python3
"""make bench, Calc part: the per-call cost of each scalar AssoBudget function in a real Calc.

    calc_bench.py BUILD/assobudget.oxt WORKDIR [OUTPUT]   (N=20000 REPEAT=11 in the environment;
                                                          ONLY=SMIC,COUT.EMPLOYEUR for some functions)

One headless office (tests/office.py, English UI, throw-away profile under WORKDIR) with the .oxt
installed. For each function of the table whose `returns` is number, text or date, and for two
references measured the same way (LibreOffice's own C++ add-in ORG.OPENOFFICE.ISLEAPYEAR and a
native A+B), a new document gets N rows of inputs (values varying per row, row 1 being the table's
example) and a column of N formulas (programmatic names, API grammar; the first row filled
down, relative references following each row). Timing:
  - t_base: doc.calculateAll() on the document holding the inputs only (the call's fixed cost);
  - t_full: doc.calculateAll() once the formula column is filled;
  each the minimum of REPEAT runs, after one untimed warm-up run (data files loaded, caches filled).
  Per call = (t_full - t_base) / N. The median of the runs is kept too, to show the spread.
Every formula cell must give a result of the expected type and no error, and row 1 must give the
table's example result: the benchmark fails loudly rather than time error paths.
The functions with a hidden document argument read the null date in every call, as in real use.
ISLEAPYEAR (ODF name ORG.OPENOFFICE.ISLEAPYEAR) is written with its programmatic name, the one the
API grammar accepts. Calc's default settings are kept: A+B then runs in Calc's threaded formula-group
calculation (about half its single-threaded cost on two cores); add-in calls never do.
"""
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "tests"))

import uno  # noqa: E402,F401  (python3-uno: com.sun.star importable)
from com.sun.star.sheet.FillDirection import TO_BOTTOM  # noqa: E402
from com.sun.star.sheet.FormulaResult import VALUE, STRING, ERROR  # noqa: E402

import functions  # noqa: E402
from office import Office  # noqa: E402

N = int(os.environ.get("N", 20000))
REPEAT = int(os.environ.get("REPEAT", 11))
PREFIX = "ORG.ASSOBUDGET.FUNCTIONS."

# Date serials (null date 1899-12-30).
D2025 = 45658      # 2025-01-01
D2026 = 46023      # 2026-01-01
JAN15 = 46037      # 2026-01-15
MAR01 = 46082      # 2026-03-01
APR01 = 46113      # 2026-04-01
APR16 = 46128      # 2026-04-16

ACCOUNTS = [6411, 6451, 6811, 706, 606, 6061, 613, 6226, 625, 641, 7541, 756, 870, 875, 681, 740]


def ex(example, other):
    """A column: row 0 takes the example's value, row i > 0 other(i)."""
    return lambda i: example if i == 0 else other(i)


def const(value):
    return lambda i: value


def payroll_date(example):
    """A day in 2025 or 2026 (the periods of the shipped payroll file)."""
    return ex(example, lambda i: D2025 + (i * 37) % 730)


# Per function (programmatic name): (input columns, formula arguments).
# Columns are named A, B, C...; the arguments use {A} for this row's cell of column A.
# Row 0 reproduces the table's example, so its result can be checked against the table.
SPECS = {
    "dueDate": ([ex(JAN15, lambda i: D2026 + i % 730)],
                '{A};"45 jours fin de mois"'),
    "minWage": ([payroll_date(D2026)],
                '{A};"mensuel"'),
    "payrollParam": ([payroll_date(D2026)],
                     '"PMSS";{A}'),
    "employerContributions": ([ex(2000, lambda i: 1500 + (i * 7) % 4000), payroll_date(MAR01)],
                              "{A};{B};5;0.01"),
    "generalReduction": ([ex(24000, lambda i: 21000 + (i * 11) % 20000), payroll_date(MAR01)],
                         "{A};{B};5"),
    "employerCost": ([ex(2000, lambda i: 1500 + (i * 7) % 4000), payroll_date(MAR01)],
                     "{A};{B};5;0.01"),
    "payrollTax": ([ex(20000, lambda i: 15000 + i % 20000), ex(15000, lambda i: 9000 + i % 30000),
                    ex(9000, lambda i: 30000 + i % 5000)],
                   "{A}:{C};2026;0"),
    "monthlyPay": ([ex(2000, lambda i: 1500 + i % 3000), ex(APR16, lambda i: D2026 + i % 365),
                    const(0), ex(APR01, lambda i: D2026 + (i * 13) % 365)],
                   "{A};{B};{C};{D}"),
    "volunteerValue": ([ex(10, lambda i: 1 + i % 200), ex(12.5, lambda i: 11.65 + (i % 10) / 10)],
                       "{A};{B}"),
    "cashLow": ([ex(0, lambda i: i % 7 * 1000), ex(12000, lambda i: 12000 - i % 500), const(0),
                 const(8000), const(8000), ex(8000, lambda i: 7000 + i % 2000)],
                "5000;{A}:{C};{D}:{F}"),
    "fundingNeed": ([ex(0, lambda i: i % 7 * 1000), ex(12000, lambda i: 12000 - i % 500), const(0),
                     const(8000), const(8000), ex(8000, lambda i: 7000 + i % 2000)],
                    "5000;{A}:{C};{D}:{F};2000"),
    "cashMonths": ([ex(30000, lambda i: 1000 + i * 3), ex(120000, lambda i: 100000 + i % 50000)],
                   "{A};{B}"),
    "forecastLanding": ([ex(900, lambda i: 800 + i % 300), ex(1100, lambda i: 1000 + i % 200), const(0),
                         const(0), const(1000), const(1000), const(1000), const(1000), ex(2, lambda i: i % 5)],
                        "{A}:{D};{E}:{H};{I}"),
    "sumAccounts": ([ex(a, lambda i, k=k: ACCOUNTS[(i + k) % len(ACCOUNTS)]) for k, a in enumerate((6411, 6451, 6811, 706))]
                    + [ex(v, lambda i, k=k: 100 * (k + 1) + i % 1000) for k, v in enumerate((20000, 8000, 1500, 50000))],
                    '{A}:{D};{E}:{H};"6;-68"'),
    "accountLabel": ([ex(6281, lambda i: ACCOUNTS[i % len(ACCOUNTS)]), ex(2024, lambda i: 2024 + i % 3)],
                     "{A};{B}"),
    "cerfaLine": ([ex(741, lambda i: ACCOUNTS[i % len(ACCOUNTS)])],
                  '{A};"libelle";"Commune"'),
    "netPay": ([ex(2000, lambda i: 1500 + (i * 7) % 4000), payroll_date(MAR01)],
               "{A};{B}"),
    "payrollEstimated": ([ex(D2025 + 730, lambda i: D2025 + (i * 37) % 1461)],  # 1 January 2027, then 2025-2028
                         "{A}"),
    "fixedTermEnd": ([ex(24000, lambda i: 10000 + i % 20000)],
                     "{A}"),
}

# The references, measured the same way: (label, input columns, formula, expected row-0 value).
REFERENCES = [
    ("ISLEAPYEAR", [lambda i: D2025 + (i * 37) % 1461], "=COM.SUN.STAR.SHEET.ADDIN.DATEFUNCTIONS.GETISLEAPYEAR({A})", 0.0),
    ("A+B", [lambda i: i, lambda i: 2 * i], "={A}+{B}", 0.0),
]


def column_name(index):
    return chr(ord("A") + index)


def expected_of(f):
    """The example's single result as a Python value (number or text), from its French text."""
    shown = f["example"]["result"][0][0]
    if f["returns"] == "text":
        return shown
    if f["returns"] == "date":
        day, month, year = (int(x) for x in shown.split("/"))
        return float((datetime.date(year, month, day) - datetime.date(1899, 12, 30)).days)
    return float(shown.replace("\u202f", "").replace(" ", "").replace(",", "."))


def build(office, columns, formula):
    """A new document: N rows of inputs in columns A...; returns (doc, sheet, the range of the
    formula column after them, the formula of its first row). The formulas are not set yet."""
    doc = office.new_sheet()
    sheet = doc.Sheets.getByIndex(0)
    width = len(columns)
    data = tuple(tuple(float(c(i)) for c in columns) for i in range(N))
    sheet.getCellRangeByPosition(0, 0, width - 1, N - 1).setDataArray(data)
    out = sheet.getCellRangeByPosition(width, 0, width, N - 1)
    first = formula.format(**{column_name(k): f"{column_name(k)}1" for k in range(width)})
    return doc, sheet, out, first


def fill(out, first):
    """The formula in the first row, filled down (relative references follow each row), as a
    user would; one fill is ~100x faster than setFormulaArray, which compiles cell by cell."""
    out.getCellByPosition(0, 0).setFormula(first)
    out.fillAuto(TO_BOTTOM, 1)
    last = out.getCellByPosition(0, N - 1).getFormula()
    if f"{N}" not in last:
        raise BenchError(f"fill down gave {last!r} in row {N}")


def timed(doc):
    """Minimum and median of REPEAT timed calculateAll() runs, after one untimed run."""
    doc.calculateAll()
    runs = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        doc.calculateAll()
        runs.append(time.perf_counter() - start)
    return min(runs), statistics.median(runs)


def measure(office, label, columns, formula, want_type, expected):
    """µs per call (from the minima, and from the medians) of @formula over N rows."""
    doc, sheet, out, first = build(office, columns, formula)
    try:
        base_min, base_med = timed(doc)
        fill(out, first)
        full_min, full_med = timed(doc)
        check(label, sheet, out, want_type, expected)
        return ((full_min - base_min) / N * 1e6, (full_med - base_med) / N * 1e6,
                base_min / N * 1e6)
    finally:
        doc.close(True)


class BenchError(Exception):
    pass


def check(label, sheet, out, want_type, expected):
    """Every cell computed to a result of @want_type without error; row 0 gives @expected."""
    first = out.getCellByPosition(0, 0)
    if PREFIX.lower()[:-1] not in first.getFormula().lower() and label not in ("ISLEAPYEAR", "A+B"):
        raise BenchError(f"{label}: the formula did not keep the add-in name: {first.getFormula()}")
    errors = out.queryFormulaCells(ERROR)
    if errors.getCount():
        addr = errors.getRangeAddressesAsString()
        cell = sheet.getCellRangeByName(addr.split(";")[0].split(":")[0])
        raise BenchError(f"{label}: error cells {addr[:200]} (first: {cell.getFormula()} -> "
                         f"Err {cell.getError()})")
    good = out.queryFormulaCells(want_type)
    count = sum((a.EndRow - a.StartRow + 1) for a in good.getRangeAddresses())
    if count != N:
        raise BenchError(f"{label}: {count} of {N} cells have a result of the expected type")
    got = first.getString() if want_type == STRING else first.getValue()
    if (got != expected if want_type == STRING else abs(got - expected) > 1e-6):
        raise BenchError(f"{label}: row 1 {first.getFormula()} gives {got!r}, the table says {expected!r}")
    if want_type == VALUE:
        # Not every row the same value: the inputs really vary.
        values = {r[0] for r in out.getDataArray()[:200]}
        if len(values) < 2:
            raise BenchError(f"{label}: the first 200 rows all give {values}")


def main(oxt, workdir, output=None):
    table = [f for f in functions.load() if f["returns"] in ("number", "text", "date")]
    only = [name for name in os.environ.get("ONLY", "").split(",") if name]
    if only:
        table = [f for f in table if f["fr"] in only]
    missing = [f["name"] for f in table if f["name"] not in SPECS]
    if missing:
        sys.exit(f"calc_bench: no arguments written for {', '.join(missing)} (add them to SPECS)")
    lines = []
    start = time.monotonic()
    with Office(workdir, "en", oxt) as office:
        results = {}
        for label, columns, formula, expected in REFERENCES:
            results[label] = measure(office, label, columns, formula, VALUE, expected)
        rows = []
        for f in table:
            columns, args = SPECS[f["name"]]
            formula = f"={PREFIX}{f['name'].upper()}({args})"
            want = STRING if f["returns"] == "text" else VALUE
            rows.append((f["fr"], measure(office, f["fr"], columns, formula, want, expected_of(f))))
        # The references again at the end: a drift during the run shows here.
        again = {label: measure(office, label, columns, formula, VALUE, expected)
                 for label, columns, formula, expected in REFERENCES}
    leap, native = results["ISLEAPYEAR"][0], results["A+B"][0]
    lines.append(f"Calc: µs per call, {N} cells, calculateAll() minimum of {REPEAT} runs minus the "
                 f"same document without the formulas; {Path(oxt)}")
    lines.append(f"{'function':<22}{'µs/call':>9}{'(median)':>10}{'× ISLEAPYEAR':>14}{'× A+B':>8}")
    for label in ("ISLEAPYEAR", "A+B"):
        us, med, _ = results[label]
        lines.append(f"{label:<22}{us:9.3f}{med:10.3f}{us / leap:14.2f}{us / native:8.1f}")
    for name, (us, med, _) in rows:
        lines.append(f"{name:<22}{us:9.3f}{med:10.3f}{us / leap:14.2f}{us / native:8.1f}")
    lines.append(f"references again at the end: ISLEAPYEAR {again['ISLEAPYEAR'][0]:.3f} µs, "
                 f"A+B {again['A+B'][0]:.3f} µs; empty recalculation {results['A+B'][2]:.3f} µs/row; "
                 f"{time.monotonic() - start:.0f} s")
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if output:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    try:
        sys.exit(main(*sys.argv[1:]))
    except BenchError as e:
        sys.exit(f"calc_bench: FAILED: {e}")
