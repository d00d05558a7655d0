<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>Backup and restore here work on a SQLite database file. For PostgreSQL, use the server's pg_dump and pg_restore.</source>
        <translation>Backup and restore here work on a SQLite database file. For PostgreSQL, use the server's pg_dump and pg_restore.</translation>
    </message>
    <message>
        <source>The database file %s does not exist.</source>
        <translation>The database file %s does not exist.</translation>
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
        <source>The backup failed its integrity check (%s, %d foreign key problem(s)); nothing was restored.</source>
        <translation>The backup failed its integrity check (%s, %d foreign key problem(s)); nothing was restored.</translation>
    </message>
    <message>
        <source>An amount is required.</source>
        <translation>An amount is required.</translation>
    </message>
    <message>
        <source>'%s' is not an amount.</source>
        <translation>'%s' is not an amount.</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places (fen).</source>
        <translation>An amount has at most two decimal places (fen).</translation>
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
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
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
        <source>The record no longer exists (%s #%s).</source>
        <translation>The record no longer exists (%s #%s).</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it. Reload it and make your change again.</source>
        <translation>This record was changed by someone else since you opened it. Reload it and make your change again.</translation>
    </message>
    <message>
        <source>The database is busy (locked by another program). Try again in a moment.</source>
        <translation>The database is busy (locked by another program). Try again in a moment.</translation>
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
        <source>Lock after idle (minutes, 0 = never)</source>
        <comment>settings</comment>
        <translation>Lock after idle (minutes, 0 = never)</translation>
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
        <source>Organisation name (printed on forms)</source>
        <comment>settings</comment>
        <translation>Organisation name (printed on forms)</translation>
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
        <source>Too many failed attempts: this account is locked for %d more minute(s).</source>
        <translation>Too many failed attempts: this account is locked for %d more minute(s).</translation>
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
        <source>No such user.</source>
        <translation>No such user.</translation>
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
        <source>The database already has accounts; the demo needs an empty one.</source>
        <translation>The database already has accounts; the demo needs an empty one.</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
</TS>
