<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Promotion terms</source>
        <translation>Promotion terms</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Activity: %1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Approved by %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Ad copy submitted over its findings: %1</source>
        <translation>Ad copy submitted over its findings: %1</translation>
    </message>
    <message>
        <source>The ad copy has findings under the Advertising Law; reword it, or ask a manager to submit it with an override.</source>
        <translation>The ad copy has findings under the Advertising Law; reword it, or ask a manager to submit it with an override.</translation>
    </message>
    <message>
        <source>Submit copy with findings</source>
        <translation>Submit copy with findings</translation>
    </message>
    <message>
        <source>Why may this copy be published as it is? (recorded in the audit log)</source>
        <translation>Why may this copy be published as it is? (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Send back for approval?</source>
        <translation>Send back for approval?</translation>
    </message>
    <message>
        <source>The activity is approved. Changing its times, budget, copy or promotion terms sends it back for approval and releases its reserved budget until it is approved again. Go ahead?</source>
        <translation>The activity is approved. Changing its times, budget, copy or promotion terms sends it back for approval and releases its reserved budget until it is approved again. Go ahead?</translation>
    </message>
    <message>
        <source>The reason (the owner will see it):</source>
        <translation>The reason (the owner will see it):</translation>
    </message>
</context>
<context>
    <name>ActivityFigures</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
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
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Budget reserved</source>
        <translation>Budget reserved</translation>
    </message>
</context>
<context>
    <name>ActivityRowsPage</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>CampaignsFeature</name>
    <message>
        <source>New &amp;activity...</source>
        <translation>New &amp;activity...</translation>
    </message>
    <message>
        <source>Marketing &amp;plans...</source>
        <translation>Marketing &amp;plans...</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Link to this activity</source>
        <translation>Link to this activity</translation>
    </message>
    <message>
        <source>Linked claim lines and expenses</source>
        <translation>Linked claim lines and expenses</translation>
    </message>
    <message>
        <source>Not linked yet (within a month, same expense category)</source>
        <translation>Not linked yet (within a month, same expense category)</translation>
    </message>
    <message>
        <source>Deleted (not counted)</source>
        <translation>Deleted (not counted)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Spent %1 of a budget of %2</source>
        <translation>Spent %1 of a budget of %2</translation>
    </message>
    <message>
        <source>; %1 more in claims awaiting finance</source>
        <translation>; %1 more in claims awaiting finance</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>The school the activity is aimed at, if any</source>
        <translation>The school the activity is aimed at, if any</translation>
    </message>
    <message>
        <source>Goals, programme, division of work</source>
        <translation>Goals, programme, division of work</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Target school</source>
        <translation>Target school</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Marketing plan</source>
        <translation>Marketing plan</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <source>Expense category</source>
        <translation>Expense category</translation>
    </message>
    <message>
        <source>Plan and notes</source>
        <translation>Plan and notes</translation>
    </message>
    <message>
        <source>Ad copy (checked against the Advertising Law)</source>
        <translation>Ad copy (checked against the Advertising Law)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Left in this category for %1-%2 after other activities: %3</source>
        <translation>Left in this category for %1-%2 after other activities: %3</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 of %2 ready</translation>
    </message>
    <message>
        <source>Material %1: the quantity is a whole number</source>
        <translation>Material %1: the quantity is a whole number</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <source>Marketing plans</source>
        <translation>Marketing plans</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Goal: leads</source>
        <translation>Goal: leads</translation>
    </message>
    <message>
        <source>Goal: trial classes</source>
        <translation>Goal: trial classes</translation>
    </message>
    <message>
        <source>Goal: enrollments</source>
        <translation>Goal: enrollments</translation>
    </message>
    <message>
        <source>Goal: revenue (yuan)</source>
        <translation>Goal: revenue (yuan)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Expense category</source>
        <translation>Expense category</translation>
    </message>
    <message>
        <source>Planned (yuan)</source>
        <translation>Planned (yuan)</translation>
    </message>
    <message>
        <source>Approved budget</source>
        <translation>Approved budget</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Check against the approved budget</source>
        <translation>Check against the approved budget</translation>
    </message>
    <message>
        <source>Budget per expense category</source>
        <translation>Budget per expense category</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation>Plan against actual</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Planned activities (double-click to open)</source>
        <translation>Planned activities (double-click to open)</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>New (not saved)</source>
        <translation>New (not saved)</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approved by %1</translation>
    </message>
    <message>
        <source>Over the approved budget by %1 in total.</source>
        <translation>Over the approved budget by %1 in total.</translation>
    </message>
    <message>
        <source>Why is it returned?</source>
        <translation>Why is it returned?</translation>
    </message>
    <message>
        <source>Budgets of its activities: %1 of the plan's %2</source>
        <translation>Budgets of its activities: %1 of the plan's %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Trial classes attended</source>
        <translation>Trial classes attended</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Budget spent</source>
        <translation>Budget spent</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <source>Leads from its activities</source>
        <translation>Leads from its activities</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>How it went: visitors, feedback, what to do differently next time</source>
        <translation>How it went: visitors, feedback, what to do differently next time</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Leads counted on paper</source>
        <translation>Leads counted on paper</translation>
    </message>
    <message>
        <source>Mobile of a customer to add as a lead</source>
        <translation>Mobile of a customer to add as a lead</translation>
    </message>
    <message>
        <source>Add lead</source>
        <translation>Add lead</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Leads captured</source>
        <translation>Leads captured</translation>
    </message>
    <message>
        <source>Add photo...</source>
        <translation>Add photo...</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>No customer you may see has this mobile.</source>
        <translation>No customer you may see has this mobile.</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Add a photo</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Role in the activity</source>
        <translation>Role in the activity</translation>
    </message>
    <message>
        <source>Tick the people working on the activity besides its owner.</source>
        <translation>Tick the people working on the activity besides its owner.</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Value (% or yuan)</source>
        <translation>Value (% or yuan)</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Group size</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Approved terms are locked: changing them sends the activity back for approval.</source>
        <translation>Approved terms are locked: changing them sends the activity back for approval.</translation>
    </message>
    <message>
        <source>Promotion term %1</source>
        <translation>Promotion term %1</translation>
    </message>
    <message>
        <source>the percentage is a number such as 15</source>
        <translation>the percentage is a number such as 15</translation>
    </message>
    <message>
        <source>the group size is a number</source>
        <translation>the group size is a number</translation>
    </message>
    <message>
        <source>dates are written 2026-07-01</source>
        <translation>dates are written 2026-07-01</translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <source>marketing plan</source>
        <comment>audit record</comment>
        <translation>marketing plan</translation>
    </message>
    <message>
        <source>plan budget line</source>
        <comment>audit record</comment>
        <translation>plan budget line</translation>
    </message>
    <message>
        <source>activity</source>
        <comment>audit record</comment>
        <translation>activity</translation>
    </message>
    <message>
        <source>activity team member</source>
        <comment>audit record</comment>
        <translation>activity team member</translation>
    </message>
    <message>
        <source>promotion terms</source>
        <comment>audit record</comment>
        <translation>promotion terms</translation>
    </message>
    <message>
        <source>activity material</source>
        <comment>audit record</comment>
        <translation>activity material</translation>
    </message>
    <message>
        <source>activity cost</source>
        <comment>audit record</comment>
        <translation>activity cost</translation>
    </message>
    <message>
        <source>activity lead</source>
        <comment>audit record</comment>
        <translation>activity lead</translation>
    </message>
    <message>
        <source>activity photo</source>
        <comment>audit record</comment>
        <translation>activity photo</translation>
    </message>
    <message>
        <source>Promotion</source>
        <comment>activity kind</comment>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Campus booth</source>
        <comment>activity kind</comment>
        <translation>Campus booth</translation>
    </message>
    <message>
        <source>Lecture</source>
        <comment>activity kind</comment>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Community event</source>
        <comment>activity kind</comment>
        <translation>Community event</translation>
    </message>
    <message>
        <source>Ad placement</source>
        <comment>activity kind</comment>
        <translation>Ad placement</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <comment>activity kind</comment>
        <translation>Exhibition</translation>
    </message>
    <message>
        <source>Partner event</source>
        <comment>activity kind</comment>
        <translation>Partner event</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <comment>term kind</comment>
        <translation>Percentage off</translation>
    </message>
    <message>
        <source>Fixed amount off</source>
        <comment>term kind</comment>
        <translation>Fixed amount off</translation>
    </message>
    <message>
        <source>Gift</source>
        <comment>term kind</comment>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Group purchase</source>
        <comment>term kind</comment>
        <translation>Group purchase</translation>
    </message>
    <message>
        <source>%s is required.</source>
        <translation>%s is required.</translation>
    </message>
    <message>
        <source>%s must be a local time without a time zone.</source>
        <translation>%s must be a local time without a time zone.</translation>
    </message>
    <message>
        <source>%s (%s) is out of range.</source>
        <translation>%s (%s) is out of range.</translation>
    </message>
    <message>
        <source>The start</source>
        <translation>The start</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>The end</translation>
    </message>
    <message>
        <source>The activity ends before it starts.</source>
        <translation>The activity ends before it starts.</translation>
    </message>
    <message>
        <source>An activity lasts a year at most.</source>
        <translation>An activity lasts a year at most.</translation>
    </message>
    <message>
        <source>%s must be a whole number of at least %d.</source>
        <translation>%s must be a whole number of at least %d.</translation>
    </message>
    <message>
        <source>%s is too large.</source>
        <translation>%s is too large.</translation>
    </message>
    <message>
        <source>Promotion term %d</source>
        <translation>Promotion term %d</translation>
    </message>
    <message>
        <source>%s: choose what is offered.</source>
        <translation>%s: choose what is offered.</translation>
    </message>
    <message>
        <source>%s: a percentage off is between 0.01%% and 99.99%%.</source>
        <translation>%s: a percentage off is between 0.01%% and 99.99%%.</translation>
    </message>
    <message>
        <source>%s: name the gift.</source>
        <translation>%s: name the gift.</translation>
    </message>
    <message>
        <source>%s: the validity needs dates.</source>
        <translation>%s: the validity needs dates.</translation>
    </message>
    <message>
        <source>%s: the validity ends before it starts.</source>
        <translation>%s: the validity ends before it starts.</translation>
    </message>
    <message>
        <source>Material %d</source>
        <translation>Material %d</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>Choose the kind of activity.</source>
        <translation>Choose the kind of activity.</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>The venue</translation>
    </message>
    <message>
        <source>The school</source>
        <translation>The school</translation>
    </message>
    <message>
        <source>The audience</source>
        <translation>The audience</translation>
    </message>
    <message>
        <source>The plan and notes</source>
        <translation>The plan and notes</translation>
    </message>
    <message>
        <source>The ad copy</source>
        <translation>The ad copy</translation>
    </message>
    <message>
        <source>A staff member no longer exists.</source>
        <translation>A staff member no longer exists.</translation>
    </message>
    <message>
        <source>The team role</source>
        <translation>The team role</translation>
    </message>
    <message>
        <source>The marketing plan no longer exists.</source>
        <translation>The marketing plan no longer exists.</translation>
    </message>
    <message>
        <source>The expense category no longer exists.</source>
        <translation>The expense category no longer exists.</translation>
    </message>
    <message>
        <source>Choose the expense category the budget is reserved in.</source>
        <translation>Choose the expense category the budget is reserved in.</translation>
    </message>
    <message>
        <source>Too many lines.</source>
        <translation>Too many lines.</translation>
    </message>
    <message>
        <source>%d (year)</source>
        <translation>%d (year)</translation>
    </message>
    <message>
        <source>%d Q%d</source>
        <translation>%d Q%d</translation>
    </message>
    <message>
        <source>%d-%02d</source>
        <translation>%d-%02d</translation>
    </message>
    <message>
        <source>Annual</source>
        <comment>plan period</comment>
        <translation>Annual</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <comment>plan period</comment>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>plan period</comment>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>%s must be a whole number from 0 to %d.</source>
        <translation>%s must be a whole number from 0 to %d.</translation>
    </message>
    <message>
        <source>Choose annual, quarterly or monthly.</source>
        <translation>Choose annual, quarterly or monthly.</translation>
    </message>
    <message>
        <source>Choose the quarter (1 to 4).</source>
        <translation>Choose the quarter (1 to 4).</translation>
    </message>
    <message>
        <source>Choose the month (1 to 12).</source>
        <translation>Choose the month (1 to 12).</translation>
    </message>
    <message>
        <source>The leads goal</source>
        <translation>The leads goal</translation>
    </message>
    <message>
        <source>The trials goal</source>
        <translation>The trials goal</translation>
    </message>
    <message>
        <source>The enrollments goal</source>
        <translation>The enrollments goal</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>The marketing plan no longer exists (#%s).</source>
        <translation>The marketing plan no longer exists (#%s).</translation>
    </message>
    <message>
        <source>There is a plan for %s already.</source>
        <translation>There is a plan for %s already.</translation>
    </message>
    <message>
        <source>A %s plan can no longer be edited.</source>
        <translation>A %s plan can no longer be edited.</translation>
    </message>
    <message>
        <source>Only the plan's author or a manager may change it.</source>
        <translation>Only the plan's author or a manager may change it.</translation>
    </message>
    <message>
        <source>Unknown action: %s</source>
        <translation>Unknown action: %s</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>The plan's budget is over the approved budget: %s.</source>
        <translation>The plan's budget is over the approved budget: %s.</translation>
    </message>
    <message>
        <source>%s by %s</source>
        <translation>%s by %s</translation>
    </message>
    <message>
        <source>%s ended %d days ago; the summary is written but the activity is not completed</source>
        <translation>%s ended %d days ago; the summary is written but the activity is not completed</translation>
    </message>
    <message>
        <source>%s ended %d days ago and has no summary</source>
        <translation>%s ended %d days ago and has no summary</translation>
    </message>
    <message>
        <source>Activity over without a summary</source>
        <translation>Activity over without a summary</translation>
    </message>
    <message>
        <source>Approved or running activities whose end date passed the set days ago and that are not completed with their summary.</source>
        <translation>Approved or running activities whose end date passed the set days ago and that are not completed with their summary.</translation>
    </message>
    <message>
        <source>Only the activity's owner, its team or a manager may change it.</source>
        <translation>Only the activity's owner, its team or a manager may change it.</translation>
    </message>
    <message>
        <source>The activity no longer exists (#%s).</source>
        <translation>The activity no longer exists (#%s).</translation>
    </message>
    <message>
        <source>A %s activity can no longer be changed.</source>
        <translation>A %s activity can no longer be changed.</translation>
    </message>
    <message>
        <source>The activity is running: its times, budget, copy and promotion terms can no longer be changed.</source>
        <translation>The activity is running: its times, budget, copy and promotion terms can no longer be changed.</translation>
    </message>
    <message>
        <source>The activity is approved: changing its times, budget, copy or promotion terms sends it back for approval.</source>
        <translation>The activity is approved: changing its times, budget, copy or promotion terms sends it back for approval.</translation>
    </message>
    <message>
        <source>sent back for approval</source>
        <translation>sent back for approval</translation>
    </message>
    <message>
        <source>A %s activity cannot be moved.</source>
        <translation>A %s activity cannot be moved.</translation>
    </message>
    <message>
        <source>The ad copy has %d finding(s) under the Advertising Law: %s. Reword it, or a manager submits it with an override and a reason.</source>
        <translation>The ad copy has %d finding(s) under the Advertising Law: %s. Reword it, or a manager submits it with an override and a reason.</translation>
    </message>
    <message>
        <source>Only a manager may submit ad copy with findings (override with a reason).</source>
        <translation>Only a manager may submit ad copy with findings (override with a reason).</translation>
    </message>
    <message>
        <source>Write the activity's summary (leads, cost, notes) before completing it.</source>
        <translation>Write the activity's summary (leads, cost, notes) before completing it.</translation>
    </message>
    <message>
        <source>The budget of %s for %d-%02d has %s left after the other activities' reservations; this activity needs %s. Lower its budget or request a budget adjustment.</source>
        <translation>The budget of %s for %d-%02d has %s left after the other activities' reservations; this activity needs %s. Lower its budget or request a budget adjustment.</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>The summary</translation>
    </message>
    <message>
        <source>Other leads must be a whole number of at least 0.</source>
        <translation>Other leads must be a whole number of at least 0.</translation>
    </message>
    <message>
        <source>The summary is written once the activity has started.</source>
        <translation>The summary is written once the activity has started.</translation>
    </message>
    <message>
        <source>Photos are JPEG, PNG or WebP images.</source>
        <translation>Photos are JPEG, PNG or WebP images.</translation>
    </message>
    <message>
        <source>A photo is at most 8 MB.</source>
        <translation>A photo is at most 8 MB.</translation>
    </message>
    <message>
        <source>The file name</source>
        <translation>The file name</translation>
    </message>
    <message>
        <source>Photos are added once the activity has started.</source>
        <translation>Photos are added once the activity has started.</translation>
    </message>
    <message>
        <source>The photo no longer exists.</source>
        <translation>The photo no longer exists.</translation>
    </message>
    <message>
        <source>A completed activity keeps its photos.</source>
        <translation>A completed activity keeps its photos.</translation>
    </message>
    <message>
        <source>Leads are captured at approved activities (this one is %s).</source>
        <translation>Leads are captured at approved activities (this one is %s).</translation>
    </message>
    <message>
        <source>A customer no longer exists.</source>
        <translation>A customer no longer exists.</translation>
    </message>
    <message>
        <source>The capture time is a local time.</source>
        <translation>The capture time is a local time.</translation>
    </message>
    <message>
        <source>%d lead(s)</source>
        <translation>%d lead(s)</translation>
    </message>
    <message>
        <source>A completed activity keeps its leads.</source>
        <translation>A completed activity keeps its leads.</translation>
    </message>
    <message>
        <source>The lead is not linked to this activity.</source>
        <translation>The lead is not linked to this activity.</translation>
    </message>
    <message>
        <source>Choose one claim line or one direct expense.</source>
        <translation>Choose one claim line or one direct expense.</translation>
    </message>
    <message>
        <source>A %s activity's costs can no longer be changed.</source>
        <translation>A %s activity's costs can no longer be changed.</translation>
    </message>
    <message>
        <source>Link the original expense; its reversal follows it.</source>
        <translation>Link the original expense; its reversal follows it.</translation>
    </message>
    <message>
        <source>The claim line or expense no longer exists.</source>
        <translation>The claim line or expense no longer exists.</translation>
    </message>
    <message>
        <source>That spend already counts for an activity.</source>
        <translation>That spend already counts for an activity.</translation>
    </message>
    <message>
        <source>Marketing plan to approve: %s</source>
        <translation>Marketing plan to approve: %s</translation>
    </message>
    <message>
        <source>Activity to approve: %s</source>
        <translation>Activity to approve: %s</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>activity status</comment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>activity status</comment>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>activity status</comment>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>activity status</comment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>activity status</comment>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>activity status</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>activity status</comment>
        <translation>Cancelled</translation>
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
        <source>Returned</source>
        <comment>plan status</comment>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <comment>activity action</comment>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>Approve</source>
        <comment>activity action</comment>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>activity action</comment>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Revise</source>
        <comment>activity action</comment>
        <translation>Revise</translation>
    </message>
    <message>
        <source>Send back for approval</source>
        <comment>activity action</comment>
        <translation>Send back for approval</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>activity action</comment>
        <translation>Start</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>activity action</comment>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Cancel activity</source>
        <comment>activity action</comment>
        <translation>Cancel activity</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>plan action</comment>
        <translation>Return</translation>
    </message>
    <message>
        <source>An activity that is %s cannot be changed that way (%s).</source>
        <translation>An activity that is %s cannot be changed that way (%s).</translation>
    </message>
    <message>
        <source>A plan that is %s cannot be changed that way (%s).</source>
        <translation>A plan that is %s cannot be changed that way (%s).</translation>
    </message>
</context>
</TS>
