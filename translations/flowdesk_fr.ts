<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Flowdesk::ActionController</name>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="25" />
            <source>Assign to &amp;Me</source>
            <translation>&amp;M'attribuer</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="25" />
            <source>Take this exception over</source>
            <translation>Prendre cette exception en charge</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="26" />
            <source>&amp;Assign…</source>
            <translation>&amp;Attribuer…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="26" />
            <source>Hand this exception to a colleague</source>
            <translation>Confier cette exception à un collègue</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="27" />
            <source>&amp;Comment…</source>
            <translation>&amp;Commenter…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="27" />
            <source>Add a note to the transaction's history</source>
            <translation>Ajouter une note à l'historique de la transaction</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="28" />
            <source>&amp;Resubmit</source>
            <translation>&amp;Renvoyer</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="29" />
            <source>Send the transaction to its target again, with its current payload</source>
            <translation>Envoyer de nouveau la transaction à sa cible, avec sa charge utile actuelle</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="30" />
            <source>&amp;Discard…</source>
            <translation>Aban&amp;donner…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="30" />
            <source>Give up on this transaction; a reason is required</source>
            <translation>Renoncer à cette transaction ; un motif est obligatoire</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="31" />
            <source>Resolve &amp;Manually…</source>
            <translation>Résoudre ma&amp;nuellement…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="32" />
            <source>Mark as resolved outside Flowdesk; a reason is required</source>
            <translation>Marquer comme résolue hors de Flowdesk ; un motif est obligatoire</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="33" />
            <source>&amp;Bulk Action…</source>
            <translation>Action &amp;groupée…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="34" />
            <source>Resubmit, discard, assign or patch the selection or an error group</source>
            <translation>Renvoyer, abandonner, attribuer ou corriger la sélection ou un groupe d'erreurs</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="36" />
            <source>&amp;Triage Status</source>
            <translation>Statut de &amp;triage</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="114" />
            <source>Waiting for the previous change to be confirmed…</source>
            <translation>En attente de la confirmation de la modification précédente…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="134" />
            <source>Your role (%1) may look at exceptions but not change or resend them.</source>
            <translation>Votre rôle (%1) permet de consulter les exceptions, mais pas de les modifier ni de les renvoyer.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="136" />
            <source>Bulk actions need the server: they cannot wait to be sent while it cannot be reached</source>
            <translation>Les actions groupées nécessitent le serveur : elles ne peuvent pas attendre d'être envoyées tant qu'il est injoignable</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="150" />
            <source>Where the investigation stands</source>
            <translation>Où en est l'analyse</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="155" />
            <source>Already assigned to you</source>
            <translation>Vous est déjà attribuée</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="200" />
            <source>%1: the server cannot be reached; the change waits on this computer and is sent when it answers again (pending sync).</source>
            <translation>%1 : le serveur est injoignable ; la modification attend sur cet ordinateur et sera envoyée dès qu'il répondra (synchronisation en attente).</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="207" />
            <source>%1: the server could not be reached, so it is not known whether the change arrived. Sending it again is safe: it takes effect only once.</source>
            <translation>%1 : le serveur n'a pas pu être joint, on ne sait donc pas si la modification est arrivée. La renvoyer est sans risque : elle ne prend effet qu'une seule fois.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="211" />
            <source>Connection lost</source>
            <translation>Connexion perdue</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="212" />
            <source>Send Again</source>
            <translation>Envoyer à nouveau</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="225" />
            <source>Changed by someone else</source>
            <translation>Modifiée par quelqu'un d'autre</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="225" />
            <source>%1 was changed meanwhile: %2</source>
            <translation>%1 a été modifiée entre-temps : %2</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="241" />
            <source>payload</source>
            <translation>charge utile</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="242" />
            <source>The server refused the payload:
%1</source>
            <translation>Le serveur a refusé la charge utile :
%1</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="255" />
            <location filename="../ui/commands/actioncontroller.cpp" line="260" />
            <source>Not allowed</source>
            <translation>Non autorisé</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="256" />
            <source>%1 is no longer within your scope: your role or domains were changed. Nothing was changed; what you typed stays in the form so you can copy it or hand it on.</source>
            <translation>%1 ne fait plus partie de votre périmètre : votre rôle ou vos domaines ont changé. Rien n'a été modifié ; votre saisie reste dans le formulaire pour que vous puissiez la copier ou la transmettre.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="261" />
            <source>Your role no longer allows this, so %1 was not changed. What you typed stays in the form so you can copy it or hand it on.</source>
            <translation>Votre rôle ne le permet plus, %1 n'a donc pas été modifiée. Votre saisie reste dans le formulaire pour que vous puissiez la copier ou la transmettre.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="265" />
            <source>Signed out</source>
            <translation>Déconnecté</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="265" />
            <source>Your session ended before the change was sent. Sign in again and repeat it; your edit stays open.</source>
            <translation>Votre session a pris fin avant l'envoi de la modification. Reconnectez-vous et recommencez ; votre modification reste ouverte.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="268" />
            <source>Not done</source>
            <translation>Non effectué</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="268" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="270" />
            <source>%1: done.</source>
            <translation>%1 : terminé.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AssignCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="85" />
            <source>Assign</source>
            <translation>Attribuer</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="86" />
            <source>Assign %1 to (user name, empty to unassign):</source>
            <translation>Attribuer %1 à (nom d'utilisateur, vide pour retirer l'attribution) :</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="103" />
            <source>Assigning %1…</source>
            <translation>Attribution de %1…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditEntry</name>
        <message>
            <location filename="../models/auditentry.cpp" line="30" />
            <source>Signed in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="31" />
            <source>Signed out</source>
            <translation>Déconnecté</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="32" />
            <source>Sign-in attempts slowed down</source>
            <translation>Tentatives de connexion ralenties</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="32" />
            <source>Bulk action</source>
            <translation>Action groupée</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="33" />
            <source>Paused connector</source>
            <translation>Connecteur suspendu</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="34" />
            <source>Resumed connector</source>
            <translation>Connecteur repris</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="35" />
            <source>Tested connector</source>
            <translation>Connecteur testé</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="36" />
            <source>Set credential</source>
            <translation>Identifiants définis</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="37" />
            <source>Created user</source>
            <translation>Utilisateur créé</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="38" />
            <source>Changed user</source>
            <translation>Utilisateur modifié</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="39" />
            <source>Reset password</source>
            <translation>Mot de passe réinitialisé</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>Transaction</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Connecteur</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Bulk job</source>
            <translation>Tâche groupée</translation>
        </message>
        <message>
            <source>Site configuration</source>
            <translation>Configuration du site</translation>
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
            <translation>Entrée %1, hachage %2, précédente %3</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="83" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="84" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="85" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="86" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="87" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="88" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="89" />
            <source>#</source>
            <translation>N°</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="46" />
            <source>Audit Trail</source>
            <translation>Piste d'audit</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="55" />
            <source>Any user</source>
            <translation>Tous les utilisateurs</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="59" />
            <source>Any action</source>
            <translation>Toutes les actions</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="68" />
            <source>Any target</source>
            <translation>Toutes les cibles</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="76" />
            <source>Target id, e.g. odoo or a transaction number</source>
            <translation>Identifiant de la cible, p. ex. odoo ou un numéro de transaction</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="80" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="87" />
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="97" />
            <source>Apply Filter</source>
            <translation>Appliquer le filtre</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="101" />
            <source>Load the newest entries that match the filter (F5)</source>
            <translation>Charger les entrées les plus récentes correspondant au filtre (F5)</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="102" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="103" />
            <source>Show every entry again</source>
            <translation>Afficher de nouveau toutes les entrées</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="106" />
            <source>Who:</source>
            <translation>Qui :</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="108" />
            <source>Action:</source>
            <translation>Action :</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="110" />
            <source>Target:</source>
            <translation>Cible :</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="126" />
            <source>Verify Chain</source>
            <translation>Vérifier la chaîne</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="134" />
            <source>Save every entry that matches the filter as a CSV file</source>
            <translation>Enregistrer toutes les entrées correspondant au filtre dans un fichier CSV</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="166" />
            <source>Select an entry to see all it records, including its hashes</source>
            <translation>Sélectionnez une entrée pour voir tout ce qu'elle enregistre, y compris ses hachages</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="132" />
            <source>Export Audit Trail</source>
            <translation>Exporter la piste d'audit</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="200" />
            <source>Every action by every user. Each entry carries the hash of the one before it, so an edited or deleted entry breaks the chain.</source>
            <translation>Chaque action de chaque utilisateur. Chaque entrée porte le hachage de la précédente : une entrée modifiée ou supprimée rompt la chaîne.</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="203" />
            <source>You see only your own actions: the whole trail is for auditors and IT admins.</source>
            <translation>Vous ne voyez que vos propres actions : la piste complète est réservée aux auditeurs et aux administrateurs informatiques.</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="205" />
            <source>User name of the person who acted</source>
            <translation>Nom d'utilisateur de la personne qui a agi</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="206" />
            <source>Your role (%1) sees only its own actions</source>
            <translation>Votre rôle (%1) ne voit que ses propres actions</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="208" />
            <source>Recompute every entry's hash and check each link of the chain</source>
            <translation>Recalculer le hachage de chaque entrée et vérifier chaque maillon de la chaîne</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="209" />
            <source>Only auditors and IT admins can verify the whole audit chain</source>
            <translation>Seuls les auditeurs et les administrateurs informatiques peuvent vérifier toute la chaîne d'audit</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="307" />
            <source>Not loaded: %1</source>
            <translation>Non chargé : %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="309" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="311" />
            <source>No entries match the filter</source>
            <translation>Aucune entrée ne correspond au filtre</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="313" />
            <source>%1 of %2 entries loaded</source>
            <translation>Entrées chargées : %1 sur %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="340" />
            <source>Verifying every entry…</source>
            <translation>Vérification de toutes les entrées…</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="346" />
            <source>The chain could not be verified: %1</source>
            <translation>La chaîne n'a pas pu être vérifiée : %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="352" />
            <source>✔ Chain intact: all %1 entries verified at %2</source>
            <translation>✔ Chaîne intacte : les %1 entrées vérifiées à %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="357" />
            <source>✘ Chain broken at entry %1: %2 (%3 entries before it are intact)</source>
            <translation>✘ Chaîne rompue à l'entrée %1 : %2 (les %3 entrées précédentes sont intactes)</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="383" />
            <source>Exporting… %1 of %2 entries</source>
            <translation>Exportation… %1 entrées sur %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="393" />
            <source>%1 could not be written: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="394" />
            <source>Export failed: %1</source>
            <translation>Échec de l'exportation : %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="399" />
            <source>%1 entries saved to %2</source>
            <translation>%1 entrées enregistrées dans %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="421" />
            <source>Entry %1 · %2 · %3 (%4)
</source>
            <translation>Entrée %1 · %2 · %3 (%4)
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="424" />
            <source>Action: %1 (%2) on %3 %4
</source>
            <translation>Action : %1 (%2) sur %3 %4
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="426" />
            <source>Reason: %1
</source>
            <translation>Motif : %1
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="428" />
            <source>Details: %1
</source>
            <translation>Détails : %1
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="431" />
            <source>Change:
%1
</source>
            <translation>Modification :
%1
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="434" />
            <source>Request: %1
</source>
            <translation>Requête : %1
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="435" />
            <source>Hash: %1
Previous: %2</source>
            <translation>Hachage : %1
Précédent : %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="435" />
            <source>(first entry)</source>
            <translation>(première entrée)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BacklogAgeChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="348" />
            <source>Stuck orders by age</source>
            <translation>Commandes bloquées par ancienneté</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="363" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="371" />
            <source>Stuck orders</source>
            <translation>Commandes bloquées</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="389" />
            <source>&lt;b&gt;Waiting %1&lt;/b&gt;&lt;br&gt;Stuck orders: %2</source>
            <translation>&lt;b&gt;En attente depuis %1&lt;/b&gt;&lt;br&gt;Commandes bloquées : %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="392" />
            <source>&lt;br&gt;(of the %1 most overdue; %2 stuck in all)</source>
            <translation>&lt;br&gt;(parmi les %1 plus en retard ; %2 bloquées au total)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="393" />
            <source>&lt;br&gt;&lt;i&gt;Click to see them&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Cliquez pour les voir&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="401" />
            <source>Nothing is stuck. Every open transaction is within its SLA.</source>
            <translation>Rien n'est bloqué. Toutes les transactions ouvertes respectent leur SLA.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="105" />
            <source>Bulk action</source>
            <translation>Action groupée</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="121" />
            <source>Reason (required), kept in each transaction's history</source>
            <translation>Motif (obligatoire), conservé dans l'historique de chaque transaction</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="125" />
            <source>User name; empty unassigns</source>
            <translation>Nom d'utilisateur ; vide pour retirer l'attribution</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="130" />
            <source>Field, e.g. /lines/0/uom</source>
            <translation>Champ, p. ex. /lines/0/uom</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="133" />
            <source>New value, e.g. PCE or 42</source>
            <translation>Nouvelle valeur, p. ex. PCE ou 42</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="140" />
            <source>Set</source>
            <translation>Mettre</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="142" />
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="154" />
            <source>Preview first: nothing changes until you run the action.</source>
            <translation>Prévisualisez d'abord : rien ne change tant que vous n'exécutez pas l'action.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="165" />
            <source>Transaction</source>
            <translation>Transaction</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="165" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="165" />
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="170" />
            <source>&amp;Preview</source>
            <translation>A&amp;perçu</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="172" />
            <source>&amp;Run</source>
            <translation>E&amp;xécuter</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="174" />
            <source>&amp;Stop Job</source>
            <translation>&amp;Arrêter la tâche</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="176" />
            <source>Stops after the items in progress; those done stay done</source>
            <translation>S'arrête après les éléments en cours ; ceux déjà traités le restent</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="177" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="200" />
            <source>Action:</source>
            <translation>Action :</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="316" />
            <source>%1 becomes the text "%2" in each transaction, which is then resubmitted.</source>
            <translation>%1 devient le texte « %2 » dans chaque transaction, qui est ensuite renvoyée.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="319" />
            <source>%1 becomes the number %2 in each transaction, which is then resubmitted.</source>
            <translation>%1 devient le nombre %2 dans chaque transaction, qui est ensuite renvoyée.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="322" />
            <source>%1 becomes %2 in each transaction, which is then resubmitted.</source>
            <translation>%1 devient %2 dans chaque transaction, qui est ensuite renvoyée.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="329" />
            <source>Select transactions or an error group first.</source>
            <translation>Sélectionnez d'abord des transactions ou un groupe d'erreurs.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="331" />
            <source>A reason is required.</source>
            <translation>Un motif est obligatoire.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="335" />
            <source>Name the field as a path starting with /, e.g. /lines/0/uom.</source>
            <translation>Indiquez le champ sous forme de chemin commençant par /, p. ex. /lines/0/uom.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="337" />
            <source>%1 is not a field path: a ~ must be followed by 0 (for ~) or 1 (for /).</source>
            <translation>%1 n'est pas un chemin de champ : un ~ doit être suivi de 0 (pour ~) ou de 1 (pour /).</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="345" />
            <source>No field %1 in the payloads of %2. Check the spelling, e.g. /lines/0/uom.</source>
            <translation>Aucun champ %1 dans les charges utiles de %2. Vérifiez l'orthographe, p. ex. /lines/0/uom.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="351" />
            <source>Type the new value for %1.</source>
            <translation>Saisissez la nouvelle valeur de %1.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="353" />
            <source>%1 takes a number, e.g. 42 or 2.5; "%2" is not one.</source>
            <translation>%1 attend un nombre, p. ex. 42 ou 2.5 ; « %2 » n'en est pas un.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="389" />
            <source>Checking what would happen…</source>
            <translation>Vérification de ce qui se passerait…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="389" />
            <source>Starting…</source>
            <translation>Démarrage…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="395" />
            <source>The server could not be reached. Trying again is safe: the job starts once.</source>
            <translation>Le serveur n'a pas pu être joint. Réessayer est sans risque : la tâche ne démarre qu'une fois.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="396" />
            <source>Not started: %1</source>
            <translation>Non démarrée : %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="407" />
            <source>Lost sight of the job (%1); it goes on in the server.</source>
            <translation>Suivi de la tâche perdu (%1) ; elle se poursuit sur le serveur.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="429" />
            <source>None of the %1 would change: each would be refused (see below why). Nothing has been changed.</source>
            <translation>Aucune des %1 ne changerait : chacune serait refusée (voir ci-dessous pourquoi). Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="432" />
            <source>%1 of %2 would change; %3 would be refused (see below).</source>
            <translation>%1 sur %2 changeraient ; %3 seraient refusées (voir ci-dessous).</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="427" />
            <source>Checking %1 of %2…</source>
            <translation>Vérification de %1 sur %2…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="435" />
            <source>%1: %2 of %3 done, %4 changed, %5 refused.</source>
            <translation>%1 : %2 sur %3 traitées, %4 modifiées, %5 refusées.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="452" />
            <source>would change</source>
            <translation>changerait</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="452" />
            <location filename="../ui/exceptions/bulkdialog.cpp" line="465" />
            <source>changed</source>
            <translation>modifiée</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="452" />
            <source>refused</source>
            <translation>refusée</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="478" />
            <source>Could not stop the job: %1</source>
            <translation>Impossible d'arrêter la tâche : %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="492" />
            <source>Runs the action in the server</source>
            <translation>Exécute l'action sur le serveur</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="493" />
            <source>This job has run</source>
            <translation>Cette tâche a été exécutée</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="494" />
            <source>Nothing would change: every transaction would be refused</source>
            <translation>Rien ne changerait : toutes les transactions seraient refusées</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="495" />
            <source>Preview first</source>
            <translation>Prévisualisez d'abord</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CloseCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="209" />
            <source>Discard %1</source>
            <translation>Abandonner %1</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="210" />
            <source>Resolve %1 manually</source>
            <translation>Résoudre %1 manuellement</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="212" />
            <source>The transaction will not be delivered. Say why, for the history and for colleagues:</source>
            <translation>La transaction ne sera pas transmise. Indiquez pourquoi, pour l'historique et pour vos collègues :</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="213" />
            <source>Say how it was resolved outside Flowdesk (for example, entered by hand in the target system):</source>
            <translation>Indiquez comment elle a été résolue hors de Flowdesk (par exemple, saisie à la main dans le système cible) :</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="230" />
            <source>Discarding %1…</source>
            <translation>Abandon de %1…</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="231" />
            <source>Resolving %1…</source>
            <translation>Résolution de %1…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Command</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="27" />
            <source>Select a transaction first.</source>
            <translation>Sélectionnez d'abord une transaction.</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="29" />
            <source>Works on one transaction at a time; use Bulk action… for a selection.</source>
            <translation>Agit sur une seule transaction à la fois ; utilisez Action groupée… pour une sélection.</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="31" />
            <source>Sign in first: what you may do is known once the server has answered for you.</source>
            <translation>Connectez-vous d'abord : ce que vous pouvez faire est connu une fois que le serveur a répondu pour vous.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CommentCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="117" />
            <source>Comment on %1</source>
            <translation>Commenter %1</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="118" />
            <source>Your comment is kept in the transaction's history for everyone who works on it.</source>
            <translation>Votre commentaire est conservé dans l'historique de la transaction pour toutes les personnes qui la traitent.</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="134" />
            <source>Adding comment…</source>
            <translation>Ajout du commentaire…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConflictDialog</name>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="42" />
            <source>%1 was changed by someone else</source>
            <translation>%1 a été modifiée par quelqu'un d'autre</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="46" />
            <source>You started from version %1; the transaction is now at version %2 (%3, last change %4). Nothing was saved or sent, and nothing of theirs was overwritten.

