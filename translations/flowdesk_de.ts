<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Flowdesk::ActionController</name>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="25" />
            <source>Assign to &amp;Me</source>
            <translation>&amp;Mir zuweisen</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="25" />
            <source>Take this exception over</source>
            <translation>Diese Ausnahme selbst übernehmen</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="26" />
            <source>&amp;Assign…</source>
            <translation>&amp;Zuweisen…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="26" />
            <source>Hand this exception to a colleague</source>
            <translation>Diese Ausnahme an eine Kollegin oder einen Kollegen übergeben</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="27" />
            <source>&amp;Comment…</source>
            <translation>&amp;Kommentieren…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="27" />
            <source>Add a note to the transaction's history</source>
            <translation>Eine Notiz zur Historie der Transaktion hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="28" />
            <source>&amp;Resubmit</source>
            <translation>&amp;Erneut senden</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="29" />
            <source>Send the transaction to its target again, with its current payload</source>
            <translation>Die Transaktion mit ihren aktuellen Nutzdaten erneut an das Ziel senden</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="30" />
            <source>&amp;Discard…</source>
            <translation>&amp;Verwerfen…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="30" />
            <source>Give up on this transaction; a reason is required</source>
            <translation>Diese Transaktion aufgeben; eine Begründung ist erforderlich</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="31" />
            <source>Resolve &amp;Manually…</source>
            <translation>Manuell erle&amp;digen…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="32" />
            <source>Mark as resolved outside Flowdesk; a reason is required</source>
            <translation>Als außerhalb von Flowdesk erledigt markieren; eine Begründung ist erforderlich</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="33" />
            <source>&amp;Bulk Action…</source>
            <translation>Massen&amp;aktion…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="34" />
            <source>Resubmit, discard, assign or patch the selection or an error group</source>
            <translation>Auswahl oder Fehlergruppe erneut senden, verwerfen, zuweisen oder korrigieren</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="36" />
            <source>&amp;Triage Status</source>
            <translation>Klärungs&amp;status</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="114" />
            <source>Waiting for the previous change to be confirmed…</source>
            <translation>Warten auf Bestätigung der vorherigen Änderung…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="134" />
            <source>Your role (%1) may look at exceptions but not change or resend them.</source>
            <translation>Ihre Rolle (%1) darf Ausnahmen ansehen, aber weder ändern noch erneut senden.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="136" />
            <source>Bulk actions need the server: they cannot wait to be sent while it cannot be reached</source>
            <translation>Massenaktionen benötigen den Server: Sie können nicht zum späteren Senden zurückgestellt werden, solange er nicht erreichbar ist</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="150" />
            <source>Where the investigation stands</source>
            <translation>Stand der Klärung</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="155" />
            <source>Already assigned to you</source>
            <translation>Bereits Ihnen zugewiesen</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="200" />
            <source>%1: the server cannot be reached; the change waits on this computer and is sent when it answers again (pending sync).</source>
            <translation>%1: Der Server ist nicht erreichbar; die Änderung wartet auf diesem Computer und wird gesendet, sobald er wieder antwortet (Synchronisierung ausstehend).</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="207" />
            <source>%1: the server could not be reached, so it is not known whether the change arrived. Sending it again is safe: it takes effect only once.</source>
            <translation>%1: Der Server war nicht erreichbar, daher ist unbekannt, ob die Änderung angekommen ist. Erneutes Senden ist unbedenklich: Die Änderung wird nur einmal wirksam.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="211" />
            <source>Connection lost</source>
            <translation>Verbindung unterbrochen</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="212" />
            <source>Send Again</source>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="225" />
            <source>Changed by someone else</source>
            <translation>Von jemand anderem geändert</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="225" />
            <source>%1 was changed meanwhile: %2</source>
            <translation>%1 wurde inzwischen geändert: %2</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="241" />
            <source>payload</source>
            <translation>Nutzdaten</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="242" />
            <source>The server refused the payload:
%1</source>
            <translation>Der Server hat die Nutzdaten abgelehnt:
%1</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="255" />
            <location filename="../ui/commands/actioncontroller.cpp" line="260" />
            <source>Not allowed</source>
            <translation>Nicht erlaubt</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="256" />
            <source>%1 is no longer within your scope: your role or domains were changed. Nothing was changed; what you typed stays in the form so you can copy it or hand it on.</source>
            <translation>%1 liegt nicht mehr in Ihrem Zuständigkeitsbereich: Ihre Rolle oder Ihre Bereiche wurden geändert. Es wurde nichts geändert; Ihre Eingaben bleiben im Formular, sodass Sie sie kopieren oder weitergeben können.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="261" />
            <source>Your role no longer allows this, so %1 was not changed. What you typed stays in the form so you can copy it or hand it on.</source>
            <translation>Ihre Rolle erlaubt das nicht mehr, daher wurde %1 nicht geändert. Ihre Eingaben bleiben im Formular, sodass Sie sie kopieren oder weitergeben können.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="265" />
            <source>Signed out</source>
            <translation>Abgemeldet</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="265" />
            <source>Your session ended before the change was sent. Sign in again and repeat it; your edit stays open.</source>
            <translation>Ihre Sitzung ist abgelaufen, bevor die Änderung gesendet wurde. Melden Sie sich erneut an und wiederholen Sie sie; Ihre Bearbeitung bleibt geöffnet.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="268" />
            <source>Not done</source>
            <translation>Nicht ausgeführt</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="268" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="270" />
            <source>%1: done.</source>
            <translation>%1: erledigt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AssignCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="85" />
            <source>Assign</source>
            <translation>Zuweisen</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="86" />
            <source>Assign %1 to (user name, empty to unassign):</source>
            <translation>%1 zuweisen an (Benutzername, leer lassen zum Aufheben der Zuweisung):</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="103" />
            <source>Assigning %1…</source>
            <translation>%1 wird zugewiesen…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditEntry</name>
        <message>
            <location filename="../models/auditentry.cpp" line="30" />
            <source>Signed in</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="31" />
            <source>Signed out</source>
            <translation>Abgemeldet</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="32" />
            <source>Sign-in attempts slowed down</source>
            <translation>Anmeldeversuche verlangsamt</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="32" />
            <source>Bulk action</source>
            <translation>Massenaktion</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="33" />
            <source>Paused connector</source>
            <translation>Konnektor angehalten</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="34" />
            <source>Resumed connector</source>
            <translation>Konnektor fortgesetzt</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="35" />
            <source>Tested connector</source>
            <translation>Konnektor getestet</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="36" />
            <source>Set credential</source>
            <translation>Zugangsdaten gesetzt</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="37" />
            <source>Created user</source>
            <translation>Benutzer angelegt</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="38" />
            <source>Changed user</source>
            <translation>Benutzer geändert</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="39" />
            <source>Reset password</source>
            <translation>Passwort zurückgesetzt</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nicht vorhanden)</translation>
        </message>
        <message>
            <source>Looked up values</source>
            <translation>Werte nachgeschlagen</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>Transaktion</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Konnektor</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Bulk job</source>
            <translation>Massenjob</translation>
        </message>
        <message>
            <source>Site configuration</source>
            <translation>Standortkonfiguration</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditLogModel</name>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="51" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="68" />
            <source>Entry %1, hash %2, previous %3</source>
            <translation>Eintrag %1, Hash %2, vorheriger %3</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="83" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="84" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="85" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="86" />
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="87" />
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="88" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="89" />
            <source>#</source>
            <translation>Nr.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="46" />
            <source>Audit Trail</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="55" />
            <source>Any user</source>
            <translation>Alle Benutzer</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="59" />
            <source>Any action</source>
            <translation>Alle Aktionen</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="68" />
            <source>Any target</source>
            <translation>Alle Ziele</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="76" />
            <source>Target id, e.g. odoo or a transaction number</source>
            <translation>Ziel-ID, z. B. odoo oder eine Transaktionsnummer</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="80" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="87" />
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="97" />
            <source>Apply Filter</source>
            <translation>Filter anwenden</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="101" />
            <source>Load the newest entries that match the filter (F5)</source>
            <translation>Die neuesten Einträge laden, die dem Filter entsprechen (F5)</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="102" />
            <source>Clear</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="103" />
            <source>Show every entry again</source>
            <translation>Wieder alle Einträge anzeigen</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="106" />
            <source>Who:</source>
            <translation>Wer:</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="108" />
            <source>Action:</source>
            <translation>Aktion:</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="110" />
            <source>Target:</source>
            <translation>Ziel:</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="126" />
            <source>Verify Chain</source>
            <translation>Kette prüfen</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="134" />
            <source>Save every entry that matches the filter as a CSV file</source>
            <translation>Alle Einträge, die dem Filter entsprechen, als CSV-Datei speichern</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="166" />
            <source>Select an entry to see all it records, including its hashes</source>
            <translation>Wählen Sie einen Eintrag aus, um alle seine Angaben einschließlich der Hashes zu sehen</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="132" />
            <source>Export Audit Trail</source>
            <translation>Prüfprotokoll exportieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="200" />
            <source>Every action by every user. Each entry carries the hash of the one before it, so an edited or deleted entry breaks the chain.</source>
            <translation>Jede Aktion jedes Benutzers. Jeder Eintrag enthält den Hash seines Vorgängers, sodass ein geänderter oder gelöschter Eintrag die Kette unterbricht.</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="203" />
            <source>You see only your own actions: the whole trail is for auditors and IT admins.</source>
            <translation>Sie sehen nur Ihre eigenen Aktionen: Das vollständige Protokoll ist Prüfern und IT-Administratoren vorbehalten.</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="205" />
            <source>User name of the person who acted</source>
            <translation>Benutzername der handelnden Person</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="206" />
            <source>Your role (%1) sees only its own actions</source>
            <translation>Ihre Rolle (%1) sieht nur ihre eigenen Aktionen</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="208" />
            <source>Recompute every entry's hash and check each link of the chain</source>
            <translation>Den Hash jedes Eintrags neu berechnen und jedes Glied der Kette prüfen</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="209" />
            <source>Only auditors and IT admins can verify the whole audit chain</source>
            <translation>Nur Prüfer und IT-Administratoren können die gesamte Prüfkette verifizieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="307" />
            <source>Not loaded: %1</source>
            <translation>Nicht geladen: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="309" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="311" />
            <source>No entries match the filter</source>
            <translation>Keine Einträge entsprechen dem Filter</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="313" />
            <source>%1 of %2 entries loaded</source>
            <translation>%1 von %2 Einträgen geladen</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="340" />
            <source>Verifying every entry…</source>
            <translation>Alle Einträge werden geprüft…</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="346" />
            <source>The chain could not be verified: %1</source>
            <translation>Die Kette konnte nicht geprüft werden: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="352" />
            <source>✔ Chain intact: all %1 entries verified at %2</source>
            <translation>✔ Kette intakt: alle %1 Einträge um %2 geprüft</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="357" />
            <source>✘ Chain broken at entry %1: %2 (%3 entries before it are intact)</source>
            <translation>✘ Kette bei Eintrag %1 unterbrochen: %2 (die %3 Einträge davor sind intakt)</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="383" />
            <source>Exporting… %1 of %2 entries</source>
            <translation>Export läuft… %1 von %2 Einträgen</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="393" />
            <source>%1 could not be written: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="394" />
            <source>Export failed: %1</source>
            <translation>Export fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="399" />
            <source>%1 entries saved to %2</source>
            <translation>%1 Einträge in %2 gespeichert</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="421" />
            <source>Entry %1 · %2 · %3 (%4)
</source>
            <translation>Eintrag %1 · %2 · %3 (%4)
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="424" />
            <source>Action: %1 (%2) on %3 %4
</source>
            <translation>Aktion: %1 (%2) an %3 %4
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="426" />
            <source>Reason: %1
</source>
            <translation>Begründung: %1
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="428" />
            <source>Details: %1
</source>
            <translation>Details: %1
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="431" />
            <source>Change:
%1
</source>
            <translation>Änderung:
%1
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="434" />
            <source>Request: %1
</source>
            <translation>Anfrage: %1
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="435" />
            <source>Hash: %1
Previous: %2</source>
            <translation>Hash: %1
Vorheriger: %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="435" />
            <source>(first entry)</source>
            <translation>(erster Eintrag)</translation>
        </message>
        <message>
            <source>Business key</source>
            <translation>Geschäftsschlüssel</translation>
        </message>
        <message>
            <source>Order, invoice or shipment number</source>
            <translation>Auftrags-, Rechnungs- oder Lieferungsnummer</translation>
        </message>
        <message>
            <source>Everything done to the transactions of this business key, e.g. SO2026-580024</source>
            <translation>Alles, was mit den Transaktionen dieses Geschäftsschlüssels geschah, z. B. SO2026-580024</translation>
        </message>
        <message>
            <source>&amp;Business key:</source>
            <translation>&amp;Geschäftsschlüssel:</translation>
        </message>
        <message>
            <source>Changed fields</source>
            <translation>Geänderte Felder</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Action: %1 (%2) on %3 (%4 %5)
</source>
            <translation>Aktion: %1 (%2) an %3 (%4 %5)
</translation>
        </message>
        <message>
            <source>Changed fields:
</source>
            <translation>Geänderte Felder:
</translation>
        </message>
        <message>
            <source>  %1: %2 → %3
</source>
            <translation>  %1: %2 → %3
</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BacklogAgeChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="348" />
            <source>Stuck orders by age</source>
            <translation>Hängende Aufträge nach Alter</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="363" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="371" />
            <source>Stuck orders</source>
            <translation>Hängende Aufträge</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="389" />
            <source>&lt;b&gt;Waiting %1&lt;/b&gt;&lt;br&gt;Stuck orders: %2</source>
            <translation>&lt;b&gt;Wartet seit %1&lt;/b&gt;&lt;br&gt;Hängende Aufträge: %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="392" />
            <source>&lt;br&gt;(of the %1 most overdue; %2 stuck in all)</source>
            <translation>&lt;br&gt;(von den %1 am stärksten überfälligen; insgesamt %2 hängend)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="393" />
            <source>&lt;br&gt;&lt;i&gt;Click to see them&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Klicken, um sie anzuzeigen&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="401" />
            <source>Nothing is stuck. Every open transaction is within its SLA.</source>
            <translation>Nichts hängt. Jede offene Transaktion liegt innerhalb ihres SLA.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="105" />
            <source>Bulk action</source>
            <translation>Massenaktion</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="121" />
            <source>Reason (required), kept in each transaction's history</source>
            <translation>Begründung (erforderlich), wird in der Historie jeder Transaktion gespeichert</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="125" />
            <source>User name; empty unassigns</source>
            <translation>Benutzername; leer hebt die Zuweisung auf</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="130" />
            <source>Field, e.g. /lines/0/uom</source>
            <translation>Feld, z. B. /lines/0/uom</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="133" />
            <source>New value, e.g. PCE or 42</source>
            <translation>Neuer Wert, z. B. PCE oder 42</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="140" />
            <source>Set</source>
            <translation>Setzen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="142" />
            <source>to</source>
            <translation>auf</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="154" />
            <source>Preview first: nothing changes until you run the action.</source>
            <translation>Zuerst die Vorschau: Nichts wird geändert, bis Sie die Aktion ausführen.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="165" />
            <source>Transaction</source>
            <translation>Transaktion</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="165" />
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="165" />
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="170" />
            <source>&amp;Preview</source>
            <translation>&amp;Vorschau</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="172" />
            <source>&amp;Run</source>
            <translation>&amp;Ausführen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="174" />
            <source>&amp;Stop Job</source>
            <translation>Job &amp;stoppen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="176" />
            <source>Stops after the items in progress; those done stay done</source>
            <translation>Stoppt nach den gerade bearbeiteten Einträgen; bereits erledigte bleiben erledigt</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="177" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="200" />
            <source>Action:</source>
            <translation>Aktion:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="316" />
            <source>%1 becomes the text "%2" in each transaction, which is then resubmitted.</source>
            <translation>%1 wird in jeder Transaktion zum Text „%2“; danach wird sie erneut gesendet.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="319" />
            <source>%1 becomes the number %2 in each transaction, which is then resubmitted.</source>
            <translation>%1 wird in jeder Transaktion zur Zahl %2; danach wird sie erneut gesendet.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="322" />
            <source>%1 becomes %2 in each transaction, which is then resubmitted.</source>
            <translation>%1 wird in jeder Transaktion zu %2; danach wird sie erneut gesendet.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="329" />
            <source>Select transactions or an error group first.</source>
            <translation>Wählen Sie zuerst Transaktionen oder eine Fehlergruppe aus.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="331" />
            <source>A reason is required.</source>
            <translation>Eine Begründung ist erforderlich.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="335" />
            <source>Name the field as a path starting with /, e.g. /lines/0/uom.</source>
            <translation>Geben Sie das Feld als Pfad an, der mit / beginnt, z. B. /lines/0/uom.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="337" />
            <source>%1 is not a field path: a ~ must be followed by 0 (for ~) or 1 (for /).</source>
            <translation>%1 ist kein Feldpfad: Auf ein ~ muss 0 (für ~) oder 1 (für /) folgen.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="345" />
            <source>No field %1 in the payloads of %2. Check the spelling, e.g. /lines/0/uom.</source>
            <translation>Kein Feld %1 in den Nutzdaten von %2. Prüfen Sie die Schreibweise, z. B. /lines/0/uom.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="351" />
            <source>Type the new value for %1.</source>
            <translation>Geben Sie den neuen Wert für %1 ein.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="353" />
            <source>%1 takes a number, e.g. 42 or 2.5; "%2" is not one.</source>
            <translation>%1 erwartet eine Zahl, z. B. 42 oder 2,5; „%2“ ist keine.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="389" />
            <source>Checking what would happen…</source>
            <translation>Auswirkungen werden geprüft…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="389" />
            <source>Starting…</source>
            <translation>Wird gestartet…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="395" />
            <source>The server could not be reached. Trying again is safe: the job starts once.</source>
            <translation>Der Server war nicht erreichbar. Ein erneuter Versuch ist unbedenklich: Der Job wird nur einmal gestartet.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="396" />
            <source>Not started: %1</source>
            <translation>Nicht gestartet: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="407" />
            <source>Lost sight of the job (%1); it goes on in the server.</source>
            <translation>Der Job ist nicht mehr verfolgbar (%1); er läuft auf dem Server weiter.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="429" />
            <source>None of the %1 would change: each would be refused (see below why). Nothing has been changed.</source>
            <translation>Keine der %1 würde geändert: Jede würde abgelehnt (Gründe siehe unten). Es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="432" />
            <source>%1 of %2 would change; %3 would be refused (see below).</source>
            <translation>%1 von %2 würden geändert; %3 würden abgelehnt (siehe unten).</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="427" />
            <source>Checking %1 of %2…</source>
            <translation>%1 von %2 wird geprüft…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="435" />
            <source>%1: %2 of %3 done, %4 changed, %5 refused.</source>
            <translation>%1: %2 von %3 erledigt, %4 geändert, %5 abgelehnt.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="452" />
            <source>would change</source>
            <translation>würde geändert</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="452" />
            <location filename="../ui/exceptions/bulkdialog.cpp" line="465" />
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="452" />
            <source>refused</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="478" />
            <source>Could not stop the job: %1</source>
            <translation>Der Job konnte nicht gestoppt werden: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="492" />
            <source>Runs the action in the server</source>
            <translation>Führt die Aktion auf dem Server aus</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="493" />
            <source>This job has run</source>
            <translation>Dieser Job wurde ausgeführt</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="494" />
            <source>Nothing would change: every transaction would be refused</source>
            <translation>Nichts würde geändert: Jede Transaktion würde abgelehnt</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="495" />
            <source>Preview first</source>
            <translation>Zuerst die Vorschau</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CloseCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="209" />
            <source>Discard %1</source>
            <translation>%1 verwerfen</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="210" />
            <source>Resolve %1 manually</source>
            <translation>%1 manuell erledigen</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="212" />
            <source>The transaction will not be delivered. Say why, for the history and for colleagues:</source>
            <translation>Die Transaktion wird nicht zugestellt. Geben Sie den Grund an, für die Historie und für Ihre Kollegen:</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="213" />
            <source>Say how it was resolved outside Flowdesk (for example, entered by hand in the target system):</source>
            <translation>Beschreiben Sie, wie der Fall außerhalb von Flowdesk erledigt wurde (zum Beispiel von Hand im Zielsystem erfasst):</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="230" />
            <source>Discarding %1…</source>
            <translation>%1 wird verworfen…</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="231" />
            <source>Resolving %1…</source>
            <translation>%1 wird erledigt…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Command</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="27" />
            <source>Select a transaction first.</source>
            <translation>Wählen Sie zuerst eine Transaktion aus.</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="29" />
            <source>Works on one transaction at a time; use Bulk action… for a selection.</source>
            <translation>Wirkt jeweils auf eine Transaktion; für eine Auswahl verwenden Sie „Massenaktion…“.</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="31" />
            <source>Sign in first: what you may do is known once the server has answered for you.</source>
            <translation>Melden Sie sich zuerst an: Was Sie tun dürfen, teilt der Server nach der Anmeldung mit.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CommentCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="117" />
            <source>Comment on %1</source>
            <translation>%1 kommentieren</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="118" />
            <source>Your comment is kept in the transaction's history for everyone who works on it.</source>
            <translation>Ihr Kommentar wird in der Historie der Transaktion für alle gespeichert, die daran arbeiten.</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="134" />
            <source>Adding comment…</source>
            <translation>Kommentar wird hinzugefügt…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConflictDialog</name>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="42" />
            <source>%1 was changed by someone else</source>
            <translation>%1 wurde von jemand anderem geändert</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="46" />
            <source>You started from version %1; the transaction is now at version %2 (%3, last change %4). Nothing was saved or sent, and nothing of theirs was overwritten.

