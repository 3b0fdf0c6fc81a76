<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Application</name>
    <message>
        <source>Avtalevakt</source>
        <extracomment>Set (to anything) to have the program print ``first-paint`` on standard output, and flush it, in the event-loop pass after its main window was first painted, and ``overview-filled`` after the overview&apos;s list was first painted with its deadlines: the start benchmark (``bench/run.py``, ``bench/startup.py``) times both lines.</extracomment>
        <translation>Avtalevakt</translation>
    </message>
    <message>
        <source>Waiting for your answer about demo data …</source>
        <translation>Venter på svaret om demodata …</translation>
    </message>
    <message>
        <source>Restoring the backup %1 …</source>
        <translation>Gjenoppretter sikkerhetskopien %1 …</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Tom database</translation>
    </message>
    <message>
        <source>The database has no contracts yet. Fill it with demo customers and contracts to try the program?</source>
        <translation>Databasen har ingen avtaler ennå. Vil du fylle den med demokunder og -avtaler for å prøve programmet?</translation>
    </message>
    <message>
        <source>Restored from the backup taken %1.</source>
        <translation>Gjenopprettet fra sikkerhetskopien tatt %1.</translation>
    </message>
    <message>
        <source>Restored from the backup %1.</source>
        <translation>Gjenopprettet fra sikkerhetskopien %1.</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sikkerhetskopi: %1</translation>
    </message>
    <message>
        <source>The previous file is kept in the same folder.</source>
        <translation>Den forrige filen er beholdt i samme mappe.</translation>
    </message>
    <message>
        <source>Previous file: %1</source>
        <translation>Forrige fil: %1</translation>
    </message>
    <message>
        <source>The program goes on. What was saved is in the database; a save that failed changed nothing.</source>
        <translation>Programmet fortsetter. Det som er lagret, er i databasen; en lagring som mislyktes, endret ingenting.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Letter sent (PDF)</source>
        <translation>Sendt brev (PDF)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Office document</source>
        <translation>Office-dokument</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt ved</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>when saved</source>
        <translation>når posten lagres</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Avbrutt; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Attaching %1 …</source>
        <translation>Legger ved %1 …</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Lagt ved: %1</translation>
    </message>
    <message>
        <source>Cancelled; only these were attached: %1.</source>
        <translation>Avbrutt; bare disse ble lagt ved: %1.</translation>
    </message>
    <message>
        <source>Attac&amp;hments</source>
        <translation>&amp;Vedlegg</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Drag files here, or attach one with “Attach file …”. PDF, images, e-mails (.eml, .msg), Office files and text, at most 50 MB each.</source>
        <extracomment>The attachments were changed (an attach, a remove), with the record&apos;s table. Files were attached, or wait for the save (their paths): the complaint form&apos;s offer.</extracomment>
        <translation>Dra filer hit, eller legg ved med «Legg ved fil …». PDF, bilder, e-post (.eml, .msg), Office-filer og tekst, høyst 50 MB hver.</translation>
    </message>
    <message>
        <source>&amp;Attach file …</source>
        <translation>&amp;Legg ved fil …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Save a &amp;copy …</source>
        <translation>Lagre en &amp;kopi …</translation>
    </message>
    <message>
        <source>&amp;Remove …</source>
        <translation>&amp;Fjern …</translation>
    </message>
    <message>
        <source>A read-only copy, in the program your computer uses</source>
        <translation>En skrivebeskyttet kopi, i programmet datamaskinen bruker for filtypen</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Vedlegg (%1)</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Legg ved fil</translation>
    </message>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation>Dokumenter (%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Åpner %1 …</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. The read-only copy is in %2; “Save a copy …” puts it where you want it.</source>
        <translation>Ingen program på denne maskinen åpner %1. Den skrivebeskyttede kopien ligger i %2; «Lagre en kopi …» legger den der du vil.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lagre en kopi</translation>
    </message>
    <message>
        <source>Saving %1 …</source>
        <translation>Lagrer %1 …</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Kopi lagret: %1</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Fjern vedlegg</translation>
    </message>
    <message>
        <source>Remove %1 from this record? The history keeps who attached and removed it, with its checksum.</source>
        <translation>Fjerne %1 fra denne posten? Historikken tar vare på hvem som la det ved og fjernet det, med kontrollsummen.</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Fjernet: %1</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <source>Approval period</source>
        <translation>Godkjenningsperiode</translation>
    </message>
    <message>
        <source>Complaint limits</source>
        <translation>Reklamasjonsfrister</translation>
    </message>
    <message>
        <source>Deletion and copies</source>
        <translation>Sletting og kopi av data</translation>
    </message>
    <message>
        <source>Compensation for downtime</source>
        <translation>Kompensasjon for nedetid</translation>
    </message>
    <message>
        <source>Binding and renewal (Sodvin)</source>
        <translation>Binding og fornyelse (Sodvin)</translation>
    </message>
    <message>
        <source>Termination (Office Center)</source>
        <translation>Oppsigelse (Office Center)</translation>
    </message>
    <message>
        <source>Early termination (Sodvin)</source>
        <translation>Førtidig oppsigelse (Sodvin)</translation>
    </message>
    <message>
        <source>Payment and late interest</source>
        <translation>Betaling og forsinkelsesrente</translation>
    </message>
    <message>
        <source>First invoice</source>
        <translation>Første faktura</translation>
    </message>
    <message>
        <source>Price adjustment</source>
        <translation>Prisjustering</translation>
    </message>
    <message>
        <source>Change notice</source>
        <translation>Varsel om endringer</translation>
    </message>
    <message>
        <source>Sodvin refund</source>
        <translation>Sodvin-refusjon</translation>
    </message>
    <message>
        <source>Office Center reduction</source>
        <translation>Office Center-prisavslag</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Tilgjengelighet</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Vedlikeholdsvinduer</translation>
    </message>
    <message>
        <source>Temporary extension (Sodvin)</source>
        <translation>Midlertidig forlengelse (Sodvin)</translation>
    </message>
</context>
<context>
    <name>CalculatorPanel</name>
    <message>
        <source>too large a number</source>
        <extracomment>A verdict line for a result: (text, good: True/False or a ``tones.Tone``) or None.</extracomment>
        <translation>for stort tall</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the result.</source>
        <translation>Rett opp de merkede feltene for å se resultatet.</translation>
    </message>
</context>
<context>
    <name>CalculatorsPage</name>
    <message>
        <source>The rejection is valid</source>
        <translation>Underkjenningen er gyldig</translation>
    </message>
    <message>
        <source>The rejection is not valid</source>
        <translation>Underkjenningen er ikke gyldig</translation>
    </message>
    <message>
        <source>Paid in time</source>
        <translation>Betalt i tide</translation>
    </message>
</context>
<context>
    <name>ChecklistItemForm</name>
    <message>
        <source>Checklist task</source>
        <translation>Sjekklistepunkt</translation>
    </message>
    <message>
        <source>Bilag 2: phase 1 to 4</source>
        <translation>Bilag 2: fase 1 til 4</translation>
    </message>
    <message>
        <source>Left out while it is not done</source>
        <translation>Tomt så lenge det ikke er gjort</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Choose a contract …</source>
        <translation>Velg avtale …</translation>
    </message>
    <message>
        <source>Choose a customer …</source>
        <translation>Velg kunde …</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Customer portal</source>
        <translation>Kundeportal</translation>
    </message>
    <message>
        <source>Oral (not in writing)</source>
        <translation>Muntlig (ikke skriftlig)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godtatt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
</context>
<context>
    <name>CompensationPanel</name>
    <message>
        <source>Contract</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>An availability figure</source>
        <translation>Et tilgjengelighetstall</translation>
    </message>
    <message>
        <source>A quarter&apos;s incidents</source>
        <translation>Hendelsene i et kvartal</translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation>Beregnet fra</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Vederlag</translation>
    </message>
    <message>
        <source>Agreed level (%)</source>
        <translation>Avtalt nivå (%)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Tilgjengelighet</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Kompensasjon</translation>
    </message>
    <message>
        <source>refund (Sodvin 7.2)</source>
        <translation>refusjon (Sodvin 7.2)</translation>
    </message>
    <message>
        <source>price reduction (OC 10.2–10.3)</source>
        <translation>prisavslag (OC 10.2–10.3)</translation>
    </message>
    <message>
        <source>Fee for the period (V)</source>
        <translation>Vederlag for perioden (V)</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Månedspris</translation>
    </message>
    <message>
        <source>Agreed uptime (O, %)</source>
        <translation>Avtalt oppetid (O, %)</translation>
    </message>
    <message>
        <source>Guarantee (%)</source>
        <translation>Garanti (%)</translation>
    </message>
    <message>
        <source>too large a number</source>
        <translation>for stort tall</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the result.</source>
        <translation>Rett opp de merkede feltene for å se resultatet.</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Complaint</source>
        <translation>Reklamasjon</translation>
    </message>
    <message>
        <source>Leave out for a defect visible at delivery (%1)</source>
        <translation>Utelates for en mangel som var synlig ved levering (%1)</translation>
    </message>
    <message>
        <source>%1: what is wrong</source>
        <translation>%1: hva som er feil</translation>
    </message>
    <message>
        <source>%1: how much it affects</source>
        <translation>%1: hvor mye det berører</translation>
    </message>
    <message>
        <source>When the defect was or should have been discovered (%1): the days from it to the complaint are shown</source>
        <translation>Da mangelen ble eller burde vært oppdaget (%1): dagene fra da til reklamasjonen vises</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Hva som er feil</translation>
    </message>
    <message>
        <source>How much it affects</source>
        <translation>Hvor mye det berører</translation>
    </message>
    <message>
        <source>%1 is not given: the days from the discovery cannot be shown (%2).</source>
        <translation>%1 er ikke fylt inn: dagene fra oppdagelsen kan ikke vises (%2).</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>the complaint of %1 (%2)</source>
        <translation>reklamasjonen fra %1 (%2)</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>reklamasjoner</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n reklamasjon</numerusform>
            <numerusform>%n reklamasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>No complaints yet. Ctrl+N logs the first one: the form says at once whether it is in time.</source>
        <translation>Ingen reklamasjoner ennå. Ctrl+N registrerer den første: skjemaet sier straks om den er i tide.</translation>
    </message>
    <message>
        <source>There are no contracts yet, and a complaint is always about one.</source>
        <translation>Det finnes ingen avtaler ennå, og en reklamasjon gjelder alltid en avtale.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reklamasjoner</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>&amp;Ny reklamasjon …</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Reklamert</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Nature of the defect</source>
        <translation>Mangelens art</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>%1 was changed on two PCs before they had synchronised. The value that reached the server first holds now; the other is kept here. Choose what is to hold (the arrow keys or the mouse): it is saved as an ordinary change and sent to the other PCs.</source>
        <translation>%1 ble endret på to PC-er før de hadde synkronisert. Verdien som nådde serveren først, gjelder nå; den andre er tatt vare på her. Velg hva som skal gjelde (med piltastene eller musen): valget lagres som en vanlig endring og sendes til de andre PC-ene.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Both started from</source>
        <translation>Begge startet fra</translation>
    </message>
    <message>
        <source>Holds now</source>
        <translation>Gjelder nå</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>Den andre verdien</translation>
    </message>
    <message>
        <source>&amp;Resolve the conflict</source>
        <translation>&amp;Løs konflikten</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>changed meanwhile by %1</source>
        <translation>endret i mellomtiden av %1</translation>
    </message>
    <message>
        <source>deleted by %1</source>
        <translation>slettet av %1</translation>
    </message>
    <message>
        <source>restored: %1 changed it</source>
        <translation>gjenopprettet: %1 endret den</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Slett den</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <source>&amp;Resolve the conflict …</source>
        <translation>&amp;Løs konflikten …</translation>
    </message>
    <message>
        <source>deleted on another PC</source>
        <translation>slettet på en annen PC</translation>
    </message>
    <message>
        <source>Changed on two PCs at once: %1.</source>
        <translation>Endret på to PC-er samtidig: %1.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts between PCs</source>
        <translation>Konflikter mellom PC-er</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Holds now</source>
        <translation>Gjelder nå</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>Den andre verdien</translation>
    </message>
    <message>
        <source>&amp;Resolve …</source>
        <translation>&amp;Løs …</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>posten</translation>
    </message>
    <message>
        <source>kept (changed by %1)</source>
        <translation>beholdt (endret av %1)</translation>
    </message>
    <message>
        <source>deleted by %1</source>
        <translation>slettet av %1</translation>
    </message>
    <message>
        <source>restored (changed by %1)</source>
        <translation>gjenopprettet (endret av %1)</translation>
    </message>
    <message>
        <source>had been deleted</source>
        <translation>var slettet</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed on two PCs at once. Enter (or Resolve …) shows the two side by side.</source>
        <translation>
            <numerusform>%n verdi er endret på to PC-er samtidig. Enter (eller Løs …) viser de to side om side.</numerusform>
            <numerusform>%n verdier er endret på to PC-er samtidig. Enter (eller Løs …) viser de to side om side.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts: every PC agrees.</source>
        <translation>Ingen åpne konflikter: alle PC-ene er enige.</translation>
    </message>
    <message>
        <source>This database is not shared with other PCs, so there are no conflicts. Sharing is set up under File → Settings…, “Shared database”.</source>
        <translation>Databasen deles ikke med andre PC-er, så det finnes ingen konflikter. Deling settes opp under Fil → Innstillinger …, «Delt database».</translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <source>Contract</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>Sodvin 5.1: start of ordinary operation</source>
        <translation>Sodvin 5.1: oppstartsdag for ordinær drift</translation>
    </message>
    <message>
        <source>OC 6.3: the delivery date when left out</source>
        <translation>OC 6.3: leveringsdatoen når feltet står tomt</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the dates.</source>
        <translation>Rett opp de merkede feltene for å se datoene.</translation>
    </message>
    <message>
        <source>Fill in the delivery date to see the first invoice.</source>
        <translation>Fyll inn leveringsdatoen for å se første faktura.</translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <source>Contract</source>
        <extracomment>Tab name -&gt; (form, repository, letters&apos; table) for the tabs that list records. The terms tab&apos;s columns in characters: the term, its default, the contract&apos;s value. The termination tab&apos;s columns of clauses a template may lack, with the clause (``termination.Clauses``): deletion notice by, latest deletion, extension asked by, transferred.</extracomment>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>&amp;Edit contract…</source>
        <translation>R&amp;ediger avtale …</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til …</translation>
    </message>
    <message>
        <source>Ctrl+N: a record of the tab in view</source>
        <translation>Ctrl+N: en ny post i fanen som vises</translation>
    </message>
    <message>
        <source>Make &amp;letter…</source>
        <translation>Lag &amp;brev …</translation>
    </message>
    <message>
        <source>A letter about the selected delivery notice, complaint or termination</source>
        <translation>Et brev om valgt leveransemelding, reklamasjon eller oppsigelse</translation>
    </message>
    <message>
        <source>Quarter of the availability report</source>
        <translation>Kvartalet rapporten om tilgjengelighet gjelder</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport …</translation>
    </message>
    <message>
        <source>Availability and compensation report for the chosen quarter</source>
        <translation>Rapport om tilgjengelighet og kompensasjon for valgt kvartal</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>Kv&amp;artal:</translation>
    </message>
    <message>
        <source>Mark &amp;done / not done</source>
        <translation>Merk som &amp;gjort / ikke gjort</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Vilkår</translation>
    </message>
    <message>
        <source>Template default</source>
        <translation>Malens standard</translation>
    </message>
    <message>
        <source>This contract</source>
        <translation>Denne avtalen</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>Vil&amp;kår</translation>
    </message>
    <message>
        <source>Enter changes the contract&apos;s value of a term</source>
        <translation>Enter endrer avtalens verdi for et vilkår</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhetspris</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Månedspris</translation>
    </message>
    <message>
        <source>Agreed uptime</source>
        <translation>Avtalt oppetid</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Tjenester</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>He&amp;ndelser</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Reklamert</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Nature of the defect</source>
        <translation>Mangelens art</translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation>Reklamas&amp;joner</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Last day to reject</source>
        <translation>Siste dag for underkjenning</translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation>Leveringsdag</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Underkjent</translation>
    </message>
    <message>
        <source>&amp;Delivery notices</source>
        <translation>Leveranse&amp;meldinger</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Service ends</source>
        <translation>Tjenesten avsluttes</translation>
    </message>
    <message>
        <source>Deletion notice by</source>
        <translation>Slettevarsel senest</translation>
    </message>
    <message>
        <source>Latest deletion</source>
        <translation>Sletting senest</translation>
    </message>
    <message>
        <source>Extension asked by (Sodvin 5.4)</source>
        <translation>Forlengelse bes om innen (Sodvin 5.4)</translation>
    </message>
    <message>
        <source>Transferred (Sodvin 5.3)</source>
        <translation>Overført (Sodvin 5.3)</translation>
    </message>
    <message>
        <source>Termi&amp;nation and deletion</source>
        <translation>&amp;Oppsigelse og sletting</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Establishment &amp;checklist</source>
        <translation>Etablerings&amp;sjekkliste</translation>
    </message>
    <message>
        <source>Enter opens the task; Space marks it done today (or not done)</source>
        <translation>Enter åpner punktet; mellomrom merker det som gjort i dag (eller ikke gjort)</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
    <message>
        <source>Variant default (%1)</source>
        <translation>Variantens standard (%1)</translation>
    </message>
    <message>
        <source>the service “%1”</source>
        <translation>tjenesten «%1»</translation>
    </message>
    <message>
        <source>the incident of %1</source>
        <translation>hendelsen %1</translation>
    </message>
    <message>
        <source>the complaint of %1</source>
        <translation>reklamasjonen fra %1</translation>
    </message>
    <message>
        <source>the delivery notice of %1</source>
        <translation>leveransemeldingen fra %1</translation>
    </message>
    <message>
        <source>the termination received %1</source>
        <translation>oppsigelsen mottatt %1</translation>
    </message>
    <message>
        <source>the task “%1”</source>
        <translation>punktet «%1»</translation>
    </message>
    <message>
        <source>Select a record first.</source>
        <translation>Velg en rad først.</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>tilgjengelighet</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>H&amp;istorikk</translation>
    </message>
    <message>
        <source>%1 · signed %2 · monthly fee %3</source>
        <translation>%1 · signert %2 · månedspris %3</translation>
    </message>
    <message>
        <source>This quarter: not computed (%1)</source>
        <translation>Dette kvartalet: ikke beregnet (%1)</translation>
    </message>
    <message>
        <source>This quarter (%1 Q%2)</source>
        <translation>Dette kvartalet (%1 K%2)</translation>
    </message>
    <message>
        <source>availability so far &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; (agreed %3)</source>
        <translation>tilgjengelighet hittil &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; (avtalt %3)</translation>
    </message>
    <message>
        <source>downtime %1 h of %2 h</source>
        <translation>nedetid %1 t av %2 t</translation>
    </message>
    <message>
        <source>compensation so far &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>kompensasjon hittil &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>kunde</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>avtale</translation>
    </message>
    <message>
        <source>service</source>
        <translation>tjeneste</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>hendelse</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>reklamasjon</translation>
    </message>
    <message>
        <source>delivery notice</source>
        <translation>leveransemelding</translation>
    </message>
    <message>
        <source>termination</source>
        <translation>oppsigelse</translation>
    </message>
    <message>
        <source>checklist task</source>
        <translation>sjekklisteoppgave</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notat</translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Månedspris</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation>Avtaler</translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation>Ny k&amp;unde …</translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation>&amp;Ny avtale …</translation>
    </message>
    <message>
        <source>Filter by customer, organisation number or title (Ctrl+F)</source>
        <translation>Filtrer på kunde, organisasjonsnummer eller tittel (Ctrl+F)</translation>
    </message>
    <message>
        <source>Edit c&amp;ustomer…</source>
        <translation>Rediger k&amp;unde …</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n avtale</numerusform>
            <numerusform>%n avtaler</numerusform>
        </translation>
    </message>
    <message>
        <source>No contracts yet. Ctrl+N adds the first one (with its customer, if there is none yet).</source>
        <translation>Ingen avtaler ennå. Ctrl+N legger til den første (med kunden, om det ikke finnes noen ennå).</translation>
    </message>
    <message>
        <source>the contract %1 – %2</source>
        <translation>avtalen %1 – %2</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>avtaler</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Kontaktens e-post</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Kontaktens telefon</translation>
    </message>
    <message>
        <source>%1 has the same organisation number: the same customer twice?</source>
        <translation>%1 har samme organisasjonsnummer: er det samme kunde to ganger?</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Ny kunde …</translation>
    </message>
    <message>
        <source>Filter by name, organisation number or contact (Ctrl+F)</source>
        <translation>Filtrer på navn, organisasjonsnummer eller kontakt (Ctrl+F)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Avtaler</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>Hovedkontakt</translation>
    </message>
    <message>
        <source>Show &amp;contracts</source>
        <translation>Vis &amp;avtaler</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n kunde</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers yet. Ctrl+N adds the first one.</source>
        <translation>Ingen kunder ennå. Ctrl+N legger til den første.</translation>
    </message>
    <message>
        <source>the customer %1</source>
        <translation>kunden %1</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>dd.mm.åååå tt:mm</translation>
    </message>
</context>
<context>
    <name>DecimalField</name>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>må fylles ut</translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <source>the delivery notice of %1 (%2)</source>
        <translation>leveransemeldingen fra %1 (%2)</translation>
    </message>
    <message>
        <source>delivery-notices</source>
        <translation>leveransemeldinger</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery notice(s)</source>
        <translation>
            <numerusform>%n leveransemelding</numerusform>
            <numerusform>%n leveransemeldinger</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery notices</source>
        <translation>Leveransemeldinger</translation>
    </message>
    <message>
        <source>&amp;New delivery notice…</source>
        <translation>&amp;Ny leveransemelding …</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>underkjent</translation>
    </message>
    <message>
        <source>No delivery notices yet. Ctrl+N registers one: the approval period and the delivery day are computed at once.</source>
        <translation>Ingen leveransemeldinger ennå. Ctrl+N registrerer en: godkjenningsperioden og leveringsdagen regnes ut straks.</translation>
    </message>
    <message>
        <source>There are no contracts yet, and a delivery notice always belongs to one.</source>
        <translation>Det finnes ingen avtaler ennå, og en leveransemelding hører alltid til en avtale.</translation>
    </message>
    <message>
        <source>rejection not valid</source>
        <translation>underkjenning ikke gyldig</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>levert</translation>
    </message>
    <message>
        <source>in approval period</source>
        <translation>i godkjenningsperioden</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Last day to reject</source>
        <translation>Siste dag for underkjenning</translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation>Leveringsdag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DeliveryNoticeForm</name>
    <message>
        <source>Delivery notice</source>
        <translation>Leveransemelding</translation>
    </message>
    <message>
        <source>For a partial delivery: which part</source>
        <translation>Ved delleveranse: hvilken del</translation>
    </message>
    <message>
        <source>When the customer rejected it</source>
        <translation>Når kunden underkjente den</translation>
    </message>
    <message>
        <source>The errors are significant for the customer&apos;s use</source>
        <translation>Feilene er vesentlige for kundens bruk</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the period.</source>
        <translation>Rett opp de merkede feltene for å se perioden.</translation>
    </message>
    <message>
        <source>The rejection is valid</source>
        <translation>Underkjenningen er gyldig</translation>
    </message>
    <message>
        <source>The rejection is not valid</source>
        <translation>Underkjenningen er ikke gyldig</translation>
    </message>
</context>
<context>
    <name>EmailOffer</name>
    <message>
        <source>Not in writing</source>
        <extracomment>Only the headers are read: the first 256 kB of the file are more than enough.</extracomment>
        <translation>Ikke skriftlig</translation>
    </message>
    <message>
        <source>Put back the channel the complaint had</source>
        <translation>Sett tilbake kanalen reklamasjonen hadde</translation>
    </message>
    <message>
        <source>The e-mail is from %1, sent %2.</source>
        <translation>E-posten er fra %1, sendt %2.</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation>en ukjent avsender</translation>
    </message>
    <message>
        <source>The e-mail is from %1.</source>
        <translation>E-posten er fra %1.</translation>
    </message>
    <message>
        <source>The complaint is marked as received in writing (e-mail, OC 8.3).</source>
        <translation>Reklamasjonen er merket som mottatt skriftlig (e-post, OC 8.3).</translation>
    </message>
    <message>
        <source>Use %1 as “Complained”</source>
        <translation>Bruk %1 som «Reklamert»</translation>
    </message>
    <message>
        <source>Add the sender as a contact</source>
        <translation>Legg til avsenderen som kontakt</translation>
    </message>
    <message>
        <source>The channel is as it was; the e-mail stays attached.</source>
        <translation>Kanalen er som før; e-posten er fortsatt lagt ved.</translation>
    </message>
    <message>
        <source>Sent the complaint</source>
        <translation>Sendte reklamasjonen</translation>
    </message>
    <message>
        <source>%1 is now a contact of %2.</source>
        <translation>%1 er nå kontakt hos %2.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Contract template</source>
        <translation>Avtalemal</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Avvik fra malen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Ordinary operation from</source>
        <translation>Ordinær drift fra</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Etablert</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Månedspris</translation>
    </message>
    <message>
        <source>Annual fee</source>
        <translation>Årspris</translation>
    </message>
    <message>
        <source>Establishment fee</source>
        <translation>Etableringsgebyr</translation>
    </message>
    <message>
        <source>Contract sum</source>
        <translation>Kontraktssum</translation>
    </message>
    <message>
        <source>Establishment sum</source>
        <translation>Kontraktssum for etablering</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhetspris</translation>
    </message>
    <message>
        <source>Agreed uptime (%)</source>
        <translation>Avtalt oppetid (%)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Oppdaget</translation>
    </message>
    <message>
        <source>Complaint made</source>
        <translation>Reklamert</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Nature of the defect</source>
        <translation>Mangelens art</translation>
    </message>
    <message>
        <source>Extent of the defect</source>
        <translation>Mangelens omfang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Melding sendt</translation>
    </message>
    <message>
        <source>Partial delivery</source>
        <translation>Delleveranse</translation>
    </message>
    <message>
        <source>Rejected on</source>
        <translation>Underkjent</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>Begrunnelse for underkjenning</translation>
    </message>
    <message>
        <source>Errors are significant</source>
        <translation>Feilene er vesentlige</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>From (contact)</source>
        <translation>Fra (kontaktperson)</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Kontaktens e-post</translation>
    </message>
    <message>
        <source>Terminated by the supplier</source>
        <translation>Sagt opp av leverandøren</translation>
    </message>
    <message>
        <source>Service ends</source>
        <translation>Tjenesten avsluttes</translation>
    </message>
    <message>
        <source>Planned deletion</source>
        <translation>Planlagt sletting</translation>
    </message>
    <message>
        <source>Copy ordered on</source>
        <translation>Kopi bestilt</translation>
    </message>
    <message>
        <source>Deletion notice sent on</source>
        <translation>Slettevarsel sendt</translation>
    </message>
    <message>
        <source>Data deleted on</source>
        <translation>Data slettet</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Overført</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Bygger på</translation>
    </message>
    <message>
        <source>Terms of the variant</source>
        <translation>Variantens vilkår</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamasjon</translation>
    </message>
    <message>
        <source>Delivery notice</source>
        <translation>Leveransemelding</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Oppsigelse</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Filtype</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Sjekksum (SHA-256)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt ved</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Lagt ved av</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Deadline kind</source>
        <translation>Fristtype</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Posttype</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Utsatt til</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Virkedager</translation>
    </message>
    <message>
        <source>Extra closed days</source>
        <translation>Ekstra stengte dager</translation>
    </message>
    <message>
        <source>Move deadlines to a working day</source>
        <translation>Flytt frister til virkedag</translation>
    </message>
    <message>
        <source>Service ended</source>
        <translation>Tjenesten avsluttet</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Sletting</translation>
    </message>
    <message>
        <source>Termination received</source>
        <translation>Oppsigelse mottatt</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Sagt opp</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Perioden slutter</translation>
    </message>
    <message>
        <source>Cancellable licences</source>
        <translation>Oppsigelige lisenser</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fakturadato</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Move due date off holidays</source>
        <translation>Flytt forfall fra helligdager</translation>
    </message>
    <message>
        <source>Units in the offer</source>
        <translation>Enheter i tilbudet</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Old index</source>
        <translation>Gammel indeks</translation>
    </message>
    <message>
        <source>New index</source>
        <translation>Ny indeks</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Trer i kraft</translation>
    </message>
    <message>
        <source>Fee for the period</source>
        <translation>Vederlag for perioden</translation>
    </message>
    <message>
        <source>Downtime (hours)</source>
        <translation>Nedetid (timer)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Service hours in the period</source>
        <translation>Tjenestetimer i perioden</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Tilgjengelighet</translation>
    </message>
    <message>
        <source>Guarantee (%)</source>
        <translation>Garanti (%)</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>Tjenestetid</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day to reject</source>
        <translation>Siste dag for underkjenning</translation>
    </message>
    <message>
        <source>Delivery day unless validly rejected</source>
        <translation>Leveringsdag uten gyldig underkjenning</translation>
    </message>
    <message>
        <source>Delivery day</source>
        <translation>Leveringsdag</translation>
    </message>
    <message>
        <source>Rejection valid</source>
        <translation>Underkjenning gyldig</translation>
    </message>
    <message>
        <source>Deadline, visible defects</source>
        <translation>Frist, synlige mangler</translation>
    </message>
    <message>
        <source>Deadline, hidden defects</source>
        <translation>Frist, skjulte mangler</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>I tide</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Skriftlig</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Agreed uptime met</source>
        <translation>Avtalt oppetid nådd</translation>
    </message>
    <message>
        <source>Fault time in announced maintenance, not counted (hours)</source>
        <translation>Feiltid i varslet vedlikehold, ikke regnet med (timer)</translation>
    </message>
    <message>
        <source>Days since discovery</source>
        <translation>Dager siden oppdagelse</translation>
    </message>
    <message>
        <source>Working days since discovery</source>
        <translation>Virkedager siden oppdagelse</translation>
    </message>
    <message>
        <source>Latest deletion</source>
        <translation>Sletting senest</translation>
    </message>
    <message>
        <source>Deletion notice by</source>
        <translation>Slettevarsel senest</translation>
    </message>
    <message>
        <source>Copy ordered by (OC 5.6)</source>
        <translation>Kopi bestilt senest (OC 5.6)</translation>
    </message>
    <message>
        <source>Copy ordered before expiry (OC 12.4)</source>
        <translation>Kopi bestilt før utløp (OC 12.4)</translation>
    </message>
    <message>
        <source>Safe date to order a copy</source>
        <translation>Sikker dato for kopibestilling</translation>
    </message>
    <message>
        <source>Binding period starts</source>
        <translation>Bindingstiden starter</translation>
    </message>
    <message>
        <source>Agreement period no.</source>
        <translation>Avtaleperiode nr.</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Perioden starter</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>Oppsigelsesfrist</translation>
    </message>
    <message>
        <source>Earliest end</source>
        <translation>Tidligste slutt</translation>
    </message>
    <message>
        <source>End by the contract&apos;s rule</source>
        <translation>Slutt etter avtalens regel</translation>
    </message>
    <message>
        <source>Remaining months</source>
        <translation>Gjenstående måneder</translation>
    </message>
    <message>
        <source>Fees for the rest of the period</source>
        <translation>Vederlag for restperioden</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Request by</source>
        <translation>Be om innen</translation>
    </message>
    <message>
        <source>Rest of binding invoiced on</source>
        <translation>Rest av bindingstid faktureres</translation>
    </message>
    <message>
        <source>Publish by</source>
        <translation>Publiser senest</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dager for sent</translation>
    </message>
    <message>
        <source>Late interest</source>
        <translation>Forsinkelsesrente</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Purregebyr</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>Units invoiced</source>
        <translation>Fakturerte enheter</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Ny pris</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>Tidligst</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Senest</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refusjon</translation>
    </message>
    <message>
        <source>Shortfall (percentage points)</source>
        <translation>Manglende oppnåelse (prosentpoeng)</translation>
    </message>
    <message>
        <source>Reduction before cap</source>
        <translation>Avslag før tak</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Prisavslag</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Vedlikeholdsvinduer</translation>
    </message>
    <message>
        <source>Allowed downtime (hours)</source>
        <translation>Tillatt nedetid (timer)</translation>
    </message>
    <message>
        <source>Counted incidents</source>
        <translation>Hendelser som teller</translation>
    </message>
    <message>
        <source>Saturday is a working day</source>
        <translation>Lørdag er virkedag</translation>
    </message>
    <message>
        <source>Extra closed dates</source>
        <translation>Ekstra stengte datoer</translation>
    </message>
    <message>
        <source>Closed every year (MM-DD)</source>
        <translation>Stengt hvert år (MM-DD)</translation>
    </message>
    <message>
        <source>Approval period (working days)</source>
        <translation>Godkjenningsperiode (virkedager)</translation>
    </message>
    <message>
        <source>Go-live, earliest (days)</source>
        <translation>Driftsstart, tidligst (dager)</translation>
    </message>
    <message>
        <source>Go-live, latest (days)</source>
        <translation>Driftsstart, senest (dager)</translation>
    </message>
    <message>
        <source>Visible defects (days)</source>
        <translation>Synlige mangler (dager)</translation>
    </message>
    <message>
        <source>Hidden defects (months)</source>
        <translation>Skjulte mangler (måneder)</translation>
    </message>
    <message>
        <source>Promptness guideline (working days)</source>
        <translation>Retningslinje for «straks» (virkedager)</translation>
    </message>
    <message>
        <source>Binding period (months)</source>
        <translation>Bindingstid (måneder)</translation>
    </message>
    <message>
        <source>Renewal period (months)</source>
        <translation>Fornyelsesperiode (måneder)</translation>
    </message>
    <message>
        <source>Termination notice (months)</source>
        <translation>Oppsigelsestid (måneder)</translation>
    </message>
    <message>
        <source>Extension request (days)</source>
        <translation>Be om forlengelse (dager)</translation>
    </message>
    <message>
        <source>Deletion within (days)</source>
        <translation>Sletting innen (dager)</translation>
    </message>
    <message>
        <source>Deletion notice (working days)</source>
        <translation>Slettevarsel (virkedager)</translation>
    </message>
    <message>
        <source>Copy order (working days)</source>
        <translation>Kopibestilling (virkedager)</translation>
    </message>
    <message>
        <source>Measuring period (months)</source>
        <translation>Måleperiode (måneder)</translation>
    </message>
    <message>
        <source>Causes that count</source>
        <translation>Årsaker som teller</translation>
    </message>
    <message>
        <source>Reduction per point (%)</source>
        <translation>Avslag per poeng (%)</translation>
    </message>
    <message>
        <source>Reduction cap (monthly fees)</source>
        <translation>Tak for avslag (månedspriser)</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Betalingsfrist (dager)</translation>
    </message>
    <message>
        <source>Change notice (days)</source>
        <translation>Varsel om endringer (dager)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Avtalevakt export (*.json)</source>
        <translation>Avtalevakt-eksport (*.json)</translation>
    </message>
    <message>
        <source>Avtalevakt export with documents (*.zip)</source>
        <translation>Avtalevakt-eksport med dokumenter (*.zip)</translation>
    </message>
    <message>
        <source>Contract template variant (*.json)</source>
        <translation>Avtalemal-variant (*.json)</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Velg en annen fil</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>Eksporter listen som CSV</translation>
    </message>
    <message>
        <source>Avtalevakt export (*.json *.zip)</source>
        <translation>Avtalevakt-eksport (*.json *.zip)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lagre (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Opplysninger</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Vil du lagre endringene før du lukker?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Avtalevakt – user guide</source>
        <translation>Avtalevakt – brukerveiledning</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>shared, nothing new here</source>
        <translation>delt, ikke noe nytt her</translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>denne PC-en</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historikk</translation>
    </message>
</context>
<context>
    <name>HistoryCheck</name>
    <message>
        <source>Checking the history …</source>
        <translation>Kontrollerer historikken …</translation>
    </message>
    <message>
        <source>The history is unchanged (checked %1: %2 entries in the chain, last hash %3)</source>
        <translation>Historikken er uendret (kontrollert %1: %2 oppføringer i kjeden, siste kontrollsum %3)</translation>
    </message>
    <message>
        <source>%1 entries are from before the chain.</source>
        <translation>%1 oppføringer er fra før kjeden.</translation>
    </message>
    <message>
        <source>The history is BROKEN (checked %1): %2</source>
        <translation>Historikken er BRUTT (kontrollert %1): %2</translation>
    </message>
    <message>
        <source>The history could not be checked: %1</source>
        <translation>Historikken kunne ikke kontrolleres: %1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Incident</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>Leave out while it is still going on</source>
        <translation>Utelates mens hendelsen pågår</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Varighet: %1</translation>
    </message>
    <message>
        <source>This cause counts as downtime under the contract.</source>
        <translation>Denne årsaken regnes som nedetid etter avtalen.</translation>
    </message>
    <message>
        <source>This cause does not count as downtime under the contract.</source>
        <translation>Denne årsaken regnes ikke som nedetid etter avtalen.</translation>
    </message>
    <message>
        <source>The incident lies inside the standard maintenance window %1–%2 (Bilag 1): is the cause planned maintenance?</source>
        <translation>Hendelsen ligger i standard vedlikeholdsvindu %1–%2 (Bilag 1): er årsaken planlagt vedlikehold?</translation>
    </message>
</context>
<context>
    <name>IncidentsEditor</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>&amp;Add incident</source>
        <translation>&amp;Legg til hendelse</translation>
    </message>
    <message>
        <source>No incidents: full availability.</source>
        <translation>Ingen hendelser: full tilgjengelighet.</translation>
    </message>
    <message>
        <source>Remove this incident</source>
        <translation>Fjern denne hendelsen</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <source>&amp;Log incident…</source>
        <translation>&amp;Registrer hendelse …</translation>
    </message>
    <message>
        <source>Filter by description, cause, customer or contract (Ctrl+F)</source>
        <translation>Filtrer på beskrivelse, årsak, kunde eller avtale (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n hendelse</numerusform>
            <numerusform>%n hendelser</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents yet. Ctrl+N logs downtime: the form says whether its cause counts under the contract.</source>
        <translation>Ingen hendelser ennå. Ctrl+N logger nedetid: skjemaet sier om årsaken teller etter avtalen.</translation>
    </message>
    <message>
        <source>There are no contracts yet, and an incident always belongs to one.</source>
        <translation>Det finnes ingen avtaler ennå, og en hendelse hører alltid til en avtale.</translation>
    </message>
    <message>
        <source>the incident of %1</source>
        <translation>hendelsen %1</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>hendelser</translation>
    </message>
</context>
<context>
    <name>LeadTimesEditor</name>
    <message>
        <source>A reminder begins this long before the deadline: a notification once a day until it is seen (a deadline to act on, until it is done).</source>
        <translation>En påminnelse begynner så lenge før fristen: et varsel én gang om dagen til den er sett (en frist som krever handling: til den er gjort).</translation>
    </message>
    <message>
        <source>days before</source>
        <translation>dager før</translation>
    </message>
    <message>
        <source>working days before</source>
        <translation>virkedager før</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Standardverdier</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Make a letter</source>
        <translation>Lag brev</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Brev:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>Not available:</source>
        <translation>Ikke tilgjengelig:</translation>
    </message>
    <message>
        <source>No letter is made from this record.</source>
        <translation>Det lages ikke brev fra denne posten.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Avtalevakt</source>
        <extracomment>The reminders (issue 15: tray, the overview&apos;s state and banner), once open. The last background job of each kind (&quot;export&quot;, &quot;import&quot;, &quot;backup&quot;, …).</extracomment>
        <translation>Avtalevakt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Avtaler</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reklamasjoner</translation>
    </message>
    <message>
        <source>Delivery notices</source>
        <translation>Leveransemeldinger</translation>
    </message>
    <message>
        <source>Calculators</source>
        <translation>Kalkulatorer</translation>
    </message>
    <message>
        <source>Contract templates</source>
        <translation>Avtalemaler</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny …</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Eksporter listen …</translation>
    </message>
    <message>
        <source>The list in view as a CSV file for Excel</source>
        <translation>Listen som vises, som CSV-fil for Excel</translation>
    </message>
    <message>
        <source>Export e&amp;verything…</source>
        <translation>Eksporter a&amp;lt …</translation>
    </message>
    <message>
        <source>Every record, the history and the letter log in one JSON file</source>
        <translation>Alle poster, historikken og brevloggen i én JSON-fil</translation>
    </message>
    <message>
        <source>Export everything as CS&amp;V…</source>
        <translation>Eksporter alt som CS&amp;V …</translation>
    </message>
    <message>
        <source>One CSV file per table, in a folder</source>
        <translation>Én CSV-fil per tabell, i en mappe</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <source>Read an export file (JSON) into this database</source>
        <translation>Les en eksportfil (JSON) inn i denne databasen</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Ta sikkerhets&amp;kopi nå</translation>
    </message>
    <message>
        <source>A copy of the database in the backups folder</source>
        <translation>En kopi av databasen i mappen for sikkerhetskopier</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi …</translation>
    </message>
    <message>
        <source>Replace the database by one of its backups (the current file is kept)</source>
        <translation>Erstatt databasen med en av sikkerhetskopiene (filen som er nå, beholdes)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Inns&amp;tillinger …</translation>
    </message>
    <message>
        <source>&amp;Conflicts between PCs…</source>
        <translation>Konflikter &amp;mellom PC-er …</translation>
    </message>
    <message>
        <source>Values changed on two PCs at once (shared database): choose which holds</source>
        <translation>Verdier endret på to PC-er samtidig (delt database): velg hva som skal gjelde</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <source>&amp;About Avtalevakt</source>
        <translation>&amp;Om Avtalevakt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Opening the database …</source>
        <translation>Åpner databasen …</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Siste sikkerhetskopi: %1</translation>
    </message>
    <message>
        <source>Stopping …</source>
        <translation>Avbryter …</translation>
    </message>
    <message>
        <source>Avtalevakt closes as soon as the job has ended …</source>
        <translation>Avtalevakt avslutter så snart jobben er ferdig …</translation>
    </message>
    <message>
        <source>An export is running. Cancel it and quit?</source>
        <translation>En eksport pågår. Vil du avbryte den og avslutte?</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? The database stays as it was before the import.</source>
        <translation>En import pågår. Vil du avbryte den og avslutte? Databasen blir som den var før importen.</translation>
    </message>
    <message>
        <source>A file is being attached. Cancel it and quit? Files not stored yet are not attached.</source>
        <translation>Et vedlegg lagres. Vil du avbryte og avslutte? Filer som ikke er lagret ennå, blir ikke lagt ved.</translation>
    </message>
    <message>
        <source>A copy of an attachment is being saved. Cancel it and quit? The copy is not saved.</source>
        <translation>En kopi av et vedlegg lagres. Vil du avbryte og avslutte? Kopien blir ikke lagret.</translation>
    </message>
    <message>
        <source>An attachment is being opened. Cancel it and quit?</source>
        <translation>Et vedlegg åpnes. Vil du avbryte og avslutte?</translation>
    </message>
    <message>
        <source>Several jobs are running. Cancel them and quit?</source>
        <translation>Flere jobber pågår. Vil du avbryte dem og avslutte?</translation>
    </message>
    <message>
        <source>A job is running. Cancel it and quit?</source>
        <translation>En jobb pågår. Vil du avbryte den og avslutte?</translation>
    </message>
    <message>
        <source>&amp;Cancel the job and quit</source>
        <translation>&amp;Avbryt jobben og avslutt</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <source>Deadlines of every contract (the overview)</source>
        <translation>Frister i alle avtaler (oversikten)</translation>
    </message>
    <message>
        <source>Unsaved form</source>
        <translation>Skjema som ikke ble lagret</translation>
    </message>
    <message>
        <source>A form was not saved when Avtalevakt last stopped: %1, typed %2. Open it again with what was typed?</source>
        <translation>Et skjema ble ikke lagret da Avtalevakt sist ble avsluttet: %1, skrevet %2. Vil du åpne det igjen med det som ble skrevet?</translation>
    </message>
    <message>
        <source>Deadlines: %1</source>
        <translation>Frister: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Avbrutt; ingenting er endret.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Eksporter alt</translation>
    </message>
    <message>
        <source>avtalevakt-export-%1</source>
        <translation>avtalevakt-eksport-%1</translation>
    </message>
    <message>
        <source>Exporting to %1 …</source>
        <translation>Eksporterer til %1 …</translation>
    </message>
    <message>
        <source>%1 records exported to %2</source>
        <translation>%1 poster eksportert til %2</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The database already has content. Replace all of it with the content of %1? A backup of the database is taken first.</source>
        <translation>Databasen har allerede innhold. Vil du erstatte alt med innholdet i %1? Det tas en sikkerhetskopi av databasen først.</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>Importerer %1 …</translation>
    </message>
    <message>
        <source>%1 is an exported template variant, not an export of everything. It is imported with %2 → %3 Nothing has changed.</source>
        <translation>%1 er en eksportert malvariant, ikke en eksport av alt. Den importeres med %2 → %3 Ingenting er endret.</translation>
    </message>
    <message>
        <source>%1 records imported from %2</source>
        <translation>%1 poster importert fra %2</translation>
    </message>
    <message>
        <source>Taking a backup …</source>
        <translation>Tar sikkerhetskopi …</translation>
    </message>
    <message>
        <source>Replace the database %1 by the backup taken %2? What was saved after the backup was taken is not in it; the current file is kept beside it, renamed. Avtalevakt closes the database and opens the restored one.</source>
        <translation>Erstatte databasen %1 med sikkerhetskopien tatt %2? Det som ble lagret etter at kopien ble tatt, er ikke med; filen som er nå, beholdes ved siden av med nytt navn. Avtalevakt lukker databasen og åpner den gjenopprettede.</translation>
    </message>
    <message>
        <source>Backup taken: %1</source>
        <translation>Sikkerhetskopi tatt: %1</translation>
    </message>
    <message>
        <source>About Avtalevakt</source>
        <translation>Om Avtalevakt</translation>
    </message>
    <message>
        <source>Avtalevakt %1

Contract deadlines, availability and compensation for Norwegian IT service desks.</source>
        <translation>Avtalevakt %1

Avtalefrister, tilgjengelighet og kompensasjon for norske IT-kundesentre.</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Opening the database …</source>
        <translation>Åpner databasen …</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Slettet.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>Eksporter til &amp;kalender …</translation>
    </message>
    <message>
        <source>The deadlines shown as an .ics file for Outlook or another calendar</source>
        <translation>Fristene som vises, som .ics-fil for Outlook eller en annen kalender</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Eksporter &amp;CSV …</translation>
    </message>
    <message>
        <source>The deadlines shown, for Excel</source>
        <translation>Fristene som vises, for Excel</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forfalt</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>forfaller i dag</translation>
    </message>
    <message>
        <source>next 7 days</source>
        <translation>neste 7 dager</translation>
    </message>
    <message>
        <source>later (60 days)</source>
        <translation>senere (60 dager)</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>avtaler</translation>
    </message>
    <message>
        <source>incidents still open</source>
        <translation>hendelser som pågår</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>A deadline&apos;s reminder state (&quot;sett av kari 12.03.2027&quot;), told by the reminders (``app.ui.reminders``, issue 15); nothing until they are computed.</extracomment>
        <translation>Når</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Hva som skal gjøres</translation>
    </message>
    <message>
        <source>Opening the database …</source>
        <extracomment>The kept overview in view (``show_kept``) until the fresh one replaces it.</extracomment>
        <translation>Åpner databasen …</translation>
    </message>
    <message>
        <source>Computing deadlines …</source>
        <translation>Beregner frister …</translation>
    </message>
    <message>
        <source>The deadlines could not be computed: %1</source>
        <translation>Fristene kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>I dag: %1</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle kunder</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n frist</numerusform>
            <numerusform>%n frister</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 deadlines</source>
        <translation>%1 av %2 frister</translation>
    </message>
    <message>
        <source>No contracts yet, so no deadlines. Read in an export with File → Import…, or add the first contract on the Contracts page (Ctrl+N there).</source>
        <translation>Ingen avtaler ennå, og derfor ingen frister. Les inn en eksport med Fil → Importer …, eller legg inn den første avtalen på siden Avtaler (Ctrl+N der).</translation>
    </message>
    <message>
        <source>No overdue deadlines, and none in the next 60 days.</source>
        <translation>Ingen forfalte frister, og ingen de neste 60 dagene.</translation>
    </message>
    <message>
        <source>The maintenance windows of %1 (Bilag 1) apply to every Sodvin contract and have no record of their own: the calculator lists them.</source>
        <translation>Vedlikeholdsvinduene i %1 (Bilag 1) gjelder alle Sodvin-avtaler og har ingen egen post: kalkulatoren viser dem.</translation>
    </message>
    <message>
        <source>This deadline is not of one contract: there is nothing to open.</source>
        <translation>Denne fristen gjelder ingen enkelt avtale: det er ingenting å åpne.</translation>
    </message>
    <message>
        <source>deadlines-%1</source>
        <translation>frister-%1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Eksporter til kalender</translation>
    </message>
    <message>
        <source>%1 deadlines written to %2</source>
        <translation>%1 frister skrevet til %2</translation>
    </message>
    <message>
        <source>Which deadlines should the calendar file have?</source>
        <translation>Hvilke frister skal kalenderfilen ha?</translation>
    </message>
    <message>
        <source>The %1 shown</source>
        <translation>De %1 som vises</translation>
    </message>
    <message>
        <source>All coming deadlines</source>
        <translation>Alle kommende frister</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett …</translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation>&amp;Eksporter listen som CSV …</translation>
    </message>
    <message>
        <source>No contract yet</source>
        <translation>Ingen avtale ennå</translation>
    </message>
    <message>
        <source>Add the contract now?</source>
        <translation>Vil du legge inn avtalen nå?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: other records refer to it (%2).</source>
        <translation>%1 kan ikke slettes: andre poster viser til den (%2).</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone (the history keeps a copy).</source>
        <translation>Slette %1? Dette kan ikke angres (historikken beholder en kopi).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>%1 rader eksportert til %2</translation>
    </message>
</context>
<context>
    <name>Parsing</name>
    <message>
        <source>write the date as dd.mm.yyyy (got “%1”)</source>
        <extracomment>The dates a field takes (the old date editor&apos;s range, kept). Digits before the decimal point an amount may have (the database&apos;s columns hold 15 digits with 2 decimals: 13 whole digits, i.e. below ten thousand billion kroner).</extracomment>
        <translation>skriv datoen som dd.mm.åååå (fikk «%1»)</translation>
    </message>
    <message>
        <source>“%1” is not a date that exists</source>
        <translation>«%1» er ikke en dato som finnes</translation>
    </message>
    <message>
        <source>the date must lie between %1 and %2</source>
        <translation>datoen må ligge mellom %1 og %2</translation>
    </message>
    <message>
        <source>write the time as dd.mm.yyyy hh:mm (got “%1”)</source>
        <translation>skriv tidspunktet som dd.mm.åååå tt:mm (fikk «%1»)</translation>
    </message>
    <message>
        <source>“%1” is not a time of day</source>
        <translation>«%1» er ikke et klokkeslett</translation>
    </message>
    <message>
        <source>write the number without an exponent (got “%1”)</source>
        <translation>skriv tallet uten eksponent (fikk «%1»)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» er ikke et tall</translation>
    </message>
    <message>
        <source>too large an amount (at most %1 digits before the decimal point)</source>
        <translation>for stort beløp (høyst %1 sifre før komma)</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Skriv ut (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lagre som PDF …</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Lagre som PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sendt til skriveren.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation>Skriver %1 …</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Lagret som %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>%1 is after today (%2): is the date right?</source>
        <extracomment>Problem paths of the model shown at a differently named field (``contacts.0.email``).</extracomment>
        <translation>%1 er etter i dag (%2): stemmer datoen?</translation>
    </message>
    <message>
        <source>%1 was kept when the contract changed: is it right for this one?</source>
        <translation>%1 ble beholdt da avtalen ble byttet: stemmer den for denne avtalen?</translation>
    </message>
    <message>
        <source>too large a number</source>
        <translation>for stort tall</translation>
    </message>
    <message>
        <source>A number is too large to compute with.</source>
        <translation>Et tall er for stort til å regne med.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the result.</source>
        <translation>Rett feltene som er merket for å se resultatet.</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <extracomment>The column the list is sorted by at first (newest first). The letters&apos; table of these records (&quot;&quot; when no letter is made from them).</extracomment>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Make &amp;letter…</source>
        <translation>Lag &amp;brev …</translation>
    </message>
    <message>
        <source>A letter about the selected row</source>
        <translation>Et brev om valgt rad</translation>
    </message>
    <message>
        <source>Filtering …</source>
        <translation>Filtrerer …</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>This desktop has no notification area, so the reminders are shown here.</source>
        <extracomment>Reminders listed in the banner; the others are counted.</extracomment>
        <translation>Dette skrivebordet har ikke noe varslingsfelt, så påminnelsene vises her.</translation>
    </message>
    <message>
        <source>1 deadline to follow up today</source>
        <translation>1 frist å følge opp i dag</translation>
    </message>
    <message>
        <source>%1 deadlines to follow up today</source>
        <translation>%1 frister å følge opp i dag</translation>
    </message>
    <message>
        <source>(%1 overdue)</source>
        <translation>(%1 forfalt)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Sett</translation>
    </message>
    <message>
        <source>Snooze …</source>
        <translation>Utsett …</translation>
    </message>
    <message>
        <source>Open the record of the deadline</source>
        <translation>Åpne posten fristen gjelder</translation>
    </message>
    <message>
        <source>No more reminders of it (an action comes back on its day until done)</source>
        <translation>Ingen flere påminnelser om den (en frist som krever handling kommer tilbake på dagen til den er gjort)</translation>
    </message>
    <message>
        <source>… and %1 more in the list below</source>
        <translation>… og %1 til i listen under</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Reminder &amp;seen</source>
        <extracomment>The store of the windows that are not the program&apos;s (``MainWindow(persist=False)``). The reminders were computed again (tests, the banner).</extracomment>
        <translation>Påminnelse &amp;sett</translation>
    </message>
    <message>
        <source>S&amp;nooze reminder …</source>
        <translation>&amp;Utsett påminnelse …</translation>
    </message>
    <message>
        <source>Remind &amp;again</source>
        <translation>Påminn &amp;igjen</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Snoozed until %1: %2</source>
        <translation>Utsatt til %1: %2</translation>
    </message>
    <message>
        <source>Reminder seen: %2</source>
        <translation>Påminnelse sett: %2</translation>
    </message>
</context>
<context>
    <name>RepeatedHourChoice</name>
    <message>
        <source>Which one?</source>
        <translation>Hvilken?</translation>
    </message>
    <message>
        <source>summer time (+02:00, the first)</source>
        <translation>sommertid (+02:00, den første)</translation>
    </message>
    <message>
        <source>winter time (+01:00, the second)</source>
        <translation>vintertid (+01:00, den andre)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>The backups of %1. The database is replaced by the one you choose; the current file is kept beside it, renamed. Checking the backups …</source>
        <translation>Sikkerhetskopiene av %1. Databasen erstattes med den du velger; filen som er nå, beholdes ved siden av med nytt navn. Kontrollerer sikkerhetskopiene …</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tatt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>Det finnes ingen sikkerhetskopier av %1 ennå.</translation>
    </message>
    <message>
        <source>None of the backups of %1 can be restored.</source>
        <translation>Ingen av sikkerhetskopiene av %1 kan gjenopprettes.</translation>
    </message>
    <message>
        <source>The backups of %1, newest first. The database is replaced by the one you choose; the current file is kept beside it, renamed.</source>
        <translation>Sikkerhetskopiene av %1, nyeste først. Databasen erstattes med den du velger; filen som er nå, beholdes ved siden av med nytt navn.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>Slik er det regnet ut</translation>
    </message>
    <message>
        <source>&amp;Copy explanation</source>
        <translation>&amp;Kopier forklaringen</translation>
    </message>
    <message>
        <source>Copy the steps and notes, ready for an e-mail</source>
        <translation>Kopier stegene og merknadene, klare for en e-post</translation>
    </message>
    <message>
        <source>Fill in the fields to see the result.</source>
        <translation>Fyll ut feltene for å se resultatet.</translation>
    </message>
    <message>
        <source>Notes and readings</source>
        <translation>Merknader og valgt lesemåte</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Left out: the contract&apos;s agreed uptime</source>
        <translation>Tomt: avtalens avtalte oppetid</translation>
    </message>
    <message>
        <source>Monthly fee %1 · agreed uptime %2</source>
        <translation>Månedspris %1 · avtalt oppetid %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Sender of letters</source>
        <translation>Avsender av brev</translation>
    </message>
    <message>
        <source>Printed in the letterhead, the signature and the footer. Left empty, a letter names the supplier of the contract&apos;s template.</source>
        <translation>Står i brevhodet, underskriften og bunnteksten. Står feltene tomme, nevner brevet leverandøren i avtalens mal.</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Firmanavn:</translation>
    </message>
    <message>
        <source>&amp;Org. number:</source>
        <translation>&amp;Org.nr.:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Sig&amp;ned by:</source>
        <translation>Sig&amp;nert av:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>S&amp;tilling:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Ste&amp;d:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>Street
Postcode and town</source>
        <translation>Gateadresse
Postnummer og sted</translation>
    </message>
    <message>
        <source>for the date line, e.g. Hønefoss</source>
        <translation>til datolinjen, f.eks. Hønefoss</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generelt</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Påminnelser</translation>
    </message>
    <message>
        <source>Org. number</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>SharedDatabasePage</name>
    <message>
        <source>Shared data&amp;base</source>
        <translation>Delt data&amp;base</translation>
    </message>
    <message>
        <source>The whole service desk on one set of records: each PC keeps its own file and works without a network; changes go to a PostgreSQL server and from there to the other PCs. Paste the invitation from your IT person (or an address postgresql://…).</source>
        <translation>Hele servicedesken på de samme postene: hver PC har sin egen fil og virker uten nett; endringene går til en PostgreSQL-server og derfra til de andre PC-ene. Lim inn invitasjonen fra IT-ansvarlig (eller en adresse postgresql://…).</translation>
    </message>
    <message>
        <source>avtalevakt-invitation:… or postgresql://…</source>
        <translation>avtalevakt-invitation:… eller postgresql://…</translation>
    </message>
    <message>
        <source>Kept in the operating system&apos;s credential store (Windows Credential Manager, macOS Keychain, Secret Service), never in a file.</source>
        <translation>Lagres i operativsystemets passordlager (Windows Legitimasjonsbehandling, macOS Nøkkelring, Secret Service), aldri i en fil.</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>Når serveren tilbyr det (prefer)</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>Påkrevd (require)</translation>
    </message>
    <message>
        <source>Required, certificate checked (verify-ca)</source>
        <translation>Påkrevd, sertifikatet kontrolleres (verify-ca)</translation>
    </message>
    <message>
        <source>Required, certificate and name checked (verify-full)</source>
        <translation>Påkrevd, sertifikat og navn kontrolleres (verify-full)</translation>
    </message>
    <message>
        <source>Off: only on a network you trust (disable)</source>
        <translation>Av: bare på et nett du stoler på (disable)</translation>
    </message>
    <message>
        <source>How the other PCs&apos; histories name this PC</source>
        <translation>Slik navngir historikken på de andre PC-ene denne PC-en</translation>
    </message>
    <message>
        <source>&amp;Address or invitation:</source>
        <translation>&amp;Adresse eller invitasjon:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pa&amp;ssord:</translation>
    </message>
    <message>
        <source>&amp;Encryption (SSL):</source>
        <translation>&amp;Kryptering (SSL):</translation>
    </message>
    <message>
        <source>&amp;Name of this PC:</source>
        <translation>&amp;Navn på denne PC-en:</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>K&amp;oble til</translation>
    </message>
    <message>
        <source>Sends this database&apos;s records to the server and fetches the team&apos;s</source>
        <translation>Sender postene i denne databasen til serveren og henter de andres</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Koble &amp;fra</translation>
    </message>
    <message>
        <source>(kept in the credential store)</source>
        <translation>(lagret i passordlageret)</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Kobler til …</translation>
    </message>
    <message>
        <source>The connection works: logged in as %1.</source>
        <translation>Tilkoblingen virker: logget inn som %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n PC(s) share this database.</source>
        <translation>
            <numerusform>%n PC deler denne databasen.</numerusform>
            <numerusform>%n PC-er deler denne databasen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No PC has synchronised with it yet.</source>
        <translation>Ingen PC har synkronisert med den ennå.</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Delt database</translation>
    </message>
    <message>
        <source>Connect this database to %1? Its records are sent to the server and the records already there are fetched; from then on changes are shared both ways.</source>
        <translation>Koble denne databasen til %1? Postene sendes til serveren, og postene som allerede er der, hentes; fra da av deles endringene begge veier.</translation>
    </message>
    <message>
        <source>Connecting … %1 of %2 changes</source>
        <translation>Kobler til … %1 av %2 endringer</translation>
    </message>
    <message>
        <source>Connected: %1 sent, %2 fetched.</source>
        <translation>Tilkoblet: %1 sendt, %2 hentet.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n konflikt å løse.</numerusform>
            <numerusform>%n konflikter å løse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be kept (no credential store on this PC): after the program&apos;s next start, type it here again and connect.</source>
        <translation>Passordet kunne ikke lagres (ingen passordlager på denne PC-en): etter neste oppstart skriver du det inn her igjen og kobler til.</translation>
    </message>
    <message>
        <source>Stop sharing this database? Its records stay here; changes are no longer sent or fetched until you connect again.</source>
        <translation>Slutte å dele denne databasen? Postene blir værende her; endringer sendes og hentes ikke før du kobler til igjen.</translation>
    </message>
    <message>
        <source>Disconnected: this database is no longer shared.</source>
        <translation>Koblet fra: denne databasen deles ikke lenger.</translation>
    </message>
    <message>
        <source>Not shared: this database is on this PC only.</source>
        <translation>Ikke delt: denne databasen finnes bare på denne PC-en.</translation>
    </message>
    <message>
        <source>Shared through %1.
%2</source>
        <translation>Delt gjennom %1.
%2</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze reminder</source>
        <translation>Utsett påminnelse</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Choose a day after today (%1).</source>
        <translation>Velg en dag etter i dag (%1).</translation>
    </message>
    <message>
        <source>It comes back on its day, %1, until it is done.</source>
        <translation>Den kommer tilbake på fristdagen, %1, til den er gjort.</translation>
    </message>
</context>
<context>
    <name>StaleDialog</name>
    <message>
        <source>Changed since you opened it</source>
        <extracomment>field name -&gt; (my choice, the stored choice), for fields both changed</extracomment>
        <translation>Endret etter at du åpnet den</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>en annen</translation>
    </message>
    <message>
        <source>This record was deleted by %1 %2 after you opened it. It cannot be saved over; what you typed is still in the form.</source>
        <translation>Denne posten ble slettet av %1 %2 etter at du åpnet den. Den kan ikke lagres over; det du skrev, står fortsatt i skjemaet.</translation>
    </message>
    <message>
        <source>This record was changed by %1 %2 after you opened it. Nothing has been saved yet. Field by field, what “Save my changes” saves: what only %1 changed is kept, what only you changed is yours, and where both of you changed a field you choose.</source>
        <translation>Denne posten ble endret av %1 %2 etter at du åpnet den. Ingenting er lagret ennå. Felt for felt, hva «Lagre endringene mine» lagrer: det bare %1 endret, beholdes, det bare du endret, blir ditt, og der dere begge endret et felt, velger du.</translation>
    </message>
    <message>
        <source>&amp;Save my changes</source>
        <translation>&amp;Lagre endringene mine</translation>
    </message>
    <message>
        <source>Saved as shown in the last column, as a new version; the history keeps both</source>
        <translation>Lagres slik den siste kolonnen viser, som en ny versjon; historikken tar vare på begge</translation>
    </message>
    <message>
        <source>Stored now (%1)</source>
        <translation>Lagret nå (%1)</translation>
    </message>
    <message>
        <source>Is saved</source>
        <translation>Lagres</translation>
    </message>
    <message>
        <source>Yours (only you changed it)</source>
        <translation>Ditt (bare du endret det)</translation>
    </message>
    <message>
        <source>The stored one (only %1 changed it)</source>
        <translation>Det lagrede (bare %1 endret det)</translation>
    </message>
    <message>
        <source>The same (you both changed it alike)</source>
        <translation>Det samme (dere endret det likt)</translation>
    </message>
    <message>
        <source>The stored one (both changed it: your choice)</source>
        <translation>Det lagrede (begge endret det: du velger)</translation>
    </message>
    <message>
        <source>Yours (both changed it: your choice)</source>
        <translation>Ditt (begge endret det: du velger)</translation>
    </message>
    <message>
        <source>These values do not go together: %1</source>
        <translation>Disse verdiene passer ikke sammen: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Da du åpnet den</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ditt</translation>
    </message>
    <message>
        <source>&amp;Use the stored one</source>
        <translation>&amp;Bruk det lagrede</translation>
    </message>
    <message>
        <source>The form shows the stored record instead</source>
        <translation>Skjemaet viser den lagrede posten i stedet</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Tilbake til skjemaet</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Offline — no changes waiting</source>
        <translation>Frakoblet — ingen endringer venter</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Frakoblet — %n endring venter</numerusform>
            <numerusform>Frakoblet — %n endringer venter</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped — click for details</source>
        <translation>Synkroniseringen stoppet — klikk for detaljer</translation>
    </message>
    <message>
        <source>Synchronising …</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <source>Synchronised %1</source>
        <translation>Synkronisert %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>Delt database: %1</translation>
    </message>
    <message>
        <source>Last synchronised: %1</source>
        <translation>Sist synkronisert: %1</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Ikke synkronisert ennå</translation>
    </message>
    <message>
        <source>Not yet synchronised with the shared database: the deadlines may be missing records logged on other PCs.</source>
        <translation>Ikke synkronisert med den delte databasen ennå: fristene kan mangle poster som er registrert på andre PC-er.</translation>
    </message>
    <message>
        <source>Not synchronised with the shared database since %1: the deadlines may be missing changes made on other PCs.</source>
        <translation>Ikke synkronisert med den delte databasen siden %1: fristene kan mangle endringer gjort på andre PC-er.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>built in (the contract&apos;s text)</source>
        <translation>innebygd (avtaleteksten)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message>
        <source>Contract templates</source>
        <translation>Avtalemaler</translation>
    </message>
    <message>
        <source>&amp;New variant…</source>
        <translation>&amp;Ny variant …</translation>
    </message>
    <message>
        <source>E&amp;xport variant…</source>
        <translation>E&amp;ksporter variant …</translation>
    </message>
    <message>
        <source>&amp;Import variant…</source>
        <translation>&amp;Importer variant …</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Bygger på</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Avtaler</translation>
    </message>
    <message>
        <source>Own terms</source>
        <translation>Egne vilkår</translation>
    </message>
    <message>
        <source>A variant keeps its template&apos;s rules with numbers of its own. Ctrl+N makes one from the selected template; a contract is put on it in the contract form. Contracts on a variant follow every change to it.</source>
        <translation>En variant har malens regler med egne tall. Ctrl+N lager en fra malen som er valgt; en avtale settes på den i avtaleskjemaet. Avtaler på en variant følger hver endring av den.</translation>
    </message>
    <message>
        <source>New &amp;variant of this template…</source>
        <translation>Ny &amp;variant av denne malen …</translation>
    </message>
    <message>
        <source>the template variant %1</source>
        <translation>malvarianten %1</translation>
    </message>
    <message>
        <source>Select a template variant to export.</source>
        <translation>Velg en malvariant å eksportere.</translation>
    </message>
    <message>
        <source>Export template variant</source>
        <translation>Eksporter malvariant</translation>
    </message>
    <message>
        <source>Template variant exported to %1</source>
        <translation>Malvarianten er eksportert til %1</translation>
    </message>
    <message>
        <source>Import template variant</source>
        <translation>Importer malvariant</translation>
    </message>
    <message>
        <source>%1 is not an exported template variant.</source>
        <translation>%1 er ikke en eksportert malvariant.</translation>
    </message>
    <message>
        <source>Template variant %1 is already here, unchanged.</source>
        <translation>Malvarianten %1 finnes allerede her, uendret.</translation>
    </message>
    <message>
        <source>Template variant %1 imported.</source>
        <translation>Malvarianten %1 er importert.</translation>
    </message>
    <message>
        <source>Name: «%1» → «%2»</source>
        <translation>Navn: «%1» → «%2»</translation>
    </message>
    <message>
        <source>Note: changed</source>
        <translation>Notat: endret</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) on it follow the change (their own overrides still apply).</source>
        <translation>
            <numerusform>%n avtale på den følger endringen (avtalens egne avvik gjelder fortsatt).</numerusform>
            <numerusform>%n avtaler på den følger endringen (avtalenes egne avvik gjelder fortsatt).</numerusform>
        </translation>
    </message>
    <message>
        <source>No contract is on it.</source>
        <translation>Ingen avtaler er på den.</translation>
    </message>
    <message>
        <source>The template variant «%1» is already here. Replace it with the file&apos;s?</source>
        <translation>Malvarianten «%1» finnes allerede her. Vil du erstatte den med den fra filen?</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Dette endres:</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>maler</translation>
    </message>
</context>
<context>
    <name>TerminationForm</name>
    <message>
        <source>Termination</source>
        <translation>Oppsigelse</translation>
    </message>
    <message>
        <source>The supplier terminated</source>
        <translation>Leverandøren sa opp</translation>
    </message>
    <message>
        <source>Left out: the end the contract gives</source>
        <translation>Tomt: sluttdatoen avtalen gir</translation>
    </message>
    <message>
        <source>Left out: the latest allowed date</source>
        <translation>Tomt: seneste tillatte dato</translation>
    </message>
    <message>
        <source>End of the service</source>
        <translation>Tjenestens slutt</translation>
    </message>
    <message>
        <source>Deletion of data (OC 5.3–5.6)</source>
        <translation>Sletting av data (OC 5.3–5.6)</translation>
    </message>
    <message>
        <source>Temporary extension (Sodvin 5.4)</source>
        <translation>Midlertidig forlengelse (Sodvin 5.4)</translation>
    </message>
    <message>
        <source>%1: the deletion notice goes to this person</source>
        <translation>%1: slettevarselet sendes til denne personen</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the dates.</source>
        <translation>Rett opp de merkede feltene for å se datoene.</translation>
    </message>
    <message>
        <source>Only after the supplier&apos;s termination for the customer&apos;s breach.</source>
        <translation>Bare når leverandøren har sagt opp (hevet) for kundens mislighold.</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <source>Yes</source>
        <extracomment>Terms a contract may override, in the order of the Terms model.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Tick to give this contract its own value instead of the template&apos;s</source>
        <translation>Kryss av for å gi avtalen en egen verdi i stedet for malens</translation>
    </message>
    <message numerus="yes">
        <source>Contract terms: %n different from the variant %1</source>
        <translation>
            <numerusform>Avtalevilkår: %n avviker fra varianten %1</numerusform>
            <numerusform>Avtalevilkår: %n avviker fra varianten %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract terms: the same as the variant %1</source>
        <translation>Avtalevilkår: som varianten %1</translation>
    </message>
    <message>
        <source>Contract terms: the same as the template</source>
        <translation>Avtalevilkår: som malen</translation>
    </message>
    <message numerus="yes">
        <source>Contract terms: %n different from the template</source>
        <translation>
            <numerusform>Avtalevilkår: %n avviker fra malen</numerusform>
            <numerusform>Avtalevilkår: %n avviker fra malen</numerusform>
        </translation>
    </message>
    <message>
        <source>The default of the variant “%1”</source>
        <translation>Standardverdien i varianten «%1»</translation>
    </message>
    <message>
        <source>Tick to give this variant its own value instead of the template&apos;s</source>
        <translation>Kryss av for å gi varianten en egen verdi i stedet for malens</translation>
    </message>
    <message>
        <source>Tick to give this contract its own value instead of the default of the variant “%1”</source>
        <translation>Kryss av for å gi avtalen en egen verdi i stedet for standardverdien i varianten «%1»</translation>
    </message>
    <message>
        <source>template: %1</source>
        <translation>mal: %1</translation>
    </message>
    <message>
        <source>variant: %1</source>
        <translation>variant: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Avtalevakt</source>
        <extracomment>How long a notification stays (the desktop may decide otherwise). The user clicked the last notification.</extracomment>
        <translation>Avtalevakt</translation>
    </message>
    <message>
        <source>Show Avtalevakt</source>
        <translation>Vis Avtalevakt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n påminnelse</numerusform>
            <numerusform>%n påminnelser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypedDateEdit</name>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Kalender (Alt+Pil ned)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>må fylles ut</translation>
    </message>
</context>
<context>
    <name>VariantForm</name>
    <message>
        <source>Template variant</source>
        <translation>Malvariant</translation>
    </message>
    <message>
        <source>e.g. Sodvin 2025 with 15 days&apos; approval</source>
        <translation>f.eks. Sodvin 2025 med 15 dagers godkjenning</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Bygger på</translation>
    </message>
    <message>
        <source>Its rules; fixed once the variant is saved</source>
        <translation>Reglene den følger; kan ikke endres etter at varianten er lagret</translation>
    </message>
    <message>
        <source>Terms of the variant: the same as the template</source>
        <translation>Variantens vilkår: som malen</translation>
    </message>
    <message numerus="yes">
        <source>Terms of the variant: %n different from the template</source>
        <translation>
            <numerusform>Variantens vilkår: %n ulik malen</numerusform>
            <numerusform>Variantens vilkår: %n ulike malen</numerusform>
        </translation>
    </message>
    <message>
        <source>A contract is put on the variant in the contract form (Contract template).</source>
        <translation>En avtale settes på varianten i avtaleskjemaet (Avtalemal).</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) on this variant follow the change when it is saved (their own overrides still apply).</source>
        <translation>
            <numerusform>%n avtale på denne varianten følger endringen når den lagres (avtalens egne avvik gjelder fortsatt).</numerusform>
            <numerusform>%n avtaler på denne varianten følger endringen når den lagres (avtalenes egne avvik gjelder fortsatt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <extracomment>A progress dialog shows only for jobs still running after this long. Jobs running now: kept alive until their result has been delivered. Emitted after finished or failed, whichever it was.</extracomment>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>_PluralTexts</name>
    <message numerus="yes">
        <source>Paid %n day(s) late</source>
        <translation>
            <numerusform>Betalt %n dag for sent</numerusform>
            <numerusform>Betalt %n dager for sent</numerusform>
        </translation>
    </message>
</context>
</TS>
