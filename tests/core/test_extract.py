"""Article extraction: charsets, metadata the way readers see it, and refusals of non-pages.

The pages are written here in our own words. The annotated German news pages, ours against
plain trafilatura, are in test_extraction_quality.py.
"""

from __future__ import annotations

import json
import random
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdesk.core.capture.capture import capture_bytes
from claimdesk.core.capture.extract import (
    ExtractedArticle,
    ExtractionError,
    choose_text,
    decode_html,
    extract_article,
)
from claimdesk.core.errors import ClaimdeskError

BODY = (
    "<p>Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die alte "
    "Brücke über den Mühlbach für Autos zu sperren und nur noch Fußgänger und Radfahrer "
    "hinüberzulassen.</p>"
    "<p>Die Verwaltung rechnet mit Kosten von rund 180.000 Euro für neue Schilder, Poller "
    "und eine Ampel an der Kreuzung. Gegen den Beschluss stimmten vier Mitglieder.</p>"
    "<p>Anwohner hatten seit Jahren über Lärm und Schwerlastverkehr geklagt. Eine Umleitung "
    "über die Südstraße soll im Herbst fertig werden, sagte die Bürgermeisterin.</p>"
)
NAVIGATION = (
    '<nav class="main-nav"><ul><li><a href="/">Start</a></li><li><a href="/politik">Politik'
    '</a></li><li><a href="/sport">Sport</a></li></ul></nav>'
)


def page(
    body: str = BODY, *, head: str = "", lang: str = "de", charset: str | None = "utf-8"
) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{meta}{head}</head>'
        f"<body>{NAVIGATION}<main><article>{body}</article></main>"
        "<footer><p>© Musterstadt Anzeiger · Impressum · Datenschutz</p></footer></body></html>"
    )


def article(html: str, **kwargs) -> ExtractedArticle:
    return extract_article(html.encode("utf-8"), **kwargs)


def test_title_is_og_title_without_the_site_name():
    head = (
        "<title>Mühlbachbrücke nur noch für Räder | Musterstadt Anzeiger</title>"
        '<meta property="og:title" content="Mühlbachbrücke nur noch für Räder | Musterstadt '
        'Anzeiger"><meta property="og:site_name" content="Musterstadt Anzeiger">'
        '<link rel="canonical" href="https://anzeiger.example/lokales/muehlbach">'
    )
    found = article(page(head=head))
    assert found.title == "Mühlbachbrücke nur noch für Räder"
    assert found.site_name == "Musterstadt Anzeiger"
    assert found.url == "https://anzeiger.example/lokales/muehlbach"
    assert found.language == "de"
    assert "alte Brücke über den Mühlbach" in found.text
    assert "Impressum" not in found.text and "Politik" not in found.text


def test_visible_headline_wins_without_its_kicker():
    head = '<meta property="og:title" content="Verkehr: Brücke über den Mühlbach wird gesperrt">'
    body = (
        '<h1><span class="headline-kicker">Verkehr</span><span class="visually-hidden">: '
        "</span><span>Brücke über den Mühlbach wird gesperrt</span></h1>" + BODY
    )
    assert article(page(body, head=head)).title == "Brücke über den Mühlbach wird gesperrt"


def test_a_section_label_in_the_title_tag_gives_way_to_the_post_heading():
    body = f'<h2 class="entry-title">Abschied vom Mühlbach</h2>{BODY}'
    html = page(body).replace("<head>", "<head><title>Home</title>", 1)
    assert article(html).title == "Abschied vom Mühlbach"


