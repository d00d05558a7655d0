<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Assign owner…</source>
        <translation>Assign owner…</translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation>Set tier</translation>
    </message>
    <message>
        <source>Tier %s</source>
        <translation>Tier %s</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Add tag…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Remove tag…</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <source>Select one or more customers first.</source>
        <translation>Select one or more customers first.</translation>
    </message>
    <message>
        <source>Many customers</source>
        <translation>Many customers</translation>
    </message>
    <message numerus="yes">
        <source>This changes %n customers, each one audited. Continue?</source>
        <translation>
            <numerusform>This changes %n customers, each one audited. Continue?</numerusform>
            <numerusform>This changes %n customers, each one audited. Continue?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) changed.</source>
        <translation>
            <numerusform>%n customer changed.</numerusform>
            <numerusform>%n customers changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>Assign owner</translation>
    </message>
    <message numerus="yes">
        <source>New owner of %n customer(s):</source>
        <translation>
            <numerusform>New owner of %n customer:</numerusform>
            <numerusform>New owner of %n customers:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Delete customers</translation>
    </message>
    <message numerus="yes">
        <source>Move %n customer(s) to the deleted list? They can be restored.</source>
        <translation>
            <numerusform>Move %n customer to the deleted list? They can be restored.</numerusform>
            <numerusform>Move %n customers to the deleted list? They can be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Courses and channels</source>
        <translation>Courses and channels</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>Class hours</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
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
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>New channel</translation>
    </message>
    <message>
        <source>Online channel</source>
        <translation>Online channel</translation>
    </message>
    <message>
        <source>In use (offered for new customers)</source>
        <translation>In use (offered for new customers)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Record a complaint</source>
        <translation>Record a complaint</translation>
    </message>
    <message>
        <source>(me)</source>
        <translation>(me)</translation>
    </message>
    <message>
        <source>Teaching quality</source>
        <translation>Teaching quality</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Scheduling</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>Respond within</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <source>Handle complaint</source>
        <translation>Handle complaint</translation>
    </message>
    <message>
        <source>Response to the customer, or how it was resolved</source>
        <translation>Response to the customer, or how it was resolved</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>Offered (shown in the forms)</source>
        <translation>Offered (shown in the forms)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price (¥)</source>
        <translation>Price (¥)</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>Class hours</translation>
    </message>
</context>
<context>
    <name>CustomerColumns</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <translation>Guardian phone</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Course interests</source>
        <translation>Course interests</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Change the pipeline status</source>
        <translation>Change the pipeline status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>No history yet.</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <source>Plan follow-up…</source>
        <translation>Plan follow-up…</translation>
    </message>
    <message>
        <source>Book trial…</source>
        <translation>Book trial…</translation>
    </message>
    <message>
        <source>Enrollment…</source>
        <translation>Enrollment…</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>Complaint…</translation>
    </message>
    <message>
        <source>Double-click a trial, a planned follow-up or a complaint to record what happened.</source>
        <translation>Double-click a trial, a planned follow-up or a complaint to record what happened.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Customer %s</source>
        <translation>Customer %s</translation>
    </message>
    <message>
        <source>Status: %s ▾</source>
        <translation>Status: %s ▾</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Trial class</source>
        <translation>Trial class</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to this customer before closing?</source>
        <translation>Save the changes to this customer before closing?</translation>
    </message>
    <message>
        <source>What happened at the trial class on %s?</source>
        <translation>What happened at the trial class on %s?</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>CustomersFeature</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Find duplicates…</translation>
    </message>
    <message>
        <source>Courses and channels…</source>
        <translation>Courses and channels…</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation>Selected rows</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Search failed</translation>
    </message>
    <message>
        <source>Showing the first %d customers, counting…</source>
        <translation>Showing the first %d customers, counting…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches this search or filter.
Clear the search box or the filters to see all.</source>
        <translation>No customer matches this search or filter.
Clear the search box or the filters to see all.</translation>
    </message>
    <message>
        <source>No customers yet.
Press Ctrl+N to add the first one.</source>
        <translation>No customers yet.
