"""Page sections contributed by higher apps to a page of a lower one (imports point upwards only).

A lower app declares a registry (e.g. the role page's); a higher app registers a function that
returns (template_name, context) for it; the lower page renders whatever is registered.
"""

from collections.abc import Callable

SectionFn = Callable[..., tuple[str, dict] | None]


class SectionRegistry:
    def __init__(self) -> None:
        self._fns: list[SectionFn] = []

    def register(self, fn: SectionFn) -> SectionFn:
        if fn not in self._fns:
            self._fns.append(fn)
        return fn

    def render(self, *args) -> list[tuple[str, dict]]:
        """The sections for these arguments, in registration order; None means 'nothing'."""
        return [section for fn in self._fns if (section := fn(*args)) is not None]
