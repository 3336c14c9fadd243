"""Empty cells, "" and text in every date and optional argument, as Calc really passes them
(an empty cell as the number 0, "" as text), typed in a French Calc and checked against the
rule the function table declares for each argument (run by run_calc_tests.py):
  - a required date: an empty cell gives Err:502 (never a date in 1899); "" and other text
    give #VALEUR ! (Calc refuses text for a number before the call);
  - a date that may be empty (`empty = "none"`) or an optional date: an empty cell and "" mean
    "none", as if omitted; other text gives Err:502;
  - an optional argument: "" is the same as omitted; an empty cell is the same as omitted when
    the table says so (`zero = "default"`, and every option word), else the same as 0; text
    where a number is expected gives Err:502.
"""
from pathlib import Path

import functions
from office import Office
from check_sidebar_access import split_arguments

EMPTY_CELL = "Z99"  # never written
ERR_502, ERR_VALUE = 502, 519


def formula(f, args):
    """The function called with @args; an array result summed, so one cell shows it."""
    call = f"{f['fr']}({';'.join(args)})"
    return f"=SOMME({call})" if f["returns"] == "array" else f"={call}"


def with_argument(f, k, value):
    """The example's arguments with argument @k set to @value ("" leaves the slot empty)."""
    args = split_arguments(f["example"]["formula"])
    while len(args) <= k:
        args.append("")
    args[k] = value
    while args and args[-1] == "" and len(args) > k + 1:
        args.pop()
    if value == "" and k == len(args) - 1:
        args.pop()  # omitted at the end
    return args


class Sheet:
    """One French sheet: each formula's (error code, shown text), the example's cells set."""

    def __init__(self, office):
        self.doc = office.new_sheet()
        self.sheet = self.doc.Sheets.getByIndex(0)
        self.cell = self.sheet.getCellRangeByName("Y1")

    def cells(self, values):
        self.sheet.getCellRangeByName("A1:X50").clearContents(1023)
        for name, value in values.items():
            self.sheet.getCellRangeByName(name).setValue(value)

    def show(self, text):
        self.cell.FormulaLocal = text
        self.doc.calculateAll()
        return self.cell.getError(), self.cell.getString()


def check_date(sheet, f, k, a, results):
    got = {kind: sheet.show(formula(f, with_argument(f, k, value)))
           for kind, value in (("empty cell", EMPTY_CELL), ('""', '""'), ("text", '"demain"'),
                               ("omitted", ""))}
    name = f"{f['fr']} {a['fr']}"
    if a["type"] == "date" and a.get("empty") != "none":
        results.check(got["empty cell"][0] == ERR_502, f"{name}: an empty cell gives {got['empty cell']}")
        results.check(got['""'][0] == ERR_VALUE and got["text"][0] == ERR_VALUE,
                      f'{name}: "" and text give {got[chr(34) * 2]} {got["text"]}')
    else:
        results.check(got["empty cell"] == got['""'] == got["omitted"] and got["omitted"][0] == 0,
                      f"{name}: empty cell, \"\" and omitted give {got['empty cell']} {got[chr(34) * 2]} "
                      f"{got['omitted']}")
        results.check(got["text"][0] == ERR_502, f"{name}: text gives {got['text']}")


def check_optional(sheet, f, k, a, results):
    variants = (("omitted", ""), ('""', '""'), ("empty cell", EMPTY_CELL), ("zero", "0"), ("text", '"demain"'))
    got = {kind: sheet.show(formula(f, with_argument(f, k, value))) for kind, value in variants}
    name = f"{f['fr']} {a['fr']}"
    results.check(got['""'] == got["omitted"], f"{name}: \"\" gives {got[chr(34) * 2]}, omitted {got['omitted']}")
    like_omitted = a.get("zero") == "default" or functions.value_of(a) == "text"
    expected = got["omitted"] if like_omitted else got["zero"]
    results.check(got["empty cell"] == expected,
                  f"{name}: an empty cell gives {got['empty cell']}, expected {expected} "
                  f"({'as omitted' if like_omitted else 'as 0'})")
    if functions.value_of(a) != "text":
        results.check(got["text"][0] == ERR_502, f"{name}: text gives {got['text']}")


def check_guide_errors(sheet, results):
    """What the guide's error table says a French Calc shows."""
    sheet.cells({"A1": 1, "A2": 2, "A3": 3})
    sheet.sheet.getCellRangeByName("B1").FormulaLocal = "=1/0"
    cases = [("=TRESO.SOLDES(0;A1:B1;A2:B2)", 504, "an error cell inside a range"),
             ("=REPARTIR(48250.50;A1:A3)", 525, "a decimal point in a French Calc"),
             ("=MOIS.TRESORERIE(1;\"deux\")", ERR_VALUE, "text for a number"),
             ("=SMIC(DATE(1990;1;1))", 32767, "a date outside the payroll file")]
    for text, code, what in cases:
        got = sheet.show(text)
        results.check(got[0] == code, f"guide: {what}: {text} gives {got}, expected error {code}")


def run(oxt, workdir, results):
    table = functions.load()
    with Office(Path(workdir) / "fr", "fr", oxt) as office:
        sheet = Sheet(office)
        checked = 0
        for f in table:
            sheet.cells(f["example"].get("cells", {}))
            for k, a in enumerate(f.get("arg", [])):
                if a["type"] == "date" or functions.value_of(a) == "date":
                    check_date(sheet, f, k, a, results)
                    checked += 1
                elif a["type"] == "optional":
                    check_optional(sheet, f, k, a, results)
                    checked += 1
        results.check(checked >= 25, f"only {checked} date and optional arguments checked")
        check_guide_errors(sheet, results)
