"""Accueil: how to use the workbook in ten lines, the legend, the model version, the period
the payroll data file covers, and the key figures of the budget."""
from .look import TITLE, SUBTITLE, NOTE, LABEL, TOTAL, ALERT, INPUT, COMPUTED, out, with_
from .odf import ab

SHEET = "Accueil"

HOWTO = [
    "Paramètres : le nom de l'association, le premier jour de l'exercice, l'effectif, les taux, et jusqu'à 8 actions "
    "avec leur clé de répartition et leurs heures de bénévolat.",
    "Personnel : une ligne par salarié — cadre ou non, contrat, dates, brut mensuel, heures, aide au poste, "
    "et la part de son temps sur chaque action (100 % au total).",
    "Financements : une ligne par subvention — financeur, type, action, montants demandé et obtenu, statut "
    "(acquis, demandé ou probable) et probabilité.",
    "Budget : les autres charges et produits, un compte par ligne, pour le fonctionnement ou pour une action.",
    "Le coût de chaque mois de paie, la taxe sur les salaires, les subventions et le bénévolat arrivent seuls "
    "dans le Budget, avec le libellé du compte et sa ligne CERFA.",
    "Les charges du fonctionnement sont réparties entre les actions au prorata de leurs clés, au centime.",
    "CERFA : le budget de l'association puis de chaque action au format CERFA 12156, une page A4 chacun, "
    "à joindre à une demande de subvention.",
    "Les subventions pas encore décidées y figurent pour le montant demandé, comme l'attendent les financeurs.",
    "Une alerte en rouge dit ce qui manque ; les mois après le fichier de paie sont « estimés ».",
    "Sans l'extension AssoBudget, les cellules calculées affichent #NOM ? dès qu'une saisie change : pour un "
    "conseil d'administration ou un financeur, partagez le PDF (Fichier > Exporter au format PDF).",
]


def build(wb, sizes, version):
    s = wb.sheet(SHEET, "Portrait")
    s.width(0, 0.8)
    s.width(1, 11.0)
    s.width(2, 4.6)
    s.put(0, 0, "Budget de l'association (AssoBudget)", TITLE, span=3)
    s.put(1, 0, '=IF(Association="";"Indiquez le nom de l\'association dans Paramètres.";Association)', SUBTITLE, span=3)
    s.put(3, 0, "Mode d'emploi", SUBTITLE, span=3)
    for i, line in enumerate(HOWTO):
        s.put(4 + i, 0, f"{i + 1}.", with_(LABEL, align="end"))
        s.put(4 + i, 1, line, LABEL, span=2)
        s.heights[4 + i] = 0.95
    r = 4 + len(HOWTO) + 1
    s.put(r, 0, "Légende", SUBTITLE, span=3)
    s.put(r + 1, 1, "Cellule à saisir", with_(INPUT, input=False))
    s.put(r + 2, 1, "Cellule calculée (protégée, sans mot de passe)", COMPUTED)
    s.put(r + 3, 1, "Alerte : une donnée à corriger", ALERT)
    r += 5
    s.put(r, 0, "Modèle et données", SUBTITLE, span=3)
    rows = [
        ("Version du modèle", version, None, "Modele_Version", "Version du modèle de classeur"),
        ("Premier jour de l'exercice", "=Exercice_Debut", "date", None, None),
        ("Dernier jour de l'exercice", "=Exercice_Fin", "date", None, None),
        ("Règles de paie du fichier connues jusqu'au", "=" + ab("payrollLastDay"), "date", "Paie_Dernier_Jour",
         "Dernier jour couvert par le fichier de paie (PAIE.DERNIER.JOUR)"),
        # SUMPRODUCT, not COUNTIF: without the extension the months are #NOM ?, and COUNTIF would
        # skip them and show 0; SUMPRODUCT passes the error on.
        ("Mois de l'exercice aux règles de paie estimées", '=SUMPRODUCT(Exercice_Mois_Estimes="estimées")', None,
         "Exercice_Mois_Estimes_Nombre", "Nombre de mois de l'exercice après le fichier de paie"),
    ]
    r = _rows(wb, s, r + 1, rows)
    s.put(r + 1, 0, "Chiffres clés de l'exercice", SUBTITLE, span=3)
    rows = [
        ("Total des charges (CERFA de l'association)", "=Cerfa_Asso_Total_Charges", "eur", None, None),
        ("Total des produits (CERFA de l'association)", "=Cerfa_Asso_Total_Produits", "eur", None, None),
        ("Résultat prévisionnel (produits − charges)", "=Cerfa_Asso_Total_Produits-Cerfa_Asso_Total_Charges", "eur",
         "Resultat", "Résultat prévisionnel de l'association (produits − charges, hors 86 et 87)"),
        ("Coût du personnel (taxe sur les salaires comprise)", "=Personnel_Total_Cout+Taxe_Salaires", "eur",
         "Cout_Personnel", "Coût employeur de l'exercice plus la taxe sur les salaires"),
        ("Part des subventions dans les produits",
         '=IF(Cerfa_Asso_Total_Produits=0;0;SUMPRODUCT(LEFT(Budget_Cerfa;2)="74";Budget_Total)/Cerfa_Asso_Total_Produits)',
         "pct", "Part_Subventions", "Subventions (74) / total des produits (hors 87)"),
        ("Subventions au budget pas encore décidées", "=Financements_Attente", "eur", None, None),
        ("Alertes à traiter", '=Personnel_Alertes+Financements_Alertes+IF(Budget_Non_Reparti=0;0;1)', None,
         "Alertes", "Nombre d'alertes : lignes du personnel et des financements, charges non réparties"),
        ("", "=Cerfa_Asso_Statut", None, None, None),
    ]
    r = _rows(wb, s, r + 2, rows)
    s.print_range = (0, 0, 2, r - 1)
    return s


def _rows(wb, s, r, rows):
    for label, formula, fmt, name, meaning in rows:
        if label:
            s.put(r, 1, label, LABEL)
            s.put(r, 2, formula, out(fmt, align="end") if fmt != "eur" else out(fmt))
        else:
            s.put(r, 1, formula, with_(LABEL, bold=True), span=2)
        if name:
            wb.name(name, s, 2, r, meaning=meaning)
        r += 1
    return r
