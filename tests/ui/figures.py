"""A small project with conflicting figures and timelines, built through the services (the
built-in demo has none yet): two claims that disagree, a third that agrees in its own month,
a claim without a figure, and two about another unit."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claimdesk.core.enums import Qualifier, SourceKind
from claimdesk.core.inputs import ClaimInput, SourceInput
from claimdesk.core.project import Project
from claimdesk.core.quantities import Quantity


@dataclass(frozen=True)
class Figures:
    budanov_june: int  # about 11,000 soldiers, June 2025
    nis_june: int  # 12,000 troops, 20 June 2025: conflicts with budanov_june
    nis_march: int  # about 11,000 soldiers, 10 March 2025: no conflict (months apart)
    no_figure: int
    tanks_january: int
    tanks_february: int


def build_figures(project: Project) -> Figures:
    budanov = project.sources.create(
        SourceInput("Kyrylo Budanov", SourceKind.PERSON, "Chief of HUR", "Ukraine", "C")
    ).id
    nis = project.sources.create(
        SourceInput("NIS", SourceKind.GOVERNMENT, "Intelligence service", "South Korea", "B")
    ).id

    def claim(statement: str, claimant: int | None, on: str, quantity: Quantity | None) -> int:
        data = ClaimInput(
            statement=statement, claimant_id=claimant, claimed_on=on, as_of=on, quantity=quantity
        )
        return project.claims.create(data).id

    soldiers = "North Korean soldiers are in Russia's Kursk region."
    return Figures(
        budanov_june=claim(
            f"About 11,000 {soldiers}", budanov, "2025-06",
            Quantity(11000, None, "soldiers", Qualifier.ABOUT),
        ),
        nis_june=claim(
            "North Korea has sent 12,000 troops to Russia's Kursk region.", nis, "2025-06-20",
            Quantity(12000, None, "troops"),
        ),
        nis_march=claim(
            f"About 11,000 {soldiers}", nis, "2025-03-10",
            Quantity(11000, None, "soldiers", Qualifier.ABOUT),
        ),
        no_figure=claim("Pyongyang denies sending troops to Kursk.", None, "2025-06-21", None),
        tanks_january=claim(
            "Ukraine received 31 Abrams tanks from the United States.", None, "2024-01-15",
            Quantity(31, None, "tanks"),
        ),
        tanks_february=claim(
            "All 31 Abrams tanks promised by the United States reached Ukraine.", None,
            "2024-02-20", Quantity(31, None, "tanks"),
        ),
    )  # fmt: skip


def figures_file(path: Path) -> Figures:
    with Project.open(path, actor="analyst") as project:
        return build_figures(project)
