#!/usr/bin/env python3
"""The function table (addin/functions/*.toml): lint it and generate what derives from it.

    functions.py lint                  check every text is there, in both languages
    functions.py idl FILE              the UNO interface org::assobudget::XFunctions
    functions.py cxx FILE              the C++ metadata the XAddIn answers come from
    functions.py docs FILE             the French function reference (Markdown)
    functions.py check                 fail when idl/ or docs/ differ from the table
"""
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE_DIR = ROOT / "addin" / "functions"
IDL_FILE = ROOT / "idl" / "org" / "assobudget" / "XFunctions.idl"
DOCS_FILE = ROOT / "docs" / "fonctions.md"

SERVICE = "org.assobudget.Functions"
CATEGORIES = {"Database", "Date&Time", "Financial", "Information", "Logical", "Mathematical",
              "Matrix", "Statistical", "Spreadsheet", "Text", "Add-In"}
ARG_TYPES = {"number": "double", "text": "string", "range": "sequence< sequence< any > >",
             "optional": "any"}
RETURNS = {"number", "text", "date", "array"}
GENERATED = "GENERATED from addin/functions/*.toml by packaging/functions.py: do not edit."


def load(folder=TABLE_DIR):
    """Every function of every table file, in file-name order."""
    functions = []
    for path in sorted(Path(folder).glob("*.toml")):
        with open(path, "rb") as f:
            functions += tomllib.load(f).get("function", [])
    return functions


def lint(functions):
    """Returns the list of problems of the table (empty when it is sound)."""
    problems = []
    seen = {}
    for f in functions:
        where = f.get("name", "?")
        for key in ("name", "fr", "en", "category", "returns", "summary_fr", "summary_en",
                    "details_fr"):
            if not str(f.get(key, "")).strip():
                problems.append(f"{where}: {key} is missing or empty")
        if not re.fullmatch(r"[a-z][A-Za-z0-9]*", f.get("name", "")):
            problems.append(f"{where}: programmatic name must be camelCase")
        for lang in ("fr", "en"):
            if not re.fullmatch(r"[A-Z][A-Z0-9]*(\.[A-Z0-9]+)*", f.get(lang, "")):
                problems.append(f"{where}: {lang} name must be upper case words joined by dots")
        for key in ("name", "fr", "en"):
            value = f.get(key, "").upper()
            if value in seen and seen[value] != where:
                problems.append(f"{where}: name {value} also used by {seen[value]}")
            seen[value] = where
        if f.get("category") not in CATEGORIES:
            problems.append(f"{where}: unknown category {f.get('category')}")
        if f.get("returns") not in RETURNS:
            problems.append(f"{where}: returns must be one of {sorted(RETURNS)}")
        for text_key in ("summary_fr", "summary_en"):
            if f.get(text_key, "").strip() != f.get(text_key, ""):
                problems.append(f"{where}: {text_key} has leading or trailing spaces")
        errors = f.get("errors", [])
        if not errors or any(len(e) != 2 or not e[0].strip() or not e[1].strip() for e in errors):
            problems.append(f"{where}: errors must list [result, cause] pairs")
        example = f.get("example", {})
        if not str(example.get("formula", "")).startswith(f"={f.get('fr')}("):
            problems.append(f"{where}: example formula must call {f.get('fr')} in French")
        result = example.get("result")
        if not result or not all(isinstance(row, list) and row for row in result):
            problems.append(f"{where}: example result must be a list of rows")
        args = f.get("arg", [])
        names = [a.get("name") for a in args]
        if len(set(names)) != len(names):
            problems.append(f"{where}: two arguments share a name")
        optional_seen = False
        for a in args:
            for key in ("name", "type", "fr", "en", "desc_fr", "desc_en"):
                if not str(a.get(key, "")).strip():
                    problems.append(f"{where}.{a.get('name', '?')}: {key} is missing or empty")
            if a.get("type") not in ARG_TYPES:
                problems.append(f"{where}.{a.get('name')}: unknown type {a.get('type')}")
            if a.get("type") == "optional":
                optional_seen = True
            elif optional_seen:
                problems.append(f"{where}.{a.get('name')}: only trailing arguments may be optional")
            if a.get("name") == "document":
                problems.append(f"{where}: 'document' is reserved for the hidden argument")
    return problems


