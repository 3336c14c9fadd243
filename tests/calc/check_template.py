"""The model workbook as the .oxt ships it (run by run_calc_tests.py).

Once the extension is installed, each template of the .oxt is listed by the DocumentTemplates
service under its folder's category with the title of its meta.xml, and opens as a new untitled
spreadsheet that carries the model version. Then the round trip a treasurer's file makes through
an office without the extension, with the office's default recalculation settings (and with
recalculation on load too): there every add-in cell and every cell depending on one shows
#NOM ?; saved there as .ods and reopened with the extension, every formula of every sheet is
the text it was, and no formula cell is in error. What is expected comes from the .oxt's own
files and from the formulas themselves, never from the values Calc shows.
"""
import io
import re
import xml.dom.minidom
import zipfile
from collections import defaultdict, deque
from pathlib import Path

import uno
from com.sun.star.ucb import Command, OpenCommandArgument2

from office import Office, file_url, props

ADDIN = re.compile(r"ORG\.ASSOBUDGET\.FUNCTIONS\.", re.IGNORECASE)
FORMULAS = 16  # com.sun.star.sheet.CellFlags.FORMULA
LARGE_RANGE = 4096  # precedent ranges with more cells are matched, not expanded
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


def formula_cells(doc):
    """{(sheet, row, column): cell} for every formula cell of every sheet."""
    out = {}
    for sheet in doc.Sheets:
        found = sheet.queryContentCells(FORMULAS).getCells().createEnumeration()
        while found.hasMoreElements():
            cell = found.nextElement()
            address = cell.getCellAddress()
            out[(sheet.Name, address.Row, address.Column)] = cell
    return out


def _referred(ref, sheet, row, column):
    """(sheet, row, column) a com.sun.star.sheet.SingleReference in the cell at sheet, row, column names."""
    flags = ref.Flags  # 1 column relative, 4 row relative, 16 sheet relative (ReferenceFlags)
    return (sheet + ref.RelativeSheet if flags & 16 else ref.Sheet,
            row + ref.RelativeRow if flags & 4 else ref.Row,
            column + ref.RelativeColumn if flags & 1 else ref.Column)


def precedents(doc, sheet_names, key, cell):
    """The ranges a formula refers to, from its tokens: [(sheet, first row, last row, first column,
    last column)]. Cell references, ranges and named ranges (what INDIRECT or OFFSET build at run
    time is not seen). XFormulaQuery.queryPrecedents is not used: on 7.4 it puts a reference to
    another sheet on the cell's own sheet."""
    sheet, row, column = sheet_names.index(key[0]), key[1], key[2]
    out = []
    for token in cell.getTokens():
        data = token.Data
        kind = getattr(data, "typeName", "")
        if kind == "com.sun.star.sheet.SingleReference":
            s, r, c = _referred(data, sheet, row, column)
            out.append((s, r, r, c, c))
        elif kind == "com.sun.star.sheet.ComplexReference":
            s, r0, c0 = _referred(data.Reference1, sheet, row, column)
            _, r1, c1 = _referred(data.Reference2, sheet, row, column)
            out.append((s, min(r0, r1), max(r0, r1), min(c0, c1), max(c0, c1)))
        elif kind == "com.sun.star.sheet.NameToken":
            scopes = [doc.NamedRanges] if data.Sheet < 0 else [doc.Sheets.getByIndex(data.Sheet).NamedRanges]
            for named in (n for scope in scopes for n in scope if n.TokenIndex == data.Index):
                referred = named.getReferredCells()
                if referred is not None:
                    a = referred.RangeAddress
                    out.append((a.Sheet, a.StartRow, a.EndRow, a.StartColumn, a.EndColumn))
    return [(sheet_names[s], r0, r1, c0, c1) for s, r0, r1, c0, c1 in out if 0 <= s < len(sheet_names)]


