"""The component's interface for the sidebar (org.assobudget.XSidebarAccess), called from
outside the office as the sidebar will call it from inside: every function of the table by
name gives what Calc gives for the table's example, refusals come with the error a French Calc
shows and a French message, and the data files report their status (run by run_calc_tests.py)."""
import re
import threading
import xml.etree.ElementTree as ET
import zipfile
from datetime import date
from pathlib import Path

import uno

import functions
from office import Office, file_url

ROOT = Path(__file__).resolve().parent.parent.parent
CELL_REF = re.compile(r"^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$")


def know_our_types(oxt, workdir):
    """This Python process learns the extension's types from the .oxt's own type library."""
    rdb = Path(workdir) / "assobudget.rdb"
    rdb.parent.mkdir(parents=True, exist_ok=True)
    rdb.write_bytes(zipfile.ZipFile(oxt).read("assobudget.rdb"))
    manager = uno.getComponentContext().getValueByName(
        "/singletons/com.sun.star.reflection.theTypeDescriptionManager")
    try:
        manager.insert(file_url(rdb))
    except Exception:
        pass  # already known from an earlier run in this process


def split_arguments(formula):
    """=NOM(a;"b;c";F(1;2)) -> ['a', '"b;c"', 'F(1;2)']."""
    inner = formula[formula.index("(") + 1:formula.rindex(")")]
    parts, depth, quoted, current = [], 0, False, ""
    for ch in inner:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
        elif not quoted and depth == 0 and ch == ";":
            parts.append(current)
            current = ""
            continue
        current += ch
    return parts + [current] if inner else []


def argument_values(sheet, doc, f):
    """The example's arguments as Calc would pass them: ranges as rows of cells, the rest evaluated."""
    values = []
    for text, arg in zip(split_arguments(f["example"]["formula"]), f.get("arg", [])):
        text = text.strip()
        if CELL_REF.match(text):
            cells = sheet.getCellRangeByName(text).getDataArray()
            values.append(cells if arg["type"] == "range" else cells[0][0])
            continue
        cell = sheet.getCellRangeByName("Y1")
        cell.FormulaLocal = "=" + text
        doc.calculateAll()
        values.append(cell.getString() if cell.getType().value == "TEXT" or cell.FormulaResultType2 == 2
                      else cell.getValue())
    return tuple(values)


def calc_result(sheet, doc, f):
    """What Calc itself computes for the example formula: a value, a text, or rows of values."""
    rows = f["example"]["result"]
    if len(rows) > 1 or len(rows[0]) > 1:
        target = sheet.getCellRangeByPosition(10, 0, 10 + len(rows[0]) - 1, len(rows) - 1)
        # The API grammar: English names, ";" between arguments.
        target.setArrayFormula(f["example"]["formula"].replace(f["fr"], f["en"], 1))
        doc.calculateAll()
        out = target.getDataArray()
        target.setArrayFormula("")
        return out
    cell = sheet.getCellRangeByName("K1")
    cell.FormulaLocal = f["example"]["formula"]
    doc.calculateAll()
    return cell.getString() if f["returns"] == "text" else cell.getValue()


def check_every_function(office, addin, table, results):
    doc = office.new_sheet()
    sheet = doc.Sheets.getByIndex(0)
    for f in table:
        for name, value in f["example"].get("cells", {}).items():
            sheet.getCellRangeByName(name).setValue(value)
        args = argument_values(sheet, doc, f)
        expected = calc_result(sheet, doc, f)
        for name in (f["fr"], f["en"], f["name"]):
            got = addin.callFunction(None, name, args)
            results.check(got.Error == "" and got.Message == "" and got.Value == expected,
                          f"sidebar {name}{args}: {got.Value!r} {got.Error!r} {got.Message!r}, "
                          f"Calc gives {expected!r}")
        sheet.getCellRangeByName("A1:Z100").clearContents(1023)
    doc.close(True)


def check_refusals(addin, results):
    """Each kind of refusal: the error a French Calc shows, and a French message saying why."""
    cases = [
        # (name, arguments, error, words the message must hold)
        ("REPARTIR", (1000.0, ((1.0,), (-2.0,))), "Err:502", ["REPARTIR", "hors de son domaine"]),
        ("REPARTIR", (1000.0, ((1.0,), ("deux",))), "Err:502", ["REPARTIR, argument « cles »"]),
        ("ECHEANCE", (46037.0, "bientôt"), "Err:502", ["ECHEANCE", "pas été compris"]),
        ("TRESO.SOLDES", (0.0, ((1.0, 2.0),), ((1.0,),)), "Err:502", ["forme"]),
        ("SMIC", (30000.0,), "#N/D", ["SMIC", "aucune donnée"]),
        ("SMIC", ("demain",), "#VALEUR !", ["argument « date »"]),
        ("SMIC", (), "#VALEUR !", ["argument « date »"]),
        ("MOIS.TRESORERIE", (1.0, 2.0, 3.0), "#VALEUR !", ["MOIS.TRESORERIE"]),
        ("PAS.UNE.FONCTION", (1.0,), "#NOM ?", ["aucune fonction"]),
        # A C string ends at U+0000: the text is refused, not read cut short as "30 jours".
        ("ECHEANCE", (46037.0, "30 jours\x00 fin de mois"), "Err:502", ["caractère nul"]),
        ("SALAIRE.MOIS", (2000.0, 0.0, None, 46113.0), "Err:502", ["argument « date_debut »", "vide"]),
        ("SALAIRE.MOIS", (2000.0, 46113.0, "fin", 46113.0), "Err:502", ["date_fin", "pas un texte"]),
    ]
    for name, args, error, words in cases:
        got = addin.callFunction(None, name, args)
        results.check(got.Error == error and got.Value is None and all(w in got.Message for w in words),
                      f"sidebar refusal {name}{args}: {got.Error!r} {got.Message!r}, expected {error} "
                      f"saying {words}")


