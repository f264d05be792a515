<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name />
    <message>
        <location filename="../../desktop/gui/models/responsiveness_model.py" line="90" />
        <source>n = %1 (%2)</source>
        <extracomment>(JSON key, header, kind, the count a share is of) What each column means, for its header's tool tip.</extracomment>
        <translation type="unfinished">n = %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="35" />
        <source>About Naast</source>
        <translation>Over Naast</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="58" />
        <source>Read, tag and compare what Dutch ministers tell parliament, side by side.</source>
        <translation>Lees, codeer en vergelijk wat bewindspersonen de Kamer vertellen, naast elkaar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="60" />
        <source>Licence: %1</source>
        <translation>Licentie: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="61" />
        <source>Qt %1 · PySide6 %2 · Python %3</source>
        <translation>Qt %1 · PySide6 %2 · Python %3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="70" />
        <source>The manual and the keyboard shortcuts are under Help (F1).</source>
        <translation>De handleiding en de sneltoetsen staan onder Help (F1).</translation>
    </message>
<message><source>Project home:</source><translation>Projectpagina:</translation></message></context>
<context>
    <name>AcrossMinisters</name>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="37" />
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="38" />
        <source>Proposition</source>
        <translation>Propositie</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="41" />
        <source>from yyyy-mm-dd</source>
        <translation>van jjjj-mm-dd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="42" />
        <source>to yyyy-mm-dd</source>
        <translation>tot jjjj-mm-dd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="61" />
        <source>Click a cell or a dot to list its claims; double-click a claim to read it.</source>
        <translation>Klik op een cel of een punt om de claims te zien; dubbelklik op een claim om hem te lezen.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="78" />
        <source>Compare by</source>
        <translation>Vergelijk per</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="81" />
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="135" />
        <source>All topics</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="142" />
        <source>All propositions</source>
        <translation>Alle proposities</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="177" />
        <source>no stance</source>
        <translation>geen standpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="189" />
        <source>{n} claims by {a} actors</source>
        <translation>{n} claims van {a} actoren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="203" />
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="215" />
        <source>all stances</source>
        <translation>alle standpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="224" />
        <source>{n} claims</source>
        <translation>{n} claims</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="56" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="56" />
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="56" />
        <source>Differs in</source>
        <translation>Verschilt in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="64" />
        <source>Keep A's</source>
        <translation>Die van A behouden</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="65" />
        <source>Keep B's</source>
        <translation>Die van B behouden</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="66" />
        <source>Consensus claim</source>
        <translation>Consensusclaim</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="78" />
        <source>Coder A</source>
        <translation>Codeur A</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="78" />
        <source>Coder B</source>
        <translation>Codeur B</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="82" />
        <source>A's coding</source>
        <translation>Codering van A</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="82" />
        <source>B's coding</source>
        <translation>Codering van B</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="160" />
        <source>Agreement needs the claims of two coders.</source>
        <translation>Voor overeenstemming zijn de claims van twee codeurs nodig.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="180" />
        <source>Where claims are: αu {units} ({matched} matched, {single} by one coder only) · stance α {stance} ({sp} % agree) · topics α {topics} · claimant α {claimant} · {open} disagreements open</source>
        <translation>Waar claims staan: αu {units} ({matched} gekoppeld, {single} door één codeur) · standpunt α {stance} ({sp} % eens) · onderwerpen α {topics} · claimant α {claimant} · {open} verschillen open</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="206" />
        <source>settled</source>
        <translation>beslecht</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="222" />
        <source>only A marked it</source>
        <translation>alleen A markeerde het</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="223" />
        <source>only B marked it</source>
        <translation>alleen B markeerde het</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="224" />
        <source>topic</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="225" />
        <source>stance</source>
        <translation>standpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="226" />
        <source>claimant</source>
        <translation>claimant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="251" />
        <source>(marked nothing here)</source>
        <translation>(markeerde hier niets)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="261" />
        <source>no topic</source>
        <translation>geen onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="262" />
        <source>no stance</source>
        <translation>geen standpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/agreement.py" line="263" />
        <source>no claimant</source>
        <translation>geen claimant</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="41" />
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="42" />
        <source>Who answered</source>
        <translation>Wie antwoordde</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="43" />
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="44" />
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="45" />
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="48" />
        <source>Filter documents…</source>
        <translation>Documenten filteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="55" />
        <source>Select a document to see who asked and who answered.</source>
        <translation>Kies een document om te zien wie vroeg en wie antwoordde.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="67" />
        <source>Group by</source>
        <translation>Groepeer op</translation>
    </message>
<message><source>Asked by</source><translation>Gevraagd door</translation></message><message><source>Answered by</source><translation>Beantwoord door</translation></message><message><source>Signed by</source><translation>Ondertekend door</translation></message><message><source>On behalf of</source><translation>Mede namens</translation></message><message><source>Submitted</source><translation>Ingezonden</translation></message><message><source>Received</source><translation>Ontvangen</translation></message><message><source>Kenmerk</source><translation>Kenmerk</translation></message><message><source>Aanhangsel</source><translation>Aanhangsel</translation></message><message><source>Vergaderjaar</source><translation>Vergaderjaar</translation></message><message><source>Identifier</source><translation>Identificatie</translation></message><message><source>File</source><translation>Bestand</translation></message></context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="62" />
        <source>Claim details</source>
        <translation>Details van de claim</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="70" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="71" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="79" />
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="80" />
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="81" />
        <source>Addressee</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="82" />
        <source>Proposition</source>
        <translation>Propositie</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="83" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="96" />
        <source>Filter topics…</source>
        <translation>Onderwerpen filteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="130" />
        <source>(no topic)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="147" />
        <source>Links to other claims</source>
        <translation>Verbanden met andere claims</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="157" />
        <source>Add link</source>
        <translation>Verband toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="159" />
        <source>Remove link</source>
        <translation>Verband verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="173" />
        <source>answers</source>
        <translation>beantwoordt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="174" />
        <source>agrees with</source>
        <translation>is het eens met</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="175" />
        <source>contradicts</source>
        <translation>spreekt tegen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="176" />
        <source>repeats</source>
        <translation>herhaalt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="202" />
        <source>{link} (new)</source>
        <translation>{link} (nieuw)</translation>
    </message>
