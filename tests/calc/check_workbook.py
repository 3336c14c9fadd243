"""The model workbook (registry/templates/AssoBudget/budget-association.fods) in a real French
Calc with the installed .oxt, in one office session (run by run_calc_tests.py):
  - blank: no error cell, every name of docs/classeur.md exists and points where the document
    says, input cells unprotected and computed ones protected, sheets protected, the model
    version in the document properties;
  - filled through the named ranges only, with the example association and a second one
    (workbook_examples.py): the time split of staff costs, the tax on wages, the allocation of
    the running costs and the CERFA lines and totals of the association and of each action,
    all worked out here from the input data (only one employee-month's employer cost, the SMIC
    and the tax bands are asked of the component, tested elsewhere);
  - the CERFA sheet exported to PDF: one page per budget, the totals on each page; the page
    images are kept beside the PDF for a human look.
"""
import calendar
import re
import subprocess
from datetime import date
from fractions import Fraction
from pathlib import Path


from office import Office, file_url, props
from check_sidebar_access import know_our_types
from model_workbook import ModelWorkbook, serial
from workbook_examples import DEMO, SEPTEMBER

ROOT = Path(__file__).resolve().parent.parent.parent
CONTRACT = ROOT / "docs" / "classeur.md"
CENT = 0.005
CLASSES_CHARGES = [str(c) for c in range(60, 70)]
CLASSES_PRODUITS = ["70", "73", "74", "75", "76", "77", "78", "79"]
SPACES = re.compile(r"[\s\u00a0\u202f]")

# Names a treasurer (or the sidebar, an importer) writes: unprotected cells. Every other
# documented name is computed, hence protected.
INPUTS = {"Association", "Exercice_Debut", "Effectif", "Taux_AT", "Mutuelle_Employeur", "Taux_Prevoyance",
          "Taxe_Salaires_Due", "Hausse_Annuelle", "Benevolat_Taux", "Actions_Noms", "Actions_Cles",
          "Actions_Benevolat", "Fonctionnement_Benevolat", "Personnel_Noms", "Personnel_Cadre",
          "Personnel_Contrat", "Personnel_Debut", "Personnel_Fin", "Personnel_Brut", "Personnel_Heures",
          "Personnel_Aide_Type", "Personnel_Aide_Montant", "Personnel_Parts", "Personnel_Part_Fonctionnement",
          "Financements_Financeurs", "Financements_Types", "Financements_Actions", "Financements_Demande",
          "Financements_Obtenu", "Financements_Statut", "Financements_Probabilite", "Budget_Comptes",
          "Budget_Precisions", "Budget_Saisie"} | {f"Personnel_Part_Action{k}" for k in range(1, 9)}


def documented_names():
    """{name: address} from the table of docs/classeur.md."""
    text = CONTRACT.read_text(encoding="utf-8")
    return dict(re.findall(r"^\| `([A-Za-z0-9_]+)` \| `([^`]+)` \|", text, re.M))


