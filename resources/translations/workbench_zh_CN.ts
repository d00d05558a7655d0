<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>WorkbenchFeature</name>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
</context>
<context>
    <name>WorkbenchTab</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the workbench again (F5)</source>
        <translation>重新载入工作台（F5）</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Press Enter or double-click an item to open it. Overdue items are in red.</source>
        <translation>按回车键或双击事项即可打开；逾期事项以红色显示。</translation>
    </message>
    <message>
        <source>Loading your workbench...</source>
        <translation>正在加载工作台…</translation>
    </message>
    <message>
        <source>Approvals waiting</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Follow-ups and trial classes due</source>
        <translation>待回访与试听</translation>
    </message>
    <message>
        <source>Complaints past their response time</source>
        <translation>超时投诉</translation>
    </message>
    <message>
        <source>Meeting action items</source>
        <translation>会议待办</translation>
    </message>
    <message>
        <source>Plans and reports due</source>
        <translation>待交计划与总结</translation>
    </message>
    <message>
        <source>Risk warnings</source>
        <translation>风险预警</translation>
    </message>
    <message>
        <source>Nothing waits for your approval today.</source>
        <translation>今天没有等待你审批的事项。</translation>
    </message>
    <message>
        <source>No follow-ups or trial classes due today.</source>
        <translation>今天没有到期的回访和试听课。</translation>
    </message>
    <message>
        <source>No complaint is past its response time.</source>
        <translation>没有超过响应时限的投诉。</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>没有未完成的会议待办。</translation>
    </message>
    <message>
        <source>No plans or reports due.</source>
        <translation>没有待交的计划和总结。</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>没有风险预警。</translation>
    </message>
    <message>
        <source>Nothing to do today.</source>
        <translation>今天没有待办事项。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Today, %s: %d to do, %d overdue</source>
        <translation>今天 %s：%d 项待办，其中 %d 项逾期</translation>
    </message>
    <message>
        <source>Today, %s: nothing to do. Well done!</source>
        <translation>今天 %s：没有待办事项，干得好！</translation>
    </message>
    <message>
        <source>Some items could not be loaded, so this list may be incomplete. The details are in the log file (Help &gt; Open log folder).</source>
        <translation>部分事项未能载入，此列表可能不完整。详细信息见日志文件（帮助 &gt; 打开日志文件夹）。</translation>
    </message>
    <message>
        <source>Overdue since %s</source>
        <translation>自 %s 起逾期</translation>
    </message>
</context>
</TS>
