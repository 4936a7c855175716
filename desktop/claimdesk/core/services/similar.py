"""Similar claims: "have we seen this before?", for a claim or a statement being typed.

Candidates come from four places, each cheap at a million claims: the nearest in meaning
(an in-memory index of sign bits, core/matching/meaning_index.py), the best full-text
matches of the statement's names and content words (core/search), the claims with an
agreeing figure of the same thing, and none else; each candidate is then scored on all
signals (core/matching/similar.py). Without the model (shared_embedder() is None) the
meaning signal is 0 and the words, figures, names and claimant still match.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, and_, select

from ..enums import Status
from ..matching import figures, names
from ..matching.embedder import REVISION, quantise, shared_embedder, unpack
from ..matching.similar import (
    Candidate,
    Probe,
    SimilarClaim,
    content_words,
    signals,
    similar_claim,
)
from ..models import Claim, ClaimEmbedding, Source
from ..quantities import Quantity, parse_quantity
from ..search.sql import ranked_matches
from ..search.syntax import Clause, SearchQuery, Term
from .base import Service, require_live
from .convert import partial, quantity_of

if TYPE_CHECKING:
    from ..matching.meaning_index import MeaningIndex

# How many candidates each source gives: the nearest by sign bits, of which the nearest by
# their exact int8 vectors are kept; the best full-text matches; the agreeing figures.
MEANING_CANDIDATES = 300
MEANING_KEPT = 40
WORD_CANDIDATES = 40
FIGURE_CANDIDATES = 40
# The words of a statement given to the full-text search, names first.
SEARCH_WORDS = 12
MAX_LIMIT = 1_000


class SimilarityService(Service):
    def __init__(self, db: Any, actor: str):
        super().__init__(db, actor)
        self._index: MeaningIndex | None = None
        self._index_lock = threading.Lock()

    def similar(
        self,
        text: str,
        *,
        claimant_id: int | None = None,
        quantity: Quantity | None = None,
        exclude: int | None = None,
        limit: int = 10,
    ) -> list[SimilarClaim]:
        """The live claims most like a statement, best first (at most ``limit``); the
        quantity is read from the text when not given."""
        if not text.strip() or limit < 1:
            return []
        probe = _probe(text, claimant_id, quantity if quantity else parse_quantity(text))
        with self._db.read() as session:
            connection = session.connection()
            ids = self._candidates(connection, probe)
            ids.discard(exclude)  # type: ignore[arg-type]
            candidates = _read_candidates(connection, ids)
        found = [similar_claim(c, signals(probe, c)) for c in candidates]
        found.sort(key=lambda claim: (-claim.score, -claim.id))
        return found[: min(limit, MAX_LIMIT)]

    def similar_to(self, claim_id: int, limit: int = 10) -> list[SimilarClaim]:
        """The claims most like a claim (its statement, claimant and figure), itself left out."""
        with self._db.read() as session:
            claim = require_live(session, Claim, claim_id)
            statement, claimant_id, quantity = claim.statement, claim.claimant_id, _quantity(claim)
        return self.similar(
            statement, claimant_id=claimant_id, quantity=quantity, exclude=claim_id, limit=limit
        )

    def warm_up(self) -> int:
        """Build the in-memory index now (a second at a million claims) rather than at the
        first search; returns how many claims it holds."""
        with self._db.read() as session:
            index = self._fresh_index(session.connection())
        return len(index) if index is not None else 0

    def index_arrays(self) -> tuple[Any, ...]:
        """The in-memory index's arrays (for measuring its size)."""
        index = self._index
        return (index.ids, index.bits) if index is not None else ()

    def _candidates(self, connection: Connection, probe: Probe) -> set[int]:
        ids: set[int] = set()
        if probe.vector is not None:
            index = self._fresh_index(connection)
            if index is not None:
                nearest = index.nearest(probe.vector, MEANING_CANDIDATES)
                ids.update(_nearest_exactly(connection, probe.vector, nearest, MEANING_KEPT))
        ids.update(_word_candidates(connection, probe))
        ids.update(_figure_candidates(connection, probe.quantity))
        return ids

    def _fresh_index(self, connection: Connection) -> MeaningIndex | None:
        if shared_embedder() is None:
            return None
        with self._index_lock:
            if self._index is None:
                from ..matching.meaning_index import MeaningIndex

                self._index = MeaningIndex()
            self._index.refresh(connection)
            return self._index


def _probe(text: str, claimant_id: int | None, quantity: Quantity | None) -> Probe:
    embedder = shared_embedder()
    vector = quantise(embedder.embed([text]))[0] if embedder is not None else None
    return Probe(
        text=text,
        vector=vector,
        quantity=quantity,
        claimant_id=claimant_id,
        names=names.names_in(text),
        words=content_words(text),
    )


