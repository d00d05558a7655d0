<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BoothWindow</name>
    <message>
        <source>Booth capture</source>
        <translation>Booth capture</translation>
    </message>
    <message>
        <source>e.g. open day at No. 1 Middle School</source>
        <translation>e.g. open day at No. 1 Middle School</translation>
    </message>
    <message>
        <source>Under 18 (a guardian must agree)</source>
        <translation>Under 18 (a guardian must agree)</translation>
    </message>
    <message>
        <source>The guardian agrees to the data being kept</source>
        <translation>The guardian agrees to the data being kept</translation>
    </message>
    <message>
        <source>Agrees to be contacted by phone, SMS or WeChat</source>
        <translation>Agrees to be contacted by phone, SMS or WeChat</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation>Guardian:</translation>
    </message>
    <message>
        <source>Guardian phone:</source>
        <translation>Guardian phone:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Grade:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <source>Course interests:</source>
        <translation>Course interests:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>Competitor seen… (Ctrl+K)</source>
        <translation>Competitor seen… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Only in a booth kit: in the office, use the competitor register.</source>
        <translation>Only in a booth kit: in the office, use the competitor register.</translation>
    </message>
    <message>
        <source>Export bundle… (Ctrl+E)</source>
        <translation>Export bundle… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Leave booth mode</source>
        <translation>Leave booth mode</translation>
    </message>
    <message>
        <source>Leads captured</source>
        <translation>Leads captured</translation>
    </message>
    <message>
        <source>This mobile belongs to a colleague's customer already: saving adds a booth-visit note to it.</source>
        <translation>This mobile belongs to a colleague's customer already: saving adds a booth-visit note to it.</translation>
    </message>
    <message>
        <source>Registered already as %s: saving adds a booth-visit note to that customer.</source>
        <translation>Registered already as %s: saving adds a booth-visit note to that customer.</translation>
    </message>
    <message>
        <source>Visited the booth</source>
        <translation>Visited the booth</translation>
    </message>
    <message>
        <source>Note added to %s.</source>
        <translation>Note added to %s.</translation>
    </message>
    <message>
        <source>The visit was noted on a colleague's customer.</source>
        <translation>The visit was noted on a colleague's customer.</translation>
    </message>
    <message>
        <source>Saved: %s.</source>
        <translation>Saved: %s.</translation>
    </message>
    <message>
        <source>%d new leads, %d notes on known customers</source>
        <translation>%d new leads, %d notes on known customers</translation>
    </message>
    <message>
        <source>%d competitor notes saved in the kit.</source>
        <translation>%d competitor notes saved in the kit.</translation>
    </message>
    <message>
        <source>Competitors noted: %d</source>
        <translation>Competitors noted: %d</translation>
    </message>
    <message>
        <source>Export booth bundle</source>
        <translation>Export booth bundle</translation>
    </message>
    <message>
        <source>Booth bundles (*%s)</source>
        <translation>Booth bundles (*%s)</translation>
    </message>
    <message>
        <source>%d leads and %d visits written to %s (encrypted). Copy the file to the office computer and merge it there.</source>
        <translation>%d leads and %d visits written to %s (encrypted). Copy the file to the office computer and merge it there.</translation>
    </message>
    <message>
        <source>It also carries %d competitor notes.</source>
        <translation>It also carries %d competitor notes.</translation>
    </message>
