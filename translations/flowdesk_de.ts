<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Flowdesk::ConsoleApp</name>
        <message>
            <location filename="../app/consoleapp.cpp" line="74" />
            <source>Flowdesk demo</source>
            <translation>Flowdesk-Demo</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="75" />
            <source>The demo could not be started.

%1</source>
            <translation>Die Demo konnte nicht gestartet werden.

%1</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="76" />
            <source>Reset Demo Data and Retry</source>
            <translation>Demodaten zurücksetzen und erneut versuchen</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="77" />
            <source>Deletes the demo server's sample data on this computer and starts afresh</source>
            <translation>Löscht die Beispieldaten des Demo-Servers auf diesem Computer und beginnt von vorn</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="95" />
            <source>Demo server on this computer (%1)</source>
            <translation>Demo-Server auf diesem Computer (%1)</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="96" />
            <source>Demo accounts: operator (sales and finance), viewer (plant DE01), admin, auditor. The password is "demo-" followed by the name, for example demo-operator.</source>
            <translation>Demokonten: operator (Vertrieb und Finanzen), viewer (Werk DE01), admin, auditor. Das Passwort ist „demo-“ gefolgt vom Namen, zum Beispiel demo-operator.</translation>
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
        <name>Flowdesk::FlowsPage</name>
        <message>
            <location filename="../ui/flowspage.cpp" line="33" />
            <source>Flows</source>
            <translation>Flows</translation>
        </message>
        <message>
            <location filename="../ui/flowspage.cpp" line="50" />
            <source>Filter by flow, domain or system…</source>
            <translation>Nach Flow, Bereich oder System filtern…</translation>
        </message>
        <message>
            <location filename="../ui/flowspage.cpp" line="58" />
            <source>Only flows with exceptions or stuck transactions</source>
            <translation>Nur Flows mit Ausnahmen oder hängenden Transaktionen</translation>
        </message>
        <message>
            <location filename="../ui/flowspage.cpp" line="217" />
            <location filename="../ui/flowspage.cpp" line="241" />
            <source>Loading flows…</source>
            <translation>Flows werden geladen…</translation>
        </message>
        <message>
            <location filename="../ui/flowspage.cpp" line="221" />
            <source>Flows visible to you: %1 · Nothing is failed or stuck right now.</source>
            <translation>Für Sie sichtbare Flows: %1 · Derzeit ist nichts fehlgeschlagen oder hängend.</translation>
        </message>
        <message>
            <location filename="../ui/flowspage.cpp" line="224" />
            <source>Flows visible to you: %1 · Exceptions: %2 · Stuck: %3 · Flows needing attention: %4</source>
            <translation>Für Sie sichtbare Flows: %1 · Ausnahmen: %2 · Hängend: %3 · Flows mit Handlungsbedarf: %4</translation>
        </message>
        <message>
            <location filename="../ui/flowspage.cpp" line="229" />
            <source>Update failed: %1</source>
            <translation>Aktualisierung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location filename="../ui/flowspage.cpp" line="232" />
            <source>Updated %1</source>
            <translation>Aktualisiert um %1</translation>
        </message>
        <message>
            <location filename="../ui/flowspage.cpp" line="241" />
            <source>The flows could not be loaded.
%1</source>
            <translation>Die Flows konnten nicht geladen werden.
%1</translation>
        </message>
        <message>
            <location filename="../ui/flowspage.cpp" line="243" />
            <source>No flows are visible to you.
Your role may be limited to certain business domains or plants; ask your administrator if you expected to see flows here.</source>
            <translation>Für Sie sind keine Flows sichtbar.
