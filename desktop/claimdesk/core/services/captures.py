"""Saving captured articles: no duplicates, and a changed page keeps every version.

Capturing content whose SHA-256 is already in the project (as an article or an earlier
version of one) writes nothing. Capturing an address again whose content changed keeps the
previous version in the article's history, makes the new one current, flags the article as
changed and finds every cited excerpt again in the new text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..control_chars import clean_text, cleaned
from ..enums import SourceKind
from ..errors import NotFoundError
from ..inputs import ArticleInput
from ..models import Article, ArticleCapture, Source, utcnow
from ..records import Changes
from .articles import content_sha256, expand, reanchor_citations, validate
from .base import Service, require_live

_KEPT_WHEN_EMPTY = frozenset({"publisher_id", "authors", "language", "published_on", "notes"})


class CaptureOutcome(StrEnum):
    CREATED = "created"  # a new article
    UNCHANGED = "unchanged"  # this content is already in the project: nothing written
    UPDATED = "updated"  # the address was captured before; its content changed


@dataclass(frozen=True, slots=True)
class CaptureResult:
    article_id: int
    outcome: CaptureOutcome
    changes: Changes
    previous_capture_id: int | None = None  # where the replaced version went (UPDATED)


@dataclass(frozen=True, slots=True)
class CaptureRecord:
    """An earlier version of an article."""

    id: int
    article_id: int
    captured_at: datetime | None
    replaced_at: datetime
    title: str
    text: str
    sha256: str | None
    content_type: str | None
    charset: str | None


class CaptureService(Service):
    def capture(self, data: ArticleInput, publisher_name: str | None = None) -> CaptureResult:
        """Save a capture (see the module docstring). ``publisher_name`` names the outlet when
        no publisher_id is given: an existing source of that name, or a new media outlet."""
        data = cleaned(data)
        publisher_name = clean_text(publisher_name) if publisher_name else publisher_name
        sha = content_sha256(data)
        with self._db.write(self._actor) as session:
            known = _article_with_content(session, sha)
            if known is not None:
                return CaptureResult(known, CaptureOutcome.UNCHANGED, Changes())
            changes = Changes()
            if data.publisher_id is None and publisher_name and publisher_name.strip():
                publisher_id, created = _outlet(session, publisher_name.strip())
                data = _with_publisher(data, publisher_id)
                if created:
                    changes = Changes(sources=frozenset({publisher_id}))
            previous = _live_at_url(session, data.url)
            if previous is None:
                fields = validate(session, data, article_id=None)
                article = Article(**fields, captured_at=data.captured_at or utcnow())
                session.add(article)
                session.flush()
                changes |= Changes(articles=frozenset({article.id}))
                return CaptureResult(article.id, CaptureOutcome.CREATED, changes)
            fields = validate(session, data, article_id=previous.id)
            kept = _keep_current(session, previous)
            for key, value in fields.items():
                # A re-capture that found no author, date or publisher keeps what the
                # analyst recorded before; the content itself is always the new one.
                if key in _KEPT_WHEN_EMPTY and value in (None, "", []):
                    continue
                setattr(previous, key, value)
            previous.captured_at = data.captured_at or utcnow()
            previous.changed_at = utcnow()
            claims = reanchor_citations(session, previous)
            session.flush()
            changes |= Changes(articles=frozenset({previous.id}), claims=frozenset(claims))
            return CaptureResult(previous.id, CaptureOutcome.UPDATED, changes, kept.id)

    def restore(self, capture_id: int) -> CaptureResult:
        """Make an earlier version current again; the current one goes into the history
        (its id is ``previous_capture_id`` of the result, to go back again). This is the
        undo of an UPDATED capture, and the way back to any older version."""
        with self._db.write(self._actor) as session:
            capture = session.get(ArticleCapture, capture_id)
            if capture is None:
                raise NotFoundError("article version", capture_id)
            article = require_live(session, Article, capture.article_id)
            kept = _keep_current(session, article)
            original = session.scalar(
                select(ArticleCapture.original).where(ArticleCapture.id == capture_id)
            )
            article.title = capture.title
            article.text = capture.text
            article.original = original
            article.original_compression = capture.original_compression
            article.content_type = capture.content_type
            article.charset = capture.charset
            article.sha256 = capture.sha256
            article.captured_at = capture.captured_at
            article.changed_at = utcnow()
            session.delete(capture)
            claims = reanchor_citations(session, article)
            changes = Changes(articles=frozenset({article.id}), claims=frozenset(claims))
            return CaptureResult(article.id, CaptureOutcome.UPDATED, changes, kept.id)

    def history(self, article_id: int) -> list[CaptureRecord]:
        """The earlier versions of an article, newest first."""
        with self._db.read() as session:
            rows = session.scalars(
                select(ArticleCapture)
                .where(ArticleCapture.article_id == article_id)
                .order_by(ArticleCapture.id.desc())
            )
            return [
                CaptureRecord(
                    row.id, row.article_id, row.captured_at, row.replaced_at, row.title,
                    row.text, row.sha256, row.content_type, row.charset,
                )
                for row in rows
            ]  # fmt: skip

    def original(self, capture_id: int) -> bytes | None:
        with self._db.read() as session:
            row = session.execute(
                select(ArticleCapture.original, ArticleCapture.original_compression).where(
                    ArticleCapture.id == capture_id
                )
            ).first()
            if row is None:
                raise NotFoundError("article version", capture_id)
            return expand(row.original, row.original_compression)


def _article_with_content(session: Session, sha: str) -> int | None:
    """The live article that holds this content now or held it in an earlier version."""
    current = session.scalar(
        select(Article.id).where(Article.sha256 == sha, Article.deleted_at.is_(None)).limit(1)
    )
    if current is not None:
        return current
    return session.scalar(
        select(ArticleCapture.article_id)
        .join(Article, Article.id == ArticleCapture.article_id)
        .where(ArticleCapture.sha256 == sha, Article.deleted_at.is_(None))
        .limit(1)
    )


def _live_at_url(session: Session, url: str | None) -> Article | None:
    if not url or not url.strip():
        return None
    return session.scalars(
        select(Article).where(Article.url == url.strip(), Article.deleted_at.is_(None))
    ).first()


def _keep_current(session: Session, article: Article) -> ArticleCapture:
    original = session.scalar(select(Article.original).where(Article.id == article.id))
    kept = ArticleCapture(
        article_id=article.id,
        captured_at=article.captured_at,
        title=article.title,
        text=article.text,
        original=original,
        original_compression=article.original_compression,
        content_type=article.content_type,
        charset=article.charset,
        sha256=article.sha256,
    )
    session.add(kept)
    session.flush()
    return kept


def _outlet(session: Session, name: str) -> tuple[int, bool]:
    """The live source of that name (any case), else a new media outlet; (id, created)."""
    found = session.scalar(
        select(Source.id)
        .where(
            or_(func.lower(Source.name) == name.lower(), Source.name == name),
            Source.deleted_at.is_(None),
        )
        .order_by(Source.id)
        .limit(1)
    )
    if found is not None:
        return found, False
    source = Source(name=name[:300], kind=SourceKind.MEDIA_OUTLET.value, reliability="F")
    session.add(source)
    session.flush()
    return source.id, True


def _with_publisher(data: ArticleInput, publisher_id: int) -> ArticleInput:
    return replace(data, publisher_id=publisher_id)
