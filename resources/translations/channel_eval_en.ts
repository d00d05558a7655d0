<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Leads captured</source>
        <translation>Leads captured</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>CPL</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
</context>
<context>
    <name>ChannelBars</name>
    <message>
        <source>Leads and conversions</source>
        <translation>Leads and conversions</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>%1: %2 leads, %3 conversions, cost %4</source>
        <translation>%1: %2 leads, %3 conversions, cost %4</translation>
    </message>
</context>
<context>
    <name>ChannelChart</name>
    <message>
        <source>attribution: %1</source>
        <translation>attribution: %1</translation>
    </message>
</context>
<context>
    <name>ChannelDrillDialog</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Revenue in the period</source>
        <translation>Revenue in the period</translation>
    </message>
    <message>
        <source>%1 customers, counting %2 for this channel</source>
        <translation>%1 customers, counting %2 for this channel</translation>
    </message>
    <message>
        <source>the newest %1 are listed</source>
        <translation>the newest %1 are listed</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Claimant or payee</source>
        <translation>Claimant or payee</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>claim %1</translation>
    </message>
    <message>
        <source>direct expense %1</source>
        <translation>direct expense %1</translation>
    </message>
    <message>
        <source>%1 cost records, %2 in all</source>
        <translation>%1 cost records, %2 in all</translation>
    </message>
    <message>
        <source>No cost is recorded for this channel in the period.</source>
        <translation>No cost is recorded for this channel in the period.</translation>
    </message>
</context>
<context>
    <name>ChannelEvalFeature</name>
    <message>
        <source>Channel evaluation</source>
        <translation>Channel evaluation</translation>
    </message>
</context>
<context>
    <name>ChannelEvalTab</name>
    <message>
        <source>  Attribution:</source>
        <translation>  Attribution:</translation>
    </message>
    <message>
        <source>Show records…</source>
        <translation>Show records…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Report as PDF…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Double-click a figure to see the customers or cost records behind it. “—”: not computable (nothing to divide by).</source>
        <translation>Double-click a figure to see the customers or cost records behind it. “—”: not computable (nothing to divide by).</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>By activity</source>
        <translation>By activity</translation>
    </message>
    <message>
        <source>By activity (%1)</source>
        <translation>By activity (%1)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Nothing stands out in this period.</source>
        <translation>Nothing stands out in this period.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Export the channel report</source>
        <translation>Export the channel report</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Channel report as PDF</source>
        <translation>Channel report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>the image could not be encoded as PNG</source>
        <translation>the image could not be encoded as PNG</translation>
    </message>
</context>
<context>
    <name>CostScatter</name>
    <message>
        <source>Cost against conversions</source>
        <translation>Cost against conversions</translation>
    </message>
    <message>
        <source>%1: cost %2, %3 conversions, CPA %4</source>
        <translation>%1: cost %2, %3 conversions, CPA %4</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>Funnel: lead → trial → enrolled</source>
        <translation>Funnel: lead → trial → enrolled</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Trials attended</source>
        <translation>Trials attended</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>of leads</source>
        <translation>of leads</translation>
    </message>
</context>
<context>
    <name>MetricsModel</name>
    <message>
        <source>Leads vs previous period</source>
        <translation>Leads vs previous period</translation>
    </message>
    <message>
        <source>Leads year on year</source>
        <translation>Leads year on year</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>MonthlyTrend</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Cost per lead</translation>
    </message>
    <message>
        <source>Monthly trend (the six largest channels)</source>
        <translation>Monthly trend (the six largest channels)</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>Last 24 months</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
</context>
<context>
    <name>RoiRanking</name>
    <message>
        <source>ROI ranking</source>
        <translation>ROI ranking</translation>
    </message>
    <message>
        <source>ROI (%)</source>
        <translation>ROI (%)</translation>
    </message>
    <message>
        <source>%1: ROI %2 (revenue %3, cost %4)</source>
        <translation>%1: ROI %2 (revenue %3, cost %4)</translation>
    </message>
