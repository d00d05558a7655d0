<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendanceImportDialog</name>
    <message>
        <source>Import attendance</source>
        <translation>Import attendance</translation>
    </message>
    <message>
        <source>&amp;Choose file...</source>
        <translation>&amp;Choose file...</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Columns (remembered for this source)</source>
        <translation>Columns (remembered for this source)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
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
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>In the sheet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Results:</translation>
    </message>
    <message>
        <source>Minutes late:</source>
        <translation>Minutes late:</translation>
    </message>
    <message>
        <source>Minutes early:</source>
        <translation>Minutes early:</translation>
    </message>
    <message>
        <source>Absence:</source>
        <translation>Absence:</translation>
    </message>
    <message>
        <source>Attendance export</source>
        <translation>Attendance export</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Choose the source and the exported file.</source>
        <translation>Choose the source and the exported file.</translation>
    </message>
    <message>
        <source>No lates, early leaves, absences or leave found.</source>
        <translation>No lates, early leaves, absences or leave found.</translation>
    </message>
</context>
<context>
    <name>ConductFeature</name>
    <message>
        <source>Conduct</source>
        <translation>Conduct</translation>
    </message>
</context>
<context>
    <name>ConductRulesDialog</name>
    <message>
        <source>Conduct rules</source>
        <translation>Conduct rules</translation>
    </message>
    <message>
        <source>Points a new record counts (a manager may set others on a record).</source>
        <translation>Points a new record counts (a manager may set others on a record).</translation>
    </message>
    <message>
        <source>Points a new record counts; only the administrator changes them.</source>
        <translation>Points a new record counts; only the administrator changes them.</translation>
    </message>
    <message>
        <source> (%s)</source>
        <translation> (%s)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Lates in a month that count as one absence:</source>
        <translation>Lates in a month that count as one absence:</translation>
    </message>
</context>
<context>
    <name>ConductTab</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Any answer</source>
        <translation>Any answer</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>Staff:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Ask for &amp;leave</source>
        <translation>Ask for &amp;leave</translation>
    </message>
    <message>
        <source>&amp;Approve leave</source>
        <translation>&amp;Approve leave</translation>
    </message>
    <message>
        <source>&amp;Reject leave</source>
        <translation>&amp;Reject leave</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Ac&amp;knowledge</translation>
    </message>
    <message>
        <source>&amp;Object...</source>
        <translation>&amp;Object...</translation>
    </message>
    <message>
        <source>&amp;Withdraw...</source>
        <translation>&amp;Withdraw...</translation>
    </message>
    <message>
        <source>Open e&amp;vidence</source>
        <translation>Open e&amp;vidence</translation>
    </message>
    <message>
        <source>&amp;Import attendance...</source>
        <translation>&amp;Import attendance...</translation>
    </message>
    <message>
        <source>&amp;Print record...</source>
        <translation>&amp;Print record...</translation>
    </message>
    <message>
        <source>R&amp;ules...</source>
        <translation>R&amp;ules...</translation>
    </message>
    <message>
        <source>Double-click a person to see only their records.</source>
        <translation>Double-click a person to see only their records.</translation>
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
        <source>Lates</source>
        <translation>Lates</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Leave (h)</source>
        <translation>Leave (h)</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Demeanour</source>
        <translation>Demeanour</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>Honours</translation>
    </message>
    <message>
        <source>Training (h)</source>
        <translation>Training (h)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>To answer</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source> (%d min)</source>
        <translation> (%d min)</translation>
    </message>
    <message>
        <source> (%g h)</source>
        <translation> (%g h)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Q%d</source>
        <translation>Q%d</translation>
    </message>
    <message>
        <source>Everyone in view</source>
        <translation>Everyone in view</translation>
    </message>
    <message>
        <source>No conduct records in %s to %s.</source>
        <translation>No conduct records in %s to %s.</translation>
    </message>
    <message>
        <source>Add one with New record (Ctrl+N) or import attendance (Ctrl+I).</source>
        <translation>Add one with New record (Ctrl+N) or import attendance (Ctrl+I).</translation>
    </message>
    <message>
        <source>Rules: %d lates in a month count as one absence; the points of each kind of record are under Rules.</source>
        <translation>Rules: %d lates in a month count as one absence; the points of each kind of record are under Rules.</translation>
    </message>
    <message>
        <source>Rules: the points of each kind of record are under Rules.</source>
        <translation>Rules: the points of each kind of record are under Rules.</translation>
    </message>
    <message>
        <source>Note: %s</source>
        <translation>Note: %s</translation>
    </message>
    <message>
        <source>Decided by %s</source>
        <translation>Decided by %s</translation>
    </message>
    <message>
        <source>Objection: %s</source>
        <translation>Objection: %s</translation>
    </message>
    <message>
        <source>Evidence: %s</source>
        <translation>Evidence: %s</translation>
    </message>
    <message>
        <source>Reject leave</source>
        <translation>Reject leave</translation>
    </message>
    <message>
        <source>Why is the leave refused?</source>
        <translation>Why is the leave refused?</translation>
    </message>
    <message>
        <source>Object to the record</source>
        <translation>Object to the record</translation>
    </message>
    <message>
        <source>What is wrong with this record? Your manager sees your objection.</source>
        <translation>What is wrong with this record? Your manager sees your objection.</translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation>Withdraw the record</translation>
    </message>
    <message>
        <source>Why is the record withdrawn? It stays in the history and counts nothing.</source>
        <translation>Why is the record withdrawn? It stays in the history and counts nothing.</translation>
    </message>
    <message>
        <source>Save the conduct record</source>
        <translation>Save the conduct record</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Ask for leave</source>
        <translation>Ask for leave</translation>
    </message>
    <message>
        <source>New conduct record</source>
        <translation>New conduct record</translation>
    </message>
    <message>
        <source>Edit conduct record</source>
        <translation>Edit conduct record</translation>
    </message>
    <message>
        <source>The rules' points</source>
        <translation>The rules' points</translation>
    </message>
    <message>
        <source>Several days, until</source>
        <translation>Several days, until</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Staff member:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Points:</translation>
    </message>
    <message>
        <source>M&amp;inutes late or early:</source>
        <translation>M&amp;inutes late or early:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>&amp;Leave:</source>
        <translation>&amp;Leave:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Add &amp;evidence...</source>
        <translation>Add &amp;evidence...</translation>
    </message>
    <message>
        <source>Evidence (a photo, a scan, a sick note, a certificate):</source>
        <translation>Evidence (a photo, a scan, a sick note, a certificate):</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>PDF or image (%s)</source>
        <translation>PDF or image (%s)</translation>
    </message>