Ihre Rolle ist möglicherweise auf bestimmte Fachbereiche oder Werke beschränkt; wenden Sie sich an Ihren Administrator, wenn Sie hier Flows erwartet haben.</translation>
        </message>
        <message>
            <location filename="../ui/flowspage.cpp" line="247" />
            <source>No flow has exceptions or stuck transactions right now.</source>
            <translation>Derzeit hat kein Flow Ausnahmen oder hängende Transaktionen.</translation>
        </message>
        <message>
            <location filename="../ui/flowspage.cpp" line="248" />
            <source>No flow matches "%1".</source>
            <translation>Kein Flow passt zu „%1“.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LoginDialog</name>
        <message>
            <location filename="../ui/logindialog.cpp" line="28" />
            <location filename="../ui/logindialog.cpp" line="31" />
            <source>Sign in to Flowdesk</source>
            <translation>Bei Flowdesk anmelden</translation>
        </message>
        <message>
            <location filename="../ui/logindialog.cpp" line="37" />
            <source>Use the account your administrator gave you.</source>
            <translation>Verwenden Sie das Konto, das Sie von Ihrem Administrator erhalten haben.</translation>
        </message>
        <message>
            <location filename="../ui/logindialog.cpp" line="45" />
            <source>host:port, e.g. flowdesk.example.com:8443</source>
            <translation>Host:Port, z. B. flowdesk.example.com:8443</translation>
        </message>
        <message>
            <location filename="../ui/logindialog.cpp" line="69" />
            <source>Signing in…</source>
            <translation>Anmeldung läuft…</translation>
        </message>
        <message>
            <location filename="../ui/logindialog.cpp" line="75" />
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <location filename="../ui/logindialog.cpp" line="76" />
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <location filename="../ui/logindialog.cpp" line="78" />
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <location filename="../ui/logindialog.cpp" line="79" />
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <location filename="../ui/logindialog.cpp" line="82" />
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <location filename="../ui/logindialog.cpp" line="131" />
            <source>Session expired</source>
            <translation>Sitzung abgelaufen</translation>
        </message>
        <message>
            <location filename="../ui/logindialog.cpp" line="132" />
            <source>Your session has expired. Sign in again to continue; your open work is kept and anything that was waiting is sent once you are signed in.</source>
            <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um weiterzuarbeiten; Ihre offene Arbeit bleibt erhalten, und alles Wartende wird nach der Anmeldung gesendet.</translation>
        </message>
        <message>
            <location filename="../ui/logindialog.cpp" line="191" />
            <source>Enter the server as host:port, for example flowdesk.example.com:8443.</source>
            <translation>Geben Sie den Server als Host:Port ein, zum Beispiel flowdesk.example.com:8443.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::MainWindow</name>
        <message>
            <location filename="../ui/mainwindow.cpp" line="26" />
            <source>Flowdesk</source>
            <translation>Flowdesk</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="41" />
            <source>Flows</source>
            <translation>Flows</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="41" />
            <source>Integration routes and how many transactions are in each state</source>
            <translation>Integrationsstrecken und wie viele Transaktionen sich in welchem Status befinden</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="96" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="97" />
            <source>Sign &amp;In Again…</source>
            <translation>&amp;Erneut anmelden…</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="100" />
            <source>Only needed after your session has expired</source>
            <translation>Nur nötig, nachdem Ihre Sitzung abgelaufen ist</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="102" />
            <source>&amp;Sign Out</source>
            <translation>&amp;Abmelden</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="106" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="112" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="113" />
            <source>&amp;Refresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="117" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="118" />
            <source>&amp;About Flowdesk</source>
            <translation>&amp;Über Flowdesk</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="121" />
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="135" />
            <source>Not signed in</source>
            <translation>Nicht angemeldet</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="140" />
            <source>Session of %1 expired · sign in again to continue (File ▸ Sign In Again)</source>
            <translation>Sitzung von %1 abgelaufen · melden Sie sich erneut an, um weiterzuarbeiten (Datei ▸ Erneut anmelden)</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="142" />
            <source>Signed in as %1 · %2 · %3</source>
            <translation>Angemeldet als %1 · %2 · %3</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="143" />
            <source>Server: %1
Permissions: %2</source>
            <translation>Server: %1
