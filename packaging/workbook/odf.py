"""A small writer of flat-XML spreadsheets (.fods) for the model workbook: cells, styles,
named ranges, validation lists, protection and page setup. Deterministic: the same calls
give the same bytes, so `make check-table` can compare the committed file with a fresh one."""
from xml.sax.saxutils import escape, quoteattr

ADDIN = "ORG.ASSOBUDGET.FUNCTIONS."

NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
}

# Colours: input cells pale yellow, headings pale blue-grey, totals grey, alerts dark red.
COLOURS = {"input": "#fff2b3", "head": "#dce3ed", "total": "#ececec", "title": "#1f3864", "alert": "#c00000"}

# Number styles (French separators whatever the UI language). "eurb" hides zeros (table rows).
NUMBER_STYLES = """\
  <number:number-style style:name="N_eur" number:language="fr" number:country="FR"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> €</number:text></number:number-style>
  <number:number-style style:name="N_eurbP" style:volatile="true" number:language="fr" number:country="FR"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> €</number:text></number:number-style>
  <number:number-style style:name="N_eurbN" style:volatile="true" number:language="fr" number:country="FR"><number:text>-</number:text><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> €</number:text></number:number-style>
  <number:number-style style:name="N_eurb" number:language="fr" number:country="FR"><number:text/><style:map style:condition="value()&gt;0" style:apply-style-name="N_eurbP"/><style:map style:condition="value()&lt;0" style:apply-style-name="N_eurbN"/></number:number-style>
  <number:number-style style:name="N_num" number:language="fr" number:country="FR"><number:number number:decimal-places="2" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <number:percentage-style style:name="N_pct" number:language="fr" number:country="FR"><number:number number:decimal-places="2" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text> %</number:text></number:percentage-style>
  <number:percentage-style style:name="N_pctbP" style:volatile="true" number:language="fr" number:country="FR"><number:number number:decimal-places="2" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text> %</number:text></number:percentage-style>
  <number:percentage-style style:name="N_pctb" number:language="fr" number:country="FR"><number:text/><style:map style:condition="value()&gt;0" style:apply-style-name="N_pctbP"/></number:percentage-style>
  <number:date-style style:name="N_date" number:language="fr" number:country="FR"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
  <number:date-style style:name="N_month" number:language="fr" number:country="FR"><number:month number:textual="true"/><number:text> </number:text><number:year number:style="long"/></number:date-style>
"""
# Page styles: A4 portrait or landscape fitted to the page width; "Large" tables at 70 %.
MASTERS = ("Portrait", "Paysage", "Large")
FORMATS = {"eur": "N_eur", "eurb": "N_eurb", "num": "N_num", "pct": "N_pct", "pctb": "N_pctb", "date": "N_date", "month": "N_month"}


def col_letter(col):
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def addr(sheet, col, row, col2=None, row2=None):
    """Absolute address in a named range's attribute: $'Sheet'.$A$1 or $'Sheet'.$A$1:.$B$2."""
    out = f"$'{sheet}'.${col_letter(col)}${row + 1}"
    if col2 is not None:
        out += f":.${col_letter(col2)}${row2 + 1}"
    return out


def ref(sheet, col, row, col2=None, row2=None, absolute=True):
    """A reference inside an ODF formula: [$'Sheet'.$A$1:.$B$2]; sheet None = this sheet."""
    d = "$" if absolute else ""
    where = f"$'{sheet}'." if sheet else "."
    out = f"[{where}{d}{col_letter(col)}{d}{row + 1}"
    if col2 is not None:
        out += f":.{d}{col_letter(col2)}{d}{row2 + 1}"
    return out + "]"


def ab(name, *args):
    """A call of an AssoBudget function by its programmatic name, as ODF stores it."""
    return f"{ADDIN}{name.upper()}({';'.join(str(a) for a in args)})"


def text(value):
    """A string literal inside a formula."""
    return '"' + str(value).replace('"', '""') + '"'


class Cell:
    __slots__ = ("value", "kind", "style", "validation", "span", "matrix", "note")

    def __init__(self, value, kind, style, validation=None, span=1, matrix=None):
        self.value, self.kind, self.style = value, kind, style
        self.validation, self.span, self.matrix = validation, span, matrix


