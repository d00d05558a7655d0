<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Request a budget adjustment for %1</source>
        <translation>Request a budget adjustment for %1</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>e.g. 5,000 to add, -2,000 to reduce</source>
        <translation>e.g. 5,000 to add, -2,000 to reduce</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>&amp;Amount (yuan):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>AdjustmentsPanel</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Request adjustment…</source>
        <translation>Request adjustment…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <source>No adjustments for this year. Once the plan is approved, a change of budget is requested here (Ctrl+N) and approved by a manager.</source>
        <translation>No adjustments for this year. Once the plan is approved, a change of budget is requested here (Ctrl+N) and approved by a manager.</translation>
    </message>
    <message>
        <source>Reject the adjustment</source>
        <translation>Reject the adjustment</translation>
    </message>
    <message>
        <source>Why is the adjustment rejected?</source>
        <translation>Why is the adjustment rejected?</translation>
    </message>
</context>
<context>
    <name>BudgetFeature</name>
    <message>
        <source>Budget vs spend</source>
        <translation>Budget vs spend</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>BudgetReportTab</name>
    <message>
        <source> Month:</source>
        <translation> Month:</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Cumulative (year to date)</source>
        <translation>Cumulative (year to date)</translation>
    </message>
    <message>
        <source>Show rows…</source>
        <translation>Show rows…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Save charts as PNG…</source>
        <translation>Save charts as PNG…</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Report as PDF…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Red: over budget (spend + committed above the effective budget). Amber: spending ahead of the time-prorated budget. Double-click a row to see the claim lines and expenses.</source>
        <translation>Red: over budget (spend + committed above the effective budget). Amber: spending ahead of the time-prorated budget. Double-click a row to see the claim lines and expenses.</translation>
    </message>
    <message>
        <source>There is no budget plan for %1 yet: every expense counts as over budget.</source>
        <translation>There is no budget plan for %1 yet: every expense counts as over budget.</translation>
    </message>
    <message>
        <source>The %1 budget plan is not approved yet: only approved plans count.</source>
        <translation>The %1 budget plan is not approved yet: only approved plans count.</translation>
    </message>
    <message>
        <source>%1, January–%2</source>
        <translation>%1, January–%2</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Export budget vs spend</source>
        <translation>Export budget vs spend</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Save charts as PNG</source>
        <translation>Save charts as PNG</translation>
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
    <name>BudgetTab</name>
    <message>
        <source>Annual plan</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Direct expenses</source>
        <translation>Direct expenses</translation>
    </message>
    <message>
        <source>Categories and standards</source>
        <translation>Categories and standards</translation>
    </message>
</context>
<context>
    <name>BurnChart</name>
    <message>
        <source>Cumulative spend against the budget</source>
        <translation>Cumulative spend against the budget</translation>
    </message>
    <message>
        <source>Budget (cumulative)</source>
        <translation>Budget (cumulative)</translation>
    </message>
    <message>
        <source>Spend (cumulative)</source>
        <translation>Spend (cumulative)</translation>
    </message>
    <message>
        <source>Month %1: budget to date %2</source>
        <translation>Month %1: budget to date %2</translation>
    </message>
    <message>
        <source>, spend to date %1</source>
        <translation>, spend to date %1</translation>
    </message>
</context>
<context>
    <name>CategoriesPanel</name>
    <message>
        <source>New category…</source>
        <translation>New category…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Limit per claim</source>
        <translation>Limit per claim</translation>
    </message>
    <message>
        <source>Limit per line</source>
        <translation>Limit per line</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Lines over a category's limit are flagged on the claim and confirmed when it is submitted and approved.</source>
        <translation>Lines over a category's limit are flagged on the claim and confirmed when it is submitted and approved.</translation>
    </message>
</context>
<context>
    <name>CategoryBars</name>
    <message>
        <source>Budget vs actual by category</source>
        <translation>Budget vs actual by category</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>%1: budget %2, spend %3, committed %4, remaining %5</source>
        <translation>%1: budget %2, spend %3, committed %4, remaining %5</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Expense category</source>
        <translation>Expense category</translation>
    </message>
    <message>
        <source>New expense category</source>
        <translation>New expense category</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>empty = no limit</source>
        <translation>empty = no limit</translation>
    </message>
    <message>
        <source>Limit per &amp;claim (yuan):</source>
        <translation>Limit per &amp;claim (yuan):</translation>
    </message>
    <message>
        <source>Limit per &amp;line (yuan):</source>
        <translation>Limit per &amp;line (yuan):</translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation>&amp;Standard:</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
