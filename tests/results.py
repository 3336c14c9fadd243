"""Counts checks and prints each failure; ends with the plain 'N passed, N failed' line."""


class Results:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, condition, what):
        """Records one check; prints @what when it fails. Returns @condition."""
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what}")
        return condition

    def summary(self, name):
        print(f"{name}: {self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0