def test_json_ld_gives_author_and_date_but_never_an_organisation():
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Mühlbachbrücke wird gesperrt",
        "datePublished": "2025-03-14T08:30:00+01:00",
        "author": [
            {"@type": "Person", "name": "Lena Vogel"},
            {"@type": "Organization", "name": "Musterstadt Anzeiger"},
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    body = BODY + "<p>Lena Vogel schreibt über Lokalpolitik und Verkehr in der Region.</p>"
    found = article(page(body, head=head))
    assert found.authors == ("Lena Vogel",)
    assert found.published == date(2025, 3, 14)


def test_byline_names_two_authors_and_the_german_date_beside_the_headline():
    body = (
        "<h1>Brücke über den Mühlbach wird gesperrt</h1>"
        '<p class="meta">Von Anna Schmidt und Jonas Weber | 10.06.2025</p>' + BODY
    )
    head = (
        '<meta property="og:title" content="Brücke über den Mühlbach wird gesperrt">'
        '<meta property="article:published_time" content="2025-06-12T09:00:00Z">'
    )
    found = article(page(body, head=head))
    assert found.authors == ("Anna Schmidt", "Jonas Weber")
    assert found.published == date(2025, 6, 10)


def test_author_markup_with_the_names_in_links():
    body = (
        "<h1>Brücke über den Mühlbach wird gesperrt</h1>"
        '<div class="byline"><span>Von</span> <a href="/autoren/anna">Anna Schmidt</a>'
        "</div>" + BODY
    )
    assert article(page(body)).authors == ("Anna Schmidt",)


def test_page_without_any_byline_has_no_author():
    assert article(page()).authors == ()


def test_windows_1252_page_declared_in_meta():
    html = page(charset="windows-1252").replace("Brücke", "Brücke (Größe: 12 m)")
    text, charset = decode_html(html.encode("cp1252"))
    assert charset == "windows-1252"
    assert "Brücke (Größe: 12 m)" in text
    assert "Größe: 12 m" in extract_article(html.encode("cp1252")).text


def test_latin_1_label_is_read_as_windows_1252():
    html = page(charset="iso-8859-1") + "<!-- „Anführungszeichen“ -->"
    text, charset = decode_html(html.encode("cp1252"))
    assert charset == "windows-1252"
    assert "„Anführungszeichen“" in text


def test_utf8_page_wrongly_declared_latin_1_in_the_header():
    raw = page(charset=None).encode("utf-8")
    text, charset = decode_html(raw, declared_charset="iso-8859-1")
    assert charset == "utf-8"
    assert "Fußgänger" in text
    found = extract_article(raw, declared_charset="ISO-8859-1")
    assert "Fußgänger" in found.text and "Ã" not in found.text
    assert found.charset == "utf-8"


def test_wrong_multibyte_declaration_falls_back_to_detection():
    raw = page(charset=None).encode("cp1252")
    text, charset = decode_html(raw, declared_charset="utf-8")
    assert charset != "utf-8"
    assert "Fußgänger" in text


def test_page_without_any_charset():
    utf8 = page(charset=None).encode("utf-8")
    assert decode_html(utf8) == (utf8.decode("utf-8"), "utf-8")
    legacy = page(charset=None).encode("cp1252")
    text, _ = decode_html(legacy)
    assert "Fußgänger" in text and "Brücke" in text


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")],
)
def test_byte_order_mark_decides(bom, encoding):
    raw = bom + page(charset="iso-8859-1").encode(encoding)
    text, charset = decode_html(raw, declared_charset="iso-8859-1")
    assert charset == encoding
    assert text.startswith("<!DOCTYPE html>")
    assert "Fußgänger" in extract_article(raw).text


@pytest.mark.parametrize(
    ("raw", "code", "params"),
    [
        (b"", "page_empty", {}),
        (b"  \n\t ", "page_empty", {}),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "page_is_file", {"kind": "png"}),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "page_is_file",
         {"kind": "pdf"}),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "page_is_file", {"kind": "jpeg"}),
        (b"PK\x03\x04\x14\x00\x06\x00", "page_is_file", {"kind": "zip"}),
        (random.Random(7).randbytes(3000), "page_nul_bytes", {}),
        (b"Nur ein Satz ohne jede Auszeichnung.\nUnd noch einer.", "page_plain_text", {}),
        (f"<html><body>{NAVIGATION}</body></html>".encode(), "page_no_text", {}),
    ],
    ids=["empty", "blank", "png", "pdf", "jpeg", "zip", "random", "plain-text", "navigation"],
)  # fmt: skip
def test_refusals_say_what_the_input_is(raw, code, params):
    with pytest.raises(ExtractionError) as raised:
        extract_article(raw)
    assert (raised.value.code, raised.value.params) == (code, params)
    assert isinstance(raised.value, ClaimdeskError)


