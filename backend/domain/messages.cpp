#include "messages.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>

namespace flowdesk::backend {

namespace {

// English, German, French, Spanish.
using Texts = std::array<const char *, 4>;
constexpr const char *kLanguages[] = {"en", "de", "fr", "es"};

const std::map<std::string, Texts> &table()
{
    static const std::map<std::string, Texts> texts = {
        // Why an action is not available (AllowedAction.reason).
        {"NOT_A_PERSON_ACTION",
         {"This is not an action a person takes.", "Diese Aktion führt keine Person aus.",
          "Ce n'est pas une action qu'une personne effectue.", "No es una acción que realice una persona."}},
        {"MISSING_PERMISSION",
         {"Your role may not do this: it needs the permission {permission}.",
          "Ihre Rolle darf das nicht: Dafür ist die Berechtigung {permission} nötig.",
          "Votre rôle ne permet pas cela : il faut l'autorisation {permission}.",
          "Su rol no permite hacerlo: se necesita el permiso {permission}."}},
        {"OUT_OF_SCOPE",
         {"This transaction belongs to a plant or domain outside your scope.",
          "Diese Transaktion gehört zu einem Werk oder Bereich außerhalb Ihrer Zuständigkeit.",
          "Cette transaction appartient à une usine ou un domaine hors de votre périmètre.",
          "Esta transacción pertenece a una planta o un área fuera de su ámbito."}},
        {"REPLAY_NOT_ALLOWED",
         {"Admins may replay only technical failures (connection, sign-in) unchanged; this is a business failure "
          "for the flow's owners.",
          "Administratoren dürfen nur technische Fehler (Verbindung, Anmeldung) unverändert wiederholen; dies ist "
          "ein fachlicher Fehler für die Verantwortlichen des Flusses.",
          "Les administrateurs ne peuvent relancer sans modification que les échecs techniques (connexion, "
          "authentification) ; ceci est une erreur métier pour les responsables du flux.",
          "Los administradores solo pueden reenviar sin cambios los fallos técnicos (conexión, autenticación); "
          "este es un error de negocio para los responsables del flujo."}},
        {"CLOSED",
         {"This transaction is closed; it cannot be changed any more.",
          "Diese Transaktion ist abgeschlossen und kann nicht mehr geändert werden.",
          "Cette transaction est clôturée ; elle ne peut plus être modifiée.",
          "Esta transacción está cerrada; ya no se puede modificar."}},
        {"NOT_FAILED",
         {"Only a failed transaction can be corrected, resubmitted, discarded or resolved.",
          "Nur eine fehlgeschlagene Transaktion kann korrigiert, erneut gesendet, verworfen oder erledigt werden.",
          "Seule une transaction en échec peut être corrigée, renvoyée, abandonnée ou résolue.",
          "Solo una transacción fallida puede corregirse, reenviarse, descartarse o resolverse."}},
        // Refusals of a call (ErrorDetails.reason).
        {"NOT_FOUND",
         {"This no longer exists on the server: {what}.", "Das gibt es auf dem Server nicht (mehr): {what}.",
          "Cet élément n'existe plus sur le serveur : {what}.", "Esto ya no existe en el servidor: {what}."}},
        {"VERSION_MISMATCH",
         {"Someone else changed the transaction in the meantime (now version {version}); reload it and try again.",
          "Jemand anderes hat die Transaktion inzwischen geändert (jetzt Version {version}); laden Sie sie neu und "
          "versuchen Sie es erneut.",
          "Quelqu'un d'autre a modifié la transaction entre-temps (version {version}) ; rechargez-la et réessayez.",
          "Otra persona ha modificado la transacción mientras tanto (ahora versión {version}); vuelva a cargarla e "
          "inténtelo de nuevo."}},
        {"PERMISSION_DENIED",
         {"Your role may not do this: it needs the permission {permission}.",
          "Ihre Rolle darf das nicht: Dafür ist die Berechtigung {permission} nötig.",
          "Votre rôle ne permet pas cela : il faut l'autorisation {permission}.",
          "Su rol no permite hacerlo: se necesita el permiso {permission}."}},
        {"SEVERAL_OFFENDING_VALUES",
         {"The selection holds {count} different values in {field} ({values}): give one replacement for each value.",
          "Die Auswahl enthält {count} verschiedene Werte in {field} ({values}): Geben Sie für jeden Wert einen "
          "Ersatz an.",
          "La sélection contient {count} valeurs différentes dans {field} ({values}) : indiquez un remplacement pour "
          "chaque valeur.",
          "La selección contiene {count} valores distintos en {field} ({values}): indique un reemplazo para cada "
          "valor."}},
        {"INVALID_STATE",
         {"The transaction's state does not allow this now.", "Der Zustand der Transaktion lässt das jetzt nicht zu.",
          "L'état de la transaction ne le permet pas maintenant.", "El estado de la transacción no lo permite ahora."}},
        // What a bulk job did with one item (BulkItemResult.user_message).
        {"bulk.WOULD_SUCCEED",
         {"Would succeed.", "Würde gelingen.", "Réussirait.", "Se completaría correctamente."}},
        {"bulk.DONE", {"Done.", "Erledigt.", "Effectué.", "Hecho."}},
        // What should happen next for a stuck order whose flow names no milestone.
        {"milestone.DELIVERED",
         {"Delivered to {system}", "An {system} geliefert", "Livré à {system}", "Entregado a {system}"}},
        {"milestone.DELIVERED_SOMEWHERE",
         {"Delivered to the target system", "An das Zielsystem geliefert", "Livré au système cible",
          "Entregado al sistema de destino"}},
        {"bulk.NOT_FOUND",
         {"This transaction no longer exists.", "Diese Transaktion gibt es nicht mehr.",
          "Cette transaction n'existe plus.", "Esta transacción ya no existe."}},
        {"bulk.NO_SCHEMA",
         {"The flow's format is not available, so the correction cannot be checked.",
          "Das Format des Flusses ist nicht verfügbar, daher kann die Korrektur nicht geprüft werden.",
          "Le format du flux n'est pas disponible, la correction ne peut donc pas être vérifiée.",
          "El formato del flujo no está disponible, por lo que no se puede comprobar la corrección."}},
        {"bulk.PATCH_FAILED",
         {"The correction cannot be applied to this transaction's payload ({detail}).",
          "Die Korrektur lässt sich auf die Nutzdaten dieser Transaktion nicht anwenden ({detail}).",
          "La correction ne peut pas être appliquée au contenu de cette transaction ({detail}).",
          "La corrección no se puede aplicar al contenido de esta transacción ({detail})."}},
        {"bulk.PAYLOAD_PROBLEMS",
         {"The corrected payload does not fit the flow's format ({count} problems).",
          "Die korrigierten Nutzdaten passen nicht zum Format des Flusses ({count} Probleme).",
          "Le contenu corrigé ne correspond pas au format du flux ({count} problèmes).",
          "El contenido corregido no se ajusta al formato del flujo ({count} problemas)."}},
        {"bulk.PAYLOAD_PROBLEM",
         {"The corrected payload does not fit the flow's format (one problem).",
          "Die korrigierten Nutzdaten passen nicht zum Format des Flusses (ein Problem).",
          "Le contenu corrigé ne correspond pas au format du flux (un problème).",
          "El contenido corregido no se ajusta al formato del flujo (un problema)."}},
        {"STORAGE_FULL",
         {"The server's disk is full, so nothing was saved; free space in the server's data folder, then try again.",
          "Die Festplatte des Servers ist voll, daher wurde nichts gespeichert; schaffen Sie Platz im Datenordner "
          "des Servers und versuchen Sie es erneut.",
          "Le disque du serveur est plein, rien n'a été enregistré ; libérez de l'espace dans le dossier de données "
          "du serveur, puis réessayez.",
          "El disco del servidor está lleno, no se guardó nada; libere espacio en la carpeta de datos del servidor "
          "e inténtelo de nuevo."}},
        {"STORAGE_FAILURE",
         {"The server's storage failed; try again.", "Der Speicher des Servers ist ausgefallen; versuchen Sie es erneut.",
          "Le stockage du serveur a échoué ; réessayez.", "El almacenamiento del servidor falló; inténtelo de nuevo."}},
        {"INTERNAL",
         {"The server had an internal error.", "Auf dem Server ist ein interner Fehler aufgetreten.",
          "Le serveur a rencontré une erreur interne.", "El servidor tuvo un error interno."}},
        {"MISSING_TOKEN",
         {"Sign in first.", "Melden Sie sich zuerst an.", "Connectez-vous d'abord.", "Inicie sesión primero."}},
        {"INVALID_TOKEN",
         {"Your session is not valid; sign in again.", "Ihre Sitzung ist ungültig; melden Sie sich erneut an.",
          "Votre session n'est pas valide ; reconnectez-vous.", "Su sesión no es válida; vuelva a iniciar sesión."}},
        {"SESSION_EXPIRED",
         {"Your session has expired; sign in again.", "Ihre Sitzung ist abgelaufen; melden Sie sich erneut an.",
          "Votre session a expiré ; reconnectez-vous.", "Su sesión ha caducado; vuelva a iniciar sesión."}},
        {"ACCOUNT_DISABLED",
         {"This account is disabled.", "Dieses Konto ist gesperrt.", "Ce compte est désactivé.",
          "Esta cuenta está desactivada."}},
        {"REQUEST_ID_REUSED",
         {"This request was already sent with other values; start the action again.",
          "Diese Anfrage wurde bereits mit anderen Werten gesendet; starten Sie die Aktion neu.",
          "Cette demande a déjà été envoyée avec d'autres valeurs ; relancez l'action.",
          "Esta solicitud ya se envió con otros valores; inicie la acción de nuevo."}},

        // Why a flow's health is what it is (FlowHealth.status_reasons).
        {"health.STUCK_OVERDUE",
         {"{count} past the {sla} SLA, the oldest {overdue} overdue",
          "{count} über der SLA von {sla}, die älteste {overdue} überfällig",
          "{count} au-delà du SLA de {sla}, la plus ancienne en retard de {overdue}",
          "{count} fuera del SLA de {sla}, la más antigua con {overdue} de retraso"}},
        {"health.STUCK",
         {"{count} past the {sla} SLA", "{count} über der SLA von {sla}", "{count} au-delà du SLA de {sla}",
          "{count} fuera del SLA de {sla}"}},
        {"health.FAILURE_RED",
         {"{rate} of {count} in the window failed (red above 10 %)",
          "{rate} von {count} im Zeitfenster fehlgeschlagen (rot über 10 %)",
          "{rate} sur {count} en échec dans la période (rouge au-delà de 10 %)",
          "{rate} de {count} fallidas en el período (rojo por encima del 10 %)"}},
        {"health.FAILURE_AMBER",
         {"{rate} of {count} in the window failed (amber above 2 %)",
          "{rate} von {count} im Zeitfenster fehlgeschlagen (gelb über 2 %)",
          "{rate} sur {count} en échec dans la période (orange au-delà de 2 %)",
          "{rate} de {count} fallidas en el período (ámbar por encima del 2 %)"}},
        {"health.OLDEST_WAITING",
         {"the oldest open transaction has waited {age}, over half the {sla} SLA",
          "die älteste offene Transaktion wartet seit {age}, über der Hälfte der SLA von {sla}",
          "la plus ancienne transaction ouverte attend depuis {age}, plus de la moitié du SLA de {sla}",
          "la transacción abierta más antigua lleva {age} esperando, más de la mitad del SLA de {sla}"}},
        {"health.IDLE",
         {"No transactions in the window, nothing waiting", "Keine Transaktionen im Zeitfenster, nichts wartet",
          "Aucune transaction dans la période, rien en attente", "Ninguna transacción en el período, nada en espera"}},
        {"health.NORMAL",
         {"Flowing normally: {delivered} of {count} in the window delivered, nothing past its SLA",
          "Läuft normal: {delivered} von {count} im Zeitfenster zugestellt, nichts über der SLA",
          "Fonctionnement normal : {delivered} sur {count} transmises dans la période, rien au-delà du SLA",
          "Funciona con normalidad: {delivered} de {count} transmitidas en el período, nada fuera del SLA"}},

        // What a target's error code means (TransactionError.explanation).
        // The route of a transaction, hop by hop (Hop.detail_message). The
        // reason or note a person gave stays in their words.
        {"hop.RECEIVED",
         {"Received from {system}", "Empfangen von {system}", "Reçu de {system}", "Recibido de {system}"}},
        // The connector's id is among the arguments, for IT; the hop names the
        // system already.
        {"hop.ATTEMPT",
         {"Attempt {attempt} of {max}", "Versuch {attempt} von {max}", "Tentative {attempt} sur {max}",
          "Intento {attempt} de {max}"}},
        {"hop.POSTPONED",
         {"Delivery postponed: the service was stopping; due again at once",
          "Zustellung verschoben: der Dienst wurde beendet; sofort wieder fällig",
          "Livraison reportée : le service s'arrêtait ; de nouveau due aussitôt",
          "Entrega aplazada: el servicio se estaba deteniendo; pendiente de nuevo en seguida"}},
        {"hop.DELIVERED",
         {"Accepted by {system}", "Von {system} angenommen", "Accepté par {system}", "Aceptado por {system}"}},
        {"hop.DELIVERED_AS",
         {"Accepted by {system} as {reference}", "Von {system} angenommen als {reference}",
          "Accepté par {system} sous {reference}", "Aceptado por {system} como {reference}"}},
        {"hop.INTERRUPTED",
         {"Delivery interrupted by a restart; due again", "Zustellung durch einen Neustart unterbrochen; wieder fällig",
          "Livraison interrompue par un redémarrage ; de nouveau due",
          "Entrega interrumpida por un reinicio; pendiente de nuevo"}},
        {"hop.CLAIM_EXPIRED",
         {"The delivery ended without an outcome; due again", "Die Zustellung endete ohne Ergebnis; wieder fällig",
          "La livraison s'est terminée sans résultat ; de nouveau due",
          "La entrega terminó sin resultado; pendiente de nuevo"}},
        {"hop.BY", {"by {actor}", "von {actor}", "par {actor}", "por {actor}"}},
        {"hop.BY_NOTE", {"by {actor}: {note}", "von {actor}: {note}", "par {actor} : {note}", "por {actor}: {note}"}},
        {"hop.ASSIGNED",
         {"by {actor}: assigned to {assignee}", "von {actor}: {assignee} zugewiesen", "par {actor} : attribué à {assignee}",
          "por {actor}: asignado a {assignee}"}},
        {"hop.UNASSIGNED",
         {"by {actor}: no longer assigned", "von {actor}: Zuweisung aufgehoben", "par {actor} : plus attribué",
          "por {actor}: ya no asignado"}},
        {"hop.TRIAGE_NONE",
         {"by {actor}: triage status cleared", "von {actor}: Klärungsstatus entfernt",
          "par {actor} : statut de triage effacé", "por {actor}: estado de triaje borrado"}},
        {"hop.TRIAGE_NEW",
         {"by {actor}: triage status New", "von {actor}: Klärungsstatus „Neu“", "par {actor} : statut de triage « Nouvelle »",
          "por {actor}: estado de triaje «Nueva»"}},
        {"hop.TRIAGE_INVESTIGATING",
         {"by {actor}: triage status Investigating", "von {actor}: Klärungsstatus „In Klärung“",
          "par {actor} : statut de triage « En analyse »", "por {actor}: estado de triaje «En investigación»"}},
        {"hop.TRIAGE_WAITING_ON_MASTER_DATA",
         {"by {actor}: triage status Waiting on master data", "von {actor}: Klärungsstatus „Wartet auf Stammdaten“",
          "par {actor} : statut de triage « En attente des données de base »",
          "por {actor}: estado de triaje «A la espera de datos maestros»"}},
        {"hop.TRIAGE_WAITING_ON_PARTNER",
         {"by {actor}: triage status Waiting on partner", "von {actor}: Klärungsstatus „Wartet auf Partner“",
          "par {actor} : statut de triage « En attente du partenaire »",
          "por {actor}: estado de triaje «A la espera del socio»"}},
        // What an audit entry records, in words (AuditEntry.detail_message).
        // Arguments named "*_status" hold a triage status, "role" a role: both
        // are worded in the reader's language (auditMessageText).
        {"audit.ASSIGNED", {"Assigned to {to}", "{to} zugewiesen", "Attribué à {to}", "Asignado a {to}"}},
        {"audit.REASSIGNED",
         {"Assigned to {to} instead of {from}", "{to} statt {from} zugewiesen", "Attribué à {to} au lieu de {from}",
          "Asignado a {to} en lugar de {from}"}},
        {"audit.UNASSIGNED",
         {"No longer assigned to {from}", "Nicht mehr {from} zugewiesen", "N'est plus attribué à {from}",
          "Ya no está asignado a {from}"}},
        {"audit.TRIAGE_SET",
         {"Triage status {to_status}", "Klärungsstatus {to_status}", "Statut de triage {to_status}",
          "Estado de triaje {to_status}"}},
        {"audit.TRIAGE_CHANGED",
         {"Triage status {to_status} instead of {from_status}", "Klärungsstatus {to_status} statt {from_status}",
          "Statut de triage {to_status} au lieu de {from_status}", "Estado de triaje {to_status} en lugar de {from_status}"}},
        {"audit.TRIAGE_CLEARED",
         {"Triage status {from_status} cleared", "Klärungsstatus {from_status} entfernt",
          "Statut de triage {from_status} effacé", "Estado de triaje {from_status} borrado"}},
        {"audit.IN_BULK_JOB",
         {"{text}; bulk job {job}", "{text}; Massenjob {job}", "{text} ; tâche groupée {job}", "{text}; trabajo masivo {job}"}},
        {"audit.BULK_JOB_ITEM", {"Bulk job {job}", "Massenjob {job}", "Tâche groupée {job}", "Trabajo masivo {job}"}},
        {"audit.SITE_RELOADED_CHANGED",
         {"Configuration applied: {flows} flows, {connectors} connectors; flows added, removed or with a new schema: {changed}",
          "Konfiguration übernommen: {flows} Flüsse, {connectors} Konnektoren; Flüsse neu, entfernt oder mit neuem "
          "Schema: {changed}",
          "Configuration appliquée : {flows} flux, {connectors} connecteurs ; flux ajoutés, retirés ou avec un "
          "nouveau schéma : {changed}",
          "Configuración aplicada: {flows} flujos, {connectors} conectores; flujos añadidos, retirados o con un "
          "esquema nuevo: {changed}"}},
        {"audit.SITE_RELOAD_REFUSED",
         {"Configuration refused: {errors} errors; the running configuration is kept",
          "Konfiguration abgelehnt: {errors} Fehler; die laufende Konfiguration bleibt",
          "Configuration refusée : {errors} erreurs ; la configuration en cours est conservée",
          "Configuración rechazada: {errors} errores; se mantiene la configuración en uso"}},
        {"audit.LOOKUP",
         {"Values for {field} looked up in {system} (“{query}”): {count}",
          "Werte für {field} in {system} nachgeschlagen („{query}“): {count}",
          "Valeurs de {field} cherchées dans {system} (« {query} ») : {count}",
          "Valores de {field} consultados en {system} («{query}»): {count}"}},
        {"audit.LOOKUP_ALL",
         {"Values for {field} looked up in {system}: {count}", "Werte für {field} in {system} nachgeschlagen: {count}",
          "Valeurs de {field} cherchées dans {system} : {count}", "Valores de {field} consultados en {system}: {count}"}},
        {"audit.LOOKUP_NONE",
         {"{system} offers no values for {field}", "{system} bietet keine Werte für {field}",
          "{system} ne propose pas de valeurs pour {field}", "{system} no ofrece valores para {field}"}},
        {"audit.LOOKUP_FAILED",
         {"Values for {field} could not be looked up in {system}: {code}",
          "Werte für {field} konnten in {system} nicht nachgeschlagen werden: {code}",
          "Les valeurs de {field} n'ont pas pu être cherchées dans {system} : {code}",
          "No se pudieron consultar los valores de {field} en {system}: {code}"}},
        {"audit.BULK_RESUBMIT",
         {"Resubmit {count} transactions", "{count} Transaktionen erneut senden", "Renvoyer {count} transactions",
          "Reenviar {count} transacciones"}},
        {"audit.BULK_DISCARD",
         {"Discard {count} transactions", "{count} Transaktionen verwerfen", "Abandonner {count} transactions",
          "Descartar {count} transacciones"}},
        {"audit.BULK_RESOLVE_MANUALLY",
         {"Mark {count} transactions resolved by hand", "{count} Transaktionen als manuell erledigt markieren",
          "Marquer {count} transactions comme résolues à la main", "Marcar {count} transacciones como resueltas a mano"}},
        {"audit.BULK_ASSIGN",
         {"Assign {count} transactions", "{count} Transaktionen zuweisen", "Attribuer {count} transactions",
          "Asignar {count} transacciones"}},
        {"audit.BULK_PATCH_AND_RESUBMIT",
         {"Correct and resubmit {count} transactions", "{count} Transaktionen korrigieren und erneut senden",
          "Corriger et renvoyer {count} transactions", "Corregir y reenviar {count} transacciones"}},
        {"audit.BULK_SET_TRIAGE_STATUS",
         {"Set the triage status of {count} transactions", "Klärungsstatus von {count} Transaktionen setzen",
          "Définir le statut de triage de {count} transactions", "Fijar el estado de triaje de {count} transacciones"}},
        {"audit.SITE_RELOADED",
         {"Configuration applied: {flows} flows, {connectors} connectors",
          "Konfiguration übernommen: {flows} Flüsse, {connectors} Konnektoren",
          "Configuration appliquée : {flows} flux, {connectors} connecteurs",
          "Configuración aplicada: {flows} flujos, {connectors} conectores"}},
        {"audit.LOGIN",
         {"Signed in with {client}", "Angemeldet mit {client}", "Connexion avec {client}",
          "Inicio de sesión con {client}"}},
        {"audit.SIGN_IN_THROTTLED",
         {"{failures} failed sign-ins from {address}; further attempts from there wait, from 1 second doubling up to 5 minutes",
          "{failures} fehlgeschlagene Anmeldungen von {address}; weitere Versuche von dort warten, ab 1 Sekunde "
          "verdoppelt bis 5 Minuten",
          "{failures} connexions échouées depuis {address} ; les tentatives suivantes depuis là attendent, "
          "de 1 seconde en doublant jusqu'à 5 minutes",
          "{failures} inicios de sesión fallidos desde {address}; los siguientes intentos desde allí esperan, "
          "desde 1 segundo duplicando hasta 5 minutos"}},
        {"audit.CONNECTION_OK",
         {"Connection test passed", "Verbindungstest bestanden", "Test de connexion réussi", "Prueba de conexión superada"}},
        {"audit.CONNECTION_FAILED",
         {"Connection test failed: {message}", "Verbindungstest fehlgeschlagen: {message}",
          "Échec du test de connexion : {message}", "La prueba de conexión falló: {message}"}},
        {"audit.CREDENTIAL_SET",
         {"Credential version {version}, fingerprint {fingerprint}", "Zugangsdaten Version {version}, Fingerabdruck {fingerprint}",
          "Identifiants version {version}, empreinte {fingerprint}", "Credencial versión {version}, huella {fingerprint}"}},
        {"audit.USER_CREATED",
         {"Created with the role {role}", "Angelegt mit der Rolle {role}", "Créé avec le rôle {role}",
          "Creado con el rol {role}"}},
        {"audit.USER_UPDATED",
         {"Changed: {user_fields}", "Geändert: {user_fields}", "Modifié : {user_fields}", "Modificado: {user_fields}"}},
        {"user_field.role", {"role", "Rolle", "rôle", "rol"}},
        {"user_field.domains", {"domains", "Bereiche", "domaines", "dominios"}},
        {"user_field.plants", {"plants", "Werke", "usines", "plantas"}},
        {"user_field.disabled", {"disabled", "gesperrt", "désactivé", "desactivado"}},
        {"user_field.display_name", {"display name", "Anzeigename", "nom affiché", "nombre visible"}},
        {"triage.NEW", {"New", "„Neu“", "« Nouvelle »", "«Nueva»"}},
        {"triage.INVESTIGATING", {"Investigating", "„In Klärung“", "« En analyse »", "«En investigación»"}},
        {"triage.WAITING_ON_MASTER_DATA",
         {"Waiting on master data", "„Wartet auf Stammdaten“", "« En attente des données de base »",
          "«A la espera de datos maestros»"}},
        {"triage.WAITING_ON_PARTNER",
         {"Waiting on partner", "„Wartet auf Partner“", "« En attente du partenaire »", "«A la espera del socio»"}},
        {"role.viewer", {"Viewer", "Betrachter", "Lecteur", "Lector"}},
        {"role.operator", {"Operator", "Sachbearbeiter", "Opérateur", "Operador"}},
        {"role.admin", {"Administrator", "Administrator", "Administrateur", "Administrador"}},
        {"role.auditor", {"Auditor", "Prüfer", "Auditeur", "Auditor"}},
        {"role.connector", {"Connector", "Konnektor", "Connecteur", "Conector"}},
        {"error.UNKNOWN_CUSTOMER",
         {"Customer {value} does not exist in {system}.", "Kunde {value} ist in {system} nicht angelegt.",
          "Le client {value} n'existe pas dans {system}.", "El cliente {value} no existe en {system}."}},
        {"error.UNKNOWN_SUPPLIER",
         {"Supplier {value} does not exist in {system}.", "Lieferant {value} ist in {system} nicht angelegt.",
          "Le fournisseur {value} n'existe pas dans {system}.", "El proveedor {value} no existe en {system}."}},
        {"error.UNKNOWN_PRODUCT",
         {"Product {value} does not exist in {system}.", "Artikel {value} ist in {system} nicht angelegt.",
          "L'article {value} n'existe pas dans {system}.", "El artículo {value} no existe en {system}."}},
        {"error.UNKNOWN_UOM",
         {"Unit of measure {value} is not defined in {system}.", "Mengeneinheit {value} ist in {system} nicht definiert.",
          "L'unité de mesure {value} n'est pas définie dans {system}.",
          "La unidad de medida {value} no está definida en {system}."}},
        {"error.UNKNOWN_WORK_CENTER",
         {"Work center {value} is not defined in {system}.", "Arbeitsplatz {value} ist in {system} nicht angelegt.",
          "Le poste de travail {value} n'est pas défini dans {system}.",
          "El puesto de trabajo {value} no está definido en {system}."}},
        {"error.UNKNOWN_EQUIPMENT",
         {"Equipment {value} is not registered in {system}.", "Anlage {value} ist in {system} nicht erfasst.",
          "L'équipement {value} n'est pas enregistré dans {system}.",
          "El equipo {value} no está registrado en {system}."}},
        {"error.MISSING_SUPPLIER_MAPPING",
         {"{system} has no product for the supplier's article {value}.",
          "{system} kennt keinen Artikel zur Lieferanten-Artikelnummer {value}.",
          "{system} n'a aucun article pour la référence fournisseur {value}.",
          "{system} no tiene ningún artículo para la referencia del proveedor {value}."}},
        // A group of failures over several refused values (a signature
        // group), worded without naming one of them.
        {"error.UNKNOWN_CUSTOMER.many",
         {"{count} different customers do not exist in {system}.",
          "{count} verschiedene Kunden sind in {system} nicht angelegt.",
          "{count} clients différents n'existent pas dans {system}.",
          "{count} clientes distintos no existen en {system}."}},
        {"error.UNKNOWN_SUPPLIER.many",
         {"{count} different suppliers do not exist in {system}.",
          "{count} verschiedene Lieferanten sind in {system} nicht angelegt.",
          "{count} fournisseurs différents n'existent pas dans {system}.",
          "{count} proveedores distintos no existen en {system}."}},
        {"error.UNKNOWN_PRODUCT.many",
         {"{count} different products do not exist in {system}.",
          "{count} verschiedene Artikel sind in {system} nicht angelegt.",
          "{count} articles différents n'existent pas dans {system}.",
          "{count} artículos distintos no existen en {system}."}},
        {"error.UNKNOWN_UOM.many",
         {"{count} different units of measure are not defined in {system}.",
          "{count} verschiedene Mengeneinheiten sind in {system} nicht definiert.",
          "{count} unités de mesure différentes ne sont pas définies dans {system}.",
          "{count} unidades de medida distintas no están definidas en {system}."}},
        {"error.UNKNOWN_WORK_CENTER.many",
         {"{count} different work centers are not defined in {system}.",
          "{count} verschiedene Arbeitsplätze sind in {system} nicht angelegt.",
          "{count} postes de travail différents ne sont pas définis dans {system}.",
          "{count} puestos de trabajo distintos no están definidos en {system}."}},
        {"error.UNKNOWN_EQUIPMENT.many",
         {"{count} different pieces of equipment are not registered in {system}.",
          "{count} verschiedene Anlagen sind in {system} nicht erfasst.",
          "{count} équipements différents ne sont pas enregistrés dans {system}.",
          "{count} equipos distintos no están registrados en {system}."}},
        {"error.MISSING_SUPPLIER_MAPPING.many",
         {"{system} has no product for {count} different supplier articles.",
          "{system} kennt keinen Artikel zu {count} verschiedenen Lieferanten-Artikelnummern.",
          "{system} n'a aucun article pour {count} références fournisseur différentes.",
          "{system} no tiene ningún artículo para {count} referencias de proveedor distintas."}},
        {"error.MISSING_FIELD",
         {"A required field is empty.", "Ein Pflichtfeld ist leer.", "Un champ obligatoire est vide.",
          "Un campo obligatorio está vacío."}},
        {"error.INVALID_DATE",
         {"A date is not valid.", "Ein Datum ist ungültig.", "Une date n'est pas valide.",
          "Una fecha no es válida."}},
        {"error.DATE_ORDER",
         {"Two dates are in the wrong order.", "Zwei Daten liegen in der falschen Reihenfolge.",
          "Deux dates sont dans le mauvais ordre.", "Dos fechas están en el orden incorrecto."}},
        {"error.NO_LINES",
         {"The document has no lines.", "Das Dokument hat keine Positionen.", "Le document n'a aucune ligne.",
          "El documento no tiene líneas."}},
        {"error.INVALID_QUANTITY",
         {"A quantity must be greater than zero.", "Eine Menge muss größer als null sein.",
          "Une quantité doit être supérieure à zéro.", "Una cantidad debe ser mayor que cero."}},
        {"error.INVALID_PRICE",
         {"A line has no price.", "Einer Position fehlt der Preis.", "Une ligne n'a pas de prix.",
          "Una línea no tiene precio."}},
        {"error.TOTAL_MISMATCH",
         {"The total does not match the sum of the lines.",
          "Der Gesamtbetrag stimmt nicht mit der Summe der Positionen überein.",
          "Le total ne correspond pas à la somme des lignes.", "El total no coincide con la suma de las líneas."}},
        {"error.UOM_CATEGORY_MISMATCH",
         {"A unit is not of the same kind as the product's unit.",
          "Eine Einheit ist nicht von derselben Art wie die Einheit des Artikels.",
          "Une unité n'est pas du même type que l'unité de l'article.",
          "Una unidad no es del mismo tipo que la unidad del artículo."}},
        {"error.PRODUCT_MISMATCH",
         {"The supplier's article belongs to another product.",
          "Die Artikelnummer des Lieferanten gehört zu einem anderen Artikel.",
          "La référence du fournisseur correspond à un autre article.",
          "La referencia del proveedor corresponde a otro artículo."}},
        {"error.INCONSISTENT_RESULT",
         {"The lot is accepted although a characteristic is out of tolerance.",
          "Das Los ist angenommen, obwohl ein Merkmal außerhalb der Toleranz liegt.",
          "Le lot est accepté alors qu'une caractéristique est hors tolérance.",
          "El lote está aceptado aunque una característica está fuera de tolerancia."}},
        {"error.PERIOD_MISMATCH",
         {"The invoice date lies outside the posting period.", "Das Rechnungsdatum liegt außerhalb der Buchungsperiode.",
          "La date de facture est en dehors de la période comptable.",
          "La fecha de la factura está fuera del período contable."}},
        {"error.ZERO_AMOUNT",
         {"The statement line has no amount.", "Die Umsatzzeile hat keinen Betrag.",
          "La ligne de relevé n'a pas de montant.", "La línea del extracto no tiene importe."}},
        {"error.CYCLIC_BOM",
         {"A product is a component of its own bill of materials.",
          "Ein Artikel ist Komponente seiner eigenen Stückliste.",
          "Un article est un composant de sa propre nomenclature.",
          "Un artículo es componente de su propia lista de materiales."}},
        {"error.MALFORMED_PAYLOAD",
         {"The message is damaged.", "Die Nachricht ist beschädigt.", "Le message est endommagé.",
          "El mensaje está dañado."}},
        {"error.CREDIT_HOLD",
         {"The customer {value} is on credit hold in {system}.", "Der Kunde {value} ist in {system} kreditgesperrt.",
          "Le client {value} est bloqué pour crédit dans {system}.",
          "El cliente {value} tiene bloqueo de crédito en {system}."}},
        {"error.CREDIT_LIMIT_EXCEEDED",
         {"The order exceeds the customer's available credit.",
          "Der Auftrag überschreitet das verfügbare Kreditlimit des Kunden.",
          "La commande dépasse le crédit disponible du client.",
          "El pedido supera el crédito disponible del cliente."}},
        {"error.PERIOD_CLOSED",
         {"The fiscal period {value} is closed for posting.", "Die Buchungsperiode {value} ist abgeschlossen.",
          "La période comptable {value} est clôturée.", "El período contable {value} está cerrado."}},
        {"error.ORDER_CLOSED",
         {"The order is already closed in {system}.", "Der Auftrag ist in {system} bereits abgeschlossen.",
          "La commande est déjà clôturée dans {system}.", "El pedido ya está cerrado en {system}."}},
        {"error.DUPLICATE_DOCUMENT",
         {"The document already exists in {system}.", "Das Dokument ist in {system} bereits vorhanden.",
          "Le document existe déjà dans {system}.", "El documento ya existe en {system}."}},
        {"error.INVALID_POSTAL_CODE",
         {"The postal code {value} is not valid for its country.", "Die Postleitzahl {value} passt nicht zum Land.",
          "Le code postal {value} n'est pas valide pour son pays.",
          "El código postal {value} no es válido para su país."}},
        {"error.SESSION_EXPIRED",
         {"{system} refused the integration's sign-in.", "{system} hat die Anmeldung der Schnittstelle abgelehnt.",
          "{system} a refusé la connexion de l'interface.", "{system} rechazó el inicio de sesión de la integración."}},
        {"error.TOKEN_EXPIRED",
         {"{system} refused the access token.", "{system} hat das Zugriffstoken abgelehnt.",
          "{system} a refusé le jeton d'accès.", "{system} rechazó el token de acceso."}},
        {"error.INVALID_TOKEN",
         {"{system} refused the access token.", "{system} hat das Zugriffstoken abgelehnt.",
          "{system} a refusé le jeton d'accès.", "{system} rechazó el token de acceso."}},
        {"error.TIMEOUT",
         {"{system} did not answer in time.", "{system} hat nicht rechtzeitig geantwortet.",
          "{system} n'a pas répondu à temps.", "{system} no respondió a tiempo."}},
        {"error.CONNECTION_REFUSED",
         {"{system} could not be reached.", "{system} war nicht erreichbar.", "{system} n'a pas pu être joint.",
          "No se pudo contactar con {system}."}},
        {"error.SERVICE_UNAVAILABLE",
         {"{system} is unavailable.", "{system} ist nicht verfügbar.", "{system} n'est pas disponible.",
          "{system} no está disponible."}},
        {"error.RATE_LIMITED",
         {"{system} is limiting how fast it accepts requests.", "{system} begrenzt die Anzahl der Anfragen.",
          "{system} limite le rythme des requêtes.", "{system} limita la frecuencia de las solicitudes."}},
    };
    return texts;
}

std::size_t languageIndex(const std::string &language)
{
    std::string primary = language.substr(0, language.find_first_of("-_"));
    for (std::size_t i = 0; i < std::size(kLanguages); ++i) {
        if (primary == kLanguages[i])
            return i;
    }
    return 0;
}

} // namespace

std::string fillMessage(const std::string &text, const MessageArgs &args)
{
    std::string out;
    out.reserve(text.size() + 32);
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t open = text.find('{', pos);
        if (open == std::string::npos) {
            out.append(text, pos, std::string::npos);
            break;
        }
        const std::size_t close = text.find('}', open);
        if (close == std::string::npos) {
            out.append(text, pos, std::string::npos);
            break;
        }
        out.append(text, pos, open - pos);
        const auto it = args.find(text.substr(open + 1, close - open - 1));
        if (it != args.end() && !it->second.empty()) {
            out += it->second;
        } else if (!out.empty() && out.back() == ' ') {
            out.pop_back(); // "Customer {value} does not exist" -> "Customer does not exist"
        } else if (close + 1 < text.size() && text[close + 1] == ' ') {
            ++pos; // "{system} is unavailable" -> "is unavailable"
            pos = close + 2;
            continue;
        }
        pos = close + 1;
    }
    return out;
}

