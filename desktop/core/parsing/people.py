"""Names as parliament writes them: askers with parties, offices, who answered."""

from __future__ import annotations

import re

from naast.core.model import Person, Responder

ROLE = (
    r"(?:[Vv]ice-?[Mm]inister-[Pp]resident|[Mm]inister-[Pp]resident|[Mm]inisters?"
    r"|[Ss]taatssecretaris(?:sen)?)"
)
_COLLECTIVE_RE = re.compile(r"^(?:beiden|allen|alle(?:\s+\w+)?|beide)\s+(.+)$", re.IGNORECASE)
_PERSON_RE = re.compile(r"^(.*?)\s*(?:\(([^()]*)\))?$")
_INITIALS_RE = re.compile(r"^(?:(?:[A-Z][a-z]{0,2}\.)\s?)+(?=[^\W\d_])")
_TITLES_RE = re.compile(r"^(?:(?:mr|drs|dr|prof|ir|ing|ds|mw|dhr|mevr|bc|lic)\.?\s+)+", re.IGNORECASE)
_CO_RE = re.compile(
    rf"\ben\s+(?:de\s+)?({ROLE})\s+([^(),]+?)\s*(?:\(((?![Oo]ntvangen)[^()]*)\))?(?=,|\s*\(|\s*$)"
)
# An office or a person after "mede namens": "de Minister van Landbouw, Natuur en Voedselkwaliteit",
# "de ministers van BZ en van Defensie", "minister Schouten (SZW)". A ministry is a run of
# capitalised words joined by spaces, commas, "en" or a dash; a lower-case word ends it.
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'&]*"
_MINISTRY = rf"(?!{ROLE}\b){_CAP}(?:(?:\s+|,\s+|\s+en\s+|\s*[–-]\s*)(?!{ROLE}\b){_CAP})*"
_NAME = rf"(?!{ROLE}\b){_CAP}(?:[\s-]+(?:(?:van|de|der|den|ter|ten|het)\s+)*(?!{ROLE}\b){_CAP})*"
# An office named without "van" (the Schoof cabinet's "staatssecretaris Jeugd, Preventie en Sport"):
# capitalised words listed with commas and "en"; a person's name holds no "en".
_TITLED = rf"(?!{ROLE}\b){_CAP}(?:,\s+(?!{ROLE}\b){_CAP})*\s+en\s+(?!{ROLE}\b){_CAP}"
_OFFICE_RE = re.compile(
    rf"(?:(?:de|het)\s+)?(?P<role>{ROLE})(?![\w-])"
    rf"(?:\s+(?P<offices>(?:van|voor)\s+{_MINISTRY}(?:,?\s+(?:en\s+)?(?:van|voor)\s+{_MINISTRY})*)"
    rf"|\s+(?P<titled>{_TITLED})(?=[,.;]|\s+[a-z(]|$)"
    rf"|\s+(?P<name>{_NAME}(?:\s*\((?![Oo]ntvangen)[^()]{{1,60}}\))?))?"
)
# "de ministers van BZ en voor BHOS, en de staatssecretaris …": offices, then their ministries
_OFFICE_SPLIT_RE = re.compile(r",?\s+en\s+(?=(?:de|het)\s)|,\s+(?=(?:de|het)\s)")
_ROLE_GROUP_RE = re.compile(rf"^(?:de\s+|het\s+)?({ROLE})(?:\s+(.*))?$")
_MINISTRY_SPLIT_RE = re.compile(r",?\s+en\s+(?=(?:van|voor)\s)|,\s+(?=(?:van|voor)\s)")
_OFFICE_SEP_RE = re.compile(r",\s+(?:en\s+)?|\s+en\s+")
# "Antwoord van Staatssecretaris X (Ministry), mede namens …", or an office with a ministry
# that may hold commas: "Antwoord van de Minister van Landbouw, Natuur en Voedselkwaliteit, mede …".
_ANSWER_RE = re.compile(
    rf"\b(?:Antwoord|[Nn]ader\s+antwoord|Mededeling)\s+van\s+(?:de\s+)?(?P<role>{ROLE})\s+"
    rf"(?P<name>(?:van|voor)\s+{_MINISTRY}|[^(),]+)"
    r"(?:\s*\((?P<ministry>(?![Oo]ntvangen)[^()]*)\))?(?P<rest>[^()]*(?:\((?![Oo]ntvangen)[^()]*\)[^()]*)*)"
)
# A signature: the office on a line of its own ("De Minister van Volksgezondheid, Welzijn en Sport,",
# "de staatssecretaris van Justitie en Veiligheid,", "De Staatssecretaris Jeugd, Preventie en Sport,",
# "De minister-president, Minister van Algemene Zaken,"); a narrow column wraps the ministry
# ("De Minister van Sociale Zaken en" / "Werkgelegenheid,"), and then the name.
SIGN_ROLE_RE = re.compile(
    r"^(?:(?:Hoogachtend|Met (?:vriendelijke|hoogachtende) groet),?\s+)?"  # joined by a text reader
    rf"(?:[Dd]e|[Hh]et)\s+(?P<role>{ROLE})(?![\w-])(?:,?\s+{ROLE})?(?:\s+(?:van|voor))?"
    rf"(?:\s+(?P<ministry>{_MINISTRY}))?(?P<open>\s+en|,)?$"
)
SIGN_STARTS = ("De ", "de ", "Het ", "het ", "Hoogachtend", "Met ")
SIGN_MORE_RE = re.compile(rf"^(?P<ministry>{_MINISTRY})(?P<open>\s+en|,)?$")
_SIGN_NAME_RE = re.compile(
    r"^(?:(?:mr|drs|dr|prof|ir|ing)\.?\s+)*(?:[A-Z][a-z]{0,2}\.\s?)*[A-Z][\w’'.\- ]{1,60}$", re.IGNORECASE
)
# Where one line holds the names of signers side by side: "Y.J. van Hijum F. Idsinga".
_NEXT_NAME_RE = re.compile(r"(?<=[^\W\d_]{2})\s+(?=(?:[A-Z]\.\s?)+\s*[A-Z])")
_LIST_SPLIT_RE = re.compile(r"[(),]| en ")
_MEMBER_RE = re.compile(r"^(?:het lid|de leden|lid|leden)\s+", re.IGNORECASE)
_LOOSE_HYPHEN_RE = re.compile(r"\s*-\s+|\s+-\s*")
_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "in", "op", "el", "al", "la", "le", "du"}


