<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Backup and restore here work on a SQLite database file. For PostgreSQL, use the server&apos;s pg_dump and pg_restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %s does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %s does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is not a MarketDesk database: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed its integrity check (%s, %d foreign key problem(s)); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%s&apos; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount has at most two decimal places (fen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <comment>roles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing manager</source>
        <comment>roles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing staff</source>
        <comment>roles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service</source>
        <comment>roles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <comment>roles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%s) may not do this (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists (%s #%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy (locked by another program). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <comment>settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle (minutes, 0 = never)</source>
        <comment>settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <comment>settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up once a day</source>
        <comment>settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name (printed on forms)</source>
        <comment>settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong type for this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be at least %d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be at most %d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %d characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs both letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2-60 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &apos;%s&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator account already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked for %d more minute(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &apos;%s&apos; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account or remove your own admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%s&apos; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hire date is too far in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department &apos;%s&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has accounts; the demo needs an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