</context>
<context>
    <name>channel_eval</name>
    <message>
        <source>Channel report %s, attribution: %s</source>
        <translation>Channel report %s, attribution: %s</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation>Year on year</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Activities starting in %s</source>
        <translation>Activities starting in %s</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>%s: cost per lead up %d months running (%s → %s)</source>
        <translation>%s: cost per lead up %d months running (%s → %s)</translation>
    </message>
    <message>
        <source>%s: cost per lead down %d months running (%s → %s)</source>
        <translation>%s: cost per lead down %d months running (%s → %s)</translation>
    </message>
    <message>
        <source>%s: best ROI in this period (%s)</source>
        <translation>%s: best ROI in this period (%s)</translation>
    </message>
    <message>
        <source>%s: spent %s, brought in %s (ROI %s)</source>
        <translation>%s: spent %s, brought in %s (ROI %s)</translation>
    </message>
    <message>
        <source>%s: no cost recorded; ROI not computable</source>
        <translation>%s: no cost recorded; ROI not computable</translation>
    </message>
    <message>
        <source>%s: %s spent, no leads registered</source>
        <translation>%s: %s spent, no leads registered</translation>
    </message>
    <message>
        <source>%s: leads up %s%% on the previous period (%s → %s)</source>
        <translation>%s: leads up %s%% on the previous period (%s → %s)</translation>
    </message>
    <message>
        <source>%s: leads down %s%% on the previous period (%s → %s)</source>
        <translation>%s: leads down %s%% on the previous period (%s → %s)</translation>
    </message>
    <message>
        <source>Leads and conversions by channel</source>
        <translation>Leads and conversions by channel</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Monthly trend: leads and conversions</source>
        <translation>Monthly trend: leads and conversions</translation>
    </message>
    <message>
        <source>Funnel: lead → trial → enrolled</source>
        <translation>Funnel: lead → trial → enrolled</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Trials attended</source>
        <translation>Trials attended</translation>
    </message>
    <message>
        <source>ROI ranking</source>
        <translation>ROI ranking</translation>
    </message>
    <message>
        <source>Channel evaluation</source>
        <translation>Channel evaluation</translation>
    </message>
    <message>
        <source>%s, attribution: %s</source>
        <translation>%s, attribution: %s</translation>
    </message>
    <message>
        <source>page %d, printed %s</source>
        <translation>page %d, printed %s</translation>
    </message>
    <message>
        <source>Nothing stands out in this period.</source>
        <translation>Nothing stands out in this period.</translation>
    </message>
    <message>
        <source>The period ends (%s) before it starts (%s).</source>
        <translation>The period ends (%s) before it starts (%s).</translation>
    </message>
    <message>
        <source>'%s' is not a date: write it as YYYY-MM-DD.</source>
        <translation>'%s' is not a date: write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>(no source channel)</source>
        <translation>(no source channel)</translation>
    </message>
    <message>
        <source>%s: cost per lead %s this month against %s in the previous %d months</source>
        <translation>%s: cost per lead %s this month against %s in the previous %d months</translation>
    </message>
    <message>
        <source>Channel cost per lead jumps</source>
        <translation>Channel cost per lead jumps</translation>
    </message>
    <message>
        <source>This month's cost per lead of a channel against its cost per lead over the previous months, in per cent.</source>
        <translation>This month's cost per lead of a channel against its cost per lead over the previous months, in per cent.</translation>
    </message>
    <message>
        <source>Unknown attribution model '%s': use first, last or linear.</source>
        <translation>Unknown attribution model '%s': use first, last or linear.</translation>
    </message>
    <message>
        <source>first touch</source>
        <translation>first touch</translation>
    </message>
    <message>
        <source>last touch</source>
        <translation>last touch</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Trials</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>CPL</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
</context>
</TS>
