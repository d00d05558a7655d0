<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New plan or report</source>
        <translation>New plan or report</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Report (summary)</source>
        <translation>Report (summary)</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>My own</translation>
    </message>
    <message>
        <source>My department's</source>
        <translation>My department's</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year (department)</source>
        <translation>Year (department)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>Whose:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
</context>
<context>
    <name>WorklogsFeature</name>
    <message>
        <source>Plans and reports</source>
        <translation>Plans and reports</translation>
    </message>
</context>
<context>
    <name>WorklogsTab</name>
    <message>
        <source>Plans and reports</source>
        <translation>Plans and reports</translation>
    </message>
    <message>
        <source>Daily sales log</source>
        <translation>Daily sales log</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;New...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>S&amp;ubmit</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Return...</source>
        <translation>&amp;Return...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Whose</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>From MarketDesk's data</source>
        <translation>From MarketDesk's data</translation>
    </message>
    <message>
        <source>Goals and measures</source>
        <translation>Goals and measures</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>New leads</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Follow-ups done</translation>
    </message>
    <message>
        <source>Trials attended</source>
        <translation>Trials attended</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <source>Enrolled amount</source>
        <translation>Enrolled amount</translation>
    </message>
    <message>
        <source>Spend (approved claims)</source>
        <translation>Spend (approved claims)</translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>Days logged</translation>
    </message>
    <message>
        <source>Calls (logged)</source>
        <translation>Calls (logged)</translation>
    </message>
    <message>
        <source>WeChat (logged)</source>
        <translation>WeChat (logged)</translation>
    </message>
    <message>
        <source>Visits (logged)</source>
        <translation>Visits (logged)</translation>
    </message>
    <message>
        <source>Choose a plan or report, or start one with New.</source>
        <translation>Choose a plan or report, or start one with New.</translation>
    </message>
    <message>
        <source>Summary of the work</source>
        <translation>Summary of the work</translation>
    </message>
    <message>
        <source>As submitted.</source>
        <translation>As submitted.</translation>
    </message>
    <message>
        <source>As the data stands now; fixed when submitted.</source>
        <translation>As the data stands now; fixed when submitted.</translation>
    </message>
    <message>
        <source>Returned by %s: %s</source>
        <translation>Returned by %s: %s</translation>
    </message>
    <message>
        <source>Approved by %s</source>
        <translation>Approved by %s</translation>
    </message>
    <message>
        <source>Return to the author</source>
        <translation>Return to the author</translation>
    </message>
    <message>
        <source>What should the author change? They see your reason.</source>
        <translation>What should the author change? They see your reason.</translation>
    </message>
    <message>
        <source>Save the plan or report</source>
        <translation>Save the plan or report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>&amp;Fill from the day's records</source>
        <translation>&amp;Fill from the day's records</translation>
    </message>
    <message>
        <source>Save &amp;log</source>
        <translation>Save &amp;log</translation>
    </message>
    <message>
        <source>My log of the day</source>
        <translation>My log of the day</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Calls:</translation>
    </message>
    <message>
        <source>WeChat contacts:</source>
        <translation>WeChat contacts:</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Visits:</translation>
    </message>
    <message>
        <source>Whom you contacted and what came of it</source>
        <translation>Whom you contacted and what came of it</translation>
    </message>
    <message>
        <source>Problems, ideas, what tomorrow needs</source>
        <translation>Problems, ideas, what tomorrow needs</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Results:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Trials</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Calls (log)</source>
        <translation>Calls (log)</translation>
    </message>
    <message>
        <source>Visits (log)</source>
        <translation>Visits (log)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>The team's day</source>
        <translation>The team's day</translation>
    </message>
    <message>
        <source>Your account is not linked to a staff member.</source>
        <translation>Your account is not linked to a staff member.</translation>
    </message>
    <message>
        <source>Recorded that day: %d follow-ups (phone %d, WeChat %d, visit %d), %d trials attended, %d no-shows, %d enrollments (%s).</source>
        <translation>Recorded that day: %d follow-ups (phone %d, WeChat %d, visit %d), %d trials attended, %d no-shows, %d enrollments (%s).</translation>
    </message>
    <message>
        <source>%d waiting for your decision</source>
        <translation>%d waiting for your decision</translation>
    </message>
    <message>
        <source>Overdue: %s</source>
        <translation>Overdue: %s</translation>
    </message>
    <message>
        <source>Due by %s: %s</source>
        <translation>Due by %s: %s</translation>
    </message>
</context>
<context>
    <name>worklogs</name>
    <message>
        <source>work plan or report</source>
        <comment>audit record</comment>
        <translation>work plan or report</translation>
    </message>
    <message>
        <source>daily sales log</source>
        <comment>audit record</comment>
        <translation>daily sales log</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <source>Annual summary</source>
        <translation>Annual summary</translation>
    </message>
    <message>
        <source>Department monthly plan</source>
        <translation>Department monthly plan</translation>
    </message>
    <message>
        <source>Department monthly report</source>
        <translation>Department monthly report</translation>
    </message>
    <message>
        <source>Monthly plan</source>
        <translation>Monthly plan</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>Only its author can write a personal plan or report.</source>
        <translation>Only its author can write a personal plan or report.</translation>
    </message>
    <message>
        <source>You may only write your own department's plans and reports.</source>
        <translation>You may only write your own department's plans and reports.</translation>
    </message>
    <message>
        <source>The text is too long (at most %d characters).</source>
        <translation>The text is too long (at most %d characters).</translation>
    </message>
    <message>
        <source>Choose a plan or a report.</source>
        <translation>Choose a plan or a report.</translation>
    </message>
    <message>
        <source>Choose a personal or a department plan.</source>
        <translation>Choose a personal or a department plan.</translation>
    </message>
    <message>
        <source>Choose a month from 1 to 12.</source>
        <translation>Choose a month from 1 to 12.</translation>
    </message>
    <message>
        <source>An annual plan or summary has no month.</source>
        <translation>An annual plan or summary has no month.</translation>
    </message>
    <message>
        <source>Annual plans and summaries are the department's.</source>
        <translation>Annual plans and summaries are the department's.</translation>
    </message>
    <message>
        <source>Choose a year between 2000 and 2100.</source>
        <translation>Choose a year between 2000 and 2100.</translation>
    </message>
    <message>
        <source>Your account is not linked to a staff member.</source>
        <translation>Your account is not linked to a staff member.</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>Choose a department.</translation>
    </message>
    <message>
        <source>This plan or report exists already; open it instead.</source>
        <translation>This plan or report exists already; open it instead.</translation>
    </message>
    <message>
        <source>Only a draft or a returned plan or report can be changed.</source>
        <translation>Only a draft or a returned plan or report can be changed.</translation>
    </message>
    <message>
        <source>This plan or report is submitted already.</source>
        <translation>This plan or report is submitted already.</translation>
    </message>
    <message>
        <source>Write the plan or report before submitting it.</source>
        <translation>Write the plan or report before submitting it.</translation>
    </message>
    <message>
        <source>A report needs a self-assessment before submitting.</source>
        <translation>A report needs a self-assessment before submitting.</translation>
    </message>
    <message>
        <source>Only a submitted plan or report can be decided.</source>
        <translation>Only a submitted plan or report can be decided.</translation>
    </message>
    <message>
        <source>Give a reason for returning it.</source>
        <translation>Give a reason for returning it.</translation>
    </message>
    <message>
        <source>You may not see this person's sales log.</source>
        <translation>You may not see this person's sales log.</translation>
    </message>
    <message>
        <source>Give a number from 0 to %d.</source>
        <translation>Give a number from 0 to %d.</translation>
    </message>
    <message>
        <source>A sales log cannot be written for a future day.</source>
        <translation>A sales log cannot be written for a future day.</translation>
    </message>
    <message>
        <source>The log of this day exists already; open it instead.</source>
        <translation>The log of this day exists already; open it instead.</translation>
    </message>
    <message>
        <source>The log of this day no longer exists.</source>
        <translation>The log of this day no longer exists.</translation>
    </message>
    <message>
        <source>No such plan or report, or not one you may see.</source>
        <translation>No such plan or report, or not one you may see.</translation>
    </message>
    <message>
        <source>To approve: %s</source>
        <translation>To approve: %s</translation>
    </message>
    <message>
        <source>To write: %s</source>
        <translation>To write: %s</translation>
    </message>
    <message>
        <source>Only the author's manager can approve or return this, and never their own.</source>
        <translation>Only the author's manager can approve or return this, and never their own.</translation>
    </message>
</context>
</TS>
