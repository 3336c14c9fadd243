"""The model workbook as the .oxt ships it (run by run_calc_tests.py).

Once the extension is installed, each template of the .oxt is listed by the DocumentTemplates
service under its folder's category with the title of its meta.xml, and opens as a new untitled
spreadsheet that carries the model version. Then the round trip a treasurer's file makes through
an office without the extension, for the blank template and for a copy filled with the example
association and saved with the extension. Recalculated on load there, every cell that shows a
value shows the one it showed with the extension (never another number), every value the
extension computed shows #NOM ? (a cell whose condition leaves the extension uncalled, an empty
row, keeps its empty text) and so do the contract's totals; with the office's default (never
recalculate on load), the totals show their saved value or #NOM ?, never another number. Saved
there as .ods and reopened with the extension, every formula of every sheet is the text it was
and, recomputed, every cell shows what it showed before the trip. Sheets are read in bulk
(formula and value arrays, error ranges), not cell by cell.
"""
import io
import re
import xml.dom.minidom
import zipfile
from pathlib import Path

import uno
from com.sun.star.ucb import Command, OpenCommandArgument2

from model_workbook import error_cells, used_range
from office import Office, file_url, props

ADDIN = re.compile(r"ORG\.ASSOBUDGET\.FUNCTIONS\.", re.IGNORECASE)
# Totals of the workbook's contract (docs/classeur.md) that only the extension computes.
TOTALS = ("Resultat", "Cout_Personnel", "Taxe_Salaires", "Personnel_Total_Cout", "Cerfa_Asso_Total_Charges",
          "Cerfa_Asso_Total_Produits")
ERR_NAME = 525  # #NAME?, shown #NOM ? in a French UI
META = {"dc": "http://purl.org/dc/elements/1.1/", "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"}
VERSION_PROPERTY = "AssoBudgetModele"


def shipped_templates(oxt):
    """[(category, file name, title, model version, .ots bytes)] read from the .oxt itself."""
    out = []
    with zipfile.ZipFile(oxt) as archive:
        for name in sorted(archive.namelist()):
            found = re.fullmatch(r"templates/([^/]+)/([^/]+\.ots)", name)
            if not found:
                continue
            data = archive.read(name)
            with zipfile.ZipFile(io.BytesIO(data)) as ots:
                meta = xml.dom.minidom.parseString(ots.read("meta.xml"))
            titles = meta.getElementsByTagNameNS(META["dc"], "title")
            title = titles[0].firstChild.data if titles and titles[0].firstChild else ""
            version = next((p.firstChild.data for p in meta.getElementsByTagNameNS(META["meta"], "user-defined")
                            if p.getAttributeNS(META["meta"], "name") == VERSION_PROPERTY and p.firstChild), "")
            out.append((found.group(1), found.group(2), title, version, data))
    return out


def _children(content):
    """(title, target URL, identifier) of each child of a hierarchy content (UCB "open")."""
    arg = OpenCommandArgument2()
    arg.Mode = 2  # com.sun.star.ucb.OpenMode.ALL
    arg.Properties = tuple(uno.createUnoStruct("com.sun.star.beans.Property", Name=name, Handle=-1)
                           for name in ("Title", "TargetURL"))
    command = Command("open", -1, uno.Any("com.sun.star.ucb.OpenCommandArgument2", arg))
    rows = content.execute(command, 0, None).getStaticResultSet()
    out = []
    while rows.next():
        # The row's identifier, not rows.queryContent(): that one deadlocks the 7.4 office.
        out.append((rows.getString(1), rows.getString(2), rows.queryContentIdentifierString()))
    return out


def listed_templates(office):
    """{category title: {template title: target URL}} as File > New > Templates lists them."""
    ucb = office.create("com.sun.star.ucb.UniversalContentBroker")
    root = office.create("com.sun.star.frame.DocumentTemplates").getContent()
    return {group: {title: url for title, url, _ in _children(ucb.queryContent(ucb.createContentIdentifier(ident)))}
            for group, _, ident in _children(root)}


