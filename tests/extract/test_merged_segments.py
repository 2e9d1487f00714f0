"""readability-lxml 0.9 merges the other segments of an article into its pick (sections with
the same content class: an org-mode or Sphinx export's `<div class="outline-text-2">` under
each section's `<h2>`), but moves the segment alone: the section headings were lost and the
pick's own heading came first, above the sections before it."""

from __future__ import annotations

from tests.extract.test_clean_html import PARAGRAPHS, body_text, page

SECTIONS = [
    ("Introduction", PARAGRAPHS[:1]),
    ("Advice and Lisp", PARAGRAPHS[1:2]),
    ("Speech in 1994", [*PARAGRAPHS, *(p.replace("council", "board") for p in PARAGRAPHS)]),
]


def exported_document() -> str:
    sections = "".join(
        f'<div class="outline-2" id="outline-{n}"><h2>{n} {title}</h2>'
        f'<div class="outline-text-2" id="text-{n}">'
        + "".join(f"<p>{text}</p>" for text in texts)
        + "</div></div><br>"
        for n, (title, texts) in enumerate(SECTIONS, start=1)
    )
    side = '<div id="side"><p>Archive: <a href="/2019">2019</a> <a href="/2018">2018</a></p></div>'
    return page(f'<div id="content"><h1>Meta-programming</h1>{sections}</div>{side}')


def test_merged_sections_keep_their_headings_in_page_order() -> None:
    text = body_text(exported_document())
    expected = []
    for n, (title, texts) in enumerate(SECTIONS, start=1):
        expected += [f"{n} {title}", *texts]
    assert text.split("\n\n") == expected


def test_a_table_picked_inside_the_titled_article_gives_way_to_the_article() -> None:
    # A school's course page: its <article> headed by the page's title holds an intro,
    # section headings and several tables of figures; readability picks the largest table.
    rows = "".join(
        f"<tr><td>LF {n}</td><td>Motor management and fuel injection systems, part {n}, with"
        f" sensors, actuators and the diagnosis of faults</td><td>Textbook, 30th edition,"
        f" pages {100 + n} to {120 + n}</td><td>X</td></tr>"
        for n in range(12)
    )
    table = f"<table><tbody>{rows}</tbody></table>"
    article = (
        '<article class="page"><h2 class="entry-title">Apprenticeships</h2>'
        "<p>Here you find our apprenticeships in vehicle technology.</p>"
        f"<h2>Modules</h2><p>Basic module, two years.</p><h2>Syllabus</h2><h4>Year 3</h4>{table}"
        "</article>"
    )
    other = '<article class="teaser"><h2>News</h2><p>The school opens on Monday.</p></article>'
    html = page(article + other, head="<title>Apprenticeships</title>")
    text = body_text(html)
    assert "Modules" in text and "Syllabus" in text and "Year 3" in text
    assert "Motor management and fuel injection systems, part 11" in text
