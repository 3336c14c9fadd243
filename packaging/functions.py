#!/usr/bin/env python3
"""The function table (addin/functions/*.toml): lint it and generate what derives from it.

    functions.py lint                  check every text is there, in both languages
    functions.py idl FILE              the UNO interface org::assobudget::XFunctions
    functions.py c FILE                the component's C tables: argument structs, unpacking specs,
                                       XAddIn texts (build/gen/function_table.h)
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
             "date": "double", "optional": "any"}
RETURNS = {"number", "text", "date", "array"}
# What the glue hands the core for each argument (`value`), by IDL type; the first is the default.
VALUES = {"number": ["number", "integer"], "text": ["text"], "date": ["date", "date_or_year"],
          "range": ["numbers", "accounts", "account"],
          "optional": ["number", "integer", "date", "date_or_year", "text"]}
GENERATED = "GENERATED from addin/functions/*.toml by packaging/functions.py: do not edit."


def load(folder=TABLE_DIR):
    """Every function of every table file, in file-name order. An argument `use = "name"` is the
    shared argument declared once as `[arg.name]` in any table file (the same in every function)."""
    tables = []
    for path in sorted(Path(folder).glob("*.toml")):
        with open(path, "rb") as f:
            tables.append(tomllib.load(f))
    shared = {name: dict(a, name=name) for t in tables for name, a in t.get("arg", {}).items()}
    functions = [f for t in tables for f in t.get("function", [])]
    for f in functions:
        if "arg" in f:
            unknown = [a["use"] for a in f["arg"] if "use" in a and a["use"] not in shared]
            if unknown:
                sys.exit(f"{f.get('name', '?')}: no shared argument [arg.{unknown[0]}]")
            f["arg"] = [dict(shared[a["use"]]) if "use" in a else a for a in f["arg"]]
    return functions


# The error cells a function may give, as a French Calc shows them (#N/A is #N/D there).
FRENCH_ERRORS = {"Err:502", "#N/D", "#VALEUR !"}


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
        shown = {e[0] for e in errors if len(e) == 2} - FRENCH_ERRORS
        if shown:
            problems.append(f"{where}: errors are named as a French Calc shows them ({', '.join(sorted(FRENCH_ERRORS))}),"
                            f" not {', '.join(sorted(shown))}")
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
            check_value(where, a, problems)
            if a.get("name") == "document":
                problems.append(f"{where}: 'document' is reserved for the hidden argument")
    return problems


def idl_type(a):
    """The IDL type of argument @a. A date that may be empty is an `any`, so that "" (what
    =SI(…;"") leaves) reaches the function; a required date stays a `double`, because Calc shows
    every `any` argument as optional in the Function Wizard (addincol.cxx)."""
    return "any" if a.get("empty") == "none" else ARG_TYPES[a["type"]]


def value_of(a):
    """What the glue hands the core for argument @a (see VALUES)."""
    return a.get("value", VALUES.get(a.get("type"), ["?"])[0])


def check_value(where, a, problems):
    """An argument's value kind, and for an optional one its default, declared once here."""
    name = f"{where}.{a.get('name')}"
    value = value_of(a)
    if value not in VALUES.get(a.get("type"), []):
        problems.append(f"{name}: value {value} does not fit type {a.get('type')}")
    if a.get("type") == "optional":
        if ("default" in a) == ("absent" in a):
            problems.append(f"{name}: an optional argument declares either a default or what its absence means")
        default = a.get("default")
        if "default" in a and (value == "text") != isinstance(default, str):
            problems.append(f"{name}: default {default!r} does not fit value {value}")
        if value == "integer" and "default" in a and not isinstance(default, int):
            problems.append(f"{name}: default of an integer must be a whole number")
        if "absent" in a and value not in ("number", "date", "date_or_year"):
            problems.append(f"{name}: only a number or a date may be absent")
    elif "default" in a or "absent" in a:
        problems.append(f"{name}: only optional arguments have a default")
    if "empty" in a and (a.get("empty") != "none" or a.get("type") != "date"):
        problems.append(f"{name}: empty = \"none\" is for a required date only")
    if "zero" in a and (a.get("zero") != "default" or a.get("type") != "optional"
                        or value not in ("number", "integer")):
        problems.append(f"{name}: zero = \"default\" is for an optional number only")


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
             "#include <com/sun/star/util/Date.idl>",
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
        params += [f"[in] {idl_type(a)} {a['name']}" for a in f.get("arg", [])]
        lines.append(f"    /// {f['fr']} / {f['en']}: {f['summary_en']}")
        lines.append(f"    any {f['name']}( {', '.join(params)} )")
        lines.append("        raises( com::sun::star::lang::IllegalArgumentException );")
        lines.append("")
    lines[-1:] = ["};", ""] + SIDEBAR_IDL + ["", "}; };", "", "#endif", ""]
    return "\n".join(lines)


