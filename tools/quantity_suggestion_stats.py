"""How many quantity suggestions the German test pages get, and a sample to judge by hand.

    python tools/quantity_suggestion_stats.py [DATA_DIR] [--sample 50]

Reads every page of ../shared/data/news-de-trafilatura (gzip HTML), extracts it as capture
does, drafts its claims as `claimdesk suggest` does and prints one JSON line of figures, then
a random sample (fixed seed) of suggestions with their sentence.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
from pathlib import Path

from claimdesk.core.capture.capture import capture_bytes
from claimdesk.core.errors import ClaimdeskError
from claimdesk.core.suggestions import suggest_claims

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-de-trafilatura"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--sample", type=int, default=50)
    args = parser.parse_args()
    pages = sorted((args.data / "html").glob("*.html.gz"))
    counts: list[int] = []
    refused = 0
    found: list[tuple[str, str, str]] = []
    for page in pages:
        try:
            captured = capture_bytes(gzip.decompress(page.read_bytes()), name=page.name)
        except ClaimdeskError:
            refused += 1
            continue
        suggestions = suggest_claims(captured.extracted.text, "de")
        counts.append(len(suggestions))
        found += [(page.name, s.phrase, " ".join(s.sentence.split())) for s in suggestions]
    print(
        json.dumps(
            {
                "pages": len(pages),
                "refused": refused,
                "suggestions": sum(counts),
                "per_page_median": statistics.median(counts),
                "per_page_mean": round(statistics.fmean(counts), 2),
                "per_page_max": max(counts),
                "pages_without": sum(1 for count in counts if count == 0),
            }
        )
    )
    for name, phrase, sentence in random.Random(14).sample(found, min(args.sample, len(found))):
        print(f"{name[:8]} [{phrase}] {sentence[:220]}")


if __name__ == "__main__":
    main()
