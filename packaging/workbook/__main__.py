"""python3 -m workbook write OUT.fods [--staff N] [--grants N] [--actions N] [--lines N]
   python3 -m workbook check FILE.fods    (fails when FILE differs from the default model)
   python3 -m workbook names DOC.md       (rewrites the list of names between its markers)
   python3 -m workbook check-names DOC.md (fails when that list drifts)

Run from packaging/. The defaults are the shipped model; issue 11 writes large variants."""
import argparse
import sys

from .model import Sizes, workbook, names_markdown

BEGIN, END = "<!-- noms:début (généré par packaging/workbook : ne pas modifier) -->", "<!-- noms:fin -->"


def replace_names(doc_text, table):
    head, rest = doc_text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{table}{END}{tail}"


def main(argv):
    parser = argparse.ArgumentParser(prog="python3 -m workbook")
    parser.add_argument("command", choices=("write", "check", "names", "check-names"))
    parser.add_argument("path")
    parser.add_argument("--staff", type=int, default=Sizes.staff)
    parser.add_argument("--grants", type=int, default=Sizes.grants)
    parser.add_argument("--actions", type=int, default=Sizes.actions)
    parser.add_argument("--lines", type=int, default=Sizes.lines)
    args = parser.parse_args(argv)
    sizes = Sizes(args.staff, args.grants, args.actions, args.lines)
    wb = workbook(sizes)
    if args.command == "write":
        with open(args.path, "w", encoding="utf-8") as f:
            f.write(wb.xml())
        print(f"wrote {args.path} ({len(wb.names)} names)")
        return 0
    if args.command == "check":
        with open(args.path, encoding="utf-8") as f:
            same = f.read() == wb.xml()
        print(f"workbook: {1 if same else 0} passed, {0 if same else 1} failed")
        if not same:
            print(f"FAIL: {args.path} differs from the generator's output: run make generate")
        return 0 if same else 1
    with open(args.path, encoding="utf-8") as f:
        doc = f.read()
    new = replace_names(doc, names_markdown(wb))
    if args.command == "names":
        with open(args.path, "w", encoding="utf-8") as f:
            f.write(new)
        return 0
    same = new == doc
    print(f"workbook names: {1 if same else 0} passed, {0 if same else 1} failed")
    if not same:
        print(f"FAIL: the names listed in {args.path} differ from the generator's: run make generate")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
