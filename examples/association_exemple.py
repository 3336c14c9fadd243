"""The example association of the demo (make demo) and of the model workbook's test, typed as a
treasurer would: three actions with their hours as allocation keys, a Région grant of 90,000 €,
two FONJEP posts of 7,164 €, a fixed-term contract, rent, membership fees, donations and sales over
2026. Each budget line carries the CERFA line a treasurer reads in the chart (règlement ANC
2018-06; 7541 dons manuels → 758), so the test knows it without asking the extension."""
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
