"""The 100,000 LIAR statements the throughput figures are measured on.

LIAR (../shared/data/liar, 12,836 PolitiFact statements) is read once and cycled up to the
requested count; a cycled copy keeps its text, so common words stay as common as in the real
data. Each row becomes the columns a claims CSV of an analyst would have: statement, speaker,
verdict, subjects as tags and the venue as a note. Nothing here is shipped: the data stays in
../shared and the files written from it live in a temporary or cache folder.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LIAR = REPO.parent / "shared" / "data" / "liar"
HEADER = ("statement", "claimant", "verdict", "tags", "notes")
# The ten searches of the throughput figures: rare and common words, a phrase, a prefix,
# OR, NOT, two words, a name, and a word common enough to match a fifth of all claims.
QUERIES = (
    "obama",
    "health care",
    '"health care"',
    "tax*",
    "immigration OR border",
    "jobs NOT obama",
    "says",
    "percent",
    "romney medicare",
    "wisconsin",
)


def available() -> bool:
    """Whether the LIAR files are beside the project (a fresh clone may not have them)."""
    return (LIAR / "train.tsv").is_file()


def liar_rows() -> list[tuple[str, ...]]:
    """The 12,836 LIAR rows as read, train, valid and test in that order."""
    rows: list[tuple[str, ...]] = []
    for name in ("train.tsv", "valid.tsv", "test.tsv"):
        with (LIAR / name).open(encoding="utf-8", newline="") as handle:
            rows.extend(
                tuple(row) for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            )
    return rows


def claim_rows(count: int) -> Iterator[tuple[str, str, str, str, str]]:
    """``count`` rows in the order of HEADER, cycling LIAR as often as needed."""
    for row in itertools.islice(itertools.cycle(liar_rows()), count):
        label, statement, subjects, speaker = row[1], row[2], row[3], row[4]
        context = row[13] if len(row) > 13 else ""
        speaker_name = speaker.replace("-", " ").title() if speaker else ""
        tags = "; ".join(subject for subject in subjects.split(",") if subject)
        yield statement.strip(), speaker_name, label, tags, context.strip()


def write_csv(path: Path, count: int, verdicts: bool = True) -> Path:
    """Write the claims CSV of ``count`` rows (with a header) to ``path`` and return it.

    ``verdicts=False`` leaves the verdict column out, for code that cannot read LIAR's
    six labels (main before issue 16 rejected them), so figures stay comparable.
    """
    keep = [i for i, name in enumerate(HEADER) if verdicts or name != "verdict"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([HEADER[i] for i in keep])
        writer.writerows([row[i] for i in keep] for row in claim_rows(count))
    return path
