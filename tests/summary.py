#!/usr/bin/python3
"""Adds up the 'N passed, N failed' lines of every test log in a folder into one line."""
import re
import sys
from pathlib import Path

passed = failed = 0
for log in sorted(Path(sys.argv[1]).glob("*.log")):
    for line in log.read_text(errors="replace").splitlines():
        m = re.search(r"(\d+) passed, (\d+) failed", line)
        if m:
            passed += int(m.group(1))
            failed += int(m.group(2))
print(f"check: {passed} passed, {failed} failed")
sys.exit(1 if failed or not passed else 0)
