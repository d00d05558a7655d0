<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>Building the demo database...</source>
        <translation>Building the demo database...</translation>
    </message>
    <message>
        <source>Building the demo database: %s</source>
        <translation>Building the demo database: %s</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>restore record</source>
        <translation>restore record</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>sign-in</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>failed sign-in</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>account locked</translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation>account unlocked</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>password changed</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>password reset</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restore</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>demo data</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>print</source>
        <translation>print</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>merge</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>submit</translation>
    </message>
    <message>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>reverse</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>status change</translation>
    </message>
    <message>
        <source>attach file</source>
        <translation>attach file</translation>
    </message>
    <message>
        <source>over-budget approval</source>
        <translation>over-budget approval</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Select an entry to see what changed.</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), newest first</source>
        <translation>
            <numerusform>%n entry, newest first</numerusform>
            <numerusform>%n entrys, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password now.</source>
        <translation>Your password was set by an administrator. Choose your own password now.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>MarketDesk hit an unexpected error. Your saved data is safe; the last action may not have been completed.
The details below were written to the log file:</source>
        <translation>MarketDesk hit an unexpected error. Your saved data is safe; the last action may not have been completed.
The details below were written to the log file:</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>Save report for IT...</source>
        <translation>Save report for IT...</translation>
    </message>
    <message>
        <source>Save report for IT</source>
        <translation>Save report for IT</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>The report was saved as %s. E-mail this file to your IT contact; it holds no passwords and no customers' data.</source>
        <translation>The report was saved as %s. E-mail this file to your IT contact; it holds no passwords and no customers' data.</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account; it can then add the other users.</source>
        <translation>This database has no accounts yet. Create the administrator account; it can then add the other users.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>At least 8 characters, with letters and digits.</source>
        <translation>At least 8 characters, with letters and digits.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Rename...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Rename department</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to MarketDesk</source>
        <translation>Welcome to MarketDesk</translation>
    </message>
    <message>
        <source>There is no database yet. Try MarketDesk on a demo database with sample staff, customers and claims (one account per role, passwords shown at sign-in), or start an empty database for your office.

The database will be created at:
%s</source>
        <translation>There is no database yet. Try MarketDesk on a demo database with sample staff, customers and claims (one account per role, passwords shown at sign-in), or start an empty database for your office.

The database will be created at:
%s</translation>
    </message>
    <message>
        <source>Open a &amp;demo database</source>
        <translation>Open a &amp;demo database</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Start &amp;empty</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>MarketDesk - Sign in</source>
        <translation>MarketDesk - Sign in</translation>
    </message>
    <message>
        <source>MarketDesk - Locked</source>
        <translation>MarketDesk - Locked</translation>
    </message>
    <message>
        <source>The session was locked after a period of inactivity. Enter your password to continue.</source>
        <translation>The session was locked after a period of inactivity. Enter your password to continue.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <source>Demo database: accounts (double-click to fill in)</source>
        <translation>Demo database: accounts (double-click to fill in)</translation>
    </message>
    <message>
        <source>Opening the database...</source>
        <translation>Opening the database...</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MarketDesk - Marketing management</source>
        <translation>MarketDesk - Marketing management</translation>
    </message>
    <message>
        <source>Your role has no pages in this version. Ask an administrator.</source>
        <translation>Your role has no pages in this version. Ask an administrator.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Change my password...</source>
        <translation>&amp;Change my password...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <source>&amp;About MarketDesk</source>
        <translation>&amp;About MarketDesk</translation>
    </message>
    <message>
        <source>About MarketDesk</source>
        <translation>About MarketDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;MarketDesk %1&lt;/b&gt;&lt;br&gt;Marketing management for training institutions: staff, customers, campaigns, budgets and reimbursements.&lt;br&gt;&lt;br&gt;Database: %2&lt;br&gt;Data folder: %3</source>
        <translation>&lt;b&gt;MarketDesk %1&lt;/b&gt;&lt;br&gt;Marketing management for training institutions: staff, customers, campaigns, budgets and reimbursements.&lt;br&gt;&lt;br&gt;Database: %2&lt;br&gt;Data folder: %3</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Users and roles...</source>
        <translation>&amp;Users and roles...</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>&amp;Audit log...</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>&amp;Restore from backup...</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsBox</name>
    <message>
        <source>Office (all computers)</source>
        <translation>Office (all computers)</translation>
    </message>
    <message>
        <source>Office (all computers; only the administrator changes these)</source>
        <translation>Office (all computers; only the administrator changes these)</translation>
    </message>
</context>
<context>
    <name>PlatformActions</name>
    <message>
        <source>Backing up the database...</source>
        <translation>Backing up the database...</translation>
    </message>
    <message>
        <source>Backup written: %s</source>
        <translation>Backup written: %s</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>MarketDesk backups (*.sqlite3)</source>
        <translation>MarketDesk backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>Replace the current database with this backup?
%s

The current database is kept as a backup first. MarketDesk will close; start it again afterwards.</source>
        <translation>Replace the current database with this backup?
%s

The current database is kept as a backup first. MarketDesk will close; start it again afterwards.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>The database was restored. MarketDesk closes now; start it again.</source>
        <translation>The database was restored. MarketDesk closes now; start it again.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>feature %s: import %s</source>
        <translation>feature %s: import %s</translation>
    </message>
    <message>
        <source>UI features</source>
        <translation>UI features</translation>
    </message>
    <message>
        <source>tour pages: import %s</source>
        <translation>tour pages: import %s</translation>
    </message>
    <message>
        <source>missing %s</source>
        <translation>missing %s</translation>
    </message>
    <message>
        <source>%s cannot be loaded</source>
        <translation>%s cannot be loaded</translation>
    </message>
    <message>
        <source>the Chinese translation is not applied</source>
        <translation>the Chinese translation is not applied</translation>
    </message>
    <message>
        <source>main window (%s)</source>
        <translation>main window (%s)</translation>
    </message>
    <message>
        <source>the tab was not built</source>
        <translation>the tab was not built</translation>
    </message>
    <message>
        <source>nothing was drawn</source>
        <translation>nothing was drawn</translation>
    </message>
    <message>
        <source>tab %s (%s)</source>
        <translation>tab %s (%s)</translation>
    </message>
    <message>
        <source>no PDF was written</source>
        <translation>no PDF was written</translation>
    </message>
    <message>
        <source>the font %s is not embedded</source>
        <translation>the font %s is not embedded</translation>
    </message>
    <message>
        <source>the signature image is not in the PDF</source>
        <translation>the signature image is not in the PDF</translation>
    </message>
    <message>
        <source>no PNG was written</source>
        <translation>no PNG was written</translation>
    </message>
    <message>
        <source>the sealed bundle read back differently</source>
        <translation>the sealed bundle read back differently</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>sign-in</translation>
    </message>
    <message>
        <source>translations (%s)</source>
        <translation>translations (%s)</translation>
    </message>
    <message>
        <source>claim PDF</source>
        <translation>claim PDF</translation>
    </message>
    <message>
        <source>booth bundle seal</source>
        <translation>booth bundle seal</translation>
    </message>
    <message>
        <source>PostgreSQL driver</source>
        <translation>PostgreSQL driver</translation>
    </message>
    <message>
        <source>chart PNG</source>
        <translation>chart PNG</translation>
    </message>
    <message>
        <source>FAILED: %s</source>
        <translation>FAILED: %s</translation>
    </message>
    <message>
        <source>self-test: %d problem(s)</source>
        <translation>self-test: %d problem(s)</translation>
    </message>
    <message>
        <source>self-test passed: %d checks</source>
        <translation>self-test passed: %d checks</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>SharedDates</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>SharedDialogs</name>
    <message>
        <source>Please check before you continue:</source>
        <translation>Please check before you continue:</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>Continue anyway</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>SharedTasks</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SharedToolbars</name>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Currently employed</source>
        <translation>Currently employed</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Hi&amp;re date:</source>
        <translation>Hi&amp;re date:</translation>
    </message>
