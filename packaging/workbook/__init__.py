"""The AssoBudget model workbook, written by code: `python3 -m workbook write OUT.fods`."""
