#!/usr/bin/python3
"""Turns a flat ODF spreadsheet (.fods) into a spreadsheet template package (.ots), with no
office in the build path: the same input gives the same bytes.

    ots.py SOURCE.fods OUT.ots

The flat document is split the way ODF packages it: meta.xml, settings.xml, styles.xml (common
styles, master pages, their page layouts and the automatic styles they use), content.xml (the
rest), META-INF/manifest.xml, and `mimetype` first and stored, so that LibreOffice opens the
file as a template (a new untitled document). An embedded object kept inline in the flat file
(a chart: draw:object holding an office:document) becomes a sub-package `Object N/`, and an
inline image (office:binary-data) a file under `Pictures/`, as LibreOffice itself stores them.
"""
import base64
import hashlib
import sys
import xml.dom.minidom
import zipfile

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
XLINK = "http://www.w3.org/1999/xlink"
MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet"
TEMPLATE = "application/vnd.oasis.opendocument.spreadsheet-template"
# Every member gets the same date and mode, so the archive depends on the content only.
EPOCH = (1980, 1, 1, 0, 0, 0)
IMAGE_TYPES = [(b"\x89PNG", "png", "image/png"), (b"\xff\xd8", "jpg", "image/jpeg"),
               (b"GIF8", "gif", "image/gif"), (b"<svg", "svg", "image/svg+xml"),
               (b"<?xml", "svg", "image/svg+xml"), (b"VCLMTF", "svm", "image/x-svm")]

# Which top-level children of office:document go into which part, in ODF's order.
PARTS = [("meta.xml", "document-meta", ["meta"]),
         ("settings.xml", "document-settings", ["settings"]),
         ("styles.xml", "document-styles", ["font-face-decls", "styles", "automatic-styles", "master-styles"]),
         ("content.xml", "document-content", ["scripts", "font-face-decls", "automatic-styles", "body"])]


class FlatOdfError(Exception):
    pass


def _children(element, namespace=None, name=None):
    return [c for c in element.childNodes if c.nodeType == c.ELEMENT_NODE
            and (namespace is None or c.namespaceURI == namespace) and (name is None or c.localName == name)]


def _referenced_names(elements):
    """Every style name the elements' subtrees refer to (attributes such as style:page-layout-name,
    style:data-style-name, text:style-name)."""
    names, todo = set(), list(elements)
    while todo:
        e = todo.pop()
        for i in range(e.attributes.length if e.attributes else 0):
            attr = e.attributes.item(i)
            if attr.localName.endswith("-name") and attr.localName != "name" and attr.prefix != "xmlns":
                names.add(attr.value)
        todo.extend(_children(e))
    return names


def _styles_automatic(automatic, used_from):
    """The automatic styles styles.xml needs: page layouts, and those the common styles and master
    pages use, with what these use in turn. content.xml keeps all but the page layouts."""
    by_name = {s.getAttributeNS(STYLE, "name"): s for s in _children(automatic)}
    wanted = {n for n, s in by_name.items() if s.localName == "page-layout"}
    todo = _referenced_names(used_from)
    while todo:
        name = todo.pop()
        if name in by_name and name not in wanted:
            wanted.add(name)
            todo |= _referenced_names([by_name[name]])
    return [s for s in _children(automatic) if s.getAttributeNS(STYLE, "name") in wanted]


class Package:
    """The members of one ODF package being assembled: path -> bytes, and manifest entries."""

    def __init__(self):
        self.files = {}
        self.entries = []  # (full path, media type, version or None)
        self.objects = 0

    def add(self, path, data, media_type, version=None):
        self.files[path] = data
        self.entries.append((path, media_type, version))


def _part(source_root, local_name, children):
    """A part's document: the flat root's namespace declarations and version, then @children."""
    doc = xml.dom.minidom.getDOMImplementation().createDocument(OFFICE, f"office:{local_name}", None)
    root = doc.documentElement
    for i in range(source_root.attributes.length):
        attr = source_root.attributes.item(i)
        if attr.name != "office:mimetype" and attr.localName != "mimetype":
            root.setAttribute(attr.name, attr.value)
    if not root.hasAttribute("xmlns:xlink"):
        root.setAttribute("xmlns:xlink", XLINK)  # the links to objects and pictures need it
    for child in children:
        root.appendChild(child.cloneNode(True))
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + root.toxml().encode("utf-8")


def _detach_binaries(root, package, prefix):
    """Each inline image becomes a file under Pictures/, named after its content."""
    for data in root.getElementsByTagNameNS(OFFICE, "binary-data"):
        raw = base64.b64decode("".join(n.data for n in data.childNodes if n.nodeType == n.TEXT_NODE))
        ext, media = next(((e, m) for magic, e, m in IMAGE_TYPES if raw.lstrip().startswith(magic)),
                          ("bin", "application/octet-stream"))
        path = f"Pictures/{hashlib.sha1(raw).hexdigest()}.{ext}"
        if prefix + path not in package.files:
            package.add(prefix + path, raw, media)
        owner = data.parentNode
        owner.removeChild(data)
        for name, value in (("xlink:href", path), ("xlink:type", "simple"), ("xlink:show", "embed"),
                            ("xlink:actuate", "onLoad")):
            owner.setAttributeNS(XLINK, name, value)


