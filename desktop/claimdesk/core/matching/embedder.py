"""Sentence vectors on this machine: the 256-dimension static model in wordllama's wheel.

The model is a table of token vectors (safetensors) and a tokenizer (Hugging Face
tokenizers JSON); a sentence's vector is the mean of its tokens' vectors, L2-normalised. We
read both files from explicit paths inside the installed package and never import wordllama:
its loader looks for the tokenizer under ``tokenizer/`` while the wheel holds it under
``tokenizers/``, and then downloads it (``HF_HUB_OFFLINE`` does not stop it); importing it
also configures the root logger. The vectors are identical to ``WordLlama.embed(norm=True)``.

The model matches words, not translations: "nordkoreanische Soldaten" and "North Korean
soldiers" share only names and numbers. So each text is embedded in a bridged form
(``bridged``): German words the project's own vocabulary knows (units.py: what reports count
and the adjectives that qualify it, plus a short glossary below) are given in English too.

Stored vectors are int8 (each component × 127, rounded): 256 bytes per claim; a cosine from
two int8 vectors is within 0.01 of the float one. REVISION names model, dimensions, bridging
and quantisation: a stored vector of another revision is computed again.
"""

from __future__ import annotations

import re
import threading
from functools import cache, lru_cache
from importlib.util import find_spec
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from ..units import english_modifier, lemma_of

if TYPE_CHECKING:
    import numpy as np

DIMENSIONS = 256
REVISION = "wordllama-l2_supercat-256-bridged-int8-1"
SCALE = 127
_BATCH = 256

