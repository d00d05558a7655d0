<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppraisalFeature</name>
    <message>
        <source>Appraisal</source>
        <translation>Appraisal</translation>
    </message>
</context>
<context>
    <name>AppraisalTab</name>
    <message>
        <source>Run:</source>
        <translation>Run:</translation>
    </message>
    <message>
        <source>&amp;New run…</source>
        <translation>&amp;New run…</translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation>&amp;Recompute</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Finalize</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Targets…</translation>
    </message>
    <message>
        <source>Import &amp;targets…</source>
        <translation>Import &amp;targets…</translation>
    </message>
    <message>
        <source>Te&amp;mplates…</source>
        <translation>Te&amp;mplates…</translation>
    </message>
    <message>
        <source>Person &amp;PDF…</source>
        <translation>Person &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Summary PDF…</source>
        <translation>&amp;Summary PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport .xlsx…</source>
        <translation>E&amp;xport .xlsx…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>O&amp;bject…</source>
        <translation>O&amp;bject…</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <source>Conduct</source>
        <translation>Conduct</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Verbal warning</source>
        <translation>Verbal warning</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Double-click a score to see the records behind it; a manual score to enter it.</source>
        <translation>Double-click a score to see the records behind it; a manual score to enter it.</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Grades and honours</source>
        <translation>Grades and honours</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>entered by a manager</source>
        <translation>entered by a manager</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Default target</source>
        <translation>Default target</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>How it is computed</translation>
    </message>
    <message>
        <source>manual score 0-100</source>
        <translation>manual score 0-100</translation>
    </message>
    <message>
        <source>KPI library</source>
        <translation>KPI library</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>finalized</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>No appraisal run yet. A run is made early in the next month.</source>
        <translation>No appraisal run yet. A run is made early in the next month.</translation>
    </message>
    <message numerus="yes">
        <source>%1 run %2: %3, %n people</source>
        <translation>
            <numerusform>%1 run %2: %3, %n people</numerusform>
            <numerusform>%1 run %2: %3, %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>draft (recomputable)</source>
        <translation>draft (recomputable)</translation>
    </message>
    <message>
        <source>finalized by %1 on %2</source>
        <translation>finalized by %1 on %2</translation>
    </message>
    <message>
        <source>reopened: %1</source>
        <translation>reopened: %1</translation>
    </message>
    <message>
        <source>Verbal warning:</source>
        <translation>Verbal warning:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Outstanding staff candidates:</source>
        <translation>Outstanding staff candidates:</translation>
    </message>
    <message>
        <source>Best team candidate:</source>
        <translation>Best team candidate:</translation>
    </message>
    <message>
        <source>total %1, grade %2, coefficient %3</source>
        <translation>total %1, grade %2, coefficient %3</translation>
    </message>
    <message>
        <source>left out of the total: %1</source>
        <translation>left out of the total: %1</translation>
    </message>
    <message>
        <source>annual mean of the months %1</source>
        <translation>annual mean of the months %1</translation>
    </message>
    <message>
        <source>objection: %1</source>
        <translation>objection: %1</translation>
    </message>
    <message>
        <source>Conduct points %1: show the records</source>
        <translation>Conduct points %1: show the records</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>objected</source>
        <translation>objected</translation>
    </message>
    <message>
        <source>Computing the appraisal %1…</source>
        <translation>Computing the appraisal %1…</translation>
    </message>
    <message>
        <source>Appraisal run</source>
        <translation>Appraisal run</translation>
    </message>
    <message>
        <source>New appraisal run</source>
        <translation>New appraisal run</translation>
    </message>
    <message>
        <source>Period (a month 2026-10, a quarter 2026-Q3 or a year 2026):</source>
        <translation>Period (a month 2026-10, a quarter 2026-Q3 or a year 2026):</translation>
    </message>
    <message>
        <source>Reopen the run</source>
        <translation>Reopen the run</translation>
    </message>
    <message>
        <source>Why is the finalized run %1 reopened? The reason is kept in the audit log.</source>
        <translation>Why is the finalized run %1 reopened? The reason is kept in the audit log.</translation>
    </message>
    <message>
        <source>Object to the result</source>
        <translation>Object to the result</translation>
    </message>
    <message>
        <source>What do you object to?</source>
        <translation>What do you object to?</translation>
    </message>
    <message>
        <source>Import targets</source>
        <translation>Import targets</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Targets imported. Recompute a draft run to use them; finalized runs do not change.</source>
        <translation>Targets imported. Recompute a draft run to use them; finalized runs do not change.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
</context>
<context>
    <name>GradeChart</name>
    <message>
        <source>Grade distribution</source>
        <translation>Grade distribution</translation>
    </message>
