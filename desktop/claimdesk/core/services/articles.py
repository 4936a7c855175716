"""Articles: the captured reports that claims are found in."""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..anchors import reanchor
from ..bounded import MAX_ORIGINAL_BYTES, inflate
from ..control_chars import cleaned
from ..enums import DatePrecision
from ..inputs import ArticleInput
from ..models import Article, Citation, Claim, Source, utcnow
from ..records import ArticleRecord, ArticleRef, Changes, Saved
from . import validation as check
from .base import (
    Service,
    check_reference,
    check_version,
    require_live,
    set_deleted,
    stale_write_is_conflict,
)
from .claim_reader import article_refs
from .convert import article_record
from .field_rules import MAX_ARTICLE_TEXT, MAX_AUTHOR
from .field_rules import TEXT_LIMITS as LIMIT

MAX_TEXT = MAX_ARTICLE_TEXT


class ArticleService(Service):
    def get(self, article_id: int) -> ArticleRecord:
        with self._db.read() as session:
            return _record(session, require_live(session, Article, article_id))

    def original(self, article_id: int) -> bytes | None:
        """The captured bytes as captured, loaded only when asked for."""
        with self._db.read() as session:
            require_live(session, Article, article_id)
            row = session.execute(
                select(Article.original, Article.original_compression).where(
                    Article.id == article_id
                )
            ).one()
            return expand(row.original, row.original_compression)

    def find_by_sha256(self, sha256: str) -> ArticleRef | None:
        with self._db.read() as session:
            article_id = session.scalars(
                select(Article.id)
                .where(Article.sha256 == sha256, Article.deleted_at.is_(None))
                .order_by(Article.id)
                .limit(1)
            ).first()
            if article_id is None:
                return None
            return article_refs(session, [article_id])[article_id]

    def create(self, data: ArticleInput) -> Saved:
        data = cleaned(data)
        with self._db.write(self._actor) as session:
            fields = validate(session, data, article_id=None)
            article = Article(**fields, captured_at=data.captured_at or utcnow())
            session.add(article)
            session.flush()
            return Saved(article.id, article.version, Changes(articles=frozenset({article.id})))

    def update(self, article_id: int, data: ArticleInput, expected_version: int) -> Saved:
        """Change the editable fields. The captured bytes are never replaced by an edit."""
        data = cleaned(data)
        with self._db.write(self._actor) as session:
            article = require_live(session, Article, article_id)
            check_version(article, article_id, expected_version, "article")
            fields = validate(session, data, article_id=article_id)
            for kept in ("original", "original_compression", "sha256", "charset"):
                fields.pop(kept, None)
            if data.captured_at is not None:
                fields["captured_at"] = data.captured_at
            text_changed = fields["text"] != article.text
            with stale_write_is_conflict(self._db, session, Article, article_id, expected_version):
                for key, value in fields.items():
                    setattr(article, key, value)
            claims = reanchor_citations(session, article) if text_changed else set()
            return Saved(
                article.id,
                article.version,
                Changes(articles=frozenset({article_id}), claims=frozenset(claims)),
            )

    def delete(self, article_ids: Iterable[int]) -> Changes:
        """Hide articles. Refused while a live claim still cites one."""
        ids = list(article_ids)
        with self._db.write(self._actor) as session:
            problems = check.Problems()
            for article_id in ids:
                cited = session.scalar(
                    select(func.count())
                    .select_from(Citation)
                    .join(Claim, Claim.id == Citation.claim_id)
                    .where(Citation.article_id == article_id, Claim.deleted_at.is_(None))
                )
                if cited:
                    problems.add(f"article.{article_id}", "still_cited", claims=cited)
            problems.raise_if_any()
            return Changes(articles=frozenset(set_deleted(session, Article, ids, deleted=True)))

    def restore(self, article_ids: Iterable[int]) -> Changes:
        with self._db.write(self._actor) as session:
            return Changes(articles=frozenset(set_deleted(session, Article, article_ids, False)))


