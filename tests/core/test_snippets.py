"""Long text is shortened between words, never past the room it was given."""

from hypothesis import given
from hypothesis import strategies as st

from claimdesk.core.snippets import clip_end, clip_start, context_after, context_before

WORDS = st.lists(st.text(alphabet="abcdeäöß1,", min_size=1, max_size=12), min_size=1, max_size=20)


def test_examples():
    sentence = "About 11,000 North Korean soldiers are in Kursk"
    assert clip_end(sentence, 20) == "About 11,000 North…"
    assert clip_start(sentence, 22) == "…soldiers are in Kursk"
    assert clip_end(sentence, 100) == sentence
    assert context_before("Budanov told The War Zone that about ", 20) == "…War Zone that about "
    assert context_after(" North Korean soldiers", 14) == " North Korean…"
    # One word longer than the room is the only thing cut inside a word.
    assert clip_end("Militärgeheimdienstchef", 8) == "Militär…"


@given(WORDS, st.integers(min_value=2, max_value=80))
def test_cuts_fit_and_keep_whole_words(words, width):
    text = " ".join(words)
    for clipped in (clip_end(text, width), clip_start(text, width)):
        assert len(clipped) <= width
        if clipped == text:
            continue
        assert clipped.count("…") == 1
        kept = clipped.replace("…", "").split()
        whole = [word.strip(",") for word in text.split()]
        if len(kept) > 1 or all(len(word) < width - 1 for word in words):
            assert all(word.strip(",") in whole for word in kept)
