"""Article extraction on 504 annotated German news pages, ours against plain trafilatura.

Every page is imported the way the window and `claimdesk import article` import it: captured
from its bytes (as if fetched from its address), saved through CaptureService into a fresh
SQLite project, and scored on the stored article. In the same run every page also goes through
plain trafilatura, `trafilatura.bare_extraction(html, with_metadata=True)` with its defaults,
on the same decoded text. Each figure is printed for both, ours as `article_<name>` with
trafilatura's figure as its target, trafilatura's as `article_<name>_trafilatura`:

- title_exact: share of pages whose title equals the annotation (whitespace folded);
- date_exact: share of pages whose publication date equals the annotation (YYYY-MM-DD);
- author_match: share of pages whose set of author names equals the annotation (case and
  whitespace folded, several authors split on ",", ";", " und ", " / ", "&"); a page annotated
  without author counts only when no author is returned;
- text_f1_p10 and text_f1_mean: the annotation gives text snippets, not a reference text, so a
  word-F1 against it would not be an F1. Text quality is scored the way trafilatura's own
  evaluation counts them, per page: a `with` snippet found in the main text is a true positive,
  one missing a false negative, a `without` snippet (navigation, teasers, comments) found a
  false positive; F1 = 2·tp / (2·tp + fp + fn). p10 is the 10th percentile of the per-page F1
  (the bad pages), mean its average. A refused page scores 0;
- with_recall: share of all `with` snippets found; without_found: share of all `without`
  snippets found (lower is better, so its target is an upper bound);
- pages_per_s: pages per second (ours includes saving the article).

The pages are third-party data read from ../shared/data beside the repository; without it the
bench says so and exits 0. The claimdesk code is taken from $BENCH_DESKTOP when set (default
REPO/desktop), so `BENCH_DESKTOP=/other/worktree/desktop python bench/article_bench.py` measures
another version with the same script. Prints one JSON object per line:
{"metric", "value", "unit", "target"}.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), os.environ.get("BENCH_DESKTOP") or str(REPO / "desktop")]
DATA = REPO.parent / "shared" / "data" / "news-de-trafilatura"

import trafilatura  # noqa: E402

from bench.common import emit, percentile  # noqa: E402
from claimdesk.core.capture.capture import CaptureError, capture_bytes  # noqa: E402
from claimdesk.core.capture.extract import decode_html  # noqa: E402
from claimdesk.core.project import Project  # noqa: E402

# Two annotations carry typos whose intended day is obvious.
_DATE_TYPOS = {"2022-11-1": "2022-11-01", "2022-01.26": "2022-01-26"}
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\s+und\s+|\s+/\s+|&)\s*", re.I)
# Figures where a higher value is better; for the others (without_found) lower is better.
QUALITY = ("title_exact", "date_exact", "author_match", "text_f1_p10", "text_f1_mean")


@dataclass(frozen=True, slots=True)
class Page:
    """One annotated page: its raw bytes, original URL and the annotation."""

    raw: bytes
    url: str
    truth: dict


@dataclass(frozen=True, slots=True)
class Extracted:
    """The fields both extractors are scored on."""

    title: str | None
    authors: tuple[str, ...]
    published: str | None
    text: str


REFUSED = Extracted(None, (), None, "")


@dataclass(slots=True)
class Scores:
    """Running tallies for one extractor; misses lists the page ids that failed per field."""

    pages: int = 0
    title: int = 0
    date: int = 0
    author: int = 0
    f1: list[float] = field(default_factory=list)
    with_found: int = 0
    with_total: int = 0
    without_found: int = 0
    without_total: int = 0
    seconds: float = 0.0
    misses: dict[str, list[str]] = field(default_factory=dict)

    def add(self, page: Page, result: Extracted, seconds: float) -> None:
        truth = page.truth
        self.pages += 1
        self.seconds += seconds
        checks = {
            "title": title_matches(result.title, truth["title"]),
            "date": (result.published or "") == expected_date(truth),
            "author": author_set(result.authors) == author_set(truth["author"]),
        }
        for name, ok in checks.items():
            setattr(self, name, getattr(self, name) + ok)
            if not ok:
                self.misses.setdefault(name, []).append(truth["id"])
        found = sum(snippet in result.text for snippet in truth["with"])
        boilerplate = sum(snippet in result.text for snippet in truth["without"])
        self.f1.append(snippet_f1(found, len(truth["with"]) - found, boilerplate))
        self.with_found += found
        self.with_total += len(truth["with"])
        self.without_found += boilerplate
        self.without_total += len(truth["without"])

    def figures(self) -> dict[str, float]:
        """Shares per field (0…1), text F1 and pages per second."""
        return {
            "title_exact": self.title / self.pages,
            "date_exact": self.date / self.pages,
            "author_match": self.author / self.pages,
            "text_f1_p10": percentile(self.f1, 0.10),
            "text_f1_mean": statistics.fmean(self.f1),
            "with_recall": self.with_found / max(self.with_total, 1),
            "without_found": self.without_found / max(self.without_total, 1),
            "pages_per_s": self.pages / max(self.seconds, 1e-9),
        }


def snippet_f1(true_positives: int, false_negatives: int, false_positives: int) -> float:
    """F1 of one page's snippets; a page with no snippets at all is trivially right."""
    denominator = 2 * true_positives + false_positives + false_negatives
    return 2 * true_positives / denominator if denominator else 1.0


