"""Claims drafted from an article's sentences (see core/claim_drafts.py): read only."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..attribution import Known, Named
from ..claim_drafts import ArticleText, ClaimDraft, Voice, draft_all, draft_at
from ..enums import SourceKind
from ..models import Article, Source
from .base import Service, require_live


class DraftService(Service):
    def for_article(self, article_id: int) -> list[ClaimDraft]:
        """A draft for every sentence of a stored article that suggests a claim."""
        with self._db.read() as session:
            return draft_all(_article(session, article_id), _known(session))

    def for_text(self, article: ArticleText) -> list[ClaimDraft]:
        """As for_article, for a text not in the project (a file), matched to its sources."""
        with self._db.read() as session:
            known = _known(session)
        if article.publisher is not None and article.publisher.source_id is None:
            same = [k for k in known if k.name.casefold() == article.publisher.name.casefold()]
            if same:
                article = _with_publisher(article, same[0])
        return draft_all(article, known)

    def at(self, article_id: int, start: int, end: int, voice: Voice | None = None) -> ClaimDraft:
        """The claim a selection text[start:end] of a stored article suggests; `voice` is who
        spoke in the previous claim the analyst took from it."""
        with self._db.read() as session:
            return draft_at(_article(session, article_id), start, end, _known(session), voice)


def _known(session: Session) -> list[Known]:
    rows = session.execute(
        select(Source.id, Source.name, Source.kind).where(Source.deleted_at.is_(None))
    ).tuples()
    return [Known(source_id, name, SourceKind(kind)) for source_id, name, kind in rows]


def _article(session: Session, article_id: int) -> ArticleText:
    row = require_live(session, Article, article_id)
    publisher = row.publisher
    named = (
        Named(publisher.name, publisher.id, SourceKind(publisher.kind))
        if publisher is not None and publisher.deleted_at is None
        else None
    )
    return ArticleText(row.id, row.title, row.text, row.language, row.published_on, named)


def _with_publisher(article: ArticleText, known: Known) -> ArticleText:
    return replace(article, publisher=Named(known.name, known.id, known.kind))
