<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="177"/>
        <location filename="../../app/ui/application.py" line="203"/>
        <location filename="../../app/ui/application.py" line="354"/>
        <location filename="../../app/ui/application.py" line="375"/>
        <location filename="../../app/ui/application.py" line="420"/>
        <source>Avtalevakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="376"/>
        <source>Restoring the backup %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="438"/>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="439"/>
        <source>The database has no contracts yet. Fill it with demo customers and contracts to try the program?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="212"/>
        <source>Approval period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="213"/>
        <source>Complaint limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="214"/>
        <source>Deletion and copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="215"/>
        <source>Compensation for downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="216"/>
        <source>Binding and renewal (Sodvin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="217"/>
        <source>Termination (Office Center)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="218"/>
        <source>Early termination (Sodvin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="219"/>
        <source>Payment and late interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="220"/>
        <source>First invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="221"/>
        <source>Price adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="222"/>
        <source>Change notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="223"/>
        <source>Sodvin refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="224"/>
        <source>Office Center reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="225"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="226"/>
        <source>Maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalculatorPanel</name>
    <message>
        <location filename="../../app/ui/widgets/calculator_panel.py" line="109"/>
        <source>Correct the marked fields to see the result.</source>
        <extracomment>A verdict line for a result: (text, good) or None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalculatorsPage</name>
    <message>
        <location filename="../../app/ui/pages/calculators.py" line="65"/>
        <source>No fixed deadline in days for this contract: see the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/calculators.py" line="69"/>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/calculators.py" line="71"/>
        <source>Too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/calculators.py" line="78"/>
        <source>The rejection is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/calculators.py" line="80"/>
        <source>The rejection is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/calculators.py" line="87"/>
        <source>Paid in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/calculators.py" line="88"/>
        <source>Paid %n day(s) late</source>
        <translation>
            <numerusform>Paid %n day late</numerusform>
            <numerusform>Paid %n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistItemForm</name>
    <message>
        <location filename="../../app/ui/forms/checklist_item_form.py" line="16"/>
        <source>Checklist task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/checklist_item_form.py" line="21"/>
        <source>Bilag 2: phase 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/checklist_item_form.py" line="24"/>
        <source>Left out while it is not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../app/ui/forms/choices.py" line="38"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/choices.py" line="39"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/choices.py" line="40"/>
        <source>Customer portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/choices.py" line="41"/>
        <source>Oral (not in writing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/choices.py" line="47"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/choices.py" line="48"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/choices.py" line="49"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/choices.py" line="50"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompensationPanel</name>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="50"/>
        <source>Sodvin: refund (7.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="51"/>
        <source>Office Center: price reduction (10.2–10.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="54"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="60"/>
        <source>An availability figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="61"/>
        <source>A quarter&apos;s incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="64"/>
        <source>Computed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="66"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="67"/>
        <source>Agreed level (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="94"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="96"/>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="117"/>
        <source>Fee for the period (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="117"/>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="121"/>
        <source>Agreed uptime (O, %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="121"/>
        <source>Guarantee (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/compensation_panel.py" line="194"/>
        <source>Correct the marked fields to see the result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../app/ui/forms/complaint_form.py" line="20"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/complaint_form.py" line="29"/>
        <source>Leave out for a defect visible at delivery (OC 8.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/complaint_form.py" line="33"/>
        <source>OC 8.3: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/complaint_form.py" line="34"/>
        <source>OC 8.3: how much it affects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/complaint_form.py" line="52"/>
        <source>Correct the marked fields to see the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/complaint_form.py" line="62"/>
        <source>No deadline in days: &apos;without undue delay&apos; (see notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/complaint_form.py" line="64"/>
        <source>Timely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/complaint_form.py" line="66"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/complaint_form.py" line="69"/>
        <source>not in writing (OC 8.3 requires writing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="438"/>
        <location filename="../../app/ui/pages/records.py" line="235"/>
        <source>no fixed deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="440"/>
        <location filename="../../app/ui/pages/records.py" line="237"/>
        <source>timely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="441"/>
        <location filename="../../app/ui/pages/records.py" line="238"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="205"/>
        <source>the complaint of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="211"/>
        <source>complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="214"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="217"/>
        <source>&amp;New complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="245"/>
        <source>Complained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="250"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="255"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="258"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="261"/>
        <source>Nature of the defect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <location filename="../../app/ui/forms/contract_form.py" line="31"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/contract_form.py" line="40"/>
        <source>Sodvin 5.1: start of ordinary operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/contract_form.py" line="43"/>
        <source>OC 6.3: the delivery date when left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/contract_form.py" line="77"/>
        <source>Correct the marked fields to see the dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="79"/>
        <source>Contract</source>
        <extracomment>Tab name -&gt; (form, repository, letters&apos; table) for the tabs that list records.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="84"/>
        <source>&amp;Edit contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="86"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="86"/>
        <source>Ctrl+N: a record of the tab in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="89"/>
        <location filename="../../app/ui/pages/contract.py" line="149"/>
        <source>Make &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="91"/>
        <source>A letter about the selected delivery notice, complaint or termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="105"/>
        <source>Quarter of the availability report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="106"/>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="109"/>
        <source>Availability and compensation report for the chosen quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="114"/>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="151"/>
        <source>Mark &amp;done / not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="166"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="168"/>
        <source>Template default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="171"/>
        <source>This contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="178"/>
        <source>&amp;Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="181"/>
        <source>Enter changes the contract&apos;s value of a term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="184"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="185"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="187"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="191"/>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="195"/>
        <source>Agreed uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="200"/>
        <source>&amp;Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="202"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="207"/>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="212"/>
        <source>Complained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="216"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="219"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="220"/>
        <source>Nature of the defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="225"/>
        <source>Co&amp;mplaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="229"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="230"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="232"/>
        <source>Last day to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="236"/>
        <source>Delivery day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="240"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="248"/>
        <source>&amp;Delivery notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="254"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="255"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="257"/>
        <source>Service ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="261"/>
        <source>Deletion notice by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="265"/>
        <source>Latest deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="269"/>
        <source>Transferred (Sodvin 5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="277"/>
        <source>Te&amp;rmination and deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="283"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="284"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="285"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="286"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="290"/>
        <source>Establis&amp;hment checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="293"/>
        <source>Enter opens the task; Space marks it done today (or not done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="566"/>
        <source>the service “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="567"/>
        <source>the incident of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="568"/>
        <source>the complaint of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="569"/>
        <source>the delivery notice of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="570"/>
        <source>the termination received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="571"/>
        <source>the task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="615"/>
        <source>Select a record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="297"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="298"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="299"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="302"/>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="329"/>
        <source>%1 · signed %2 · monthly fee %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="388"/>
        <source>This quarter: not computed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="393"/>
        <source>This quarter (%1 Q%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="400"/>
        <source>availability so far &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; (agreed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="404"/>
        <source>downtime %1 h of %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="407"/>
        <source>compensation so far &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="485"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="486"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="487"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="490"/>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="491"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="492"/>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="493"/>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="494"/>
        <source>delivery notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="495"/>
        <source>termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="496"/>
        <source>checklist task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contract.py" line="497"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <location filename="../../app/ui/models/contracts_model.py" line="29"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/contracts_model.py" line="34"/>
        <source>Org. number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/contracts_model.py" line="37"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/contracts_model.py" line="40"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/contracts_model.py" line="45"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/contracts_model.py" line="50"/>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../app/ui/pages/contracts.py" line="19"/>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contracts.py" line="21"/>
        <source>New c&amp;ustomer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contracts.py" line="22"/>
        <source>&amp;New contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contracts.py" line="27"/>
        <source>Filter by customer, organisation number or title (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contracts.py" line="46"/>
        <source>Edit c&amp;ustomer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/contracts.py" line="60"/>
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contracts.py" line="79"/>
        <source>the contract %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/contracts.py" line="94"/>
        <source>contracts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../app/ui/forms/customer_form.py" line="22"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/customer_form.py" line="29"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/customer_form.py" line="30"/>
        <source>Contact&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/customer_form.py" line="31"/>
        <source>Contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../app/ui/pages/customers.py" line="30"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/customers.py" line="33"/>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/customers.py" line="38"/>
        <source>Filter by name, organisation number or contact (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/customers.py" line="42"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/customers.py" line="44"/>
        <source>Org. number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/customers.py" line="49"/>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/customers.py" line="54"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/customers.py" line="57"/>
        <source>Main contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/customers.py" line="76"/>
        <source>Show &amp;contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/customers.py" line="83"/>
        <source>%n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/customers.py" line="115"/>
        <source>the customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/customers.py" line="129"/>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <location filename="../../app/ui/pages/records.py" line="286"/>
        <source>the delivery notice of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="292"/>
        <source>delivery-notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="295"/>
        <source>Delivery notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="298"/>
        <source>&amp;New delivery notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="316"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="318"/>
        <source>rejection not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="320"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="321"/>
        <source>in approval period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="328"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="333"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="336"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="339"/>
        <source>Last day to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="344"/>
        <source>Delivery day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="347"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryNoticeForm</name>
    <message>
        <location filename="../../app/ui/forms/delivery_notice_form.py" line="27"/>
        <source>Delivery notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/delivery_notice_form.py" line="33"/>
        <source>For a partial delivery: which part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/delivery_notice_form.py" line="34"/>
        <source>When the customer rejected it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/delivery_notice_form.py" line="38"/>
        <source>The errors are significant for the customer&apos;s use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/delivery_notice_form.py" line="50"/>
        <source>Correct the marked fields to see the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/delivery_notice_form.py" line="64"/>
        <source>The rejection is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/delivery_notice_form.py" line="64"/>
        <source>The rejection is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="41"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="42"/>
        <source>Organisation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="43"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="44"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="45"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="46"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="47"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="48"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="49"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="50"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="51"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="52"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="53"/>
        <location filename="../../app/ui/i18n.py" line="54"/>
        <source>Contract template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="55"/>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="56"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="57"/>
        <source>Ordinary operation from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="58"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="59"/>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="60"/>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="61"/>
        <source>Annual fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="62"/>
        <source>Establishment fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="63"/>
        <source>Contract sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="64"/>
        <source>Establishment sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="65"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="66"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="67"/>
        <location filename="../../app/ui/i18n.py" line="118"/>
        <source>Agreed uptime (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="68"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="69"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="70"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="71"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="72"/>
        <source>Discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="73"/>
        <source>Complaint made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="74"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="75"/>
        <source>Nature of the defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="76"/>
        <source>Extent of the defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="77"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="78"/>
        <source>Notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="79"/>
        <source>Partial delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="80"/>
        <source>Rejected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="81"/>
        <source>Reason for rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="82"/>
        <source>Errors are significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="83"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="84"/>
        <source>From (contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="85"/>
        <source>Contact&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="86"/>
        <source>Terminated by the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="87"/>
        <source>Service ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="88"/>
        <source>Planned deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="89"/>
        <source>Copy ordered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="90"/>
        <source>Deletion notice sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="91"/>
        <source>Data deleted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="92"/>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="93"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="94"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="95"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="96"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="98"/>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="99"/>
        <source>Extra closed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="100"/>
        <source>Move deadlines to a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="101"/>
        <source>Service ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="102"/>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="103"/>
        <source>Termination received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="104"/>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="105"/>
        <source>Period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="106"/>
        <source>Cancellable licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="107"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="108"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="109"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="110"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="111"/>
        <source>Move due date off holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="112"/>
        <source>Units in the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="113"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="114"/>
        <source>Old index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="115"/>
        <source>New index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="116"/>
        <source>Takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="117"/>
        <source>Fee for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="119"/>
        <source>Downtime (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="120"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="121"/>
        <source>Service hours in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="122"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="123"/>
        <source>Guarantee (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="124"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="125"/>
        <source>Service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="126"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="127"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="129"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="130"/>
        <source>Last day to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="131"/>
        <source>Delivery day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="132"/>
        <source>Rejection valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="133"/>
        <source>Deadline, visible defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="134"/>
        <source>Deadline, hidden defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="135"/>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="136"/>
        <source>Days since discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="137"/>
        <source>Working days since discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="138"/>
        <source>Latest deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="139"/>
        <source>Deletion notice by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="140"/>
        <source>Copy ordered by (OC 5.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="141"/>
        <source>Copy ordered before expiry (OC 12.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="142"/>
        <source>Safe date to order a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="143"/>
        <source>Binding period starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="144"/>
        <source>Agreement period no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="145"/>
        <source>Period starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="146"/>
        <source>Notice deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="147"/>
        <source>Earliest end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="148"/>
        <source>Remaining months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="149"/>
        <source>Fees for the rest of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="150"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="151"/>
        <source>Request by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="152"/>
        <source>Rest of binding invoiced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="153"/>
        <source>Publish by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="154"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="155"/>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="156"/>
        <source>Late interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="157"/>
        <source>Reminder fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="158"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="159"/>
        <source>Units invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="160"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="161"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="162"/>
        <source>New price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="163"/>
        <source>Earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="164"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="165"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="166"/>
        <source>Shortfall (percentage points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="167"/>
        <source>Reduction before cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="168"/>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="169"/>
        <source>Reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="170"/>
        <source>Maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="171"/>
        <source>Allowed downtime (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="172"/>
        <source>Counted incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="174"/>
        <source>Saturday is a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="175"/>
        <source>Extra closed dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="176"/>
        <source>Closed every year (MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="177"/>
        <source>Approval period (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="178"/>
        <source>Go-live, earliest (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="179"/>
        <source>Go-live, latest (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="180"/>
        <source>Visible defects (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="181"/>
        <source>Hidden defects (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="182"/>
        <source>Promptness guideline (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="185"/>
        <source>Binding period (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="186"/>
        <source>Renewal period (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="187"/>
        <source>Termination notice (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="188"/>
        <source>Extension request (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="189"/>
        <source>Deletion within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="190"/>
        <source>Deletion notice (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="191"/>
        <source>Copy order (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="192"/>
        <source>Measuring period (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="193"/>
        <source>Causes that count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="194"/>
        <source>Reduction per point (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="195"/>
        <source>Reduction cap (monthly fees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="196"/>
        <source>Payment terms (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="197"/>
        <source>Change notice (days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../app/ui/files.py" line="33"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/files.py" line="34"/>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/files.py" line="35"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/files.py" line="36"/>
        <location filename="../../app/ui/files.py" line="63"/>
        <source>Avtalevakt export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/files.py" line="54"/>
        <source>Export list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/forms/form_dialog.py" line="43"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/form_dialog.py" line="83"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/form_dialog.py" line="84"/>
        <source>Save the changes before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../app/ui/fmt.py" line="73"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/fmt.py" line="74"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../app/ui/forms/incident_form.py" line="24"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/incident_form.py" line="31"/>
        <source>Leave out while it is still going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/incident_form.py" line="44"/>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/incident_form.py" line="47"/>
        <source>This cause counts as downtime under the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/incident_form.py" line="49"/>
        <source>This cause does not count as downtime under the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/incident_form.py" line="56"/>
        <source>The incident lies inside the standard maintenance window %1–%2 (Bilag 1): is the cause planned maintenance?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsEditor</name>
    <message>
        <location filename="../../app/ui/widgets/incidents_editor.py" line="51"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/incidents_editor.py" line="51"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/incidents_editor.py" line="26"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/incidents_editor.py" line="55"/>
        <source>&amp;Add incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/incidents_editor.py" line="57"/>
        <source>No incidents: full availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/incidents_editor.py" line="80"/>
        <source>Remove this incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <location filename="../../app/ui/models/incidents_model.py" line="22"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/incidents_model.py" line="40"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/incidents_model.py" line="43"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/incidents_model.py" line="44"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/incidents_model.py" line="47"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/incidents_model.py" line="52"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/incidents_model.py" line="57"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../app/ui/pages/incidents.py" line="19"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/incidents.py" line="21"/>
        <source>&amp;Log incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/incidents.py" line="25"/>
        <source>Filter by description, cause or contract (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/incidents.py" line="50"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/incidents.py" line="69"/>
        <source>the incident of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/incidents.py" line="73"/>
        <source>incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/letter_dialog.py" line="60"/>
        <source>Make a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/letter_dialog.py" line="84"/>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/letter_dialog.py" line="86"/>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/letter_dialog.py" line="144"/>
        <source>Not available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/letter_dialog.py" line="160"/>
        <source>No letter is made from this record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <location filename="../../app/ui/main_window.py" line="510"/>
        <location filename="../../app/ui/main_window.py" line="530"/>
        <source>Avtalevakt</source>
        <extracomment>The last background job of each kind (&quot;export&quot;, &quot;import&quot;, &quot;backup&quot;, …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Delivery notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Calculators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>&amp;Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>The list in view as a CSV file for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Export e&amp;verything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>Every record, the history and the letter log in one JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Export everything as CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>One CSV file per table, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>Read an export file (JSON) into this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>A copy of the database in the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218"/>
        <source>&amp;About Avtalevakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="252"/>
        <source>Opening the database …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="269"/>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="250"/>
        <source>Deadlines of every contract (the overview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478"/>
        <source>Deadlines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="525"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="538"/>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="552"/>
        <source>Exporting to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="557"/>
        <source>%1 records exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="575"/>
        <location filename="../../app/ui/main_window.py" line="584"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="586"/>
        <source>The database already has content. Replace all of it with the content of %1? A backup of the database is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="603"/>
        <source>Importing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="614"/>
        <source>%1 records imported from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="408"/>
        <location filename="../../app/ui/main_window.py" line="628"/>
        <source>Taking a backup …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="636"/>
        <source>Backup taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="679"/>
        <source>About Avtalevakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="681"/>
        <source>Avtalevakt %1

Contract deadlines, availability and compensation for Norwegian IT service desks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../app/ui/pages/opening.py" line="21"/>
        <source>Opening the database …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../app/ui/widgets/date_edit.py" line="90"/>
        <source>Set a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="98"/>
        <source>Overview</source>
        <extracomment>The tab of the contract page that shows a deadline&apos;s record (&quot;deliveries:3&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="107"/>
        <source>Export to &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="109"/>
        <source>The deadlines shown as an .ics file for Outlook or another calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="112"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="114"/>
        <source>The deadlines shown, for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="121"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="122"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="123"/>
        <source>next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="124"/>
        <source>later (60 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="125"/>
        <source>contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="126"/>
        <source>incidents still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="133"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="145"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="146"/>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="148"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="167"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="171"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="176"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="180"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="184"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="187"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="203"/>
        <source>Opening the database …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="239"/>
        <location filename="../../app/ui/pages/overview.py" line="318"/>
        <source>Computing deadlines …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="263"/>
        <source>The deadlines could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="275"/>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="279"/>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/overview.py" line="310"/>
        <source>%n deadline(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="313"/>
        <source>%1 of %2 deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="380"/>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="388"/>
        <source>%1 deadlines written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="100"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="106"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="114"/>
        <source>&amp;Export list as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="125"/>
        <location filename="../../app/ui/pages/base.py" line="138"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="126"/>
        <source>Delete %1? This cannot be undone (the history keeps a copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="162"/>
        <source>%1 rows exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/preview_dialog.py" line="68"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preview_dialog.py" line="69"/>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preview_dialog.py" line="70"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preview_dialog.py" line="71"/>
        <source>Save as PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preview_dialog.py" line="108"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preview_dialog.py" line="113"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preview_dialog.py" line="122"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preview_dialog.py" line="134"/>
        <source>Writing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/preview_dialog.py" line="151"/>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../app/ui/pages/records.py" line="74"/>
        <source>Filter (Ctrl+F)</source>
        <extracomment>The column the list is sorted by at first (newest first). The letters&apos; table of these records (&quot;&quot; when no letter is made from them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="98"/>
        <location filename="../../app/ui/pages/records.py" line="104"/>
        <source>Make &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/records.py" line="100"/>
        <source>A letter about the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/records.py" line="145"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../app/ui/widgets/explanation_view.py" line="40"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/explanation_view.py" line="48"/>
        <source>How it was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/explanation_view.py" line="58"/>
        <source>&amp;Copy explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/explanation_view.py" line="59"/>
        <source>Copy the steps and notes, ready for an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/explanation_view.py" line="84"/>
        <source>Fill in the fields to see the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/explanation_view.py" line="153"/>
        <source>Notes and readings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../app/ui/forms/service_form.py" line="21"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/service_form.py" line="32"/>
        <source>Left out: the contract&apos;s agreed uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/service_form.py" line="46"/>
        <source>Monthly fee %1 · agreed uptime %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="26"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="35"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="37"/>
        <source>Sender of letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41"/>
        <source>Printed in the letterhead, the signature and the footer. Left empty, a letter names the supplier of the contract&apos;s template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="50"/>
        <source>&amp;Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="51"/>
        <source>&amp;Org. number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="52"/>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53"/>
        <source>Si&amp;gned by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="54"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="55"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66"/>
        <source>Street
Postcode and town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="73"/>
        <source>for the date line, e.g. Hønefoss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminationForm</name>
    <message>
        <location filename="../../app/ui/forms/termination_form.py" line="28"/>
        <source>Termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/termination_form.py" line="37"/>
        <source>OC 5.4: the deletion notice goes to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/termination_form.py" line="40"/>
        <source>The supplier terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/termination_form.py" line="44"/>
        <source>Left out: the end the contract gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/termination_form.py" line="49"/>
        <source>Left out: the latest allowed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/termination_form.py" line="56"/>
        <source>End of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/termination_form.py" line="67"/>
        <source>Deletion of data (OC 5.3–5.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/termination_form.py" line="75"/>
        <source>Correct the marked fields to see the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/termination_form.py" line="86"/>
        <source>Sodvin 5.3: data, backups, licences, contracts and user lists are transferred to the customer; no deletion deadline in days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <location filename="../../app/ui/widgets/terms_editor.py" line="85"/>
        <source>Yes</source>
        <extracomment>Terms a contract may override, in the order of the Terms model.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/terms_editor.py" line="117"/>
        <source>Tick to give this contract its own value instead of the template&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/terms_editor.py" line="191"/>
        <source>Contract terms: %n different from the template</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/terms_editor.py" line="200"/>
        <source>template: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../app/ui/worker.py" line="185"/>
        <source>Cancel</source>
        <extracomment>A progress dialog shows only for jobs still running after this long. Jobs running now: kept alive until their result has been delivered. Emitted after finished or failed, whichever it was.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