# The component's own interface for the sidebar: any function of the table by name, and the data files.
SIDEBAR_IDL = """\
/** What XSidebarAccess::callFunction gives: the result, or the error Calc shows and why. */
struct CallResult
{
    /** The result as Calc receives it: a number, a text, a sequence< sequence< double > >, or void. */
    any Value;
    /** "" on success, else the error as a French Calc shows it: "Err:502", "#N/D", "#VALEUR !". */
    string Error;
    /** Why, in French; "" on success. */
    string Message;
};

/** A data file of the extension, and what became of it. */
struct DataFileStatus
{
    /** Its setting under /org.assobudget.AssoBudget/DataFiles: "Payroll", "Accounts". */
    string Name;
    /** The file read (a system path); "" when none could be found. */
    string Path;
    /** True when the file was read and accepted. */
    boolean Loaded;
    /** Why it was refused, in French; "" when loaded. */
    string Message;
    /** The last day the file covers (payroll); 0/0/0 for a file without dates. */
    com::sun::star::util::Date LastDay;
};

/** What the sidebar asks the component: the rules stay in the core. */
interface XSidebarAccess : com::sun::star::uno::XInterface
{
    /** Calls function @p name (programmatic, French or English name) with the values of its visible
        arguments, as Calc would: numbers, texts, rows of cells (sequence< sequence< any > >), or void
        for an omitted optional argument. @p document gives the null date (may be null: 30/12/1899). */
    CallResult callFunction( [in] com::sun::star::beans::XPropertySet document, [in] string name,
                             [in] sequence< any > arguments );

    /** The data files, each loaded if it was not yet. */
    sequence< DataFileStatus > getDataFiles();
};
""".splitlines()


