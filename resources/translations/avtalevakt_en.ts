<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Application</name>
    <message>
        <source>Avtalevakt</source>
        <extracomment>Set (to anything) to have the program print ``first-paint`` on standard output, and flush it, in the event-loop pass after its main window was first painted, and ``overview-filled`` after the overview&apos;s list was first painted with its deadlines: the start benchmark (``bench/run.py``, ``bench/startup.py``) times both lines.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer about demo data …</source>
        <translation>Waiting for your answer about demo data…</translation>
    </message>
    <message>
        <source>Restoring the backup %1 …</source>
        <translation>Restoring the backup %1…</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no contracts yet. Fill it with demo customers and contracts to try the program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the backup taken %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous file is kept in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program goes on. What was saved is in the database; a save that failed changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Letter sent (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching %1 …</source>
        <translation>Attaching %1…</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; only these were attached: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attac&amp;hments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Drag files here, or attach one with “Attach file …”. PDF, images, e-mails (.eml, .msg), Office files and text, at most 50 MB each.</source>
        <extracomment>The attachments were changed (an attach, a remove), with the record&apos;s table. Files were attached, or wait for the save (their paths): the complaint form&apos;s offer.</extracomment>
        <translation>Drag files here, or attach one with “Attach file…”. PDF, images, e-mails (.eml, .msg), Office files and text, at most 50 MB each.</translation>
    </message>
    <message>
        <source>&amp;Attach file …</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy …</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Remove …</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>A read-only copy, in the program your computer uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1. The read-only copy is in %2; “Save a copy …” puts it where you want it.</source>
        <translation>No program on this computer opens %1. The read-only copy is in %2; “Save a copy…” puts it where you want it.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 …</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this record? The history keeps who attached and removed it, with its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <source>Approval period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion and copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation for downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding and renewal (Sodvin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination (Office Center)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early termination (Sodvin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment and late interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sodvin refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Center reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary extension (Sodvin)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalculatorPanel</name>
    <message>
        <source>too large a number</source>
        <extracomment>A verdict line for a result: (text, good: True/False or a ``tones.Tone``) or None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields to see the result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalculatorsPage</name>
    <message>
        <source>The rejection is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejection is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistItemForm</name>
    <message>
        <source>Checklist task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilag 2: phase 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out while it is not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Choose a contract …</source>
        <translation>Choose a contract…</translation>
    </message>
    <message>
        <source>Choose a customer …</source>
        <translation>Choose a customer…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral (not in writing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompensationPanel</name>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An availability figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quarter&apos;s incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed level (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund (Sodvin 7.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price reduction (OC 10.2–10.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee for the period (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed uptime (O, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantee (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields to see the result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out for a defect visible at delivery (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how much it affects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the defect was or should have been discovered (%1): the days from it to the complaint are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much it affects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not given: the days from the discovery cannot be shown (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>the complaint of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaints yet. Ctrl+N logs the first one: the form says at once whether it is in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no contracts yet, and a complaint is always about one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the defect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on two PCs before they had synchronised. The value that reached the server first holds now; the other is kept here. Choose what is to hold (the arrow keys or the mouse): it is saved as an ordinary change and sent to the other PCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both started from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed meanwhile by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored: %1 changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <source>&amp;Resolve the conflict …</source>
        <translation>&amp;Resolve the conflict…</translation>
    </message>
    <message>
        <source>deleted on another PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on two PCs at once: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts between PCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve …</source>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <source>the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept (changed by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored (changed by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>had been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed on two PCs at once. Enter (or Resolve …) shows the two side by side.</source>
        <translation>
            <numerusform>%n value changed on two PCs at once. Enter (or Resolve …) shows the two side by side.</numerusform>
            <numerusform>%n values changed on two PCs at once. Enter (or Resolve …) shows the two side by side.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts: every PC agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not shared with other PCs, so there are no conflicts. Sharing is set up under File → Settings…, “Shared database”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sodvin 5.1: start of ordinary operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OC 6.3: the delivery date when left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields to see the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the delivery date to see the first invoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <source>Contract</source>
        <extracomment>Tab name -&gt; (form, repository, letters&apos; table) for the tabs that list records. The terms tab&apos;s columns in characters: the term, its default, the contract&apos;s value. The termination tab&apos;s columns of clauses a template may lack, with the clause (``termination.Clauses``): deletion notice by, latest deletion, extension asked by, transferred.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N: a record of the tab in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter about the selected delivery notice, complaint or termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter of the availability report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability and compensation report for the chosen quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done / not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter changes the contract&apos;s value of a term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion notice by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension asked by (Sodvin 5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred (Sodvin 5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termi&amp;nation and deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment &amp;checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the task; Space marks it done today (or not done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the complaint of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delivery notice of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the termination received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · signed %2 · monthly fee %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter: not computed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter (%1 Q%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability so far &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; (agreed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downtime %1 h of %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensation so far &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <source>not given</source>
        <translation type="unfinished">not given</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by customer, organisation number or title (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit c&amp;ustomer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
    <message>
        <source>No contracts yet. Ctrl+N adds the first one (with its customer, if there is none yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contracts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same organisation number: the same customer twice?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, organisation number or contact (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers yet. Ctrl+N adds the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>dd.mm.yyyy hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecimalField</name>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <source>the delivery notice of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery-notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delivery notice(s)</source>
        <translation>
            <numerusform>%n delivery notice</numerusform>
            <numerusform>%n delivery notices</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New delivery notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delivery notices yet. Ctrl+N registers one: the approval period and the delivery day are computed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no contracts yet, and a delivery notice always belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejection not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in approval period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryNoticeForm</name>
    <message>
        <source>Delivery notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a partial delivery: which part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the customer rejected it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The errors are significant for the customer&apos;s use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields to see the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejection is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejection is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailOffer</name>
    <message>
        <source>Not in writing</source>
        <extracomment>Only the headers are read: the first 256 kB of the file are more than enough.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the channel the complaint had</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail is from %1, sent %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail is from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint is marked as received in writing (e-mail, OC 8.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 as “Complained”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the sender as a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel is as it was; the e-mail stays attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a contact of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary operation from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed uptime (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature of the defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent of the defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors are significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated by the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ordered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion notice sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data deleted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of the variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra closed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move deadlines to a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellable licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move due date off holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantee (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery day unless validly rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline, visible defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline, hidden defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed uptime met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault time in announced maintenance, not counted (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days since discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion notice by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ordered by (OC 5.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ordered before expiry (OC 12.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe date to order a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding period starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement period no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End by the contract&apos;s rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees for the rest of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest of binding invoiced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall (percentage points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction before cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed downtime (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday is a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra closed dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed every year (MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval period (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-live, earliest (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-live, latest (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible defects (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden defects (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promptness guideline (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding period (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal period (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination notice (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension request (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion notice (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy order (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring period (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes that count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction per point (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction cap (monthly fees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change notice (days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtalevakt export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtalevakt export with documents (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract template variant (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtalevakt export (*.json *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Avtalevakt – user guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>shared, nothing new here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCheck</name>
    <message>
        <source>Checking the history …</source>
        <translation>Checking the history…</translation>
    </message>
    <message>
        <source>The history is unchanged (checked %1: %2 entries in the chain, last hash %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries are from before the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is BROKEN (checked %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be checked: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out while it is still going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cause counts as downtime under the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cause does not count as downtime under the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident lies inside the standard maintenance window %1–%2 (Bilag 1): is the cause planned maintenance?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsEditor</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents: full availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by description, cause, customer or contract (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents yet. Ctrl+N logs downtime: the form says whether its cause counts under the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no contracts yet, and an incident always belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadTimesEditor</name>
    <message>
        <source>A reminder begins this long before the deadline: a notification once a day until it is seen (a deadline to act on, until it is done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Make a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter is made from this record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Avtalevakt</source>
        <extracomment>The reminders (issue 15: tray, the overview&apos;s state and banner), once open. The last background job of each kind (&quot;export&quot;, &quot;import&quot;, &quot;backup&quot;, …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list in view as a CSV file for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export e&amp;verything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record, the history and the letter log in one JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything as CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One CSV file per table, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an export file (JSON) into this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the database in the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database by one of its backups (the current file is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts between PCs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values changed on two PCs at once (shared database): choose which holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Avtalevakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database …</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping …</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Avtalevakt closes as soon as the job has ended …</source>
        <translation>Avtalevakt closes as soon as the job has ended…</translation>
    </message>
    <message>
        <source>An export is running. Cancel it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? The database stays as it was before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is being attached. Cancel it and quit? Files not stored yet are not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of an attachment is being saved. Cancel it and quit? The copy is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment is being opened. Cancel it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several jobs are running. Cancel them and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job is running. Cancel it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the job and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines of every contract (the overview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form was not saved when Avtalevakt last stopped: %1, typed %2. Open it again with what was typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avtalevakt-export-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1 …</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <source>%1 records exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has content. Replace all of it with the content of %1? A backup of the database is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>%1 is an exported template variant, not an export of everything. It is imported with %2 → %3 Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records imported from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking a backup …</source>
        <translation>Taking a backup…</translation>
    </message>
    <message>
        <source>Replace the database %1 by the backup taken %2? What was saved after the backup was taken is not in it; the current file is kept beside it, renamed. Avtalevakt closes the database and opens the restored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Avtalevakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avtalevakt %1

Contract deadlines, availability and compensation for Norwegian IT service desks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Opening the database …</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines shown as an .ics file for Outlook or another calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines shown, for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later (60 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>A deadline&apos;s reminder state (&quot;sett av kari 12.03.2027&quot;), told by the reminders (``app.ui.reminders``, issue 15); nothing until they are computed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database …</source>
        <extracomment>The kept overview in view (``show_kept``) until the fresh one replaces it.</extracomment>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Computing deadlines …</source>
        <translation>Computing deadlines…</translation>
    </message>
    <message>
        <source>The deadlines could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n deadline</numerusform>
            <numerusform>%n deadlines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contracts yet, so no deadlines. Read in an export with File → Import…, or add the first contract on the Contracts page (Ctrl+N there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue deadlines, and none in the next 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance windows of %1 (Bilag 1) apply to every Sodvin contract and have no record of their own: the calculator lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deadline is not of one contract: there is nothing to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlines-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deadlines written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which deadlines should the calendar file have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All coming deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the contract now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted: other records refer to it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone (the history keeps a copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parsing</name>
    <message>
        <source>write the date as dd.mm.yyyy (got “%1”)</source>
        <extracomment>The dates a field takes (the old date editor&apos;s range, kept). Digits before the decimal point an amount may have (the database&apos;s columns hold 15 digits with 2 decimals: 13 whole digits, i.e. below ten thousand billion kroner).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date that exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date must lie between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the time as dd.mm.yyyy hh:mm (got “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the number without an exponent (got “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large an amount (at most %1 digits before the decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>%1 is after today (%2): is the date right?</source>
        <extracomment>Problem paths of the model shown at a differently named field (``contacts.0.email``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was kept when the contract changed: is it right for this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number is too large to compute with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields to see the result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <extracomment>The column the list is sorted by at first (newest first). The letters&apos; table of these records (&quot;&quot; when no letter is made from them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter about the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering …</source>
        <translation>Filtering…</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>This desktop has no notification area, so the reminders are shown here.</source>
        <extracomment>Reminders listed in the banner; the others are counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 deadline to follow up today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deadlines to follow up today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze …</source>
        <translation>Snooze…</translation>
    </message>
    <message>
        <source>Open the record of the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more reminders of it (an action comes back on its day until done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more in the list below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Reminder &amp;seen</source>
        <extracomment>The store of the windows that are not the program&apos;s (``MainWindow(persist=False)``). The reminders were computed again (tests, the banner).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze reminder …</source>
        <translation>S&amp;nooze reminder…</translation>
    </message>
    <message>
        <source>Remind &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder seen: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatedHourChoice</name>
    <message>
        <source>Which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summer time (+02:00, the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winter time (+01:00, the second)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups of %1. The database is replaced by the one you choose; the current file is kept beside it, renamed. Checking the backups …</source>
        <translation>The backups of %1. The database is replaced by the one you choose; the current file is kept beside it, renamed. Checking the backups…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the backups of %1 can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups of %1, newest first. The database is replaced by the one you choose; the current file is kept beside it, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the steps and notes, ready for an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the fields to see the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and readings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: the contract&apos;s agreed uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee %1 · agreed uptime %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender of letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in the letterhead, the signature and the footer. Left empty, a letter names the supplier of the contract&apos;s template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Org. number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sig&amp;ned by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street
Postcode and town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the date line, e.g. Hønefoss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedDatabasePage</name>
    <message>
        <source>Shared data&amp;base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole service desk on one set of records: each PC keeps its own file and works without a network; changes go to a PostgreSQL server and from there to the other PCs. Paste the invitation from your IT person (or an address postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avtalevakt-invitation:… or postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the operating system&apos;s credential store (Windows Credential Manager, macOS Keychain, Secret Service), never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, certificate checked (verify-ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, certificate and name checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: only on a network you trust (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the other PCs&apos; histories name this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address or invitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of this PC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends this database&apos;s records to the server and fetches the team&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept in the credential store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>The connection works: logged in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n PC(s) share this database.</source>
        <translation>
            <numerusform>%n PC shares this database.</numerusform>
            <numerusform>%n PCs share this database.</numerusform>
        </translation>
    </message>
    <message>
        <source>No PC has synchronised with it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this database to %1? Its records are sent to the server and the records already there are fetched; from then on changes are shared both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting … %1 of %2 changes</source>
        <translation>Connecting… %1 of %2 changes</translation>
    </message>
    <message>
        <source>Connected: %1 sent, %2 fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n conflict to resolve.</numerusform>
            <numerusform>%n conflicts to resolve.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be kept (no credential store on this PC): after the program&apos;s next start, type it here again and connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing this database? Its records stay here; changes are no longer sent or fetched until you connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: this database is no longer shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared: this database is on this PC only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared through %1.
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day after today (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes back on its day, %1, until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleDialog</name>
    <message>
        <source>Changed since you opened it</source>
        <extracomment>field name -&gt; (my choice, the stored choice), for fields both changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted by %1 %2 after you opened it. It cannot be saved over; what you typed is still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed by %1 %2 after you opened it. Nothing has been saved yet. Field by field, what “Save my changes” saves: what only %1 changed is kept, what only you changed is yours, and where both of you changed a field you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as shown in the last column, as a new version; the history keeps both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (only you changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored one (only %1 changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same (you both changed it alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored one (both changed it: your choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (both changed it: your choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These values do not go together: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form shows the stored record instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Offline — no changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n change waiting</numerusform>
            <numerusform>Offline — %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped — click for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising …</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Synchronised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet synchronised with the shared database: the deadlines may be missing records logged on other PCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synchronised with the shared database since %1: the deadlines may be missing changes made on other PCs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>built in (the contract&apos;s text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New variant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport variant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import variant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variant keeps its template&apos;s rules with numbers of its own. Ctrl+N makes one from the selected template; a contract is put on it in the contract form. Contracts on a variant follow every change to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;variant of this template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a template variant to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export template variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template variant exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import template variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an exported template variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template variant %1 is already here, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template variant %1 imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: «%1» → «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) on it follow the change (their own overrides still apply).</source>
        <translation>
            <numerusform>%n contract on it follows the change (its own overrides still apply).</numerusform>
            <numerusform>%n contracts on it follow the change (their own overrides still apply).</numerusform>
        </translation>
    </message>
    <message>
        <source>No contract is on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template variant «%1» is already here. Replace it with the file&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminationForm</name>
    <message>
        <source>Termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: the end the contract gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: the latest allowed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion of data (OC 5.3–5.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary extension (Sodvin 5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the deletion notice goes to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields to see the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only after the supplier&apos;s termination for the customer&apos;s breach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <source>Yes</source>
        <extracomment>Terms a contract may override, in the order of the Terms model.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to give this contract its own value instead of the default of the variant “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to give this contract its own value instead of the template&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contract terms: %n different from the variant %1</source>
        <translation>
            <numerusform>Contract terms: %n different from the variant %1</numerusform>
            <numerusform>Contract terms: %n different from the variant %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract terms: the same as the variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract terms: the same as the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contract terms: %n different from the template</source>
        <translation>
            <numerusform>Contract terms: %n different from the template</numerusform>
            <numerusform>Contract terms: %n different from the template</numerusform>
        </translation>
    </message>
    <message>
        <source>The default of the variant “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to give this variant its own value instead of the template&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Avtalevakt</source>
        <extracomment>How long a notification stays (the desktop may decide otherwise). The user clicked the last notification.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Avtalevakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedDateEdit</name>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantForm</name>
    <message>
        <source>Template variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sodvin 2025 with 15 days&apos; approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its rules; fixed once the variant is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of the variant: the same as the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Terms of the variant: %n different from the template</source>
        <translation>
            <numerusform>Terms of the variant: %n different from the template</numerusform>
            <numerusform>Terms of the variant: %n different from the template</numerusform>
        </translation>
    </message>
    <message>
        <source>A contract is put on the variant in the contract form (Contract template).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) on this variant follow the change when it is saved (their own overrides still apply).</source>
        <translation>
            <numerusform>%n contract on this variant follows the change when it is saved (its own overrides still apply).</numerusform>
            <numerusform>%n contracts on this variant follow the change when it is saved (their own overrides still apply).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <extracomment>A progress dialog shows only for jobs still running after this long. Jobs running now: kept alive until their result has been delivered. Emitted after finished or failed, whichever it was.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PluralTexts</name>
    <message numerus="yes">
        <source>Paid %n day(s) late</source>
        <translation>
            <numerusform>Paid %n day late</numerusform>
            <numerusform>Paid %n days late</numerusform>
        </translation>
    </message>
</context>
</TS>
