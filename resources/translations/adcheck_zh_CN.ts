<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdCheckArticles</name>
    <message>
        <source>Art. %1</source>
        <translation>第%1条</translation>
    </message>
    <message>
        <source>Art. %1(%2)</source>
        <translation>第%1条第(%2)项</translation>
    </message>
</context>
<context>
    <name>AdCheckFeature</name>
    <message>
        <source>Ad-copy &amp;rules...</source>
        <translation>广告文案规则(&amp;R)...</translation>
    </message>
</context>
<context>
    <name>AdCopyEditor</name>
    <message>
        <source>The ad copy, as it will be published</source>
        <translation>广告文案（按发布时的原文）</translation>
    </message>
</context>
<context>
    <name>AdFindingsPanel</name>
    <message>
        <source>No problems found in the copy.</source>
        <translation>文案未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n phrase(s) the Advertising Law does not allow:</source>
        <translation>
            <numerusform>%n 处用语不符合《广告法》：</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>建议：%1</translation>
    </message>
</context>
<context>
    <name>AdRulesDialog</name>
    <message>
        <source>Ad-copy rules</source>
        <translation>广告文案规则</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>匹配规则</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Regular expression (else a plain phrase)</source>
        <translation>正则表达式（否则按原文短语匹配）</translation>
    </message>
    <message>
        <source>One regular expression a line; a match inside one of them is not flagged</source>
        <translation>每行一个正则表达式；落在其匹配范围内的用语不标记</translation>
    </message>
    <message>
        <source>Check copy with this rule</source>
        <translation>用此规则检查文案</translation>
    </message>
    <message>
        <source>Type copy to try the rule as edited</source>
        <translation>输入文案，试用编辑中的规则</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>匹配规则：</translation>
    </message>
    <message>
        <source>Exceptions:</source>
        <translation>例外：</translation>
    </message>
    <message>
        <source>Explanation (Chinese):</source>
        <translation>说明（中文）：</translation>
    </message>
    <message>
        <source>Explanation (English):</source>
        <translation>说明（英文）：</translation>
    </message>
    <message>
        <source>Suggested rewording:</source>
        <translation>修改建议：</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>试用：</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>新建规则(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>保存规则(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete rule</source>
        <translation>删除规则(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>A new rule of the office's own.</source>
        <translation>本单位自定义的新规则。</translation>
    </message>
    <message>
        <source>A shipped rule: it can be edited or switched off, not deleted.</source>
        <translation>内置规则：可以修改或停用，不能删除。</translation>
    </message>
    <message>
        <source>A rule of the office's own.</source>
        <translation>本单位自定义的规则。</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>标出：%1</translation>
    </message>
    <message>
        <source>Not flagged.</source>
        <translation>未标出。</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Delete the rule '%1'?</source>
        <translation>删除规则“%1”？</translation>
    </message>
</context>
<context>
    <name>adcheck</name>
    <message>
        <source>ad-copy rule</source>
        <comment>audit record</comment>
        <translation>广告用语规则</translation>
    </message>
    <message>
        <source>A pattern is required.</source>
        <translation>请填写匹配规则。</translation>
    </message>
    <message>
        <source>The pattern is too long (at most %d characters).</source>
        <translation>匹配规则过长（最多 %d 个字符）。</translation>
    </message>
    <message>
        <source>'%s' is not a valid regular expression: %s</source>
        <translation>“%s”不是有效的正则表达式：%s</translation>
    </message>
    <message>
        <source>'%s' repeats a group that repeats itself: it could take minutes to check.</source>
        <translation>“%s”对一个本身会重复的分组再次重复：检查可能要花几分钟。</translation>
    </message>
    <message>
        <source>'%s' matches empty text: it would flag every character.</source>
        <translation>“%s”能匹配空文本，会把每个字符都标出来。</translation>
    </message>
    <message>
        <source>The article is required, e.g. 9(3) or 24(1).</source>
        <translation>请填写条款，如 9(3) 或 24(1)。</translation>
    </message>
    <message>
        <source>The article is too long (at most %d characters).</source>
        <translation>条款过长（最多 %d 个字符）。</translation>
    </message>
    <message>
        <source>Exception: %s</source>
        <translation>例外：%s</translation>
    </message>
    <message>
        <source>An explanation is required (in Chinese, English or both).</source>
        <translation>请填写说明（中文、英文或两者）。</translation>
    </message>
    <message>
        <source>The text is too long (at most %d characters).</source>
        <translation>文字过长（最多 %d 个字符）。</translation>
    </message>
    <message>
        <source>A shipped rule cannot be deleted; switch it off instead.</source>
        <translation>内置规则不能删除，可以停用。</translation>
    </message>
</context>
</TS>
