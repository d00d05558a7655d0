<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdCheckArticles</name>
    <message>
        <source>Art. %1</source>
        <translation>Art. %1</translation>
    </message>
    <message>
        <source>Art. %1(%2)</source>
        <translation>Art. %1(%2)</translation>
    </message>
</context>
<context>
    <name>AdCheckFeature</name>
    <message>
        <source>Ad-copy &amp;rules...</source>
        <translation>Ad-copy &amp;rules...</translation>
    </message>
</context>
<context>
    <name>AdCopyEditor</name>
    <message>
        <source>The ad copy, as it will be published</source>
        <translation>The ad copy, as it will be published</translation>
    </message>
</context>
<context>
    <name>AdFindingsPanel</name>
    <message>
        <source>No problems found in the copy.</source>
        <translation>No problems found in the copy.</translation>
    </message>
    <message numerus="yes">
        <source>%n phrase(s) the Advertising Law does not allow:</source>
        <translation>
            <numerusform>%n phrase the Advertising Law does not allow:</numerusform>
            <numerusform>%n phrases the Advertising Law does not allow:</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Suggestion: %1</translation>
    </message>
</context>
<context>
    <name>AdRulesDialog</name>
    <message>
        <source>Ad-copy rules</source>
        <translation>Ad-copy rules</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Regular expression (else a plain phrase)</source>
        <translation>Regular expression (else a plain phrase)</translation>
    </message>
    <message>
        <source>One regular expression a line; a match inside one of them is not flagged</source>
        <translation>One regular expression a line; a match inside one of them is not flagged</translation>
    </message>
    <message>
        <source>Check copy with this rule</source>
        <translation>Check copy with this rule</translation>
    </message>
    <message>
        <source>Type copy to try the rule as edited</source>
        <translation>Type copy to try the rule as edited</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Article:</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Pattern:</translation>
    </message>
    <message>
        <source>Exceptions:</source>
        <translation>Exceptions:</translation>
    </message>
    <message>
        <source>Explanation (Chinese):</source>
        <translation>Explanation (Chinese):</translation>
    </message>
    <message>
        <source>Explanation (English):</source>
        <translation>Explanation (English):</translation>
    </message>
    <message>
        <source>Suggested rewording:</source>
        <translation>Suggested rewording:</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>Try it:</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>&amp;New rule</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Save rule</translation>
    </message>
    <message>
        <source>&amp;Delete rule</source>
        <translation>&amp;Delete rule</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>A new rule of the office's own.</source>
        <translation>A new rule of the office's own.</translation>
    </message>
    <message>
        <source>A shipped rule: it can be edited or switched off, not deleted.</source>
        <translation>A shipped rule: it can be edited or switched off, not deleted.</translation>
    </message>
    <message>
        <source>A rule of the office's own.</source>
        <translation>A rule of the office's own.</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Flagged: %1</translation>
    </message>
    <message>
        <source>Not flagged.</source>
        <translation>Not flagged.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <source>Delete the rule '%1'?</source>
        <translation>Delete the rule '%1'?</translation>
    </message>
</context>
<context>
    <name>adcheck</name>
    <message>
        <source>ad-copy rule</source>
        <comment>audit record</comment>
        <translation>ad-copy rule</translation>
    </message>
    <message>
        <source>A pattern is required.</source>
        <translation>A pattern is required.</translation>
    </message>
    <message>
        <source>The pattern is too long (at most %d characters).</source>
        <translation>The pattern is too long (at most %d characters).</translation>
    </message>
    <message>
        <source>'%s' is not a valid regular expression: %s</source>
        <translation>'%s' is not a valid regular expression: %s</translation>
    </message>
    <message>
        <source>'%s' repeats a group that repeats itself: it could take minutes to check.</source>
        <translation>'%s' repeats a group that repeats itself: it could take minutes to check.</translation>
    </message>
    <message>
        <source>'%s' matches empty text: it would flag every character.</source>
        <translation>'%s' matches empty text: it would flag every character.</translation>
    </message>
    <message>
        <source>The article is required, e.g. 9(3) or 24(1).</source>
        <translation>The article is required, e.g. 9(3) or 24(1).</translation>
    </message>
    <message>
        <source>The article is too long (at most %d characters).</source>
        <translation>The article is too long (at most %d characters).</translation>
    </message>
    <message>
        <source>Exception: %s</source>
        <translation>Exception: %s</translation>
    </message>
    <message>
        <source>An explanation is required (in Chinese, English or both).</source>
        <translation>An explanation is required (in Chinese, English or both).</translation>
    </message>
    <message>
        <source>The text is too long (at most %d characters).</source>
        <translation>The text is too long (at most %d characters).</translation>
    </message>
    <message>
        <source>A shipped rule cannot be deleted; switch it off instead.</source>
        <translation>A shipped rule cannot be deleted; switch it off instead.</translation>
    </message>
</context>
</TS>