def c_string(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


# The C type of each argument in its function's argument struct: [required or with a default, absent].
C_FIELDS = {"number": ("double", "const double *"), "integer": ("int", None),
            "date": ("ab_date", "const ab_date *"), "date_or_year": ("ab_date_or_year", "const ab_date_or_year *"),
            "text": ("const char *", None),
            "numbers": ("ab_range", None), "accounts": ("ab_texts", None), "account": ("const char *", None)}
RESULT_KINDS = {"number": "AB_RESULT_NUMBER", "date": "AB_RESULT_NUMBER", "text": "AB_RESULT_TEXT",
                "array": "AB_RESULT_ARRAY"}


def c_field(a):
    """The argument's C declaration in its function's struct."""
    plain, absent = C_FIELDS[value_of(a)]
    pointer = "absent" in a or a.get("empty") == "none"
    ctype = absent if pointer else plain
    return f"{ctype}{'' if ctype.endswith('*') else ' '}{a['name']};"


def c_spec(f, a):
    """One row of ab_arg_spec (addin/uno/table.h)."""
    if "absent" in a or a.get("empty") == "none":
        absence = "AB_ABSENT_NULL"
    else:
        absence = "AB_ABSENT_DEFAULT" if "default" in a else "AB_REQUIRED"
    default = a.get("default")
    number = repr(float(default)) if isinstance(default, (int, float)) else "0"
    text = c_string(default) if isinstance(default, str) else "NULL"
    zero = "1" if a.get("zero") == "default" else "0"
    idl = {"double": "NUMBER", "any": "ANY"}.get(idl_type(a), a["type"].upper())
    return (f"    {{AB_IDL_{idl}, AB_VALUE_{value_of(a).upper()}, {absence}, {zero}, "
            f"offsetof(ab_args_{f['name']}, {a['name']}), {number}, {text},\n"
            f"     {{{c_string(a['fr'])}, {c_string(a['en'])}}},\n"
            f"     {{{c_string(a['desc_fr'])},\n      {c_string(a['desc_en'])}}}}},")


def c(functions):
    out = [f"// {GENERATED}",
           "#ifndef ASSOBUDGET_FUNCTION_TABLE_H",
           "#define ASSOBUDGET_FUNCTION_TABLE_H",
           "",
           '#include "table.h"',
           "",
           "#include <stddef.h>",
           ""]
    for f in functions:
        out.append(f"/* {f['fr']} / {f['en']} */")
        out.append(f"typedef struct ab_args_{f['name']} {{")
        out += [f"    {c_field(a)}" for a in f.get("arg", [])]
        out.append(f"}} ab_args_{f['name']};")
        out.append(f"_Static_assert(sizeof(ab_args_{f['name']}) <= AB_ARGS_MAX, \"{f['name']}: too many arguments\");")
        out.append(f"ab_error ab_fn_{f['name']}(const ab_args_{f['name']} *args, ab_call *call);")
        out.append(f"static ab_error call_{f['name']}(const void *args, ab_call *call)")
        out.append(f"{{\n    return ab_fn_{f['name']}(args, call);\n}}")
        out.append(f"static const ab_arg_spec args_{f['name']}[] = {{")
        out += [c_spec(f, a) for a in f.get("arg", [])]
        out.append("};")
        out.append("")
    out.append("static const ab_function ab_functions[] = {")
    for f in functions:
        out.append(f"    {{{c_string(f['name'])}, {{{c_string(f['fr'])}, {c_string(f['en'])}}}, "
                   f"{c_string(f['category'])},")
        out.append(f"     {{{c_string(f['summary_fr'])},")
        out.append(f"      {c_string(f['summary_en'])}}},")
        out.append(f"     {'1' if f.get('document') else '0'}, {RESULT_KINDS[f['returns']]}, "
                   f"{len(f.get('arg', []))}, args_{f['name']}, sizeof(ab_args_{f['name']}), "
                   f"call_{f['name']}}},")
    out += ["};", "",
            f"#define AB_FUNCTION_COUNT {len(functions)}",
            f'#define AB_SERVICE_NAME "{SERVICE}"',
            "",
            "#endif",
            ""]
    return "\n".join(out)


def when_omitted(a):
    """What the reference says an omitted or empty argument means: its default, as a French Calc
    shows it; for a date, whether it may be empty."""
    zero = " ; 0 aussi" if a.get("zero") == "default" else ""
    if "absent" in a:
        return a["absent"] + zero
    if a.get("empty") == "none":
        return "vide : aucune"
    if a["type"] == "date":
        return "vide : Err:502"
    if "default" not in a:
        return "—"
    default = a["default"]
    if isinstance(default, str):
        return f"« {default} »"
    return f"{default:g}".replace(".", ",") + zero


def argument_errors(f):
    """The bad inputs every date and optional argument has by the rule of empty cells (stated
    once at the top of the reference), derived from the table."""
    rows = []
    for a in f.get("arg", []):
        name, value = f"`{a['fr']}`", value_of(a)
        if a["type"] == "date" and a.get("empty") != "none":
            rows += [["Err:502", f"{name} vide (cellule vide ou 0)"],
                     ["#VALEUR !", f"{name} en texte, ou \"\" (refusé par Calc lui-même)"]]
        elif value == "date":
            rows.append(["Err:502", f"{name} en texte autre que \"\""])
        elif a["type"] == "optional" and value != "text":
            rows.append(["Err:502", f"{name} en texte"])
    return rows


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
           "| `#N/D` | pas de donnée applicable (par exemple une date hors des périodes d'un fichier "
           "de données) |",
           "| `#VALEUR !` | du texte là où un nombre est attendu : Calc le refuse avant d'appeler "
           "la fonction |",
           "| `#NOM ?` | l'extension n'est pas installée (ou est désactivée) |",
           "",
           "**Cellules vides et `\"\"`.** Calc transmet une référence à une cellule vide comme le "
           "nombre 0, et `\"\"` (ce que laisse `=SI(…;\"\")`) comme un texte vide. Donc : une "
           "**date** vide (cellule vide, 0) est refusée (`Err:502`) quand elle est requise — jamais "
           "une date de 1899 —, et veut dire « aucune » quand la fonction le prévoit (une date de "
           "fin, une date facultative), `\"\"` compris ; un argument **facultatif** omis ou `\"\"` "
           "prend sa valeur par défaut (colonne « Si omis ») ; une cellule vide donne 0, sauf là "
           "où la colonne « Si omis » dit « 0 aussi » (0 y vaut la valeur par défaut) et pour les "
           "mots (une unité, une option), où elle vaut l'omission. Dans une plage, une cellule "
           "vide compte pour 0.",
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
                "| Argument | Description | Si omis |", "|---|---|---|"]
        for a in f.get("arg", []):
            opt = " (facultatif)" if a["type"] == "optional" else ""
            out.append(f"| `{a['fr']}`{opt} | {a['desc_fr']} | {when_omitted(a)} |")
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
        for result, cause in f["errors"] + argument_errors(f):
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
    elif command in ("idl", "c", "docs") and len(argv) == 3:
        write(argv[2], {"idl": idl, "c": c, "docs": docs}[command](functions))
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
