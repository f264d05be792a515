<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
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
        <location filename="../../desktop/gui/views/across.py" line="77" />
        <source>Compare by</source>
        <translation>Vergelijk per</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="80" />
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="134" />
        <source>All topics</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="141" />
        <source>All propositions</source>
        <translation>Alle proposities</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="176" />
        <source>no stance</source>
        <translation>geen standpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="186" />
        <source>{n} claims by {a} actors</source>
        <translation>{n} claims van {a} actoren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="202" />
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="214" />
        <source>all stances</source>
        <translation>alle standpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/across.py" line="223" />
        <source>{n} claims</source>
        <translation>{n} claims</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="35" />
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="36" />
        <source>Who answered</source>
        <translation>Wie antwoordde</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="37" />
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="38" />
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="41" />
        <source>Filter documents…</source>
        <translation>Documenten filteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="48" />
        <source>Select a document to see who asked and who answered.</source>
        <translation>Kies een document om te zien wie vroeg en wie antwoordde.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/browser.py" line="60" />
        <source>Group by</source>
        <translation>Groepeer op</translation>
    </message>
<message><source>Asked by</source><translation>Gevraagd door</translation></message><message><source>Answered by</source><translation>Beantwoord door</translation></message><message><source>Signed by</source><translation>Ondertekend door</translation></message><message><source>On behalf of</source><translation>Mede namens</translation></message><message><source>Submitted</source><translation>Ingezonden</translation></message><message><source>Received</source><translation>Ontvangen</translation></message><message><source>Kenmerk</source><translation>Kenmerk</translation></message><message><source>Aanhangsel</source><translation>Aanhangsel</translation></message><message><source>Vergaderjaar</source><translation>Vergaderjaar</translation></message><message><source>Identifier</source><translation>Identificatie</translation></message><message><source>File</source><translation>Bestand</translation></message></context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="54" />
        <source>Claim details</source>
        <translation>Details van de claim</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="62" />
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="63" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="71" />
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="72" />
        <source>Addressee</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="73" />
        <source>Proposition</source>
        <translation>Propositie</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="74" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="93" />
        <source>Links to other claims</source>
        <translation>Verbanden met andere claims</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="103" />
        <source>Add link</source>
        <translation>Verband toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="105" />
        <source>Remove link</source>
        <translation>Verband verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="119" />
        <source>answers</source>
        <translation>beantwoordt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="120" />
        <source>agrees with</source>
        <translation>is het eens met</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="121" />
        <source>contradicts</source>
        <translation>spreekt tegen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/claim_dialog.py" line="122" />
        <source>repeats</source>
        <translation>herhaalt</translation>
    </message>
<message><source>This claim</source><translation>Deze claim</translation></message><message><source>this claim</source><translation>deze claim</translation></message></context>
<context>
    <name>ClaimsDock</name>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="47" />
        <source>This document</source>
        <translation>Dit document</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="48" />
        <source>Whole project</source>
        <translation>Hele project</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="52" />
        <source>Filter quotes…</source>
        <translation>Citaten filteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="65" />
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="67" />
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="69" />
        <source>Stance</source>
        <translation>Standpunt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="71" />
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="88" />
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="110" />
        <source>1 claim</source>
        <translation>1 claim</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="110" />
        <source>{n} claims</source>
        <translation>{n} claims</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="156" />
        <source>Go to the text</source>
        <translation>Naar de tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="157" />
        <source>Edit topic and stance…</source>
        <translation>Onderwerp en standpunt wijzigen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="158" />
        <source>Note…</source>
        <translation>Notitie…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="159" />
        <source>Details and links…</source>
        <translation>Details en verbanden…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/claims_dock.py" line="160" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../desktop/gui/models/claims_model.py" line="105" />
        <source>(document removed)</source>
        <translation>(document verwijderd)</translation>
    </message>
