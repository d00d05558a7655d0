<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Add observation</source>
        <translation>Add observation</translation>
    </message>
    <message>
        <source>New competitor</source>
        <translation>New competitor</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institution:</translation>
    </message>
    <message>
        <source>Observed on:</source>
        <translation>Observed on:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
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
        <source>Promotions:</source>
        <translation>Promotions:</translation>
    </message>
    <message>
        <source>Ads seen:</source>
        <translation>Ads seen:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Research plan</source>
        <translation>Research plan</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Sample:</translation>
    </message>
    <message>
        <source>Budget (yuan):</source>
        <translation>Budget (yuan):</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
</context>
<context>
    <name>ResearchFeature</name>
    <message>
        <source>Research</source>
        <translation>Research</translation>
    </message>
</context>
<context>
    <name>ResearchTab</name>
    <message>
        <source>Research plans</source>
        <translation>Research plans</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <source>&amp;New plan...</source>
        <translation>&amp;New plan...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>S&amp;ubmit</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Return...</source>
        <translation>&amp;Return...</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Report: findings</source>
        <translation>Report: findings</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Double-click a file to save a copy.</source>
        <translation>Double-click a file to save a copy.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Attach file...</source>
        <translation>Attach file...</translation>
    </message>
    <message>
        <source>Choose a research plan, or start one with New plan.</source>
        <translation>Choose a research plan, or start one with New plan.</translation>
    </message>
    <message>
        <source>Purpose: %s</source>
        <translation>Purpose: %s</translation>
    </message>
    <message>
        <source>Method: %s</source>
        <translation>Method: %s</translation>
    </message>
    <message>
        <source>Sample: %s</source>
        <translation>Sample: %s</translation>
    </message>
    <message>
        <source>Budget: %s</source>
        <translation>Budget: %s</translation>
    </message>
    <message>
        <source>Returned by %s: %s</source>
        <translation>Returned by %s: %s</translation>
    </message>
    <message>
        <source>Approved by %s</source>
        <translation>Approved by %s</translation>
    </message>
    <message>
        <source>Return the plan</source>
        <translation>Return the plan</translation>
    </message>
    <message>
        <source>Why is it returned?</source>
        <translation>Why is it returned?</translation>
    </message>
    <message>
        <source>Attach a file to the report</source>
        <translation>Attach a file to the report</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Save a copy of the file</translation>
    </message>
    <message>
        <source>New &amp;competitor...</source>
        <translation>New &amp;competitor...</translation>
    </message>
    <message>
        <source>Add &amp;observation...</source>
        <translation>Add &amp;observation...</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>What was seen</translation>
    </message>
    <message>
        <source>Choose a competitor to see its history.</source>
        <translation>Choose a competitor to see its history.</translation>
    </message>
    <message>
        <source>History of %s (newest first)</source>
        <translation>History of %s (newest first)</translation>
    </message>
    <message>
        <source>%s, at the booth of %s</source>
        <translation>%s, at the booth of %s</translation>
    </message>