Berechtigungen: %2</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="144" />
            <source>Flowdesk — %1 on %2</source>
            <translation>Flowdesk — %1 auf %2</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="149" />
            <source>About Flowdesk</source>
            <translation>Über Flowdesk</translation>
        </message>
        <message>
            <location filename="../ui/mainwindow.cpp" line="150" />
            <source>&lt;h3&gt;Flowdesk %1&lt;/h3&gt;&lt;p&gt;Operations and exception-management console for manufacturing integration middleware.&lt;/p&gt;&lt;p&gt;Sees failed and stuck transactions between ERP, CRM, MES, WMS and partner systems, in business terms.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Flowdesk %1&lt;/h3&gt;&lt;p&gt;Betriebs- und Ausnahmemanagement-Konsole für Integrations-Middleware in der Fertigung.&lt;/p&gt;&lt;p&gt;Zeigt fehlgeschlagene und hängende Transaktionen zwischen ERP, CRM, MES, WMS und Partnersystemen in fachlicher Sprache.&lt;/p&gt;</translation>
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
        <message>
            <location filename="../services/serviceerror.cpp" line="25" />
            <source>This account is locked after too many failed sign-in attempts. Wait a few minutes or ask your administrator to unlock it.</source>
            <translation>Dieses Konto ist nach zu vielen fehlgeschlagenen Anmeldeversuchen gesperrt. Warten Sie einige Minuten oder bitten Sie Ihren Administrator, es zu entsperren.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="28" />
            <source>Your session has expired. Please sign in again.</source>
            <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="29" />
            <source>You are not signed in. Please sign in again.</source>
            <translation>Sie sind nicht angemeldet. Bitte melden Sie sich erneut an.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="32" />
            <source>Your role does not allow this (permission "%1" is missing).</source>
            <translation>Ihre Rolle erlaubt das nicht (Berechtigung „%1“ fehlt).</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="34" />
            <source>Your role does not allow this.</source>
            <translation>Ihre Rolle erlaubt das nicht.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="36" />
            <source>The item no longer exists on the server.</source>
            <translation>Der Eintrag existiert auf dem Server nicht mehr.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="38" />
            <source>Someone else changed this item in the meantime. Reload it and try again.</source>
            <translation>Jemand anderes hat diesen Eintrag inzwischen geändert. Laden Sie ihn neu und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="40" />
            <source>The request is too large for the server.</source>
            <translation>Die Anfrage ist für den Server zu groß.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="42" />
            <source>The request was cancelled.</source>
            <translation>Die Anfrage wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="47" />
            <source>The server reported an error: %1</source>
            <translation>Der Server hat einen Fehler gemeldet: %1</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="48" />
            <source>The server reported an unexpected error (code %1).</source>
            <translation>Der Server hat einen unerwarteten Fehler gemeldet (Code %1).</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="54" />
            <source>The user name or password is not correct.</source>
            <translation>Benutzername oder Passwort ist nicht korrekt.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="56" />
            <source>Enter a user name and a password.</source>
            <translation>Geben Sie einen Benutzernamen und ein Passwort ein.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="58" />
            <source>The account %1 is a service account for connectors and cannot sign in to the console. Use your personal account.</source>
            <translation>Das Konto %1 ist ein Dienstkonto für Konnektoren und kann sich nicht an der Konsole anmelden. Verwenden Sie Ihr persönliches Konto.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="61" />
            <source>The server %1 does not offer the Flowdesk service. Check the address.</source>
            <translation>Der Server %1 bietet den Flowdesk-Dienst nicht an. Prüfen Sie die Adresse.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::StatusIndicator</name>
        <message>
            <location filename="../ui/statusindicator.cpp" line="31" />
            <source>Connected to the server; counts update live.</source>
            <translation>Mit dem Server verbunden; die Zahlen werden live aktualisiert.</translation>
        </message>
        <message>
            <location filename="../ui/statusindicator.cpp" line="36" />
            <source>The connection was interrupted. Flowdesk keeps trying and catches up on everything that happened meanwhile.</source>
            <translation>Die Verbindung wurde unterbrochen. Flowdesk versucht es weiter und holt alles nach, was in der Zwischenzeit passiert ist.</translation>
        </message>
        <message>
            <location filename="../ui/statusindicator.cpp" line="41" />
            <source>The server cannot be reached. The figures shown may be out of date.</source>
            <translation>Der Server ist nicht erreichbar. Die angezeigten Zahlen sind möglicherweise veraltet.</translation>
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
            <source>Use the language &lt;code&gt; (en, de) instead of the system's.</source>
            <translation>Die Sprache &lt;code&gt; (en, de) statt der Systemsprache verwenden.</translation>
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
            <location filename="../app/main.cpp" line="127" />
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
</TS>
