"""Paramètres: the association, its fiscal year (12 months from its first day), the payroll
parameters every employee shares, the actions with their allocation keys and volunteer hours."""
from .look import TITLE, NOTE, LABEL, HEAD, HEAD_LEFT, SUBTITLE, inp, out, with_
from .odf import ab, text

SHEET = "Paramètres"

# (name, label, format, value in the blank model, note). Values: numbers, ISO dates, texts.
PARAMS = [
    ("Association", "Nom de l'association", None, None, ""),
    ("Exercice_Debut", "Premier jour de l'exercice", "date", "2027-01-01",
     "Le 1er jour du premier mois : 01/01 pour un exercice civil, 01/09 pour un exercice de septembre à août. "
     "Les 12 mois de l'exercice en découlent."),
    ("Effectif", "Effectif salarié retenu par l'URSSAF", "num", 1.0,
     "Effectif annuel moyen. Un seuil (11, 50 salariés) ne compte qu'une fois atteint ou dépassé cinq années "
     "civiles de suite (CSS art. L130-1) : jusque-là, indiquez l'effectif sous le seuil (10 ou 49)."),
    ("Taux_AT", "Taux accidents du travail (AT/MP)", "pct", 0.01,
     "Le taux notifié par la CARSAT (1 % par défaut, ordre de grandeur des activités de bureau)."),
    ("Mutuelle_Employeur", "Mutuelle : part patronale par salarié et par mois", "eur", 0.0,
     "Au moins la moitié de la cotisation de la complémentaire santé obligatoire."),
    ("Taux_Prevoyance", "Prévoyance de la convention collective (taux patronal)", "pct", 0.0,
     "En fraction de tout le brut (ECLAT, ALISFA…) ; 0 sans prévoyance de branche."),
    ("Taxe_Salaires_Due", "Taxe sur les salaires due (oui / non)", None, "oui",
     "« non » si l'association est assujettie à la TVA sur la quasi-totalité de ses recettes."),
    ("Hausse_Annuelle", "Hausse annuelle estimée après le fichier de paie", "pct", 0.02,
     "SMIC, plafond et seuils de la taxe sur les salaires des mois estimés (2 % par défaut)."),
    ("Benevolat_Taux", "Valeur d'une heure de bénévolat (vide : SMIC horaire)", "eur", None,
     "Vide : le SMIC horaire à la date de référence de l'exercice."),
]
FIRST_ROW = 3
VALIDATIONS = {"Taxe_Salaires_Due": ("oui_non", ("oui", "non"), "Répondez « oui » ou « non ».")}


class Layout:
    """Rows of this sheet, for the other modules and the tests."""

    def __init__(self, sizes):
        self.sizes = sizes
        self.params = {name: FIRST_ROW + i for i, (name, *_) in enumerate(PARAMS)}
        self.end_row = FIRST_ROW + len(PARAMS)          # Dernier jour
        self.ref_row = self.end_row + 1                 # Date de référence
        self.months_head = self.ref_row + 2
        self.months = self.months_head + 1              # 12 rows
        self.actions_head = self.months + 12 + 1
        self.actions = self.actions_head + 2            # one row per action
        self.structure = self.actions + sizes.actions   # Fonctionnement (volunteer hours)
        self.last = self.structure