Reload to continue from their version; your edit is copied to the clipboard so you can apply it again.</source>
            <translation>Sie haben mit Version %1 begonnen; die Transaktion ist jetzt bei Version %2 (%3, letzte Änderung %4). Es wurde nichts gespeichert oder gesendet und nichts von den Änderungen der anderen überschrieben.

Laden Sie neu, um mit deren Version weiterzuarbeiten; Ihre Bearbeitung wurde in die Zwischenablage kopiert, damit Sie sie erneut anwenden können.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="56" />
            <source>Your version (not saved)</source>
            <translation>Ihre Version (nicht gespeichert)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="57" />
            <source>Current version %1</source>
            <translation>Aktuelle Version %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="62" />
            <source>Reload Their Version</source>
            <translation>Deren Version laden</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="64" />
            <source>Keep My Edit Open</source>
            <translation>Meine Bearbeitung offen lassen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="66" />
            <source>Stay on your edit; saving again will still be refused until you reload</source>
            <translation>Bei Ihrer Bearbeitung bleiben; erneutes Speichern wird abgelehnt, bis Sie neu laden</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <location filename="../models/connector.cpp" line="8" />
            <source>Up</source>
            <translation>In Betrieb</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="9" />
            <source>Degraded</source>
            <translation>Beeinträchtigt</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="10" />
            <source>Down</source>
            <translation>Ausgefallen</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="11" />
            <source>Paused</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="14" />
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="27" />
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="29" />
            <source>Web shop</source>
            <translation>Webshop</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="36" />
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="38" />
            <source>OAuth 2 client secret</source>
            <translation>OAuth-2-Client-Secret</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="40" />
            <source>User name and password</source>
            <translation>Benutzername und Passwort</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="42" />
            <source>Client certificate</source>
            <translation>Client-Zertifikat</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConnectorListModel</name>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="31" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="35" />
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="37" />
            <source>%1 min ago</source>
            <translation>vor %1 Min.</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="39" />
            <source>%1 h ago</source>
            <translation>vor %1 Std.</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="40" />
            <source>%1 d ago</source>
            <translation>vor %1 Tg.</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="61" />
            <source>Paused: %1</source>
            <translation>Angehalten: %1</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="68" />
            <source>%1 · none set</source>
            <translation>%1 · nicht gesetzt</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="69" />
            <source>%1 · v%2 · %3</source>
            <translation>%1 · v%2 · %3</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="72" />
            <source>Unknown age: never set in Flowdesk</source>
            <translation>Alter unbekannt (nie gesetzt)</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="72" />
            <source>never rotated</source>
            <translation>nie rotiert</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="73" />
            <source>%1 by %2</source>
            <translation>%1 durch %2</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="74" />
            <source>Overdue: %1</source>
            <translation>Überfällig: %1</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="83" />
            <source>%1 (%2), connector id %3</source>
            <translation>%1 (%2), Konnektor-ID %3</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="86" />
            <source>Deliveries succeed</source>
            <translation>Zustellungen erfolgreich</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="87" />
            <source>At least one in five recent deliveries failed</source>
            <translation>Mindestens eine von fünf letzten Zustellungen ist fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="88" />
            <source>Nearly all recent deliveries failed</source>
            <translation>Fast alle letzten Zustellungen sind fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="91" />
            <source>Paused: transactions to this system wait and are delivered after it is resumed</source>
            <translation>Angehalten: Transaktionen an dieses System warten und werden nach dem Fortsetzen zugestellt</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="92" />
            <source>Paused (%1): transactions to this system wait and are delivered after it is resumed</source>
            <translation>Angehalten (%1): Transaktionen an dieses System warten und werden nach dem Fortsetzen zugestellt</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="98" />
            <source>%1
Authentication: %2</source>
            <translation>%1
Authentifizierung: %2</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="102" />
            <source>Share of failed deliveries among the recent attempts</source>
            <translation>Anteil fehlgeschlagener Zustellungen an den letzten Versuchen</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="105" />
            <source>Version %1, SHA-256 fingerprint %2. The secret itself is never shown.</source>
            <translation>Version %1, SHA-256-Fingerabdruck %2. Das Geheimnis selbst wird nie angezeigt.</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="107" />
            <source>No credential has been set through Flowdesk</source>
            <translation>Es wurden keine Zugangsdaten über Flowdesk gesetzt</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="110" />
            <source>Rotated %1 by %2.</source>
            <translation>Am %1 von %2 rotiert.</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="112" />
            <source>No credential has been set through Flowdesk, so its age is not known. Set it once to start tracking rotation.</source>
            <translation>Es wurden keine Zugangsdaten über Flowdesk gesetzt, daher ist ihr Alter unbekannt. Setzen Sie sie einmal, um die Rotation zu verfolgen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../models/connectorlistmodel.cpp" line="115" />
            <source>Policy: rotate every %n days.</source>
            <translation>
                <numerusform>Richtlinie: jeden Tag rotieren.</numerusform>
                <numerusform>Richtlinie: alle %n Tage rotieren.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="146" />
            <source>Connector</source>
            <translation>Konnektor</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="147" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="148" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="149" />
            <source>Endpoint</source>
            <translation>Endpunkt</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="150" />
            <source>Last success</source>
            <translation>Letzter Erfolg</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="151" />
            <source>Error rate</source>
            <translation>Fehlerquote</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="152" />
            <source>Credential</source>
            <translation>Zugangsdaten</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="153" />
            <source>Last rotation</source>
            <translation>Letzte Rotation</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConnectorsPage</name>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="43" />
            <source>Connectors</source>
            <translation>Konnektoren</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="51" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="54" />
            <source>Load the connectors' status again</source>
            <translation>Den Status der Konnektoren neu laden</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="56" />
            <source>Pause…</source>
            <translation>Anhalten…</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="58" />
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="60" />
            <source>Test Connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="63" />
            <source>Set Credential…</source>
            <translation>Zugangsdaten setzen…</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="66" />
            <source>Reload Configuration</source>
            <translation>Konfiguration neu laden</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="138" />
            <source>Your role (%1) cannot see connectors. IT admins, operators and auditors can.</source>
            <translation>Ihre Rolle (%1) kann keine Konnektoren sehen. IT-Administratoren, Sachbearbeiter und Prüfer können das.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="145" />
            <source>Connectors could not be loaded: %1</source>
            <translation>Die Konnektoren konnten nicht geladen werden: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="160" />
            <source>Connectors: %1</source>
            <translation>Konnektoren: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="161" />
            <source>%n down</source>
            <translation>
                <numerusform>%n ausgefallen</numerusform>
                <numerusform>%n ausgefallen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="161" />
            <source>none down</source>
            <translation>keiner ausgefallen</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="163" />
            <source>%n degraded</source>
            <translation>
                <numerusform>%n beeinträchtigt</numerusform>
                <numerusform>%n beeinträchtigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="165" />
            <source>%n paused</source>
            <translation>
                <numerusform>%n angehalten</numerusform>
                <numerusform>%n angehalten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="167" />
            <source>credentials overdue for rotation: %1</source>
            <translation>Zugangsdaten mit überfälliger Rotation: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="169" />
            <source>credentials never set in Flowdesk: %1</source>
            <translation>Zugangsdaten nie in Flowdesk gesetzt: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="172" />
            <source>You can see the status. Only IT admins can pause, test or rotate credentials.</source>
            <translation>Sie können den Status sehen. Nur IT-Administratoren können Konnektoren anhalten, testen oder Zugangsdaten rotieren.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="207" />
            <source>Waiting for the previous action to finish</source>
            <translation>Warten, bis die vorherige Aktion abgeschlossen ist</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="209" />
            <source>Select a connector first</source>
            <translation>Wählen Sie zuerst einen Konnektor aus</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="216" />
            <source>Only IT admins can pause connectors</source>
            <translation>Nur IT-Administratoren können Konnektoren anhalten</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="217" />
            <source>%1 is already paused</source>
            <translation>%1 ist bereits angehalten</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="218" />
            <source>Pause deliveries to %1 for a maintenance window; its transactions wait and do not fail</source>
            <translation>Zustellungen an %1 für ein Wartungsfenster anhalten; die Transaktionen warten und schlagen nicht fehl</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="219" />
            <source>Only IT admins can resume connectors</source>
            <translation>Nur IT-Administratoren können Konnektoren fortsetzen</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="220" />
            <source>%1 is not paused</source>
            <translation>%1 ist nicht angehalten</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="220" />
            <source>Resume deliveries to %1; waiting transactions are sent</source>
            <translation>Zustellungen an %1 fortsetzen; wartende Transaktionen werden gesendet</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="221" />
            <source>Only IT admins can test connections</source>
            <translation>Nur IT-Administratoren können Verbindungen testen</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="222" />
            <source>Open a test connection to %1 through the delivery adapter</source>
            <translation>Eine Testverbindung zu %1 über den Zustelladapter aufbauen</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="223" />
            <source>Only IT admins can set credentials</source>
            <translation>Nur IT-Administratoren können Zugangsdaten setzen</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="224" />
            <source>Replace the credential of %1 (the current secret is never shown)</source>
            <translation>Die Zugangsdaten von %1 ersetzen (das aktuelle Geheimnis wird nie angezeigt)</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="227" />
            <source>Only IT admins can reload the configuration</source>
            <translation>Nur IT-Administratoren können die Konfiguration neu laden</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="228" />
            <source>Waiting for the server to read its configuration file</source>
            <translation>Warten, bis der Server seine Konfigurationsdatei gelesen hat</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="232" />
            <source>Have the server read its configuration file again (flows, connectors, what-to-do texts). A file with errors changes nothing; work in progress is kept.</source>
            <translation>Den Server seine Konfigurationsdatei neu lesen lassen (Flows, Konnektoren, Handlungshinweise). Eine fehlerhafte Datei ändert nichts; laufende Arbeit bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="245" />
            <source>The server is reading its configuration file…</source>
            <translation>Der Server liest seine Konfigurationsdatei…</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="252" />
            <source>This server runs without a configuration file (it was started without --config), so there is nothing to reload. Its flows and connectors stay as they are.</source>
            <translation>Dieser Server läuft ohne Konfigurationsdatei (er wurde ohne --config gestartet), daher gibt es nichts neu zu laden. Seine Flows und Konnektoren bleiben, wie sie sind.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="258" />
            <source>The configuration file has %n error(s); nothing was changed.</source>
            <translation>
                <numerusform>Die Konfigurationsdatei enthält einen Fehler; es wurde nichts geändert.</numerusform>
                <numerusform>Die Konfigurationsdatei enthält %n Fehler; es wurde nichts geändert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="268" />
            <source>The configuration could not be reloaded: %1</source>
            <translation>Die Konfiguration konnte nicht neu geladen werden: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="271" />
            <source>Configuration reloaded from %1: flows %2, connectors %3.</source>
            <translation>Konfiguration aus %1 neu geladen: Flows %2, Konnektoren %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="277" />
            <source>%n flow(s) added, removed or with a new payload format.</source>
            <translation>
                <numerusform>Ein Flow hinzugefügt, entfernt oder mit neuem Nutzdatenformat.</numerusform>
                <numerusform>%n Flows hinzugefügt, entfernt oder mit neuem Nutzdatenformat.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="309" />
            <source>Pause %1</source>
            <translation>%1 anhalten</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="310" />
            <source>Transactions to %1 will wait until it is resumed; none of them fail.
Reason (kept in the audit trail):</source>
            <translation>Transaktionen an %1 warten, bis der Konnektor fortgesetzt wird; keine davon schlägt fehl.
Begründung (wird im Prüfprotokoll gespeichert):</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="312" />
            <source>Maintenance window</source>
            <translation>Wartungsfenster</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="329" />
            <source>%1 is paused. Its transactions wait until you resume it.</source>
            <translation>%1 ist angehalten. Die Transaktionen warten, bis Sie den Konnektor fortsetzen.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="345" />
            <source>%1 is resumed. Waiting transactions are being delivered.</source>
            <translation>%1 ist fortgesetzt. Wartende Transaktionen werden zugestellt.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="356" />
            <source>Testing the connection to %1…</source>
            <translation>Verbindung zu %1 wird getestet…</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="364" />
            <source>Connection to %1 works (%2 ms). %3</source>
            <translation>Verbindung zu %1 funktioniert (%2 ms). %3</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="366" />
            <source>Connection to %1 failed: %2</source>
            <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="379" />
            <source>Credential of %1 replaced: version %2, fingerprint %3.</source>
            <translation>Zugangsdaten von %1 ersetzt: Version %2, Fingerabdruck %3.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="382" />
            <source>Authentication failures replayed unchanged: %1.</source>
            <translation>Authentifizierungsfehler unverändert erneut gesendet: %1.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConsoleApp</name>
        <message>
            <location filename="../app/consoleapp.cpp" line="42" />
            <source>Connectors</source>
            <translation>Konnektoren</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="43" />
            <source>Target systems: status, pause and resume, credentials (IT admins)</source>
            <translation>Zielsysteme: Status, Anhalten und Fortsetzen, Zugangsdaten (IT-Administratoren)</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="48" />
            <source>Users</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="49" />
            <source>Accounts, roles and scopes</source>
            <translation>Konten, Rollen und Zuständigkeiten</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="50" />
            <source>Accounts and roles: only IT admins manage users</source>
            <translation>Konten und Rollen: Nur IT-Administratoren verwalten Benutzer</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="54" />
            <source>Audit</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="55" />
            <source>Who changed what, and proof that the trail is intact</source>
            <translation>Wer hat was geändert – mit Nachweis, dass das Protokoll unverändert ist</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="78" />
            <source>Exceptions</source>
            <translation>Ausnahmen</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="79" />
            <source>Failed transactions by business impact: find, fix, resubmit</source>
            <translation>Fehlgeschlagene Transaktionen nach geschäftlicher Auswirkung: finden, beheben, erneut senden</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="115" />
            <source>Server Unreachable</source>
            <translation>Server nicht erreichbar</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="116" />
            <source>The server %1 cannot be reached.</source>
            <translation>Der Server %1 ist nicht erreichbar.</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="118" />
            <source>Open the data saved on this computer for %1? You can look at it but not change it until the server answers again; then Flowdesk asks you to sign in.</source>
            <translation>Die auf diesem Computer gespeicherten Daten für %1 öffnen? Sie können sie ansehen, aber nicht ändern, bis der Server wieder antwortet; dann fordert Flowdesk Sie zur Anmeldung auf.</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="121" />
            <source>Open Saved Data</source>
            <translation>Gespeicherte Daten öffnen</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="122" />
            <source>Stay Here</source>
            <translation>Hier bleiben</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="139" />
            <source>The server answers again. Sign in to bring your saved data up to date and send the changes you made offline.</source>
            <translation>Der Server antwortet wieder. Melden Sie sich an, um Ihre gespeicherten Daten zu aktualisieren und die offline vorgenommenen Änderungen zu senden.</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="189" />
            <source>Flowdesk demo</source>
            <translation>Flowdesk-Demo</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="190" />
            <source>The demo could not be started.

%1</source>
            <translation>Die Demo konnte nicht gestartet werden.

