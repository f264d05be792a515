"""LibreOffice headless → PDF → ``pdftotext``: a memo as a colleague's reader lays it out.

``footnote_problems`` checks, page by page, that each footnote number in the body (glued to the
end of a claim's short citation) is followed in that page's footnote area by the number on a line
of its own and then that claim's full citation — Word's and LibreOffice's numbering is by the
position of the references, so a note written out of reading order shows the wrong source.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from naast.export.citation import full_citation, short_citation
from naast.export.plan import ClaimEntry, Language

HAVE_TOOLS = bool(shutil.which("soffice") and shutil.which("pdftotext") and shutil.which("pdftoppm"))
FOLLOWING_LINES = 12  # a note's citation wraps over a few lines at most


def to_pdf(docx_path: Path, out_dir: Path) -> Path:
    profile = out_dir / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out_dir / (docx_path.stem + ".pdf")


def page_texts(pdf: Path) -> list[str]:
    """Each page's text in the order LibreOffice drew it (``-raw``), spaces removed, lines kept."""
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True)
    pages = raw.stdout.split("\f")
    return ["\n".join("".join(line.split()) for line in page.splitlines()) for page in pages]


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _body_reference(short: str, number: int) -> re.Pattern[str]:
    """The short citation (wrapped anywhere) with the footnote number glued to its end."""
    chars = r"\n?".join(re.escape(ch) for ch in _squeeze(short))
    return re.compile(chars + str(number) + r"(?=\n|$)")


_FOOTER = re.compile(r"(Page\d+of\d+|Pagina\d+van\d+)")


def _note_text(lines: list[str], index: int) -> str:
    """The lines after a note's number, up to the next number or the page's footer."""
    out = []
    for line in lines[index + 1 : index + 1 + FOLLOWING_LINES]:
        if line.isdigit() or _FOOTER.fullmatch(line):
            break
        out.append(line)
    return "".join(out)


def _note_follows(page: str, number: int, citation: str, next_page: str | None = None) -> bool:
    """Note ``number`` on ``page`` reads ``citation`` — or begins it, LibreOffice continuing the
    note at the top of the next page's footnote area."""
    lines = page.split("\n")
    for index, line in enumerate(lines):
        if line != str(number):
            continue
        text = _note_text(lines, index)
        if text.startswith(citation):
            return True
        continued = next_page is not None and len(text) >= 10 and citation.startswith(text)
        if continued and citation[len(text) :] in next_page.replace("\n", ""):
            return True
    return False


def footnote_problems(
    pdf: Path, claims: Sequence[ClaimEntry], language: Language, carried_over: list[int] | None = None
) -> list[str]:
    """What is wrong, one line per footnote; ``claims`` in reading order (footnote n = claims[n-1]).

    Notes LibreOffice carried over to the next page are listed in ``carried_over``.
    """
    carried_over = carried_over if carried_over is not None else []
    pages = page_texts(pdf)
    problems = []
    for number, claim in enumerate(claims, start=1):
        pattern = _body_reference(short_citation(claim.citation, language), number)
        on = [i for i, page in enumerate(pages) if pattern.search(page)]
        if not on:
            problems.append(f"footnote {number}: not found in the body after {claim.claim_id}'s source")
            continue
        citation = _squeeze(full_citation(claim.citation, language))
        page = on[0]
        following = pages[page + 1] if page + 1 < len(pages) else None
        if _note_follows(pages[page], number, citation, following):
            continue
        # LibreOffice carries a note that no longer fits under its page's last row over to the
        # next page's footnote area; its number and citation must still be right there.
        if page + 1 < len(pages) and _note_follows(pages[page + 1], number, citation):
            carried_over.append(number)
            continue
        problems.append(f"page {page + 1}: footnote {number} does not read {claim.claim_id}'s citation")
    return problems


FOOTER_PT = 60  # the footer line ("page X of Y") sits in the bottom margin


def page_fill(pdf: Path) -> list[float]:
    """How far down each page its text reaches (the lowest word above the footer / page height)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True)
    fills: list[float] = []
    height, lowest = 0.0, 0.0
    for line in out.stdout.splitlines():
        page = re.search(r'<page width="[\d.]+" height="([\d.]+)"', line)
        if page:
            if height:
                fills.append(lowest / height)
            height, lowest = float(page.group(1)), 0.0
            continue
        word = re.search(r'yMax="([\d.]+)"', line)
        if word and height and float(word.group(1)) < height - FOOTER_PT:
            lowest = max(lowest, float(word.group(1)))
    if height:
        fills.append(lowest / height)
    return fills