def build(wb, sizes):
    lay = Layout(sizes)
    s = wb.sheet(SHEET, "Portrait")
    for col, cm in enumerate((6.0, 4.4, 3.2, 4.8)):
        s.width(col, cm)
    s.put(0, 0, "Paramètres du budget", TITLE)
    s.put(1, 0, "Cellules jaunes : à saisir. Les autres se calculent (feuille protégée sans mot de passe : "
                "Outils > Protéger la feuille pour la déverrouiller).", NOTE, span=4)
    s.heights[1] = 0.9
    for name, label, fmt, value, note in PARAMS:
        row = lay.params[name]
        s.put(row, 0, label, LABEL)
        validation = None
        if name in VALIDATIONS:
            vname, values, message = VALIDATIONS[name]
            validation = wb.validation(vname, values, message)
        kind = "date" if fmt == "date" else None
        s.put(row, 1, value, inp(fmt, valign="top"), kind=kind, validation=validation)
        if note:
            s.put(row, 2, note, NOTE, span=2)
            s.heights[row] = round(0.42 * (1 + len(note) // 46), 2)
        wb.name(name, s, 1, row, meaning=label)
    d = "Exercice_Debut"
    s.put(lay.end_row, 0, "Dernier jour de l'exercice", LABEL)
    s.put(lay.end_row, 1, f"=DATE(YEAR({d});MONTH({d})+12;1)-1", out("date", valign="top"))
    wb.name("Exercice_Fin", s, 1, lay.end_row, meaning="Dernier jour de l'exercice (calculé)")
    s.put(lay.ref_row, 0, "Date de référence de l'exercice", LABEL)
    s.put(lay.ref_row, 1, f"=DATE(YEAR({d});MONTH({d})+6;1)", out("date", valign="top"))
    s.put(lay.ref_row, 2, "1er jour du 7e mois : son année civile (celle qui compte le plus de mois de "
                          "l'exercice, la seconde à égalité) donne les règles de la taxe sur les salaires, "
                          "et son SMIC horaire la valeur du bénévolat.", NOTE, span=2)
    s.heights[lay.ref_row] = 1.4
    wb.name("Exercice_Reference", s, 1, lay.ref_row,
            meaning="Date de référence : 1er jour du 7e mois de l'exercice (année de la taxe sur les salaires, SMIC du bénévolat)")

    s.put(lay.months_head, 0, "Mois de l'exercice", HEAD_LEFT)
    s.put(lay.months_head, 1, "Premier jour", HEAD)
    s.put(lay.months_head, 2, "Règles de paie", HEAD, span=2)
    for k in range(12):
        row = lay.months + k
        s.put(row, 0, f"Mois {k + 1}", out())
        s.put(row, 1, f"=DATE(YEAR({d});MONTH({d})+{k};1)", out("month"))
        s.put(row, 2, f"=IF({ab('payrollEstimated', f'[.B{row + 1}]')};{text('estimées')};{text('du fichier de paie')})",
              out(), span=2)
    wb.name("Exercice_Mois", s, 1, lay.months, 1, lay.months + 11,
            meaning="Les 12 mois de l'exercice (1er jour de chaque mois, en colonne)")
    wb.name("Exercice_Mois_Estimes", s, 2, lay.months, 2, lay.months + 11,
            meaning="Pour chaque mois : « estimées » si le fichier de paie ne le couvre pas, sinon « du fichier de paie »")

    s.put(lay.actions_head, 0, "Actions", SUBTITLE)
    head = lay.actions_head + 1
    for col, label in enumerate(("N°", "Nom de l'action", "Clé de répartition des charges indirectes",
                                 "Heures de bénévolat de l'exercice")):
        s.put(head, col, label, HEAD)
    s.heights[head] = 1.7
    for k in range(sizes.actions):
        row = lay.actions + k
        s.put(row, 0, f"Action {k + 1}", out())
        s.put(row, 1, None, inp())
        s.put(row, 2, None, inp("num"))
        s.put(row, 3, None, inp("num"))
    s.put(lay.structure, 0, "Fonctionnement", out())
    s.put(lay.structure, 1, "—", out(align="center"))
    s.put(lay.structure, 2, "—", out(align="center"))
    s.put(lay.structure, 3, None, inp("num"))
    last = lay.actions + sizes.actions - 1
    wb.name("Actions_Noms", s, 1, lay.actions, 1, last, meaning="Noms des actions (une par ligne ; vide : action non utilisée)")
    wb.name("Actions_Cles", s, 2, lay.actions, 2, last,
            meaning="Clé de répartition des charges indirectes de chaque action (heures, m², tout nombre positif)")
    wb.name("Actions_Benevolat", s, 3, lay.actions, 3, last, meaning="Heures de bénévolat de l'exercice pour chaque action")
    wb.name("Fonctionnement_Benevolat", s, 3, lay.structure,
            meaning="Heures de bénévolat de l'exercice pour le fonctionnement (vie associative)")
    s.put(lay.structure + 2, 0, "Clé de répartition : les charges du fonctionnement sont réparties entre les actions "
                                "au prorata de ces clés, au centime (REPARTIR) ; sur la feuille Budget.", NOTE, span=4)
    s.heights[lay.structure + 2] = 0.9
    s.print_range = (0, 0, 3, lay.structure + 2)
    return lay