class Sheet:
    """One table: cells by (row, col), column widths, page breaks before rows, print range."""

    def __init__(self, name, master="Portrait", protected=True):
        self.name, self.master, self.protected = name, master, protected
        self.cells = {}
        self.widths = {}
        self.breaks = set()
        self.heights = {}
        self.print_range = None   # (col1, row1, col2, row2)
        self.repeat_rows = None   # (row1, row2) printed on every page
        self.repeat_cols = None   # (col1, col2)

    def put(self, row, col, value, style=None, kind=None, validation=None, span=1, matrix=None):
        """value: str (a text, or a formula starting with '='), a number, a date (ISO str
        with kind='date'), or None (an empty cell carrying a style). Returns the cell."""
        if kind is None:
            if value is None:
                kind = "empty"
            elif isinstance(value, str):
                kind = "formula" if value.startswith("=") else "string"
            else:
                kind = "float"
        cell = Cell(value, kind, dict(style or {}), validation, span, matrix)
        self.cells[(row, col)] = cell
        return cell

    def width(self, col, cm):
        self.widths[col] = cm


class Workbook:
    def __init__(self, title, properties):
        self.title, self.properties = title, properties
        self.sheets = []
        self.names = []        # (name, address, meaning)
        self.validations = {}  # name -> (values, message)
        self._cell_styles = {}

    def sheet(self, name, master="Portrait"):
        s = Sheet(name, master)
        self.sheets.append(s)
        return s

    def name(self, name, sheet, col, row, col2=None, row2=None, meaning=""):
        """A document-level named range (part of the workbook's contract)."""
        if any(n == name for n, _, _ in self.names):
            raise ValueError(f"name declared twice: {name}")
        self.names.append((name, addr(sheet.name, col, row, col2, row2), meaning))

    def validation(self, name, values, message, kind="stop"):
        """A list of allowed values; kind "information" also accepts other values after a warning."""
        self.validations[name] = (tuple(values), message, kind)
        return name

    # ---- writing -------------------------------------------------------------------

    def _style_name(self, style):
        key = tuple(sorted(style.items()))
        if key not in self._cell_styles:
            self._cell_styles[key] = f"ce{len(self._cell_styles) + 1}"
        return self._cell_styles[key]

    @staticmethod
    def _cell_style_xml(name, style):
        cell, para, txt = [], [], []
        fill = style.get("fill")
        if fill:
            cell.append(f'fo:background-color="{COLOURS[fill]}"')
        if style.get("input"):
            cell.append('style:cell-protect="none" style:print-content="true"')
        if style.get("wrap"):
            cell.append('fo:wrap-option="wrap"')
        border = style.get("border")
        if border == "all":
            cell.append('fo:border="0.5pt solid #8c8c8c"')
        elif border:
            cell.append(f'fo:border-{border}="0.75pt solid #404040"')
        if style.get("valign"):
            cell.append(f'style:vertical-align="{style["valign"]}"')
        if style.get("align"):
            para.append(f'fo:text-align="{style["align"]}"')
            cell.append('style:text-align-source="fix"')
        if style.get("indent"):
            para.append(f'fo:margin-left="{style["indent"]}cm"')
        if style.get("bold"):
            txt.append('fo:font-weight="bold"')
        if style.get("italic"):
            txt.append('fo:font-style="italic"')
        if style.get("size"):
            txt.append(f'fo:font-size="{style["size"]}pt"')
        if style.get("colour"):
            txt.append(f'fo:color="{COLOURS[style["colour"]]}"')
        data = f' style:data-style-name="{FORMATS[style["fmt"]]}"' if style.get("fmt") else ""
        out = f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{data}>'
        if cell:
            out += f'<style:table-cell-properties {" ".join(cell)}/>'
        if para:
            out += f'<style:paragraph-properties {" ".join(para)}/>'
        if txt:
            out += f'<style:text-properties {" ".join(txt)}/>'
        return out + "</style:style>"

    def _cell_xml(self, cell):
        attrs = []
        if cell.style:
            attrs.append(f'table:style-name="{self._style_name(cell.style)}"')
        if cell.validation:
            attrs.append(f'table:content-validation-name="{cell.validation}"')
        if cell.span > 1:
            attrs.append(f'table:number-columns-spanned="{cell.span}"')
        if cell.matrix:
            attrs.append(f'table:number-matrix-columns-spanned="{cell.matrix[0]}" '
                         f'table:number-matrix-rows-spanned="{cell.matrix[1]}"')
        body = ""
        if cell.kind == "formula":
            attrs.append(f"table:formula={quoteattr('of:' + cell.value)}")
        elif cell.kind == "string":
            attrs.append('office:value-type="string"')
            body = "".join(f"<text:p>{escape(line)}</text:p>" for line in cell.value.split("\n"))
        elif cell.kind == "float":
            attrs.append(f'office:value-type="float" office:value="{cell.value!r}"')
        elif cell.kind == "percentage":
            attrs.append(f'office:value-type="percentage" office:value="{cell.value!r}"')
        elif cell.kind == "date":
            attrs.append(f'office:value-type="date" office:date-value="{cell.value}"')
        open_ = "<table:table-cell" + ("" if not attrs else " " + " ".join(attrs))
        return f"{open_}>{body}</table:table-cell>" if body else open_ + "/>"

    def _table_xml(self, sheet, out):
        attrs = [f"table:name={quoteattr(sheet.name)}", f'table:style-name="ta_{sheet.master}"']
        if sheet.protected:
            attrs.append('table:protected="true"')
        if sheet.print_range:
            c1, r1, c2, r2 = sheet.print_range
            attrs.append(f"table:print-ranges=\"{addr(sheet.name, c1, r1, c2, r2)}\"")
        out.append(f"   <table:table {' '.join(attrs)}>")
        if sheet.protected:
            out.append('    <loext:table-protection loext:select-protected-cells="true" '
                       'loext:select-unprotected-cells="true"/>')
        last_col = max([c + cell.span - 1 for (_, c), cell in sheet.cells.items()] + list(sheet.widths) + [0])
        cols = []
        for col in range(last_col + 1):
            cols.append(f'co_{str(sheet.widths.get(col, 2.3)).replace(".", "_")}')
        header_cols = sheet.repeat_cols
        col = 0
        while col <= last_col:
            n = 1
            while col + n <= last_col and cols[col + n] == cols[col] and not (
                    header_cols and (col + n == header_cols[0] or col + n == header_cols[1] + 1)):
                n += 1
            rep = f' table:number-columns-repeated="{n}"' if n > 1 else ""
            line = f'    <table:table-column table:style-name="{cols[col]}"{rep}/>'
            if header_cols and col == header_cols[0]:
                line = "    <table:table-header-columns>" + line.strip() + "</table:table-header-columns>"
            out.append(line)
            col += n
        last_row = max(r for r, _ in sheet.cells) if sheet.cells else 0
        rows = {}
        for (r, c), cell in sheet.cells.items():
            rows.setdefault(r, {})[c] = cell
        r = 0
        while r <= last_row:
            style = self._row_style(sheet, r)
            if r not in rows:
                n = 1
                while r + n <= last_row and r + n not in rows and self._row_style(sheet, r + n) == style \
                        and not self._header_edge(sheet, r + n):
                    n += 1
                rep = f' table:number-rows-repeated="{n}"' if n > 1 else ""
                self._row_out(sheet, r, out, f'    <table:table-row table:style-name="{style}"{rep}>'
                              f'<table:table-cell table:number-columns-repeated="{last_col + 1}"/></table:table-row>')
                r += n
                continue
            parts, c = [], 0
            cells = rows[r]
            while c <= last_col:
                if c in cells:
                    parts.append(self._cell_xml(cells[c]))
                    span = cells[c].span
                    for k in range(1, span):
                        parts.append("<table:covered-table-cell/>")
                    c += span
                else:
                    n = 1
                    while c + n <= last_col and c + n not in cells:
                        n += 1
                    parts.append(f'<table:table-cell table:number-columns-repeated="{n}"/>' if n > 1
                                 else "<table:table-cell/>")
                    c += n
            self._row_out(sheet, r, out, f'    <table:table-row table:style-name="{style}">{"".join(parts)}</table:table-row>')
            r += 1
        out.append("   </table:table>")

    @staticmethod
    def _header_edge(sheet, r):
        return bool(sheet.repeat_rows) and (r == sheet.repeat_rows[0] or r == sheet.repeat_rows[1] + 1)

    @staticmethod
    def _row_out(sheet, r, out, line):
        if sheet.repeat_rows and r == sheet.repeat_rows[0]:
            out.append("    <table:table-header-rows>")
        out.append(line)
        if sheet.repeat_rows and r == sheet.repeat_rows[1]:
            out.append("    </table:table-header-rows>")

    @staticmethod
    def _row_style(sheet, r):
        h = sheet.heights.get(r)
        b = "b" if r in sheet.breaks else ""
        return f"ro{b}_{str(h).replace('.', '_')}" if h else f"ro{b}"

    def xml(self):
        tables = []
        for sheet in self.sheets:
            self._table_xml(sheet, tables)
        ns = " ".join(f'xmlns:{k}="{v}"' for k, v in NAMESPACES.items())
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               "<!-- GENERATED by packaging/workbook (python3 -m workbook write): do not edit. -->",
               f'<office:document {ns} office:version="1.3" '
               'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
               " <office:meta>",
               f"  <dc:title>{escape(self.title)}</dc:title>",
               "  <dc:language>fr-FR</dc:language>"]
        for name, value in self.properties:
            out.append(f'  <meta:user-defined meta:name={quoteattr(name)} meta:value-type="string">'
                       f"{escape(value)}</meta:user-defined>")
        out += [" </office:meta>", " <office:styles>",
                '  <style:default-style style:family="table-cell"><style:text-properties '
                'fo:language="fr" fo:country="FR" fo:font-size="10pt"/></style:default-style>',
                '  <style:style style:name="Default" style:family="table-cell"/>',
                " </office:styles>", " <office:automatic-styles>", NUMBER_STYLES.rstrip("\n")]
        widths = sorted({w for s in self.sheets for w in s.widths.values()} | {2.3})
        for w in widths:
            out.append(f'  <style:style style:name="co_{str(w).replace(".", "_")}" style:family="table-column">'
                       f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
        rows = sorted({self._row_style(s, r) for s in self.sheets for r in range(max([k[0] for k in s.cells] + [0]) + 1)})
        for name in rows:
            brk = ' fo:break-before="page"' if name.startswith("rob") else ""
            h = name.split("_", 1)[1].replace("_", ".") if "_" in name else None
            height = f' style:row-height="{h}cm" style:use-optimal-row-height="false"' if h else \
                ' style:use-optimal-row-height="true"'
            out.append(f'  <style:style style:name="{name}" style:family="table-row">'
                       f'<style:table-row-properties{brk}{height}/></style:style>')
        for master in MASTERS:
            out.append(f'  <style:style style:name="ta_{master}" style:family="table" '
                       f'style:master-page-name="AB_{master}"><style:table-properties table:display="true" style:first-page-number="1"/></style:style>')
        out.append('  <style:page-layout style:name="pl_Portrait"><style:page-layout-properties '
                   'fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" '
                   'fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1.2cm" fo:margin-right="1.2cm" '
                   'style:print-page-order="ltr" style:scale-to-X="1" style:scale-to-Y="1"/>'
                   '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style>'
                   '</style:page-layout>')
        out.append('  <style:page-layout style:name="pl_Paysage"><style:page-layout-properties '
                   'fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" '
                   'fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1cm" fo:margin-right="1cm" '
                   'style:print-page-order="ltr" style:scale-to-X="1" style:scale-to-Y="0"/>'
                   '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style>'
                   '</style:page-layout>')
        out.append('  <style:page-layout style:name="pl_Large"><style:page-layout-properties '
                   'fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" '
                   'fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1cm" fo:margin-right="1cm" '
                   'style:print-page-order="ltr" style:scale-to="70%"/>'
                   '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style>'
                   '</style:page-layout>')
        for key, name in sorted(self._cell_styles.items(), key=lambda kv: int(kv[1][2:])):
            out.append("  " + self._cell_style_xml(name, dict(key)))
        out += [" </office:automatic-styles>", " <office:master-styles>"]
        for master in MASTERS:
            out.append(f'  <style:master-page style:name="AB_{master}" style:page-layout-name="pl_{master}">'
                       '<style:header style:display="false"/>'
                       f'<style:footer><text:p>{escape(self.title)} — <text:sheet-name>???</text:sheet-name>'
                       ' — page <text:page-number>1</text:page-number></text:p></style:footer></style:master-page>')
        out += [" </office:master-styles>", " <office:body>", "  <office:spreadsheet>"]
        out.append('   <table:calculation-settings table:automatic-find-labels="false" '
                   'table:use-regular-expressions="false" table:use-wildcards="true"/>')
        if self.validations:
            out.append("   <table:content-validations>")
            for name, (values, message, kind) in sorted(self.validations.items()):
                cond = "of:cell-content-is-in-list(" + ";".join(text(v) for v in values) + ")"
                out.append(f"    <table:content-validation table:name={quoteattr(name)} "
                           f"table:condition={quoteattr(cond)} table:allow-empty-cell=\"true\" "
                           'table:display-list="unsorted">'
                           f"<table:help-message table:display=\"false\"/>"
                           f"<table:error-message table:message-type=\"{kind}\" table:display=\"true\">"
                           f"<text:p>{escape(message)}</text:p></table:error-message>"
                           "</table:content-validation>")
            out.append("   </table:content-validations>")
        # The cells, written above, registered their styles: the style list is complete now.
        out += tables
        out.append("   <table:named-expressions>")
        for name, address, _ in self.names:
            first = address.split(":")[0]
            out.append(f"    <table:named-range table:name={quoteattr(name)} "
                       f"table:base-cell-address={quoteattr(first)} table:cell-range-address={quoteattr(address)}/>")
        out += ["   </table:named-expressions>", "  </office:spreadsheet>", " </office:body>", "</office:document>", ""]
        return "\n".join(out)
