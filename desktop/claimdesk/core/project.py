"""A Claimdesk project: one open database and the services that work on it.

This is the core's front door. A script, the CLI and the GUI all do the same thing:
``project = Project.open(path_or_url)`` and then ``project.claims.create(...)`` and so on.
"""

from __future__ import annotations

import getpass
import os
from contextlib import AbstractContextManager
from functools import cached_property
from typing import TYPE_CHECKING

from .db import Database, open_database
from .jobs import CancelToken
from .services.articles import ArticleService
from .services.bulk import BulkClaimService
from .services.captures import CaptureService
from .services.catalogue_list import ArticleListService, SourceListService
from .services.citations import CitationService
from .services.claim_list import ClaimListService
from .services.claims import ClaimService
from .services.history import HistoryService
from .services.project_info import ProjectService
from .services.published_reviews import PublishedReviewService
from .services.relations import RelationService
from .services.reports import ReportService
from .services.reviews import ReviewService
from .services.saved_views import SavedViewService
from .services.sources import SourceService

if TYPE_CHECKING:
    from .services.conflicts import ConflictService
    from .services.drafts import DraftService
    from .services.embeddings import EmbeddingService
    from .services.similar import SimilarityService
    from .services.timeline import TimelineService


def default_actor() -> str:
    """Who is working: CLAIMDESK_USER, else the login name."""
    configured = os.environ.get("CLAIMDESK_USER", "").strip()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class Project:
    def __init__(self, database: Database, actor: str | None = None):
        self.database = database
        # On PostgreSQL the team members are the server's roles: who is working is who the
        # server says is connected, not a name typed in (a script may still name one).
        self.actor = actor or database.server_user or default_actor()
        self.sources = SourceService(database, self.actor)
        self.articles = ArticleService(database, self.actor)
        self.captures = CaptureService(database, self.actor)
        self.claims = ClaimService(database, self.actor)
        self.citations = CitationService(database, self.actor)
        self.reviews = ReviewService(database, self.actor)
        self.relations = RelationService(database, self.actor)
        self.project = ProjectService(database, self.actor)
        self.claim_list = ClaimListService(database, self.actor)
        self.source_list = SourceListService(database, self.actor)
        self.article_list = ArticleListService(database, self.actor)
        self.reports = ReportService(database, self.actor)
        self.published_reviews = PublishedReviewService(database, self.actor)
        self.saved_views = SavedViewService(database, self.actor)
        self.bulk = BulkClaimService(database, self.actor)
        self.history = HistoryService(database, self.actor)

    @cached_property
    def drafts(self) -> DraftService:
        # Drafting brings the sentence, byline and fuzzy-matching machinery (lxml, rapidfuzz,
        # large patterns): a tenth of a second imported only when claims are drafted.
        from .services.drafts import DraftService

        return DraftService(self.database, self.actor)

    @cached_property
    def embeddings(self) -> EmbeddingService:
        from .services.embeddings import EmbeddingService

        return EmbeddingService(self.database, self.actor)

    @cached_property
    def similar(self) -> SimilarityService:
        # Matching brings numpy, the model and rapidfuzz: loaded when first asked.
        from .services.similar import SimilarityService

        return SimilarityService(self.database, self.actor)

    @cached_property
    def conflicts(self) -> ConflictService:
        from .services.conflicts import ConflictService

        return ConflictService(self.database, self.actor)

    @cached_property
    def timeline(self) -> TimelineService:
        from .services.timeline import TimelineService

        return TimelineService(self.database, self.actor)

    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str] | None,
        actor: str | None = None,
        *,
        create: bool = True,
        cancel: CancelToken | None = None,
    ) -> Project:
        """Open (creating and migrating as needed) the project at a path or database URL.

        Cancelling the token stops the open (Cancelled), an upgrade under way rolled back.
        """
        return cls(open_database(target, create=create, cancel=cancel), actor)

    def batch(self) -> AbstractContextManager[None]:
        """Run many service calls as one transaction (imports, the demo project)."""
        return self.database.batch(self.actor)

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
