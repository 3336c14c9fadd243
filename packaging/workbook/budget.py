"""Budget: charges and products by account, one column for the association's running
(fonctionnement) and one per action. Staff, tax on wages, grants and volunteering come from
their sheets; the other lines are typed. Labels and CERFA lines come from COMPTE.LIBELLE and
CERFA.LIGNE; the running costs are allocated to the actions to the cent with REPARTIR."""
from .look import TITLE, NOTE, HEAD, HEAD_LEFT, TOTAL, ALERT, LABEL, SUBTITLE, inp, out, with_
from .odf import ab, text, col_letter
from .financements import FUNDER_TYPES

SHEET = "Budget"


class Layout:
    def __init__(self, sizes):
        n = sizes.actions
        self.head = 3
        self.first = 5                       # first computed line
        self.salaries, self.social, self.tax = 5, 6, 7
        self.grants = 8                      # 74.1 ... 74.10, then 74 without a type
        self.volunteer = self.grants + len(FUNDER_TYPES) + 1  # 864, then 875
        self.inputs_head = self.volunteer + 2
        self.inputs = self.inputs_head + 1
        self.last = self.inputs + sizes.lines - 1
        self.totals = self.last + 2          # charges, produits, résultat, 86, 87
        self.alloc_head = self.totals + 6
        self.keys = self.alloc_head + 1
        self.fixed, self.financial, self.rest = self.keys + 1, self.keys + 2, self.keys + 3
        self.col_account, self.col_note, self.col_label, self.col_cerfa = 0, 1, 2, 3
        self.col_structure = 4
        self.col_total = 5 + n
        self.end = self.rest + 2


def column_name(k):
    return "Budget_Fonctionnement" if k == 0 else f"Budget_Action{k}"


