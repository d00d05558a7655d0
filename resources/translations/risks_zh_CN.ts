<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RisksFeature</name>
    <message>
        <source>Risk warnings</source>
        <translation>风险预警</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>确认预警(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Show acknowledged</source>
        <translation>显示已确认</translation>
    </message>
    <message>
        <source>No risk warnings</source>
        <translation>没有风险预警</translation>
    </message>
    <message>
        <source>Records behind the warning (double-click to open):</source>
        <translation>预警涉及的记录（双击打开）：</translation>
    </message>
    <message>
        <source>Warnings are computed from the data each time with the thresholds in the office settings. An acknowledged warning returns when its figure worsens further or its period ends.</source>
        <translation>预警每次都按办公室设置中的阈值从数据重新计算。已确认的预警在数值进一步恶化或所属期间结束后会再次出现。</translation>
    </message>
    <message>
        <source>Worse since: %1</source>
        <translation>确认后已恶化：%1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警内容</translation>
    </message>
    <message>
        <source>Figure vs threshold</source>
        <translation>数值 / 阈值</translation>
    </message>
    <message>
        <source>Acknowledged (by, when, note)</source>
        <translation>确认（人、时间、说明）</translation>
    </message>
    <message>
        <source>Rule “%1” could not be computed: %2</source>
        <translation>规则“%1”无法计算：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Figure %1 against the threshold %2.</source>
        <translation>数值 %1，阈值 %2。</translation>
    </message>
    <message>
        <source>at figure %1</source>
        <translation>确认时数值 %1</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>确认记录</translation>
    </message>
    <message>
        <source>Acknowledge the warning</source>
        <translation>确认风险预警</translation>
    </message>
    <message>
        <source>What is being done about it? (required)</source>
        <translation>正在采取什么措施？（必填）</translation>
    </message>
</context>
<context>
    <name>risks</name>
    <message>
        <source>risk warning acknowledgement</source>
        <comment>audit record</comment>
        <translation>风险预警确认</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>risk severity</comment>
        <translation>预警</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>risk severity</comment>
        <translation>严重</translation>
    </message>
    <message>
        <source>%s day</source>
        <comment>risk figure</comment>
        <translation>%s 天</translation>
    </message>
    <message>
        <source>%s days</source>
        <comment>risk figure</comment>
        <translation>%s 天</translation>
    </message>
    <message>
        <source>%s hour</source>
        <comment>risk figure</comment>
        <translation>%s 小时</translation>
    </message>
    <message>
        <source>%s hours</source>
        <comment>risk figure</comment>
        <translation>%s 小时</translation>
    </message>
    <message>
        <source>%s points</source>
        <comment>risk figure</comment>
        <translation>%s 个百分点</translation>
    </message>
    <message>
        <source>%s%%</source>
        <comment>risk figure</comment>
        <translation>%s%%</translation>
    </message>
    <message>
        <source>score %s</source>
        <comment>risk figure</comment>
        <translation>%s 分</translation>
    </message>
    <message>
        <source>Complaint</source>
        <comment>risk record</comment>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>risk record</comment>
        <translation>客户</translation>
    </message>
    <message>
        <source>Expense category</source>
        <comment>risk record</comment>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>risk record</comment>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>risk record</comment>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Staff member</source>
        <comment>risk record</comment>
        <translation>员工</translation>
    </message>
    <message>
        <source>KPI</source>
        <comment>risk record</comment>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Write a note: what is being done about it.</source>
        <translation>请填写说明：正在采取什么措施。</translation>
    </message>
    <message>
        <source>The note is too long (at most %d characters).</source>
        <translation>说明过长（最多 %d 个字符）。</translation>
    </message>
    <message>
        <source>There is no risk rule %s.</source>
        <translation>没有风险规则 %s。</translation>
    </message>
    <message>
        <source>This warning no longer applies; refresh the list.</source>
        <translation>此预警已不再成立，请刷新列表。</translation>
    </message>
</context>
</TS>
