#!/usr/bin/python3
"""make demo: the model workbook filled with the example association (examples/
association_exemple.py) through its named ranges, computed by a real headless Calc with the
AssoBudget extension installed in a throw-away profile; the filled workbook (.ods), its CERFA
budgets (.pdf) go to OUTDIR and the key figures are printed.

    demo.py BUILD/assobudget.oxt OUTDIR
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "tests")]

from association_exemple import DEMO  # noqa: E402
from model_workbook import ModelWorkbook  # noqa: E402
from office import Office, file_url, props  # noqa: E402


def euros(value):
    """1234.5 -> '1 234,50 €' (French style)."""
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    return f"{text} €"


def main(oxt, outdir):
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    with Office(out / "office", "fr", oxt) as office:
        model = ModelWorkbook(office)
        model.fill(DEMO)
        errors = model.error_cells()
        ods, pdf = out / "budget-association-exemple.ods", out / "budget-association-exemple-cerfa.pdf"
        model.doc.storeToURL(file_url(ods), props(FilterName="calc8"))
        model.export_cerfa(pdf)

        v, t = model.value, model.text
        print(f"{t('Association')} — exercice du {t('Exercice_Debut')} au {t('Exercice_Fin')}")
        print(f"  règles de paie connues jusqu'au {t('Paie_Dernier_Jour')} ; "
              f"mois estimés : {v('Exercice_Mois_Estimes_Nombre'):.0f}")
        print("\nPersonnel :")
        print(f"  brut de l'exercice {euros(v('Personnel_Total_Brut')):>16}")
        print(f"  coût employeur     {euros(v('Personnel_Total_Cout')):>16}")
        print(f"  taxe sur les salaires {euros(v('Taxe_Salaires')):>13}  (règles de {v('Taxe_Salaires_Annee'):.0f})")
        print(f"  aides aux postes   {euros(v('Personnel_Total_Aides')):>16}")
        print("\nFinancements :")
        print(f"  au budget CERFA    {euros(v('Financements_Total_Budget')):>16}")
        print(f"  dont non décidés   {euros(v('Financements_Attente')):>16}")
        print(f"  pondéré            {euros(v('Financements_Total_Pondere')):>16}")
        print("\nBudget CERFA 12156 :")
        budgets = [("Association", "Cerfa_Asso")] + [
            (name, f"Cerfa_Action{k + 1}") for k, (name, _, _) in enumerate(DEMO["actions"])]
        for k, (name, prefix) in enumerate(budgets):
            indirect = "" if k == 0 else (f", dont charges indirectes "
                                          f"{euros(v('Budget_Indirect_Fixes', 0, k - 1) + v('Budget_Indirect_Financiers', 0, k - 1))}")
            print(f"  {name:<20} charges {euros(v(prefix + '_Total_Charges')):>14}{indirect}")
            print(f"  {'':<20} produits {euros(v(prefix + '_Total_Produits')):>13}  — {t(prefix + '_Statut')}")
        print(f"\n  résultat prévisionnel {euros(v('Resultat'))} ; part des subventions "
              f"{v('Part_Subventions') * 100:.1f} % ; alertes : {v('Alertes'):.0f}")
        model.doc.close(True)
    print(f"\nClasseur rempli : {ods}\nBudgets CERFA : {pdf}")
    if errors:
        print("Cellules en erreur :\n  " + "\n  ".join(errors))
        return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