%1</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="191" />
            <source>Reset Demo Data and Retry</source>
            <translation>Demodaten zurücksetzen und erneut versuchen</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="192" />
            <source>Deletes the demo server's sample data on this computer and starts afresh</source>
            <translation>Löscht die Beispieldaten des Demo-Servers auf diesem Computer und beginnt von vorn</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="210" />
            <source>Demo server on this computer (%1)</source>
            <translation>Demo-Server auf diesem Computer (%1)</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="211" />
            <source>Demo accounts: operator (sales and finance), viewer (plant DE01), admin, auditor. The password is "demo-" followed by the name, for example demo-operator.</source>
            <translation>Demokonten: operator (Vertrieb und Finanzen), viewer (Werk DE01), admin, auditor. Das Passwort ist „demo-“ gefolgt vom Namen, zum Beispiel demo-operator.</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="305" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="306" />
            <source>Flow health at a glance: status per flow, stuck orders, throughput and failures</source>
            <translation>Zustand der Flows auf einen Blick: Status je Flow, hängende Aufträge, Durchsatz und Fehler</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="310" />
            <source>Stuck orders</source>
            <translation>Hängende Aufträge</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="310" />
            <source>Transactions past their SLA and not closed, most overdue first</source>
            <translation>Transaktionen über ihrem SLA und nicht abgeschlossen, die am stärksten überfälligen zuerst</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="195"/>
            <source>The demo server stopped; starting it again…</source>
            <translation>Der Demo-Server wurde beendet; er wird neu gestartet…</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="202"/>
            <source>The demo server is running again.</source>
            <translation>Der Demo-Server läuft wieder.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CredentialDialog</name>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="24" />
            <source>Set Credential – %1</source>
            <translation>Zugangsdaten setzen – %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="27" />
            <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Authentication: %3&lt;br&gt;&lt;br&gt;The new secret is stored encrypted on the server. Nobody can display it again, not even here.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Authentifizierung: %3&lt;br&gt;&lt;br&gt;Das neue Geheimnis wird verschlüsselt auf dem Server gespeichert. Niemand kann es erneut anzeigen, auch nicht hier.</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="45" />
            <source>New secret</source>
            <translation>Neues Geheimnis</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="50" />
            <source>The same secret again</source>
            <translation>Dasselbe Geheimnis noch einmal</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="52" />
            <source>Replay the failures that this connector's authentication caused</source>
            <translation>Die durch die Authentifizierung dieses Konnektors verursachten Fehler erneut senden</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="54" />
            <source>After storing the secret, transactions to %1 that failed with an authentication error are sent again unchanged. Business payloads are never edited.</source>
            <translation>Nach dem Speichern des Geheimnisses werden Transaktionen an %1, die mit einem Authentifizierungsfehler fehlgeschlagen sind, unverändert erneut gesendet. Fachliche Nutzdaten werden nie bearbeitet.</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="70" />
            <source>Current credential:</source>
            <translation>Aktuelle Zugangsdaten:</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="71" />
            <source>New secret:</source>
            <translation>Neues Geheimnis:</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="72" />
            <source>Confirm:</source>
            <translation>Bestätigen:</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="76" />
            <source>Store Credential</source>
            <translation>Zugangsdaten speichern</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="98" />
            <source>None set through Flowdesk yet</source>
            <translation>Noch nicht über Flowdesk gesetzt</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="102" />
            <source>Version %1 · fingerprint %2</source>
            <translation>Version %1 · Fingerabdruck %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="104" />
            <source>Set %1 by %2</source>
            <translation>Am %1 von %2 gesetzt</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/credentialdialog.cpp" line="109" />
            <source>Overdue: the policy asks for a new secret every %n days</source>
            <translation>
                <numerusform>Überfällig: Die Richtlinie verlangt jeden Tag ein neues Geheimnis</numerusform>
                <numerusform>Überfällig: Die Richtlinie verlangt alle %n Tage ein neues Geheimnis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/credentialdialog.cpp" line="111" />
            <source>Policy: a new secret every %n days</source>
            <translation>
                <numerusform>Richtlinie: jeden Tag ein neues Geheimnis</numerusform>
                <numerusform>Richtlinie: alle %n Tage ein neues Geheimnis</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="130" />
            <source>The credential is stored</source>
            <translation>Die Zugangsdaten sind gespeichert</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="132" />
            <source>Storing…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="134" />
            <source>Enter the new secret</source>
            <translation>Geben Sie das neue Geheimnis ein</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="136" />
            <source>Enter the secret again to confirm it</source>
            <translation>Geben Sie das Geheimnis zur Bestätigung erneut ein</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="136" />
            <source>The two entries differ</source>
            <translation>Die beiden Eingaben stimmen nicht überein</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="142" />
            <source>The two entries differ.</source>
            <translation>Die beiden Eingaben stimmen nicht überein.</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="164" />
            <location filename="../ui/admin/credentialdialog.cpp" line="167" />
            <source>The credential was not stored: %1</source>
            <translation>Die Zugangsdaten wurden nicht gespeichert: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="175" />
            <source>Stored as version %1 (fingerprint %2).</source>
            <translation>Als Version %1 gespeichert (Fingerabdruck %2).</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="180" />
            <source>Authentication failures replayed unchanged: %1.</source>
            <translation>Authentifizierungsfehler unverändert erneut gesendet: %1.</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="184" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CsvExportButton</name>
        <message>
            <location filename="../ui/common/csvexportbutton.cpp" line="22" />
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <location filename="../ui/common/csvexportbutton.cpp" line="27" />
            <source>For Excel (UTF-8 with byte order mark)</source>
            <translation>Für Excel (UTF-8 mit Byte-Order-Mark)</translation>
        </message>
        <message>
            <location filename="../ui/common/csvexportbutton.cpp" line="30" />
            <source>Start the file with a byte order mark, so that Excel shows umlauts and accents right. Other programs may show it as a stray character.</source>
            <translation>Die Datei mit einer Byte-Order-Mark beginnen, damit Excel Umlaute und Akzente richtig anzeigt. Andere Programme zeigen sie womöglich als überzähliges Zeichen.</translation>
        </message>
        <message>
            <location filename="../ui/common/csvexportbutton.cpp" line="53" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::DashboardChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="119" />
            <source>(no code)</source>
            <translation>(kein Code)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="164" />
            <source>Export PNG…</source>
            <translation>PNG exportieren…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="165" />
            <source>Save this chart as a PNG image</source>
            <translation>Dieses Diagramm als PNG-Bild speichern</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="215" />
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="221" />
            <source>Export Chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="217" />
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="221" />
            <source>The chart could not be saved to %1.</source>
            <translation>Das Diagramm konnte nicht unter %1 gespeichert werden.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::DashboardPage</name>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="61" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="65" />
            <source>Which plant the dashboard shows</source>
            <translation>Welches Werk das Dashboard zeigt</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="67" />
            <source>&amp;Plant:</source>
            <translation>&amp;Werk:</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="70" />
            <source>Period:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="82" />
            <source>Counts in the tiles and the throughput chart cover the last %1</source>
            <translation>Zeitraum der Zahlen in den Kacheln und im Durchsatzdiagramm: letzte %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="90" />
            <source>Wallboard</source>
            <translation>Wallboard</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="92" />
            <source>Full screen with large type for a shop-floor screen (F11; Esc leaves)</source>
            <translation>Vollbild mit großer Schrift für einen Bildschirm in der Fertigung (F11; Esc beendet)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="279" />
            <source>All plants</source>
            <translation>Alle Werke</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="279" />
            <source>All my plants</source>
            <translation>Alle meine Werke</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="309" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="407" />
            <source>Could not be loaded: %1</source>
            <translation>Konnte nicht geladen werden: %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="414" />
            <source>Your role does not show exception details.</source>
            <translation>Ihre Rolle zeigt keine Details zu Ausnahmen an.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="443" />
            <source>⚠ Not up to date: figures from %1</source>
            <translation>⚠ Nicht aktuell: Zahlen von %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="449" />
            <source>Live · updated %1</source>
            <translation>Live · aktualisiert um %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="458" />
            <source>Loading the dashboard…</source>
            <translation>Dashboard wird geladen…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="459" />
            <source>The dashboard could not be loaded.
%1

It will try again when the connection returns.</source>
            <translation>Das Dashboard konnte nicht geladen werden.
%1

Ein neuer Versuch erfolgt, sobald die Verbindung wieder besteht.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="467" />
            <source>No flows are visible to you for %1.
Your role may be limited to certain plants or business domains; ask your administrator if you expected to see flows here.</source>
            <translation>Für %1 sind für Sie keine Flows sichtbar.
Ihre Rolle ist möglicherweise auf bestimmte Werke oder Fachbereiche beschränkt; wenden Sie sich an Ihren Administrator, wenn Sie hier Flows erwartet haben.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="479" />
            <source>%1: all flows OK</source>
            <translation>%1: alle Flows OK</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dashboard/dashboardpage.cpp" line="483" />
            <source>%n failing</source>
            <translation>
                <numerusform>%n gestört</numerusform>
                <numerusform>%n gestört</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dashboard/dashboardpage.cpp" line="485" />
            <source>%n degraded</source>
            <translation>
                <numerusform>%n beeinträchtigt</numerusform>
                <numerusform>%n beeinträchtigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dashboard/dashboardpage.cpp" line="487" />
            <source>%n OK</source>
            <translation>
                <numerusform>%n OK</numerusform>
                <numerusform>%n OK</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="488" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="491" />
            <source>Stuck: %1, the oldest waiting %2</source>
            <translation>Hängend: %1, der älteste wartet seit %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="493" />
            <source>nothing stuck</source>
            <translation>nichts hängend</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::DemoBackend</name>
        <message>
            <location filename="../services/demobackend.cpp" line="40" />
            <source>The demo server did not start within %1 seconds.</source>
            <translation>Der Demo-Server ist nicht innerhalb von %1 Sekunden gestartet.</translation>
        </message>
        <message>
            <location filename="../services/demobackend.cpp" line="49" />
            <source>The demo server %1 could not be started: %2</source>
            <translation>Der Demo-Server %1 konnte nicht gestartet werden: %2</translation>
        </message>
        <message>
            <location filename="../services/demobackend.cpp" line="62" />
            <source>The demo server stopped while starting (exit code %1):
%2</source>
            <translation>Der Demo-Server hat sich beim Starten beendet (Exit-Code %1):
%2</translation>
        </message>
        <message>
            <location filename="../services/demobackend.cpp" line="88" />
            <source>Another Flowdesk demo is already running on this computer. Close it first.</source>
            <translation>Auf diesem Computer läuft bereits eine Flowdesk-Demo. Schließen Sie diese zuerst.</translation>
        </message>
        <message>
            <location filename="../services/demobackend.cpp" line="77" />
            <source>The demo server program was not found at %1.</source>
            <translation>Das Programm des Demo-Servers wurde unter %1 nicht gefunden.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Domain</name>
        <message>
            <location filename="../models/domain.cpp" line="26" />
            <source>Received</source>
            <translation>Empfangen</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="27" />
            <source>In flight</source>
            <translation>In Zustellung</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="28" />
            <source>Delivered</source>
            <translation>Zugestellt</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="29" />
            <source>Retry scheduled</source>
            <translation>Wiederholung geplant</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="30" />
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="31" />
            <source>Resubmitted</source>
            <translation>Erneut gesendet</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="32" />
            <source>Discarded</source>
            <translation>Verworfen</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="33" />
            <source>Resolved manually</source>
            <translation>Manuell erledigt</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="36" />
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="43" />
            <source>Received</source>
            <comment>column header</comment>
            <translation>Empfangen</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="44" />
            <source>In flight</source>
            <comment>column header</comment>
            <translation>Unterwegs</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="45" />
            <source>Delivered</source>
            <comment>column header</comment>
            <translation>Zugestellt</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="46" />
            <source>Retrying</source>
            <comment>column header</comment>
            <translation>Wiederholt</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="47" />
            <source>Failed</source>
            <comment>column header</comment>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="48" />
            <source>Resubmitted</source>
            <comment>column header</comment>
            <translation>Neu gesendet</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="49" />
            <source>Discarded</source>
            <comment>column header</comment>
            <translation>Verworfen</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="50" />
            <source>Resolved</source>
            <comment>column header</comment>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="59" />
            <source>Accepted from the source system, not yet sent on</source>
            <translation>Vom Quellsystem angenommen, noch nicht weitergeleitet</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="60" />
            <source>Being delivered to the target system</source>
            <translation>Wird gerade an das Zielsystem zugestellt</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="61" />
            <source>Accepted by the target system</source>
            <translation>Vom Zielsystem angenommen</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="62" />
            <source>Failed for a temporary reason; will be tried again</source>
            <translation>Aus einem vorübergehenden Grund fehlgeschlagen; wird erneut versucht</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="63" />
            <source>Exceptions: failed and waiting for someone to fix them</source>
            <translation>Ausnahmen: fehlgeschlagen und warten darauf, dass jemand sie behebt</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="64" />
            <source>Fixed and sent again by a person</source>
            <translation>Von einer Person korrigiert und erneut gesendet</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="65" />
            <source>Dropped on purpose, with a reason</source>
            <translation>Bewusst verworfen, mit Begründung</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="66" />
            <source>Fixed by hand in the target system</source>
            <translation>Von Hand im Zielsystem erledigt</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="75" />
            <source>Viewer</source>
            <translation>Betrachter</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="76" />
            <source>Operator</source>
            <translation>Sachbearbeiter</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="77" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="78" />
            <source>Auditor</source>
            <translation>Prüfer</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="79" />
            <source>Connector</source>
            <translation>Konnektor</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="82" />
            <source>Unknown role</source>
            <translation>Unbekannte Rolle</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="87" />
            <source>Sales</source>
            <translation>Vertrieb</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="88" />
            <source>Finance</source>
            <translation>Finanzen</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="89" />
            <source>Procurement</source>
            <translation>Einkauf</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="90" />
            <source>Logistics</source>
            <translation>Logistik</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="91" />
            <source>Production</source>
            <translation>Produktion</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="92" />
            <source>Quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="93" />
            <source>Engineering</source>
            <translation>Entwicklung</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="100" />
            <source>Berlin</source>
            <translation>Berlin</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="101" />
            <source>Lyon</source>
            <translation>Lyon</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="102" />
            <source>Poznan</source>
            <translation>Posen</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="103" />
            <source>Puebla</source>
            <translation>Puebla</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="104" />
            <source>%1 (%2)</source>
            <comment>plant id and city</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="110" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="111" />
            <source>Connecting…</source>
            <translation>Verbindung wird aufgebaut…</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="112" />
            <source>Connected</source>
            <translation>Verbunden</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="113" />
            <source>Reconnecting…</source>
            <translation>Verbindung wird wiederhergestellt…</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="142" />
            <source>all domains and plants</source>
            <translation>alle Bereiche und Werke</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="149" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message numerus="yes">
            <location filename="../models/domain.cpp" line="151" />
            <source>%n d</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../models/domain.cpp" line="153" />
            <source>%n h</source>
            <translation>
                <numerusform>%n Std.</numerusform>
                <numerusform>%n Std.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../models/domain.cpp" line="155" />
            <source>%n min</source>
            <translation>
                <numerusform>%n Min.</numerusform>
                <numerusform>%n Min.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../models/domain.cpp" line="156" />
            <source>%n s</source>
            <translation>
                <numerusform>%n Sek.</numerusform>
                <numerusform>%n Sek.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorGroupModel</name>
        <message numerus="yes">
            <location filename="../models/errorgroupmodel.cpp" line="42" />
            <source>%1 + %n more</source>
            <comment>further currencies of an error group's value</comment>
            <translation>
                <numerusform>%1 + %n weitere</numerusform>
                <numerusform>%1 + %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="50" />
            <source>No amount at risk</source>
            <translation>Kein gefährdeter Betrag</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="52" />
            <source>Value at risk per currency:</source>
            <translation>Gefährdeter Wert je Währung:</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="100" />
            <source>%1
Category: %2
%3 transactions, oldest %4</source>
            <translation>%1
Kategorie: %2
%3 Transaktionen, älteste %4</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="104" />
            <source>What to do: %1</source>
            <translation>Was zu tun ist: %1</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="122" />
            <source>Error group</source>
            <translation>Fehlergruppe</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="123" />
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="124" />
            <source>Value at risk</source>
            <translation>Gefährdeter Wert</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorSignatureChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="409" />
            <source>Top error signatures (open exceptions)</source>
            <translation>Häufigste Fehlersignaturen (offene Ausnahmen)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="425" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="459" />
            <source>Exceptions</source>
            <translation>Ausnahmen</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="433" />
            <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;Open exceptions: %4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;Offene Ausnahmen: %4</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="442" />
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="444" />
            <source>&lt;br&gt;Value at risk: %1</source>
            <translation>&lt;br&gt;Gefährdeter Wert: %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="446" />
            <source>&lt;br&gt;&lt;i&gt;Click to see them&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Klicken, um sie anzuzeigen&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="486" />
            <source>No open exceptions.</source>
            <translation>Keine offenen Ausnahmen.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionListModel</name>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="68" />
            <source>Unassigned</source>
            <translation>Nicht zugewiesen</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="76" />
            <source>%1
Changes made offline wait to be sent to the server (%2)</source>
            <translation>%1
