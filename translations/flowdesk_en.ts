<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <!-- English plural forms only (the source texts are English): kept by hand,
         one message for each tr() with %n whose source says "(s)" or reads
         wrongly for one. lupdate does not touch this file. -->
    <context>
        <name>Flowdesk::ConnectorListModel</name>
        <message numerus="yes">
            <source>Policy: rotate every %n days.</source>
            <translation>
                <numerusform>Policy: rotate every day.</numerusform>
                <numerusform>Policy: rotate every %n days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CredentialDialog</name>
        <message numerus="yes">
            <source>Overdue: the policy asks for a new secret every %n days</source>
            <translation>
                <numerusform>Overdue: the policy asks for a new secret every day</numerusform>
                <numerusform>Overdue: the policy asks for a new secret every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Policy: a new secret every %n days</source>
            <translation>
                <numerusform>Policy: a new secret every day</numerusform>
                <numerusform>Policy: a new secret every %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message numerus="yes">
            <source>%n exception(s) as saved on this computer; the server cannot be reached (%1).</source>
            <translation>
                <numerusform>%n exception as saved on this computer; the server cannot be reached (%1).</numerusform>
                <numerusform>%n exceptions as saved on this computer; the server cannot be reached (%1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new exception(s) beyond the rows shown</source>
            <translation>
                <numerusform>%n new exception beyond the rows shown</numerusform>
                <numerusform>%n new exceptions beyond the rows shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected transaction(s).</source>
            <translation>
                <numerusform>%n selected transaction.</numerusform>
                <numerusform>%n selected transactions.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::OfflineBanner</name>
        <message numerus="yes">
            <source>%n change(s) wait to be sent.</source>
            <translation>
                <numerusform>%n change waits to be sent.</numerusform>
                <numerusform>%n changes wait to be sent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made offline could not be applied and need your decision.</source>
            <translation>
                <numerusform>%n change made offline could not be applied and needs your decision.</numerusform>
                <numerusform>%n changes made offline could not be applied and need your decision.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sending %n change(s) made offline…</source>
            <translation>
                <numerusform>Sending %n change made offline…</numerusform>
                <numerusform>Sending %n changes made offline…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::OfflineSupport</name>
        <message numerus="yes">
            <source>%n change(s) made offline have not reached the server and will be lost.</source>
            <translation>
                <numerusform>%n change made offline has not reached the server and will be lost.</numerusform>
                <numerusform>%n changes made offline have not reached the server and will be lost.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConnectorsPage</name>
        <message numerus="yes">
            <source>The configuration file has %n error(s); nothing was changed.</source>
            <translation>
                <numerusform>The configuration file has an error; nothing was changed.</numerusform>
                <numerusform>The configuration file has %n errors; nothing was changed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n flow(s) added, removed or with a new payload format.</source>
            <translation>
                <numerusform>One flow added, removed or with a new payload format.</numerusform>
                <numerusform>%n flows added, removed or with a new payload format.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FieldLookupCompleter</name>
        <message numerus="yes">
            <source>Too many searches in a short time. %1 can be searched again in %n second(s).</source>
            <translation>
                <numerusform>Too many searches in a short time. %1 can be searched again in a second.</numerusform>
                <numerusform>Too many searches in a short time. %1 can be searched again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ReloadConfigurationDialog</name>
        <message numerus="yes">
            <source>The configuration file has %n error(s). Nothing was changed: the server goes on with the configuration it had. Correct the file and reload again.</source>
            <translation>
                <numerusform>The configuration file has an error. Nothing was changed: the server goes on with the configuration it had. Correct the file and reload again.</numerusform>
                <numerusform>The configuration file has %n errors. Nothing was changed: the server goes on with the configuration it had. Correct the file and reload again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ServiceError</name>
        <message numerus="yes">
            <source>Too many requests in a short time. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many requests in a short time. Try again in a second.</numerusform>
                <numerusform>Too many requests in a short time. Try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <source>%n change(s) you made offline on this computer have not reached the server. They were saved under an address of this server that Flowdesk no longer uses.</source>
            <translation>
                <numerusform>%n change you made offline on this computer has not reached the server. It was saved under an address of this server that Flowdesk no longer uses.</numerusform>
                <numerusform>%n changes you made offline on this computer have not reached the server. They were saved under an address of this server that Flowdesk no longer uses.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Discard %n change(s)? They never reach the server and cannot be brought back.</source>
            <translation>
                <numerusform>Discard %n change? It never reaches the server and cannot be brought back.</numerusform>
                <numerusform>Discard %n changes? They never reach the server and cannot be brought back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made offline have not reached the server yet.</source>
            <translation>
                <numerusform>%n change made offline has not reached the server yet.</numerusform>
                <numerusform>%n changes made offline have not reached the server yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) were refused by the server and wait for your decision.</source>
            <translation>
                <numerusform>%n change was refused by the server and waits for your decision.</numerusform>
                <numerusform>%n changes were refused by the server and wait for your decision.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message numerus="yes">
            <source>%n update(s) wait while the pointer is on the list</source>
            <translation>
                <numerusform>%n update waits while the pointer is on the list</numerusform>
                <numerusform>%n updates wait while the pointer is on the list</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message numerus="yes">
            <source>Flowdesk: %n open exception(s)</source>
            <translation>
                <numerusform>Flowdesk: %n open exception</numerusform>
                <numerusform>Flowdesk: %n open exceptions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more not shown</source>
            <translation>
                <numerusform>%n more not shown</numerusform>
                <numerusform>%n more not shown</numerusform>
            </translation>
        </message>
    </context>
</TS>
