"""The model workbook opened in a real Calc, read and written through its named ranges only (the
contract of docs/classeur.md), as the tests, the demo, the sidebar and the importers do."""
from datetime import date
from pathlib import Path

import uno

from office import file_url, props

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "registry" / "templates" / "AssoBudget" / "budget-association.fods"
NULL_DATE = date(1899, 12, 30)
FORMULA_ERROR = 4  # com.sun.star.sheet.FormulaResult.ERROR


def serial(d):
    """A date as Calc's serial number (the model keeps the default null date)."""
    return float((d - NULL_DATE).days)


def used_range(sheet):
    """The cells of @p sheet from A1 to the end of its used area."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.RangeAddress
    return sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)


def error_cells(sheet):
    """{(row, column)} of the formula cells of @p sheet in error, from one query of the sheet
    (cells LibreOffice has not computed yet are not seen: compute the document first)."""
    found = set()
    for a in sheet.queryFormulaCells(FORMULA_ERROR).getRangeAddresses():
        found |= {(r, c) for r in range(a.StartRow, a.EndRow + 1) for c in range(a.StartColumn, a.EndColumn + 1)}
    return found


class ModelWorkbook:
    """The model opened in Calc, read and written through its names only."""

    def __init__(self, office, path=MODEL):
        self.doc = office.load(path)
        self.names = self.doc.NamedRanges

    def cells(self, name):
        return self.names.getByName(name).getReferredCells()

    def cell(self, name, row=0, col=0):
        return self.cells(name).getCellByPosition(col, row)

    def set(self, name, value, row=0, col=0):
        cell = self.cell(name, row, col)
        if value is None:
            cell.setString("")
        elif isinstance(value, str):
            cell.setString(value)
        elif isinstance(value, date):
            cell.setValue(serial(value))
        else:
            cell.setValue(float(value))

    def value(self, name, row=0, col=0):
        return self.cell(name, row, col).getValue()

    def text(self, name, row=0, col=0):
        return self.cell(name, row, col).getString()

    def fill(self, ex):
        for name, value in ex["params"].items():
            self.set(name, value)
        for i, (action, key, hours) in enumerate(ex["actions"]):
            self.set("Actions_Noms", action, i)
            self.set("Actions_Cles", key, i)
            self.set("Actions_Benevolat", hours, i)
        self.set("Fonctionnement_Benevolat", ex["structure_volunteer_hours"])
        columns = ("Noms", "Cadre", "Contrat", "Debut", "Fin", "Brut", "Heures", "Aide_Type", "Aide_Montant")
        for i, row in enumerate(ex["staff"]):
            for name, value in zip(columns, row):
                self.set(f"Personnel_{name}", value, i)
            for k, share in enumerate(row[-1]):
                self.set("Personnel_Parts", share, i, k)
        columns = ("Financeurs", "Types", "Actions", "Demande", "Obtenu", "Statut", "Probabilite")
        for i, row in enumerate(ex["grants"]):
            for name, value in zip(columns, row):
                self.set(f"Financements_{name}", value, i)
        for i, (account, _, by_col) in enumerate(ex["lines"]):
            self.set("Budget_Comptes", account, i)
            for k, amount in by_col.items():
                self.set("Budget_Saisie", amount, i, k)
        self.doc.calculateAll()

    def error_cells(self):
        """Every cell in error, computed first, as "Sheet!$A$1: shown formula"."""
        self.doc.calculateAll()
        out = []
        for sheet in self.doc.Sheets:
            for row, col in sorted(error_cells(sheet)):
                cell = sheet.getCellByPosition(col, row)
                out.append(f"{sheet.Name}!{cell.AbsoluteName}: {cell.getString()} {cell.getFormula()[:80]}")
        return out

    def export_cerfa(self, pdf):
        """The CERFA sheet's print area (one A4 page per budget) as a PDF file."""
        sheet = self.doc.Sheets.getByName("CERFA")
        area = sheet.getPrintAreas()[0]
        cells = sheet.getCellRangeByPosition(area.StartColumn, area.StartRow, area.EndColumn, area.EndRow)
        data = uno.Any("[]com.sun.star.beans.PropertyValue", props(Selection=cells))
        self.doc.storeToURL(file_url(pdf), props(FilterName="calc_pdf_Export", FilterData=data))
