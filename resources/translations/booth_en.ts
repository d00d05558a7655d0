<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BoothCompetitorDialog</name>
    <message>
        <source>Competitor seen at the booth</source>
        <translation>Competitor seen at the booth</translation>
    </message>
    <message>
        <source>A rival institution seen near the booth: its stand, flyers, prices. Leave a field blank when it was not seen. The office adds what you note to the competitor register when it merges the bundle.</source>
        <translation>A rival institution seen near the booth: its stand, flyers, prices. Leave a field blank when it was not seen. The office adds what you note to the competitor register when it merges the bundle.</translation>
    </message>
    <message>
        <source>Type the institution's name, or pick one</source>
        <translation>Type the institution's name, or pick one</translation>
    </message>
    <message>
        <source>e.g. handing out flyers at the school gate</source>
        <translation>e.g. handing out flyers at the school gate</translation>
    </message>
    <message>
        <source>Competitor:</source>
        <translation>Competitor:</translation>
    </message>
    <message>
        <source>Courses:</source>
        <translation>Courses:</translation>
    </message>
    <message>
        <source>Price (yuan):</source>
        <translation>Price (yuan):</translation>
    </message>
    <message>
        <source>Promotion:</source>
        <translation>Promotion:</translation>
    </message>
    <message>
        <source>Ad seen:</source>
        <translation>Ad seen:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Seen on:</source>
        <translation>Seen on:</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Back to leads (Esc)</source>
        <translation>Back to leads (Esc)</translation>
    </message>
    <message>
        <source>e.g. IELTS, primary maths</source>
        <translation>e.g. IELTS, primary maths</translation>
    </message>
    <message>
        <source>e.g. 3980</source>
        <translation>e.g. 3980</translation>
    </message>
    <message>
        <source>e.g. free textbook when enrolling</source>
        <translation>e.g. free textbook when enrolling</translation>
    </message>
    <message>
        <source>e.g. poster at the bus stop</source>
        <translation>e.g. poster at the bus stop</translation>
    </message>
    <message>
        <source>registered: %s</source>
        <translation>registered: %s</translation>
    </message>
    <message>
        <source>Noted: %s.</source>
        <translation>Noted: %s.</translation>
    </message>
    <message>
        <source>Noted in this kit: %d</source>
        <translation>Noted in this kit: %d</translation>
    </message>
</context>
<context>
    <name>BoothKitActions</name>
    <message>
        <source>Create booth kit…</source>
        <translation>Create booth kit…</translation>
    </message>
    <message>
        <source>A small database for a booth laptop: the event, channels, courses and the booth staff's accounts, and no existing customer</source>
        <translation>A small database for a booth laptop: the event, channels, courses and the booth staff's accounts, and no existing customer</translation>
    </message>
</context>
<context>
    <name>BoothTour</name>
    <message>
        <source>Enrol today: textbooks free</source>
        <translation>Enrol today: textbooks free</translation>
    </message>
    <message>
        <source>Two staff handing out flyers at the school gate</source>
        <translation>Two staff handing out flyers at the school gate</translation>
    </message>
    <message>
        <source>Star Maths</source>
        <translation>Star Maths</translation>
    </message>
    <message>
        <source>Olympiad maths, grades 3-6</source>
        <translation>Olympiad maths, grades 3-6</translation>
    </message>
    <message>
        <source>Poster at the bus stop opposite the school</source>
        <translation>Poster at the bus stop opposite the school</translation>
    </message>
    <message>
        <source>Trial lesson vouchers on their table</source>
        <translation>Trial lesson vouchers on their table</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <source>Create booth kit</source>
        <translation>Create booth kit</translation>
    </message>
    <message>
        <source>A booth kit is a small database for the booth laptop: the event, the channels, the courses and the accounts of the staff working at the booth. It holds no existing customer. Bundles exported from it are encrypted with the kit's own key, which this office keeps to merge them.</source>
        <translation>A booth kit is a small database for the booth laptop: the event, the channels, the courses and the accounts of the staff working at the booth. It holds no existing customer. Bundles exported from it are encrypted with the kit's own key, which this office keeps to merge them.</translation>
    </message>
    <message>
        <source>The event, e.g. a campaign activity's name</source>
        <translation>The event, e.g. a campaign activity's name</translation>
    </message>
    <message>
        <source>Kit file to create (.db)</source>
        <translation>Kit file to create (.db)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>Booth staff:</source>
        <translation>Booth staff:</translation>
    </message>
    <message>
        <source>Kit file:</source>
        <translation>Kit file:</translation>
    </message>
    <message>
        <source>Create kit</source>
        <translation>Create kit</translation>
    </message>
    <message>
        <source>Booth kits (*.db)</source>
        <translation>Booth kits (*.db)</translation>
    </message>
    <message>
        <source>The kit for %s was written to %s. Copy it to the booth laptop and start MarketDesk there with: booth --db %s</source>
        <translation>The kit for %s was written to %s. Copy it to the booth laptop and start MarketDesk there with: booth --db %s</translation>
    </message>
    <message>
        <source>Open day at No. 1 Middle School</source>
        <translation>Open day at No. 1 Middle School</translation>
    </message>
