"""Financements: one row per grant (inputs), its CERFA 74 sub-line from the funder type
(CERFA.LIGNE), the amount the CERFA budget shows (obtained once acquis, requested until the
funder decides, as funders expect), a weighted amount, and the budget column it feeds."""
from .look import TITLE, NOTE, HEAD, TOTAL, ALERT, LABEL, inp, out, with_
from .odf import ab, col_letter

SHEET = "Financements"
# Funder types offered in the list: the first word of each CERFA sub-line 74.1 to 74.10
# (CERFA.LIGNE knows more words: CAF, FSE, fondation...).
FUNDER_TYPES = ("État", "Région", "Département", "Intercommunalité", "Commune", "Organismes sociaux",
                "Fonds européens", "ASP", "Établissement public", "Aides privées")
STATUSES = ("acquis", "demandé", "probable")
INPUTS = [  # (name suffix, header, width, format, validation)
    ("Financeurs", "Financeur", 4.6, None, None),
    ("Types", "Type de financeur (ligne 74 du CERFA)", 3.4, None, "financeur"),
    ("Actions", "Action (vide : fonctionnement)", 3.8, None, None),
    ("Demande", "Montant demandé", 2.6, "eur", None),
    ("Obtenu", "Montant obtenu", 2.6, "eur", None),
    ("Statut", "Statut (acquis, demandé, probable)", 2.4, None, "statut"),
    ("Probabilite", "Probabilité (si pas acquis)", 2.1, "pct", None),
]
RESULTS = [
    ("Ligne", "Ligne CERFA", 1.8, None),
    ("Budget", "Montant au budget (CERFA)", 2.6, "eurb"),
    ("Pondere", "Montant pondéré", 2.6, "eurb"),
    ("Colonne", "N° d'action (0 : fonctionnement)", 2.0, None),
    ("Controle", "Contrôle", 4.2, None),
]


class Layout:
    def __init__(self, sizes):
        self.head, self.first = 4, 5
        self.last = self.first + sizes.grants - 1
        self.total = self.last + 1
        self.col = {name: i for i, (name, *_) in enumerate(INPUTS + RESULTS)}
        self.last_col = len(INPUTS) + len(RESULTS) - 1


def build(wb, sizes):
    lay = Layout(sizes)
    s = wb.sheet(SHEET, "Paysage")
    wb.validation("financeur", FUNDER_TYPES, "Type non proposé : vérifiez qu'il désigne une sous-ligne de la ligne 74 "
                  "(CAF, FSE, fondation… sont aussi compris).", "information")
    wb.validation("statut", STATUSES, "Indiquez « acquis », « demandé » ou « probable ».")
    s.put(0, 0, "Financements : subventions et aides demandées ou obtenues", TITLE)
    s.put(1, 0, "Une ligne par subvention (cellules jaunes). Le budget CERFA montre le montant obtenu des subventions "
                "acquises et le montant demandé des autres, comme l'attendent les financeurs ; le montant pondéré "
                "(obtenu, ou demandé × probabilité) sert à juger du risque.", NOTE, span=12)
    s.heights[1] = 0.9
    s.heights[lay.head] = 1.3
    for name, header, width, *_ in INPUTS + RESULTS:
        s.width(lay.col[name], width)
        s.put(lay.head, lay.col[name], header, HEAD)
    first, last = lay.first, lay.last
    for r in range(first, last + 1):
        R = r + 1
        a = lambda name: f"[.${col_letter(lay.col[name])}{R}]"  # noqa: E731
        for name, _, _, fmt, validation in INPUTS:
            s.put(r, lay.col[name], None, inp(fmt), validation=validation)
        active = f'OR({a("Financeurs")}<>"";{a("Demande")}>0;{a("Obtenu")}>0)'
        s.put(r, lay.col["Ligne"], f'=IF({active};{ab("cerfaLine", 74, chr(34) + "code" + chr(34), a("Types"))};"")',
              out(align="center"))
        s.put(r, lay.col["Budget"], f'=IF({active};IF({a("Statut")}="acquis";{a("Obtenu")};{a("Demande")});0)', out("eurb"))
        s.put(r, lay.col["Pondere"], f'=IF({active};IF({a("Statut")}="acquis";{a("Obtenu")};'
                                     f'{a("Demande")}*{a("Probabilite")});0)', out("eurb"))
        s.put(r, lay.col["Colonne"], f'=IF({active};IF(OR({a("Actions")}="";{a("Actions")}="Fonctionnement");0;'
                                     f'IFERROR(MATCH({a("Actions")};Actions_Noms;0);"?"));"")', out(align="center"))
        s.put(r, lay.col["Controle"], f'=IF({active};IF({a("Colonne")}="?";"action inconnue (Paramètres)";'
                                      f'IF({a("Statut")}="";"statut manquant";IF(AND({a("Statut")}="acquis";'
                                      f'{a("Obtenu")}=0);"montant obtenu manquant";IF(AND({a("Statut")}<>"acquis";'
                                      f'{a("Demande")}=0);"montant demandé manquant";""))));"")',
              with_(ALERT, border="all"))

    def rng(name):
        c = col_letter(lay.col[name])
        return f"[.${c}${first + 1}:.${c}${last + 1}]"

    t = lay.total
    s.put(t, 0, "Total", TOTAL, span=3)
    for name in ("Demande", "Obtenu", "Budget", "Pondere"):
        s.put(t, lay.col[name], f"=SUM({rng(name)})", with_(TOTAL, fmt="eur"))
    for name in ("Statut", "Probabilite", "Ligne", "Colonne", "Controle"):
        s.put(t, lay.col[name], None, TOTAL)
    s.put(t + 2, 0, "Au budget, en attente de décision (demandé ou probable)", LABEL, span=3)
    s.put(t + 2, 3, f'=SUMPRODUCT({rng("Statut")}<>"acquis";{rng("Budget")})', out("eur"))
    s.put(t + 3, 0, "Lignes à corriger", LABEL, span=3)
    s.put(t + 3, 3, f'=SUMPRODUCT({rng("Controle")}<>"")', out())

    for name, header, *_ in INPUTS + RESULTS:
        c = lay.col[name]
        wb.name(f"Financements_{name}", s, c, first, c, last, meaning=header)
    wb.name("Financements_Total_Demande", s, lay.col["Demande"], t, meaning="Total des montants demandés")
    wb.name("Financements_Total_Obtenu", s, lay.col["Obtenu"], t, meaning="Total des montants obtenus")
    wb.name("Financements_Total_Budget", s, lay.col["Budget"], t, meaning="Total des subventions au budget (CERFA)")
    wb.name("Financements_Total_Pondere", s, lay.col["Pondere"], t, meaning="Total pondéré (obtenu, ou demandé × probabilité)")
    wb.name("Financements_Attente", s, 3, t + 2, meaning="Subventions au budget pas encore décidées (demandé ou probable)")
    wb.name("Financements_Alertes", s, 3, t + 3, meaning="Nombre de lignes de financement à corriger")
    s.print_range = (0, 0, lay.last_col, t + 3)
    s.repeat_rows = (lay.head, lay.head)
    return lay
