"""Personnel: one row per employee (inputs), each month's gross and employer cost over the
fiscal year (SALAIRE.MOIS of COUT.EMPLOYEUR: a partial month costs the full month prorated),
the time shares by action (100 % in all, flagged otherwise) and the tax on wages."""
from .look import TITLE, NOTE, HEAD, TOTAL, ALERT, LABEL, inp, out, with_
from .odf import ab, text, col_letter

SHEET = "Personnel"
INPUTS = [  # (name suffix, header, width, format, validation)
    ("Noms", "Nom ou poste", 5.6, None, None),
    ("Cadre", "Cadre (oui / non)", 1.7, None, "oui_non"),
    ("Contrat", "Contrat (CDI / CDD)", 1.8, None, "contrat"),
    ("Debut", "Date d'entrée", 2.3, "date", None),
    ("Fin", "Date de sortie (vide : sans fin)", 2.3, "date", None),
    ("Brut", "Brut mensuel (temps plein du mois)", 2.4, "eur", None),
    ("Heures", "Heures par mois (vide : 151,67)", 2.0, "num", None),
    ("Aide_Type", "Aide au poste (FONJEP / emploi aidé)", 2.4, None, "aide"),
    ("Aide_Montant", "Aide annuelle du poste", 2.3, "eur", None),
]
RESULTS = [  # computed per row, after the shares
    ("Brut_Exercice", "Brut de l'exercice", "eur"),
    ("Cout_Exercice", "Coût employeur de l'exercice", "eur"),
    ("Assiette_TS", "Assiette de la taxe sur les salaires", "eur"),
    ("Aide_Exercice", "Aide de l'exercice", "eur"),
    ("Aide_Ligne", "Ligne CERFA de l'aide", None),
]
AIDES = {"FONJEP": "État", "emploi aidé": "ASP"}  # aid -> funder type of CERFA line 74


class Layout:
    def __init__(self, sizes):
        n = sizes.actions
        self.head, self.flags, self.first = 4, 5, 6
        self.last = self.first + sizes.staff - 1
        self.total = self.last + 1
        self.tax = self.total + 2
        self.col = {name: i for i, (name, *_) in enumerate(INPUTS)}
        self.shares = len(INPUTS)                 # fonctionnement, then each action
        self.shares_total = self.shares + n + 1
        self.check = self.shares_total + 1
        for i, (name, *_) in enumerate(RESULTS):
            self.col[name] = self.check + 1 + i
        self.gross_months = self.check + 1 + len(RESULTS)
        self.cost_months = self.gross_months + 12
        self.last_col = self.cost_months + 11