def snapshot(doc, everything=False):
    """{sheet: (formulas, values, errors)}: every cell's formula (or content) and value, and the
    formula cells in error — three bulk reads a sheet. First the cells are computed: all of
    them (@everything: the truth, with the extension), or only the dirty ones, as showing the
    sheet would (cached values stay as loaded)."""
    doc.calculateAll() if everything else doc.calculate()
    out = {}
    for sheet in doc.Sheets:
        cells = used_range(sheet)
        out[sheet.Name] = (cells.getFormulaArray(), cells.getDataArray(), error_cells(sheet))
    return out


def formula_keys(snap):
    return {(name, r, c) for name, (formulas, _, _) in snap.items()
            for r, row in enumerate(formulas) for c, f in enumerate(row) if f.startswith("=")}


def load(office, path, **values):
    return office.desktop.loadComponentFromURL(path if "://" in str(path) else file_url(path), "_blank", 0,
                                               props(Hidden=True, **values))


def store(doc, path):
    doc.storeToURL(file_url(path), props(FilterName="calc8"))


def keep_pdf(doc, path):
    """What a user would print, kept for a human look (pdftoppm -png renders it)."""
    doc.storeToURL(file_url(path), props(FilterName="calc_pdf_Export"))


def where(key):
    """("Budget", 0, 27) -> "Budget.AB1"."""
    sheet, row, column = key
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{sheet}.{letters}{row + 1}"


def check_listed_and_new(office, category, file_name, title, version, results):
    """Listed under its category and title; opens as a new untitled spreadsheet with its version.
    Returns the new document, or None."""
    listed = listed_templates(office)
    group = listed.get(category, {})
    results.check(category in listed, f"template category {category!r} listed: {sorted(listed)}")
    url = group.get(title, "")
    results.check(url.endswith(f"/templates/{category}/{file_name}"),
                  f"template {title!r} listed in {category!r} with its file: {group}")
    if not url:
        return None
    doc = load(office, url, AsTemplate=True)
    results.check(doc.supportsService("com.sun.star.sheet.SpreadsheetDocument"), f"{file_name}: a spreadsheet")
    results.check(doc.getURL() == "", f"{file_name}: opened as a new untitled document, not {doc.getURL()!r}")
    user = doc.DocumentProperties.UserDefinedProperties
    got = user.getPropertyValue(VERSION_PROPERTY) if user.getPropertySetInfo().hasPropertyByName(VERSION_PROPERTY) else None
    results.check(version and got == version, f"{file_name}: {VERSION_PROPERTY} is {got!r}, meta.xml says {version!r}")
    # Opened as a plain file (a double-click), the .ots is a template too: a new untitled document.
    plain = load(office, url)
    results.check(plain.getURL() == "" and dict((p.Name, p.Value) for p in plain.getArgs()).get("FilterName")
                  == "calc8_template", f"{file_name}: opened directly, not seen as a Calc template")
    plain.close(True)
    return doc


# A 1×1 red PNG, for an image inside the flat document.
DOT_PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def check_converter(work, results):
    """packaging/ots.py on a flat file LibreOffice itself wrote, with what a model may hold beyond
    cells (a cell style, a chart, an image): the .ots opens as a new document with all of them."""
    import base64
    import ots
    work.mkdir(parents=True, exist_ok=True)
    with Office(work / "converter", "fr") as office:
        doc = office.new_sheet()
        sheet = doc.Sheets.getByIndex(0)
        for row in range(4):
            sheet.getCellByPosition(1, row).setValue(row * 10)
        sheet.getCellByPosition(2, 0).setFormula("=SUM(B1:B4)")
        sheet.getCellByPosition(2, 0).CellStyle = "Accent 1"
        area = uno.createUnoStruct("com.sun.star.awt.Rectangle", 0, 3000, 8000, 6000)
        sheet.Charts.addNewByName("Graphique", area, (sheet.getCellRangeByName("B1:B4").RangeAddress,), False, False)
        (work / "dot.png").write_bytes(base64.b64decode(DOT_PNG))
        shape = doc.createInstance("com.sun.star.drawing.GraphicObjectShape")
        shape.Graphic = office.create("com.sun.star.graphic.GraphicProvider").queryGraphic(
            props(URL=file_url(work / "dot.png")))
        sheet.DrawPage.add(shape)
        doc.DocumentProperties.Title = "Essai du convertisseur"
        doc.storeToURL(file_url(work / "flat.fods"), props(FilterName="OpenDocument Spreadsheet Flat XML"))
        doc.close(True)
        ots.convert(work / "flat.fods", work / "flat.ots")
        doc = load(office, work / "flat.ots")
        sheet = doc.Sheets.getByIndex(0)
        total = sheet.getCellByPosition(2, 0)
        results.check(doc.getURL() == "" and doc.DocumentProperties.Title == "Essai du convertisseur",
                      f"converted .ots: a new document titled as its source, not {doc.getURL()!r}")
        results.check(total.getValue() == 60 and total.CellStyle == "Accent 1",
                      f"converted .ots: styled formula cell {total.getValue()} {total.CellStyle!r}")
        charts = sheet.Charts
        data = charts.getByIndex(0).EmbeddedObject.Data.Data if charts.Count == 1 else ()
        results.check([row[-1] for row in data] == [0, 10, 20, 30], f"converted .ots: the chart and its data {data}")
        graphics = [sheet.DrawPage.getByIndex(i) for i in range(sheet.DrawPage.Count)
                    if sheet.DrawPage.getByIndex(i).ShapeType == "com.sun.star.drawing.GraphicObjectShape"]
        size = graphics[0].Graphic.SizePixel if len(graphics) == 1 else None
        results.check(size is not None and (size.Width, size.Height) == (1, 1), f"converted .ots: the image {size}")
        doc.close(True)