</context>
<context>
    <name>booth</name>
    <message>
        <source>booth kit</source>
        <comment>audit record</comment>
        <translation>booth kit</translation>
    </message>
    <message>
        <source>competitor seen at the booth</source>
        <comment>audit record</comment>
        <translation>competitor seen at the booth</translation>
    </message>
    <message>
        <source>This database is not a booth kit: record competitors in the Market research tab's competitor register.</source>
        <translation>This database is not a booth kit: record competitors in the Market research tab's competitor register.</translation>
    </message>
    <message>
        <source>The bundle's competitor notes are unreadable.</source>
        <translation>The bundle's competitor notes are unreadable.</translation>
    </message>
    <message>
        <source>competitors</source>
        <translation>competitors</translation>
    </message>
    <message>
        <source>competitor note %d</source>
        <translation>competitor note %d</translation>
    </message>
    <message>
        <source>the note is not a record.</source>
        <translation>the note is not a record.</translation>
    </message>
    <message>
        <source>%s: already in the register.</source>
        <translation>%s: already in the register.</translation>
    </message>
    <message>
        <source>%s: new competitor in the register.</source>
        <translation>%s: new competitor in the register.</translation>
    </message>
    <message>
        <source>%s: added to the register's history.</source>
        <translation>%s: added to the register's history.</translation>
    </message>
    <message>
        <source>Name the event the kit is for.</source>
        <translation>Name the event the kit is for.</translation>
    </message>
    <message>
        <source>The event name is longer than %d characters.</source>
        <translation>The event name is longer than %d characters.</translation>
    </message>
    <message>
        <source>Choose the file to write the kit to.</source>
        <translation>Choose the file to write the kit to.</translation>
    </message>
    <message>
        <source>%s exists already: a kit is always a new file.</source>
        <translation>%s exists already: a kit is always a new file.</translation>
    </message>
    <message>
        <source>The folder %s does not exist.</source>
        <translation>The folder %s does not exist.</translation>
    </message>
    <message>
        <source>Choose the accounts of the staff who will work at the booth.</source>
        <translation>Choose the accounts of the staff who will work at the booth.</translation>
    </message>
    <message>
        <source>Booth kit for %s written to %s</source>
        <translation>Booth kit for %s written to %s</translation>
    </message>
    <message>
        <source>No such account: %s.</source>
        <translation>No such account: %s.</translation>
    </message>
    <message>
        <source>%s is an administrator account: it does not go on a booth laptop.</source>
        <translation>%s is an administrator account: it does not go on a booth laptop.</translation>
    </message>
    <message>
        <source>The account %s is disabled.</source>
        <translation>The account %s is disabled.</translation>
    </message>
    <message>
        <source>%s is an unprotected booth bundle of an earlier version: it cannot be told from a forged one. Capture into a booth kit and export again.</source>
        <translation>%s is an unprotected booth bundle of an earlier version: it cannot be told from a forged one. Capture into a booth kit and export again.</translation>
    </message>
    <message>
        <source>%s is not a booth bundle.</source>
        <translation>%s is not a booth bundle.</translation>
    </message>
    <message>
        <source>%s is damaged (cut short).</source>
        <translation>%s is damaged (cut short).</translation>
    </message>
    <message>
        <source>%s has bundle version %s; this program reads version %d.</source>
        <translation>%s has bundle version %s; this program reads version %d.</translation>
    </message>
    <message>
        <source>%s is damaged (unreadable header).</source>
        <translation>%s is damaged (unreadable header).</translation>
    </message>
    <message>
        <source>%s comes from a booth kit this office did not create (kit %s): it is refused. Merge it in the office that made the kit.</source>
        <translation>%s comes from a booth kit this office did not create (kit %s): it is refused. Merge it in the office that made the kit.</translation>
    </message>
    <message>
        <source>%s was changed after the booth wrote it, or was not written with this kit's key: it is refused and nothing was merged.</source>
        <translation>%s was changed after the booth wrote it, or was not written with this kit's key: it is refused and nothing was merged.</translation>
    </message>
    <message>
        <source>%s is too large to merge.</source>
        <translation>%s is too large to merge.</translation>
    </message>
    <message>
        <source>%s is damaged (unreadable content).</source>
        <translation>%s is damaged (unreadable content).</translation>
    </message>
</context>
</TS>