def test_a_chinese_page_without_spaces_between_words_is_read():
    body = (
        "<h1>河边小镇新建步行桥</h1><p>2025-06-10</p>"
        "<p>镇政府星期二宣布，老桥以后只让行人和自行车通过，汽车要绕行南边的新路。</p>"
        "<p>新的路标、护栏和信号灯一共大约需要十八万元。附近居民多年来一直抱怨噪音和卡车。</p>"
        "<p>镇长说，绕行的道路预计秋天完工，到时候交通会顺畅很多。</p>"
    )
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>河边小镇新建步行桥 | 示例日报'
        '</title><meta property="og:site_name" content="示例日报"></head>'
        f"<body>{body}</body></html>"
    )
    found = article(html)
    assert found.title == "河边小镇新建步行桥"
    assert "老桥以后只让行人和自行车通过" in found.text and "到时候交通会顺畅很多" in found.text
    assert found.language == "zh" and found.site_name == "示例日报"
    assert found.published == date(2025, 6, 10)
    # A page that is only a few characters of text is still refused.
    with pytest.raises(ExtractionError, match="page_no_text"):
        article('<html><body><nav><a href="/">首页</a> <a href="/n">新闻</a></nav></body></html>')


CHINESE_PARAGRAPHS = (
    "镇政府星期二宣布，老桥以后只让行人和自行车通过，汽车要绕行南边的新路。",
    "新的路标、护栏和信号灯一共大约需要十八万元。附近居民多年来一直抱怨噪音和卡车。",
    "工程师喆和堃去年冬天发现，三个桥拱中有两个出现了裂缝。",
    "镇长说，绕行的道路预计秋天完工，到时候交通会顺畅很多。",
)


def test_a_chinese_page_calling_itself_cn_in_gbk_labelled_gb2312_is_read_and_saved(project):
    # Chinese sites often label GBK pages "gb2312" (喆 and 堃 are not in GB2312) and write
    # lang="cn", which is China's country code, not a language.
    body = "<h1>河边小镇新建步行桥</h1>" + "".join(f"<p>{p}</p>" for p in CHINESE_PARAGRAPHS)
    html = (
        '<html lang="cn"><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=gb2312"><title>河边小镇新建步行桥_示例日报</title></head>'
        f"<body>{body}</body></html>"
    )
    captured = capture_bytes(html.encode("gbk"), name="bridge.html")
    found = captured.extracted
    assert found.language == "zh" and found.charset == "gb18030"
    assert all(paragraph in found.text for paragraph in CHINESE_PARAGRAPHS)
    result = project.captures.capture(captured.to_input(), found.site_name)
    saved = project.articles.get(result.article_id)
    assert (saved.title, saved.language) == ("河边小镇新建步行桥", "zh")
    assert "工程师喆和堃去年冬天发现" in saved.text


def test_a_page_in_any_script_without_a_title_is_saved_under_its_first_words(project):
    html = (
        '<html lang="xx-nowhere"><head><meta charset="utf-8"></head><body><div>'
        + "".join(f"<p>{p}</p>" for p in CHINESE_PARAGRAPHS)
        + "</div></body></html>"
    )
    captured = capture_bytes(html.encode(), name="untitled.html")
    assert captured.extracted.title == CHINESE_PARAGRAPHS[0]
    assert captured.extracted.language == "zh"  # the markup's code names no language
    result = project.captures.capture(captured.to_input(), None)
    assert project.articles.get(result.article_id).title == CHINESE_PARAGRAPHS[0]