def signature(f, lang="fr"):
    """REPARTIR(total; cles; [decimales])"""
    parts = []
    for a in f.get("arg", []):
        parts.append(f"[{a[lang]}]" if a["type"] == "optional" else a[lang])
    return f"{f[lang]}({'; '.join(parts)})"


def idl(functions):
    lines = [f"/* {GENERATED} */",
             "#ifndef ORG_ASSOBUDGET_XFUNCTIONS_IDL",
             "#define ORG_ASSOBUDGET_XFUNCTIONS_IDL",
             "",
             "#include <com/sun/star/uno/XInterface.idl>",
             "#include <com/sun/star/beans/XPropertySet.idl>",
             "#include <com/sun/star/lang/IllegalArgumentException.idl>",
             "",
             "module org { module assobudget {",
             "",
             "/** The Calc functions of AssoBudget. Each returns a number, an array, or void (#N/A). */",
             "interface XFunctions : com::sun::star::uno::XInterface",
             "{"]
    for f in functions:
        params = []
        if f.get("document"):
            params.append("[in] com::sun::star::beans::XPropertySet document")
        params += [f"[in] {ARG_TYPES[a['type']]} {a['name']}" for a in f.get("arg", [])]
        lines.append(f"    /// {f['fr']} / {f['en']}: {f['summary_en']}")
        lines.append(f"    any {f['name']}( {', '.join(params)} )")
        lines.append("        raises( com::sun::star::lang::IllegalArgumentException );")
        lines.append("")
    lines[-1:] = ["};", "", "}; };", "", "#endif", ""]
    return "\n".join(lines)