</context>
<context>
    <name>conduct</name>
    <message>
        <source>Choose the column holding the staff member's name.</source>
        <translation>Choose the column holding the staff member's name.</translation>
    </message>
    <message>
        <source>Choose the month of the sheet: its title names none.</source>
        <translation>Choose the month of the sheet: its title names none.</translation>
    </message>
    <message>
        <source>The sheet has neither a date column nor a column per day.</source>
        <translation>The sheet has neither a date column nor a column per day.</translation>
    </message>
    <message>
        <source>Row %d: %s</source>
        <translation>Row %d: %s</translation>
    </message>
    <message>
        <source>conduct record</source>
        <comment>audit record</comment>
        <translation>conduct record</translation>
    </message>
    <message>
        <source>conduct evidence</source>
        <comment>audit record</comment>
        <translation>conduct evidence</translation>
    </message>
    <message>
        <source>attendance import mapping</source>
        <comment>audit record</comment>
        <translation>attendance import mapping</translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation>DingTalk</translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation>WeCom</translation>
    </message>
    <message>
        <source>Time clock</source>
        <translation>Time clock</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <source>No such staff member</source>
        <translation>No such staff member</translation>
    </message>
    <message>
        <source>Several staff members of this name</source>
        <translation>Several staff members of this name</translation>
    </message>
    <message>
        <source>Not in your department</source>
        <translation>Not in your department</translation>
    </message>
    <message>
        <source>Unknown attendance source '%s'.</source>
        <translation>Unknown attendance source '%s'.</translation>
    </message>
    <message>
        <source>No header with a name column (姓名) was found in the first rows of %s.</source>
        <translation>No header with a name column (姓名) was found in the first rows of %s.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Demeanour</source>
        <translation>Demeanour</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Commendation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <source>Absence without leave</source>
        <translation>Absence without leave</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <translation>Personal leave</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>Annual leave</translation>
    </message>
    <message>
        <source>Time off in lieu</source>
        <translation>Time off in lieu</translation>
    </message>
    <message>
        <source>Unrelated work in working hours</source>
        <translation>Unrelated work in working hours</translation>
    </message>
    <message>
        <source>Refusing or delaying work</source>
        <translation>Refusing or delaying work</translation>
    </message>
    <message>
        <source>Confidentiality breach</source>
        <translation>Confidentiality breach</translation>
    </message>
    <message>
        <source>Other discipline matter</source>
        <translation>Other discipline matter</translation>
    </message>
    <message>
        <source>Dress code</source>
        <translation>Dress code</translation>
    </message>
    <message>
        <source>Rude language</source>
        <translation>Rude language</translation>
    </message>
    <message>
        <source>Argument with a customer</source>
        <translation>Argument with a customer</translation>
    </message>
    <message>
        <source>Other demeanour matter</source>
        <translation>Other demeanour matter</translation>
    </message>
    <message>
        <source>Excellent marketing employee</source>
        <translation>Excellent marketing employee</translation>
    </message>
    <message>
        <source>Best sales team</source>
        <translation>Best sales team</translation>
    </message>
    <message>
        <source>Other commendation</source>
        <translation>Other commendation</translation>
    </message>
    <message>
        <source>Internal training</source>
        <translation>Internal training</translation>
    </message>
    <message>
        <source>External training</source>
        <translation>External training</translation>
    </message>
    <message>
        <source>Lates counted as an absence</source>
        <translation>Lates counted as an absence</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Not yet acknowledged</source>
        <translation>Not yet acknowledged</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Objected</source>
        <translation>Objected</translation>
    </message>
    <message>
        <source>%d lates in %d-%02d count as one absence (%s points instead of %s)</source>
        <translation>%d lates in %d-%02d count as one absence (%s points instead of %s)</translation>
    </message>
    <message>
        <source>'%s' is not a kind of conduct record.</source>
        <translation>'%s' is not a kind of conduct record.</translation>
    </message>
    <message>
        <source>'%s' is not a type of %s record.</source>
        <translation>'%s' is not a type of %s record.</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>A date is required.</translation>
    </message>
    <message>
        <source>The date %s is in the future.</source>
        <translation>The date %s is in the future.</translation>
    </message>
    <message>
        <source>The leave ends before it begins.</source>
        <translation>The leave ends before it begins.</translation>
    </message>
    <message>
        <source>A leave of more than %d days is not recorded here.</source>
        <translation>A leave of more than %d days is not recorded here.</translation>
    </message>
    <message>
        <source>Points must be between -%g and %g.</source>
        <translation>Points must be between -%g and %g.</translation>
    </message>
    <message>
        <source>Hours must be between 0 and %g.</source>
        <translation>Hours must be between 0 and %g.</translation>
    </message>
    <message>
        <source>Enter the hours of the training.</source>
        <translation>Enter the hours of the training.</translation>
    </message>
    <message>
        <source>Minutes must be between 0 and 1440.</source>
        <translation>Minutes must be between 0 and 1440.</translation>
    </message>
    <message>
        <source>The note is too long (at most %d characters).</source>
        <translation>The note is too long (at most %d characters).</translation>
    </message>
    <message>
        <source>You cannot record or decide your own conduct.</source>
        <translation>You cannot record or decide your own conduct.</translation>
    </message>
    <message>
        <source>You may only manage the staff of your own department.</source>
        <translation>You may only manage the staff of your own department.</translation>
    </message>
    <message>
        <source>You may not see this staff member's conduct record.</source>
        <translation>You may not see this staff member's conduct record.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Give a reason.</translation>
    </message>
    <message>
        <source>The reason is too long (at most %d characters).</source>
        <translation>The reason is too long (at most %d characters).</translation>
    </message>
    <message>
        <source>'%s' cannot be kept as evidence: attach a PDF or an image (a photo, a scan, a certificate).</source>
        <translation>'%s' cannot be kept as evidence: attach a PDF or an image (a photo, a scan, a certificate).</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>The file no longer exists.</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>No such staff member.</translation>
    </message>
    <message>
        <source>A withdrawn record can no longer be changed.</source>
        <translation>A withdrawn record can no longer be changed.</translation>
    </message>
    <message>
        <source>A leave cannot become another kind of record.</source>
        <translation>A leave cannot become another kind of record.</translation>
    </message>
    <message>
        <source>The record is withdrawn already.</source>
        <translation>The record is withdrawn already.</translation>
    </message>
    <message>
        <source>Your account is not linked to a staff member.</source>
        <translation>Your account is not linked to a staff member.</translation>
    </message>
    <message>
        <source>Only a requested leave can be approved or rejected.</source>
        <translation>Only a requested leave can be approved or rejected.</translation>
    </message>
    <message>
        <source>Only the staff member concerned answers a record.</source>
        <translation>Only the staff member concerned answers a record.</translation>
    </message>
    <message>
        <source>The record is withdrawn: there is nothing to answer.</source>
        <translation>The record is withdrawn: there is nothing to answer.</translation>
    </message>
    <message>
        <source>'%s' is attached already.</source>
        <translation>'%s' is attached already.</translation>
    </message>
    <message>
        <source>The conduct record no longer exists.</source>
        <translation>The conduct record no longer exists.</translation>
    </message>
    <message>
        <source>You may not see this conduct record.</source>
        <translation>You may not see this conduct record.</translation>
    </message>
    <message>
        <source>Leave request to decide: %s</source>
        <translation>Leave request to decide: %s</translation>
    </message>
    <message>
        <source>Conduct record to acknowledge: %s</source>
        <translation>Conduct record to acknowledge: %s</translation>
    </message>
</context>
</TS>