# German words of news reporting that the unit vocabulary does not hold, in English.
_GLOSSARY: dict[str, str] = {
    "bundeskanzler": "chancellor", "kanzler": "chancellor", "präsident": "president",
    "regierung": "government", "minister": "minister", "ministerium": "ministry",
    "verteidigungsminister": "defence minister", "außenminister": "foreign minister",
    "geheimdienst": "intelligence service", "militärgeheimdienst": "military intelligence",
    "armee": "army", "krieg": "war", "front": "front", "angriff": "attack",
    "erdbeben": "earthquake", "überschwemmung": "flood", "hochwasser": "flood",
    "wahl": "election", "wahlen": "elections", "abstimmung": "vote",
    "vertrauensfrage": "confidence vote", "preis": "price", "preise": "prices",
    "inflation": "inflation", "weizen": "wheat", "gas": "gas", "öl": "oil",
    "polizei": "police", "gericht": "court", "gefängnis": "prison",
    "geliefert": "delivered", "erhalten": "received", "getötet": "killed",
    "verletzt": "injured", "vermisst": "missing", "zerstört": "destroyed",
    "stiegen": "rose", "stieg": "rose", "sank": "fell", "sanken": "fell",
    "mehr": "more", "weniger": "fewer", "etwa": "about", "rund": "about", "ungefähr": "about",
    "mindestens": "at least", "höchstens": "at most", "über": "over", "bis zu": "up to",
    "russland": "Russia", "ukraine": "Ukraine", "nordkorea": "North Korea",
    "deutschland": "Germany", "ägypten": "Egypt", "türkei": "Turkey", "moskau": "Moscow",
    "kiew": "Kyiv", "region": "region", "gebiet": "region",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def glossary_english(word: str) -> str | None:
    """The glossary's English for a German word, or None."""
    return _GLOSSARY.get(word.casefold())


def bridged(text: str) -> str:
    """The text followed by the English of the German words our vocabulary knows:
    "Etwa 11.000 nordkoreanische Soldaten" -> "... | about North Korean soldiers"."""
    extra = [english for match in _WORD.finditer(text) if (english := _english(match[0]))]
    return f"{text} | {' '.join(extra)}" if extra else text


@lru_cache(maxsize=200_000)
def _english(word: str) -> str | None:
    """A German word's English when our vocabulary knows it (else None). Cached: reporting
    repeats its words, and a lemma lookup tries every known ending (80 µs a word), which
    made it nine tenths of indexing."""
    lower = word.casefold()
    english = _GLOSSARY.get(lower) or lemma_of(word)
    if english is None and word[:1].islower():  # "nordkoreanische" -> "North Korean"
        english = english_modifier(word)
    return english if english and english.casefold() != lower else None


def model_folder() -> Path | None:
    """Where the installed wordllama package keeps the model, or None without it."""
    spec = find_spec("wordllama")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


class ModelMissing(RuntimeError):
    """The model files are not installed (a damaged install): matching by meaning is off."""


class Embedder:
    """Loads the model once (about 0.3 s with numpy) and embeds batches of texts."""

    def __init__(self, folder: Path | None = None):
        import numpy as np
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        folder = folder or model_folder()
        weights = folder / "weights" / "l2_supercat_256.safetensors" if folder else None
        vocabulary = folder / "tokenizers" / "l2_supercat_tokenizer_config.json" if folder else None
        if weights is None or vocabulary is None or not weights.is_file():
            raise ModelMissing(str(weights))
        if not vocabulary.is_file():
            raise ModelMissing(str(vocabulary))
        self._np = np
        self._tokenizer = Tokenizer.from_file(str(vocabulary))
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        table = load_file(str(weights))["embedding.weight"][:, :DIMENSIONS]
        self._table = np.ascontiguousarray(table, dtype=np.float32)
        self._lock = threading.Lock()  # one tokenizer object, shared by threads
        # Without the character offsets (tokenizers >= 0.21): a third less time per batch.
        self._encode = getattr(self._tokenizer, "encode_batch_fast", self._tokenizer.encode_batch)

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors (float32, one row per text; a text with no tokens gets zeros).

        The token ids of a batch are laid end to end (no padding) and each text's vectors
        summed with one ``np.add.reduceat``: the same mean as wordllama's masked one, without
        the work on padding that a batch of short and long statements would otherwise cost."""
        np = self._np
        out = np.zeros((len(texts), DIMENSIONS), np.float32)
        for start in range(0, len(texts), _BATCH):
            chunk = [bridged(text) for text in texts[start : start + _BATCH]]
            with self._lock:
                encoded = self._encode(chunk, add_special_tokens=False)
            lengths = np.fromiter((len(item.ids) for item in encoded), np.int64, len(encoded))
            if not lengths.any():
                continue
            flat = np.fromiter(
                chain.from_iterable(item.ids for item in encoded), np.int32, int(lengths.sum())
            )
            starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
            present = lengths > 0
            sums = np.zeros((len(chunk), DIMENSIONS), np.float32)
            sums[present] = np.add.reduceat(self._table[flat], starts[present], axis=0)
            norms = np.linalg.norm(sums, axis=1, keepdims=True)
            out[start : start + len(chunk)] = np.where(
                norms > 0, sums / np.maximum(norms, 1e-12), 0
            )
        return out

    def quantised(self, texts: list[str]) -> list[bytes]:
        """The texts' vectors as stored: int8, 256 bytes each."""
        return [row.tobytes() for row in quantise(self.embed(texts))]


def quantise(vectors: np.ndarray) -> np.ndarray:
    import numpy as np

    return np.clip(np.rint(vectors * SCALE), -SCALE, SCALE).astype(np.int8)


def unpack(blobs: list[bytes]) -> np.ndarray:
    """Stored vectors back as an int8 matrix (one row per blob)."""
    import numpy as np

    if not blobs:
        return np.zeros((0, DIMENSIONS), np.int8)
    return np.frombuffer(b"".join(blobs), np.int8).reshape(len(blobs), DIMENSIONS)


_shared_lock = threading.Lock()


@cache
def _shared() -> Embedder:
    return Embedder()


def shared_embedder() -> Embedder | None:
    """The process's one embedder, loaded on first use; None when the model is missing
    (claims are then saved without a vector and matched by words, numbers and names)."""
    with _shared_lock:
        try:
            return _shared()
        except (ModelMissing, ImportError, OSError):
            return None
