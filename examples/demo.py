#!/usr/bin/python3
"""make demo: a real headless Calc, with the AssoBudget extension installed in a throw-away
profile, computes the example workbook; the results go to OUTDIR (.ods and .pdf) and the
key figures are printed.

    demo.py BUILD/assobudget.oxt OUTDIR
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from office import Office, file_url, props  # noqa: E402

WORKBOOK = HERE / "budget-demo.fods"


def euros(value):
    """1234.5 -> '1 234,50 €' (French style)."""
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    return f"{text} €"


def main(oxt, outdir):
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    with Office(out / "office", "fr", oxt) as office:
        doc = office.load(WORKBOOK)
        doc.calculateAll()
        sheets = doc.Sheets

        errors = []
        for sheet in (sheets.getByIndex(i) for i in range(sheets.Count)):
            cursor = sheet.createCursor()
            cursor.gotoEndOfUsedArea(False)
            end = cursor.RangeAddress
            for row in range(end.EndRow + 1):
                for col in range(end.EndColumn + 1):
                    cell = sheet.getCellByPosition(col, row)
                    if cell.getError():
                        errors.append(f"{sheet.Name}!{cell.AbsoluteName}: {cell.getString()}")

        ods, pdf = out / "budget-demo.ods", out / "budget-demo.pdf"
        doc.storeToURL(file_url(ods), props(FilterName="calc8"))
        doc.storeToURL(file_url(pdf), props(FilterName="calc_pdf_Export"))

        alloc = sheets.getByName("Répartition")
        print("Répartition des charges indirectes (REPARTIR) de "
              f"{euros(alloc.getCellRangeByName('B3').getValue())} :")
        for row in range(6, 9):
            print(f"  {alloc.getCellRangeByName(f'A{row}').getString():<22}"
                  f"{euros(alloc.getCellRangeByName(f'C{row}').getValue()):>14}")
        print(f"  écart avec le total : {euros(alloc.getCellRangeByName('C10').getValue())}")

        cash = sheets.getByName("Trésorerie")
        print("\nSoldes de trésorerie 2026 (TRESO.SOLDES) :")
        months = [cash.getCellByPosition(c, 4).getString() for c in range(1, 13)]
        balances = [cash.getCellByPosition(c, 15).getValue() for c in range(1, 13)]
        for month, balance in zip(months, balances):
            print(f"  {month:<6}{euros(balance):>14}")
        print(f"  point bas (TRESO.MIN) : {euros(cash.getCellRangeByName('B18').getValue())} "
              f"en {cash.getCellRangeByName('B19').getString()}")
        print(f"  besoin de financement (BESOIN.FINANCEMENT) : {euros(cash.getCellRangeByName('B20').getValue())}")

        invoices = sheets.getByName("Factures")
        print("\nÉchéances des factures (ECHEANCE) :")
        for row in range(4, 9):
            cells = [invoices.getCellRangeByName(f"{c}{row}").getString() for c in "ABCD"]
            print(f"  {cells[0]:<28} {cells[1]}  {cells[2]:<22} → {cells[3]}")

        doc.close(True)
    print(f"\nClasseur calculé : {ods}\nPDF : {pdf}")
    if errors:
        print("Cellules en erreur :\n  " + "\n  ".join(errors))
        return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
