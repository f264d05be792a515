"""Automatic list numbering in OpenDocument text: labels live in list styles, not in the text.

LibreOffice (and Word files saved as .odt) number question and answer headers with a list style
whose prefix is "Vraag " or "Antwoord "; the paragraph itself is empty. The reader must put the
rendered label in front of the paragraph text, as the word processor shows it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from parsing_helpers import assert_tiles, qa_groups

from naast.core.model import DocType, UnitKind
from naast.core.parsing import parse_file
from naast.core.parsing.odt_numbering import format_number
from naast.core.parsing.read_odt import read_odt

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'office:version="1.3"'
)
_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)
_ASKED = (
    "Vragen van het lid Stoffer (SGP) aan de Minister van Justitie en Veiligheid over geweld tegen "
    "hulpverleners (ingezonden 3 maart 2025)."
)
_ANSWERED = "Antwoord van Minister Van Weel (Justitie en Veiligheid) (ontvangen 24 maart 2025)."


def _level(level: int, fmt: str = "1", prefix: str = "", suffix: str = ".", extra: str = "") -> str:
    return (
        f'<text:list-level-style-number text:level="{level}" style:num-prefix="{prefix}" '
        f'style:num-suffix="{suffix}" style:num-format="{fmt}" {extra}/>'
    )


def _list_style(name: str, *levels: str) -> str:
    return f'<text:list-style style:name="{name}">{"".join(levels)}</text:list-style>'


_BULLETS = _list_style("Bullets", '<text:list-level-style-bullet text:level="1" text:bullet-char="–"/>')
_HEADER_STYLES = (
    _list_style("Vraag", _level(1, prefix="Vraag ", suffix="")),
    _list_style("Antwoord", _level(1, prefix="Antwoord ", suffix=""), _level(2, fmt="a", suffix=")")),
)


def _write_odt(path: Path, body: str, styles: str = "", automatic: str = "", outline: str = "") -> Path:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
        f"<office:automatic-styles>{automatic}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    style_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_NS}>'
        f"<office:styles>{styles}{outline}</office:styles></office:document-styles>"
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        package.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        package.writestr("styles.xml", style_xml, zipfile.ZIP_DEFLATED)
        package.writestr("META-INF/manifest.xml", _MANIFEST, zipfile.ZIP_DEFLATED)
    return path


def _p(text: str = "", style: str = "Standard") -> str:
    opening = f'<text:p text:style-name="{style}"'
    return f"{opening}>{text}</text:p>" if text else f"{opening}/>"


def _list(style: str, *items: str, attrs: str = "") -> str:
    return f'<text:list text:style-name="{style}" {attrs}>{"".join(items)}</text:list>'


def _item(*children: str, attrs: str = "") -> str:
    return f"<text:list-item {attrs}>{''.join(children)}</text:list-item>"


def _lines(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as package:
        return [line for line in read_odt(package, path.name).pages[0] if line.strip()]


def _headers_document(path: Path, continuation: str) -> Path:
    """Three questions whose "Vraag N" / "Antwoord N" headers are empty numbered paragraphs.

    ``continuation`` is "list" (text:continue-list pointing at the previous list's xml:id, as
    LibreOffice writes it) or "numbering" (text:continue-numbering="true").
    """
    pairs = [
        ("Bent u bekend met het bericht «Ambulancepersoneel steeds vaker bedreigd»?", "Ja."),
        ("Hoeveel meldingen zijn er in 2024 gedaan?", "In 2024 zijn 1.450 meldingen gedaan."),
        ("Welke maatregelen neemt u?", "Ik verwijs naar de Eenduidige Landelijke Afspraken (ELA)."),
    ]
    body = _p(_ASKED) + _p(_ANSWERED)
    for n, (question, answer) in enumerate(pairs, start=1):
        for style, text in (("Vraag", question), ("Antwoord", answer)):
            attrs = f'xml:id="{style}{n}"'
            if n > 1:
                attrs += (
                    f' text:continue-list="{style}{n - 1}"'
                    if continuation == "list"
                    else ' text:continue-numbering="true"'
                )
            body += _list(style, _item(_p()), attrs=attrs) + _p(text)
    return _write_odt(path, body, styles="".join(_HEADER_STYLES))


@pytest.mark.parametrize("continuation", ["list", "numbering"])
def test_numbered_question_and_answer_headers(tmp_path: Path, continuation: str) -> None:
    """LibreOffice writes text:continue-list. With text:continue-numbering after a list in another
    style LibreOffice itself would restart (it never writes that); other producers mean "continue",
    and continuing the last list in the same style is what keeps the headers."""
    doc = parse_file(_headers_document(tmp_path / "vragen.odt", continuation))
    assert doc.source_format == "odt"
    assert doc.doc_type is DocType.ANSWERS
    assert_tiles(doc)
    assert qa_groups(doc) == ([(1,), (2,), (3,)], [(1,), (2,), (3,)])
    assert "Vraag 2\nHoeveel meldingen zijn er in 2024 gedaan?" in doc.text
    assert "Antwoord 3\nIk verwijs naar" in doc.text


def test_list_inside_an_answer_leaves_the_header_counters_alone(tmp_path: Path) -> None:
    inner = _list_style("L1", _level(1), _level(2, fmt="i", suffix="."))
    body = _p(_ASKED) + _p(_ANSWERED)
    body += _list("Vraag", _item(_p("Welke maatregelen neemt u?")), attrs='xml:id="v1"')
    body += _list("Antwoord", _item(_p("Ik neem drie maatregelen:")), attrs='xml:id="a1"')
    body += _list(
        "L1",
        _item(_p("meer camera’s;")),
        _item(_p("hogere straffen;"), _list("L1", _item(_p("voor geweld"), _p("(ook verbaal)")))),
        _item(_p("voorlichting.")),
    )
    # Word's sub-points: level 2 of the answer list itself, "a)", "b)"
    sub_points = _list("Antwoord", _item(_p("Eerste punt.")), _item(_p("Tweede.")))
    body += _list("Antwoord", _item(sub_points), attrs='text:continue-list="a1"')
    body += _list("Vraag", _item(_p("Wanneer krijgt de Kamer bericht?")), attrs='text:continue-list="v1"')
    body += _list("Antwoord", _item(_p("Voor de zomer.")), attrs='text:continue-list="a1"')
    later = _list("Antwoord", _item(_p("Na de zomer.")))
    body += _list("Antwoord", _item(later), attrs='text:continue-numbering="true"')
    path = _write_odt(tmp_path / "lijst.odt", body, styles="".join(_HEADER_STYLES), automatic=inner)
    assert _lines(path)[2:] == [
        "Vraag 1 Welke maatregelen neemt u?",
        "Antwoord 1 Ik neem drie maatregelen:",
        "1. meer camera’s;",
        "2. hogere straffen;",
        "i. voor geweld",
        "(ook verbaal)",
        "3. voorlichting.",
        "a) Eerste punt.",
        "b) Tweede.",
        "Vraag 2 Wanneer krijgt de Kamer bericht?",
        "Antwoord 2 Voor de zomer.",
        "a) Na de zomer.",
    ]
    doc = parse_file(path)
    assert qa_groups(doc) == ([(1,), (2,)], [(1,), (2,)])
    answer = next(u for u in doc.units if u.kind is UnitKind.ANSWER and u.answers == (1,))
    assert "3. voorlichting." in doc.text[answer.start : answer.end]


def test_list_continued_after_an_interruption(tmp_path: Path) -> None:
    lst = _list_style("L1", _level(1), _level(2, fmt="a", suffix=")"))
    body = _list("L1", _item(_p("een")), _item(_p("twee")), attrs='xml:id="first"')
    body += _p("Tussendoor een gewone alinea.")
    body += _list("Bullets", _item(_p("een opsomming")))
    body += _list("L1", _item(_p("drie")), attrs='text:continue-list="first"')
    body += _p("Weer een alinea.")
    body += _list("L1", _item(_p("vier")), attrs='text:continue-numbering="true"')
    body += _list("L1", _item(_p("opnieuw")))  # neither attribute: a new list, from 1
    body += _list("L1", _item(_p("vijf"), attrs='text:start-value="5"'), _item(_p("zes")))
    path = _write_odt(tmp_path / "vervolg.odt", body, automatic=lst + _BULLETS)
    assert _lines(path) == [
        "1. een",
        "2. twee",
        "Tussendoor een gewone alinea.",
        "• een opsomming",
        "3. drie",
        "Weer een alinea.",
        "4. vier",
        "1. opnieuw",
        "5. vijf",
        "6. zes",
    ]


def test_levels_restart_and_show_higher_levels(tmp_path: Path) -> None:
    lst = _list_style(
        "L1",
        _level(1, fmt="I", extra='text:start-value="2"'),
        _level(2, suffix="", extra='text:display-levels="2"'),
        _level(3, fmt="A", prefix="(", suffix=")"),
    )
    nested = _list("L1", _item(_p("b1")), _item(_p("b2"), _list("L1", _item(_p("c1")))))
    body = _list("L1", _item(_p("een"), nested), _item(_p("twee"), _list("L1", _item(_p("weer b1")))))
    body += '<text:list text:style-name="L1"><text:list-header><text:p>kop zonder nummer</text:p>'
    body += "</text:list-header></text:list>"
    path = _write_odt(tmp_path / "niveaus.odt", body, styles=lst)
    assert _lines(path) == [
        "II. een",
        "II.1 b1",
        "II.2 b2",
        "(A) c1",
        "III. twee",
        "III.1 weer b1",
        "kop zonder nummer",
    ]


def test_libreoffice_list_format_and_paragraph_list_style(tmp_path: Path) -> None:
    """loext:num-list-format (LibreOffice 7.2+) is Word's level text; the list style may come
    from the paragraph style when the list names none."""
    lst = (
        '<text:list-style style:name="WWNum1">'
        '<text:list-level-style-number text:level="1" loext:num-list-format="%1%." style:num-suffix="." '
        'style:num-format="1"/>'
        '<text:list-level-style-number text:level="2" loext:num-list-format="%1%.%2%" style:num-format="1" '
        'text:display-levels="2"/>'
        '<text:list-level-style-number text:level="3" loext:num-list-format="%1%.%2%.%3%" '
        'style:num-format="1" text:display-levels="3"/>'
        "</text:list-style>"
    )
    para = (
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Lijst"/>'
        '<style:style style:name="Lijst" style:family="paragraph" style:list-style-name="WWNum1"/>'
    )
    body = '<text:list xml:id="a">' + _item(_p("Handhaving", "P1")) + "</text:list>"
    body += '<text:list text:continue-list="a">' + _item(_list("", _item(_p("Zachte landing", "P1"))))
    body += "</text:list>"
    body += '<text:list text:continue-numbering="true">' + _item(_p("Wetgeving", "P1")) + "</text:list>"
    body += '<text:list text:continue-numbering="true">'
    body += _item(_list("", _item(_list("", _item(_p("Rechtsvermoeden", "P1"))))))
    body += "</text:list>"
    body = body.replace(' text:style-name=""', "")
    path = _write_odt(tmp_path / "brief.odt", body, styles=lst, automatic=para)
    assert _lines(path) == ["1. Handhaving", "1.1 Zachte landing", "2. Wetgeving", "2.1.1 Rechtsvermoeden"]


def test_numbered_headings_from_the_outline_style(tmp_path: Path) -> None:
    outline = (
        '<text:outline-style style:name="Outline">'
        '<text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."/>'
        '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>'
        "</text:outline-style>"
    )
    body = '<text:h text:outline-level="1">Terugkeer</text:h>'
    body += '<text:h text:outline-level="2">Cijfers</text:h>'
    body += '<text:h text:outline-level="1">Opvang</text:h>'
    body += '<text:h text:outline-level="2"><text:number>2.7</text:number>Kosten</text:h>'
    body += '<text:h text:outline-level="1" text:is-list-header="true">Bijlage</text:h>'
    body += '<text:h text:outline-level="3"><text:number>2.1.1</text:number>Slot</text:h>'
    path = _write_odt(tmp_path / "koppen.odt", body, outline=outline)
    # a stored (stale) text:number yields to the computed number, as in LibreOffice
    expected = ["1. Terugkeer", "1.1 Cijfers", "2. Opvang", "2.1 Kosten", "Bijlage", "2.1.1 Slot"]
    assert _lines(path) == expected


def test_unnumbered_outline_and_missing_styles_change_nothing(tmp_path: Path) -> None:
    outline = '<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" '
    outline += 'style:num-format="" style:num-suffix="."/></text:outline-style>'
    lst = _list_style("L1", _level(1))
    body = '<text:h text:outline-level="1">Inleiding</text:h>'
    body += _list("Onbekend", _item(_p("een punt")))
    body += _list("L1", _item(_p("een"), attrs='text:start-value="x"'), _item(_p("twee")))
    path = _write_odt(tmp_path / "kaal.odt", body, automatic=lst, outline=outline)
    assert _lines(path) == ["Inleiding", "een punt", "1. een", "2. twee"]


@pytest.mark.parametrize(
    ("n", "fmt", "expected"),
    [(4, "1", "4"), (3, "a", "c"), (27, "a", "aa"), (28, "A", "AB"), (14, "i", "xiv"), (9, "I", "IX")],
)
def test_format_number(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected
