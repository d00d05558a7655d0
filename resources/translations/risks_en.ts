<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>RisksFeature</name>
    <message>
        <source>Risk warnings</source>
        <translation>Risk warnings</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acknowledge…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Show acknowledged</source>
        <translation>Show acknowledged</translation>
    </message>
    <message>
        <source>No risk warnings</source>
        <translation>No risk warnings</translation>
    </message>
    <message>
        <source>Records behind the warning (double-click to open):</source>
        <translation>Records behind the warning (double-click to open):</translation>
    </message>
    <message>
        <source>Warnings are computed from the data each time with the thresholds in the office settings. An acknowledged warning returns when its figure worsens further or its period ends.</source>
        <translation>Warnings are computed from the data each time with the thresholds in the office settings. An acknowledged warning returns when its figure worsens further or its period ends.</translation>
    </message>
    <message>
        <source>Worse since: %1</source>
        <translation>Worse since: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Figure vs threshold</source>
        <translation>Figure vs threshold</translation>
    </message>
    <message>
        <source>Acknowledged (by, when, note)</source>
        <translation>Acknowledged (by, when, note)</translation>
    </message>
    <message>
        <source>Rule “%1” could not be computed: %2</source>
        <translation>Rule “%1” could not be computed: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Figure %1 against the threshold %2.</source>
        <translation>Figure %1 against the threshold %2.</translation>
    </message>
    <message>
        <source>at figure %1</source>
        <translation>at figure %1</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Acknowledgements</translation>
    </message>
    <message>
        <source>Acknowledge the warning</source>
        <translation>Acknowledge the warning</translation>
    </message>
    <message>
        <source>What is being done about it? (required)</source>
        <translation>What is being done about it? (required)</translation>
    </message>
</context>
<context>
    <name>risks</name>
    <message>
        <source>risk warning acknowledgement</source>
        <comment>audit record</comment>
        <translation>risk warning acknowledgement</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>risk severity</comment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>risk severity</comment>
        <translation>Critical</translation>
    </message>
    <message>
        <source>%s day</source>
        <comment>risk figure</comment>
        <translation>%s day</translation>
    </message>
    <message>
        <source>%s days</source>
        <comment>risk figure</comment>
        <translation>%s days</translation>
    </message>
    <message>
        <source>%s hour</source>
        <comment>risk figure</comment>
        <translation>%s hour</translation>
    </message>
    <message>
        <source>%s hours</source>
        <comment>risk figure</comment>
        <translation>%s hours</translation>
    </message>
    <message>
        <source>%s points</source>
        <comment>risk figure</comment>
        <translation>%s points</translation>
    </message>
    <message>
        <source>%s%%</source>
        <comment>risk figure</comment>
        <translation>%s%%</translation>
    </message>
    <message>
        <source>score %s</source>
        <comment>risk figure</comment>
        <translation>score %s</translation>
    </message>
    <message>
        <source>Complaint</source>
        <comment>risk record</comment>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>risk record</comment>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Expense category</source>
        <comment>risk record</comment>
        <translation>Expense category</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>risk record</comment>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>risk record</comment>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Staff member</source>
        <comment>risk record</comment>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>KPI</source>
        <comment>risk record</comment>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Write a note: what is being done about it.</source>
        <translation>Write a note: what is being done about it.</translation>
    </message>
    <message>
        <source>The note is too long (at most %d characters).</source>
        <translation>The note is too long (at most %d characters).</translation>
    </message>
    <message>
        <source>There is no risk rule %s.</source>
        <translation>There is no risk rule %s.</translation>
    </message>
    <message>
        <source>This warning no longer applies; refresh the list.</source>
        <translation>This warning no longer applies; refresh the list.</translation>
    </message>
</context>
</TS>