bool hasMessage(const std::string &id)
{
    return table().count(id) > 0;
}

std::optional<MessageText> messageText(const std::string &id, const MessageArgs &args, const std::string &language)
{
    const auto &texts = table();
    const auto it = texts.find(id);
    if (it == texts.end())
        return std::nullopt;
    const std::size_t index = languageIndex(language);
    return MessageText{fillMessage(it->second[index], args), kLanguages[index]};
}

const std::vector<std::string> &messageLanguages()
{
    static const std::vector<std::string> languages(std::begin(kLanguages), std::end(kLanguages));
    return languages;
}

std::optional<MessageText> auditMessageText(const std::string &id, const MessageArgs &args, const std::string &language)
{
    MessageArgs worded = args;
    const std::string suffix = std::string(".") + kLanguages[languageIndex(language)];
    for (auto &[name, value] : worded) {
        if (const auto inLanguage = args.find(name + suffix); inLanguage != args.end()) {
            value = inLanguage->second;
            continue;
        }
        if (name == "user_fields") {
            // A user's changed fields, by name, comma-separated: each in words.
            std::string words;
            for (size_t at = 0; at <= value.size();) {
                const size_t end = std::min(value.find(',', at), value.size());
                const std::string field = value.substr(at, end - at);
                const auto text = messageText("user_field." + field, {}, language);
                words += (words.empty() ? "" : ", ") + (text ? text->text : field);
                at = end + 1;
            }
            value = words;
            continue;
        }
        const bool status = name.size() > 7 && name.compare(name.size() - 7, 7, "_status") == 0;
        if (value.empty() || (!status && name != "role"))
            continue;
        if (const auto text = messageText((status ? "triage." : "role.") + value, {}, language))
            value = text->text;
    }
    auto text = messageText(id, worded, language);
    if (!text)
        return std::nullopt;
    if (const auto job = args.find("job"); job != args.end() && !job->second.empty() && id != "audit.BULK_JOB_ITEM") {
        if (const auto inJob = messageText("audit.IN_BULK_JOB", {{"text", text->text}, {"job", job->second}}, language))
            text->text = inJob->text;
    }
    return text;
}