<message><source>This claim</source><translation>Deze claim</translation></message><message><source>this claim</source><translation>deze claim</translation></message></context>
<context>
    <name>ClaimantNotice</name>
    <message>
        <location filename="../../desktop/gui/dialogs/claimant_notice.py" line="33" />
        <source>Claimants to check</source>
        <translation>Claimanten om na te kijken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claimant_notice.py" line="36" />
        <source>{n} claims name a claimant who does not speak where the claim stands (for example the minister on an MP's question). Tick the ones to give the speaker of their unit; nothing changes otherwise, and you can undo the fix.</source>
        <translation>{n} claims noemen een claimant die niet spreekt waar de claim staat (bijvoorbeeld de minister bij de vraag van een Kamerlid). Vink de claims aan die de spreker van hun eenheid moeten krijgen; verder verandert er niets, en je kunt het ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claimant_notice.py" line="50" />
        <source>Fix the ticked claims</source>
        <translation>Aangevinkte claims herstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claimant_notice.py" line="51" />
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
</context>
<context>
    <name>ClaimsDock</name>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="57" />
        <source>This document</source>
        <extracomment>Columns sized to their contents on every refresh: (narrowest, widest) in pixels. When the three do not fit, Topics and Stance give way (their tooltips say the whole), each in proportion to what it has above this width; Where stays whole.</extracomment>
        <translation>Dit document</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="58" />
        <source>Whole project</source>
        <translation>Hele project</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="62" />
        <source>Filter quotes…</source>
        <translation>Citaten filteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="77" />
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="79" />
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="81" />
        <source>Stance</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="83" />
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="100" />
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="124" />
        <source>1 claim</source>
        <translation>1 claim</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="124" />
        <source>{n} claims</source>
        <translation>{n} claims</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="192" />
        <source>Go to the text</source>
        <translation>Naar de tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="193" />
        <source>Edit topic and stance…</source>
        <translation>Onderwerp en standpunt wijzigen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="194" />
        <source>Note…</source>
        <translation>Notitie…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="195" />
        <source>Details and links…</source>
        <translation>Details en verbanden…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="196" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../desktop/gui/models/claims_model.py" line="88" />
        <source>Changed by a new version; it quoted: “{quote}”</source>
        <extracomment>Where, topics and stance first: what a coder checks at a glance fits the dock without scrolling.</extracomment>
        <translation>Gewijzigd door een nieuwe versie; het citaat was: “{quote}”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/claims_model.py" line="115" />
        <source>⚠ changed</source>
        <translation>⚠ gewijzigd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/claims_model.py" line="115" />
        <source>⚠ orphaned</source>
        <translation>⚠ losgeraakt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/claims_model.py" line="134" />
        <source>(document removed)</source>
        <translation>(document verwijderd)</translation>
    </message>
<message><source>Stance</source><translation>Standpunt</translation></message><message><source>Claimant</source><translation>Claimant</translation></message><message><source>Where</source><translation>Waar</translation></message><message><source>Quote</source><translation>Citaat</translation></message><message><source>Topics</source><translation>Onderwerpen</translation></message><message><source>Date</source><translation>Datum</translation></message><message><source>Document</source><translation>Document</translation></message><message><source>Coder</source><translation>Codeur</translation></message><message><source>Note</source><translation>Notitie</translation></message></context>
<context>
    <name>CodebookDock</name>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="23" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="23" />
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="68" />
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="69" />
        <source>Stances</source>
        <translation>Standpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="96" />
        <source>Double-click to list its claims; right-click to edit the codebook</source>
        <translation>Dubbelklik om de claims te zien; klik rechts om het codeboek te bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="139" />
        <source>Add topic…</source>
        <translation>Onderwerp toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="142" />
        <source>Add subtopic…</source>
        <translation>Subonderwerp toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="143" />
        <source>Rename, recolour or define…</source>
        <translation>Hernoemen, andere kleur of definitie…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="144" />
        <source>Move under…</source>
        <translation>Verplaatsen naar…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="145" />
        <source>Merge into…</source>
        <translation>Samenvoegen met…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="146" />
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
<message><source>Rename or recolour…</source><translation>Hernoemen of andere kleur…</translation></message></context>
<context>
    <name>CodebookEditor</name>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="64" />
        <source>New topic</source>
        <translation>Nieuw onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="64" />
        <source>New subtopic</source>
        <translation>Nieuw subonderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="79" />
        <source>Edit topic</source>
        <translation>Onderwerp bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="104" />
        <source>(top level)</source>
        <translation>(bovenste niveau)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="105" />
        <source>Move “{topic}” under:</source>
        <translation>“{topic}” verplaatsen naar:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="106" />
        <source>Move topic</source>
        <translation>Onderwerp verplaatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="112" />
        <source>Merge “{topic}” into (its claims and subtopics move there):</source>
        <translation>“{topic}” samenvoegen met (de claims en subonderwerpen gaan mee):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="115" />
        <source>Merge topics</source>
        <translation>Onderwerpen samenvoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="124" />
        <source>Delete topic</source>
        <translation>Onderwerp verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="125" />
        <source>Delete the topic “{topic}”?</source>
        <translation>Het onderwerp “{topic}” verwijderen?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="126" />
        <source>You can undo this.</source>
        <translation>Dit kunt u ongedaan maken.</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/coder_dialog.py" line="14" />
        <source>Who is coding?</source>
        <translation>Wie codeert er?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/coder_dialog.py" line="17" />
        <source>Your name is recorded with every claim you tag and note you write, and appears as the author of your comments in Word. You can change it later in Preferences.</source>
        <translation>Je naam wordt vastgelegd bij elke claim die je codeert en elke notitie die je schrijft, en staat als auteur bij je opmerkingen in Word. Je kunt hem later wijzigen in Voorkeuren.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/coder_dialog.py" line="22" />
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/compare_dialog.py" line="25" />
        <source>Compare with</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/compare_dialog.py" line="27" />
        <source>Filter by title, minister, kenmerk…</source>
        <translation>Filter op titel, bewindspersoon, kenmerk…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/compare_dialog.py" line="40" />
        <source>Compare «%1» with:</source>
        <translation>Vergelijk «%1» met:</translation>
    </message>
</context>
<context>
    <name>DamagedProjectDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/damaged_dialog.py" line="28" />
        <source>The project is damaged</source>
        <translation>Het project is beschadigd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/damaged_dialog.py" line="37" />
        <source>Open the last backup</source>
        <translation>De laatste reservekopie openen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/damaged_dialog.py" line="40" />
        <source>Recover into a new project</source>
        <translation>Herstellen in een nieuw project</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/damaged_dialog.py" line="42" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/damaged_dialog.py" line="53" />
        <source>Recovered into a new project</source>
        <translation>Hersteld in een nieuw project</translation>
    </message>
</context>
<context>
    <name>DaysStrip</name>
    <message>
        <location filename="../../desktop/gui/widgets/answer_charts.py" line="75" />
        <source>%1-day term</source>
        <translation>termijn van %1 dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/answer_charts.py" line="87" />
        <source>no dated documents</source>
        <translation>geen gedateerde documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/answer_charts.py" line="128" />
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="28" />
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="29" />
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="30" />
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="31" />
        <source>Notice</source>
        <translation>Mededeling</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="57" />
        <source>Find in this document — Enter for next, Esc to close</source>
        <translation>Zoeken in dit document — Enter voor volgende, Esc sluit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="116" />
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="119" />
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="133" />
        <source>No document open</source>
        <translation>Geen document geopend</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="135" />
        <source>Double-click a document in the browser, or import files with Ctrl+I.</source>
        <translation>Dubbelklik op een document in de lijst, of importeer bestanden met Ctrl+I.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="138" />
        <source>No project open</source>
        <translation>Geen project open</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="140" />
        <source>Create a project with Ctrl+N, open one with Ctrl+O, or drop a .naast file here.</source>
        <translation>Maak een project met Ctrl+N, open er een met Ctrl+O, of sleep een .naast-bestand hierheen.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="149" />
        <source>(the source lost this footnote's text)</source>
        <translation>(de bron heeft de tekst van deze voetnoot verloren)</translation>
    </message>
</context>
<context>
    <name>DropPane</name>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="43" />
        <source>Drop a document here</source>
        <translation>Sleep hier een document heen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="44" />
        <source>Drag a document from the browser, or use Compare with… (Ctrl+D).</source>
        <translation>Sleep een document uit de lijst, of kies Vergelijk met… (Ctrl+D).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="49" />
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="82" />
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="90" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="54" />
        <source>All topics</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="68" />
        <source>Table of contents</source>
        <translation>Inhoudsopgave</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="69" />
        <source>Memo title (optional)</source>
        <translation>Titel van de memo (optioneel)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="72" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="83" />
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="84" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="85" />
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="87" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="88" />
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="106" />
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="135" />
        <source>Writing {name}…</source>
        <translation>{name} schrijven…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="174" />
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="183" />
        <source>The export did not finish: {why}</source>
        <translation>De export is niet afgerond: {why}</translation>
    </message>
<message><source>Word memo (.docx)</source><translation>Word-memo (.docx)</translation></message><message><source>Claims as CSV (.csv)</source><translation>Claims als CSV (.csv)</translation></message><message><source>Same proposition side by side</source><translation>Zelfde propositie naast elkaar</translation></message><message><source>Aligned answers side by side</source><translation>Gekoppelde antwoorden naast elkaar</translation></message><message><source>Every claim in its own row</source><translation>Elke claim op een eigen rij</translation></message></context>
<context>
    <name>FetchDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="89" />
        <source>Fetch from the official sources</source>
        <translation>Ophalen uit de officiële bronnen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="95" />
        <source>words, such as terugkeer</source>
        <translation>woorden, zoals terugkeer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="96" />
        <source>from yyyy-mm-dd</source>
        <translation>van jjjj-mm-dd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="97" />
        <source>to yyyy-mm-dd</source>
        <translation>tot jjjj-mm-dd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="99" />
        <source>questions and answers</source>
        <translation>vragen en antwoorden</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="102" />
        <source>answers</source>
        <translation>antwoorden</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="102" />
        <source>questions</source>
        <translation>vragen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="102" />
        <source>notices</source>
        <translation>mededelingen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="102" />
        <source>letters</source>
        <translation>brieven</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="108" />
        <source>Also fetch the questions and Mededeling of each case</source>
        <translation>Haal ook de vragen en de mededeling van elke zaak op</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="114" />
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="115" />
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="116" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="117" />
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="118" />
        <source>Answered by</source>
        <translation>Beantwoord door</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="119" />
        <source>Asked by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="120" />
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="121" />
        <source>Identifiers</source>
        <translation>Identificaties</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="129" />
        <source>Preview lists what the query finds; nothing changes until Import.</source>
        <translation>Voorbeeld toont wat de zoekvraag vindt; er verandert niets tot Importeren.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="139" />
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="144" />
        <source> requests/s</source>
        <translation> verzoeken/s</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="147" />
        <source>KOOP SRU</source>
        <translation>KOOP SRU</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="148" />
        <source>KOOP repository</source>
        <translation>KOOP-repository</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="149" />
        <source>Tweede Kamer OData</source>
        <translation>Tweede Kamer OData</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="150" />
        <source>Rate at most</source>
        <translation>Hoogstens</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="155" />
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="156" />
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="157" />
        <source>&amp;Resume last fetch</source>
        <translation>Laatste ophaalactie &amp;hervatten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="158" />
        <source>Re&amp;view list</source>
        <translation>Te &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="159" />
        <source>Documents whose official metadata disagrees with their text</source>
        <translation>Documenten waarvan de officiële metadata afwijkt van de tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="160" />
        <source>&amp;Cancel fetch</source>
        <translation>Ophalen &amp;afbreken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="161" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="214" />
        <source>Asking the KOOP SRU service…</source>
        <translation>De KOOP SRU-dienst wordt gevraagd…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="218" />
        <source>{n} documents would be fetched.</source>
        <translation>{n} documenten zouden worden opgehaald.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="220" />
        <source>The other documents of their cases are found while fetching.</source>
        <translation>De andere documenten van hun zaken worden tijdens het ophalen gevonden.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="233" />
        <source>{doc}   {field}: official {official} ({source}), text {parsed}</source>
        <translation>{doc}   {field}: officieel {official} ({source}), tekst {parsed}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="242" />
        <source>{n} documents to review.</source>
        <translation>{n} documenten te controleren.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="258" />
        <source>There is no unfinished fetch to resume.</source>
        <translation>Er is geen onvoltooide ophaalactie om te hervatten.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="274" />
        <source>Fetching…</source>
        <translation>Bezig met ophalen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="284" />
        <source>{m}:{s:02d} left</source>
        <translation>nog {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="290" />
        <source>{done} of {total}: {imported} imported, {present} already here, {failed} failed · {rate:.1f}/s · {eta}</source>
        <translation>{done} van {total}: {imported} geïmporteerd, {present} al aanwezig, {failed} mislukt · {rate:.1f}/s · {eta}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/fetch_dialog.py" line="307" />
        <source>Done: {imported} imported, {present} already in the project, {skipped} outside the query, {failed} failed.</source>
        <translation>Klaar: {imported} geïmporteerd, {present} al in het project, {skipped} buiten de zoekvraag, {failed} mislukt.</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../../desktop/gui/models/heatmap_model.py" line="72" />
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/heatmap_model.py" line="73" />
        <source>All</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/heatmap_model.py" line="99" />
        <source>{n} claims — click to list them</source>
        <translation>{n} claims — klik om ze te zien</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../desktop/gui/importing.py" line="109" />
        <source>Import documents</source>
        <extracomment>Every claim a new version moved, changed or orphaned: one line each (document, unit, quote).</extracomment>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/importing.py" line="121" />
        <source>Reading documents…</source>
        <translation>Documenten lezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/importing.py" line="121" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/importing.py" line="123" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/importing.py" line="151" />
        <source>Importing {name}…</source>
        <translation>{name} importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/importing.py" line="191" />
        <source>Import finished</source>
        <translation>Import klaar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/importing.py" line="198" />
        <source>Review claims…</source>
        <translation>Claims nakijken…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/actions.py" line="86" />
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="88" />
        <source>Create an empty project file</source>
        <translation>Een leeg projectbestand maken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="92" />
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="94" />
        <source>Open a project file</source>
        <translation>Een projectbestand openen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="98" />
        <source>&amp;Import documents…</source>
        <translation>Documenten &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="100" />
        <source>Add documents to the project</source>
        <translation>Documenten aan het project toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="104" />
        <source>&amp;Merge project…</source>
        <translation>Project &amp;samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="106" />
        <source>Bring other coders' projects into this one</source>
        <translation>Voeg de projecten van andere codeurs in dit project samen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="110" />
        <source>&amp;Fetch from the official sources…</source>
        <translation>&amp;Ophalen uit de officiële bronnen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="112" />
        <source>Fetch documents from the KOOP repository and the Tweede Kamer's open data</source>
        <translation>Documenten ophalen uit de KOOP-repository en de open data van de Tweede Kamer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="118" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="120" />
        <source>Write a Word memo or a CSV of claims</source>
        <translation>Een Word-memo of een CSV met claims schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="123" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="125" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="126" />
        <location filename="../../desktop/gui/main_window.py" line="504" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="127" />
        <location filename="../../desktop/gui/main_window.py" line="505" />
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="129" />
        <source>&amp;Find in document…</source>
        <translation>&amp;Zoeken in document…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="132" />
        <source>Find in &amp;project…</source>
        <translation>Zoeken in &amp;project…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="136" />
        <source>&amp;Where else does this passage appear?</source>
        <translation>&amp;Waar komt deze passage nog meer voor?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="141" />
        <source>&amp;Tag selection…	T</source>
        <translation>Selectie &amp;coderen…	T</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="143" />
        <source>Tag the selected text as a claim</source>
        <translation>De geselecteerde tekst als claim coderen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="147" />
        <source>Select &amp;unit	U</source>
        <translation>&amp;Eenheid selecteren	U</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="149" />
        <source>Select the question or answer under the cursor</source>
        <translation>De vraag of het antwoord onder de cursor selecteren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="153" />
        <source>&amp;Delete claim	Del</source>
        <translation>Claim &amp;verwijderen	Del</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="155" />
        <source>Delete the claim under the cursor</source>
        <translation>De claim onder de cursor verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="159" />
        <source>&amp;Edit claim…	E</source>
        <translation>Claim &amp;wijzigen…	E</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="161" />
        <source>Change the topic or stance of the claim under the cursor</source>
        <translation>Onderwerp of standpunt van de claim onder de cursor wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="167" />
        <source>Claim &amp;note…	N</source>
        <translation>&amp;Notitie bij claim…	N</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="169" />
        <source>Write a note on the claim under the cursor (a comment in Word memos)</source>
        <translation>Schrijf een notitie bij de claim onder de cursor (een opmerking in Word-memo's)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="175" />
        <source>Claim &amp;details…	D</source>
        <translation>&amp;Details van claim…	D</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="177" />
        <source>Claimant, addressee, proposition, note and links of the claim under the cursor</source>
        <translation>Claimant, geadresseerde, propositie, notitie en verbanden van de claim onder de cursor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="183" />
        <source>&amp;Review changed claims…</source>
        <translation>Gewijzigde claims &amp;nakijken…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="185" />
        <source>Claims a new version of their document changed or orphaned: accept or re-place them</source>
        <translation>Claims die een nieuwe versie van hun document wijzigde of losmaakte: aanvaarden of opnieuw plaatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="192" />
        <source>Open project &amp;read-only…</source>
        <translation>Project &amp;alleen-lezen openen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="194" />
        <source>Read a project that is open elsewhere, without changing it</source>
        <translation>Een project lezen dat elders open is, zonder het te wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="200" />
        <source>&amp;Compare with…</source>
        <translation>&amp;Vergelijk met…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="202" />
        <source>Open this document side by side</source>
        <translation>Dit document naast een ander openen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="204" />
        <source>&amp;Swap panes</source>
        <translation>Panelen &amp;wisselen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="206" />
        <source>&amp;Next difference</source>
        <translation>&amp;Volgend verschil</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="209" />
        <source>&amp;Previous difference</source>
        <translation>V&amp;orig verschil</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="212" />
        <source>&amp;Word differences</source>
        <translation>&amp;Woordverschillen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="214" />
        <source>&amp;Reading</source>
        <translation>&amp;Lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="215" />
        <source>&amp;Side by side</source>
        <translation>&amp;Naast elkaar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="216" />
        <source>&amp;Across ministers</source>
        <translation>&amp;Tussen bewindspersonen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="217" />
        <source>&amp;About Naast</source>
        <translation>&amp;Over Naast</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="220" />
        <source>&amp;Close project</source>
        <translation>Project &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="222" />
        <source>Close the project; it stays as it is on disk</source>
        <translation>Het project sluiten; het blijft op schijf zoals het is</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="226" />
        <source>Save a &amp;copy…</source>
        <translation>Een &amp;kopie bewaren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="228" />
        <source>Write a copy of the whole project to another file</source>
        <translation>Een kopie van het hele project naar een ander bestand schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="232" />
        <source>&amp;Print document…</source>
        <translation>Document &amp;afdrukken…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="234" />
        <source>Print the open document with its highlighted claims</source>
        <translation>Het open document afdrukken met zijn gemarkeerde claims</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="238" />
        <source>Export document as P&amp;DF…</source>
        <translation>Document exporteren als p&amp;df…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="240" />
        <source>Save the open document with its highlights as a PDF</source>
        <translation>Het open document met zijn markeringen als pdf bewaren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="242" />
        <source>Naast &amp;help</source>
        <translation>&amp;Help bij Naast</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="243" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="244" />
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="247" />
        <source>Select &amp;sentence	S</source>
        <translation>&amp;Zin selecteren	S</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="249" />
        <source>Select the sentence under the cursor</source>
        <translation>De zin onder de cursor selecteren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="253" />
        <source>Select &amp;paragraph	P</source>
        <translation>&amp;Alinea selecteren	P</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="255" />
        <source>Select the paragraph under the cursor</source>
        <translation>De alinea onder de cursor selecteren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="259" />
        <source>Import a &amp;folder…</source>
        <translation>Een &amp;map importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="261" />
        <source>Add every document in a folder and its subfolders</source>
        <translation>Alle documenten in een map en haar submappen toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="312" />
        <source>&amp;File</source>
        <extracomment>Toolbar icons, from resources/icons (drawn for both light and dark palettes).</extracomment>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="321" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="326" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="330" />
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="332" />
        <source>&amp;Claims</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="336" />
        <source>C&amp;ompare</source>
        <translation>&amp;Vergelijken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="346" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="350" />
        <source>Main</source>
        <translation>Hoofd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="68" />
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="86" />
        <source>Reading</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="88" />
        <source>Side by side</source>
        <translation>Naast elkaar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="92" />
        <source>What they claim</source>
        <translation>Wat ze beweren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="93" />
        <source>How they answer</source>
        <translation>Hoe ze antwoorden</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="94" />
        <source>Across ministers</source>
        <translation>Tussen bewindspersonen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="96" />
        <source>Agreement</source>
        <translation>Overeenstemming</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="111" />
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="112" />
        <source>Outline</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="116" />
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="117" />
        <source>Codebook</source>
        <translation>Codeboek</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="209" />
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="215" />
        <location filename="../../desktop/gui/main_window.py" line="238" />
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="252" />
        <source>Bringing “{name}” to this version of Naast: a backup of the file first, then its new format. A large project takes a minute or so.</source>
        <translation>“{name}” wordt bijgewerkt voor deze versie van Naast: eerst een reservekopie van het bestand, dan de nieuwe opbouw. Een groot project duurt een minuut of zo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="371" />
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="372" />
        <source>Open a document first; it is compared with another document of the project.</source>
        <translation>Open eerst een document; het wordt vergeleken met een ander document uit het project.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="504" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="505" />
        <source>&amp;Redo %1</source>
        <translation>Op&amp;nieuw: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="510" />
        <source> (read-only)</source>
        <translation> (alleen lezen)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="516" />
        <source>No project open — Ctrl+N to create one, Ctrl+O to open one</source>
        <translation>Geen project open — Ctrl+N maakt er een, Ctrl+O opent er een</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="521" />
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="521" />
        <source>{n} documents</source>
        <translation>{n} documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="522" />
        <source>1 claim</source>
        <translation>1 claim</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="522" />
        <source>{n} claims</source>
        <translation>{n} claims</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="523" />
        <source>coder: {name}</source>
        <translation>codeur: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="526" />
        <source>read-only</source>
        <translation>alleen lezen</translation>
    </message>
<message><source>Link claims</source><translation>Claims verbinden</translation></message><message><source>Delete link</source><translation>Verband verwijderen</translation></message><message><source>Edit note</source><translation>Notitie bewerken</translation></message><message><source>Rename topic</source><translation>Onderwerp hernoemen</translation></message><message><source>Recolour topic</source><translation>Onderwerp andere kleur geven</translation></message><message><source>Move topic</source><translation>Onderwerp verplaatsen</translation></message><message><source>Merge topics</source><translation>Onderwerpen samenvoegen</translation></message><message><source>Delete topic</source><translation>Onderwerp verwijderen</translation></message><message><source>(none yet)</source><translation>(nog geen)</translation></message><message><source>Compare with</source><translation>Vergelijk met</translation></message><message><source>Compare with:</source><translation>Vergelijk met:</translation></message><message><source>Tag claim</source><translation>Claim coderen</translation></message><message><source>Delete claim</source><translation>Claim verwijderen</translation></message><message><source>Edit claim</source><translation>Claim bewerken</translation></message><message><source>Import</source><translation>Importeren</translation></message><message><source>About Naast</source><translation>Over Naast</translation></message><message><source>Naast: read, tag and compare what Dutch ministers tell parliament, side by side.</source><translation>Naast: lees, codeer en vergelijk wat bewindspersonen de Kamer vertellen, naast elkaar.</translation></message><message><source>Settle: keep A's coding</source><translation>Beslecht: codering van A behouden</translation></message><message><source>Settle: keep B's coding</source><translation>Beslecht: codering van B behouden</translation></message><message><source>Settle: consensus claim</source><translation>Beslecht: consensusclaim</translation></message><message><source>Accept new wording</source><translation>Nieuwe formulering aanvaarden</translation></message><message><source>Re-place claim</source><translation>Claim opnieuw plaatsen</translation></message></context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/help_dialog.py" line="48" />
        <source>Naast help</source>
        <extracomment>Keys read by the document text itself, not by menu actions.</extracomment>
        <translation>Help bij Naast</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/note_dialog.py" line="20" />
        <source>Note on claim</source>
        <translation>Notitie bij claim</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_dialog.py" line="26" />
        <source>Your note; it appears as a comment on the quote in Word memos.</source>
        <translation>Uw notitie; die verschijnt als opmerking bij het citaat in Word-memo's.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_dialog.py" line="33" />
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Ctrl+Enter bewaart, Esc annuleert.</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../../desktop/gui/views/outline.py" line="36" />
        <source>Beginning</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/outline.py" line="45" />
        <source>Footnotes</source>
        <translation>Voetnoten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/outline.py" line="52" />
        <source>(the source lost this footnote's text)</source>
        <translation>(de bron heeft de tekst van deze voetnoot verloren)</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../desktop/gui/widgets/overview_strip.py" line="20" />
        <source>Where the differences are; click to go there</source>
        <translation>Waar de verschillen zitten; klik om erheen te gaan</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences_dialog.py" line="23" />
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences_dialog.py" line="31" />
        <source>Beside each project</source>
        <translation>Naast elk project</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences_dialog.py" line="32" />
        <source>A new language applies at once: the window is rebuilt in it.</source>
        <translation>Een nieuwe taal geldt meteen: het venster wordt erin opnieuw opgebouwd.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences_dialog.py" line="36" />
        <source>Coder name</source>
        <translation>Naam codeur</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences_dialog.py" line="37" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences_dialog.py" line="38" />
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/preferences_dialog.py" line="39" />
        <source>Backup folder</source>
        <translation>Map voor reservekopieën</translation>
    </message>
<message><source>A new language applies the next time Naast starts.</source><translation>Een andere taal geldt vanaf de volgende start.</translation></message></context>
<context>
    <name>QuickTag</name>
    <message>
        <location filename="../../desktop/gui/widgets/quick_tag.py" line="113" />
        <source>Type to filter topics…</source>
        <translation>Typ om onderwerpen te filteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/quick_tag.py" line="121" />
        <source>1–5 stance · ↑↓ topic · Tab adds/removes a topic · Enter tags · Esc cancels</source>
        <translation>1–5 standpunt · ↑↓ onderwerp · Tab voegt een onderwerp toe of haalt het weg · Enter codeert · Esc annuleert</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/quick_tag.py" line="256" />
        <source>Remove this topic</source>
        <translation>Dit onderwerp weghalen</translation>
    </message>
<message><source>1–5 stance · ↑↓ topic · Enter tags · Esc cancels</source><translation>1–5 standpunt · ↑↓ onderwerp · Enter codeert · Esc annuleert</translation></message></context>
<context>
    <name>ResponsivenessView</name>
    <message>
        <location filename="../../desktop/gui/views/responsiveness.py" line="61" />
        <source>party, e.g. SP</source>
        <translation>partij, bijv. SP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/responsiveness.py" line="62" />
        <source>from yyyy-mm-dd</source>
        <translation>van jjjj-mm-dd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/responsiveness.py" line="63" />
        <source>to yyyy-mm-dd</source>
        <translation>tot jjjj-mm-dd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/responsiveness.py" line="92" />
        <source>Click a figure, a dot or a bar to list what is behind it.</source>
        <translation>Klik op een getal, een punt of een balk om te zien wat erachter zit.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/responsiveness.py" line="100" />
        <source>Group by</source>
        <translation>Groepeer per</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/responsiveness.py" line="102" />
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/responsiveness.py" line="104" />
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/responsiveness.py" line="106" />
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/responsiveness.py" line="114" />
        <source>Days from question to answer (a dot per document, | the median)</source>
        <translation>Dagen van vraag tot antwoord (een punt per document, | de mediaan)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/responsiveness.py" line="120" />
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/responsiveness.py" line="181" />
        <source>any topic</source>
        <translation>elk onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/responsiveness.py" line="198" />
        <source>Measuring…</source>
        <translation>Bezig met meten…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/responsiveness.py" line="228" />
        <source>Open a project to see how its ministers answer.</source>
        <translation>Open een project om te zien hoe de bewindspersonen antwoorden.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/responsiveness.py" line="231" />
        <source>answered documents: %1</source>
        <translation>beantwoorde documenten: %1</translation>
    </message>
<message><source>Office holder</source><translation>Bewindspersoon</translation></message><message><source>Ministry</source><translation>Ministerie</translation></message><message><source>Asker's party</source><translation>Partij van de vraagsteller</translation></message><message><source>Year</source><translation>Jaar</translation></message><message><source>Cabinet</source><translation>Kabinet</translation></message><message><source>Within term</source><translation>Binnen termijn</translation></message><message><source>Delayed</source><translation>Uitgesteld</translation></message><message><source>Combined answers</source><translation>Gecombineerde antwoorden</translation></message><message><source>Refers elsewhere</source><translation>Verwijst elders naar</translation></message><message><source>Declines</source><translation>Weigert</translation></message><message><source>Boilerplate</source><translation>Standaardtekst</translation></message></context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/review_dialog.py" line="47" />
        <source>Review changed claims</source>
        <extracomment>The reading view's selection: (document id, start, end), or None when nothing is selected.</extracomment>
        <translation>Gewijzigde claims nakijken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/review_dialog.py" line="55" />
        <source>Show in text</source>
        <translation>Toon in de tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/review_dialog.py" line="56" />
        <source>Accept new wording</source>
        <translation>Nieuwe formulering aanvaarden</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/review_dialog.py" line="57" />
        <source>Re-place on selection</source>
        <translation>Op de selectie plaatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/review_dialog.py" line="58" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/review_dialog.py" line="95" />
        <source>No claims to review: every claim quotes the words its coder saw.</source>
        <translation>Niets na te kijken: elke claim citeert de woorden die de codeur zag.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/review_dialog.py" line="97" />
        <source>{n} claims to review after a new version of their document.</source>
        <translation>{n} claims na te kijken na een nieuwe versie van hun document.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/review_dialog.py" line="108" />
        <source>changed · {where}</source>
        <translation>gewijzigd · {where}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/review_dialog.py" line="109" />
        <source>was: “{quote}”</source>
        <translation>was: “{quote}”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/review_dialog.py" line="110" />
        <source>now: “{quote}”</source>
        <translation>nu: “{quote}”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/review_dialog.py" line="115" />
        <source>orphaned · {where}</source>
        <translation>losgeraakt · {where}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/review_dialog.py" line="116" />
        <source>“{quote}” is not in the new version</source>
        <translation>“{quote}” staat niet in de nieuwe versie</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/review_dialog.py" line="159" />
        <source>Select the words in the claim's document first, then re-place it.</source>
        <translation>Selecteer eerst de woorden in het document van de claim en plaats hem dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/search_dialog.py" line="48" />
        <source>Find in project</source>
        <translation>Zoeken in project</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search_dialog.py" line="49" />
        <source>Words to find in every document…</source>
        <translation>Woorden om in alle documenten te zoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search_dialog.py" line="83" />
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search_dialog.py" line="97" />
        <source>No document contains these words.</source>
        <translation>Geen document bevat deze woorden.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search_dialog.py" line="99" />
        <source>Ranking the results…</source>
        <translation>De resultaten worden gerangschikt…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search_dialog.py" line="123" />
        <source>{n} documents</source>
        <translation>{n} documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search_dialog.py" line="123" />
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../desktop/gui/dialogs/help_dialog.py" line="78" />
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/help_dialog.py" line="81" />
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/help_dialog.py" line="81" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
<message><source>Tag the selection (quick-tag popup)</source><translation>De selectie coderen (snelcodeervenster)</translation></message><message><source>Select the question or answer under the cursor</source><translation>De vraag of het antwoord onder de cursor selecteren</translation></message><message><source>Select the sentence under the cursor</source><translation>De zin onder de cursor selecteren</translation></message><message><source>Select the paragraph under the cursor</source><translation>De alinea onder de cursor selecteren</translation></message><message><source>Edit the topics and stance of the claim under the cursor</source><translation>Onderwerpen en standpunt van de claim onder de cursor wijzigen</translation></message><message><source>Write a note on the claim under the cursor</source><translation>Een notitie bij de claim onder de cursor schrijven</translation></message><message><source>Claim details</source><translation>Details van de claim</translation></message><message><source>Delete the claim under the cursor</source><translation>De claim onder de cursor verwijderen</translation></message><message><source>In the quick-tag popup: add or remove the highlighted topic</source><translation>In het snelcodeervenster: het gemarkeerde onderwerp toevoegen of verwijderen</translation></message><message><source>In the quick-tag popup: choose the stance</source><translation>In het snelcodeervenster: het standpunt kiezen</translation></message><message><source>In the quick-tag popup: save / cancel</source><translation>In het snelcodeervenster: bewaren / annuleren</translation></message><message><source>In the note dialog: save the note</source><translation>In het notitievenster: de notitie bewaren</translation></message></context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="72" />
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="73" />
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="74" />
        <source>Word differences</source>
        <translation>Woordverschillen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="75" />
        <source>Swap</source>
        <translation>Wisselen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="187" />
        <source>Blocks paired by similarity; only well-matched pairs are compared word by word. Words that differ are counted in those pairs only.</source>
        <translation>Blokken gekoppeld op gelijkenis; alleen goed overeenkomende paren worden woord voor woord vergeleken. Verschillende woorden worden alleen in die paren geteld.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="205" />
        <source>only {p}% alike: most words differ</source>
        <translation>maar {p}% gelijk: de meeste woorden verschillen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="211" />
        <source>{p} pairs</source>
        <translation>{p} paren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="213" />
        <source>{d} compared word by word: {w} words differ</source>
        <translation>{d} woord voor woord vergeleken: {w} woorden verschillen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="215" />
        <source>none alike enough to compare word by word</source>
        <translation>geen enkel paar lijkt genoeg voor een vergelijking per woord</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="216" />
        <source>{m} moved</source>
        <translation>{m} verplaatst</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="217" />
        <source>{u} blocks on one side only</source>
        <translation>{u} blokken aan één kant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="218" />
        <source>{r} reused passages</source>
        <translation>{r} hergebruikte passages</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="193" />
        <source>{n} differences</source>
        <translation>{n} verschillen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="198" />
        <source>{what}, {n} blocks</source>
        <translation>{what}, {n} blokken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="199" />
        <source>difference {i} of {n}: {what}</source>
        <translation>verschil {i} van {n}: {what}</translation>
    </message>
<message><source>Paired blocks, moved pairs, passages used in both, words that differ</source><translation>Gekoppelde blokken, verplaatste paren, passages in beide, woorden die verschillen</translation></message><message><source>{p} pairs · {m} moved · {r} reused passages · {w} words differ</source><translation>{p} paren · {m} verplaatst · {r} hergebruikte passages · {w} woorden verschillen</translation></message><message><source>changed</source><translation>gewijzigd</translation></message><message><source>moved</source><translation>verplaatst</translation></message><message><source>only in left</source><translation>alleen links</translation></message><message><source>only in right</source><translation>alleen rechts</translation></message></context>
<context>
    <name>Tagging</name>
    <message>
        <location filename="../../desktop/gui/tagging.py" line="100" />
        <source>Tag “{quote}”
Claimant: {who}</source>
        <translation>Codeer “{quote}”
Claimant: {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tagging.py" line="132" />
        <source>No claim under the cursor — select text and press T to tag it</source>
        <translation>Geen claim onder de cursor — selecteer tekst en druk op T om die te coderen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tagging.py" line="154" />
        <source>Edit “{quote}”
Claimant: {who}</source>
        <translation>Wijzig “{quote}”
Claimant: {who}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/gui/widgets/timeline.py" line="74" />
        <source>1 claim without a date</source>
        <translation>1 claim zonder datum</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/timeline.py" line="75" />
        <source>{n} claims without a date</source>
        <translation>{n} claims zonder datum</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/timeline.py" line="131" />
        <source>No dated claims for this choice yet.</source>
        <translation>Nog geen gedateerde claims voor deze keuze.</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location filename="../../desktop/gui/tools.py" line="70" />
        <source>No project open</source>
        <translation>Geen project open</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tools.py" line="71" />
        <source>Create a project with Ctrl+N or open one with Ctrl+O first.</source>
        <translation>Maak eerst een project met Ctrl+N of open er een met Ctrl+O.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tools.py" line="101" />
        <source>Exported {path}</source>
        <translation>{path} geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tools.py" line="150" />
        <source>Where else</source>
        <translation>Waar nog meer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tools.py" line="151" />
        <source>Select a passage of at least a few words first, then ask where else it appears.</source>
        <translation>Selecteer eerst een passage van een paar woorden en vraag dan waar die nog meer voorkomt.</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/topic_dialogs.py" line="48" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/topic_dialogs.py" line="55" />
        <source>English label</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/topic_dialogs.py" line="56" />
        <source>Dutch label</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/topic_dialogs.py" line="57" />
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/topic_dialogs.py" line="61" />
        <source>What this topic covers, and what it does not</source>
        <translation>Wat onder dit onderwerp valt, en wat niet</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/topic_dialogs.py" line="63" />
        <source>Definition</source>
        <translation>Definitie</translation>
    </message>
</context>
<context>
    <name>WhereElseDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/where_else_dialog.py" line="28" />
        <source>Where else does this passage appear?</source>
        <translation>Waar komt deze passage nog meer voor?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/where_else_dialog.py" line="31" />
        <source>“{quote}”</source>
        <translation>“{quote}”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/where_else_dialog.py" line="35" />
        <source>Looking for other places…</source>
        <translation>Andere plaatsen worden gezocht…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/where_else_dialog.py" line="61" />
        <source>{n} places so far; still looking…</source>
        <translation>{n} plaatsen tot nu toe; er wordt verder gezocht…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/where_else_dialog.py" line="69" />
        <source>Nowhere else in this project (at least 8 words in a row).</source>
        <translation>Nergens anders in dit project (minstens 8 woorden achter elkaar).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/where_else_dialog.py" line="71" />
        <source>{n} places; double-click one to read it.</source>
        <translation>{n} plaatsen; dubbelklik om er een te lezen.</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <location filename="../../desktop/gui/window_files.py" line="54" />
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/window_files.py" line="57" />
        <source>Clear recent projects</source>
        <translation>Recente projecten wissen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/window_files.py" line="69" />
        <source>Save a copy</source>
        <translation>Een kopie bewaren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/window_files.py" line="86" />
        <source>Saved a copy as %1</source>
        <translation>Kopie bewaard als %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/window_files.py" line="102" />
        <source>Import a folder</source>
        <translation>Een map importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/window_files.py" line="127" />
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/window_files.py" line="128" />
        <source>Open a document first; it is printed with its claims.</source>
        <translation>Open eerst een document; het wordt met zijn claims afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/window_files.py" line="148" />
        <source>Export as PDF</source>
        <translation>Exporteren als pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/window_files.py" line="163" />
        <source>Exported %1</source>
        <translation>%1 geëxporteerd</translation>
    </message>
</context>
<context><name>TextMenu</name><message><source>Tag selection…</source><translation>Selectie coderen…</translation></message><message><source>Edit claim…</source><translation>Claim wijzigen…</translation></message><message><source>Note…</source><translation>Notitie…</translation></message><message><source>Claim details…</source><translation>Details van de claim…</translation></message><message><source>Delete claim</source><translation>Claim verwijderen</translation></message><message><source>Where else does this appear?</source><translation>Waar staat dit nog meer?</translation></message><message><source>Copy</source><translation>Kopiëren</translation></message><message><source>Copy with citation</source><translation>Kopiëren met bronvermelding</translation></message><message><source>Select unit</source><translation>Eenheid selecteren</translation></message><message><source>Select sentence</source><translation>Zin selecteren</translation></message><message><source>Select paragraph</source><translation>Alinea selecteren</translation></message></context><context><name>Responsiveness</name><message><source>Group</source><translation>Groep</translation></message><message><source>Documents</source><translation>Documenten</translation></message><message><source>Questions</source><translation>Vragen</translation></message><message><source>Median
days</source><translation>Mediaan
dagen</translation></message><message><source>P90
days</source><translation>P90
dagen</translation></message><message><source>Within
term</source><translation>Binnen
termijn</translation></message><message><source>Delayed</source><translation>Uitgesteld</translation></message><message><source>Combined
answers</source><translation>Gecombineerde
antwoorden</translation></message><message><source>Refers
elsewhere</source><translation>Verwijst
elders</translation></message><message><source>Declines</source><translation>Weigert</translation></message><message><source>Words per
answer</source><translation>Woorden per
antwoord</translation></message><message><source>Boilerplate</source><translation>Standaardtekst</translation></message><message><source>n = %1 (%2)</source><translation>n = %1 (%2)</translation></message><message><source>dated documents</source><translation>gedateerde documenten</translation></message><message><source>documents</source><translation>documenten</translation></message><message><source>answered questions</source><translation>beantwoorde vragen</translation></message><message><source>answer words</source><translation>woorden in antwoorden</translation></message><message><source>Median of the days from submitted to received, over the dated documents</source><translation>Mediaan van de dagen van ingezonden tot ontvangen, over de gedateerde documenten</translation></message><message><source>90th percentile of the days to answer (linear interpolation)</source><translation>90e percentiel van de dagen tot antwoord (lineaire interpolatie)</translation></message><message><source>Share of dated documents answered within the 21-day term</source><translation>Aandeel gedateerde documenten beantwoord binnen de termijn van 21 dagen</translation></message><message><source>Share of documents whose answer a Mededeling put off</source><translation>Aandeel documenten waarvan een mededeling het antwoord uitstelde</translation></message><message><source>Share of answered questions answered in a block with other questions</source><translation>Aandeel beantwoorde vragen dat samen met andere vragen beantwoord is</translation></message><message><source>Share of answered questions whose answer refers elsewhere</source><translation>Aandeel beantwoorde vragen waarvan het antwoord elders naar verwijst</translation></message><message><source>Share of answered questions whose answer declines to answer</source><translation>Aandeel beantwoorde vragen waarvan het antwoord een antwoord weigert</translation></message><message><source>Words of answer per answered question</source><translation>Woorden antwoord per beantwoorde vraag</translation></message><message><source>Share of answer words inside passages that other documents also have</source><translation>Aandeel woorden in antwoorden binnen passages die ook in andere documenten staan</translation></message></context><context><name>DocumentsModel</name><message><source>Answers</source><translation>Antwoorden</translation></message><message><source>Questions</source><translation>Vragen</translation></message><message><source>Letters</source><translation>Brieven</translation></message><message><source>Notices</source><translation>Mededelingen</translation></message><message><source>(unknown)</source><translation>(onbekend)</translation></message><message><source>(no date)</source><translation>(geen datum)</translation></message><message><source>(no case)</source><translation>(geen zaak)</translation></message></context><context><name>CommandLabels</name><message><source>Import of %1 documents</source><translation>Import van %1 documenten</translation></message><message><source>Import 1 claim and update %1 from %2</source><translation>1 claim importeren en %1 bijwerken uit %2</translation></message><message><source>Import %1 claims and update %2 from %3</source><translation>%1 claims importeren en %2 bijwerken uit %3</translation></message><message><source>Import 1 claim from %1</source><translation>1 claim importeren uit %1</translation></message><message><source>Import %1 claims from %2</source><translation>%1 claims importeren uit %2</translation></message><message><source>Fix the claimant of 1 claim</source><translation>De claimant van 1 claim herstellen</translation></message><message><source>Fix the claimant of %1 claims</source><translation>De claimant van %1 claims herstellen</translation></message><message><source>Settle: keep %1's coding</source><translation>Beslecht: codering van %1 behouden</translation></message><message><source>Re-import %1</source><translation>%1 opnieuw importeren</translation></message><message><source>Import %1</source><translation>%1 importeren</translation></message><message><source>Delete %1</source><translation>%1 verwijderen</translation></message><message><source>Merge %1</source><translation>%1 samenvoegen</translation></message><message><source>Fetch %1</source><translation>%1 ophalen</translation></message><message><source>Add topic %1</source><translation>Onderwerp %1 toevoegen</translation></message><message><source>Add stance %1</source><translation>Standpunt %1 toevoegen</translation></message><message><source>Load %1</source><translation>%1 laden</translation></message></context><context><name>Exchange</name><message><source>E&amp;xchange</source><translation>&amp;Uitwisselen</translation></message><message><source>Exchange</source><translation>Uitwisselen</translation></message><message><source>Import claims table…</source><translation>Claimtabel importeren…</translation></message><message><source>Export claims table…</source><translation>Claimtabel exporteren…</translation></message><message><source>Import codebook…</source><translation>Codeboek importeren…</translation></message><message><source>Export codebook…</source><translation>Codeboek exporteren…</translation></message><message><source>Import REFI-QDA project…</source><translation>REFI-QDA-project importeren…</translation></message><message><source>Export REFI-QDA project…</source><translation>REFI-QDA-project exporteren…</translation></message><message><source>Import claims table</source><translation>Claimtabel importeren</translation></message><message><source>Export claims table</source><translation>Claimtabel exporteren</translation></message><message><source>Import codebook</source><translation>Codeboek importeren</translation></message><message><source>Export codebook</source><translation>Codeboek exporteren</translation></message><message><source>Import REFI-QDA project</source><translation>REFI-QDA-project importeren</translation></message><message><source>Export REFI-QDA project</source><translation>REFI-QDA-project exporteren</translation></message><message><source>Open a project first.</source><translation>Open eerst een project.</translation></message><message><source>This project is open read-only; open it for writing to import.</source><translation>Dit project is alleen-lezen geopend; open het om te schrijven om te importeren.</translation></message><message><source>Writing the claims table…</source><translation>De claimtabel wordt geschreven…</translation></message><message><source>Reading the claims table…</source><translation>De claimtabel wordt gelezen…</translation></message><message><source>Writing the REFI-QDA project…</source><translation>Het REFI-QDA-project wordt geschreven…</translation></message><message><source>Importing the REFI-QDA project…</source><translation>Het REFI-QDA-project wordt geïmporteerd…</translation></message><message><source>Wrote {n} claims to {file}.</source><translation>{n} claims geschreven naar {file}.</translation></message><message><source>Claims from {file}: {summary}.</source><translation>Claims uit {file}: {summary}.</translation></message><message><source>Wrote the codebook to {file}.</source><translation>Het codeboek is geschreven naar {file}.</translation></message><message><source>{file} is not a codebook Naast can read ({reason}).</source><translation>{file} is geen codeboek dat Naast kan lezen ({reason}).</translation></message><message><source>Merged {file}: {n} topics or stances added or changed.</source><translation>{file} samengevoegd: {n} onderwerpen of standpunten toegevoegd of gewijzigd.</translation></message><message><source>Wrote {d} documents and {n} claims to {file}.</source><translation>{d} documenten en {n} claims geschreven naar {file}.</translation></message></context><context><name>ImportReport</name><message><source>Imported {n} document(s).</source><translation>{n} document(en) geïmporteerd.</translation></message><message><source>{n} with a warning:</source><translation>{n} met een waarschuwing:</translation></message><message><source>no Kamervragen, answers or letter structure was found (no questions, sections, kenmerk, dates or signatory), so it was imported as a plain letter</source><translation>er is geen structuur van Kamervragen, antwoorden of een brief gevonden (geen vragen, paragrafen, kenmerk, data of ondertekenaar), dus het is als gewone brief geïmporteerd</translation></message><message><source>{n} replaced an earlier version of a document; claims were re-anchored:</source><translation>{n} vervingen een eerdere versie van een document; de claims zijn opnieuw verankerd:</translation></message><message><source>{n} were already in the project and were skipped.</source><translation>{n} zaten al in het project en zijn overgeslagen.</translation></message><message><source>The import was cancelled; documents imported before that are kept.</source><translation>De import is afgebroken; wat daarvoor is geïmporteerd, blijft bewaard.</translation></message><message><source>{n} could not be imported:</source><translation>{n} konden niet worden geïmporteerd:</translation></message><message><source>{n} claims changed or lost their words: review them (Claims → Review changed claims).</source><translation>{n} claims zijn gewijzigd of hun woorden kwijt: kijk ze na (Claims → Gewijzigde claims nakijken).</translation></message></context><context><name>MergeDialog</name><message><source>Merge project</source><translation>Project samenvoegen</translation></message><message><source>A project cannot be merged into itself.</source><translation>Een project kan niet met zichzelf worden samengevoegd.</translation></message><message><source>Naast projects (*.naast)</source><translation>Naast-projecten (*.naast)</translation></message></context></TS>