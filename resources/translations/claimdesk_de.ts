<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="138"/>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="144"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="146"/>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="148"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="150"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="153"/>
        <source>Original quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="252"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="253"/>
        <source>Role or affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="254"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="256"/>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnchorState</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="119"/>
        <source>anchored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="120"/>
        <source>found again after the text changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="121"/>
        <source>orphaned: not found in the current text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="34"/>
        <source>Edit article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="34"/>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="40"/>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="42"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="44"/>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="46"/>
        <source>Comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="47"/>
        <source>&amp;Authors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="49"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="50"/>
        <source>Publis&amp;hed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="52"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="54"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="56"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="73"/>
        <source>give the day it was published, e.g. 2025-06-10 (it is a single article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_dialog.py" line="78"/>
        <source>no single source is called “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleImportDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="47"/>
        <source>Capture article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="54"/>
        <source>https://… or a saved .html file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="55"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="56"/>
        <source>&amp;Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="57"/>
        <source>From &amp;clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="58"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="66"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="72"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="74"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="77"/>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="78"/>
        <source>An existing source of this name, or a new media outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="81"/>
        <source>A&amp;uthors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="81"/>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="83"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="84"/>
        <source>Pu&amp;blished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="86"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="90"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="108"/>
        <source>give a web address or a saved page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="112"/>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="113"/>
        <source>Capturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="117"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="153"/>
        <source>Extracted %1 words. Check the fields, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="180"/>
        <source>Saved web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="196"/>
        <source>fetch the article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/article_import_dialog.py" line="204"/>
        <source>give the day of publication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="101"/>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="108"/>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="312"/>
        <source>New claim from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="109"/>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="310"/>
        <source>Link to existing claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="118"/>
        <source>Quantities that could be claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="131"/>
        <source>Quantities in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="157"/>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="202"/>
        <source>This article was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="328"/>
        <source>Click (or Enter) to record it as a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="332"/>
        <source>Quantities in this article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="369"/>
        <source>This page changed after it was first captured; earlier versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/article_reader.py" line="374"/>
        <source>Excerpts no longer found in this text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitationRole</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="102"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="103"/>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="104"/>
        <source>Contradicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimDetailView</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/detail_views.py" line="206"/>
        <source>#%1 %2 this claim: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="43"/>
        <source>Edit claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="43"/>
        <source>New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="47"/>
        <source>What is claimed, in one plain sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="48"/>
        <source>&amp;Statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="50"/>
        <source>The words of the report, as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="51"/>
        <source>&amp;Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="53"/>
        <source>Quote &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="55"/>
        <source>Clai&amp;mant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="57"/>
        <source>Attri&amp;bution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="59"/>
        <source>When the claimant said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="60"/>
        <source>Claimed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="62"/>
        <source>The date the claim describes, e.g. troops “as of May”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="63"/>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="65"/>
        <source>Quan&amp;tity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="69"/>
        <source>&amp;Credibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="71"/>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="73"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="99"/>
        <source>no single source is called “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_dialog.py" line="104"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimFilterDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_filter_dialog.py" line="16"/>
        <source>Filter claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_filter_dialog.py" line="17"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_filter_dialog.py" line="21"/>
        <source>&amp;Clear all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimFilterRows</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="30"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="34"/>
        <source>C&amp;redibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="37"/>
        <source>Source re&amp;liability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="42"/>
        <source>Clai&amp;mant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="44"/>
        <source>T&amp;ags (any of):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="46"/>
        <source>Claimed &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="47"/>
        <source>Claimed &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="49"/>
        <source>As of f&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="50"/>
        <source>As of u&amp;ntil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="55"/>
        <source>Only claims with an excerpt no longer in its article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="58"/>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="60"/>
        <source>With or without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="61"/>
        <source>With a quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="62"/>
        <source>Without a quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="65"/>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="66"/>
        <source>e.g. soldiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="67"/>
        <source>Uni&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="68"/>
        <source>Excerpts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="87"/>
        <source>The end comes before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/filter_rows.py" line="92"/>
        <source>No source is called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimPickerDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_picker_dialog.py" line="28"/>
        <source>Link to existing claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_picker_dialog.py" line="35"/>
        <source>Excerpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_picker_dialog.py" line="37"/>
        <source>Words from the statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_picker_dialog.py" line="39"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_picker_dialog.py" line="42"/>
        <source>&amp;Claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_picker_dialog.py" line="46"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/claim_picker_dialog.py" line="76"/>
        <source>choose the claim this excerpt belongs to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimTablePage</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="274"/>
        <source>Search: words, &quot;a phrase&quot;, prefix*, this OR that, -without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="278"/>
        <source>Searches statements, quotes, notes, tags, source names and the articles the claims are cited in. Case and accents do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="283"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="284"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="291"/>
        <source>Save &amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="338"/>
        <source>&amp;Filters (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="338"/>
        <source>&amp;Filters…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="52"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="60"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="68"/>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="76"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="83"/>
        <source>Cred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="91"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="99"/>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="106"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="114"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="119"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="122"/>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="202"/>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="130"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="141"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="143"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="147"/>
        <source>Role or affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="154"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="160"/>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="167"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="179"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="187"/>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="194"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="199"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="209"/>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_columns.py" line="217"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="74"/>
        <source>New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="103"/>
        <source>Edit claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="124"/>
        <source>Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="126"/>
        <source>Delete %n claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="149"/>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="151"/>
        <source>Set status of %n claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="173"/>
        <source>Link excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="189"/>
        <source>Remove citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="211"/>
        <source>Relate claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="227"/>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="252"/>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="268"/>
        <source>Delete source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="280"/>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="305"/>
        <source>Edit article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="321"/>
        <source>Delete article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/commands.py" line="335"/>
        <source>Capture article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/view_commands.py" line="30"/>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/view_commands.py" line="56"/>
        <source>Delete view “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="116"/>
        <source>Claim changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="130"/>
        <source>Claim %1 was changed by %2 (%3) while you were editing it. Choose whose version to keep.</source>
        <extracomment>Asks before overwriting their version; replaceable (tests, scripted use).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="142"/>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="144"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="144"/>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="144"/>
        <source>Their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="165"/>
        <source>Their change touched none of the fields you edit (it may have been a status change); keeping yours overwrites nothing they wrote here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="173"/>
        <source>Same in both: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="180"/>
        <source>&amp;Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="181"/>
        <source>Discard your edit and show their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="182"/>
        <source>&amp;Keep mine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="183"/>
        <source>Save your version over theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="184"/>
        <source>&amp;Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="220"/>
        <source>Overwrite their version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="222"/>
        <source>Your version of claim %1 will replace the one %2 saved. Their version is not lost: it stays in the claim&apos;s audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="245"/>
        <source>source #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="254"/>
        <source>article #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="301"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="302"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="303"/>
        <source>Quote language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="305"/>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="311"/>
        <source>Claimed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="312"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="314"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="321"/>
        <source>Credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="328"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="334"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/conflict_dialog.py" line="336"/>
        <source>Attribution chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credibility</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="74"/>
        <source>Confirmed by other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="75"/>
        <source>Probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="76"/>
        <source>Possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="77"/>
        <source>Doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="78"/>
        <source>Improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="79"/>
        <source>Truth cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="46"/>
        <source>Import claims from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="47"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="54"/>
        <source>A .csv file saved as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="55"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="63"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="69"/>
        <source>As the column names suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="70"/>
        <source>German (11.000 · 10.06.2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="71"/>
        <source>English, UK (11,000 · 10/06/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="72"/>
        <source>English, US (11,000 · 06/10/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="73"/>
        <source>&amp;Numbers and dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="77"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="77"/>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="77"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="80"/>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="84"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="84"/>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="239"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="84"/>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="84"/>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="85"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="85"/>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="253"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="85"/>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="255"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="85"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="88"/>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="122"/>
        <source>choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="152"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="153"/>
        <source>Claims as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="177"/>
        <source>— ignore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="180"/>
        <source>Imports %1 as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="225"/>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="225"/>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="225"/>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="229"/>
        <source>%1 columns separated by %2. The first %3 rows as they would be imported; %4 of them would be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="240"/>
        <source>Original quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="241"/>
        <source>Language of the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="242"/>
        <source>Claimant (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="243"/>
        <source>Kind of claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="244"/>
        <source>Reliability of the claimant (A–F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="245"/>
        <source>Claimed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="246"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="247"/>
        <source>Quantity as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="248"/>
        <source>Quantity: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="249"/>
        <source>Quantity: upper value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="250"/>
        <source>Quantity: unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="251"/>
        <source>Quantity: qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="252"/>
        <source>Credibility (1–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="254"/>
        <source>Rationale of the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/csv_import_dialog.py" line="256"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="72"/>
        <source>New &amp;claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="75"/>
        <source>New &amp;source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="78"/>
        <source>New &amp;article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="80"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="82"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="85"/>
        <source>Set s&amp;tatus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="88"/>
        <source>&amp;Capture article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="91"/>
        <source>&amp;Link to article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="161"/>
        <source>Someone else deleted this claim while you edited it. Your text is still in the form; copy what you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="262"/>
        <source>This content is already in the project; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="356"/>
        <location filename="../../desktop/claimdesk/ui/actions.py" line="359"/>
        <source>Claimdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatePrecision</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="139"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="140"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="141"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="63"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="70"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="73"/>
        <source>Export cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="78"/>
        <source>Exported %1 claims to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="95"/>
        <source>Importing claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="104"/>
        <source>Claimdesk JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="109"/>
        <source>Importing project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="117"/>
        <source>ClaimReview (*.json *.jsonld *.jsonl *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="123"/>
        <source>Importing ClaimReview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="129"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="140"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="141"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="145"/>
        <source>Import cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="152"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="158"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/exchange_actions.py" line="171"/>
        <source>Another job is still running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="53"/>
        <source>Export claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="54"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="61"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="63"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="71"/>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="72"/>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="171"/>
        <source>Claims report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="73"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="75"/>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="76"/>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="77"/>
        <source>By tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="78"/>
        <source>&amp;Group claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="80"/>
        <source>English (11,000; 10 June 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="81"/>
        <source>German (11.000; 10. Juni 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="82"/>
        <source>N&amp;umbers and dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="93"/>
        <source>Search, as in the claims table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="91"/>
        <source>Cited in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="94"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="101"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="104"/>
        <source>Named as the author of the reviews; remembered for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="106"/>
        <source>Organisation &amp;web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="108"/>
        <source>Include the captured pages (larger file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="109"/>
        <source>Captured pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="138"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="149"/>
        <source>Name the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/export_dialog.py" line="157"/>
        <source>Name the organisation that publishes the reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/forms.py" line="59"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HopEditor</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="185"/>
        <source>Add source &amp;hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="186"/>
        <source>Add art&amp;icle hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="187"/>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="188"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="189"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="204"/>
        <source>No hops yet: add who passed the claim on, from the first speaker onwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="299"/>
        <source>no single source is called “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="338"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="339"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="340"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="341"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="342"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HopMode</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="95"/>
        <source>Quotes verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="96"/>
        <source>Paraphrases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HopRow</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="76"/>
        <source>Choose an article</source>
        <extracomment>How many articles the article list offers (newest first), besides the ones already chosen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="90"/>
        <source>How, e.g. “Interview published by …”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="104"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="105"/>
        <source>Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="112"/>
        <source>Said on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="121"/>
        <source>Hop {n}: source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="122"/>
        <source>Hop {n}: article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="123"/>
        <source>Hop {n}: date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="124"/>
        <source>Hop {n}: mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/hop_editor.py" line="125"/>
        <source>Hop {n}: description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/job_status.py" line="18"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/job_status.py" line="19"/>
        <source>Cancel the running task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkArticleDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="49"/>
        <source>Link to article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="59"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="63"/>
        <source>Part of the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="65"/>
        <source>&amp;Find article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="70"/>
        <source>&amp;Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="82"/>
        <source>Choose an article to see its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="84"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="87"/>
        <source>Select the excerpt with the mouse, or with Shift and the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="95"/>
        <source>Excerpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="97"/>
        <source>Excerpt position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="105"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="147"/>
        <source>Showing %1 of %2 articles: type more of the title to narrow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="159"/>
        <source>Article %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="180"/>
        <source>Choose the article that carries the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="182"/>
        <source>Select the excerpt in the article text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="206"/>
        <source>Claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="207"/>
        <source>Claim %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="256"/>
        <source>Nothing selected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/link_article_dialog.py" line="260"/>
        <source>Characters %1–%2 of the article text (%3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="91"/>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="94"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="96"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="100"/>
        <source>Connect to team &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="102"/>
        <source>Open &amp;demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="104"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="109"/>
        <source>&amp;Export claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="112"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="114"/>
        <source>Claims from &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="115"/>
        <source>Claimdesk &amp;JSON project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="116"/>
        <source>Claim&amp;Review (JSON-LD or web page)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="121"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="123"/>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="128"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="130"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="131"/>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="132"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="133"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="154"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="165"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="168"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="188"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="189"/>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="190"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="191"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="208"/>
        <source>Back up a server database with pg_dump on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="227"/>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="248"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="256"/>
        <source>%1 already exists; use Open… for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="263"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="296"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="300"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="332"/>
        <source>Back up project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="342"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="346"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="350"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="353"/>
        <source>Backup cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="359"/>
        <source>Could not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="360"/>
        <source>The undo history was cleared; everything saved is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/main_window.py" line="396"/>
        <source>A task is still running. Cancel it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/partial_date_edit.py" line="22"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/partial_date_edit.py" line="24"/>
        <source>A year, a month or a day: 2025, 2025-06, 2025-06-10, 06.2025 or 10.06.2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/partial_date_edit.py" line="61"/>
        <source>“{text}” is not a date that exists: use 2025, 2025-06, 2025-06-10, 06.2025 or 10.06.2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/partial_date_edit.py" line="73"/>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="16"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="20"/>
        <source>e.g. Verification desk, Example Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="22"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="25"/>
        <source>Named as the author of your reviews in ClaimReview exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="29"/>
        <source>Organisation &amp;web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/preferences_dialog.py" line="34"/>
        <source>A web address starts with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectOpener</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_opener.py" line="91"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_opener.py" line="103"/>
        <source>Creating the demo project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_opener.py" line="104"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_opener.py" line="116"/>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="66"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="69"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="70"/>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="71"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="72"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="84"/>
        <source>Saved &amp;views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="149"/>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="157"/>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="170"/>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="149"/>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/project_view.py" line="158"/>
        <source>Replace the view “%1” with what the table shows now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qualifier</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="127"/>
        <source>exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="128"/>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="129"/>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="130"/>
        <source>more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="131"/>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="132"/>
        <source>fewer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="133"/>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuantityEdit</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="45"/>
        <source>e.g. etwa 11.000 Soldaten, about 120 guns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="46"/>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="48"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="49"/>
        <source>taken from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="51"/>
        <source>Filled in from the text; type here to override what was recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="101"/>
        <source>“{text}” is not a quantity: write e.g. “about 120 guns”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="140"/>
        <source>not a quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="146"/>
        <source>{lower} to {upper}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="150"/>
        <source>{qualifier} {numbers} · unit: {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="152"/>
        <source>{qualifier} {numbers} · no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="162"/>
        <source>Numbers are read by guessing the language from the words around them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/quantity_edit.py" line="165"/>
        <source>Numbers are read as written in {language} (the quote language).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationKind</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="110"/>
        <source>corroborates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="111"/>
        <source>contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="112"/>
        <source>duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="113"/>
        <source>supersedes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="63"/>
        <source>Completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="64"/>
        <source>Usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="65"/>
        <source>Fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="66"/>
        <source>Not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="67"/>
        <source>Unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="68"/>
        <source>Reliability cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewList</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/saved_view_list.py" line="23"/>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/saved_view_list.py" line="63"/>
        <source>(no search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/saved_view_list.py" line="65"/>
        <source>Part of this view could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/saved_view_list.py" line="68"/>
        <source>Saved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/saved_view_list.py" line="94"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/saved_view_list.py" line="95"/>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="54"/>
        <source>Connect to team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="55"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="61"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="64"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="66"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="68"/>
        <source>Your login name when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="69"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="73"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="77"/>
        <source>Kept for this session only, never saved. Empty: ~/.pgpass is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="81"/>
        <source>The password is kept only while Claimdesk runs and is never saved. Leave it empty to use your PostgreSQL password file (~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="88"/>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="90"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="95"/>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="128"/>
        <source>Name the server (a host name or address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="130"/>
        <source>A port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="132"/>
        <source>Name the database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="149"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="151"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="166"/>
        <source>Connected: an empty database; Claimdesk will set it up when opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="168"/>
        <source>Connected: schema %1 will be upgraded to %2 when opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="171"/>
        <source>Connected: schema %1, up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="242"/>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="243"/>
        <source>Always encrypt (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/server_dialog.py" line="244"/>
        <source>Never encrypt (disable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="22"/>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="22"/>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="26"/>
        <source>e.g. Kyrylo Budanov, The War Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="27"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="31"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="33"/>
        <source>e.g. head of military intelligence (HUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="34"/>
        <source>&amp;Role / affiliation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="36"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="48"/>
        <source>Re&amp;liability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="51"/>
        <source>How far this source&apos;s past reporting has held up (Admiralty grade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/source_dialog.py" line="61"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="85"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="86"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="87"/>
        <source>Government body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="88"/>
        <source>Media outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="89"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="48"/>
        <source>Type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="51"/>
        <source>New source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="52"/>
        <source>Create a source and pick it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="84"/>
        <source>New source for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="125"/>
        <source>{name} — {kind}, reliability {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="165"/>
        <source>Several sources are called “{name}”: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="168"/>
        <source>No source is called “{name}”: pick one from the list or create it with New source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="171"/>
        <source>No source is called “{name}”: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/source_picker.py" line="179"/>
        <source>Reliability {grade}: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="51"/>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="52"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="53"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="54"/>
        <source>Partly true / misleading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="55"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="56"/>
        <source>Unproven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/formatting.py" line="57"/>
        <source>Retracted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="58"/>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="67"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="74"/>
        <source>New &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="78"/>
        <source>Why this status: what was checked, how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="79"/>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="229"/>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="90"/>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="91"/>
        <source>&amp;Web addresses, one per line (http:// or https://):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="94"/>
        <source>Web addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="131"/>
        <source>A verdict needs a written rationale: say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="156"/>
        <source>Citation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="158"/>
        <source>Web address on line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="180"/>
        <source>Claim %1 (now: %2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="187"/>
        <source>%n claims selected. Each gets its own review with this rationale and evidence.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="203"/>
        <source>No citations yet: add web addresses below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="211"/>
        <source>“%1”
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="218"/>
        <source>Claim %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="224"/>
        <source>&amp;Rationale (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="225"/>
        <source>“%1” is a verdict: it needs a written rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/dialogs/status_dialog.py" line="230"/>
        <source>Optional for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="67"/>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="69"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="72"/>
        <source>Number of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="179"/>
        <source>%n row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/table_pages.py" line="195"/>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/widgets/tag_edit.py" line="19"/>
        <source>Comma-separated, e.g. North Korea, drones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="26"/>
        <source>Welcome to Claimdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="33"/>
        <source>Record claims from news reporting with who said them, through whom and when; link them to the exact excerpt in each article; grade and verify them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="41"/>
        <source>Open demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="42"/>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="43"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="44"/>
        <source>Connect to team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="54"/>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="63"/>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/claimdesk/ui/welcome.py" line="68"/>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