</context>
<context>
    <name>CustomersIoActions</name>
    <message>
        <source>Export personal data</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel workbook (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Everything stored about the customer was written to %s.</source>
        <translation>Everything stored about the customer was written to %s.</translation>
    </message>
    <message>
        <source>Anonymise customer</source>
        <translation>Anonymise customer</translation>
    </message>
    <message>
        <source>Remove the name, phones, WeChat, guardian, school, notes and all free texts of this customer for good? Statistics (status, channel, dates, enrollments) are kept. This cannot be undone.</source>
        <translation>Remove the name, phones, WeChat, guardian, school, notes and all free texts of this customer for good? Statistics (status, channel, dates, enrollments) are kept. This cannot be undone.</translation>
    </message>
    <message>
        <source>Personal data…</source>
        <translation>Personal data…</translation>
    </message>
    <message>
        <source>Export everything stored about this customer (PIPL request)</source>
        <translation>Export everything stored about this customer (PIPL request)</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Export selection…</translation>
    </message>
    <message>
        <source>Merge booth bundle…</source>
        <translation>Merge booth bundle…</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Export personal data…</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <source>Print the customers shown, or the selected ones (Ctrl+P)</source>
        <translation>Print the customers shown, or the selected ones (Ctrl+P)</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>Import customers…</translation>
    </message>
    <message>
        <source>Booth mode</source>
        <translation>Booth mode</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <source>All customers in the current view</source>
        <translation>All customers in the current view</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected customer(s)</source>
        <translation>
            <numerusform>The %n selected customer</numerusform>
            <numerusform>The %n selected customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Chinese column headers</source>
        <translation>Chinese column headers</translation>
    </message>
    <message>
        <source>English column headers</source>
        <translation>English column headers</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Phone numbers, WeChat and guardian names will be masked (your role may not see them).</source>
        <translation>Phone numbers, WeChat and guardian names will be masked (your role may not see them).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Headers:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%d customers exported to %s.</source>
        <translation>%d customers exported to %s.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose an Excel file (.xlsx, .xls) or a CSV file (UTF-8 or GBK). Title rows above the column names are skipped; columns such as 姓名, 手机, 家长, 学校, 年级, 渠道 are recognised. Rows with the same mobile become one customer, and customers that exist already are completed, not duplicated.</source>
        <translation>Choose an Excel file (.xlsx, .xls) or a CSV file (UTF-8 or GBK). Title rows above the column names are skipped; columns such as 姓名, 手机, 家长, 学校, 年级, 渠道 are recognised. Rows with the same mobile become one customer, and customers that exist already are completed, not duplicated.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Column names are in row:</source>
        <translation>Column names are in row:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Rejected and warnings</source>
        <translation>Rejected and warnings</translation>
    </message>
    <message>
        <source>Rejected only</source>
        <translation>Rejected only</translation>
    </message>
    <message>
        <source>Merged only</source>
        <translation>Merged only</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Save report as .xlsx…</source>
        <translation>Save report as .xlsx…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (%s)</source>
        <translation>Spreadsheets and CSV (%s)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <source>No row with column names was found: enter the row that holds them.</source>
        <translation>No row with column names was found: enter the row that holds them.</translation>
    </message>
    <message>
        <source>Column names found in row %d; %d data rows below. Check how each column is imported and correct it where needed.</source>
        <translation>Column names found in row %d; %d data rows below. Check how each column is imported and correct it where needed.</translation>
    </message>
    <message>
        <source>(column %d)</source>
        <translation>(column %d)</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>New customers: %d · rows merged into another row: %d · rejected: %d · skipped: %d. Rejected rows are not imported; everything else is imported in one step.</source>
        <translation>New customers: %d · rows merged into another row: %d · rejected: %d · skipped: %d. Rejected rows are not imported; everything else is imported in one step.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import finished.&lt;/b&gt;&lt;br&gt;New customers: %d&lt;br&gt;Rows merged into one customer: %d&lt;br&gt;Existing customers completed: %d&lt;br&gt;Rows rejected: %d&lt;br&gt;Rows skipped (blank, totals): %d</source>
        <translation>&lt;b&gt;Import finished.&lt;/b&gt;&lt;br&gt;New customers: %d&lt;br&gt;Rows merged into one customer: %d&lt;br&gt;Existing customers completed: %d&lt;br&gt;Rows rejected: %d&lt;br&gt;Rows skipped (blank, totals): %d</translation>
    </message>
    <message>
        <source>-import-report</source>
        <translation>-import-report</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MergeBundleDialog</name>
    <message>
        <source>Merge booth bundle</source>
        <translation>Merge booth bundle</translation>
    </message>
    <message>
        <source>Merge the leads and visits captured in a booth kit. A lead whose mobile is already a customer becomes a follow-up note on that customer and fills its blanks; merging the same bundle again changes nothing. Only bundles of this office's kits are accepted.</source>
        <translation>Merge the leads and visits captured in a booth kit. A lead whose mobile is already a customer becomes a follow-up note on that customer and fills its blanks; merging the same bundle again changes nothing. Only bundles of this office's kits are accepted.</translation>
    </message>
    <message>
        <source>Booth bundle file (%s)</source>
        <translation>Booth bundle file (%s)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Booth bundles (*%s)</source>
        <translation>Booth bundles (*%s)</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>new customer</translation>
    </message>
    <message>
        <source>note on existing</source>
        <translation>note on existing</translation>
    </message>
    <message>
        <source>already merged</source>
        <translation>already merged</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>visit added</source>
        <translation>visit added</translation>
    </message>
    <message>
        <source>competitor register</source>
        <translation>competitor register</translation>
    </message>
    <message>
        <source>%d new customers, %d notes on existing customers, %d visits, %d already merged, %d rejected; %d values differ from the office's (listed below).</source>
        <translation>%d new customers, %d notes on existing customers, %d visits, %d already merged, %d rejected; %d values differ from the office's (listed below).</translation>
    </message>
    <message>
        <source>%d competitors seen at the booth went into the competitor register.</source>
        <translation>%d competitors seen at the booth went into the competitor register.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
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
        <source>Reason / warnings</source>
        <translation>Reason / warnings</translation>
    </message>
</context>
<context>
    <name>RecordPrintActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print this customer's record (Ctrl+P)</source>
        <translation>Print this customer's record (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>customer-%1.pdf</source>
        <translation>customer-%1.pdf</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>No customers to print: clear the search or the filters.</source>
        <translation>No customers to print: clear the search or the filters.</translation>
    </message>
</context>
<context>
    <name>customers_io</name>
    <message>
        <source>Type the mobile of the customer.</source>
        <translation>Type the mobile of the customer.</translation>
    </message>
    <message>
        <source>Write what the visit was about.</source>
        <translation>Write what the visit was about.</translation>
    </message>
    <message>
        <source>No customer has the mobile %s.</source>
        <translation>No customer has the mobile %s.</translation>
    </message>
    <message>
        <source>booth visit on a colleague's customer</source>
        <translation>booth visit on a colleague's customer</translation>
    </message>
    <message>
        <source>%s is too large to be a booth bundle.</source>
        <translation>%s is too large to be a booth bundle.</translation>
    </message>
    <message>
        <source>The file %s does not exist.</source>
        <translation>The file %s does not exist.</translation>
    </message>
    <message>
        <source>%s is a folder, not a booth bundle.</source>
        <translation>%s is a folder, not a booth bundle.</translation>
    </message>
    <message>
        <source>%s is not a booth bundle (unreadable).</source>
        <translation>%s is not a booth bundle (unreadable).</translation>
    </message>
    <message>
        <source>%s is not a booth bundle.</source>
        <translation>%s is not a booth bundle.</translation>
    </message>
    <message>
        <source>This database is not a booth kit. Bundles are written on the booth laptop from the kit it captured into; the office creates kits (booth-kit).</source>
        <translation>This database is not a booth kit. Bundles are written on the booth laptop from the kit it captured into; the office creates kits (booth-kit).</translation>
    </message>
    <message>
        <source>Booth bundle with %d leads and %d visits written to %s</source>
        <translation>Booth bundle with %d leads and %d visits written to %s</translation>
    </message>
    <message>
        <source>Booth bundle %s: %d new, %d noted, %d visits, %d already merged, %d rejected</source>
        <translation>Booth bundle %s: %d new, %d noted, %d visits, %d already merged, %d rejected</translation>
    </message>
    <message>
        <source>%s: the lead has no valid UUID.</source>
        <translation>%s: the lead has no valid UUID.</translation>
    </message>
    <message>
        <source>%s: already merged.</source>
        <translation>%s: already merged.</translation>
    </message>
    <message>
        <source>booth bundle %s</source>
        <translation>booth bundle %s</translation>
    </message>
    <message>
        <source>%s: new customer #%d.</source>
        <translation>%s: new customer #%d.</translation>
    </message>
    <message>
        <source>%s (%s): already customer #%d %s; the booth visit was added as a follow-up note.</source>
        <translation>%s (%s): already customer #%d %s; the booth visit was added as a follow-up note.</translation>
    </message>
    <message>
        <source>Filled from the booth: %s.</source>
        <translation>Filled from the booth: %s.</translation>
    </message>
    <message>
        <source>visit %d</source>
        <translation>visit %d</translation>
    </message>
    <message>
        <source>the visit has no valid UUID.</source>
        <translation>the visit has no valid UUID.</translation>
    </message>
    <message>
        <source>%s: the lead it belongs to was not merged.</source>
        <translation>%s: the lead it belongs to was not merged.</translation>
    </message>
    <message>
        <source>%s: added to customer #%d.</source>
        <translation>%s: added to customer #%d.</translation>
    </message>
    <message>
        <source>Visited the booth</source>
        <translation>Visited the booth</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>interests</source>
        <translation>interests</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>guardian</translation>
    </message>
    <message>
        <source>guardian phone</source>
        <translation>guardian phone</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <source>%s: the office has %s, the booth wrote %s (the office's is kept)</source>
        <translation>%s: the office has %s, the booth wrote %s (the office's is kept)</translation>
    </message>
    <message>
        <source>consent to be contacted</source>
        <translation>consent to be contacted</translation>
    </message>
    <message>
        <source>guardian's consent</source>
        <translation>guardian's consent</translation>
    </message>
    <message>
        <source>filled from booth bundle %s</source>
        <translation>filled from booth bundle %s</translation>
    </message>
    <message>
        <source>lead %d</source>
        <translation>lead %d</translation>
    </message>
    <message>
        <source>the lead is not a record but %s; the bundle is damaged.</source>
        <translation>the lead is not a record but %s; the bundle is damaged.</translation>
    </message>
    <message>
        <source>%s is not text.</source>
        <translation>%s is not text.</translation>
    </message>
    <message>
        <source>%s is not yes or no.</source>
        <translation>%s is not yes or no.</translation>
    </message>
    <message>
        <source>the visit is not a record.</source>
        <translation>the visit is not a record.</translation>
    </message>
    <message>
        <source>the visit has an unknown method.</source>
        <translation>the visit has an unknown method.</translation>
    </message>
    <message>
        <source>the visit has no text.</source>
        <translation>the visit has no text.</translation>
    </message>
    <message>
        <source>'%s' is a decimal number, not a phone number.</source>
        <translation>'%s' is a decimal number, not a phone number.</translation>
    </message>
    <message>
        <source>'%s' was saved in scientific notation and has lost its digits; format the column as text in Excel and save again.</source>
        <translation>'%s' was saved in scientific notation and has lost its digits; format the column as text in Excel and save again.</translation>
    </message>
    <message>
        <source>%s is not a date.</source>
        <translation>%s is not a date.</translation>
    </message>
    <message>
        <source>'%s' is not a date (use 2025-03-18).</source>
        <translation>'%s' is not a date (use 2025-03-18).</translation>
    </message>
    <message>
        <source>'%s' is not yes or no (是/否).</source>
        <translation>'%s' is not yes or no (是/否).</translation>
    </message>
    <message>
        <source>The ID number %s was stored as a number and has lost its last digits; format the column as text in Excel and enter it again.</source>
        <translation>The ID number %s was stored as a number and has lost its last digits; format the column as text in Excel and enter it again.</translation>
    </message>
    <message>
        <source>The ID number %s was saved in scientific notation and has lost its digits.</source>
        <translation>The ID number %s was saved in scientific notation and has lost its digits.</translation>
    </message>
    <message>
        <source>'%s' is not an ID number (18 characters).</source>
        <translation>'%s' is not an ID number (18 characters).</translation>
    </message>
    <message>
        <source>The ID number %s has a wrong check digit.</source>
        <translation>The ID number %s has a wrong check digit.</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>selection</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>Exported %d customers (%s) to %s%s</source>
        <translation>Exported %d customers (%s) to %s%s</translation>
    </message>
    <message>
        <source>, contacts masked</source>
        <translation>, contacts masked</translation>
    </message>
    <message>
        <source>Printed a list of %d customers (%s, %s)%s</source>
        <translation>Printed a list of %d customers (%s, %s)%s</translation>
    </message>
    <message>
        <source>A printed list holds at most %d customers; this one has more. Narrow the search or the filters, or export the customers to Excel instead.</source>
        <translation>A printed list holds at most %d customers; this one has more. Narrow the search or the filters, or export the customers to Excel instead.</translation>
    </message>
    <message>
        <source>Customer list</source>
        <comment>customer list</comment>
        <translation>Customer list</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>customers_io</comment>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Gender</source>
        <comment>customers_io</comment>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <comment>customers_io</comment>
        <translation>Guardian phone</translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <comment>customers_io</comment>
        <translation>Guardian consent</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>customers_io</comment>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>customers_io</comment>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>customers_io</comment>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Contact consent</source>
        <comment>customers_io</comment>
        <translation>Contact consent</translation>
    </message>
    <message>
        <source>Registered on</source>
        <comment>customers_io</comment>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <comment>customers_io</comment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>ID number (checked, not kept)</source>
        <comment>customers_io</comment>
        <translation>ID number (checked, not kept)</translation>
    </message>
    <message>
        <source>%s is refused: its part %s unpacks to %s (at most %s). Copy the data into a new workbook and save it again.</source>
        <translation>%s is refused: its part %s unpacks to %s (at most %s). Copy the data into a new workbook and save it again.</translation>
    </message>
    <message>
        <source>%s is refused: its part %s unpacks %d times larger than it is stored (%s from %d bytes), which no real spreadsheet does.</source>
        <translation>%s is refused: its part %s unpacks %d times larger than it is stored (%s from %d bytes), which no real spreadsheet does.</translation>
    </message>
    <message>
        <source>%s is refused: it unpacks to %s (at most %s).</source>
        <translation>%s is refused: it unpacks to %s (at most %s).</translation>
    </message>
    <message>
        <source>a cell beyond Excel's last row or column</source>
        <translation>a cell beyond Excel's last row or column</translation>
    </message>
    <message>
        <source>%s rows by %s columns of cells to read (at most %s cells)</source>
        <translation>%s rows by %s columns of cells to read (at most %s cells)</translation>
    </message>
    <message>
        <source>%s is refused: the sheet %s %s reaches %s, %s. Delete the far-away cells or copy the data into a new workbook.</source>
        <translation>%s is refused: the sheet %s %s reaches %s, %s. Delete the far-away cells or copy the data into a new workbook.</translation>
    </message>
    <message>
        <source>as declared (&lt;dimension&gt;)</source>
        <translation>as declared (&lt;dimension&gt;)</translation>
    </message>
    <message>
        <source>with a cell that</source>
        <translation>with a cell that</translation>
    </message>
    <message>
        <source>%s is refused: the sheet %s stores more than %s cells. Copy the data into a new workbook and save it again.</source>
        <translation>%s is refused: the sheet %s stores more than %s cells. Copy the data into a new workbook and save it again.</translation>
    </message>
    <message>
        <source>%s is refused: its part content.xml is not well-formed XML (%s).</source>
        <translation>%s is refused: its part content.xml is not well-formed XML (%s).</translation>
    </message>
    <message>
        <source>%s declares a sheet of more than 10 million cells (%s); it is not read.</source>
        <translation>%s declares a sheet of more than 10 million cells (%s); it is not read.</translation>
    </message>
    <message>
        <source>%s could not be opened within a minute; it is not read.</source>
        <translation>%s could not be opened within a minute; it is not read.</translation>
    </message>
    <message>
        <source>%s cannot be opened within %s of memory; it may be damaged or hostile.</source>
        <translation>%s cannot be opened within %s of memory; it may be damaged or hostile.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>The import was cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>The file has no row %d.</source>
        <translation>The file has no row %d.</translation>
    </message>
    <message>
        <source>Column %s (%s) names %s like column %s, which is imported; column %s is not imported unless you map it to another field.</source>
        <translation>Column %s (%s) names %s like column %s, which is imported; column %s is not imported unless you map it to another field.</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <comment>a field of an imported row: its problem</comment>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>The mobile %s is also %s's: kept as a separate customer, with it as the guardian phone.</source>
        <translation>The mobile %s is also %s's: kept as a separate customer, with it as the guardian phone.</translation>
    </message>
    <message>
        <source>Two columns are mapped to %s; map one only.</source>
        <translation>Two columns are mapped to %s; map one only.</translation>
    </message>
    <message>
        <source>No column is mapped to the name.</source>
        <translation>No column is mapped to the name.</translation>
    </message>
    <message>
        <source>No column is mapped to a mobile, a guardian phone or WeChat.</source>
        <translation>No column is mapped to a mobile, a guardian phone or WeChat.</translation>
    </message>
    <message>
        <source>%s is empty.</source>
        <translation>%s is empty.</translation>
    </message>
    <message>
        <source>No header row was found: the file needs a row of column names such as 姓名 and 手机 within its first %d rows.</source>
        <translation>No header row was found: the file needs a row of column names such as 姓名 and 手机 within its first %d rows.</translation>
    </message>
    <message>
        <source>row %d</source>
        <translation>row %d</translation>
    </message>
    <message>
        <source>Merging this row cut the notes of row %d to %d characters.</source>
        <translation>Merging this row cut the notes of row %d to %d characters.</translation>
    </message>
    <message>
        <source>same customer as row %d</source>
        <translation>same customer as row %d</translation>
    </message>
    <message>
        <source>already in the database (#%d %s)</source>
        <translation>already in the database (#%d %s)</translation>
    </message>
    <message>
        <source>Consent as recorded in the imported file %s</source>
        <translation>Consent as recorded in the imported file %s</translation>
    </message>
    <message>
        <source>Someone else saved customers with some of these phone numbers while the import was running; nothing was imported. Import the file again.</source>
        <translation>Someone else saved customers with some of these phone numbers while the import was running; nothing was imported. Import the file again.</translation>
    </message>
    <message>
        <source>Imported %s: %d new, %d merged, %d updated, %d rejected, %d skipped</source>
        <translation>Imported %s: %d new, %d merged, %d updated, %d rejected, %d skipped</translation>
    </message>
    <message>
        <source>The notes of #%d were cut to %d characters when this row was added to them.</source>
        <translation>The notes of #%d were cut to %d characters when this row was added to them.</translation>
    </message>
    <message>
        <source>filled from the import of %s</source>
        <translation>filled from the import of %s</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>%d customers</source>
        <comment>customer list</comment>
        <translation>%d customers</translation>
    </message>
    <message>
        <source>(contacts masked)</source>
        <comment>customer record</comment>
        <translation>(contacts masked)</translation>
    </message>
    <message>
        <source>Printed %s by %s</source>
        <comment>customer record</comment>
        <translation>Printed %s by %s</translation>
    </message>
    <message>
        <source>Page %d</source>
        <comment>customer record</comment>
        <translation>Page %d</translation>
    </message>
    <message>
        <source>The customer no longer exists (#%s).</source>
        <translation>The customer no longer exists (#%s).</translation>
    </message>
    <message>
        <source>Personal data of customer #%d exported to %s</source>
        <translation>Personal data of customer #%d exported to %s</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Trial classes</source>
        <translation>Trial classes</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Personal data of customer #%d removed</source>
        <translation>Personal data of customer #%d removed</translation>
    </message>
    <message>
        <source>%s is a folder; choose a file in it.</source>
        <translation>%s is a folder; choose a file in it.</translation>
    </message>
    <message>
        <source>%s is not a file type that can be imported (use .xlsx, .xls or .csv).</source>
        <translation>%s is not a file type that can be imported (use .xlsx, .xls or .csv).</translation>
    </message>
    <message>
        <source>%s contains no worksheet.</source>
        <translation>%s contains no worksheet.</translation>
    </message>
    <message>
        <source>%s cannot be read as a spreadsheet (%s).</source>
        <translation>%s cannot be read as a spreadsheet (%s).</translation>
    </message>
    <message>
        <source>The text file is neither UTF-8 nor GBK/GB18030 (undecodable bytes at position %d). Save it from Excel as .xlsx or as CSV UTF-8.</source>
        <translation>The text file is neither UTF-8 nor GBK/GB18030 (undecodable bytes at position %d). Save it from Excel as .xlsx or as CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is not a text (CSV) file.</source>
        <translation>The file is not a text (CSV) file.</translation>
    </message>
    <message>
        <source>The CSV file is malformed (%s).</source>
        <translation>The CSV file is malformed (%s).</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>customer record</comment>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>customer record</comment>
        <translation>Female</translation>
    </message>
    <message>
        <source>No</source>
        <comment>customer record</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>customer record</comment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>customer record</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>customer record</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>customer record</comment>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>customer record</comment>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Gender</source>
        <comment>customer record</comment>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Tier</source>
        <comment>customer record</comment>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Grade</source>
        <comment>customer record</comment>
        <translation>Grade</translation>
    </message>
    <message>
        <source>School</source>
        <comment>customer record</comment>
        <translation>School</translation>
    </message>
    <message>
        <source>Guardian</source>
        <comment>customer record</comment>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <comment>customer record</comment>
        <translation>Guardian phone</translation>
    </message>
    <message>
        <source>District</source>
        <comment>customer record</comment>
        <translation>District</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>customer record</comment>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Source event</source>
        <comment>customer record</comment>
        <translation>Source event</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>customer record</comment>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Course interests</source>
        <comment>customer record</comment>
        <translation>Course interests</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>customer record</comment>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>customer record</comment>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last contact</source>
        <comment>customer record</comment>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <comment>customer record</comment>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Minor</source>
        <comment>customer record</comment>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <comment>customer record</comment>
        <translation>Consent to contact</translation>
    </message>
    <message>
        <source>Guardian's consent</source>
        <comment>customer record</comment>
        <translation>Guardian's consent</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>customer record</comment>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Trial class</source>
        <comment>customer record</comment>
        <translation>Trial class</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <comment>customer record</comment>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Complaint</source>
        <comment>customer record</comment>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Customer record</source>
        <comment>customer record</comment>
        <translation>Customer record</translation>
    </message>
    <message>
        <source>Training needs</source>
        <comment>customer record</comment>
        <translation>Training needs</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>customer record</comment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>History</source>
        <comment>customer record</comment>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <comment>customer record</comment>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <comment>customer record</comment>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>customer record</comment>
        <translation>Details</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <comment>customer record</comment>
        <translation>No history yet.</translation>
    </message>
    <message>
        <source>Printed the customer record (%s)%s</source>
        <translation>Printed the customer record (%s)%s</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>new customer</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Rows merged into one customer</source>
        <translation>Rows merged into one customer</translation>
    </message>
    <message>
        <source>Existing customers completed</source>
        <translation>Existing customers completed</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Rows rejected</translation>
    </message>
    <message>
        <source>Rows skipped (blank, totals)</source>
        <translation>Rows skipped (blank, totals)</translation>
    </message>
    <message>
        <source>Dry run (nothing written)</source>
        <translation>Dry run (nothing written)</translation>
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
        <source>blank row</source>
        <translation>blank row</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>%s holds line breaks followed by what looks like more rows of the file (a quote opened and not closed): check the rows after this one in the file.</source>
        <translation>%s holds line breaks followed by what looks like more rows of the file (a quote opened and not closed): check the rows after this one in the file.</translation>
    </message>
    <message>
        <source>The date %s is in the future.</source>
        <translation>The date %s is in the future.</translation>
    </message>
    <message>
        <source>The date %s is too long ago.</source>
        <translation>The date %s is too long ago.</translation>
    </message>
    <message>
        <source>%s is not a plausible date of birth.</source>
        <translation>%s is not a plausible date of birth.</translation>
    </message>
    <message>
        <source>Unknown gender '%s' left empty.</source>
        <translation>Unknown gender '%s' left empty.</translation>
    </message>
    <message>
        <source>Unknown tier '%s': B used.</source>
        <translation>Unknown tier '%s': B used.</translation>
    </message>
    <message>
        <source>Unknown channel '%s': kept as the source event.</source>
        <translation>Unknown channel '%s': kept as the source event.</translation>
    </message>
    <message>
        <source>No staff member is called '%s': no owner set.</source>
        <translation>No staff member is called '%s': no owner set.</translation>
    </message>
    <message>
        <source>totals row</source>
        <translation>totals row</translation>
    </message>
    <message>
        <source>No way to reach the customer: give a mobile, a guardian phone or WeChat.</source>
        <translation>No way to reach the customer: give a mobile, a guardian phone or WeChat.</translation>
    </message>
    <message>
        <source>The notes were cut to their first %d characters.</source>
        <translation>The notes were cut to their first %d characters.</translation>
    </message>
    <message>
        <source>%s Imported without it; the text is kept in the notes.</source>
        <translation>%s Imported without it; the text is kept in the notes.</translation>
    </message>
    <message>
        <source>repeated header row</source>
        <translation>repeated header row</translation>
    </message>
    <message>
        <source>A minor needs a guardian's name.</source>
        <translation>A minor needs a guardian's name.</translation>
    </message>
    <message>
        <source>A minor's data may only be kept with the guardian's consent.</source>
        <translation>A minor's data may only be kept with the guardian's consent.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
</context>
</TS>
