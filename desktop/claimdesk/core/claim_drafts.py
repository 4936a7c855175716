"""A claim drafted from a sentence of an article: statement, claimant, chain, date, quantity.

This is what "New claim from selection" fills the form with and what `claimdesk suggest`
prints, so the analyst's work per claim is to check and save. Everything here reads; the
claim is written only when the analyst saves it.

- **Statement**: the sentence the selection stands in (or the selection, when it spans more).
- **Claimant**: the attribution in the sentence (see `attribution`). Without one, or with a
  pronoun ("nach seinen Angaben"), the voice that spoke last: the claimant the analyst
  chose for the previous claim from this article (`Voice`), else the nearest attribution
  earlier in the article. A sentence reported without any source ("war … berichtet
  worden") is the article's own voice: its publisher, through no one.
- **Chain**: claimant → the outlet the claimant spoke to, named in the article → the article.
- **Claimed on**: a date written in the sentence, else the article's date, at day precision.
- **Quantity**: the quantity suggestion (see `suggestions`) in the selection, else in the
  sentence; its unit is the counted noun's English lemma ("soldiers"), the words qualifying
  it kept apart ("nordkoreanische").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from .attribution import Attribution, Known, Named, find_attribution, find_intermediary, fold
from .capture.byline import text_dates
from .dates import PartialDate
from .enums import DatePrecision
from .quantities import Quantity, _guess_language
from .suggestions import ClaimSuggestion, sentence_spans, suggest_claims
from .units import counted_before, is_counter, lemma_of, split_unit, unit_after

__all__ = [
    "ArticleText",
    "ClaimDraft",
    "DraftHop",
    "DraftQuantity",
    "Voice",
    "draft_all",
    "draft_at",
]


@dataclass(frozen=True, slots=True)
class ArticleText:
    """The article a draft comes from (id None for a file not in the project)."""

    id: int | None
    title: str
    text: str
    language: str | None
    published_on: date | None
    publisher: Named | None = None


@dataclass(frozen=True, slots=True)
class Voice:
    """Who spoke in the last claim taken from an article, offered again for the next one."""

    claimant: Named | None
    via: Named | None = None


@dataclass(frozen=True, slots=True)
class DraftHop:
    """One hop of a drafted chain: a source (existing or new) or the article itself."""

    source: Named | None = None
    article_id: int | None = None
    title: str | None = None  # the article's title, for an article hop
    said_on: PartialDate | None = None

    @property
    def name(self) -> str:
        return self.source.name if self.source is not None else (self.title or "")


@dataclass(frozen=True, slots=True)
class DraftQuantity:
    quantity: Quantity  # its unit is the lemma when the vocabulary knows the noun
    phrase: str  # as printed: "etwa 11.000 nordkoreanische Soldaten"
    unit: str | None  # the counted noun as printed: "Soldaten"
    unit_lemma_en: str | None  # "soldiers"
    modifier: str | None  # "nordkoreanische"
    modifier_en: str | None = None  # "North Korean"; None when the vocabulary cannot say


@dataclass(frozen=True, slots=True)
class ClaimDraft:
    sentence: str
    start: int  # text[start:end] == sentence
    end: int
    statement: str
    claimant: Named | None
    chain: tuple[DraftHop, ...]
    claimed_on: PartialDate | None
    quantity: DraftQuantity | None
    language: str | None

    @property
    def voice(self) -> Voice:
        via = self.chain[1].source if len(self.chain) > 2 else None
        return Voice(self.claimant, via)


def draft_at(
    article: ArticleText,
    start: int,
    end: int,
    known: Sequence[Known],
    voice: Voice | None = None,
) -> ClaimDraft:
    """The claim a selection text[start:end] of the article suggests."""
    return _Drafter(article, known).draft(start, end, voice)


def draft_all(article: ArticleText, known: Sequence[Known]) -> list[ClaimDraft]:
    """A draft for every sentence that suggests a claim (a quantity, or a named source with
    enough prose to state something), in order; each passes its voice on to the next."""
    drafter = _Drafter(article, known)
    drafts: list[ClaimDraft] = []
    voice: Voice | None = None
    taken: set[int] = set()
    quantity_sentences = {suggestion.sentence_start for suggestion in drafter.suggestions}
    for start, end in drafter.spans:
        if start in taken:
            continue
        sentence = article.text[start:end]
        has_quantity = start in quantity_sentences
        if not has_quantity:
            attributed = find_attribution(sentence, article.text, known)
            if attributed.claimant is None or len(sentence.split()) < 8:
                continue
        taken.add(start)
        draft = drafter.draft(start, end, voice)
        drafts.append(draft)
        voice = draft.voice
    return drafts


class _Drafter:
    def __init__(self, article: ArticleText, known: Sequence[Known]):
        self.article = article
        self.known = known
        self.language = article.language or _guess_language(article.text) or None
        self.spans = sentence_spans(article.text)
        self._starts = [span[0] for span in self.spans]
        self.suggestions = suggest_claims(article.text, _language_code(self.language))
        # The attribution of each sentence, read once: a claim without one looks back through
        # every sentence before it, which is quadratic on long pages without this.
        self._attributions: dict[int, Attribution] = {}

    def _attribution_of(self, index: int) -> Attribution:
        found = self._attributions.get(index)
        if found is None:
            s, e = self.spans[index]
            found = find_attribution(self.article.text[s:e], self.article.text, self.known)
            self._attributions[index] = found
        return found

    def draft(self, start: int, end: int, voice: Voice | None) -> ClaimDraft:
        text = self.article.text
        first = self._sentence_index(start)
        last = self._sentence_index(max(start, end - 1))
        if first is not None and first == last:
            s_start, s_end = self.spans[first]
        else:
            s_start, s_end = start, end
        sentence = text[s_start:s_end]
        claimant, via, own = self._voice(sentence, first, voice)
        return ClaimDraft(
            sentence=sentence,
            start=s_start,
            end=s_end,
            statement=" ".join(sentence.split()),
            claimant=claimant,
            chain=self._chain(claimant, via, own),
            claimed_on=self._claimed_on(sentence),
            quantity=self._quantity(start, end, s_start, s_end),
            language=_language_code(self.language),
        )

    def _sentence_index(self, offset: int) -> int | None:
        index = bisect_right(self._starts, offset) - 1
        if index < 0 or offset >= self.spans[index][1]:
            return None
        return index

    def _voice(
        self, sentence: str, index: int | None, voice: Voice | None
    ) -> tuple[Named | None, Named | None, bool]:
        text, known = self.article.text, self.known
        found = find_attribution(sentence, text, known)
        if found.own_voice and found.claimant is None:
            return self.article.publisher, None, True
        claimant = found.claimant
        if claimant is None and voice is not None and voice.claimant is not None:
            return voice.claimant, voice.via, False
        if claimant is None and index is not None:
            for before in range(index - 1, -1, -1):
                earlier = self._attribution_of(before)
                if earlier.claimant is not None:
                    claimant = earlier.claimant
                    break
        if claimant is None:
            return self.article.publisher, None, True
        if voice is not None and voice.claimant is not None and _same(voice.claimant, claimant):
            # The analyst's choice for this claimant (an existing source, a corrected chain).
            return voice.claimant, voice.via, False
        sentences = [text[s:e] for s, e in self.spans]
        return claimant, find_intermediary(sentences, claimant, text, known), False

    def _chain(self, claimant: Named | None, via: Named | None, own: bool) -> tuple[DraftHop, ...]:
        article = DraftHop(
            article_id=self.article.id,
            title=self.article.title,
            said_on=_day(self.article.published_on),
        )
        if own or claimant is None:
            return (article,)
        hops = [DraftHop(source=claimant)]
        if via is not None:
            hops.append(DraftHop(source=via))
        return (*hops, article)

    def _claimed_on(self, sentence: str) -> PartialDate | None:
        written = next(text_dates(sentence), None)
        return _day(written or self.article.published_on)

    def _quantity(self, start: int, end: int, s_start: int, s_end: int) -> DraftQuantity | None:
        inside = [s for s in self.suggestions if start <= s.start and s.end <= end]
        around = [s for s in self.suggestions if s_start <= s.start and s.end <= s_end]
        chosen = (inside or around or [None])[0]
        return self._unit(chosen, s_start) if chosen is not None else None

    def _unit(self, found: ClaimSuggestion, s_start: int) -> DraftQuantity:
        text = self.article.text
        quantity, phrase = found.quantity, found.phrase
        head = modifier = lemma = modifier_en = None
        if quantity.unit is None:
            after = unit_after(text, found.end)
            if after is not None:
                head = after[0]
                phrase = text[found.start : after[1]]
        elif quantity.unit == "%":
            head, lemma = "%", "percent"
        else:
            parts = split_unit(quantity.unit)
            head, modifier, lemma = parts.head, parts.modifier, parts.lemma
            english = (self.language or "").startswith("en")
            modifier_en = modifier if english else parts.modifier_en
        if head is not None and is_counter(head):
            counted = counted_before(text[s_start : found.start], found.start - s_start)
            if counted is not None:
                head = counted
        if head is not None and head != "%":
            lemma = lemma_of(head) or lemma
        unit = quantity.unit if quantity.unit == "%" else (lemma or head)
        return DraftQuantity(
            replace(quantity, unit=unit), phrase, head, lemma, modifier, modifier_en
        )


def _same(a: Named, b: Named) -> bool:
    if a.source_id is not None and a.source_id == b.source_id:
        return True
    return fold(a.name) == fold(b.name) or fold(a.name).split()[-1:] == fold(b.name).split()[-1:]


def _day(value: date | None) -> PartialDate | None:
    return PartialDate(value, DatePrecision.DAY) if value is not None else None


def _language_code(language: str | None) -> str | None:
    if not language:
        return None
    code = language.replace("-", "_").split("_")[0].lower()
    return code if code in ("de", "en") else None