def build(wb, sizes):
    lay = Layout(sizes)
    s = wb.sheet(SHEET, "Large")
    n = sizes.actions
    wb.validation("contrat", ("CDI", "CDD"), "Indiquez « CDI » ou « CDD ».")
    wb.validation("aide", tuple(AIDES), "Indiquez « FONJEP » ou « emploi aidé », ou laissez vide.")
    s.put(0, 0, "Personnel : coût de chaque mois de l'exercice et répartition par action", TITLE)
    s.put(1, 0, "Une ligne par salarié (cellules jaunes). Un mois entamé coûte le coût du mois complet au prorata "
                "de ses jours (COUT.EMPLOYEUR, SALAIRE.MOIS) ; les parts de temps font 100 % ; les mois « estimé » "
                "sont après le fichier de paie.", NOTE, span=12)
    s.heights[1] = 0.9
    s.heights[lay.head] = 2.1
    first, last = lay.first, lay.last

    def rng(col):
        return f"[.${col_letter(col)}${first + 1}:.${col_letter(col)}${last + 1}]"

    for name, header, width, fmt, _ in INPUTS:
        c = lay.col[name]
        s.width(c, width)
        s.put(lay.head, c, header, HEAD)
    s.put(3, lay.shares, "Part du temps de travail (total 100 %)", with_(HEAD, align="start"), span=n + 2)
    s.put(lay.head, lay.shares, "Fonctionnement", HEAD)
    s.width(lay.shares, 1.9)
    for k in range(1, n + 1):
        c = lay.shares + k
        s.width(c, 1.9)
        s.put(lay.head, c, f'=IF(INDEX(Actions_Noms;{k})="";"Action {k}";INDEX(Actions_Noms;{k}))', HEAD)
    s.put(lay.head, lay.shares_total, "Total", HEAD)
    s.width(lay.shares_total, 1.7)
    s.put(lay.head, lay.check, "Contrôle", HEAD)
    s.width(lay.check, 3.4)
    for name, header, fmt in RESULTS:
        s.put(lay.head, lay.col[name], header, HEAD)
        s.width(lay.col[name], 2.9 if fmt else 1.7)
    s.put(3, lay.gross_months, "Salaire brut du mois", with_(HEAD, align="start"), span=12)
    s.put(3, lay.cost_months, "Coût employeur du mois (réduction générale déduite)", with_(HEAD, align="start"), span=12)
    for k in range(12):
        for base in (lay.gross_months, lay.cost_months):
            c = base + k
            s.width(c, 2.6)
            s.put(lay.head, c, f"=INDEX(Exercice_Mois;{k + 1})", with_(HEAD, fmt="month"))
            s.put(lay.flags, c, f'=IF(INDEX(Exercice_Mois_Estimes;{k + 1})="estimées";"estimé";"")',
                  out(align="center", italic=True))

    for r in range(first, last + 1):
        R = r + 1
        for name, _, _, fmt, validation in INPUTS:
            s.put(r, lay.col[name], None, inp(fmt), validation=validation)
        for k in range(n + 1):
            s.put(r, lay.shares + k, None, inp("pct"))
        a = lambda name: f"[.${col_letter(lay.col[name])}{R}]"  # noqa: E731
        active = f"AND({a('Brut')}>0;{a('Debut')}>0)"
        shares = f"[.${col_letter(lay.shares)}{R}:.${col_letter(lay.shares + n)}{R}]"
        s.put(r, lay.shares_total, f"=SUM({shares})", out("pctb"))
        s.put(r, lay.check, f'=IF({active};IF(ABS([.${col_letter(lay.shares_total)}{R}]-1)>0.000001;'
                            f'"parts ≠ 100 %";"");IF(OR({a("Noms")}<>"";{a("Brut")}>0);'
                            f'"brut ou date d\'entrée manquant";""))', with_(ALERT, border="all"))
        gross = f"[.${col_letter(lay.gross_months)}{R}:.${col_letter(lay.gross_months + 11)}{R}]"
        cost = f"[.${col_letter(lay.cost_months)}{R}:.${col_letter(lay.cost_months + 11)}{R}]"
        brut_ex = f"[.${col_letter(lay.col['Brut_Exercice'])}{R}]"
        s.put(r, lay.col["Brut_Exercice"], f"=SUM({gross})", out("eurb"))
        s.put(r, lay.col["Cout_Exercice"], f"=SUM({cost})", out("eurb"))
        s.put(r, lay.col["Assiette_TS"], f"=IF({a('Brut')}>0;{brut_ex}*(1+Taux_Prevoyance)+"
                                         f"Mutuelle_Employeur*{brut_ex}/{a('Brut')};0)", out("eurb"))
        s.put(r, lay.col["Aide_Exercice"], f"=IF({a('Brut')}>0;{a('Aide_Montant')}/12*{brut_ex}/{a('Brut')};0)",
              out("eurb"))
        funder = f'IF({a("Aide_Type")}="FONJEP";{text(AIDES["FONJEP"])};{text(AIDES["emploi aidé"])})'
        s.put(r, lay.col["Aide_Ligne"], f'=IF({a("Aide_Type")}="";"";{ab("cerfaLine", 74, text("code"), funder)})',
              out(align="center"))
        for k in range(12):
            month = f"{col_letter(lay.gross_months + k)}${lay.head + 1}"
            s.put(r, lay.gross_months + k,
                  f"=IF({active};{ab('monthlyPay', a('Brut'), a('Debut'), a('Fin'), '[.' + month + ']')};0)", out("eurb"))
            cost_call = ab("employerCost", a("Brut"), f"[.{month}]", "Effectif", "Taux_AT",
                           f'IF({a("Heures")}="";"";{a("Heures")})', "Mutuelle_Employeur",
                           f'IF({a("Cadre")}="oui";1;0)', "Hausse_Annuelle",
                           f'IF({a("Contrat")}="";"";{a("Contrat")})', "Taux_Prevoyance")
            s.put(r, lay.cost_months + k,
                  f"=IF({active};{ab('monthlyPay', cost_call, a('Debut'), a('Fin'), '[.' + month + ']')};0)", out("eurb"))

    s.put(lay.total, 0, "Total", TOTAL)
    for c in list(range(1, lay.shares_total + 2)):
        s.put(lay.total, c, None, TOTAL)
    for name, _, fmt in RESULTS:
        c = lay.col[name]
        s.put(lay.total, c, f"=SUM({rng(c)})" if fmt else None, with_(TOTAL, fmt="eur"))
    for c in range(lay.gross_months, lay.last_col + 1):
        s.put(lay.total, c, f"=SUM({rng(c)})", with_(TOTAL, fmt="eur"))

    for name, *_ in INPUTS:
        c = lay.col[name]
        wb.name(f"Personnel_{name}", s, c, first, c, last, meaning=dict((i[0], i[1]) for i in INPUTS)[name])
    wb.name("Personnel_Parts", s, lay.shares, first, lay.shares + n, last,
            meaning="Parts du temps de travail : fonctionnement, puis chaque action (une colonne chacune)")
    wb.name("Personnel_Part_Fonctionnement", s, lay.shares, first, lay.shares, last,
            meaning="Part du temps de travail consacrée au fonctionnement")
    for k in range(1, n + 1):
        wb.name(f"Personnel_Part_Action{k}", s, lay.shares + k, first, lay.shares + k, last,
                meaning=f"Part du temps de travail consacrée à l'action {k}")
    wb.name("Personnel_Total_Parts", s, lay.shares_total, first, lay.shares_total, last,
            meaning="Total des parts de temps de chaque salarié (doit faire 100 %)")
    wb.name("Personnel_Controle", s, lay.check, first, lay.check, last,
            meaning="Alerte de chaque ligne (« parts ≠ 100 % », donnée manquante) ; vide si tout va bien")
    for name, header, _ in RESULTS:
        c = lay.col[name]
        wb.name(f"Personnel_{name}", s, c, first, c, last, meaning=header)
    wb.name("Personnel_Brut_Mois", s, lay.gross_months, first, lay.gross_months + 11, last,
            meaning="Salaire brut de chaque salarié (lignes) pour chaque mois de l'exercice (colonnes)")
    wb.name("Personnel_Cout_Mois", s, lay.cost_months, first, lay.cost_months + 11, last,
            meaning="Coût employeur de chaque salarié (lignes) pour chaque mois de l'exercice (colonnes)")
    wb.name("Personnel_Total_Brut", s, lay.col["Brut_Exercice"], lay.total, meaning="Brut total de l'exercice")
    wb.name("Personnel_Total_Cout", s, lay.col["Cout_Exercice"], lay.total,
            meaning="Coût employeur total de l'exercice (hors taxe sur les salaires)")
    wb.name("Personnel_Total_Aides", s, lay.col["Aide_Exercice"], lay.total, meaning="Aides aux postes de l'exercice")
    wb.name("Personnel_Cout_Mois_Total", s, lay.cost_months, lay.total, lay.cost_months + 11, lay.total,
            meaning="Coût employeur de tous les salariés, mois par mois")
    wb.name("Personnel_Brut_Mois_Total", s, lay.gross_months, lay.total, lay.gross_months + 11, lay.total,
            meaning="Brut de tous les salariés, mois par mois")

    t = lay.tax
    s.put(t, 0, "Taxe sur les salaires de l'exercice", with_(LABEL, bold=True), span=3)
    s.put(t, 3, '=IF(Taxe_Salaires_Due="non";0;' + ab("payrollTax", "Personnel_Assiette_TS", "Taxe_Salaires_Annee",
                                                      '""', "Hausse_Annuelle") + ")", out("eur", bold=True))
    s.put(t + 1, 0, "Règles de l'année civile", LABEL, span=3)
    s.put(t + 1, 3, "=YEAR(Exercice_Reference)", out(align="start"))
    s.put(t + 2, 0, "Lignes à corriger", LABEL, span=3)
    s.put(t + 2, 3, f'=SUMPRODUCT({rng(lay.check)}<>"")', out())
    s.put(t + 3, 0, "La taxe porte sur les rémunérations de l'exercice (brut, plus la prévoyance de branche et la mutuelle "
                    "payées par l'employeur), par tranches de l'année civile de la date de référence (Paramètres), "
                    "abattement des associations déduit. Elle est répartie sur les actions au prorata du brut "
                    "(feuille Budget).", NOTE, span=12)
    s.heights[t + 3] = 0.9
    wb.name("Taxe_Salaires", s, 3, t, meaning="Taxe sur les salaires de l'exercice (0 si non due)")
    wb.name("Taxe_Salaires_Annee", s, 3, t + 1, meaning="Année civile dont les règles de la taxe s'appliquent")
    wb.name("Personnel_Alertes", s, 3, t + 2, meaning="Nombre de lignes du personnel à corriger")
    s.print_range = (0, 0, lay.last_col, t + 3)
    s.repeat_rows = (lay.head, lay.flags)
    s.repeat_cols = (0, 0)
    return lay