Offline vorgenommene Änderungen warten darauf, an den Server gesendet zu werden (%2)</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="82" />
            <source>Received %1; past its SLA and not delivered yet</source>
            <translation>Empfangen am %1; SLA überschritten und noch nicht zugestellt</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="84" />
            <source>Received %1</source>
            <translation>Empfangen am %1</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="120" />
            <source>Business key</source>
            <translation>Geschäftsschlüssel</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="121" />
            <source>Flow</source>
            <translation>Flow</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="122" />
            <source>Counterparty</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="123" />
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="124" />
            <source>Plant</source>
            <translation>Werk</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="125" />
            <source>Age</source>
            <translation>Alter</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="126" />
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="127" />
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="128" />
            <source>Triage</source>
            <translation>Klärung</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="129" />
            <source>Assignee</source>
            <translation>Bearbeiter</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="133" />
            <source>Time since the transaction arrived; red when past its SLA</source>
            <translation>Zeit seit Eingang der Transaktion; rot, wenn das SLA überschritten ist</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="73" />
            <source>Exceptions</source>
            <translation>Ausnahmen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="88" />
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="90" />
            <source>Reloads the list from the top, with the new exceptions in their place</source>
            <translation>Lädt die Liste von oben neu, mit den neuen Ausnahmen an ihrer Stelle</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="119" />
            <source>Identical failures; choose one to see only its transactions and act on all of them</source>
            <translation>Gleichartige Fehler; wählen Sie eine Gruppe, um nur ihre Transaktionen zu sehen und alle gemeinsam zu bearbeiten</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="128" />
            <source>Error groups</source>
            <translation>Fehlergruppen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="130" />
            <source>All Groups</source>
            <translation>Alle Gruppen</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/exceptions/exceptionspage.cpp" line="223" />
            <source>%n exception(s) as saved on this computer; the server cannot be reached (%1).</source>
            <translation>
                <numerusform>%n Ausnahme, wie auf diesem Computer gespeichert; der Server ist nicht erreichbar (%1).</numerusform>
                <numerusform>%n Ausnahmen, wie auf diesem Computer gespeichert; der Server ist nicht erreichbar (%1).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="228" />
            <source>The exceptions could not be loaded: %1</source>
            <translation>Die Ausnahmen konnten nicht geladen werden: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="377" />
            <source>Export exceptions</source>
            <translation>Ausnahmen exportieren</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="377" />
            <source>exceptions.csv</source>
            <translation>ausnahmen.csv</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="345" />
            <source>Saved views</source>
            <translation>Gespeicherte Ansichten</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="348" />
            <source>Search business key, counterparty or error text (Ctrl+F)</source>
            <translation>Schlüssel, Partner, Fehler (Strg+F)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="357" />
            <source>Order of the list</source>
            <translation>Reihenfolge der Liste</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="358" />
            <source>Business impact</source>
            <translation>Geschäftliche Auswirkung</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="359" />
            <source>Oldest first</source>
            <translation>Älteste zuerst</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="360" />
            <source>Newest first</source>
            <translation>Neueste zuerst</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="361" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="362" />
            <source>Due date</source>
            <translation>Fälligkeitsdatum</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="363" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="398" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Flow</source>
            <translation>Flow</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="364" />
            <source>Save View…</source>
            <translation>Ansicht speichern…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="366" />
            <source>Keep these filters as a view of your own</source>
            <translation>Diese Filter als eigene Ansicht speichern</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="368" />
            <source>Bulk Action…</source>
            <translation>Massenaktion…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="379" />
            <source>Every exception of the current view, as a spreadsheet file (Ctrl+E)</source>
            <translation>Alle Ausnahmen der aktuellen Ansicht als Tabellendatei (Strg+E)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="385" />
            <source>View:</source>
            <translation>Ansicht:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="390" />
            <source>Order:</source>
            <translation>Reihenfolge:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="399" />
            <source>All flows</source>
            <translation>Alle Flows</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="400" />
            <source>Business domain</source>
            <translation>Fachbereich</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="401" />
            <source>All domains</source>
            <translation>Alle Bereiche</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="404" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Plant</source>
            <translation>Werk</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="405" />
            <source>All plants</source>
            <translation>Alle Werke</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="408" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="409" />
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="410" />
            <source>Retrying</source>
            <translation>Wiederholung geplant</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="411" />
            <source>Failed or retrying</source>
            <translation>Fehlgeschlagen oder Wiederholung geplant</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="412" />
            <source>Any state</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="413" />
            <source>Triage status</source>
            <translation>Klärungsstatus</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="414" />
            <source>Any triage</source>
            <translation>Jeder Klärungsstatus</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="418" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="794" />
            <source>Error category</source>
            <translation>Fehlerkategorie</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="419" />
            <source>Any error</source>
            <translation>Jeder Fehler</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="423" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Assignee</source>
            <translation>Bearbeiter</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="424" />
            <source>Anyone's</source>
            <translation>Alle Bearbeiter</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="425" />
            <source>Mine</source>
            <translation>Mir zugewiesen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="426" />
            <source>Unassigned</source>
            <translation>Nicht zugewiesen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="427" />
            <source>How long ago the transaction arrived</source>
            <translation>Wie lange der Eingang der Transaktion zurückliegt</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="428" />
            <source>Any age</source>
            <translation>Jedes Alter</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="429" />
            <source>Older than 1 hour</source>
            <translation>Älter als 1 Stunde</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="430" />
            <source>Older than 1 day</source>
            <translation>Älter als 1 Tag</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="431" />
            <source>Older than 1 week</source>
            <translation>Älter als 1 Woche</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="432" />
            <source>Last 24 hours</source>
            <translation>Letzte 24 Stunden</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="433" />
            <source>Stuck only</source>
            <translation>Nur hängende</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="435" />
            <source>Only transactions past their SLA</source>
            <translation>Nur Transaktionen, deren SLA überschritten ist</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="585" />
            <source>%1 was not applied: %2. Review it to apply it to the current version or drop it.</source>
            <translation>%1 wurde nicht angewendet: %2. Prüfen Sie die Änderung, um sie auf die aktuelle Version anzuwenden oder zu verwerfen.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="598" />
            <source>Your session has expired. Sign in again: the change you sent waits and goes out once you have signed in. What you typed stays.</source>
            <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an: Die gesendete Änderung wartet und geht nach der Anmeldung hinaus. Ihre Eingaben bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="600" />
            <source>Your session has expired. Sign in again to go on; what you typed stays in the form.</source>
            <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um weiterzuarbeiten; Ihre Eingaben bleiben im Formular.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="694" />
            <source>Error groups (%1)</source>
            <translation>Fehlergruppen (%1)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="703" />
            <source>What to do: %1</source>
            <translation>Was zu tun ist: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="716" />
            <source>Loading exceptions…</source>
            <translation>Ausnahmen werden geladen…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="722" />
            <source>Nothing matches: no exception needs attention in this view.</source>
            <translation>Keine Treffer: Keine Ausnahme in dieser Ansicht erfordert Aufmerksamkeit.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="723" />
            <source>Nothing matches these filters.</source>
            <translation>Keine Treffer für diese Filter.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1122"/>
            <source>Nothing matches in the chosen error group; “All Groups” looks in every group.</source>
            <translation>Keine Treffer in der gewählten Fehlergruppe; „Alle Gruppen“ sucht in allen Gruppen.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="725" />
            <source>Matches: %1 · shown: %2</source>
            <translation>%1 Treffer · %2 angezeigt</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/exceptions/exceptionspage.cpp" line="731" />
            <source>%n new exception(s) beyond the rows shown</source>
            <translation>
                <numerusform>%n neue Ausnahme außerhalb der angezeigten Zeilen</numerusform>
                <numerusform>%n neue Ausnahmen außerhalb der angezeigten Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="743" />
            <source>Copied %1</source>
            <translation>%1 kopiert</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="754" />
            <source>Every failed transaction of the error group "%1" (%2 now).</source>
            <translation>Alle fehlgeschlagenen Transaktionen der Fehlergruppe „%1“ (derzeit %2).</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/exceptions/exceptionspage.cpp" line="757" />
            <source>%n selected transaction(s).</source>
            <translation>
                <numerusform>%n ausgewählte Transaktion.</numerusform>
                <numerusform>%n ausgewählte Transaktionen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="759" />
            <source>Select transactions or an error group first.</source>
            <translation>Wählen Sie zuerst Transaktionen oder eine Fehlergruppe aus.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Business key</source>
            <translation>Geschäftsschlüssel</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Counterparty</source>
            <translation>Geschäftspartner</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Received (UTC)</source>
            <translation>Empfangen (UTC)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Due (UTC)</source>
            <translation>Fällig (UTC)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Triage</source>
            <translation>Klärung</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="794" />
            <source>Transaction id</source>
            <translation>Transaktions-ID</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="798" />
            <source>Exporting…</source>
            <translation>Export läuft…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="806" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="831" />
            <source>Export failed: %1</source>
            <translation>Export fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="841" />
            <source>Exported %1 rows to %2</source>
            <translation>%1 Zeilen nach %2 exportiert</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="857" />
            <source>Choose a view</source>
            <translation>Ansicht wählen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="865" />
            <source>Save view</source>
            <translation>Ansicht speichern</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="865" />
            <source>Name of the view:</source>
            <translation>Name der Ansicht:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="651"/>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="674"/>
            <source>Unsaved Changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="652"/>
            <source>The payload of %1 was edited but not saved.</source>
            <translation>Die Nutzdaten von %1 wurden bearbeitet, aber nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="858"/>
            <source>Unsaved Correction</source>
            <translation>Nicht gespeicherte Korrektur</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="863"/>
            <source>Resubmit sends the payload as it is stored, without your correction. Send the correction with it, or discard the correction and resubmit the stored payload?</source>
            <translation>„Erneut senden“ sendet die Nutzdaten so, wie sie gespeichert sind, ohne Ihre Korrektur. Die Korrektur mitsenden oder die Korrektur verwerfen und die gespeicherten Nutzdaten erneut senden?</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="865"/>
            <source>Save and Resubmit</source>
            <translation>Speichern und erneut senden</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="867"/>
            <source>Discard Correction and Resubmit</source>
            <translation>Korrektur verwerfen und erneut senden</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="883"/>
            <source>The correction cannot be sent: %1</source>
            <translation>Die Korrektur kann nicht gesendet werden: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="656"/>
            <source>Save the corrected payload, discard the edit, or stay on this transaction.</source>
            <translation>Speichern Sie die korrigierten Nutzdaten, verwerfen Sie die Bearbeitung oder bleiben Sie bei dieser Transaktion.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="675"/>
            <source>The edit cannot be saved: %1</source>
            <translation>Die Bearbeitung kann nicht gespeichert werden: %1</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FieldLookupCompleter</name>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="51" />
            <source>Values offered by the target system</source>
            <translation>Vom Zielsystem angebotene Werte</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="118" />
            <source>the target system</source>
            <translation>das Zielsystem</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="161" />
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="286" />
            <source>%1 offers values for this field: type to search, or press Alt+Down to see them.</source>
            <translation>%1 bietet Werte für dieses Feld an: zum Suchen tippen oder mit Alt+Pfeil nach unten alle anzeigen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="215" />
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="267" />
            <source>Too many searches in a short time. %1 can be searched again in %n second(s).</source>
            <translation>
                <numerusform>Zu viele Suchen in kurzer Zeit. %1 kann in einer Sekunde wieder durchsucht werden.</numerusform>
                <numerusform>Zu viele Suchen in kurzer Zeit. %1 kann in %n Sekunden wieder durchsucht werden.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="259" />
            <source>%1 cannot be reached right now, so its values cannot be shown. You can still type the value yourself.</source>
            <translation>%1 ist gerade nicht erreichbar, daher können seine Werte nicht angezeigt werden. Sie können den Wert trotzdem selbst eintippen.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="279" />
            <source>The values of %1 could not be shown: %2</source>
            <translation>Die Werte aus %1 konnten nicht angezeigt werden: %2</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="293" />
            <source>%1 offers no values for this field.</source>
            <translation>%1 bietet für dieses Feld keine Werte an.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="294" />
            <source>No value in %1 matches “%2”.</source>
            <translation>Kein Wert in %1 passt zu „%2“.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="309" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="311" />
            <source>Puts %1 into the field</source>
            <translation>Trägt %1 in das Feld ein</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="348" />
            <source>Choose from the values %1 offers (Alt+Down)</source>
            <translation>Aus den Werten wählen, die %1 anbietet (Alt+Pfeil nach unten)</translation>
        </message>
        <message>
            <source>Did you mean</source>
            <translation>Meinten Sie</translation>
        </message>
        <message>
            <source>Did you mean:</source>
            <translation>Meinten Sie:</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FlowHealth</name>
        <message>
            <location filename="../models/flowhealth.cpp" line="22" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="23" />
            <source>Degraded</source>
            <translation>Beeinträchtigt</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="24" />
            <source>Failing</source>
            <translation>Gestört</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="27" />
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="33" />
            <source>1 h</source>
            <translation>1 Std.</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="34" />
            <source>24 h</source>
            <translation>24 Std.</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="35" />
            <source>7 d</source>
            <translation>7 Tage</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="36" />
            <source>30 d</source>
            <translation>30 Tage</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="66" />
            <source>under 1 h</source>
            <translation>unter 1 Std.</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="67" />
            <source>1–4 h</source>
            <translation>1–4 Std.</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="68" />
            <source>4–24 h</source>
            <translation>4–24 Std.</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="69" />
            <source>1–3 d</source>
            <translation>1–3 Tg.</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="70" />
            <source>over 3 d</source>
            <translation>über 3 Tg.</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="98" />
            <source>%1 s</source>
            <translation>%1 Sek.</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="100" />
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="103" />
            <source>%1 h</source>
            <translation>%1 Std.</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="104" />
            <source>%1 h %2 min</source>
            <translation>%1 Std. %2 Min.</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="107" />
            <source>%1 d</source>
            <translation>%1 Tg.</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="107" />
            <source>%1 d %2 h</source>
            <translation>%1 Tg. %2 Std.</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="114" />
            <source>%1 %2</source>
            <comment>currency and amount</comment>
            <translation>%2 %1</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FlowListModel</name>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="70" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="85" />
            <source>%1
%2</source>
            <translation>%1
%2</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="87" />
            <source>%1 from %2 to %3</source>
            <translation>%1 von %2 nach %3</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="89" />
            <source>Not delivered within the SLA: %1</source>
            <translation>Nicht innerhalb des SLA zugestellt: %1</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="91" />
            <source>Transactions must be delivered within %1</source>
            <translation>Transaktionen müssen innerhalb von %1 zugestellt werden</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="94" />
            <location filename="../models/flowlistmodel.cpp" line="147" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="132" />
            <source>Flow</source>
            <translation>Flow</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="133" />
            <source>Domain</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="134" />
            <source>Route</source>
            <translation>Strecke</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="135" />
            <source>Stuck</source>
            <translation>Hängend</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="136" />
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="142" />
            <source>Integration route</source>
            <translation>Integrationsstrecke</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="143" />
            <source>Business domain that owns the flow</source>
            <translation>Fachbereich, dem der Flow gehört</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="144" />
            <source>Source system → target system</source>
            <translation>Quellsystem → Zielsystem</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="145" />
            <source>Transactions not delivered within the flow's SLA, whatever their state</source>
            <translation>Transaktionen, die nicht innerhalb des SLA des Flows zugestellt wurden, unabhängig von ihrem Status</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="146" />
            <source>Time within which a transaction must be delivered</source>
            <translation>Zeit, innerhalb der eine Transaktion zugestellt sein muss</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FlowTile</name>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="176" />
            <source>%1 stuck</source>
            <translation>%1 hängend</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="178" />
            <source>none stuck</source>
            <translation>keine hängenden</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="180" />
            <source>%1 failed</source>
            <translation>%1 fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="182" />
            <source>%1 received</source>
            <translation>%1 empfangen</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="184" />
            <source>%1 waiting, oldest %2</source>
            <translation>%1 wartend, älteste seit %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="186" />
            <source>%1 at risk</source>
            <translation>%1 gefährdet</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="188" />
            <source>oldest waiting %1</source>
            <translation>älteste wartet seit %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="195" />
            <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Status: %3 — %4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Status: %3 — %4</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="197" />
            <source>&lt;br&gt;In the window: %1 received, %2 delivered, %3 failed (%4 %), %5 retried</source>
            <translation>&lt;br&gt;Im Zeitraum: %1 empfangen, %2 zugestellt, %3 fehlgeschlagen (%4 %), %5 wiederholt</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="200" />
            <source>&lt;br&gt;Open now: %1, of which %2 stuck; oldest waiting %3</source>
            <translation>&lt;br&gt;Derzeit offen: %1, davon %2 hängend; älteste wartet seit %3</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="203" />
            <source>&lt;br&gt;Delivery time: median %1 ms, 95 % within %2 ms</source>
            <translation>&lt;br&gt;Zustelldauer: Median %1 ms, 95 % innerhalb von %2 ms</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="206" />
            <source>&lt;br&gt;Value at risk: %1</source>
            <translation>&lt;br&gt;Gefährdeter Wert: %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="207" />
            <source>&lt;br&gt;&lt;i&gt;Click to see this flow's exceptions&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Klicken, um die Ausnahmen dieses Flows anzuzeigen&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="209" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FlowsPage</name>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="35" />
            <source>Flows</source>
            <translation>Flows</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="48" />
            <source>Filter by flow, domain or system…</source>
            <translation>Nach Flow, Bereich oder System filtern…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="56" />
            <source>Only flows with exceptions or stuck transactions</source>
            <translation>Nur Flows mit Ausnahmen oder hängenden Transaktionen</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="211" />
            <location filename="../ui/dashboard/flowspage.cpp" line="235" />
            <source>Loading flows…</source>
            <translation>Flows werden geladen…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="215" />
            <source>Flows visible to you: %1 · Nothing is failed or stuck right now.</source>
            <translation>Für Sie sichtbare Flows: %1 · Derzeit ist nichts fehlgeschlagen oder hängend.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="218" />
            <source>Flows visible to you: %1 · Exceptions: %2 · Stuck: %3 · Flows needing attention: %4</source>
            <translation>Für Sie sichtbare Flows: %1 · Ausnahmen: %2 · Hängend: %3 · Flows mit Handlungsbedarf: %4</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="223" />
            <source>Update failed: %1</source>
            <translation>Aktualisierung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="226" />
            <source>Updated %1</source>
            <translation>Aktualisiert um %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="235" />
            <source>The flows could not be loaded.
%1</source>
            <translation>Die Flows konnten nicht geladen werden.
%1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="237" />
            <source>No flows are visible to you.
Your role may be limited to certain business domains or plants; ask your administrator if you expected to see flows here.</source>
            <translation>Für Sie sind keine Flows sichtbar.
Ihre Rolle ist möglicherweise auf bestimmte Fachbereiche oder Werke beschränkt; wenden Sie sich an Ihren Administrator, wenn Sie hier Flows erwartet haben.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="241" />
            <source>No flow has exceptions or stuck transactions right now.</source>
            <translation>Derzeit hat kein Flow Ausnahmen oder hängende Transaktionen.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="242" />
            <source>No flow matches "%1".</source>
            <translation>Kein Flow passt zu „%1“.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::KeyStore</name>
        <message>
            <location filename="../services/keystore.cpp" line="59" />
            <source>The key in the keychain is not a cache key.</source>
            <translation>Der Schlüssel im Schlüsselbund gehört nicht zu den gespeicherten Daten.</translation>
        </message>
        <message>
            <location filename="../services/keystore.cpp" line="93" />
            <source>No random key could be made.</source>
            <translation>Es konnte kein Zufallsschlüssel erzeugt werden.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LoginDialog</name>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="28" />
            <location filename="../ui/session/logindialog.cpp" line="31" />
            <source>Sign in to Flowdesk</source>
            <translation>Bei Flowdesk anmelden</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="37" />
            <source>Use the account your administrator gave you.</source>
            <translation>Verwenden Sie das Konto, das Sie von Ihrem Administrator erhalten haben.</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="45" />
            <source>host:port, e.g. flowdesk.example.com:8443</source>
            <translation>Host:Port, z. B. flowdesk.example.com:8443</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="69" />
            <source>Signing in…</source>
            <translation>Anmeldung läuft…</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="75" />
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="76" />
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="78" />
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="79" />
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="82" />
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="131" />
            <source>Session expired</source>
            <translation>Sitzung abgelaufen</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="132" />
            <source>Your session has expired. Sign in again to continue; your open work is kept and anything that was waiting is sent once you are signed in.</source>
            <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um weiterzuarbeiten; Ihre offene Arbeit bleibt erhalten, und alles Wartende wird nach der Anmeldung gesendet.</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="191" />
            <source>Enter the server as host:port, for example flowdesk.example.com:8443.</source>
            <translation>Geben Sie den Server als Host:Port ein, zum Beispiel flowdesk.example.com:8443.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::MainWindow</name>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="26" />
            <source>Flowdesk</source>
            <translation>Flowdesk</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="41" />
            <source>Flows</source>
            <translation>Flows</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="41" />
            <source>Integration routes and how many transactions are in each state</source>
            <translation>Integrationsstrecken und wie viele Transaktionen sich in welchem Status befinden</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="115" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="116" />
            <source>Sign &amp;In Again…</source>
            <translation>&amp;Erneut anmelden…</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="119" />
            <source>Only needed after your session has expired</source>
            <translation>Nur nötig, nachdem Ihre Sitzung abgelaufen ist</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="121" />
            <source>&amp;Sign Out</source>
            <translation>&amp;Abmelden</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="125" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="131" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="132" />
            <source>&amp;Refresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="136" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="137" />
            <source>&amp;About Flowdesk</source>
            <translation>&amp;Über Flowdesk</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="140" />
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="154" />
            <source>Not signed in</source>
            <translation>Nicht angemeldet</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="159" />
            <source>Session of %1 expired · sign in again to continue (File ▸ Sign In Again)</source>
            <translation>Sitzung von %1 abgelaufen · melden Sie sich erneut an, um weiterzuarbeiten (Datei ▸ Erneut anmelden)</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="161" />
            <source>Signed in as %1 · %2 · %3</source>
            <translation>Angemeldet als %1 · %2 · %3</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="162" />
            <source>Server: %1
Permissions: %2</source>
            <translation>Server: %1