SUMMARY = (
    "Der Gemeinderat sperrt die alte Brücke über den Mühlbach ab Juni für Autos; Schilder, "
    "Poller und eine Ampel kosten rund 180.000 Euro, und vier Mitglieder stimmten dagegen."
)


def test_a_page_with_a_summary_keeps_its_whole_body():
    head = f'<meta name="description" content="{SUMMARY}">'
    body = (
        f'<h1>Brücke wird gesperrt</h1><div class="summary teaser"><p>{SUMMARY}</p></div>'
        f'<div class="article-bottom" style="border-top: 1px solid #ccc">{BODY}</div>'
    )
    found = article(page(body, head=head))
    assert SUMMARY in found.text
    for paragraph in ("Der Gemeinderat hat am Dienstagabend", "Anwohner hatten seit Jahren"):
        assert paragraph in found.text


def test_a_summary_alone_from_precision_mode_never_replaces_the_body():
    body = "\n".join(
        (
            "Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die Brücke "
            "für Autos zu sperren.",
            "Die Verwaltung rechnet mit Kosten von rund 180.000 Euro für neue Schilder und "
            "eine Ampel an der Kreuzung.",
        )
    )
    menu = "\n".join(("Start", "Politik", "Sport", "Kultur", "Wetter", "Impressum"))
    assert choose_text(f"{SUMMARY}\n{body}", SUMMARY) == f"{SUMMARY}\n{body}"
    # What the default extraction adds beyond the precise one is a menu: the menu goes.
    assert choose_text(f"{menu}\n{SUMMARY}\n{body}", f"{SUMMARY}\n{body}") == f"{SUMMARY}\n{body}"


def dated_page(printed: str, *, lang: str, declared: str | None = None) -> str:
    head = f'<meta property="article:published_time" content="{declared}">' if declared else ""
    body = f'<h1>Brücke über den Mühlbach wird gesperrt</h1><p class="date">{printed}</p>{BODY}'
    return page(body, head=head, lang=lang)


def test_an_ambiguous_german_date_is_day_first():
    assert article(dated_page("03.04.2025", lang="de")).published == date(2025, 4, 3)
    assert article(dated_page("Stand: 03.04.2025", lang="de")).published == date(2025, 4, 3)
    # A declared date that is another day (the last edit) does not change the printed one.
    found = article(dated_page("03.04.2025", lang="de", declared="2025-04-05T10:00:00+02:00"))
    assert found.published == date(2025, 4, 3)


def test_a_declared_iso_date_settles_a_date_printed_month_first():
    found = article(dated_page("03.04.2025", lang="en-US", declared="2025-03-04T08:00:00Z"))
    assert found.published == date(2025, 3, 4)
    found = article(dated_page("03.04.2025", lang="de", declared="2025-04-03T08:00:00Z"))
    assert found.published == date(2025, 4, 3)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_give_an_article_or_an_extraction_error(raw):
    try:
        result = extract_article(raw)
    except ExtractionError:
        return
    assert isinstance(result, ExtractedArticle)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["p", "h1", "h2", "div", "span", "time", "a", "script", "li"]),
            st.text(max_size=200),
        ),
        max_size=12,
    ),
    st.sampled_from(["utf-8", "windows-1252", "utf-16", None, "no-such-charset"]),
)
def test_arbitrary_html_gives_an_article_or_an_extraction_error(elements, charset):
    body = "".join(f"<{tag}>{text}</{tag}>" for tag, text in elements)
    html = page(body, charset=charset)
    raw = html.encode(charset if charset in ("utf-8", "utf-16") else "utf-8", errors="replace")
    try:
        result = extract_article(raw, declared_charset=charset)
    except ExtractionError:
        return
    assert isinstance(result, ExtractedArticle)
    assert result.text and isinstance(result.authors, tuple)
