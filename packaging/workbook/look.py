"""The look of the model: cell styles shared by every sheet (input cells pale yellow and
unprotected; everything else protected), column widths and a few French texts."""

TITLE = {"bold": True, "size": 14, "colour": "title"}
SUBTITLE = {"bold": True, "size": 11, "colour": "title"}
NOTE = {"italic": True, "size": 9, "wrap": True, "valign": "top"}
LABEL = {"wrap": True, "valign": "top"}
HEAD = {"fill": "head", "bold": True, "wrap": True, "align": "center", "valign": "middle", "border": "all"}
HEAD_LEFT = {"fill": "head", "bold": True, "wrap": True, "valign": "middle", "border": "all"}
TOTAL = {"fill": "total", "bold": True, "border": "all"}
ALERT = {"colour": "alert", "bold": True, "wrap": True}
COMPUTED = {"border": "all"}
INPUT = {"fill": "input", "input": True, "border": "all"}


def with_(base, **extra):
    out = dict(base)
    out.update(extra)
    return out


def inp(fmt=None, **extra):
    """An input cell (unprotected, pale yellow) of a number format."""
    return with_(INPUT, **({"fmt": fmt} if fmt else {}), **extra)


def out(fmt=None, **extra):
    """A computed cell (protected)."""
    return with_(COMPUTED, **({"fmt": fmt} if fmt else {}), **extra)