Press Ctrl+N to add the first one.</translation>
    </message>
    <message>
        <source>No customers to show.</source>
        <translation>No customers to show.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find and merge duplicates</source>
        <translation>Find and merge duplicates</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Merging keeps the oldest customer of a group and moves every follow-up, trial, enrollment, complaint and status change of the others to it. Merged customers go to the deleted list.</source>
        <translation>Merging keeps the oldest customer of a group and moves every follow-up, trial, enrollment, complaint and status change of the others to it. Merged customers go to the deleted list.</translation>
    </message>
    <message>
        <source>Merge selected group</source>
        <translation>Merge selected group</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>No duplicates found.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Not merged</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Add an enrollment</source>
        <translation>Add an enrollment</translation>
    </message>
    <message>
        <source>(the customer's owner)</source>
        <translation>(the customer's owner)</translation>
    </message>
    <message>
        <source>(no course chosen)</source>
        <translation>(no course chosen)</translation>
    </message>
    <message>
        <source>Automatic (renewal if enrolled before)</source>
        <translation>Automatic (renewal if enrolled before)</translation>
    </message>
    <message>
        <source>First enrollment</source>
        <translation>First enrollment</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount paid (¥)</source>
        <translation>Amount paid (¥)</translation>
    </message>
    <message>
        <source>Discount (¥)</source>
        <translation>Discount (¥)</translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation>Class hours</translation>
    </message>
    <message>
        <source>Sales owner</source>
        <translation>Sales owner</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search: name, pinyin (zs), phone or last 4 digits, school  (Ctrl+F)</source>
        <translation>Search: name, pinyin (zs), phone or last 4 digits, school  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>Tier %s</source>
        <translation>Tier %s</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Any follow-up</translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation>Follow-up due today</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <source>Due or overdue</source>
        <translation>Due or overdue</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <source>Only customers with a complaint not yet resolved</source>
        <translation>Only customers with a complaint not yet resolved</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Active customers</translation>
    </message>
    <message>
        <source>Deleted customers</source>
        <translation>Deleted customers</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record follow-up</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <source>What was said, what the customer wants</source>
        <translation>What was said, what the customer wants</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Plan the next follow-up on</source>
        <translation>Plan the next follow-up on</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>PlanFollowUpDialog</name>
    <message>
        <source>Plan a follow-up</source>
        <translation>Plan a follow-up</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Minor (under 18)</source>
        <translation>Minor (under 18)</translation>
    </message>
    <message>
        <source>The guardian agreed that we keep this data</source>
        <translation>The guardian agreed that we keep this data</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Separate tags with commas</translation>
    </message>
    <message>
        <source>Agreed to be contacted</source>
        <translation>Agreed to be contacted</translation>
    </message>
    <message>
        <source>Open that customer</source>
        <translation>Open that customer</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <translation>Guardian phone</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Source event</source>
        <translation>Source event</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Course interests</source>
        <translation>Course interests</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Training needs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent given on %s</source>
        <translation>Consent given on %s</translation>
    </message>
    <message>
        <source>Already registered to a colleague's customer</source>
        <translation>Already registered to a colleague's customer</translation>
    </message>
    <message>
        <source>Already registered: %s (#%d)</source>
        <translation>Already registered: %s (#%d)</translation>
    </message>
    <message>
        <source>✓ %s</source>
        <translation>✓ %s</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change pipeline status</source>
        <translation>Change pipeline status</translation>
    </message>
    <message>
        <source>Required when the customer is lost</source>
        <translation>Required when the customer is lost</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Nothing due today. Well done!</source>
        <translation>Nothing due today. Well done!</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Follow-ups (%d)</source>
        <translation>Follow-ups (%d)</translation>
    </message>
    <message>
        <source>Trial classes (%d)</source>
        <translation>Trial classes (%d)</translation>
    </message>
    <message>
        <source>Overdue since %s</source>
        <translation>Overdue since %s</translation>
    </message>
    <message>
        <source>Trial class</source>
        <translation>Trial class</translation>
    </message>
    <message>
        <source>The outcome of this trial was never recorded.</source>
        <translation>The outcome of this trial was never recorded.</translation>
    </message>
    <message>
        <source>Complaints (%d)</source>
        <translation>Complaints (%d)</translation>
    </message>
    <message>
        <source>Respond by %s</source>
        <translation>Respond by %s</translation>
    </message>
    <message>
        <source>Today: %d due, %d overdue</source>
        <translation>Today: %d due, %d overdue</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Open customer</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>TrialDialog</name>
    <message>
        <source>Book a trial class</source>
        <translation>Book a trial class</translation>
    </message>
    <message>
        <source>(no course chosen)</source>
        <translation>(no course chosen)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <source>This customer belongs to another colleague.</source>
        <translation>This customer belongs to another colleague.</translation>
    </message>
    <message>
        <source>Only the customer's owner may change this customer.</source>
        <translation>Only the customer's owner may change this customer.</translation>
    </message>
    <message>
        <source>The customer no longer exists (#%s).</source>
        <translation>The customer no longer exists (#%s).</translation>
    </message>
    <message>
        <source>The name '%s' holds line breaks or a phone number: several rows of the file may have run together (a quote opened and not closed).</source>
        <translation>The name '%s' holds line breaks or a phone number: several rows of the file may have run together (a quote opened and not closed).</translation>
    </message>
    <message>
        <source>The name contains a text-direction control character, which may disguise it.</source>
        <translation>The name contains a text-direction control character, which may disguise it.</translation>
    </message>
    <message>
        <source>The name has no visible characters.</source>
        <translation>The name has no visible characters.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>customer field</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>customer field</comment>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Grade</source>
        <comment>customer field</comment>
        <translation>Grade</translation>
    </message>
    <message>
        <source>School</source>
        <comment>customer field</comment>
        <translation>School</translation>
    </message>
    <message>
        <source>Guardian</source>
        <comment>customer field</comment>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>District</source>
        <comment>customer field</comment>
        <translation>District</translation>
    </message>
    <message>
        <source>Training needs</source>
        <comment>customer field</comment>
        <translation>Training needs</translation>
    </message>
    <message>
        <source>Course interests</source>
        <comment>customer field</comment>
        <translation>Course interests</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>customer field</comment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Source event</source>
        <comment>customer field</comment>
        <translation>Source event</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <comment>customer field</comment>
        <translation>Consent wording</translation>
    </message>
    <message>
        <source>Tag</source>
        <comment>customer field</comment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Write what was said in the follow-up.</source>
        <translation>Write what was said in the follow-up.</translation>
    </message>
    <message>
        <source>The next follow-up cannot be in the past.</source>
        <translation>The next follow-up cannot be in the past.</translation>
    </message>
    <message>
        <source>This follow-up is done already.</source>
        <translation>This follow-up is done already.</translation>
    </message>
    <message>
        <source>The trial time needs a time zone.</source>
        <translation>The trial time needs a time zone.</translation>
    </message>
    <message>
        <source>No such course.</source>
        <translation>No such course.</translation>
    </message>
    <message>
        <source>Unknown trial status '%s'.</source>
        <translation>Unknown trial status '%s'.</translation>
    </message>
    <message>
        <source>A trial cannot go from '%s' to '%s'.</source>
        <translation>A trial cannot go from '%s' to '%s'.</translation>
    </message>
    <message>
        <source>The trial is on %s: its outcome can be recorded from then on.</source>
        <translation>The trial is on %s: its outcome can be recorded from then on.</translation>
    </message>
    <message>
        <source>Class hours cannot be negative.</source>
        <translation>Class hours cannot be negative.</translation>
    </message>
    <message>
        <source>The enrollment date is too far ahead.</source>
        <translation>The enrollment date is too far ahead.</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>No such staff member.</translation>
    </message>
    <message>
        <source>Describe the complaint.</source>
        <translation>Describe the complaint.</translation>
    </message>
    <message>
        <source>The response deadline must be positive.</source>
        <translation>The response deadline must be positive.</translation>
    </message>
    <message>
        <source>Unknown complaint status '%s'.</source>
        <translation>Unknown complaint status '%s'.</translation>
    </message>
    <message>
        <source>A complaint cannot go from '%s' to '%s'.</source>
        <translation>A complaint cannot go from '%s' to '%s'.</translation>
    </message>
    <message>
        <source>Describe how the complaint was resolved.</source>
        <translation>Describe how the complaint was resolved.</translation>
    </message>
    <message>
        <source>The complaint no longer exists (#%s).</source>
        <translation>The complaint no longer exists (#%s).</translation>
    </message>
    <message>
        <source>Planned: %s</source>
        <translation>Planned: %s</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>renewal</translation>
    </message>
    <message>
        <source>Same name and guardian phone</source>
        <translation>Same name and guardian phone</translation>
    </message>
    <message>
        <source>Same WeChat id</source>
        <translation>Same WeChat id</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>Choose two different customers to merge.</translation>
    </message>
    <message>
        <source>Merged into customer #%d.</source>
        <translation>Merged into customer #%d.</translation>
    </message>
    <message>
        <source>Too many phone-number searches in a short time. Wait a minute, or search by name.</source>
        <translation>Too many phone-number searches in a short time. Wait a minute, or search by name.</translation>
    </message>
    <message>
        <source>'%s' is not a phone number: it is a negative number.</source>
        <translation>'%s' is not a phone number: it is a negative number.</translation>
    </message>
    <message>
        <source>'%s' is not a phone number: it contains letters or symbols.</source>
        <translation>'%s' is not a phone number: it contains letters or symbols.</translation>
    </message>
    <message>
        <source>'%s' is not a phone number.</source>
        <translation>'%s' is not a phone number.</translation>
    </message>
    <message>
        <source>'%s' is not a phone number: wrong number of digits.</source>
        <translation>'%s' is not a phone number: wrong number of digits.</translation>
    </message>
    <message>
        <source>'%s' is not a mobile number: a mobile number has 11 digits.</source>
        <translation>'%s' is not a mobile number: a mobile number has 11 digits.</translation>
    </message>
    <message>
        <source>'%s' is not a mobile number.</source>
        <translation>'%s' is not a mobile number.</translation>
    </message>
    <message>
        <source>%s looks unallocated (no operator uses this range). Check it.</source>
        <translation>%s looks unallocated (no operator uses this range). Check it.</translation>
    </message>
    <message>
        <source>New lead</source>
        <comment>customer status</comment>
        <translation>New lead</translation>
    </message>
    <message>
        <source>Contacted</source>
        <comment>customer status</comment>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Trial booked</source>
        <comment>customer status</comment>
        <translation>Trial booked</translation>
    </message>
    <message>
        <source>Trial attended</source>
        <comment>customer status</comment>
        <translation>Trial attended</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>customer status</comment>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Renewed</source>
        <comment>customer status</comment>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>customer status</comment>
        <translation>Lost</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>booth bundle</source>
        <translation>booth bundle</translation>
    </message>
    <message>
        <source>Unknown status '%s'.</source>
        <translation>Unknown status '%s'.</translation>
    </message>
    <message>
        <source>A customer cannot go from '%s' to '%s'.</source>
        <translation>A customer cannot go from '%s' to '%s'.</translation>
    </message>
    <message>
        <source>Say why the customer was lost.</source>
        <translation>Say why the customer was lost.</translation>
    </message>
    <message>
        <source>Booked</source>
        <comment>trial status</comment>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Attended</source>
        <comment>trial status</comment>
        <translation>Attended</translation>
    </message>
    <message>
        <source>No-show</source>
        <comment>trial status</comment>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>trial status</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>complaint status</comment>
        <translation>Received</translation>
    </message>
    <message>
        <source>Handling</source>
        <comment>complaint status</comment>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>complaint status</comment>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>complaint status</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>follow-up method</comment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>follow-up method</comment>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>follow-up method</comment>
        <translation>Visit</translation>
    </message>
    <message>
        <source>SMS</source>
        <comment>follow-up method</comment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Complaints without a response past the deadline: %d (the longest %d hours)</source>
        <translation>Complaints without a response past the deadline: %d (the longest %d hours)</translation>
    </message>
    <message>
        <source>Complaints without a response past the deadline: %d (the longest %d days)</source>
        <translation>Complaints without a response past the deadline: %d (the longest %d days)</translation>
    </message>
    <message>
        <source>Complaints unresolved after more than %d days: %d (the oldest %d days)</source>
        <translation>Complaints unresolved after more than %d days: %d (the oldest %d days)</translation>
    </message>
    <message>
        <source>%d new leads waiting more than %d days for a first contact (%d a week ago)</source>
        <translation>%d new leads waiting more than %d days for a first contact (%d a week ago)</translation>
    </message>
    <message>
        <source>Complaints past their deadlines</source>
        <translation>Complaints past their deadlines</translation>
    </message>
    <message>
        <source>Complaints with no response past the response deadline, or unresolved after the set days.</source>
        <translation>Complaints with no response past the response deadline, or unresolved after the set days.</translation>
    </message>
    <message>
        <source>Lead pool growing uncontacted</source>
        <translation>Lead pool growing uncontacted</translation>
    </message>
    <message>
        <source>New leads never contacted after the set days, counted.</source>
        <translation>New leads never contacted after the set days, counted.</translation>
    </message>
    <message>
        <source>A colleague has just saved a customer with this mobile. Search for it instead of adding it again.</source>
        <translation>A colleague has just saved a customer with this mobile. Search for it instead of adding it again.</translation>
    </message>
    <message>
        <source>A course needs a name of at most 100 characters.</source>
        <translation>A course needs a name of at most 100 characters.</translation>
    </message>
    <message>
        <source>The category is too long (at most 40).</source>
        <translation>The category is too long (at most 40).</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>The price cannot be negative.</translation>
    </message>
    <message>
        <source>The course '%s' exists already.</source>
        <translation>The course '%s' exists already.</translation>
    </message>
    <message>
        <source>The mobile %s belongs to another colleague's customer already.</source>
        <translation>The mobile %s belongs to another colleague's customer already.</translation>
    </message>
    <message>
        <source>The mobile %s belongs to customer %s (#%d) already.</source>
        <translation>The mobile %s belongs to customer %s (#%d) already.</translation>
    </message>
    <message>
        <source>No such channel.</source>
        <translation>No such channel.</translation>
    </message>
    <message>
        <source>Only a manager may give a customer to a colleague.</source>
        <translation>Only a manager may give a customer to a colleague.</translation>
    </message>
    <message>
        <source>Cannot restore: customer %s (#%d) has the same mobile now.</source>
        <translation>Cannot restore: customer %s (#%d) has the same mobile now.</translation>
    </message>
    <message>
        <source>The tier must be A, B or C.</source>
        <translation>The tier must be A, B or C.</translation>
    </message>
    <message>
        <source>A tag needs 1 to 40 characters.</source>
        <translation>A tag needs 1 to 40 characters.</translation>
    </message>
    <message>
        <source>Give at least one way to reach the customer: a mobile, a guardian phone or WeChat.</source>
        <translation>Give at least one way to reach the customer: a mobile, a guardian phone or WeChat.</translation>
    </message>
    <message>
        <source>Unknown gender '%s'.</source>
        <translation>Unknown gender '%s'.</translation>
    </message>
    <message>
        <source>A minor needs a guardian's name.</source>
        <translation>A minor needs a guardian's name.</translation>
    </message>
    <message>
        <source>A minor needs a guardian's phone.</source>
        <translation>A minor needs a guardian's phone.</translation>
    </message>
    <message>
        <source>A minor's data may only be kept with the guardian's consent.</source>
        <translation>A minor's data may only be kept with the guardian's consent.</translation>
    </message>
    <message>
        <source>At most %d tags.</source>
        <translation>At most %d tags.</translation>
    </message>
    <message>
        <source>Unknown follow-up method '%s'.</source>
        <translation>Unknown follow-up method '%s'.</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>Satisfaction is rated from 1 to 5.</translation>
    </message>
    <message>
        <source>%d or more others: see the Customers tab</source>
        <translation>%d or more others: see the Customers tab</translation>
    </message>
    <message>
        <source>%d others: see the Customers tab</source>
        <translation>%d others: see the Customers tab</translation>
    </message>
    <message>
        <source>Follow up %s</source>
        <translation>Follow up %s</translation>
    </message>
    <message>
        <source>Trial class: %s</source>
        <translation>Trial class: %s</translation>
    </message>
    <message>
        <source>Complaint past its response time: %s</source>
        <translation>Complaint past its response time: %s</translation>
    </message>
</context>
</TS>
