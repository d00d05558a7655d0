<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance: %s</source>
        <translation>Attendance: %s</translation>
    </message>
    <message>
        <source>Lateness and absence are recorded in conduct records for this meeting.</source>
        <translation>Lateness and absence are recorded in conduct records for this meeting.</translation>
    </message>
    <message>
        <source>This meeting does not record lateness in conduct records.</source>
        <translation>This meeting does not record lateness in conduct records.</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Invitee</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation>Minutes late</translation>
    </message>
</context>
<context>
    <name>MeetingsFeature</name>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Title, agenda, place, decisions</source>
        <translation>Title, agenda, place, decisions</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Only mine</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>&amp;New notice</source>
        <translation>&amp;New notice</translation>
    </message>
    <message>
        <source>&amp;Edit notice</source>
        <translation>&amp;Edit notice</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>&amp;Return...</source>
        <translation>&amp;Return...</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>&amp;Distribute</source>
        <translation>&amp;Distribute</translation>
    </message>
    <message>
        <source>Confirm &amp;read</source>
        <translation>Confirm &amp;read</translation>
    </message>
    <message>
        <source>Sur&amp;vey</source>
        <translation>Sur&amp;vey</translation>
    </message>
    <message>
        <source>&amp;Print minutes...</source>
        <translation>&amp;Print minutes...</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xport...</translation>
    </message>
    <message>
        <source>Double-click an item when it is done.</source>
        <translation>Double-click an item when it is done.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%d late, %d absent</source>
        <translation>%d late, %d absent</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>All series</translation>
    </message>
    <message>
        <source>No meetings in this period.</source>
        <translation>No meetings in this period.</translation>
    </message>
    <message>
        <source>Call one with New notice (Ctrl+N).</source>
        <translation>Call one with New notice (Ctrl+N).</translation>
    </message>
    <message>
        <source>My open action items: %d</source>
        <translation>My open action items: %d</translation>
    </message>
    <message>
        <source>%s: %.2f from %d answers</source>
        <translation>%s: %.2f from %d answers</translation>
    </message>
    <message>
        <source>(no series)</source>
        <translation>(no series)</translation>
    </message>
    <message>
        <source>Satisfaction by series: %s</source>
        <translation>Satisfaction by series: %s</translation>
    </message>
    <message>
        <source>Host: %s · Recorder: %s · Minutes: %s</source>
        <translation>Host: %s · Recorder: %s · Minutes: %s</translation>
    </message>
    <message>
        <source> %d min</source>
        <translation> %d min</translation>
    </message>
    <message>
        <source>Returned: %s</source>
        <translation>Returned: %s</translation>
    </message>
    <message>
        <source>Signed by %s on %s</source>
        <translation>Signed by %s on %s</translation>
    </message>
    <message>
        <source>Survey: %.2f from %d answers</source>
        <translation>Survey: %.2f from %d answers</translation>
    </message>
    <message>
        <source>Return the minutes</source>
        <translation>Return the minutes</translation>
    </message>
    <message>
        <source>What should the recorder change?</source>
        <translation>What should the recorder change?</translation>
    </message>
    <message>
        <source>Sign the minutes as the host (主持人). The signature is printed on them.</source>
        <translation>Sign the minutes as the host (主持人). The signature is printed on them.</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Save the minutes</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export the meetings</source>
        <translation>Export the meetings</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Minutes: %s</source>
        <translation>Minutes: %s</translation>
    </message>
    <message>
        <source>Returned by the host: %s</source>
        <translation>Returned by the host: %s</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Decisions:</translation>
    </message>
    <message>
        <source>Action items:</source>
        <translation>Action items:</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <source>Save and &amp;submit to the host</source>
        <translation>Save and &amp;submit to the host</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Meeting notice</source>
        <translation>Meeting notice</translation>
    </message>
    <message>
        <source>Edit the notice</source>
        <translation>Edit the notice</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Confidential: only the invited see this meeting</source>
        <translation>Confidential: only the invited see this meeting</translation>
    </message>
    <message>
        <source>Record lateness in conduct records</source>
        <translation>Record lateness in conduct records</translation>
    </message>
    <message>
        <source>When attendance is saved, each late or absent invitee gets an attendance conduct record (准时到场, as the meeting rules say).</source>
        <translation>When attendance is saved, each late or absent invitee gets an attendance conduct record (准时到场, as the meeting rules say).</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Starts:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>Recorder:</translation>
    </message>
    <message>
        <source>Invitees:</source>
        <translation>Invitees:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Survey: %s</source>
        <translation>Survey: %s</translation>
    </message>
    <message>
        <source>How satisfied were you with this meeting?</source>
        <translation>How satisfied were you with this meeting?</translation>
    </message>
    <message>
        <source>1 poor</source>
        <translation>1 poor</translation>
    </message>
    <message>
        <source>3 fair</source>
        <translation>3 fair</translation>
    </message>
    <message>
        <source>5 excellent</source>
        <translation>5 excellent</translation>
    </message>
    <message>
        <source>What should the next meeting do better? (optional)</source>
        <translation>What should the next meeting do better? (optional)</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>meeting</source>
        <comment>audit record</comment>
        <translation>meeting</translation>
    </message>
    <message>
        <source>meeting attendance</source>
        <comment>audit record</comment>
        <translation>meeting attendance</translation>
    </message>
    <message>
        <source>action item</source>
        <comment>audit record</comment>
        <translation>action item</translation>
    </message>
    <message>
        <source>meeting survey answer</source>
        <comment>audit record</comment>
        <translation>meeting survey answer</translation>
    </message>
    <message>
        <source>You may see only your own action items.</source>
        <translation>You may see only your own action items.</translation>
    </message>
    <message>
        <source>Only the item's owner, the host or the recorder marks it done.</source>
        <translation>Only the item's owner, the host or the recorder marks it done.</translation>
    </message>
    <message>
        <source>The minutes are not signed yet.</source>
        <translation>The minutes are not signed yet.</translation>
    </message>
    <message>
        <source>The item is done already.</source>
        <translation>The item is done already.</translation>
    </message>
    <message>
        <source>The item is open already.</source>
        <translation>The item is open already.</translation>
    </message>
    <message>
        <source>Give a score from 1 to 5.</source>
        <translation>Give a score from 1 to 5.</translation>
    </message>
    <message>
        <source>The comment is too long (at most %d characters).</source>
        <translation>The comment is too long (at most %d characters).</translation>
    </message>
    <message>
        <source>Only the meeting's attendees answer its survey.</source>
        <translation>Only the meeting's attendees answer its survey.</translation>
    </message>
    <message>
        <source>The survey opens when the meeting has taken place.</source>
        <translation>The survey opens when the meeting has taken place.</translation>
    </message>
    <message>
        <source>The signature must be a PNG image under 2 MB.</source>
        <translation>The signature must be a PNG image under 2 MB.</translation>
    </message>
    <message>
        <source>At most %d action items.</source>
        <translation>At most %d action items.</translation>
    </message>
    <message>
        <source>Action item %d has no text.</source>
        <translation>Action item %d has no text.</translation>
    </message>
    <message>
        <source>Action item %d is too long.</source>
        <translation>Action item %d is too long.</translation>
    </message>
    <message>
        <source>The decisions are too long.</source>
        <translation>The decisions are too long.</translation>
    </message>
    <message>
        <source>Only the meeting's recorder writes the minutes.</source>
        <translation>Only the meeting's recorder writes the minutes.</translation>
    </message>
    <message>
        <source>Only draft minutes can be changed.</source>
        <translation>Only draft minutes can be changed.</translation>
    </message>
    <message>
        <source>The meeting was cancelled.</source>
        <translation>The meeting was cancelled.</translation>
    </message>
    <message>
        <source>The owner of action item %d is not one of the meeting's people.</source>
        <translation>The owner of action item %d is not one of the meeting's people.</translation>
    </message>
    <message>
        <source>Action item %d no longer exists.</source>
        <translation>Action item %d no longer exists.</translation>
    </message>
    <message>
        <source>Say what to change in the minutes.</source>
        <translation>Say what to change in the minutes.</translation>
    </message>
    <message>
        <source>Only the meeting's invitees confirm reading the minutes.</source>
        <translation>Only the meeting's invitees confirm reading the minutes.</translation>
    </message>
    <message>
        <source>The minutes have not been distributed yet.</source>
        <translation>The minutes have not been distributed yet.</translation>
    </message>
    <message>
        <source>You confirmed reading these minutes already.</source>
        <translation>You confirmed reading these minutes already.</translation>
    </message>
    <message>
        <source>Only signed minutes can be printed.</source>
        <translation>Only signed minutes can be printed.</translation>
    </message>
    <message>
        <source>The minutes are %s: this step is not possible now.</source>
        <translation>The minutes are %s: this step is not possible now.</translation>
    </message>
    <message>
        <source>Only %s takes this step.</source>
        <translation>Only %s takes this step.</translation>
    </message>
    <message>
        <source>Write the decisions or an action item before submitting.</source>
        <translation>Write the decisions or an action item before submitting.</translation>
    </message>
    <message>
        <source>The meeting has not taken place yet.</source>
        <translation>The meeting has not taken place yet.</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Give the meeting a title.</translation>
    </message>
    <message>
        <source>The title is too long (at most %d characters).</source>
        <translation>The title is too long (at most %d characters).</translation>
    </message>
    <message>
        <source>The start time needs a time zone.</source>
        <translation>The start time needs a time zone.</translation>
    </message>
    <message>
        <source>A meeting lasts 5 minutes to 24 hours.</source>
        <translation>A meeting lasts 5 minutes to 24 hours.</translation>
    </message>
    <message>
        <source>The agenda is too long.</source>
        <translation>The agenda is too long.</translation>
    </message>
    <message>
        <source>Invite at least one person.</source>
        <translation>Invite at least one person.</translation>
    </message>
    <message>
        <source>At most %d people can be invited.</source>
        <translation>At most %d people can be invited.</translation>
    </message>
    <message>
        <source>No such meeting, or it is confidential.</source>
        <translation>No such meeting, or it is confidential.</translation>
    </message>
    <message>
        <source>The minutes are signed: the notice can no longer change.</source>
        <translation>The minutes are signed: the notice can no longer change.</translation>
    </message>
    <message>
        <source>%s has attendance recorded and cannot be uninvited.</source>
        <translation>%s has attendance recorded and cannot be uninvited.</translation>
    </message>
    <message>
        <source>A meeting with minutes under way cannot be cancelled.</source>
        <translation>A meeting with minutes under way cannot be cancelled.</translation>
    </message>
    <message>
        <source>Unknown attendance mark.</source>
        <translation>Unknown attendance mark.</translation>
    </message>
    <message>
        <source>Give the minutes late (1 to 600) for each late person.</source>
        <translation>Give the minutes late (1 to 600) for each late person.</translation>
    </message>
    <message>
        <source>Only an organiser, the host or the recorder records attendance.</source>
        <translation>Only an organiser, the host or the recorder records attendance.</translation>
    </message>
    <message>
        <source>The meeting has not started yet.</source>
        <translation>The meeting has not started yet.</translation>
    </message>
    <message>
        <source>Only invitees have attendance.</source>
        <translation>Only invitees have attendance.</translation>
    </message>
    <message>
        <source>The lateness of %s is a conduct record already: withdraw that record in the Conduct tab before changing the attendance.</source>
        <translation>The lateness of %s is a conduct record already: withdraw that record in the Conduct tab before changing the attendance.</translation>
    </message>
    <message>
        <source>Meeting: %s</source>
        <translation>Meeting: %s</translation>
    </message>
    <message>
        <source>Some of the people chosen no longer exist.</source>
        <translation>Some of the people chosen no longer exist.</translation>
    </message>
    <message>
        <source>Minutes to sign: %s</source>
        <translation>Minutes to sign: %s</translation>
    </message>
    <message>
        <source>Minutes to read and confirm: %s</source>
        <translation>Minutes to read and confirm: %s</translation>
    </message>
    <message>
        <source>Minutes to write: %s</source>
        <translation>Minutes to write: %s</translation>
    </message>
    <message>
        <source>Returned: %s</source>
        <translation>Returned: %s</translation>
    </message>
    <message>
        <source>From the meeting: %s</source>
        <translation>From the meeting: %s</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Distributed</translation>
    </message>
    <message>
        <source>the recorder</source>
        <translation>the recorder</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>the host</translation>
    </message>
    <message>
        <source>the host or the recorder</source>
        <translation>the host or the recorder</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
</context>
</TS>