def split_top_level(text: str) -> list[str]:
    """Split a list of names on commas and "en", but not inside parentheses."""
    parts: list[str] = []
    depth = start = 0
    for match in _LIST_SPLIT_RE.finditer(text):  # only the characters that decide
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif depth == 0:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def parse_askers(names: str) -> tuple[Person, ...]:
    """ "Van Wijngaarden en Weverling (beiden VVD)" -> two VVD members."""
    people: list[list[str | None]] = []
    for chunk in split_top_level(" ".join(names.split())):
        match = _PERSON_RE.match(chunk)
        name, party = (match.group(1), match.group(2)) if match else (chunk, None)
        collective = _COLLECTIVE_RE.match(party or "")
        if collective:
            for person in people:
                if person[1] is None:
                    person[1] = collective.group(1).strip()
            party = collective.group(1).strip()
        people.append([clean_name(name), party.strip() if party else None])
    return tuple(Person(str(name), party) for name, party in people if name)


def clean_name(name: str) -> str:
    """Drop initials and tidy hyphens: "M.H.M. Faber- van de Klashorst" -> "Faber-van de Klashorst"."""
    name = " ".join(name.split()).strip(" ,.;")
    name = _MEMBER_RE.sub("", name)
    name = _INITIALS_RE.sub("", _TITLES_RE.sub("", name))
    name = name[:1].upper() + name[1:]
    return _LOOSE_HYPHEN_RE.sub("-", name)


def singular_role(word: str) -> str:
    low = word.lower()
    if low.startswith("staatssecretaris"):
        return "Staatssecretaris"
    if low.startswith("vice"):
        return "Viceminister-president"
    if low.startswith("minister-president"):
        return "Minister-president"
    return "Minister"


def split_offices(text: str) -> tuple[str, ...]:
    """ "de ministers van BZ en voor BHOS" -> ("Minister van BZ", "Minister voor BHOS")."""
    offices: list[str] = []
    text = " ".join(text.split())  # a header paragraph may be broken mid-sentence
    for group in _OFFICE_SPLIT_RE.split(text.strip(" .,")):
        match = _ROLE_GROUP_RE.match(group.strip())
        if not match:
            if group.strip():
                offices.append(group.strip())
            continue
        role = singular_role(match.group(1))
        if not match.group(2):
            offices.append(role)  # "de minister-president"
            continue
        parts = _MINISTRY_SPLIT_RE.split(match.group(2))
        offices.extend(f"{role} {part.strip()}" for part in parts if part.strip())
    return tuple(offices)


def offices_at(text: str) -> tuple[str, ...]:
    """The offices and persons that ``text`` begins with, e.g. after "mede namens"; reading stops
    where the sentence goes on ("…, de antwoorden aan op …", "…, over de voortgang …")."""
    offices: list[str] = []
    pos = len(text) - len(text.lstrip())
    while True:
        match = _OFFICE_RE.match(text, pos)
        if not match:
            break
        role = singular_role(match.group("role"))
        if match.group("offices"):
            parts = _MINISTRY_SPLIT_RE.split(match.group("offices"))
            offices.extend(f"{role} {' '.join(part.split())}" for part in parts)
        elif match.group("titled") or match.group("name"):
            offices.append(f"{role} {' '.join((match.group('titled') or match.group('name')).split())}")
        else:
            offices.append(role)
        sep = _OFFICE_SEP_RE.match(text, match.end())
        if not sep:
            break
        pos = sep.end()
    return tuple(offices)


