"""Tables written row by row in linear time, with rows that do not split across pages.

python-docx finds a row's cells by walking the whole table (``table.rows[i].cells``), which makes
writing a table of n rows cost n²; this builder keeps its own row and cell objects instead. Every
row gets fixed column widths (in the grid for LibreOffice, on each cell for Word) and
``w:cantSplit``, so a row is never broken into a half-empty continuation; the header row repeats
on every page.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell

from naast.export.docx_xml import add_text, shade_cell


def _flag(tr: OxmlElement, tag: str) -> None:
    trpr = tr.get_or_add_trPr()
    if trpr.find(qn(tag)) is None:
        trpr.append(OxmlElement(tag))


class TableBuilder:
    """A table appended to ``document`` with fixed ``widths_mm``; add rows in reading order."""

    def __init__(self, document: DocxDocument, widths_mm: Sequence[float], style: str = "Table Grid"):
        self.widths = [Mm(w) for w in widths_mm]
        self.table: Table = document.add_table(rows=0, cols=len(self.widths))
        self.table.style = style
        self.table.autofit = False
        for grid_col, width in zip(self.table._tbl.tblGrid.gridCol_lst, self.widths, strict=True):
            grid_col.w = width
        self.rows = 0

    def row(self, *, cant_split: bool = True, keep_with_next: bool = False) -> list[_Cell]:
        """A new row's cells (each holding one empty paragraph)."""
        tr = self.table._tbl.add_tr()
        cells = []
        for width in self.widths:
            tc = tr.add_tc()
            tc.width = width
            cells.append(_Cell(tc, self.table))
        if cant_split:
            _flag(tr, "w:cantSplit")
        if keep_with_next:
            for cell in cells:
                cell.paragraphs[0].paragraph_format.keep_with_next = True
        self.rows += 1
        return cells

    def spanning_row(self, *, keep_with_next: bool = True) -> _Cell:
        """A row of one cell across every column (for a label above the row it explains)."""
        tr = self.table._tbl.add_tr()
        tc = tr.add_tc()
        tc.width = sum(self.widths, Mm(0))
        if len(self.widths) > 1:
            tc.get_or_add_tcPr().grid_span = len(self.widths)
        _flag(tr, "w:cantSplit")
        cell = _Cell(tc, self.table)
        cell.paragraphs[0].paragraph_format.keep_with_next = keep_with_next
        self.rows += 1
        return cell

    def header(self, texts: Sequence[str], fills: Sequence[str], size: float = 9) -> list[_Cell]:
        """The header row: bold labels on their fills, repeated at the top of every page."""
        cells = self.row(keep_with_next=True)
        for cell, text, fill in zip(cells, texts, fills, strict=True):
            add_text(cell.paragraphs[0], text, bold=True).font.size = Pt(size)
            shade_cell(cell, fill)
        _flag(cells[0]._tc.getparent(), "w:tblHeader")
        return cells