def addin_dependent(doc, cells):
    """The formula cells that call the extension or depend on such a cell through any chain of
    references, propagated here over each formula's references."""
    sheet_names = [sheet.Name for sheet in doc.Sheets]
    users = defaultdict(set)  # a cell -> the formula cells that refer to it
    large = []  # (sheet, first row, last row, first column, last column, formula cell)
    for key, cell in cells.items():
        for sheet, r0, r1, c0, c1 in precedents(doc, sheet_names, key, cell):
            if (r1 - r0 + 1) * (c1 - c0 + 1) > LARGE_RANGE:
                large.append((sheet, r0, r1, c0, c1, key))
                continue
            for row in range(r0, r1 + 1):
                for column in range(c0, c1 + 1):
                    users[(sheet, row, column)].add(key)
    tainted = {key for key, cell in cells.items() if ADDIN.search(cell.getFormula())}
    todo = deque(tainted)
    while todo:
        sheet, row, column = todo.popleft()
        for user in users[(sheet, row, column)] | {k for s, r0, r1, c0, c1, k in large
                                                  if s == sheet and r0 <= row <= r1 and c0 <= column <= c1}:
            if user not in tainted:
                tainted.add(user)
                todo.append(user)
    return tainted


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
        # 1. With the extension, in a user's settings: listed, new document, every formula computes.
        with Office(work / f"{stem}-with", "fr", oxt, recalc="default") as office:
            doc = check_listed_and_new(office, category, file_name, title, version, results)
            if doc is None:
                continue
            cells = formula_cells(doc)
            formulas = {key: cell.getFormula() for key, cell in cells.items()}
            shown = {key: cell.getString() for key, cell in cells.items()}
            dependent = addin_dependent(doc, cells)
            results.check(any(ADDIN.search(f) for f in formulas.values()), f"{file_name}: no add-in cell")
            for key, cell in cells.items():
                results.check(cell.getError() == 0, f"{file_name} with the extension: {where(key)} "
                              f"{formulas[key]} shows {cell.getString()!r}")
            store(doc, work / f"{stem}-saved-with.ods")
            keep_pdf(doc, work / f"{stem}-with.pdf")
            doc.close(True)
        # 2. Without it: #NOM ? wherever the extension is needed, with the office's defaults
        # (on 7.4: never recalculate on load) and with recalculation on load.
        saved = []
        for recalc in ("default", "always"):
            with Office(work / f"{stem}-without-{recalc}", "fr", None, recalc=recalc) as office:
                for origin, path, extra in (("the template", source, {"AsTemplate": True}),
                                            ("a copy saved with the extension", work / f"{stem}-saved-with.ods", {})):
                    doc = load(office, path, **extra)
                    cells = formula_cells(doc)
                    results.check(set(cells) == set(formulas), f"{file_name}, {origin}, without the extension "
                                  f"(recalc {recalc}): formula cells {len(cells)}, expected {len(formulas)}")
                    for key, cell in cells.items():
                        needs = key in dependent
                        got = (cell.getError(), cell.getString())
                        results.check(got == (ERR_NAME, "#NOM ?") if needs else cell.getError() != ERR_NAME,
                                      f"{file_name}, {origin}, without the extension (recalc {recalc}): "
                                      f"{where(key)} {formulas[key]} shows {got}, "
                                      f"{'#NOM ? expected' if needs else 'needs not the extension'}")
                    if recalc == "default" and extra:
                        keep_pdf(doc, work / f"{stem}-without.pdf")
                    out = work / f"{stem}-saved-without-{recalc}-{len(saved)}.ods"
                    store(doc, out)
                    saved.append((f"{origin}, saved without the extension (recalc {recalc})", out))
                    doc.close(True)
        # 3. Reopened with the extension, in a user's settings: no formula lost, all compute again.
        with Office(work / f"{stem}-reopened", "fr", oxt, recalc="default") as office:
            for what, path in saved:
                doc = load(office, path)
                cells = formula_cells(doc)
                results.check(set(cells) == set(formulas), f"{file_name}, {what}: formula cells "
                              f"{sorted(set(formulas) - set(cells))[:5]} lost, {sorted(set(cells) - set(formulas))[:5]} new")
                for key, cell in cells.items():
                    results.check(cell.getFormula() == formulas.get(key),
                                  f"{file_name}, {what}: {where(key)} is {cell.getFormula()!r}, was {formulas.get(key)!r}")
                    results.check(cell.getError() == 0 and cell.getString() == shown.get(key),
                                  f"{file_name}, {what}: {where(key)} shows {cell.getString()!r}, "
                                  f"{shown.get(key)!r} before the trip")
                doc.close(True)