</context>
<context>
    <name>ManualScoreDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Score (0-100):</source>
        <translation>Score (0-100):</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Appraisal targets</source>
        <translation>Appraisal targets</translation>
    </message>
    <message>
        <source>2026-10, 2026-Q3 or 2026</source>
        <translation>2026-10, 2026-Q3 or 2026</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Empty cell: no target (the KPI is left out of that person's total).</source>
        <translation>Empty cell: no target (the KPI is left out of that person's total).</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Appraisal templates</source>
        <translation>Appraisal templates</translation>
    </message>
    <message>
        <source>empty: every other position of the department</source>
        <translation>empty: every other position of the department</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Total %1 (must be 100)</source>
        <translation>Total %1 (must be 100)</translation>
    </message>
</context>
<context>
    <name>TraceDialog</name>
    <message>
        <source>Conduct points</source>
        <translation>Conduct points</translation>
    </message>
    <message>
        <source>Records behind %1 — %2</source>
        <translation>Records behind %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>figure in the run: %1</source>
        <translation>figure in the run: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Trial class</source>
        <translation>Trial class</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Claim line</source>
        <translation>Claim line</translation>
    </message>
    <message>
        <source>Direct expense</source>
        <translation>Direct expense</translation>
    </message>
    <message>
        <source>Conduct record</source>
        <translation>Conduct record</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Monthly totals of %1</source>
        <translation>Monthly totals of %1</translation>
    </message>
</context>
<context>
    <name>appraisal</name>
    <message>
        <source>KPI</source>
        <comment>audit record</comment>
        <translation>KPI</translation>
    </message>
    <message>
        <source>appraisal template</source>
        <comment>audit record</comment>
        <translation>appraisal template</translation>
    </message>
    <message>
        <source>template KPI</source>
        <comment>audit record</comment>
        <translation>template KPI</translation>
    </message>
    <message>
        <source>KPI target</source>
        <comment>audit record</comment>
        <translation>KPI target</translation>
    </message>
    <message>
        <source>appraisal run</source>
        <comment>audit record</comment>
        <translation>appraisal run</translation>
    </message>
    <message>
        <source>appraisal result</source>
        <comment>audit record</comment>
        <translation>appraisal result</translation>
    </message>
    <message>
        <source>KPI score</source>
        <comment>audit record</comment>
        <translation>KPI score</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>missing: %s</source>
        <translation>missing: %s</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>Customers created in the period whose owner is the person (not deleted).</source>
        <translation>Customers created in the period whose owner is the person (not deleted).</translation>
    </message>
    <message>
        <source>All new leads created in the period, whoever owns them (not deleted).</source>
        <translation>All new leads created in the period, whoever owns them (not deleted).</translation>
    </message>
    <message>
        <source>Of the customers the person followed up in the period, the share whose school, grade, channel and a phone are filled in (%).</source>
        <translation>Of the customers the person followed up in the period, the share whose school, grade, channel and a phone are filled in (%).</translation>
    </message>
    <message>
        <source>Enrollments in the period whose owner is the person.</source>
        <translation>Enrollments in the period whose owner is the person.</translation>
    </message>
    <message>
        <source>Sum of amount less discount of the person's enrollments (yuan).</source>
        <translation>Sum of amount less discount of the person's enrollments (yuan).</translation>
    </message>
    <message>
        <source>Trial classes in the period with the person, marked attended.</source>
        <translation>Trial classes in the period with the person, marked attended.</translation>
    </message>
    <message>
        <source>The person's finance-approved or paid claim lines dated in the period, as % of the person's enrollment amounts.</source>
        <translation>The person's finance-approved or paid claim lines dated in the period, as % of the person's enrollment amounts.</translation>
    </message>
    <message>
        <source>Spend (approved and paid claim lines, direct expenses) as % of the effective budget of the period's months.</source>
        <translation>Spend (approved and paid claim lines, direct expenses) as % of the effective budget of the period's months.</translation>
    </message>
    <message>
        <source>Of the person's follow-ups due in the period, the share done (%).</source>
        <translation>Of the person's follow-ups due in the period, the share done (%).</translation>
    </message>
    <message>
        <source>Mean satisfaction (1-5) of the person's follow-ups done in the period.</source>
        <translation>Mean satisfaction (1-5) of the person's follow-ups done in the period.</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>Of the complaints received in the period and handled by the person, the share answered by the response deadline (%).</source>
        <translation>Of the complaints received in the period and handled by the person, the share answered by the response deadline (%).</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>unresolved</translation>
    </message>
    <message>
        <source>Of the complaints received in the period and handled by the person, the share resolved or closed (%).</source>
        <translation>Of the complaints received in the period and handled by the person, the share resolved or closed (%).</translation>
    </message>
    <message>
        <source>'%s' is not a period: write a month 2026-10, a quarter 2026-Q3 or a year 2026.</source>
        <translation>'%s' is not a period: write a month 2026-10, a quarter 2026-Q3 or a year 2026.</translation>
    </message>
    <message>
        <source>'%s': the month must be 1 to 12.</source>
        <translation>'%s': the month must be 1 to 12.</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Annual</translation>
    </message>
    <message>
        <source>below the warning line: verbal warning (口头警告)</source>
        <translation>below the warning line: verbal warning (口头警告)</translation>
    </message>
    <message>
        <source>left out (no target or no score): %s</source>
        <translation>left out (no target or no score): %s</translation>
    </message>
    <message>
        <source>annual mean of the months %s</source>
        <translation>annual mean of the months %s</translation>
    </message>
    <message>
        <source>objection: %s</source>
        <translation>objection: %s</translation>
    </message>
    <message>
        <source>Appraisal %s (%s), %d people</source>
        <translation>Appraisal %s (%s), %d people</translation>
    </message>
    <message>
        <source>%s (%s): total %s, grade %s, coefficient %s, conduct points %s</source>
        <translation>%s (%s): total %s, grade %s, coefficient %s, conduct points %s</translation>
    </message>
    <message>
        <source>%s [%s]: actual %s, target %s, score %s, weight %d</source>
        <translation>%s [%s]: actual %s, target %s, score %s, weight %d</translation>
    </message>
    <message>
        <source>%s, %s: projected score %s by the month's end (target %s)</source>
        <translation>%s, %s: projected score %s by the month's end (target %s)</translation>
    </message>
    <message>
        <source>KPI heading below the warning line</source>
        <translation>KPI heading below the warning line</translation>
    </message>
    <message>
        <source>An auto KPI's month-to-date figure projected to the month's end, scored against the target, below the appraisal warning line.</source>
        <translation>An auto KPI's month-to-date figure projected to the month's end, scored against the target, below the appraisal warning line.</translation>
    </message>
    <message>
        <source>Each weight must be a whole number above 0.</source>
        <translation>Each weight must be a whole number above 0.</translation>
    </message>
    <message>
        <source>The weights total %d; they must total 100.</source>
        <translation>The weights total %d; they must total 100.</translation>
    </message>
    <message>
        <source>No such staff member or KPI (#%s, #%s).</source>
        <translation>No such staff member or KPI (#%s, #%s).</translation>
    </message>
    <message>
        <source>%d target(s) set</source>
        <translation>%d target(s) set</translation>
    </message>
    <message>
        <source>The run %s is finalized; the administrator must reopen it first.</source>
        <translation>The run %s is finalized; the administrator must reopen it first.</translation>
    </message>
    <message>
        <source>Appraisal %s computed for %d people</source>
        <translation>Appraisal %s computed for %d people</translation>
    </message>
    <message>
        <source>A manual score must be from 0 to 100.</source>
        <translation>A manual score must be from 0 to 100.</translation>
    </message>
    <message>
        <source>This KPI is not scored by hand for this person.</source>
        <translation>This KPI is not scored by hand for this person.</translation>
    </message>
    <message>
        <source>Compute the run before finalizing it.</source>
        <translation>Compute the run before finalizing it.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the run.</source>
        <translation>Give the reason for reopening the run.</translation>
    </message>
    <message>
        <source>Only a finalized run can be reopened.</source>
        <translation>Only a finalized run can be reopened.</translation>
    </message>
    <message>
        <source>Only the person appraised can acknowledge a result.</source>
        <translation>Only the person appraised can acknowledge a result.</translation>
    </message>
    <message>
        <source>A result can be acknowledged once the run is finalized.</source>
        <translation>A result can be acknowledged once the run is finalized.</translation>
    </message>
    <message>
        <source>The appraisal run no longer exists.</source>
        <translation>The appraisal run no longer exists.</translation>
    </message>
    <message>
        <source>This appraisal result belongs to another department.</source>
        <translation>This appraisal result belongs to another department.</translation>
    </message>
    <message>
        <source>This person has no result in the run.</source>
        <translation>This person has no result in the run.</translation>
    </message>
    <message>
        <source>%s cannot be read: %s</source>
        <translation>%s cannot be read: %s</translation>
    </message>
    <message>
        <source>No header row with the columns 员工, 指标, 期间 and 目标 was found.</source>
        <translation>No header row with the columns 员工, 指标, 期间 and 目标 was found.</translation>
    </message>
    <message>
        <source>Row %d: no staff member named '%s'.</source>
        <translation>Row %d: no staff member named '%s'.</translation>
    </message>
    <message>
        <source>Row %d: no KPI named '%s'.</source>
        <translation>Row %d: no KPI named '%s'.</translation>
    </message>
    <message>
        <source>Row %d: %s</source>
        <translation>Row %d: %s</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>rating 1-5</source>
        <translation>rating 1-5</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>'%s' is not a number.</source>
        <translation>'%s' is not a number.</translation>
    </message>
    <message>
        <source>Enter a number of 0 or more.</source>
        <translation>Enter a number of 0 or more.</translation>
    </message>
    <message>
        <source>A money target must be a whole number of fen.</source>
        <translation>A money target must be a whole number of fen.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>A target must be 0 or more.</source>
        <translation>A target must be 0 or more.</translation>
    </message>
</context>
</TS>