Reload to continue from their version; your edit is copied to the clipboard so you can apply it again.</source>
            <translation>Vous êtes parti de la version %1 ; la transaction en est maintenant à la version %2 (%3, dernière modification %4). Rien n'a été enregistré ni envoyé, et rien de ce que l'autre personne a fait n'a été écrasé.

Rechargez pour repartir de sa version ; votre modification est copiée dans le presse-papiers pour que vous puissiez l'appliquer de nouveau.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="56" />
            <source>Your version (not saved)</source>
            <translation>Votre version (non enregistrée)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="57" />
            <source>Current version %1</source>
            <translation>Version actuelle %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="62" />
            <source>Reload Their Version</source>
            <translation>Recharger leur version</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="64" />
            <source>Keep My Edit Open</source>
            <translation>Garder ma modification ouverte</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="66" />
            <source>Stay on your edit; saving again will still be refused until you reload</source>
            <translation>Rester sur votre modification ; un nouvel enregistrement sera refusé tant que vous n'aurez pas rechargé</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <location filename="../models/connector.cpp" line="8" />
            <source>Up</source>
            <translation>Opérationnel</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="9" />
            <source>Degraded</source>
            <translation>Dégradé</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="10" />
            <source>Down</source>
            <translation>En panne</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="11" />
            <source>Paused</source>
            <translation>Suspendu</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="14" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="27" />
            <source>Bank</source>
            <translation>Banque</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="29" />
            <source>Web shop</source>
            <translation>Boutique en ligne</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="36" />
            <source>API key</source>
            <translation>Clé d'API</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="38" />
            <source>OAuth 2 client secret</source>
            <translation>Secret client OAuth 2</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="40" />
            <source>User name and password</source>
            <translation>Nom d'utilisateur et mot de passe</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="42" />
            <source>Client certificate</source>
            <translation>Certificat client</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConnectorListModel</name>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="31" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="35" />
            <source>just now</source>
            <translation>à l'instant</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="37" />
            <source>%1 min ago</source>
            <translation>il y a %1 min</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="39" />
            <source>%1 h ago</source>
            <translation>il y a %1 h</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="40" />
            <source>%1 d ago</source>
            <translation>il y a %1 j</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="61" />
            <source>Paused: %1</source>
            <translation>Suspendu : %1</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="68" />
            <source>%1 · none set</source>
            <translation>%1 · non définis</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="69" />
            <source>%1 · v%2 · %3</source>
            <translation>%1 · v%2 · %3</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="72" />
            <source>Unknown age: never set in Flowdesk</source>
            <translation>Ancienneté inconnue : jamais définis dans Flowdesk</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="72" />
            <source>never rotated</source>
            <translation>jamais renouvelés</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="73" />
            <source>%1 by %2</source>
            <translation>%1 par %2</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="74" />
            <source>Overdue: %1</source>
            <translation>En retard : %1</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="83" />
            <source>%1 (%2), connector id %3</source>
            <translation>%1 (%2), identifiant de connecteur %3</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="86" />
            <source>Deliveries succeed</source>
            <translation>Les transmissions réussissent</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="87" />
            <source>At least one in five recent deliveries failed</source>
            <translation>Au moins une transmission récente sur cinq a échoué</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="88" />
            <source>Nearly all recent deliveries failed</source>
            <translation>Presque toutes les transmissions récentes ont échoué</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="91" />
            <source>Paused: transactions to this system wait and are delivered after it is resumed</source>
            <translation>Suspendu : les transactions vers ce système attendent et seront transmises après la reprise</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="92" />
            <source>Paused (%1): transactions to this system wait and are delivered after it is resumed</source>
            <translation>Suspendu (%1) : les transactions vers ce système attendent et seront transmises après la reprise</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="98" />
            <source>%1
Authentication: %2</source>
            <translation>%1