def c_string(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


CXX_TYPES = {"number": "double", "text": "const OUString &", "range": "const CellRange &",
             "optional": "const css::uno::Any &"}


def method_declaration(f):
    params = []
    if f.get("document"):
        params.append("const css::uno::Reference<css::beans::XPropertySet> &document")
    for a in f.get("arg", []):
        t = CXX_TYPES[a["type"]]
        params.append(f"{t}{'' if t.endswith('&') else ' '}{a['name']}")
    return f"css::uno::Any SAL_CALL {f['name']}({', '.join(params)}) override;"


def cxx(functions):
    out = [f"// {GENERATED}",
           "#pragma once",
           "",
           '#include "function_info.hxx"',
           "",
           "namespace assobudget {",
           ""]
    for f in functions:
        args = f.get("arg", [])
        out.append(f"const ArgumentInfo args_{f['name']}[] = {{")
        for a in args:
            out.append(f"    {{{c_string(a['fr'])}, {c_string(a['en'])}, "
                       f"{c_string(a['desc_fr'])}, {c_string(a['desc_en'])}}},")
        if not args:
            out.append("    {nullptr, nullptr, nullptr, nullptr},")
        out.append("};")
    out.append("")
    out.append("const FunctionInfo functionTable[] = {")
    for f in functions:
        out.append(f"    {{{c_string(f['name'])}, {c_string(f['fr'])}, {c_string(f['en'])}, "
                   f"{c_string(f['category'])},")
        out.append(f"     {c_string(f['summary_fr'])},")
        out.append(f"     {c_string(f['summary_en'])},")
        out.append(f"     {'true' if f.get('document') else 'false'}, "
                   f"{len(f.get('arg', []))}, args_{f['name']}}},")
    out.append("};")
    out.append("")
    out.append(f'constexpr const char serviceName[] = "{SERVICE}";')
    out.append("")
    out.append("} // namespace assobudget")
    out.append("")
    out.append("// The XFunctions methods, declared inside FunctionsAddIn (addin.hxx).")
    out.append("#define ASSOBUDGET_FUNCTION_METHODS \\")
    out += [f"    {method_declaration(f)} \\" for f in functions]
    out.append("    /* end */")
    out.append("")
    return "\n".join(out)


def docs(functions):
    out = ["# Référence des fonctions AssoBudget",
           "",
           f"<!-- {GENERATED} -->",
           "",
           "Chaque fonction a un nom français (affiché dans un Calc en français) et un nom anglais "
           "(affiché dans un Calc en anglais) ; les deux désignent la même fonction et un classeur "
           "enregistré s'ouvre dans les deux langues. Dans l'Assistant Fonctions, les fonctions sont "
           "dans la catégorie indiquée.",
           "",
           "## Ce que donnent les mauvaises saisies",
           "",
           "| Cellule | Signification |",
           "|---|---|",
           "| `Err:502` | une valeur hors de son domaine : montant, clé, option ou texte non reconnu, "
           "plages de formes différentes |",
           "| `#N/A` | pas de donnée applicable (par exemple une date hors des périodes d'un fichier "
           "de données) |",
           "| `#VALEUR !` | du texte là où un nombre est attendu : Calc le refuse avant d'appeler "
           "la fonction |",
           "| `#NOM ?` | l'extension n'est pas installée (ou est désactivée) |",
           "",
           "Les fonctions qui renvoient une plage (*matrice*) se saisissent comme formule matricielle : "
           "sélectionner la plage de résultat, taper la formule, valider par Ctrl+Maj+Entrée.",
           "",
           "## Sommaire",
           "",
           "| Fonction (français) | Nom anglais | Rôle |",
           "|---|---|---|"]
    for f in functions:
        anchor = f["fr"].lower().replace(".", "")
        out.append(f"| [{f['fr']}](#{anchor}) | {f['en']} | {f['summary_fr']} |")
    out.append("")
    for f in functions:
        out += [f"## {f['fr']}", "",
                f"`{signature(f)}` — en anglais `{signature(f, 'en')}`", "",
                f"{f['summary_fr']}", "",
                " ".join(f["details_fr"].split()), "",
                "| Argument | Description |", "|---|---|"]
        for a in f.get("arg", []):
            opt = " (facultatif)" if a["type"] == "optional" else ""
            out.append(f"| `{a['fr']}`{opt} | {a['desc_fr']} |")
        kind = {"number": "un nombre", "text": "un texte", "date": "une date (numéro de série)",
                "array": "une plage (formule matricielle)"}[f["returns"]]
        out += ["", f"Résultat : {kind}.", "", "**Exemple**", ""]
        example = f["example"]
        cells = example.get("cells", {})
        if cells:
            listed = ", ".join(f"{k} = {str(v).replace('.', ',')}" for k, v in cells.items())
            out += [f"Avec {listed} :", ""]
        out += ["```", example["formula"], "```", ""]
        rows = example["result"]
        if len(rows) == 1 and len(rows[0]) == 1:
            out.append(f"donne `{rows[0][0]}`.")
        elif len(rows) == 1:
            out.append("donne, en ligne : " + " ; ".join(f"`{v}`" for v in rows[0]) + ".")
        elif all(len(row) == 1 for row in rows):
            out.append("donne, en colonne : " + " ; ".join(f"`{row[0]}`" for row in rows) + ".")
        else:
            out.append("donne, ligne par ligne : " +
                       " / ".join(" ; ".join(f"`{v}`" for v in row) for row in rows) + ".")
        out += ["", "**Mauvaises saisies**", "", "| Résultat | Cause |", "|---|---|"]
        for result, cause in f["errors"]:
            out.append(f"| `{result}` | {cause} |")
        out.append("")
    return "\n".join(out)


def write(path, text):
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(text, encoding="utf-8")


def main(argv):
    functions = load()
    problems = lint(functions)
    if problems:
        for p in problems:
            print(f"addin/functions: {p}", file=sys.stderr)
        return 1
    command = argv[1] if len(argv) > 1 else "lint"
    if command == "lint":
        print(f"functions: {len(functions)} functions, table sound")
    elif command in ("idl", "cxx", "docs") and len(argv) == 3:
        write(argv[2], {"idl": idl, "cxx": cxx, "docs": docs}[command](functions))
    elif command == "check":
        stale = [str(p.relative_to(ROOT)) for p, make in ((IDL_FILE, idl), (DOCS_FILE, docs))
                 if not p.exists() or p.read_text(encoding="utf-8") != make(functions)]
        if stale:
            print(f"functions: out of date with addin/functions/*.toml: {', '.join(stale)} "
                  f"(run `make generate`)", file=sys.stderr)
            return 1
        # One check per function linted, plus the two generated files.
        print(f"table: {len(functions) + 2} passed, 0 failed")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