def _detach_objects(root, package, prefix):
    """Each inline draw:object document becomes the sub-package `Object N/`."""
    for obj in root.getElementsByTagNameNS(DRAW, "object"):
        inner = _children(obj, OFFICE, "document")
        if not inner:
            continue
        package.objects += 1
        name = f"Object {package.objects}"
        obj.removeChild(inner[0])
        _split(inner[0], package, f"{prefix}{name}/")
        for attr, value in (("xlink:href", f"./{name}"), ("xlink:type", "simple"), ("xlink:show", "embed"),
                            ("xlink:actuate", "onLoad")):
            obj.setAttributeNS(XLINK, attr, value)


def _split(root, package, prefix=""):
    """Adds the parts of the flat document @root (and of its objects) under @prefix."""
    version = root.getAttributeNS(OFFICE, "version") or None
    media_type = root.getAttributeNS(OFFICE, "mimetype")
    _detach_objects(root, package, prefix)
    _detach_binaries(root, package, prefix)
    top = {}
    for child in _children(root, OFFICE):
        top.setdefault(child.localName, child)
    if prefix:
        package.add(prefix, None, media_type, version)
    for path, local_name, wanted in PARTS:
        children = [top[w] for w in wanted if w in top]
        if path == "styles.xml" and "automatic-styles" in top:
            used_from = [top[w] for w in ("styles", "master-styles") if w in top]
            automatic = top["automatic-styles"].cloneNode(False)
            for style in _styles_automatic(top["automatic-styles"], used_from):
                automatic.appendChild(style.cloneNode(True))
            children = [automatic if c is top["automatic-styles"] else c for c in children]
        if path == "content.xml" and "automatic-styles" in top:
            automatic = top["automatic-styles"].cloneNode(False)
            for style in _children(top["automatic-styles"]):
                if style.localName != "page-layout":
                    automatic.appendChild(style.cloneNode(True))
            children = [automatic if c is top["automatic-styles"] else c for c in children]
        if children or path in ("content.xml", "styles.xml"):
            package.add(prefix + path, _part(root, local_name, children), "text/xml")
    return version


def _manifest(package, version):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<manifest:manifest xmlns:manifest="{MANIFEST}"'
             + (f' manifest:version="{version}"' if version else "") + ">",
             f' <manifest:file-entry manifest:full-path="/"'
             + (f' manifest:version="{version}"' if version else "")
             + f' manifest:media-type="{TEMPLATE}"/>']
    for path, media_type, entry_version in package.entries:
        extra = f' manifest:version="{entry_version}"' if entry_version else ""
        lines.append(f' <manifest:file-entry manifest:full-path="{path}"{extra}'
                     f' manifest:media-type="{media_type}"/>')
    lines.append("</manifest:manifest>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def convert(source, target):
    """Writes the template package @target from the flat spreadsheet @source."""
    try:
        doc = xml.dom.minidom.parse(str(source))
    except Exception as e:  # expat's errors
        raise FlatOdfError(f"{source}: not well-formed XML: {e}") from e
    root = doc.documentElement
    if (root.namespaceURI, root.localName) != (OFFICE, "document"):
        raise FlatOdfError(f"{source}: the root is <{root.tagName}>, not a flat ODF office:document")
    if root.getAttributeNS(OFFICE, "mimetype") not in (SPREADSHEET, TEMPLATE):
        raise FlatOdfError(f"{source}: office:mimetype is {root.getAttributeNS(OFFICE, 'mimetype')!r}, "
                           f"not a spreadsheet")
    if not root.getElementsByTagNameNS(OFFICE, "spreadsheet"):
        raise FlatOdfError(f"{source}: no office:body/office:spreadsheet")
    package = Package()
    version = _split(root, package)
    with zipfile.ZipFile(target, "w") as ots:
        members = [("mimetype", TEMPLATE.encode("ascii"), zipfile.ZIP_STORED)]
        members += [(p, d, zipfile.ZIP_DEFLATED) for p, d in package.files.items() if d is not None]
        members.append(("META-INF/manifest.xml", _manifest(package, version), zipfile.ZIP_DEFLATED))
        for path, data, compression in members:
            info = zipfile.ZipInfo(path, EPOCH)
            info.compress_type = compression
            info.external_attr = 0o644 << 16
            info.create_system = 3
            ots.writestr(info, data, compresslevel=9 if compression == zipfile.ZIP_DEFLATED else None)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    try:
        convert(sys.argv[1], sys.argv[2])
    except FlatOdfError as e:
        sys.exit(f"ots.py: {e}")