<message><source>Where</source><translation>Waar</translation></message><message><source>Quote</source><translation>Citaat</translation></message><message><source>Topics</source><translation>Onderwerpen</translation></message><message><source>Date</source><translation>Datum</translation></message><message><source>Document</source><translation>Document</translation></message><message><source>Coder</source><translation>Codeur</translation></message></context>
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
        <location filename="../../desktop/gui/views/codebook_dock.py" line="41" />
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="42" />
        <source>Stances</source>
        <translation>Standpunten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="68" />
        <source>Double-click to list its claims; right-click to edit the codebook</source>
        <translation>Dubbelklik om de claims te zien; klik rechts om het codeboek te bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="110" />
        <source>Add topic…</source>
        <translation>Onderwerp toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="113" />
        <source>Add subtopic…</source>
        <translation>Subonderwerp toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="114" />
        <source>Rename or recolour…</source>
        <translation>Hernoemen of andere kleur…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="115" />
        <source>Move under…</source>
        <translation>Verplaatsen naar…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="116" />
        <source>Merge into…</source>
        <translation>Samenvoegen met…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/codebook_dock.py" line="117" />
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="59" />
        <source>New topic</source>
        <translation>Nieuw onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="59" />
        <source>New subtopic</source>
        <translation>Nieuw subonderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="67" />
        <source>Edit topic</source>
        <translation>Onderwerp bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="81" />
        <source>(top level)</source>
        <translation>(bovenste niveau)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="82" />
        <source>Move “{topic}” under:</source>
        <translation>“{topic}” verplaatsen naar:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="83" />
        <source>Move topic</source>
        <translation>Onderwerp verplaatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="89" />
        <source>Merge “{topic}” into (its claims and subtopics move there):</source>
        <translation>“{topic}” samenvoegen met (de claims en subonderwerpen gaan mee):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="92" />
        <source>Merge topics</source>
        <translation>Onderwerpen samenvoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="101" />
        <source>Delete topic</source>
        <translation>Onderwerp verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="102" />
        <source>Delete the topic “{topic}”?</source>
        <translation>Het onderwerp “{topic}” verwijderen?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/codebook_editor.py" line="103" />
        <source>You can undo this.</source>
        <translation>Dit kunt u ongedaan maken.</translation>
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
    <name>DocumentPane</name>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="27" />
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="28" />
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="29" />
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="30" />
        <source>Notice</source>
        <translation>Mededeling</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="56" />
        <source>Find in this document — Enter for next, Esc to close</source>
        <translation>Zoeken in dit document — Enter voor volgende, Esc sluit</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="101" />
        <source>No document open</source>
        <translation>Geen document geopend</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="102" />
        <source>Double-click a document in the browser, or import files with Ctrl+I.</source>
        <translation>Dubbelklik op een document in de lijst, of importeer bestanden met Ctrl+I.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/document_view.py" line="110" />
        <source>(the source lost this footnote's text)</source>
        <translation>(de bron heeft de tekst van deze voetnoot verloren)</translation>
    </message>
</context>
<context>
    <name>DropPane</name>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="51" />
        <source>Drop a document here</source>
        <translation>Sleep hier een document heen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="52" />
        <source>Drag a document from the browser, or use Compare with… (Ctrl+D).</source>
        <translation>Sleep een document uit de lijst, of kies Vergelijk met… (Ctrl+D).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="42" />
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="70" />
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="76" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="47" />
        <source>All topics</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="57" />
        <source>Memo title (optional)</source>
        <translation>Titel van de memo (optioneel)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="60" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="71" />
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="72" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="73" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="74" />
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="92" />
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="119" />
        <source>Writing {name}…</source>
        <translation>{name} schrijven…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="158" />
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export_dialog.py" line="167" />
        <source>The export did not finish: {why}</source>
        <translation>De export is niet afgerond: {why}</translation>
    </message>
<message><source>Word memo (.docx)</source><translation>Word-memo (.docx)</translation></message><message><source>Claims as CSV (.csv)</source><translation>Claims als CSV (.csv)</translation></message></context>
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
        <location filename="../../desktop/gui/importing.py" line="86" />
        <source>Import documents</source>
        <translation>Documenten importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/importing.py" line="96" />
        <source>Reading documents…</source>
        <translation>Documenten lezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/importing.py" line="96" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/importing.py" line="98" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/importing.py" line="124" />
        <source>Importing {name}…</source>
        <translation>{name} importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/importing.py" line="157" />
        <source>Import finished</source>
        <translation>Import klaar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/actions.py" line="62" />
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="64" />
        <source>Create an empty project file</source>
        <translation>Een leeg projectbestand maken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="68" />
        <source>&amp;Open project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="70" />
        <source>Open a project file</source>
        <translation>Een projectbestand openen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="74" />
        <source>&amp;Import documents…</source>
        <translation>Documenten &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="76" />
        <source>Add documents to the project</source>
        <translation>Documenten aan het project toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="80" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="82" />
        <source>Write a Word memo or a CSV of claims</source>
        <translation>Een Word-memo of een CSV met claims schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="84" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="85" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="86" />
        <location filename="../../desktop/gui/main_window.py" line="437" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="87" />
        <location filename="../../desktop/gui/main_window.py" line="438" />
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="89" />
        <source>&amp;Find in document…</source>
        <translation>&amp;Zoeken in document…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="92" />
        <source>Find in &amp;project…</source>
        <translation>Zoeken in &amp;project…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="96" />
        <source>&amp;Where else does this passage appear?</source>
        <translation>&amp;Waar komt deze passage nog meer voor?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="101" />
        <source>&amp;Tag selection…	T</source>
        <translation>Selectie &amp;coderen…	T</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="103" />
        <source>Tag the selected text as a claim</source>
        <translation>De geselecteerde tekst als claim coderen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="107" />
        <source>Select &amp;unit	U</source>
        <translation>&amp;Eenheid selecteren	U</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="109" />
        <source>Select the question or answer under the cursor</source>
        <translation>De vraag of het antwoord onder de cursor selecteren</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="113" />
        <source>&amp;Delete claim	Del</source>
        <translation>Claim &amp;verwijderen	Del</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="115" />
        <source>Delete the claim under the cursor</source>
        <translation>De claim onder de cursor verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="119" />
        <source>&amp;Edit claim…	E</source>
        <translation>Claim &amp;wijzigen…	E</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="121" />
        <source>Change the topic or stance of the claim under the cursor</source>
        <translation>Onderwerp of standpunt van de claim onder de cursor wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="127" />
        <source>Claim &amp;note…	N</source>
        <translation>&amp;Notitie bij claim…	N</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="129" />
        <source>Write a note on the claim under the cursor (a comment in Word memos)</source>
        <translation>Schrijf een notitie bij de claim onder de cursor (een opmerking in Word-memo's)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="135" />
        <source>Claim &amp;details…	D</source>
        <translation>&amp;Details van claim…	D</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="137" />
        <source>Claimant, addressee, proposition, note and links of the claim under the cursor</source>
        <translation>Claimant, geadresseerde, propositie, notitie en verbanden van de claim onder de cursor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="143" />
        <source>Open project &amp;read-only…</source>
        <translation>Project &amp;alleen-lezen openen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="145" />
        <source>Read a project that is open elsewhere, without changing it</source>
        <translation>Een project lezen dat elders open is, zonder het te wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="151" />
        <source>&amp;Compare with…</source>
        <translation>&amp;Vergelijk met…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="153" />
        <source>Open this document side by side</source>
        <translation>Dit document naast een ander openen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="155" />
        <source>&amp;Swap panes</source>
        <translation>Panelen &amp;wisselen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="157" />
        <source>&amp;Next difference</source>
        <translation>&amp;Volgend verschil</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="160" />
        <source>&amp;Previous difference</source>
        <translation>V&amp;orig verschil</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="163" />
        <source>&amp;Word differences</source>
        <translation>&amp;Woordverschillen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="165" />
        <source>&amp;Reading</source>
        <translation>&amp;Lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="166" />
        <source>&amp;Side by side</source>
        <translation>&amp;Naast elkaar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="167" />
        <source>&amp;Across ministers</source>
        <translation>&amp;Tussen bewindspersonen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="168" />
        <source>&amp;About Naast</source>
        <translation>&amp;Over Naast</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="176" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="183" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="188" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="192" />
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="194" />
        <source>&amp;Claims</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="196" />
        <source>C&amp;ompare</source>
        <translation>&amp;Vergelijken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="206" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="208" />
        <source>Main</source>
        <translation>Hoofd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="58" />
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="75" />
        <source>Reading</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="77" />
        <source>Side by side</source>
        <translation>Naast elkaar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="79" />
        <source>Across ministers</source>
        <translation>Tussen bewindspersonen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="94" />
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="95" />
        <source>Outline</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="99" />
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="100" />
        <source>Codebook</source>
        <translation>Codeboek</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="180" />
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="186" />
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="254" />
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="324" />
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="325" />
        <source>Open a document first; it is compared with another document of the project.</source>
        <translation>Open eerst een document; het wordt vergeleken met een ander document uit het project.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="330" />
        <source>Compare with</source>
        <translation>Vergelijk met</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="330" />
        <source>Compare with:</source>
        <translation>Vergelijk met:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="437" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="438" />
        <source>&amp;Redo %1</source>
        <translation>Op&amp;nieuw: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="443" />
        <source> (read-only)</source>
        <translation> (alleen lezen)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="449" />
        <source>No project open — Ctrl+N to create one, Ctrl+O to open one</source>
        <translation>Geen project open — Ctrl+N maakt er een, Ctrl+O opent er een</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="454" />
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="454" />
        <source>{n} documents</source>
        <translation>{n} documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="455" />
        <source>1 claim</source>
        <translation>1 claim</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="455" />
        <source>{n} claims</source>
        <translation>{n} claims</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="456" />
        <source>coder: {name}</source>
        <translation>codeur: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="459" />
        <source>read-only</source>
        <translation>alleen lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="505" />
        <source>About Naast</source>
        <translation>Over Naast</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="506" />
        <source>Naast: read, tag and compare what Dutch ministers tell parliament, side by side.</source>
        <translation>Naast: lees, codeer en vergelijk wat bewindspersonen de Kamer vertellen, naast elkaar.</translation>
    </message>
<message><source>Link claims</source><translation>Claims verbinden</translation></message><message><source>Delete link</source><translation>Verband verwijderen</translation></message><message><source>Edit note</source><translation>Notitie bewerken</translation></message><message><source>Rename topic</source><translation>Onderwerp hernoemen</translation></message><message><source>Recolour topic</source><translation>Onderwerp andere kleur geven</translation></message><message><source>Move topic</source><translation>Onderwerp verplaatsen</translation></message><message><source>Merge topics</source><translation>Onderwerpen samenvoegen</translation></message><message><source>Delete topic</source><translation>Onderwerp verwijderen</translation></message><message><source>Tag claim</source><translation>Claim coderen</translation></message><message><source>Delete claim</source><translation>Claim verwijderen</translation></message><message><source>Edit claim</source><translation>Claim bewerken</translation></message><message><source>Import</source><translation>Importeren</translation></message></context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/note_dialog.py" line="19" />
        <source>Note on claim</source>
        <translation>Notitie bij claim</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/note_dialog.py" line="25" />
        <source>Your note; it appears as a comment on the quote in Word memos.</source>
        <translation>Uw notitie; die verschijnt als opmerking bij het citaat in Word-memo's.</translation>
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
        <source>A new language applies the next time Naast starts.</source>
        <translation>Een andere taal geldt vanaf de volgende start.</translation>
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
</context>
<context>
    <name>QuickTag</name>
    <message>
        <location filename="../../desktop/gui/widgets/quick_tag.py" line="63" />
        <source>Type to filter topics…</source>
        <translation>Typ om onderwerpen te filteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/quick_tag.py" line="68" />
        <source>1–5 stance · ↑↓ topic · Enter tags · Esc cancels</source>
        <translation>1–5 standpunt · ↑↓ onderwerp · Enter codeert · Esc annuleert</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/search_dialog.py" line="33" />
        <source>Find in project</source>
        <translation>Zoeken in project</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search_dialog.py" line="34" />
        <source>Words to find in every document…</source>
        <translation>Woorden om in alle documenten te zoeken…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search_dialog.py" line="68" />
        <source>No document contains these words.</source>
        <translation>Geen document bevat deze woorden.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search_dialog.py" line="70" />
        <source>{n} documents</source>
        <translation>{n} documenten</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search_dialog.py" line="70" />
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="98" />
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="99" />
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="100" />
        <source>Word differences</source>
        <translation>Woordverschillen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="101" />
        <source>Swap</source>
        <translation>Wisselen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="206" />
        <source>Paired blocks, moved pairs, passages used in both, words that differ</source>
        <translation>Gekoppelde blokken, verplaatste paren, passages in beide, woorden die verschillen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="208" />
        <source>{p} pairs · {m} moved · {r} reused passages · {w} words differ</source>
        <translation>{p} paren · {m} verplaatst · {r} hergebruikte passages · {w} woorden verschillen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="213" />
        <source>{n} differences</source>
        <translation>{n} verschillen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/views/side_by_side.py" line="217" />
        <source>difference {i} of {n}: {what}</source>
        <translation>verschil {i} van {n}: {what}</translation>
    </message>
<message><source>changed</source><translation>gewijzigd</translation></message><message><source>moved</source><translation>verplaatst</translation></message><message><source>only in left</source><translation>alleen links</translation></message><message><source>only in right</source><translation>alleen rechts</translation></message></context>
<context>
    <name>Tagging</name>
    <message>
        <location filename="../../desktop/gui/tagging.py" line="88" />
        <source>Tag “{quote}”
Claimant: {who}</source>
        <translation>Codeer “{quote}”
Claimant: {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tagging.py" line="126" />
        <source>Edit “{quote}”
Claimant: {who}</source>
        <translation>Wijzig “{quote}”
Claimant: {who}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/gui/widgets/timeline.py" line="70" />
        <source>No dated claims for this choice yet.</source>
        <translation>Nog geen gedateerde claims voor deze keuze.</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location filename="../../desktop/gui/tools.py" line="49" />
        <source>No project open</source>
        <translation>Geen project open</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tools.py" line="50" />
        <source>Create a project with Ctrl+N or open one with Ctrl+O first.</source>
        <translation>Maak eerst een project met Ctrl+N of open er een met Ctrl+O.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tools.py" line="71" />
        <source>Exported {path}</source>
        <translation>{path} geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tools.py" line="106" />
        <source>Where else</source>
        <translation>Waar nog meer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/tools.py" line="107" />
        <source>Select a passage of at least a few words first, then ask where else it appears.</source>
        <translation>Selecteer eerst een passage van een paar woorden en vraag dan waar die nog meer voorkomt.</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/topic_dialogs.py" line="38" />
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/topic_dialogs.py" line="45" />
        <source>English label</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/topic_dialogs.py" line="46" />
        <source>Dutch label</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/topic_dialogs.py" line="47" />
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
</context>
<context>
    <name>WhereElseDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/where_else_dialog.py" line="21" />
        <source>Where else does this passage appear?</source>
        <translation>Waar komt deze passage nog meer voor?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/where_else_dialog.py" line="24" />
        <source>“{quote}”</source>
        <translation>“{quote}”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/where_else_dialog.py" line="40" />
        <source>Nowhere else in this project (at least 8 words in a row).</source>
        <translation>Nergens anders in dit project (minstens 8 woorden achter elkaar).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/where_else_dialog.py" line="42" />
        <source>{n} places; double-click one to read it.</source>
        <translation>{n} plaatsen; dubbelklik om er een te lezen.</translation>
    </message>
</context>
<context><name>DocumentsModel</name><message><source>Answers</source><translation>Antwoorden</translation></message><message><source>Questions</source><translation>Vragen</translation></message><message><source>Letters</source><translation>Brieven</translation></message><message><source>Notices</source><translation>Mededelingen</translation></message><message><source>(unknown)</source><translation>(onbekend)</translation></message><message><source>(no date)</source><translation>(geen datum)</translation></message></context><context><name>ImportReport</name><message><source>Imported {n} document(s).</source><translation>{n} document(en) geïmporteerd.</translation></message><message><source>{n} replaced an earlier version of a document; claims were re-anchored:</source><translation>{n} vervingen een eerdere versie van een document; de claims zijn opnieuw verankerd:</translation></message><message><source>{n} were already in the project and were skipped.</source><translation>{n} zaten al in het project en zijn overgeslagen.</translation></message><message><source>The import was cancelled; documents imported before that are kept.</source><translation>De import is afgebroken; wat daarvoor is geïmporteerd, blijft bewaard.</translation></message><message><source>{n} could not be imported:</source><translation>{n} konden niet worden geïmporteerd:</translation></message></context></TS>