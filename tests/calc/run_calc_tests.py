#!/usr/bin/python3
"""Calc integration tests: the real .oxt, installed into throw-away profiles of a real
headless LibreOffice, in an English and a French UI, with control runs without it.

    run_calc_tests.py BUILD/assobudget.oxt WORKDIR

Checks: the self-checking documents (tests/calc/*.fods); the Function Wizard names and
help against the function table, in both languages; the table's French examples typed
in a French Calc; the English names; FunctionAccess; no name colliding with a built-in;
and, without the extension, #NAME? in every cell that uses it. Each tests/calc/check_*.py
module adds its own checks: `def run(oxt, workdir, results)`, with results.check(cond, what).
"""
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))

import uno  # noqa: E402
from com.sun.star.lang import IllegalArgumentException, Locale  # noqa: E402

import functions  # noqa: E402
from office import Office  # noqa: E402
from results import Results  # noqa: E402

DOCUMENTS = sorted(HERE.glob("*.fods"))
ADDIN_PREFIX = "ORG.ASSOBUDGET.FUNCTIONS."
ERR_NAME = 525  # #NAME?


def cells_of(sheet):
    """(row, label, result cell, check cell) for every row of a self-checking sheet."""
    used = sheet.createCursor()
    used.gotoEndOfUsedArea(False)
    for row in range(1, used.RangeAddress.EndRow + 1):
        label = sheet.getCellByPosition(0, row).getString()
        check = sheet.getCellByPosition(3, row)
        if label and check.getFormula():
            yield row, label, sheet.getCellByPosition(1, row), check


def documents(office):
    """Each self-checking document, loaded and recalculated, with its check rows."""
    for path in DOCUMENTS:
        doc = office.load(path)
        doc.calculateAll()
        sheet = doc.Sheets.getByIndex(0)
        yield path, sheet, list(cells_of(sheet))
        doc.close(True)


def run_documents(office, results):
    for path, sheet, rows in documents(office):
        for row, label, got, check in rows:
            expected = sheet.getCellByPosition(2, row).getString()
            results.check(check.getError() == 0 and check.getValue() == 1,
                          f"{path.name} row {row + 1}: {label}: got {got.getString()!r}, "
                          f"expected {expected!r}")
        results.check(len(rows) >= 3, f"{path.name}: only {len(rows)} checks found")


def control_without_extension(office, results):
    """Without the extension, every cell calling it shows #NAME?: the checks are not vacuous."""
    for path, _, rows in documents(office):
        calls = [(row, label, got) for row, label, got, _ in rows if ADDIN_PREFIX in got.getFormula().upper()]
        for row, label, got in calls:
            results.check(got.getError() == ERR_NAME,
                          f"control {path.name} row {row + 1}: {label}: error {got.getError()} instead of #NAME?")
        results.check(len(calls) >= 1, f"control {path.name}: no add-in cells")


def descriptions(office):
    """Function Wizard entries: name -> {Description, Arguments, ...}."""
    fd = office.create("com.sun.star.sheet.FunctionDescriptions")
    out = {}
    for i in range(fd.Count):
        entry = {p.Name: p.Value for p in fd.getByIndex(i)}
        out[entry["Name"]] = entry
    return out


def check_wizard(office, lang, table, results):
    """Names, descriptions and arguments shown by the Function Wizard come from the table."""
    shown = descriptions(office)
    for f in table:
        entry = shown.get(f[lang])
        if not results.check(entry is not None, f"{lang} UI: {f[lang]} missing from the Function Wizard"):
            continue
        results.check(entry["Description"] == f[f"summary_{lang}"],
                      f"{lang} UI: {f[lang]} description {entry['Description']!r}")
        args = entry["Arguments"] or ()  # a function without arguments: pyuno gives None
        results.check(len(args) == len(f.get("arg", [])), f"{lang} UI: {f[lang]} has {len(args)} arguments")
        for shown_arg, arg in zip(args, f.get("arg", [])):
            results.check(shown_arg.Name == arg[lang] and shown_arg.Description == arg[f"desc_{lang}"],
                          f"{lang} UI: {f[lang]} argument {shown_arg.Name!r} / {shown_arg.Description!r}")
            results.check(shown_arg.IsOptional == (functions.idl_type(arg) == "any"),  # Calc: every any
                          f"{lang} UI: {f[lang]} argument {arg[lang]} optional flag")


def check_no_collision(builtin_names, table, results):
    """No French or English name of ours is a built-in name in either language."""
    for f in table:
        for lang in ("fr", "en"):
            results.check(f[lang] not in builtin_names,
                          f"{f[lang]} collides with a built-in LibreOffice function name")