def fill_example(office, doc_path, out):
    """The model filled with the example association through its names, saved with the extension."""
    from model_workbook import ModelWorkbook
    from workbook_examples import DEMO
    model = ModelWorkbook(office, doc_path)
    model.fill(DEMO)
    store(model.doc, out)
    snap = snapshot(model.doc, everything=True)
    totals = {t: model.value(t) for t in TOTALS}
    model.doc.close(True)
    return snap, totals


def same(a, b):
    """Equal values, numbers to 1e-9 relative (a cached value goes through the file's text)."""
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    return a == b


def differs(doc, name, r, c, now, was):
    """A value read in bulk differs from @was, also once the cell is read alone (a bulk read does
    not always compute a cell LibreOffice has not computed yet); a cell in error does not count."""
    if same(now, was):
        return False
    cell = doc.Sheets.getByName(name).getCellByPosition(c, r)
    if cell.getError():
        return False
    return not same(cell.getString() if isinstance(was, str) else cell.getValue(), was)


def check_without(label, before, after, doc, results):
    """Opened without the extension and recalculated on load: a cell that shows a value shows the
    value it had with the extension (never another number); what the extension computed shows
    #NOM ?, and so do the contract's totals once it computed them."""
    wrong, unflagged = [], []
    for name, (formulas, values, errors) in before.items():
        _, now, now_errors = after[name]
        for r, row in enumerate(formulas):
            for c, f in enumerate(row):
                if not f.startswith("=") or (r, c) in now_errors:
                    continue
                if differs(doc, name, r, c, now[r][c], values[r][c]):
                    wrong.append(f"{where((name, r, c))} {f[:60]} shows {now[r][c]!r}, was {values[r][c]!r}")
                elif ADDIN.search(f) and values[r][c] not in ("", 0.0) and (r, c) not in errors:
                    unflagged.append(f"{where((name, r, c))} {f[:60]} shows {now[r][c]!r}")
    results.check(not wrong, f"{label}: {len(wrong)} cells show another value than with the extension: {wrong[:5]}")
    results.check(not unflagged, f"{label}: {len(unflagged)} add-in cells not #NOM ?: {unflagged[:5]}")


def check_totals(label, before_doc_values, doc, results, saved_values_kept):
    """The contract's totals: #NOM ? — or, not recalculated on load (LibreOffice's default), the
    value saved with the extension; never another number."""
    names = doc.NamedRanges
    for total in TOTALS:
        if not names.hasByName(total):
            continue
        cell = names.getByName(total).getReferredCells().getCellByPosition(0, 0)
        shown = (cell.getError(), cell.getString())
        ok = shown == (ERR_NAME, "#NOM ?") or (saved_values_kept and not cell.getError() and
                                              same(cell.getValue(), before_doc_values[total]))
        results.check(ok, f"{label}: {total} shows {shown[1]!r}, #NOM ? or its saved value expected")