</context>
<context>
    <name>StaffFeature</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
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
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Search name, phone, position, department (Ctrl+F)</source>
        <translation>Search name, phone, position, department (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show former staff</source>
        <translation>Show former staff</translation>
    </message>
    <message>
        <source>&amp;New staff member</source>
        <translation>&amp;New staff member</translation>
    </message>
    <message>
        <source>New staff member (Ctrl+N)</source>
        <translation>New staff member (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Departments...</source>
        <translation>&amp;Departments...</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff member matches the search.</source>
        <translation>No staff member matches the search.</translation>
    </message>
    <message>
        <source>No staff yet. Add the department's staff with "New staff member" (Ctrl+N).</source>
        <translation>No staff yet. Add the department's staff with "New staff member" (Ctrl+N).</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Staff member:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <source>The user must choose a new password at first sign-in.</source>
        <translation>The user must choose a new password at first sign-in.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Disabled</source>
        <comment>account status</comment>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Enabled</source>
        <comment>account status</comment>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>&amp;New user...</source>
        <translation>&amp;New user...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation>&amp;Reset password...</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Un&amp;lock</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>New temporary password for %s:</source>
        <translation>New temporary password for %s:</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>The password was reset. %s must choose a new one at the next sign-in.</source>
        <translation>The password was reset. %s must choose a new one at the next sign-in.</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>MarketDesk (营销管理台). Without a subcommand, opens the GUI.</source>
        <translation>MarketDesk (营销管理台). Without a subcommand, opens the GUI.</translation>
    </message>
    <message>
        <source>one of the subcommands below; without one, the GUI opens</source>
        <translation>one of the subcommands below; without one, the GUI opens</translation>
    </message>
    <message>
        <source>check ad copy against the Advertising Law (exit 1 when something is flagged)</source>
        <translation>check ad copy against the Advertising Law (exit 1 when something is flagged)</translation>
    </message>
    <message>
        <source>the ad copy; - reads it from standard input</source>
        <translation>the ad copy; - reads it from standard input</translation>
    </message>
    <message>
        <source>read the ad copy from this file (UTF-8 or GB18030)</source>
        <translation>read the ad copy from this file (UTF-8 or GB18030)</translation>
    </message>
    <message>
        <source>print {"findings": [...]} as JSON</source>
        <translation>print {"findings": [...]} as JSON</translation>
    </message>
    <message>
        <source>compute an appraisal run (绩效考核) and print the results</source>
        <translation>compute an appraisal run (绩效考核) and print the results</translation>
    </message>
    <message>
        <source>a month 2026-10, a quarter 2026-Q3 or a year 2026</source>
        <translation>a month 2026-10, a quarter 2026-Q3 or a year 2026</translation>
    </message>
    <message>
        <source>finalize the run after computing it (a frozen snapshot)</source>
        <translation>finalize the run after computing it (a frozen snapshot)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>print the result as JSON</translation>
    </message>
    <message>
        <source>create a booth kit: a small database for a campus booth laptop</source>
        <translation>create a booth kit: a small database for a campus booth laptop</translation>
    </message>
    <message>
        <source>kit file to create</source>
        <translation>kit file to create</translation>
    </message>
    <message>
        <source>the event (a campaign activity of that name is linked)</source>
        <translation>the event (a campaign activity of that name is linked)</translation>
    </message>
    <message>
        <source>account of a staff member working at the booth (repeat for each; default: the activity's team)</source>
        <translation>account of a staff member working at the booth (repeat for each; default: the activity's team)</translation>
    </message>
    <message>
        <source>on the booth laptop: write the leads captured in the kit as a sealed bundle</source>
        <translation>on the booth laptop: write the leads captured in the kit as a sealed bundle</translation>
    </message>
    <message>
        <source>bundle file to write (.mdbundle)</source>
        <translation>bundle file to write (.mdbundle)</translation>
    </message>
    <message>
        <source>write the activities from FROM to TO as an .ics file</source>
        <translation>write the activities from FROM to TO as an .ics file</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>first day, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD</source>
        <translation>last day, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>output file (.ics)</source>
        <translation>output file (.ics)</translation>
    </message>
    <message>
        <source>channel figures (leads, conversions, cost, ROI) of a period (渠道评估)</source>
        <translation>channel figures (leads, conversions, cost, ROI) of a period (渠道评估)</translation>
    </message>
    <message>
        <source>attribution model (default: first touch)</source>
        <translation>attribution model (default: first touch)</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>print the figures as JSON</translation>
    </message>
    <message>
        <source>write a PDF report</source>
        <translation>write a PDF report</translation>
    </message>
    <message>
        <source>write an Excel workbook</source>
        <translation>write an Excel workbook</translation>
    </message>
    <message>
        <source>write a reimbursement claim form (费用报销单) as PDF</source>
        <translation>write a reimbursement claim form (费用报销单) as PDF</translation>
    </message>
    <message>
        <source>claim number, e.g. BX-2026-0042</source>
        <translation>claim number, e.g. BX-2026-0042</translation>
    </message>
    <message>
        <source>output PDF file</source>
        <translation>output PDF file</translation>
    </message>
    <message>
        <source>A5 landscape instead of A4 portrait</source>
        <translation>A5 landscape instead of A4 portrait</translation>
    </message>
    <message>
        <source>write the budget vs. spend report as PDF or Excel workbook</source>
        <translation>write the budget vs. spend report as PDF or Excel workbook</translation>
    </message>
    <message>
        <source>budget year, e.g. 2026</source>
        <translation>budget year, e.g. 2026</translation>
    </message>
    <message>
        <source>report January to this month (default: this month for the current year, else 12)</source>
        <translation>report January to this month (default: this month for the current year, else 12)</translation>
    </message>
    <message>
        <source>output file (.pdf or .xlsx)</source>
        <translation>output file (.pdf or .xlsx)</translation>
    </message>
    <message>
        <source>import customers from .xlsx, .xls or .csv</source>
        <translation>import customers from .xlsx, .xls or .csv</translation>
    </message>
    <message>
        <source>spreadsheet to import (.xlsx, .xls, .csv)</source>
        <translation>spreadsheet to import (.xlsx, .xls, .csv)</translation>
    </message>
    <message>
        <source>check the file, write nothing</source>
        <translation>check the file, write nothing</translation>
    </message>
    <message>
        <source>save the row-by-row report as .xlsx</source>
        <translation>save the row-by-row report as .xlsx</translation>
    </message>
    <message>
        <source>export every customer to .xlsx</source>
        <translation>export every customer to .xlsx</translation>
    </message>
    <message>
        <source>spreadsheet to write</source>
        <translation>spreadsheet to write</translation>
    </message>
    <message>
        <source>English column headers</source>
        <translation>English column headers</translation>
    </message>
    <message>
        <source>merge a booth bundle into this database</source>
        <translation>merge a booth bundle into this database</translation>
    </message>
    <message>
        <source>bundle file from a booth laptop (.mdbundle)</source>
        <translation>bundle file from a booth laptop (.mdbundle)</translation>
    </message>
    <message>
        <source>open the full-screen booth capture window</source>
        <translation>open the full-screen booth capture window</translation>
    </message>
    <message>
        <source>database URL or SQLite file (default: MARKETDESK_DB_URL, else the per-user data folder)</source>
        <translation>database URL or SQLite file (default: MARKETDESK_DB_URL, else the per-user data folder)</translation>
    </message>
    <message>
        <source>language of messages, reports and help</source>
        <translation>language of messages, reports and help</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>usage:</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>exit status:</source>
        <translation>exit status:</translation>
    </message>
    <message>
        <source>0  success</source>
        <translation>0  success</translation>
    </message>
    <message>
        <source>1  a check found problems</source>
        <translation>1  a check found problems</translation>
    </message>
    <message>
        <source>2  bad input (including a wrong command line) or an unusable environment</source>
        <translation>2  bad input (including a wrong command line) or an unusable environment</translation>
    </message>
    <message>
        <source>build a demo database (one account per role)</source>
        <translation>build a demo database (one account per role)</translation>
    </message>
    <message>
        <source>number of demo customers</source>
        <translation>number of demo customers</translation>
    </message>
    <message>
        <source>random seed: the same seed builds the same data</source>
        <translation>random seed: the same seed builds the same data</translation>
    </message>
    <message>
        <source>back up the SQLite database to the backups folder</source>
        <translation>back up the SQLite database to the backups folder</translation>
    </message>
    <message>
        <source>folder to write the backup to (default: the backups folder)</source>
        <translation>folder to write the backup to (default: the backups folder)</translation>
    </message>
    <message>
        <source>restore the database from a backup file</source>
        <translation>restore the database from a backup file</translation>
    </message>
    <message>
        <source>backup file to restore (.sqlite3)</source>
        <translation>backup file to restore (.sqlite3)</translation>
    </message>
    <message>
        <source>integrity and foreign-key checks, schema revision, translation files</source>
        <translation>integrity and foreign-key checks, schema revision, translation files</translation>
    </message>
    <message>
        <source>render every tab and main dialog to PNG (zh_CN and en)</source>
        <translation>render every tab and main dialog to PNG (zh_CN and en)</translation>
    </message>
    <message>
        <source>folder for the PNG screenshots</source>
        <translation>folder for the PNG screenshots</translation>
    </message>
    <message>
        <source>check this installation: features, a new database, every tab, a PDF, a chart, translations (exit 0 or 1)</source>
        <translation>check this installation: features, a new database, every tab, a PDF, a chart, translations (exit 0 or 1)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>Please check the input</source>
        <translation>Please check the input</translation>
    </message>
    <message>
        <source>Cannot continue</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>platform</name>
    <message>
        <source>The attachment has no file name.</source>
        <translation>The attachment has no file name.</translation>
    </message>
    <message>
        <source>The file '%s' is empty.</source>
        <translation>The file '%s' is empty.</translation>
    </message>
    <message>
        <source>The file '%s' is larger than %d MB.</source>
        <translation>The file '%s' is larger than %d MB.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>The backup was cancelled.</translation>
    </message>
    <message>
        <source>Backup and restore here work on a SQLite database file. For PostgreSQL, use the server's pg_dump and pg_restore.</source>
        <translation>Backup and restore here work on a SQLite database file. For PostgreSQL, use the server's pg_dump and pg_restore.</translation>
    </message>
    <message>
        <source>The database file %s does not exist.</source>
        <translation>The database file %s does not exist.</translation>
    </message>
    <message>
        <source>The backup folder %s cannot be used (%s).</source>
        <translation>The backup folder %s cannot be used (%s).</translation>
    </message>
    <message>
        <source>The backup failed: %s</source>
        <translation>The backup failed: %s</translation>
    </message>
    <message>
        <source>The file %s does not exist.</source>
        <translation>The file %s does not exist.</translation>
    </message>
    <message>
        <source>%s is not a MarketDesk database: %s</source>
        <translation>%s is not a MarketDesk database: %s</translation>
    </message>
    <message>
        <source>The database file %s does not exist (check the --db path).</source>
        <translation>The database file %s does not exist (check the --db path).</translation>
    </message>
    <message>
        <source>The database %s has schema revision %s, which this version of MarketDesk does not know: a later version or another branch wrote it.</source>
        <translation>The database %s has schema revision %s, which this version of MarketDesk does not know: a later version or another branch wrote it.</translation>
    </message>
    <message>
        <source>The database file %s is on a network share (%s). MarketDesk does not open a SQLite file over the network: it is not safe there, and several seats writing one file damage it. For several seats, use a PostgreSQL server: set MARKETDESK_DB_URL=postgresql+psycopg://USER@SERVER/marketdesk on every seat, or start MarketDesk with --db and that address (the README, section "PostgreSQL"). For one seat, keep the file on this computer's own disk.</source>
        <translation>The database file %s is on a network share (%s). MarketDesk does not open a SQLite file over the network: it is not safe there, and several seats writing one file damage it. For several seats, use a PostgreSQL server: set MARKETDESK_DB_URL=postgresql+psycopg://USER@SERVER/marketdesk on every seat, or start MarketDesk with --db and that address (the README, section "PostgreSQL"). For one seat, keep the file on this computer's own disk.</translation>
    </message>
    <message>
        <source>cannot open the database: %s: %s</source>
        <translation>cannot open the database: %s: %s</translation>
    </message>
    <message>
        <source>The file %s cannot be written (%s).</source>
        <translation>The file %s cannot be written (%s).</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <comment>os error</comment>
        <translation>No such file or directory</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <comment>os error</comment>
        <translation>Permission denied</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <comment>os error</comment>
        <translation>Operation not permitted</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <comment>os error</comment>
        <translation>No space left on device</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <comment>os error</comment>
        <translation>Read-only file system</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <comment>os error</comment>
        <translation>Is a directory</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <comment>os error</comment>
        <translation>Not a directory</translation>
    </message>
    <message>
        <source>File exists</source>
        <comment>os error</comment>
        <translation>File exists</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <comment>os error</comment>
        <translation>Device or resource busy</translation>
    </message>
    <message>
        <source>File name too long</source>
        <comment>os error</comment>
        <translation>File name too long</translation>
    </message>
    <message>
        <source>%s is not a demo database but stores demo passwords in plain text (meta '%s'). Delete that entry and change those accounts' passwords before using it.</source>
        <translation>%s is not a demo database but stores demo passwords in plain text (meta '%s'). Delete that entry and change those accounts' passwords before using it.</translation>
    </message>
    <message>
        <source>'%s' is not an amount: write digits with at most one decimal point, such as 1,234.50.</source>
        <translation>'%s' is not an amount: write digits with at most one decimal point, such as 1,234.50.</translation>
    </message>
    <message>
        <source>An amount is required.</source>
        <translation>An amount is required.</translation>
    </message>
    <message>
        <source>'%s': thousands separators go every three digits, as in 1,234,567.89.</source>
        <translation>'%s': thousands separators go every three digits, as in 1,234,567.89.</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places (fen).</source>
        <translation>An amount has at most two decimal places (fen).</translation>
    </message>
    <message>
        <source>The amount is over the largest amount allowed here, %s.</source>
        <translation>The amount is over the largest amount allowed here, %s.</translation>
    </message>
    <message>
        <source>'%s' is not an amount.</source>
        <translation>'%s' is not an amount.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of fen.</source>
        <translation>The amount must be a whole number of fen.</translation>
    </message>
    <message>
        <source>The amount %s is over the limit of %s.</source>
        <translation>The amount %s is over the limit of %s.</translation>
    </message>
    <message>
        <source>%s is too large to write in words (at most %s).</source>
        <translation>%s is too large to write in words (at most %s).</translation>
    </message>
    <message>
        <source>Administrator</source>
        <comment>roles</comment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Marketing manager</source>
        <comment>roles</comment>
        <translation>Marketing manager</translation>
    </message>
    <message>
        <source>Marketing staff</source>
        <comment>roles</comment>
        <translation>Marketing staff</translation>
    </message>
    <message>
        <source>Customer service</source>
        <comment>roles</comment>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>Finance</source>
        <comment>roles</comment>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Your role (%s) may not do this (%s).</source>
        <translation>Your role (%s) may not do this (%s).</translation>
    </message>
    <message>
        <source>the server could not order the two saves</source>
        <translation>the server could not order the two saves</translation>
    </message>
    <message>
        <source>each save waited for the other</source>
        <translation>each save waited for the other</translation>
    </message>
    <message>
        <source>both added the same record</source>
        <translation>both added the same record</translation>
    </message>
    <message>
        <source>Another user was saving the same records at the same moment (%s). Nothing was written; try again.</source>
        <translation>Another user was saving the same records at the same moment (%s). Nothing was written; try again.</translation>
    </message>
    <message>
        <source>missing table: %s</source>
        <translation>missing table: %s</translation>
    </message>
    <message>
        <source>missing index: %s</source>
        <translation>missing index: %s</translation>
    </message>
    <message>
        <source>missing audit trigger: %s</source>
        <translation>missing audit trigger: %s</translation>
    </message>
    <message>
        <source>The backup %s cannot be restored: %s. Nothing was restored.</source>
        <translation>The backup %s cannot be restored: %s. Nothing was restored.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check (%s, %d foreign key problem(s)); nothing was restored.</source>
        <translation>The backup failed its integrity check (%s, %d foreign key problem(s)); nothing was restored.</translation>
    </message>
    <message>
        <source>it is not a MarketDesk database (missing: %s)</source>
        <translation>it is not a MarketDesk database (missing: %s)</translation>
    </message>
    <message>
        <source>its schema revision %s is unknown to this version of MarketDesk (a later version or another branch wrote it)</source>
        <translation>its schema revision %s is unknown to this version of MarketDesk (a later version or another branch wrote it)</translation>
    </message>
    <message>
        <source>it cannot be brought up to this version's schema (%s)</source>
        <translation>it cannot be brought up to this version's schema (%s)</translation>
    </message>
    <message>
        <source>the migrated copy fails its integrity check</source>
        <translation>the migrated copy fails its integrity check</translation>
    </message>
    <message>
        <source>Another program (another MarketDesk window or command) has the database %s open. Close it, then restore again; nothing was restored.</source>
        <translation>Another program (another MarketDesk window or command) has the database %s open. Close it, then restore again; nothing was restored.</translation>
    </message>
    <message>
        <source>The record no longer exists (%s #%s).</source>
        <translation>The record no longer exists (%s #%s).</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it. Reload it and make your change again.</source>
        <translation>This record was changed by someone else since you opened it. Reload it and make your change again.</translation>
    </message>
    <message>
        <source>The database is busy: another MarketDesk or another program kept it locked for more than %d seconds. Nothing was saved; try again in a moment.</source>
        <translation>The database is busy: another MarketDesk or another program kept it locked for more than %d seconds. Nothing was saved; try again in a moment.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>The disk is full. Free some space and try again; nothing was saved.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check the file's permissions.</source>
        <translation>The database file is read-only. Check the file's permissions.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and the server.</source>
        <translation>The database server cannot be reached. Check the network and the server.</translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <translation>The connection to the database was lost.</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>settings</comment>
        <translation>Language</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <comment>settings</comment>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <source>Back up once a day</source>
        <comment>settings</comment>
        <translation>Back up once a day</translation>
    </message>
    <message>
        <source>Wrong type for this setting.</source>
        <translation>Wrong type for this setting.</translation>
    </message>
    <message>
        <source>The value must be at least %d.</source>
        <translation>The value must be at least %d.</translation>
    </message>
    <message>
        <source>The value must be at most %d.</source>
        <translation>The value must be at most %d.</translation>
    </message>
    <message>
        <source>Not one of the allowed values.</source>
        <translation>Not one of the allowed values.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>The year must be between %d and %d.</source>
        <translation>The year must be between %d and %d.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>The month must be between 1 and 12.</translation>
    </message>
    <message>
        <source>%s is required.</source>
        <translation>%s is required.</translation>
    </message>
    <message>
        <source>%s is too long (at most %d characters).</source>
        <translation>%s is too long (at most %d characters).</translation>
    </message>
    <message>
        <source>%s (%s) is out of range.</source>
        <translation>%s (%s) is out of range.</translation>
    </message>
    <message>
        <source>A password needs at least %d characters.</source>
        <translation>A password needs at least %d characters.</translation>
    </message>
    <message>
        <source>A password needs both letters and digits.</source>
        <translation>A password needs both letters and digits.</translation>
    </message>
    <message>
        <source>A user name has 2-60 letters, digits, dots, dashes or underscores.</source>
        <translation>A user name has 2-60 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>Unknown role '%s'.</source>
        <translation>Unknown role '%s'.</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked for %d more minute(s).</source>
        <translation>Too many failed attempts: this account is locked for %d more minute(s).</translation>
    </message>
    <message>
        <source>An administrator account already exists.</source>
        <translation>An administrator account already exists.</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>Unknown user name or wrong password.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>This account is disabled. Ask an administrator.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The user name '%s' is taken.</source>
        <translation>The user name '%s' is taken.</translation>
    </message>
    <message>
        <source>You cannot disable your own account or remove your own admin role.</source>
        <translation>You cannot disable your own account or remove your own admin role.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation>The name is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>'%s' is not a phone number.</source>
        <translation>'%s' is not a phone number.</translation>
    </message>
    <message>
        <source>The hire date is too far in the future.</source>
        <translation>The hire date is too far in the future.</translation>
    </message>
    <message>
        <source>A department name is required.</source>
        <translation>A department name is required.</translation>
    </message>
    <message>
        <source>The department '%s' exists already.</source>
        <translation>The department '%s' exists already.</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>No such staff member.</translation>
    </message>
    <message>
        <source>user account</source>
        <comment>audit record</comment>
        <translation>user account</translation>
    </message>
    <message>
        <source>staff member</source>
        <comment>audit record</comment>
        <translation>staff member</translation>
    </message>
    <message>
        <source>department</source>
        <comment>audit record</comment>
        <translation>department</translation>
    </message>
    <message>
        <source>database</source>
        <comment>audit record</comment>
        <translation>database</translation>
    </message>
    <message>
        <source>settings</source>
        <comment>audit record</comment>
        <translation>settings</translation>
    </message>
    <message>
        <source>office settings</source>
        <comment>audit record</comment>
        <translation>office settings</translation>
    </message>
    <message>
        <source>channel</source>
        <comment>audit record</comment>
        <translation>channel</translation>
    </message>
    <message>
        <source>customer</source>
        <comment>audit record</comment>
        <translation>customer</translation>
    </message>
    <message>
        <source>follow-up</source>
        <comment>audit record</comment>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>trial class</source>
        <comment>audit record</comment>
        <translation>trial class</translation>
    </message>
    <message>
        <source>enrollment</source>
        <comment>audit record</comment>
        <translation>enrollment</translation>
    </message>
    <message>
        <source>complaint</source>
        <comment>audit record</comment>
        <translation>complaint</translation>
    </message>
    <message>
        <source>course</source>
        <comment>audit record</comment>
        <translation>course</translation>
    </message>
    <message>
        <source>customer tag</source>
        <comment>audit record</comment>
        <translation>customer tag</translation>
    </message>
    <message>
        <source>tag</source>
        <comment>audit record</comment>
        <translation>tag</translation>
    </message>
    <message>
        <source>booth bundle</source>
        <comment>audit record</comment>
        <translation>booth bundle</translation>
    </message>
    <message>
        <source>claim</source>
        <comment>audit record</comment>
        <translation>claim</translation>
    </message>
    <message>
        <source>claim line</source>
        <comment>audit record</comment>
        <translation>claim line</translation>
    </message>
    <message>
        <source>claim attachment</source>
        <comment>audit record</comment>
        <translation>claim attachment</translation>
    </message>
    <message>
        <source>claim approval</source>
        <comment>audit record</comment>
        <translation>claim approval</translation>
    </message>
    <message>
        <source>expense category</source>
        <comment>audit record</comment>
        <translation>expense category</translation>
    </message>
    <message>
        <source>budget plan</source>
        <comment>audit record</comment>
        <translation>budget plan</translation>
    </message>
    <message>
        <source>budget adjustment</source>
        <comment>audit record</comment>
        <translation>budget adjustment</translation>
    </message>
    <message>
        <source>direct expense</source>
        <comment>audit record</comment>
        <translation>direct expense</translation>
    </message>
    <message>
        <source>budget report</source>
        <comment>audit record</comment>
        <translation>budget report</translation>
    </message>
    <message>
        <source>budget plan line</source>
        <comment>audit record</comment>
        <translation>budget plan line</translation>
    </message>
    <message>
        <source>budget purpose</source>
        <comment>audit record</comment>
        <translation>budget purpose</translation>
    </message>
    <message>
        <source>customer status change</source>
        <comment>audit record</comment>
        <translation>customer status change</translation>
    </message>
    <message>
        <source>name</source>
        <comment>audit field</comment>
        <translation>name</translation>
    </message>
    <message>
        <source>full name</source>
        <comment>audit field</comment>
        <translation>full name</translation>
    </message>
    <message>
        <source>user name</source>
        <comment>audit field</comment>
        <translation>user name</translation>
    </message>
    <message>
        <source>role</source>
        <comment>audit field</comment>
        <translation>role</translation>
    </message>
    <message>
        <source>active</source>
        <comment>audit field</comment>
        <translation>active</translation>
    </message>
    <message>
        <source>staff member</source>
        <comment>audit field</comment>
        <translation>staff member</translation>
    </message>
    <message>
        <source>locked until</source>
        <comment>audit field</comment>
        <translation>locked until</translation>
    </message>
    <message>
        <source>must change password</source>
        <comment>audit field</comment>
        <translation>must change password</translation>
    </message>
    <message>
        <source>last sign-in</source>
        <comment>audit field</comment>
        <translation>last sign-in</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <comment>audit field</comment>
        <translation>failed sign-ins</translation>
    </message>
    <message>
        <source>phone</source>
        <comment>audit field</comment>
        <translation>phone</translation>
    </message>
    <message>
        <source>mobile</source>
        <comment>audit field</comment>
        <translation>mobile</translation>
    </message>
    <message>
        <source>position</source>
        <comment>audit field</comment>
        <translation>position</translation>
    </message>
    <message>
        <source>department</source>
        <comment>audit field</comment>
        <translation>department</translation>
    </message>
    <message>
        <source>hire date</source>
        <comment>audit field</comment>
        <translation>hire date</translation>
    </message>
    <message>
        <source>code</source>
        <comment>audit field</comment>
        <translation>code</translation>
    </message>
    <message>
        <source>status</source>
        <comment>audit field</comment>
        <translation>status</translation>
    </message>
    <message>
        <source>tier</source>
        <comment>audit field</comment>
        <translation>tier</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>audit field</comment>
        <translation>owner</translation>
    </message>
    <message>
        <source>channel</source>
        <comment>audit field</comment>
        <translation>channel</translation>
    </message>
    <message>
        <source>school</source>
        <comment>audit field</comment>
        <translation>school</translation>
    </message>
    <message>
        <source>grade</source>
        <comment>audit field</comment>
        <translation>grade</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>audit field</comment>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>guardian</source>
        <comment>audit field</comment>
        <translation>guardian</translation>
    </message>
    <message>
        <source>guardian's phone</source>
        <comment>audit field</comment>
        <translation>guardian's phone</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>audit field</comment>
        <translation>notes</translation>
    </message>
    <message>
        <source>note</source>
        <comment>audit field</comment>
        <translation>note</translation>
    </message>
    <message>
        <source>remark</source>
        <comment>audit field</comment>
        <translation>remark</translation>
    </message>
    <message>
        <source>reason</source>
        <comment>audit field</comment>
        <translation>reason</translation>
    </message>
    <message>
        <source>reason for return</source>
        <comment>audit field</comment>
        <translation>reason for return</translation>
    </message>
    <message>
        <source>year</source>
        <comment>audit field</comment>
        <translation>year</translation>
    </message>
    <message>
        <source>month</source>
        <comment>audit field</comment>
        <translation>month</translation>
    </message>
    <message>
        <source>category</source>
        <comment>audit field</comment>
        <translation>category</translation>
    </message>
    <message>
        <source>amount</source>
        <comment>audit field</comment>
        <translation>amount</translation>
    </message>
    <message>
        <source>price</source>
        <comment>audit field</comment>
        <translation>price</translation>
    </message>
    <message>
        <source>total</source>
        <comment>audit field</comment>
        <translation>total</translation>
    </message>
    <message>
        <source>class hours</source>
        <comment>audit field</comment>
        <translation>class hours</translation>
    </message>
    <message>
        <source>number</source>
        <comment>audit field</comment>
        <translation>number</translation>
    </message>
    <message>
        <source>claim date</source>
        <comment>audit field</comment>
        <translation>claim date</translation>
    </message>
    <message>
        <source>claimant</source>
        <comment>audit field</comment>
        <translation>claimant</translation>
    </message>
    <message>
        <source>purpose</source>
        <comment>audit field</comment>
        <translation>purpose</translation>
    </message>
    <message>
        <source>payee</source>
        <comment>audit field</comment>
        <translation>payee</translation>
    </message>
    <message>
        <source>expense date</source>
        <comment>audit field</comment>
        <translation>expense date</translation>
    </message>
    <message>
        <source>file</source>
        <comment>audit field</comment>
        <translation>file</translation>
    </message>
    <message>
        <source>order</source>
        <comment>audit field</comment>
        <translation>order</translation>
    </message>
    <message>
        <source>language</source>
        <comment>audit field</comment>
        <translation>language</translation>
    </message>
    <message>
        <source>decision note</source>
        <comment>audit field</comment>
        <translation>decision note</translation>
    </message>
    <message>
        <source>requested by</source>
        <comment>audit field</comment>
        <translation>requested by</translation>
    </message>
    <message>
        <source>submitted by</source>
        <comment>audit field</comment>
        <translation>submitted by</translation>
    </message>
    <message>
        <source>approved by</source>
        <comment>audit field</comment>
        <translation>approved by</translation>
    </message>
    <message>
        <source>decided by</source>
        <comment>audit field</comment>
        <translation>decided by</translation>
    </message>
    <message>
        <source>paid by</source>
        <comment>audit field</comment>
        <translation>paid by</translation>
    </message>
    <message>
        <source>submitted at</source>
        <comment>audit field</comment>
        <translation>submitted at</translation>
    </message>
    <message>
        <source>approved at</source>
        <comment>audit field</comment>
        <translation>approved at</translation>
    </message>
    <message>
        <source>decided at</source>
        <comment>audit field</comment>
        <translation>decided at</translation>
    </message>
    <message>
        <source>paid at</source>
        <comment>audit field</comment>
        <translation>paid at</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>audit value</comment>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <comment>audit value</comment>
        <translation>no</translation>
    </message>
    <message>
        <source>Demo data built (%s customers)</source>
        <translation>Demo data built (%s customers)</translation>
    </message>
    <message>
        <source>Demo data built</source>
        <translation>Demo data built</translation>
    </message>
    <message>
        <source>Database backed up to %s</source>
        <translation>Database backed up to %s</translation>
    </message>
    <message>
        <source>Database restored from %s (the previous one kept as %s)</source>
        <translation>Database restored from %s (the previous one kept as %s)</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Database restored from a backup</translation>
    </message>
    <message>
        <source>%s signed in</source>
        <translation>%s signed in</translation>
    </message>
    <message>
        <source>Failed sign-in as %s</source>
        <translation>Failed sign-in as %s</translation>
    </message>
    <message>
        <source>Account %s locked after failed sign-ins</source>
        <translation>Account %s locked after failed sign-ins</translation>
    </message>
    <message>
        <source>Account %s unlocked</source>
        <translation>Account %s unlocked</translation>
    </message>
    <message>
        <source>%s changed the password</source>
        <translation>%s changed the password</translation>
    </message>
    <message>
        <source>Password of %s reset</source>
        <translation>Password of %s reset</translation>
    </message>
    <message>
        <source>Changed %s %s: %s</source>
        <translation>Changed %s %s: %s</translation>
    </message>
    <message>
        <source>Changed %s %s</source>
        <translation>Changed %s %s</translation>
    </message>
    <message>
        <source>%s %s: status %s → %s</source>
        <translation>%s %s: status %s → %s</translation>
    </message>
    <message>
        <source>Created %s %s</source>
        <translation>Created %s %s</translation>
    </message>
    <message>
        <source>Deleted %s %s</source>
        <translation>Deleted %s %s</translation>
    </message>
    <message>
        <source>Restored %s %s</source>
        <translation>Restored %s %s</translation>
    </message>
    <message>
        <source>Submitted %s %s</source>
        <translation>Submitted %s %s</translation>
    </message>
    <message>
        <source>Approved %s %s</source>
        <translation>Approved %s %s</translation>
    </message>
    <message>
        <source>Rejected %s %s</source>
        <translation>Rejected %s %s</translation>
    </message>
    <message>
        <source>Returned %s %s</source>
        <translation>Returned %s %s</translation>
    </message>
    <message>
        <source>Cancelled %s %s</source>
        <translation>Cancelled %s %s</translation>
    </message>
    <message>
        <source>Recorded the payment of %s %s</source>
        <translation>Recorded the payment of %s %s</translation>
    </message>
    <message>
        <source>Reversed %s %s</source>
        <translation>Reversed %s %s</translation>
    </message>
    <message>
        <source>Merged %s %s</source>
        <translation>Merged %s %s</translation>
    </message>
    <message>
        <source>Attached a file to %s %s</source>
        <translation>Attached a file to %s %s</translation>
    </message>
    <message>
        <source>Approved %s %s over the remaining budget</source>
        <translation>Approved %s %s over the remaining budget</translation>
    </message>
    <message>
        <source>Exported %s %s</source>
        <translation>Exported %s %s</translation>
    </message>
    <message>
        <source>Printed %s %s</source>
        <translation>Printed %s %s</translation>
    </message>
    <message>
        <source>Imported %s %s</source>
        <translation>Imported %s %s</translation>
    </message>
    <message>
        <source>audit log trigger missing: %s (audit rows can be changed or deleted)</source>
        <translation>audit log trigger missing: %s (audit rows can be changed or deleted)</translation>
    </message>
    <message>
        <source>audit log trigger missing or disabled: %s (audit rows can be changed or deleted)</source>
        <translation>audit log trigger missing or disabled: %s (audit rows can be changed or deleted)</translation>
    </message>
    <message>
        <source>the database role %s is a superuser: it can drop the audit log's trigger (connect as a role with data rights only, see README, PostgreSQL)</source>
        <translation>the database role %s is a superuser: it can drop the audit log's trigger (connect as a role with data rights only, see README, PostgreSQL)</translation>
    </message>
    <message>
        <source>the database role %s owns the audit log (owner %s) and can drop its trigger (connect as a role with data rights only, see README, PostgreSQL)</source>
        <translation>the database role %s owns the audit log (owner %s) and can drop its trigger (connect as a role with data rights only, see README, PostgreSQL)</translation>
    </message>
    <message>
        <source>the database role %s may %s the audit log (grant it INSERT and SELECT only)</source>
        <translation>the database role %s may %s the audit log (grant it INSERT and SELECT only)</translation>
    </message>
    <message>
        <source>The number of demo customers cannot be negative.</source>
        <translation>The number of demo customers cannot be negative.</translation>
    </message>
    <message>
        <source>The database already has accounts; the demo needs an empty one.</source>
        <translation>The database already has accounts; the demo needs an empty one.</translation>
    </message>
    <message>
        <source>appraisal targets and runs</source>
        <comment>demo step</comment>
        <translation>appraisal targets and runs</translation>
    </message>
    <message>
        <source>budgets and claims</source>
        <comment>demo step</comment>
        <translation>budgets and claims</translation>
    </message>
    <message>
        <source>holidays and school terms</source>
        <comment>demo step</comment>
        <translation>holidays and school terms</translation>
    </message>
    <message>
        <source>marketing plans and activities</source>
        <comment>demo step</comment>
        <translation>marketing plans and activities</translation>
    </message>
    <message>
        <source>channel spend</source>
        <comment>demo step</comment>
        <translation>channel spend</translation>
    </message>
    <message>
        <source>conduct records</source>
        <comment>demo step</comment>
        <translation>conduct records</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>demo step</comment>
        <translation>customers</translation>
    </message>
    <message>
        <source>meetings</source>
        <comment>demo step</comment>
        <translation>meetings</translation>
    </message>
    <message>
        <source>accounts and staff</source>
        <comment>demo step</comment>
        <translation>accounts and staff</translation>
    </message>
    <message>
        <source>market research and competitors</source>
        <comment>demo step</comment>
        <translation>market research and competitors</translation>
    </message>
    <message>
        <source>plans, reports and sales logs</source>
        <comment>demo step</comment>
        <translation>plans, reports and sales logs</translation>
    </message>
    <message>
        <source>the ad copy is neither UTF-8 nor GB18030 text</source>
        <translation>the ad copy is neither UTF-8 nor GB18030 text</translation>
    </message>
    <message>
        <source>give the ad copy or --file, not both</source>
        <translation>give the ad copy or --file, not both</translation>
    </message>
    <message>
        <source>no ad copy given: pass TEXT, - for standard input, or --file</source>
        <translation>no ad copy given: pass TEXT, - for standard input, or --file</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>no problems found</translation>
    </message>
    <message>
        <source>%s  「%s」 (characters %d-%d)</source>
        <translation>%s  「%s」 (characters %d-%d)</translation>
    </message>
    <message>
        <source>suggestion: %s</source>
        <translation>suggestion: %s</translation>
    </message>
    <message>
        <source>%s is already finalized</source>
        <translation>%s is already finalized</translation>
    </message>
    <message>
        <source>booth kit for %s written to %s (accounts: %s)</source>
        <translation>booth kit for %s written to %s (accounts: %s)</translation>
    </message>
    <message>
        <source>%d leads and %d visits written to %s</source>
        <translation>%d leads and %d visits written to %s</translation>
    </message>
    <message>
        <source>with %d competitors seen at the booth</source>
        <translation>with %d competitors seen at the booth</translation>
    </message>
    <message>
        <source>'%s' is not a date (YYYY-MM-DD)</source>
        <translation>'%s' is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the last day %s is before the first day %s</source>
        <translation>the last day %s is before the first day %s</translation>
    </message>
    <message>
        <source>%s: the file name must end in .ics</source>
        <translation>%s: the file name must end in .ics</translation>
    </message>
    <message>
        <source>cannot write %s: %s</source>
        <translation>cannot write %s: %s</translation>
    </message>
    <message>
        <source>%s (%d activities)</source>
        <translation>%s (%d activities)</translation>
    </message>
    <message>
        <source>%s (%d page(s))</source>
        <translation>%s (%d page(s))</translation>
    </message>
    <message>
        <source>%s: the file name must end in .pdf or .xlsx</source>
        <translation>%s: the file name must end in .pdf or .xlsx</translation>
    </message>
    <message>
        <source>created a new database at %s</source>
        <translation>created a new database at %s</translation>
    </message>
    <message>
        <source>would import %d, merged %d (updated %d), rejected %d, skipped %d</source>
        <translation>would import %d, merged %d (updated %d), rejected %d, skipped %d</translation>
    </message>
    <message>
        <source>imported %d, merged %d (updated %d), rejected %d, skipped %d</source>
        <translation>imported %d, merged %d (updated %d), rejected %d, skipped %d</translation>
    </message>
    <message>
        <source>row %d: %s</source>
        <translation>row %d: %s</translation>
    </message>
    <message>
        <source>exported %d customers to %s</source>
        <translation>exported %d customers to %s</translation>
    </message>
    <message>
        <source>bundle %s: %d new, %d noted on existing customers, %d visits, %d already merged, %d rejected</source>
        <translation>bundle %s: %d new, %d noted on existing customers, %d visits, %d already merged, %d rejected</translation>
    </message>
    <message>
        <source>%d competitors seen at the booth went into the competitor register</source>
        <translation>%d competitors seen at the booth went into the competitor register</translation>
    </message>
    <message>
        <source>--scale must be at least 1 (the number of demo customers); %d was given</source>
        <translation>--scale must be at least 1 (the number of demo customers); %d was given</translation>
    </message>
    <message>
        <source>demo database ready: %s</source>
        <translation>demo database ready: %s</translation>
    </message>
    <message>
        <source>restored %s from %s (previous database kept as %s)</source>
        <translation>restored %s from %s (previous database kept as %s)</translation>
    </message>
    <message>
        <source>database: %s</source>
        <translation>database: %s</translation>
    </message>
    <message>
        <source>integrity check: %s</source>
        <translation>integrity check: %s</translation>
    </message>
    <message>
        <source>foreign_key_check: %d problem(s)</source>
        <translation>foreign_key_check: %d problem(s)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>schema revision</comment>
        <translation>none</translation>
    </message>
    <message>
        <source>(not up to date: %s)</source>
        <translation>(not up to date: %s)</translation>
    </message>
    <message>
        <source>schema revision: %s</source>
        <translation>schema revision: %s</translation>
    </message>
    <message>
        <source>schema: %s</source>
        <translation>schema: %s</translation>
    </message>
    <message>
        <source>schema: every table, index and audit trigger is there</source>
        <translation>schema: every table, index and audit trigger is there</translation>
    </message>
    <message>
        <source>translation missing (%s): %s</source>
        <translation>translation missing (%s): %s</translation>
    </message>
    <message>
        <source>translations (%s): complete</source>
        <translation>translations (%s): complete</translation>
    </message>
    <message>
        <source>cost records whose old channel text matched no channel: %d</source>
        <translation>cost records whose old channel text matched no channel: %d</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>check result</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND</source>
        <comment>check result</comment>
        <translation>PROBLEMS FOUND</translation>
    </message>
    <message>
        <source>not applicable (PostgreSQL)</source>
        <comment>integrity check</comment>
        <translation>not applicable (PostgreSQL)</translation>
    </message>
    <message>
        <source>no problems</source>
        <comment>integrity check</comment>
        <translation>no problems</translation>
    </message>
    <message>
        <source>%d problem(s), the first: %s</source>
        <translation>%d problem(s), the first: %s</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>Enter a number from %d to %d.</source>
        <translation>Enter a number from %d to %d.</translation>
    </message>
    <message>
        <source>Enter a number such as 1.2.</source>
        <translation>Enter a number such as 1.2.</translation>
    </message>
    <message>
        <source>Enter a number from %s to %s.</source>
        <translation>Enter a number from %s to %s.</translation>
    </message>
    <message>
        <source>Give a value for each of: %s.</source>
        <translation>Give a value for each of: %s.</translation>
    </message>
    <message>
        <source>Enter a name of 1 to 100 characters.</source>
        <translation>Enter a name of 1 to 100 characters.</translation>
    </message>
    <message>
        <source>Each grade needs a lower minimum than the grade above it.</source>
        <translation>Each grade needs a lower minimum than the grade above it.</translation>
    </message>
    <message>
        <source>Organisation name (printed on forms)</source>
        <comment>settings</comment>
        <translation>Organisation name (printed on forms)</translation>
    </message>
    <message>
        <source>Lock after idle (minutes, 0 = never)</source>
        <comment>settings</comment>
        <translation>Lock after idle (minutes, 0 = never)</translation>
    </message>
    <message>
        <source>Warn when an expense predates its claim by more than (days, 0 = never)</source>
        <comment>settings</comment>
        <translation>Warn when an expense predates its claim by more than (days, 0 = never)</translation>
    </message>
    <message>
        <source>Grade minimums (E is below D)</source>
        <comment>settings</comment>
        <translation>Grade minimums (E is below D)</translation>
    </message>
    <message>
        <source>Bonus coefficient per grade</source>
        <comment>settings</comment>
        <translation>Bonus coefficient per grade</translation>
    </message>
    <message>
        <source>KPI score cap (times the target)</source>
        <comment>settings</comment>
        <translation>KPI score cap (times the target)</translation>
    </message>
    <message>
        <source>Warning line (total below it gets a verbal warning)</source>
        <comment>settings</comment>
        <translation>Warning line (total below it gets a verbal warning)</translation>
    </message>
    <message>
        <source>Conduct points per record kind</source>
        <comment>settings</comment>
        <translation>Conduct points per record kind</translation>
    </message>
    <message>
        <source>Conduct points of these records (others take their kind's)</source>
        <comment>settings</comment>
        <translation>Conduct points of these records (others take their kind's)</translation>
    </message>
    <message>
        <source>Lates in a month that count as one absence (0 = never)</source>
        <comment>settings</comment>
        <translation>Lates in a month that count as one absence (0 = never)</translation>
    </message>
    <message numerus="yes">
        <source>Risk: a category's spend ahead of the month's pace by more than (points)</source>
        <comment>settings</comment>
        <translation>
            <numerusform>Risk: a category's spend ahead of the month's pace by more than (points)</numerusform>
            <numerusform>Risk: a category's spend ahead of the month's pace by more than (points)</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk: project KPIs to the month's end from this day of the month</source>
        <comment>settings</comment>
        <translation>Risk: project KPIs to the month's end from this day of the month</translation>
    </message>
    <message>
        <source>Risk: a complaint's response overdue by more than (hours)</source>
        <comment>settings</comment>
        <translation>Risk: a complaint's response overdue by more than (hours)</translation>
    </message>
    <message>
        <source>Risk: a complaint unresolved for more than (days)</source>
        <comment>settings</comment>
        <translation>Risk: a complaint unresolved for more than (days)</translation>
    </message>
    <message>
        <source>Risk: cost per lead compared with the previous (months)</source>
        <comment>settings</comment>
        <translation>Risk: cost per lead compared with the previous (months)</translation>
    </message>
    <message>
        <source>Risk: cost per lead above that average by more than (%)</source>
        <comment>settings</comment>
        <translation>Risk: cost per lead above that average by more than (%)</translation>
    </message>
    <message>
        <source>Risk: cost per lead judged from this many leads in the month</source>
        <comment>settings</comment>
        <translation>Risk: cost per lead judged from this many leads in the month</translation>
    </message>
    <message>
        <source>Risk: an activity ended more than (days) ago and not completed</source>
        <comment>settings</comment>
        <translation>Risk: an activity ended more than (days) ago and not completed</translation>
    </message>
    <message>
        <source>Risk: a new lead counts as waiting after (days) without contact</source>
        <comment>settings</comment>
        <translation>Risk: a new lead counts as waiting after (days) without contact</translation>
    </message>
    <message>
        <source>Risk: more waiting leads than this are a warning</source>
        <comment>settings</comment>
        <translation>Risk: more waiting leads than this are a warning</translation>
    </message>
    <message>
        <source>Attendance</source>
        <comment>settings</comment>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Discipline</source>
        <comment>settings</comment>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Demeanor</source>
        <comment>settings</comment>
        <translation>Demeanor</translation>
    </message>
    <message>
        <source>Commendation</source>
        <comment>settings</comment>
        <translation>Commendation</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>settings</comment>
        <translation>Training</translation>
    </message>
    <message>
        <source>Absence</source>
        <comment>settings</comment>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Confidentiality breach</source>
        <comment>settings</comment>
        <translation>Confidentiality breach</translation>
    </message>
    <message>
        <source>Argument with a customer</source>
        <comment>settings</comment>
        <translation>Argument with a customer</translation>
    </message>
    <message>
        <source>Excellent employee</source>
        <comment>settings</comment>
        <translation>Excellent employee</translation>
    </message>
    <message>
        <source>Best sales team</source>
        <comment>settings</comment>
        <translation>Best sales team</translation>
    </message>
    <message>
        <source>External training</source>
        <comment>settings</comment>
        <translation>External training</translation>
    </message>
    <message>
        <source>Personal leave</source>
        <comment>settings</comment>
        <translation>Personal leave</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Unknown setting.</translation>
    </message>
    <message>
        <source>Choose a channel from the list (unknown channel).</source>
        <translation>Choose a channel from the list (unknown channel).</translation>
    </message>
    <message>
        <source>A channel needs a name of at most 60 characters.</source>
        <translation>A channel needs a name of at most 60 characters.</translation>
    </message>
    <message>
        <source>The channel '%s' exists already.</source>
        <translation>The channel '%s' exists already.</translation>
    </message>
</context>
</TS>
