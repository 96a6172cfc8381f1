"""Finding curated phrases in free text: the one matcher behind the job-ad decoder and the
feedback on interview answers.

Every phrase becomes part of one case-insensitive regular expression, longest first, matched as
whole words ("crm" never matches inside "scrms"), with a plural "s" allowed, any run of spaces or
hyphens between words, and British and American spellings treated alike ("call centre" is
"call center"). Plain Python, no Django: a script can check seed files with it.
"""

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass

# British and American spellings that BPO ads and answers mix freely. Keys are normalised to
# the values; the patterns accept both.
SPELLINGS = {
    "centre": "center",
    "organisation": "organization",
    "organised": "organized",
    "apologise": "apologize",
    "apologised": "apologized",
    "prioritise": "prioritize",
    "prioritised": "prioritized",
    "summarise": "summarize",
    "summarised": "summarized",
    "recognise": "recognize",
    "behaviour": "behavior",
    "colour": "color",
    "authorisation": "authorization",
    "authorise": "authorize",
    "authorised": "authorized",
}
SPELLING_PATTERNS = {
    "center": "cent(?:er|re)",
    "organization": "organi[sz]ation",
    "organized": "organi[sz]ed",
    "apologize": "apologi[sz]e",
    "apologized": "apologi[sz]ed",
    "prioritize": "prioriti[sz]e",
    "prioritized": "prioriti[sz]ed",
    "summarize": "summari[sz]e",
    "summarized": "summari[sz]ed",
    "recognize": "recogni[sz]e",
    "behavior": "behaviou?r",
    "color": "colou?r",
    "authorization": "authori[sz]ation",
    "authorize": "authori[sz]e",
    "authorized": "authori[sz]ed",
}
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def normalise(phrase: str) -> str:
    # casefold, not lower: the regex folds case the Unicode way (a long s matches "s")
    words = re.sub(r"[\s\-]+", " ", phrase.translate(APOSTROPHES).strip().casefold()).split(" ")
    return " ".join(SPELLINGS.get(word, word) for word in words)


def word_pattern(word: str) -> str:
    return SPELLING_PATTERNS.get(word, re.escape(word).replace("'", "['\u2019]"))


@dataclass
class Hit:
    start: int
    end: int
    text: str
    terms: list  # what the phrase names: one phrase may name several things


class PhraseIndex:
    """Phrases, each naming one or more things (`terms`), found in text in one regex pass.

    `identity` says when two terms are the same thing (added once per phrase). With
    `with_parts`, a longer phrase also carries what its words name on their own: "HIPAA
    compliance" is a skill, and its "HIPAA" is a knock-out requirement too.
    """

    def __init__(
        self,
        *,
        identity: Callable[[object], Hashable] = id,
        with_parts: bool = False,
        hit_class: type = Hit,
    ) -> None:
        self.terms: dict[str, list] = {}
        self.identity = identity
        self.with_parts = with_parts
        self.hit_class = hit_class
        self._pattern: re.Pattern | None = None
        self._compiled = False

    def add(self, phrase: str, term) -> None:
        key = normalise(phrase)
        if len(key) < 2:  # a single letter would match everywhere
            return
        same = self.terms.setdefault(key, [])
        if not any(self.identity(t) == self.identity(term) for t in same):
            same.append(term)
        self._compiled = False

    @property
    def pattern(self) -> re.Pattern | None:
        if not self._compiled:
            alternatives = sorted(self.terms, key=len, reverse=True)
            body = "|".join(r"[\s\-]+".join(map(word_pattern, p.split(" "))) for p in alternatives)
            self._pattern = re.compile(rf"(?<!\w)(?:{body})s?(?!\w)", re.I) if body else None
            self._compiled = True
        return self._pattern

    def find(self, text: str) -> list:
        if self.pattern is None:
            return []
        return [hit for m in self.pattern.finditer(text) if (hit := self._hit(m)) is not None]

    def _hit(self, match: re.Match):
        text = match.group()
        key = normalise(text)
        if key not in self.terms:  # a plural ("call center agents", "authorisations")
            key = normalise(text[:-1])
        if key not in self.terms:  # a Unicode look-alike the regex folded: not ours
            return None
        terms = list(self.terms[key])
        if self.with_parts:
            seen = {self.identity(t) for t in terms}
            words = key.split(" ")
            for size in range(len(words) - 1, 0, -1):
                for start in range(len(words) - size + 1):
                    for term in self.terms.get(" ".join(words[start : start + size]), []):
                        if self.identity(term) not in seen:
                            seen.add(self.identity(term))
                            terms.append(term)
        return self.hit_class(match.start(), match.end(), match.group(), terms)