</context>
<context>
    <name>research</name>
    <message>
        <source>research plan</source>
        <comment>audit record</comment>
        <translation>research plan</translation>
    </message>
    <message>
        <source>research report file</source>
        <comment>audit record</comment>
        <translation>research report file</translation>
    </message>
    <message>
        <source>competitor</source>
        <comment>audit record</comment>
        <translation>competitor</translation>
    </message>
    <message>
        <source>competitor observation</source>
        <comment>audit record</comment>
        <translation>competitor observation</translation>
    </message>
    <message>
        <source>The observation has no valid UUID.</source>
        <translation>The observation has no valid UUID.</translation>
    </message>
    <message>
        <source>The %s is not text.</source>
        <translation>The %s is not text.</translation>
    </message>
    <message>
        <source>Name the competitor (the institution).</source>
        <translation>Name the competitor (the institution).</translation>
    </message>
    <message>
        <source>The competitor's name is longer than %d characters.</source>
        <translation>The competitor's name is longer than %d characters.</translation>
    </message>
    <message>
        <source>The price is not an amount.</source>
        <translation>The price is not an amount.</translation>
    </message>
    <message>
        <source>The price must be between 0 and a hundred million yuan.</source>
        <translation>The price must be between 0 and a hundred million yuan.</translation>
    </message>
    <message>
        <source>The observation has no valid date.</source>
        <translation>The observation has no valid date.</translation>
    </message>
    <message>
        <source>An observation cannot be in the future.</source>
        <translation>An observation cannot be in the future.</translation>
    </message>
    <message>
        <source>Write what was seen: a course, a price, a promotion, an ad or a note.</source>
        <translation>Write what was seen: a course, a price, a promotion, an ad or a note.</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>competitor</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observer</translation>
    </message>
    <message>
        <source>as registered</source>
        <translation>as registered</translation>
    </message>
    <message>
        <source>captured at booth %s</source>
        <translation>captured at booth %s</translation>
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
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>The text is too long (at most %d characters).</source>
        <translation>The text is too long (at most %d characters).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>courses</source>
        <translation>courses</translation>
    </message>
    <message>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <source>promotions</source>
        <translation>promotions</translation>
    </message>
    <message>
        <source>ads</source>
        <translation>ads</translation>
    </message>
    <message>
        <source>This research plan no longer exists.</source>
        <translation>This research plan no longer exists.</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>This file no longer exists.</translation>
    </message>
    <message>
        <source>Only a draft or a returned research plan can be changed.</source>
        <translation>Only a draft or a returned research plan can be changed.</translation>
    </message>
    <message>
        <source>This research plan is submitted already.</source>
        <translation>This research plan is submitted already.</translation>
    </message>
    <message>
        <source>Give the purpose, method and sample before submitting.</source>
        <translation>Give the purpose, method and sample before submitting.</translation>
    </message>
    <message>
        <source>Only a submitted research plan can be decided.</source>
        <translation>Only a submitted research plan can be decided.</translation>
    </message>
    <message>
        <source>Give a reason for returning it.</source>
        <translation>Give a reason for returning it.</translation>
    </message>
    <message>
        <source>Only an approved research plan gets a report.</source>
        <translation>Only an approved research plan gets a report.</translation>
    </message>
    <message>
        <source>'%s' cannot be attached: attach the findings as a PDF or an image.</source>
        <translation>'%s' cannot be attached: attach the findings as a PDF or an image.</translation>
    </message>
    <message>
        <source>'%s' is attached already.</source>
        <translation>'%s' is attached already.</translation>
    </message>
    <message>
        <source>This competitor no longer exists.</source>
        <translation>This competitor no longer exists.</translation>
    </message>
    <message>
        <source>'%s' is in the register already.</source>
        <translation>'%s' is in the register already.</translation>
    </message>
    <message>
        <source>Nothing changed: write what you observed.</source>
        <translation>Nothing changed: write what you observed.</translation>
    </message>
    <message>
        <source>The budget must be between 0 and a hundred million yuan.</source>
        <translation>The budget must be between 0 and a hundred million yuan.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Choose the person in charge.</source>
        <translation>Choose the person in charge.</translation>
    </message>
    <message>
        <source>Only the plan's author can change it.</source>
        <translation>Only the plan's author can change it.</translation>
    </message>
    <message>
        <source>Research plan to approve: %s</source>
        <translation>Research plan to approve: %s</translation>
    </message>
    <message>
        <source>Research report to write: %s</source>
        <translation>Research report to write: %s</translation>
    </message>
    <message>
        <source>Fieldwork %s – %s</source>
        <translation>Fieldwork %s – %s</translation>
    </message>
    <message>
        <source>Nobody approves or returns their own research plan.</source>
        <translation>Nobody approves or returns their own research plan.</translation>
    </message>
</context>
</TS>
