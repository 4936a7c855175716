"""Article extraction on 504 annotated German news pages, ours against plain trafilatura.

Every page is imported the way the window and `claimdesk import article` import it: captured
from its bytes (as if fetched from its address), saved through CaptureService into a fresh
SQLite project, and scored on the stored article. In the same run every page also goes through
trafilatura.bare_extraction(html, with_metadata=True) with its defaults on the same decoded
text. Scores per extractor (pages/s for the importer include saving):
- title_pct: title equal to the annotation after whitespace normalisation;
- date_pct: publication date equal (YYYY-MM-DD);
- author_pct: the set of author names equal (case and whitespace folded, several authors split
  on ",", ";", " und ", " / ", "&"); pages annotated without author need no author returned;
- with_pct: share of all "with" snippets found in the main text (higher is better);
- without_pct: share of all "without" snippets (boilerplate) found in it (lower is better);
- pages_per_s: pages per second of extraction time.

The pages are third-party data read from ../shared/data beside the repository; without it the
bench says so and exits 0. Prints one JSON object per line: {"metric", "value", "unit", "target"}.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "desktop")]
DATA = REPO.parent / "shared" / "data" / "news-de-trafilatura"

import trafilatura  # noqa: E402

from claimdesk.core.capture.capture import CaptureError, capture_bytes  # noqa: E402
from claimdesk.core.capture.extract import decode_html  # noqa: E402
from claimdesk.core.project import Project  # noqa: E402

TARGETS = {"title": 80.0, "date": 92.0, "author": 80.0, "with": 95.0, "without": 5.0}
# Two annotations carry typos whose intended day is obvious.
_DATE_TYPOS = {"2022-11-1": "2022-11-01", "2022-01.26": "2022-01-26"}
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\s+und\s+|\s+/\s+|&)\s*", re.I)


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


@dataclass(slots=True)
class Scores:
    """Running tallies for one extractor."""

    pages: int = 0
    title: int = 0
    date: int = 0
    author: int = 0
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
            "title": normalise(result.title or "") == normalise(truth["title"]),
            "date": (result.published or "") == _DATE_TYPOS.get(truth["date"], truth["date"]),
            "author": author_set(result.authors) == author_set(truth["author"]),
        }
        for name, ok in checks.items():
            setattr(self, name, getattr(self, name) + ok)
            if not ok:
                self.misses.setdefault(name, []).append(truth["id"])
        self.with_found += sum(snippet in result.text for snippet in truth["with"])
        self.with_total += len(truth["with"])
        self.without_found += sum(snippet in result.text for snippet in truth["without"])
        self.without_total += len(truth["without"])

    def figures(self) -> dict[str, float]:
        """Percentages per field and pages per second."""
        return {
            "title": 100 * self.title / self.pages,
            "date": 100 * self.date / self.pages,
            "author": 100 * self.author / self.pages,
            "with": 100 * self.with_found / max(self.with_total, 1),
            "without": 100 * self.without_found / max(self.without_total, 1),
            "pages_per_s": self.pages / max(self.seconds, 1e-9),
        }


def normalise(text: str) -> str:
    """Case-sensitive text with runs of whitespace folded to one space."""
    return " ".join(text.split())


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
        return Extracted(None, (), None, "")
    result = project.captures.capture(captured.to_input(), captured.extracted.site_name)
    article = project.articles.get(result.article_id)
    published = article.published_on.isoformat() if article.published_on else None
    return Extracted(article.title, article.authors, published, article.text)


def plain_trafilatura(html: str) -> Extracted:
    """trafilatura with its default settings plus metadata."""
    document = trafilatura.bare_extraction(html, with_metadata=True)
    if document is None:
        return Extracted(None, (), None, "")
    authors = (document.author,) if document.author else ()
    return Extracted(document.title, authors, document.date, document.text or "")


def measure(pages: Sequence[Page], project: Project) -> dict[str, Scores]:
    """Both extractors over the same pages; the plain one gets the text we decoded."""
    decoded = [decode_html(page.raw)[0] for page in pages]
    runs: dict[str, tuple[Callable[[int], Extracted], Scores]] = {
        "import": (lambda i: ours(project, pages[i]), Scores()),
        "trafilatura": (lambda i: plain_trafilatura(decoded[i]), Scores()),
    }
    for run, scores in runs.values():
        run(0)  # warm-up: first calls load language data and compile patterns
        for index, page in enumerate(pages):
            started = time.perf_counter()
            result = run(index)
            scores.add(page, result, time.perf_counter() - started)
    return {name: scores for name, (_, scores) in runs.items()}


def emit(metric: str, value: float, unit: str, target: float | None) -> None:
    print(
        json.dumps({"metric": metric, "value": round(value, 1), "unit": unit, "target": target}),
        flush=True,
    )


def main() -> int:
    if not DATA.is_dir():
        print(f"article bench skipped: the annotated pages are not present at {DATA}")
        return 0
    with (
        tempfile.TemporaryDirectory() as folder,
        Project.open(str(Path(folder) / "bench.sqlite3"), actor="bench") as project,
    ):
        results = measure(load_pages(), project)
    for prefix, scores in results.items():
        figures = scores.figures()
        for name in ("title", "date", "author", "with", "without"):
            target = TARGETS[name] if prefix == "import" else None
            emit(f"{prefix}_{name}_pct", figures[name], "%", target)
        speed_target = None
        if prefix == "import":
            speed_target = round(results["trafilatura"].figures()["pages_per_s"] / 3, 1)
        emit(f"{prefix}_pages_per_s", figures["pages_per_s"], "pages/s", speed_target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