Authentification : %2</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="102" />
            <source>Share of failed deliveries among the recent attempts</source>
            <translation>Part des transmissions échouées parmi les tentatives récentes</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="105" />
            <source>Version %1, SHA-256 fingerprint %2. The secret itself is never shown.</source>
            <translation>Version %1, empreinte SHA-256 %2. Le secret lui-même n'est jamais affiché.</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="107" />
            <source>No credential has been set through Flowdesk</source>
            <translation>Aucun identifiant n'a été défini via Flowdesk</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="110" />
            <source>Rotated %1 by %2.</source>
            <translation>Renouvelés le %1 par %2.</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="112" />
            <source>No credential has been set through Flowdesk, so its age is not known. Set it once to start tracking rotation.</source>
            <translation>Aucun identifiant n'a été défini via Flowdesk, leur ancienneté est donc inconnue. Définissez-les une fois pour commencer à suivre leur renouvellement.</translation>
        </message>
        <message numerus="yes">
            <location filename="../models/connectorlistmodel.cpp" line="115" />
            <source>Policy: rotate every %n days.</source>
            <translation>
                <numerusform>Règle : renouveler tous les jours.</numerusform>
                <numerusform>Règle : renouveler tous les %n jours.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="146" />
            <source>Connector</source>
            <translation>Connecteur</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="147" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="148" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="149" />
            <source>Endpoint</source>
            <translation>Point de terminaison</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="150" />
            <source>Last success</source>
            <translation>Dernier succès</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="151" />
            <source>Error rate</source>
            <translation>Taux d'erreur</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="152" />
            <source>Credential</source>
            <translation>Identifiants</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="153" />
            <source>Last rotation</source>
            <translation>Dernier renouvellement</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConnectorsPage</name>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="43" />
            <source>Connectors</source>
            <translation>Connecteurs</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="51" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="54" />
            <source>Load the connectors' status again</source>
            <translation>Recharger le statut des connecteurs</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="56" />
            <source>Pause…</source>
            <translation>Suspendre…</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="58" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="60" />
            <source>Test Connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="63" />
            <source>Set Credential…</source>
            <translation>Définir les identifiants…</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="66" />
            <source>Reload Configuration</source>
            <translation>Recharger la configuration</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="138" />
            <source>Your role (%1) cannot see connectors. IT admins, operators and auditors can.</source>
            <translation>Votre rôle (%1) ne permet pas de voir les connecteurs. Les administrateurs informatiques, les opérateurs et les auditeurs le peuvent.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="145" />
            <source>Connectors could not be loaded: %1</source>
            <translation>Les connecteurs n'ont pas pu être chargés : %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="160" />
            <source>Connectors: %1</source>
            <translation>Connecteurs : %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="161" />
            <source>%n down</source>
            <translation>
                <numerusform>%n en panne</numerusform>
                <numerusform>%n en panne</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="161" />
            <source>none down</source>
            <translation>aucun en panne</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="163" />
            <source>%n degraded</source>
            <translation>
                <numerusform>%n dégradé</numerusform>
                <numerusform>%n dégradés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="165" />
            <source>%n paused</source>
            <translation>
                <numerusform>%n suspendu</numerusform>
                <numerusform>%n suspendus</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="167" />
            <source>credentials overdue for rotation: %1</source>
            <translation>identifiants à renouveler en retard : %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="169" />
            <source>credentials never set in Flowdesk: %1</source>
            <translation>identifiants jamais définis dans Flowdesk : %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="172" />
            <source>You can see the status. Only IT admins can pause, test or rotate credentials.</source>
            <translation>Vous pouvez voir le statut. Seuls les administrateurs informatiques peuvent suspendre, tester ou renouveler les identifiants.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="207" />
            <source>Waiting for the previous action to finish</source>
            <translation>En attente de la fin de l'action précédente</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="209" />
            <source>Select a connector first</source>
            <translation>Sélectionnez d'abord un connecteur</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="216" />
            <source>Only IT admins can pause connectors</source>
            <translation>Seuls les administrateurs informatiques peuvent suspendre les connecteurs</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="217" />
            <source>%1 is already paused</source>
            <translation>%1 est déjà suspendu</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="218" />
            <source>Pause deliveries to %1 for a maintenance window; its transactions wait and do not fail</source>
            <translation>Suspendre les transmissions vers %1 pendant une fenêtre de maintenance ; ses transactions attendent et n'échouent pas</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="219" />
            <source>Only IT admins can resume connectors</source>
            <translation>Seuls les administrateurs informatiques peuvent reprendre les connecteurs</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="220" />
            <source>%1 is not paused</source>
            <translation>%1 n'est pas suspendu</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="220" />
            <source>Resume deliveries to %1; waiting transactions are sent</source>
            <translation>Reprendre les transmissions vers %1 ; les transactions en attente sont envoyées</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="221" />
            <source>Only IT admins can test connections</source>
            <translation>Seuls les administrateurs informatiques peuvent tester les connexions</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="222" />
            <source>Open a test connection to %1 through the delivery adapter</source>
            <translation>Ouvrir une connexion de test vers %1 via l'adaptateur de transmission</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="223" />
            <source>Only IT admins can set credentials</source>
            <translation>Seuls les administrateurs informatiques peuvent définir les identifiants</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="224" />
            <source>Replace the credential of %1 (the current secret is never shown)</source>
            <translation>Remplacer les identifiants de %1 (le secret actuel n'est jamais affiché)</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="227" />
            <source>Only IT admins can reload the configuration</source>
            <translation>Seuls les administrateurs informatiques peuvent recharger la configuration</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="228" />
            <source>Waiting for the server to read its configuration file</source>
            <translation>En attente de la lecture de son fichier de configuration par le serveur</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="232" />
            <source>Have the server read its configuration file again (flows, connectors, what-to-do texts). A file with errors changes nothing; work in progress is kept.</source>
            <translation>Faire relire au serveur son fichier de configuration (flux, connecteurs, textes « que faire »). Un fichier comportant des erreurs ne change rien ; le travail en cours est conservé.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="245" />
            <source>The server is reading its configuration file…</source>
            <translation>Le serveur lit son fichier de configuration…</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="252" />
            <source>This server runs without a configuration file (it was started without --config), so there is nothing to reload. Its flows and connectors stay as they are.</source>
            <translation>Ce serveur fonctionne sans fichier de configuration (il a été démarré sans --config), il n'y a donc rien à recharger. Ses flux et connecteurs restent inchangés.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="258" />
            <source>The configuration file has %n error(s); nothing was changed.</source>
            <translation>
                <numerusform>Le fichier de configuration contient %n erreur ; rien n'a été modifié.</numerusform>
                <numerusform>Le fichier de configuration contient %n erreurs ; rien n'a été modifié.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="268" />
            <source>The configuration could not be reloaded: %1</source>
            <translation>La configuration n'a pas pu être rechargée : %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="271" />
            <source>Configuration reloaded from %1: flows %2, connectors %3.</source>
            <translation>Configuration rechargée depuis %1 : flux %2, connecteurs %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="277" />
            <source>%n flow(s) added, removed or with a new payload format.</source>
            <translation>
                <numerusform>%n flux ajouté, supprimé ou avec un nouveau format de charge utile.</numerusform>
                <numerusform>%n flux ajoutés, supprimés ou avec un nouveau format de charge utile.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="309" />
            <source>Pause %1</source>
            <translation>Suspendre %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="310" />
            <source>Transactions to %1 will wait until it is resumed; none of them fail.
Reason (kept in the audit trail):</source>
            <translation>Les transactions vers %1 attendront sa reprise ; aucune n'échoue.
Motif (conservé dans la piste d'audit) :</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="312" />
            <source>Maintenance window</source>
            <translation>Fenêtre de maintenance</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="329" />
            <source>%1 is paused. Its transactions wait until you resume it.</source>
            <translation>%1 est suspendu. Ses transactions attendent jusqu'à ce que vous le repreniez.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="345" />
            <source>%1 is resumed. Waiting transactions are being delivered.</source>
            <translation>%1 a repris. Les transactions en attente sont en cours de transmission.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="356" />
            <source>Testing the connection to %1…</source>
            <translation>Test de la connexion à %1…</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="364" />
            <source>Connection to %1 works (%2 ms). %3</source>
            <translation>La connexion à %1 fonctionne (%2 ms). %3</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="366" />
            <source>Connection to %1 failed: %2</source>
            <translation>Échec de la connexion à %1 : %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="379" />
            <source>Credential of %1 replaced: version %2, fingerprint %3.</source>
            <translation>Identifiants de %1 remplacés : version %2, empreinte %3.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="382" />
            <source>Authentication failures replayed unchanged: %1.</source>
            <translation>Échecs d'authentification rejoués tels quels : %1.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConsoleApp</name>
        <message>
            <location filename="../app/consoleapp.cpp" line="42" />
            <source>Connectors</source>
            <translation>Connecteurs</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="43" />
            <source>Target systems: status, pause and resume, credentials (IT admins)</source>
            <translation>Systèmes cibles : statut, suspension et reprise, identifiants (administrateurs informatiques)</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="48" />
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="49" />
            <source>Accounts, roles and scopes</source>
            <translation>Comptes, rôles et périmètres</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="50" />
            <source>Accounts and roles: only IT admins manage users</source>
            <translation>Comptes et rôles : seuls les administrateurs informatiques gèrent les utilisateurs</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="54" />
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="55" />
            <source>Who changed what, and proof that the trail is intact</source>
            <translation>Qui a modifié quoi, et la preuve que la piste est intacte</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="78" />
            <source>Exceptions</source>
            <translation>Exceptions</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="79" />
            <source>Failed transactions by business impact: find, fix, resubmit</source>
            <translation>Transactions en échec par impact métier : trouver, corriger, renvoyer</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="115" />
            <source>Server Unreachable</source>
            <translation>Serveur injoignable</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="116" />
            <source>The server %1 cannot be reached.</source>
            <translation>Le serveur %1 est injoignable.</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="118" />
            <source>Open the data saved on this computer for %1? You can look at it but not change it until the server answers again; then Flowdesk asks you to sign in.</source>
            <translation>Ouvrir les données enregistrées sur cet ordinateur pour %1 ? Vous pouvez les consulter, mais pas les modifier tant que le serveur ne répond pas ; Flowdesk vous demandera alors de vous connecter.</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="121" />
            <source>Open Saved Data</source>
            <translation>Ouvrir les données enregistrées</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="122" />
            <source>Stay Here</source>
            <translation>Rester ici</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="139" />
            <source>The server answers again. Sign in to bring your saved data up to date and send the changes you made offline.</source>
            <translation>Le serveur répond de nouveau. Connectez-vous pour mettre à jour vos données enregistrées et envoyer les modifications faites hors ligne.</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="189" />
            <source>Flowdesk demo</source>
            <translation>Démo Flowdesk</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="190" />
            <source>The demo could not be started.

%1</source>
            <translation>La démo n'a pas pu être démarrée.

%1</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="191" />
            <source>Reset Demo Data and Retry</source>
            <translation>Réinitialiser les données de démo et réessayer</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="192" />
            <source>Deletes the demo server's sample data on this computer and starts afresh</source>
            <translation>Supprime les données d'exemple du serveur de démo sur cet ordinateur et repart de zéro</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="210" />
            <source>Demo server on this computer (%1)</source>
            <translation>Serveur de démo sur cet ordinateur (%1)</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="211" />
            <source>Demo accounts: operator (sales and finance), viewer (plant DE01), admin, auditor. The password is "demo-" followed by the name, for example demo-operator.</source>
            <translation>Comptes de démo : operator (ventes et finance), viewer (usine DE01), admin, auditor. Le mot de passe est « demo- » suivi du nom, par exemple demo-operator.</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="305" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="306" />
            <source>Flow health at a glance: status per flow, stuck orders, throughput and failures</source>
            <translation>La santé des flux en un coup d'œil : statut par flux, commandes bloquées, débit et échecs</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="310" />
            <source>Stuck orders</source>
            <translation>Commandes bloquées</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="310" />
            <source>Transactions past their SLA and not closed, most overdue first</source>
            <translation>Transactions ayant dépassé leur SLA et non clôturées, les plus en retard d'abord</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="195" />
            <source>The demo server stopped; starting it again…</source>
            <translation>Le serveur de démo s'est arrêté ; redémarrage…</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="202" />
            <source>The demo server is running again.</source>
            <translation>Le serveur de démo fonctionne de nouveau.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CredentialDialog</name>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="24" />
            <source>Set Credential – %1</source>
            <translation>Définir les identifiants – %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="27" />
            <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Authentication: %3&lt;br&gt;&lt;br&gt;The new secret is stored encrypted on the server. Nobody can display it again, not even here.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Authentification : %3&lt;br&gt;&lt;br&gt;Le nouveau secret est stocké chiffré sur le serveur. Personne ne peut l'afficher de nouveau, pas même ici.</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="45" />
            <source>New secret</source>
            <translation>Nouveau secret</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="50" />
            <source>The same secret again</source>
            <translation>Le même secret, une seconde fois</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="52" />
            <source>Replay the failures that this connector's authentication caused</source>
            <translation>Rejouer les échecs causés par l'authentification de ce connecteur</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="54" />
            <source>After storing the secret, transactions to %1 that failed with an authentication error are sent again unchanged. Business payloads are never edited.</source>
            <translation>Après l'enregistrement du secret, les transactions vers %1 qui ont échoué sur une erreur d'authentification sont renvoyées sans modification. Les charges utiles métier ne sont jamais modifiées.</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="70" />
            <source>Current credential:</source>
            <translation>Identifiants actuels :</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="71" />
            <source>New secret:</source>
            <translation>Nouveau secret :</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="72" />
            <source>Confirm:</source>
            <translation>Confirmation :</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="76" />
            <source>Store Credential</source>
            <translation>Enregistrer les identifiants</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="98" />
            <source>None set through Flowdesk yet</source>
            <translation>Aucun défini via Flowdesk pour l'instant</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="102" />
            <source>Version %1 · fingerprint %2</source>
            <translation>Version %1 · empreinte %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="104" />
            <source>Set %1 by %2</source>
            <translation>Définis le %1 par %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/credentialdialog.cpp" line="109" />
            <source>Overdue: the policy asks for a new secret every %n days</source>
            <translation>
                <numerusform>En retard : la règle exige un nouveau secret chaque jour</numerusform>
                <numerusform>En retard : la règle exige un nouveau secret tous les %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/credentialdialog.cpp" line="111" />
            <source>Policy: a new secret every %n days</source>
            <translation>
                <numerusform>Règle : un nouveau secret chaque jour</numerusform>
                <numerusform>Règle : un nouveau secret tous les %n jours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="130" />
            <source>The credential is stored</source>
            <translation>Les identifiants sont enregistrés</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="132" />
            <source>Storing…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="134" />
            <source>Enter the new secret</source>
            <translation>Saisissez le nouveau secret</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="136" />
            <source>Enter the secret again to confirm it</source>
            <translation>Saisissez de nouveau le secret pour le confirmer</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="136" />
            <source>The two entries differ</source>
            <translation>Les deux saisies diffèrent</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="142" />
            <source>The two entries differ.</source>
            <translation>Les deux saisies diffèrent.</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="164" />
            <location filename="../ui/admin/credentialdialog.cpp" line="167" />
            <source>The credential was not stored: %1</source>
            <translation>Les identifiants n'ont pas été enregistrés : %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="175" />
            <source>Stored as version %1 (fingerprint %2).</source>
            <translation>Enregistrés en version %1 (empreinte %2).</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="180" />
            <source>Authentication failures replayed unchanged: %1.</source>
            <translation>Échecs d'authentification rejoués tels quels : %1.</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="184" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CsvExportButton</name>
        <message>
            <location filename="../ui/common/csvexportbutton.cpp" line="22" />
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <location filename="../ui/common/csvexportbutton.cpp" line="27" />
            <source>For Excel (UTF-8 with byte order mark)</source>
            <translation>Pour Excel (UTF-8 avec indicateur d'ordre des octets)</translation>
        </message>
        <message>
            <location filename="../ui/common/csvexportbutton.cpp" line="30" />
            <source>Start the file with a byte order mark, so that Excel shows umlauts and accents right. Other programs may show it as a stray character.</source>
            <translation>Commencer le fichier par un indicateur d'ordre des octets (BOM), pour qu'Excel affiche correctement les accents. D'autres programmes peuvent l'afficher comme un caractère parasite.</translation>
        </message>
        <message>
            <location filename="../ui/common/csvexportbutton.cpp" line="53" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::DashboardChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="119" />
            <source>(no code)</source>
            <translation>(sans code)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="164" />
            <source>Export PNG…</source>
            <translation>Exporter en PNG…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="165" />
            <source>Save this chart as a PNG image</source>
            <translation>Enregistrer ce graphique en image PNG</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="215" />
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="221" />
            <source>Export Chart</source>
            <translation>Exporter le graphique</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="217" />
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="221" />
            <source>The chart could not be saved to %1.</source>
            <translation>Le graphique n'a pas pu être enregistré dans %1.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::DashboardPage</name>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="61" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="65" />
            <source>Which plant the dashboard shows</source>
            <translation>L'usine affichée par le tableau de bord</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="67" />
            <source>&amp;Plant:</source>
            <translation>&amp;Usine :</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="70" />
            <source>Period:</source>
            <translation>Période :</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="82" />
            <source>Counts in the tiles and the throughput chart cover the last %1</source>
            <translation>Les compteurs des tuiles et le graphique de débit couvrent la période écoulée de %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="90" />
            <source>Wallboard</source>
            <translation>Écran mural</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="92" />
            <source>Full screen with large type for a shop-floor screen (F11; Esc leaves)</source>
            <translation>Plein écran en grands caractères pour un écran d'atelier (F11 ; Échap pour quitter)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="279" />
            <source>All plants</source>
            <translation>Toutes les usines</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="279" />
            <source>All my plants</source>
            <translation>Toutes mes usines</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="309" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="407" />
            <source>Could not be loaded: %1</source>
            <translation>Chargement impossible : %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="414" />
            <source>Your role does not show exception details.</source>
            <translation>Votre rôle n'affiche pas le détail des exceptions.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="443" />
            <source>⚠ Not up to date: figures from %1</source>
            <translation>⚠ Pas à jour : chiffres de %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="449" />
            <source>Live · updated %1</source>
            <translation>En direct · mis à jour à %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="458" />
            <source>Loading the dashboard…</source>
            <translation>Chargement du tableau de bord…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="459" />
            <source>The dashboard could not be loaded.
%1

It will try again when the connection returns.</source>
            <translation>Le tableau de bord n'a pas pu être chargé.
%1

Une nouvelle tentative aura lieu au retour de la connexion.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="467" />
            <source>No flows are visible to you for %1.
Your role may be limited to certain plants or business domains; ask your administrator if you expected to see flows here.</source>
            <translation>Aucun flux ne vous est visible pour %1.
Votre rôle est peut-être limité à certaines usines ou à certains domaines métier ; demandez à votre administrateur si vous vous attendiez à voir des flux ici.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="479" />
            <source>%1: all flows OK</source>
            <translation>%1 : tous les flux sont OK</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dashboard/dashboardpage.cpp" line="483" />
            <source>%n failing</source>
            <translation>
                <numerusform>%n en échec</numerusform>
                <numerusform>%n en échec</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dashboard/dashboardpage.cpp" line="485" />
            <source>%n degraded</source>
            <translation>
                <numerusform>%n dégradé</numerusform>
                <numerusform>%n dégradés</numerusform>
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
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="491" />
            <source>Stuck: %1, the oldest waiting %2</source>
            <translation>Bloquées : %1, la plus ancienne attend depuis %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="493" />
            <source>nothing stuck</source>
            <translation>rien de bloqué</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::DemoBackend</name>
        <message>
            <location filename="../services/demobackend.cpp" line="40" />
            <source>The demo server did not start within %1 seconds.</source>
            <translation>Le serveur de démo n'a pas démarré en %1 secondes.</translation>
        </message>
        <message>
            <location filename="../services/demobackend.cpp" line="49" />
            <source>The demo server %1 could not be started: %2</source>
            <translation>Le serveur de démo %1 n'a pas pu être démarré : %2</translation>
        </message>
        <message>
            <location filename="../services/demobackend.cpp" line="62" />
            <source>The demo server stopped while starting (exit code %1):
%2</source>
            <translation>Le serveur de démo s'est arrêté pendant son démarrage (code de sortie %1) :
%2</translation>
        </message>
        <message>
            <location filename="../services/demobackend.cpp" line="88" />
            <source>Another Flowdesk demo is already running on this computer. Close it first.</source>
            <translation>Une autre démo Flowdesk est déjà en cours d'exécution sur cet ordinateur. Fermez-la d'abord.</translation>
        </message>
        <message>
            <location filename="../services/demobackend.cpp" line="77" />
            <source>The demo server program was not found at %1.</source>
            <translation>Le programme du serveur de démo est introuvable à l'emplacement %1.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Domain</name>
        <message>
            <location filename="../models/domain.cpp" line="26" />
            <source>Received</source>
            <translation>Reçue</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="27" />
            <source>In flight</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="28" />
            <source>Delivered</source>
            <translation>Transmise</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="29" />
            <source>Retry scheduled</source>
            <translation>Nouvel essai planifié</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="30" />
            <source>Failed</source>
            <translation>En échec</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="31" />
            <source>Resubmitted</source>
            <translation>Renvoyée</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="32" />
            <source>Discarded</source>
            <translation>Abandonnée</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="33" />
            <source>Resolved manually</source>
            <translation>Résolue manuellement</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="36" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="43" />
            <source>Received</source>
            <comment>column header</comment>
            <translation>Reçues</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="44" />
            <source>In flight</source>
            <comment>column header</comment>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="45" />
            <source>Delivered</source>
            <comment>column header</comment>
            <translation>Transmises</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="46" />
            <source>Retrying</source>
            <comment>column header</comment>
            <translation>Nouvel essai</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="47" />
            <source>Failed</source>
            <comment>column header</comment>
            <translation>En échec</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="48" />
            <source>Resubmitted</source>
            <comment>column header</comment>
            <translation>Renvoyées</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="49" />
            <source>Discarded</source>
            <comment>column header</comment>
            <translation>Abandonnées</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="50" />
            <source>Resolved</source>
            <comment>column header</comment>
            <translation>Résolues</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="59" />
            <source>Accepted from the source system, not yet sent on</source>
            <translation>Acceptée du système source, pas encore transmise</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="60" />
            <source>Being delivered to the target system</source>
            <translation>En cours de transmission au système cible</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="61" />
            <source>Accepted by the target system</source>
            <translation>Acceptée par le système cible</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="62" />
            <source>Failed for a temporary reason; will be tried again</source>
            <translation>En échec pour une raison temporaire ; sera réessayée</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="63" />
            <source>Exceptions: failed and waiting for someone to fix them</source>
            <translation>Exceptions : en échec et en attente d'une correction</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="64" />
            <source>Fixed and sent again by a person</source>
            <translation>Corrigée et renvoyée par une personne</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="65" />
            <source>Dropped on purpose, with a reason</source>
            <translation>Abandonnée volontairement, avec un motif</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="66" />
            <source>Fixed by hand in the target system</source>
            <translation>Corrigée à la main dans le système cible</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="75" />
            <source>Viewer</source>
            <translation>Lecteur</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="76" />
            <source>Operator</source>
            <translation>Opérateur</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="77" />
            <source>Administrator</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="78" />
            <source>Auditor</source>
            <translation>Auditeur</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="79" />
            <source>Connector</source>
            <translation>Connecteur</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="82" />
            <source>Unknown role</source>
            <translation>Rôle inconnu</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="87" />
            <source>Sales</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="88" />
            <source>Finance</source>
            <translation>Finance</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="89" />
            <source>Procurement</source>
            <translation>Achats</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="90" />
            <source>Logistics</source>
            <translation>Logistique</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="91" />
            <source>Production</source>
            <translation>Production</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="92" />
            <source>Quality</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="93" />
            <source>Engineering</source>
            <translation>Ingénierie</translation>
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
            <translation>Poznań</translation>
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
            <translation>Hors ligne</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="111" />
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="112" />
            <source>Connected</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="113" />
            <source>Reconnecting…</source>
            <translation>Reconnexion…</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="142" />
            <source>all domains and plants</source>
            <translation>tous les domaines et toutes les usines</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="149" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message numerus="yes">
            <location filename="../models/domain.cpp" line="151" />
            <source>%n d</source>
            <translation>
                <numerusform>%n j</numerusform>
                <numerusform>%n j</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../models/domain.cpp" line="153" />
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../models/domain.cpp" line="155" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../models/domain.cpp" line="156" />
            <source>%n s</source>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
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
                <numerusform>%1 + %n autre</numerusform>
                <numerusform>%1 + %n autres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="50" />
            <source>No amount at risk</source>
            <translation>Aucun montant en jeu</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="52" />
            <source>Value at risk per currency:</source>
            <translation>Valeur en jeu par devise :</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="100" />
            <source>%1
Category: %2
%3 transactions, oldest %4</source>
            <translation>%1
Catégorie : %2
%3 transactions, la plus ancienne %4</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="104" />
            <source>What to do: %1</source>
            <translation>Que faire : %1</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="122" />
            <source>Error group</source>
            <translation>Groupe d'erreurs</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="123" />
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="124" />
            <source>Value at risk</source>
            <translation>Valeur en jeu</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorSignatureChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="409" />
            <source>Top error signatures (open exceptions)</source>
            <translation>Principales signatures d'erreur (exceptions ouvertes)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="425" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="459" />
            <source>Exceptions</source>
            <translation>Exceptions</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="433" />
            <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;Open exceptions: %4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;Exceptions ouvertes : %4</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="442" />
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="444" />
            <source>&lt;br&gt;Value at risk: %1</source>
            <translation>&lt;br&gt;Valeur en jeu : %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="446" />
            <source>&lt;br&gt;&lt;i&gt;Click to see them&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Cliquez pour les voir&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="486" />
            <source>No open exceptions.</source>
            <translation>Aucune exception ouverte.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionListModel</name>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="68" />
            <source>Unassigned</source>
            <translation>Non attribuée</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="76" />
            <source>%1
Changes made offline wait to be sent to the server (%2)</source>
            <translation>%1
Des modifications faites hors ligne attendent d'être envoyées au serveur (%2)</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="82" />
            <source>Received %1; past its SLA and not delivered yet</source>
            <translation>Reçue le %1 ; SLA dépassé et pas encore transmise</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="84" />
            <source>Received %1</source>
            <translation>Reçue le %1</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="120" />
            <source>Business key</source>
            <translation>Référence métier</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="121" />
            <source>Flow</source>
            <translation>Flux</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="122" />
            <source>Counterparty</source>
            <translation>Tiers</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="123" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="124" />
            <source>Plant</source>
            <translation>Usine</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="125" />
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="126" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="127" />
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="128" />
            <source>Triage</source>
            <translation>Triage</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="129" />
            <source>Assignee</source>
            <translation>Attribuée à</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="133" />
            <source>Time since the transaction arrived; red when past its SLA</source>
            <translation>Temps écoulé depuis l'arrivée de la transaction ; en rouge si le SLA est dépassé</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="73" />
            <source>Exceptions</source>
            <translation>Exceptions</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="88" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="90" />
            <source>Reloads the list from the top, with the new exceptions in their place</source>
            <translation>Recharge la liste depuis le début, avec les nouvelles exceptions à leur place</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="119" />
            <source>Identical failures; choose one to see only its transactions and act on all of them</source>
            <translation>Échecs identiques ; choisissez-en un pour ne voir que ses transactions et agir sur toutes</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="128" />
            <source>Error groups</source>
            <translation>Groupes d'erreurs</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="130" />
            <source>All Groups</source>
            <translation>Tous les groupes</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/exceptions/exceptionspage.cpp" line="223" />
            <source>%n exception(s) as saved on this computer; the server cannot be reached (%1).</source>
            <translation>
                <numerusform>%n exception telle qu'enregistrée sur cet ordinateur ; le serveur est injoignable (%1).</numerusform>
                <numerusform>%n exceptions telles qu'enregistrées sur cet ordinateur ; le serveur est injoignable (%1).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="228" />
            <source>The exceptions could not be loaded: %1</source>
            <translation>Les exceptions n'ont pas pu être chargées : %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="377" />
            <source>Export exceptions</source>
            <translation>Exporter les exceptions</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="377" />
            <source>exceptions.csv</source>
            <translation>exceptions.csv</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="345" />
            <source>Saved views</source>
            <translation>Vues enregistrées</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="348" />
            <source>Search business key, counterparty or error text (Ctrl+F)</source>
            <translation>Référence, tiers, erreur (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="357" />
            <source>Order of the list</source>
            <translation>Ordre de la liste</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="358" />
            <source>Business impact</source>
            <translation>Impact métier</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="359" />
            <source>Oldest first</source>
            <translation>Les plus anciennes d'abord</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="360" />
            <source>Newest first</source>
            <translation>Les plus récentes d'abord</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="361" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="362" />
            <source>Due date</source>
            <translation>Date d'échéance</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="363" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="398" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Flow</source>
            <translation>Flux</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="364" />
            <source>Save View…</source>
            <translation>Enregistrer la vue…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="366" />
            <source>Keep these filters as a view of your own</source>
            <translation>Conserver ces filtres comme vue personnelle</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="368" />
            <source>Bulk Action…</source>
            <translation>Action groupée…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="379" />
            <source>Every exception of the current view, as a spreadsheet file (Ctrl+E)</source>
            <translation>Toutes les exceptions de la vue actuelle, sous forme de fichier tableur (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="385" />
            <source>View:</source>
            <translation>Vue :</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="390" />
            <source>Order:</source>
            <translation>Ordre :</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="399" />
            <source>All flows</source>
            <translation>Tous les flux</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="400" />
            <source>Business domain</source>
            <translation>Domaine métier</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="401" />
            <source>All domains</source>
            <translation>Tous les domaines</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="404" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Plant</source>
            <translation>Usine</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="405" />
            <source>All plants</source>
            <translation>Toutes les usines</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="408" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="409" />
            <source>Failed</source>
            <translation>En échec</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="410" />
            <source>Retrying</source>
            <translation>Nouvel essai</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="411" />
            <source>Failed or retrying</source>
            <translation>En échec ou nouvel essai</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="412" />
            <source>Any state</source>
            <translation>Tous les états</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="413" />
            <source>Triage status</source>
            <translation>Statut de triage</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="414" />
            <source>Any triage</source>
            <translation>Tout triage</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="418" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="794" />
            <source>Error category</source>
            <translation>Catégorie d'erreur</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="419" />
            <source>Any error</source>
            <translation>Toute erreur</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="423" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Assignee</source>
            <translation>Attribuée à</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="424" />
            <source>Anyone's</source>
            <translation>Toute attribution</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="425" />
            <source>Mine</source>
            <translation>Les miennes</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="426" />
            <source>Unassigned</source>
            <translation>Non attribuée</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="427" />
            <source>How long ago the transaction arrived</source>
            <translation>Depuis combien de temps la transaction est arrivée</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="428" />
            <source>Any age</source>
            <translation>Tout âge</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="429" />
            <source>Older than 1 hour</source>
            <translation>Plus d'une heure</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="430" />
            <source>Older than 1 day</source>
            <translation>Plus d'un jour</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="431" />
            <source>Older than 1 week</source>
            <translation>Plus d'une semaine</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="432" />
            <source>Last 24 hours</source>
            <translation>Dernières 24 heures</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="433" />
            <source>Stuck only</source>
            <translation>Bloquées uniquement</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="435" />
            <source>Only transactions past their SLA</source>
            <translation>Uniquement les transactions ayant dépassé leur SLA</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="585" />
            <source>%1 was not applied: %2. Review it to apply it to the current version or drop it.</source>
            <translation>%1 n'a pas été appliquée : %2. Examinez-la pour l'appliquer à la version actuelle ou l'abandonner.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="598" />
            <source>Your session has expired. Sign in again: the change you sent waits and goes out once you have signed in. What you typed stays.</source>
            <translation>Votre session a expiré. Reconnectez-vous : la modification envoyée attend et partira une fois que vous serez connecté. Votre saisie est conservée.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="600" />
            <source>Your session has expired. Sign in again to go on; what you typed stays in the form.</source>
            <translation>Votre session a expiré. Reconnectez-vous pour continuer ; votre saisie reste dans le formulaire.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="694" />
            <source>Error groups (%1)</source>
            <translation>Groupes d'erreurs (%1)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="703" />
            <source>What to do: %1</source>
            <translation>Que faire : %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="716" />
            <source>Loading exceptions…</source>
            <translation>Chargement des exceptions…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="722" />
            <source>Nothing matches: no exception needs attention in this view.</source>
            <translation>Aucun résultat : aucune exception ne demande d'attention dans cette vue.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="723" />
            <source>Nothing matches these filters.</source>
            <translation>Aucun résultat pour ces filtres.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1122"/>
            <source>Nothing matches in the chosen error group; “All Groups” looks in every group.</source>
            <translation>Aucun résultat dans le groupe d&apos;erreurs choisi ; « Tous les groupes » cherche dans tous les groupes.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="725" />
            <source>Matches: %1 · shown: %2</source>
            <translation>%1 résultats · %2 affichés</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/exceptions/exceptionspage.cpp" line="731" />
            <source>%n new exception(s) beyond the rows shown</source>
            <translation>
                <numerusform>%n nouvelle exception au-delà des lignes affichées</numerusform>
                <numerusform>%n nouvelles exceptions au-delà des lignes affichées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="743" />
            <source>Copied %1</source>
            <translation>%1 copié</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="754" />
            <source>Every failed transaction of the error group "%1" (%2 now).</source>
            <translation>Toutes les transactions en échec du groupe d'erreurs « %1 » (%2 actuellement).</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/exceptions/exceptionspage.cpp" line="757" />
            <source>%n selected transaction(s).</source>
            <translation>
                <numerusform>%n transaction sélectionnée.</numerusform>
                <numerusform>%n transactions sélectionnées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="759" />
            <source>Select transactions or an error group first.</source>
            <translation>Sélectionnez d'abord des transactions ou un groupe d'erreurs.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Business key</source>
            <translation>Référence métier</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Counterparty</source>
            <translation>Tiers</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Received (UTC)</source>
            <translation>Reçue (UTC)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Due (UTC)</source>
            <translation>Échéance (UTC)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Triage</source>
            <translation>Triage</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="794" />
            <source>Transaction id</source>
            <translation>Identifiant de transaction</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="798" />
            <source>Exporting…</source>
            <translation>Exportation…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="806" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="831" />
            <source>Export failed: %1</source>
            <translation>Échec de l'exportation : %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="841" />
            <source>Exported %1 rows to %2</source>
            <translation>%1 lignes exportées vers %2</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="857" />
            <source>Choose a view</source>
            <translation>Choisir une vue</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="865" />
            <source>Save view</source>
            <translation>Enregistrer la vue</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="865" />
            <source>Name of the view:</source>
            <translation>Nom de la vue :</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="651" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="674" />
            <source>Unsaved Changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="652" />
            <source>The payload of %1 was edited but not saved.</source>
            <translation>La charge utile de %1 a été modifiée mais pas enregistrée.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="858"/>
            <source>Unsaved Correction</source>
            <translation>Correction non enregistrée</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="863"/>
            <source>Resubmit sends the payload as it is stored, without your correction. Send the correction with it, or discard the correction and resubmit the stored payload?</source>
            <translation>« Renvoyer » envoie la charge utile telle qu&apos;elle est enregistrée, sans votre correction. Renvoyer avec la correction, ou abandonner la correction et renvoyer la charge utile enregistrée ?</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="865"/>
            <source>Save and Resubmit</source>
            <translation>Enregistrer et renvoyer</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="867"/>
            <source>Discard Correction and Resubmit</source>
            <translation>Abandonner la correction et renvoyer</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="883"/>
            <source>The correction cannot be sent: %1</source>
            <translation>La correction ne peut pas être envoyée : %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="656" />
            <source>Save the corrected payload, discard the edit, or stay on this transaction.</source>
            <translation>Enregistrez la charge utile corrigée, abandonnez la modification ou restez sur cette transaction.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="675" />
            <source>The edit cannot be saved: %1</source>
            <translation>La modification ne peut pas être enregistrée : %1</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FieldLookupCompleter</name>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="51" />
            <source>Values offered by the target system</source>
            <translation>Valeurs proposées par le système cible</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="118" />
            <source>the target system</source>
            <translation>le système cible</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="161" />
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="286" />
            <source>%1 offers values for this field: type to search, or press Alt+Down to see them.</source>
            <translation>%1 propose des valeurs pour ce champ : tapez pour rechercher, ou appuyez sur Alt+Bas pour les voir.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="215" />
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="267" />
            <source>Too many searches in a short time. %1 can be searched again in %n second(s).</source>
            <translation>
                <numerusform>Trop de recherches en peu de temps. %1 pourra de nouveau être interrogé dans %n seconde.</numerusform>
                <numerusform>Trop de recherches en peu de temps. %1 pourra de nouveau être interrogé dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="259" />
            <source>%1 cannot be reached right now, so its values cannot be shown. You can still type the value yourself.</source>
            <translation>%1 est injoignable pour le moment, ses valeurs ne peuvent donc pas être affichées. Vous pouvez quand même saisir la valeur vous-même.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="279" />
            <source>The values of %1 could not be shown: %2</source>
            <translation>Les valeurs de %1 n'ont pas pu être affichées : %2</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="293" />
            <source>%1 offers no values for this field.</source>
            <translation>%1 ne propose aucune valeur pour ce champ.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="294" />
            <source>No value in %1 matches “%2”.</source>
            <translation>Aucune valeur de %1 ne correspond à « %2 ».</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="309" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="311" />
            <source>Puts %1 into the field</source>
            <translation>Insère %1 dans le champ</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="348" />
            <source>Choose from the values %1 offers (Alt+Down)</source>
            <translation>Choisir parmi les valeurs proposées par %1 (Alt+Bas)</translation>
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
            <translation>Dégradé</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="24" />
            <source>Failing</source>
            <translation>En échec</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="27" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="33" />
            <source>1 h</source>
            <translation>1 h</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="34" />
            <source>24 h</source>
            <translation>24 h</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="35" />
            <source>7 d</source>
            <translation>7 j</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="36" />
            <source>30 d</source>
            <translation>30 j</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="66" />
            <source>under 1 h</source>
            <translation>moins d'1 h</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="67" />
            <source>1–4 h</source>
            <translation>1–4 h</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="68" />
            <source>4–24 h</source>
            <translation>4–24 h</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="69" />
            <source>1–3 d</source>
            <translation>1–3 j</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="70" />
            <source>over 3 d</source>
            <translation>plus de 3 j</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="98" />
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="100" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="103" />
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="104" />
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="107" />
            <source>%1 d</source>
            <translation>%1 j</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="107" />
            <source>%1 d %2 h</source>
            <translation>%1 j %2 h</translation>
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
            <translation>%1 de %2 vers %3</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="89" />
            <source>Not delivered within the SLA: %1</source>
            <translation>Non transmise dans le SLA : %1</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="91" />
            <source>Transactions must be delivered within %1</source>
            <translation>Les transactions doivent être transmises sous %1</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="94" />
            <location filename="../models/flowlistmodel.cpp" line="147" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="132" />
            <source>Flow</source>
            <translation>Flux</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="133" />
            <source>Domain</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="134" />
            <source>Route</source>
            <translation>Itinéraire</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="135" />
            <source>Stuck</source>
            <translation>Bloquées</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="136" />
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="142" />
            <source>Integration route</source>
            <translation>Itinéraire d'intégration</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="143" />
            <source>Business domain that owns the flow</source>
            <translation>Domaine métier propriétaire du flux</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="144" />
            <source>Source system → target system</source>
            <translation>Système source → système cible</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="145" />
            <source>Transactions not delivered within the flow's SLA, whatever their state</source>
            <translation>Transactions non transmises dans le SLA du flux, quel que soit leur état</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="146" />
            <source>Time within which a transaction must be delivered</source>
            <translation>Délai dans lequel une transaction doit être transmise</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FlowTile</name>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="176" />
            <source>%1 stuck</source>
            <translation>%1 bloquées</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="178" />
            <source>none stuck</source>
            <translation>aucune bloquée</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="180" />
            <source>%1 failed</source>
            <translation>%1 en échec</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="182" />
            <source>%1 received</source>
            <translation>%1 reçues</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="184" />
            <source>%1 waiting, oldest %2</source>
            <translation>%1 en attente, la plus ancienne depuis %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="186" />
            <source>%1 at risk</source>
            <translation>%1 en jeu</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="188" />
            <source>oldest waiting %1</source>
            <translation>la plus ancienne attend depuis %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="195" />
            <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Status: %3 — %4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Statut : %3 — %4</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="197" />
            <source>&lt;br&gt;In the window: %1 received, %2 delivered, %3 failed (%4 %), %5 retried</source>
            <translation>&lt;br&gt;Sur la période : %1 reçues, %2 transmises, %3 en échec (%4 %), %5 réessayées</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="200" />
            <source>&lt;br&gt;Open now: %1, of which %2 stuck; oldest waiting %3</source>
            <translation>&lt;br&gt;Ouvertes actuellement : %1, dont %2 bloquées ; la plus ancienne attend depuis %3</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="203" />
            <source>&lt;br&gt;Delivery time: median %1 ms, 95 % within %2 ms</source>
            <translation>&lt;br&gt;Temps de transmission : médiane %1 ms, 95 % en moins de %2 ms</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="206" />
            <source>&lt;br&gt;Value at risk: %1</source>
            <translation>&lt;br&gt;Valeur en jeu : %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="207" />
            <source>&lt;br&gt;&lt;i&gt;Click to see this flow's exceptions&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Cliquez pour voir les exceptions de ce flux&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="209" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FlowsPage</name>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="35" />
            <source>Flows</source>
            <translation>Flux</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="48" />
            <source>Filter by flow, domain or system…</source>
            <translation>Filtrer par flux, domaine ou système…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="56" />
            <source>Only flows with exceptions or stuck transactions</source>
            <translation>Uniquement les flux avec des exceptions ou des transactions bloquées</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="211" />
            <location filename="../ui/dashboard/flowspage.cpp" line="235" />
            <source>Loading flows…</source>
            <translation>Chargement des flux…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="215" />
            <source>Flows visible to you: %1 · Nothing is failed or stuck right now.</source>
            <translation>Flux visibles pour vous : %1 · Rien n'est en échec ni bloqué pour le moment.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="218" />
            <source>Flows visible to you: %1 · Exceptions: %2 · Stuck: %3 · Flows needing attention: %4</source>
            <translation>Flux visibles pour vous : %1 · Exceptions : %2 · Bloquées : %3 · Flux demandant attention : %4</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="223" />
            <source>Update failed: %1</source>
            <translation>Échec de la mise à jour : %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="226" />
            <source>Updated %1</source>
            <translation>Mis à jour à %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="235" />
            <source>The flows could not be loaded.
%1</source>
            <translation>Les flux n'ont pas pu être chargés.
%1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="237" />
            <source>No flows are visible to you.
Your role may be limited to certain business domains or plants; ask your administrator if you expected to see flows here.</source>
            <translation>Aucun flux ne vous est visible.
Votre rôle est peut-être limité à certains domaines métier ou à certaines usines ; demandez à votre administrateur si vous vous attendiez à voir des flux ici.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="241" />
            <source>No flow has exceptions or stuck transactions right now.</source>
            <translation>Aucun flux n'a d'exceptions ni de transactions bloquées pour le moment.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="242" />
            <source>No flow matches "%1".</source>
            <translation>Aucun flux ne correspond à « %1 ».</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::KeyStore</name>
        <message>
            <location filename="../services/keystore.cpp" line="59" />
            <source>The key in the keychain is not a cache key.</source>
            <translation>La clé du trousseau n'est pas une clé de cache.</translation>
        </message>
        <message>
            <location filename="../services/keystore.cpp" line="93" />
            <source>No random key could be made.</source>
            <translation>Aucune clé aléatoire n'a pu être générée.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LoginDialog</name>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="28" />
            <location filename="../ui/session/logindialog.cpp" line="31" />
            <source>Sign in to Flowdesk</source>
            <translation>Connexion à Flowdesk</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="37" />
            <source>Use the account your administrator gave you.</source>
            <translation>Utilisez le compte fourni par votre administrateur.</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="45" />
            <source>host:port, e.g. flowdesk.example.com:8443</source>
            <translation>hôte:port, p. ex. flowdesk.example.com:8443</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="69" />
            <source>Signing in…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="75" />
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="76" />
            <source>Server:</source>
            <translation>Serveur :</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="78" />
            <source>&amp;User name:</source>
            <translation>&amp;Nom d'utilisateur :</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="79" />
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="82" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="131" />
            <source>Session expired</source>
            <translation>Session expirée</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="132" />
            <source>Your session has expired. Sign in again to continue; your open work is kept and anything that was waiting is sent once you are signed in.</source>
            <translation>Votre session a expiré. Reconnectez-vous pour continuer ; votre travail ouvert est conservé et tout ce qui était en attente est envoyé une fois que vous êtes connecté.</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="191" />
            <source>Enter the server as host:port, for example flowdesk.example.com:8443.</source>
            <translation>Indiquez le serveur sous la forme hôte:port, par exemple flowdesk.example.com:8443.</translation>
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
            <translation>Flux</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="41" />
            <source>Integration routes and how many transactions are in each state</source>
            <translation>Itinéraires d'intégration et nombre de transactions dans chaque état</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="115" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="116" />
            <source>Sign &amp;In Again…</source>
            <translation>Se re&amp;connecter…</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="119" />
            <source>Only needed after your session has expired</source>
            <translation>Nécessaire uniquement après l'expiration de votre session</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="121" />
            <source>&amp;Sign Out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="125" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="131" />
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="132" />
            <source>&amp;Refresh</source>
            <translation>Ac&amp;tualiser</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="136" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="137" />
            <source>&amp;About Flowdesk</source>
            <translation>À &amp;propos de Flowdesk</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="140" />
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="154" />
            <source>Not signed in</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="159" />
            <source>Session of %1 expired · sign in again to continue (File ▸ Sign In Again)</source>
            <translation>Session de %1 expirée · reconnectez-vous pour continuer (Fichier ▸ Se reconnecter)</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="161" />
            <source>Signed in as %1 · %2 · %3</source>
            <translation>Connecté en tant que %1 · %2 · %3</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="162" />
            <source>Server: %1
Permissions: %2</source>
            <translation>Serveur : %1
Autorisations : %2</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="163" />
            <source>Flowdesk — %1 on %2</source>
            <translation>Flowdesk — %1 sur %2</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="168" />
            <source>About Flowdesk</source>
            <translation>À propos de Flowdesk</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="169" />
            <source>&lt;h3&gt;Flowdesk %1&lt;/h3&gt;&lt;p&gt;Operations and exception-management console for manufacturing integration middleware.&lt;/p&gt;&lt;p&gt;Sees failed and stuck transactions between ERP, CRM, MES, WMS and partner systems, in business terms.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Flowdesk %1&lt;/h3&gt;&lt;p&gt;Console d'exploitation et de gestion des exceptions pour le middleware d'intégration industriel.&lt;/p&gt;&lt;p&gt;Présente les transactions en échec et bloquées entre ERP, CRM, MES, WMS et systèmes partenaires, en termes métier.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Mutation</name>
        <message>
            <location filename="../services/mutation.cpp" line="259" />
            <source>Change to %1</source>
            <translation>Modification de %1</translation>
        </message>
        <message>
            <location filename="../services/mutation.cpp" line="260" />
            <source>%1 %2</source>
            <comment>action label, transaction</comment>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::OfflineBanner</name>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="13" />
            <source>Try Again Now</source>
            <translation>Réessayer maintenant</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="25" />
            <source>Checks at once whether the server answers again</source>
            <translation>Vérifie immédiatement si le serveur répond de nouveau</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="26" />
            <source>Lists the changes that wait to be sent to the server</source>
            <translation>Liste les modifications en attente d'envoi au serveur</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="62" />
            <source>an unknown time</source>
            <translation>une durée inconnue</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session/offlinebanner.cpp" line="66" />
            <source>%n change(s) wait to be sent.</source>
            <translation>
                <numerusform>%n modification attend d'être envoyée.</numerusform>
                <numerusform>%n modifications attendent d'être envoyées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session/offlinebanner.cpp" line="68" />
            <source>%n change(s) made offline could not be applied and need your decision.</source>
            <translation>
                <numerusform>%n modification faite hors ligne n'a pas pu être appliquée et attend votre décision.</numerusform>
                <numerusform>%n modifications faites hors ligne n'ont pas pu être appliquées et attendent votre décision.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session/offlinebanner.cpp" line="70" />
            <source>Sending %n change(s) made offline…</source>
            <translation>
                <numerusform>Envoi de %n modification faite hors ligne…</numerusform>
                <numerusform>Envoi de %n modifications faites hors ligne…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="74" />
            <source>Review Conflicts…</source>
            <translation>Examiner les conflits…</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="74" />
            <source>Waiting Changes…</source>
            <translation>Modifications en attente…</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="65" />
            <source>Offline: the server cannot be reached. You see the data saved on this computer as of %1. Changes to single transactions wait here and are sent when the server answers again; bulk actions need the server.</source>
            <translation>Hors ligne : le serveur est injoignable. Vous voyez les données enregistrées sur cet ordinateur en date du %1. Les modifications de transactions individuelles attendent ici et sont envoyées quand le serveur répond de nouveau ; les actions groupées nécessitent le serveur.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::OfflineSupport</name>
        <message>
            <location filename="../app/offlinesupport.cpp" line="73" />
            <source>%1 was not applied: %2</source>
            <translation>%1 n'a pas été appliquée : %2</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="132" />
            <source>The server still cannot be reached.</source>
            <translation>Le serveur est toujours injoignable.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="140" />
            <source>&amp;Forget This Device…</source>
            <translation>&amp;Oublier cet appareil…</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="142" />
            <source>Deletes the data Flowdesk saved on this computer for your account, and its key</source>
            <translation>Supprime les données que Flowdesk a enregistrées sur cet ordinateur pour votre compte, ainsi que leur clé</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="194" />
            <source>The keychain did not give out the key of the saved data (%1).</source>
            <translation>Le trousseau n'a pas fourni la clé des données enregistrées (%1).</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="212" />
            <source>No passphrase was given.</source>
            <translation>Aucune phrase secrète n'a été saisie.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="230" />
            <source>Unlocking the saved data…</source>
            <translation>Déverrouillage des données enregistrées…</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="234" />
            <source>The key could not be derived from the passphrase.</source>
            <translation>La clé n'a pas pu être dérivée de la phrase secrète.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="258" />
            <source>The passphrase is wrong.</source>
            <translation>La phrase secrète est incorrecte.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="298" />
            <source>Saved Data</source>
            <translation>Données enregistrées</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="300" />
            <source>Flowdesk can set the file aside (it stays encrypted) and save your data afresh from the server. Changes that waited to be sent from this computer are lost.</source>
            <translation>Flowdesk peut mettre le fichier de côté (il reste chiffré) et enregistrer de nouveau vos données depuis le serveur. Les modifications en attente d'envoi depuis cet ordinateur sont perdues.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="302" />
            <source>Start Afresh</source>
            <translation>Repartir de zéro</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="303" />
            <source>Work Without Saved Data</source>
            <translation>Travailler sans données enregistrées</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="332" />
            <source>Working without saved data: %1</source>
            <translation>Travail sans données enregistrées : %1</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="340" />
            <location filename="../app/offlinesupport.cpp" line="368" />
            <source>Forget This Device</source>
            <translation>Oublier cet appareil</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="341" />
            <source>Delete the data Flowdesk saved on this computer for your account, and its key?</source>
            <translation>Supprimer les données que Flowdesk a enregistrées sur cet ordinateur pour votre compte, ainsi que leur clé ?</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="343" />
            <source>Flowdesk will no longer open from saved data or work offline on this computer until you sign in again.</source>
            <translation>Flowdesk ne s'ouvrira plus à partir des données enregistrées et ne fonctionnera plus hors ligne sur cet ordinateur tant que vous ne vous serez pas reconnecté.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/offlinesupport.cpp" line="346" />
            <source>%n change(s) made offline have not reached the server and will be lost.</source>
            <translation>
                <numerusform>%n modification faite hors ligne n'a pas atteint le serveur et sera perdue.</numerusform>
                <numerusform>%n modifications faites hors ligne n'ont pas atteint le serveur et seront perdues.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="348" />
            <source>Forget</source>
            <translation>Oublier</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="365" />
            <source>The saved data and its key were deleted from this computer.</source>
            <translation>Les données enregistrées et leur clé ont été supprimées de cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="369" />
            <source>Not everything could be deleted: %1</source>
            <translation>Tout n'a pas pu être supprimé : %1</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="370" />
            <source>the saved data file is still there</source>
            <translation>le fichier de données enregistrées est toujours présent</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="384" />
            <source>Waiting: %1</source>
            <translation>En attente : %1</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="386" />
            <source>Not applied: %1 – %2</source>
            <translation>Non appliquée : %1 – %2</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="390" />
            <source>Changes Made Offline</source>
            <translation>Modifications faites hors ligne</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="391" />
            <source>No changes wait to be sent.</source>
            <translation>Aucune modification n'attend d'être envoyée.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="396" />
            <source>Someone changed these transactions in the meantime, or the change is no longer allowed. Apply your changes to the current version, or drop them.</source>
            <translation>Quelqu'un a modifié ces transactions entre-temps, ou la modification n'est plus autorisée. Appliquez vos modifications à la version actuelle, ou abandonnez-les.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="398" />
            <source>Apply to Current Version</source>
            <translation>Appliquer à la version actuelle</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="399" />
            <source>Drop These Changes</source>
            <translation>Abandonner ces modifications</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Outbox</name>
        <message>
            <location filename="../services/outbox.cpp" line="102" />
            <source>This change was saved in a form this version of Flowdesk cannot read; drop it and make it again.</source>
            <translation>Cette modification a été enregistrée sous une forme que cette version de Flowdesk ne sait pas lire ; abandonnez-la et refaites-la.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PassphraseDialog</name>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="19" />
            <source>Protect Saved Data</source>
            <translation>Protéger les données enregistrées</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="19" />
            <source>Unlock Saved Data</source>
            <translation>Déverrouiller les données enregistrées</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="24" />
            <source>This computer has no keychain to hold the key of the data Flowdesk saves for offline use. Choose a passphrase of at least %1 characters to protect it. Without the passphrase the saved data cannot be read, by you or anyone else.</source>
            <translation>Cet ordinateur n'a pas de trousseau pour conserver la clé des données que Flowdesk enregistre pour le travail hors ligne. Choisissez une phrase secrète d'au moins %1 caractères pour les protéger. Sans la phrase secrète, les données enregistrées sont illisibles, pour vous comme pour quiconque.</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="27" />
            <source>Type the passphrase that protects the data Flowdesk saved on this computer.</source>
            <translation>Saisissez la phrase secrète qui protège les données que Flowdesk a enregistrées sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="34" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="38" />
            <source>&amp;Repeat:</source>
            <translation>&amp;Répéter :</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="41" />
            <source>Forget Saved Data…</source>
            <translation>Oublier les données enregistrées…</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="42" />
            <source>Deletes the saved data of this account on this computer and loads it again from the server. Changes that wait to be sent are lost.</source>
            <translation>Supprime les données enregistrées de ce compte sur cet ordinateur et les recharge depuis le serveur. Les modifications en attente d'envoi sont perdues.</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="76" />
            <source>Checking the passphrase…</source>
            <translation>Vérification de la phrase secrète…</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="85" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes diffèrent.</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="87" />
            <source>The passphrase needs at least %1 characters.</source>
            <translation>La phrase secrète doit comporter au moins %1 caractères.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadEditor</name>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="188" />
            <source>Fields marked * are required. Hover over a field to see what it accepts.</source>
            <translation>Les champs marqués * sont obligatoires. Survolez un champ pour voir ce qu'il accepte.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="195" />
            <source>Values shown as *** are hidden for your role; they are kept exactly as they are.</source>
            <translation>Les valeurs affichées *** sont masquées pour votre rôle ; elles sont conservées telles quelles.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="207" />
            <source>Form</source>
            <translation>Formulaire</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="236" />
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="245" />
            <source>As received</source>
            <translation>Tel que reçu</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="246" />
            <source>As edited</source>
            <translation>Tel que modifié</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="265" />
            <source>Differences</source>
            <translation>Différences</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="62" />
            <source>Hidden: your role may not see this value. It is kept unchanged.</source>
            <translation>Masqué : votre rôle ne permet pas de voir cette valeur. Elle est conservée telle quelle.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="64" />
            <source>Required.</source>
            <translation>Obligatoire.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="69" />
            <source>Format: %1 (# is a digit, A a capital letter).</source>
            <translation>Format : %1 (# est un chiffre, A une lettre majuscule).</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="71" />
            <source>Format: %1</source>
            <translation>Format : %1</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="75" />
            <source>A date.</source>
            <translation>Une date.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="77" />
            <source>A date and time (UTC).</source>
            <translation>Une date et une heure (UTC).</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="79" />
            <source>An e-mail address.</source>
            <translation>Une adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="84" />
            <source>From %1 to %2.</source>
            <translation>De %1 à %2.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="86" />
            <source>More than %1.</source>
            <translation>Plus de %1.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="87" />
            <source>At least %1.</source>
            <translation>Au moins %1.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="89" />
            <source>At most %1.</source>
            <translation>Au plus %1.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="91" />
            <source>At most %1 characters.</source>
            <translation>Au plus %1 caractères.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="125" />
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="160" />
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="178" />
            <source>(not set)</source>
            <translation>(non défini)</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="149" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="320" />
            <source>This list can be edited in the JSON tab.</source>
            <translation>Cette liste peut être modifiée dans l'onglet JSON.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="371" />
            <source>(JSON tab)</source>
            <translation>(onglet JSON)</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="381" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="383" />
            <source>Remove entry %1 from the list</source>
            <translation>Retirer l'entrée %1 de la liste</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="393" />
            <source>The form shows the first %1 of %2 entries; the others can be edited in the JSON tab.</source>
            <translation>Le formulaire affiche les %1 premières entrées sur %2 ; les autres peuvent être modifiées dans l'onglet JSON.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="402" />
            <source>No entries.</source>
            <translation>Aucune entrée.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="407" />
            <source>Add line</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="407" />
            <source>Add entry</source>
            <translation>Ajouter une entrée</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="443" />
            <source>The JSON text cannot be read. Correct it in the JSON tab to edit the fields here.</source>
            <translation>Le texte JSON est illisible. Corrigez-le dans l'onglet JSON pour modifier les champs ici.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="477" />
            <source>The target system</source>
            <translation>Le système cible</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="479" />
            <source>%1 named this field in its error.</source>
            <translation>%1 a signalé ce champ dans son erreur.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="480" />
            <source>%1 named %2 in its error.</source>
            <translation>%1 a signalé %2 dans son erreur.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="400" />
            <source>Line %1, column %2: %3</source>
            <translation>Ligne %1, colonne %2 : %3</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="409" />
            <source>This value is hidden from you and cannot be changed; put back ***.</source>
            <translation>Cette valeur vous est masquée et ne peut pas être modifiée ; remettez ***.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="469" />
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="476" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="494" />
            <source>One problem to correct before the payload can be saved.</source>
            <translation>Un problème à corriger avant de pouvoir enregistrer la charge utile.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="495" />
            <source>%1 problems to correct before the payload can be saved.</source>
            <translation>%1 problèmes à corriger avant de pouvoir enregistrer la charge utile.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="516" />
            <source>Whole payload</source>
            <translation>Charge utile entière</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="518" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="539" />
            <source>The text is not valid JSON. Line %1, column %2: %3</source>
            <translation>Le texte n'est pas du JSON valide. Ligne %1, colonne %2 : %3</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="544" />
            <source>The payload matches the flow's format.</source>
            <translation>La charge utile respecte le format du flux.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="546" />
            <source>Problems found: %1</source>
            <translation>Problèmes détectés : %1</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="597" />
            <source>The payload as received is not valid JSON; it is shown as is.</source>
            <translation>La charge utile reçue n'est pas du JSON valide ; elle est affichée telle quelle.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="599" />
            <source>No changes: the payload is as it was received.</source>
            <translation>Aucune modification : la charge utile est telle qu'elle a été reçue.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="602" />
            <source>One line differs from the payload as it was received.</source>
            <translation>Une ligne diffère de la charge utile telle qu'elle a été reçue.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="603" />
            <source>%1 lines differ from the payload as it was received.</source>
            <translation>%1 lignes diffèrent de la charge utile telle qu'elle a été reçue.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadSchema</name>
        <message>
            <location filename="../models/jsonschema.cpp" line="352" />
            <source>Unexpected text after the end of the document</source>
            <translation>Texte inattendu après la fin du document</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="396" />
            <source>Unknown word; values are text in quotes, numbers, true, false or null</source>
            <translation>Mot inconnu ; les valeurs sont du texte entre guillemets, des nombres, true, false ou null</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="404" />
            <source>The document is nested too deeply</source>
            <translation>Le document est trop profondément imbriqué</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="407" />
            <source>The document ends where a value is expected</source>
            <translation>Le document se termine là où une valeur est attendue</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="432" />
            <source>A value is expected here (text in quotes, a number, true, false, null, { or [)</source>
            <translation>Une valeur est attendue ici (texte entre guillemets, nombre, true, false, null, { ou [)</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="447" />
            <source>A field name in double quotes is expected</source>
            <translation>Un nom de champ entre guillemets doubles est attendu</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="454" />
            <source>A colon is expected after the field name</source>
            <translation>Deux-points attendus après le nom du champ</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="462" />
            <source>The field "%1" appears twice</source>
            <translation>Le champ « %1 » apparaît deux fois</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="474" />
            <source>A comma or a closing } is expected</source>
            <translation>Une virgule ou un } fermant est attendu</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="502" />
            <source>A comma or a closing ] is expected</source>
            <translation>Une virgule ou un ] fermant est attendu</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="511" />
            <location filename="../models/jsonschema.cpp" line="526" />
            <source>The text has no closing double quote</source>
            <translation>Le texte n'a pas de guillemet double fermant</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="518" />
            <source>Line breaks and tabs inside text must be written as \n and \t</source>
            <translation>Les sauts de ligne et tabulations dans un texte doivent s'écrire \n et \t</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="542" />
            <source>\u must be followed by four hexadecimal digits</source>
            <translation>\u doit être suivi de quatre chiffres hexadécimaux</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="550" />
            <source>Unknown escape sequence \%1</source>
            <translation>Séquence d'échappement inconnue \%1</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="561" />
            <source>A digit is expected</source>
            <translation>Un chiffre est attendu</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="565" />
            <source>Numbers must not start with 0</source>
            <translation>Les nombres ne doivent pas commencer par 0</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="573" />
            <source>A digit is expected after the decimal point</source>
            <translation>Un chiffre est attendu après le point décimal</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="582" />
            <source>A digit is expected in the exponent</source>
            <translation>Un chiffre est attendu dans l'exposant</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="612" />
            <source>The flow's schema is not an object</source>
            <translation>Le schéma du flux n'est pas un objet</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="613" />
            <source>The flow's schema cannot be read: %1</source>
            <translation>Le schéma du flux est illisible : %1</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="773" />
            <source>Enter a whole number.</source>
            <translation>Saisissez un nombre entier.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="775" />
            <source>Enter a number such as 1250.50 (decimal point, no thousands separator).</source>
            <translation>Saisissez un nombre tel que 1250.50 (point décimal, sans séparateur de milliers).</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="777" />
            <source>Enter text.</source>
            <translation>Saisissez du texte.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="779" />
            <source>Choose yes or no.</source>
            <translation>Choisissez oui ou non.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="781" />
            <source>Must be a list.</source>
            <translation>Doit être une liste.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="783" />
            <source>Must be a group of fields.</source>
            <translation>Doit être un groupe de champs.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="784" />
            <source>Has the wrong kind of value.</source>
            <translation>La valeur n'est pas du bon type.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="838" />
            <source>Choose one of: %1.</source>
            <translation>Choisissez parmi : %1.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="847" />
            <source>Must not be empty.</source>
            <translation>Ne doit pas être vide.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="849" />
            <source>Enter at least %1 characters.</source>
            <translation>Saisissez au moins %1 caractères.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="852" />
            <source>Enter at most %1 characters.</source>
            <translation>Saisissez au plus %1 caractères.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="858" />
            <source>Use the format %1 (# is a digit, A a capital letter).</source>
            <translation>Utilisez le format %1 (# est un chiffre, A une lettre majuscule).</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="860" />
            <source>Not in the expected format (%1).</source>
            <translation>N'est pas au format attendu (%1).</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="866" />
            <source>Enter a valid date as YYYY-MM-DD.</source>
            <translation>Saisissez une date valide au format AAAA-MM-JJ.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="868" />
            <source>Enter a valid date and time such as 2026-11-25T14:30:00Z.</source>
            <translation>Saisissez une date et une heure valides, par exemple 2026-11-25T14:30:00Z.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="870" />
            <source>Enter a valid e-mail address.</source>
            <translation>Saisissez une adresse e-mail valide.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="880" />
            <source>Must be more than %1.</source>
            <translation>Doit être supérieur à %1.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="881" />
            <source>Must be at least %1.</source>
            <translation>Doit être au moins %1.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="888" />
            <source>Must be less than %1.</source>
            <translation>Doit être inférieur à %1.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="889" />
            <source>Must be at most %1.</source>
            <translation>Doit être au plus %1.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="897" />
            <source>Needs at least one entry.</source>
            <translation>Au moins une entrée est nécessaire.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="898" />
            <source>Needs at least %1 entries.</source>
            <translation>Au moins %1 entrées sont nécessaires.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="900" />
            <source>Allows at most %1 entries.</source>
            <translation>Au plus %1 entrées sont autorisées.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="912" />
            <source>This field is required.</source>
            <translation>Ce champ est obligatoire.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="923" />
            <source>This field is not part of the flow's format.</source>
            <translation>Ce champ ne fait pas partie du format du flux.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ReasonDialog</name>
        <message>
            <location filename="../ui/exceptions/reasondialog.cpp" line="25" />
            <location filename="../ui/exceptions/reasondialog.cpp" line="29" />
            <source>A reason is required</source>
            <translation>Un motif est obligatoire</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ReloadConfigurationDialog</name>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="23" />
            <source>Reload Configuration</source>
            <translation>Recharger la configuration</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="43" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="43" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="43" />
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="43" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="59" />
            <source>Copy All</source>
            <translation>Tout copier</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="61" />
            <source>Copy everything shown here to the clipboard</source>
            <translation>Copier tout ce qui est affiché ici dans le presse-papiers</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="79" />
            <source>The configuration was reloaded from %1. Work in progress was kept.</source>
            <translation>La configuration a été rechargée depuis %1. Le travail en cours a été conservé.</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="81" />
            <source>Configured now: flows %1 · connectors %2</source>
            <translation>Configuré actuellement : flux %1 · connecteurs %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="89" />
            <source>Payload format changed (each has a new schema version):</source>
            <translation>Format de charge utile modifié (chacun a une nouvelle version de schéma) :</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="90" />
            <source>Flows added:</source>
            <translation>Flux ajoutés :</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="91" />
            <source>Flows removed:</source>
            <translation>Flux supprimés :</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="93" />
            <source>No flow was added, removed or given a new payload format.</source>
            <translation>Aucun flux n'a été ajouté, supprimé ni doté d'un nouveau format de charge utile.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="103" />
            <source>The configuration file has %n error(s). Nothing was changed: the server goes on with the configuration it had. Correct the file and reload again.</source>
            <translation>
                <numerusform>Le fichier de configuration contient %n erreur. Rien n'a été modifié : le serveur continue avec la configuration qu'il avait. Corrigez le fichier et rechargez de nouveau.</numerusform>
                <numerusform>Le fichier de configuration contient %n erreurs. Rien n'a été modifié : le serveur continue avec la configuration qu'il avait. Corrigez le fichier et rechargez de nouveau.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="112" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ResubmitCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="193" />
            <source>Resubmitting %1…</source>
            <translation>Renvoi de %1…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::SavePayloadCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="174" />
            <source>Saving and resubmitting %1…</source>
            <translation>Enregistrement et renvoi de %1…</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="175" />
            <source>Saving %1…</source>
            <translation>Enregistrement de %1…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::SavedViews</name>
        <message>
            <location filename="../models/savedviews.cpp" line="52" />
            <source>My open exceptions</source>
            <translation>Mes exceptions ouvertes</translation>
        </message>
        <message>
            <location filename="../models/savedviews.cpp" line="56" />
            <source>Stuck orders</source>
            <translation>Commandes bloquées</translation>
        </message>
        <message>
            <location filename="../models/savedviews.cpp" line="59" />
            <source>High value</source>
            <translation>Montant élevé</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ServiceError</name>
        <message>
            <location filename="../services/serviceerror.cpp" line="18" />
            <source>The server %1 cannot be reached. Check the address and your network connection, or ask IT whether the Flowdesk server is running.</source>
            <translation>Le serveur %1 est injoignable. Vérifiez l'adresse et votre connexion réseau, ou demandez au service informatique si le serveur Flowdesk fonctionne.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="22" />
            <source>The server %1 did not answer in time. Please try again.</source>
            <translation>Le serveur %1 n'a pas répondu à temps. Veuillez réessayer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../services/serviceerror.cpp" line="26" />
            <source>Too many failed sign-in attempts from this computer. Try again in %n second(s).</source>
            <translation>
                <numerusform>Trop de tentatives de connexion échouées depuis cet ordinateur. Réessayez dans %n seconde.</numerusform>
                <numerusform>Trop de tentatives de connexion échouées depuis cet ordinateur. Réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="29" />
            <source>Too many failed sign-in attempts from this computer. Wait a moment and try again.</source>
            <translation>Trop de tentatives de connexion échouées depuis cet ordinateur. Patientez un moment et réessayez.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="28" />
            <source>Your session has expired. Please sign in again.</source>
            <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="30" />
            <source>Your session has ended, for example because your password was reset. Please sign in again.</source>
            <translation>Votre session a pris fin, par exemple parce que votre mot de passe a été réinitialisé. Veuillez vous reconnecter.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="32" />
            <source>You are not signed in. Please sign in again.</source>
            <translation>Vous n'êtes pas connecté. Veuillez vous reconnecter.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="35" />
            <source>Your role does not allow this (permission "%1" is missing).</source>
            <translation>Votre rôle ne le permet pas (l'autorisation « %1 » manque).</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="37" />
            <source>Your role does not allow this.</source>
            <translation>Votre rôle ne le permet pas.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="39" />
            <source>The item no longer exists on the server.</source>
            <translation>L'élément n'existe plus sur le serveur.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="41" />
            <source>Someone else changed this item in the meantime. Reload it and try again.</source>
            <translation>Quelqu'un d'autre a modifié cet élément entre-temps. Rechargez-le et réessayez.</translation>
        </message>
        <message numerus="yes">
            <location filename="../services/serviceerror.cpp" line="44" />
            <source>Too many requests in a short time. Try again in %n second(s).</source>
            <translation>
                <numerusform>Trop de requêtes en peu de temps. Réessayez dans %n seconde.</numerusform>
                <numerusform>Trop de requêtes en peu de temps. Réessayez dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="47" />
            <source>Too many requests in a short time. Try again in a moment.</source>
            <translation>Trop de requêtes en peu de temps. Réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="48" />
            <source>The request is too large for the server.</source>
            <translation>La requête est trop volumineuse pour le serveur.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="50" />
            <source>The request was cancelled.</source>
            <translation>La requête a été annulée.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="55" />
            <source>The server reported an error: %1</source>
            <translation>Le serveur a signalé une erreur : %1</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="56" />
            <source>The server reported an unexpected error (code %1).</source>
            <translation>Le serveur a signalé une erreur inattendue (code %1).</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="62" />
            <source>The user name or password is not correct.</source>
            <translation>Le nom d'utilisateur ou le mot de passe est incorrect.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="64" />
            <source>Enter a user name and a password.</source>
            <translation>Saisissez un nom d'utilisateur et un mot de passe.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="66" />
            <source>The account %1 is a service account for connectors and cannot sign in to the console. Use your personal account.</source>
            <translation>Le compte %1 est un compte de service pour les connecteurs et ne peut pas se connecter à la console. Utilisez votre compte personnel.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="69" />
            <source>The server %1 does not offer the Flowdesk service. Check the address.</source>
            <translation>Le serveur %1 ne propose pas le service Flowdesk. Vérifiez l'adresse.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::StatusIndicator</name>
        <message>
            <location filename="../ui/session/statusindicator.cpp" line="31" />
            <source>Connected to the server; counts update live.</source>
            <translation>Connecté au serveur ; les compteurs se mettent à jour en direct.</translation>
        </message>
        <message>
            <location filename="../ui/session/statusindicator.cpp" line="36" />
            <source>The connection was interrupted. Flowdesk keeps trying and catches up on everything that happened meanwhile.</source>
            <translation>La connexion a été interrompue. Flowdesk continue d'essayer et rattrape tout ce qui s'est passé entre-temps.</translation>
        </message>
        <message>
            <location filename="../ui/session/statusindicator.cpp" line="41" />
            <source>The server cannot be reached. The figures shown may be out of date.</source>
            <translation>Le serveur est injoignable. Les chiffres affichés peuvent ne pas être à jour.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::StuckOrderModel</name>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="74" />
            <source>Past its SLA deadline (%1) by %2</source>
            <translation>Échéance SLA (%1) dépassée de %2</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="77" />
            <source>Received %1</source>
            <translation>Reçue le %1</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="79" />
            <source>What should happen next: %1</source>
            <translation>Prochaine étape attendue : %1</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="82" />
            <source>%1 on %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="83" />
            <source>%1 on %2, counterparty %3</source>
            <translation>%1 sur %2, tiers %3</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="107" />
            <source>Overdue by</source>
            <translation>Retard</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="108" />
            <source>Order / document</source>
            <translation>Commande / document</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="109" />
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Flow</source>
            <translation>Flux</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="110" />
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Plant</source>
            <translation>Usine</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="111" />
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>Next step</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="112" />
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="113" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="114" />
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="115" />
            <location filename="../models/stuckordermodel.cpp" line="127" />
            <source>Last error</source>
            <translation>Dernière erreur</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Transaction</source>
            <translation>Transaction</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Business key</source>
            <translation>Référence métier</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Object type</source>
            <translation>Type d'objet</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Domain</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>Received (UTC)</source>
            <translation>Reçue (UTC)</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>SLA deadline (UTC)</source>
            <translation>Échéance SLA (UTC)</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>Overdue seconds</source>
            <translation>Retard en secondes</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="127" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="127" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="127" />
            <source>Counterparty</source>
            <translation>Tiers</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::StuckOrdersPage</name>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="47" />
            <source>Stuck orders</source>
            <translation>Commandes bloquées</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="60" />
            <source>&amp;Plant:</source>
            <translation>&amp;Usine :</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="62" />
            <source>&amp;Domain:</source>
            <translation>&amp;Domaine :</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="67" />
            <source>Save the stuck orders shown as a CSV file for a spreadsheet</source>
            <translation>Enregistrer les commandes bloquées affichées dans un fichier CSV pour un tableur</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="75" />
            <source>Open in Exceptions</source>
            <translation>Ouvrir dans Exceptions</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="77" />
            <source>Show these stuck transactions on the Exceptions page, to work on them</source>
            <translation>Afficher ces transactions bloquées dans la page Exceptions, pour les traiter</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="113" />
            <source>Double-click or press Enter to open an order on the Exceptions page</source>
            <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir une commande dans la page Exceptions</translation>
        </message>
        <message>
            <source>All</source>
            <comment>plants</comment>
            <translation>Toutes</translation>
        </message>
        <message>
            <source>All</source>
            <comment>domains</comment>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="294" />
            <source>⚠ Not updated: %1</source>
            <translation>⚠ Non mis à jour : %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="297" />
            <source>Live · updated %1</source>
            <translation>En direct · mis à jour à %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="306" />
            <source>Transactions past their SLA that are not closed yet.</source>
            <translation>Transactions ayant dépassé leur SLA et pas encore clôturées.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="307" />
            <source>Loading stuck orders…</source>
            <translation>Chargement des commandes bloquées…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="308" />
            <source>The stuck orders could not be loaded.
%1</source>
            <translation>Les commandes bloquées n'ont pas pu être chargées.
%1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="310" />
            <source>Nothing is stuck.</source>
            <translation>Rien n'est bloqué.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="311" />
            <source>No order is stuck: every open transaction is within its SLA.</source>
            <translation>Aucune commande n'est bloquée : toutes les transactions ouvertes respectent leur SLA.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="316" />
            <source>Stuck past their SLA: %1. The oldest has waited %2.</source>
            <translation>Bloquées au-delà de leur SLA : %1. La plus ancienne attend depuis %2.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="319" />
            <source>The %1 most overdue are listed.</source>
            <translation>Les %1 plus en retard sont listées.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="65" />
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="71" />
            <source>Export Stuck Orders</source>
            <translation>Exporter les commandes bloquées</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="72" />
            <source>The file %1 could not be written.</source>
            <translation>Le fichier %1 n'a pas pu être écrit.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ThroughputChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="227" />
            <source>Throughput and failures</source>
            <translation>Débit et échecs</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="236" />
            <source>Received</source>
            <translation>Reçue</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="237" />
            <source>Failed</source>
            <translation>En échec</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="274" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="295" />
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="310" />
            <source>No transactions in this window.</source>
            <translation>Aucune transaction sur cette période.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="305" />
            <source>per 5 min</source>
            <translation>par 5 min</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="306" />
            <source>per hour</source>
            <translation>par heure</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="307" />
            <source>per 6 h</source>
            <translation>par 6 h</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="308" />
            <source>per day</source>
            <translation>par jour</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="337" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="338" />
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Received: %2&lt;br&gt;Failed: %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Reçues : %2&lt;br&gt;En échec : %3</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="340" />
            <source> (%1 %)</source>
            <translation> (%1 %)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="341" />
            <source>&lt;br&gt;&lt;i&gt;Click to see the failures of this period&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Cliquez pour voir les échecs de cette période&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Transaction</name>
        <message>
            <location filename="../models/transaction.cpp" line="19" />
            <source>New</source>
            <translation>Nouvelle</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="20" />
            <source>Investigating</source>
            <translation>En analyse</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="21" />
            <source>Waiting on master data</source>
            <translation>En attente des données de base</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="22" />
            <source>Waiting on partner</source>
            <translation>En attente du partenaire</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="25" />
            <source>Not triaged</source>
            <translation>Non triée</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="31" />
            <source>Connectivity</source>
            <translation>Connectivité</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="32" />
            <source>Authentication</source>
            <translation>Authentification</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="33" />
            <source>Master data</source>
            <translation>Données de base</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="34" />
            <source>Validation</source>
            <translation>Validation</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="35" />
            <source>Business state</source>
            <translation>État métier</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="36" />
            <source>Duplicate</source>
            <translation>Doublon</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="39" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message numerus="yes">
            <location filename="../models/transaction.cpp" line="54" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../models/transaction.cpp" line="56" />
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../models/transaction.cpp" line="57" />
            <source>%n d</source>
            <translation>
                <numerusform>%n j</numerusform>
                <numerusform>%n j</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="118" />
            <source>Your role (%1) may look at exceptions but not change or resend them.</source>
            <translation>Votre rôle (%1) permet de consulter les exceptions, mais pas de les modifier ni de les renvoyer.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="120" />
            <source>Your role (%1) may not assign, comment or triage exceptions.</source>
            <translation>Votre rôle (%1) ne permet pas d'attribuer, de commenter ni de trier les exceptions.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="122" />
            <source>Your role (%1) does not allow this.</source>
            <translation>Votre rôle (%1) ne le permet pas.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="123" />
            <source>Your role (%1) lacks the permission "%2".</source>
            <translation>Votre rôle (%1) n'a pas l'autorisation « %2 ».</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="129" />
            <source>%1 belongs to plant %2, which is not among your plants (%3).</source>
            <translation>%1 appartient à l'usine %2, qui ne fait pas partie de vos usines (%3).</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="131" />
            <source>%1 belongs to %2, which is not among your domains (%3). Ask IT to change your scope or hand it to a colleague.</source>
            <translation>%1 appartient à %2, qui ne fait pas partie de vos domaines (%3). Demandez au service informatique de modifier votre périmètre ou confiez-la à un collègue.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="134" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="137" />
            <source>%1 is not failed (state: %2): there is nothing to fix.</source>
            <translation>%1 n'est pas en échec (état : %2) : il n'y a rien à corriger.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="139" />
            <source>%1 is closed (state: %2) and cannot be changed any more.</source>
            <translation>%1 est clôturée (état : %2) et ne peut plus être modifiée.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="141" />
            <source>An IT admin may replay only technical failures (connection, sign-in) unchanged; this is a business failure for the flow's owners.</source>
            <translation>Un administrateur informatique ne peut rejouer sans modification que les échecs techniques (connexion, authentification) ; il s'agit ici d'un échec métier, qui relève des responsables du flux.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="145" />
            <source>The server has not said whether you may do this with %1; reload it.</source>
            <translation>Le serveur n'a pas indiqué si vous pouvez effectuer cette action sur %1 ; rechargez-la.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="75" />
            <source>Set a field and resubmit</source>
            <translation>Modifier un champ et renvoyer</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="151" />
            <source>Waiting to start</source>
            <translation>En attente de démarrage</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="152" />
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="153" />
            <source>Finished</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="154" />
            <source>Failed</source>
            <translation>En échec</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="155" />
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionAction</name>
        <message>
            <location filename="../models/transactionaction.cpp" line="39" />
            <source>Edit payload</source>
            <translation>Modifier la charge utile</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="40" />
            <source>Resubmit</source>
            <translation>Renvoyer</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="41" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="42" />
            <source>Resolve manually</source>
            <translation>Résoudre manuellement</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="43" />
            <source>Assign</source>
            <translation>Attribuer</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="44" />
            <source>Set triage status</source>
            <translation>Définir le statut de triage</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="45" />
            <source>Comment</source>
            <translation>Commenter</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="46" />
            <source>Edit and resubmit</source>
            <translation>Modifier et renvoyer</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="47" />
            <source>Receive</source>
            <translation>Recevoir</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="48" />
            <source>Attempt delivery</source>
            <translation>Tenter la transmission</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="49" />
            <source>Deliver</source>
            <translation>Transmettre</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="50" />
            <source>Fail</source>
            <translation>Marquer en échec</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="51" />
            <source>Schedule retry</source>
            <translation>Planifier un nouvel essai</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="52" />
            <source>Mark stuck</source>
            <translation>Marquer comme bloquée</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="53" />
            <source>Give back unattempted</source>
            <translation>Rendre sans tentative de transmission</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="54" />
            <source>Make due again after a crash</source>
            <translation>Remettre en file après un plantage</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="207" />
            <source>The target system's answer, as it sent it</source>
            <translation>La réponse du système cible, telle qu'il l'a envoyée</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="238" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="240" />
            <source>Save and Res&amp;ubmit</source>
            <translation>Enregistrer et ren&amp;voyer</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="256" />
            <location filename="../ui/exceptions/transactiondetail.cpp" line="259" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="256" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="256" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="256" />
            <source>Why / note</source>
            <translation>Pourquoi / note</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <source>Received</source>
            <translation>Reçue</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <source>Flow</source>
            <translation>Flux</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <source>Business key</source>
            <translation>Référence métier</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <location filename="../ui/exceptions/transactiondetail.cpp" line="294" />
            <source>Route</source>
            <translation>Itinéraire</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="259" />
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="259" />
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="259" />
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="276" />
            <source>Transaction ID:</source>
            <translation>Identifiant de transaction :</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="277" />
            <source>Flow:</source>
            <translation>Flux :</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="278" />
            <source>Correlation ID:</source>
            <translation>Identifiant de corrélation :</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="279" />
            <source>Schema version:</source>
            <translation>Version du schéma :</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="280" />
            <source>Error code:</source>
            <translation>Code d'erreur :</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="281" />
            <source>Error signature:</source>
            <translation>Signature d'erreur :</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="282" />
            <source>Field (JSON pointer):</source>
            <translation>Champ (pointeur JSON) :</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="283" />
            <source>Delivery receipt:</source>
            <translation>Accusé de transmission :</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="286" />
            <source>Answer of the target system:</source>
            <translation>Réponse du système cible :</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="291" />
            <source>Payload</source>
            <translation>Charge utile</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="292" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="293" />
            <source>Same order</source>
            <translation>Même commande</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="295" />
            <source>Technical Details</source>
            <translation>Détails techniques</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="296" />
            <source>Every transaction of the same business object across systems</source>
            <translation>Toutes les transactions du même objet métier, tous systèmes confondus</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="297" />
            <source>Ids, versions and codes, for questions to IT</source>
            <translation>Identifiants, versions et codes, pour les questions au service informatique</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="341" />
            <source>No transaction selected</source>
            <translation>Aucune transaction sélectionnée</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="346" />
            <source>Choose an exception in the list to see what it blocks, why it failed and how to fix it.</source>
            <translation>Choisissez une exception dans la liste pour voir ce qu'elle bloque, pourquoi elle a échoué et comment la corriger.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="385" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="395" />
            <source>As saved on this computer on %1.</source>
            <translation>Telle qu'enregistrée sur cet ordinateur le %1.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="398" />
            <location filename="../ui/exceptions/transactiondetail.cpp" line="412" />
            <source>The server cannot be reached, so it may have changed since.</source>
            <translation>Le serveur est injoignable, elle a donc pu changer depuis.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="419" />
            <source>The transaction could not be loaded</source>
            <translation>La transaction n'a pas pu être chargée</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="437" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="442" />
            <source>unassigned</source>
            <translation>non attribuée</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="442" />
            <source>assigned to %1</source>
            <translation>attribuée à %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="443" />
            <source>version %1</source>
            <translation>version %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="447" />
            <source>Counterparty: %1</source>
            <translation>Tiers : %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="448" />
            <source>Amount: %1</source>
            <translation>Montant : %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="449" />
            <source>Plant: %1</source>
            <translation>Usine : %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="451" />
            <source>Due: %1</source>
            <translation>Échéance : %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="454" />
            <source>SLA: %1 left</source>
            <translation>SLA : %1 restant</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="455" />
            <source>SLA: overdue by %1</source>
            <translation>SLA : dépassé de %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="457" />
            <source>Blocks: %1 from %2 to %3 (%4)</source>
            <translation>Bloque : %1 de %2 vers %3 (%4)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="462" />
            <location filename="../ui/exceptions/transactiondetail.cpp" line="503" />
            <source>the target system</source>
            <translation>le système cible</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="463" />
            <source>Delivered to %1 as %2</source>
            <translation>Transmise à %1 sous la référence %2</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="464" />
            <source>%1's reference: %2</source>
            <translation>Référence dans %1 : %2</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="466" />
            <source>Delivered on %1</source>
            <translation>Transmise le %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="478" />
            <source>%1 error</source>
            <translation>Erreur (%1)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="502" />
            <source>Field named by %1: %2</source>
            <translation>Champ signalé par %1 : %2</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="544" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="547" />
            <source>The version of the flow's payload format this payload was last checked against</source>
            <translation>La version du format de charge utile du flux avec laquelle cette charge utile a été vérifiée en dernier</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="591" />
            <source>Changes you made offline: %1. &lt;a href="review"&gt;Review…&lt;/a&gt;</source>
            <translation>Modifications faites hors ligne : %1. &lt;a href="review"&gt;Examiner…&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="592" />
            <source>They are sent to the server in order when it answers again; one the server refused waits for you to apply it to the current version or drop it.</source>
            <translation>Elles sont envoyées au serveur dans l'ordre dès qu'il répond de nouveau ; une modification refusée par le serveur attend que vous l'appliquiez à la version actuelle ou l'abandonniez.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="631" />
            <source>History not available</source>
            <translation>Historique non disponible</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="697" />
            <source>Save the corrected payload and send it to %1 again, in one change</source>
            <translation>Enregistrer la charge utile corrigée et l'envoyer de nouveau à %1, en une seule modification</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="611" />
            <source>Nobody has acted on it yet</source>
            <translation>Personne n'est encore intervenu</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="82" />
            <source>sales order %1</source>
            <translation>commande client %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="83" />
            <source>purchase order %1</source>
            <translation>commande d'achat %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="84" />
            <source>journal entry %1</source>
            <translation>écriture comptable %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="85" />
            <source>payment %1</source>
            <translation>paiement %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="86" />
            <source>transfer %1</source>
            <translation>transfert %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="87" />
            <source>manufacturing order %1</source>
            <translation>ordre de fabrication %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="88" />
            <source>bill of materials %1</source>
            <translation>nomenclature %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="89" />
            <source>contact %1</source>
            <translation>contact %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="90" />
            <source>quality check %1</source>
            <translation>contrôle qualité %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="134" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="135" />
            <source>Copy the target's reference of the record to the clipboard</source>
            <translation>Copier dans le presse-papiers la référence de l'enregistrement dans le système cible</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="174" />
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="194" />
            <source>Show Field</source>
            <translation>Afficher le champ</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="195" />
            <source>Go to this field in the payload form</source>
            <translation>Aller à ce champ dans le formulaire de la charge utile</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="679" />
            <source>Select a transaction first.</source>
            <translation>Sélectionnez d'abord une transaction.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="683" />
            <source>Nothing changed yet.</source>
            <translation>Rien n'a encore été modifié.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="685" />
            <source>Fix the marked fields first; an invalid payload cannot be sent.</source>
            <translation>Corrigez d'abord les champs signalés ; une charge utile non valide ne peut pas être envoyée.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="687" />
            <source>Waiting for the previous change to be confirmed…</source>
            <translation>En attente de la confirmation de la modification précédente…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="694" />
            <source>Save the corrected payload (version %1)</source>
            <translation>Enregistrer la charge utile corrigée (version %1)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="703" />
            <source>The payload has problems; see the marked fields.</source>
            <translation>La charge utile comporte des problèmes ; voir les champs signalés.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="705" />
            <source>Edited, not saved.</source>
            <translation>Modifiée, non enregistrée.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="723" />
            <source>Payload corrected in the console</source>
            <translation>Charge utile corrigée dans la console</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="750" />
            <source>Someone else changed this transaction while you were editing. Your edit stays; saving will show both versions.</source>
            <translation>Quelqu'un d'autre a modifié cette transaction pendant votre modification. Votre modification est conservée ; l'enregistrement affichera les deux versions.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionsOfflineLink</name>
        <message>
            <location filename="../services/offlinecontroller.cpp" line="243" />
            <source>sync conflict: %1</source>
            <translation>conflit de synchronisation : %1</translation>
        </message>
        <message>
            <location filename="../services/offlinecontroller.cpp" line="246" />
            <source>pending sync</source>
            <translation>synchronisation en attente</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TriageCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="153" />
            <source>Setting triage status…</source>
            <translation>Définition du statut de triage…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::UserDialog</name>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="33" />
            <source>New User</source>
            <translation>Nouvel utilisateur</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="34" />
            <source>Change User – %1</source>
            <translation>Modifier l'utilisateur – %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="35" />
            <source>Reset Password – %1</source>
            <translation>Réinitialiser le mot de passe – %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="43" />
            <source>1 to 64 letters, digits, '.', '_', '-' or '@'</source>
            <translation>1 à 64 lettres, chiffres, « . », « _ », « - » ou « @ »</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="44" />
            <source>A user name cannot be changed</source>
            <translation>Un nom d'utilisateur ne peut pas être modifié</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="45" />
            <source>User name:</source>
            <translation>Nom d'utilisateur :</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="50" />
            <source>Full name:</source>
            <translation>Nom complet :</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="54" />
            <source>Plant supervisor: reads the flows of chosen plants</source>
            <translation>Responsable d'usine : consulte les flux des usines choisies</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="55" />
            <source>Operations: fixes exceptions of chosen business domains</source>
            <translation>Opérations : corrige les exceptions des domaines métier choisis</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="56" />
            <source>IT admin: connectors, credentials, users; replays technical failures</source>
            <translation>Administrateur informatique : connecteurs, identifiants, utilisateurs ; rejoue les échecs techniques</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="57" />
            <source>Auditor: reads everything including the audit trail, changes nothing</source>
            <translation>Auditeur : consulte tout, y compris la piste d'audit, sans rien modifier</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="58" />
            <source>Connector service account: submits transactions only, cannot sign in</source>
            <translation>Compte de service de connecteur : soumet uniquement des transactions, ne peut pas se connecter</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="66" />
            <source>Role:</source>
            <translation>Rôle :</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="72" />
            <source>Business domains (operators)</source>
            <translation>Domaines métier (opérateurs)</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="84" />
            <source>Plants (plant supervisors)</source>
            <translation>Usines (responsables d'usine)</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="105" />
            <source>At least 8 characters</source>
            <translation>Au moins 8 caractères</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="109" />
            <source>Initial password:</source>
            <translation>Mot de passe initial :</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="109" />
            <source>New password:</source>
            <translation>Nouveau mot de passe :</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="110" />
            <source>Confirm:</source>
            <translation>Confirmation :</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="125" />
            <source>Create User</source>
            <translation>Créer l'utilisateur</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="126" />
            <source>Save Changes</source>
            <translation>Enregistrer les modifications</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="127" />
            <source>Set Password</source>
            <translation>Définir le mot de passe</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="172" />
            <source>Choose at least one business domain for an operator</source>
            <translation>Choisissez au moins un domaine métier pour un opérateur</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="174" />
            <source>Choose at least one plant for a plant supervisor</source>
            <translation>Choisissez au moins une usine pour un responsable d'usine</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="177" />
            <source>Enter a user name</source>
            <translation>Saisissez un nom d'utilisateur</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="180" />
            <source>The password must have at least 8 characters</source>
            <translation>Le mot de passe doit comporter au moins 8 caractères</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="182" />
            <source>Enter the same password twice</source>
            <translation>Saisissez deux fois le même mot de passe</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="185" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="209" />
            <source>The password was not changed: %1</source>
            <translation>Le mot de passe n'a pas été modifié : %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="227" />
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::UserListModel</name>
        <message>
            <location filename="../models/userlistmodel.cpp" line="44" />
            <source>Disabled</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="44" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="48" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="56" />
            <source>This account cannot sign in</source>
            <translation>Ce compte ne peut pas se connecter</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="56" />
            <source>This account can sign in</source>
            <translation>Ce compte peut se connecter</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="65" />
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="66" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="67" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="68" />
            <source>Scope</source>
            <translation>Périmètre</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="69" />
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="70" />
            <source>Last sign-in</source>
            <translation>Dernière connexion</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::UsersPage</name>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="34" />
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="44" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="45" />
            <source>Load the accounts again</source>
            <translation>Recharger les comptes</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="48" />
            <source>New User…</source>
            <translation>Nouvel utilisateur…</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="50" />
            <source>Change Role and Scope…</source>
            <translation>Modifier le rôle et le périmètre…</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="52" />
            <location filename="../ui/admin/userspage.cpp" line="184" />
            <source>Disable</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="54" />
            <source>Reset Password…</source>
            <translation>Réinitialiser le mot de passe…</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="91" />
            <source>Disable %1</source>
            <translation>Désactiver %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="92" />
            <source>%1 will no longer be able to sign in. Their past actions stay in the audit trail. Disable the account?</source>
            <translation>%1 ne pourra plus se connecter. Ses actions passées restent dans la piste d'audit. Désactiver le compte ?</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="129" />
            <source>Only IT admins manage accounts and roles.

You are signed in as %1 (%2). Ask an IT admin to create an account, change a role or reset a password.</source>
            <translation>Seuls les administrateurs informatiques gèrent les comptes et les rôles.

Vous êtes connecté en tant que %1 (%2). Demandez à un administrateur informatique de créer un compte, de modifier un rôle ou de réinitialiser un mot de passe.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="133" />
            <source>Every account change is in the audit trail: on the Audit page, choose the target User.</source>
            <translation>Chaque modification de compte figure dans la piste d'audit : dans la page Audit, choisissez la cible Utilisateur.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="143" />
            <source>Accounts could not be loaded: %1</source>
            <translation>Les comptes n'ont pas pu être chargés : %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="171" />
            <source>Only IT admins can manage users</source>
            <translation>Seuls les administrateurs informatiques peuvent gérer les utilisateurs</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="172" />
            <source>Waiting for the previous action to finish</source>
            <translation>En attente de la fin de l'action précédente</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="173" />
            <source>Create an account</source>
            <translation>Créer un compte</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="180" />
            <source>Select an account first</source>
            <translation>Sélectionnez d'abord un compte</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="183" />
            <source>Change the role, business domains or plants of %1</source>
            <translation>Modifier le rôle, les domaines métier ou les usines de %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="184" />
            <source>Enable</source>
            <translation>Activer</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="187" />
            <source>You cannot disable your own account</source>
            <translation>Vous ne pouvez pas désactiver votre propre compte</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="189" />
            <source>Let %1 sign in again</source>
            <translation>Permettre à %1 de se connecter de nouveau</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="190" />
            <source>Stop %1 from signing in; the account and its history stay</source>
            <translation>Empêcher %1 de se connecter ; le compte et son historique sont conservés</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="191" />
            <source>Set a new password for %1</source>
            <translation>Définir un nouveau mot de passe pour %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="220" />
            <source>%1 is disabled and can no longer sign in.</source>
            <translation>%1 est désactivé et ne peut plus se connecter.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="221" />
            <source>%1 can sign in again.</source>
            <translation>%1 peut de nouveau se connecter.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="235" />
            <source>Account %1 created.</source>
            <translation>Compte %1 créé.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="236" />
            <source>Account %1 changed.</source>
            <translation>Compte %1 modifié.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="240" />
            <source>New password set for %1. Failed sign-in attempts were reset.</source>
            <translation>Nouveau mot de passe défini pour %1. Les tentatives de connexion échouées ont été remises à zéro.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ValueAtRiskChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="492" />
            <source>Value at risk by domain (open transactions)</source>
            <translation>Valeur en jeu par domaine (transactions ouvertes)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="499" />
            <source>Thousands, currency of the bar</source>
            <translation>Milliers, devise de la barre</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="510" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="534" />
            <source>Value at risk</source>
            <translation>Valeur en jeu</translation>
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
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 en jeu dans des transactions ouvertes</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="559" />
            <source>&lt;br&gt;&lt;i&gt;Click to see this domain's exceptions&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Cliquez pour voir les exceptions de ce domaine&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="571" />
            <source>No value at risk: nothing open carries an amount.</source>
            <translation>Aucune valeur en jeu : rien d'ouvert ne porte de montant.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Wallboard</name>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="40" />
            <source>Flowdesk wallboard</source>
            <translation>Écran mural Flowdesk</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="53" />
            <source>Esc or F11: leave the wallboard</source>
            <translation>Échap ou F11 : quitter l'écran mural</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="123" />
            <source>No flows to show for %1.</source>
            <translation>Aucun flux à afficher pour %1.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="125" />
            <source>All flows OK</source>
            <translation>Tous les flux sont OK</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dashboard/wallboard.cpp" line="128" />
            <source>%n failing</source>
            <translation>
                <numerusform>%n en échec</numerusform>
                <numerusform>%n en échec</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dashboard/wallboard.cpp" line="130" />
            <source>%n degraded</source>
            <translation>
                <numerusform>%n dégradé</numerusform>
                <numerusform>%n dégradés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="134" />
            <source>Stuck: %1, the oldest waiting %2</source>
            <translation>Bloquées : %1, la plus ancienne attend depuis %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="136" />
            <source>nothing stuck</source>
            <translation>rien de bloqué</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="184" />
            <source>⚠ Not up to date: %1 — last updated %2</source>
            <translation>⚠ Pas à jour : %1 — dernière mise à jour : %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="187" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="190" />
            <source>Updated %1</source>
            <translation>Mis à jour à %1</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/commandline.cpp" line="13" />
            <source>Flowdesk: operations and exception-management console.</source>
            <translation>Flowdesk : console d'exploitation et de gestion des exceptions.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="15" />
            <source>Start a local demo server with sample data and connect to it.</source>
            <translation>Démarrer un serveur de démo local avec des données d'exemple et s'y connecter.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="17" />
            <source>Connect to the Flowdesk server at &lt;host:port&gt;.</source>
            <translation>Se connecter au serveur Flowdesk à l'adresse &lt;host:port&gt;.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="20" />
            <source>Demo mode only: sign in as the demo account &lt;name&gt; (viewer, operator, admin, auditor).</source>
            <translation>Mode démo uniquement : se connecter avec le compte de démo &lt;name&gt; (viewer, operator, admin, auditor).</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="24" />
            <source>Use the language &lt;code&gt; (en, de, fr, es) instead of the system's.</source>
            <translation>Utiliser la langue &lt;code&gt; (en, de, fr, es) au lieu de celle du système.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="46" />
            <source>Unexpected argument: %1</source>
            <translation>Argument inattendu : %1</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="49" />
            <source>--demo and --backend cannot be used together.</source>
            <translation>--demo et --backend ne peuvent pas être utilisés ensemble.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="51" />
            <source>--demo-user only works together with --demo.</source>
            <translation>--demo-user ne fonctionne qu'avec --demo.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="53" />
            <source>--backend expects host:port, for example 127.0.0.1:50051.</source>
            <translation>--backend attend hôte:port, par exemple 127.0.0.1:50051.</translation>
        </message>
        <message>
            <location filename="../app/main.cpp" line="139" />
            <source>flowdesk: no display found (neither DISPLAY nor WAYLAND_DISPLAY nor QT_QPA_PLATFORM is set).
Flowdesk is a desktop application. To run it on a machine without a screen, use a virtual one:
    xvfb-run -a -s "-screen 0 1400x900x24" %1 --demo
or, for automated checks without any window, set QT_QPA_PLATFORM=offscreen.
</source>
            <translation>flowdesk : aucun affichage trouvé (ni DISPLAY, ni WAYLAND_DISPLAY, ni QT_QPA_PLATFORM n'est défini).
Flowdesk est une application de bureau. Pour l'exécuter sur une machine sans écran, utilisez un écran virtuel :
    xvfb-run -a -s "-screen 0 1400x900x24" %1 --demo
ou, pour des vérifications automatisées sans aucune fenêtre, définissez QT_QPA_PLATFORM=offscreen.
</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="12" />
            <source>Changes Not Sent</source>
            <translation>Modifications non envoyées</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="13" />
            <source>%n change(s) made offline have not reached the server yet.</source>
            <translation>
                <numerusform>%n modification faite hors ligne n'a pas encore atteint le serveur.</numerusform>
                <numerusform>%n modifications faites hors ligne n'ont pas encore atteint le serveur.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="16" />
            <source>They stay saved on this computer and are sent the next time you sign in to this server.</source>
            <translation>Elles restent enregistrées sur cet ordinateur et seront envoyées lors de votre prochaine connexion à ce serveur.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="18" />
            <source>%n change(s) were refused by the server and wait for your decision.</source>
            <translation>
                <numerusform>%n modification a été refusée par le serveur et attend votre décision.</numerusform>
                <numerusform>%n modifications ont été refusées par le serveur et attendent votre décision.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="20" />
            <source>Send Now</source>
            <translation>Envoyer maintenant</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="22" />
            <source>Send Later</source>
            <translation>Envoyer plus tard</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="131" />
            <source>The saved data on this computer cannot be opened with its key. The key or passphrase is wrong, or it was lost.</source>
            <translation>Les données enregistrées sur cet ordinateur ne peuvent pas être ouvertes avec leur clé. La clé ou la phrase secrète est incorrecte, ou a été perdue.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="134" />
            <source>The saved data on this computer is damaged.</source>
            <translation>Les données enregistrées sur cet ordinateur sont endommagées.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="136" />
            <source>The disk is full: Flowdesk cannot save data for offline use.</source>
            <translation>Le disque est plein : Flowdesk ne peut pas enregistrer de données pour le travail hors ligne.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="138" />
            <source>Another Flowdesk window is using the saved data of this account on this computer.</source>
            <translation>Une autre fenêtre Flowdesk utilise les données enregistrées de ce compte sur cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="141" />
            <source>The saved data file is not encrypted; Flowdesk will not use it.</source>
            <translation>Le fichier de données enregistrées n'est pas chiffré ; Flowdesk ne l'utilisera pas.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="143" />
            <source>The saved data on this computer cannot be read or written.</source>
            <translation>Les données enregistrées sur cet ordinateur ne peuvent être ni lues ni écrites.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadSchema</name>
        <message>
            <location filename="../models/jsonschema.cpp" line="981" />
            <source>Too long to be checked against its format (at most %1 characters).</source>
            <translation>Trop long pour être vérifié par rapport à son format (au plus %1 caractères).</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="56" />
            <source>Earlier Changes Waiting</source>
            <translation>Modifications antérieures en attente</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="57" />
            <source>%n change(s) you made offline on this computer have not reached the server. They were saved under an address of this server that Flowdesk no longer uses.</source>
            <translation>
                <numerusform>%n modification faite hors ligne sur cet ordinateur n'a pas atteint le serveur. Elle a été enregistrée sous une adresse de ce serveur que Flowdesk n'utilise plus.</numerusform>
                <numerusform>%n modifications faites hors ligne sur cet ordinateur n'ont pas atteint le serveur. Elles ont été enregistrées sous une adresse de ce serveur que Flowdesk n'utilise plus.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="65" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n autre</numerusform>
                <numerusform>… et %n autres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="67" />
            <source>Add them to your waiting changes to send them now, or decide at the next sign-in.</source>
            <translation>Ajoutez-les à vos modifications en attente pour les envoyer maintenant, ou décidez lors de la prochaine connexion.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="70" />
            <source>An earlier version of Flowdesk saved them without noting who made them: add them only if they are yours.</source>
            <translation>Une version antérieure de Flowdesk les a enregistrées sans noter leur auteur : ne les ajoutez que si elles sont les vôtres.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="73" />
            <source>Add and Send</source>
            <translation>Ajouter et envoyer</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="75" />
            <source>Discard…</source>
            <translation>Abandonner…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="77" />
            <source>Decide Later</source>
            <translation>Décider plus tard</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="86" />
            <source>Discard Earlier Changes</source>
            <translation>Abandonner les modifications antérieures</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="87" />
            <source>Discard %n change(s)? They never reach the server and cannot be brought back.</source>
            <translation>
                <numerusform>Abandonner %n modification ? Elle n'atteindra jamais le serveur et ne pourra pas être récupérée.</numerusform>
                <numerusform>Abandonner %n modifications ? Elles n'atteindront jamais le serveur et ne pourront pas être récupérées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="91" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="554" />
            <source>The saved search text was longer than %1 characters; it was shortened.</source>
            <translation>Le texte de recherche enregistré dépassait %1 caractères ; il a été raccourci.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::MainWindow</name>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="1" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Keyboard Shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Shortcuts of a page work while that page is shown.</source>
            <translation>Les raccourcis d'une page fonctionnent lorsque cette page est affichée.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Where</source>
            <translation>Où</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Everywhere</source>
            <translation>Partout</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1" />
            <source>Search the exceptions</source>
            <translation>Rechercher dans les exceptions</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1" />
            <source>Copy the business key of the selected transaction</source>
            <translation>Copier la référence métier de la transaction sélectionnée</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1" />
            <source>Go to the list of exceptions</source>
            <translation>Aller à la liste des exceptions</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1" />
            <source>Export the exceptions of the current view</source>
            <translation>Exporter les exceptions de la vue actuelle</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1" />
            <source>Search exceptions</source>
            <translation>Rechercher des exceptions</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::DashboardPage</name>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="1" />
            <source>Show the wallboard (Esc leaves it)</source>
            <translation>Afficher l'écran mural (Échap pour le quitter)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FlowsPage</name>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="1" />
            <source>Filter flows</source>
            <translation>Filtrer les flux</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadEditor</name>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="1" />
            <source>Payload as JSON</source>
            <translation>Charge utile au format JSON</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadEditor</name>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="1" />
            <source>Problems in the payload</source>
            <translation>Problèmes dans la charge utile</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1" />
            <source>User who acted</source>
            <translation>Utilisateur ayant agi</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1" />
            <source>Kind of target</source>
            <translation>Type de cible</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1" />
            <source>Target id</source>
            <translation>Identifiant de la cible</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1" />
            <source>Audit trail</source>
            <translation>Piste d'audit</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1" />
            <source>Entry details</source>
            <translation>Détails de l'entrée</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::MainWindow</name>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="1" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PageWidgets</name>
        <message>
            <location filename="../ui/common/pagewidgets.cpp" line="1" />
            <source>More actions</source>
            <translation>Plus d'actions</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConnectorsPage</name>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="1" />
            <source>Connector actions</source>
            <translation>Actions sur les connecteurs</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::UsersPage</name>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="1" />
            <source>User actions</source>
            <translation>Actions sur les utilisateurs</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} past the {sla} SLA, the oldest {overdue} overdue</source>
            <translation>{count} au-delà du SLA de {sla}, la plus ancienne en retard de {overdue}</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} past the {sla} SLA</source>
            <translation>{count} au-delà du SLA de {sla}</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{rate} of {count} in the window failed (red above 10 %)</source>
            <translation>{rate} sur {count} en échec dans la période (rouge au-delà de 10 %)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{rate} of {count} in the window failed (amber above 2 %)</source>
            <translation>{rate} sur {count} en échec dans la période (orange au-delà de 2 %)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>the oldest open transaction has waited {age}, over half the {sla} SLA</source>
            <translation>la plus ancienne transaction ouverte attend depuis {age}, plus de la moitié du SLA de {sla}</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>No transactions in the window, nothing waiting</source>
            <translation>Aucune transaction dans la période, rien en attente</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Flowing normally: {delivered} of {count} in the window delivered, nothing past its SLA</source>
            <translation>Fonctionnement normal : {delivered} sur {count} transmises dans la période, rien au-delà du SLA</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Customer {value} does not exist in {system}.</source>
            <translation>Le client {value} n'existe pas dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Supplier {value} does not exist in {system}.</source>
            <translation>Le fournisseur {value} n'existe pas dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Product {value} does not exist in {system}.</source>
            <translation>L'article {value} n'existe pas dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Unit of measure {value} is not defined in {system}.</source>
            <translation>L'unité de mesure {value} n'est pas définie dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Work center {value} is not defined in {system}.</source>
            <translation>Le poste de travail {value} n'est pas défini dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Equipment {value} is not registered in {system}.</source>
            <translation>L'équipement {value} n'est pas enregistré dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} has no product for the supplier's article {value}.</source>
            <translation>{system} n'a aucun article pour la référence fournisseur {value}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>A required field is empty.</source>
            <translation>Un champ obligatoire est vide.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>A date is not valid.</source>
            <translation>Une date n'est pas valide.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Two dates are in the wrong order.</source>
            <translation>Deux dates sont dans le mauvais ordre.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The document has no lines.</source>
            <translation>Le document n'a aucune ligne.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>A quantity must be greater than zero.</source>
            <translation>Une quantité doit être supérieure à zéro.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>A line has no price.</source>
            <translation>Une ligne n'a pas de prix.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The total does not match the sum of the lines.</source>
            <translation>Le total ne correspond pas à la somme des lignes.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>A unit is not of the same kind as the product's unit.</source>
            <translation>Une unité n'est pas du même type que l'unité de l'article.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The supplier's article belongs to another product.</source>
            <translation>La référence du fournisseur correspond à un autre article.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The lot is accepted although a characteristic is out of tolerance.</source>
            <translation>Le lot est accepté alors qu'une caractéristique est hors tolérance.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The invoice date lies outside the posting period.</source>
            <translation>La date de facture est en dehors de la période comptable.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The statement line has no amount.</source>
            <translation>La ligne de relevé n'a pas de montant.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>A product is a component of its own bill of materials.</source>
            <translation>Un article est un composant de sa propre nomenclature.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The message is damaged.</source>
            <translation>Le message est endommagé.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The customer {value} is on credit hold in {system}.</source>
            <translation>Le client {value} est bloqué pour crédit dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The order exceeds the customer's available credit.</source>
            <translation>La commande dépasse le crédit disponible du client.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The fiscal period {value} is closed for posting.</source>
            <translation>La période comptable {value} est clôturée.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The order is already closed in {system}.</source>
            <translation>La commande est déjà clôturée dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The document already exists in {system}.</source>
            <translation>Le document existe déjà dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The postal code {value} is not valid for its country.</source>
            <translation>Le code postal {value} n'est pas valide pour son pays.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} refused the integration's sign-in.</source>
            <translation>{system} a refusé la connexion de l'interface.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} refused the access token.</source>
            <translation>{system} a refusé le jeton d'accès.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} did not answer in time.</source>
            <translation>{system} n'a pas répondu à temps.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} could not be reached.</source>
            <translation>{system} n'a pas pu être joint.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} is unavailable.</source>
            <translation>{system} n'est pas disponible.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} is limiting how fast it accepts requests.</source>
            <translation>{system} limite le rythme des requêtes.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1" />
            <source>Technical details</source>
            <translation>Détails techniques</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1" />
            <source>What the target system answered, as it sent it, for questions to IT</source>
            <translation>Ce que le système cible a répondu, tel qu'il l'a envoyé, pour les questions à l'informatique</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1" />
            <source>%1 answered: %2</source>
            <translation>Réponse de %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1" />
            <source>The target system</source>
            <translation>Le système cible</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>advance shipping notice</source>
            <translation>avis d'expédition</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>bank statement line</source>
            <translation>ligne de relevé bancaire</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>bill of materials</source>
            <translation>nomenclature</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>customer invoice</source>
            <translation>facture client</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>downtime event</source>
            <translation>arrêt machine</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>production confirmation</source>
            <translation>déclaration de production</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>purchase order ack</source>
            <translation>accusé de commande fournisseur</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>quality inspection</source>
            <translation>contrôle qualité</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>sales order</source>
            <translation>commande client</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>shipment</source>
            <translation>expédition</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>stock level batch</source>
            <translation>lot de stocks</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1" />
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1" />
            <source>Flowdesk shows the new language when it starts again.</source>
            <translation>Flowdesk affichera la nouvelle langue au prochain démarrage.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <source>Puts the waiting changes into the list now</source>
            <translation>Applique maintenant les modifications en attente à la liste</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message numerus="yes">
            <source>%n update(s) wait while the pointer is on the list</source>
            <translation>
                <numerusform>%n mise à jour attend tant que le pointeur est sur la liste</numerusform>
                <numerusform>%n mises à jour attendent tant que le pointeur est sur la liste</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <source>Next Exception</source>
            <translation>Exception suivante</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <source>Previous Exception</source>
            <translation>Exception précédente</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::MainWindow</name>
        <message>
            <source>&amp;Go</source>
            <translation>A&amp;ller à</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::MainWindow</name>
        <message>
            <source>&amp;Settings</source>
            <translation>Para&amp;mètres</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <source>Save and Resubmit</source>
            <translation>Enregistrer et renvoyer</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>&amp;Notifications…</source>
            <translation>&amp;Notifications…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>Flowdesk</source>
            <translation>Flowdesk</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message numerus="yes">
            <source>Flowdesk: %n open exception(s)</source>
            <translation>
                <numerusform>Flowdesk : %n exception ouverte</numerusform>
                <numerusform>Flowdesk : %n exceptions ouvertes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>%1 failed (%2)</source>
            <translation>%1 en échec (%2)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>%1 is past its SLA</source>
            <translation>%1 a dépassé son SLA</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message numerus="yes">
            <source>%n more not shown</source>
            <translation>
                <numerusform>%n autre non affichée</numerusform>
                <numerusform>%n autres non affichées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>Notifications</source>
            <translation>Notifications</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>&amp;Tell me about new high-value failures and SLA breaches in my scope</source>
            <translation>&amp;Me signaler les nouveaux échecs de forte valeur et les dépassements de SLA dans mon périmètre</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>Value from which a failure is notified</source>
            <translation>Valeur à partir de laquelle un échec est signalé</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>Failures from &amp;value:</source>
            <translation>Échecs à partir de la &amp;valeur :</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>Failures in other currencies than %1 are not converted and not notified by value. At most %2 notifications in %3 minutes; the rest are counted in the next one.</source>
            <translation>Les échecs dans une autre devise que %1 ne sont pas convertis ni signalés selon leur valeur. Au plus %2 notifications en %3 minutes ; les autres sont comptées dans la suivante.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>This desktop has no system tray: Flowdesk cannot show notifications here. The Exceptions and Stuck orders pages show the same.</source>
            <translation>Ce bureau n'a pas de zone de notification : Flowdesk ne peut pas afficher de notifications ici. Les pages Exceptions et Commandes bloquées montrent la même chose.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditEntry</name>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditEntry</name>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditEntry</name>
        <message>
            <source>Looked up values</source>
            <translation>Valeurs recherchées</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditEntry</name>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1 : %2 → %3</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Business key</source>
            <translation>Référence métier</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Order, invoice or shipment number</source>
            <translation>Numéro de commande, de facture ou d'expédition</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Everything done to the transactions of this business key, e.g. SO2026-580024</source>
            <translation>Tout ce qui a été fait sur les transactions de cette référence métier, p. ex. SO2026-580024</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>&amp;Business key:</source>
            <translation>&amp;Référence métier :</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Changed fields</source>
            <translation>Champs modifiés</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Action: %1 (%2) on %3 (%4 %5)
</source>
            <translation>Action : %1 (%2) sur %3 (%4 %5)
</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Changed fields:
</source>
            <translation>Champs modifiés :
</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>  %1: %2 → %3
</source>
            <translation>  %1 : %2 → %3
</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FieldLookupCompleter</name>
        <message>
            <source>Did you mean</source>
            <translation>Vouliez-vous dire</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FieldLookupCompleter</name>
        <message>
            <source>Did you mean:</source>
            <translation>Vouliez-vous dire :</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorGroupModel</name>
        <message numerus="yes">
            <source>One of %n different values of this error on this flow; each is its own group.</source>
            <translation>
                <numerusform>Une des %n valeurs différentes de cette erreur sur ce flux ; chacune forme son propre groupe.</numerusform>
                <numerusform>Une des %n valeurs différentes de cette erreur sur ce flux ; chacune forme son propre groupe.</numerusform>
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
            <source>%1 · "%2" · %3</source>
            <comment>flow name, offending value, error message</comment>
            <translation>%1 · « %2 » · %3</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorGroupModel</name>
        <message>
            <source>%1 · %2 "%3" · %4</source>
            <comment>flow name, field, offending value, error message</comment>
            <translation>%1 · %2 « %3 » · %4</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Would succeed.</source>
            <translation>Réussirait.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>This transaction no longer exists.</source>
            <translation>Cette transaction n&apos;existe plus.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The flow&apos;s format is not available, so the correction cannot be checked.</source>
            <translation>Le format du flux n&apos;est pas disponible, la correction ne peut donc pas être vérifiée.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The correction cannot be applied to this transaction&apos;s payload ({detail}).</source>
            <translation>La correction ne peut pas être appliquée au contenu de cette transaction ({detail}).</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The corrected payload does not fit the flow&apos;s format ({count} problems).</source>
            <translation>Le contenu corrigé ne correspond pas au format du flux ({count} problèmes).</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The corrected payload does not fit the flow&apos;s format (one problem).</source>
            <translation>Le contenu corrigé ne correspond pas au format du flux (un problème).</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>The field of the payload to set, from the flow's form</source>
            <translation>Le champ des données à modifier, d’après le formulaire du flux</translation>
        </message>
        <message>
            <source>Offending value</source>
            <translation>Valeur refusée</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Éléments</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>Remplacer par</translation>
        </message>
        <message>
            <source>Only refused</source>
            <translation>Seulement les refusés</translation>
        </message>
        <message>
            <source>One of %1</source>
            <translation>Un parmi %1</translation>
        </message>
        <message>
            <source>%1 gets one replacement per offending value, in each transaction that has it; each is then resubmitted.</source>
            <translation>%1 reçoit un remplacement par valeur refusée, dans chaque transaction qui l’a ; chacune est ensuite renvoyée.</translation>
        </message>
        <message>
            <source>Type what replaces %1.</source>
            <translation>Saisissez ce qui remplace %1.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n times)</source>
            <translation>
                <numerusform>%1 (%n fois)</numerusform>
                <numerusform>%1 (%n fois)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <source>Done.</source>
            <translation>Effectué.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>The list shows the first %1 changed.</source>
            <translation>La liste montre les %1 premières modifiées.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>JSON over HTTP</source>
            <translation>JSON sur HTTP</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>Inbound (submits to Flowdesk)</source>
            <translation>Entrant (soumet à Flowdesk)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>No sign-in</source>
            <translation>Sans authentification</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>Bearer token</source>
            <translation>Jeton Bearer</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>HMAC-SHA256 signing key</source>
            <translation>Clé de signature HMAC-SHA256</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>one of %1</source>
            <translation>parmi %1</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>a list of allowed values</source>
            <translation>une liste de valeurs permises</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>text</source>
            <translation>texte</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>whole number</source>
            <translation>nombre entier</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>number</source>
            <translation>nombre</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>yes or no</source>
            <translation>oui ou non</translation>
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
            <translation>Aller aux groupes d'erreurs ; le premier est choisi si aucun ne l'est</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorSignatureChart</name>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Open exceptions: %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Exceptions ouvertes : %3</translation>
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
            <translation>masqué</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ValueAtRiskChart</name>
        <message>
            <source>@value k</source>
            <translation>@value k</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Recorded as: %1
</source>
            <translation>Enregistré comme : %1
</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadEditor</name>
        <message>
            <source>* required</source>
            <translation>* obligatoire</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} different customers do not exist in {system}.</source>
            <translation>{count} clients différents n'existent pas dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} different suppliers do not exist in {system}.</source>
            <translation>{count} fournisseurs différents n'existent pas dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} different products do not exist in {system}.</source>
            <translation>{count} articles différents n'existent pas dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} different units of measure are not defined in {system}.</source>
            <translation>{count} unités de mesure différentes ne sont pas définies dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} different work centers are not defined in {system}.</source>
            <translation>{count} postes de travail différents ne sont pas définis dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} different pieces of equipment are not registered in {system}.</source>
            <translation>{count} équipements différents ne sont pas enregistrés dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} has no product for {count} different supplier articles.</source>
            <translation>{system} n'a aucun article pour {count} références fournisseur différentes.</translation>
        </message>
    </context>
</TS>