def responder_from_answer_line(text: str) -> Responder | None:
    """ "Antwoord van Staatssecretaris X (Ministry), mede namens …" as a Responder."""
    match = _ANSWER_RE.search(text)
    if not match:
        return None
    rest = match.group("rest") or ""
    on_behalf: tuple[str, ...] = ()
    mede = re.search(r"mede\s+namens\s+(.*)", rest, re.DOTALL)
    if mede:
        on_behalf = split_offices(re.split(r"\([Oo]ntvangen|\.\s", mede.group(1))[0])
    ministry = match.group("ministry")
    name = match.group("name").strip()
    office = re.match(r"^(?:van|voor)\s+(.+)$", name)
    if office:  # "Antwoord van de Minister van Financiën": an office, no name
        name, ministry = "", ministry or office.group(1).strip()
    return Responder(
        name=clean_name(name) if name else "",
        role=singular_role(match.group("role")),
        ministry=ministry.strip() if ministry else None,
        on_behalf_of=on_behalf,
    )


def co_responders(text: str) -> list[str]:
    """Further answerers on the "Antwoord van …" line, as "Staatssecretaris Y (B)"."""
    match = _ANSWER_RE.search(text)
    if not match:
        return []
    rest = re.split(r"mede\s+namens|\([Oo]ntvangen", match.group("rest") or "")[0]
    found = []
    for co in _CO_RE.finditer(rest):
        role, name, ministry = singular_role(co.group(1)), clean_name(co.group(2)), co.group(3)
        found.append(f"{role} {name}" + (f" ({ministry.strip()})" if ministry else ""))
    return found


def signatories(lines: list[str]) -> list[Responder]:
    """Who signed the last signature, in order: each office above its name, one under another,
    side by side in a table row ("… | …"), or as the columns of a PDF whose names share a line."""
    cells = [cell for line in lines for cell in (_cells(line) if "|" in line else [line.strip()]) if cell]
    blocks: list[tuple[int, int, list[Responder]]] = []
    i = 0
    while i < len(cells):
        block = _signature_block(cells, i)
        if block is None:
            i += 1
            continue
        blocks.append(block)
        i = block[1]
    if not blocks:
        return []
    group = [blocks[-1]]
    while len(group) < len(blocks) and blocks[-len(group) - 1][1] == group[0][0]:
        group.insert(0, blocks[-len(group) - 1])
    return [signer for block in group for signer in block[2]]


def responder_from_signature(paragraphs: list[str]) -> Responder | None:
    """The first signer of the last signature."""
    signed = signatories(paragraphs)
    return signed[0] if signed else None


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("|") if cell.strip()]


def _signature_block(cells: list[str], start: int) -> tuple[int, int, list[Responder]] | None:
    """(start, end, signers) of offices from ``start`` followed by as many names."""
    offices: list[tuple[str, str | None]] = []
    i = start
    while i < len(cells) and (office := _office_at(cells, i)) is not None:
        offices.append(office[:2])
        i = office[2]
    if not offices or i >= len(cells):
        return None
    names = _NEXT_NAME_RE.split(cells[i]) if len(offices) > 1 else [cells[i]]
    end = i + 1
    if len(names) != len(offices):
        names, end = cells[i : i + len(offices)], i + len(offices)
    if len(names) != len(offices) or not all(_SIGN_NAME_RE.match(name) for name in names):
        return None
    signers = [
        Responder(name=signature_name(name), role=singular_role(role), ministry=ministry)
        for (role, ministry), name in zip(offices, names, strict=True)
    ]
    return start, end, signers


def _office_at(cells: list[str], i: int) -> tuple[str, str | None, int] | None:
    """(role, ministry, index after it) of an office that starts at ``cells[i]``; a wrapped ministry
    goes on in lines that end in a comma, or after a line that ends in "en"."""
    line = cells[i]
    if not line.startswith(SIGN_STARTS):
        return None
    match = SIGN_ROLE_RE.match(line)
    if match is None:
        return None
    ministry, tail, i = match.group("ministry") or "", match.group("open") or "", i + 1
    while tail and i < len(cells):
        more = SIGN_MORE_RE.match(cells[i])
        if more is None or (tail == "," and not more.group("open")):
            break
        ministry += f"{tail} {more.group('ministry')}"
        tail, i = more.group("open") or "", i + 1
    if tail.strip() == "en":
        return None
    return match.group("role"), " ".join(ministry.split()) or None, i


def signature_name(line: str) -> str:
    """A signed name as parliament cites it: "M. Agema", "Fleur Agema" -> "Agema"; "Hugo de Jonge"
    -> "De Jonge". A first name written out is dropped; a surname with a particle is kept whole."""
    plain = _TITLES_RE.sub("", " ".join(line.split()))
    words = plain.split()
    if not _INITIALS_RE.match(plain) and len(words) > 1 and _is_first_name(words[0]):
        plain = " ".join(words[1:])
    return clean_name(plain)


def _is_first_name(word: str) -> bool:
    return word.isalpha() and word[0].isupper() and word.lower() not in _PARTICLES
