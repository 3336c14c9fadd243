"""CERFA: the CERFA 12156 budget of the fiscal year, one landscape A4 page per budget (the
association, then each action): charges 60 to 69 (+ the action's share of the running costs)
and 86 on the left, products 70 to 79 with the 74 sub-lines and 87 on the right, the totals,
and two plain French status lines: "charges = produits" and "86 = 87"."""
from .look import TITLE, SUBTITLE, HEAD, HEAD_LEFT, TOTAL, LABEL, out, with_
from .odf import text
from .budget import column_name

SHEET = "CERFA"

# (kind, code, label): "class" sums the CERFA lines whose code starts with @code (2 digits),
# "line" the lines of exactly @code; "indirect" an action's share of the running costs.
CHARGES = [("class", c, l) for c, l in (
    ("60", "Achats"), ("61", "Services extérieurs"), ("62", "Autres services extérieurs"),
    ("63", "Impôts et taxes"), ("64", "Charges de personnel"), ("65", "Autres charges de gestion courante"),
    ("66", "Charges financières"), ("67", "Charges exceptionnelles"),
    ("68", "Dotations aux amortissements"), ("69", "Impôts sur les bénéfices"))]
INDIRECT = [("head", "", "Charges indirectes réparties par l'association"),
            ("indirect", "Fixes", "Charges fixes de fonctionnement"),
            ("indirect", "Financiers", "Frais financiers")]
EMPLOIS = [("class", "86", "Emplois des contributions volontaires"),
           ("line", "860", "Secours en nature"), ("line", "861", "Mise à disposition gratuite de biens et services"),
           ("line", "862", "Prestations"), ("line", "864", "Personnel bénévole")]
PRODUITS = [("class", "70", "Ventes, prestations de services"),
            ("class", "73", "Dotations et produits de tarification"),
            ("class", "74", "Subventions d'exploitation"),
            ("line", "74.1", "État"), ("line", "74.2", "Région(s)"), ("line", "74.3", "Département(s)"),
            ("line", "74.4", "Intercommunalité(s) : EPCI"), ("line", "74.5", "Commune(s)"),
            ("line", "74.6", "Organismes sociaux (CAF, etc.)"), ("line", "74.7", "Fonds européens (FSE, FEDER, etc.)"),
            ("line", "74.8", "L'agence de services et de paiement (emplois aidés)"),
            ("line", "74.9", "Autres établissements publics"), ("line", "74.10", "Aides privées (fondation)"),
            ("class", "75", "Autres produits de gestion courante"),
            ("line", "756", "dont cotisations"), ("line", "758", "dont dons manuels, mécénat"),
            ("class", "76", "Produits financiers"), ("class", "77", "Produits exceptionnels"),
            ("class", "78", "Reprises sur amortissements et provisions"), ("class", "79", "Transferts de charges")]
RESSOURCES = [("class", "87", "Contributions volontaires en nature"),
              ("line", "870", "Bénévolat"), ("line", "871", "Prestations en nature"), ("line", "875", "Dons en nature")]


def block_names(k):
    return "Asso" if k == 0 else f"Action{k}"


class Layout:
    """Rows of each block (association, then each action): same height for all."""

    def __init__(self, sizes):
        self.blocks = sizes.actions + 1
        self.body = len(PRODUITS)                 # rows of the longest side
        self.height = 3 + self.body + 1 + len(EMPLOIS) + 1 + 3 + 1  # title 2 + head + ... + status 2 + gap

    def top(self, k):
        return k * self.height


def build(wb, sizes):
    lay = Layout(sizes)
    s = wb.sheet(SHEET, "Paysage")
    for col, cm in enumerate((1.4, 8.7, 3.0, 0.5, 1.4, 8.7, 3.0)):
        s.width(col, cm)
    for k in range(lay.blocks):
        build_block(wb, s, lay, k)
    s.print_range = (0, 0, 6, lay.top(lay.blocks) - 2)
    return lay


def amount(kind, code, source, k):
    if kind == "class":
        return f"=SUMPRODUCT(LEFT(Budget_Cerfa;2)={text(code)};{source})"
    if kind == "line":
        return f"=SUMPRODUCT(Budget_Cerfa={text(code)};{source})"
    return f"=INDEX(Budget_Indirect_{code};1;{k})"