std::string errorMessageId(const std::string &code)
{
    return "error." + code;
}

std::string encodeMessage(const std::string &id, const MessageArgs &args)
{
    if (id.empty())
        return {};
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    w.Key("id");
    w.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
    w.Key("args");
    w.StartObject();
    for (const auto &[name, value] : args) {
        if (value.empty())
            continue;
        w.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
        w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    }
    w.EndObject();
    w.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

bool decodeMessage(const std::string &text, std::string *id, MessageArgs *args)
{
    if (text.empty())
        return false;
    rapidjson::Document d;
    d.Parse(text.data(), text.size());
    if (d.HasParseError() || !d.IsObject())
        return false;
    const auto idIt = d.FindMember("id");
    if (idIt == d.MemberEnd() || !idIt->value.IsString() || idIt->value.GetStringLength() == 0)
        return false;
    MessageArgs read;
    if (const auto argsIt = d.FindMember("args"); argsIt != d.MemberEnd()) {
        if (!argsIt->value.IsObject())
            return false;
        for (const auto &m : argsIt->value.GetObject()) {
            if (!m.value.IsString())
                return false;
            read[std::string(m.name.GetString(), m.name.GetStringLength())] =
                std::string(m.value.GetString(), m.value.GetStringLength());
        }
    }
    *id = std::string(idIt->value.GetString(), idIt->value.GetStringLength());
    *args = std::move(read);
    return true;
}

} // namespace flowdesk::backend
