"""Claim drafts on 504 German news pages: how fast `claimdesk suggest` and New claim from
selection draft claims (attribution, chain, date, quantity with unit lemma).

Every page is extracted as capture does (not timed), then drafted whole (`draft_all`, what
`claimdesk suggest` prints) and at one selection in its middle (`draft_at`, what the claim form
waits for), against 200 known sources to match names against. The pages are third-party data
read from ../shared/data beside the repository; without it the bench says so and exits 0.
Prints one JSON object per line: {"metric", "value", "unit", "target"}.
"""

from __future__ import annotations

import gzip
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "desktop")]
DATA = REPO.parent / "shared" / "data" / "news-de-trafilatura"

from bench.common import emit  # noqa: E402
from claimdesk.core.attribution import Known  # noqa: E402
from claimdesk.core.capture.capture import capture_bytes  # noqa: E402
from claimdesk.core.claim_drafts import ArticleText, draft_all, draft_at  # noqa: E402
from claimdesk.core.enums import SourceKind  # noqa: E402
from claimdesk.core.errors import ClaimdeskError  # noqa: E402

# draft_at: under 100 ms the claim form opens at once.
TARGETS = {"draft_page_p50": 50.0, "draft_page_p95": 200.0, "draft_at_p95": 100.0}


def main() -> int:
    pages = sorted((DATA / "html").glob("*.html.gz"))
    if not pages:
        print(json.dumps({"skipped": f"no pages in {DATA}"}))
        return 0
    known = [Known(i, f"Person {i} Beispiel", SourceKind.PERSON) for i in range(1, 200)]
    known.append(Known(200, "Kyrylo Budanov", SourceKind.PERSON))
    articles = []
    for page in pages:
        try:
            captured = capture_bytes(gzip.decompress(page.read_bytes()), name=page.name)
        except ClaimdeskError:
            continue
        found = captured.extracted
        articles.append(ArticleText(None, found.title, found.text, found.language, found.published))
    whole: list[float] = []
    single: list[float] = []
    drafts = 0
    for article in articles:
        began = time.perf_counter()
        drafts += len(draft_all(article, known))
        whole.append((time.perf_counter() - began) * 1000)
        middle = len(article.text) // 2
        began = time.perf_counter()
        draft_at(article, middle, min(middle + 40, len(article.text)), known)
        single.append((time.perf_counter() - began) * 1000)
    quantiles = statistics.quantiles(whole, n=20)
    emit("draft_pages", len(articles), "pages", None, digits=2)
    emit("drafts_per_page_mean", drafts / len(articles), "drafts", None, digits=2)
    emit("draft_page_p50", statistics.median(whole), "ms", TARGETS["draft_page_p50"], digits=2)
    emit("draft_page_p95", quantiles[18], "ms", TARGETS["draft_page_p95"], digits=2)
    emit("draft_page_max", max(whole), "ms", None, digits=2)
    emit("draft_at_p50", statistics.median(single), "ms", None, digits=2)
    emit(
        "draft_at_p95",
        statistics.quantiles(single, n=20)[18],
        "ms",
        TARGETS["draft_at_p95"],
        digits=2,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
