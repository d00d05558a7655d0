<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>WorkbenchFeature</name>
    <message>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
</context>
<context>
    <name>WorkbenchTab</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the workbench again (F5)</source>
        <translation>Load the workbench again (F5)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Press Enter or double-click an item to open it. Overdue items are in red.</source>
        <translation>Press Enter or double-click an item to open it. Overdue items are in red.</translation>
    </message>
    <message>
        <source>Loading your workbench...</source>
        <translation>Loading your workbench...</translation>
    </message>
    <message>
        <source>Approvals waiting</source>
        <translation>Approvals waiting</translation>
    </message>
    <message>
        <source>Follow-ups and trial classes due</source>
        <translation>Follow-ups and trial classes due</translation>
    </message>
    <message>
        <source>Complaints past their response time</source>
        <translation>Complaints past their response time</translation>
    </message>
    <message>
        <source>Meeting action items</source>
        <translation>Meeting action items</translation>
    </message>
    <message>
        <source>Plans and reports due</source>
        <translation>Plans and reports due</translation>
    </message>
    <message>
        <source>Risk warnings</source>
        <translation>Risk warnings</translation>
    </message>
    <message>
        <source>Nothing waits for your approval today.</source>
        <translation>Nothing waits for your approval today.</translation>
    </message>
    <message>
        <source>No follow-ups or trial classes due today.</source>
        <translation>No follow-ups or trial classes due today.</translation>
    </message>
    <message>
        <source>No complaint is past its response time.</source>
        <translation>No complaint is past its response time.</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>No open action items.</translation>
    </message>
    <message>
        <source>No plans or reports due.</source>
        <translation>No plans or reports due.</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <source>Nothing to do today.</source>
        <translation>Nothing to do today.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Today, %s: %d to do, %d overdue</source>
        <translation>Today, %s: %d to do, %d overdue</translation>
    </message>
    <message>
        <source>Today, %s: nothing to do. Well done!</source>
        <translation>Today, %s: nothing to do. Well done!</translation>
    </message>
    <message>
        <source>Some items could not be loaded, so this list may be incomplete. The details are in the log file (Help &gt; Open log folder).</source>
        <translation>Some items could not be loaded, so this list may be incomplete. The details are in the log file (Help &gt; Open log folder).</translation>
    </message>
    <message>
        <source>Overdue since %s</source>
        <translation>Overdue since %s</translation>
    </message>
</context>
</TS>