Berechtigungen: %2</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="163" />
            <source>Flowdesk — %1 on %2</source>
            <translation>Flowdesk — %1 auf %2</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="168" />
            <source>About Flowdesk</source>
            <translation>Über Flowdesk</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="169" />
            <source>&lt;h3&gt;Flowdesk %1&lt;/h3&gt;&lt;p&gt;Operations and exception-management console for manufacturing integration middleware.&lt;/p&gt;&lt;p&gt;Sees failed and stuck transactions between ERP, CRM, MES, WMS and partner systems, in business terms.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Flowdesk %1&lt;/h3&gt;&lt;p&gt;Betriebs- und Ausnahmemanagement-Konsole für Integrations-Middleware in der Fertigung.&lt;/p&gt;&lt;p&gt;Zeigt fehlgeschlagene und hängende Transaktionen zwischen ERP, CRM, MES, WMS und Partnersystemen in fachlicher Sprache.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Mutation</name>
        <message>
            <location filename="../services/mutation.cpp" line="259" />
            <source>Change to %1</source>
            <translation>Änderung an %1</translation>
        </message>
        <message>
            <location filename="../services/mutation.cpp" line="260" />
            <source>%1 %2</source>
            <comment>action label, transaction</comment>
            <translation>%2 (%1)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::OfflineBanner</name>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="13" />
            <source>Try Again Now</source>
            <translation>Jetzt erneut versuchen</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="25" />
            <source>Checks at once whether the server answers again</source>
            <translation>Prüft sofort, ob der Server wieder antwortet</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="26" />
            <source>Lists the changes that wait to be sent to the server</source>
            <translation>Listet die Änderungen auf, die darauf warten, an den Server gesendet zu werden</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="62" />
            <source>an unknown time</source>
            <translation>unbekannt</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session/offlinebanner.cpp" line="66" />
            <source>%n change(s) wait to be sent.</source>
            <translation>
                <numerusform>%n Änderung wartet darauf, gesendet zu werden.</numerusform>
                <numerusform>%n Änderungen warten darauf, gesendet zu werden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session/offlinebanner.cpp" line="68" />
            <source>%n change(s) made offline could not be applied and need your decision.</source>
            <translation>
                <numerusform>%n offline vorgenommene Änderung konnte nicht angewendet werden und erfordert Ihre Entscheidung.</numerusform>
                <numerusform>%n offline vorgenommene Änderungen konnten nicht angewendet werden und erfordern Ihre Entscheidung.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session/offlinebanner.cpp" line="70" />
            <source>Sending %n change(s) made offline…</source>
            <translation>
                <numerusform>%n offline vorgenommene Änderung wird gesendet…</numerusform>
                <numerusform>%n offline vorgenommene Änderungen werden gesendet…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="74" />
            <source>Review Conflicts…</source>
            <translation>Konflikte prüfen…</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="74" />
            <source>Waiting Changes…</source>
            <translation>Wartende Änderungen…</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="65"/>
            <source>Offline: the server cannot be reached. You see the data saved on this computer as of %1. Changes to single transactions wait here and are sent when the server answers again; bulk actions need the server.</source>
            <translation>Offline: Der Server ist nicht erreichbar. Sie sehen die auf diesem Computer gespeicherten Daten (Stand: %1). Änderungen an einzelnen Transaktionen warten hier und werden gesendet, sobald der Server wieder antwortet; Massenaktionen brauchen den Server.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::OfflineSupport</name>
        <message>
            <location filename="../app/offlinesupport.cpp" line="73" />
            <source>%1 was not applied: %2</source>
            <translation>%1 wurde nicht angewendet: %2</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="132" />
            <source>The server still cannot be reached.</source>
            <translation>Der Server ist weiterhin nicht erreichbar.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="140" />
            <source>&amp;Forget This Device…</source>
            <translation>Dieses &amp;Gerät vergessen…</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="142" />
            <source>Deletes the data Flowdesk saved on this computer for your account, and its key</source>
            <translation>Löscht die Daten, die Flowdesk auf diesem Computer für Ihr Konto gespeichert hat, sowie deren Schlüssel</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="194" />
            <source>The keychain did not give out the key of the saved data (%1).</source>
            <translation>Der Schlüsselbund hat den Schlüssel der gespeicherten Daten nicht herausgegeben (%1).</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="212" />
            <source>No passphrase was given.</source>
            <translation>Es wurde keine Passphrase eingegeben.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="230" />
            <source>Unlocking the saved data…</source>
            <translation>Gespeicherte Daten werden entsperrt…</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="234" />
            <source>The key could not be derived from the passphrase.</source>
            <translation>Der Schlüssel konnte nicht aus der Passphrase abgeleitet werden.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="258" />
            <source>The passphrase is wrong.</source>
            <translation>Die Passphrase ist falsch.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="298" />
            <source>Saved Data</source>
            <translation>Gespeicherte Daten</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="300" />
            <source>Flowdesk can set the file aside (it stays encrypted) and save your data afresh from the server. Changes that waited to be sent from this computer are lost.</source>
            <translation>Flowdesk kann die Datei beiseitelegen (sie bleibt verschlüsselt) und Ihre Daten neu vom Server speichern. Änderungen, die auf diesem Computer auf das Senden warteten, gehen verloren.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="302" />
            <source>Start Afresh</source>
            <translation>Neu beginnen</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="303" />
            <source>Work Without Saved Data</source>
            <translation>Ohne gespeicherte Daten arbeiten</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="332" />
            <source>Working without saved data: %1</source>
            <translation>Arbeit ohne gespeicherte Daten: %1</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="340" />
            <location filename="../app/offlinesupport.cpp" line="368" />
            <source>Forget This Device</source>
            <translation>Dieses Gerät vergessen</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="341" />
            <source>Delete the data Flowdesk saved on this computer for your account, and its key?</source>
            <translation>Die Daten, die Flowdesk auf diesem Computer für Ihr Konto gespeichert hat, sowie deren Schlüssel löschen?</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="343" />
            <source>Flowdesk will no longer open from saved data or work offline on this computer until you sign in again.</source>
            <translation>Flowdesk kann auf diesem Computer nicht mehr aus gespeicherten Daten starten oder offline arbeiten, bis Sie sich erneut anmelden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/offlinesupport.cpp" line="346" />
            <source>%n change(s) made offline have not reached the server and will be lost.</source>
            <translation>
                <numerusform>%n offline vorgenommene Änderung hat den Server nicht erreicht und geht verloren.</numerusform>
                <numerusform>%n offline vorgenommene Änderungen haben den Server nicht erreicht und gehen verloren.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="348" />
            <source>Forget</source>
            <translation>Vergessen</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="365" />
            <source>The saved data and its key were deleted from this computer.</source>
            <translation>Die gespeicherten Daten und ihr Schlüssel wurden von diesem Computer gelöscht.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="369" />
            <source>Not everything could be deleted: %1</source>
            <translation>Nicht alles konnte gelöscht werden: %1</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="370" />
            <source>the saved data file is still there</source>
            <translation>die Datei mit den gespeicherten Daten ist noch vorhanden</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="384" />
            <source>Waiting: %1</source>
            <translation>Wartend: %1</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="386" />
            <source>Not applied: %1 – %2</source>
            <translation>Nicht angewendet: %1 – %2</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="390" />
            <source>Changes Made Offline</source>
            <translation>Offline vorgenommene Änderungen</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="391" />
            <source>No changes wait to be sent.</source>
            <translation>Es warten keine Änderungen darauf, gesendet zu werden.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="396" />
            <source>Someone changed these transactions in the meantime, or the change is no longer allowed. Apply your changes to the current version, or drop them.</source>
            <translation>Jemand hat diese Transaktionen inzwischen geändert, oder die Änderung ist nicht mehr erlaubt. Wenden Sie Ihre Änderungen auf die aktuelle Version an oder verwerfen Sie sie.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="398" />
            <source>Apply to Current Version</source>
            <translation>Auf aktuelle Version anwenden</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="399" />
            <source>Drop These Changes</source>
            <translation>Diese Änderungen verwerfen</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Outbox</name>
        <message>
            <location filename="../services/outbox.cpp" line="102" />
            <source>This change was saved in a form this version of Flowdesk cannot read; drop it and make it again.</source>
            <translation>Diese Änderung wurde in einem Format gespeichert, das diese Flowdesk-Version nicht lesen kann; verwerfen Sie sie und nehmen Sie sie erneut vor.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PassphraseDialog</name>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="19" />
            <source>Protect Saved Data</source>
            <translation>Gespeicherte Daten schützen</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="19" />
            <source>Unlock Saved Data</source>
            <translation>Gespeicherte Daten entsperren</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="24" />
            <source>This computer has no keychain to hold the key of the data Flowdesk saves for offline use. Choose a passphrase of at least %1 characters to protect it. Without the passphrase the saved data cannot be read, by you or anyone else.</source>
            <translation>Dieser Computer hat keinen Schlüsselbund für den Schlüssel der Daten, die Flowdesk für die Offline-Nutzung speichert. Wählen Sie zum Schutz eine Passphrase mit mindestens %1 Zeichen. Ohne die Passphrase können die gespeicherten Daten nicht gelesen werden, weder von Ihnen noch von anderen.</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="27" />
            <source>Type the passphrase that protects the data Flowdesk saved on this computer.</source>
            <translation>Geben Sie die Passphrase ein, die die von Flowdesk auf diesem Computer gespeicherten Daten schützt.</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="34" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="38" />
            <source>&amp;Repeat:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="41" />
            <source>Forget Saved Data…</source>
            <translation>Gespeicherte Daten vergessen…</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="42" />
            <source>Deletes the saved data of this account on this computer and loads it again from the server. Changes that wait to be sent are lost.</source>
            <translation>Löscht die gespeicherten Daten dieses Kontos auf diesem Computer und lädt sie erneut vom Server. Änderungen, die auf das Senden warten, gehen verloren.</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="76" />
            <source>Checking the passphrase…</source>
            <translation>Passphrase wird geprüft…</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="85" />
            <source>The two passphrases differ.</source>
            <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="87" />
            <source>The passphrase needs at least %1 characters.</source>
            <translation>Die Passphrase muss mindestens %1 Zeichen lang sein.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadEditor</name>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="188" />
            <source>Fields marked * are required. Hover over a field to see what it accepts.</source>
            <translation>Felder mit * sind Pflichtfelder; zulässige Werte zeigt der Tooltip.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="195" />
            <source>Values shown as *** are hidden for your role; they are kept exactly as they are.</source>
            <translation>Als *** angezeigte Werte sind für Ihre Rolle verborgen; sie bleiben unverändert erhalten.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="207" />
            <source>Form</source>
            <translation>Formular</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="236" />
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="245" />
            <source>As received</source>
            <translation>Wie empfangen</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="246" />
            <source>As edited</source>
            <translation>Wie bearbeitet</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="265" />
            <source>Differences</source>
            <translation>Unterschiede</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="62" />
            <source>Hidden: your role may not see this value. It is kept unchanged.</source>
            <translation>Verborgen: Ihre Rolle darf diesen Wert nicht sehen. Er bleibt unverändert.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="64" />
            <source>Required.</source>
            <translation>Pflichtfeld.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="69" />
            <source>Format: %1 (# is a digit, A a capital letter).</source>
            <translation>Format: %1 (# ist eine Ziffer, A ein Großbuchstabe).</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="71" />
            <source>Format: %1</source>
            <translation>Format: %1</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="75" />
            <source>A date.</source>
            <translation>Ein Datum.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="77" />
            <source>A date and time (UTC).</source>
            <translation>Ein Datum mit Uhrzeit (UTC).</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="79" />
            <source>An e-mail address.</source>
            <translation>Eine E-Mail-Adresse.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="84" />
            <source>From %1 to %2.</source>
            <translation>Von %1 bis %2.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="86" />
            <source>More than %1.</source>
            <translation>Größer als %1.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="87" />
            <source>At least %1.</source>
            <translation>Mindestens %1.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="89" />
            <source>At most %1.</source>
            <translation>Höchstens %1.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="91" />
            <source>At most %1 characters.</source>
            <translation>Höchstens %1 Zeichen.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="125" />
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="160" />
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="178" />
            <source>(not set)</source>
            <translation>(nicht gesetzt)</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="149" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="320" />
            <source>This list can be edited in the JSON tab.</source>
            <translation>Diese Liste kann im Reiter JSON bearbeitet werden.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="371" />
            <source>(JSON tab)</source>
            <translation>(Reiter JSON)</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="381" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="383" />
            <source>Remove entry %1 from the list</source>
            <translation>Eintrag %1 aus der Liste entfernen</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="393" />
            <source>The form shows the first %1 of %2 entries; the others can be edited in the JSON tab.</source>
            <translation>Das Formular zeigt die ersten %1 von %2 Einträgen; die übrigen können im Reiter JSON bearbeitet werden.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="402" />
            <source>No entries.</source>
            <translation>Keine Einträge.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="407" />
            <source>Add line</source>
            <translation>Position hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="407" />
            <source>Add entry</source>
            <translation>Eintrag hinzufügen</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="443" />
            <source>The JSON text cannot be read. Correct it in the JSON tab to edit the fields here.</source>
            <translation>Der JSON-Text kann nicht gelesen werden. Korrigieren Sie ihn im Reiter JSON, um die Felder hier zu bearbeiten.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="477" />
            <source>The target system</source>
            <translation>Das Zielsystem</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="479" />
            <source>%1 named this field in its error.</source>
            <translation>%1 hat in seiner Fehlermeldung dieses Feld genannt.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="480" />
            <source>%1 named %2 in its error.</source>
            <translation>%1 hat in seiner Fehlermeldung %2 genannt.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="400" />
            <source>Line %1, column %2: %3</source>
            <translation>Zeile %1, Spalte %2: %3</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="409" />
            <source>This value is hidden from you and cannot be changed; put back ***.</source>
            <translation>Dieser Wert ist für Sie verborgen und kann nicht geändert werden; setzen Sie wieder *** ein.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="469" />
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="476" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="494" />
            <source>One problem to correct before the payload can be saved.</source>
            <translation>Ein Problem muss behoben werden, bevor die Nutzdaten gespeichert werden können.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="495" />
            <source>%1 problems to correct before the payload can be saved.</source>
            <translation>%1 Probleme müssen behoben werden, bevor die Nutzdaten gespeichert werden können.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="516" />
            <source>Whole payload</source>
            <translation>Gesamte Nutzdaten</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="518" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="539" />
            <source>The text is not valid JSON. Line %1, column %2: %3</source>
            <translation>Der Text ist kein gültiges JSON. Zeile %1, Spalte %2: %3</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="544" />
            <source>The payload matches the flow's format.</source>
            <translation>Die Nutzdaten entsprechen dem Format des Flows.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="546" />
            <source>Problems found: %1</source>
            <translation>Gefundene Probleme: %1</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="597" />
            <source>The payload as received is not valid JSON; it is shown as is.</source>
            <translation>Die empfangenen Nutzdaten sind kein gültiges JSON; sie werden unverändert angezeigt.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="599" />
            <source>No changes: the payload is as it was received.</source>
            <translation>Keine Änderungen: Die Nutzdaten sind so, wie sie empfangen wurden.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="602" />
            <source>One line differs from the payload as it was received.</source>
            <translation>Eine Zeile weicht von den empfangenen Nutzdaten ab.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="603" />
            <source>%1 lines differ from the payload as it was received.</source>
            <translation>%1 Zeilen weichen von den empfangenen Nutzdaten ab.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadSchema</name>
        <message>
            <location filename="../models/jsonschema.cpp" line="352" />
            <source>Unexpected text after the end of the document</source>
            <translation>Unerwarteter Text nach dem Ende des Dokuments</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="396" />
            <source>Unknown word; values are text in quotes, numbers, true, false or null</source>
            <translation>Unbekanntes Wort; Werte sind Text in Anführungszeichen, Zahlen, true, false oder null</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="404" />
            <source>The document is nested too deeply</source>
            <translation>Das Dokument ist zu tief verschachtelt</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="407" />
            <source>The document ends where a value is expected</source>
            <translation>Das Dokument endet, wo ein Wert erwartet wird</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="432" />
            <source>A value is expected here (text in quotes, a number, true, false, null, { or [)</source>
            <translation>Hier wird ein Wert erwartet (Text in Anführungszeichen, eine Zahl, true, false, null, { oder [)</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="447" />
            <source>A field name in double quotes is expected</source>
            <translation>Ein Feldname in doppelten Anführungszeichen wird erwartet</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="454" />
            <source>A colon is expected after the field name</source>
            <translation>Nach dem Feldnamen wird ein Doppelpunkt erwartet</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="462" />
            <source>The field "%1" appears twice</source>
            <translation>Das Feld „%1“ kommt zweimal vor</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="474" />
            <source>A comma or a closing } is expected</source>
            <translation>Ein Komma oder eine schließende } wird erwartet</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="502" />
            <source>A comma or a closing ] is expected</source>
            <translation>Ein Komma oder eine schließende ] wird erwartet</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="511" />
            <location filename="../models/jsonschema.cpp" line="526" />
            <source>The text has no closing double quote</source>
            <translation>Dem Text fehlt das schließende doppelte Anführungszeichen</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="518" />
            <source>Line breaks and tabs inside text must be written as \n and \t</source>
            <translation>Zeilenumbrüche und Tabulatoren in Text müssen als \n und \t geschrieben werden</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="542" />
            <source>\u must be followed by four hexadecimal digits</source>
            <translation>Auf \u müssen vier Hexadezimalziffern folgen</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="550" />
            <source>Unknown escape sequence \%1</source>
            <translation>Unbekannte Escape-Sequenz \%1</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="561" />
            <source>A digit is expected</source>
            <translation>Eine Ziffer wird erwartet</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="565" />
            <source>Numbers must not start with 0</source>
            <translation>Zahlen dürfen nicht mit 0 beginnen</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="573" />
            <source>A digit is expected after the decimal point</source>
            <translation>Nach dem Dezimalpunkt wird eine Ziffer erwartet</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="582" />
            <source>A digit is expected in the exponent</source>
            <translation>Im Exponenten wird eine Ziffer erwartet</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="612" />
            <source>The flow's schema is not an object</source>
            <translation>Das Schema des Flows ist kein Objekt</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="613" />
            <source>The flow's schema cannot be read: %1</source>
            <translation>Das Schema des Flows kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="773" />
            <source>Enter a whole number.</source>
            <translation>Geben Sie eine ganze Zahl ein.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="775" />
            <source>Enter a number such as 1250.50 (decimal point, no thousands separator).</source>
            <translation>Geben Sie eine Zahl wie 1250.50 ein (Dezimalpunkt, kein Tausendertrennzeichen).</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="777" />
            <source>Enter text.</source>
            <translation>Geben Sie Text ein.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="779" />
            <source>Choose yes or no.</source>
            <translation>Wählen Sie Ja oder Nein.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="781" />
            <source>Must be a list.</source>
            <translation>Muss eine Liste sein.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="783" />
            <source>Must be a group of fields.</source>
            <translation>Muss eine Gruppe von Feldern sein.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="784" />
            <source>Has the wrong kind of value.</source>
            <translation>Hat die falsche Art von Wert.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="838" />
            <source>Choose one of: %1.</source>
            <translation>Wählen Sie einen der Werte: %1.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="847" />
            <source>Must not be empty.</source>
            <translation>Darf nicht leer sein.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="849" />
            <source>Enter at least %1 characters.</source>
            <translation>Geben Sie mindestens %1 Zeichen ein.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="852" />
            <source>Enter at most %1 characters.</source>
            <translation>Geben Sie höchstens %1 Zeichen ein.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="858" />
            <source>Use the format %1 (# is a digit, A a capital letter).</source>
            <translation>Verwenden Sie das Format %1 (# ist eine Ziffer, A ein Großbuchstabe).</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="860" />
            <source>Not in the expected format (%1).</source>
            <translation>Nicht im erwarteten Format (%1).</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="866" />
            <source>Enter a valid date as YYYY-MM-DD.</source>
            <translation>Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="868" />
            <source>Enter a valid date and time such as 2026-11-25T14:30:00Z.</source>
            <translation>Geben Sie ein gültiges Datum mit Uhrzeit ein, z. B. 2026-11-25T14:30:00Z.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="870" />
            <source>Enter a valid e-mail address.</source>
            <translation>Geben Sie eine gültige E-Mail-Adresse ein.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="880" />
            <source>Must be more than %1.</source>
            <translation>Muss größer als %1 sein.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="881" />
            <source>Must be at least %1.</source>
            <translation>Muss mindestens %1 sein.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="888" />
            <source>Must be less than %1.</source>
            <translation>Muss kleiner als %1 sein.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="889" />
            <source>Must be at most %1.</source>
            <translation>Muss höchstens %1 sein.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="897" />
            <source>Needs at least one entry.</source>
            <translation>Benötigt mindestens einen Eintrag.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="898" />
            <source>Needs at least %1 entries.</source>
            <translation>Benötigt mindestens %1 Einträge.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="900" />
            <source>Allows at most %1 entries.</source>
            <translation>Erlaubt höchstens %1 Einträge.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="912" />
            <source>This field is required.</source>
            <translation>Dieses Feld ist ein Pflichtfeld.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="923" />
            <source>This field is not part of the flow's format.</source>
            <translation>Dieses Feld gehört nicht zum Format des Flows.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ReasonDialog</name>
        <message>
            <location filename="../ui/exceptions/reasondialog.cpp" line="25" />
            <location filename="../ui/exceptions/reasondialog.cpp" line="29" />
            <source>A reason is required</source>
            <translation>Eine Begründung ist erforderlich</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ReloadConfigurationDialog</name>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="23" />
            <source>Reload Configuration</source>
            <translation>Konfiguration neu laden</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="43" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="43" />
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="43" />
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="43" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="59" />
            <source>Copy All</source>
            <translation>Alles kopieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="61" />
            <source>Copy everything shown here to the clipboard</source>
            <translation>Alles hier Angezeigte in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="79" />
            <source>The configuration was reloaded from %1. Work in progress was kept.</source>
            <translation>Die Konfiguration wurde aus %1 neu geladen. Laufende Arbeit blieb erhalten.</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="81" />
            <source>Configured now: flows %1 · connectors %2</source>
            <translation>Jetzt konfiguriert: Flows %1 · Konnektoren %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="89" />
            <source>Payload format changed (each has a new schema version):</source>
            <translation>Nutzdatenformat geändert (jeweils mit neuer Schemaversion):</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="90" />
            <source>Flows added:</source>
            <translation>Hinzugefügte Flows:</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="91" />
            <source>Flows removed:</source>
            <translation>Entfernte Flows:</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="93" />
            <source>No flow was added, removed or given a new payload format.</source>
            <translation>Kein Flow wurde hinzugefügt, entfernt oder hat ein neues Nutzdatenformat erhalten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="103" />
            <source>The configuration file has %n error(s). Nothing was changed: the server goes on with the configuration it had. Correct the file and reload again.</source>
            <translation>
                <numerusform>Die Konfigurationsdatei enthält einen Fehler. Es wurde nichts geändert: Der Server arbeitet mit der bisherigen Konfiguration weiter. Korrigieren Sie die Datei und laden Sie erneut.</numerusform>
                <numerusform>Die Konfigurationsdatei enthält %n Fehler. Es wurde nichts geändert: Der Server arbeitet mit der bisherigen Konfiguration weiter. Korrigieren Sie die Datei und laden Sie erneut.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="112" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ResubmitCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="193" />
            <source>Resubmitting %1…</source>
            <translation>%1 wird erneut gesendet…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::SavePayloadCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="174" />
            <source>Saving and resubmitting %1…</source>
            <translation>%1 wird gespeichert und erneut gesendet…</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="175" />
            <source>Saving %1…</source>
            <translation>%1 wird gespeichert…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::SavedViews</name>
        <message>
            <location filename="../models/savedviews.cpp" line="52" />
            <source>My open exceptions</source>
            <translation>Meine offenen Ausnahmen</translation>
        </message>
        <message>
            <location filename="../models/savedviews.cpp" line="56" />
            <source>Stuck orders</source>
            <translation>Hängende Aufträge</translation>
        </message>
        <message>
            <location filename="../models/savedviews.cpp" line="59" />
            <source>High value</source>
            <translation>Hoher Wert</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ServiceError</name>
        <message>
            <location filename="../services/serviceerror.cpp" line="18" />
            <source>The server %1 cannot be reached. Check the address and your network connection, or ask IT whether the Flowdesk server is running.</source>
            <translation>Der Server %1 ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung, oder fragen Sie die IT, ob der Flowdesk-Server läuft.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="22" />
            <source>The server %1 did not answer in time. Please try again.</source>
            <translation>Der Server %1 hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es erneut.</translation>
        </message>
        <message numerus="yes">
            <location filename="../services/serviceerror.cpp" line="26" />
            <source>Too many failed sign-in attempts from this computer. Try again in %n second(s).</source>
            <translation>
                <numerusform>Zu viele fehlgeschlagene Anmeldeversuche von diesem Computer. Versuchen Sie es in einer Sekunde erneut.</numerusform>
                <numerusform>Zu viele fehlgeschlagene Anmeldeversuche von diesem Computer. Versuchen Sie es in %n Sekunden erneut.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="29" />
            <source>Too many failed sign-in attempts from this computer. Wait a moment and try again.</source>
            <translation>Zu viele fehlgeschlagene Anmeldeversuche von diesem Computer. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="28" />
            <source>Your session has expired. Please sign in again.</source>
            <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="30" />
            <source>Your session has ended, for example because your password was reset. Please sign in again.</source>
            <translation>Ihre Sitzung wurde beendet, zum Beispiel weil Ihr Passwort zurückgesetzt wurde. Bitte melden Sie sich erneut an.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="32" />
            <source>You are not signed in. Please sign in again.</source>
            <translation>Sie sind nicht angemeldet. Bitte melden Sie sich erneut an.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="35" />
            <source>Your role does not allow this (permission "%1" is missing).</source>
            <translation>Ihre Rolle erlaubt das nicht (Berechtigung „%1“ fehlt).</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="37" />
            <source>Your role does not allow this.</source>
            <translation>Ihre Rolle erlaubt das nicht.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="39" />
            <source>The item no longer exists on the server.</source>
            <translation>Der Eintrag existiert auf dem Server nicht mehr.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="41" />
            <source>Someone else changed this item in the meantime. Reload it and try again.</source>
            <translation>Jemand anderes hat diesen Eintrag inzwischen geändert. Laden Sie ihn neu und versuchen Sie es erneut.</translation>
        </message>
        <message numerus="yes">
            <location filename="../services/serviceerror.cpp" line="44" />
            <source>Too many requests in a short time. Try again in %n second(s).</source>
            <translation>
                <numerusform>Zu viele Anfragen in kurzer Zeit. Versuchen Sie es in einer Sekunde erneut.</numerusform>
                <numerusform>Zu viele Anfragen in kurzer Zeit. Versuchen Sie es in %n Sekunden erneut.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="47" />
            <source>Too many requests in a short time. Try again in a moment.</source>
            <translation>Zu viele Anfragen in kurzer Zeit. Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="48" />
            <source>The request is too large for the server.</source>
            <translation>Die Anfrage ist für den Server zu groß.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="50" />
            <source>The request was cancelled.</source>
            <translation>Die Anfrage wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="55" />
            <source>The server reported an error: %1</source>
            <translation>Der Server hat einen Fehler gemeldet: %1</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="56" />
            <source>The server reported an unexpected error (code %1).</source>
            <translation>Der Server hat einen unerwarteten Fehler gemeldet (Code %1).</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="62" />
            <source>The user name or password is not correct.</source>
            <translation>Benutzername oder Passwort ist nicht korrekt.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="64" />
            <source>Enter a user name and a password.</source>
            <translation>Geben Sie einen Benutzernamen und ein Passwort ein.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="66" />
            <source>The account %1 is a service account for connectors and cannot sign in to the console. Use your personal account.</source>
            <translation>Das Konto %1 ist ein Dienstkonto für Konnektoren und kann sich nicht an der Konsole anmelden. Verwenden Sie Ihr persönliches Konto.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="69" />
            <source>The server %1 does not offer the Flowdesk service. Check the address.</source>
            <translation>Der Server %1 bietet den Flowdesk-Dienst nicht an. Prüfen Sie die Adresse.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::StatusIndicator</name>
        <message>
            <location filename="../ui/session/statusindicator.cpp" line="31" />
            <source>Connected to the server; counts update live.</source>
            <translation>Mit dem Server verbunden; die Zahlen werden live aktualisiert.</translation>
        </message>
        <message>
            <location filename="../ui/session/statusindicator.cpp" line="36" />
            <source>The connection was interrupted. Flowdesk keeps trying and catches up on everything that happened meanwhile.</source>
            <translation>Die Verbindung wurde unterbrochen. Flowdesk versucht es weiter und holt alles nach, was in der Zwischenzeit passiert ist.</translation>
        </message>
        <message>
            <location filename="../ui/session/statusindicator.cpp" line="41" />
            <source>The server cannot be reached. The figures shown may be out of date.</source>
            <translation>Der Server ist nicht erreichbar. Die angezeigten Zahlen sind möglicherweise veraltet.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::StuckOrderModel</name>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="74" />
            <source>Past its SLA deadline (%1) by %2</source>
            <translation>SLA-Frist (%1) um %2 überschritten</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="77" />
            <source>Received %1</source>
            <translation>Empfangen am %1</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="79" />
            <source>What should happen next: %1</source>
            <translation>Nächster Schritt: %1</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="82" />
            <source>%1 on %2</source>
            <translation>%1 im Flow %2</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="83" />
            <source>%1 on %2, counterparty %3</source>
            <translation>%1 im Flow %2, Geschäftspartner %3</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="107" />
            <source>Overdue by</source>
            <translation>Überfällig seit</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="108" />
            <source>Order / document</source>
            <translation>Auftrag / Beleg</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="109" />
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Flow</source>
            <translation>Flow</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="110" />
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Plant</source>
            <translation>Werk</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="111" />
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="112" />
            <source>Waiting</source>
            <translation>Wartet seit</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="113" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="114" />
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="115" />
            <location filename="../models/stuckordermodel.cpp" line="127" />
            <source>Last error</source>
            <translation>Letzter Fehler</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Transaction</source>
            <translation>Transaktion</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Business key</source>
            <translation>Geschäftsschlüssel</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Object type</source>
            <translation>Objekttyp</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Domain</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>Received (UTC)</source>
            <translation>Empfangen (UTC)</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>SLA deadline (UTC)</source>
            <translation>SLA-Frist (UTC)</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>Overdue seconds</source>
            <translation>Überfällig (Sekunden)</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="127" />
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="127" />
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="127" />
            <source>Counterparty</source>
            <translation>Geschäftspartner</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::StuckOrdersPage</name>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="47" />
            <source>Stuck orders</source>
            <translation>Hängende Aufträge</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="60" />
            <source>&amp;Plant:</source>
            <translation>&amp;Werk:</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="62" />
            <source>&amp;Domain:</source>
            <translation>&amp;Bereich:</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="67" />
            <source>Save the stuck orders shown as a CSV file for a spreadsheet</source>
            <translation>Die angezeigten hängenden Aufträge als CSV-Datei für eine Tabellenkalkulation speichern</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="75" />
            <source>Open in Exceptions</source>
            <translation>In Ausnahmen öffnen</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="77" />
            <source>Show these stuck transactions on the Exceptions page, to work on them</source>
            <translation>Diese hängenden Transaktionen auf der Seite Ausnahmen anzeigen, um sie zu bearbeiten</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="113" />
            <source>Double-click or press Enter to open an order on the Exceptions page</source>
            <translation>Doppelklicken oder Eingabetaste drücken, um einen Auftrag auf der Seite Ausnahmen zu öffnen</translation>
        </message>
        <message>
            <source>All</source>
            <comment>plants</comment>
            <translation>Alle</translation>
        </message>
        <message>
            <source>All</source>
            <comment>domains</comment>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="294" />
            <source>⚠ Not updated: %1</source>
            <translation>⚠ Nicht aktualisiert: %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="297" />
            <source>Live · updated %1</source>
            <translation>Live · aktualisiert um %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="306" />
            <source>Transactions past their SLA that are not closed yet.</source>
            <translation>Transaktionen über ihrem SLA, die noch nicht abgeschlossen sind.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="307" />
            <source>Loading stuck orders…</source>
            <translation>Hängende Aufträge werden geladen…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="308" />
            <source>The stuck orders could not be loaded.
%1</source>
            <translation>Die hängenden Aufträge konnten nicht geladen werden.
%1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="310" />
            <source>Nothing is stuck.</source>
            <translation>Nichts hängt.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="311" />
            <source>No order is stuck: every open transaction is within its SLA.</source>
            <translation>Kein Auftrag hängt: Jede offene Transaktion liegt innerhalb ihres SLA.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="316" />
            <source>Stuck past their SLA: %1. The oldest has waited %2.</source>
            <translation>Hängend über ihrem SLA: %1. Der älteste wartet seit %2 auf Zustellung.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="319" />
            <source>The %1 most overdue are listed.</source>
            <translation>Die %1 am stärksten überfälligen werden aufgeführt.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="65" />
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="71" />
            <source>Export Stuck Orders</source>
            <translation>Hängende Aufträge exportieren</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="72" />
            <source>The file %1 could not be written.</source>
            <translation>Die Datei %1 konnte nicht geschrieben werden.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ThroughputChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="227" />
            <source>Throughput and failures</source>
            <translation>Durchsatz und Fehler</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="236" />
            <source>Received</source>
            <translation>Empfangen</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="237" />
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="274" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="295" />
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="310" />
            <source>No transactions in this window.</source>
            <translation>Keine Transaktionen in diesem Zeitraum.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="305" />
            <source>per 5 min</source>
            <translation>pro 5 Min.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="306" />
            <source>per hour</source>
            <translation>pro Stunde</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="307" />
            <source>per 6 h</source>
            <translation>pro 6 Std.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="308" />
            <source>per day</source>
            <translation>pro Tag</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="337" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="338" />
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Received: %2&lt;br&gt;Failed: %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Empfangen: %2&lt;br&gt;Fehlgeschlagen: %3</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="340" />
            <source> (%1 %)</source>
            <translation> (%1 %)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="341" />
            <source>&lt;br&gt;&lt;i&gt;Click to see the failures of this period&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Klicken, um die Fehler dieses Zeitraums anzuzeigen&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Transaction</name>
        <message>
            <location filename="../models/transaction.cpp" line="19" />
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="20" />
            <source>Investigating</source>
            <translation>In Klärung</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="21" />
            <source>Waiting on master data</source>
            <translation>Wartet auf Stammdaten</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="22" />
            <source>Waiting on partner</source>
            <translation>Wartet auf Partner</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="25" />
            <source>Not triaged</source>
            <translation>Ohne Klärungsstatus</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="31" />
            <source>Connectivity</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="32" />
            <source>Authentication</source>
            <translation>Authentifizierung</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="33" />
            <source>Master data</source>
            <translation>Stammdaten</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="34" />
            <source>Validation</source>
            <translation>Validierung</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="35" />
            <source>Business state</source>
            <translation>Geschäftsstatus</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="36" />
            <source>Duplicate</source>
            <translation>Duplikat</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="39" />
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message numerus="yes">
            <location filename="../models/transaction.cpp" line="54" />
            <source>%n min</source>
            <translation>
                <numerusform>%n Min.</numerusform>
                <numerusform>%n Min.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../models/transaction.cpp" line="56" />
            <source>%n h</source>
            <translation>
                <numerusform>%n Std.</numerusform>
                <numerusform>%n Std.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../models/transaction.cpp" line="57" />
            <source>%n d</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="118" />
            <source>Your role (%1) may look at exceptions but not change or resend them.</source>
            <translation>Ihre Rolle (%1) darf Ausnahmen ansehen, aber weder ändern noch erneut senden.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="120" />
            <source>Your role (%1) may not assign, comment or triage exceptions.</source>
            <translation>Ihre Rolle (%1) darf Ausnahmen weder zuweisen noch kommentieren noch ihren Klärungsstatus ändern.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="122" />
            <source>Your role (%1) does not allow this.</source>
            <translation>Ihre Rolle (%1) erlaubt das nicht.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="123" />
            <source>Your role (%1) lacks the permission "%2".</source>
            <translation>Ihrer Rolle (%1) fehlt die Berechtigung „%2“.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="129" />
            <source>%1 belongs to plant %2, which is not among your plants (%3).</source>
            <translation>%1 gehört zum Werk %2, das nicht zu Ihren Werken gehört (%3).</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="131" />
            <source>%1 belongs to %2, which is not among your domains (%3). Ask IT to change your scope or hand it to a colleague.</source>
            <translation>%1 gehört zum Bereich %2, der nicht zu Ihren Bereichen gehört (%3). Bitten Sie die IT, Ihren Zuständigkeitsbereich zu ändern, oder geben Sie die Transaktion an eine Kollegin oder einen Kollegen weiter.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="134" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="137" />
            <source>%1 is not failed (state: %2): there is nothing to fix.</source>
            <translation>%1 ist nicht fehlgeschlagen (Status: %2): Es gibt nichts zu beheben.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="139" />
            <source>%1 is closed (state: %2) and cannot be changed any more.</source>
            <translation>%1 ist abgeschlossen (Status: %2) und kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="141" />
            <source>An IT admin may replay only technical failures (connection, sign-in) unchanged; this is a business failure for the flow's owners.</source>
            <translation>IT-Administratoren dürfen nur technische Fehler (Verbindung, Anmeldung) unverändert erneut senden; dies ist ein fachlicher Fehler für den zuständigen Fachbereich.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="145" />
            <source>The server has not said whether you may do this with %1; reload it.</source>
            <translation>Der Server hat nicht mitgeteilt, ob Sie diese Aktion für %1 ausführen dürfen; laden Sie die Transaktion neu.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="75" />
            <source>Set a field and resubmit</source>
            <translation>Feld setzen und erneut senden</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="151" />
            <source>Waiting to start</source>
            <translation>Wartet auf Start</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="152" />
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="153" />
            <source>Finished</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="154" />
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="155" />
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionAction</name>
        <message>
            <location filename="../models/transactionaction.cpp" line="39" />
            <source>Edit payload</source>
            <translation>Nutzdaten bearbeiten</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="40" />
            <source>Resubmit</source>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="41" />
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="42" />
            <source>Resolve manually</source>
            <translation>Manuell erledigen</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="43" />
            <source>Assign</source>
            <translation>Zuweisen</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="44" />
            <source>Set triage status</source>
            <translation>Klärungsstatus setzen</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="45" />
            <source>Comment</source>
            <translation>Kommentieren</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="46" />
            <source>Edit and resubmit</source>
            <translation>Bearbeiten und erneut senden</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="47" />
            <source>Receive</source>
            <translation>Empfangen</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="48" />
            <source>Attempt delivery</source>
            <translation>Zustellung versuchen</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="49" />
            <source>Deliver</source>
            <translation>Zustellen</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="50" />
            <source>Fail</source>
            <translation>Als fehlgeschlagen markieren</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="51" />
            <source>Schedule retry</source>
            <translation>Wiederholung planen</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="52" />
            <source>Mark stuck</source>
            <translation>Als hängend markieren</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="53" />
            <source>Give back unattempted</source>
            <translation>Ohne Zustellversuch zurückgeben</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="54" />
            <source>Make due again after a crash</source>
            <translation>Nach einem Absturz wieder fällig stellen</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="207" />
            <source>The target system's answer, as it sent it</source>
            <translation>Die Antwort des Zielsystems, so wie es sie gesendet hat</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="238" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="240" />
            <source>Save and Res&amp;ubmit</source>
            <translation>Speichern und &amp;erneut senden</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="256" />
            <location filename="../ui/exceptions/transactiondetail.cpp" line="259" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="256" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="256" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="256" />
            <source>Why / note</source>
            <translation>Grund / Notiz</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <source>Received</source>
            <translation>Empfangen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <source>Flow</source>
            <translation>Flow</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <source>Business key</source>
            <translation>Geschäftsschlüssel</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <location filename="../ui/exceptions/transactiondetail.cpp" line="294" />
            <source>Route</source>
            <translation>Strecke</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="259" />
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="259" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="259" />
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="276" />
            <source>Transaction ID:</source>
            <translation>Transaktions-ID:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="277" />
            <source>Flow:</source>
            <translation>Flow:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="278" />
            <source>Correlation ID:</source>
            <translation>Korrelations-ID:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="279" />
            <source>Schema version:</source>
            <translation>Schemaversion:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="280" />
            <source>Error code:</source>
            <translation>Fehlercode:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="281" />
            <source>Error signature:</source>
            <translation>Fehlersignatur:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="282" />
            <source>Field (JSON pointer):</source>
            <translation>Feld (JSON-Pointer):</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="283" />
            <source>Delivery receipt:</source>
            <translation>Zustellbeleg:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="286" />
            <source>Answer of the target system:</source>
            <translation>Antwort des Zielsystems:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="291" />
            <source>Payload</source>
            <translation>Nutzdaten</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="292" />
            <source>History</source>
            <translation>Historie</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="293" />
            <source>Same order</source>
            <translation>Gleicher Auftrag</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="295" />
            <source>Technical Details</source>
            <translation>Technische Details</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="296" />
            <source>Every transaction of the same business object across systems</source>
            <translation>Alle Transaktionen desselben Geschäftsobjekts über alle Systeme hinweg</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="297" />
            <source>Ids, versions and codes, for questions to IT</source>
            <translation>IDs, Versionen und Codes für Rückfragen an die IT</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="341" />
            <source>No transaction selected</source>
            <translation>Keine Transaktion ausgewählt</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="346" />
            <source>Choose an exception in the list to see what it blocks, why it failed and how to fix it.</source>
            <translation>Wählen Sie eine Ausnahme in der Liste, um zu sehen, was sie blockiert, warum sie fehlgeschlagen ist und wie sie sich beheben lässt.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="385" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="395" />
            <source>As saved on this computer on %1.</source>
            <translation>Stand auf diesem Computer vom %1.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="398" />
            <location filename="../ui/exceptions/transactiondetail.cpp" line="412" />
            <source>The server cannot be reached, so it may have changed since.</source>
            <translation>Der Server ist nicht erreichbar, daher kann sich die Transaktion inzwischen geändert haben.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="419" />
            <source>The transaction could not be loaded</source>
            <translation>Die Transaktion konnte nicht geladen werden</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="437" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="442" />
            <source>unassigned</source>
            <translation>nicht zugewiesen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="442" />
            <source>assigned to %1</source>
            <translation>zugewiesen an %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="443" />
            <source>version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="447" />
            <source>Counterparty: %1</source>
            <translation>Geschäftspartner: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="448" />
            <source>Amount: %1</source>
            <translation>Betrag: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="449" />
            <source>Plant: %1</source>
            <translation>Werk: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="451" />
            <source>Due: %1</source>
            <translation>Fällig: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="454" />
            <source>SLA: %1 left</source>
            <translation>SLA: noch %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="455" />
            <source>SLA: overdue by %1</source>
            <translation>SLA: überschritten um %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="457" />
            <source>Blocks: %1 from %2 to %3 (%4)</source>
            <translation>Blockiert: %1 von %2 nach %3 (%4)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="462" />
            <location filename="../ui/exceptions/transactiondetail.cpp" line="503" />
            <source>the target system</source>
            <translation>das Zielsystem</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="463" />
            <source>Delivered to %1 as %2</source>
            <translation>An %1 zugestellt als %2</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="464" />
            <source>%1's reference: %2</source>
            <translation>Referenz in %1: %2</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="466" />
            <source>Delivered on %1</source>
            <translation>Zugestellt am %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="478" />
            <source>%1 error</source>
            <translation>Fehler (%1)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="502" />
            <source>Field named by %1: %2</source>
            <translation>Von %1 genanntes Feld: %2</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="544" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="547" />
            <source>The version of the flow's payload format this payload was last checked against</source>
            <translation>Die Version des Nutzdatenformats des Flows, gegen die diese Nutzdaten zuletzt geprüft wurden</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="591" />
            <source>Changes you made offline: %1. &lt;a href="review"&gt;Review…&lt;/a&gt;</source>
            <translation>Offline vorgenommene Änderungen: %1. &lt;a href="review"&gt;Prüfen…&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="592" />
            <source>They are sent to the server in order when it answers again; one the server refused waits for you to apply it to the current version or drop it.</source>
            <translation>Sie werden der Reihe nach an den Server gesendet, sobald er wieder antwortet; eine vom Server abgelehnte Änderung wartet darauf, dass Sie sie auf die aktuelle Version anwenden oder verwerfen.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="631" />
            <source>History not available</source>
            <translation>Historie nicht verfügbar</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="697" />
            <source>Save the corrected payload and send it to %1 again, in one change</source>
            <translation>Die korrigierten Nutzdaten speichern und in einem Schritt erneut an %1 senden</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="611" />
            <source>Nobody has acted on it yet</source>
            <translation>Bisher hat niemand etwas unternommen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="82" />
            <source>sales order %1</source>
            <translation>Kundenauftrag %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="83" />
            <source>purchase order %1</source>
            <translation>Bestellung %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="84" />
            <source>journal entry %1</source>
            <translation>Buchung %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="85" />
            <source>payment %1</source>
            <translation>Zahlung %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="86" />
            <source>transfer %1</source>
            <translation>Lieferung %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="87" />
            <source>manufacturing order %1</source>
            <translation>Fertigungsauftrag %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="88" />
            <source>bill of materials %1</source>
            <translation>Stückliste %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="89" />
            <source>contact %1</source>
            <translation>Kontakt %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="90" />
            <source>quality check %1</source>
            <translation>Qualitätsprüfung %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="134" />
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="135" />
            <source>Copy the target's reference of the record to the clipboard</source>
            <translation>Die Referenz des Datensatzes im Zielsystem in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="174" />
            <source>What to do</source>
            <translation>Was zu tun ist</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="194" />
            <source>Show Field</source>
            <translation>Feld anzeigen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="195" />
            <source>Go to this field in the payload form</source>
            <translation>Zu diesem Feld im Nutzdatenformular springen</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="679" />
            <source>Select a transaction first.</source>
            <translation>Wählen Sie zuerst eine Transaktion aus.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="683" />
            <source>Nothing changed yet.</source>
            <translation>Noch nichts geändert.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="685" />
            <source>Fix the marked fields first; an invalid payload cannot be sent.</source>
            <translation>Korrigieren Sie zuerst die markierten Felder; ungültige Nutzdaten können nicht gesendet werden.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="687" />
            <source>Waiting for the previous change to be confirmed…</source>
            <translation>Warten auf Bestätigung der vorherigen Änderung…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="694" />
            <source>Save the corrected payload (version %1)</source>
            <translation>Die korrigierten Nutzdaten speichern (Version %1)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="703" />
            <source>The payload has problems; see the marked fields.</source>
            <translation>Die Nutzdaten enthalten Fehler; siehe die markierten Felder.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="705" />
            <source>Edited, not saved.</source>
            <translation>Bearbeitet, nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="723" />
            <source>Payload corrected in the console</source>
            <translation>Nutzdaten in der Konsole korrigiert</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="750" />
            <source>Someone else changed this transaction while you were editing. Your edit stays; saving will show both versions.</source>
            <translation>Jemand anderes hat diese Transaktion geändert, während Sie sie bearbeitet haben. Ihre Bearbeitung bleibt erhalten; beim Speichern werden beide Versionen angezeigt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionsOfflineLink</name>
        <message>
            <location filename="../services/offlinecontroller.cpp" line="243" />
            <source>sync conflict: %1</source>
            <translation>Synchronisierungskonflikt: %1</translation>
        </message>
        <message>
            <location filename="../services/offlinecontroller.cpp" line="246" />
            <source>pending sync</source>
            <translation>Synchronisierung ausstehend</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TriageCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="153" />
            <source>Setting triage status…</source>
            <translation>Klärungsstatus wird gesetzt…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::UserDialog</name>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="33" />
            <source>New User</source>
            <translation>Neuer Benutzer</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="34" />
            <source>Change User – %1</source>
            <translation>Benutzer ändern – %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="35" />
            <source>Reset Password – %1</source>
            <translation>Passwort zurücksetzen – %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="43" />
            <source>1 to 64 letters, digits, '.', '_', '-' or '@'</source>
            <translation>1 bis 64 Buchstaben, Ziffern, „.“, „_“, „-“ oder „@“</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="44" />
            <source>A user name cannot be changed</source>
            <translation>Ein Benutzername kann nicht geändert werden</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="45" />
            <source>User name:</source>
            <translation>Benutzername:</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="50" />
            <source>Full name:</source>
            <translation>Vollständiger Name:</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="54" />
            <source>Plant supervisor: reads the flows of chosen plants</source>
            <translation>Werksverantwortlicher: liest die Flows ausgewählter Werke</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="55" />
            <source>Operations: fixes exceptions of chosen business domains</source>
            <translation>Sachbearbeitung: behebt Ausnahmen ausgewählter Fachbereiche</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="56" />
            <source>IT admin: connectors, credentials, users; replays technical failures</source>
            <translation>IT-Administrator: Konnektoren, Zugangsdaten, Benutzer; sendet technische Fehler erneut</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="57" />
            <source>Auditor: reads everything including the audit trail, changes nothing</source>
            <translation>Prüfer: liest alles einschließlich des Prüfprotokolls, ändert nichts</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="58" />
            <source>Connector service account: submits transactions only, cannot sign in</source>
            <translation>Dienstkonto für Konnektoren: übermittelt nur Transaktionen, kann sich nicht anmelden</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="66" />
            <source>Role:</source>
            <translation>Rolle:</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="72" />
            <source>Business domains (operators)</source>
            <translation>Fachbereiche (Sachbearbeiter)</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="84" />
            <source>Plants (plant supervisors)</source>
            <translation>Werke (Werksverantwortliche)</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="105" />
            <source>At least 8 characters</source>
            <translation>Mindestens 8 Zeichen</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="109" />
            <source>Initial password:</source>
            <translation>Anfangspasswort:</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="109" />
            <source>New password:</source>
            <translation>Neues Passwort:</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="110" />
            <source>Confirm:</source>
            <translation>Bestätigen:</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="125" />
            <source>Create User</source>
            <translation>Benutzer anlegen</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="126" />
            <source>Save Changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="127" />
            <source>Set Password</source>
            <translation>Passwort setzen</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="172" />
            <source>Choose at least one business domain for an operator</source>
            <translation>Wählen Sie für einen Sachbearbeiter mindestens einen Fachbereich aus</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="174" />
            <source>Choose at least one plant for a plant supervisor</source>
            <translation>Wählen Sie für einen Werksverantwortlichen mindestens ein Werk aus</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="177" />
            <source>Enter a user name</source>
            <translation>Geben Sie einen Benutzernamen ein</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="180" />
            <source>The password must have at least 8 characters</source>
            <translation>Das Passwort muss mindestens 8 Zeichen lang sein</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="182" />
            <source>Enter the same password twice</source>
            <translation>Geben Sie zweimal dasselbe Passwort ein</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="185" />
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="209" />
            <source>The password was not changed: %1</source>
            <translation>Das Passwort wurde nicht geändert: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="227" />
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::UserListModel</name>
        <message>
            <location filename="../models/userlistmodel.cpp" line="44" />
            <source>Disabled</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="44" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="48" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="56" />
            <source>This account cannot sign in</source>
            <translation>Dieses Konto kann sich nicht anmelden</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="56" />
            <source>This account can sign in</source>
            <translation>Dieses Konto kann sich anmelden</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="65" />
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="66" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="67" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="68" />
            <source>Scope</source>
            <translation>Zuständigkeit</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="69" />
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="70" />
            <source>Last sign-in</source>
            <translation>Letzte Anmeldung</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::UsersPage</name>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="34" />
            <source>Users</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="44" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="45" />
            <source>Load the accounts again</source>
            <translation>Die Konten neu laden</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="48" />
            <source>New User…</source>
            <translation>Neuer Benutzer…</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="50" />
            <source>Change Role and Scope…</source>
            <translation>Rolle und Zuständigkeit ändern…</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="52" />
            <location filename="../ui/admin/userspage.cpp" line="184" />
            <source>Disable</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="54" />
            <source>Reset Password…</source>
            <translation>Passwort zurücksetzen…</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="91" />
            <source>Disable %1</source>
            <translation>%1 deaktivieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="92" />
            <source>%1 will no longer be able to sign in. Their past actions stay in the audit trail. Disable the account?</source>
            <translation>%1 kann sich dann nicht mehr anmelden. Die bisherigen Aktionen bleiben im Prüfprotokoll. Konto deaktivieren?</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="129" />
            <source>Only IT admins manage accounts and roles.

You are signed in as %1 (%2). Ask an IT admin to create an account, change a role or reset a password.</source>
            <translation>Nur IT-Administratoren verwalten Konten und Rollen.

Sie sind als %1 (%2) angemeldet. Bitten Sie einen IT-Administrator, ein Konto anzulegen, eine Rolle zu ändern oder ein Passwort zurückzusetzen.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="133" />
            <source>Every account change is in the audit trail: on the Audit page, choose the target User.</source>
            <translation>Jede Kontoänderung steht im Prüfprotokoll: Wählen Sie auf der Seite Prüfprotokoll das Ziel „Benutzer“.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="143" />
            <source>Accounts could not be loaded: %1</source>
            <translation>Die Konten konnten nicht geladen werden: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="171" />
            <source>Only IT admins can manage users</source>
            <translation>Nur IT-Administratoren können Benutzer verwalten</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="172" />
            <source>Waiting for the previous action to finish</source>
            <translation>Warten, bis die vorherige Aktion abgeschlossen ist</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="173" />
            <source>Create an account</source>
            <translation>Ein Konto anlegen</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="180" />
            <source>Select an account first</source>
            <translation>Wählen Sie zuerst ein Konto aus</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="183" />
            <source>Change the role, business domains or plants of %1</source>
            <translation>Rolle, Fachbereiche oder Werke von %1 ändern</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="184" />
            <source>Enable</source>
            <translation>Aktivieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="187" />
            <source>You cannot disable your own account</source>
            <translation>Sie können Ihr eigenes Konto nicht deaktivieren</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="189" />
            <source>Let %1 sign in again</source>
            <translation>%1 wieder die Anmeldung erlauben</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="190" />
            <source>Stop %1 from signing in; the account and its history stay</source>
            <translation>%1 die Anmeldung verwehren; das Konto und seine Historie bleiben erhalten</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="191" />
            <source>Set a new password for %1</source>
            <translation>Ein neues Passwort für %1 setzen</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="220" />
            <source>%1 is disabled and can no longer sign in.</source>
            <translation>%1 ist deaktiviert und kann sich nicht mehr anmelden.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="221" />
            <source>%1 can sign in again.</source>
            <translation>%1 kann sich wieder anmelden.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="235" />
            <source>Account %1 created.</source>
            <translation>Konto %1 angelegt.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="236" />
            <source>Account %1 changed.</source>
            <translation>Konto %1 geändert.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="240" />
            <source>New password set for %1. Failed sign-in attempts were reset.</source>
            <translation>Neues Passwort für %1 gesetzt. Fehlgeschlagene Anmeldeversuche wurden zurückgesetzt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ValueAtRiskChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="492" />
            <source>Value at risk by domain (open transactions)</source>
            <translation>Gefährdeter Wert nach Bereich (offene Transaktionen)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="499" />
            <source>Thousands, currency of the bar</source>
            <translation>Tausend, Währung des Balkens</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="510" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="534" />
            <source>Value at risk</source>
            <translation>Gefährdeter Wert</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="543" />
            <source>%1 · %2</source>
            <comment>domain and currency</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="556" />
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 at risk in open transactions</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 gefährdet in offenen Transaktionen</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="559" />
            <source>&lt;br&gt;&lt;i&gt;Click to see this domain's exceptions&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Klicken, um die Ausnahmen dieses Bereichs anzuzeigen&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="571" />
            <source>No value at risk: nothing open carries an amount.</source>
            <translation>Kein gefährdeter Wert: Keine offene Transaktion hat einen Betrag.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Wallboard</name>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="40" />
            <source>Flowdesk wallboard</source>
            <translation>Flowdesk-Wallboard</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="53" />
            <source>Esc or F11: leave the wallboard</source>
            <translation>Esc oder F11: Wallboard verlassen</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="123" />
            <source>No flows to show for %1.</source>
            <translation>Keine Flows für %1 anzuzeigen.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="125" />
            <source>All flows OK</source>
            <translation>Alle Flows OK</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dashboard/wallboard.cpp" line="128" />
            <source>%n failing</source>
            <translation>
                <numerusform>%n gestört</numerusform>
                <numerusform>%n gestört</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dashboard/wallboard.cpp" line="130" />
            <source>%n degraded</source>
            <translation>
                <numerusform>%n beeinträchtigt</numerusform>
                <numerusform>%n beeinträchtigt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="134" />
            <source>Stuck: %1, the oldest waiting %2</source>
            <translation>Hängend: %1, der älteste wartet seit %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="136" />
            <source>nothing stuck</source>
            <translation>nichts hängend</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="184" />
            <source>⚠ Not up to date: %1 — last updated %2</source>
            <translation>⚠ Nicht aktuell: %1 — zuletzt aktualisiert: %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="187" />
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="190" />
            <source>Updated %1</source>
            <translation>Aktualisiert um %1</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/commandline.cpp" line="13" />
            <source>Flowdesk: operations and exception-management console.</source>
            <translation>Flowdesk: Betriebs- und Ausnahmemanagement-Konsole.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="15" />
            <source>Start a local demo server with sample data and connect to it.</source>
            <translation>Einen lokalen Demo-Server mit Beispieldaten starten und sich damit verbinden.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="17" />
            <source>Connect to the Flowdesk server at &lt;host:port&gt;.</source>
            <translation>Mit dem Flowdesk-Server unter &lt;host:port&gt; verbinden.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="20" />
            <source>Demo mode only: sign in as the demo account &lt;name&gt; (viewer, operator, admin, auditor).</source>
            <translation>Nur im Demo-Modus: als Demo-Konto &lt;name&gt; anmelden (viewer, operator, admin, auditor).</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="24" />
            <source>Use the language &lt;code&gt; (en, de, fr, es) instead of the system's.</source>
            <translation>Die Sprache &lt;code&gt; (en, de, fr, es) statt der Systemsprache verwenden.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="46" />
            <source>Unexpected argument: %1</source>
            <translation>Unerwartetes Argument: %1</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="49" />
            <source>--demo and --backend cannot be used together.</source>
            <translation>--demo und --backend können nicht zusammen verwendet werden.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="51" />
            <source>--demo-user only works together with --demo.</source>
            <translation>--demo-user funktioniert nur zusammen mit --demo.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="53" />
            <source>--backend expects host:port, for example 127.0.0.1:50051.</source>
            <translation>--backend erwartet Host:Port, zum Beispiel 127.0.0.1:50051.</translation>
        </message>
        <message>
            <location filename="../app/main.cpp" line="139" />
            <source>flowdesk: no display found (neither DISPLAY nor WAYLAND_DISPLAY nor QT_QPA_PLATFORM is set).
Flowdesk is a desktop application. To run it on a machine without a screen, use a virtual one:
    xvfb-run -a -s "-screen 0 1400x900x24" %1 --demo
or, for automated checks without any window, set QT_QPA_PLATFORM=offscreen.
</source>
            <translation>flowdesk: keine Anzeige gefunden (weder DISPLAY noch WAYLAND_DISPLAY noch QT_QPA_PLATFORM ist gesetzt).
Flowdesk ist eine Desktop-Anwendung. Um sie auf einem Rechner ohne Bildschirm auszuführen, verwenden Sie einen virtuellen:
    xvfb-run -a -s "-screen 0 1400x900x24" %1 --demo
oder setzen Sie für automatisierte Prüfungen ohne Fenster QT_QPA_PLATFORM=offscreen.
</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="12"/>
            <source>Changes Not Sent</source>
            <translation>Änderungen nicht gesendet</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="13"/>
            <source>%n change(s) made offline have not reached the server yet.</source>
            <translation>
                <numerusform>%n offline vorgenommene Änderung hat den Server noch nicht erreicht.</numerusform>
                <numerusform>%n offline vorgenommene Änderungen haben den Server noch nicht erreicht.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="16"/>
            <source>They stay saved on this computer and are sent the next time you sign in to this server.</source>
            <translation>Sie bleiben auf diesem Computer gespeichert und werden gesendet, wenn Sie sich das nächste Mal bei diesem Server anmelden.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="18"/>
            <source>%n change(s) were refused by the server and wait for your decision.</source>
            <translation>
                <numerusform>%n Änderung wurde vom Server abgelehnt und wartet auf Ihre Entscheidung.</numerusform>
                <numerusform>%n Änderungen wurden vom Server abgelehnt und warten auf Ihre Entscheidung.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="20"/>
            <source>Send Now</source>
            <translation>Jetzt senden</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="22"/>
            <source>Send Later</source>
            <translation>Später senden</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="131"/>
            <source>The saved data on this computer cannot be opened with its key. The key or passphrase is wrong, or it was lost.</source>
            <translation>Die auf diesem Computer gespeicherten Daten lassen sich mit ihrem Schlüssel nicht öffnen. Der Schlüssel oder die Passphrase ist falsch oder ging verloren.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="134"/>
            <source>The saved data on this computer is damaged.</source>
            <translation>Die auf diesem Computer gespeicherten Daten sind beschädigt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="136"/>
            <source>The disk is full: Flowdesk cannot save data for offline use.</source>
            <translation>Der Datenträger ist voll: Flowdesk kann keine Daten für die Offline-Arbeit speichern.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="138"/>
            <source>Another Flowdesk window is using the saved data of this account on this computer.</source>
            <translation>Ein anderes Flowdesk-Fenster verwendet die gespeicherten Daten dieses Kontos auf diesem Computer.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="141"/>
            <source>The saved data file is not encrypted; Flowdesk will not use it.</source>
            <translation>Die Datei mit den gespeicherten Daten ist nicht verschlüsselt; Flowdesk verwendet sie nicht.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="143"/>
            <source>The saved data on this computer cannot be read or written.</source>
            <translation>Die auf diesem Computer gespeicherten Daten können nicht gelesen oder geschrieben werden.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadSchema</name>
        <message>
            <location filename="../models/jsonschema.cpp" line="981"/>
            <source>Too long to be checked against its format (at most %1 characters).</source>
            <translation>Zu lang, um gegen das Format geprüft zu werden (höchstens %1 Zeichen).</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="56"/>
            <source>Earlier Changes Waiting</source>
            <translation>Frühere Änderungen warten</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="57"/>
            <source>%n change(s) you made offline on this computer have not reached the server. They were saved under an address of this server that Flowdesk no longer uses.</source>
            <translation>
                <numerusform>%n Änderung, die Sie auf diesem Computer offline vorgenommen haben, hat den Server nicht erreicht. Sie wurde unter einer Adresse dieses Servers gespeichert, die Flowdesk nicht mehr verwendet.</numerusform>
                <numerusform>%n Änderungen, die Sie auf diesem Computer offline vorgenommen haben, haben den Server nicht erreicht. Sie wurden unter einer Adresse dieses Servers gespeichert, die Flowdesk nicht mehr verwendet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="65"/>
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weitere</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="67"/>
            <source>Add them to your waiting changes to send them now, or decide at the next sign-in.</source>
            <translation>Fügen Sie sie Ihren wartenden Änderungen hinzu, um sie jetzt zu senden, oder entscheiden Sie bei der nächsten Anmeldung.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="70"/>
            <source>An earlier version of Flowdesk saved them without noting who made them: add them only if they are yours.</source>
            <translation>Eine frühere Version von Flowdesk hat sie gespeichert, ohne zu vermerken, wer sie vorgenommen hat: Fügen Sie sie nur hinzu, wenn es Ihre sind.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="73"/>
            <source>Add and Send</source>
            <translation>Hinzufügen und senden</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="75"/>
            <source>Discard…</source>
            <translation>Verwerfen…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="77"/>
            <source>Decide Later</source>
            <translation>Später entscheiden</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="86"/>
            <source>Discard Earlier Changes</source>
            <translation>Frühere Änderungen verwerfen</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="87"/>
            <source>Discard %n change(s)? They never reach the server and cannot be brought back.</source>
            <translation>
                <numerusform>%n Änderung verwerfen? Sie erreicht den Server nie und lässt sich nicht wiederherstellen.</numerusform>
                <numerusform>%n Änderungen verwerfen? Sie erreichen den Server nie und lassen sich nicht wiederherstellen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="91"/>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="554"/>
            <source>The saved search text was longer than %1 characters; it was shortened.</source>
            <translation>Der gespeicherte Suchtext war länger als %1 Zeichen; er wurde gekürzt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::MainWindow</name>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="1"/>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1"/>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1"/>
            <source>Shortcuts of a page work while that page is shown.</source>
            <translation>Die Kürzel einer Seite wirken, solange diese Seite angezeigt wird.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1"/>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1"/>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1"/>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1"/>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1"/>
            <source>Everywhere</source>
            <translation>Überall</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1"/>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1"/>
            <source>Search the exceptions</source>
            <translation>Ausnahmen durchsuchen</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1"/>
            <source>Copy the business key of the selected transaction</source>
            <translation>Geschäftsschlüssel der ausgewählten Transaktion kopieren</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1"/>
            <source>Go to the list of exceptions</source>
            <translation>Zur Liste der Ausnahmen</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1"/>
            <source>Export the exceptions of the current view</source>
            <translation>Ausnahmen der aktuellen Ansicht exportieren</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1"/>
            <source>Search exceptions</source>
            <translation>Ausnahmen suchen</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::DashboardPage</name>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="1"/>
            <source>Show the wallboard (Esc leaves it)</source>
            <translation>Wallboard anzeigen (Esc verlässt es)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FlowsPage</name>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="1"/>
            <source>Filter flows</source>
            <translation>Flows filtern</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadEditor</name>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="1"/>
            <source>Payload as JSON</source>
            <translation>Nutzdaten als JSON</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadEditor</name>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="1"/>
            <source>Problems in the payload</source>
            <translation>Probleme in den Nutzdaten</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1"/>
            <source>User who acted</source>
            <translation>Handelnde Person</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1"/>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1"/>
            <source>Kind of target</source>
            <translation>Art des Ziels</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1"/>
            <source>Target id</source>
            <translation>Ziel-ID</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1"/>
            <source>Audit trail</source>
            <translation>Prüfprotokoll</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1"/>
            <source>Entry details</source>
            <translation>Details des Eintrags</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::MainWindow</name>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="1"/>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PageWidgets</name>
        <message>
            <location filename="../ui/common/pagewidgets.cpp" line="1"/>
            <source>More actions</source>
            <translation>Weitere Aktionen</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConnectorsPage</name>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="1"/>
            <source>Connector actions</source>
            <translation>Aktionen für Konnektoren</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::UsersPage</name>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="1"/>
            <source>User actions</source>
            <translation>Aktionen für Benutzer</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{count} past the {sla} SLA, the oldest {overdue} overdue</source>
            <translation>{count} über der SLA von {sla}, die älteste {overdue} überfällig</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{count} past the {sla} SLA</source>
            <translation>{count} über der SLA von {sla}</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{rate} of {count} in the window failed (red above 10 %)</source>
            <translation>{rate} von {count} im Zeitfenster fehlgeschlagen (rot über 10 %)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{rate} of {count} in the window failed (amber above 2 %)</source>
            <translation>{rate} von {count} im Zeitfenster fehlgeschlagen (gelb über 2 %)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>the oldest open transaction has waited {age}, over half the {sla} SLA</source>
            <translation>die älteste offene Transaktion wartet seit {age}, über der Hälfte der SLA von {sla}</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>No transactions in the window, nothing waiting</source>
            <translation>Keine Transaktionen im Zeitfenster, nichts wartet</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Flowing normally: {delivered} of {count} in the window delivered, nothing past its SLA</source>
            <translation>Läuft normal: {delivered} von {count} im Zeitfenster zugestellt, nichts über der SLA</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Customer {value} does not exist in {system}.</source>
            <translation>Kunde {value} ist in {system} nicht angelegt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Supplier {value} does not exist in {system}.</source>
            <translation>Lieferant {value} ist in {system} nicht angelegt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Product {value} does not exist in {system}.</source>
            <translation>Artikel {value} ist in {system} nicht angelegt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Unit of measure {value} is not defined in {system}.</source>
            <translation>Mengeneinheit {value} ist in {system} nicht definiert.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Work center {value} is not defined in {system}.</source>
            <translation>Arbeitsplatz {value} ist in {system} nicht angelegt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Equipment {value} is not registered in {system}.</source>
            <translation>Anlage {value} ist in {system} nicht erfasst.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} has no product for the supplier's article {value}.</source>
            <translation>{system} kennt keinen Artikel zur Lieferanten-Artikelnummer {value}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A required field is empty.</source>
            <translation>Ein Pflichtfeld ist leer.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A date is not valid.</source>
            <translation>Ein Datum ist ungültig.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Two dates are in the wrong order.</source>
            <translation>Zwei Daten liegen in der falschen Reihenfolge.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The document has no lines.</source>
            <translation>Das Dokument hat keine Positionen.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A quantity must be greater than zero.</source>
            <translation>Eine Menge muss größer als null sein.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A line has no price.</source>
            <translation>Einer Position fehlt der Preis.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The total does not match the sum of the lines.</source>
            <translation>Der Gesamtbetrag stimmt nicht mit der Summe der Positionen überein.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A unit is not of the same kind as the product's unit.</source>
            <translation>Eine Einheit ist nicht von derselben Art wie die Einheit des Artikels.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The supplier's article belongs to another product.</source>
            <translation>Die Artikelnummer des Lieferanten gehört zu einem anderen Artikel.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The lot is accepted although a characteristic is out of tolerance.</source>
            <translation>Das Los ist angenommen, obwohl ein Merkmal außerhalb der Toleranz liegt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The invoice date lies outside the posting period.</source>
            <translation>Das Rechnungsdatum liegt außerhalb der Buchungsperiode.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The statement line has no amount.</source>
            <translation>Die Umsatzzeile hat keinen Betrag.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A product is a component of its own bill of materials.</source>
            <translation>Ein Artikel ist Komponente seiner eigenen Stückliste.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The message is damaged.</source>
            <translation>Die Nachricht ist beschädigt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The customer {value} is on credit hold in {system}.</source>
            <translation>Der Kunde {value} ist in {system} kreditgesperrt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The order exceeds the customer's available credit.</source>
            <translation>Der Auftrag überschreitet das verfügbare Kreditlimit des Kunden.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The fiscal period {value} is closed for posting.</source>
            <translation>Die Buchungsperiode {value} ist abgeschlossen.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The order is already closed in {system}.</source>
            <translation>Der Auftrag ist in {system} bereits abgeschlossen.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The document already exists in {system}.</source>
            <translation>Das Dokument ist in {system} bereits vorhanden.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The postal code {value} is not valid for its country.</source>
            <translation>Die Postleitzahl {value} passt nicht zum Land.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} refused the integration's sign-in.</source>
            <translation>{system} hat die Anmeldung der Schnittstelle abgelehnt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} refused the access token.</source>
            <translation>{system} hat das Zugriffstoken abgelehnt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} did not answer in time.</source>
            <translation>{system} hat nicht rechtzeitig geantwortet.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} could not be reached.</source>
            <translation>{system} war nicht erreichbar.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} is unavailable.</source>
            <translation>{system} ist nicht verfügbar.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} is limiting how fast it accepts requests.</source>
            <translation>{system} begrenzt die Anzahl der Anfragen.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1"/>
            <source>Technical details</source>
            <translation>Technische Details</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1"/>
            <source>What the target system answered, as it sent it, for questions to IT</source>
            <translation>Was das Zielsystem geantwortet hat, wie es es gesendet hat, für Fragen an die IT</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1"/>
            <source>%1 answered: %2</source>
            <translation>%1 hat geantwortet: %2</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1"/>
            <source>The target system</source>
            <translation>Das Zielsystem</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>advance shipping notice</source>
            <translation>Lieferavis</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>bank statement line</source>
            <translation>Kontoauszugszeile</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>bill of materials</source>
            <translation>Stückliste</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>customer invoice</source>
            <translation>Ausgangsrechnung</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>downtime event</source>
            <translation>Stillstandsmeldung</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>production confirmation</source>
            <translation>Fertigungsrückmeldung</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>purchase order ack</source>
            <translation>Auftragsbestätigung des Lieferanten</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>quality inspection</source>
            <translation>Qualitätsprüfung</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>sales order</source>
            <translation>Kundenauftrag</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>shipment</source>
            <translation>Versandauftrag</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>stock level batch</source>
            <translation>Bestandsabgleich</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1"/>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1"/>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1"/>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1"/>
            <source>Flowdesk shows the new language when it starts again.</source>
            <translation>Flowdesk zeigt die neue Sprache beim nächsten Start.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <source>Puts the waiting changes into the list now</source>
            <translation>Übernimmt die wartenden Änderungen jetzt in die Liste</translation>
        </message>
        <message numerus="yes">
            <source>%n update(s) wait while the pointer is on the list</source>
            <translation>
                <numerusform>%n Änderung wartet, solange der Mauszeiger auf der Liste ist</numerusform>
                <numerusform>%n Änderungen warten, solange der Mauszeiger auf der Liste ist</numerusform>
            </translation>
        </message>
        <message>
            <source>Next Exception</source>
            <translation>Nächste Ausnahme</translation>
        </message>
        <message>
            <source>Previous Exception</source>
            <translation>Vorige Ausnahme</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::MainWindow</name>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <source>Save and Resubmit</source>
            <translation>Speichern und erneut senden</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>&amp;Notifications…</source>
            <translation>&amp;Benachrichtigungen…</translation>
        </message>
        <message>
            <source>Flowdesk</source>
            <translation>Flowdesk</translation>
        </message>
        <message numerus="yes">
            <source>Flowdesk: %n open exception(s)</source>
            <translation>
                <numerusform>Flowdesk: %n offene Ausnahme</numerusform>
                <numerusform>Flowdesk: %n offene Ausnahmen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 failed (%2)</source>
            <translation>%1 fehlgeschlagen (%2)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 is past its SLA</source>
            <translation>%1 hat die SLA überschritten</translation>
        </message>
        <message numerus="yes">
            <source>%n more not shown</source>
            <translation>
                <numerusform>%n weitere nicht angezeigt</numerusform>
                <numerusform>%n weitere nicht angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>Benachrichtigungen</translation>
        </message>
        <message>
            <source>&amp;Tell me about new high-value failures and SLA breaches in my scope</source>
            <translation>Über neue Fehler mit hohem Wert und SLA-Überschreitungen in meinem Bereich &amp;benachrichtigen</translation>
        </message>
        <message>
            <source>Value from which a failure is notified</source>
            <translation>Wert, ab dem ein Fehler gemeldet wird</translation>
        </message>
        <message>
            <source>Failures from &amp;value:</source>
            <translation>Fehler ab &amp;Wert:</translation>
        </message>
        <message>
            <source>Failures in other currencies than %1 are not converted and not notified by value. At most %2 notifications in %3 minutes; the rest are counted in the next one.</source>
            <translation>Fehler in anderen Währungen als %1 werden nicht umgerechnet und nicht nach Wert gemeldet. Höchstens %2 Benachrichtigungen in %3 Minuten; weitere werden in der nächsten mitgezählt.</translation>
        </message>
        <message>
            <source>This desktop has no system tray: Flowdesk cannot show notifications here. The Exceptions and Stuck orders pages show the same.</source>
            <translation>Dieser Desktop hat keinen Infobereich: Flowdesk kann hier keine Benachrichtigungen zeigen. Die Seiten Ausnahmen und Hängende Aufträge zeigen dasselbe.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorGroupModel</name>
        <message numerus="yes">
            <source>One of %n different values of this error on this flow; each is its own group.</source>
            <translation>
                <numerusform>Einer von %n verschiedenen Werten dieses Fehlers in diesem Fluss; jeder ist eine eigene Gruppe.</numerusform>
                <numerusform>Einer von %n verschiedenen Werten dieses Fehlers in diesem Fluss; jeder ist eine eigene Gruppe.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorGroupModel</name>
        <message>
            <source>%1 · %2</source>
            <comment>flow name, error message of an error group</comment>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorGroupModel</name>
        <message>
            <source>%1 · &quot;%2&quot; · %3</source>
            <comment>flow name, offending value, error message</comment>
            <translation>%1 · „%2“ · %3</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorGroupModel</name>
        <message>
            <source>%1 · %2 &quot;%3&quot; · %4</source>
            <comment>flow name, field, offending value, error message</comment>
            <translation>%1 · %2 „%3“ · %4</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Would succeed.</source>
            <translation>Würde gelingen.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>This transaction no longer exists.</source>
            <translation>Diese Transaktion gibt es nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The flow&apos;s format is not available, so the correction cannot be checked.</source>
            <translation>Das Format des Flusses ist nicht verfügbar, daher kann die Korrektur nicht geprüft werden.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The correction cannot be applied to this transaction&apos;s payload ({detail}).</source>
            <translation>Die Korrektur lässt sich auf die Nutzdaten dieser Transaktion nicht anwenden ({detail}).</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The corrected payload does not fit the flow&apos;s format ({count} problems).</source>
            <translation>Die korrigierten Nutzdaten passen nicht zum Format des Flusses ({count} Probleme).</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The corrected payload does not fit the flow&apos;s format (one problem).</source>
            <translation>Die korrigierten Nutzdaten passen nicht zum Format des Flusses (ein Problem).</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>The field of the payload to set, from the flow's form</source>
            <translation>Das zu setzende Feld der Nutzdaten, aus dem Formular des Ablaufs</translation>
        </message>
        <message>
            <source>Offending value</source>
            <translation>Beanstandeter Wert</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Vorgänge</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>Ersetzen durch</translation>
        </message>
        <message>
            <source>Only refused</source>
            <translation>Nur abgelehnte</translation>
        </message>
        <message>
            <source>One of %1</source>
            <translation>Einer von %1</translation>
        </message>
        <message>
            <source>%1 gets one replacement per offending value, in each transaction that has it; each is then resubmitted.</source>
            <translation>%1 erhält je beanstandetem Wert einen eigenen Ersatz, in jedem Vorgang mit diesem Wert; jeder wird danach erneut gesendet.</translation>
        </message>
        <message>
            <source>Type what replaces %1.</source>
            <translation>Geben Sie ein, was %1 ersetzt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n times)</source>
            <translation>
                <numerusform>%1 (%n-mal)</numerusform>
                <numerusform>%1 (%n-mal)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <source>Done.</source>
            <translation>Erledigt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>The list shows the first %1 changed.</source>
            <translation>Die Liste zeigt die ersten %1 geänderten.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>JSON over HTTP</source>
            <translation>JSON über HTTP</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>Inbound (submits to Flowdesk)</source>
            <translation>Eingehend (liefert an Flowdesk)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>No sign-in</source>
            <translation>Keine Anmeldung</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>Bearer token</source>
            <translation>Bearer-Token</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>HMAC-SHA256 signing key</source>
            <translation>HMAC-SHA256-Signaturschlüssel</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>one of %1</source>
            <translation>eines von %1</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>a list of allowed values</source>
            <translation>eine Liste erlaubter Werte</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>whole number</source>
            <translation>ganze Zahl</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>number</source>
            <translation>Zahl</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>yes or no</source>
            <translation>ja oder nein</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <source>Go to the error groups; the top one is chosen if none is</source>
            <translation>Zu den Fehlergruppen; ist keine gewählt, wird die oberste gewählt</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorSignatureChart</name>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Open exceptions: %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Offene Ausnahmen: %3</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FlowNameDelegate</name>
        <message>
            <source>SLA %1</source>
            <translation>SLA %1</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Transaction</name>
        <message>
            <source>hidden</source>
            <translation>verborgen</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ValueAtRiskChart</name>
        <message>
            <source>@value k</source>
            <translation>@value Tsd.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Recorded as: %1
</source>
            <translation>Aufgezeichnet als: %1
</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadEditor</name>
        <message>
            <source>* required</source>
            <translation>* Pflichtfeld</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{count} different customers do not exist in {system}.</source>
            <translation>{count} verschiedene Kunden sind in {system} nicht angelegt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{count} different suppliers do not exist in {system}.</source>
            <translation>{count} verschiedene Lieferanten sind in {system} nicht angelegt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{count} different products do not exist in {system}.</source>
            <translation>{count} verschiedene Artikel sind in {system} nicht angelegt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{count} different units of measure are not defined in {system}.</source>
            <translation>{count} verschiedene Mengeneinheiten sind in {system} nicht definiert.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{count} different work centers are not defined in {system}.</source>
            <translation>{count} verschiedene Arbeitsplätze sind in {system} nicht angelegt.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{count} different pieces of equipment are not registered in {system}.</source>
            <translation>{count} verschiedene Anlagen sind in {system} nicht erfasst.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} has no product for {count} different supplier articles.</source>
            <translation>{system} kennt keinen Artikel zu {count} verschiedenen Lieferanten-Artikelnummern.</translation>
        </message>
    </context>
</TS>
