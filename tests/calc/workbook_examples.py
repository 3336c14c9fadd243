"""Two filled budgets for the model workbook test (check_workbook.py), as a treasurer would type
them: the example association of the demo (examples/association_exemple.py) and a second, different one (fiscal year from September,
a cadre, a fixed-term contract ending mid-month, a grant still "demandé", an action without
staff, a funder type typed as "CAF", twelve employees: enough pay for a tax on wages above the
associations' allowance). Each budget line carries the CERFA line a treasurer reads
in the chart (règlement ANC 2018-06; 7541 dons manuels → 758, 875 bénévolat → 870), so the test
knows it without asking the extension."""
import sys
from datetime import date
from pathlib import Path

# The example association is the demo's: one set of figures for both (examples/).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "examples"))
from association_exemple import DEMO  # noqa: E402,F401

SEPTEMBER = {
    "params": {"Association": "Loisirs en Vallée (exemple)", "Exercice_Debut": date(2026, 9, 1),
               "Effectif": 12, "Taux_AT": 0.015, "Mutuelle_Employeur": 40.0, "Taux_Prevoyance": 0.006,
               "Taxe_Salaires_Due": "oui", "Hausse_Annuelle": 0.025, "Benevolat_Taux": 15.0},
    "actions": [("Accueil de loisirs", 60, 300), ("Séjours", 25, 120), ("Formation des bénévoles", 15, 200)],
    "structure_volunteer_hours": 100,
    "staff": [
        ("Directrice", "oui", "CDI", date(2020, 1, 6), None, 3600.0, None, None, None, (0.5, 0.3, 0.2)),
        ("Animateur", "non", "CDD", date(2026, 9, 1), date(2027, 3, 15), 1950.0, None, None, None, (0, 0.7, 0.3)),
        ("Animatrice", "non", "CDI", date(2026, 10, 16), None, 1350.0, 104.0, "emploi aidé", 5400.0, (0, 1.0)),
        ("Agent d'entretien", "non", "CDI", date(2018, 5, 1), None, 1100.0, 86.67, None, None, (1.0,)),
        ("Coordinateur des séjours", "oui", "CDI", date(2021, 2, 1), None, 3200.0, None, None, None, (0.1, 0, 0.9)),
        ("Responsable administrative", "non", "CDI", date(2019, 9, 1), None, 2800.0, None, None, None, (1.0,)),
    ] + [(f"Animateur·rice {i}", "non", "CDI", date(2015 + i, 9, 1), None, 2100.0 + 25 * i, None, None, None,
          (0, 0.8, 0.2) if i % 2 else (0, 1.0)) for i in range(1, 7)],
    "grants": [
        ("Conseil départemental", "Département", "Accueil de loisirs", 30000.0, 28000.0, "acquis", None, "74.3"),
        ("CAF", "CAF", "Accueil de loisirs", 25000.0, None, "probable", 0.8, "74.6"),
        ("DRAJES", "État", "Séjours", 8000.0, None, "demandé", None, "74.1"),
        ("Fondation du Crédit", "Aides privées", "Formation des bénévoles", 4000.0, None, "demandé", 0.4, "74.10"),
        ("Commune", "Commune", None, 10000.0, 10000.0, "acquis", None, "74.5"),
    ],
    "lines": [
        (613, "61", {0: 9600.0}), (616, "61", {0: 1400.0}), (6226, "62", {0: 2400.0}), (661, "66", {0: 300.0}),
        (6251, "62", {2: 12000.0}), (6063, "60", {1: 2500.0}), (6228, "62", {3: 5000.0}), (6257, "62", {3: 800.0}),
        (706, "70", {1: 160000.0, 2: 95000.0, 3: 2500.0}), (7541, "758", {0: 1500.0}), (756, "756", {0: 4000.0}),
    ],
}