def _nearest_exactly(connection: Connection, vector: Any, ids: list[int], count: int) -> list[int]:
    """The ``count`` of ``ids`` nearest to the vector by their stored int8 vectors."""
    import numpy as np

    if len(ids) <= count:
        return ids
    rows = connection.execute(
        select(ClaimEmbedding.claim_id, ClaimEmbedding.vector).where(
            ClaimEmbedding.claim_id.in_(ids), ClaimEmbedding.revision == REVISION
        )
    ).all()
    if not rows:
        return []
    found = unpack([row[1] for row in rows]).astype(np.int32) @ vector.astype(np.int32)
    best = np.argsort(-found, kind="stable")[:count]
    return [rows[i][0] for i in best.tolist()]


def _word_candidates(connection: Connection, probe: Probe) -> list[int]:
    """The best full-text matches of any of the statement's names and content words."""
    words = sorted(probe.names, key=len, reverse=True)
    words += sorted(probe.words - {n.casefold() for n in probe.names}, key=len, reverse=True)
    terms = tuple(Term(word) for word in words[:SEARCH_WORDS] if Term(word).words)
    if not terms:
        return []
    ranked = ranked_matches(connection.dialect.name, SearchQuery((Clause(terms),)))
    rows = connection.execute(
        select(ranked.c.claim_id).order_by(ranked.c.score).limit(WORD_CANDIDATES)
    )
    return [row[0] for row in rows]


def _figure_candidates(connection: Connection, quantity: Quantity | None) -> list[int]:
    """The newest live claims whose figure agrees with the quantity, of the same thing."""
    if quantity is None or figures.unit_key(quantity.unit) is None:
        return []
    allowed = figures.interval(quantity)
    conditions = [Claim.deleted_at.is_(None), Claim.quantity_value.is_not(None)]
    # Read along the live quantity index from the lowest value allowed: the closest figures
    # of an open interval ("at least 11,000") come first.
    if allowed.high != float("inf"):
        conditions.append(Claim.quantity_value <= allowed.high)
    if allowed.low != float("-inf"):
        conditions.append(Claim.quantity_value >= allowed.low)
    rows = connection.execute(
        select(
            Claim.id,
            Claim.quantity_value,
            Claim.quantity_upper,
            Claim.quantity_unit,
            Claim.quantity_qualifier,
        )
        .where(*conditions)
        .order_by(Claim.quantity_value, Claim.id)
        .limit(FIGURE_CANDIDATES * 5)
    ).all()
    found = []
    for row in rows:
        theirs = quantity_of(row[1], row[2], row[3], row[4])
        if figures.same_thing(quantity, theirs) and figures.agree(quantity, theirs):
            found.append(row[0])
    return found[:FIGURE_CANDIDATES]


def _read_candidates(connection: Connection, ids: set[int]) -> list[Candidate]:
    import numpy as np

    if not ids:
        return []
    vector_join = and_(ClaimEmbedding.claim_id == Claim.id, ClaimEmbedding.revision == REVISION)
    candidates = []
    rows = connection.execute(
        select(
            Claim.id,
            Claim.statement,
            Claim.claimant_id,
            Source.name,
            Claim.quantity_value,
            Claim.quantity_upper,
            Claim.quantity_unit,
            Claim.quantity_qualifier,
            Claim.claimed_on,
            Claim.claimed_on_precision,
            Claim.status,
            ClaimEmbedding.vector,
        )
        .outerjoin(Source, Source.id == Claim.claimant_id)
        .outerjoin(ClaimEmbedding, vector_join)
        .where(Claim.id.in_(sorted(ids)), Claim.deleted_at.is_(None))
    )
    for row in rows:
        quantity = quantity_of(
            row.quantity_value, row.quantity_upper, row.quantity_unit, row.quantity_qualifier
        )
        claimed_on = partial(row.claimed_on, row.claimed_on_precision)
        candidates.append(
            Candidate(
                id=row.id,
                statement=row.statement,
                claimant_id=row.claimant_id,
                claimant=row.name,
                quantity=quantity,
                claimed_on=claimed_on,
                status=Status(row.status),
                vector=np.frombuffer(row.vector, np.int8) if row.vector is not None else None,
            )
        )
    return candidates


def _quantity(claim: Claim) -> Quantity | None:
    return quantity_of(
        claim.quantity_value, claim.quantity_upper, claim.quantity_unit, claim.quantity_qualifier
    )
