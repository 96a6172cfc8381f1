"""Every Bootstrap-named class a template uses is one base.css (or site.css) defines.

base.css replaced Bootstrap with exactly the classes the portal uses; a utility the templates
name but no stylesheet defines silently does nothing (a note in a table header stayed bold, the
take-home amounts lost their right alignment, "shown" on the mock-call scorecard lost its
colour). Our own component classes are free to carry no rule, so only Bootstrap's names count.
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Bootstrap's component and utility names (the portal's own classes use other words).
BOOTSTRAP = re.compile(
    r"(text|fw|fs|bg|table|btn|alert|badge|form|input|list|nav|breadcrumb|page|col|row|"
    r"d|flex|align|justify|gap|w|h|m[tbsexy]?|p[tbsexy]?|border|rounded|visually)-[\w-]*[^-]"
)
# Bootstrap itself gives these no rule of their own: markup hooks only.
HOOKS_ONLY = {"nav-item"}
CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
TEMPLATE_TAG = re.compile(r"\{[%{#].*?[%}#]\}")


def defined_classes() -> set[str]:
    css = "".join(p.read_text() for p in (ROOT / "static/css").glob("*.css"))
    return set(re.findall(r"\.(-?[_a-zA-Z][\w-]*)", css))


def used_classes() -> dict[str, str]:
    used = {}
    for path in sorted((ROOT / "templates").rglob("*.html")):
        if "admin" in path.parts:
            continue  # Django admin brings its own stylesheets
        for attribute in CLASS_ATTRIBUTE.findall(path.read_text()):
            for name in TEMPLATE_TAG.sub(" ", attribute).split():
                used.setdefault(name, str(path.relative_to(ROOT)))
    return used


def test_every_bootstrap_class_in_a_template_has_a_rule():
    defined = defined_classes()
    missing = {
        name: where
        for name, where in used_classes().items()
        if BOOTSTRAP.fullmatch(name) and name not in defined | HOOKS_ONLY
    }
    assert missing == {}


def test_the_check_sees_a_missing_class():
    assert BOOTSTRAP.fullmatch("fw-normal") and BOOTSTRAP.fullmatch("text-end")
    assert not BOOTSTRAP.fullmatch("takehome-form") and not BOOTSTRAP.fullmatch("alert-")
    assert "fw-normal" in defined_classes() and "no-such-class" not in defined_classes()
