<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
    <context>
        <name>Application</name>
        <message>
            <location filename="../../app/ui/application.py" line="177" />
            <location filename="../../app/ui/application.py" line="203" />
            <location filename="../../app/ui/application.py" line="354" />
            <location filename="../../app/ui/application.py" line="375" />
            <location filename="../../app/ui/application.py" line="420" />
            <source>Avtalevakt</source>
            <translation>Avtalevakt</translation>
        </message>
        <message>
            <location filename="../../app/ui/application.py" line="376" />
            <source>Restoring the backup %1 …</source>
            <translation>Gjenoppretter sikkerhetskopien %1 …</translation>
        </message>
        <message>
            <location filename="../../app/ui/application.py" line="438" />
            <source>Empty database</source>
            <translation>Tom database</translation>
        </message>
        <message>
            <location filename="../../app/ui/application.py" line="439" />
            <source>The database has no contracts yet. Fill it with demo customers and contracts to try the program?</source>
            <translation>Databasen har ingen avtaler ennå. Vil du fylle den med demokunder og -avtaler for å prøve programmet?</translation>
        </message>
    </context>
    <context>
        <name>Calculator</name>
        <message>
            <location filename="../../app/ui/i18n.py" line="212" />
            <source>Approval period</source>
            <translation>Godkjenningsperiode</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="213" />
            <source>Complaint limits</source>
            <translation>Reklamasjonsfrister</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="214" />
            <source>Deletion and copies</source>
            <translation>Sletting og kopi av data</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="215" />
            <source>Compensation for downtime</source>
            <translation>Kompensasjon for nedetid</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="216" />
            <source>Binding and renewal (Sodvin)</source>
            <translation>Binding og fornyelse (Sodvin)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="217" />
            <source>Termination (Office Center)</source>
            <translation>Oppsigelse (Office Center)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="218" />
            <source>Early termination (Sodvin)</source>
            <translation>Førtidig oppsigelse (Sodvin)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="219" />
            <source>Payment and late interest</source>
            <translation>Betaling og forsinkelsesrente</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="220" />
            <source>First invoice</source>
            <translation>Første faktura</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="221" />
            <source>Price adjustment</source>
            <translation>Prisjustering</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="222" />
            <source>Change notice</source>
            <translation>Varsel om endringer</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="223" />
            <source>Sodvin refund</source>
            <translation>Sodvin-refusjon</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="224" />
            <source>Office Center reduction</source>
            <translation>Office Center-prisavslag</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="225" />
            <source>Availability</source>
            <translation>Tilgjengelighet</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="226" />
            <source>Maintenance windows</source>
            <translation>Vedlikeholdsvinduer</translation>
        </message>
    </context>
    <context>
        <name>CalculatorPanel</name>
        <message>
            <location filename="../../app/ui/widgets/calculator_panel.py" line="109" />
            <source>Correct the marked fields to see the result.</source>
            <extracomment>A verdict line for a result: (text, good) or None.</extracomment>
            <translation>Rett opp de merkede feltene for å se resultatet.</translation>
        </message>
    </context>
    <context>
        <name>CalculatorsPage</name>
        <message>
            <location filename="../../app/ui/pages/calculators.py" line="65" />
            <source>No fixed deadline in days for this contract: see the notes.</source>
            <translation>Denne avtalen har ingen fast frist i dager: se merknadene.</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/calculators.py" line="69" />
            <source>In time</source>
            <translation>I tide</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/calculators.py" line="71" />
            <source>Too late</source>
            <translation>For sent</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/calculators.py" line="78" />
            <source>The rejection is valid</source>
            <translation>Underkjenningen er gyldig</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/calculators.py" line="80" />
            <source>The rejection is not valid</source>
            <translation>Underkjenningen er ikke gyldig</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/calculators.py" line="87" />
            <source>Paid in time</source>
            <translation>Betalt i tide</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/pages/calculators.py" line="88" />
            <source>Paid %n day(s) late</source>
            <translation>
                <numerusform>Betalt %n dag for sent</numerusform>
                <numerusform>Betalt %n dager for sent</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistItemForm</name>
        <message>
            <location filename="../../app/ui/forms/checklist_item_form.py" line="16" />
            <source>Checklist task</source>
            <translation>Sjekklistepunkt</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/checklist_item_form.py" line="21" />
            <source>Bilag 2: phase 1 to 4</source>
            <translation>Bilag 2: fase 1 til 4</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/checklist_item_form.py" line="24" />
            <source>Left out while it is not done</source>
            <translation>Tomt så lenge det ikke er gjort</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <location filename="../../app/ui/forms/choices.py" line="38" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/choices.py" line="39" />
            <source>Letter</source>
            <translation>Brev</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/choices.py" line="40" />
            <source>Customer portal</source>
            <translation>Kundeportal</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/choices.py" line="41" />
            <source>Oral (not in writing)</source>
            <translation>Muntlig (ikke skriftlig)</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/choices.py" line="47" />
            <source>Open</source>
            <translation>Åpen</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/choices.py" line="48" />
            <source>Accepted</source>
            <translation>Godtatt</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/choices.py" line="49" />
            <source>Rejected</source>
            <translation>Avvist</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/choices.py" line="50" />
            <source>Closed</source>
            <translation>Lukket</translation>
        </message>
    </context>
    <context>
        <name>CompensationPanel</name>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="50" />
            <source>Sodvin: refund (7.2)</source>
            <translation>Sodvin: refusjon (7.2)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="51" />
            <source>Office Center: price reduction (10.2–10.3)</source>
            <translation>Office Center: prisavslag (10.2–10.3)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="54" />
            <source>Contract</source>
            <translation>Avtale</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="60" />
            <source>An availability figure</source>
            <translation>Et tilgjengelighetstall</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="61" />
            <source>A quarter's incidents</source>
            <translation>Hendelsene i et kvartal</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="64" />
            <source>Computed from</source>
            <translation>Beregnet fra</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="66" />
            <source>Fee</source>
            <translation>Vederlag</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="67" />
            <source>Agreed level (%)</source>
            <translation>Avtalt nivå (%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="94" />
            <source>Availability</source>
            <translation>Tilgjengelighet</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="96" />
            <source>Compensation</source>
            <translation>Kompensasjon</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="117" />
            <source>Fee for the period (V)</source>
            <translation>Vederlag for perioden (V)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="117" />
            <source>Monthly fee</source>
            <translation>Månedspris</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="121" />
            <source>Agreed uptime (O, %)</source>
            <translation>Avtalt oppetid (O, %)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="121" />
            <source>Guarantee (%)</source>
            <translation>Garanti (%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/compensation_panel.py" line="194" />
            <source>Correct the marked fields to see the result.</source>
            <translation>Rett opp de merkede feltene for å se resultatet.</translation>
        </message>
    </context>
    <context>
        <name>ComplaintForm</name>
        <message>
            <location filename="../../app/ui/forms/complaint_form.py" line="20" />
            <source>Complaint</source>
            <translation>Reklamasjon</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/complaint_form.py" line="29" />
            <source>Leave out for a defect visible at delivery (OC 8.1)</source>
            <translation>Utelates for en mangel som var synlig ved levering (OC 8.1)</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/complaint_form.py" line="33" />
            <source>OC 8.3: what is wrong</source>
            <translation>OC 8.3: hva som er feil</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/complaint_form.py" line="34" />
            <source>OC 8.3: how much it affects</source>
            <translation>OC 8.3: hvor mye det berører</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/complaint_form.py" line="52" />
            <source>Correct the marked fields to see the verdict.</source>
            <translation>Rett opp de merkede feltene for å se vurderingen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/complaint_form.py" line="62" />
            <source>No deadline in days: 'without undue delay' (see notes)</source>
            <translation>Ingen frist i dager: «uten ugrunnet opphold» (se merknader)</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/complaint_form.py" line="64" />
            <source>Timely</source>
            <translation>I tide</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/complaint_form.py" line="66" />
            <source>Late</source>
            <translation>For sent</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/complaint_form.py" line="69" />
            <source>not in writing (OC 8.3 requires writing)</source>
            <translation>ikke skriftlig (OC 8.3 krever skriftlighet)</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsPage</name>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="438" />
            <location filename="../../app/ui/pages/records.py" line="235" />
            <source>no fixed deadline</source>
            <translation>ingen fast frist</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="440" />
            <location filename="../../app/ui/pages/records.py" line="237" />
            <source>timely</source>
            <translation>i tide</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="441" />
            <location filename="../../app/ui/pages/records.py" line="238" />
            <source>late</source>
            <translation>for sent</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="205" />
            <source>the complaint of %1 (%2)</source>
            <translation>reklamasjonen fra %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="211" />
            <source>complaints</source>
            <translation>reklamasjoner</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="214" />
            <source>Complaints</source>
            <translation>Reklamasjoner</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="217" />
            <source>&amp;New complaint…</source>
            <translation>&amp;Ny reklamasjon …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="245" />
            <source>Complained</source>
            <translation>Reklamert</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="250" />
            <source>Contract</source>
            <translation>Avtale</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="255" />
            <source>Delivered</source>
            <translation>Levert</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="258" />
            <source>Verdict</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="261" />
            <source>Nature of the defect</source>
            <translation>Mangelens art</translation>
        </message>
    </context>
    <context>
        <name>ContractForm</name>
        <message>
            <location filename="../../app/ui/forms/contract_form.py" line="31" />
            <source>Contract</source>
            <translation>Avtale</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/contract_form.py" line="40" />
            <source>Sodvin 5.1: start of ordinary operation</source>
            <translation>Sodvin 5.1: oppstartsdag for ordinær drift</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/contract_form.py" line="43" />
            <source>OC 6.3: the delivery date when left out</source>
            <translation>OC 6.3: leveringsdatoen når feltet står tomt</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/contract_form.py" line="77" />
            <source>Correct the marked fields to see the dates.</source>
            <translation>Rett opp de merkede feltene for å se datoene.</translation>
        </message>
    </context>
    <context>
        <name>ContractPage</name>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="79" />
            <source>Contract</source>
            <extracomment>Tab name -&gt; (form, repository, letters' table) for the tabs that list records.</extracomment>
            <translation>Avtale</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="84" />
            <source>&amp;Edit contract…</source>
            <translation>R&amp;ediger avtale …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="86" />
            <source>&amp;Add…</source>
            <translation>&amp;Legg til …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="86" />
            <source>Ctrl+N: a record of the tab in view</source>
            <translation>Ctrl+N: en ny post i fanen som vises</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="89" />
            <location filename="../../app/ui/pages/contract.py" line="149" />
            <source>Make &amp;letter…</source>
            <translation>Lag &amp;brev …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="91" />
            <source>A letter about the selected delivery notice, complaint or termination</source>
            <translation>Et brev om valgt leveransemelding, reklamasjon eller oppsigelse</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="105" />
            <source>Quarter of the availability report</source>
            <translation>Kvartalet rapporten om tilgjengelighet gjelder</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="106" />
            <source>&amp;Report…</source>
            <translation>&amp;Rapport …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="109" />
            <source>Availability and compensation report for the chosen quarter</source>
            <translation>Rapport om tilgjengelighet og kompensasjon for valgt kvartal</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="114" />
            <source>&amp;Quarter:</source>
            <translation>Kv&amp;artal:</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="151" />
            <source>Mark &amp;done / not done</source>
            <translation>Merk som &amp;gjort / ikke gjort</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="166" />
            <source>Term</source>
            <translation>Vilkår</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="168" />
            <source>Template default</source>
            <translation>Malens standard</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="171" />
            <source>This contract</source>
            <translation>Denne avtalen</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="178" />
            <source>&amp;Terms</source>
            <translation>&amp;Vilkår</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="181" />
            <source>Enter changes the contract's value of a term</source>
            <translation>Enter endrer avtalens verdi for et vilkår</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="184" />
            <source>Service</source>
            <translation>Tjeneste</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="185" />
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="187" />
            <source>Unit price</source>
            <translation>Enhetspris</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="191" />
            <source>Monthly fee</source>
            <translation>Månedspris</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="195" />
            <source>Agreed uptime</source>
            <translation>Avtalt oppetid</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="200" />
            <source>&amp;Services</source>
            <translation>&amp;Tjenester</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="202" />
            <source>Letters</source>
            <translation>Brev</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="207" />
            <source>&amp;Incidents</source>
            <translation>&amp;Hendelser</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="212" />
            <source>Complained</source>
            <translation>Reklamert</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="216" />
            <source>Delivered</source>
            <translation>Levert</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="219" />
            <source>Verdict</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="220" />
            <source>Nature of the defect</source>
            <translation>Mangelens art</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="225" />
            <source>Co&amp;mplaints</source>
            <translation>Re&amp;klamasjoner</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="229" />
            <source>Sent</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="230" />
            <source>Part</source>
            <translation>Del</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="232" />
            <source>Last day to reject</source>
            <translation>Siste dag for underkjenning</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="236" />
            <source>Delivery day</source>
            <translation>Leveringsdag</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="240" />
            <source>Rejected</source>
            <translation>Underkjent</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="248" />
            <source>&amp;Delivery notices</source>
            <translation>Leveranse&amp;meldinger</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="254" />
            <source>Received</source>
            <translation>Mottatt</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="255" />
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="257" />
            <source>Service ends</source>
            <translation>Tjenesten avsluttes</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="261" />
            <source>Deletion notice by</source>
            <translation>Slettevarsel senest</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="265" />
            <source>Latest deletion</source>
            <translation>Sletting senest</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="269" />
            <source>Transferred (Sodvin 5.3)</source>
            <translation>Overført (Sodvin 5.3)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="277" />
            <source>Te&amp;rmination and deletion</source>
            <translation>&amp;Oppsigelse og sletting</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="283" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="284" />
            <source>Task</source>
            <translation>Oppgave</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="285" />
            <source>Owner</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="286" />
            <source>Done</source>
            <translation>Utført</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="290" />
            <source>Establis&amp;hment checklist</source>
            <translation>Etablerings&amp;sjekkliste</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="293" />
            <source>Enter opens the task; Space marks it done today (or not done)</source>
            <translation>Enter åpner punktet; mellomrom merker det som gjort i dag (eller ikke gjort)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="566" />
            <source>the service “%1”</source>
            <translation>tjenesten «%1»</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="567" />
            <source>the incident of %1</source>
            <translation>hendelsen %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="568" />
            <source>the complaint of %1</source>
            <translation>reklamasjonen fra %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="569" />
            <source>the delivery notice of %1</source>
            <translation>leveransemeldingen fra %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="570" />
            <source>the termination received %1</source>
            <translation>oppsigelsen mottatt %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="571" />
            <source>the task “%1”</source>
            <translation>punktet «%1»</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="615" />
            <source>Select a record first.</source>
            <translation>Velg en rad først.</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="297" />
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="298" />
            <source>User</source>
            <translation>Bruker</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="299" />
            <source>Change</source>
            <translation>Endring</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="302" />
            <source>Histor&amp;y</source>
            <translation>H&amp;istorikk</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="329" />
            <source>%1 · signed %2 · monthly fee %3</source>
            <translation>%1 · signert %2 · månedspris %3</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="388" />
            <source>This quarter: not computed (%1)</source>
            <translation>Dette kvartalet: ikke beregnet (%1)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="393" />
            <source>This quarter (%1 Q%2)</source>
            <translation>Dette kvartalet (%1 K%2)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="400" />
            <source>availability so far &lt;b style='color:%1'&gt;%2&lt;/b&gt; (agreed %3)</source>
            <translation>tilgjengelighet hittil &lt;b style='color:%1'&gt;%2&lt;/b&gt; (avtalt %3)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="404" />
            <source>downtime %1 h of %2 h</source>
            <translation>nedetid %1 t av %2 t</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="407" />
            <source>compensation so far &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>kompensasjon hittil &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="485" />
            <source>added</source>
            <translation>lagt til</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="486" />
            <source>changed</source>
            <translation>endret</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="487" />
            <source>deleted</source>
            <translation>slettet</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="490" />
            <source>contract</source>
            <translation>avtale</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="491" />
            <source>service</source>
            <translation>tjeneste</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="492" />
            <source>incident</source>
            <translation>hendelse</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="493" />
            <source>complaint</source>
            <translation>reklamasjon</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="494" />
            <source>delivery notice</source>
            <translation>leveransemelding</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="495" />
            <source>termination</source>
            <translation>oppsigelse</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="496" />
            <source>checklist task</source>
            <translation>sjekklisteoppgave</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contract.py" line="497" />
            <source>note</source>
            <translation>notat</translation>
        </message>
    </context>
    <context>
        <name>ContractsModel</name>
        <message>
            <location filename="../../app/ui/models/contracts_model.py" line="29" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../app/ui/models/contracts_model.py" line="34" />
            <source>Org. number</source>
            <translation>Org.nr.</translation>
        </message>
        <message>
            <location filename="../../app/ui/models/contracts_model.py" line="37" />
            <source>Contract</source>
            <translation>Avtale</translation>
        </message>
        <message>
            <location filename="../../app/ui/models/contracts_model.py" line="40" />
            <source>Template</source>
            <translation>Mal</translation>
        </message>
        <message>
            <location filename="../../app/ui/models/contracts_model.py" line="45" />
            <source>Signed</source>
            <translation>Signert</translation>
        </message>
        <message>
            <location filename="../../app/ui/models/contracts_model.py" line="50" />
            <source>Monthly fee</source>
            <translation>Månedspris</translation>
        </message>
    </context>
    <context>
        <name>ContractsPage</name>
        <message>
            <location filename="../../app/ui/pages/contracts.py" line="19" />
            <source>Contracts</source>
            <translation>Avtaler</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contracts.py" line="21" />
            <source>New c&amp;ustomer…</source>
            <translation>Ny k&amp;unde …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contracts.py" line="22" />
            <source>&amp;New contract…</source>
            <translation>&amp;Ny avtale …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contracts.py" line="27" />
            <source>Filter by customer, organisation number or title (Ctrl+F)</source>
            <translation>Filtrer på kunde, organisasjonsnummer eller tittel (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contracts.py" line="46" />
            <source>Edit c&amp;ustomer…</source>
            <translation>Rediger k&amp;unde …</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/pages/contracts.py" line="60" />
            <source>%n contract(s)</source>
            <translation>
                <numerusform>%n avtale</numerusform>
                <numerusform>%n avtaler</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contracts.py" line="79" />
            <source>the contract %1 – %2</source>
            <translation>avtalen %1 – %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/contracts.py" line="94" />
            <source>contracts</source>
            <translation>avtaler</translation>
        </message>
    </context>
    <context>
        <name>CustomerForm</name>
        <message>
            <location filename="../../app/ui/forms/customer_form.py" line="22" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/customer_form.py" line="29" />
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/customer_form.py" line="30" />
            <source>Contact's e-mail</source>
            <translation>Kontaktens e-post</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/customer_form.py" line="31" />
            <source>Contact's phone</source>
            <translation>Kontaktens telefon</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../app/ui/pages/customers.py" line="30" />
            <source>Customers</source>
            <translation>Kunder</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/customers.py" line="33" />
            <source>&amp;New customer…</source>
            <translation>&amp;Ny kunde …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/customers.py" line="38" />
            <source>Filter by name, organisation number or contact (Ctrl+F)</source>
            <translation>Filtrer på navn, organisasjonsnummer eller kontakt (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/customers.py" line="42" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/customers.py" line="44" />
            <source>Org. number</source>
            <translation>Org.nr.</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/customers.py" line="49" />
            <source>Contracts</source>
            <translation>Avtaler</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/customers.py" line="54" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/customers.py" line="57" />
            <source>Main contact</source>
            <translation>Hovedkontakt</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/customers.py" line="76" />
            <source>Show &amp;contracts</source>
            <translation>Vis &amp;avtaler</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/pages/customers.py" line="83" />
            <source>%n customer(s)</source>
            <translation>
                <numerusform>%n kunde</numerusform>
                <numerusform>%n kunder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/customers.py" line="115" />
            <source>the customer %1</source>
            <translation>kunden %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/customers.py" line="129" />
            <source>customers</source>
            <translation>kunder</translation>
        </message>
    </context>
    <context>
        <name>DeliveriesPage</name>
        <message>
            <location filename="../../app/ui/pages/records.py" line="286" />
            <source>the delivery notice of %1 (%2)</source>
            <translation>leveransemeldingen fra %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="292" />
            <source>delivery-notices</source>
            <translation>leveransemeldinger</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="295" />
            <source>Delivery notices</source>
            <translation>Leveransemeldinger</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="298" />
            <source>&amp;New delivery notice…</source>
            <translation>&amp;Ny leveransemelding …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="316" />
            <source>rejected</source>
            <translation>underkjent</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="318" />
            <source>rejection not valid</source>
            <translation>underkjenning ikke gyldig</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="320" />
            <source>delivered</source>
            <translation>levert</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="321" />
            <source>in approval period</source>
            <translation>i godkjenningsperioden</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="328" />
            <source>Sent</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="333" />
            <source>Contract</source>
            <translation>Avtale</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="336" />
            <source>Part</source>
            <translation>Del</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="339" />
            <source>Last day to reject</source>
            <translation>Siste dag for underkjenning</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="344" />
            <source>Delivery day</source>
            <translation>Leveringsdag</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="347" />
            <source>State</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>DeliveryNoticeForm</name>
        <message>
            <location filename="../../app/ui/forms/delivery_notice_form.py" line="27" />
            <source>Delivery notice</source>
            <translation>Leveransemelding</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/delivery_notice_form.py" line="33" />
            <source>For a partial delivery: which part</source>
            <translation>Ved delleveranse: hvilken del</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/delivery_notice_form.py" line="34" />
            <source>When the customer rejected it</source>
            <translation>Når kunden underkjente den</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/delivery_notice_form.py" line="38" />
            <source>The errors are significant for the customer's use</source>
            <translation>Feilene er vesentlige for kundens bruk</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/delivery_notice_form.py" line="50" />
            <source>Correct the marked fields to see the period.</source>
            <translation>Rett opp de merkede feltene for å se perioden.</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/delivery_notice_form.py" line="64" />
            <source>The rejection is valid</source>
            <translation>Underkjenningen er gyldig</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/delivery_notice_form.py" line="64" />
            <source>The rejection is not valid</source>
            <translation>Underkjenningen er ikke gyldig</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../app/ui/i18n.py" line="41" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="42" />
            <source>Organisation number</source>
            <translation>Organisasjonsnummer</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="43" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="44" />
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="45" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="46" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="47" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="48" />
            <source>Note</source>
            <translation>Notat</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="49" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="50" />
            <source>Contract</source>
            <translation>Avtale</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="51" />
            <source>Service</source>
            <translation>Tjeneste</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="52" />
            <source>Title</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="53" />
            <location filename="../../app/ui/i18n.py" line="54" />
            <source>Contract template</source>
            <translation>Avtalemal</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="55" />
            <source>Overrides</source>
            <translation>Avvik fra malen</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="56" />
            <source>Signed</source>
            <translation>Signert</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="57" />
            <source>Ordinary operation from</source>
            <translation>Ordinær drift fra</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="58" />
            <source>Delivered</source>
            <translation>Levert</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="59" />
            <source>Established</source>
            <translation>Etablert</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="60" />
            <source>Monthly fee</source>
            <translation>Månedspris</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="61" />
            <source>Annual fee</source>
            <translation>Årspris</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="62" />
            <source>Establishment fee</source>
            <translation>Etableringsgebyr</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="63" />
            <source>Contract sum</source>
            <translation>Kontraktssum</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="64" />
            <source>Establishment sum</source>
            <translation>Kontraktssum for etablering</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="65" />
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="66" />
            <source>Unit price</source>
            <translation>Enhetspris</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="67" />
            <location filename="../../app/ui/i18n.py" line="118" />
            <source>Agreed uptime (%)</source>
            <translation>Avtalt oppetid (%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="68" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="69" />
            <source>End</source>
            <translation>Slutt</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="70" />
            <source>Cause</source>
            <translation>Årsak</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="71" />
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="72" />
            <source>Discovered</source>
            <translation>Oppdaget</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="73" />
            <source>Complaint made</source>
            <translation>Reklamert</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="74" />
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="75" />
            <source>Nature of the defect</source>
            <translation>Mangelens art</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="76" />
            <source>Extent of the defect</source>
            <translation>Mangelens omfang</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="77" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="78" />
            <source>Notice sent</source>
            <translation>Melding sendt</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="79" />
            <source>Partial delivery</source>
            <translation>Delleveranse</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="80" />
            <source>Rejected on</source>
            <translation>Underkjent</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="81" />
            <source>Reason for rejection</source>
            <translation>Begrunnelse for underkjenning</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="82" />
            <source>Errors are significant</source>
            <translation>Feilene er vesentlige</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="83" />
            <source>Received</source>
            <translation>Mottatt</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="84" />
            <source>From (contact)</source>
            <translation>Fra (kontaktperson)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="85" />
            <source>Contact's e-mail</source>
            <translation>Kontaktens e-post</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="86" />
            <source>Terminated by the supplier</source>
            <translation>Sagt opp av leverandøren</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="87" />
            <source>Service ends</source>
            <translation>Tjenesten avsluttes</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="88" />
            <source>Planned deletion</source>
            <translation>Planlagt sletting</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="89" />
            <source>Copy ordered on</source>
            <translation>Kopi bestilt</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="90" />
            <source>Deletion notice sent on</source>
            <translation>Slettevarsel sendt</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="91" />
            <source>Data deleted on</source>
            <translation>Data slettet</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="92" />
            <source>Transferred</source>
            <translation>Overført</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="93" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="94" />
            <source>Task</source>
            <translation>Oppgave</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="95" />
            <source>Owner</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="96" />
            <source>Done on</source>
            <translation>Utført</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="98" />
            <source>Working days</source>
            <translation>Virkedager</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="99" />
            <source>Extra closed days</source>
            <translation>Ekstra stengte dager</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="100" />
            <source>Move deadlines to a working day</source>
            <translation>Flytt frister til virkedag</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="101" />
            <source>Service ended</source>
            <translation>Tjenesten avsluttet</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="102" />
            <source>Deletion</source>
            <translation>Sletting</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="103" />
            <source>Termination received</source>
            <translation>Oppsigelse mottatt</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="104" />
            <source>Terminated</source>
            <translation>Sagt opp</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="105" />
            <source>Period ends</source>
            <translation>Perioden slutter</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="106" />
            <source>Cancellable licences</source>
            <translation>Oppsigelige lisenser</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="107" />
            <source>Outstanding</source>
            <translation>Utestående</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="108" />
            <source>Invoice date</source>
            <translation>Fakturadato</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="109" />
            <source>Amount</source>
            <translation>Beløp</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="110" />
            <source>Paid</source>
            <translation>Betalt</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="111" />
            <source>Move due date off holidays</source>
            <translation>Flytt forfall fra helligdager</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="112" />
            <source>Units in the offer</source>
            <translation>Enheter i tilbudet</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="113" />
            <source>Price</source>
            <translation>Pris</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="114" />
            <source>Old index</source>
            <translation>Gammel indeks</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="115" />
            <source>New index</source>
            <translation>Ny indeks</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="116" />
            <source>Takes effect</source>
            <translation>Trer i kraft</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="117" />
            <source>Fee for the period</source>
            <translation>Vederlag for perioden</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="119" />
            <source>Downtime (hours)</source>
            <translation>Nedetid (timer)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="120" />
            <source>Quarter</source>
            <translation>Kvartal</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="121" />
            <source>Service hours in the period</source>
            <translation>Tjenestetimer i perioden</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="122" />
            <source>Availability</source>
            <translation>Tilgjengelighet</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="123" />
            <source>Guarantee (%)</source>
            <translation>Garanti (%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="124" />
            <source>Months</source>
            <translation>Måneder</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="125" />
            <source>Service hours</source>
            <translation>Tjenestetid</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="126" />
            <source>Incidents</source>
            <translation>Hendelser</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="127" />
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="129" />
            <source>First day</source>
            <translation>Første dag</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="130" />
            <source>Last day to reject</source>
            <translation>Siste dag for underkjenning</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="131" />
            <source>Delivery day</source>
            <translation>Leveringsdag</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="132" />
            <source>Rejection valid</source>
            <translation>Underkjenning gyldig</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="133" />
            <source>Deadline, visible defects</source>
            <translation>Frist, synlige mangler</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="134" />
            <source>Deadline, hidden defects</source>
            <translation>Frist, skjulte mangler</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="135" />
            <source>In time</source>
            <translation>I tide</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="136" />
            <source>Days since discovery</source>
            <translation>Dager siden oppdagelse</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="137" />
            <source>Working days since discovery</source>
            <translation>Virkedager siden oppdagelse</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="138" />
            <source>Latest deletion</source>
            <translation>Sletting senest</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="139" />
            <source>Deletion notice by</source>
            <translation>Slettevarsel senest</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="140" />
            <source>Copy ordered by (OC 5.6)</source>
            <translation>Kopi bestilt senest (OC 5.6)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="141" />
            <source>Copy ordered before expiry (OC 12.4)</source>
            <translation>Kopi bestilt før utløp (OC 12.4)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="142" />
            <source>Safe date to order a copy</source>
            <translation>Sikker dato for kopibestilling</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="143" />
            <source>Binding period starts</source>
            <translation>Bindingstiden starter</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="144" />
            <source>Agreement period no.</source>
            <translation>Avtaleperiode nr.</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="145" />
            <source>Period starts</source>
            <translation>Perioden starter</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="146" />
            <source>Notice deadline</source>
            <translation>Oppsigelsesfrist</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="147" />
            <source>Earliest end</source>
            <translation>Tidligste slutt</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="148" />
            <source>Remaining months</source>
            <translation>Gjenstående måneder</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="149" />
            <source>Fees for the rest of the period</source>
            <translation>Vederlag for restperioden</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="150" />
            <source>Claim</source>
            <translation>Krav</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="151" />
            <source>Request by</source>
            <translation>Be om innen</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="152" />
            <source>Rest of binding invoiced on</source>
            <translation>Rest av bindingstid faktureres</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="153" />
            <source>Publish by</source>
            <translation>Publiser senest</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="154" />
            <source>Due</source>
            <translation>Forfall</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="155" />
            <source>Days late</source>
            <translation>Dager for sent</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="156" />
            <source>Late interest</source>
            <translation>Forsinkelsesrente</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="157" />
            <source>Reminder fee</source>
            <translation>Purregebyr</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="158" />
            <source>Days</source>
            <translation>Dager</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="159" />
            <source>Units invoiced</source>
            <translation>Fakturerte enheter</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="160" />
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="161" />
            <source>Total</source>
            <translation>Sum</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="162" />
            <source>New price</source>
            <translation>Ny pris</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="163" />
            <source>Earliest</source>
            <translation>Tidligst</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="164" />
            <source>Latest</source>
            <translation>Senest</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="165" />
            <source>Refund</source>
            <translation>Refusjon</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="166" />
            <source>Shortfall (percentage points)</source>
            <translation>Manglende oppnåelse (prosentpoeng)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="167" />
            <source>Reduction before cap</source>
            <translation>Avslag før tak</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="168" />
            <source>Cap</source>
            <translation>Tak</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="169" />
            <source>Reduction</source>
            <translation>Prisavslag</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="170" />
            <source>Maintenance windows</source>
            <translation>Vedlikeholdsvinduer</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="171" />
            <source>Allowed downtime (hours)</source>
            <translation>Tillatt nedetid (timer)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="172" />
            <source>Counted incidents</source>
            <translation>Hendelser som teller</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="174" />
            <source>Saturday is a working day</source>
            <translation>Lørdag er virkedag</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="175" />
            <source>Extra closed dates</source>
            <translation>Ekstra stengte datoer</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="176" />
            <source>Closed every year (MM-DD)</source>
            <translation>Stengt hvert år (MM-DD)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="177" />
            <source>Approval period (working days)</source>
            <translation>Godkjenningsperiode (virkedager)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="178" />
            <source>Go-live, earliest (days)</source>
            <translation>Driftsstart, tidligst (dager)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="179" />
            <source>Go-live, latest (days)</source>
            <translation>Driftsstart, senest (dager)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="180" />
            <source>Visible defects (days)</source>
            <translation>Synlige mangler (dager)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="181" />
            <source>Hidden defects (months)</source>
            <translation>Skjulte mangler (måneder)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="182" />
            <source>Promptness guideline (working days)</source>
            <translation>Retningslinje for «straks» (virkedager)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="185" />
            <source>Binding period (months)</source>
            <translation>Bindingstid (måneder)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="186" />
            <source>Renewal period (months)</source>
            <translation>Fornyelsesperiode (måneder)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="187" />
            <source>Termination notice (months)</source>
            <translation>Oppsigelsestid (måneder)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="188" />
            <source>Extension request (days)</source>
            <translation>Be om forlengelse (dager)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="189" />
            <source>Deletion within (days)</source>
            <translation>Sletting innen (dager)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="190" />
            <source>Deletion notice (working days)</source>
            <translation>Slettevarsel (virkedager)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="191" />
            <source>Copy order (working days)</source>
            <translation>Kopibestilling (virkedager)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="192" />
            <source>Measuring period (months)</source>
            <translation>Måleperiode (måneder)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="193" />
            <source>Causes that count</source>
            <translation>Årsaker som teller</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="194" />
            <source>Reduction per point (%)</source>
            <translation>Avslag per poeng (%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="195" />
            <source>Reduction cap (monthly fees)</source>
            <translation>Tak for avslag (månedspriser)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="196" />
            <source>Payment terms (days)</source>
            <translation>Betalingsfrist (dager)</translation>
        </message>
        <message>
            <location filename="../../app/ui/i18n.py" line="197" />
            <source>Change notice (days)</source>
            <translation>Varsel om endringer (dager)</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <location filename="../../app/ui/files.py" line="33" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumenter (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/files.py" line="34" />
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV for Excel (*.csv)</translation>
        </message>
        <message>
            <location filename="../../app/ui/files.py" line="35" />
            <source>Calendar files (*.ics)</source>
            <translation>Kalenderfiler (*.ics)</translation>
        </message>
        <message>
            <location filename="../../app/ui/files.py" line="36" />
            <location filename="../../app/ui/files.py" line="63" />
            <source>Avtalevakt export (*.json)</source>
            <translation>Avtalevakt-eksport (*.json)</translation>
        </message>
        <message>
            <location filename="../../app/ui/files.py" line="54" />
            <source>Export list as CSV</source>
            <translation>Eksporter listen som CSV</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../app/ui/forms/form_dialog.py" line="43" />
            <source>Save (Ctrl+S)</source>
            <translation>Lagre (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/form_dialog.py" line="83" />
            <source>Unsaved changes</source>
            <translation>Endringer som ikke er lagret</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/form_dialog.py" line="84" />
            <source>Save the changes before closing?</source>
            <translation>Vil du lagre endringene før du lukker?</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <location filename="../../app/ui/fmt.py" line="73" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../app/ui/fmt.py" line="74" />
            <source>No</source>
            <translation>Nei</translation>
        </message>
    </context>
    <context>
        <name>IncidentForm</name>
        <message>
            <location filename="../../app/ui/forms/incident_form.py" line="24" />
            <source>Incident</source>
            <translation>Hendelse</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/incident_form.py" line="31" />
            <source>Leave out while it is still going on</source>
            <translation>Utelates mens hendelsen pågår</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/incident_form.py" line="44" />
            <source>Duration: %1</source>
            <translation>Varighet: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/incident_form.py" line="47" />
            <source>This cause counts as downtime under the contract.</source>
            <translation>Denne årsaken regnes som nedetid etter avtalen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/incident_form.py" line="49" />
            <source>This cause does not count as downtime under the contract.</source>
            <translation>Denne årsaken regnes ikke som nedetid etter avtalen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/incident_form.py" line="56" />
            <source>The incident lies inside the standard maintenance window %1–%2 (Bilag 1): is the cause planned maintenance?</source>
            <translation>Hendelsen ligger i standard vedlikeholdsvindu %1–%2 (Bilag 1): er årsaken planlagt vedlikehold?</translation>
        </message>
    </context>
    <context>
        <name>IncidentsEditor</name>
        <message>
            <location filename="../../app/ui/widgets/incidents_editor.py" line="51" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/incidents_editor.py" line="51" />
            <source>End</source>
            <translation>Slutt</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/incidents_editor.py" line="26" />
            <source>Cause</source>
            <translation>Årsak</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/incidents_editor.py" line="55" />
            <source>&amp;Add incident</source>
            <translation>&amp;Legg til hendelse</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/incidents_editor.py" line="57" />
            <source>No incidents: full availability.</source>
            <translation>Ingen hendelser: full tilgjengelighet.</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/incidents_editor.py" line="80" />
            <source>Remove this incident</source>
            <translation>Fjern denne hendelsen</translation>
        </message>
    </context>
    <context>
        <name>IncidentsModel</name>
        <message>
            <location filename="../../app/ui/models/incidents_model.py" line="22" />
            <source>ongoing</source>
            <translation>pågår</translation>
        </message>
        <message>
            <location filename="../../app/ui/models/incidents_model.py" line="40" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../app/ui/models/incidents_model.py" line="43" />
            <source>End</source>
            <translation>Slutt</translation>
        </message>
        <message>
            <location filename="../../app/ui/models/incidents_model.py" line="44" />
            <source>Duration</source>
            <translation>Varighet</translation>
        </message>
        <message>
            <location filename="../../app/ui/models/incidents_model.py" line="47" />
            <source>Cause</source>
            <translation>Årsak</translation>
        </message>
        <message>
            <location filename="../../app/ui/models/incidents_model.py" line="52" />
            <source>Contract</source>
            <translation>Avtale</translation>
        </message>
        <message>
            <location filename="../../app/ui/models/incidents_model.py" line="57" />
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
    </context>
    <context>
        <name>IncidentsPage</name>
        <message>
            <location filename="../../app/ui/pages/incidents.py" line="19" />
            <source>Incidents</source>
            <translation>Hendelser</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/incidents.py" line="21" />
            <source>&amp;Log incident…</source>
            <translation>&amp;Registrer hendelse …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/incidents.py" line="25" />
            <source>Filter by description, cause or contract (Ctrl+F)</source>
            <translation>Filtrer på beskrivelse, årsak eller avtale (Ctrl+F)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/pages/incidents.py" line="50" />
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n hendelse</numerusform>
                <numerusform>%n hendelser</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/incidents.py" line="69" />
            <source>the incident of %1</source>
            <translation>hendelsen %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/incidents.py" line="73" />
            <source>incidents</source>
            <translation>hendelser</translation>
        </message>
    </context>
    <context>
        <name>LetterDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/letter_dialog.py" line="60" />
            <source>Make a letter</source>
            <translation>Lag brev</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/letter_dialog.py" line="84" />
            <source>&amp;Letter:</source>
            <translation>&amp;Brev:</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/letter_dialog.py" line="86" />
            <source>L&amp;anguage:</source>
            <translation>S&amp;pråk:</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/letter_dialog.py" line="144" />
            <source>Not available:</source>
            <translation>Ikke tilgjengelig:</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/letter_dialog.py" line="160" />
            <source>No letter is made from this record.</source>
            <translation>Det lages ikke brev fra denne posten.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/ui/main_window.py" line="114" />
            <location filename="../../app/ui/main_window.py" line="510" />
            <location filename="../../app/ui/main_window.py" line="530" />
            <source>Avtalevakt</source>
            <extracomment>The last background job of each kind ("export", "import", "backup", …).</extracomment>
            <translation>Avtalevakt</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="146" />
            <source>Overview</source>
            <translation>Oversikt</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="147" />
            <source>Contracts</source>
            <translation>Avtaler</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="148" />
            <source>Customers</source>
            <translation>Kunder</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="149" />
            <source>Contract</source>
            <translation>Avtale</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="150" />
            <source>Incidents</source>
            <translation>Hendelser</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="151" />
            <source>Complaints</source>
            <translation>Reklamasjoner</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="152" />
            <source>Delivery notices</source>
            <translation>Leveransemeldinger</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="153" />
            <source>Calculators</source>
            <translation>Kalkulatorer</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="159" />
            <source>&amp;File</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="160" />
            <source>&amp;New…</source>
            <translation>&amp;Ny …</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="163" />
            <source>&amp;Find</source>
            <translation>&amp;Søk</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="166" />
            <source>&amp;Export list…</source>
            <translation>&amp;Eksporter listen …</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="168" />
            <source>The list in view as a CSV file for Excel</source>
            <translation>Listen som vises, som CSV-fil for Excel</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="170" />
            <source>Export e&amp;verything…</source>
            <translation>Eksporter &amp;alt …</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="172" />
            <source>Every record, the history and the letter log in one JSON file</source>
            <translation>Alle poster, historikken og brevloggen i én JSON-fil</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="175" />
            <source>Export everything as CS&amp;V…</source>
            <translation>Eksporter alt som CS&amp;V …</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="176" />
            <source>One CSV file per table, in a folder</source>
            <translation>Én CSV-fil per tabell, i en mappe</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="178" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer …</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="179" />
            <source>Read an export file (JSON) into this database</source>
            <translation>Les en eksportfil (JSON) inn i denne databasen</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="181" />
            <source>Back &amp;up now</source>
            <translation>Ta sikkerhets&amp;kopi nå</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="182" />
            <source>A copy of the database in the backups folder</source>
            <translation>En kopi av databasen i mappen for sikkerhetskopier</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="184" />
            <source>&amp;Settings…</source>
            <translation>&amp;Innstillinger …</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="187" />
            <source>&amp;Quit</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="204" />
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="211" />
            <source>&amp;Refresh</source>
            <translation>&amp;Oppdater</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="217" />
            <source>&amp;Help</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="218" />
            <source>&amp;About Avtalevakt</source>
            <translation>&amp;Om Avtalevakt</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="245" />
            <location filename="../../app/ui/main_window.py" line="376" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="252" />
            <source>Opening the database …</source>
            <translation>Åpner databasen …</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="259" />
            <source>none yet</source>
            <translation>ingen ennå</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="269" />
            <source>Last backup: %1</source>
            <translation>Siste sikkerhetskopi: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="250" />
            <source>Deadlines of every contract (the overview)</source>
            <translation>Frister i alle avtaler (oversikten)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="478" />
            <source>Deadlines: %1</source>
            <translation>Frister: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="525" />
            <source>Cancelled; nothing was changed.</source>
            <translation>Avbrutt; ingenting er endret.</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="538" />
            <source>Export everything</source>
            <translation>Eksporter alt</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="552" />
            <source>Exporting to %1 …</source>
            <translation>Eksporterer til %1 …</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="557" />
            <source>%1 records exported to %2</source>
            <translation>%1 poster eksportert til %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="575" />
            <location filename="../../app/ui/main_window.py" line="584" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="586" />
            <source>The database already has content. Replace all of it with the content of %1? A backup of the database is taken first.</source>
            <translation>Databasen har allerede innhold. Vil du erstatte alt med innholdet i %1? Det tas en sikkerhetskopi av databasen først.</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="603" />
            <source>Importing %1 …</source>
            <translation>Importerer %1 …</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="614" />
            <source>%1 records imported from %2</source>
            <translation>%1 poster importert fra %2</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="408" />
            <location filename="../../app/ui/main_window.py" line="628" />
            <source>Taking a backup …</source>
            <translation>Tar sikkerhetskopi …</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="636" />
            <source>Backup taken: %1</source>
            <translation>Sikkerhetskopi tatt: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="679" />
            <source>About Avtalevakt</source>
            <translation>Om Avtalevakt</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="681" />
            <source>Avtalevakt %1

Contract deadlines, availability and compensation for Norwegian IT service desks.</source>
            <translation>Avtalevakt %1

Avtalefrister, tilgjengelighet og kompensasjon for norske IT-kundesentre.</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <location filename="../../app/ui/pages/opening.py" line="21" />
            <source>Opening the database …</source>
            <translation>Åpner databasen …</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <location filename="../../app/ui/widgets/date_edit.py" line="90" />
            <source>Set a date</source>
            <translation>Sett en dato</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="98" />
            <source>Overview</source>
            <extracomment>The tab of the contract page that shows a deadline's record ("deliveries:3").</extracomment>
            <translation>Oversikt</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="107" />
            <source>Export to &amp;calendar…</source>
            <translation>Eksporter til &amp;kalender …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="109" />
            <source>The deadlines shown as an .ics file for Outlook or another calendar</source>
            <translation>Fristene som vises, som .ics-fil for Outlook eller en annen kalender</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="112" />
            <source>E&amp;xport CSV…</source>
            <translation>Eksporter &amp;CSV …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="114" />
            <source>The deadlines shown, for Excel</source>
            <translation>Fristene som vises, for Excel</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="121" />
            <source>overdue</source>
            <translation>forfalt</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="122" />
            <source>due today</source>
            <translation>forfaller i dag</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="123" />
            <source>next 7 days</source>
            <translation>neste 7 dager</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="124" />
            <source>later (60 days)</source>
            <translation>senere (60 dager)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="125" />
            <source>contracts</source>
            <translation>avtaler</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="126" />
            <source>incidents still open</source>
            <translation>hendelser som pågår</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="133" />
            <source>Deadlines</source>
            <translation>Frister</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="145" />
            <source>All kinds</source>
            <translation>Alle typer</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="146" />
            <source>C&amp;ustomer:</source>
            <translation>K&amp;unde:</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="148" />
            <source>&amp;Kind:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="167" />
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="171" />
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="176" />
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="180" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="184" />
            <source>Contract</source>
            <translation>Avtale</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="187" />
            <source>What to do</source>
            <translation>Hva som skal gjøres</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="203" />
            <source>Opening the database …</source>
            <translation>Åpner databasen …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="239" />
            <location filename="../../app/ui/pages/overview.py" line="318" />
            <source>Computing deadlines …</source>
            <translation>Beregner frister …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="263" />
            <source>The deadlines could not be computed: %1</source>
            <translation>Fristene kunne ikke beregnes: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="275" />
            <source>Today: %1</source>
            <translation>I dag: %1</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="279" />
            <source>All customers</source>
            <translation>Alle kunder</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/pages/overview.py" line="310" />
            <source>%n deadline(s)</source>
            <translation>
                <numerusform>%n frist</numerusform>
                <numerusform>%n frister</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="313" />
            <source>%1 of %2 deadlines</source>
            <translation>%1 av %2 frister</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="380" />
            <source>Export to calendar</source>
            <translation>Eksporter til kalender</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/overview.py" line="388" />
            <source>%1 deadlines written to %2</source>
            <translation>%1 frister skrevet til %2</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <location filename="../../app/ui/pages/base.py" line="100" />
            <source>&amp;Open…</source>
            <translation>&amp;Åpne …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/base.py" line="106" />
            <source>&amp;Delete…</source>
            <translation>&amp;Slett …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/base.py" line="114" />
            <source>&amp;Export list as CSV…</source>
            <translation>&amp;Eksporter listen som CSV …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/base.py" line="125" />
            <location filename="../../app/ui/pages/base.py" line="138" />
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/base.py" line="126" />
            <source>Delete %1? This cannot be undone (the history keeps a copy).</source>
            <translation>Slette %1? Dette kan ikke angres (historikken beholder en kopi).</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/base.py" line="162" />
            <source>%1 rows exported to %2</source>
            <translation>%1 rader eksportert til %2</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <location filename="../../app/ui/dialogs/preview_dialog.py" line="68" />
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut …</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/preview_dialog.py" line="69" />
            <source>Print (Ctrl+P)</source>
            <translation>Skriv ut (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/preview_dialog.py" line="70" />
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Lagre som PDF …</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/preview_dialog.py" line="71" />
            <source>Save as PDF (Ctrl+S)</source>
            <translation>Lagre som PDF (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/preview_dialog.py" line="108" />
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/preview_dialog.py" line="113" />
            <source>Sent to the printer.</source>
            <translation>Sendt til skriveren.</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/preview_dialog.py" line="122" />
            <source>Save as PDF</source>
            <translation>Lagre som PDF</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/preview_dialog.py" line="134" />
            <source>Writing %1 …</source>
            <translation>Skriver %1 …</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs/preview_dialog.py" line="151" />
            <source>Saved as %1</source>
            <translation>Lagret som %1</translation>
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <location filename="../../app/ui/pages/records.py" line="74" />
            <source>Filter (Ctrl+F)</source>
            <extracomment>The column the list is sorted by at first (newest first). The letters' table of these records ("" when no letter is made from them).</extracomment>
            <translation>Filtrer (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="98" />
            <location filename="../../app/ui/pages/records.py" line="104" />
            <source>Make &amp;letter…</source>
            <translation>Lag &amp;brev …</translation>
        </message>
        <message>
            <location filename="../../app/ui/pages/records.py" line="100" />
            <source>A letter about the selected row</source>
            <translation>Et brev om valgt rad</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/pages/records.py" line="145" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n rad</numerusform>
                <numerusform>%n rader</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultView</name>
        <message>
            <location filename="../../app/ui/widgets/explanation_view.py" line="40" />
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/explanation_view.py" line="48" />
            <source>How it was computed</source>
            <translation>Slik er det regnet ut</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/explanation_view.py" line="58" />
            <source>&amp;Copy explanation</source>
            <translation>&amp;Kopier forklaringen</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/explanation_view.py" line="59" />
            <source>Copy the steps and notes, ready for an e-mail</source>
            <translation>Kopier stegene og merknadene, klare for en e-post</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/explanation_view.py" line="84" />
            <source>Fill in the fields to see the result.</source>
            <translation>Fyll ut feltene for å se resultatet.</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/explanation_view.py" line="153" />
            <source>Notes and readings</source>
            <translation>Merknader og valgt lesemåte</translation>
        </message>
    </context>
    <context>
        <name>ServiceForm</name>
        <message>
            <location filename="../../app/ui/forms/service_form.py" line="21" />
            <source>Service</source>
            <translation>Tjeneste</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/service_form.py" line="32" />
            <source>Left out: the contract's agreed uptime</source>
            <translation>Tomt: avtalens avtalte oppetid</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/service_form.py" line="46" />
            <source>Monthly fee %1 · agreed uptime %2</source>
            <translation>Månedspris %1 · avtalt oppetid %2</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="26" />
            <source>Settings</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="35" />
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="37" />
            <source>Sender of letters</source>
            <translation>Avsender av brev</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="41" />
            <source>Printed in the letterhead, the signature and the footer. Left empty, a letter names the supplier of the contract's template.</source>
            <translation>Står i brevhodet, underskriften og bunnteksten. Står feltene tomme, nevner brevet leverandøren i avtalens mal.</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="50" />
            <source>&amp;Company name:</source>
            <translation>&amp;Firmanavn:</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="51" />
            <source>&amp;Org. number:</source>
            <translation>&amp;Org.nr.:</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="52" />
            <source>A&amp;ddress:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="53" />
            <source>Si&amp;gned by:</source>
            <translation>Si&amp;gnert av:</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="54" />
            <source>&amp;Title:</source>
            <translation>S&amp;tilling:</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="55" />
            <source>&amp;Place:</source>
            <translation>Ste&amp;d:</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="56" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-post:</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="57" />
            <source>P&amp;hone:</source>
            <translation>Te&amp;lefon:</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="66" />
            <source>Street
Postcode and town</source>
            <translation>Gateadresse
Postnummer og sted</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="73" />
            <source>for the date line, e.g. Hønefoss</source>
            <translation>til datolinjen, f.eks. Hønefoss</translation>
        </message>
    </context>
    <context>
        <name>TerminationForm</name>
        <message>
            <location filename="../../app/ui/forms/termination_form.py" line="28" />
            <source>Termination</source>
            <translation>Oppsigelse</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/termination_form.py" line="37" />
            <source>OC 5.4: the deletion notice goes to this person</source>
            <translation>OC 5.4: slettevarselet sendes til denne personen</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/termination_form.py" line="40" />
            <source>The supplier terminated</source>
            <translation>Leverandøren sa opp</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/termination_form.py" line="44" />
            <source>Left out: the end the contract gives</source>
            <translation>Tomt: sluttdatoen avtalen gir</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/termination_form.py" line="49" />
            <source>Left out: the latest allowed date</source>
            <translation>Tomt: seneste tillatte dato</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/termination_form.py" line="56" />
            <source>End of the service</source>
            <translation>Tjenestens slutt</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/termination_form.py" line="67" />
            <source>Deletion of data (OC 5.3–5.6)</source>
            <translation>Sletting av data (OC 5.3–5.6)</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/termination_form.py" line="75" />
            <source>Correct the marked fields to see the dates.</source>
            <translation>Rett opp de merkede feltene for å se datoene.</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms/termination_form.py" line="86" />
            <source>Sodvin 5.3: data, backups, licences, contracts and user lists are transferred to the customer; no deletion deadline in days.</source>
            <translation>Sodvin 5.3: data, sikkerhetskopier, lisenser, kontrakter og brukeroversikter overføres til kunden; ingen slettefrist i dager.</translation>
        </message>
    </context>
    <context>
        <name>TermsEditor</name>
        <message>
            <location filename="../../app/ui/widgets/terms_editor.py" line="85" />
            <source>Yes</source>
            <extracomment>Terms a contract may override, in the order of the Terms model.</extracomment>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/terms_editor.py" line="117" />
            <source>Tick to give this contract its own value instead of the template's</source>
            <translation>Kryss av for å gi avtalen en egen verdi i stedet for malens</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/widgets/terms_editor.py" line="191" />
            <source>Contract terms: %n different from the template</source>
            <translation>
                <numerusform>Avtalevilkår: %n avviker fra malen</numerusform>
                <numerusform>Avtalevilkår: %n avviker fra malen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/terms_editor.py" line="200" />
            <source>template: %1</source>
            <translation>mal: %1</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <location filename="../../app/ui/worker.py" line="185" />
            <source>Cancel</source>
            <extracomment>A progress dialog shows only for jobs still running after this long. Jobs running now: kept alive until their result has been delivered. Emitted after finished or failed, whichever it was.</extracomment>
            <translation>Avbryt</translation>
        </message>
    </context>
</TS>