def normalise(text: str) -> str:
    """Case-sensitive text with runs of whitespace folded to one space."""
    return " ".join(text.split())


def title_matches(found: str | None, expected: str) -> bool:
    return normalise(found or "") == normalise(expected)


def expected_date(truth: dict) -> str:
    return _DATE_TYPOS.get(truth["date"], truth["date"])


def author_set(value: str | Iterable[str] | None) -> set[str]:
    """Author names as a comparable set: split on the usual separators, case folded."""
    if not value:
        return set()
    items = [value] if isinstance(value, str) else list(value)
    names = set()
    for item in items:
        for part in _AUTHOR_SPLIT.split(item):
            name = " ".join(part.split()).casefold()
            if name:
                names.add(name)
    return names


def load_pages(data: Path = DATA, limit: int | None = None, every: int = 1) -> list[Page]:
    """The annotated pages, optionally every n-th one and at most `limit` of them."""
    pages = []
    with (data / "ground_truth.jsonl").open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % every:
                continue
            truth = json.loads(line)
            with gzip.open(data / truth["html_file"]) as compressed:
                pages.append(Page(compressed.read(), truth["url"], truth))
            if limit is not None and len(pages) >= limit:
                break
    return pages


def ours(project: Project, page: Page) -> Extracted:
    """The app's import: capture, save, read back; a page it refuses scores as empty."""
    try:
        # One annotation has a mistyped address ("xhttps://"); a fetch would have failed.
        url = page.url if page.url.startswith(("http://", "https://")) else None
        captured = capture_bytes(page.raw, name=page.url, url=url)
    except CaptureError:
        return REFUSED
    result = project.captures.capture(captured.to_input(), captured.extracted.site_name)
    article = project.articles.get(result.article_id)
    published = article.published_on.isoformat() if article.published_on else None
    return Extracted(article.title, article.authors, published, article.text)


def plain_trafilatura(page: Page) -> Extracted:
    """trafilatura with its default settings plus metadata, on the text we decoded."""
    document = trafilatura.bare_extraction(decode_html(page.raw)[0], with_metadata=True)
    if document is None:
        return REFUSED
    authors = (document.author,) if document.author else ()
    return Extracted(document.title, authors, document.date, document.text or "")


def measure(pages: Sequence[Page], project: Project) -> dict[str, Scores]:
    """Both extractors over the same pages: "ours" and "trafilatura". They take turns page by
    page, so that a machine busy with other work slows both alike."""
    runs = {"ours": lambda page: ours(project, page), "trafilatura": plain_trafilatura}
    results = {name: Scores() for name in runs}
    for run in runs.values():
        run(pages[0])  # warm-up: first calls load language data and compile patterns
    for page in pages:
        for name, run in runs.items():
            started = time.perf_counter()
            extracted = run(page)
            results[name].add(page, extracted, time.perf_counter() - started)
    return results


def report(results: dict[str, Scores]) -> None:
    """Ours with trafilatura's figure as target, then trafilatura's own lines."""
    mine, theirs = results["ours"].figures(), results["trafilatura"].figures()
    for name, value in mine.items():
        unit = "pages/s" if name == "pages_per_s" else "share"
        target = theirs[name] if name != "pages_per_s" else round(theirs[name] / 3, 1)
        emit(f"article_{name}", value, unit, round(target, 3), digits=3)
    for name, value in theirs.items():
        unit = "pages/s" if name == "pages_per_s" else "share"
        emit(f"article_{name}_trafilatura", value, unit, None, digits=3)


def main() -> int:
    if not DATA.is_dir():
        print(f"article bench skipped: the annotated pages are not present at {DATA}")
        return 0
    with (
        tempfile.TemporaryDirectory() as folder,
        Project.open(str(Path(folder) / "bench.sqlite3"), actor="bench") as project,
    ):
        results = measure(load_pages(), project)
    report(results)
    if os.environ.get("BENCH_MISSES"):
        for name, scores in results.items():
            print(json.dumps({"extractor": name, "misses": scores.misses}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