def months_of(start):
    return [date(start.year + (start.month - 1 + k) // 12, (start.month - 1 + k) % 12 + 1, 1) for k in range(12)]


def fraction(month, start, end):
    """Share of @month within the contract (calendar days, both ends included)."""
    days = calendar.monthrange(month.year, month.month)[1]
    last = date(month.year, month.month, days)
    lo, hi = max(month, start), min(last, end) if end else last
    return max(0, (hi - lo).days + 1) / days


def largest_remainder(total, keys):
    """REPARTIR's documented method, in exact arithmetic: floors of the quotas in cents, then
    the remaining cents one by one to the largest remainders, the first positions on a tie."""
    units = round(Fraction(total) * 100)
    sign = -1 if units < 0 else 1
    units = abs(units)
    keys = [Fraction(k) for k in keys]
    quotas = [units * k / sum(keys) for k in keys]
    shares = [int(q) for q in quotas]
    rest = units - sum(shares)
    order = sorted(range(len(keys)), key=lambda i: (-(quotas[i] - shares[i]), i))
    for i in order[:rest]:
        shares[i] += 1
    return [sign * s / 100 for s in shares]


class Expected:
    """What the filled model must show, worked out from the example's inputs."""

    def __init__(self, ex, actions, call):
        p = ex["params"]
        self.cols = actions + 1
        months = months_of(p["Exercice_Debut"])
        self.reference = months[6]
        self.lines = []  # (CERFA code, amounts by column)
        gross_col, social_col = [0.0] * self.cols, [0.0] * self.cols
        aid = {}
        bases = []
        for name, cadre, contract, start, end, gross, hours, aid_type, aid_year, shares in ex["staff"]:
            shares = list(shares) + [0.0] * (self.cols - len(shares))
            brut = cost = 0.0
            for m in months:
                f = fraction(m, start, end)
                brut += gross * f
                if f:
                    cost += f * call("COUT.EMPLOYEUR", gross, serial(m), float(p["Effectif"]), p["Taux_AT"], hours,
                                     p["Mutuelle_Employeur"], 1.0 if cadre == "oui" else 0.0, p["Hausse_Annuelle"],
                                     contract, p["Taux_Prevoyance"])
            for k in range(self.cols):
                gross_col[k] += brut * shares[k]
                social_col[k] += (cost - brut) * shares[k]
            bases.append(brut * (1 + p["Taux_Prevoyance"]) + p["Mutuelle_Employeur"] * brut / gross)
            if aid_type:
                code = "74.1" if aid_type == "FONJEP" else "74.8"
                for k in range(self.cols):
                    aid.setdefault(code, [0.0] * self.cols)[k] += aid_year / 12 * brut / gross * shares[k]
        self.gross, self.social = gross_col, social_col
        self.tax = self.tax_on_wages(bases, p, float(self.reference.year), call)
        self.tax_col = largest_remainder(self.tax, gross_col) if sum(gross_col) else [0.0] * self.cols
        self.lines += [("64", gross_col), ("64", social_col), ("63", self.tax_col)]
        names = [a[0] for a in ex["actions"]]
        for funder, kind, action, asked, obtained, status, prob, code in ex["grants"]:
            col = 0 if not action else names.index(action) + 1
            amounts = [0.0] * self.cols
            amounts[col] = obtained if status == "acquis" else asked
            self.lines.append((code, amounts))
        for code, amounts in aid.items():
            self.lines.append((code, amounts))
        rate = p["Benevolat_Taux"] or call("SMIC", serial(self.reference), None, p["Hausse_Annuelle"])
        hours = [ex["structure_volunteer_hours"]] + [a[2] for a in ex["actions"]]
        volunteer = [h * rate for h in hours] + [0.0] * (self.cols - len(hours))
        self.lines += [("864", volunteer), ("870", volunteer)]
        for account, code, by_col in ex["lines"]:
            self.lines.append((code, [by_col.get(k, 0.0) for k in range(self.cols)]))
        structure = lambda cond: sum(a[0] for c, a in self.lines if cond(c))  # noqa: E731
        self.fixed = structure(lambda c: c[0] == "6" and c[:2] != "66")
        self.financial = structure(lambda c: c[:2] == "66")
        keys = [a[1] for a in ex["actions"]] + [0] * (actions - len(ex["actions"]))
        self.alloc_fixed = largest_remainder(self.fixed, keys)
        self.alloc_financial = largest_remainder(self.financial, keys)

    @staticmethod
    def tax_on_wages(bases, p, year, call):
        """Taxe sur les salaires (CGI art. 231 and 1679 A): bands per employee, franchise, décote,
        associations' allowance; the rules of the reference date's calendar year."""
        if p["Taxe_Salaires_Due"] == "non":
            return 0.0
        v = {n: call("PARAM.PAIE", n, year, p["Hausse_Annuelle"]) for n in (
            "TS.TAUX1", "TS.TAUX2", "TS.TAUX3", "TS.SEUIL1", "TS.SEUIL2", "TS.FRANCHISE", "TS.DECOTE.LIMITE",
            "TS.DECOTE.TAUX", "TS.ABATTEMENT")}
        tax = sum(v["TS.TAUX1"] * min(b, v["TS.SEUIL1"]) + v["TS.TAUX2"] * max(0, min(b, v["TS.SEUIL2"]) - v["TS.SEUIL1"])
                  + v["TS.TAUX3"] * max(0, b - v["TS.SEUIL2"]) for b in bases)
        if tax <= v["TS.FRANCHISE"]:
            tax = 0.0
        elif tax < v["TS.DECOTE.LIMITE"]:
            tax -= v["TS.DECOTE.TAUX"] * (v["TS.DECOTE.LIMITE"] - tax)
        return max(0.0, tax - v["TS.ABATTEMENT"])

    def column(self, b):
        """Amounts of the budget lines for block @b: 0 the association (all columns), k action k."""
        return [(code, sum(a) if b == 0 else a[b]) for code, a in self.lines]

    def cerfa(self, b):
        """{code: amount} of CERFA block @b, and its four totals."""
        col = self.column(b)
        out = {}
        for code in CLASSES_CHARGES + CLASSES_PRODUITS + ["86", "87"]:
            out[code] = sum(a for c, a in col if c[:2] == code)
        for code in ["74.%d" % i for i in range(1, 11)] + ["756", "758", "860", "861", "862", "864", "870", "871", "875"]:
            out[code] = sum(a for c, a in col if c == code)
        charges = sum(out[c] for c in CLASSES_CHARGES)
        if b:
            charges += self.alloc_fixed[b - 1] + self.alloc_financial[b - 1]
        totals = {"Total_Charges": charges, "Total_Produits": sum(out[c] for c in CLASSES_PRODUITS),
                  "86": out["86"], "87": out["87"]}
        return out, totals


def near(got, expected, tolerance=CENT):
    return abs(got - expected) <= tolerance


def check_blank(model, results):
    errors = model.error_cells()
    results.check(not errors, f"blank model: {len(errors)} error cells: {errors[:5]}")
    documented = documented_names()
    results.check(len(documented) >= 150, f"docs/classeur.md lists only {len(documented)} names")
    present = set(model.names.ElementNames)
    results.check(present == set(documented), f"names in the model but not documented: {sorted(present - set(documented))}; "
                                               f"documented but missing: {sorted(set(documented) - present)}")
    for name, address in documented.items():
        if name not in present:
            continue
        got = model.names.getByName(name).getContent().replace("'", "")
        results.check(got == address.replace("'", ""), f"name {name} points to {got}, docs/classeur.md says {address}")
        cells = model.cells(name)
        locked = cells.getCellByPosition(0, 0).CellProtection.IsLocked
        results.check(locked == (name not in INPUTS),
                      f"name {name}: {'protected' if locked else 'unprotected'}, expected the opposite")
    sheets = [model.doc.Sheets.getByIndex(i) for i in range(model.doc.Sheets.Count)]
    results.check([s.Name for s in sheets] == ["Accueil", "Paramètres", "Personnel", "Financements", "Budget", "CERFA"],
                  f"sheets: {[s.Name for s in sheets]}")
    results.check(all(s.isProtected() for s in sheets), "every sheet protected")
    props_ = model.doc.DocumentProperties
    results.check(props_.Title == "Budget de l'association (AssoBudget)", f"title {props_.Title!r}")
    version = props_.UserDefinedProperties.getPropertyValue("AssoBudgetModele")
    results.check(version == "1.0" == model.text("Modele_Version"), f"model version {version!r}")
    results.check(model.text("Paie_Dernier_Jour") == "31/12/2026", f"payroll file's last day {model.text('Paie_Dernier_Jour')!r}")
    for b in ["Asso"] + [f"Action{k}" for k in range(1, 9)]:
        results.check(model.value(f"Cerfa_{b}_Total_Charges") == 0 == model.value(f"Cerfa_{b}_Total_Produits"),
                      f"blank CERFA {b}: totals not 0")
    results.check(model.text("Cerfa_Asso_Statut").startswith("Charges = produits"), "blank model: balanced status")


def euros(value):
    return f"{value:,.2f}".replace(",", "").replace(".", ",")


def check_filled(model, ex, expected, label, results):
    errors = model.error_cells()
    results.check(not errors, f"{label}: {len(errors)} error cells: {errors[:5]}")
    n = expected.cols - 1
    results.check(all(model.text("Personnel_Controle", i) == "" for i in range(len(ex["staff"]))),
                  f"{label}: staff rows flagged")
    results.check(all(model.text("Financements_Controle", i) == "" for i in range(len(ex["grants"]))),
                  f"{label}: grant rows flagged")
    results.check(near(model.value("Taxe_Salaires"), expected.tax, 0.01),
                  f"{label}: tax on wages {model.value('Taxe_Salaires')}, expected {expected.tax:.2f}")
    accounts = [model.value("Budget_Lignes_Comptes", r) for r in range(5)]
    for k in range(expected.cols):
        column = "Budget_Fonctionnement" if k == 0 else f"Budget_Action{k}"
        got = [model.value(column, r) for r in range(3)]
        results.check(accounts[:3] == [641, 645, 631] and near(got[0], expected.gross[k]) and
                      near(got[1], expected.social[k]) and abs(got[2] - expected.tax_col[k]) < 1e-6,
                      f"{label}: staff split of column {k}: {got}, expected {expected.gross[k]:.2f} "
                      f"{expected.social[k]:.2f} {expected.tax_col[k]:.2f}")
    for k in range(n):
        results.check(abs(model.value("Budget_Indirect_Fixes", 0, k) - expected.alloc_fixed[k]) < 1e-6 and
                      abs(model.value("Budget_Indirect_Financiers", 0, k) - expected.alloc_financial[k]) < 1e-6,
                      f"{label}: indirect costs of action {k + 1}: {model.value('Budget_Indirect_Fixes', 0, k)}, "
                      f"expected {expected.alloc_fixed[k]}")
    results.check(model.value("Budget_Non_Reparti") == 0, f"{label}: running costs left unallocated")
    for b in range(expected.cols):
        prefix = "Cerfa_Asso" if b == 0 else f"Cerfa_Action{b}"
        lines, totals = expected.cerfa(b)
        for name, value in totals.items():
            got = model.value(f"{prefix}_{name}")
            results.check(near(got, value), f"{label}: {prefix}_{name} = {got:.2f}, expected {value:.2f}")
        for side in ("Charges", "Produits"):
            cells = model.cells(f"{prefix}_{side}")
            for r in range(cells.Rows.Count):
                code = cells.getCellByPosition(0, r).getString()
                if code in lines:
                    got = cells.getCellByPosition(2, r).getValue()
                    results.check(near(got, lines[code]), f"{label}: {prefix} line {code} = {got:.2f}, "
                                                          f"expected {lines[code]:.2f}")
        gap = totals["Total_Charges"] - totals["Total_Produits"]
        status = SPACES.sub("", model.text(f"{prefix}_Statut"))
        if abs(gap) < CENT:
            want = "Charges=produits"
        else:
            want = ("Charges>produits:ilmanque" if gap > 0 else "Produits>charges:lesproduitsdépassentleschargesde") \
                + euros(abs(gap))
        results.check(status.startswith(want), f"{label}: {prefix} status {model.text(prefix + '_Statut')!r}")
        results.check(SPACES.sub("", model.text(f"{prefix}_Statut_86_87")).startswith("86=87"),
                      f"{label}: {prefix} 86/87 status {model.text(prefix + '_Statut_86_87')!r}")
    return [expected.cerfa(b)[1] for b in range(expected.cols)]


def check_balanced(model, ex, totals, results):
    """A treasurer closes the gap of action 2 with donations (7541): its CERFA then says it is
    balanced, and the association's surplus grows by the same amount."""
    gap = round(totals[2]["Total_Charges"] - totals[2]["Total_Produits"], 2)
    row = len(ex["lines"])
    model.set("Budget_Comptes", 7541, row)
    model.set("Budget_Saisie", gap, row, 2)
    model.doc.calculateAll()
    status = SPACES.sub("", model.text("Cerfa_Action2_Statut"))
    results.check(gap > 0 and status.startswith("Charges=produits:lebudgetestéquilibré"),
                  f"balanced action 2 (+{gap:.2f} € of donations): {model.text('Cerfa_Action2_Statut')!r}")
    got = model.value("Cerfa_Asso_Total_Produits")
    results.check(near(got, totals[0]["Total_Produits"] + gap),
                  f"balanced action 2: association products {got:.2f}, expected {totals[0]['Total_Produits'] + gap:.2f}")
    model.set("Budget_Saisie", None, row, 2)
    model.set("Budget_Comptes", None, row)
    model.doc.calculateAll()


def check_flags(model, label, results):
    """A time split short of 100 % is flagged, and counted on Accueil."""
    before = model.value("Personnel_Part_Fonctionnement", 0)
    model.set("Personnel_Part_Fonctionnement", before - 0.1, 0)
    model.doc.calculateAll()
    results.check(model.text("Personnel_Controle", 0) == "parts ≠ 100 %" and model.value("Personnel_Alertes") == 1
                  and model.value("Alertes") == 1, f"{label}: a 90 % time split is not flagged: "
                                                   f"{model.text('Personnel_Controle', 0)!r}")
    model.set("Personnel_Part_Fonctionnement", before, 0)
    model.doc.calculateAll()


def export_cerfa(model, pdf, totals, label, results):
    model.export_cerfa(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")
    pages = [p for p in pages if p.strip()]
    results.check(len(pages) == len(totals), f"{label}: CERFA PDF has {len(pages)} pages, expected {len(totals)}")
    for b, (page, t) in enumerate(zip(pages, totals)):
        flat = SPACES.sub("", page)
        for name in ("Total_Charges", "Total_Produits"):
            results.check(euros(t[name]) + "€" in flat, f"{label}: page {b + 1} of the CERFA PDF lacks "
                                                        f"{name} {euros(t[name])} €")
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(pdf.with_suffix(""))], check=True)


def run(oxt, workdir, results):
    workdir = Path(workdir)
    know_our_types(oxt, workdir)
    with Office(workdir / "fr", "fr", oxt) as office:
        addin = office.create("org.assobudget.Functions")

        def call(name, *args):
            got = addin.callFunction(None, name, tuple(args))
            if got.Error:
                raise RuntimeError(f"{name}{args}: {got.Error} {got.Message}")
            return got.Value

        model = ModelWorkbook(office)
        check_blank(model, results)
        model.doc.close(True)
        taxes = []
        for label, ex in (("exemple", DEMO), ("septembre", SEPTEMBER)):
            model = ModelWorkbook(office)
            actions = model.cells("Actions_Noms").Rows.Count
            model.fill(ex)
            expected = Expected(ex, actions, call)
            totals = check_filled(model, ex, expected, label, results)
            taxes.append(expected.tax)
            check_flags(model, label, results)
            estimated = sum(1 for m in months_of(ex["params"]["Exercice_Debut"]) if m.year > 2026)
            results.check(model.value("Exercice_Mois_Estimes_Nombre") == estimated,
                          f"{label}: {model.value('Exercice_Mois_Estimes_Nombre')} estimated months, expected {estimated}")
            if ex is DEMO:
                check_balanced(model, ex, totals, results)
            export_cerfa(model, workdir / f"cerfa-{label}.pdf", totals, label, results)
            model.doc.storeToURL(file_url(workdir / f"budget-{label}.ods"), props(FilterName="calc8"))
            model.doc.close(True)
        # The small association is under the associations' allowance: the larger one is not.
        results.check(taxes[0] == 0 < taxes[1], f"tax on wages of the examples: {taxes}")
