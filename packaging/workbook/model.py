"""The whole model: its sizes, its sheets in order, its version and title."""
from dataclasses import dataclass

from . import accueil, budget, cerfa, financements, parametres, personnel
from .odf import Workbook

VERSION = "1.0"
TITLE = "Budget de l'association (AssoBudget)"


@dataclass(frozen=True)
class Sizes:
    """Pre-sized tables: rows of staff, grants and typed budget lines; number of actions."""
    staff: int = 60
    grants: int = 60
    actions: int = 8
    lines: int = 40


def workbook(sizes=Sizes()):
    wb = Workbook(TITLE, [("AssoBudgetModele", VERSION)])
    accueil.build(wb, sizes, VERSION)
    parametres.build(wb, sizes)
    personnel.build(wb, sizes)
    financements.build(wb, sizes)
    budget.build(wb, sizes)
    cerfa.build(wb, sizes)
    return wb


def names_markdown(wb):
    """The contract as a Markdown table: name, where it points, what it means."""
    lines = ["| Nom | Plage | Signification |", "|---|---|---|"]
    for name, address, meaning in wb.names:
        shown = address.replace("'", "").replace(":.", ":")  # as Calc shows it
        lines.append(f"| `{name}` | `{shown}` | {meaning} |")
    return "\n".join(lines) + "\n"
