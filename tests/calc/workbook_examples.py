"""Two filled budgets for the model workbook test (check_workbook.py), as a treasurer would type
them: the example association of examples/budget-demo.fods (its three actions and their hours
as allocation keys, its Région grant of 90,000 €, its two FONJEP posts of 7,164 €, its rent,
membership fees and sales over 2026) and a second, different one (fiscal year from September,
a cadre, a fixed-term contract ending mid-month, a grant still "demandé", an action without
staff, a funder type typed as "CAF", twelve employees: enough pay for a tax on wages above the
associations' allowance). Each budget line carries the CERFA line a treasurer reads
in the chart (règlement ANC 2018-06; 7541 dons manuels → 758, 875 bénévolat → 870), so the test
knows it without asking the extension."""
from datetime import date

DEMO = {
    "params": {"Association": "Association du Lien (exemple)", "Exercice_Debut": date(2026, 1, 1),
               "Effectif": 4, "Taux_AT": 0.012, "Mutuelle_Employeur": 30.0, "Taux_Prevoyance": 0.0,
               "Taxe_Salaires_Due": "oui", "Hausse_Annuelle": 0.02, "Benevolat_Taux": None},
    # (name, allocation key = the demo's hours, volunteer hours)
    "actions": [("Jardins partagés", 1220, 600), ("Aide aux devoirs", 830, 400), ("Épicerie solidaire", 450, 800)],
    "structure_volunteer_hours": 150,
    # name, cadre, contract, start, end, monthly gross, monthly hours, aid, aid per year, shares (fonct., actions...)
    "staff": [
        ("Coordinatrice", "non", "CDI", date(2019, 3, 1), None, 2900.0, None, "FONJEP", 7164.0, (0.4, 0.3, 0.15, 0.15)),
        ("Animateur des jardins", "non", "CDI", date(2022, 9, 1), None, 2100.0, None, "FONJEP", 7164.0, (0, 1.0)),
        ("Animatrice aide aux devoirs", "non", "CDI", date(2024, 1, 15), None, 1560.0, 104.0, None, None, (0, 0, 1.0)),
        ("Responsable de l'épicerie", "non", "CDD", date(2026, 3, 1), date(2026, 12, 31), 2000.0, None, None, None,
         (0.2, 0, 0, 0.8)),
    ],
    # funder, type, action, requested, obtained, status, probability, CERFA sub-line
    "grants": [
        ("Région", "Région", "Jardins partagés", 90000.0, 90000.0, "acquis", None, "74.2"),
        ("Ville", "Commune", "Aide aux devoirs", 15000.0, 12000.0, "acquis", None, "74.5"),
        ("CAF", "Organismes sociaux", "Épicerie solidaire", 12000.0, None, "probable", 0.7, "74.6"),
        ("Fondation de France", "Aides privées", "Épicerie solidaire", 5000.0, None, "demandé", 0.5, "74.10"),
    ],
    # account, CERFA line, amounts by column (0 = fonctionnement, k = action k)
    "lines": [
        (613, "61", {0: 14400.0}), (6064, "60", {0: 1200.0}), (616, "61", {0: 1100.0}), (6226, "62", {0: 2400.0}),
        (626, "62", {0: 900.0}), (6061, "60", {0: 1800.0}), (606, "60", {1: 3000.0, 2: 800.0}),
        (607, "60", {3: 14000.0}), (625, "62", {1: 550.0, 2: 300.0, 3: 600.0}), (661, "66", {0: 250.0}),
        (6811, "68", {0: 1000.0}), (706, "70", {1: 8100.0, 3: 20000.0}), (756, "756", {0: 12000.0}),
        (7541, "758", {0: 3000.0}),
    ],
}

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