def build(wb, sizes):
    lay = Layout(sizes)
    n = sizes.actions
    s = wb.sheet(SHEET, "Paysage")
    for col, cm in ((0, 1.6), (1, 3.0), (2, 6.0), (3, 1.5)):
        s.width(col, cm)
    for k in range(n + 2):
        s.width(lay.col_structure + k, 2.8 if k <= n else 3.1)
    s.put(0, 0, "Budget par action : charges et produits de l'exercice", TITLE)
    s.put(1, 0, "Les premières lignes viennent des feuilles Personnel, Financements et Paramètres ; saisissez les autres "
                "charges et produits plus bas, un compte par ligne (par exemple 6064 fournitures, 613 locations, "
                "706 prestations, 756 cotisations, 7541 dons manuels).", NOTE, span=8)
    s.heights[1] = 0.9
    s.heights[lay.head] = 0.9
    first, last = lay.first, lay.last
    for col, label in enumerate(("Compte", "Précision", "Libellé du compte", "Ligne CERFA", "Fonctionnement")):
        s.put(lay.head, col, label, HEAD)
    for k in range(1, n + 1):
        s.put(lay.head, lay.col_structure + k,
              f'=IF(INDEX(Actions_Noms;{k})="";"Action {k}";INDEX(Actions_Noms;{k}))', HEAD)
    s.put(lay.head, lay.col_total, "Total", HEAD)
    s.put(first - 1, 0, "Calculé à partir des autres feuilles", with_(HEAD_LEFT, fill="total"), span=lay.col_total + 1)
    cols = range(lay.col_structure, lay.col_total)   # fonctionnement + actions
    letter = col_letter

    def total_cell(r):
        s.put(r, lay.col_total, f"=SUM([.{letter(lay.col_structure)}{r + 1}:.{letter(lay.col_total - 1)}{r + 1}])",
              with_(TOTAL, fmt="eurb"))

    def computed_line(r, account, label, cerfa, note):
        s.put(r, 0, account, out(align="center"))
        s.put(r, 1, note, out(size=8, italic=True))
        s.put(r, 2, label, out(size=9))
        s.put(r, 3, cerfa, out(align="center"))

    def part(k):
        return "Personnel_Part_Fonctionnement" if k == 0 else f"Personnel_Part_Action{k}"

    date = "Exercice_Debut"
    computed_line(lay.salaries, 641, f"={ab('accountLabel', 641, date)}", f"={ab('cerfaLine', 641)}", "brut (Personnel)")
    computed_line(lay.social, 645, f"={ab('accountLabel', 645, date)}", f"={ab('cerfaLine', 645)}",
                  "coût employeur − brut")
    computed_line(lay.tax, 631, f"={ab('accountLabel', 631, date)}", f"={ab('cerfaLine', 631)}",
                  "au prorata du brut")
    for k, c in enumerate(cols):
        s.put(lay.salaries, c, f"=SUMPRODUCT(Personnel_Brut_Exercice;{part(k)})", out("eurb"))
        s.put(lay.social, c, f"=SUMPRODUCT(Personnel_Cout_Exercice-Personnel_Brut_Exercice;{part(k)})", out("eurb"))
    keys = f"[.{letter(lay.col_structure)}{lay.salaries + 1}:.{letter(lay.col_total - 1)}{lay.salaries + 1}]"
    s.put(lay.tax, lay.col_structure, f"=IF(SUM({keys})=0;{keys}*0;{ab('allocate', 'Taxe_Salaires', keys)})",
          out("eurb"), matrix=(n + 1, 1))
    for c in cols[1:]:
        s.put(lay.tax, c, None, out("eurb"))
    for r in (lay.salaries, lay.social, lay.tax):
        total_cell(r)

    for i, funder in enumerate(FUNDER_TYPES + ("",)):
        r = lay.grants + i
        if funder:
            computed_line(r, 74, f"={ab('cerfaLine', 74, text('libellé'), text(funder))}",
                          f"={ab('cerfaLine', 74, text('code'), text(funder))}", "Financements")
        else:
            computed_line(r, 74, "Subventions sans type de financeur", f"={ab('cerfaLine', 74)}", "Financements")
        code = f"[.$D{r + 1}]"
        for k, c in enumerate(cols):
            s.put(r, c, f"=SUMIFS(Financements_Budget;Financements_Ligne;{code};Financements_Colonne;{k})"
                        f"+SUMPRODUCT(Personnel_Aide_Ligne={code};Personnel_Aide_Exercice;{part(k)})", out("eurb"))
        total_cell(r)
    v = lay.volunteer
    computed_line(v, 864, f"={ab('accountLabel', 864, date)}", f"={ab('cerfaLine', 864)}", "heures (Paramètres)")
    computed_line(v + 1, 875, f"={ab('accountLabel', 875, date)}", f"={ab('cerfaLine', 875)}", "égal au personnel bénévole")
    for k, c in enumerate(cols):
        hours = "Fonctionnement_Benevolat" if k == 0 else f"INDEX(Actions_Benevolat;{k})"
        s.put(v, c, "=" + ab("volunteerValue", hours, "Benevolat_Taux", "Exercice_Reference", "Hausse_Annuelle"),
              out("eurb"))
        s.put(v + 1, c, f"=[.{letter(c)}{v + 1}]", out("eurb"))
    total_cell(v)
    total_cell(v + 1)

    s.put(lay.inputs_head, 0, "Autres charges et produits (à saisir)", with_(HEAD_LEFT, fill="total"),
          span=lay.col_total + 1)
    for r in range(lay.inputs, last + 1):
        R = r + 1
        s.put(r, 0, None, inp(align="center"))
        s.put(r, 1, None, inp())
        s.put(r, 2, f'=IF([.$A{R}]="";"";{ab("accountLabel", f"[.$A{R}]", date)})', out(size=9))
        s.put(r, 3, f'=IF([.$A{R}]="";"";{ab("cerfaLine", f"[.$A{R}]")})', out(align="center"))
        for c in cols:
            s.put(r, c, None, inp("eur"))
        total_cell(r)

    cerfa = f"[.$D${first + 1}:.$D${last + 1}]"

    def amounts(c):
        return f"[.{letter(c)}${first + 1}:.{letter(c)}${last + 1}]"

    t = lay.totals
    rows = [("Total des charges (60 à 69)", f'LEFT({cerfa};1)="6"', "Budget_Total_Charges", "Total des charges (classes 60 à 69) par colonne"),
            ("Total des produits (70 à 79)", f'LEFT({cerfa};1)="7"', "Budget_Total_Produits", "Total des produits (classes 70 à 79) par colonne"),
            ("Résultat (produits − charges)", None, "Budget_Resultat", "Produits − charges par colonne (avant répartition des charges indirectes)"),
            ("Contributions volontaires : emplois (86)", f'LEFT({cerfa};2)="86"', "Budget_Total_86", "Emplois des contributions volontaires en nature (86) par colonne"),
            ("Contributions volontaires : ressources (87)", f'LEFT({cerfa};2)="87"', "Budget_Total_87", "Contributions volontaires en nature (87) par colonne")]
    for i, (label, cond, name, meaning) in enumerate(rows):
        r = t + i
        s.put(r, 0, label, TOTAL, span=4)
        for c in list(cols) + [lay.col_total]:
            formula = (f"=SUMPRODUCT({cond};{amounts(c)})" if cond else
                       f"=[.{letter(c)}{t + 2}]-[.{letter(c)}{t + 1}]")
            s.put(r, c, formula, with_(TOTAL, fmt="eur"))
        wb.name(name, s, lay.col_structure, r, lay.col_total, r, meaning=meaning + " : fonctionnement, actions, total")

    s.put(lay.alloc_head, 0, "Répartition des charges indirectes (charges du fonctionnement) entre les actions",
          with_(HEAD_LEFT, fill="total"), span=lay.col_total + 1)
    s.put(lay.keys, 0, "Clé de répartition (Paramètres)", LABEL, span=4)
    s.put(lay.keys, lay.col_structure, "à répartir", out(align="center", italic=True))
    for k in range(1, n + 1):
        s.put(lay.keys, lay.col_structure + k, f"=INDEX(Actions_Cles;{k})", out("num"))
    keyrow = f"[.{letter(lay.col_structure + 1)}{lay.keys + 1}:.{letter(lay.col_total - 1)}{lay.keys + 1}]"
    struct = amounts(lay.col_structure)
    for r, label, cond in ((lay.fixed, "Charges fixes de fonctionnement (toutes sauf 66)",
                            f'(LEFT({cerfa};1)="6")*(LEFT({cerfa};2)<>"66")'),
                           (lay.financial, "Frais financiers (66)", f'LEFT({cerfa};2)="66"')):
        s.put(r, 0, label, LABEL, span=4)
        s.put(r, lay.col_structure, f"=SUMPRODUCT({cond};{struct})", out("eur"))
        total = f"[.{letter(lay.col_structure)}{r + 1}]"
        s.put(r, lay.col_structure + 1, f"=IF(SUM({keyrow})=0;{keyrow}*0;{ab('allocate', total, keyrow)})",
              out("eur"), matrix=(n, 1))
        for k in range(2, n + 1):
            s.put(r, lay.col_structure + k, None, out("eur"))
        shares = f"[.{letter(lay.col_structure + 1)}{r + 1}:.{letter(lay.col_total - 1)}{r + 1}]"
        s.put(r, lay.col_total, f"=SUM({shares})", with_(TOTAL, fmt="eur"))
    s.put(lay.rest, 0, "Reste non réparti (doit être 0)", LABEL, span=4)
    f, fin = lay.fixed + 1, lay.financial + 1
    E, T = letter(lay.col_structure), letter(lay.col_total)
    s.put(lay.rest, lay.col_structure, f"=ROUND([.{E}{f}]+[.{E}{fin}]-[.{T}{f}]-[.{T}{fin}];2)", out("eur"))
    s.put(lay.rest, lay.col_structure + 1, f'=IF([.{E}{lay.rest + 1}]=0;"";"Donnez une clé de répartition à au moins '
                                           f'une action (Paramètres).")', ALERT, span=n)

    wb.name("Budget_Comptes", s, 0, lay.inputs, 0, last, meaning="Comptes des lignes saisies")
    wb.name("Budget_Precisions", s, 1, lay.inputs, 1, last, meaning="Précision libre de chaque ligne saisie")
    wb.name("Budget_Saisie", s, lay.col_structure, lay.inputs, lay.col_total - 1, last,
            meaning="Montants saisis : fonctionnement puis chaque action (une colonne chacune)")
    wb.name("Budget_Lignes_Comptes", s, 0, first, 0, last, meaning="Compte de chaque ligne du budget (calculées et saisies)")
    wb.name("Budget_Cerfa", s, 3, first, 3, last, meaning="Ligne CERFA de chaque ligne du budget (CERFA.LIGNE)")
    for k in range(n + 1):
        c = lay.col_structure + k
        wb.name(column_name(k), s, c, first, c, last,
                meaning="Montants du fonctionnement, toutes lignes" if k == 0 else f"Montants de l'action {k}, toutes lignes")
    wb.name("Budget_Total", s, lay.col_total, first, lay.col_total, last, meaning="Montants de l'association (total des colonnes), toutes lignes")
    wb.name("Budget_Cles", s, lay.col_structure + 1, lay.keys, lay.col_total - 1, lay.keys,
            meaning="Clés de répartition des actions (copie de Paramètres)")
    wb.name("Budget_A_Repartir_Fixes", s, lay.col_structure, lay.fixed, meaning="Charges fixes du fonctionnement à répartir (toutes sauf 66)")
    wb.name("Budget_A_Repartir_Financiers", s, lay.col_structure, lay.financial, meaning="Frais financiers du fonctionnement à répartir (66)")
    wb.name("Budget_Indirect_Fixes", s, lay.col_structure + 1, lay.fixed, lay.col_total - 1, lay.fixed,
            meaning="Part des charges fixes de fonctionnement de chaque action (REPARTIR, au centime)")
    wb.name("Budget_Indirect_Financiers", s, lay.col_structure + 1, lay.financial, lay.col_total - 1, lay.financial,
            meaning="Part des frais financiers de chaque action (REPARTIR, au centime)")
    wb.name("Budget_Non_Reparti", s, lay.col_structure, lay.rest, meaning="Charges indirectes non réparties (0 si une clé est donnée)")
    s.print_range = (0, 0, lay.col_total, lay.rest)
    s.repeat_rows = (lay.head, lay.head)
    return lay
