"""Listing sources and articles for their tables: count, ordered pages, row refreshes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from ..enums import Reliability, SourceKind
from ..jobs import CancelToken
from ..models import Article, Citation, Claim, Source
from .base import Service


class SourceSort(StrEnum):
    NAME = "name"
    KIND = "kind"
    COUNTRY = "country"
    RELIABILITY = "reliability"
    ID = "id"


class ArticleSort(StrEnum):
    TITLE = "title"
    PUBLISHER = "publisher"
    PUBLISHED = "published"
    CAPTURED = "captured"
    ID = "id"


@dataclass(frozen=True, slots=True)
class SourceQuery:
    text: str = ""
    sort: SourceSort = SourceSort.NAME
    descending: bool = False


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    text: str = ""
    sort: ArticleSort = ArticleSort.PUBLISHED
    descending: bool = True


@dataclass(frozen=True, slots=True)
class SourceRow:
    id: int
    name: str
    kind: SourceKind
    role: str | None
    country: str | None
    reliability: Reliability
    claims: int
    version: int


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: int
    title: str
    publisher: str | None
    published_on: date | None
    language: str | None
    url: str | None
    captured_at: datetime | None
    citations: int
    version: int


def _like(text: str) -> str:
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class SourceListService(Service):
    def count(self, query: SourceQuery, cancel: CancelToken | None = None) -> int:
        with self._db.read(cancel) as session:
            return session.scalar(_sources(select(func.count()).select_from(Source), query)) or 0

    def page(
        self, query: SourceQuery, offset: int, limit: int, cancel: CancelToken | None = None
    ) -> list[SourceRow]:
        with self._db.read(cancel) as session:
            column = {
                SourceSort.NAME: func.lower(Source.name),
                SourceSort.KIND: Source.kind,
                SourceSort.COUNTRY: Source.country,
                SourceSort.RELIABILITY: Source.reliability,
                SourceSort.ID: Source.id,
            }[query.sort]
            order = (column.desc(), Source.id.desc()) if query.descending else (column, Source.id)
            ids = session.scalars(
                _sources(select(Source.id), query).order_by(*order).offset(offset).limit(limit)
            )
            return _source_rows(session, list(ids))

    def rows(self, source_ids: Sequence[int]) -> list[SourceRow]:
        with self._db.read() as session:
            return _source_rows(session, list(source_ids))


def _sources(statement: Select, query: SourceQuery) -> Select:  # type: ignore[type-arg]
    statement = statement.where(Source.deleted_at.is_(None))
    if query.text.strip():
        statement = statement.where(Source.name.ilike(_like(query.text), escape="\\"))
    return statement


def _source_rows(session: Session, ids: list[int]) -> list[SourceRow]:
    if not ids:
        return []
    claims = dict(
        session.execute(
            select(Claim.claimant_id, func.count())
            .where(Claim.claimant_id.in_(ids), Claim.deleted_at.is_(None))
            .group_by(Claim.claimant_id)
        )
        .tuples()
        .all()
    )
    found = {
        source.id: source
        for source in session.scalars(
            select(Source).where(Source.id.in_(ids), Source.deleted_at.is_(None))
        )
    }
    return [
        SourceRow(
            id=s.id,
            name=s.name,
            kind=SourceKind(s.kind),
            role=s.role,
            country=s.country,
            reliability=Reliability(s.reliability),
            claims=claims.get(s.id, 0),
            version=s.version,
        )
        for s in (found[i] for i in ids if i in found)
    ]


class ArticleListService(Service):
    def count(self, query: ArticleQuery, cancel: CancelToken | None = None) -> int:
        with self._db.read(cancel) as session:
            return session.scalar(_articles(select(func.count()).select_from(Article), query)) or 0

    def page(
        self, query: ArticleQuery, offset: int, limit: int, cancel: CancelToken | None = None
    ) -> list[ArticleRow]:
        with self._db.read(cancel) as session:
            statement = _articles(select(Article.id), query)
            if query.sort is ArticleSort.PUBLISHER:
                publisher = aliased(Source)
                statement = statement.outerjoin(publisher, publisher.id == Article.publisher_id)
                column = func.lower(publisher.name)
            else:
                column = {
                    ArticleSort.TITLE: func.lower(Article.title),
                    ArticleSort.PUBLISHED: Article.published_on,
                    ArticleSort.CAPTURED: Article.captured_at,
                    ArticleSort.ID: Article.id,
                }[query.sort]
            order = (column.desc(), Article.id.desc()) if query.descending else (column, Article.id)
            ids = session.scalars(statement.order_by(*order).offset(offset).limit(limit))
            return _article_rows(session, list(ids))

    def rows(self, article_ids: Sequence[int]) -> list[ArticleRow]:
        with self._db.read() as session:
            return _article_rows(session, list(article_ids))


def _articles(statement: Select, query: ArticleQuery) -> Select:  # type: ignore[type-arg]
    statement = statement.where(Article.deleted_at.is_(None))
    if query.text.strip():
        statement = statement.where(Article.title.ilike(_like(query.text), escape="\\"))
    return statement


def _article_rows(session: Session, ids: list[int]) -> list[ArticleRow]:
    if not ids:
        return []
    citations = dict(
        session.execute(
            select(Citation.article_id, func.count())
            .join(Claim, Claim.id == Citation.claim_id)
            .where(Citation.article_id.in_(ids), Claim.deleted_at.is_(None))
            .group_by(Citation.article_id)
        )
        .tuples()
        .all()
    )
    # Named columns, not the entity: an article row must not drag its full text along.
    found = {
        row.id: row
        for row in session.execute(
            select(
                Article.id,
                Article.title,
                Source.name.label("publisher"),
                Article.published_on,
                Article.language,
                Article.url,
                Article.captured_at,
                Article.version,
            )
            .outerjoin(Source, Source.id == Article.publisher_id)
            .where(Article.id.in_(ids), Article.deleted_at.is_(None))
        )
    }
    rows = []
    for article_id in ids:
        row = found.get(article_id)
        if row is None:
            continue
        rows.append(
            ArticleRow(
                id=row.id,
                title=row.title,
                publisher=row.publisher,
                published_on=row.published_on,
                language=row.language,
                url=row.url,
                captured_at=row.captured_at,
                citations=citations.get(article_id, 0),
                version=row.version,
            )
        )
    return rows
