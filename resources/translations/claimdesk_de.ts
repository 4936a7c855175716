<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="39"/>
        <source>About Claimdesk</source>
        <translation>Über Claimdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="45"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="47"/>
        <source>Third-party &amp;licences</source>
        <translation>&amp;Lizenzen von Drittanbietern</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="72"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="80"/>
        <source>A desktop workbench for tracking, grading and verifying claims made in news reporting: who claimed what, when and through whom, and what checking found.</source>
        <translation>Ein Arbeitsplatz zum Erfassen, Bewerten und Prüfen von Behauptungen aus der Berichterstattung: wer was wann und über wen behauptet hat und was die Prüfung ergab.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="92"/>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="93"/>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="96"/>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="98"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="102"/>
        <source>reading…</source>
        <translation>wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="103"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="104"/>
        <source>Location:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="105"/>
        <source>Schema revision:</source>
        <translation>Schema-Revision:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="107"/>
        <source>%1 (PySide6 %2)</source>
        <translation>%1 (PySide6 %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="109"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="111"/>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="116"/>
        <source>Claimdesk is free software under the MIT licence. It is built on the packages listed under Third-party licences; Qt is used under the GNU Lesser General Public License, version 3.</source>
        <translation>Claimdesk ist freie Software unter der MIT-Lizenz. Es baut auf den Paketen auf, die unter „Lizenzen von Drittanbietern“ aufgeführt sind; Qt wird unter der GNU Lesser General Public License, Version 3, verwendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="144"/>
        <source>%1 (up to date)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="147"/>
        <source>%1 (this version of Claimdesk expects %2)</source>
        <translation>%1 (diese Claimdesk-Version erwartet %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="155"/>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="171"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="171"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="171"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="186"/>
        <source>Select a package to read its licence.</source>
        <translation>Ein Paket auswählen, um seine Lizenz zu lesen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="206"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="234"/>
        <source>Home page: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/about_dialog.py" line="239"/>
        <source>No licence text ships with this package.</source>
        <translation>Dieses Paket liefert keinen Lizenztext mit.</translation>
    </message>
</context>
<context>
    <name>AnchorState</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="121"/>
        <source>anchored</source>
        <translation>verankert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="122"/>
        <source>found again after the text changed</source>
        <translation>nach einer Textänderung wiedergefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="123"/>
        <source>orphaned: not found in the current text</source>
        <translation>verwaist: im aktuellen Text nicht gefunden</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="34"/>
        <source>Edit article</source>
        <translation>Artikel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="34"/>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="40"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="42"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="44"/>
        <source>&amp;Publisher:</source>
        <translation>&amp;Herausgeber:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="46"/>
        <source>Comma-separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="47"/>
        <source>&amp;Authors:</source>
        <translation>&amp;Autoren:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="49"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>JJJJ-MM-TT oder TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="50"/>
        <source>Publis&amp;hed on:</source>
        <translation>&amp;Erschienen am:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="52"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="54"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="56"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>ArticleImportDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="58"/>
        <source>Capture article</source>
        <translation>Artikel erfassen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="66"/>
        <source>https://…, a saved .html page or a .txt file</source>
        <translation>https://…, eine gespeicherte .html-Seite oder eine .txt-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="67"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="68"/>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="69"/>
        <source>From &amp;clipboard</source>
        <translation>Aus &amp;Zwischenablage</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="70"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="78"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="84"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="86"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="89"/>
        <source>&amp;Publisher:</source>
        <translation>&amp;Herausgeber:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="90"/>
        <source>An existing source of this name, or a new media outlet</source>
        <translation>Eine vorhandene Quelle dieses Namens oder ein neues Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="93"/>
        <source>A&amp;uthors:</source>
        <translation>A&amp;utoren:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="93"/>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="95"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>JJJJ-MM-TT oder TT.MM.JJJJ</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="96"/>
        <source>Pu&amp;blished:</source>
        <translation>&amp;Erschienen:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="98"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="102"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="126"/>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="129"/>
        <source>Capturing</source>
        <translation>Wird erfasst</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="135"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="207"/>
        <source>Extracted %1 words. Check the fields, then save.</source>
        <translation>%1 Wörter extrahiert. Bitte die Felder prüfen, dann speichern.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="232"/>
        <source>Web pages and text files (*.html *.htm *.txt)</source>
        <translation>Webseiten und Textdateien (*.html *.htm *.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="233"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="234"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="235"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="241"/>
        <source>Saved web page or text file</source>
        <translation>Gespeicherte Webseite oder Textdatei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="257"/>
        <source>Lines of the text that were not taken into the article: page furniture such as menus, buttons and placeholders, and the byline and date read into the fields above</source>
        <translation>Zeilen des Textes, die nicht in den Artikel übernommen wurden: Seitenbeiwerk wie Menüs, Schaltflächen und Platzhalter sowie Autorenzeile und Datum, die in die Felder oben übernommen wurden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="266"/>
        <source>Lines left out of the text</source>
        <translation>Aus dem Text ausgelassene Zeilen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="279"/>
        <source>Left out as page furniture: %n line</source>
        <translation>
            <numerusform>Als Seitenbeiwerk ausgelassen: %n Zeile</numerusform>
            <numerusform>Als Seitenbeiwerk ausgelassen: %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="280"/>
        <source>Left out as page furniture: %n lines</source>
        <translation>
            <numerusform>Als Seitenbeiwerk ausgelassen: %n Zeile</numerusform>
            <numerusform>Als Seitenbeiwerk ausgelassen: %n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="101"/>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="312"/>
        <source>New claim from selection</source>
        <translation>Neue Behauptung aus Auswahl</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="310"/>
        <source>Link to existing claim…</source>
        <translation>Mit vorhandener Behauptung verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="108"/>
        <source>&amp;New claim from selection</source>
        <translation>&amp;Neue Behauptung aus Auswahl</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="109"/>
        <source>&amp;Link to existing claim…</source>
        <translation>Mit &amp;vorhandener Behauptung verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="118"/>
        <source>Quantities that could be claims</source>
        <translation>Mengenangaben, die Behauptungen sein könnten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="131"/>
        <source>Quantities in this article</source>
        <translation>Mengenangaben in diesem Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="157"/>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="202"/>
        <source>This article was deleted.</source>
        <translation>Dieser Artikel wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="328"/>
        <source>Click (or Enter) to record it as a claim</source>
        <translation>Klicken (oder Eingabetaste), um sie als Behauptung zu erfassen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="332"/>
        <source>Quantities in this article: %1</source>
        <translation>Mengenangaben in diesem Artikel: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="363"/>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="370"/>
        <source>This page changed after it was first captured; earlier versions are kept.</source>
        <translation>Diese Seite hat sich seit der ersten Erfassung geändert; frühere Fassungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="375"/>
        <source>Excerpts no longer found in this text</source>
        <translation>Auszüge, die in diesem Text nicht mehr vorkommen</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/background_work.py" line="47"/>
        <source>Indexing claims for similar-claim search</source>
        <translation>Behauptungen für die Ähnlichkeitssuche indizieren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/background_work.py" line="53"/>
        <source>Finding conflicting figures</source>
        <translation>Widersprüchliche Zahlen finden</translation>
    </message>
</context>
<context>
    <name>CitationRole</name>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="117"/>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="103"/>
        <source>Reports</source>
        <translation>Berichtet</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="118"/>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="104"/>
        <source>Supports</source>
        <translation>Stützt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="119"/>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="105"/>
        <source>Contradicts</source>
        <translation>Widerspricht</translation>
    </message>
</context>
<context>
    <name>ClaimDetailView</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="186"/>
        <source>%1 by %2, awaiting a second person&apos;s confirmation</source>
        <translation>%1 von %2, wartet auf die Bestätigung einer zweiten Person</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="194"/>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="200"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="202"/>
        <source>Claimed</source>
        <translation>Behauptet</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="204"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="206"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="209"/>
        <source>Original quote</source>
        <translation>Originalzitat</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="269"/>
        <source>#%1 %2 this claim: %3</source>
        <translation>#%1 %2 diese Behauptung: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="284"/>
        <source>an excerpt no longer cited by this claim</source>
        <translation>ein Auszug, den diese Behauptung nicht mehr zitiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="285"/>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="301"/>
        <source>awaiting confirmation</source>
        <translation>wartet auf Bestätigung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="304"/>
        <source>confirmed by %1, %2</source>
        <translation>bestätigt von %1, %2</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="77"/>
        <source>Edit claim</source>
        <translation>Behauptung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="77"/>
        <source>New claim</source>
        <translation>Neue Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="88"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="97"/>
        <source>What is claimed, in one plain sentence</source>
        <translation>Was behauptet wird, in einem einfachen Satz</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="98"/>
        <source>&amp;Statement:</source>
        <translation>&amp;Aussage:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="105"/>
        <source>The words of the report, as printed</source>
        <translation>Der Wortlaut des Berichts, wie veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="106"/>
        <source>&amp;Quote:</source>
        <translation>&amp;Zitat:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="108"/>
        <source>Quote &amp;language:</source>
        <translation>&amp;Sprache des Zitats:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="110"/>
        <source>Clai&amp;mant:</source>
        <translation>U&amp;rheber:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="112"/>
        <source>Attri&amp;bution:</source>
        <translation>Zus&amp;chreibung:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="114"/>
        <source>When the claimant said it</source>
        <translation>Wann der Urheber es gesagt hat</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="115"/>
        <source>Claimed &amp;on:</source>
        <translation>&amp;Behauptet am:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="117"/>
        <source>The date the claim describes, e.g. troops “as of May”</source>
        <translation>Das Datum, auf das sich die Behauptung bezieht, z. B. Truppen „Stand Mai“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="118"/>
        <source>&amp;As of:</source>
        <translation>S&amp;tand:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="120"/>
        <source>Quan&amp;tity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="124"/>
        <source>&amp;Credibility:</source>
        <translation>&amp;Glaubwürdigkeit:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="126"/>
        <source>Ta&amp;gs:</source>
        <translation>Sch&amp;lagwörter:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="128"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="220"/>
        <source>%1 changed this claim at %2. Saving will ask how to reconcile your changes with theirs.</source>
        <translation>%1 hat diese Behauptung am %2 geändert. Beim Speichern wird nachgefragt, wie die eigene und die gespeicherte Fassung abzugleichen sind.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="233"/>
        <source>%1 deleted this claim at %2. Your text stays in the form; copy what you need.</source>
        <translation>%1 hat diese Behauptung am %2 gelöscht. Der eigene Text bleibt im Formular; bitte das Benötigte kopieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="238"/>
        <source>Someone else deleted this claim. Your text stays in the form; copy what you need.</source>
        <translation>Jemand anderes hat diese Behauptung gelöscht. Der eigene Text bleibt im Formular; bitte das Benötigte kopieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="304"/>
        <source>This looks like a duplicate of #%1:</source>
        <translation>Das sieht wie ein Duplikat von #%1 aus:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="307"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="308"/>
        <source>The two are %1 alike. Save the new claim anyway?</source>
        <translation>Die beiden sind zu %1 ähnlich. Die neue Behauptung trotzdem speichern?</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="310"/>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="313"/>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
</context>
<context>
    <name>ClaimFilterDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_filter_dialog.py" line="16"/>
        <source>Filter claims</source>
        <translation>Behauptungen filtern</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_filter_dialog.py" line="17"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_filter_dialog.py" line="21"/>
        <source>&amp;Clear all</source>
        <translation>Alle &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ClaimFilterRows</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="30"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="34"/>
        <source>C&amp;redibility:</source>
        <translation>G&amp;laubwürdigkeit:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="37"/>
        <source>Source re&amp;liability:</source>
        <translation>Zuverlässigkeit der &amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="42"/>
        <source>Clai&amp;mant:</source>
        <translation>&amp;Urheber:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="44"/>
        <source>T&amp;ags (any of):</source>
        <translation>S&amp;chlagwörter (mindestens eines):</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="46"/>
        <source>Claimed &amp;from:</source>
        <translation>Be&amp;hauptet ab:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="47"/>
        <source>Claimed &amp;until:</source>
        <translation>Behauptet b&amp;is:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="49"/>
        <source>As of f&amp;rom:</source>
        <translation>Sta&amp;nd ab:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="50"/>
        <source>As of u&amp;ntil:</source>
        <translation>Stand &amp;bis:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="55"/>
        <source>Only claims with an excerpt no longer in its article</source>
        <translation>Nur Behauptungen mit einem Auszug, der nicht mehr in seinem Artikel steht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="57"/>
        <source>Conflicting figures only</source>
        <translation>Nur widersprüchliche Zahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="59"/>
        <source>Only claims whose figure another claim contradicts, not yet resolved</source>
        <translation>Nur Behauptungen, deren Zahl eine andere Behauptung widerspricht, noch nicht aufgelöst</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="65"/>
        <source>&amp;Publisher:</source>
        <translation>He&amp;rausgeber:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="67"/>
        <source>With or without</source>
        <translation>Mit oder ohne</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="68"/>
        <source>With a quantity</source>
        <translation>Mit Mengenangabe</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="69"/>
        <source>Without a quantity</source>
        <translation>Ohne Mengenangabe</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="72"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="73"/>
        <source>e.g. soldiers</source>
        <translation>z. B. Soldaten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="74"/>
        <source>Uni&amp;t:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="75"/>
        <source>Excerpts:</source>
        <translation>Auszüge:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/filter_rows.py" line="76"/>
        <source>Figures:</source>
        <translation>Zahlen:</translation>
    </message>
</context>
<context>
    <name>ClaimHistoryPanel</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_panel.py" line="143"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_panel.py" line="152"/>
        <location filename="../../desktop/claimdesk/ui/history_panel.py" line="161"/>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_panel.py" line="183"/>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_panel.py" line="212"/>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen protokolliert.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_panel.py" line="218"/>
        <source>Changes to claim #%1 and its parts, newest first (scroll for more):</source>
        <translation>Änderungen an Behauptung #%1 und ihren Teilen, neueste zuerst (für mehr weiterblättern):</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_panel.py" line="220"/>
        <source>Changes to claim #%1 and its parts, newest first:</source>
        <translation>Änderungen an Behauptung #%1 und ihren Teilen, neueste zuerst:</translation>
    </message>
</context>
<context>
    <name>ClaimPanel</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/claim_panel.py" line="35"/>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/claim_panel.py" line="41"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/claim_panel.py" line="42"/>
        <source>Similar</source>
        <translation>Ähnliche</translation>
    </message>
</context>
<context>
    <name>ClaimPickerDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_picker_dialog.py" line="28"/>
        <source>Link to existing claim</source>
        <translation>Mit vorhandener Behauptung verknüpfen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_picker_dialog.py" line="35"/>
        <source>Excerpt:</source>
        <translation>Auszug:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_picker_dialog.py" line="37"/>
        <source>Words from the statement…</source>
        <translation>Wörter aus der Aussage…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_picker_dialog.py" line="39"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_picker_dialog.py" line="42"/>
        <source>&amp;Claim:</source>
        <translation>&amp;Behauptung:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_picker_dialog.py" line="46"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
</context>
<context>
    <name>ClaimTablePage</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="283"/>
        <source>Search: words, &quot;a phrase&quot;, prefix*, this OR that, -without</source>
        <translation>Suche: Wörter, &quot;eine Wortgruppe&quot;, Präfix*, dies OR das, -ohne</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="287"/>
        <source>Searches the claims&apos; statements, quotes, notes, tags, source names, excerpts and the titles of the articles they are cited in. Case and accents do not matter.</source>
        <translation>Durchsucht Aussagen, Zitate, Notizen, Schlagwörter, Quellennamen und Auszüge der Behauptungen sowie die Titel der Artikel, in denen sie zitiert werden. Groß- und Kleinschreibung sowie Akzente spielen keine Rolle.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="292"/>
        <source>Also search article text</source>
        <translation>Auch Artikeltext durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="295"/>
        <source>Also find claims cited in an article whose text matches, even when the claim itself does not mention the words</source>
        <translation>Auch Behauptungen finden, die in einem Artikel mit passendem Text zitiert werden, selbst wenn die Behauptung die Wörter nicht enthält</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="305"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="306"/>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="319"/>
        <source>Save &amp;view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="368"/>
        <source>&amp;Filters (%1)…</source>
        <translation>&amp;Filter (%1)…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="368"/>
        <source>&amp;Filters…</source>
        <translation>&amp;Filter…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="55"/>
        <source>SQLite file or database URL (postgresql+psycopg://user@host/db); default: $CLAIMDESK_DB or the file in your data directory</source>
        <translation>Datenbank: SQLite-Datei oder URL (postgresql+psycopg://user@host/db); Vorgabe: $CLAIMDESK_DB oder die Datei im Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="67"/>
        <source>who is working (default: $CLAIMDESK_USER or login)</source>
        <translation>wer arbeitet (Vorgabe: $CLAIMDESK_USER oder der Anmeldename)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="82"/>
        <source>Track, grade and verify claims made in news reporting.</source>
        <translation>Behauptungen aus der Berichterstattung erfassen, bewerten und prüfen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="83"/>
        <source>claimdesk PROJECT opens a project file in the window, given as a path or a file:// URI (what a desktop&apos;s launcher passes on a double-click): the same as --db PROJECT. Without a COMMAND the window opens.</source>
        <translation>claimdesk PROJEKT öffnet eine Projektdatei im Fenster, als Pfad oder als file://-URI (was der Starter einer Arbeitsoberfläche bei einem Doppelklick übergibt): dasselbe wie --db PROJEKT. Ohne BEFEHL öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="94"/>
        <source>show program&apos;s version number and exit</source>
        <translation>Versionsinformation anzeigen und beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="102"/>
        <source>create the demo project in an empty database</source>
        <translation>das Demoprojekt in einer leeren Datenbank anlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="108"/>
        <source>instead, a project of the Ukraine war&apos;s loss figures: the General Staff&apos;s daily claims against Oryx&apos;s confirmed losses</source>
        <translation>stattdessen ein Projekt mit den Verlustzahlen des Ukrainekriegs: die täglichen Behauptungen des Generalstabs gegen die von Oryx bestätigten Verluste</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="119"/>
        <source>the folder ukraine-war-figures to read (implies --figures; default: ../shared/data/ukraine-war-figures beside the Claimdesk checkout)</source>
        <translation>der zu lesende Ordner ukraine-war-figures (setzt --figures voraus; Vorgabe: ../shared/data/ukraine-war-figures neben dem Claimdesk-Checkout)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="126"/>
        <source>print the counts as one JSON object</source>
        <translation>die Anzahlen als ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="131"/>
        <source>show where a database is, its schema and counts</source>
        <translation>zeigen, wo eine Datenbank liegt, ihr Schema und ihre Anzahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="134"/>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="151"/>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="32"/>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="33"/>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="58"/>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="43"/>
        <location filename="../../desktop/claimdesk/cli/similar.py" line="58"/>
        <location filename="../../desktop/claimdesk/cli/team.py" line="29"/>
        <location filename="../../desktop/claimdesk/cli/team.py" line="44"/>
        <location filename="../../desktop/claimdesk/cli/team.py" line="58"/>
        <location filename="../../desktop/claimdesk/cli/team.py" line="85"/>
        <location filename="../../desktop/claimdesk/cli/team.py" line="93"/>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="138"/>
        <source>bring articles or claims into a project</source>
        <translation>Artikel oder Behauptungen in ein Projekt übernehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="142"/>
        <source>capture an article from a saved page or a URL</source>
        <translation>einen Artikel aus einer gespeicherten Seite oder einer URL erfassen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="147"/>
        <source>a saved HTML file or an http(s) address</source>
        <translation>eine gespeicherte HTML-Datei oder eine http(s)-Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="156"/>
        <source>also fetch from private, loopback and link-local addresses (an intranet); refused by default</source>
        <translation>auch von privaten, Loopback- und Link-Local-Adressen abrufen (ein Intranet); standardmäßig abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="175"/>
        <source>upgrade a database&apos;s schema explicitly</source>
        <translation>das Schema einer Datenbank ausdrücklich aktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="213"/>
        <source>name the project once: either --db or a file</source>
        <translation>das Projekt nur einmal angeben: entweder --db oder eine Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="224"/>
        <source>not a local file: %1</source>
        <translation>keine lokale Datei: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="253"/>
        <source>Demo project created in %1: %2 sources, %3 article, %4 claims, %5 citations.</source>
        <translation>Demoprojekt in %1 angelegt: %2 Quellen, %3 Artikel, %4 Behauptungen, %5 Belege.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="310"/>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="312"/>
        <source>needs upgrade</source>
        <translation>muss aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="316"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="317"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="318"/>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="319"/>
        <source>Citations</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="320"/>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="323"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="324"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="339"/>
        <source>%1 is up to date (schema %2).</source>
        <translation>%1 ist aktuell (Schema %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="343"/>
        <source>%1: new database created at schema %2.</source>
        <translation>%1: neue Datenbank mit Schema %2 angelegt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="351"/>
        <source>%1 upgraded from schema %2 to %3.</source>
        <translation>%1 von Schema %2 auf %3 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="358"/>
        <source>Backup of the previous state: %1</source>
        <translation>Sicherung des vorherigen Stands: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="392"/>
        <source>Captured article %1: %2</source>
        <translation>Artikel %1 erfasst: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="393"/>
        <source>Already in the project (nothing written): article %1: %2</source>
        <translation>Schon im Projekt (nichts geschrieben): Artikel %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="394"/>
        <source>Captured a changed version of article %1: %2</source>
        <translation>Geänderte Fassung von Artikel %1 erfasst: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="509"/>
        <source>claimdesk: interrupted</source>
        <translation>claimdesk: abgebrochen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="519"/>
        <source>claimdesk: unexpected error: %1; details in %2</source>
        <translation>claimdesk: unerwarteter Fehler: %1; Einzelheiten in %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/__init__.py" line="524"/>
        <source>claimdesk: unexpected error: %1</source>
        <translation>claimdesk: unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="18"/>
        <source>back up a project file, list or restore backups</source>
        <translation>eine Projektdatei sichern, Sicherungen auflisten oder wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="23"/>
        <source>write a checked, verified copy of the project</source>
        <translation>eine geprüfte, verifizierte Kopie des Projekts schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="30"/>
        <source>default: &lt;project&gt;-backup-&lt;time&gt;.sqlite3 beside it</source>
        <translation>Vorgabe: &lt;Projekt&gt;-backup-&lt;Zeit&gt;.sqlite3 daneben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="38"/>
        <source>the project&apos;s backups, newest first</source>
        <translation>die Sicherungen des Projekts, die neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="22"/>
        <source>check the tamper-evident history, list or export it</source>
        <translation>die fälschungssichere Historie prüfen, auflisten oder exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="28"/>
        <source>check the audit chain and that every row is what the trail records</source>
        <translation>die Prüfkette prüfen und ob jede Zeile dem Protokoll entspricht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="37"/>
        <source>list the history, newest first (or write it as CSV)</source>
        <translation>die Historie auflisten, neueste zuerst (oder als CSV schreiben)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="41"/>
        <source>one claim&apos;s history</source>
        <translation>die Historie einer Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="48"/>
        <source>only changes by this user (repeatable)</source>
        <translation>nur Änderungen dieses Benutzers (wiederholbar)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="56"/>
        <source>only this kind of change: create, update, delete or origin (repeatable)</source>
        <translation>nur diese Art von Änderung: create, update, delete oder origin (wiederholbar)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="61"/>
        <source>from this day (UTC)</source>
        <translation>ab diesem Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="64"/>
        <source>to this day (UTC)</source>
        <translation>bis zu diesem Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="71"/>
        <source>at most N events (default 50)</source>
        <translation>höchstens N Ereignisse (Standard 50)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="74"/>
        <source>write every matching event to a CSV file</source>
        <translation>alle passenden Ereignisse in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="76"/>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="41"/>
        <location filename="../../desktop/claimdesk/cli/team.py" line="76"/>
        <source>print a JSON array</source>
        <translation>ein JSON-Array ausgeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="87"/>
        <source>not a number of events (1 or more): %1</source>
        <translation>keine Zahl von Ereignissen (1 oder mehr): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="97"/>
        <source>not a day (YYYY-MM-DD): %1</source>
        <translation>kein Tag (JJJJ-MM-TT): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="141"/>
        <source>Wrote %1 events to %2</source>
        <translation>%1 Ereignisse nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="153"/>
        <source>No event matches.</source>
        <translation>Kein Ereignis passt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="159"/>
        <source>The newest %1 of %2 events; --limit N shows more.</source>
        <translation>Die neuesten %1 von %2 Ereignissen; --limit N zeigt mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/audit.py" line="201"/>
        <location filename="../../desktop/claimdesk/cli/team.py" line="207"/>
        <source>Rationale: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="46"/>
        <source>copy a backup to a new file beside the project (or --replace it)</source>
        <translation>eine Sicherung in eine neue Datei neben dem Projekt kopieren (oder es mit --replace ersetzen)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="49"/>
        <source>a backup file (see &apos;backup list&apos;)</source>
        <translation>eine Sicherungsdatei (siehe „backup list“)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="55"/>
        <source>replace the project&apos;s content instead (it is backed up first)</source>
        <translation>stattdessen den Inhalt des Projekts ersetzen (er wird zuvor gesichert)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="93"/>
        <source>Backed up %1 to %2 (%3).</source>
        <translation>%1 nach %2 gesichert (%3).</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="106"/>
        <source>No backups beside this project.</source>
        <translation>Neben diesem Projekt gibt es keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="110"/>
        <source>unusable: %1</source>
        <translation>unbrauchbar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="112"/>
        <source>1 claim</source>
        <translation>1 Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="114"/>
        <source>%1 claims</source>
        <translation>%1 Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="140"/>
        <source>Restored %1 into %2.</source>
        <translation>%1 in %2 wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="141"/>
        <source>Its previous content is in %1.</source>
        <translation>Der vorherige Inhalt liegt in %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/backup.py" line="145"/>
        <source>Restored %1 to the new file %2; %3 is unchanged.</source>
        <translation>%1 in die neue Datei %2 wiederhergestellt; %3 ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="27"/>
        <source>write a report or an exchange file of the claims</source>
        <translation>einen Bericht oder eine Austauschdatei der Behauptungen schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="28"/>
        <source>Write the claims (all, or those the filters choose) as a report or data. Repeat a filter option to allow several values.</source>
        <translation>Die Behauptungen (alle oder die von den Filtern gewählten) als Bericht oder Daten schreiben. Eine Filteroption wiederholen, um mehrere Werte zuzulassen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="37"/>
        <source>file to write</source>
        <translation>zu schreibende Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="40"/>
        <source>report title (default: “Claims report” in its language)</source>
        <translation>Titel des Berichts (Vorgabe: „Bericht zu Behauptungen“ bzw. in der Sprache des Berichts)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="46"/>
        <source>language of a report&apos;s words, numbers and dates: en (default) or de</source>
        <translation>Sprache der Wörter, Zahlen und Daten eines Berichts: en (Vorgabe) oder de</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="53"/>
        <source>author of your own reviews in ClaimReview (default: $CLAIMDESK_ORGANISATION, else the organisation set in Preferences)</source>
        <translation>Autor der eigenen Prüfungen in ClaimReview (Vorgabe: $CLAIMDESK_ORGANISATION, sonst die in den Einstellungen gesetzte Organisation)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="64"/>
        <source>who the report says made it (default: nobody; a report never names your login or the database&apos;s path)</source>
        <translation>wen der Bericht als Verfasser nennt (Vorgabe: niemanden; ein Bericht nennt nie Ihren Anmeldenamen oder den Pfad der Datenbank)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="73"/>
        <source>json: include the captured pages</source>
        <translation>json: die erfassten Seiten einschließen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="83"/>
        <source>claims from a CSV or TSV file (columns matched by header name, or --map)</source>
        <translation>Behauptungen aus einer CSV- oder TSV-Datei (Spalten nach dem Namen in der Kopfzeile zugeordnet, oder --map)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="94"/>
        <source>read a field from a column, e.g. statement=claimReviewed,claimed_on=date (repeatable; other columns keep the mapping their headers suggest)</source>
        <translation>ein Feld aus einer Spalte lesen, z. B. statement=claimReviewed,claimed_on=date (wiederholbar; andere Spalten behalten die Zuordnung, die ihre Kopfzeile nahelegt)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="102"/>
        <source>how dates and numbers read, e.g. pt_BR or de (default: the headers&apos;)</source>
        <translation>wie Daten und Zahlen zu lesen sind, z. B. pt_BR oder de (Vorgabe: die der Kopfzeile)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="109"/>
        <source>a Claimdesk JSON export, into an empty project (lossless)</source>
        <translation>ein Claimdesk-JSON-Export, in ein leeres Projekt (verlustfrei)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="116"/>
        <source>ClaimReview JSON-LD: a file, JSON Lines or a saved web page</source>
        <translation>ClaimReview-JSON-LD: eine Datei, JSON Lines oder eine gespeicherte Webseite</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="150"/>
        <source>Wrote %1 to %2 (%3).</source>
        <translation>%1 nach %2 geschrieben (%3).</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="198"/>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN</source>
        <translation>--map: „%1“ hat nicht die Form FIELD=COLUMN</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="202"/>
        <source>--map: the field &apos;%1&apos; is given twice</source>
        <translation>--map: das Feld „%1“ ist zweimal angegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="231"/>
        <source>rejected %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="269"/>
        <source>--locale: &apos;%1&apos; is not a locale (try en or de)</source>
        <translation>--locale: „%1“ ist keine Locale (etwa en oder de)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="279"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="281"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="282"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="289"/>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="290"/>
        <source>Verifying</source>
        <translation>Wird verifiziert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="291"/>
        <source>Backing up</source>
        <translation>Wird gesichert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="292"/>
        <source>Backup complete</source>
        <translation>Sicherung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="293"/>
        <source>Restoring</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="294"/>
        <source>Reading</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="295"/>
        <source>Reading figures</source>
        <translation>Zahlen werden gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="296"/>
        <source>Reading rows</source>
        <translation>Zeilen werden gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="297"/>
        <source>reading the project</source>
        <translation>Projekt wird gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="298"/>
        <source>Importing claims</source>
        <translation>Behauptungen werden importiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="299"/>
        <source>Importing ClaimReviews</source>
        <translation>ClaimReviews werden importiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="300"/>
        <source>Writing claims</source>
        <translation>Behauptungen werden geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="301"/>
        <source>Writing ClaimReview</source>
        <translation>ClaimReview wird geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="302"/>
        <source>Writing CSV</source>
        <translation>CSV wird geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="303"/>
        <source>Writing the report</source>
        <translation>Bericht wird geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="304"/>
        <source>Saving the document</source>
        <translation>Dokument wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="305"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="306"/>
        <source>Fetching</source>
        <translation>Wird abgerufen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="307"/>
        <source>Extracted</source>
        <translation>Extrahiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="315"/>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="316"/>
        <source>articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="317"/>
        <source>article captures</source>
        <translation>Artikelfassungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="318"/>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="319"/>
        <source>claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="320"/>
        <source>relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="321"/>
        <source>claim relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="322"/>
        <source>published reviews</source>
        <translation>veröffentlichte Prüfungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="323"/>
        <source>audit events</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="326"/>
        <source>writing %1</source>
        <translation>%1 werden geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="328"/>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/figures.py" line="30"/>
        <source>list the conflicting figures</source>
        <translation>die widersprüchlichen Zahlen auflisten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/figures.py" line="31"/>
        <source>Pairs of claims about the same thing, at about the same time, whose figures disagree beyond their qualifiers; resolved ones say how.</source>
        <translation>Paare von Behauptungen über dasselbe, etwa zur selben Zeit, deren Zahlen über ihre Genauigkeitsangaben hinaus voneinander abweichen; aufgelöste nennen, wie.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/figures.py" line="39"/>
        <location filename="../../desktop/claimdesk/cli/similar.py" line="42"/>
        <location filename="../../desktop/claimdesk/cli/suggest.py" line="36"/>
        <source>print one JSON object per line</source>
        <translation>ein JSON-Objekt pro Zeile ausgeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/figures.py" line="42"/>
        <source>only the unresolved ones</source>
        <translation>nur die nicht aufgelösten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/figures.py" line="47"/>
        <source>detect the conflicts of every claim first (a project from before conflicts were stored)</source>
        <translation>zuerst die Widersprüche jeder Behauptung ermitteln (ein Projekt aus der Zeit, bevor Widersprüche gespeichert wurden)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/figures.py" line="57"/>
        <source>draw the timeline of a number as SVG or PNG</source>
        <translation>den Zeitverlauf einer Zahl als SVG oder PNG zeichnen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/figures.py" line="58"/>
        <source>Draw the figures claims give for the same thing over time: of one claim&apos;s subject (--claim), or of the claims the filters match (the unit with the most figures; narrow with --unit).</source>
        <translation>Die Zahlen, die Behauptungen über dasselbe nennen, im Zeitverlauf zeichnen: zum Gegenstand einer Behauptung (--claim) oder zu den Behauptungen, die die Filter finden (die Einheit mit den meisten Zahlen; mit --unit eingrenzen).</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/figures.py" line="70"/>
        <source>the claims about the same thing as this one, it highlighted</source>
        <translation>die Behauptungen über dasselbe wie diese, sie selbst hervorgehoben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/figures.py" line="76"/>
        <source>where to write the chart (.svg or .png)</source>
        <translation>wohin das Diagramm geschrieben wird (.svg oder .png)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/figures.py" line="79"/>
        <source>dates and numbers (default en)</source>
        <translation>Daten und Zahlen (Vorgabe en)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/figures.py" line="162"/>
        <source>%1: %2, %3 figures</source>
        <translation>%1: %2, %3 Zahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="42"/>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="48"/>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="61"/>
        <source>filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="62"/>
        <source>Repeat an option to allow several values; different options all apply.</source>
        <translation>Eine Option wiederholen, um mehrere Werte zuzulassen; verschiedene Optionen gelten alle zugleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="67"/>
        <source>source name</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="75"/>
        <source>claims cited in this article</source>
        <translation>in diesem Artikel belegte Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="81"/>
        <source>cited in an article published by</source>
        <translation>belegt in einem Artikel dieses Herausgebers</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="86"/>
        <source>claim date from (YYYY[-MM[-DD]])</source>
        <translation>behauptet ab (JJJJ[-MM[-TT]])</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="87"/>
        <source>claim date until (inclusive)</source>
        <translation>behauptet bis (einschließlich)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="91"/>
        <source>as-of date from (YYYY[-MM[-DD]])</source>
        <translation>Stand ab (JJJJ[-MM[-TT]])</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="92"/>
        <source>as-of date until (inclusive)</source>
        <translation>Stand bis (einschließlich)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="104"/>
        <source>quantity unit</source>
        <translation>Einheit der Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="109"/>
        <source>claims with an excerpt no longer in its article</source>
        <translation>Behauptungen mit einem Auszug, der nicht mehr in seinem Artikel steht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="118"/>
        <source>claims with an open conflicting figure</source>
        <translation>Behauptungen mit einer offenen widersprüchlichen Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="125"/>
        <source>claims without an open conflicting figure</source>
        <translation>Behauptungen ohne offene widersprüchliche Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="134"/>
        <source>full-text search: words, &quot;phrases&quot;, prefix*, OR, -word</source>
        <translation>Volltextsuche: Wörter, &quot;Wortgruppen&quot;, Präfix*, OR, -Wort</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="139"/>
        <source>the search also looks in the text of the articles the claims are cited in</source>
        <translation>die Suche schließt den Text der Artikel ein, in denen die Behauptungen belegt sind</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/filters.py" line="175"/>
        <source>%1: no source is called &apos;%2&apos;</source>
        <translation>%1: keine Quelle heißt „%2“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/licences.py" line="15"/>
        <source>list the third-party packages Claimdesk runs on and their licences</source>
        <translation>die Pakete von Drittanbietern, auf denen Claimdesk läuft, und ihre Lizenzen auflisten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/licences.py" line="16"/>
        <source>List the installed packages Claimdesk depends on, directly or not, and Qt, with their versions and licences. Reads no database.</source>
        <translation>Die installierten Pakete, von denen Claimdesk direkt oder mittelbar abhängt, und Qt mit ihren Versionen und Lizenzen auflisten. Liest keine Datenbank.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/licences.py" line="25"/>
        <source>print one JSON object per line: name, version, licence, homepage</source>
        <translation>ein JSON-Objekt pro Zeile ausgeben: Name, Version, Lizenz, Website</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/licences.py" line="30"/>
        <source>also print each package&apos;s licence texts</source>
        <translation>auch die Lizenztexte jedes Pakets ausgeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/licences.py" line="59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/licences.py" line="59"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/licences.py" line="59"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/licences.py" line="60"/>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/licences.py" line="70"/>
        <source>(licence not stated)</source>
        <translation>(Lizenz nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/licences.py" line="78"/>
        <source>(no licence text ships with this package)</source>
        <translation>(dieses Paket liefert keinen Lizenztext mit)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/parser.py" line="28"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/parser.py" line="41"/>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/parser.py" line="42"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/parser.py" line="44"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/parser.py" line="49"/>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/search.py" line="21"/>
        <source>find claims by words and filters</source>
        <translation>Behauptungen nach Wörtern und Filtern finden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/search.py" line="22"/>
        <source>Find claims. QUERY: words (all must appear), &quot;exact phrases&quot;, prefix*, a OR b, -word or NOT word to exclude; case and accents do not matter. It searches the claims&apos; statements, quotes, notes, tags, source names, excerpts and the titles of the articles they are cited in; with --article-text also those articles&apos; text.</source>
        <translation>Behauptungen finden. QUERY: Wörter (alle müssen vorkommen), &quot;genaue Wortgruppen&quot;, Präfix*, a OR b, -Wort oder NOT Wort zum Ausschließen; Groß- und Kleinschreibung und Akzente spielen keine Rolle. Durchsucht werden Aussagen, Zitate, Notizen, Schlagwörter, Quellennamen und Auszüge der Behauptungen sowie die Titel der Artikel, in denen sie belegt sind; mit --article-text auch der Text dieser Artikel.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/search.py" line="33"/>
        <source>start from this saved view</source>
        <translation>von dieser gespeicherten Ansicht ausgehen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/search.py" line="36"/>
        <source>order (default: relevance with a query)</source>
        <translation>Reihenfolge (Vorgabe: Relevanz bei einer Suche)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/search.py" line="39"/>
        <source>oldest / smallest first</source>
        <translation>älteste / kleinste zuerst</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/search.py" line="45"/>
        <source>at most this many (default 50)</source>
        <translation>höchstens so viele (Vorgabe 50)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/search.py" line="51"/>
        <source>skip this many first</source>
        <translation>so viele zuerst überspringen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/search.py" line="54"/>
        <source>print JSON instead of lines</source>
        <translation>JSON statt Zeilen ausgeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/search.py" line="93"/>
        <source>none saved</source>
        <translation>keine gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/search.py" line="95"/>
        <source>--view: no saved view is called &apos;%1&apos; (%2)</source>
        <translation>--view: keine gespeicherte Ansicht heißt „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/search.py" line="154"/>
        <source>No claims found.</source>
        <translation>Keine Behauptungen gefunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/search.py" line="158"/>
        <source>(%1–%2 of %3)</source>
        <translation>(%1–%2 von %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/similar.py" line="23"/>
        <source>find the claims most like a statement</source>
        <translation>die Behauptungen finden, die einer Aussage am ähnlichsten sind</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/similar.py" line="24"/>
        <source>List the project&apos;s claims most like TEXT, in English or German, best first, each with a score from 0 to 1 and why it matched (same figure, same claimant, shared names, meaning, shared words). Writes nothing.</source>
        <translation>Die Behauptungen des Projekts auflisten, die TEXT (Englisch oder Deutsch) am ähnlichsten sind, die beste zuerst, jede mit einem Wert von 0 bis 1 und dem Grund des Treffers (gleiche Zahl, gleicher Urheber, gemeinsame Namen, Bedeutung, gemeinsame Wörter). Schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/similar.py" line="32"/>
        <source>a statement, e.g. a claim being typed</source>
        <translation>eine Aussage, z. B. eine Behauptung, die gerade eingegeben wird</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/similar.py" line="39"/>
        <source>at most this many (1 to %1, default 10)</source>
        <translation>höchstens so viele (1 bis %1, Vorgabe 10)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/similar.py" line="48"/>
        <source>compute the vectors similar claims are found by</source>
        <translation>die Vektoren berechnen, über die ähnliche Behauptungen gefunden werden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/similar.py" line="49"/>
        <source>Compute the sentence vectors of the claims that have none of the current model (a project from an older version); new and edited claims get theirs as they are saved. Progress on stderr; Ctrl+C keeps the batches done.</source>
        <translation>Die Satzvektoren der Behauptungen berechnen, die keinen des aktuellen Modells haben (ein Projekt aus einer älteren Version); neue und bearbeitete Behauptungen erhalten ihren beim Speichern. Fortschritt auf stderr; Strg+C behält die fertigen Stapel.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/similar.py" line="67"/>
        <source>TEXT must not be empty</source>
        <translation>TEXT darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/similar.py" line="93"/>
        <source>No similar claims found.</source>
        <translation>Keine ähnlichen Behauptungen gefunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/similar.py" line="116"/>
        <source>Indexed %1.</source>
        <translation>%1 indiziert.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/similar.py" line="120"/>
        <source>%1 still without a vector: the model is missing.</source>
        <translation>%1 noch ohne Vektor: Das Modell fehlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/suggest.py" line="21"/>
        <source>draft the claims an article suggests</source>
        <translation>die Behauptungen entwerfen, die ein Artikel nahelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/suggest.py" line="22"/>
        <source>Draft a claim for every sentence of an article that holds a quantity or names its source: statement, claimant (matched to the project&apos;s sources), attribution chain, claim date and quantity. Writes nothing.</source>
        <translation>Für jeden Satz eines Artikels, der eine Mengenangabe enthält oder seine Quelle nennt, eine Behauptung entwerfen: Aussage, Urheber (den Quellen des Projekts zugeordnet), Zuschreibungskette, Datum der Behauptung und Menge. Schreibt nichts.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/suggest.py" line="32"/>
        <source>an article of the project, or a saved page or text file</source>
        <translation>ein Artikel des Projekts oder eine gespeicherte Seite oder Textdatei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/suggest.py" line="122"/>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="17"/>
        <source>set up the team&apos;s roles on a PostgreSQL server</source>
        <translation>die Rollen des Teams auf einem PostgreSQL-Server einrichten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="22"/>
        <source>create the roles claimdesk_reader, claimdesk_analyst and claimdesk_reviewer and grant them their rights on this database</source>
        <translation>die Rollen claimdesk_reader, claimdesk_analyst und claimdesk_reviewer anlegen und ihnen ihre Rechte an dieser Datenbank geben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="32"/>
        <source>make server users members of a team role</source>
        <translation>Serverbenutzer zu Mitgliedern einer Teamrolle machen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="37"/>
        <source>reader, analyst or reviewer</source>
        <translation>reader, analyst oder reviewer</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="40"/>
        <source>server login roles</source>
        <translation>Anmelderollen des Servers</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="49"/>
        <source>show the project&apos;s identity and shared rules</source>
        <translation>Kennung und gemeinsame Regeln des Projekts anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="55"/>
        <source>ask a second person to confirm every verdict (on/off)</source>
        <translation>jedes Urteil von einer zweiten Person bestätigen lassen (on/off)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="63"/>
        <source>list or confirm verdicts awaiting a second person</source>
        <translation>Urteile auflisten oder bestätigen, die auf eine zweite Person warten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="67"/>
        <source>verdicts awaiting confirmation</source>
        <translation>Urteile, die auf Bestätigung warten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="73"/>
        <source>only those I may confirm</source>
        <translation>nur die, die ich bestätigen darf</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="80"/>
        <source>confirm verdicts (by their review ids)</source>
        <translation>Urteile bestätigen (nach ihren Prüfungs-IDs)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="89"/>
        <source>decline verdicts awaiting confirmation</source>
        <translation>Urteile ablehnen, die auf Bestätigung warten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="115"/>
        <source>Roles ready on %1: %2</source>
        <translation>Rollen auf %1 bereit: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="131"/>
        <source>Granted %1 to: %2</source>
        <translation>%1 vergeben an: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="209"/>
        <source>(not yours to confirm)</source>
        <translation>(nicht von Ihnen zu bestätigen)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="218"/>
        <source>Verdicts confirmed: %1 (claims %2)</source>
        <translation>Bestätigte Urteile: %1 (Behauptungen %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="227"/>
        <source>Verdicts sent back: %1 (claims %2)</source>
        <translation>Zurückgewiesene Urteile: %1 (Behauptungen %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="154"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="154"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="155"/>
        <source>Project id: %1</source>
        <translation>Projektkennung: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="156"/>
        <source>Four eyes: %1</source>
        <translation>Vier-Augen-Prinzip: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="191"/>
        <source>No verdict awaits your confirmation.</source>
        <translation>Kein Urteil wartet auf Ihre Bestätigung.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="193"/>
        <source>No verdict awaits confirmation.</source>
        <translation>Kein Urteil wartet auf Bestätigung.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/team.py" line="198"/>
        <source>Review %1 · claim %2 → %3 by %4</source>
        <translation>Prüfung %1 · Behauptung %2 → %3 von %4</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="25"/>
        <source>check a report against the project it came from</source>
        <translation>einen Bericht mit dem Projekt abgleichen, aus dem er stammt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="30"/>
        <source>say whether the project still matches what a report states: the same project, the audit trail whole up to the report, its claims and captures unchanged</source>
        <translation>sagen, ob das Projekt noch dem entspricht, was ein Bericht angibt: dasselbe Projekt, das Prüfprotokoll bis zum Bericht unversehrt, seine Behauptungen und Erfassungen unverändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="39"/>
        <source>an HTML report or a Claimdesk JSON export (claimdesk export)</source>
        <translation>ein HTML-Bericht oder ein Claimdesk-JSON-Export (claimdesk export)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="70"/>
        <source>The report comes from another project: it names project %1, this is project %2.</source>
        <translation>Der Bericht stammt aus einem anderen Projekt: Er nennt das Projekt %1, dies ist das Projekt %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="81"/>
        <source>The project matches the report.</source>
        <translation>Das Projekt entspricht dem Bericht.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="82"/>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="85"/>
        <source>Audit trail: whole up to event %1 (SHA-256 %2)</source>
        <translation>Prüfprotokoll: unversehrt bis Ereignis %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="91"/>
        <source>Claims: none of %1 changed since %2</source>
        <translation>Behauptungen: keine der %1 seit %2 geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="97"/>
        <source>Captures: %1, each with the SHA-256 the report states</source>
        <translation>Erfassungen: %1, jede mit dem SHA-256, den der Bericht angibt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="101"/>
        <source>The project differs from the report:</source>
        <translation>Das Projekt weicht vom Bericht ab:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="107"/>
        <source>… and %1 more changed claims</source>
        <translation>… und %1 weitere geänderte Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="112"/>
        <source>Claim %1 is not what the report shows, yet the audit trail records no change since: it was changed outside Claimdesk (see &apos;claimdesk audit verify&apos;).</source>
        <translation>Behauptung %1 ist nicht mehr, was der Bericht zeigt, obwohl das Prüfprotokoll seither keine Änderung verzeichnet: sie wurde außerhalb von Claimdesk geändert (siehe &apos;claimdesk audit verify&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="124"/>
        <source>… and %1 more captures</source>
        <translation>… und %1 weitere Erfassungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="132"/>
        <source>Audit trail: event %1, the last before the report, no longer has the SHA-256 the report states: the trail was rewritten.</source>
        <translation>Prüfprotokoll: Ereignis %1, das letzte vor dem Bericht, hat nicht mehr den SHA-256, den der Bericht angibt: Das Protokoll wurde neu geschrieben.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="141"/>
        <source>Audit trail: event %1, the last before the report, is no longer there.</source>
        <translation>Prüfprotokoll: Ereignis %1, das letzte vor dem Bericht, ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="157"/>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="159"/>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="162"/>
        <source>Claim %1 changed since the report and is deleted: %2, the latest by %3 on %4 (%5)</source>
        <translation>Behauptung %1 seit dem Bericht geändert und gelöscht: %2, die letzte von %3 am %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="167"/>
        <source>Claim %1 changed since the report: %2, the latest by %3 on %4 (%5)</source>
        <translation>Behauptung %1 seit dem Bericht geändert: %2, die letzte von %3 am %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="175"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="181"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="182"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="183"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="190"/>
        <source>Article %1 (%2) was captured again since the report; the version it cites is kept among its earlier versions</source>
        <translation>Artikel %1 (%2) wurde seit dem Bericht erneut erfasst; die zitierte Fassung ist unter seinen früheren Fassungen erhalten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="196"/>
        <source>Article %1 (%2): its capture time is not the report&apos;s</source>
        <translation>Artikel %1 (%2): Sein Erfassungszeitpunkt ist nicht der des Berichts</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="198"/>
        <source>Article %1 (%2) was deleted since the report</source>
        <translation>Artikel %1 (%2) wurde seit dem Bericht gelöscht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="200"/>
        <source>Article %1 (%2) is no longer in the project</source>
        <translation>Artikel %1 (%2) ist nicht mehr im Projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/report_verify.py" line="202"/>
        <source>Article %1 (%2): no stored version has the SHA-256 the report states: the captured page was changed</source>
        <translation>Artikel %1 (%2): Keine gespeicherte Fassung hat den SHA-256, den der Bericht angibt: Die erfasste Seite wurde verändert</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="53"/>
        <source>Conflicting figure: another claim gives a different number for the same thing at about the same time (see Conflicting figures)</source>
        <translation>Widersprüchliche Zahl: eine andere Behauptung nennt für dieselbe Sache etwa zur selben Zeit eine andere Zahl (siehe Widersprüchliche Zahlen)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="66"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="74"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="83"/>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="91"/>
        <source>Grade</source>
        <translation>Zuverl.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="98"/>
        <source>Cred.</source>
        <translation>Glaubw.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="106"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="114"/>
        <source>Claimed</source>
        <translation>Behauptet</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="121"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="129"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="137"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="144"/>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="224"/>
        <source>Citations</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="152"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="163"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="165"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="169"/>
        <source>Role or affiliation</source>
        <translation>Rolle oder Zugehörigkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="176"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="182"/>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="189"/>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="201"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="209"/>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="216"/>
        <source>Published</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="221"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="231"/>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="239"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="109"/>
        <source>New claim</source>
        <translation>Neue Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="110"/>
        <source>Edit claim</source>
        <translation>Behauptung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="103"/>
        <source>Delete claim</source>
        <translation>Behauptung löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="104"/>
        <source>Delete %n claims</source>
        <translation>%n Behauptungen löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="219"/>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="221"/>
        <source>Set status of %n claims</source>
        <translation>Status von %n Behauptungen setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="301"/>
        <source>Link excerpt</source>
        <translation>Auszug verknüpfen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="317"/>
        <source>Remove citation</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="339"/>
        <source>Relate claims</source>
        <translation>Behauptungen in Beziehung setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="115"/>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="116"/>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="117"/>
        <source>Delete source</source>
        <translation>Quelle löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="121"/>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="122"/>
        <source>Edit article</source>
        <translation>Artikel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="123"/>
        <source>Delete article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="258"/>
        <source>Confirm verdict</source>
        <translation>Urteil bestätigen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="271"/>
        <source>Send verdict back</source>
        <translation>Urteil zurückweisen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="283"/>
        <source>Ask for four eyes</source>
        <translation>Vier-Augen-Prinzip einschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="285"/>
        <source>Stop asking for four eyes</source>
        <translation>Vier-Augen-Prinzip ausschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="360"/>
        <source>Resolve conflicting figures</source>
        <translation>Widersprüchliche Zahlen auflösen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="385"/>
        <source>Reopen conflicting figures</source>
        <translation>Widersprüchliche Zahlen wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="403"/>
        <source>Remove relation</source>
        <translation>Beziehung entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="422"/>
        <source>Capture article</source>
        <translation>Artikel erfassen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="468"/>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="494"/>
        <source>Delete view “%1”</source>
        <translation>Ansicht „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/confirm_dialog.py" line="44"/>
        <source>Awaiting my confirmation</source>
        <extracomment>The user wants to see a claim in the main window.</extracomment>
        <translation>Wartet auf meine Bestätigung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/confirm_dialog.py" line="51"/>
        <source>Verdicts another analyst gave that wait for a second person. You can confirm those you neither gave nor entered nor last edited.</source>
        <translation>Urteile anderer Analysten, die auf eine zweite Person warten. Sie können die bestätigen, die Sie weder vergeben noch erfasst noch zuletzt bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/confirm_dialog.py" line="60"/>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/confirm_dialog.py" line="61"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/confirm_dialog.py" line="62"/>
        <source>Given by</source>
        <translation>Vergeben von</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/confirm_dialog.py" line="63"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/confirm_dialog.py" line="64"/>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/confirm_dialog.py" line="75"/>
        <source>No verdict awaits your confirmation.</source>
        <translation>Kein Urteil wartet auf Ihre Bestätigung.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/confirm_dialog.py" line="78"/>
        <source>&amp;Confirm selected</source>
        <translation>Auswahl &amp;bestätigen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/confirm_dialog.py" line="80"/>
        <source>&amp;Show claim</source>
        <translation>Behauptung &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/confirm_dialog.py" line="81"/>
        <source>Send &amp;back</source>
        <translation>&amp;Zurückweisen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/confirm_dialog.py" line="84"/>
        <source>Decline the verdict: it leaves the claim, which keeps its status.</source>
        <translation>Das Urteil ablehnen: es wird von der Behauptung genommen, die ihren Status behält.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/confirm_dialog.py" line="125"/>
        <source>You cannot confirm this verdict yourself.</source>
        <translation>Dieses Urteil können Sie nicht selbst bestätigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/confirm_dialog.py" line="164"/>
        <source>Confirm the selected verdicts? A confirmation is your signature: Undo does not take it back.</source>
        <translation>Die ausgewählten Urteile bestätigen? Eine Bestätigung ist Ihre Unterschrift: Rückgängig nimmt sie nicht zurück.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="117"/>
        <source>Claim changed by someone else</source>
        <translation>Behauptung von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="131"/>
        <source>Claim %1 was changed by %2 (%3) while you were editing it. Choose whose version to keep.</source>
        <extracomment>Asks before overwriting their version; replaceable (tests, scripted use).</extracomment>
        <translation>Während der Bearbeitung hat %2 die Behauptung %1 geändert (%3). Bitte wählen, welche Fassung bleiben soll.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="143"/>
        <source>Fields that differ</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="145"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="145"/>
        <source>Your version</source>
        <translation>Eigene Fassung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="145"/>
        <source>Their version</source>
        <translation>Gespeicherte Fassung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="166"/>
        <source>Their change touched none of the fields you edit (it may have been a status change); keeping yours overwrites nothing they wrote here.</source>
        <translation>Die andere Änderung betrifft keines der bearbeiteten Felder (vielleicht war es eine Statusänderung); beim Behalten der eigenen Fassung wird hier nichts davon überschrieben.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="174"/>
        <source>Same in both: %1</source>
        <translation>In beiden gleich: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="181"/>
        <source>&amp;Reload theirs</source>
        <translation>Gespeicherte Fassung &amp;laden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="182"/>
        <source>Discard your edit and show their version.</source>
        <translation>Die eigene Bearbeitung verwerfen und die gespeicherte Fassung anzeigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="183"/>
        <source>&amp;Keep mine…</source>
        <translation>&amp;Eigene Fassung behalten…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="184"/>
        <source>Save your version over theirs.</source>
        <translation>Die gespeicherte Fassung mit der eigenen überschreiben.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="185"/>
        <source>&amp;Back to editing</source>
        <translation>&amp;Zurück zur Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="221"/>
        <source>Overwrite their version?</source>
        <translation>Gespeicherte Fassung überschreiben?</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="223"/>
        <source>Your version of claim %1 will replace the one %2 saved. Their version is not lost: it stays in the claim&apos;s audit trail.</source>
        <translation>Die eigene Fassung der Behauptung %1 ersetzt die von %2 gespeicherte. Diese geht nicht verloren: Sie bleibt im Änderungsprotokoll der Behauptung erhalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="246"/>
        <source>source #%1</source>
        <translation>Quelle Nr. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="255"/>
        <source>article #%1</source>
        <translation>Artikel Nr. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="302"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="303"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="304"/>
        <source>Quote language</source>
        <translation>Sprache des Zitats</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="306"/>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="312"/>
        <source>Claimed on</source>
        <translation>Behauptet am</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="313"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="315"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="322"/>
        <source>Credibility</source>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="329"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="340"/>
        <source>Attribution chain</source>
        <translation>Zuschreibungskette</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="89"/>
        <source>First claim</source>
        <translation>Erste Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="89"/>
        <source>Second claim</source>
        <translation>Zweite Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="89"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflict_texts.py" line="37"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflict_texts.py" line="46"/>
        <source>Second supersedes first</source>
        <translation>Zweite ersetzt erste</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflict_texts.py" line="47"/>
        <source>First supersedes second</source>
        <translation>Erste ersetzt zweite</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflict_texts.py" line="49"/>
        <source>Both stand (contradicting)</source>
        <translation>Beide gelten (widersprechend)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflict_texts.py" line="50"/>
        <source>Not comparable</source>
        <translation>Nicht vergleichbar</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflict_texts.py" line="57"/>
        <source>this claim supersedes it</source>
        <translation>diese Behauptung ersetzt sie</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflict_texts.py" line="58"/>
        <source>it supersedes this claim</source>
        <translation>sie ersetzt diese Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflict_texts.py" line="60"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflict_texts.py" line="62"/>
        <source>both stand (contradicting)</source>
        <translation>beide gelten (widersprechend)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflict_texts.py" line="63"/>
        <source>not comparable</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflict_texts.py" line="77"/>
        <source>Conflicting figures</source>
        <translation>Widersprüchliche Zahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflict_texts.py" line="80"/>
        <source>%n open</source>
        <translation>%n offen</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="137"/>
        <source>Conflicts shown</source>
        <translation>Angezeigte Widersprüche</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="138"/>
        <source>Open conflicts</source>
        <translation>Offene Widersprüche</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="139"/>
        <source>All conflicts</source>
        <translation>Alle Widersprüche</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="142"/>
        <source>Number of conflicts</source>
        <translation>Anzahl der Widersprüche</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="146"/>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="367"/>
        <source>Conflicting figures</source>
        <translation>Widersprüchliche Zahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="167"/>
        <source>Conflict actions</source>
        <translation>Aktionen für Widersprüche</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="175"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="244"/>
        <source>%n conflict</source>
        <translation>%n Widerspruch</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="244"/>
        <source>%n conflicts</source>
        <translation>%n Widersprüche</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="285"/>
        <source>First supersedes second</source>
        <translation>Erste ersetzt zweite</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="287"/>
        <source>The first claim&apos;s figure replaces the second&apos;s (newer or better sourced)</source>
        <translation>Die Zahl der ersten Behauptung ersetzt die der zweiten (neuer oder besser belegt)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="290"/>
        <source>Second supersedes first</source>
        <translation>Zweite ersetzt erste</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="292"/>
        <source>The second claim&apos;s figure replaces the first&apos;s</source>
        <translation>Die Zahl der zweiten Behauptung ersetzt die der ersten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="295"/>
        <source>Both stand (contradicting)</source>
        <translation>Beide gelten (widersprechend)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="297"/>
        <source>Keep both figures, recorded as contradicting each other</source>
        <translation>Beide Zahlen behalten, als einander widersprechend vermerkt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="300"/>
        <source>Not comparable</source>
        <translation>Nicht vergleichbar</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="302"/>
        <source>The two figures count different things: not a conflict</source>
        <translation>Die beiden Zahlen zählen Verschiedenes: kein Widerspruch</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="311"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="311"/>
        <source>Take back the resolution of this conflict</source>
        <translation>Die Auflösung dieses Widerspruchs zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="314"/>
        <source>Open first</source>
        <translation>Erste öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="316"/>
        <source>Show the first claim in the claims table</source>
        <translation>Die erste Behauptung in der Tabelle der Behauptungen zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="319"/>
        <source>Open second</source>
        <translation>Zweite öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/conflicts_view.py" line="321"/>
        <source>Show the second claim in the claims table</source>
        <translation>Die zweite Behauptung in der Tabelle der Behauptungen zeigen</translation>
    </message>
</context>
<context>
    <name>Credibility</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="75"/>
        <source>Confirmed by other sources</source>
        <translation>Von anderen Quellen bestätigt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="76"/>
        <source>Probably true</source>
        <translation>Wahrscheinlich wahr</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="77"/>
        <source>Possibly true</source>
        <translation>Möglicherweise wahr</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="78"/>
        <source>Doubtful</source>
        <translation>Zweifelhaft</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="79"/>
        <source>Improbable</source>
        <translation>Unwahrscheinlich</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="80"/>
        <source>Truth cannot be judged</source>
        <translation>Wahrheitsgehalt nicht beurteilbar</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="47"/>
        <source>Import claims from CSV</source>
        <translation>Behauptungen aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="48"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="55"/>
        <source>A .csv file saved as UTF-8</source>
        <translation>Eine als UTF-8 gespeicherte .csv-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="56"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="64"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="70"/>
        <source>As the column names suggest</source>
        <translation>Nach den Spaltennamen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="71"/>
        <source>German (11.000 · 10.06.2025)</source>
        <translation>Deutsch (11.000 · 10.06.2025)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="72"/>
        <source>English, UK (11,000 · 10/06/2025)</source>
        <translation>Englisch, GB (11,000 · 10/06/2025)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="73"/>
        <source>English, US (11,000 · 06/10/2025)</source>
        <translation>Englisch, USA (11,000 · 06/10/2025)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="74"/>
        <source>&amp;Numbers and dates:</source>
        <translation>&amp;Zahlen und Datumsangaben:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="78"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="78"/>
        <source>Imports as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="78"/>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="81"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="85"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="85"/>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="240"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="85"/>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="85"/>
        <source>Claimed</source>
        <translation>Behauptet</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="86"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="86"/>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="254"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="86"/>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="256"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="86"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="89"/>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="153"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="154"/>
        <source>Claims as CSV</source>
        <translation>Behauptungen als CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="178"/>
        <source>— ignore —</source>
        <translation>— ignorieren —</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="181"/>
        <source>Imports %1 as</source>
        <translation>%1 importieren als</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="226"/>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="226"/>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="226"/>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="230"/>
        <source>%1 columns separated by %2. The first %3 rows as they would be imported; %4 of them would be refused.</source>
        <translation>%1 Spalten, getrennt durch %2. Die ersten %3 Zeilen, wie sie importiert würden; %4 davon würden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="241"/>
        <source>Original quote</source>
        <translation>Originalzitat</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="242"/>
        <source>Language of the quote</source>
        <translation>Sprache des Zitats</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="243"/>
        <source>Claimant (name)</source>
        <translation>Urheber (Name)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="244"/>
        <source>Kind of claimant</source>
        <translation>Art des Urhebers</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="245"/>
        <source>Reliability of the claimant (A–F)</source>
        <translation>Zuverlässigkeit des Urhebers (A–F)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="246"/>
        <source>Claimed on</source>
        <translation>Behauptet am</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="247"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="248"/>
        <source>Quantity as written</source>
        <translation>Mengenangabe im Wortlaut</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="249"/>
        <source>Quantity: value</source>
        <translation>Menge: Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="250"/>
        <source>Quantity: upper value</source>
        <translation>Menge: oberer Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="251"/>
        <source>Quantity: unit</source>
        <translation>Menge: Einheit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="252"/>
        <source>Quantity: qualifier</source>
        <translation>Menge: Angabe zur Genauigkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="253"/>
        <source>Credibility (1–6)</source>
        <translation>Glaubwürdigkeit (1–6)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="255"/>
        <source>Rationale of the status</source>
        <translation>Begründung des Status</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="85"/>
        <source>New &amp;claim…</source>
        <translation>Neue Be&amp;hauptung…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="88"/>
        <source>New &amp;source…</source>
        <translation>Neue &amp;Quelle…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="91"/>
        <source>New &amp;article…</source>
        <translation>Neuer &amp;Artikel…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="93"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="95"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="98"/>
        <source>Set s&amp;tatus…</source>
        <translation>&amp;Status setzen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="101"/>
        <source>&amp;Capture article…</source>
        <translation>Artikel &amp;erfassen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="104"/>
        <source>&amp;Link to article…</source>
        <translation>Mit Artikel &amp;verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="107"/>
        <source>Awaiting my &amp;confirmation…</source>
        <translation>Wartet auf meine &amp;Bestätigung…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="110"/>
        <source>Project se&amp;ttings…</source>
        <translation>Projekt&amp;einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="204"/>
        <source>Someone else deleted this claim while you edited it. Your text is still in the form; copy what you need.</source>
        <translation>Jemand anderes hat diese Behauptung während der Bearbeitung gelöscht. Der eigene Text steht noch im Formular; bitte das Benötigte kopieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="278"/>
        <source>Only the project&apos;s owner on the server changes the shared rules.</source>
        <translation>Nur der Eigentümer des Projekts auf dem Server ändert die gemeinsamen Regeln.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="408"/>
        <source>This content is already in the project; nothing was added.</source>
        <translation>Dieser Inhalt ist bereits im Projekt; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="502"/>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="505"/>
        <source>Claimdesk</source>
        <translation>Claimdesk</translation>
    </message>
</context>
<context>
    <name>DatePrecision</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="141"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="142"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="143"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="64"/>
        <source>Exporting</source>
        <translation>Wird exportiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="72"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="76"/>
        <source>Export cancelled; no file was written</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="81"/>
        <source>Exported %1 claims to %2</source>
        <translation>%1 Behauptungen nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="98"/>
        <source>Importing claims</source>
        <translation>Behauptungen werden importiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="107"/>
        <source>Claimdesk JSON (*.json)</source>
        <translation>Claimdesk-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="112"/>
        <source>Importing project</source>
        <translation>Projekt wird importiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="120"/>
        <source>ClaimReview (*.json *.jsonld *.jsonl *.html *.htm);;All files (*)</source>
        <translation>ClaimReview (*.json *.jsonld *.jsonl *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="126"/>
        <source>Importing ClaimReview</source>
        <translation>ClaimReview wird importiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="132"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="143"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="144"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="148"/>
        <source>Import cancelled; nothing was imported</source>
        <translation>Import abgebrochen; es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="155"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="163"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="176"/>
        <source>Another job is still running; wait for it or cancel it first.</source>
        <translation>Eine andere Aufgabe läuft noch; bitte warten oder sie zuerst abbrechen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="54"/>
        <source>Export claims</source>
        <translation>Behauptungen exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="55"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="62"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="64"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="72"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/cli/exchange.py" line="337"/>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="73"/>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="212"/>
        <source>Claims report</source>
        <translation>Bericht zu Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="74"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="76"/>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="77"/>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="78"/>
        <source>By tag</source>
        <translation>Nach Schlagwort</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="79"/>
        <source>&amp;Group claims:</source>
        <translation>Behauptungen &amp;gruppieren:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="83"/>
        <source>English (11,000; 10 June 2025)</source>
        <translation>Englisch (11,000; 10 June 2025)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="84"/>
        <source>German (11.000; 10. Juni 2025)</source>
        <translation>Deutsch (11.000; 10. Juni 2025)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="95"/>
        <source>Empty: the header names nobody and never the project&apos;s path; verdicts still name who gave them.</source>
        <translation>Leer: der Kopf nennt niemanden und nie den Pfad des Projekts; Urteile nennen weiter, wer sie vergeben hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="109"/>
        <source>Search, as in the claims table</source>
        <translation>Suche wie in der Behauptungstabelle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="121"/>
        <source>Named as the author of your own verdicts (imported reviews keep their publisher); remembered for next time.</source>
        <translation>Wird als Urheber Ihrer eigenen Bewertungen genannt (importierte Prüfungen behalten ihren Herausgeber); wird für das nächste Mal gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="107"/>
        <source>Cited in:</source>
        <translation>Zitiert in:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="86"/>
        <source>&amp;Document language:</source>
        <translation>S&amp;prache des Dokuments:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="89"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="91"/>
        <source>&amp;Name in report:</source>
        <translation>&amp;Name im Bericht:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="110"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="117"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="125"/>
        <source>Organisation &amp;web address:</source>
        <translation>&amp;Webadresse der Organisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="127"/>
        <source>Include the captured pages (larger file)</source>
        <translation>Erfasste Seiten einschließen (größere Datei)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="128"/>
        <source>Captured pages:</source>
        <translation>Erfasste Seiten:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="138"/>
        <source>en</source>
        <comment>language code of this translation</comment>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="157"/>
        <source>claims-report</source>
        <translation>bericht-behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="164"/>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="165"/>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="166"/>
        <source>Web page (one file)</source>
        <translation>Webseite (eine Datei)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="167"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="168"/>
        <source>CSV table (one row per claim)</source>
        <translation>CSV-Tabelle (eine Zeile je Behauptung)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="169"/>
        <source>Claimdesk JSON (complete, for import)</source>
        <translation>Claimdesk-JSON (vollständig, zum Import)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="170"/>
        <source>ClaimReview JSON-LD (judged claims)</source>
        <translation>ClaimReview-JSON-LD (beurteilte Behauptungen)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="178"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/forms.py" line="64"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>HistoryTablePage</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="51"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="65"/>
        <source>Project history</source>
        <translation>Projektverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="80"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="81"/>
        <source>Anyone</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="84"/>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="85"/>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="89"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="91"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="94"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="95"/>
        <source>Claim number</source>
        <translation>Nummer der Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="96"/>
        <source>Only the events of this claim and its parts</source>
        <translation>Nur die Ereignisse dieser Behauptung und ihrer Teile</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="100"/>
        <source>Days in UTC: a year, a month or a day</source>
        <translation>Tage in UTC: ein Jahr, ein Monat oder ein Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="104"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="105"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="106"/>
        <source>C&amp;laim #:</source>
        <translation>Beh&amp;auptung Nr.:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="107"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="108"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="125"/>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="127"/>
        <source>Write the events the filters show to a CSV file, one line per field</source>
        <translation>Die gefilterten Ereignisse in eine CSV-Datei schreiben, eine Zeile je Feld</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="130"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="202"/>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="214"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="202"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="215"/>
        <source>Another job is still running; wait for it or cancel it first.</source>
        <translation>Eine andere Aufgabe läuft noch; bitte warten oder sie zuerst abbrechen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="220"/>
        <source>Exporting history</source>
        <translation>Verlauf wird exportiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="230"/>
        <source>Export cancelled; no file was written</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="236"/>
        <source>Wrote %n event to %1</source>
        <translation>%n Ereignis nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="236"/>
        <source>Wrote %n events to %1</source>
        <translation>%n Ereignisse nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_window.py" line="242"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>HitCard</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="112"/>
        <source>How alike the two claims are</source>
        <translation>Wie ähnlich sich die beiden Behauptungen sind</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="113"/>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="133"/>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="169"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="134"/>
        <source>Select this claim in the table</source>
        <translation>Diese Behauptung in der Tabelle auswählen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="136"/>
        <source>Mark as duplicate</source>
        <translation>Als Duplikat markieren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="141"/>
        <source>Relate</source>
        <translation>In Beziehung setzen</translation>
    </message>
</context>
<context>
    <name>HopEditor</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="203"/>
        <source>Add source &amp;hop</source>
        <translation>Station mit &amp;Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="204"/>
        <source>Add art&amp;icle hop</source>
        <translation>Station mit Art&amp;ikel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="205"/>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="206"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="207"/>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="222"/>
        <source>No hops yet: add who passed the claim on, from the first speaker onwards.</source>
        <translation>Noch keine Stationen: hier erfassen, wer die Behauptung weitergegeben hat, beginnend beim ersten Sprecher.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="179"/>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="366"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="367"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="368"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="369"/>
        <source>Mode</source>
        <translation>Art der Weitergabe</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="370"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>HopMode</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="96"/>
        <source>Quotes verbatim</source>
        <translation>Zitiert wörtlich</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="97"/>
        <source>Paraphrases</source>
        <translation>Gibt sinngemäß wieder</translation>
    </message>
</context>
<context>
    <name>HopRow</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="77"/>
        <source>Choose an article</source>
        <extracomment>How many articles the article list offers (newest first), besides the ones already chosen.</extracomment>
        <translation>Artikel auswählen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="91"/>
        <source>How, e.g. “Interview published by …”</source>
        <translation>Wie, z. B. „Interview, veröffentlicht von …“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="105"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="106"/>
        <source>Article:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="113"/>
        <source>Said on:</source>
        <translation>Gesagt am:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="126"/>
        <source>Hop {n}: source</source>
        <translation>Station {n}: Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="127"/>
        <source>Hop {n}: article</source>
        <translation>Station {n}: Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="128"/>
        <source>Hop {n}: date</source>
        <translation>Station {n}: Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="129"/>
        <source>Hop {n}: mode</source>
        <translation>Station {n}: Art der Weitergabe</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="130"/>
        <source>Hop {n}: description</source>
        <translation>Station {n}: Beschreibung</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/job_status.py" line="18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/job_status.py" line="19"/>
        <source>Cancel the running task</source>
        <translation>Laufende Aufgabe abbrechen</translation>
    </message>
</context>
<context>
    <name>LinkArticleDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="50"/>
        <source>Link to article</source>
        <translation>Mit Artikel verknüpfen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="60"/>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="64"/>
        <source>Part of the title</source>
        <translation>Teil des Titels</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="66"/>
        <source>&amp;Find article:</source>
        <translation>Artikel &amp;suchen:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="71"/>
        <source>&amp;Article:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="83"/>
        <source>Choose an article to see its text.</source>
        <translation>Einen Artikel auswählen, um seinen Text zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="85"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="88"/>
        <source>Select the excerpt with the mouse, or with Shift and the arrow keys.</source>
        <translation>Den Auszug mit der Maus markieren oder mit Umschalt und den Pfeiltasten.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="96"/>
        <source>Excerpt:</source>
        <translation>Auszug:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="98"/>
        <source>Excerpt position</source>
        <translation>Position des Auszugs</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="106"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="148"/>
        <source>Showing %1 of %2 articles: type more of the title to narrow it.</source>
        <translation>%1 von %2 Artikeln angezeigt: mehr vom Titel eingeben, um die Auswahl einzugrenzen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="160"/>
        <source>Article %1 does not exist.</source>
        <translation>Artikel %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="207"/>
        <source>Claim %1</source>
        <translation>Behauptung %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="208"/>
        <source>Claim %1: %2</source>
        <translation>Behauptung %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="257"/>
        <source>Nothing selected yet.</source>
        <translation>Noch nichts markiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="261"/>
        <source>Characters %1–%2 of the article text (%3 characters)</source>
        <translation>Zeichen %1–%2 des Artikeltexts (%3 Zeichen)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="98"/>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="113"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="116"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="118"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="122"/>
        <source>Connect to team &amp;server…</source>
        <translation>Mit &amp;Teamserver verbinden…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="124"/>
        <source>Open &amp;demo project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="126"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="128"/>
        <source>&amp;Restore backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="133"/>
        <source>&amp;Export claims…</source>
        <translation>Behauptungen e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="136"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="138"/>
        <source>Claims from &amp;CSV…</source>
        <translation>Behauptungen aus &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="139"/>
        <source>Claimdesk &amp;JSON project…</source>
        <translation>Claimdesk-&amp;JSON-Projekt…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="140"/>
        <source>Claim&amp;Review (JSON-LD or web page)…</source>
        <translation>Claim&amp;Review (JSON-LD oder Webseite)…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="145"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="147"/>
        <source>&amp;Close project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="154"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="155"/>
        <source>&amp;Claim</source>
        <translation>Be&amp;hauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="156"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="157"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="158"/>
        <source>&amp;About Claimdesk</source>
        <translation>Ü&amp;ber Claimdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="162"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="162"/>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="166"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="187"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="198"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="201"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="223"/>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="224"/>
        <source>Review queue</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="225"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="226"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="227"/>
        <source>Conflicting figures</source>
        <translation>Widersprüchliche Zahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="234"/>
        <source>&amp;Timeline of the current filter</source>
        <translation>&amp;Zeitverlauf des aktuellen Filters</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="237"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="251"/>
        <source>Back up a server database with pg_dump on the server</source>
        <translation>Eine Server-Datenbank mit pg_dump auf dem Server sichern</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="270"/>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="291"/>
        <source>Claimdesk projects (*.claimdesk *.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Claimdesk-Projekte (*.claimdesk *.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="296"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="306"/>
        <source>%1 already exists; use Open… for it.</source>
        <translation>%1 gibt es bereits; dafür „Öffnen…“ verwenden.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="313"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="350"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="356"/>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="499"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="401"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="402"/>
        <source>Claimdesk shows the new language the next time it starts.</source>
        <translation>Claimdesk zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="419"/>
        <source>Back up project</source>
        <translation>Projekt sichern</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="429"/>
        <source>Backing up</source>
        <translation>Wird gesichert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="433"/>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="438"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="442"/>
        <source>Backup cancelled</source>
        <translation>Sicherung abgebrochen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="463"/>
        <source>Restoring</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="470"/>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="476"/>
        <source>Restored %1 into %2</source>
        <translation>%1 in %2 wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="482"/>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="500"/>
        <source>There is no good backup beside it.</source>
        <translation>Daneben gibt es keine intakte Sicherung.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="505"/>
        <source>The newest good backup was written %1 and holds %2. Open a copy of it? The damaged file is left as it is.</source>
        <translation>Die neueste intakte Sicherung (geschrieben: %1) enthält %2. Eine Kopie davon öffnen? Die beschädigte Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="511"/>
        <source>Project damaged</source>
        <translation>Projekt beschädigt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="518"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="519"/>
        <source>The undo history was cleared; everything saved is kept.</source>
        <translation>Der Rückgängig-Verlauf wurde geleert; alles Gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="555"/>
        <source>A task is still running. Cancel it and quit?</source>
        <translation>Eine Aufgabe läuft noch. Abbrechen und beenden?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/forms.py" line="181"/>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="39"/>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="230"/>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="464"/>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="833"/>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="928"/>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1218"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="57"/>
        <source>Something went wrong (%1). Details are in the log file.</source>
        <translation>Etwas ist schiefgegangen (%1). Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="66"/>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="72"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="70"/>
        <source>script block %1 (line %2)</source>
        <translation>Skriptblock %1 (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="77"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="78"/>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="86"/>
        <source>Hop %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="88"/>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="133"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="90"/>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="189"/>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="383"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="92"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="93"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="94"/>
        <source>Quote language</source>
        <translation>Sprache des Zitats</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="95"/>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="96"/>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="97"/>
        <source>Claimed on</source>
        <translation>Behauptet am</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="98"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="99"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="100"/>
        <source>Credibility</source>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="101"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="102"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="104"/>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="105"/>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="106"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="107"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="108"/>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="109"/>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="110"/>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="111"/>
        <source>Published on</source>
        <translation>Erschienen am</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="112"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="113"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="114"/>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="115"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="116"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="117"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="118"/>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="119"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="120"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="121"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="122"/>
        <source>Said on</source>
        <translation>Gesagt am</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="123"/>
        <source>Mode</source>
        <translation>Art der Weitergabe</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="124"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="125"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="126"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="127"/>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="128"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="140"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="141"/>
        <source>article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="142"/>
        <source>claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="143"/>
        <source>citation</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="144"/>
        <source>review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="145"/>
        <source>relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="146"/>
        <source>saved view</source>
        <translation>gespeicherte Ansicht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="147"/>
        <source>article version</source>
        <translation>Artikelfassung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="148"/>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="149"/>
        <source>hop</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="150"/>
        <source>evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="151"/>
        <source>published review</source>
        <translation>veröffentlichte Prüfung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="152"/>
        <source>audit event</source>
        <translation>Protokolleintrag</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="182"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="186"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="188"/>
        <source>%1 has a header but no rows; nothing was imported</source>
        <translation>%1 hat eine Kopfzeile, aber keine Zeilen; nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="198"/>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="352"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="199"/>
        <source>Imported %1 from %2.</source>
        <translation>%1 aus %2 importiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="171"/>
        <source>%n row</source>
        <translation>%n Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="172"/>
        <source>%n rows</source>
        <translation>%n Zeilen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="175"/>
        <source>Imported %1; rejected %2</source>
        <translation>%1 importiert; %2 abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="180"/>
        <source>created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="207"/>
        <source>Imported %1 ClaimReview; %2 skipped as duplicates; %3 rejected.</source>
        <translation>%1 ClaimReview importiert; %2 als Duplikate übersprungen; %3 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="210"/>
        <source>Imported %1 ClaimReviews; %2 skipped as duplicates; %3 rejected.</source>
        <translation>%1 ClaimReviews importiert; %2 als Duplikate übersprungen; %3 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="259"/>
        <source>%n claim</source>
        <translation>%n Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="260"/>
        <source>%n claims</source>
        <translation>%n Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="265"/>
        <source>%n source</source>
        <translation>%n Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="266"/>
        <source>%n sources</source>
        <translation>%n Quellen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="271"/>
        <source>%n article</source>
        <translation>%n Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="272"/>
        <source>%n articles</source>
        <translation>%n Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="277"/>
        <source>%n article version</source>
        <translation>%n Artikelfassung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="278"/>
        <source>%n article versions</source>
        <translation>%n Artikelfassungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="283"/>
        <source>%n tag</source>
        <translation>%n Schlagwort</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="284"/>
        <source>%n tags</source>
        <translation>%n Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="289"/>
        <source>%n citation</source>
        <translation>%n Beleg</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="290"/>
        <source>%n citations</source>
        <translation>%n Belege</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="295"/>
        <source>%n review</source>
        <translation>%n Prüfung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="296"/>
        <source>%n reviews</source>
        <translation>%n Prüfungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="301"/>
        <source>%n relation</source>
        <translation>%n Beziehung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="302"/>
        <source>%n relations</source>
        <translation>%n Beziehungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="307"/>
        <source>%n published review</source>
        <translation>%n veröffentlichte Prüfung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="308"/>
        <source>%n published reviews</source>
        <translation>%n veröffentlichte Prüfungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="313"/>
        <source>%n audit event</source>
        <translation>%n Protokolleintrag</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="314"/>
        <source>%n audit events</source>
        <translation>%n Protokolleinträge</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="345"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="346"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="347"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="348"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="359"/>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="360"/>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="361"/>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="362"/>
        <source>a RIFF media file (WebP image, WAV or AVI)</source>
        <translation>eine RIFF-Mediendatei (WebP-Bild, WAV oder AVI)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="363"/>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="364"/>
        <source>a ZIP archive (or an Office document)</source>
        <translation>ein ZIP-Archiv (oder ein Office-Dokument)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="365"/>
        <source>gzip-compressed data</source>
        <translation>gzip-komprimierte Daten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="366"/>
        <source>an old Microsoft Office document</source>
        <translation>ein altes Microsoft-Office-Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="367"/>
        <source>an Ogg audio or video file</source>
        <translation>eine Ogg-Audio- oder -Videodatei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="368"/>
        <source>an MP3 audio file</source>
        <translation>eine MP3-Audiodatei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="369"/>
        <source>a PostScript document</source>
        <translation>ein PostScript-Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="370"/>
        <source>an RTF document</source>
        <translation>ein RTF-Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="371"/>
        <source>a program (ELF executable)</source>
        <translation>ein Programm (ausführbare ELF-Datei)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="385"/>
        <source>%1 #%2</source>
        <translation>%1 Nr. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="420"/>
        <source>%n claim as claimant</source>
        <translation>%n Behauptung als Urheber</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="421"/>
        <source>%n claims as claimant</source>
        <translation>%n Behauptungen als Urheber</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="428"/>
        <source>%n attribution hop</source>
        <translation>%n Station einer Zuschreibungskette</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="429"/>
        <source>%n attribution hops</source>
        <translation>%n Stationen von Zuschreibungsketten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="436"/>
        <source>%n article as publisher</source>
        <translation>%n Artikel als Herausgeber</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="437"/>
        <source>%n articles as publisher</source>
        <translation>%n Artikel als Herausgeber</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="459"/>
        <source>Cannot go on (%1).</source>
        <translation>Es kann nicht weitergehen (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="462"/>
        <source>The copied page: %1</source>
        <translation>Die kopierte Seite: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="472"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="475"/>
        <source>is %1 characters long; at most %2 allowed</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="480"/>
        <source>is not valid</source>
        <translation>ist ungültig</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="483"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="487"/>
        <source>&apos;%1&apos; is not a kind of source (%2)</source>
        <translation>„%1“ ist keine Art von Quelle (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="493"/>
        <source>&apos;%1&apos; is not a qualifier (%2)</source>
        <translation>„%1“ ist keine Angabe zur Genauigkeit (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="499"/>
        <source>&apos;%1&apos; is not a known language code (e.g. de, en, uk)</source>
        <translation>„%1“ ist kein bekanntes Sprachkürzel (z. B. de, en, uk)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="504"/>
        <source>&apos;%1&apos; is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT verwenden)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="508"/>
        <source>&apos;%1&apos; is not a date that exists</source>
        <translation>„%1“ ist kein Datum, das es gibt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="510"/>
        <source>%1 lies in the future</source>
        <translation>%1 liegt in der Zukunft</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="513"/>
        <source>&apos;%1&apos; is not a web address (http:// or https://)</source>
        <translation>„%1“ ist keine Webadresse (http:// oder https://)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="517"/>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1669"/>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="519"/>
        <source>upper value is below the lower value</source>
        <translation>der obere Wert liegt unter dem unteren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="521"/>
        <source>a range needs an upper value</source>
        <translation>eine Spanne braucht einen oberen Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="523"/>
        <source>only a range has an upper value</source>
        <translation>nur eine Spanne hat einen oberen Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="526"/>
        <source>unknown %1 %2</source>
        <translation>unbekannt: %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="530"/>
        <source>a verdict of “%1” needs a written rationale</source>
        <translation>ein Urteil „%1“ braucht eine schriftliche Begründung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="534"/>
        <source>no claim selected</source>
        <translation>keine Behauptung ausgewählt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="537"/>
        <source>claim %1 has a verdict by %2 awaiting confirmation: confirm it or send it back first (Claim → Awaiting my confirmation…)</source>
        <translation>Behauptung %1 hat ein Urteil von %2, das auf Bestätigung wartet: es zuerst bestätigen oder zurückweisen (Behauptung → Wartet auf meine Bestätigung…)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="546"/>
        <source>verdict %1 is not awaiting confirmation</source>
        <translation>Urteil %1 wartet nicht auf Bestätigung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="550"/>
        <source>you gave this verdict</source>
        <translation>Sie haben dieses Urteil vergeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="552"/>
        <source>you entered this claim</source>
        <translation>Sie haben diese Behauptung erfasst</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="554"/>
        <source>confirming needs the server role claimdesk_reviewer</source>
        <translation>Bestätigen braucht die Serverrolle claimdesk_reviewer</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="558"/>
        <source>you made the last edit of this claim</source>
        <translation>Sie haben diese Behauptung zuletzt bearbeitet</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="560"/>
        <source>verdict %1 needs a second person&apos;s confirmation: %2</source>
        <translation>Urteil %1 braucht die Bestätigung einer zweiten Person: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="568"/>
        <source>name either a citation or a web address</source>
        <translation>entweder einen Beleg oder eine Webadresse angeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="571"/>
        <source>citation %1 belongs to none of these claims</source>
        <translation>Beleg %1 gehört zu keiner dieser Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="574"/>
        <source>names neither a source nor an article</source>
        <translation>nennt weder eine Quelle noch einen Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="578"/>
        <source>%1 tags; at most %2 allowed</source>
        <translation>%1 Schlagwörter; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="586"/>
        <source>is still cited by %n claim</source>
        <translation>wird noch von %n Behauptung zitiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="587"/>
        <source>is still cited by %n claims</source>
        <translation>wird noch von %n Behauptungen zitiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="590"/>
        <source>is still used by %1</source>
        <translation>wird noch verwendet: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="593"/>
        <source>article %1 already has this address</source>
        <translation>Artikel %1 hat bereits diese Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="596"/>
        <source>not found in the article text</source>
        <translation>nicht im Artikeltext gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="598"/>
        <source>not found in the article text at the given offsets</source>
        <translation>nicht an den angegebenen Stellen im Artikeltext gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="603"/>
        <source>is evidence in %n review and must stay</source>
        <translation>ist Nachweis in %n Prüfung und muss bleiben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="604"/>
        <source>is evidence in %n reviews and must stay</source>
        <translation>ist Nachweis in %n Prüfungen und muss bleiben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="607"/>
        <source>a claim cannot be related to itself</source>
        <translation>eine Behauptung kann nicht mit sich selbst in Beziehung stehen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="610"/>
        <source>these claims are already related as “%1”</source>
        <translation>diese Behauptungen stehen bereits in der Beziehung „%1“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="616"/>
        <source>“%1” does not resolve a conflict: choose supersedes, contradicts or not comparable</source>
        <translation>„%1“ löst keinen Widerspruch auf: wählen Sie „ersetzt“, „widerspricht“ oder „nicht vergleichbar“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="624"/>
        <source>a view called “%1” exists already</source>
        <translation>eine Ansicht namens „%1“ gibt es bereits</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="627"/>
        <source>%1 already holds data; the demo needs it empty</source>
        <translation>%1 enthält bereits Daten; die Demo braucht eine leere Datenbank</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="631"/>
        <source>a filter must be a JSON object</source>
        <translation>ein Filter muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="633"/>
        <source>%1: cannot read %2</source>
        <translation>%1: %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="635"/>
        <source>the stored definition is not a JSON object</source>
        <translation>die gespeicherte Definition ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="637"/>
        <source>unknown order %1</source>
        <translation>unbekannte Reihenfolge %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="639"/>
        <source>expected a list of names</source>
        <translation>eine Liste von Namen erwartet</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="641"/>
        <source>unknown locale %1</source>
        <translation>unbekanntes Gebietsschema %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="643"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="646"/>
        <source>&apos;%1&apos; is not a well-formed number in locale %2</source>
        <translation>„%1“ ist keine gültig geschriebene Zahl im Gebietsschema %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="651"/>
        <source>&apos;%1&apos; is too large</source>
        <translation>„%1“ ist zu groß</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="654"/>
        <source>&apos;%1&apos; could be day/month or month/day; write it as YYYY-MM-DD</source>
        <translation>„%1“ könnte Tag/Monat oder Monat/Tag sein; als JJJJ-MM-TT schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="661"/>
        <source>&apos;%1&apos; is not a date (e.g. 2025-06-10, 10.06.2025, 10 June 2025 or 2025-06)</source>
        <translation>„%1“ ist kein Datum (z. B. 2025-06-10, 10.06.2025, 10. Juni 2025 oder 2025-06)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="669"/>
        <source>&apos;%1&apos; names no month we know (e.g. 2025-06-10, 10.06.2025, 10 June 2025 or 2025-06)</source>
        <translation>„%1“ nennt keinen bekannten Monat (z. B. 2025-06-10, 10.06.2025, 10. Juni 2025 oder 2025-06)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="678"/>
        <source>&apos;%1&apos; is not a credibility grade (1 to 6)</source>
        <translation>„%1“ ist keine Glaubwürdigkeitsstufe (1 bis 6)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="682"/>
        <source>&apos;%1&apos; is not a reliability grade (A to F)</source>
        <translation>„%1“ ist keine Zuverlässigkeitsstufe (A bis F)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="686"/>
        <source>has %1 cells, the header %2</source>
        <translation>hat %1 Zellen, die Kopfzeile %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="691"/>
        <source>&apos;%1&apos; holds no number</source>
        <translation>„%1“ enthält keine Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="694"/>
        <source>The search has %1 words or phrases; at most %2 can be searched at once.</source>
        <translation>Die Suche hat %1 Wörter oder Wortgruppen; höchstens %2 können auf einmal gesucht werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="702"/>
        <source>The search only excludes words; add at least one word that must appear.</source>
        <translation>Die Suche schließt nur Wörter aus; bitte mindestens ein Wort angeben, das vorkommen muss.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="713"/>
        <source>no single source is called “%1”</source>
        <translation>keine eindeutige Quelle heißt „%1“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="715"/>
        <source>No source is called “%1”</source>
        <translation>Keine Quelle heißt „%1“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="718"/>
        <source>“%1” is not a date that exists: use 2025, 2025-06, 2025-06-10, 06.2025 or 10.06.2025</source>
        <translation>„%1“ ist kein Datum, das es gibt: 2025, 2025-06, 2025-06-10, 06.2025 oder 10.06.2025 verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="727"/>
        <source>“%1” is not a quantity: write e.g. “about 120 guns”</source>
        <translation>„%1“ ist keine Mengenangabe: z. B. „etwa 120 Geschütze“ schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="731"/>
        <source>give the day it was published, e.g. 2025-06-10 (it is a single article)</source>
        <translation>den Tag der Veröffentlichung angeben, z. B. 2025-06-10 (es ist ein einzelner Artikel)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="736"/>
        <source>give the day of publication</source>
        <translation>den Tag der Veröffentlichung angeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="738"/>
        <source>fetch the article first</source>
        <translation>zuerst den Artikel abrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="740"/>
        <source>Name the file to write</source>
        <translation>Die zu schreibende Datei angeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="836"/>
        <source>The server refused the change: the role %1 may read this project but not change it.</source>
        <translation>Der Server hat die Änderung abgelehnt: die Rolle %1 darf dieses Projekt lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="844"/>
        <source>there is no folder %1</source>
        <translation>es gibt keinen Ordner %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="846"/>
        <source>this works on a PostgreSQL server, not a project file</source>
        <translation>das geht auf einem PostgreSQL-Server, nicht mit einer Projektdatei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="849"/>
        <source>no team role %1 (use one of %2)</source>
        <translation>keine Teamrolle %1 (eine von %2 verwenden)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="855"/>
        <source>the role %1 does not exist yet: run &apos;claimdesk server init&apos;</source>
        <translation>die Rolle %1 gibt es noch nicht: &apos;claimdesk server init&apos; ausführen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="861"/>
        <source>the server has no user %1</source>
        <translation>der Server hat keinen Benutzer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="864"/>
        <source>the server user %1 may not create or grant roles (it needs CREATEROLE)</source>
        <translation>der Serverbenutzer %1 darf keine Rollen anlegen oder vergeben (er braucht CREATEROLE)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="871"/>
        <source>The server refused the change: this project asks a second person to confirm every verdict.</source>
        <translation>Der Server hat die Änderung abgelehnt: in diesem Projekt bestätigt eine zweite Person jedes Urteil.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1571"/>
        <source>must be true or false, found %1</source>
        <translation>muss true oder false sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1742"/>
        <source>an HTML report or a Claimdesk JSON export</source>
        <translation>ein HTML-Bericht oder ein Claimdesk-JSON-Export</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1753"/>
        <source>%1 holds no Claimdesk provenance: verify reads an HTML report or a Claimdesk JSON export (claimdesk export -f html or -f json)</source>
        <translation>%1 enthält keinen Claimdesk-Herkunftsnachweis: verify liest einen HTML-Bericht oder einen Claimdesk-JSON-Export (claimdesk export -f html oder -f json)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1762"/>
        <source>%1: its provenance is not as Claimdesk writes it (at %2); the file was changed or cut off</source>
        <translation>%1: Der Herkunftsnachweis darin ist nicht so, wie Claimdesk ihn schreibt (bei %2); die Datei wurde verändert oder abgeschnitten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1772"/>
        <source>%1 was written by a newer Claimdesk (provenance version %2; this version reads up to %3)</source>
        <translation>%1 wurde von einem neueren Claimdesk geschrieben (Herkunftsnachweis Version %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1809"/>
        <source>same figure: %1</source>
        <translation>gleiche Zahl: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1812"/>
        <source>same thing counted (%1), another figure</source>
        <translation>gleiche Sache gezählt (%1), andere Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1815"/>
        <source>same claimant: %1</source>
        <translation>gleiche Quelle der Behauptung: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1817"/>
        <source>shared names: %1</source>
        <translation>gemeinsame Namen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1820"/>
        <source>similar meaning (%1)</source>
        <translation>ähnliche Bedeutung (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1823"/>
        <source>shared words: %1</source>
        <translation>gemeinsame Wörter: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1834"/>
        <source>there is no folder of Ukraine war figures at %1 (one that holds general-staff-petroivaniuk and oryx-scarnecchia)</source>
        <translation>unter %1 liegt kein Ordner mit Zahlen zum Krieg in der Ukraine (einer mit general-staff-petroivaniuk und oryx-scarnecchia)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1843"/>
        <source>%1, row %2: “%3” is missing or cannot be read</source>
        <translation>%1, Zeile %2: „%3“ fehlt oder ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1849"/>
        <source>%1 has no column “%2”</source>
        <translation>%1 hat keine Spalte „%2“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1852"/>
        <source>%1 is not the data the figures demo expects</source>
        <translation>%1 enthält nicht die Daten, die das Zahlen-Demo erwartet</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1862"/>
        <source>Figures demo created in %1: %2 (%3 from the General Staff, %4 from Oryx).</source>
        <translation>Zahlen-Demo in %1 angelegt: %2 (%3 vom Generalstab, %4 von Oryx).</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1882"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="742"/>
        <source>The end comes before the start</source>
        <translation>Das Ende liegt vor dem Anfang</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="744"/>
        <source>choose a CSV file</source>
        <translation>eine CSV-Datei auswählen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="746"/>
        <source>choose the claim this excerpt belongs to</source>
        <translation>die Behauptung auswählen, zu der dieser Auszug gehört</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="748"/>
        <source>A web address starts with https:// or http://</source>
        <translation>Eine Webadresse beginnt mit https:// oder http://</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="750"/>
        <source>Name the server (a host name or address).</source>
        <translation>Den Server angeben (Hostname oder Adresse).</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="752"/>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="754"/>
        <source>Name the database on the server.</source>
        <translation>Die Datenbank auf dem Server angeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="756"/>
        <source>give a web address or a saved page</source>
        <translation>eine Webadresse oder eine gespeicherte Seite angeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="758"/>
        <source>Choose the article that carries the claim.</source>
        <translation>Den Artikel auswählen, der die Behauptung enthält.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="760"/>
        <source>Select the excerpt in the article text.</source>
        <translation>Den Auszug im Artikeltext markieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="762"/>
        <source>A verdict needs a written rationale: say why.</source>
        <translation>Ein Urteil braucht eine schriftliche Begründung: bitte angeben, warum.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="785"/>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="791"/>
        <source>%1 %2 was changed by someone else: it is now at version %3, you edited version %4</source>
        <translation>%1 %2 wurde von jemand anderem geändert: inzwischen Stand %3, bearbeitet wurde Stand %4</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="803"/>
        <source>%1 %2 was changed by someone else: it has been deleted</source>
        <translation>%1 %2 wurde von jemand anderem gelöscht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="808"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="811"/>
        <source>&apos;%1&apos; is not a valid database URL (%2)</source>
        <translation>„%1“ ist keine gültige Datenbank-URL (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="816"/>
        <source>&apos;%1&apos; names no SQLite file</source>
        <translation>„%1“ nennt keine SQLite-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="818"/>
        <source>&apos;%1&apos; names no database</source>
        <translation>„%1“ nennt keine Datenbank</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="820"/>
        <source>PostgreSQL support is not installed: pip install &apos;claimdesk[postgresql]&apos;</source>
        <translation>Die PostgreSQL-Unterstützung ist nicht installiert: pip install &apos;claimdesk[postgresql]&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="826"/>
        <source>unsupported database &apos;%1&apos;: Claimdesk works with SQLite files and PostgreSQL</source>
        <translation>nicht unterstützte Datenbank „%1“: Claimdesk arbeitet mit SQLite-Dateien und PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="878"/>
        <source>%1 needs a schema upgrade: run &apos;claimdesk migrate&apos;</source>
        <translation>%1 braucht eine Schema-Aktualisierung: „claimdesk migrate“ ausführen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="883"/>
        <source>could not upgrade %1: %2</source>
        <translation>%1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="887"/>
        <source>%1 holds tables but is not a Claimdesk database; it was left untouched</source>
        <translation>%1 enthält Tabellen, ist aber keine Claimdesk-Datenbank; sie wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="895"/>
        <source>%1 has schema revision %2, which this version of Claimdesk does not know; it was written by a newer Claimdesk and has been left untouched</source>
        <translation>%1 hat die Schema-Revision %2, die diese Claimdesk-Version nicht kennt; sie wurde von einem neueren Claimdesk geschrieben und nicht verändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="904"/>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 ist ein Verzeichnis, keine Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="906"/>
        <source>there is no database at %1</source>
        <translation>unter %1 gibt es keine Datenbank</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="909"/>
        <source>cannot create %1: directory %2 does not exist</source>
        <translation>%1 kann nicht angelegt werden: Das Verzeichnis %2 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="915"/>
        <source>cannot create %1: directory is not writable</source>
        <translation>%1 kann nicht angelegt werden: Das Verzeichnis ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="918"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="920"/>
        <source>%1 is not an SQLite database file</source>
        <translation>%1 ist keine SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="923"/>
        <source>%1 cannot be read as a database: %2</source>
        <translation>%1 kann nicht als Datenbank gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="926"/>
        <source>cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="930"/>
        <source>a backup cannot overwrite the project it copies</source>
        <translation>eine Sicherung kann nicht das Projekt überschreiben, das sie kopiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="932"/>
        <source>directory %1 does not exist</source>
        <translation>das Verzeichnis %1 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="934"/>
        <source>backup to %1 failed: %2</source>
        <translation>Sicherung nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="938"/>
        <source>%1 is damaged (%2); it was left as it is. Open a copy of its newest good backup (File → Restore backup…, or &apos;claimdesk backup list&apos;)</source>
        <translation>%1 ist beschädigt (%2); die Datei wurde nicht verändert. Eine Kopie ihrer neuesten intakten Sicherung öffnen (Datei → Sicherung wiederherstellen…, oder „claimdesk backup list“)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="948"/>
        <source>%1 is damaged (%2); no backup was made, so as not to copy it</source>
        <translation>%1 ist beschädigt (%2); es wurde keine Sicherung angelegt, um den Schaden nicht mitzukopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="956"/>
        <source>the copy for %1 did not check out when read back (%2); no backup was written</source>
        <translation>die Kopie von %1 hat die Prüfung beim Zurücklesen nicht bestanden (%2); es wurde keine Sicherung geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="964"/>
        <source>backups are made of project files; back up a server database with pg_dump</source>
        <translation>Sicherungen gibt es für Projektdateien; eine Server-Datenbank mit pg_dump sichern</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="969"/>
        <source>another backup is writing %1 right now</source>
        <translation>eine andere Sicherung schreibt gerade %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="971"/>
        <source>there is no backup at %1</source>
        <translation>unter %1 gibt es keine Sicherung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="974"/>
        <source>the backup %1 is damaged (%2); it cannot be restored</source>
        <translation>die Sicherung %1 ist beschädigt (%2); sie kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="980"/>
        <source>%1 is not a backup of a Claimdesk project (%2)</source>
        <translation>%1 ist keine Sicherung eines Claimdesk-Projekts (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="986"/>
        <source>the backup %1 has schema revision %2, written by a newer Claimdesk; it cannot be restored with this version</source>
        <translation>die Sicherung %1 hat die Schema-Revision %2 und wurde von einem neueren Claimdesk geschrieben; mit dieser Version kann sie nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="996"/>
        <source>could not restore into %1: %2</source>
        <translation>Wiederherstellung in %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="999"/>
        <source>%1 is a folder; name the file to write</source>
        <translation>%1 ist ein Ordner; bitte die zu schreibende Datei angeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1001"/>
        <source>the folder %1 does not exist</source>
        <translation>den Ordner %1 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1003"/>
        <source>cannot write in the folder %1</source>
        <translation>im Ordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1005"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1009"/>
        <source>%1 is a symbolic link; exports do not follow links: name the file itself</source>
        <translation>%1 ist ein symbolischer Link; Exporte folgen keinen Links: bitte die Datei selbst angeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1017"/>
        <source>%1 is not a regular file (a device, pipe or socket); name a file to write</source>
        <translation>%1 ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket); bitte eine zu schreibende Datei angeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1228"/>
        <source>ClaimReview names who publishes your reviews: set the organisation in Preferences (Organisation), or give claimdesk export --organisation</source>
        <translation>ClaimReview nennt, wer Ihre Prüfungen veröffentlicht: Legen Sie die Organisation in den Einstellungen fest (Organisation) oder geben Sie claimdesk export --organisation an</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1235"/>
        <source>&apos;%1&apos; is not a field a column can fill (fields: %2)</source>
        <translation>„%1“ ist kein Feld, das eine Spalte füllen kann (Felder: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1241"/>
        <source>the column &apos;%1&apos; is chosen for both %2 and %3</source>
        <translation>die Spalte „%1“ ist sowohl für %2 als auch für %3 gewählt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1247"/>
        <source>must be a list of objects</source>
        <translation>muss eine Liste von Objekten sein</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1399"/>
        <source>&quot;%1&quot; comes again after &quot;%2&quot;: each section must appear once, in the order Claimdesk writes them</source>
        <translation>„%1“ kommt nach „%2“ noch einmal vor: Jeder Abschnitt darf nur einmal erscheinen, in der Reihenfolge, in der Claimdesk sie schreibt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1608"/>
        <source>%1 is %2, not %3</source>
        <translation>%1 ist %2, nicht %3</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1615"/>
        <source>%1 is %2 MB, larger than %3 MB</source>
        <translation>%1 ist %2 MB groß, also größer als %3 MB</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1622"/>
        <source>%1 is larger than %2 MB; reading stopped there</source>
        <translation>%1 ist größer als %2 MB; das Lesen wurde dort angehalten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1628"/>
        <source>reading %1 took longer than %2 seconds; stopped</source>
        <translation>das Lesen von %1 dauerte länger als %2 Sekunden; angehalten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1634"/>
        <source>the stored page would inflate to more than %1 MB (a decompression bomb); refused</source>
        <translation>die gespeicherte Seite würde entpackt mehr als %1 MB groß (eine Dekompressionsbombe); abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1643"/>
        <source>the stored page is damaged and cannot be inflated (%1)</source>
        <translation>die gespeicherte Seite ist beschädigt und kann nicht entpackt werden (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1648"/>
        <source>the stored page uses an unknown compression, &apos;%1&apos;</source>
        <translation>die gespeicherte Seite verwendet eine unbekannte Komprimierung, „%1“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1653"/>
        <source>contains a control character (U+%1), which no form accepts</source>
        <translation>enthält ein Steuerzeichen (U+%1), das kein Formular annimmt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1658"/>
        <source>%1 contains a number with more than %2 digits</source>
        <translation>%1 enthält eine Zahl mit mehr als %2 Ziffern</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1664"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1671"/>
        <source>&apos;%1&apos; is not a valid web address</source>
        <translation>„%1“ ist keine gültige Webadresse</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1674"/>
        <source>%1 is a private, loopback or link-local address (%2); Claimdesk fetches from such addresses only when Preferences allow it (claimdesk import article --allow-private-addresses)</source>
        <translation>%1 ist eine private, Loopback- oder Link-Local-Adresse (%2); Claimdesk ruft von solchen Adressen nur ab, wenn die Einstellungen es erlauben (claimdesk import article --allow-private-addresses)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1685"/>
        <source>%1 took longer than %2 seconds to send the page; stopped</source>
        <translation>%1 brauchte länger als %2 Sekunden, um die Seite zu senden; angehalten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1691"/>
        <source>the page is too complex to read in %1 seconds (%2 elements); save the article&apos;s text and capture that instead</source>
        <translation>die Seite ist zu komplex, um sie in %1 Sekunden zu lesen (%2 Elemente); bitte den Text des Artikels speichern und stattdessen diesen erfassen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1707"/>
        <source>would inflate to more than %1 MB (a decompression bomb); refused</source>
        <translation>würde entpackt mehr als %1 MB groß (eine Dekompressionsbombe); abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1713"/>
        <source>cannot be inflated: %1</source>
        <translation>kann nicht entpackt werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1716"/>
        <source>uses an unknown compression, &apos;%1&apos;</source>
        <translation>verwendet eine unbekannte Komprimierung, „%1“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1720"/>
        <source>is not a web address (http:// or https://): &apos;%1&apos;</source>
        <translation>ist keine Webadresse (http:// oder https://): „%1“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1728"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1729"/>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1730"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1731"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1732"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1737"/>
        <source>a CSV file</source>
        <translation>eine CSV-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1738"/>
        <source>a Claimdesk JSON file</source>
        <translation>eine Claimdesk-JSON-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1739"/>
        <source>a ClaimReview file</source>
        <translation>eine ClaimReview-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1740"/>
        <source>a saved web page or text file</source>
        <translation>eine gespeicherte Webseite oder Textdatei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1741"/>
        <source>a data file of the figures demo</source>
        <translation>eine Datendatei des Zahlen-Demos</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1790"/>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1605"/>
        <source>there is no file %1</source>
        <translation>die Datei %1 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="775"/>
        <source>A timeline is written as .svg or .png, not “%1”.</source>
        <translation>Ein Zeitverlauf wird als .svg oder .png geschrieben, nicht als „%1“.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="779"/>
        <source>No timeline to draw: no quantity has two dated figures among these claims.</source>
        <translation>Kein Zeitverlauf zu zeichnen: Unter diesen Behauptungen hat keine Menge zwei datierte Zahlen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1024"/>
        <source>the clipboard holds no text</source>
        <translation>die Zwischenablage enthält keinen Text</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1026"/>
        <source>the clipboard holds binary data, not text</source>
        <translation>die Zwischenablage enthält Binärdaten, keinen Text</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1028"/>
        <source>the page is empty: there are no bytes to read</source>
        <translation>die Seite ist leer: Es gibt keine Bytes zu lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1031"/>
        <source>this is %1, not an HTML page</source>
        <translation>das ist %1, keine HTML-Seite</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1034"/>
        <source>this is binary data (it contains NUL bytes), not an HTML page</source>
        <translation>das sind Binärdaten (mit NUL-Bytes), keine HTML-Seite</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1038"/>
        <source>this is binary data (control characters), not an HTML page</source>
        <translation>das sind Binärdaten (Steuerzeichen), keine HTML-Seite</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1042"/>
        <source>this is plain text without HTML markup, not an HTML page</source>
        <translation>das ist reiner Text ohne HTML-Auszeichnung, keine HTML-Seite</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1046"/>
        <source>the HTML could not be parsed into a page (%1)</source>
        <translation>das HTML ließ sich nicht als Seite lesen (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1049"/>
        <source>the HTML could not be parsed into a page</source>
        <translation>das HTML ließ sich nicht als Seite lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1051"/>
        <source>the page has no readable main text (only navigation or markup)</source>
        <translation>die Seite hat keinen lesbaren Haupttext (nur Navigation oder Auszeichnung)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1055"/>
        <source>the server answered %1</source>
        <translation>der Server antwortete %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1057"/>
        <source>no content type</source>
        <translation>keinen Inhaltstyp</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1059"/>
        <source>%1 is not a web page: the server sends %2</source>
        <translation>%1 ist keine Webseite: Der Server sendet %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1065"/>
        <source>the page is larger than %1 MB; Claimdesk does not capture it</source>
        <translation>die Seite ist größer als %1 MB; Claimdesk übernimmt sie nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1072"/>
        <source>too many redirects (more than %1); the address may loop</source>
        <translation>zu viele Weiterleitungen (mehr als %1); die Adresse leitet vielleicht im Kreis</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1077"/>
        <source>cannot reach %1: the name does not resolve</source>
        <translation>%1 ist nicht erreichbar: Der Name lässt sich nicht auflösen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1081"/>
        <source>cannot reach %1: connection refused or unreachable</source>
        <translation>%1 ist nicht erreichbar: Verbindung abgelehnt oder nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1085"/>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1088"/>
        <source>secure connection to %1 failed: %2</source>
        <translation>die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1091"/>
        <source>%1 broke off the connection</source>
        <translation>%1 hat die Verbindung abgebrochen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1094"/>
        <source>fetching from %1 failed: %2</source>
        <translation>der Abruf von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1111"/>
        <source>opening %1 took longer than %2 seconds and was stopped; the file may be damaged or made to hang, and has been left untouched</source>
        <translation>das Öffnen von %1 dauerte länger als %2 Sekunden und wurde angehalten; die Datei ist vielleicht beschädigt oder darauf angelegt, das Programm hängen zu lassen, und wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1121"/>
        <source>cannot use %1 as a project file: %2</source>
        <translation>%1 kann nicht als Projektdatei verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1130"/>
        <source>could not upgrade %1: %n row in %2 refers to a row that does not exist; the file was left as it was</source>
        <translation>%1 konnte nicht aktualisiert werden: %n Zeile in %2 verweist auf eine Zeile, die es nicht gibt; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1137"/>
        <source>could not upgrade %1: %n rows in %2 refer to rows that do not exist; the file was left as it was</source>
        <translation>%1 konnte nicht aktualisiert werden: %n Zeilen in %2 verweisen auf Zeilen, die es nicht gibt; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1156"/>
        <source>%1 lacks %2, which Claimdesk creates; it was not opened and has been left untouched</source>
        <translation>in %1 fehlt %2 aus dem Schema, das Claimdesk anlegt; die Datei wurde nicht geöffnet und nicht verändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1162"/>
        <source>%1 contains %2 that differs from the one Claimdesk creates; it was not opened and has been left untouched</source>
        <translation>%1 enthält %2 in einer anderen Form als der, die Claimdesk anlegt; die Datei wurde nicht geöffnet und nicht verändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1169"/>
        <source>%1 contains %2 where Claimdesk creates %3; it was not opened and has been left untouched</source>
        <translation>%1 enthält %2, wo Claimdesk %3 anlegt; die Datei wurde nicht geöffnet und nicht verändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1176"/>
        <source>%1 contains %2 that Claimdesk did not create; it was not opened and has been left untouched</source>
        <translation>%1 enthält %2, nicht von Claimdesk angelegt; die Datei wurde nicht geöffnet und nicht verändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1188"/>
        <source>a trigger &apos;%1&apos; on %2</source>
        <translation>Trigger „%1“ auf %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1190"/>
        <source>an index &apos;%1&apos; on %2</source>
        <translation>Index „%1“ auf %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1192"/>
        <source>a view &apos;%1&apos;</source>
        <translation>Sicht „%1“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1193"/>
        <source>a table &apos;%1&apos;</source>
        <translation>Tabelle „%1“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1254"/>
        <source>%1 has no column &apos;%2&apos;</source>
        <translation>%1 hat keine Spalte „%2“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1257"/>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; both map to %3</source>
        <translation>die Spalten „%1“ und „%2“ sind beide %3 zugeordnet</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1264"/>
        <source>%1 has no column for the statement (its columns: %2)</source>
        <translation>%1 hat keine Spalte für die Aussage (ihre Spalten: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1269"/>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1426"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1272"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1276"/>
        <source>%1 is UTF-16 text; save it as CSV UTF-8</source>
        <translation>%1 ist UTF-16-Text; bitte als CSV UTF-8 speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1280"/>
        <source>%1 is a ZIP archive (an Excel workbook?); save it as CSV UTF-8</source>
        <translation>%1 ist ein ZIP-Archiv (eine Excel-Arbeitsmappe?); bitte als CSV UTF-8 speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1287"/>
        <source>%1 is not UTF-8 text (byte %2 at position %3, line %4); save it as UTF-8</source>
        <translation>%1 ist kein UTF-8-Text (Byte %2 an Position %3, Zeile %4); bitte als UTF-8 speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1298"/>
        <source>%1 is not UTF-8 text (byte %2 at position %3, line %4); it looks like Windows-1252 (ANSI) text; save it as UTF-8</source>
        <translation>%1 ist kein UTF-8-Text (Byte %2 an Position %3, Zeile %4); es sieht nach Windows-1252-Text (ANSI) aus; bitte als UTF-8 speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1310"/>
        <source>%1 holds NUL bytes; it is not a text file</source>
        <translation>%1 enthält NUL-Bytes; es ist keine Textdatei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1319"/>
        <source>the data is larger than %1 MB (%2 MB)</source>
        <translation>die Daten sind größer als %1 MB (%2 MB)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1324"/>
        <source>the file is UTF-16 text, not UTF-8; save it as UTF-8</source>
        <translation>die Datei ist UTF-16-Text, nicht UTF-8; bitte als UTF-8 speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1327"/>
        <source>line %1: the file is not UTF-8 text (byte %2 cannot be read); save it as UTF-8</source>
        <translation>Zeile %1: Die Datei ist kein UTF-8-Text (Byte %2 ist nicht lesbar); bitte als UTF-8 speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1336"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1339"/>
        <source>not JSON, JSON Lines or an HTML page with JSON-LD: it begins with &apos;%1&apos;</source>
        <translation>weder JSON noch JSON Lines noch eine HTML-Seite mit JSON-LD: Der Inhalt beginnt mit „%1“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1347"/>
        <source>line %1: not valid JSON: %2</source>
        <translation>Zeile %1: kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1351"/>
        <source>line %1: not valid JSON: %2 is not a JSON value</source>
        <translation>Zeile %1: kein gültiges JSON: %2 ist kein JSON-Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1356"/>
        <source>line %1: nested too deeply</source>
        <translation>Zeile %1: zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1358"/>
        <source>an HTML page without any &lt;script type=&quot;application/ld+json&quot;&gt; block</source>
        <translation>eine HTML-Seite ohne &lt;script type=&quot;application/ld+json&quot;&gt;-Block</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1362"/>
        <source>no ClaimReview found (no object with &quot;@type&quot;: &quot;ClaimReview&quot;)</source>
        <translation>kein ClaimReview gefunden (kein Objekt mit &quot;@type&quot;: &quot;ClaimReview&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1366"/>
        <source>no claimReviewed: the text of the claim is missing</source>
        <translation>kein claimReviewed: Der Text der Behauptung fehlt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1369"/>
        <source>claimReviewed is %1 characters long; at most %2 allowed</source>
        <translation>claimReviewed ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1374"/>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1376"/>
        <source>contains a NUL character, which cannot be stored</source>
        <translation>enthält ein NUL-Zeichen, das nicht gespeichert werden kann</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1379"/>
        <source>the claim&apos;s author has a name over %1 characters long</source>
        <translation>der Urheber der Behauptung hat einen Namen mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1414"/>
        <source>%1 already holds data (%2); import Claimdesk JSON into an empty project</source>
        <translation>%1 enthält bereits Daten (%2); Claimdesk-JSON bitte in ein leeres Projekt importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1423"/>
        <source>the file breaks a rule of the database: %1</source>
        <translation>die Datei verletzt eine Regel der Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1429"/>
        <source>%1 is not UTF-8 text (byte %2 on line %3); Claimdesk JSON is always UTF-8</source>
        <translation>%1 ist kein UTF-8-Text (Byte %2 in Zeile %3); Claimdesk-JSON ist immer UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1439"/>
        <source>%1 contains %2, which is not a JSON number</source>
        <translation>%1 enthält %2, das ist keine JSON-Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1445"/>
        <source>%1 is not valid JSON: line %2, column %3: %4</source>
        <translation>%1 ist kein gültiges JSON: Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1453"/>
        <source>%1 is nested too deeply to be Claimdesk JSON</source>
        <translation>%1 ist zu tief verschachtelt für Claimdesk-JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1457"/>
        <source>%1 is not a Claimdesk export: it holds %2, not an object with &quot;format&quot;: &quot;claimdesk&quot;</source>
        <translation>%1 ist kein Claimdesk-Export: Die Datei enthält %2, kein Objekt mit &quot;format&quot;: &quot;claimdesk&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1467"/>
        <source>not a Claimdesk export: it names no format, not &quot;%1&quot;</source>
        <translation>kein Claimdesk-Export: Es ist kein Format angegeben, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1472"/>
        <source>not a Claimdesk export: its format is %1, not &quot;%2&quot;</source>
        <translation>kein Claimdesk-Export: Das Format ist %1, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1477"/>
        <source>no format version (a whole number under &quot;version&quot;)</source>
        <translation>keine Formatversion (eine ganze Zahl unter &quot;version&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1480"/>
        <source>Claimdesk JSON version %1 comes from a newer Claimdesk; this one reads version %2</source>
        <translation>Claimdesk-JSON der Version %1 stammt von einem neueren Claimdesk; dieses liest Version %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1490"/>
        <source>format version %1 never existed</source>
        <translation>die Formatversion %1 hat es nie gegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1494"/>
        <source>&quot;%1&quot; must be a list; found %2</source>
        <translation>&quot;%1&quot; muss eine Liste sein; gefunden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1500"/>
        <source>%1: expected an object, found %2</source>
        <translation>%1: ein Objekt erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1506"/>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation>%1: unbekanntes Feld „%2“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1510"/>
        <source>%1: &apos;%2&apos; is missing</source>
        <translation>%1: „%2“ fehlt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1514"/>
        <source>%1: &apos;%2&apos; %3</source>
        <translation>%1: „%2“ %3</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1525"/>
        <source>the tag %1 appears twice in the file</source>
        <translation>das Schlagwort %1 kommt zweimal in der Datei vor</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1527"/>
        <source>%1 appears twice in the file</source>
        <translation>%1 kommt zweimal in der Datei vor</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1530"/>
        <source>%1: %2 names %3 %4, which the file lacks</source>
        <translation>%1: %2 nennt %3 %4, das in der Datei fehlt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1538"/>
        <source>%1: tags are names, found %2</source>
        <translation>%1: Schlagwörter sind Namen, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1544"/>
        <source>%1: tag %2 is not in the tag list</source>
        <translation>%1: Das Schlagwort %2 steht nicht in der Schlagwortliste</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1550"/>
        <source>%1: &apos;%2&apos; must be a list, found %3</source>
        <translation>%1: „%2“ muss eine Liste sein, gefunden: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1563"/>
        <source>must be a whole number, found %1</source>
        <translation>muss eine ganze Zahl sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1566"/>
        <source>must be a number, found %1</source>
        <translation>muss eine Zahl sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1568"/>
        <source>must be text, found %1</source>
        <translation>muss Text sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1574"/>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1577"/>
        <source>is %1, not one of %2</source>
        <translation>ist %1, keiner der Werte %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1581"/>
        <source>must be a date as YYYY-MM-DD, found %1</source>
        <translation>muss ein Datum als JJJJ-MM-TT sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1585"/>
        <source>must be an ISO 8601 timestamp, found %1</source>
        <translation>muss ein Zeitstempel nach ISO 8601 sein, gefunden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1588"/>
        <source>has no UTC offset: %1</source>
        <translation>hat keinen UTC-Versatz: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1590"/>
        <source>must be base64 text</source>
        <translation>muss Base64-Text sein</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1592"/>
        <source>must be a list of texts</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/messages.py" line="1594"/>
        <source>must be an object, found %1</source>
        <translation>muss ein Objekt sein, gefunden: %1</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/partial_date_edit.py" line="23"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>JJJJ, JJJJ-MM oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/partial_date_edit.py" line="25"/>
        <source>A year, a month or a day: 2025, 2025-06, 2025-06-10, 06.2025 or 10.06.2025</source>
        <translation>Ein Jahr, ein Monat oder ein Tag: 2025, 2025-06, 2025-06-10, 06.2025 oder 10.06.2025</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/partial_date_edit.py" line="70"/>
        <source>not a date</source>
        <translation>kein Datum</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="19"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="27"/>
        <source>System default (%1)</source>
        <translation>Systemeinstellung (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="33"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="36"/>
        <source>Menus, dialogs and messages; takes effect when Claimdesk starts again.</source>
        <translation>Menüs, Dialoge und Meldungen; gilt ab dem nächsten Start von Claimdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="40"/>
        <source>e.g. Verification desk, Example Daily</source>
        <translation>z. B. Verifikationsteam, Beispiel-Tageszeitung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="42"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="45"/>
        <source>Named as the author of your reviews in ClaimReview exports.</source>
        <translation>Wird in ClaimReview-Exporten als Autor der eigenen Prüfungen genannt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="49"/>
        <source>Organisation &amp;web address:</source>
        <translation>&amp;Webadresse der Organisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="51"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="53"/>
        <source>&amp;Name in reports:</source>
        <translation>&amp;Name in Berichten:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="57"/>
        <source>Who a report&apos;s header says made it. Empty: the header names nobody and never where the project is stored. Each verdict in a report still names who gave it, as the project records it.</source>
        <translation>Wen der Kopf eines Berichts als Ersteller nennt. Leer: der Kopf nennt niemanden und nie, wo das Projekt gespeichert ist. Jedes Urteil im Bericht nennt weiter, wer es vergeben hat, wie das Projekt es verzeichnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="62"/>
        <source>Capture from &amp;private network addresses</source>
        <translation>Von &amp;privaten Netzwerkadressen erfassen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="65"/>
        <source>Capture:</source>
        <translation>Erfassung:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="69"/>
        <source>Off: addresses on this computer, the local network and link-local services (such as 169.254.169.254) are refused, so that a link cannot reach them. Turn on to capture from an intranet.</source>
        <translation>Aus: Adressen auf diesem Computer und im lokalen Netzwerk sowie Link-Local-Dienste (etwa 169.254.169.254) werden abgelehnt, damit ein Link sie nicht erreichen kann. Einschalten, um aus einem Intranet zu erfassen.</translation>
    </message>
</context>
<context>
    <name>ProjectOpener</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_opener.py" line="95"/>
        <source>Opening</source>
        <translation>Wird geöffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_opener.py" line="109"/>
        <source>Creating the demo project…</source>
        <translation>Das Demoprojekt wird angelegt…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_opener.py" line="110"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/project_settings_dialog.py" line="27"/>
        <source>Project settings</source>
        <translation>Projekteinstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/project_settings_dialog.py" line="32"/>
        <source>A random identity: reports name it instead of a file path or server.</source>
        <translation>Eine zufällige Kennung: Berichte nennen sie statt eines Dateipfads oder Servers.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/project_settings_dialog.py" line="34"/>
        <source>Ask a second person to confirm every verdict</source>
        <translation>Jedes Urteil von einer zweiten Person bestätigen lassen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/project_settings_dialog.py" line="39"/>
        <source>Four eyes: a verdict (verified, false, …) waits until someone other than its reviewer and the claim&apos;s author and last editor confirms it. On a PostgreSQL server the server itself enforces it.</source>
        <translation>Vier-Augen-Prinzip: Ein Urteil (verifiziert, falsch, …) wartet, bis jemand anderes als sein Prüfer und als Urheber und letzter Bearbeiter der Behauptung es bestätigt. Auf einem PostgreSQL-Server setzt der Server selbst das durch.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/project_settings_dialog.py" line="46"/>
        <source>Project id:</source>
        <translation>Projektkennung:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/project_settings_dialog.py" line="47"/>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="74"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="77"/>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="78"/>
        <source>Review queue</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="79"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="80"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="81"/>
        <source>Conflicting figures</source>
        <translation>Widersprüchliche Zahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="94"/>
        <source>Saved &amp;views</source>
        <translation>&amp;Gespeicherte Ansichten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="112"/>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="114"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="176"/>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="184"/>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="197"/>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="176"/>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="185"/>
        <source>Replace the view “%1” with what the table shows now?</source>
        <translation>Die Ansicht „%1“ durch das ersetzen, was die Tabelle jetzt zeigt?</translation>
    </message>
</context>
<context>
    <name>Qualifier</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="129"/>
        <source>exactly</source>
        <translation>genau</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="130"/>
        <source>about</source>
        <translation>etwa</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="131"/>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="132"/>
        <source>more than</source>
        <translation>mehr als</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="133"/>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="134"/>
        <source>fewer than</source>
        <translation>weniger als</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="135"/>
        <source>range</source>
        <translation>von</translation>
    </message>
</context>
<context>
    <name>QuantityEdit</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="46"/>
        <source>e.g. etwa 11.000 Soldaten, about 120 guns</source>
        <translation>z. B. etwa 11.000 Soldaten, about 120 guns</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="47"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="49"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="50"/>
        <source>taken from the text</source>
        <translation>aus dem Text übernommen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="52"/>
        <source>Filled in from the text; type here to override what was recognised.</source>
        <translation>Aus dem Text übernommen; hier tippen, um das Erkannte zu überschreiben.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="140"/>
        <source>not a quantity</source>
        <translation>keine Mengenangabe</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="146"/>
        <source>{lower} to {upper}</source>
        <translation>{lower} bis {upper}</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="150"/>
        <source>{qualifier} {numbers} · unit: {unit}</source>
        <translation>{qualifier} {numbers} · Einheit: {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="152"/>
        <source>{qualifier} {numbers} · no unit</source>
        <translation>{qualifier} {numbers} · keine Einheit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="162"/>
        <source>Numbers are read by guessing the language from the words around them.</source>
        <translation>Zahlen werden gelesen, indem die Sprache aus den umgebenden Wörtern erschlossen wird.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="165"/>
        <source>Numbers are read as written in {language} (the quote language).</source>
        <translation>Zahlen werden so gelesen, wie man sie auf {language} schreibt (Sprache des Zitats).</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="52"/>
        <source>credibility</source>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="53"/>
        <source>Attribution chain</source>
        <translation>Zuschreibungskette</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="54"/>
        <source>created by</source>
        <translation>angelegt von</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="55"/>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="56"/>
        <source>Citations</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="57"/>
        <source>Related claims</source>
        <translation>Verwandte Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="58"/>
        <source>Review history</source>
        <translation>Prüfverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="59"/>
        <source>Not reviewed yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="60"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="61"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="62"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="84"/>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="112"/>
        <source>This item was deleted.</source>
        <translation>Dieser Eintrag wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>RelationKind</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="111"/>
        <source>corroborates</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="112"/>
        <source>contradicts</source>
        <translation>bestreitet</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="113"/>
        <source>duplicates</source>
        <translation>dupliziert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="114"/>
        <source>supersedes</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="115"/>
        <source>is not comparable with</source>
        <translation>ist nicht vergleichbar mit</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="64"/>
        <source>Completely reliable</source>
        <translation>Völlig zuverlässig</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="65"/>
        <source>Usually reliable</source>
        <translation>In der Regel zuverlässig</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="66"/>
        <source>Fairly reliable</source>
        <translation>Ziemlich zuverlässig</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="67"/>
        <source>Not usually reliable</source>
        <translation>In der Regel nicht zuverlässig</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="68"/>
        <source>Unreliable</source>
        <translation>Unzuverlässig</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="69"/>
        <source>Reliability cannot be judged</source>
        <translation>Zuverlässigkeit nicht beurteilbar</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="46"/>
        <source>Made on %1 by %2 (schema %3)</source>
        <translation>Erstellt am %1 von %2 (Schema %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="49"/>
        <source>Made on %1 by %2</source>
        <translation>Erstellt am %1 von %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="51"/>
        <source>Made on %1 (schema %2)</source>
        <translation>Erstellt am %1 (Schema %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="52"/>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="58"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="226"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="58"/>
        <source>All claims</source>
        <translation>Alle Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="91"/>
        <source>An excerpt no longer cited by this claim</source>
        <translation>Ein Auszug, den diese Behauptung nicht mehr zitiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="111"/>
        <location filename="../../desktop/claimdesk/core/reports/docx_report.py" line="234"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="229"/>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="252"/>
        <location filename="../../desktop/claimdesk/printing/report_document.py" line="224"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="115"/>
        <source>by %1, %2</source>
        <translation>von %1 am %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="117"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="274"/>
        <source>%1; confirmed by %2, %3</source>
        <translation>%1; bestätigt von %2, %3</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="124"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="133"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="240"/>
        <source>Awaiting confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="135"/>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="138"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="140"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="142"/>
        <source>%1 · credibility %2</source>
        <translation>%1 · Glaubwürdigkeit %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="143"/>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="147"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="234"/>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="254"/>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="149"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="233"/>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="261"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="151"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="153"/>
        <source>Original (%1)</source>
        <translation>Original (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="157"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="235"/>
        <source>Attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="159"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="236"/>
        <source>Claimed on</source>
        <translation>Behauptet am</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="161"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="237"/>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="259"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="163"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="238"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="180"/>
        <source>Note: the excerpt was found again after the article changed.</source>
        <translation>Hinweis: Der Auszug wurde erst nach einer Änderung des Artikels wiedergefunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="184"/>
        <source>Warning: the excerpt was no longer found in the article text.</source>
        <translation>Warnung: Der Auszug steht nicht mehr im Text des Artikels.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="191"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="285"/>
        <source>Captured %1</source>
        <translation>Erfasst am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/docx_report.py" line="92"/>
        <location filename="../../desktop/claimdesk/printing/pdf_report.py" line="82"/>
        <source>No claims match the scope of this report.</source>
        <translation>Keine Behauptung fällt in den Umfang dieses Berichts.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/docx_report.py" line="178"/>
        <location filename="../../desktop/claimdesk/printing/pdf_report.py" line="286"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/docx_report.py" line="224"/>
        <location filename="../../desktop/claimdesk/printing/report_document.py" line="216"/>
        <source>%n claim in this report.</source>
        <translation>%n Behauptung in diesem Bericht.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/docx_report.py" line="225"/>
        <location filename="../../desktop/claimdesk/printing/report_document.py" line="217"/>
        <source>%n claims in this report.</source>
        <translation>%n Behauptungen in diesem Bericht.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/docx_report.py" line="227"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="230"/>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="246"/>
        <location filename="../../desktop/claimdesk/printing/report_document.py" line="241"/>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/docx_report.py" line="232"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="228"/>
        <location filename="../../desktop/claimdesk/printing/report_document.py" line="213"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/docx_report.py" line="236"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="231"/>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="253"/>
        <location filename="../../desktop/claimdesk/printing/report_document.py" line="225"/>
        <source>Credibility</source>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/docx_report.py" line="263"/>
        <location filename="../../desktop/claimdesk/printing/report_document.py" line="288"/>
        <source>Citation</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/figures.py" line="24"/>
        <source>Figures over time</source>
        <translation>Zahlen im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/figures.py" line="28"/>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="264"/>
        <source>Conflicting figures</source>
        <translation>Widersprüchliche Zahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/figures.py" line="35"/>
        <source>Resolved: the first supersedes the second</source>
        <translation>Aufgelöst: Die erste ersetzt die zweite</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/figures.py" line="37"/>
        <source>Resolved: kept as contradicting each other</source>
        <translation>Aufgelöst: als einander widersprechend belassen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/figures.py" line="39"/>
        <source>Resolved: not comparable</source>
        <translation>Aufgelöst: nicht vergleichbar</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/figures.py" line="40"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/figures.py" line="86"/>
        <source>%n figure over time</source>
        <translation>%n Zahl im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/figures.py" line="87"/>
        <source>%n figures over time</source>
        <translation>%n Zahlen im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/figures.py" line="95"/>
        <source>#%1 and #%2: %3</source>
        <translation>#%1 und #%2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="171"/>
        <source>%n claim.</source>
        <translation>%n Behauptung.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="172"/>
        <source>%n claims.</source>
        <translation>%n Behauptungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="182"/>
        <source>Grade %1 · credibility %2</source>
        <translation>Einstufung %1 · Glaubwürdigkeit %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="187"/>
        <source>grade %1 · credibility %2</source>
        <translation>Einstufung %1 · Glaubwürdigkeit %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="227"/>
        <source>All claims in the project.</source>
        <translation>Alle Behauptungen des Projekts.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="232"/>
        <location filename="../../desktop/claimdesk/printing/report_document.py" line="335"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="239"/>
        <source>Judgement</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="252"/>
        <source>Made %1 by %2 (schema %3) with Claimdesk.</source>
        <translation>Erstellt am %1 von %2 (Schema %3) mit Claimdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="255"/>
        <source>Made %1 by %2 with Claimdesk.</source>
        <translation>Erstellt am %1 von %2 mit Claimdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="258"/>
        <source>Made %1 (schema %2) with Claimdesk.</source>
        <translation>Erstellt am %1 (Schema %2) mit Claimdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="260"/>
        <source>Made %1 with Claimdesk.</source>
        <translation>Erstellt am %1 mit Claimdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/claim_fields.py" line="128"/>
        <location filename="../../desktop/claimdesk/core/reports/template_report.py" line="268"/>
        <source>%1 by %2, %3</source>
        <translation>%1 – von %2 am %3</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="66"/>
        <source>Completely reliable</source>
        <translation>völlig zuverlässig</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="67"/>
        <source>Usually reliable</source>
        <translation>in der Regel zuverlässig</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="68"/>
        <source>Fairly reliable</source>
        <translation>ziemlich zuverlässig</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="69"/>
        <source>Not usually reliable</source>
        <translation>in der Regel nicht zuverlässig</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="70"/>
        <source>Unreliable</source>
        <translation>unzuverlässig</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="71"/>
        <source>Reliability cannot be judged</source>
        <translation>Zuverlässigkeit nicht beurteilbar</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="79"/>
        <source>Confirmed by other sources</source>
        <translation>von anderen Quellen bestätigt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="80"/>
        <source>Probably true</source>
        <translation>wahrscheinlich wahr</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="81"/>
        <source>Possibly true</source>
        <translation>möglicherweise wahr</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="82"/>
        <source>Doubtful</source>
        <translation>zweifelhaft</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="83"/>
        <source>Improbable</source>
        <translation>unwahrscheinlich</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="84"/>
        <source>Truth cannot be judged</source>
        <translation>Wahrheitsgehalt nicht beurteilbar</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="97"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="98"/>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="99"/>
        <source>government body</source>
        <translation>staatliche Stelle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="100"/>
        <source>media outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="101"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="109"/>
        <source>quotes verbatim</source>
        <translation>zitiert wörtlich</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="110"/>
        <source>paraphrases</source>
        <translation>gibt sinngemäß wieder</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="127"/>
        <source>Excerpt found again after the article changed</source>
        <translation>Auszug erst nach einer Änderung des Artikels wiedergefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="129"/>
        <source>Excerpt no longer found in the article text</source>
        <translation>Auszug nicht mehr im Text des Artikels gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="180"/>
        <source>%1 (day unknown)</source>
        <translation>%1 (Tag unbekannt)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="182"/>
        <source>%1 (month unknown)</source>
        <translation>%1 (Monat unbekannt)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="216"/>
        <source>%n claim</source>
        <translation>%n Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="216"/>
        <source>%n claims</source>
        <translation>%n Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="222"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="241"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="244"/>
        <source>Tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="245"/>
        <source>No tag</source>
        <translation>Ohne Schlagwort</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="251"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="255"/>
        <source>Source reliability</source>
        <translation>Zuverlässigkeit der Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="256"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="257"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="258"/>
        <source>Claim date</source>
        <translation>Datum der Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="260"/>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="262"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="263"/>
        <source>Excerpts</source>
        <translation>Auszüge</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="279"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="288"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="291"/>
        <source>with a quantity</source>
        <translation>mit Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="292"/>
        <source>without one</source>
        <translation>ohne Menge</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="294"/>
        <source>some no longer found in their article</source>
        <translation>manche nicht mehr in ihrem Artikel gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="297"/>
        <source>open conflicts only</source>
        <translation>nur offene Widersprüche</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="298"/>
        <source>without open conflicts</source>
        <translation>ohne offene Widersprüche</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/printing/pdf_report.py" line="277"/>
        <source>%1 continued</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/provenance.py" line="52"/>
        <source>Provenance</source>
        <translation>Herkunftsnachweis</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/provenance.py" line="60"/>
        <source>last event %1 · SHA-256 %2</source>
        <translation>letztes Ereignis %1 · SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/provenance.py" line="64"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/provenance.py" line="66"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/provenance.py" line="68"/>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/provenance.py" line="69"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/provenance.py" line="72"/>
        <source>Cited captures (%1)</source>
        <translation>Zitierte Erfassungen (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/provenance.py" line="74"/>
        <source>No captures cited</source>
        <translation>Keine Erfassungen zitiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/provenance.py" line="75"/>
        <source>The SHA-256 of the audit trail&apos;s last event covers every change recorded before this report was made; that of a capture is the SHA-256 of the page as it was captured.</source>
        <translation>Der SHA-256 des letzten Ereignisses im Prüfprotokoll deckt jede Änderung ab, die vor der Erstellung dieses Berichts erfasst wurde; der einer Erfassung ist der SHA-256 der Seite, wie sie erfasst wurde.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/provenance.py" line="94"/>
        <source>%1 (article %2) · SHA-256 %3</source>
        <translation>%1 (Artikel %2) · SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/provenance.py" line="101"/>
        <source>%1 (article %2) · captured %3 · SHA-256 %4</source>
        <translation>%1 (Artikel %2) · erfasst am %3 · SHA-256 %4</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/provenance.py" line="108"/>
        <source>(of the text: no captured page is stored)</source>
        <translation>(des Textes: keine erfasste Seite gespeichert)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/provenance.py" line="113"/>
        <source>This page also holds these facts as data: claimdesk report verify compares a project with them.</source>
        <translation>Diese Seite enthält diese Angaben auch als Daten: claimdesk report verify vergleicht ein Projekt mit ihnen.</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/timeline_svg.py" line="81"/>
        <source>unattributed</source>
        <translation>Nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="37"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="44"/>
        <source>Backups of %1. Restoring as a new file leaves the project as it is; replacing backs up its current content first.</source>
        <translation>Sicherungen von %1. Beim Wiederherstellen als neue Datei bleibt das Projekt unverändert; beim Ersetzen wird sein aktueller Inhalt zuerst gesichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="53"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="53"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="53"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="53"/>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="59"/>
        <source>There are no backups beside this project.</source>
        <translation>Neben diesem Projekt gibt es keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="61"/>
        <source>Restore as &amp;new file</source>
        <translation>Als &amp;neue Datei wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="62"/>
        <source>&amp;Replace current project…</source>
        <translation>Aktuelles Projekt &amp;ersetzen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="77"/>
        <source>unusable</source>
        <translation>unbrauchbar</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="93"/>
        <source>Before a schema upgrade</source>
        <translation>Vor einer Schema-Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="95"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="96"/>
        <source>Backup copy</source>
        <translation>Sicherungskopie</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="100"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="101"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="125"/>
        <source>Replace current project</source>
        <translation>Aktuelles Projekt ersetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/restore_dialog.py" line="127"/>
        <source>Replace the content of %1 with the backup written %2? Its current content is backed up first.</source>
        <translation>Den Inhalt von %1 durch die Sicherung ersetzen (geschrieben: %2)? Der aktuelle Inhalt wird zuerst gesichert.</translation>
    </message>
</context>
<context>
    <name>SavedViewList</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/saved_view_list.py" line="24"/>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/saved_view_list.py" line="67"/>
        <source>(no search)</source>
        <translation>(keine Suche)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/saved_view_list.py" line="69"/>
        <source>Part of this view could not be read: %1</source>
        <translation>Ein Teil dieser Ansicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/saved_view_list.py" line="72"/>
        <source>Saved by %1</source>
        <translation>Gespeichert von %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/saved_view_list.py" line="98"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/saved_view_list.py" line="99"/>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="53"/>
        <source>Connect to team server</source>
        <translation>Mit Teamserver verbinden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="54"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="60"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="63"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="65"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="67"/>
        <source>Your login name when empty</source>
        <translation>Leer: der eigene Anmeldename</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="68"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="72"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="76"/>
        <source>Kept for this session only, never saved. Empty: ~/.pgpass is used.</source>
        <translation>Nur für diese Sitzung behalten, nie gespeichert. Leer: ~/.pgpass wird verwendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="80"/>
        <source>The password is kept only while Claimdesk runs and is never saved. Leave it empty to use your PostgreSQL password file (~/.pgpass).</source>
        <translation>Das Passwort wird nur behalten, solange Claimdesk läuft, und nie gespeichert. Leer lassen, um die eigene PostgreSQL-Passwortdatei (~/.pgpass) zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="87"/>
        <source>&amp;Encryption:</source>
        <translation>V&amp;erschlüsselung:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="89"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="94"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="148"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="150"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="165"/>
        <source>Connected: an empty database; Claimdesk will set it up when opened</source>
        <translation>Verbunden: eine leere Datenbank; Claimdesk richtet sie beim Öffnen ein</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="167"/>
        <source>Connected: schema %1 will be upgraded to %2 when opened</source>
        <translation>Verbunden: Schema %1 wird beim Öffnen auf %2 aktualisiert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="170"/>
        <source>Connected: schema %1, up to date</source>
        <translation>Verbunden: Schema %1, aktuell</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="241"/>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Verschlüsseln, wenn der Server es anbietet (prefer)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="242"/>
        <source>Always encrypt (require)</source>
        <translation>Immer verschlüsseln (require)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="243"/>
        <source>Never encrypt (disable)</source>
        <translation>Nie verschlüsseln (disable)</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="74"/>
        <source>This claim %1 #%2</source>
        <translation>Diese Behauptung %1 #%2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="76"/>
        <source>#%2 %1 this claim</source>
        <translation>#%2 %1 diese Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="217"/>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="226"/>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="244"/>
        <source>Looking for similar claims…</source>
        <translation>Suche ähnliche Behauptungen …</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="268"/>
        <source>Claims like #%1, most alike first:</source>
        <translation>Behauptungen wie #%1, die ähnlichsten zuerst:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="271"/>
        <source>No similar claims in this project.</source>
        <translation>Keine ähnlichen Behauptungen in diesem Projekt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/similar_panel.py" line="278"/>
        <source>This claim was deleted.</source>
        <translation>Diese Behauptung wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>SimilarSuggestions</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/similar_suggestions.py" line="70"/>
        <source>Similar claims already in the project:</source>
        <translation>Ähnliche Behauptungen im Projekt:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/similar_suggestions.py" line="73"/>
        <source>Similar claims</source>
        <translation>Ähnliche Behauptungen</translation>
    </message>
</context>
<context>
    <name>SourceDetailView</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="335"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="336"/>
        <source>Role or affiliation</source>
        <translation>Rolle oder Zugehörigkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="337"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="339"/>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="22"/>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="22"/>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="26"/>
        <source>e.g. Kyrylo Budanov, The War Zone</source>
        <translation>z. B. Kyrylo Budanow, The War Zone</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="27"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="31"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="33"/>
        <source>e.g. head of military intelligence (HUR)</source>
        <translation>z. B. Leiter des Militärgeheimdienstes (HUR)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="34"/>
        <source>&amp;Role / affiliation:</source>
        <translation>&amp;Rolle / Zugehörigkeit:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="36"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="48"/>
        <source>Re&amp;liability:</source>
        <translation>&amp;Zuverlässigkeit:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="51"/>
        <source>How far this source&apos;s past reporting has held up (Admiralty grade).</source>
        <translation>Wie gut sich frühere Angaben dieser Quelle bewährt haben (Admiralty-Stufe).</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="61"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="86"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="87"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="88"/>
        <source>Government body</source>
        <translation>Staatliche Stelle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="89"/>
        <source>Media outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="90"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="59"/>
        <source>Type part of a name</source>
        <translation>Teil eines Namens eingeben</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="62"/>
        <source>New source…</source>
        <translation>Neue Quelle…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="63"/>
        <source>Create a source and pick it here</source>
        <translation>Eine Quelle anlegen und hier auswählen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="97"/>
        <source>New source for {field}</source>
        <translation>Neue Quelle für {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="130"/>
        <source>New source: {name} ({details}), created when you save</source>
        <translation>Neue Quelle: {name} ({details}), wird beim Speichern angelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="187"/>
        <source>{name} — {kind}, reliability {grade}</source>
        <translation>{name} — {kind}, Zuverlässigkeit {grade}</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="243"/>
        <source>Several sources are called “{name}”: pick one from the list.</source>
        <translation>Mehrere Quellen heißen „{name}“: bitte eine aus der Liste auswählen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="246"/>
        <source>No source is called “{name}”: pick one from the list or create it with New source…</source>
        <translation>Keine Quelle heißt „{name}“: bitte eine aus der Liste auswählen oder mit „Neue Quelle…“ anlegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="249"/>
        <source>No source is called “{name}”: pick one from the list.</source>
        <translation>Keine Quelle heißt „{name}“: bitte eine aus der Liste auswählen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="257"/>
        <source>Reliability {grade}: {meaning}</source>
        <translation>Zuverlässigkeit {grade}: {meaning}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="45"/>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="52"/>
        <source>Unverified</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="46"/>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="53"/>
        <source>In progress</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="47"/>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="54"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="48"/>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="55"/>
        <source>Partly true / misleading</source>
        <translation>Teilweise wahr / irreführend</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="49"/>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="56"/>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="50"/>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="57"/>
        <source>Unproven</source>
        <translation>Unbelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/core/reports/text.py" line="51"/>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="58"/>
        <source>Retracted</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="60"/>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="69"/>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="74"/>
        <source>This project asks for four eyes: a verdict waits until a colleague confirms it; the claim keeps its status meanwhile.</source>
        <translation>Dieses Projekt verlangt das Vier-Augen-Prinzip: ein Urteil wartet, bis eine Kollegin oder ein Kollege es bestätigt; die Behauptung behält bis dahin ihren Status.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="87"/>
        <source>New &amp;status:</source>
        <translation>Neuer &amp;Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="91"/>
        <source>Why this status: what was checked, how.</source>
        <translation>Warum dieser Status: was wie geprüft wurde.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="92"/>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="239"/>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="103"/>
        <source>&amp;Evidence:</source>
        <translation>Be&amp;lege:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="104"/>
        <source>&amp;Web addresses, one per line (http:// or https://):</source>
        <translation>&amp;Webadressen, eine pro Zeile (http:// oder https://):</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="107"/>
        <source>Web addresses</source>
        <translation>Webadressen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="168"/>
        <source>Citation: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="170"/>
        <source>Web address on line %1: %2</source>
        <translation>Webadresse in Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="192"/>
        <source>Claim %1 (now: %2)
%3</source>
        <translation>Behauptung %1 (derzeit: %2)
%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="199"/>
        <source>%n claims selected. Each gets its own review with this rationale and evidence.</source>
        <translation>
            <numerusform>%n Behauptung ausgewählt. Sie erhält eine eigene Prüfung mit dieser Begründung und diesen Belegen.</numerusform>
            <numerusform>%n Behauptungen ausgewählt. Jede erhält eine eigene Prüfung mit dieser Begründung und diesen Belegen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="215"/>
        <source>No citations yet: add web addresses below.</source>
        <translation>Noch keine Belege: unten Webadressen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="221"/>
        <source>“%1”
%2 · %3</source>
        <translation>„%1“
%2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="228"/>
        <source>Claim %1: </source>
        <translation>Behauptung %1: </translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="234"/>
        <source>&amp;Rationale (required):</source>
        <translation>&amp;Begründung (erforderlich):</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="235"/>
        <source>“%1” is a verdict: it needs a written rationale.</source>
        <translation>„%1“ ist ein Urteil: Es braucht eine schriftliche Begründung.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="240"/>
        <source>Optional for “%1”.</source>
        <translation>Optional bei „%1“.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="66"/>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="68"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="72"/>
        <source>Number of rows</source>
        <translation>Anzahl der Zeilen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="182"/>
        <source>%n row</source>
        <translation>%n Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="183"/>
        <source>%n rows</source>
        <translation>%n Zeilen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="198"/>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/tag_edit.py" line="19"/>
        <source>Comma-separated, e.g. North Korea, drones</source>
        <translation>Durch Kommas getrennt, z. B. Nordkorea, Drohnen</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/timeline_chart.py" line="104"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/timeline_chart.py" line="219"/>
        <source>Not attributed</source>
        <translation>Nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/timeline_panel.py" line="57"/>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/timeline_panel.py" line="88"/>
        <source>No timeline: it needs a dated figure and at least one other claim giving a figure for the same thing.</source>
        <translation>Kein Zeitverlauf: Dafür braucht es eine datierte Zahl und mindestens eine weitere Behauptung mit einer Zahl zur selben Sache.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/timeline_panel.py" line="105"/>
        <source>Timeline: %1, %n figure</source>
        <translation>Zeitverlauf: %1, %n Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/timeline_panel.py" line="106"/>
        <source>Timeline: %1, %n figures</source>
        <translation>Zeitverlauf: %1, %n Zahlen</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/timeline_panel.py" line="136"/>
        <source>Timeline of the current filter</source>
        <translation>Zeitverlauf des aktuellen Filters</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/timeline_panel.py" line="142"/>
        <source>Reading the figures…</source>
        <translation>Zahlen werden gelesen …</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/timeline_panel.py" line="167"/>
        <source>No timeline: no unit has two or more dated figures among the claims the filter matches.</source>
        <translation>Kein Zeitverlauf: Unter den Behauptungen, die der Filter findet, hat keine Einheit zwei oder mehr datierte Zahlen.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/timeline_panel.py" line="173"/>
        <source>%n unit with a timeline</source>
        <translation>%n Einheit mit Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/timeline_panel.py" line="173"/>
        <source>%n units with a timeline</source>
        <translation>%n Einheiten mit Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>Trail</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="37"/>
        <source>%1 events, chain intact</source>
        <translation>%1 Ereignisse, Kette intakt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="44"/>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="47"/>
        <source>%1 (about %2)</source>
        <translation>%1 (zu %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="51"/>
        <source>Audit chain broken at %1: its content was changed.</source>
        <translation>Prüfkette bei %1 unterbrochen: sein Inhalt wurde verändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="55"/>
        <source>Audit chain broken at %1: the event before it was removed, inserted or changed.</source>
        <translation>Prüfkette bei %1 unterbrochen: das Ereignis davor wurde entfernt, eingefügt oder verändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="63"/>
        <source>Audit chain broken: %1 is missing.</source>
        <translation>Prüfkette unterbrochen: %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="65"/>
        <source>Audit chain broken: events were removed from its end.</source>
        <translation>Prüfkette unterbrochen: an ihrem Ende wurden Ereignisse entfernt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="67"/>
        <source>Audit chain broken: its head record is missing.</source>
        <translation>Prüfkette unterbrochen: ihr Kopfeintrag fehlt.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="76"/>
        <source>%1: %2 differs from the trail (recorded %3, found %4)</source>
        <translation>%1: %2 weicht vom Protokoll ab (protokolliert %3, vorgefunden %4)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="83"/>
        <source>%1: deleted without a trace in the trail</source>
        <translation>%1: ohne Spur im Protokoll gelöscht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="85"/>
        <source>%1: not created through the trail</source>
        <translation>%1: nicht über das Protokoll angelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="96"/>
        <source>One row differs from what the audit trail records:</source>
        <translation>Eine Zeile weicht vom Prüfprotokoll ab:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="100"/>
        <source>%1 rows differ from what the audit trail records:</source>
        <translation>%1 Zeilen weichen vom Prüfprotokoll ab:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="110"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="117"/>
        <source>What to do: find out who changed the project outside Claimdesk, compare it with a backup from before (File → Restore backup…, &apos;claimdesk backup list&apos;), and read the rows&apos; history (&apos;claimdesk audit log --claim N&apos;).</source>
        <translation>Was tun: herausfinden, wer das Projekt außerhalb von Claimdesk geändert hat, es mit einer Sicherung von vorher vergleichen (Datei → Sicherung wiederherstellen…, &apos;claimdesk backup list&apos;) und die Historie der Zeilen lesen (&apos;claimdesk audit log --claim N&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="149"/>
        <source>One row was changed outside Claimdesk: it differs from what the audit trail records.</source>
        <translation>Eine Zeile wurde außerhalb von Claimdesk geändert: sie weicht vom Prüfprotokoll ab.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="154"/>
        <source>%1 rows were changed outside Claimdesk: they differ from what the audit trail records.</source>
        <translation>%1 Zeilen wurden außerhalb von Claimdesk geändert: sie weichen vom Prüfprotokoll ab.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="165"/>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="167"/>
        <source>redone</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="170"/>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="181"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="172"/>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="182"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="174"/>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="183"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="176"/>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="184"/>
        <source>chain begins</source>
        <translation>Kettenbeginn</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="190"/>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="308"/>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="191"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="192"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="193"/>
        <source>Capture</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="194"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="195"/>
        <source>Attribution step</source>
        <translation>Zuschreibungsschritt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="196"/>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="310"/>
        <source>Citation</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="197"/>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="309"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="198"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="199"/>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="300"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="200"/>
        <source>Published review</source>
        <translation>Veröffentlichte Prüfung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="201"/>
        <source>Saved view</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="202"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="212"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="215"/>
        <source>Upgraded from schema %1; %2 earlier events kept outside the chain</source>
        <translation>Aktualisiert von Schema %1; %2 frühere Ereignisse außerhalb der Kette aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="223"/>
        <source>Imported from %1 (SHA-256 %2), written by schema %3</source>
        <translation>Importiert aus %1 (SHA-256 %2), geschrieben mit Schema %3</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="236"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="262"/>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="289"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="306"/>
        <source>%1 (precision)</source>
        <translation>%1 (Genauigkeit)</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="311"/>
        <source>From claim</source>
        <translation>Von Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="312"/>
        <source>To claim</source>
        <translation>Zu Behauptung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="313"/>
        <source>Previous status</source>
        <translation>Bisheriger Status</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="314"/>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="315"/>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="316"/>
        <source>Awaiting confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="317"/>
        <source>Confirmed by</source>
        <translation>Bestätigt von</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="318"/>
        <source>Confirmed at</source>
        <translation>Bestätigt am</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="319"/>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="320"/>
        <source>Figure, upper end</source>
        <translation>Zahl, Obergrenze</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="321"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="322"/>
        <source>Qualifier</source>
        <translation>Zusatz zur Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="323"/>
        <source>Position</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="324"/>
        <source>Excerpt starts at</source>
        <translation>Auszug beginnt bei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="325"/>
        <source>Excerpt ends at</source>
        <translation>Auszug endet bei</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="326"/>
        <source>Text before the excerpt</source>
        <translation>Text vor dem Auszug</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="327"/>
        <source>Text after the excerpt</source>
        <translation>Text nach dem Auszug</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="328"/>
        <source>Excerpt anchor</source>
        <translation>Verankerung des Auszugs</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="329"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="330"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="331"/>
        <source>Four eyes</source>
        <translation>Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="342"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_texts.py" line="342"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_model.py" line="60"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_model.py" line="64"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_model.py" line="67"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_model.py" line="74"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_model.py" line="81"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/history_model.py" line="89"/>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>TrailBanner</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_banner.py" line="87"/>
        <source>Audit trail warning</source>
        <translation>Warnung zum Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_banner.py" line="98"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_banner.py" line="103"/>
        <location filename="../../desktop/claimdesk/ui/trail_banner.py" line="104"/>
        <source>Hide this warning</source>
        <translation>Diese Warnung ausblenden</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_banner.py" line="149"/>
        <source>Checking the audit trail</source>
        <translation>Prüfprotokoll wird geprüft</translation>
    </message>
</context>
<context>
    <name>TrailReportDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_banner.py" line="57"/>
        <source>Audit trail check</source>
        <translation>Prüfung des Prüfprotokolls</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_banner.py" line="61"/>
        <source>The audit trail of this project does not match its data. Someone changed the database outside Claimdesk, or restored a part of it. What the check found:</source>
        <translation>Das Prüfprotokoll dieses Projekts stimmt nicht mit seinen Daten überein. Jemand hat die Datenbank außerhalb von Claimdesk geändert oder einen Teil davon zurückgespielt. Was die Prüfung gefunden hat:</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/trail_banner.py" line="68"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="26"/>
        <source>Welcome to Claimdesk</source>
        <translation>Willkommen bei Claimdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="33"/>
        <source>Record claims from news reporting with who said them, through whom and when; link them to the exact excerpt in each article; grade and verify them.</source>
        <translation>Behauptungen aus der Berichterstattung erfassen – wer sie aufgestellt hat, wer sie weitergegeben hat und wann; sie mit dem genauen Auszug in jedem Artikel verknüpfen; sie bewerten und verifizieren.</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="41"/>
        <source>Open demo project</source>
        <translation>Demoprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="42"/>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="43"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="44"/>
        <source>Connect to team server…</source>
        <translation>Mit Teamserver verbinden…</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="54"/>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="63"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="68"/>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
</context>
</TS>