</context>
<context>
    <name>ClaimDetails</name>
    <message>
        <source>Not submitted yet.</source>
        <translation>Not submitted yet.</translation>
    </message>
    <message>
        <source>Select a claim to see its lines and history.</source>
        <translation>Select a claim to see its lines and history.</translation>
    </message>
    <message>
        <source>Approval history</source>
        <translation>Approval history</translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation>Returned:</translation>
    </message>
    <message>
        <source>Approved over budget:</source>
        <translation>Approved over budget:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Scanned invoices:</source>
        <translation>Scanned invoices:</translation>
    </message>
    <message>
        <source>Paper attachments:</source>
        <translation>Paper attachments:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Reimbursement claim</source>
        <translation>Reimbursement claim</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Claim:</translation>
    </message>
    <message>
        <source>What the expenses were for (事由)</source>
        <translation>What the expenses were for (事由)</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>Channel (typed before):</source>
        <translation>Channel (typed before):</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(no channel)</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>Scanned invoices:</source>
        <translation>Scanned invoices:</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>A&amp;ttach…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Paper atta&amp;chments:</source>
        <translation>Paper atta&amp;chments:</translation>
    </message>
    <message>
        <source> sheet(s)</source>
        <translation> sheet(s)</translation>
    </message>
    <message>
        <source>The paper invoices and receipts handed in with the printed form.</source>
        <translation>The paper invoices and receipts handed in with the printed form.</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Checks:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>Su&amp;bmit</translation>
    </message>
    <message>
        <source>Save and submit for approval (Ctrl+Enter)</source>
        <translation>Save and submit for approval (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Approv&amp;e</source>
        <translation>Approv&amp;e</translation>
    </message>
    <message>
        <source>Ret&amp;urn…</source>
        <translation>Ret&amp;urn…</translation>
    </message>
    <message>
        <source>&amp;Mark paid</source>
        <translation>&amp;Mark paid</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(new, numbered when saved)</source>
        <translation>(new, numbered when saved)</translation>
    </message>
    <message>
        <source>Reimbursement claim %1</source>
        <translation>Reimbursement claim %1</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Returned: %1</translation>
    </message>
    <message>
        <source>Approval history</source>
        <translation>Approval history</translation>
    </message>
    <message>
        <source>Total: %1  (%2)</source>
        <translation>Total: %1  (%2)</translation>
    </message>
    <message>
        <source>Saved claims are checked against the budget and the reimbursement standards.</source>
        <translation>Saved claims are checked against the budget and the reimbursement standards.</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <source>Attach scanned invoices</source>
        <translation>Attach scanned invoices</translation>
    </message>
    <message>
        <source>Invoices (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</source>
        <translation>Invoices (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to this claim before closing?</source>
        <translation>Save the changes to this claim before closing?</translation>
    </message>
</context>
<context>
    <name>ClaimFlows</name>
    <message>
        <source>Return the claim</source>
        <translation>Return the claim</translation>
    </message>
    <message>
        <source>Why is the claim returned? The claimant sees this reason.</source>
        <translation>Why is the claim returned? The claimant sees this reason.</translation>
    </message>
    <message>
        <source>Approve over the budget</source>
        <translation>Approve over the budget</translation>
    </message>
    <message>
        <source>Give the reason for approving this claim over the budget (recorded in the audit log):</source>
        <translation>Give the reason for approving this claim over the budget (recorded in the audit log):</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>ClaimLinesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Invoice code</source>
        <translation>Invoice code</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Line %1: enter the amount.</source>
        <translation>Line %1: enter the amount.</translation>
    </message>
    <message>
        <source>Line %1: choose an expense category.</source>
        <translation>Line %1: choose an expense category.</translation>
    </message>
</context>
<context>
    <name>ClaimListModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ClaimsFeature</name>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <source>My claims</source>
        <translation>My claims</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>To approve</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>All claims</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>New claim</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Mark paid</translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation>Cancel claim</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Number, purpose or claimant</source>
        <translation>Number, purpose or claimant</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Any claimant</source>
        <translation>Any claimant</translation>
    </message>
    <message numerus="yes">
        <source>To approve: %n claim(s), %1</source>
        <translation>
            <numerusform>To approve: %n claim, %1</numerusform>
            <numerusform>To approve: %n claims, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To pay: %n claim(s), %1</source>
        <translation>
            <numerusform>To pay: %n claim, %1</numerusform>
            <numerusform>To pay: %n claims, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims match the filters.</source>
        <translation>No claims match the filters.</translation>
    </message>
    <message>
        <source>You have no claims yet.
Press Ctrl+N to start a reimbursement claim.</source>
        <translation>You have no claims yet.
Press Ctrl+N to start a reimbursement claim.</translation>
    </message>
    <message>
        <source>Nothing is waiting for you. 👍</source>
        <translation>Nothing is waiting for you. 👍</translation>
    </message>
    <message>
        <source>No claims yet.</source>
        <translation>No claims yet.</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>%1 rows · spend %2 · committed %3</source>
        <translation>%1 rows · spend %2 · committed %3</translation>
    </message>
    <message>
        <source>Nothing was spent here.</source>
        <translation>Nothing was spent here.</translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <source>Claim line</source>
        <translation>Claim line</translation>
    </message>
    <message>
        <source>Direct expense</source>
        <translation>Direct expense</translation>
    </message>
    <message>
        <source> (committed)</source>
        <translation> (committed)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Claimant / payee</source>
        <translation>Claimant / payee</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <source>Record a direct expense</source>
        <translation>Record a direct expense</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>&amp;Amount (yuan):</translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation>&amp;Payee:</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(no channel)</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>10 or 12 digits; empty for an all-electronic invoice</source>
        <translation>10 or 12 digits; empty for an all-electronic invoice</translation>
    </message>
    <message>
        <source>Invoice &amp;code:</source>
        <translation>Invoice &amp;code:</translation>
    </message>
    <message>
        <source>8 digits, or the 20-digit all-electronic number</source>
        <translation>8 digits, or the 20-digit all-electronic number</translation>
    </message>
    <message>
        <source>Invoice &amp;number:</source>
        <translation>Invoice &amp;number:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>ExpensesPanel</name>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Record expense…</source>
        <translation>Record expense…</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>Reverse…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reversal of #%1: </source>
        <translation>Reversal of #%1: </translation>
    </message>
    <message>
        <source> (reversed)</source>
        <translation> (reversed)</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>%1 entries, net %2</source>
        <translation>%1 entries, net %2</translation>
    </message>
    <message>
        <source>No direct expenses in this period. Finance records spending that does not come through a claim here (Ctrl+N).</source>
        <translation>No direct expenses in this period. Finance records spending that does not come through a claim here (Ctrl+N).</translation>
    </message>
    <message>
        <source>Reverse the expense</source>
        <translation>Reverse the expense</translation>
    </message>
    <message>
        <source>A reversing entry of %1 is booked; the original stays. Why?</source>
        <translation>A reversing entry of %1 is booked; the original stays. Why?</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Spread evenly…</source>
        <translation>Spread evenly…</translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation>Paste from Excel</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>What the plan is based on (annual marketing plan, enrolment targets…)</source>
        <translation>What the plan is based on (annual marketing plan, enrolment targets…)</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation>Not an amount</translation>
    </message>
    <message>
        <source>Amounts in yuan. Type into a cell, paste a block copied from Excel (Ctrl+V) at the selected cell, or spread a yearly amount evenly over the months.</source>
        <translation>Amounts in yuan. Type into a cell, paste a block copied from Excel (Ctrl+V) at the selected cell, or spread a yearly amount evenly over the months.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The plan has unsaved changes. Save them first?</source>
        <translation>The plan has unsaved changes. Save them first?</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <source>approved by %1 on %2</source>
        <translation>approved by %1 on %2</translation>
    </message>
    <message>
        <source>Returned by finance: %1</source>
        <translation>Returned by finance: %1</translation>
    </message>
    <message>
        <source>Spread evenly</source>
        <translation>Spread evenly</translation>
    </message>
    <message>
        <source>Select a category row first.</source>
        <translation>Select a category row first.</translation>
    </message>
    <message>
        <source>Yearly amount for %1, spread over the twelve months:</source>
        <translation>Yearly amount for %1, spread over the twelve months:</translation>
    </message>
    <message>
        <source>Approve the plan</source>
        <translation>Approve the plan</translation>
    </message>
    <message>
        <source>Approve the %1 budget plan of %2? It cannot be changed afterwards; changes then go through adjustments.</source>
        <translation>Approve the %1 budget plan of %2? It cannot be changed afterwards; changes then go through adjustments.</translation>
    </message>
    <message>
        <source>Return the plan</source>
        <translation>Return the plan</translation>
    </message>
    <message>
        <source>Why is the plan returned to its editor?</source>
        <translation>Why is the plan returned to its editor?</translation>
    </message>
</context>
<context>
    <name>PlanGridModel</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Year total</source>
        <translation>Year total</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Effective budget</source>
        <translation>Effective budget</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>% used</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Budget prorated to date: %1</source>
        <translation>Budget prorated to date: %1</translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <source>Pending</source>
        <comment>adjustment status</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>adjustment status</comment>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>adjustment status</comment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>An adjustment needs a non-zero amount (negative to reduce the budget).</source>
        <translation>An adjustment needs a non-zero amount (negative to reduce the budget).</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>The %d budget plan is not approved yet: change the plan itself instead of requesting an adjustment.</source>
        <translation>The %d budget plan is not approved yet: change the plan itself instead of requesting an adjustment.</translation>
    </message>
    <message>
        <source>Unknown action: %s</source>
        <translation>Unknown action: %s</translation>
    </message>
    <message>
        <source>This adjustment is %s already.</source>
        <translation>This adjustment is %s already.</translation>
    </message>
    <message>
        <source>%s in month %d has an effective budget of %s; it cannot be reduced by %s.</source>
        <translation>%s in month %d has an effective budget of %s; it cannot be reduced by %s.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>A reimbursement limit must be a positive amount (leave it empty for no limit).</source>
        <translation>A reimbursement limit must be a positive amount (leave it empty for no limit).</translation>
    </message>
    <message>
        <source>The standard note</source>
        <translation>The standard note</translation>
    </message>
    <message>
        <source>The category '%s' exists already.</source>
        <translation>The category '%s' exists already.</translation>
    </message>
    <message>
        <source>The expense date</source>
        <translation>The expense date</translation>
    </message>
    <message>
        <source>The channel</source>
        <translation>The channel</translation>
    </message>
    <message>
        <source>The payee</source>
        <translation>The payee</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>A reversing entry cannot itself be reversed.</source>
        <translation>A reversing entry cannot itself be reversed.</translation>
    </message>
    <message>
        <source>This expense was already reversed.</source>
        <translation>This expense was already reversed.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Effective budget</source>
        <translation>Effective budget</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>% used</translation>
    </message>
    <message>
        <source>Prorated budget</source>
        <translation>Prorated budget</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Budget vs spend</source>
        <translation>Budget vs spend</translation>
    </message>
    <message>
        <source>%d, January to month %d (cumulative)</source>
        <translation>%d, January to month %d (cumulative)</translation>
    </message>
    <message>
        <source>%d, month %d</source>
        <translation>%d, month %d</translation>
    </message>
    <message>
        <source>As of %s</source>
        <translation>As of %s</translation>
    </message>
    <message>
        <source>There must be at least one month.</source>
        <translation>There must be at least one month.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Row %d, column %d: %s</source>
        <translation>Row %d, column %d: %s</translation>
    </message>
    <message>
        <source>The invoice code '%s' may contain digits only.</source>
        <translation>The invoice code '%s' may contain digits only.</translation>
    </message>
    <message>
        <source>The invoice number '%s' may contain digits only.</source>
        <translation>The invoice number '%s' may contain digits only.</translation>
    </message>
    <message>
        <source>The invoice code '%s' must have 10 or 12 digits.</source>
        <translation>The invoice code '%s' must have 10 or 12 digits.</translation>
    </message>
    <message>
        <source>With an invoice code, the invoice number must have 8 digits (got '%s').</source>
        <translation>With an invoice code, the invoice number must have 8 digits (got '%s').</translation>
    </message>
    <message>
        <source>'%s' is not an invoice number: an all-electronic invoice number has 20 digits; a paper invoice also needs its 10- or 12-digit invoice code.</source>
        <translation>'%s' is not an invoice number: an all-electronic invoice number has 20 digits; a paper invoice also needs its 10- or 12-digit invoice code.</translation>
    </message>
    <message>
        <source>Invoice %s is already claimed on claim %s.</source>
        <translation>Invoice %s is already claimed on claim %s.</translation>
    </message>
    <message>
        <source>Invoice %s is already booked as direct expense #%d of %s.</source>
        <translation>Invoice %s is already booked as direct expense #%d of %s.</translation>
    </message>
    <message>
        <source>Over budget</source>
        <comment>budget pace</comment>
        <translation>Over budget</translation>
    </message>
    <message>
        <source>Ahead of pace</source>
        <comment>budget pace</comment>
        <translation>Ahead of pace</translation>
    </message>
    <message>
        <source>On pace</source>
        <comment>budget pace</comment>
        <translation>On pace</translation>
    </message>
    <message>
        <source>No budget</source>
        <comment>budget pace</comment>
        <translation>No budget</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>plan status</comment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>plan status</comment>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>plan status</comment>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Amounts are whole fen.</source>
        <translation>Amounts are whole fen.</translation>
    </message>
    <message>
        <source>A budget amount cannot be negative (month %d).</source>
        <translation>A budget amount cannot be negative (month %d).</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>The purpose</translation>
    </message>
    <message>
        <source>An expense category no longer exists.</source>
        <translation>An expense category no longer exists.</translation>
    </message>
    <message>
        <source>A budget plan for %d exists already.</source>
        <translation>A budget plan for %d exists already.</translation>
    </message>
    <message>
        <source>The %d plan is %s and can no longer be edited; request a budget adjustment instead.</source>
        <translation>The %d plan is %s and can no longer be edited; request a budget adjustment instead.</translation>
    </message>
    <message>
        <source>The %d plan is %s; this cannot be done now.</source>
        <translation>The %d plan is %s; this cannot be done now.</translation>
    </message>
    <message>
        <source>The plan has no amounts to submit.</source>
        <translation>The plan has no amounts to submit.</translation>
    </message>
    <message>
        <source>%s: %s%% of the month's budget spent, %s%% of the month gone (%s)</source>
        <translation>%s: %s%% of the month's budget spent, %s%% of the month gone (%s)</translation>
    </message>
    <message>
        <source>Budget category ahead of pace</source>
        <translation>Budget category ahead of pace</translation>
    </message>
    <message>
        <source>This month's spend share of a category's budget minus the share of the month gone, in points.</source>
        <translation>This month's spend share of a category's budget minus the share of the month gone, in points.</translation>
    </message>
    <message>
        <source>Budget plan %d to approve</source>
        <translation>Budget plan %d to approve</translation>
    </message>
    <message>
        <source>Total %s</source>
        <translation>Total %s</translation>
    </message>
    <message>
        <source>Budget adjustment to decide: %s %d-%02d</source>
        <translation>Budget adjustment to decide: %s %d-%02d</translation>
    </message>
    <message>
        <source>Claim %s has no scanned invoices and no paper attachments: check the invoices before approving or paying it.</source>
        <translation>Claim %s has no scanned invoices and no paper attachments: check the invoices before approving or paying it.</translation>
    </message>
    <message>
        <source>The signature must be a PNG image under 2 MB.</source>
        <translation>The signature must be a PNG image under 2 MB.</translation>
    </message>
    <message>
        <source>The override reason</source>
        <translation>The override reason</translation>
    </message>
    <message>
        <source>The claim %s is deleted.</source>
        <translation>The claim %s is deleted.</translation>
    </message>
    <message>
        <source>Say why the claim is returned.</source>
        <translation>Say why the claim is returned.</translation>
    </message>
    <message>
        <source>confirmed warnings:</source>
        <translation>confirmed warnings:</translation>
    </message>
    <message>
        <source>The claim has no lines.</source>
        <translation>The claim has no lines.</translation>
    </message>
    <message>
        <source>Line %d has no invoice: enter the invoice code and number, or the 20-digit all-electronic invoice number.</source>
        <translation>Line %d has no invoice: enter the invoice code and number, or the 20-digit all-electronic invoice number.</translation>
    </message>
    <message>
        <source>The claim is over the budget and approving it needs the budget override permission. Ask for a budget adjustment or an administrator. %s</source>
        <translation>The claim is over the budget and approving it needs the budget override permission. Ask for a budget adjustment or an administrator. %s</translation>
    </message>
    <message>
        <source>The claim is over the budget: give a reason for approving it anyway. %s</source>
        <translation>The claim is over the budget: give a reason for approving it anyway. %s</translation>
    </message>
    <message>
        <source>'%s' is not a scanned invoice: attach a PDF or an image (PNG, JPEG, GIF, BMP, TIFF, WebP).</source>
        <translation>'%s' is not a scanned invoice: attach a PDF or an image (PNG, JPEG, GIF, BMP, TIFF, WebP).</translation>
    </message>
    <message>
        <source>over the %s limit of %s per line</source>
        <translation>over the %s limit of %s per line</translation>
    </message>
    <message>
        <source>%s on this claim total %s, over the limit of %s per claim</source>
        <translation>%s on this claim total %s, over the limit of %s per claim</translation>
    </message>
    <message>
        <source>line %s: %s</source>
        <translation>line %s: %s</translation>
    </message>
    <message>
        <source>lines %s: %s</source>
        <translation>lines %s: %s</translation>
    </message>
    <message>
        <source>Over the reimbursement standard: %s.</source>
        <translation>Over the reimbursement standard: %s.</translation>
    </message>
    <message>
        <source>Line %d: the expense of %s is older than %d days (the office's limit for claiming an expense).</source>
        <translation>Line %d: the expense of %s is older than %d days (the office's limit for claiming an expense).</translation>
    </message>
    <message>
        <source>Line %d: claim %s already has %s of %s on %s. Is this the same expense?</source>
        <translation>Line %d: claim %s already has %s of %s on %s. Is this the same expense?</translation>
    </message>
    <message>
        <source>%d has no approved budget: this claim's %s dated in %d is outside any budget.</source>
        <translation>%d has no approved budget: this claim's %s dated in %d is outside any budget.</translation>
    </message>
    <message>
        <source>%s, %d-%02d: this claim %s exceeds the remaining budget %s by %s (effective budget %s, spent %s, committed %s).</source>
        <translation>%s, %d-%02d: this claim %s exceeds the remaining budget %s by %s (effective budget %s, spent %s, committed %s).</translation>
    </message>
    <message>
        <source>The number of paper attachments must be between 0 and %d.</source>
        <translation>The number of paper attachments must be between 0 and %d.</translation>
    </message>
    <message>
        <source>A claim has at most %d lines.</source>
        <translation>A claim has at most %d lines.</translation>
    </message>
    <message>
        <source>the expense date %s is in the future.</source>
        <translation>the expense date %s is in the future.</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>The place</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>The description</translation>
    </message>
    <message>
        <source>Line %d: %s</source>
        <translation>Line %d: %s</translation>
    </message>
    <message>
        <source>Line %d: the invoice is the same as on line %d.</source>
        <translation>Line %d: the invoice is the same as on line %d.</translation>
    </message>
    <message>
        <source>The claim totals %s, over the limit of %s per claim.</source>
        <translation>The claim totals %s, over the limit of %s per claim.</translation>
    </message>
    <message>
        <source>The claim no longer exists.</source>
        <translation>The claim no longer exists.</translation>
    </message>
    <message>
        <source>A claim needs a user account as claimant.</source>
        <translation>A claim needs a user account as claimant.</translation>
    </message>
    <message>
        <source>Only a draft or cancelled claim can be deleted.</source>
        <translation>Only a draft or cancelled claim can be deleted.</translation>
    </message>
    <message>
        <source>The claim is not deleted.</source>
        <translation>The claim is not deleted.</translation>
    </message>
    <message>
        <source>'%s' is attached already.</source>
        <translation>'%s' is attached already.</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>The attachment no longer exists.</translation>
    </message>
    <message>
        <source>A draft claim is private to its claimant.</source>
        <translation>A draft claim is private to its claimant.</translation>
    </message>
    <message>
        <source>You may only see your own claims.</source>
        <translation>You may only see your own claims.</translation>
    </message>
    <message>
        <source>Only the claimant may change this claim.</source>
        <translation>Only the claimant may change this claim.</translation>
    </message>
    <message>
        <source>Claim %s is %s and can no longer be changed.</source>
        <translation>Claim %s is %s and can no longer be changed.</translation>
    </message>
    <message>
        <source>Line %d: choose an expense category.</source>
        <translation>Line %d: choose an expense category.</translation>
    </message>
    <message>
        <source>Line %d: the category %s is no longer in use.</source>
        <translation>Line %d: the category %s is no longer in use.</translation>
    </message>
    <message>
        <source>Could not number the claim; please save again.</source>
        <translation>Could not number the claim; please save again.</translation>
    </message>
    <message>
        <source>Claim %s to pay</source>
        <translation>Claim %s to pay</translation>
    </message>
    <message>
        <source>Claim %s to approve</source>
        <translation>Claim %s to approve</translation>
    </message>
    <message>
        <source>%d more claims waiting: see the Claims tab</source>
        <translation>%d more claims waiting: see the Claims tab</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>claim status</comment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>claim status</comment>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Department approved</source>
        <comment>claim status</comment>
        <translation>Department approved</translation>
    </message>
    <message>
        <source>Finance approved</source>
        <comment>claim status</comment>
        <translation>Finance approved</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>claim status</comment>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>claim status</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>submit</source>
        <comment>claim action</comment>
        <translation>submit</translation>
    </message>
    <message>
        <source>cancel</source>
        <comment>claim action</comment>
        <translation>cancel</translation>
    </message>
    <message>
        <source>approve</source>
        <comment>claim action</comment>
        <translation>approve</translation>
    </message>
    <message>
        <source>return</source>
        <comment>claim action</comment>
        <translation>return</translation>
    </message>
    <message>
        <source>mark as paid</source>
        <comment>claim action</comment>
        <translation>mark as paid</translation>
    </message>
    <message>
        <source>Claimant</source>
        <comment>claim step</comment>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>Department head</source>
        <comment>claim step</comment>
        <translation>Department head</translation>
    </message>
    <message>
        <source>Finance review</source>
        <comment>claim step</comment>
        <translation>Finance review</translation>
    </message>
    <message>
        <source>Cashier</source>
        <comment>claim step</comment>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>A claim that is %s cannot be %s.</source>
        <translation>A claim that is %s cannot be %s.</translation>
    </message>
    <message>
        <source>submitted</source>
        <comment>claim action past</comment>
        <translation>submitted</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>claim action past</comment>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>claim action past</comment>
        <translation>approved</translation>
    </message>
    <message>
        <source>returned</source>
        <comment>claim action past</comment>
        <translation>returned</translation>
    </message>
    <message>
        <source>paid</source>
        <comment>claim action past</comment>
        <translation>paid</translation>
    </message>
    <message>
        <source>Only the claimant may %s this claim.</source>
        <translation>Only the claimant may %s this claim.</translation>
    </message>
    <message>
        <source>You cannot %s your own claim.</source>
        <translation>You cannot %s your own claim.</translation>
    </message>
    <message>
        <source>Your account is not linked to a staff member, so it cannot %s a claim: approvals and payments are signed by a person. Ask the administrator to link your account to your staff record.</source>
        <translation>Your account is not linked to a staff member, so it cannot %s a claim: approvals and payments are signed by a person. Ask the administrator to link your account to your staff record.</translation>
    </message>
    <message>
        <source>You already signed the %s step of this claim: the %s step needs another person.</source>
        <translation>You already signed the %s step of this claim: the %s step needs another person.</translation>
    </message>
</context>
</TS>
