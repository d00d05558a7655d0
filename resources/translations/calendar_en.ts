<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalendarFeature</name>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>CalendarLegend</name>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <source>Holidays and terms…</source>
        <translation>Holidays and terms…</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation>Activities: %1</translation>
    </message>
    <message>
        <source>In conflict: %1</source>
        <translation>In conflict: %1</translation>
    </message>
    <message>
        <source>Move an approved activity</source>
        <translation>Move an approved activity</translation>
    </message>
    <message>
        <source>“%s” is approved. Moving it sends it back for approval. Move it?</source>
        <translation>“%s” is approved. Moving it sends it back for approval. Move it?</translation>
    </message>
    <message>
        <source>Print the calendar to PDF</source>
        <translation>Print the calendar to PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Printed %s by %s</source>
        <translation>Printed %s by %s</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Saved %s</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Export the calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>%s (work)</source>
        <translation>%s (work)</translation>
    </message>
    <message>
        <source>+%d more</source>
        <translation>+%d more</translation>
    </message>
    <message>
        <source>No activities this month.</source>
        <translation>No activities this month.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>Owner %s is booked twice: %s</source>
        <translation>Owner %s is booked twice: %s</translation>
    </message>
    <message>
        <source>Venue %s is booked twice: %s</source>
        <translation>Venue %s is booked twice: %s</translation>
    </message>
    <message>
        <source>Another activity at %s that day: %s</source>
        <translation>Another activity at %s that day: %s</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Row %1: '%2' is not a date (YYYY-MM-DD).</source>
        <translation>Row %1: '%2' is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Holidays and school terms</source>
        <translation>Holidays and school terms</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <source>School terms</source>
        <translation>School terms</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Add day</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Remove day</translation>
    </message>
    <message>
        <source>Save the year</source>
        <translation>Save the year</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Working day (swapped)</source>
        <translation>Working day (swapped)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Vacation</translation>
    </message>
    <message>
        <source>Days off and swapped working days as in the State Council's notice.</source>
        <translation>Days off and swapped working days as in the State Council's notice.</translation>
    </message>
    <message>
        <source>Only the statutory holidays are entered for this year. When the State Council publishes the year's arrangement, add its bridging days off and the weekend days that are worked.</source>
        <translation>Only the statutory holidays are entered for this year. When the State Council publishes the year's arrangement, add its bridging days off and the weekend days that are worked.</translation>
    </message>
    <message>
        <source>No holidays are entered for this year yet.</source>
        <translation>No holidays are entered for this year yet.</translation>
    </message>
    <message>
        <source>Terms and vacations of the local schools (both dates included).</source>
        <translation>Terms and vacations of the local schools (both dates included).</translation>
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
        <source>Add term</source>
        <translation>Add term</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Remove term</translation>
    </message>
    <message>
        <source>Save terms</source>
        <translation>Save terms</translation>
    </message>
</context>
<context>
    <name>RescheduleController</name>
    <message>
        <source>Resize %s</source>
        <translation>Resize %s</translation>
    </message>
    <message>
        <source>Move %s</source>
        <translation>Move %s</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>holiday or working day</source>
        <comment>audit record</comment>
        <translation>holiday or working day</translation>
    </message>
    <message>
        <source>school term</source>
        <comment>audit record</comment>
        <translation>school term</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Campus booth</source>
        <translation>Campus booth</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Community event</source>
        <translation>Community event</translation>
    </message>
    <message>
        <source>Ad placement</source>
        <translation>Ad placement</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Exhibition</translation>
    </message>
    <message>
        <source>Partner event</source>
        <translation>Partner event</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
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
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>%s (work)</source>
        <translation>%s (work)</translation>
    </message>
    <message>
        <source>+%d more</source>
        <translation>+%d more</translation>
    </message>
    <message>
        <source>%s is not in the year %d.</source>
        <translation>%s is not in the year %d.</translation>
    </message>
    <message>
        <source>%s is listed twice.</source>
        <translation>%s is listed twice.</translation>
    </message>
    <message>
        <source>'%s' is not a kind of day.</source>
        <translation>'%s' is not a kind of day.</translation>
    </message>
    <message>
        <source>The holiday's name</source>
        <translation>The holiday's name</translation>
    </message>
    <message>
        <source>The term's name</source>
        <translation>The term's name</translation>
    </message>
    <message>
        <source>'%s' is not a kind of term.</source>
        <translation>'%s' is not a kind of term.</translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation>The term ends before it starts.</translation>
    </message>
    <message>
        <source>A term or vacation lasts at most a year.</source>
        <translation>A term or vacation lasts at most a year.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Campaign calendar %s – %s</source>
        <translation>Campaign calendar %s – %s</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
</context>
</TS>