def compress(raw: bytes | None) -> tuple[bytes | None, str | None]:
    """Captured pages compress about tenfold; the SHA-256 stays that of the raw bytes."""
    if raw is None:
        return None, None
    return gzip.compress(raw, compresslevel=6, mtime=0), "gzip"


def expand(stored: bytes | None, compression: str | None) -> bytes | None:
    """The captured bytes as captured; a stored page that would inflate past
    MAX_ORIGINAL_BYTES (a decompression bomb in a file from elsewhere) raises InputError."""
    if stored is None:
        return None
    return inflate(stored, compression, MAX_ORIGINAL_BYTES)


def content_sha256(data: ArticleInput) -> str:
    """The fingerprint of what was captured: the original bytes, or the text when none."""
    payload = data.original if data.original is not None else data.text.encode("utf-8")
    return hashlib.sha256(payload).hexdigest()


def validate(session: Session, data: ArticleInput, article_id: int | None) -> dict[str, Any]:
    """The article's columns from the input; raises ValidationError naming every bad field."""
    problems = check.Problems()
    url = check.web_url(problems, "url", data.url)
    if url is not None:
        clash = session.scalar(
            select(Article.id).where(Article.url == url, Article.id != (article_id or -1))
        )
        if clash is not None:
            problems.add("url", "address_taken", article_id=clash)
    check_reference(problems, session, Source, "publisher_id", data.publisher_id)
    authors = []
    for index, author in enumerate(data.authors):
        name = check.text(problems, f"authors.{index}", author, max_length=MAX_AUTHOR)
        if name:
            authors.append(name)
    published = check.partial_date(problems, "published_on", data.published_on, past=True)
    if published is not None and published.precision is not DatePrecision.DAY:
        problems.add("published_on", "needs_whole_day", value=published.iso())
    text = data.text or ""
    if len(text) > MAX_TEXT:
        problems.add("text", "too_long", length=len(text), limit=MAX_TEXT)
    fields: dict[str, Any] = {
        "title": check.text(
            problems,
            "title",
            data.title,
            max_length=LIMIT["articles", "title"],
            required=True,
        ),
        "url": url,
        "publisher_id": data.publisher_id,
        "authors": authors,
        "language": check.language(problems, "language", data.language),
        "published_on": published.value if published is not None else None,
        "text": text,
        "content_type": check.text(
            problems,
            "content_type",
            data.content_type,
            max_length=LIMIT["articles", "content_type"],
        ),
        "charset": check.text(
            problems, "charset", data.charset, max_length=LIMIT["articles", "charset"]
        ),
        "sha256": content_sha256(data),
        "notes": check.text(problems, "notes", data.notes, max_length=LIMIT["articles", "notes"]),
    }
    problems.raise_if_any()
    fields["original"], fields["original_compression"] = compress(data.original)
    return fields


def reanchor_citations(session: Session, article: Article) -> set[int]:
    """Find every excerpt again in the new text; returns the claims whose citations changed."""
    touched: set[int] = set()
    citations = session.scalars(select(Citation).where(Citation.article_id == article.id))
    for citation in citations:
        before = (citation.start_offset, citation.end_offset, citation.anchor_state)
        anchor, state = reanchor(
            article.text,
            citation.excerpt,
            citation.start_offset,
            citation.end_offset,
            citation.context_before,
            citation.context_after,
        )
        if anchor is not None:
            citation.start_offset, citation.end_offset = anchor.start, anchor.end
            citation.context_before = anchor.context_before
            citation.context_after = anchor.context_after
        citation.anchor_state = state.value
        if (citation.start_offset, citation.end_offset, citation.anchor_state) != before:
            touched.add(citation.claim_id)
    return touched


def _record(session: Session, article: Article) -> ArticleRecord:
    has_original = session.scalar(
        select(Article.original.is_not(None)).where(Article.id == article.id)
    )
    return article_record(article, bool(has_original))