def check_object(addin, table, results):
    """The add-in object's own answers, once for all functions: services, compatibility names."""
    results.check(addin.getImplementationName() == "org.assobudget.FunctionsImpl"
                  and addin.supportsService("com.sun.star.sheet.AddIn")
                  and addin.supportsService("org.assobudget.Functions")
                  and not addin.supportsService("com.sun.star.sheet.Spreadsheet")
                  and set(addin.getSupportedServiceNames()) == {"com.sun.star.sheet.AddIn", "org.assobudget.Functions"}
                  and addin.getServiceName() == "org.assobudget.Functions", "add-in services")
    for f in table:
        names = addin.getCompatibilityNames(f["name"])
        results.check(len(names) == 1 and names[0].Name == f["en"] and names[0].Locale.Language == "en",
                      f"compatibility name of {f['name']}: {names}")
    results.check(addin.getCompatibilityNames("noSuchFunction") == (), "no compatibility name for an unknown function")


def last_payroll_day():
    """The last day the shipped payroll file covers, read from the file itself."""
    ends = [p.get("fin") for p in ET.parse(ROOT / "registry" / "data" / "paie.xml").getroot().iter("periode")]
    return max(date.fromisoformat(e) for e in ends)


def check_data_files(addin, results):
    status = {s.Name: s for s in addin.getDataFiles()}
    results.check(set(status) == {"Payroll", "Accounts"}, f"sidebar data files: {sorted(status)}")
    for s in status.values():
        results.check(s.Loaded and s.Message == "" and s.Path.endswith((".xml")) and Path(s.Path).is_file(),
                      f"sidebar data file {s.Name}: {s.Loaded} {s.Path!r} {s.Message!r}")
    last = status["Payroll"].LastDay
    results.check(date(last.Year, last.Month, last.Day) == last_payroll_day(),
                  f"sidebar payroll last day {last.Day}/{last.Month}/{last.Year}")


def check_refused_file(oxt, workdir, results):
    missing = Path(workdir) / "nowhere" / "paie.xml"
    with Office(Path(workdir) / "refused", "fr", oxt,
                [("/org.assobudget.AssoBudget/DataFiles", "Payroll", str(missing))]) as office:
        addin = office.create("org.assobudget.Functions")
        payroll = {s.Name: s for s in addin.getDataFiles()}["Payroll"]
        results.check(not payroll.Loaded and payroll.Path == str(missing) and str(missing) in payroll.Message,
                      f"sidebar refused file: {payroll.Loaded} {payroll.Path!r} {payroll.Message!r}")
        got = addin.callFunction(None, "SMIC", (46054.0,))
        results.check(got.Error == "Err:502" and "fichier de données refusé" in got.Message
                      and str(missing) in got.Message, f"sidebar SMIC with a refused file: {got.Message!r}")


def check_threads(office, results):
    """Several threads call at once, from the first call on: each data file is loaded once and
    shared, and every answer is right. The office serves each client thread in its own thread."""
    addins = [office.create("org.assobudget.Functions") for _ in range(4)]
    accesses = [office.create("com.sun.star.sheet.FunctionAccess") for _ in range(4)]
    wrong = []

    def work(n):
        for i in range(40):
            if n % 2:
                got = addins[n].callFunction(None, "COMPTE.LIBELLE", (6411.0,))
                if got.Value != "Salaires, appointements":
                    wrong.append((n, i, got.Value, got.Message))
            else:
                got = accesses[n].callFunction("org.assobudget.Functions.minWage", (46054.0,))
                if abs(got - 12.02) > 1e-9:
                    wrong.append((n, i, got))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results.check(not wrong, f"calls from 4 threads at once: {wrong[:3]}")


def run(oxt, workdir, results):
    know_our_types(oxt, workdir)
    table = functions.load()
    with Office(Path(workdir) / "threads", "fr", oxt) as office:
        check_threads(office, results)
    with Office(Path(workdir) / "fr", "fr", oxt) as office:
        addin = office.create("org.assobudget.Functions")
        check_every_function(office, addin, table, results)
        check_refusals(addin, results)
        check_data_files(addin, results)
        check_object(addin, table, results)
    check_refused_file(oxt, workdir, results)