def build_block(wb, s, lay, k):
    top = lay.top(k)
    if k:
        s.breaks.add(top)
    source = "Budget_Total" if k == 0 else column_name(k)
    who = ('="Budget prévisionnel de l\'association : "&Association' if k == 0 else
           f'="Budget prévisionnel de l\'action {k} : "&IF(INDEX(Actions_Noms;{k})="";"(action non utilisée)";'
           f'INDEX(Actions_Noms;{k}))&" — "&Association')
    s.put(top, 0, who, TITLE, span=7)
    day = lambda d: f'TEXT(DAY({d});"00")&"/"&TEXT(MONTH({d});"00")&"/"&YEAR({d})'  # noqa: E731
    s.put(top + 1, 0, f'="CERFA 12156 — exercice du "&{day("Exercice_Debut")}&" au "&{day("Exercice_Fin")}'
                      f'&" — montants en euros"', with_(LABEL, italic=True), span=7)
    head = top + 2
    for c, label in ((0, "Code"), (1, "CHARGES"), (2, "Montant"), (4, "Code"), (5, "PRODUITS"), (6, "Montant")):
        s.put(head, c, label, HEAD if c != 1 and c != 5 else HEAD_LEFT)
    charges = CHARGES + (INDIRECT if k else [])
    prefix = f"Cerfa_{block_names(k)}"

    def line(row, col, kind, code, label):
        if kind == "head":
            s.put(row, col, None, out())
            s.put(row, col + 1, label, out(bold=True, italic=True))
            s.put(row, col + 2, None, out())
            return
        sub = kind == "line" or kind == "indirect"
        s.put(row, col, code if kind != "indirect" else "", out(align="center", size=9 if sub else 10))
        s.put(row, col + 1, label, out(indent=0.4, size=9) if sub else out(bold=True))
        s.put(row, col + 2, amount(kind, code, source, k), out("eur", size=9) if sub else out("eur", bold=True))

    body = head + 1
    for i in range(lay.body):
        if i < len(charges):
            line(body + i, 0, *charges[i])
        else:
            for c in range(3):
                s.put(body + i, c, None, out())
        line(body + i, 4, *PRODUITS[i])
    total = body + lay.body
    cl, pl = f"C{body + 1}:.C{total}", f"G{body + 1}:.G{total}"
    main_c = [f"[.C{body + 1 + i}]" for i, (kind, *_) in enumerate(charges) if kind in ("class", "indirect")]
    main_p = [f"[.G{body + 1 + i}]" for i, (kind, *_) in enumerate(PRODUITS) if kind == "class"]
    s.put(total, 0, None, TOTAL)
    s.put(total, 1, "TOTAL DES CHARGES", TOTAL)
    s.put(total, 2, "=" + "+".join(main_c), with_(TOTAL, fmt="eur"))
    s.put(total, 4, None, TOTAL)
    s.put(total, 5, "TOTAL DES PRODUITS", TOTAL)
    s.put(total, 6, "=" + "+".join(main_p), with_(TOTAL, fmt="eur"))
    cv = total + 1
    for i in range(len(EMPLOIS)):
        line(cv + i, 0, *EMPLOIS[i])
        if i < len(RESSOURCES):
            line(cv + i, 4, *RESSOURCES[i])
        else:
            for c in range(4, 7):
                s.put(cv + i, c, None, out())
    grand = cv + len(EMPLOIS)
    s.put(grand, 0, None, TOTAL)
    s.put(grand, 1, "TOTAL", TOTAL)
    s.put(grand, 2, f"=[.C{total + 1}]+[.C{cv + 1}]", with_(TOTAL, fmt="eur"))
    s.put(grand, 4, None, TOTAL)
    s.put(grand, 5, "TOTAL", TOTAL)
    s.put(grand, 6, f"=[.G{total + 1}]+[.G{cv + 1}]", with_(TOTAL, fmt="eur"))
    C, P, E86, R87 = f"[.C{total + 1}]", f"[.G{total + 1}]", f"[.C{cv + 1}]", f"[.G{cv + 1}]"
    status = grand + 2
    s.put(status, 0, f'=IF(ROUND({C}-{P};2)=0;"Charges = produits : le budget est équilibré ("&FIXED({C};2)&" €).";'
                     f'IF({C}>{P};"Charges > produits : il manque "&FIXED({C}-{P};2)&" € de produits pour équilibrer '
                     f'le budget.";"Produits > charges : les produits dépassent les charges de "&FIXED({P}-{C};2)&" €."))',
          with_(SUBTITLE, size=10), span=7)
    s.put(status + 1, 0, f'=IF(ROUND({E86}-{R87};2)=0;"86 = 87 : les contributions volontaires en nature sont '
                         f'équilibrées ("&FIXED({E86};2)&" €).";"86 ≠ 87 : emplois (86) et ressources (87) des '
                         f'contributions volontaires diffèrent de "&FIXED(ABS({E86}-{R87});2)&" €.")',
          with_(SUBTITLE, size=10), span=7)
    what = "de l'association" if k == 0 else f"de l'action {k}"
    wb.name(f"{prefix}_Charges", s, 0, body, 2, total - 1, meaning=f"CERFA {what} : code, intitulé, montant des charges")
    wb.name(f"{prefix}_Produits", s, 4, body, 6, total - 1, meaning=f"CERFA {what} : code, intitulé, montant des produits")
    wb.name(f"{prefix}_Total_Charges", s, 2, total, meaning=f"CERFA {what} : total des charges (hors 86)")
    wb.name(f"{prefix}_Total_Produits", s, 6, total, meaning=f"CERFA {what} : total des produits (hors 87)")
    wb.name(f"{prefix}_86", s, 2, cv, meaning=f"CERFA {what} : emplois des contributions volontaires (86)")
    wb.name(f"{prefix}_87", s, 6, cv, meaning=f"CERFA {what} : contributions volontaires en nature (87)")
    wb.name(f"{prefix}_Statut", s, 0, status, meaning=f"CERFA {what} : « charges = produits » ou l'écart, en clair")
    wb.name(f"{prefix}_Statut_86_87", s, 0, status + 1, meaning=f"CERFA {what} : « 86 = 87 » ou l'écart, en clair")
