"""A real headless LibreOffice on a throw-away profile under build/, for tests and the demo.

The profile is made anew each time; the user's own profile and HOME are never touched.
soffice is started in a process group of its own and stopped by that group's id (our
child's PID), also when a test fails. Run with /usr/bin/python3, which has `uno`.
"""
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import uno  # python3-uno; also makes com.sun.star importable
import unohelper
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.task import XInteractionHandler
from com.sun.star.ucb import XCommandEnvironment, XProgressHandler

PROGRAM = Path("/usr/lib/libreoffice/program")
# The UI language of each office; "posix" is English in a locale whose encoding is ASCII.
LOCALES = {"fr": "fr_FR.UTF-8", "en": "C.UTF-8", "posix": "C", "latin1": "fr_FR.ISO-8859-1"}

# Tests recalculate every formula when a document is loaded (recalc="always"); "never" and
# "default" (the office's own: 1 = never, on 7.4) are there to measure what a user's office does.
RECALC_MODES = {"always": "0", "never": "1", "default": None}


def profile_settings(recalc):
    """The settings a new profile starts with (ODFRecalcMode 0 = always, 1 = never)."""
    mode = RECALC_MODES[recalc]
    loads = [] if mode is None else [("/org.openoffice.Office.Calc/Formula/Load", name, mode)
                                     for name in ("ODFRecalcMode", "OOXMLRecalcMode")]
    return loads + [("/org.openoffice.Office.Common/Misc", "FirstRun", "false")]


def registry_modifications(settings):
    """A profile's registrymodifications.xcu holding @settings: (node path, property, value)."""
    items = "".join(f'<item oor:path={quoteattr(path)}><prop oor:name={quoteattr(prop)} oor:op="fuse">'
                    f"<value>{escape(value)}</value></prop></item>\n" for path, prop, value in settings)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema">\n' + items + "</oor:items>\n")


def props(**values):
    """A tuple of PropertyValue, as loadComponentFromURL and storeToURL want."""
    out = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name, p.Value = name, value
        out.append(p)
    return tuple(out)


def file_url(path):
    return uno.systemPathToFileUrl(str(Path(path).resolve()))


class _ApproveAll(unohelper.Base, XInteractionHandler):
    """Answers yes to the Extension Manager's questions (as a user clicking OK)."""

    def handle(self, request):
        for continuation in request.getContinuations():
            if continuation.queryInterface(uno.getTypeByName("com.sun.star.task.XInteractionApprove")):
                continuation.select()
                return


class _Silent(unohelper.Base, XProgressHandler):
    def push(self, status): pass
    def update(self, status): pass
    def pop(self): pass


class _CommandEnvironment(unohelper.Base, XCommandEnvironment):
    def getInteractionHandler(self): return _ApproveAll()
    def getProgressHandler(self): return _Silent()


class Office:
    """with Office(workdir, lang="fr", oxt=path) as office: office.desktop, office.ctx ...

    settings: extra configuration, [(node path, property, value)], e.g.
    [("/org.assobudget.AssoBudget/DataFiles", "Payroll", "/path/to/paie.xml")].
    recalc: formulas recalculated on load, "always" (tests), "never" or "default" (the office's).
    """

    def __init__(self, workdir, lang="en", oxt=None, settings=(), recalc="always"):
        self.workdir = Path(workdir)
        self.profile = self.workdir / "profile"
        self.home = self.workdir / "home"
        self.lang = lang
        self.oxt = oxt
        self.settings = list(settings)
        self.recalc = recalc
        self.process = None
        self.ctx = None
        self.desktop = None

    def __enter__(self):
        shutil.rmtree(self.workdir, ignore_errors=True)
        (self.profile / "user").mkdir(parents=True)
        self.home.mkdir(parents=True)
        modifications = self.profile / "user" / "registrymodifications.xcu"
        modifications.write_text(registry_modifications(profile_settings(self.recalc)))
        try:
            self._start()
            if self.oxt:
                # As Tools > Extension Manager does; Calc sees a new add-in after a restart.
                # (unopkg on a profile soffice never opened is undone at soffice's first start.)
                self.install(self.oxt)
            if self.settings:
                # Settings of the extension's own schema only hold once it is installed.
                self.stop()
                text = modifications.read_text(encoding="utf-8")
                items = registry_modifications(self.settings)
                items = items[items.index("<item"):items.index("</oor:items>")]
                modifications.write_text(text.replace("</oor:items>", items + "</oor:items>"),
                                         encoding="utf-8")
                self._start()
            elif self.oxt:
                self.stop()
                self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def install(self, oxt):
        manager = self.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        manager.addExtension(file_url(oxt), (), "user", None, _CommandEnvironment())

    def _start(self):
        pipe = f"assobudget_{os.getpid()}_{self.lang}_{time.monotonic_ns()}"
        env = dict(os.environ, HOME=str(self.home), LANG=LOCALES[self.lang],
                   LC_ALL=LOCALES[self.lang], SAL_USE_VCLPLUGIN="svp")
        env.pop("DISPLAY", None)
        self.process = subprocess.Popen(
            [str(PROGRAM / "soffice"), "--headless", "--invisible", "--norestore", "--nologo",
             "--nodefault", "--nolockcheck", f"-env:UserInstallation={file_url(self.profile)}",
             f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        self._connect(pipe)

    def _connect(self, pipe, timeout=60):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                if self.process.poll() is not None:
                    raise RuntimeError(f"soffice exited with {self.process.returncode}")
                if time.monotonic() > deadline:
                    raise TimeoutError("soffice did not answer")
                time.sleep(0.1)
        self.desktop = self.create("com.sun.star.frame.Desktop")

    def create(self, service):
        return self.ctx.ServiceManager.createInstanceWithContext(service, self.ctx)

    def load(self, path):
        return self.desktop.loadComponentFromURL(file_url(path), "_blank", 0, props(Hidden=True))

    def new_sheet(self):
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                 props(Hidden=True))

    def evaluate(self, formulas, cells=None):
        """Each formula (API grammar: English or programmatic names) computed in a new sheet
        holding @cells ({"A1": 1, ...}): [(error code, value, shown text)]."""
        doc = self.new_sheet()
        sheet = doc.Sheets.getByIndex(0)
        for name, value in (cells or {}).items():
            sheet.getCellRangeByName(name).setValue(value)
        out = []
        for n, formula in enumerate(formulas):
            cell = sheet.getCellByPosition(25, n)
            cell.setFormula(formula)
            doc.calculateAll()
            out.append((cell.getError(), cell.getValue(), cell.getString()))
        doc.close(True)
        return out

    def stop(self):
        """Asks the office to quit, then ends its process group by our child's PID."""
        if self.process is None:
            return
        try:
            if self.desktop is not None:
                for component in list(self.desktop.Components):
                    try:
                        component.setModified(False)
                        component.close(True)
                    except Exception:
                        pass
                self.desktop.terminate()
        except Exception:
            pass  # the bridge goes away as the office quits
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # soffice.bin and oosplash, if left
        except ProcessLookupError:
            pass
        self.process.wait()
        self.process, self.desktop, self.ctx = None, None, None

    def __exit__(self, *exc):
        self.stop()
        return False

