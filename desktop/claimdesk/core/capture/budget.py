"""Keeping extraction affordable: the page trimmed to what an article needs, and a deadline.

trafilatura and libxml2 are fast on pages people write and slow on pages built to be slow:
libxml2 checks each attribute of a tag against the others (20,000 attributes on one tag take
seconds), and trafilatura walks each paragraph once per element inside it (a paragraph of
20,000 spans took 16 s; a 5 MB page of such markup ran for minutes). Neither can be
interrupted from Python, so the work is bounded before it starts:

- attributes past MAX_ATTRIBUTES on one tag are dropped from the text before parsing;
- scripts (all but JSON-LD, which names authors and dates), styles, SVG, templates, frames,
  objects and comments are removed from the tree;
- inline formatting (span, b, em, font …) inside an element with more than
  MAX_INLINE_CHILDREN children is unwrapped, its text kept;
- elements past MAX_ELEMENTS, in document order, are cut off; an article is at the top.

The 504 German news pages of the shared test data have at most 9,751 elements and 36
attributes on a tag, so none of this changes what is read from a real page. A deadline is
checked between the steps of an extraction as a last resort.
"""

from __future__ import annotations

import re
import time

from lxml import etree
from lxml.html import HtmlElement

MAX_ATTRIBUTES = 64
MAX_ELEMENTS = 20_000
MAX_INLINE_CHILDREN = 200
DEADLINE_S = 30.0

_REMOVED = ("style", "svg", "template", "iframe", "object", "embed", "canvas", "math")
_INLINE = (
    "span", "font", "b", "i", "em", "strong", "u", "s", "small", "big", "sub", "sup", "mark",
    "abbr", "tt", "strike", "bdi", "bdo", "cite", "dfn", "kbd", "samp", "var", "q", "ins", "del",
)  # fmt: skip

# A start tag with more than MAX_ATTRIBUTES attributes. Each attribute is one atomic group, so
# the scan is linear: a name, optionally "=" and a quoted or bare value.
_ATTRIBUTE = r"""(?>[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>`=]+))?)"""
_CROWDED_TAG = re.compile(
    rf"(<[A-Za-z][^\s/>]*)((?>\s+{_ATTRIBUTE}){{{MAX_ATTRIBUTES + 1},}})", re.ASCII
)
_ONE_ATTRIBUTE = re.compile(rf"\s+{_ATTRIBUTE}", re.ASCII)
# Elements with many children, then those with many inline children, counted by libxml2: a
# walk over half a million elements in Python costs more than the extraction.
_MANY_CHILDREN = etree.XPath(f"//*[count(*) > {MAX_INLINE_CHILDREN}]")
_INLINE_CHILDREN = etree.XPath(f"count({'|'.join(_INLINE)})")


def trim_markup(text: str) -> str:
    """The page's text with at most MAX_ATTRIBUTES attributes on each tag."""
    return _CROWDED_TAG.sub(_first_attributes, text)


def _first_attributes(match: re.Match[str]) -> str:
    kept = []
    for count, attribute in enumerate(_ONE_ATTRIBUTE.finditer(match[2])):
        if count == MAX_ATTRIBUTES:
            break
        kept.append(attribute[0])
    return match[1] + "".join(kept)


def trim_tree(tree: HtmlElement) -> None:
    """Remove what no article text comes from, unwrap crowded inline markup and cut the tree
    at MAX_ELEMENTS (see the module docstring). Changes ``tree`` in place."""
    scripts = [s for s in tree.iter("script") if "ld+json" not in (s.get("type") or "").lower()]
    for script in scripts:
        if script.getparent() is not None:
            script.drop_tree()  # the text after it stays
    etree.strip_elements(
        tree, *_REMOVED, etree.Comment, etree.ProcessingInstruction, with_tail=False
    )
    for parent in _MANY_CHILDREN(tree):
        if _INLINE_CHILDREN(parent) > MAX_INLINE_CHILDREN:
            _unwrap_inline(parent)
    _cut_after(tree, MAX_ELEMENTS)


def _unwrap_inline(parent: HtmlElement) -> None:
    """Replace the inline children of ``parent`` by their text, in one pass.

    Not lxml's strip_tags: it leaves the text of each unwrapped tag as a node of its own, and
    lxml joins the runs again on every read of ``.text`` (20,000 of them made extraction
    quadratic: 16 s for 200 KB). Here the text is joined once and written back once.
    """
    pieces = [parent.text or ""]
    last_kept: HtmlElement | None = None
    for child in list(parent):
        if child.tag in _INLINE:
            pieces.append("".join(child.itertext()))
            pieces.append(child.tail or "")
            parent.remove(child)
            continue
        _put_text(parent, last_kept, pieces)
        last_kept, pieces = child, [child.tail or ""]
    _put_text(parent, last_kept, pieces)


def _put_text(parent: HtmlElement, before: HtmlElement | None, pieces: list[str]) -> None:
    joined = "".join(pieces) or None
    if before is None:
        parent.text = joined
    else:
        before.tail = joined


def _cut_after(tree: HtmlElement, limit: int) -> None:
    """Keep the first ``limit`` elements in document order; drop everything after them."""
    for count, element in enumerate(tree.iter()):
        if count < limit - 1:
            continue
        for child in list(element):
            element.remove(child)
        node = element
        while node is not None:
            for later in list(node.itersiblings()):
                node.getparent().remove(later)
            node = node.getparent()
        return


class Deadline:
    """When an extraction has to have finished; checked between its steps."""

    def __init__(self, seconds: float = DEADLINE_S):
        self.seconds = seconds
        self._ends = time.monotonic() + seconds

    def passed(self) -> bool:
        return time.monotonic() > self._ends

    def spent(self) -> float:
        return self.seconds - (self._ends - time.monotonic())