def run(oxt, workdir, results):
    work = Path(workdir)
    check_converter(work, results)
    templates = shipped_templates(oxt)
    results.check(any(c == "AssoBudget" for c, *_ in templates), f"no template under templates/AssoBudget/: {templates}")
    for category, file_name, title, version, data in templates:
        stem = Path(file_name).stem
        source = work / f"{stem}.ots"
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_bytes(data)
        # 1. With the extension, in a user's settings: listed, new document, every formula computes;
        # the example association filled in and saved.
        with Office(work / f"{stem}-with", "fr", oxt, recalc="default") as office:
            doc = check_listed_and_new(office, category, file_name, title, version, results)
            if doc is None:
                continue
            blank = snapshot(doc, everything=True)
            results.check(any(ADDIN.search(f) for _, (fs, _, _) in blank.items() for row in fs for f in row),
                          f"{file_name}: no add-in cell")
            results.check(not any(e for _, (_, _, e) in blank.items()),
                          f"{file_name} with the extension: error cells {[(n, sorted(e)[:3]) for n, (_, _, e) in blank.items() if e]}")
            keep_pdf(doc, work / f"{stem}-with.pdf")
            doc.close(True)
            filled_path = work / f"{stem}-saved-with.ods"
            filled, filled_totals = fill_example(office, source, filled_path)
            results.check(not any(e for _, (_, _, e) in filled.items()),
                          f"{file_name} filled with the example: error cells "
                          f"{[(n, sorted(e)[:3]) for n, (_, _, e) in filled.items() if e]}")
        # 2. Without it, with the office's defaults (on 7.4: never recalculate on load) and with
        # recalculation on load.
        saved = []
        for recalc in ("default", "always"):
            with Office(work / f"{stem}-without-{recalc}", "fr", None, recalc=recalc) as office:
                for origin, path, extra, before in (("the template", source, {"AsTemplate": True}, blank),
                                                    ("the filled copy", filled_path, {}, filled)):
                    doc = load(office, path, **extra)
                    label = f"{file_name}, {origin}, without the extension (recalc {recalc})"
                    after = snapshot(doc)
                    results.check(formula_keys(after) == formula_keys(before), f"{label}: formula cells differ")
                    # Not recalculated on load, LibreOffice 7.4 computes a cell without a saved
                    # value only when it is shown, and a bulk read through the API may see it
                    # uncomputed (0): the cell-by-cell comparison is made when recalculated.
                    if recalc == "always":
                        check_without(label, before, after, doc, results)
                    if not extra:
                        check_totals(label, filled_totals, doc, results, recalc == "default")
                    if recalc == "default" and not extra:
                        keep_pdf(doc, work / f"{stem}-without.pdf")
                    out = work / f"{stem}-saved-without-{recalc}-{len(saved)}.ods"
                    store(doc, out)
                    saved.append((f"{origin}, saved without the extension (recalc {recalc})", out, before))
                    doc.close(True)
        # 3. Reopened with the extension, in a user's settings: no formula lost, all compute again.
        with Office(work / f"{stem}-reopened", "fr", oxt, recalc="default") as office:
            for what, path, before in saved:
                doc = load(office, path)
                # A cell the office without the extension never computed was saved with 0: recomputed here
                # (Ctrl+Maj+F9), as the guide advises after such a trip.
                after = snapshot(doc, everything=True)
                lost = [f"{n}!{r},{c}" for n, (fs, _, _) in before.items() for r, row in enumerate(fs)
                        for c, f in enumerate(row) if f.startswith("=") and after[n][0][r][c] != f]
                results.check(not lost, f"{file_name}, {what}: {len(lost)} formulas changed: {lost[:5]}")
                changed = [f"{n}!{r},{c}" for n, (_, vs, _) in before.items() for r, row in enumerate(vs)
                           for c, v in enumerate(row) if differs(doc, n, r, c, after[n][1][r][c], v)]
                results.check(not changed, f"{file_name}, {what}: {len(changed)} cells changed: {changed[:5]}")
                results.check(not any(e for _, (_, _, e) in after.items()), f"{file_name}, {what}: error cells")
                doc.close(True)