def number_format(doc, code, locale):
    formats = doc.NumberFormats
    key = formats.queryKey(code, locale, False)
    return key if key != -1 else formats.addNew(code, locale)


def check_examples(office, table, results):
    """Each example of the reference, typed in a French Calc, shows its stated result."""
    doc = office.new_sheet()
    sheet = doc.Sheets.getByIndex(0)
    fr = Locale("fr", "FR", "")
    date_format = number_format(doc, "JJ/MM/AAAA", fr)
    for f in table:
        example = f["example"]
        for name, value in example.get("cells", {}).items():
            sheet.getCellRangeByName(name).setValue(value)
        for i, row in enumerate(example["result"]):
            for j, expected in enumerate(row):
                cell = sheet.getCellRangeByName("Z1")
                formula = example["formula"]
                if len(example["result"]) > 1 or len(row) > 1:
                    formula = f"=INDEX({formula[1:]};{i + 1};{j + 1})"
                cell.setPropertyValue("NumberFormat", date_format if f["returns"] == "date" else 0)
                cell.FormulaLocal = formula
                doc.calculateAll()
                results.check(cell.getString() == expected,
                              f"example {formula}: shows {cell.getString()!r}, reference says {expected!r}")
        sheet.getCellRangeByName("A1:Z100").clearContents(1023)
    doc.close(True)


def check_english_names(office, results):
    """English display names in API formulas give the same as the programmatic names."""
    pairs = [("=SUM(ALLOCATE(1000;A1:A3;0))", 1000),
             ("=INDEX(ALLOCATE(1000;A1:A3);1;1)", 166.67),
             ("=INDEX(CASH.BALANCES(10;A1:A3;A1:A3);3;1)", 10),
             ('=DUE.DATE(DATE(2026;1;15);"FDM45")', 46098)]
    got = office.evaluate([f for f, _ in pairs], {"A1": 1, "A2": 2, "A3": 3})
    for (formula, expected), (error, value, shown) in zip(pairs, got):
        results.check(error == 0 and abs(value - expected) < 1e-9,
                      f"English name {formula}: {shown!r}, expected {expected}")


def check_function_access(office, results):
    """com.sun.star.sheet.FunctionAccess reaches the functions by both kinds of name."""
    fa = office.create("com.sun.star.sheet.FunctionAccess")

    def call(name, *args):
        return uno.invoke(fa, "callFunction", (name, args))

    keys = uno.Any("[][]double", ((1.0,), (2.0,), (3.0,)))
    results.check(call("ALLOCATE", 1000.0, keys) == ((166.67,), (333.33,), (500.0,)),
                  "FunctionAccess ALLOCATE")
    results.check(call("org.assobudget.Functions.allocate", 100.0, uno.Any("[][]double", ((1.0, 1.0, 1.0),)))
                  == ((33.34, 33.33, 33.33),), "FunctionAccess by programmatic name")
    row = uno.Any("[][]double", ((100.0, 0.0),))
    results.check(call("CASH.BALANCES", 0.0, row, uno.Any("[][]double", ((0.0, 40.0),))) == ((100.0, 60.0),),
                  "FunctionAccess CASH.BALANCES")
    results.check(call("DUE.DATE", 46037.0, "45 jours fin de mois") == 46112.0, "FunctionAccess DUE.DATE")
    try:
        call("DUE.DATE", 46037.0, "bientôt")
        results.check(False, "FunctionAccess DUE.DATE with unknown terms should fail")
    except IllegalArgumentException:
        results.check(True, "")


def main(oxt, workdir):
    table = functions.load()
    results = Results()
    work = Path(workdir)
    builtin = set()
    for lang in ("en", "fr"):
        with Office(work / f"{lang}-without", lang) as office:
            builtin |= set(descriptions(office))
            if lang == "en":
                control_without_extension(office, results)
    results.check(len(builtin) > 400, f"only {len(builtin)} built-in functions seen")
    check_no_collision(builtin, table, results)
    with Office(work / "en", "en", oxt) as office:
        run_documents(office, results)
        check_wizard(office, "en", table, results)
        check_english_names(office, results)
        check_function_access(office, results)
    with Office(work / "fr", "fr", oxt) as office:
        check_wizard(office, "fr", table, results)
        check_examples(office, table, results)
        check_english_names(office, results)
    for module in sorted(HERE.glob("check_*.py")):
        importlib.import_module(module.stem).run(oxt, work / module.stem, results)
    return results.summary("calc")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
