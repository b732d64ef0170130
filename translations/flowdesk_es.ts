<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>Flowdesk::ActionController</name>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="25" />
            <source>Assign to &amp;Me</source>
            <translation>A&amp;signarme</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="25" />
            <source>Take this exception over</source>
            <translation>Hacerse cargo de esta excepción</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="26" />
            <source>&amp;Assign…</source>
            <translation>&amp;Asignar…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="26" />
            <source>Hand this exception to a colleague</source>
            <translation>Pasar esta excepción a un compañero</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="27" />
            <source>&amp;Comment…</source>
            <translation>&amp;Comentar…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="27" />
            <source>Add a note to the transaction's history</source>
            <translation>Añadir una nota al historial de la transacción</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="28" />
            <source>&amp;Resubmit</source>
            <translation>&amp;Reenviar</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="29" />
            <source>Send the transaction to its target again, with its current payload</source>
            <translation>Enviar de nuevo la transacción a su destino, con su carga útil actual</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="30" />
            <source>&amp;Discard…</source>
            <translation>&amp;Descartar…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="30" />
            <source>Give up on this transaction; a reason is required</source>
            <translation>Renunciar a esta transacción; se requiere un motivo</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="31" />
            <source>Resolve &amp;Manually…</source>
            <translation>Resolver ma&amp;nualmente…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="32" />
            <source>Mark as resolved outside Flowdesk; a reason is required</source>
            <translation>Marcar como resuelta fuera de Flowdesk; se requiere un motivo</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="33" />
            <source>&amp;Bulk Action…</source>
            <translation>Acción &amp;masiva…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="34" />
            <source>Resubmit, discard, assign or patch the selection or an error group</source>
            <translation>Reenviar, descartar, asignar o corregir la selección o un grupo de errores</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="36" />
            <source>&amp;Triage Status</source>
            <translation>Estado de &amp;triaje</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="114" />
            <source>Waiting for the previous change to be confirmed…</source>
            <translation>Esperando la confirmación del cambio anterior…</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="134" />
            <source>Your role (%1) may look at exceptions but not change or resend them.</source>
            <translation>Su rol (%1) puede consultar las excepciones, pero no modificarlas ni reenviarlas.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="136" />
            <source>Bulk actions need the server: they cannot wait to be sent while it cannot be reached</source>
            <translation>Las acciones masivas necesitan el servidor: no pueden quedar a la espera de envío mientras no se pueda contactar con él</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="150" />
            <source>Where the investigation stands</source>
            <translation>En qué punto está la investigación</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="155" />
            <source>Already assigned to you</source>
            <translation>Ya asignada a usted</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="200" />
            <source>%1: the server cannot be reached; the change waits on this computer and is sent when it answers again (pending sync).</source>
            <translation>%1: no se puede contactar con el servidor; el cambio espera en este equipo y se enviará cuando vuelva a responder (sincronización pendiente).</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="207" />
            <source>%1: the server could not be reached, so it is not known whether the change arrived. Sending it again is safe: it takes effect only once.</source>
            <translation>%1: no se pudo contactar con el servidor, así que no se sabe si el cambio llegó. Enviarlo de nuevo es seguro: solo surte efecto una vez.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="211" />
            <source>Connection lost</source>
            <translation>Conexión perdida</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="212" />
            <source>Send Again</source>
            <translation>Enviar de nuevo</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="225" />
            <source>Changed by someone else</source>
            <translation>Modificada por otra persona</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="225" />
            <source>%1 was changed meanwhile: %2</source>
            <translation>%1 se modificó mientras tanto: %2</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="241" />
            <source>payload</source>
            <translation>carga útil</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="242" />
            <source>The server refused the payload:
%1</source>
            <translation>El servidor rechazó la carga útil:
%1</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="255" />
            <location filename="../ui/commands/actioncontroller.cpp" line="260" />
            <source>Not allowed</source>
            <translation>No permitido</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="256" />
            <source>%1 is no longer within your scope: your role or domains were changed. Nothing was changed; what you typed stays in the form so you can copy it or hand it on.</source>
            <translation>%1 ya no está dentro de su ámbito: se cambiaron su rol o sus dominios. No se ha modificado nada; lo que escribió permanece en el formulario para que pueda copiarlo o pasarlo a otra persona.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="261" />
            <source>Your role no longer allows this, so %1 was not changed. What you typed stays in the form so you can copy it or hand it on.</source>
            <translation>Su rol ya no lo permite, así que %1 no se ha modificado. Lo que escribió permanece en el formulario para que pueda copiarlo o pasarlo a otra persona.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="265" />
            <source>Signed out</source>
            <translation>Sesión cerrada</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="265" />
            <source>Your session ended before the change was sent. Sign in again and repeat it; your edit stays open.</source>
            <translation>Su sesión terminó antes de enviar el cambio. Vuelva a iniciar sesión y repítalo; su edición sigue abierta.</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="268" />
            <source>Not done</source>
            <translation>No realizado</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="268" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../ui/commands/actioncontroller.cpp" line="270" />
            <source>%1: done.</source>
            <translation>%1: hecho.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AssignCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="85" />
            <source>Assign</source>
            <translation>Asignar</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="86" />
            <source>Assign %1 to (user name, empty to unassign):</source>
            <translation>Asignar %1 a (nombre de usuario, vacío para quitar la asignación):</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="103" />
            <source>Assigning %1…</source>
            <translation>Asignando %1…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditEntry</name>
        <message>
            <location filename="../models/auditentry.cpp" line="30" />
            <source>Signed in</source>
            <translation>Inicio de sesión</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="31" />
            <source>Signed out</source>
            <translation>Sesión cerrada</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="32" />
            <source>Sign-in attempts slowed down</source>
            <translation>Intentos de inicio de sesión ralentizados</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="32" />
            <source>Bulk action</source>
            <translation>Acción masiva</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="33" />
            <source>Paused connector</source>
            <translation>Conector pausado</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="34" />
            <source>Resumed connector</source>
            <translation>Conector reanudado</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="35" />
            <source>Tested connector</source>
            <translation>Conector probado</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="36" />
            <source>Set credential</source>
            <translation>Credencial establecida</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="37" />
            <source>Created user</source>
            <translation>Usuario creado</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="38" />
            <source>Changed user</source>
            <translation>Usuario modificado</translation>
        </message>
        <message>
            <location filename="../models/auditentry.cpp" line="39" />
            <source>Reset password</source>
            <translation>Contraseña restablecida</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>Transacción</translation>
        </message>
        <message>
            <source>Connector</source>
            <translation>Conector</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Bulk job</source>
            <translation>Trabajo masivo</translation>
        </message>
        <message>
            <source>Site configuration</source>
            <translation>Configuración del sitio</translation>
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
            <translation>Entrada %1, hash %2, anterior %3</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="83" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="84" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="85" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="86" />
            <source>Target</source>
            <translation>Objeto</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="87" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="88" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location filename="../models/auditlogmodel.cpp" line="89" />
            <source>#</source>
            <translation>N.º</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="46" />
            <source>Audit Trail</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="55" />
            <source>Any user</source>
            <translation>Cualquier usuario</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="59" />
            <source>Any action</source>
            <translation>Cualquier acción</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="68" />
            <source>Any target</source>
            <translation>Cualquier objeto</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="76" />
            <source>Target id, e.g. odoo or a transaction number</source>
            <translation>Id. del objeto, p. ej. odoo o un número de transacción</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="80" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="87" />
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="97" />
            <source>Apply Filter</source>
            <translation>Aplicar filtro</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="101" />
            <source>Load the newest entries that match the filter (F5)</source>
            <translation>Cargar las entradas más recientes que coinciden con el filtro (F5)</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="102" />
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="103" />
            <source>Show every entry again</source>
            <translation>Mostrar de nuevo todas las entradas</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="106" />
            <source>Who:</source>
            <translation>Quién:</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="108" />
            <source>Action:</source>
            <translation>Acción:</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="110" />
            <source>Target:</source>
            <translation>Objeto:</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="126" />
            <source>Verify Chain</source>
            <translation>Verificar la cadena</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="134" />
            <source>Save every entry that matches the filter as a CSV file</source>
            <translation>Guardar todas las entradas que coinciden con el filtro en un archivo CSV</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="166" />
            <source>Select an entry to see all it records, including its hashes</source>
            <translation>Seleccione una entrada para ver todo lo que registra, incluidos sus hash</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="132" />
            <source>Export Audit Trail</source>
            <translation>Exportar el registro de auditoría</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="200" />
            <source>Every action by every user. Each entry carries the hash of the one before it, so an edited or deleted entry breaks the chain.</source>
            <translation>Cada acción de cada usuario. Cada entrada lleva el hash de la anterior, de modo que una entrada modificada o eliminada rompe la cadena.</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="203" />
            <source>You see only your own actions: the whole trail is for auditors and IT admins.</source>
            <translation>Solo ve sus propias acciones: el registro completo es para auditores y administradores de TI.</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="205" />
            <source>User name of the person who acted</source>
            <translation>Nombre de usuario de la persona que actuó</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="206" />
            <source>Your role (%1) sees only its own actions</source>
            <translation>Su rol (%1) solo ve sus propias acciones</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="208" />
            <source>Recompute every entry's hash and check each link of the chain</source>
            <translation>Recalcular el hash de cada entrada y comprobar cada eslabón de la cadena</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="209" />
            <source>Only auditors and IT admins can verify the whole audit chain</source>
            <translation>Solo los auditores y los administradores de TI pueden verificar toda la cadena de auditoría</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="307" />
            <source>Not loaded: %1</source>
            <translation>No cargado: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="309" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="311" />
            <source>No entries match the filter</source>
            <translation>Ninguna entrada coincide con el filtro</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="313" />
            <source>%1 of %2 entries loaded</source>
            <translation>%1 de %2 entradas cargadas</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="340" />
            <source>Verifying every entry…</source>
            <translation>Verificando todas las entradas…</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="346" />
            <source>The chain could not be verified: %1</source>
            <translation>No se pudo verificar la cadena: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="352" />
            <source>✔ Chain intact: all %1 entries verified at %2</source>
            <translation>✔ Cadena intacta: las %1 entradas verificadas a las %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="357" />
            <source>✘ Chain broken at entry %1: %2 (%3 entries before it are intact)</source>
            <translation>✘ Cadena rota en la entrada %1: %2 (las %3 entradas anteriores están intactas)</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="383" />
            <source>Exporting… %1 of %2 entries</source>
            <translation>Exportando… %1 de %2 entradas</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="393" />
            <source>%1 could not be written: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="394" />
            <source>Export failed: %1</source>
            <translation>Error al exportar: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="399" />
            <source>%1 entries saved to %2</source>
            <translation>%1 entradas guardadas en %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="421" />
            <source>Entry %1 · %2 · %3 (%4)
</source>
            <translation>Entrada %1 · %2 · %3 (%4)
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="424" />
            <source>Action: %1 (%2) on %3 %4
</source>
            <translation>Acción: %1 (%2) en %3 %4
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="426" />
            <source>Reason: %1
</source>
            <translation>Motivo: %1
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="428" />
            <source>Details: %1
</source>
            <translation>Detalles: %1
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="431" />
            <source>Change:
%1
</source>
            <translation>Cambio:
%1
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="434" />
            <source>Request: %1
</source>
            <translation>Solicitud: %1
</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="435" />
            <source>Hash: %1
Previous: %2</source>
            <translation>Hash: %1
Anterior: %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="435" />
            <source>(first entry)</source>
            <translation>(primera entrada)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BacklogAgeChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="348" />
            <source>Stuck orders by age</source>
            <translation>Pedidos bloqueados por antigüedad</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="363" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="371" />
            <source>Stuck orders</source>
            <translation>Pedidos bloqueados</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="389" />
            <source>&lt;b&gt;Waiting %1&lt;/b&gt;&lt;br&gt;Stuck orders: %2</source>
            <translation>&lt;b&gt;En espera %1&lt;/b&gt;&lt;br&gt;Pedidos bloqueados: %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="392" />
            <source>&lt;br&gt;(of the %1 most overdue; %2 stuck in all)</source>
            <translation>&lt;br&gt;(de los %1 más atrasados; %2 bloqueados en total)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="393" />
            <source>&lt;br&gt;&lt;i&gt;Click to see them&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Haga clic para verlos&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="401" />
            <source>Nothing is stuck. Every open transaction is within its SLA.</source>
            <translation>Nada está bloqueado. Todas las transacciones abiertas están dentro de su SLA.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="105" />
            <source>Bulk action</source>
            <translation>Acción masiva</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="121" />
            <source>Reason (required), kept in each transaction's history</source>
            <translation>Motivo (obligatorio), se guarda en el historial de cada transacción</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="125" />
            <source>User name; empty unassigns</source>
            <translation>Nombre de usuario; vacío quita la asignación</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="130" />
            <source>Field, e.g. /lines/0/uom</source>
            <translation>Campo, p. ej. /lines/0/uom</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="133" />
            <source>New value, e.g. PCE or 42</source>
            <translation>Valor nuevo, p. ej. PCE o 42</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="140" />
            <source>Set</source>
            <translation>Establecer</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="142" />
            <source>to</source>
            <translation>en</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="154" />
            <source>Preview first: nothing changes until you run the action.</source>
            <translation>Primero la vista previa: nada cambia hasta que ejecute la acción.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="165" />
            <source>Transaction</source>
            <translation>Transacción</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="165" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="165" />
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="170" />
            <source>&amp;Preview</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="172" />
            <source>&amp;Run</source>
            <translation>&amp;Ejecutar</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="174" />
            <source>&amp;Stop Job</source>
            <translation>&amp;Detener el trabajo</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="176" />
            <source>Stops after the items in progress; those done stay done</source>
            <translation>Se detiene tras los elementos en curso; los ya hechos siguen hechos</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="177" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="200" />
            <source>Action:</source>
            <translation>Acción:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="316" />
            <source>%1 becomes the text "%2" in each transaction, which is then resubmitted.</source>
            <translation>%1 pasa a ser el texto «%2» en cada transacción, que después se reenvía.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="319" />
            <source>%1 becomes the number %2 in each transaction, which is then resubmitted.</source>
            <translation>%1 pasa a ser el número %2 en cada transacción, que después se reenvía.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="322" />
            <source>%1 becomes %2 in each transaction, which is then resubmitted.</source>
            <translation>%1 pasa a ser %2 en cada transacción, que después se reenvía.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="329" />
            <source>Select transactions or an error group first.</source>
            <translation>Seleccione primero transacciones o un grupo de errores.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="331" />
            <source>A reason is required.</source>
            <translation>Se requiere un motivo.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="335" />
            <source>Name the field as a path starting with /, e.g. /lines/0/uom.</source>
            <translation>Indique el campo como una ruta que empiece por /, p. ej. /lines/0/uom.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="337" />
            <source>%1 is not a field path: a ~ must be followed by 0 (for ~) or 1 (for /).</source>
            <translation>%1 no es una ruta de campo: un ~ debe ir seguido de 0 (para ~) o 1 (para /).</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="345" />
            <source>No field %1 in the payloads of %2. Check the spelling, e.g. /lines/0/uom.</source>
            <translation>No hay ningún campo %1 en las cargas útiles de %2. Compruebe la ortografía, p. ej. /lines/0/uom.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="351" />
            <source>Type the new value for %1.</source>
            <translation>Escriba el nuevo valor de %1.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="353" />
            <source>%1 takes a number, e.g. 42 or 2.5; "%2" is not one.</source>
            <translation>%1 admite un número, p. ej. 42 o 2.5; «%2» no lo es.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="389" />
            <source>Checking what would happen…</source>
            <translation>Comprobando qué ocurriría…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="389" />
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="395" />
            <source>The server could not be reached. Trying again is safe: the job starts once.</source>
            <translation>No se pudo contactar con el servidor. Volver a intentarlo es seguro: el trabajo solo se inicia una vez.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="396" />
            <source>Not started: %1</source>
            <translation>No iniciado: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="407" />
            <source>Lost sight of the job (%1); it goes on in the server.</source>
            <translation>Se perdió el seguimiento del trabajo (%1); continúa en el servidor.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="429" />
            <source>None of the %1 would change: each would be refused (see below why). Nothing has been changed.</source>
            <translation>Ninguna de las %1 cambiaría: todas se rechazarían (vea abajo por qué). No se ha modificado nada.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="432" />
            <source>%1 of %2 would change; %3 would be refused (see below).</source>
            <translation>%1 de %2 cambiarían; %3 se rechazarían (vea abajo).</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="427" />
            <source>Checking %1 of %2…</source>
            <translation>Comprobando %1 de %2…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="435" />
            <source>%1: %2 of %3 done, %4 changed, %5 refused.</source>
            <translation>%1: %2 de %3 hechas, %4 cambiadas, %5 rechazadas.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="452" />
            <source>would change</source>
            <translation>cambiaría</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="452" />
            <location filename="../ui/exceptions/bulkdialog.cpp" line="465" />
            <source>changed</source>
            <translation>cambiada</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="452" />
            <source>refused</source>
            <translation>rechazada</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="478" />
            <source>Could not stop the job: %1</source>
            <translation>No se pudo detener el trabajo: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="492" />
            <source>Runs the action in the server</source>
            <translation>Ejecuta la acción en el servidor</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="493" />
            <source>This job has run</source>
            <translation>Este trabajo ya se ha ejecutado</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="494" />
            <source>Nothing would change: every transaction would be refused</source>
            <translation>Nada cambiaría: todas las transacciones se rechazarían</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/bulkdialog.cpp" line="495" />
            <source>Preview first</source>
            <translation>Primero la vista previa</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CloseCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="209" />
            <source>Discard %1</source>
            <translation>Descartar %1</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="210" />
            <source>Resolve %1 manually</source>
            <translation>Resolver %1 manualmente</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="212" />
            <source>The transaction will not be delivered. Say why, for the history and for colleagues:</source>
            <translation>La transacción no se transmitirá. Indique por qué, para el historial y para sus compañeros:</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="213" />
            <source>Say how it was resolved outside Flowdesk (for example, entered by hand in the target system):</source>
            <translation>Indique cómo se resolvió fuera de Flowdesk (por ejemplo, introducida a mano en el sistema de destino):</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="230" />
            <source>Discarding %1…</source>
            <translation>Descartando %1…</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="231" />
            <source>Resolving %1…</source>
            <translation>Resolviendo %1…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Command</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="27" />
            <source>Select a transaction first.</source>
            <translation>Seleccione primero una transacción.</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="29" />
            <source>Works on one transaction at a time; use Bulk action… for a selection.</source>
            <translation>Actúa sobre una sola transacción cada vez; use Acción masiva… para una selección.</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="31" />
            <source>Sign in first: what you may do is known once the server has answered for you.</source>
            <translation>Inicie sesión primero: lo que puede hacer se sabe cuando el servidor ha respondido por usted.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CommentCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="117" />
            <source>Comment on %1</source>
            <translation>Comentar %1</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="118" />
            <source>Your comment is kept in the transaction's history for everyone who works on it.</source>
            <translation>Su comentario se guarda en el historial de la transacción para todos los que trabajan en ella.</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="134" />
            <source>Adding comment…</source>
            <translation>Añadiendo comentario…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConflictDialog</name>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="42" />
            <source>%1 was changed by someone else</source>
            <translation>Otra persona ha modificado %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="46" />
            <source>You started from version %1; the transaction is now at version %2 (%3, last change %4). Nothing was saved or sent, and nothing of theirs was overwritten.

Reload to continue from their version; your edit is copied to the clipboard so you can apply it again.</source>
            <translation>Usted partió de la versión %1; la transacción está ahora en la versión %2 (%3, último cambio %4). No se ha guardado ni enviado nada, y no se ha sobrescrito nada de la otra persona.

Recargue para continuar desde su versión; su edición se ha copiado al portapapeles para que pueda aplicarla de nuevo.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="56" />
            <source>Your version (not saved)</source>
            <translation>Su versión (sin guardar)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="57" />
            <source>Current version %1</source>
            <translation>Versión actual %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="62" />
            <source>Reload Their Version</source>
            <translation>Recargar su versión</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="64" />
            <source>Keep My Edit Open</source>
            <translation>Mantener mi edición abierta</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/conflictdialog.cpp" line="66" />
            <source>Stay on your edit; saving again will still be refused until you reload</source>
            <translation>Seguir con su edición; volver a guardar se rechazará hasta que recargue</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <location filename="../models/connector.cpp" line="8" />
            <source>Up</source>
            <translation>Operativo</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="9" />
            <source>Degraded</source>
            <translation>Degradado</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="10" />
            <source>Down</source>
            <translation>Caído</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="11" />
            <source>Paused</source>
            <translation>Pausado</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="14" />
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="27" />
            <source>Bank</source>
            <translation>Banco</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="29" />
            <source>Web shop</source>
            <translation>Tienda en línea</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="36" />
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="38" />
            <source>OAuth 2 client secret</source>
            <translation>Secreto de cliente OAuth 2</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="40" />
            <source>User name and password</source>
            <translation>Nombre de usuario y contraseña</translation>
        </message>
        <message>
            <location filename="../models/connector.cpp" line="42" />
            <source>Client certificate</source>
            <translation>Certificado de cliente</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConnectorListModel</name>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="31" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="35" />
            <source>just now</source>
            <translation>ahora mismo</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="37" />
            <source>%1 min ago</source>
            <translation>hace %1 min</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="39" />
            <source>%1 h ago</source>
            <translation>hace %1 h</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="40" />
            <source>%1 d ago</source>
            <translation>hace %1 d</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="61" />
            <source>Paused: %1</source>
            <translation>Pausado: %1</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="68" />
            <source>%1 · none set</source>
            <translation>%1 · sin establecer</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="69" />
            <source>%1 · v%2 · %3</source>
            <translation>%1 · v%2 · %3</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="72" />
            <source>Unknown age: never set in Flowdesk</source>
            <translation>Antigüedad desconocida: nunca establecida en Flowdesk</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="72" />
            <source>never rotated</source>
            <translation>nunca rotada</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="73" />
            <source>%1 by %2</source>
            <translation>%1 por %2</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="74" />
            <source>Overdue: %1</source>
            <translation>Vencida: %1</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="83" />
            <source>%1 (%2), connector id %3</source>
            <translation>%1 (%2), id. de conector %3</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="86" />
            <source>Deliveries succeed</source>
            <translation>Las transmisiones tienen éxito</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="87" />
            <source>At least one in five recent deliveries failed</source>
            <translation>Al menos una de cada cinco transmisiones recientes falló</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="88" />
            <source>Nearly all recent deliveries failed</source>
            <translation>Casi todas las transmisiones recientes fallaron</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="91" />
            <source>Paused: transactions to this system wait and are delivered after it is resumed</source>
            <translation>Pausado: las transacciones hacia este sistema esperan y se transmiten cuando se reanude</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="92" />
            <source>Paused (%1): transactions to this system wait and are delivered after it is resumed</source>
            <translation>Pausado (%1): las transacciones hacia este sistema esperan y se transmiten cuando se reanude</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="98" />
            <source>%1
Authentication: %2</source>
            <translation>%1
Autenticación: %2</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="102" />
            <source>Share of failed deliveries among the recent attempts</source>
            <translation>Proporción de transmisiones fallidas entre los intentos recientes</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="105" />
            <source>Version %1, SHA-256 fingerprint %2. The secret itself is never shown.</source>
            <translation>Versión %1, huella SHA-256 %2. El secreto en sí nunca se muestra.</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="107" />
            <source>No credential has been set through Flowdesk</source>
            <translation>No se ha establecido ninguna credencial a través de Flowdesk</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="110" />
            <source>Rotated %1 by %2.</source>
            <translation>Rotada el %1 por %2.</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="112" />
            <source>No credential has been set through Flowdesk, so its age is not known. Set it once to start tracking rotation.</source>
            <translation>No se ha establecido ninguna credencial a través de Flowdesk, así que su antigüedad es desconocida. Establézcala una vez para empezar a seguir su rotación.</translation>
        </message>
        <message numerus="yes">
            <location filename="../models/connectorlistmodel.cpp" line="115" />
            <source>Policy: rotate every %n days.</source>
            <translation>
                <numerusform>Política: rotar cada día.</numerusform>
                <numerusform>Política: rotar cada %n días.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="146" />
            <source>Connector</source>
            <translation>Conector</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="147" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="148" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="149" />
            <source>Endpoint</source>
            <translation>Endpoint</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="150" />
            <source>Last success</source>
            <translation>Último éxito</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="151" />
            <source>Error rate</source>
            <translation>Tasa de error</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="152" />
            <source>Credential</source>
            <translation>Credencial</translation>
        </message>
        <message>
            <location filename="../models/connectorlistmodel.cpp" line="153" />
            <source>Last rotation</source>
            <translation>Última rotación</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConnectorsPage</name>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="43" />
            <source>Connectors</source>
            <translation>Conectores</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="51" />
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="54" />
            <source>Load the connectors' status again</source>
            <translation>Volver a cargar el estado de los conectores</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="56" />
            <source>Pause…</source>
            <translation>Pausar…</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="58" />
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="60" />
            <source>Test Connection</source>
            <translation>Probar la conexión</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="63" />
            <source>Set Credential…</source>
            <translation>Establecer credencial…</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="66" />
            <source>Reload Configuration</source>
            <translation>Recargar la configuración</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="138" />
            <source>Your role (%1) cannot see connectors. IT admins, operators and auditors can.</source>
            <translation>Su rol (%1) no puede ver los conectores. Los administradores de TI, los operadores y los auditores sí.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="145" />
            <source>Connectors could not be loaded: %1</source>
            <translation>No se pudieron cargar los conectores: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="160" />
            <source>Connectors: %1</source>
            <translation>Conectores: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="161" />
            <source>%n down</source>
            <translation>
                <numerusform>%n caído</numerusform>
                <numerusform>%n caídos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="161" />
            <source>none down</source>
            <translation>ninguno caído</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="163" />
            <source>%n degraded</source>
            <translation>
                <numerusform>%n degradado</numerusform>
                <numerusform>%n degradados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="165" />
            <source>%n paused</source>
            <translation>
                <numerusform>%n pausado</numerusform>
                <numerusform>%n pausados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="167" />
            <source>credentials overdue for rotation: %1</source>
            <translation>credenciales con rotación vencida: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="169" />
            <source>credentials never set in Flowdesk: %1</source>
            <translation>credenciales nunca establecidas en Flowdesk: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="172" />
            <source>You can see the status. Only IT admins can pause, test or rotate credentials.</source>
            <translation>Puede ver el estado. Solo los administradores de TI pueden pausar, probar o rotar credenciales.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="207" />
            <source>Waiting for the previous action to finish</source>
            <translation>Esperando a que termine la acción anterior</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="209" />
            <source>Select a connector first</source>
            <translation>Seleccione primero un conector</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="216" />
            <source>Only IT admins can pause connectors</source>
            <translation>Solo los administradores de TI pueden pausar conectores</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="217" />
            <source>%1 is already paused</source>
            <translation>%1 ya está pausado</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="218" />
            <source>Pause deliveries to %1 for a maintenance window; its transactions wait and do not fail</source>
            <translation>Pausar las transmisiones a %1 durante una ventana de mantenimiento; sus transacciones esperan y no fallan</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="219" />
            <source>Only IT admins can resume connectors</source>
            <translation>Solo los administradores de TI pueden reanudar conectores</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="220" />
            <source>%1 is not paused</source>
            <translation>%1 no está pausado</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="220" />
            <source>Resume deliveries to %1; waiting transactions are sent</source>
            <translation>Reanudar las transmisiones a %1; las transacciones en espera se envían</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="221" />
            <source>Only IT admins can test connections</source>
            <translation>Solo los administradores de TI pueden probar conexiones</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="222" />
            <source>Open a test connection to %1 through the delivery adapter</source>
            <translation>Abrir una conexión de prueba con %1 a través del adaptador de transmisión</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="223" />
            <source>Only IT admins can set credentials</source>
            <translation>Solo los administradores de TI pueden establecer credenciales</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="224" />
            <source>Replace the credential of %1 (the current secret is never shown)</source>
            <translation>Sustituir la credencial de %1 (el secreto actual nunca se muestra)</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="227" />
            <source>Only IT admins can reload the configuration</source>
            <translation>Solo los administradores de TI pueden recargar la configuración</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="228" />
            <source>Waiting for the server to read its configuration file</source>
            <translation>Esperando a que el servidor lea su archivo de configuración</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="232" />
            <source>Have the server read its configuration file again (flows, connectors, what-to-do texts). A file with errors changes nothing; work in progress is kept.</source>
            <translation>Hacer que el servidor vuelva a leer su archivo de configuración (flujos, conectores, textos de «qué hacer»). Un archivo con errores no cambia nada; el trabajo en curso se conserva.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="245" />
            <source>The server is reading its configuration file…</source>
            <translation>El servidor está leyendo su archivo de configuración…</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="252" />
            <source>This server runs without a configuration file (it was started without --config), so there is nothing to reload. Its flows and connectors stay as they are.</source>
            <translation>Este servidor funciona sin archivo de configuración (se inició sin --config), así que no hay nada que recargar. Sus flujos y conectores se quedan como están.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="258" />
            <source>The configuration file has %n error(s); nothing was changed.</source>
            <translation>
                <numerusform>El archivo de configuración tiene %n error; no se ha modificado nada.</numerusform>
                <numerusform>El archivo de configuración tiene %n errores; no se ha modificado nada.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="268" />
            <source>The configuration could not be reloaded: %1</source>
            <translation>No se pudo recargar la configuración: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="271" />
            <source>Configuration reloaded from %1: flows %2, connectors %3.</source>
            <translation>Configuración recargada desde %1: flujos %2, conectores %3.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/connectorspage.cpp" line="277" />
            <source>%n flow(s) added, removed or with a new payload format.</source>
            <translation>
                <numerusform>%n flujo añadido, eliminado o con un nuevo formato de carga útil.</numerusform>
                <numerusform>%n flujos añadidos, eliminados o con un nuevo formato de carga útil.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="309" />
            <source>Pause %1</source>
            <translation>Pausar %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="310" />
            <source>Transactions to %1 will wait until it is resumed; none of them fail.
Reason (kept in the audit trail):</source>
            <translation>Las transacciones a %1 esperarán hasta que se reanude; ninguna falla.
Motivo (se guarda en el registro de auditoría):</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="312" />
            <source>Maintenance window</source>
            <translation>Ventana de mantenimiento</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="329" />
            <source>%1 is paused. Its transactions wait until you resume it.</source>
            <translation>%1 está pausado. Sus transacciones esperan hasta que lo reanude.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="345" />
            <source>%1 is resumed. Waiting transactions are being delivered.</source>
            <translation>%1 se ha reanudado. Las transacciones en espera se están transmitiendo.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="356" />
            <source>Testing the connection to %1…</source>
            <translation>Probando la conexión con %1…</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="364" />
            <source>Connection to %1 works (%2 ms). %3</source>
            <translation>La conexión con %1 funciona (%2 ms). %3</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="366" />
            <source>Connection to %1 failed: %2</source>
            <translation>Falló la conexión con %1: %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="379" />
            <source>Credential of %1 replaced: version %2, fingerprint %3.</source>
            <translation>Credencial de %1 sustituida: versión %2, huella %3.</translation>
        </message>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="382" />
            <source>Authentication failures replayed unchanged: %1.</source>
            <translation>Fallos de autenticación reproducidos sin cambios: %1.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConsoleApp</name>
        <message>
            <location filename="../app/consoleapp.cpp" line="42" />
            <source>Connectors</source>
            <translation>Conectores</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="43" />
            <source>Target systems: status, pause and resume, credentials (IT admins)</source>
            <translation>Sistemas de destino: estado, pausa y reanudación, credenciales (administradores de TI)</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="48" />
            <source>Users</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="49" />
            <source>Accounts, roles and scopes</source>
            <translation>Cuentas, roles y ámbitos</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="50" />
            <source>Accounts and roles: only IT admins manage users</source>
            <translation>Cuentas y roles: solo los administradores de TI gestionan usuarios</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="54" />
            <source>Audit</source>
            <translation>Auditoría</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="55" />
            <source>Who changed what, and proof that the trail is intact</source>
            <translation>Quién cambió qué, y la prueba de que el registro está intacto</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="78" />
            <source>Exceptions</source>
            <translation>Excepciones</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="79" />
            <source>Failed transactions by business impact: find, fix, resubmit</source>
            <translation>Transacciones fallidas por impacto en el negocio: buscar, corregir, reenviar</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="115" />
            <source>Server Unreachable</source>
            <translation>Servidor inaccesible</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="116" />
            <source>The server %1 cannot be reached.</source>
            <translation>No se puede contactar con el servidor %1.</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="118" />
            <source>Open the data saved on this computer for %1? You can look at it but not change it until the server answers again; then Flowdesk asks you to sign in.</source>
            <translation>¿Abrir los datos guardados en este equipo para %1? Puede consultarlos, pero no modificarlos hasta que el servidor vuelva a responder; entonces Flowdesk le pedirá que inicie sesión.</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="121" />
            <source>Open Saved Data</source>
            <translation>Abrir los datos guardados</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="122" />
            <source>Stay Here</source>
            <translation>Quedarse aquí</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="139" />
            <source>The server answers again. Sign in to bring your saved data up to date and send the changes you made offline.</source>
            <translation>El servidor vuelve a responder. Inicie sesión para actualizar sus datos guardados y enviar los cambios que hizo sin conexión.</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="189" />
            <source>Flowdesk demo</source>
            <translation>Demo de Flowdesk</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="190" />
            <source>The demo could not be started.

%1</source>
            <translation>No se pudo iniciar la demo.

%1</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="191" />
            <source>Reset Demo Data and Retry</source>
            <translation>Restablecer los datos de la demo y reintentar</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="192" />
            <source>Deletes the demo server's sample data on this computer and starts afresh</source>
            <translation>Elimina los datos de ejemplo del servidor de demo en este equipo y empieza de cero</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="210" />
            <source>Demo server on this computer (%1)</source>
            <translation>Servidor de demo en este equipo (%1)</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="211" />
            <source>Demo accounts: operator (sales and finance), viewer (plant DE01), admin, auditor. The password is "demo-" followed by the name, for example demo-operator.</source>
            <translation>Cuentas de demo: operator (ventas y finanzas), viewer (planta DE01), admin, auditor. La contraseña es «demo-» seguido del nombre, por ejemplo demo-operator.</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="305" />
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="306" />
            <source>Flow health at a glance: status per flow, stuck orders, throughput and failures</source>
            <translation>El estado de los flujos de un vistazo: estado por flujo, pedidos bloqueados, rendimiento y fallos</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="310" />
            <source>Stuck orders</source>
            <translation>Pedidos bloqueados</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="310" />
            <source>Transactions past their SLA and not closed, most overdue first</source>
            <translation>Transacciones que superaron su SLA y no están cerradas, las más atrasadas primero</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="195" />
            <source>The demo server stopped; starting it again…</source>
            <translation>El servidor de demo se detuvo; reiniciándolo…</translation>
        </message>
        <message>
            <location filename="../app/consoleapp.cpp" line="202" />
            <source>The demo server is running again.</source>
            <translation>El servidor de demo vuelve a funcionar.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CredentialDialog</name>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="24" />
            <source>Set Credential – %1</source>
            <translation>Establecer credencial – %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="27" />
            <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Authentication: %3&lt;br&gt;&lt;br&gt;The new secret is stored encrypted on the server. Nobody can display it again, not even here.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Autenticación: %3&lt;br&gt;&lt;br&gt;El nuevo secreto se guarda cifrado en el servidor. Nadie puede volver a mostrarlo, ni siquiera aquí.</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="45" />
            <source>New secret</source>
            <translation>Nuevo secreto</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="50" />
            <source>The same secret again</source>
            <translation>El mismo secreto otra vez</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="52" />
            <source>Replay the failures that this connector's authentication caused</source>
            <translation>Reintentar los fallos causados por la autenticación de este conector</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="54" />
            <source>After storing the secret, transactions to %1 that failed with an authentication error are sent again unchanged. Business payloads are never edited.</source>
            <translation>Tras guardar el secreto, las transacciones a %1 que fallaron por un error de autenticación se envían de nuevo sin cambios. Las cargas útiles de negocio nunca se editan.</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="70" />
            <source>Current credential:</source>
            <translation>Credencial actual:</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="71" />
            <source>New secret:</source>
            <translation>Nuevo secreto:</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="72" />
            <source>Confirm:</source>
            <translation>Confirmar:</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="76" />
            <source>Store Credential</source>
            <translation>Guardar credencial</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="98" />
            <source>None set through Flowdesk yet</source>
            <translation>Ninguna establecida a través de Flowdesk todavía</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="102" />
            <source>Version %1 · fingerprint %2</source>
            <translation>Versión %1 · huella %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="104" />
            <source>Set %1 by %2</source>
            <translation>Establecida el %1 por %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/credentialdialog.cpp" line="109" />
            <source>Overdue: the policy asks for a new secret every %n days</source>
            <translation>
                <numerusform>Vencida: la política pide un secreto nuevo cada día</numerusform>
                <numerusform>Vencida: la política pide un secreto nuevo cada %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/credentialdialog.cpp" line="111" />
            <source>Policy: a new secret every %n days</source>
            <translation>
                <numerusform>Política: un secreto nuevo cada día</numerusform>
                <numerusform>Política: un secreto nuevo cada %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="130" />
            <source>The credential is stored</source>
            <translation>La credencial está guardada</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="132" />
            <source>Storing…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="134" />
            <source>Enter the new secret</source>
            <translation>Introduzca el nuevo secreto</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="136" />
            <source>Enter the secret again to confirm it</source>
            <translation>Introduzca de nuevo el secreto para confirmarlo</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="136" />
            <source>The two entries differ</source>
            <translation>Las dos entradas no coinciden</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="142" />
            <source>The two entries differ.</source>
            <translation>Las dos entradas no coinciden.</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="164" />
            <location filename="../ui/admin/credentialdialog.cpp" line="167" />
            <source>The credential was not stored: %1</source>
            <translation>No se guardó la credencial: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="175" />
            <source>Stored as version %1 (fingerprint %2).</source>
            <translation>Guardada como versión %1 (huella %2).</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="180" />
            <source>Authentication failures replayed unchanged: %1.</source>
            <translation>Fallos de autenticación reproducidos sin cambios: %1.</translation>
        </message>
        <message>
            <location filename="../ui/admin/credentialdialog.cpp" line="184" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CsvExportButton</name>
        <message>
            <location filename="../ui/common/csvexportbutton.cpp" line="22" />
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <location filename="../ui/common/csvexportbutton.cpp" line="27" />
            <source>For Excel (UTF-8 with byte order mark)</source>
            <translation>Para Excel (UTF-8 con marca de orden de bytes)</translation>
        </message>
        <message>
            <location filename="../ui/common/csvexportbutton.cpp" line="30" />
            <source>Start the file with a byte order mark, so that Excel shows umlauts and accents right. Other programs may show it as a stray character.</source>
            <translation>Empezar el archivo con una marca de orden de bytes (BOM), para que Excel muestre bien las tildes y los caracteres especiales. Otros programas pueden mostrarla como un carácter extraño.</translation>
        </message>
        <message>
            <location filename="../ui/common/csvexportbutton.cpp" line="53" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::DashboardChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="119" />
            <source>(no code)</source>
            <translation>(sin código)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="164" />
            <source>Export PNG…</source>
            <translation>Exportar PNG…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="165" />
            <source>Save this chart as a PNG image</source>
            <translation>Guardar este gráfico como imagen PNG</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="215" />
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="221" />
            <source>Export Chart</source>
            <translation>Exportar gráfico</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="217" />
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="221" />
            <source>The chart could not be saved to %1.</source>
            <translation>No se pudo guardar el gráfico en %1.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::DashboardPage</name>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="61" />
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="65" />
            <source>Which plant the dashboard shows</source>
            <translation>Qué planta muestra el panel</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="67" />
            <source>&amp;Plant:</source>
            <translation>&amp;Planta:</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="70" />
            <source>Period:</source>
            <translation>Periodo:</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="82" />
            <source>Counts in the tiles and the throughput chart cover the last %1</source>
            <translation>Los recuentos de los mosaicos y el gráfico de rendimiento abarcan el período transcurrido de %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="90" />
            <source>Wallboard</source>
            <translation>Pantalla mural</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="92" />
            <source>Full screen with large type for a shop-floor screen (F11; Esc leaves)</source>
            <translation>Pantalla completa con letra grande para una pantalla de planta (F11; Esc para salir)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="279" />
            <source>All plants</source>
            <translation>Todas las plantas</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="279" />
            <source>All my plants</source>
            <translation>Todas mis plantas</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="309" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="407" />
            <source>Could not be loaded: %1</source>
            <translation>No se pudo cargar: %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="414" />
            <source>Your role does not show exception details.</source>
            <translation>Su rol no muestra los detalles de las excepciones.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="443" />
            <source>⚠ Not up to date: figures from %1</source>
            <translation>⚠ No actualizado: cifras de las %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="449" />
            <source>Live · updated %1</source>
            <translation>En directo · actualizado a las %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="458" />
            <source>Loading the dashboard…</source>
            <translation>Cargando el panel…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="459" />
            <source>The dashboard could not be loaded.
%1

It will try again when the connection returns.</source>
            <translation>No se pudo cargar el panel.
%1

Se volverá a intentar cuando vuelva la conexión.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="467" />
            <source>No flows are visible to you for %1.
Your role may be limited to certain plants or business domains; ask your administrator if you expected to see flows here.</source>
            <translation>No tiene flujos visibles para %1.
Su rol puede estar limitado a ciertas plantas o dominios de negocio; consulte a su administrador si esperaba ver flujos aquí.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="479" />
            <source>%1: all flows OK</source>
            <translation>%1: todos los flujos OK</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dashboard/dashboardpage.cpp" line="483" />
            <source>%n failing</source>
            <translation>
                <numerusform>%n con fallos</numerusform>
                <numerusform>%n con fallos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dashboard/dashboardpage.cpp" line="485" />
            <source>%n degraded</source>
            <translation>
                <numerusform>%n degradado</numerusform>
                <numerusform>%n degradados</numerusform>
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
            <translation>Bloqueadas: %1, la más antigua espera desde hace %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="493" />
            <source>nothing stuck</source>
            <translation>nada bloqueado</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::DemoBackend</name>
        <message>
            <location filename="../services/demobackend.cpp" line="40" />
            <source>The demo server did not start within %1 seconds.</source>
            <translation>El servidor de demo no se inició en %1 segundos.</translation>
        </message>
        <message>
            <location filename="../services/demobackend.cpp" line="49" />
            <source>The demo server %1 could not be started: %2</source>
            <translation>No se pudo iniciar el servidor de demo %1: %2</translation>
        </message>
        <message>
            <location filename="../services/demobackend.cpp" line="62" />
            <source>The demo server stopped while starting (exit code %1):
%2</source>
            <translation>El servidor de demo se detuvo durante el inicio (código de salida %1):
%2</translation>
        </message>
        <message>
            <location filename="../services/demobackend.cpp" line="88" />
            <source>Another Flowdesk demo is already running on this computer. Close it first.</source>
            <translation>Ya hay otra demo de Flowdesk en ejecución en este equipo. Ciérrela primero.</translation>
        </message>
        <message>
            <location filename="../services/demobackend.cpp" line="77" />
            <source>The demo server program was not found at %1.</source>
            <translation>No se encontró el programa del servidor de demo en %1.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Domain</name>
        <message>
            <location filename="../models/domain.cpp" line="26" />
            <source>Received</source>
            <translation>Recibida</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="27" />
            <source>In flight</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="28" />
            <source>Delivered</source>
            <translation>Transmitida</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="29" />
            <source>Retry scheduled</source>
            <translation>Reintento programado</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="30" />
            <source>Failed</source>
            <translation>Fallida</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="31" />
            <source>Resubmitted</source>
            <translation>Reenviada</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="32" />
            <source>Discarded</source>
            <translation>Descartada</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="33" />
            <source>Resolved manually</source>
            <translation>Resuelta manualmente</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="36" />
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="43" />
            <source>Received</source>
            <comment>column header</comment>
            <translation>Recibidas</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="44" />
            <source>In flight</source>
            <comment>column header</comment>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="45" />
            <source>Delivered</source>
            <comment>column header</comment>
            <translation>Transmitidas</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="46" />
            <source>Retrying</source>
            <comment>column header</comment>
            <translation>Reintentando</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="47" />
            <source>Failed</source>
            <comment>column header</comment>
            <translation>Fallidas</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="48" />
            <source>Resubmitted</source>
            <comment>column header</comment>
            <translation>Reenviadas</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="49" />
            <source>Discarded</source>
            <comment>column header</comment>
            <translation>Descartadas</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="50" />
            <source>Resolved</source>
            <comment>column header</comment>
            <translation>Resueltas</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="59" />
            <source>Accepted from the source system, not yet sent on</source>
            <translation>Aceptada del sistema de origen, aún no enviada</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="60" />
            <source>Being delivered to the target system</source>
            <translation>Transmitiéndose al sistema de destino</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="61" />
            <source>Accepted by the target system</source>
            <translation>Aceptada por el sistema de destino</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="62" />
            <source>Failed for a temporary reason; will be tried again</source>
            <translation>Falló por un motivo temporal; se volverá a intentar</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="63" />
            <source>Exceptions: failed and waiting for someone to fix them</source>
            <translation>Excepciones: fallidas y a la espera de que alguien las corrija</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="64" />
            <source>Fixed and sent again by a person</source>
            <translation>Corregida y reenviada por una persona</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="65" />
            <source>Dropped on purpose, with a reason</source>
            <translation>Descartada a propósito, con un motivo</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="66" />
            <source>Fixed by hand in the target system</source>
            <translation>Corregida a mano en el sistema de destino</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="75" />
            <source>Viewer</source>
            <translation>Lector</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="76" />
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="77" />
            <source>Administrator</source>
            <translation>Administrador</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="78" />
            <source>Auditor</source>
            <translation>Auditor</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="79" />
            <source>Connector</source>
            <translation>Conector</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="82" />
            <source>Unknown role</source>
            <translation>Rol desconocido</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="87" />
            <source>Sales</source>
            <translation>Ventas</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="88" />
            <source>Finance</source>
            <translation>Finanzas</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="89" />
            <source>Procurement</source>
            <translation>Compras</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="90" />
            <source>Logistics</source>
            <translation>Logística</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="91" />
            <source>Production</source>
            <translation>Producción</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="92" />
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="93" />
            <source>Engineering</source>
            <translation>Ingeniería</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="100" />
            <source>Berlin</source>
            <translation>Berlín</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="101" />
            <source>Lyon</source>
            <translation>Lyon</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="102" />
            <source>Poznan</source>
            <translation>Poznan</translation>
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
            <translation>Sin conexión</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="111" />
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="112" />
            <source>Connected</source>
            <translation>Conectado</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="113" />
            <source>Reconnecting…</source>
            <translation>Reconectando…</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="142" />
            <source>all domains and plants</source>
            <translation>todos los dominios y plantas</translation>
        </message>
        <message>
            <location filename="../models/domain.cpp" line="149" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message numerus="yes">
            <location filename="../models/domain.cpp" line="151" />
            <source>%n d</source>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
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
                <numerusform>%1 + %n más</numerusform>
                <numerusform>%1 + %n más</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="50" />
            <source>No amount at risk</source>
            <translation>Ningún importe en riesgo</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="52" />
            <source>Value at risk per currency:</source>
            <translation>Valor en riesgo por moneda:</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="100" />
            <source>%1
Category: %2
%3 transactions, oldest %4</source>
            <translation>%1
Categoría: %2
%3 transacciones, la más antigua %4</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="104" />
            <source>What to do: %1</source>
            <translation>Qué hacer: %1</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="122" />
            <source>Error group</source>
            <translation>Grupo de errores</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="123" />
            <source>Count</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <location filename="../models/errorgroupmodel.cpp" line="124" />
            <source>Value at risk</source>
            <translation>Valor en riesgo</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorSignatureChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="409" />
            <source>Top error signatures (open exceptions)</source>
            <translation>Principales firmas de error (excepciones abiertas)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="425" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="459" />
            <source>Exceptions</source>
            <translation>Excepciones</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="433" />
            <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;Open exceptions: %4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;Excepciones abiertas: %4</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="442" />
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="444" />
            <source>&lt;br&gt;Value at risk: %1</source>
            <translation>&lt;br&gt;Valor en riesgo: %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="446" />
            <source>&lt;br&gt;&lt;i&gt;Click to see them&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Haga clic para verlos&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="486" />
            <source>No open exceptions.</source>
            <translation>No hay excepciones abiertas.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionListModel</name>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="68" />
            <source>Unassigned</source>
            <translation>Sin asignar</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="76" />
            <source>%1
Changes made offline wait to be sent to the server (%2)</source>
            <translation>%1
Hay cambios hechos sin conexión a la espera de enviarse al servidor (%2)</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="82" />
            <source>Received %1; past its SLA and not delivered yet</source>
            <translation>Recibida el %1; SLA superado y aún no transmitida</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="84" />
            <source>Received %1</source>
            <translation>Recibida el %1</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="120" />
            <source>Business key</source>
            <translation>Referencia de negocio</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="121" />
            <source>Flow</source>
            <translation>Flujo</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="122" />
            <source>Counterparty</source>
            <translation>Tercero</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="123" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="124" />
            <source>Plant</source>
            <translation>Planta</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="125" />
            <source>Age</source>
            <translation>Antigüedad</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="126" />
            <source>Due</source>
            <translation>Vencimiento</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="127" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="128" />
            <source>Triage</source>
            <translation>Triaje</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="129" />
            <source>Assignee</source>
            <translation>Asignada a</translation>
        </message>
        <message>
            <location filename="../models/exceptionlistmodel.cpp" line="133" />
            <source>Time since the transaction arrived; red when past its SLA</source>
            <translation>Tiempo desde que llegó la transacción; en rojo si superó su SLA</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="73" />
            <source>Exceptions</source>
            <translation>Excepciones</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="88" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="90" />
            <source>Reloads the list from the top, with the new exceptions in their place</source>
            <translation>Vuelve a cargar la lista desde el principio, con las nuevas excepciones en su sitio</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="119" />
            <source>Identical failures; choose one to see only its transactions and act on all of them</source>
            <translation>Fallos idénticos; elija uno para ver solo sus transacciones y actuar sobre todas</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="128" />
            <source>Error groups</source>
            <translation>Grupos de errores</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="130" />
            <source>All Groups</source>
            <translation>Todos los grupos</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/exceptions/exceptionspage.cpp" line="223" />
            <source>%n exception(s) as saved on this computer; the server cannot be reached (%1).</source>
            <translation>
                <numerusform>%n excepción tal como está guardada en este equipo; no se puede contactar con el servidor (%1).</numerusform>
                <numerusform>%n excepciones tal como están guardadas en este equipo; no se puede contactar con el servidor (%1).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="228" />
            <source>The exceptions could not be loaded: %1</source>
            <translation>No se pudieron cargar las excepciones: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="377" />
            <source>Export exceptions</source>
            <translation>Exportar excepciones</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="377" />
            <source>exceptions.csv</source>
            <translation>excepciones.csv</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="345" />
            <source>Saved views</source>
            <translation>Vistas guardadas</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="348" />
            <source>Search business key, counterparty or error text (Ctrl+F)</source>
            <translation>Buscar referencia, tercero, error (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="357" />
            <source>Order of the list</source>
            <translation>Orden de la lista</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="358" />
            <source>Business impact</source>
            <translation>Impacto en el negocio</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="359" />
            <source>Oldest first</source>
            <translation>Más antiguas primero</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="360" />
            <source>Newest first</source>
            <translation>Más recientes primero</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="361" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="362" />
            <source>Due date</source>
            <translation>Fecha de vencimiento</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="363" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="398" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Flow</source>
            <translation>Flujo</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="364" />
            <source>Save View…</source>
            <translation>Guardar vista…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="366" />
            <source>Keep these filters as a view of your own</source>
            <translation>Guardar estos filtros como una vista propia</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="368" />
            <source>Bulk Action…</source>
            <translation>Acción masiva…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="379" />
            <source>Every exception of the current view, as a spreadsheet file (Ctrl+E)</source>
            <translation>Todas las excepciones de la vista actual, como archivo de hoja de cálculo (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="385" />
            <source>View:</source>
            <translation>Vista:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="390" />
            <source>Order:</source>
            <translation>Orden:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="399" />
            <source>All flows</source>
            <translation>Todos los flujos</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="400" />
            <source>Business domain</source>
            <translation>Dominio de negocio</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="401" />
            <source>All domains</source>
            <translation>Todos los dominios</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="404" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Plant</source>
            <translation>Planta</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="405" />
            <source>All plants</source>
            <translation>Todas las plantas</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="408" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="409" />
            <source>Failed</source>
            <translation>Fallida</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="410" />
            <source>Retrying</source>
            <translation>Reintentando</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="411" />
            <source>Failed or retrying</source>
            <translation>Fallidas o reintentando</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="412" />
            <source>Any state</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="413" />
            <source>Triage status</source>
            <translation>Estado de triaje</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="414" />
            <source>Any triage</source>
            <translation>Cualquier triaje</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="418" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="794" />
            <source>Error category</source>
            <translation>Categoría de error</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="419" />
            <source>Any error</source>
            <translation>Cualquier error</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="423" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Assignee</source>
            <translation>Asignada a</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="424" />
            <source>Anyone's</source>
            <translation>De cualquiera</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="425" />
            <source>Mine</source>
            <translation>Las mías</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="426" />
            <source>Unassigned</source>
            <translation>Sin asignar</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="427" />
            <source>How long ago the transaction arrived</source>
            <translation>Hace cuánto llegó la transacción</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="428" />
            <source>Any age</source>
            <translation>Cualquier antigüedad</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="429" />
            <source>Older than 1 hour</source>
            <translation>Más de 1 hora</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="430" />
            <source>Older than 1 day</source>
            <translation>Más de 1 día</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="431" />
            <source>Older than 1 week</source>
            <translation>Más de 1 semana</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="432" />
            <source>Last 24 hours</source>
            <translation>Últimas 24 horas</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="433" />
            <source>Stuck only</source>
            <translation>Solo bloqueadas</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="435" />
            <source>Only transactions past their SLA</source>
            <translation>Solo transacciones que superaron su SLA</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="585" />
            <source>%1 was not applied: %2. Review it to apply it to the current version or drop it.</source>
            <translation>%1 no se aplicó: %2. Revísela para aplicarla a la versión actual o desecharla.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="598" />
            <source>Your session has expired. Sign in again: the change you sent waits and goes out once you have signed in. What you typed stays.</source>
            <translation>Su sesión ha caducado. Vuelva a iniciar sesión: el cambio enviado espera y se enviará cuando haya iniciado sesión. Lo que escribió se conserva.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="600" />
            <source>Your session has expired. Sign in again to go on; what you typed stays in the form.</source>
            <translation>Su sesión ha caducado. Vuelva a iniciar sesión para continuar; lo que escribió permanece en el formulario.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="694" />
            <source>Error groups (%1)</source>
            <translation>Grupos de errores (%1)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="703" />
            <source>What to do: %1</source>
            <translation>Qué hacer: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="716" />
            <source>Loading exceptions…</source>
            <translation>Cargando excepciones…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="722" />
            <source>Nothing matches: no exception needs attention in this view.</source>
            <translation>Sin resultados: ninguna excepción requiere atención en esta vista.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="723" />
            <source>Nothing matches these filters.</source>
            <translation>Nada coincide con estos filtros.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1122"/>
            <source>Nothing matches in the chosen error group; “All Groups” looks in every group.</source>
            <translation>Nada coincide en el grupo de errores elegido; «Todos los grupos» busca en todos los grupos.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="725" />
            <source>Matches: %1 · shown: %2</source>
            <translation>%1 coincidencias · %2 mostradas</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/exceptions/exceptionspage.cpp" line="731" />
            <source>%n new exception(s) beyond the rows shown</source>
            <translation>
                <numerusform>%n excepción nueva más allá de las filas mostradas</numerusform>
                <numerusform>%n excepciones nuevas más allá de las filas mostradas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="743" />
            <source>Copied %1</source>
            <translation>%1 copiado</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="754" />
            <source>Every failed transaction of the error group "%1" (%2 now).</source>
            <translation>Todas las transacciones fallidas del grupo de errores «%1» (%2 ahora).</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/exceptions/exceptionspage.cpp" line="757" />
            <source>%n selected transaction(s).</source>
            <translation>
                <numerusform>%n transacción seleccionada.</numerusform>
                <numerusform>%n transacciones seleccionadas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="759" />
            <source>Select transactions or an error group first.</source>
            <translation>Seleccione primero transacciones o un grupo de errores.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Business key</source>
            <translation>Referencia de negocio</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Counterparty</source>
            <translation>Tercero</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="792" />
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Received (UTC)</source>
            <translation>Recibida (UTC)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Due (UTC)</source>
            <translation>Vencimiento (UTC)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="793" />
            <source>Triage</source>
            <translation>Triaje</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="794" />
            <source>Transaction id</source>
            <translation>Id. de transacción</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="798" />
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="806" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="831" />
            <source>Export failed: %1</source>
            <translation>Error al exportar: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="841" />
            <source>Exported %1 rows to %2</source>
            <translation>%1 filas exportadas a %2</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="857" />
            <source>Choose a view</source>
            <translation>Elegir una vista</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="865" />
            <source>Save view</source>
            <translation>Guardar vista</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="865" />
            <source>Name of the view:</source>
            <translation>Nombre de la vista:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="651" />
            <location filename="../ui/exceptions/exceptionspage.cpp" line="674" />
            <source>Unsaved Changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="652" />
            <source>The payload of %1 was edited but not saved.</source>
            <translation>La carga útil de %1 se editó pero no se guardó.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="858"/>
            <source>Unsaved Correction</source>
            <translation>Corrección sin guardar</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="863"/>
            <source>Resubmit sends the payload as it is stored, without your correction. Send the correction with it, or discard the correction and resubmit the stored payload?</source>
            <translation>«Reenviar» envía la carga útil tal como está guardada, sin su corrección. ¿Enviar la corrección con ella o descartar la corrección y reenviar la carga útil guardada?</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="865"/>
            <source>Save and Resubmit</source>
            <translation>Guardar y reenviar</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="867"/>
            <source>Discard Correction and Resubmit</source>
            <translation>Descartar la corrección y reenviar</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="883"/>
            <source>The correction cannot be sent: %1</source>
            <translation>La corrección no se puede enviar: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="656" />
            <source>Save the corrected payload, discard the edit, or stay on this transaction.</source>
            <translation>Guarde la carga útil corregida, descarte la edición o quédese en esta transacción.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="675" />
            <source>The edit cannot be saved: %1</source>
            <translation>No se puede guardar la edición: %1</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FieldLookupCompleter</name>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="51" />
            <source>Values offered by the target system</source>
            <translation>Valores que ofrece el sistema de destino</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="118" />
            <source>the target system</source>
            <translation>el sistema de destino</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="161" />
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="286" />
            <source>%1 offers values for this field: type to search, or press Alt+Down to see them.</source>
            <translation>%1 ofrece valores para este campo: escriba para buscar o pulse Alt+Abajo para verlos.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="215" />
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="267" />
            <source>Too many searches in a short time. %1 can be searched again in %n second(s).</source>
            <translation>
                <numerusform>Demasiadas búsquedas en poco tiempo. Se podrá volver a buscar en %1 dentro de %n segundo.</numerusform>
                <numerusform>Demasiadas búsquedas en poco tiempo. Se podrá volver a buscar en %1 dentro de %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="259" />
            <source>%1 cannot be reached right now, so its values cannot be shown. You can still type the value yourself.</source>
            <translation>No se puede contactar con %1 en este momento, así que no se pueden mostrar sus valores. Aun así puede escribir el valor usted mismo.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="279" />
            <source>The values of %1 could not be shown: %2</source>
            <translation>No se pudieron mostrar los valores de %1: %2</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="293" />
            <source>%1 offers no values for this field.</source>
            <translation>%1 no ofrece valores para este campo.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="294" />
            <source>No value in %1 matches “%2”.</source>
            <translation>Ningún valor de %1 coincide con «%2».</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="309" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="311" />
            <source>Puts %1 into the field</source>
            <translation>Pone %1 en el campo</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/fieldlookupcompleter.cpp" line="348" />
            <source>Choose from the values %1 offers (Alt+Down)</source>
            <translation>Elegir entre los valores que ofrece %1 (Alt+Abajo)</translation>
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
            <translation>Degradado</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="24" />
            <source>Failing</source>
            <translation>Con fallos</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="27" />
            <source>Unknown</source>
            <translation>Desconocido</translation>
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
            <translation>7 d</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="36" />
            <source>30 d</source>
            <translation>30 d</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="66" />
            <source>under 1 h</source>
            <translation>menos de 1 h</translation>
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
            <translation>1–3 d</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="70" />
            <source>over 3 d</source>
            <translation>más de 3 d</translation>
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
            <translation>%1 d</translation>
        </message>
        <message>
            <location filename="../models/flowhealth.cpp" line="107" />
            <source>%1 d %2 h</source>
            <translation>%1 d %2 h</translation>
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
            <translation>%1 de %2 a %3</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="89" />
            <source>Not delivered within the SLA: %1</source>
            <translation>No transmitida dentro del SLA: %1</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="91" />
            <source>Transactions must be delivered within %1</source>
            <translation>Las transacciones deben transmitirse en %1</translation>
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
            <translation>Flujo</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="133" />
            <source>Domain</source>
            <translation>Dominio</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="134" />
            <source>Route</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="135" />
            <source>Stuck</source>
            <translation>Bloqueadas</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="136" />
            <source>SLA</source>
            <translation>SLA</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="142" />
            <source>Integration route</source>
            <translation>Ruta de integración</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="143" />
            <source>Business domain that owns the flow</source>
            <translation>Dominio de negocio al que pertenece el flujo</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="144" />
            <source>Source system → target system</source>
            <translation>Sistema de origen → sistema de destino</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="145" />
            <source>Transactions not delivered within the flow's SLA, whatever their state</source>
            <translation>Transacciones no transmitidas dentro del SLA del flujo, sea cual sea su estado</translation>
        </message>
        <message>
            <location filename="../models/flowlistmodel.cpp" line="146" />
            <source>Time within which a transaction must be delivered</source>
            <translation>Plazo en el que debe transmitirse una transacción</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FlowTile</name>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="176" />
            <source>%1 stuck</source>
            <translation>%1 bloqueadas</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="178" />
            <source>none stuck</source>
            <translation>ninguna bloqueada</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="180" />
            <source>%1 failed</source>
            <translation>%1 fallidas</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="182" />
            <source>%1 received</source>
            <translation>%1 recibidas</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="184" />
            <source>%1 waiting, oldest %2</source>
            <translation>%1 en espera, la más antigua desde hace %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="186" />
            <source>%1 at risk</source>
            <translation>%1 en riesgo</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="188" />
            <source>oldest waiting %1</source>
            <translation>la más antigua espera desde hace %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="195" />
            <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Status: %3 — %4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Estado: %3 — %4</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="197" />
            <source>&lt;br&gt;In the window: %1 received, %2 delivered, %3 failed (%4 %), %5 retried</source>
            <translation>&lt;br&gt;En el período: %1 recibidas, %2 transmitidas, %3 fallidas (%4 %), %5 reintentadas</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="200" />
            <source>&lt;br&gt;Open now: %1, of which %2 stuck; oldest waiting %3</source>
            <translation>&lt;br&gt;Abiertas ahora: %1, de ellas %2 bloqueadas; la más antigua espera desde hace %3</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="203" />
            <source>&lt;br&gt;Delivery time: median %1 ms, 95 % within %2 ms</source>
            <translation>&lt;br&gt;Tiempo de transmisión: mediana %1 ms, 95 % en menos de %2 ms</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="206" />
            <source>&lt;br&gt;Value at risk: %1</source>
            <translation>&lt;br&gt;Valor en riesgo: %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowtile.cpp" line="207" />
            <source>&lt;br&gt;&lt;i&gt;Click to see this flow's exceptions&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Haga clic para ver las excepciones de este flujo&lt;/i&gt;</translation>
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
            <translation>Flujos</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="48" />
            <source>Filter by flow, domain or system…</source>
            <translation>Filtrar por flujo, dominio o sistema…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="56" />
            <source>Only flows with exceptions or stuck transactions</source>
            <translation>Solo flujos con excepciones o transacciones bloqueadas</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="211" />
            <location filename="../ui/dashboard/flowspage.cpp" line="235" />
            <source>Loading flows…</source>
            <translation>Cargando flujos…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="215" />
            <source>Flows visible to you: %1 · Nothing is failed or stuck right now.</source>
            <translation>Flujos visibles para usted: %1 · Nada está fallido ni bloqueado en este momento.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="218" />
            <source>Flows visible to you: %1 · Exceptions: %2 · Stuck: %3 · Flows needing attention: %4</source>
            <translation>Flujos visibles para usted: %1 · Excepciones: %2 · Bloqueadas: %3 · Flujos que requieren atención: %4</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="223" />
            <source>Update failed: %1</source>
            <translation>Error al actualizar: %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="226" />
            <source>Updated %1</source>
            <translation>Actualizado a las %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="235" />
            <source>The flows could not be loaded.
%1</source>
            <translation>No se pudieron cargar los flujos.
%1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="237" />
            <source>No flows are visible to you.
Your role may be limited to certain business domains or plants; ask your administrator if you expected to see flows here.</source>
            <translation>No tiene flujos visibles.
Su rol puede estar limitado a ciertos dominios de negocio o plantas; consulte a su administrador si esperaba ver flujos aquí.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="241" />
            <source>No flow has exceptions or stuck transactions right now.</source>
            <translation>Ningún flujo tiene excepciones ni transacciones bloqueadas en este momento.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="242" />
            <source>No flow matches "%1".</source>
            <translation>Ningún flujo coincide con «%1».</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::KeyStore</name>
        <message>
            <location filename="../services/keystore.cpp" line="59" />
            <source>The key in the keychain is not a cache key.</source>
            <translation>La clave del llavero no es una clave de caché.</translation>
        </message>
        <message>
            <location filename="../services/keystore.cpp" line="93" />
            <source>No random key could be made.</source>
            <translation>No se pudo generar una clave aleatoria.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LoginDialog</name>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="28" />
            <location filename="../ui/session/logindialog.cpp" line="31" />
            <source>Sign in to Flowdesk</source>
            <translation>Iniciar sesión en Flowdesk</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="37" />
            <source>Use the account your administrator gave you.</source>
            <translation>Use la cuenta que le dio su administrador.</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="45" />
            <source>host:port, e.g. flowdesk.example.com:8443</source>
            <translation>host:puerto, p. ej. flowdesk.example.com:8443</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="69" />
            <source>Signing in…</source>
            <translation>Iniciando sesión…</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="75" />
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="76" />
            <source>Server:</source>
            <translation>Servidor:</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="78" />
            <source>&amp;User name:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="79" />
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="82" />
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="131" />
            <source>Session expired</source>
            <translation>Sesión caducada</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="132" />
            <source>Your session has expired. Sign in again to continue; your open work is kept and anything that was waiting is sent once you are signed in.</source>
            <translation>Su sesión ha caducado. Vuelva a iniciar sesión para continuar; su trabajo abierto se conserva y todo lo pendiente se envía cuando haya iniciado sesión.</translation>
        </message>
        <message>
            <location filename="../ui/session/logindialog.cpp" line="191" />
            <source>Enter the server as host:port, for example flowdesk.example.com:8443.</source>
            <translation>Indique el servidor como host:puerto, por ejemplo flowdesk.example.com:8443.</translation>
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
            <translation>Flujos</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="41" />
            <source>Integration routes and how many transactions are in each state</source>
            <translation>Rutas de integración y cuántas transacciones hay en cada estado</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="115" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="116" />
            <source>Sign &amp;In Again…</source>
            <translation>Iniciar sesión de &amp;nuevo…</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="119" />
            <source>Only needed after your session has expired</source>
            <translation>Solo es necesario cuando su sesión ha caducado</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="121" />
            <source>&amp;Sign Out</source>
            <translation>&amp;Cerrar sesión</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="125" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="131" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="132" />
            <source>&amp;Refresh</source>
            <translation>Actuali&amp;zar</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="136" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="137" />
            <source>&amp;About Flowdesk</source>
            <translation>Acerca de &amp;Flowdesk</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="140" />
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="154" />
            <source>Not signed in</source>
            <translation>Sin sesión iniciada</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="159" />
            <source>Session of %1 expired · sign in again to continue (File ▸ Sign In Again)</source>
            <translation>Sesión de %1 caducada · vuelva a iniciar sesión para continuar (Archivo ▸ Volver a iniciar sesión)</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="161" />
            <source>Signed in as %1 · %2 · %3</source>
            <translation>Sesión iniciada como %1 · %2 · %3</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="162" />
            <source>Server: %1
Permissions: %2</source>
            <translation>Servidor: %1
Permisos: %2</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="163" />
            <source>Flowdesk — %1 on %2</source>
            <translation>Flowdesk — %1 en %2</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="168" />
            <source>About Flowdesk</source>
            <translation>Acerca de Flowdesk</translation>
        </message>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="169" />
            <source>&lt;h3&gt;Flowdesk %1&lt;/h3&gt;&lt;p&gt;Operations and exception-management console for manufacturing integration middleware.&lt;/p&gt;&lt;p&gt;Sees failed and stuck transactions between ERP, CRM, MES, WMS and partner systems, in business terms.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Flowdesk %1&lt;/h3&gt;&lt;p&gt;Consola de operaciones y gestión de excepciones para el middleware de integración en fabricación.&lt;/p&gt;&lt;p&gt;Muestra las transacciones fallidas y bloqueadas entre ERP, CRM, MES, WMS y sistemas de socios, en términos de negocio.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Mutation</name>
        <message>
            <location filename="../services/mutation.cpp" line="259" />
            <source>Change to %1</source>
            <translation>Cambio en %1</translation>
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
            <translation>Reintentar ahora</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="25" />
            <source>Checks at once whether the server answers again</source>
            <translation>Comprueba de inmediato si el servidor vuelve a responder</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="26" />
            <source>Lists the changes that wait to be sent to the server</source>
            <translation>Muestra los cambios que esperan a enviarse al servidor</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="62" />
            <source>an unknown time</source>
            <translation>un tiempo desconocido</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session/offlinebanner.cpp" line="66" />
            <source>%n change(s) wait to be sent.</source>
            <translation>
                <numerusform>%n cambio espera a enviarse.</numerusform>
                <numerusform>%n cambios esperan a enviarse.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session/offlinebanner.cpp" line="68" />
            <source>%n change(s) made offline could not be applied and need your decision.</source>
            <translation>
                <numerusform>%n cambio hecho sin conexión no se pudo aplicar y necesita su decisión.</numerusform>
                <numerusform>%n cambios hechos sin conexión no se pudieron aplicar y necesitan su decisión.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/session/offlinebanner.cpp" line="70" />
            <source>Sending %n change(s) made offline…</source>
            <translation>
                <numerusform>Enviando %n cambio hecho sin conexión…</numerusform>
                <numerusform>Enviando %n cambios hechos sin conexión…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="74" />
            <source>Review Conflicts…</source>
            <translation>Revisar conflictos…</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="74" />
            <source>Waiting Changes…</source>
            <translation>Cambios pendientes…</translation>
        </message>
        <message>
            <location filename="../ui/session/offlinebanner.cpp" line="65" />
            <source>Offline: the server cannot be reached. You see the data saved on this computer as of %1. Changes to single transactions wait here and are sent when the server answers again; bulk actions need the server.</source>
            <translation>Sin conexión: no se puede contactar con el servidor. Ve los datos guardados en este equipo a fecha de %1. Los cambios en transacciones individuales esperan aquí y se envían cuando el servidor vuelve a responder; las acciones masivas necesitan el servidor.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::OfflineSupport</name>
        <message>
            <location filename="../app/offlinesupport.cpp" line="73" />
            <source>%1 was not applied: %2</source>
            <translation>%1 no se aplicó: %2</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="132" />
            <source>The server still cannot be reached.</source>
            <translation>Sigue sin poder contactarse con el servidor.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="140" />
            <source>&amp;Forget This Device…</source>
            <translation>&amp;Olvidar este dispositivo…</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="142" />
            <source>Deletes the data Flowdesk saved on this computer for your account, and its key</source>
            <translation>Elimina los datos que Flowdesk guardó en este equipo para su cuenta, y su clave</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="194" />
            <source>The keychain did not give out the key of the saved data (%1).</source>
            <translation>El llavero no entregó la clave de los datos guardados (%1).</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="212" />
            <source>No passphrase was given.</source>
            <translation>No se introdujo ninguna frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="230" />
            <source>Unlocking the saved data…</source>
            <translation>Desbloqueando los datos guardados…</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="234" />
            <source>The key could not be derived from the passphrase.</source>
            <translation>No se pudo derivar la clave a partir de la frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="258" />
            <source>The passphrase is wrong.</source>
            <translation>La frase de contraseña es incorrecta.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="298" />
            <source>Saved Data</source>
            <translation>Datos guardados</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="300" />
            <source>Flowdesk can set the file aside (it stays encrypted) and save your data afresh from the server. Changes that waited to be sent from this computer are lost.</source>
            <translation>Flowdesk puede apartar el archivo (sigue cifrado) y guardar de nuevo sus datos desde el servidor. Los cambios que esperaban a enviarse desde este equipo se pierden.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="302" />
            <source>Start Afresh</source>
            <translation>Empezar de cero</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="303" />
            <source>Work Without Saved Data</source>
            <translation>Trabajar sin datos guardados</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="332" />
            <source>Working without saved data: %1</source>
            <translation>Trabajando sin datos guardados: %1</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="340" />
            <location filename="../app/offlinesupport.cpp" line="368" />
            <source>Forget This Device</source>
            <translation>Olvidar este dispositivo</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="341" />
            <source>Delete the data Flowdesk saved on this computer for your account, and its key?</source>
            <translation>¿Eliminar los datos que Flowdesk guardó en este equipo para su cuenta, y su clave?</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="343" />
            <source>Flowdesk will no longer open from saved data or work offline on this computer until you sign in again.</source>
            <translation>Flowdesk ya no se abrirá desde datos guardados ni funcionará sin conexión en este equipo hasta que vuelva a iniciar sesión.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app/offlinesupport.cpp" line="346" />
            <source>%n change(s) made offline have not reached the server and will be lost.</source>
            <translation>
                <numerusform>%n cambio hecho sin conexión no ha llegado al servidor y se perderá.</numerusform>
                <numerusform>%n cambios hechos sin conexión no han llegado al servidor y se perderán.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="348" />
            <source>Forget</source>
            <translation>Olvidar</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="365" />
            <source>The saved data and its key were deleted from this computer.</source>
            <translation>Los datos guardados y su clave se eliminaron de este equipo.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="369" />
            <source>Not everything could be deleted: %1</source>
            <translation>No se pudo eliminar todo: %1</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="370" />
            <source>the saved data file is still there</source>
            <translation>el archivo de datos guardados sigue ahí</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="384" />
            <source>Waiting: %1</source>
            <translation>En espera: %1</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="386" />
            <source>Not applied: %1 – %2</source>
            <translation>No aplicado: %1 – %2</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="390" />
            <source>Changes Made Offline</source>
            <translation>Cambios hechos sin conexión</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="391" />
            <source>No changes wait to be sent.</source>
            <translation>Ningún cambio espera a enviarse.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="396" />
            <source>Someone changed these transactions in the meantime, or the change is no longer allowed. Apply your changes to the current version, or drop them.</source>
            <translation>Alguien modificó estas transacciones mientras tanto, o el cambio ya no está permitido. Aplique sus cambios a la versión actual o deséchelos.</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="398" />
            <source>Apply to Current Version</source>
            <translation>Aplicar a la versión actual</translation>
        </message>
        <message>
            <location filename="../app/offlinesupport.cpp" line="399" />
            <source>Drop These Changes</source>
            <translation>Desechar estos cambios</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Outbox</name>
        <message>
            <location filename="../services/outbox.cpp" line="102" />
            <source>This change was saved in a form this version of Flowdesk cannot read; drop it and make it again.</source>
            <translation>Este cambio se guardó en un formato que esta versión de Flowdesk no puede leer; deséchelo y vuelva a hacerlo.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PassphraseDialog</name>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="19" />
            <source>Protect Saved Data</source>
            <translation>Proteger los datos guardados</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="19" />
            <source>Unlock Saved Data</source>
            <translation>Desbloquear los datos guardados</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="24" />
            <source>This computer has no keychain to hold the key of the data Flowdesk saves for offline use. Choose a passphrase of at least %1 characters to protect it. Without the passphrase the saved data cannot be read, by you or anyone else.</source>
            <translation>Este equipo no tiene un llavero donde guardar la clave de los datos que Flowdesk guarda para trabajar sin conexión. Elija una frase de contraseña de al menos %1 caracteres para protegerlos. Sin la frase de contraseña nadie puede leer los datos guardados, ni usted ni nadie más.</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="27" />
            <source>Type the passphrase that protects the data Flowdesk saved on this computer.</source>
            <translation>Escriba la frase de contraseña que protege los datos que Flowdesk guardó en este equipo.</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="34" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="38" />
            <source>&amp;Repeat:</source>
            <translation>&amp;Repetir:</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="41" />
            <source>Forget Saved Data…</source>
            <translation>Olvidar los datos guardados…</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="42" />
            <source>Deletes the saved data of this account on this computer and loads it again from the server. Changes that wait to be sent are lost.</source>
            <translation>Elimina los datos guardados de esta cuenta en este equipo y los vuelve a cargar desde el servidor. Los cambios pendientes de envío se pierden.</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="76" />
            <source>Checking the passphrase…</source>
            <translation>Comprobando la frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="85" />
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location filename="../ui/session/passphrasedialog.cpp" line="87" />
            <source>The passphrase needs at least %1 characters.</source>
            <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadEditor</name>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="188" />
            <source>Fields marked * are required. Hover over a field to see what it accepts.</source>
            <translation>Los campos marcados con * son obligatorios. Pase el puntero sobre un campo para ver qué admite.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="195" />
            <source>Values shown as *** are hidden for your role; they are kept exactly as they are.</source>
            <translation>Los valores mostrados como *** están ocultos para su rol; se conservan tal cual.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="207" />
            <source>Form</source>
            <translation>Formulario</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="236" />
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="245" />
            <source>As received</source>
            <translation>Tal como se recibió</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="246" />
            <source>As edited</source>
            <translation>Tal como se editó</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="265" />
            <source>Differences</source>
            <translation>Diferencias</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="62" />
            <source>Hidden: your role may not see this value. It is kept unchanged.</source>
            <translation>Oculto: su rol no puede ver este valor. Se conserva sin cambios.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="64" />
            <source>Required.</source>
            <translation>Obligatorio.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="69" />
            <source>Format: %1 (# is a digit, A a capital letter).</source>
            <translation>Formato: %1 (# es un dígito, A una letra mayúscula).</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="71" />
            <source>Format: %1</source>
            <translation>Formato: %1</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="75" />
            <source>A date.</source>
            <translation>Una fecha.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="77" />
            <source>A date and time (UTC).</source>
            <translation>Una fecha y hora (UTC).</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="79" />
            <source>An e-mail address.</source>
            <translation>Una dirección de correo electrónico.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="84" />
            <source>From %1 to %2.</source>
            <translation>De %1 a %2.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="86" />
            <source>More than %1.</source>
            <translation>Más de %1.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="87" />
            <source>At least %1.</source>
            <translation>Al menos %1.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="89" />
            <source>At most %1.</source>
            <translation>Como máximo %1.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="91" />
            <source>At most %1 characters.</source>
            <translation>Como máximo %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="125" />
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="160" />
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="178" />
            <source>(not set)</source>
            <translation>(sin valor)</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="149" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="320" />
            <source>This list can be edited in the JSON tab.</source>
            <translation>Esta lista se puede editar en la pestaña JSON.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="371" />
            <source>(JSON tab)</source>
            <translation>(pestaña JSON)</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="381" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="383" />
            <source>Remove entry %1 from the list</source>
            <translation>Quitar la entrada %1 de la lista</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="393" />
            <source>The form shows the first %1 of %2 entries; the others can be edited in the JSON tab.</source>
            <translation>El formulario muestra las primeras %1 de %2 entradas; las demás se pueden editar en la pestaña JSON.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="402" />
            <source>No entries.</source>
            <translation>Sin entradas.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="407" />
            <source>Add line</source>
            <translation>Añadir línea</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="407" />
            <source>Add entry</source>
            <translation>Añadir entrada</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="443" />
            <source>The JSON text cannot be read. Correct it in the JSON tab to edit the fields here.</source>
            <translation>No se puede leer el texto JSON. Corríjalo en la pestaña JSON para editar los campos aquí.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="477" />
            <source>The target system</source>
            <translation>El sistema de destino</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="479" />
            <source>%1 named this field in its error.</source>
            <translation>%1 indicó este campo en su error.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditorform.cpp" line="480" />
            <source>%1 named %2 in its error.</source>
            <translation>%1 indicó %2 en su error.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="400" />
            <source>Line %1, column %2: %3</source>
            <translation>Línea %1, columna %2: %3</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="409" />
            <source>This value is hidden from you and cannot be changed; put back ***.</source>
            <translation>Este valor está oculto para usted y no se puede modificar; vuelva a poner ***.</translation>
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
            <translation>Un problema que corregir antes de poder guardar la carga útil.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="495" />
            <source>%1 problems to correct before the payload can be saved.</source>
            <translation>%1 problemas que corregir antes de poder guardar la carga útil.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="516" />
            <source>Whole payload</source>
            <translation>Carga útil completa</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="518" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="539" />
            <source>The text is not valid JSON. Line %1, column %2: %3</source>
            <translation>El texto no es JSON válido. Línea %1, columna %2: %3</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="544" />
            <source>The payload matches the flow's format.</source>
            <translation>La carga útil se ajusta al formato del flujo.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="546" />
            <source>Problems found: %1</source>
            <translation>Problemas encontrados: %1</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="597" />
            <source>The payload as received is not valid JSON; it is shown as is.</source>
            <translation>La carga útil recibida no es JSON válido; se muestra tal cual.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="599" />
            <source>No changes: the payload is as it was received.</source>
            <translation>Sin cambios: la carga útil está tal como se recibió.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="602" />
            <source>One line differs from the payload as it was received.</source>
            <translation>Una línea difiere de la carga útil tal como se recibió.</translation>
        </message>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="603" />
            <source>%1 lines differ from the payload as it was received.</source>
            <translation>%1 líneas difieren de la carga útil tal como se recibió.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadSchema</name>
        <message>
            <location filename="../models/jsonschema.cpp" line="352" />
            <source>Unexpected text after the end of the document</source>
            <translation>Texto inesperado después del final del documento</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="396" />
            <source>Unknown word; values are text in quotes, numbers, true, false or null</source>
            <translation>Palabra desconocida; los valores son texto entre comillas, números, true, false o null</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="404" />
            <source>The document is nested too deeply</source>
            <translation>El documento tiene demasiados niveles de anidamiento</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="407" />
            <source>The document ends where a value is expected</source>
            <translation>El documento termina donde se espera un valor</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="432" />
            <source>A value is expected here (text in quotes, a number, true, false, null, { or [)</source>
            <translation>Aquí se espera un valor (texto entre comillas, un número, true, false, null, { o [)</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="447" />
            <source>A field name in double quotes is expected</source>
            <translation>Se espera un nombre de campo entre comillas dobles</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="454" />
            <source>A colon is expected after the field name</source>
            <translation>Se esperan dos puntos después del nombre del campo</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="462" />
            <source>The field "%1" appears twice</source>
            <translation>El campo «%1» aparece dos veces</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="474" />
            <source>A comma or a closing } is expected</source>
            <translation>Se espera una coma o un } de cierre</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="502" />
            <source>A comma or a closing ] is expected</source>
            <translation>Se espera una coma o un ] de cierre</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="511" />
            <location filename="../models/jsonschema.cpp" line="526" />
            <source>The text has no closing double quote</source>
            <translation>Al texto le falta la comilla doble de cierre</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="518" />
            <source>Line breaks and tabs inside text must be written as \n and \t</source>
            <translation>Los saltos de línea y tabulaciones dentro del texto deben escribirse como \n y \t</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="542" />
            <source>\u must be followed by four hexadecimal digits</source>
            <translation>\u debe ir seguido de cuatro dígitos hexadecimales</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="550" />
            <source>Unknown escape sequence \%1</source>
            <translation>Secuencia de escape desconocida \%1</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="561" />
            <source>A digit is expected</source>
            <translation>Se espera un dígito</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="565" />
            <source>Numbers must not start with 0</source>
            <translation>Los números no deben empezar por 0</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="573" />
            <source>A digit is expected after the decimal point</source>
            <translation>Se espera un dígito después del punto decimal</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="582" />
            <source>A digit is expected in the exponent</source>
            <translation>Se espera un dígito en el exponente</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="612" />
            <source>The flow's schema is not an object</source>
            <translation>El esquema del flujo no es un objeto</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="613" />
            <source>The flow's schema cannot be read: %1</source>
            <translation>No se puede leer el esquema del flujo: %1</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="773" />
            <source>Enter a whole number.</source>
            <translation>Introduzca un número entero.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="775" />
            <source>Enter a number such as 1250.50 (decimal point, no thousands separator).</source>
            <translation>Introduzca un número como 1250.50 (punto decimal, sin separador de miles).</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="777" />
            <source>Enter text.</source>
            <translation>Introduzca texto.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="779" />
            <source>Choose yes or no.</source>
            <translation>Elija sí o no.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="781" />
            <source>Must be a list.</source>
            <translation>Debe ser una lista.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="783" />
            <source>Must be a group of fields.</source>
            <translation>Debe ser un grupo de campos.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="784" />
            <source>Has the wrong kind of value.</source>
            <translation>El valor no es del tipo correcto.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="838" />
            <source>Choose one of: %1.</source>
            <translation>Elija uno de: %1.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="847" />
            <source>Must not be empty.</source>
            <translation>No debe estar vacío.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="849" />
            <source>Enter at least %1 characters.</source>
            <translation>Introduzca al menos %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="852" />
            <source>Enter at most %1 characters.</source>
            <translation>Introduzca como máximo %1 caracteres.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="858" />
            <source>Use the format %1 (# is a digit, A a capital letter).</source>
            <translation>Use el formato %1 (# es un dígito, A una letra mayúscula).</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="860" />
            <source>Not in the expected format (%1).</source>
            <translation>No tiene el formato esperado (%1).</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="866" />
            <source>Enter a valid date as YYYY-MM-DD.</source>
            <translation>Introduzca una fecha válida con el formato AAAA-MM-DD.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="868" />
            <source>Enter a valid date and time such as 2026-11-25T14:30:00Z.</source>
            <translation>Introduzca una fecha y hora válidas, por ejemplo 2026-11-25T14:30:00Z.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="870" />
            <source>Enter a valid e-mail address.</source>
            <translation>Introduzca una dirección de correo electrónico válida.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="880" />
            <source>Must be more than %1.</source>
            <translation>Debe ser mayor que %1.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="881" />
            <source>Must be at least %1.</source>
            <translation>Debe ser al menos %1.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="888" />
            <source>Must be less than %1.</source>
            <translation>Debe ser menor que %1.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="889" />
            <source>Must be at most %1.</source>
            <translation>Debe ser como máximo %1.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="897" />
            <source>Needs at least one entry.</source>
            <translation>Necesita al menos una entrada.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="898" />
            <source>Needs at least %1 entries.</source>
            <translation>Necesita al menos %1 entradas.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="900" />
            <source>Allows at most %1 entries.</source>
            <translation>Admite como máximo %1 entradas.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="912" />
            <source>This field is required.</source>
            <translation>Este campo es obligatorio.</translation>
        </message>
        <message>
            <location filename="../models/jsonschema.cpp" line="923" />
            <source>This field is not part of the flow's format.</source>
            <translation>Este campo no forma parte del formato del flujo.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ReasonDialog</name>
        <message>
            <location filename="../ui/exceptions/reasondialog.cpp" line="25" />
            <location filename="../ui/exceptions/reasondialog.cpp" line="29" />
            <source>A reason is required</source>
            <translation>Se requiere un motivo</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ReloadConfigurationDialog</name>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="23" />
            <source>Reload Configuration</source>
            <translation>Recargar la configuración</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="43" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="43" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="43" />
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="43" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="59" />
            <source>Copy All</source>
            <translation>Copiar todo</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="61" />
            <source>Copy everything shown here to the clipboard</source>
            <translation>Copiar al portapapeles todo lo que se muestra aquí</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="79" />
            <source>The configuration was reloaded from %1. Work in progress was kept.</source>
            <translation>La configuración se recargó desde %1. El trabajo en curso se conservó.</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="81" />
            <source>Configured now: flows %1 · connectors %2</source>
            <translation>Configurado ahora: flujos %1 · conectores %2</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="89" />
            <source>Payload format changed (each has a new schema version):</source>
            <translation>Formato de carga útil cambiado (cada uno tiene una nueva versión de esquema):</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="90" />
            <source>Flows added:</source>
            <translation>Flujos añadidos:</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="91" />
            <source>Flows removed:</source>
            <translation>Flujos eliminados:</translation>
        </message>
        <message>
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="93" />
            <source>No flow was added, removed or given a new payload format.</source>
            <translation>No se añadió ni eliminó ningún flujo, ni se cambió ningún formato de carga útil.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/admin/reloadconfigurationdialog.cpp" line="103" />
            <source>The configuration file has %n error(s). Nothing was changed: the server goes on with the configuration it had. Correct the file and reload again.</source>
            <translation>
                <numerusform>El archivo de configuración tiene %n error. No se ha modificado nada: el servidor sigue con la configuración que tenía. Corrija el archivo y vuelva a recargar.</numerusform>
                <numerusform>El archivo de configuración tiene %n errores. No se ha modificado nada: el servidor sigue con la configuración que tenía. Corrija el archivo y vuelva a recargar.</numerusform>
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
            <translation>Reenviando %1…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::SavePayloadCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="174" />
            <source>Saving and resubmitting %1…</source>
            <translation>Guardando y reenviando %1…</translation>
        </message>
        <message>
            <location filename="../ui/commands/command.cpp" line="175" />
            <source>Saving %1…</source>
            <translation>Guardando %1…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::SavedViews</name>
        <message>
            <location filename="../models/savedviews.cpp" line="52" />
            <source>My open exceptions</source>
            <translation>Mis excepciones abiertas</translation>
        </message>
        <message>
            <location filename="../models/savedviews.cpp" line="56" />
            <source>Stuck orders</source>
            <translation>Pedidos bloqueados</translation>
        </message>
        <message>
            <location filename="../models/savedviews.cpp" line="59" />
            <source>High value</source>
            <translation>Importe alto</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ServiceError</name>
        <message>
            <location filename="../services/serviceerror.cpp" line="18" />
            <source>The server %1 cannot be reached. Check the address and your network connection, or ask IT whether the Flowdesk server is running.</source>
            <translation>No se puede contactar con el servidor %1. Compruebe la dirección y su conexión de red, o pregunte a TI si el servidor de Flowdesk está en marcha.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="22" />
            <source>The server %1 did not answer in time. Please try again.</source>
            <translation>El servidor %1 no respondió a tiempo. Vuelva a intentarlo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../services/serviceerror.cpp" line="26" />
            <source>Too many failed sign-in attempts from this computer. Try again in %n second(s).</source>
            <translation>
                <numerusform>Demasiados intentos fallidos de inicio de sesión desde este equipo. Vuelva a intentarlo dentro de %n segundo.</numerusform>
                <numerusform>Demasiados intentos fallidos de inicio de sesión desde este equipo. Vuelva a intentarlo dentro de %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="29" />
            <source>Too many failed sign-in attempts from this computer. Wait a moment and try again.</source>
            <translation>Demasiados intentos fallidos de inicio de sesión desde este equipo. Espere un momento y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="28" />
            <source>Your session has expired. Please sign in again.</source>
            <translation>Su sesión ha caducado. Vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="30" />
            <source>Your session has ended, for example because your password was reset. Please sign in again.</source>
            <translation>Su sesión ha terminado, por ejemplo porque se restableció su contraseña. Vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="32" />
            <source>You are not signed in. Please sign in again.</source>
            <translation>No ha iniciado sesión. Vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="35" />
            <source>Your role does not allow this (permission "%1" is missing).</source>
            <translation>Su rol no lo permite (falta el permiso «%1»).</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="37" />
            <source>Your role does not allow this.</source>
            <translation>Su rol no lo permite.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="39" />
            <source>The item no longer exists on the server.</source>
            <translation>El elemento ya no existe en el servidor.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="41" />
            <source>Someone else changed this item in the meantime. Reload it and try again.</source>
            <translation>Otra persona modificó este elemento mientras tanto. Vuelva a cargarlo e inténtelo de nuevo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../services/serviceerror.cpp" line="44" />
            <source>Too many requests in a short time. Try again in %n second(s).</source>
            <translation>
                <numerusform>Demasiadas solicitudes en poco tiempo. Vuelva a intentarlo dentro de %n segundo.</numerusform>
                <numerusform>Demasiadas solicitudes en poco tiempo. Vuelva a intentarlo dentro de %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="47" />
            <source>Too many requests in a short time. Try again in a moment.</source>
            <translation>Demasiadas solicitudes en poco tiempo. Vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="48" />
            <source>The request is too large for the server.</source>
            <translation>La solicitud es demasiado grande para el servidor.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="50" />
            <source>The request was cancelled.</source>
            <translation>La solicitud se canceló.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="55" />
            <source>The server reported an error: %1</source>
            <translation>El servidor informó de un error: %1</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="56" />
            <source>The server reported an unexpected error (code %1).</source>
            <translation>El servidor informó de un error inesperado (código %1).</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="62" />
            <source>The user name or password is not correct.</source>
            <translation>El nombre de usuario o la contraseña no son correctos.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="64" />
            <source>Enter a user name and a password.</source>
            <translation>Introduzca un nombre de usuario y una contraseña.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="66" />
            <source>The account %1 is a service account for connectors and cannot sign in to the console. Use your personal account.</source>
            <translation>La cuenta %1 es una cuenta de servicio para conectores y no puede iniciar sesión en la consola. Use su cuenta personal.</translation>
        </message>
        <message>
            <location filename="../services/serviceerror.cpp" line="69" />
            <source>The server %1 does not offer the Flowdesk service. Check the address.</source>
            <translation>El servidor %1 no ofrece el servicio Flowdesk. Compruebe la dirección.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::StatusIndicator</name>
        <message>
            <location filename="../ui/session/statusindicator.cpp" line="31" />
            <source>Connected to the server; counts update live.</source>
            <translation>Conectado al servidor; los recuentos se actualizan en directo.</translation>
        </message>
        <message>
            <location filename="../ui/session/statusindicator.cpp" line="36" />
            <source>The connection was interrupted. Flowdesk keeps trying and catches up on everything that happened meanwhile.</source>
            <translation>Se interrumpió la conexión. Flowdesk sigue intentándolo y se pone al día con todo lo ocurrido mientras tanto.</translation>
        </message>
        <message>
            <location filename="../ui/session/statusindicator.cpp" line="41" />
            <source>The server cannot be reached. The figures shown may be out of date.</source>
            <translation>No se puede contactar con el servidor. Las cifras mostradas pueden estar desactualizadas.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::StuckOrderModel</name>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="74" />
            <source>Past its SLA deadline (%1) by %2</source>
            <translation>Plazo del SLA (%1) superado en %2</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="77" />
            <source>Received %1</source>
            <translation>Recibida el %1</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="79" />
            <source>What should happen next: %1</source>
            <translation>Qué debe ocurrir ahora: %1</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="82" />
            <source>%1 on %2</source>
            <translation>%1 en %2</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="83" />
            <source>%1 on %2, counterparty %3</source>
            <translation>%1 en %2, tercero %3</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="107" />
            <source>Overdue by</source>
            <translation>Retraso</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="108" />
            <source>Order / document</source>
            <translation>Pedido / documento</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="109" />
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Flow</source>
            <translation>Flujo</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="110" />
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Plant</source>
            <translation>Planta</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="111" />
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>Next step</source>
            <translation>Siguiente paso</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="112" />
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="113" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="114" />
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="115" />
            <location filename="../models/stuckordermodel.cpp" line="127" />
            <source>Last error</source>
            <translation>Último error</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Transaction</source>
            <translation>Transacción</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Business key</source>
            <translation>Referencia de negocio</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Object type</source>
            <translation>Tipo de objeto</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="125" />
            <source>Domain</source>
            <translation>Dominio</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>Received (UTC)</source>
            <translation>Recibida (UTC)</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>SLA deadline (UTC)</source>
            <translation>Plazo del SLA (UTC)</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="126" />
            <source>Overdue seconds</source>
            <translation>Segundos de retraso</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="127" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="127" />
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <location filename="../models/stuckordermodel.cpp" line="127" />
            <source>Counterparty</source>
            <translation>Tercero</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::StuckOrdersPage</name>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="47" />
            <source>Stuck orders</source>
            <translation>Pedidos bloqueados</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="60" />
            <source>&amp;Plant:</source>
            <translation>&amp;Planta:</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="62" />
            <source>&amp;Domain:</source>
            <translation>&amp;Dominio:</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="67" />
            <source>Save the stuck orders shown as a CSV file for a spreadsheet</source>
            <translation>Guardar los pedidos bloqueados mostrados como archivo CSV para una hoja de cálculo</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="75" />
            <source>Open in Exceptions</source>
            <translation>Abrir en Excepciones</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="77" />
            <source>Show these stuck transactions on the Exceptions page, to work on them</source>
            <translation>Mostrar estas transacciones bloqueadas en la página Excepciones, para trabajar con ellas</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="113" />
            <source>Double-click or press Enter to open an order on the Exceptions page</source>
            <translation>Haga doble clic o pulse Intro para abrir un pedido en la página Excepciones</translation>
        </message>
        <message>
            <source>All</source>
            <comment>plants</comment>
            <translation>Todas</translation>
        </message>
        <message>
            <source>All</source>
            <comment>domains</comment>
            <translation>Todos</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="294" />
            <source>⚠ Not updated: %1</source>
            <translation>⚠ No actualizado: %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="297" />
            <source>Live · updated %1</source>
            <translation>En directo · actualizado a las %1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="306" />
            <source>Transactions past their SLA that are not closed yet.</source>
            <translation>Transacciones que superaron su SLA y aún no están cerradas.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="307" />
            <source>Loading stuck orders…</source>
            <translation>Cargando pedidos bloqueados…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="308" />
            <source>The stuck orders could not be loaded.
%1</source>
            <translation>No se pudieron cargar los pedidos bloqueados.
%1</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="310" />
            <source>Nothing is stuck.</source>
            <translation>Nada está bloqueado.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="311" />
            <source>No order is stuck: every open transaction is within its SLA.</source>
            <translation>Ningún pedido está bloqueado: todas las transacciones abiertas están dentro de su SLA.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="316" />
            <source>Stuck past their SLA: %1. The oldest has waited %2.</source>
            <translation>Bloqueadas más allá de su SLA: %1. La más antigua lleva esperando %2.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="319" />
            <source>The %1 most overdue are listed.</source>
            <translation>Se muestran las %1 más atrasadas.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="65" />
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="71" />
            <source>Export Stuck Orders</source>
            <translation>Exportar pedidos bloqueados</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/stuckorderspage.cpp" line="72" />
            <source>The file %1 could not be written.</source>
            <translation>No se pudo escribir el archivo %1.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ThroughputChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="227" />
            <source>Throughput and failures</source>
            <translation>Rendimiento y fallos</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="236" />
            <source>Received</source>
            <translation>Recibida</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="237" />
            <source>Failed</source>
            <translation>Fallida</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="274" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="295" />
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="310" />
            <source>No transactions in this window.</source>
            <translation>No hay transacciones en este período.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="305" />
            <source>per 5 min</source>
            <translation>por 5 min</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="306" />
            <source>per hour</source>
            <translation>por hora</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="307" />
            <source>per 6 h</source>
            <translation>por 6 h</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="308" />
            <source>per day</source>
            <translation>por día</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="337" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="338" />
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Received: %2&lt;br&gt;Failed: %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Recibidas: %2&lt;br&gt;Fallidas: %3</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="340" />
            <source> (%1 %)</source>
            <translation> (%1 %)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="341" />
            <source>&lt;br&gt;&lt;i&gt;Click to see the failures of this period&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Haga clic para ver los fallos de este período&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Transaction</name>
        <message>
            <location filename="../models/transaction.cpp" line="19" />
            <source>New</source>
            <translation>Nueva</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="20" />
            <source>Investigating</source>
            <translation>En investigación</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="21" />
            <source>Waiting on master data</source>
            <translation>A la espera de datos maestros</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="22" />
            <source>Waiting on partner</source>
            <translation>A la espera del socio</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="25" />
            <source>Not triaged</source>
            <translation>Sin triaje</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="31" />
            <source>Connectivity</source>
            <translation>Conectividad</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="32" />
            <source>Authentication</source>
            <translation>Autenticación</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="33" />
            <source>Master data</source>
            <translation>Datos maestros</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="34" />
            <source>Validation</source>
            <translation>Validación</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="35" />
            <source>Business state</source>
            <translation>Estado de negocio</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="36" />
            <source>Duplicate</source>
            <translation>Duplicado</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="39" />
            <source>Unknown</source>
            <translation>Desconocido</translation>
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
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="118" />
            <source>Your role (%1) may look at exceptions but not change or resend them.</source>
            <translation>Su rol (%1) puede consultar las excepciones, pero no modificarlas ni reenviarlas.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="120" />
            <source>Your role (%1) may not assign, comment or triage exceptions.</source>
            <translation>Su rol (%1) no puede asignar, comentar ni hacer triaje de excepciones.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="122" />
            <source>Your role (%1) does not allow this.</source>
            <translation>Su rol (%1) no lo permite.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="123" />
            <source>Your role (%1) lacks the permission "%2".</source>
            <translation>Su rol (%1) no tiene el permiso «%2».</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="129" />
            <source>%1 belongs to plant %2, which is not among your plants (%3).</source>
            <translation>%1 pertenece a la planta %2, que no está entre sus plantas (%3).</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="131" />
            <source>%1 belongs to %2, which is not among your domains (%3). Ask IT to change your scope or hand it to a colleague.</source>
            <translation>%1 pertenece a %2, que no está entre sus dominios (%3). Pida a TI que cambie su ámbito o pásela a un compañero.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="134" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="137" />
            <source>%1 is not failed (state: %2): there is nothing to fix.</source>
            <translation>%1 no está fallida (estado: %2): no hay nada que corregir.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="139" />
            <source>%1 is closed (state: %2) and cannot be changed any more.</source>
            <translation>%1 está cerrada (estado: %2) y ya no se puede modificar.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="141" />
            <source>An IT admin may replay only technical failures (connection, sign-in) unchanged; this is a business failure for the flow's owners.</source>
            <translation>Un administrador de TI solo puede reintentar sin cambios los fallos técnicos (conexión, inicio de sesión); este es un fallo de negocio que corresponde a los responsables del flujo.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="145" />
            <source>The server has not said whether you may do this with %1; reload it.</source>
            <translation>El servidor no ha indicado si puede hacer esto con %1; vuelva a cargarla.</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="75" />
            <source>Set a field and resubmit</source>
            <translation>Cambiar un campo y reenviar</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="151" />
            <source>Waiting to start</source>
            <translation>Esperando para iniciarse</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="152" />
            <source>Running</source>
            <translation>En ejecución</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="153" />
            <source>Finished</source>
            <translation>Finalizado</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="154" />
            <source>Failed</source>
            <translation>Fallida</translation>
        </message>
        <message>
            <location filename="../models/transaction.cpp" line="155" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionAction</name>
        <message>
            <location filename="../models/transactionaction.cpp" line="39" />
            <source>Edit payload</source>
            <translation>Editar la carga útil</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="40" />
            <source>Resubmit</source>
            <translation>Reenviar</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="41" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="42" />
            <source>Resolve manually</source>
            <translation>Resolver manualmente</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="43" />
            <source>Assign</source>
            <translation>Asignar</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="44" />
            <source>Set triage status</source>
            <translation>Establecer el estado de triaje</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="45" />
            <source>Comment</source>
            <translation>Comentar</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="46" />
            <source>Edit and resubmit</source>
            <translation>Editar y reenviar</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="47" />
            <source>Receive</source>
            <translation>Recibir</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="48" />
            <source>Attempt delivery</source>
            <translation>Intentar la transmisión</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="49" />
            <source>Deliver</source>
            <translation>Transmitir</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="50" />
            <source>Fail</source>
            <translation>Marcar como fallida</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="51" />
            <source>Schedule retry</source>
            <translation>Programar reintento</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="52" />
            <source>Mark stuck</source>
            <translation>Marcar como bloqueada</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="53" />
            <source>Give back unattempted</source>
            <translation>Devolver sin intento de transmisión</translation>
        </message>
        <message>
            <location filename="../models/transactionaction.cpp" line="54" />
            <source>Make due again after a crash</source>
            <translation>Volver a poner en cola tras una caída del sistema</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="207" />
            <source>The target system's answer, as it sent it</source>
            <translation>La respuesta del sistema de destino, tal como la envió</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="238" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="240" />
            <source>Save and Res&amp;ubmit</source>
            <translation>Guardar y reen&amp;viar</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="256" />
            <location filename="../ui/exceptions/transactiondetail.cpp" line="259" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="256" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="256" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="256" />
            <source>Why / note</source>
            <translation>Por qué / nota</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <source>Received</source>
            <translation>Recibida</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <source>Flow</source>
            <translation>Flujo</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <source>Business key</source>
            <translation>Referencia de negocio</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="257" />
            <location filename="../ui/exceptions/transactiondetail.cpp" line="294" />
            <source>Route</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="259" />
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="259" />
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="259" />
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="276" />
            <source>Transaction ID:</source>
            <translation>Id. de transacción:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="277" />
            <source>Flow:</source>
            <translation>Flujo:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="278" />
            <source>Correlation ID:</source>
            <translation>Id. de correlación:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="279" />
            <source>Schema version:</source>
            <translation>Versión del esquema:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="280" />
            <source>Error code:</source>
            <translation>Código de error:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="281" />
            <source>Error signature:</source>
            <translation>Firma de error:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="282" />
            <source>Field (JSON pointer):</source>
            <translation>Campo (puntero JSON):</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="283" />
            <source>Delivery receipt:</source>
            <translation>Acuse de transmisión:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="286" />
            <source>Answer of the target system:</source>
            <translation>Respuesta del sistema de destino:</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="291" />
            <source>Payload</source>
            <translation>Carga útil</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="292" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="293" />
            <source>Same order</source>
            <translation>Mismo pedido</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="295" />
            <source>Technical Details</source>
            <translation>Detalles técnicos</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="296" />
            <source>Every transaction of the same business object across systems</source>
            <translation>Todas las transacciones del mismo objeto de negocio en todos los sistemas</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="297" />
            <source>Ids, versions and codes, for questions to IT</source>
            <translation>Ids., versiones y códigos, para consultas a TI</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="341" />
            <source>No transaction selected</source>
            <translation>Ninguna transacción seleccionada</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="346" />
            <source>Choose an exception in the list to see what it blocks, why it failed and how to fix it.</source>
            <translation>Elija una excepción de la lista para ver qué bloquea, por qué falló y cómo corregirla.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="385" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="395" />
            <source>As saved on this computer on %1.</source>
            <translation>Tal como se guardó en este equipo el %1.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="398" />
            <location filename="../ui/exceptions/transactiondetail.cpp" line="412" />
            <source>The server cannot be reached, so it may have changed since.</source>
            <translation>No se puede contactar con el servidor, así que puede haber cambiado desde entonces.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="419" />
            <source>The transaction could not be loaded</source>
            <translation>No se pudo cargar la transacción</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="437" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="442" />
            <source>unassigned</source>
            <translation>sin asignar</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="442" />
            <source>assigned to %1</source>
            <translation>asignada a %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="443" />
            <source>version %1</source>
            <translation>versión %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="447" />
            <source>Counterparty: %1</source>
            <translation>Tercero: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="448" />
            <source>Amount: %1</source>
            <translation>Importe: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="449" />
            <source>Plant: %1</source>
            <translation>Planta: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="451" />
            <source>Due: %1</source>
            <translation>Vencimiento: %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="454" />
            <source>SLA: %1 left</source>
            <translation>SLA: quedan %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="455" />
            <source>SLA: overdue by %1</source>
            <translation>SLA: superado en %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="457" />
            <source>Blocks: %1 from %2 to %3 (%4)</source>
            <translation>Bloquea: %1 de %2 a %3 (%4)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="462" />
            <location filename="../ui/exceptions/transactiondetail.cpp" line="503" />
            <source>the target system</source>
            <translation>el sistema de destino</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="463" />
            <source>Delivered to %1 as %2</source>
            <translation>Transmitida a %1 como %2</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="464" />
            <source>%1's reference: %2</source>
            <translation>Referencia en %1: %2</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="466" />
            <source>Delivered on %1</source>
            <translation>Transmitida el %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="478" />
            <source>%1 error</source>
            <translation>Error (%1)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="502" />
            <source>Field named by %1: %2</source>
            <translation>Campo indicado por %1: %2</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="544" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="547" />
            <source>The version of the flow's payload format this payload was last checked against</source>
            <translation>La versión del formato de carga útil del flujo con la que se comprobó esta carga útil por última vez</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="591" />
            <source>Changes you made offline: %1. &lt;a href="review"&gt;Review…&lt;/a&gt;</source>
            <translation>Cambios hechos sin conexión: %1. &lt;a href="review"&gt;Revisar…&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="592" />
            <source>They are sent to the server in order when it answers again; one the server refused waits for you to apply it to the current version or drop it.</source>
            <translation>Se envían al servidor en orden cuando vuelve a responder; un cambio que el servidor rechazó espera a que usted lo aplique a la versión actual o lo deseche.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="631" />
            <source>History not available</source>
            <translation>Historial no disponible</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="697" />
            <source>Save the corrected payload and send it to %1 again, in one change</source>
            <translation>Guardar la carga útil corregida y enviarla de nuevo a %1, en un solo cambio</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="611" />
            <source>Nobody has acted on it yet</source>
            <translation>Nadie ha actuado todavía</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="82" />
            <source>sales order %1</source>
            <translation>pedido de venta %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="83" />
            <source>purchase order %1</source>
            <translation>pedido de compra %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="84" />
            <source>journal entry %1</source>
            <translation>asiento contable %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="85" />
            <source>payment %1</source>
            <translation>pago %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="86" />
            <source>transfer %1</source>
            <translation>traslado %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="87" />
            <source>manufacturing order %1</source>
            <translation>orden de fabricación %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="88" />
            <source>bill of materials %1</source>
            <translation>lista de materiales %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="89" />
            <source>contact %1</source>
            <translation>contacto %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="90" />
            <source>quality check %1</source>
            <translation>control de calidad %1</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="134" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="135" />
            <source>Copy the target's reference of the record to the clipboard</source>
            <translation>Copiar al portapapeles la referencia del registro en el sistema de destino</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="174" />
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="194" />
            <source>Show Field</source>
            <translation>Mostrar campo</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="195" />
            <source>Go to this field in the payload form</source>
            <translation>Ir a este campo en el formulario de la carga útil</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="679" />
            <source>Select a transaction first.</source>
            <translation>Seleccione primero una transacción.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="683" />
            <source>Nothing changed yet.</source>
            <translation>Todavía no se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="685" />
            <source>Fix the marked fields first; an invalid payload cannot be sent.</source>
            <translation>Corrija primero los campos marcados; una carga útil no válida no se puede enviar.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="687" />
            <source>Waiting for the previous change to be confirmed…</source>
            <translation>Esperando la confirmación del cambio anterior…</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="694" />
            <source>Save the corrected payload (version %1)</source>
            <translation>Guardar la carga útil corregida (versión %1)</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="703" />
            <source>The payload has problems; see the marked fields.</source>
            <translation>La carga útil tiene problemas; vea los campos marcados.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="705" />
            <source>Edited, not saved.</source>
            <translation>Editada, sin guardar.</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="723" />
            <source>Payload corrected in the console</source>
            <translation>Carga útil corregida en la consola</translation>
        </message>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="750" />
            <source>Someone else changed this transaction while you were editing. Your edit stays; saving will show both versions.</source>
            <translation>Otra persona modificó esta transacción mientras usted la editaba. Su edición se conserva; al guardar se mostrarán ambas versiones.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionsOfflineLink</name>
        <message>
            <location filename="../services/offlinecontroller.cpp" line="243" />
            <source>sync conflict: %1</source>
            <translation>conflicto de sincronización: %1</translation>
        </message>
        <message>
            <location filename="../services/offlinecontroller.cpp" line="246" />
            <source>pending sync</source>
            <translation>sincronización pendiente</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TriageCommand</name>
        <message>
            <location filename="../ui/commands/command.cpp" line="153" />
            <source>Setting triage status…</source>
            <translation>Estableciendo el estado de triaje…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::UserDialog</name>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="33" />
            <source>New User</source>
            <translation>Nuevo usuario</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="34" />
            <source>Change User – %1</source>
            <translation>Modificar usuario – %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="35" />
            <source>Reset Password – %1</source>
            <translation>Restablecer contraseña – %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="43" />
            <source>1 to 64 letters, digits, '.', '_', '-' or '@'</source>
            <translation>De 1 a 64 letras, dígitos, «.», «_», «-» o «@»</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="44" />
            <source>A user name cannot be changed</source>
            <translation>Un nombre de usuario no se puede cambiar</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="45" />
            <source>User name:</source>
            <translation>Nombre de usuario:</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="50" />
            <source>Full name:</source>
            <translation>Nombre completo:</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="54" />
            <source>Plant supervisor: reads the flows of chosen plants</source>
            <translation>Supervisor de planta: consulta los flujos de las plantas elegidas</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="55" />
            <source>Operations: fixes exceptions of chosen business domains</source>
            <translation>Operaciones: corrige las excepciones de los dominios de negocio elegidos</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="56" />
            <source>IT admin: connectors, credentials, users; replays technical failures</source>
            <translation>Administrador de TI: conectores, credenciales, usuarios; reintenta los fallos técnicos</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="57" />
            <source>Auditor: reads everything including the audit trail, changes nothing</source>
            <translation>Auditor: consulta todo, incluido el registro de auditoría, sin cambiar nada</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="58" />
            <source>Connector service account: submits transactions only, cannot sign in</source>
            <translation>Cuenta de servicio de conector: solo envía transacciones, no puede iniciar sesión</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="66" />
            <source>Role:</source>
            <translation>Rol:</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="72" />
            <source>Business domains (operators)</source>
            <translation>Dominios de negocio (operadores)</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="84" />
            <source>Plants (plant supervisors)</source>
            <translation>Plantas (supervisores de planta)</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="105" />
            <source>At least 8 characters</source>
            <translation>Al menos 8 caracteres</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="109" />
            <source>Initial password:</source>
            <translation>Contraseña inicial:</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="109" />
            <source>New password:</source>
            <translation>Nueva contraseña:</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="110" />
            <source>Confirm:</source>
            <translation>Confirmar:</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="125" />
            <source>Create User</source>
            <translation>Crear usuario</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="126" />
            <source>Save Changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="127" />
            <source>Set Password</source>
            <translation>Establecer contraseña</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="172" />
            <source>Choose at least one business domain for an operator</source>
            <translation>Elija al menos un dominio de negocio para un operador</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="174" />
            <source>Choose at least one plant for a plant supervisor</source>
            <translation>Elija al menos una planta para un supervisor de planta</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="177" />
            <source>Enter a user name</source>
            <translation>Introduzca un nombre de usuario</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="180" />
            <source>The password must have at least 8 characters</source>
            <translation>La contraseña debe tener al menos 8 caracteres</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="182" />
            <source>Enter the same password twice</source>
            <translation>Introduzca dos veces la misma contraseña</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="185" />
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="209" />
            <source>The password was not changed: %1</source>
            <translation>No se cambió la contraseña: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userdialog.cpp" line="227" />
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::UserListModel</name>
        <message>
            <location filename="../models/userlistmodel.cpp" line="44" />
            <source>Disabled</source>
            <translation>Desactivada</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="44" />
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="48" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="56" />
            <source>This account cannot sign in</source>
            <translation>Esta cuenta no puede iniciar sesión</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="56" />
            <source>This account can sign in</source>
            <translation>Esta cuenta puede iniciar sesión</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="65" />
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="66" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="67" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="68" />
            <source>Scope</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="69" />
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <location filename="../models/userlistmodel.cpp" line="70" />
            <source>Last sign-in</source>
            <translation>Último inicio de sesión</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::UsersPage</name>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="34" />
            <source>Users</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="44" />
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="45" />
            <source>Load the accounts again</source>
            <translation>Volver a cargar las cuentas</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="48" />
            <source>New User…</source>
            <translation>Nuevo usuario…</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="50" />
            <source>Change Role and Scope…</source>
            <translation>Cambiar rol y ámbito…</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="52" />
            <location filename="../ui/admin/userspage.cpp" line="184" />
            <source>Disable</source>
            <translation>Desactivar</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="54" />
            <source>Reset Password…</source>
            <translation>Restablecer contraseña…</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="91" />
            <source>Disable %1</source>
            <translation>Desactivar %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="92" />
            <source>%1 will no longer be able to sign in. Their past actions stay in the audit trail. Disable the account?</source>
            <translation>%1 ya no podrá iniciar sesión. Sus acciones anteriores permanecen en el registro de auditoría. ¿Desactivar la cuenta?</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="129" />
            <source>Only IT admins manage accounts and roles.

You are signed in as %1 (%2). Ask an IT admin to create an account, change a role or reset a password.</source>
            <translation>Solo los administradores de TI gestionan cuentas y roles.

Ha iniciado sesión como %1 (%2). Pida a un administrador de TI que cree una cuenta, cambie un rol o restablezca una contraseña.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="133" />
            <source>Every account change is in the audit trail: on the Audit page, choose the target User.</source>
            <translation>Cada cambio de cuenta queda en el registro de auditoría: en la página Auditoría, elija el objeto Usuario.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="143" />
            <source>Accounts could not be loaded: %1</source>
            <translation>No se pudieron cargar las cuentas: %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="171" />
            <source>Only IT admins can manage users</source>
            <translation>Solo los administradores de TI pueden gestionar usuarios</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="172" />
            <source>Waiting for the previous action to finish</source>
            <translation>Esperando a que termine la acción anterior</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="173" />
            <source>Create an account</source>
            <translation>Crear una cuenta</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="180" />
            <source>Select an account first</source>
            <translation>Seleccione primero una cuenta</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="183" />
            <source>Change the role, business domains or plants of %1</source>
            <translation>Cambiar el rol, los dominios de negocio o las plantas de %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="184" />
            <source>Enable</source>
            <translation>Activar</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="187" />
            <source>You cannot disable your own account</source>
            <translation>No puede desactivar su propia cuenta</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="189" />
            <source>Let %1 sign in again</source>
            <translation>Permitir que %1 vuelva a iniciar sesión</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="190" />
            <source>Stop %1 from signing in; the account and its history stay</source>
            <translation>Impedir que %1 inicie sesión; la cuenta y su historial se conservan</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="191" />
            <source>Set a new password for %1</source>
            <translation>Establecer una nueva contraseña para %1</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="220" />
            <source>%1 is disabled and can no longer sign in.</source>
            <translation>%1 está desactivada y ya no puede iniciar sesión.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="221" />
            <source>%1 can sign in again.</source>
            <translation>%1 puede volver a iniciar sesión.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="235" />
            <source>Account %1 created.</source>
            <translation>Cuenta %1 creada.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="236" />
            <source>Account %1 changed.</source>
            <translation>Cuenta %1 modificada.</translation>
        </message>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="240" />
            <source>New password set for %1. Failed sign-in attempts were reset.</source>
            <translation>Nueva contraseña establecida para %1. Se restablecieron los intentos fallidos de inicio de sesión.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ValueAtRiskChart</name>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="492" />
            <source>Value at risk by domain (open transactions)</source>
            <translation>Valor en riesgo por dominio (transacciones abiertas)</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="499" />
            <source>Thousands, currency of the bar</source>
            <translation>Miles, moneda de la barra</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="510" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="534" />
            <source>Value at risk</source>
            <translation>Valor en riesgo</translation>
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
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 en riesgo en transacciones abiertas</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="559" />
            <source>&lt;br&gt;&lt;i&gt;Click to see this domain's exceptions&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Haga clic para ver las excepciones de este dominio&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/dashboardcharts.cpp" line="571" />
            <source>No value at risk: nothing open carries an amount.</source>
            <translation>Ningún valor en riesgo: nada abierto tiene importe.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Wallboard</name>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="40" />
            <source>Flowdesk wallboard</source>
            <translation>Pantalla mural de Flowdesk</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="53" />
            <source>Esc or F11: leave the wallboard</source>
            <translation>Esc o F11: salir de la pantalla mural</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="123" />
            <source>No flows to show for %1.</source>
            <translation>No hay flujos que mostrar para %1.</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="125" />
            <source>All flows OK</source>
            <translation>Todos los flujos OK</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dashboard/wallboard.cpp" line="128" />
            <source>%n failing</source>
            <translation>
                <numerusform>%n con fallos</numerusform>
                <numerusform>%n con fallos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dashboard/wallboard.cpp" line="130" />
            <source>%n degraded</source>
            <translation>
                <numerusform>%n degradado</numerusform>
                <numerusform>%n degradados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="134" />
            <source>Stuck: %1, the oldest waiting %2</source>
            <translation>Bloqueadas: %1, la más antigua espera desde hace %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="136" />
            <source>nothing stuck</source>
            <translation>nada bloqueado</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="184" />
            <source>⚠ Not up to date: %1 — last updated %2</source>
            <translation>⚠ No actualizado: %1 — última actualización: %2</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="187" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location filename="../ui/dashboard/wallboard.cpp" line="190" />
            <source>Updated %1</source>
            <translation>Actualizado a las %1</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/commandline.cpp" line="13" />
            <source>Flowdesk: operations and exception-management console.</source>
            <translation>Flowdesk: consola de operaciones y gestión de excepciones.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="15" />
            <source>Start a local demo server with sample data and connect to it.</source>
            <translation>Iniciar un servidor de demo local con datos de ejemplo y conectarse a él.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="17" />
            <source>Connect to the Flowdesk server at &lt;host:port&gt;.</source>
            <translation>Conectarse al servidor de Flowdesk en &lt;host:port&gt;.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="20" />
            <source>Demo mode only: sign in as the demo account &lt;name&gt; (viewer, operator, admin, auditor).</source>
            <translation>Solo en modo demo: iniciar sesión con la cuenta de demo &lt;name&gt; (viewer, operator, admin, auditor).</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="24" />
            <source>Use the language &lt;code&gt; (en, de, fr, es) instead of the system's.</source>
            <translation>Usar el idioma &lt;code&gt; (en, de, fr, es) en lugar del del sistema.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="46" />
            <source>Unexpected argument: %1</source>
            <translation>Argumento inesperado: %1</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="49" />
            <source>--demo and --backend cannot be used together.</source>
            <translation>--demo y --backend no se pueden usar juntos.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="51" />
            <source>--demo-user only works together with --demo.</source>
            <translation>--demo-user solo funciona junto con --demo.</translation>
        </message>
        <message>
            <location filename="../app/commandline.cpp" line="53" />
            <source>--backend expects host:port, for example 127.0.0.1:50051.</source>
            <translation>--backend espera host:puerto, por ejemplo 127.0.0.1:50051.</translation>
        </message>
        <message>
            <location filename="../app/main.cpp" line="139" />
            <source>flowdesk: no display found (neither DISPLAY nor WAYLAND_DISPLAY nor QT_QPA_PLATFORM is set).
Flowdesk is a desktop application. To run it on a machine without a screen, use a virtual one:
    xvfb-run -a -s "-screen 0 1400x900x24" %1 --demo
or, for automated checks without any window, set QT_QPA_PLATFORM=offscreen.
</source>
            <translation>flowdesk: no se encontró ninguna pantalla (no están definidas DISPLAY, WAYLAND_DISPLAY ni QT_QPA_PLATFORM).
Flowdesk es una aplicación de escritorio. Para ejecutarla en una máquina sin pantalla, use una virtual:
    xvfb-run -a -s "-screen 0 1400x900x24" %1 --demo
o, para comprobaciones automáticas sin ninguna ventana, defina QT_QPA_PLATFORM=offscreen.
</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="12" />
            <source>Changes Not Sent</source>
            <translation>Cambios no enviados</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="13" />
            <source>%n change(s) made offline have not reached the server yet.</source>
            <translation>
                <numerusform>%n cambio hecho sin conexión aún no ha llegado al servidor.</numerusform>
                <numerusform>%n cambios hechos sin conexión aún no han llegado al servidor.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="16" />
            <source>They stay saved on this computer and are sent the next time you sign in to this server.</source>
            <translation>Siguen guardados en este equipo y se envían la próxima vez que inicie sesión en este servidor.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="18" />
            <source>%n change(s) were refused by the server and wait for your decision.</source>
            <translation>
                <numerusform>%n cambio fue rechazado por el servidor y espera su decisión.</numerusform>
                <numerusform>%n cambios fueron rechazados por el servidor y esperan su decisión.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="20" />
            <source>Send Now</source>
            <translation>Enviar ahora</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="22" />
            <source>Send Later</source>
            <translation>Enviar más tarde</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="131" />
            <source>The saved data on this computer cannot be opened with its key. The key or passphrase is wrong, or it was lost.</source>
            <translation>Los datos guardados en este equipo no se pueden abrir con su clave. La clave o la frase de contraseña son incorrectas, o se perdieron.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="134" />
            <source>The saved data on this computer is damaged.</source>
            <translation>Los datos guardados en este equipo están dañados.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="136" />
            <source>The disk is full: Flowdesk cannot save data for offline use.</source>
            <translation>El disco está lleno: Flowdesk no puede guardar datos para trabajar sin conexión.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="138" />
            <source>Another Flowdesk window is using the saved data of this account on this computer.</source>
            <translation>Otra ventana de Flowdesk está usando los datos guardados de esta cuenta en este equipo.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="141" />
            <source>The saved data file is not encrypted; Flowdesk will not use it.</source>
            <translation>El archivo de datos guardados no está cifrado; Flowdesk no lo usará.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::CacheStore</name>
        <message>
            <location filename="../services/cache/cachestore.cpp" line="143" />
            <source>The saved data on this computer cannot be read or written.</source>
            <translation>Los datos guardados en este equipo no se pueden leer ni escribir.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadSchema</name>
        <message>
            <location filename="../models/jsonschema.cpp" line="981" />
            <source>Too long to be checked against its format (at most %1 characters).</source>
            <translation>Demasiado largo para comprobarlo con su formato (como máximo %1 caracteres).</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="56" />
            <source>Earlier Changes Waiting</source>
            <translation>Cambios anteriores pendientes</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="57" />
            <source>%n change(s) you made offline on this computer have not reached the server. They were saved under an address of this server that Flowdesk no longer uses.</source>
            <translation>
                <numerusform>%n cambio que hizo sin conexión en este equipo no ha llegado al servidor. Se guardó con una dirección de este servidor que Flowdesk ya no usa.</numerusform>
                <numerusform>%n cambios que hizo sin conexión en este equipo no han llegado al servidor. Se guardaron con una dirección de este servidor que Flowdesk ya no usa.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="65" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="67" />
            <source>Add them to your waiting changes to send them now, or decide at the next sign-in.</source>
            <translation>Añádalos a sus cambios pendientes para enviarlos ahora, o decida en el próximo inicio de sesión.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="70" />
            <source>An earlier version of Flowdesk saved them without noting who made them: add them only if they are yours.</source>
            <translation>Una versión anterior de Flowdesk los guardó sin anotar quién los hizo: añádalos solo si son suyos.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="73" />
            <source>Add and Send</source>
            <translation>Añadir y enviar</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="75" />
            <source>Discard…</source>
            <translation>Descartar…</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="77" />
            <source>Decide Later</source>
            <translation>Decidir más tarde</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="86" />
            <source>Discard Earlier Changes</source>
            <translation>Descartar los cambios anteriores</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message numerus="yes">
            <location filename="../ui/session/waitingchangesdialog.cpp" line="87" />
            <source>Discard %n change(s)? They never reach the server and cannot be brought back.</source>
            <translation>
                <numerusform>¿Descartar %n cambio? Nunca llegará al servidor y no se podrá recuperar.</numerusform>
                <numerusform>¿Descartar %n cambios? Nunca llegarán al servidor y no se podrán recuperar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::WaitingChangesDialog</name>
        <message>
            <location filename="../ui/session/waitingchangesdialog.cpp" line="91" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="554" />
            <source>The saved search text was longer than %1 characters; it was shortened.</source>
            <translation>El texto de búsqueda guardado tenía más de %1 caracteres; se ha acortado.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::MainWindow</name>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="1" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Keyboard Shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Shortcuts of a page work while that page is shown.</source>
            <translation>Los atajos de una página funcionan mientras esa página se muestra.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Everywhere</source>
            <translation>En todas partes</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ShortcutsDialog</name>
        <message>
            <location filename="../ui/common/shortcutsdialog.cpp" line="1" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1" />
            <source>Search the exceptions</source>
            <translation>Buscar en las excepciones</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1" />
            <source>Copy the business key of the selected transaction</source>
            <translation>Copiar la referencia de negocio de la transacción seleccionada</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1" />
            <source>Go to the list of exceptions</source>
            <translation>Ir a la lista de excepciones</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1" />
            <source>Export the exceptions of the current view</source>
            <translation>Exportar las excepciones de la vista actual</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <location filename="../ui/exceptions/exceptionspage.cpp" line="1" />
            <source>Search exceptions</source>
            <translation>Buscar excepciones</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::DashboardPage</name>
        <message>
            <location filename="../ui/dashboard/dashboardpage.cpp" line="1" />
            <source>Show the wallboard (Esc leaves it)</source>
            <translation>Mostrar la pantalla mural (Esc para salir)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FlowsPage</name>
        <message>
            <location filename="../ui/dashboard/flowspage.cpp" line="1" />
            <source>Filter flows</source>
            <translation>Filtrar flujos</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadEditor</name>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="1" />
            <source>Payload as JSON</source>
            <translation>Carga útil en JSON</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadEditor</name>
        <message>
            <location filename="../ui/payloadeditor/payloadeditor.cpp" line="1" />
            <source>Problems in the payload</source>
            <translation>Problemas en la carga útil</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1" />
            <source>User who acted</source>
            <translation>Usuario que actuó</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1" />
            <source>Kind of target</source>
            <translation>Tipo de objeto</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1" />
            <source>Target id</source>
            <translation>Id. del objeto</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1" />
            <source>Audit trail</source>
            <translation>Registro de auditoría</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="1" />
            <source>Entry details</source>
            <translation>Detalles de la entrada</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::MainWindow</name>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="1" />
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PageWidgets</name>
        <message>
            <location filename="../ui/common/pagewidgets.cpp" line="1" />
            <source>More actions</source>
            <translation>Más acciones</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ConnectorsPage</name>
        <message>
            <location filename="../ui/admin/connectorspage.cpp" line="1" />
            <source>Connector actions</source>
            <translation>Acciones de conectores</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::UsersPage</name>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="1" />
            <source>User actions</source>
            <translation>Acciones de usuarios</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} past the {sla} SLA, the oldest {overdue} overdue</source>
            <translation>{count} fuera del SLA de {sla}, la más antigua con {overdue} de retraso</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} past the {sla} SLA</source>
            <translation>{count} fuera del SLA de {sla}</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{rate} of {count} in the window failed (red above 10 %)</source>
            <translation>{rate} de {count} fallidas en el período (rojo por encima del 10 %)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{rate} of {count} in the window failed (amber above 2 %)</source>
            <translation>{rate} de {count} fallidas en el período (ámbar por encima del 2 %)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>the oldest open transaction has waited {age}, over half the {sla} SLA</source>
            <translation>la transacción abierta más antigua lleva {age} esperando, más de la mitad del SLA de {sla}</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>No transactions in the window, nothing waiting</source>
            <translation>Ninguna transacción en el período, nada en espera</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Flowing normally: {delivered} of {count} in the window delivered, nothing past its SLA</source>
            <translation>Funciona con normalidad: {delivered} de {count} transmitidas en el período, nada fuera del SLA</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Customer {value} does not exist in {system}.</source>
            <translation>El cliente {value} no existe en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Supplier {value} does not exist in {system}.</source>
            <translation>El proveedor {value} no existe en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Product {value} does not exist in {system}.</source>
            <translation>El artículo {value} no existe en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Unit of measure {value} is not defined in {system}.</source>
            <translation>La unidad de medida {value} no está definida en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Work center {value} is not defined in {system}.</source>
            <translation>El puesto de trabajo {value} no está definido en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Equipment {value} is not registered in {system}.</source>
            <translation>El equipo {value} no está registrado en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} has no product for the supplier's article {value}.</source>
            <translation>{system} no tiene ningún artículo para la referencia del proveedor {value}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>A required field is empty.</source>
            <translation>Un campo obligatorio está vacío.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>A date is not valid.</source>
            <translation>Una fecha no es válida.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>Two dates are in the wrong order.</source>
            <translation>Dos fechas están en el orden incorrecto.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The document has no lines.</source>
            <translation>El documento no tiene líneas.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>A quantity must be greater than zero.</source>
            <translation>Una cantidad debe ser mayor que cero.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>A line has no price.</source>
            <translation>Una línea no tiene precio.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The total does not match the sum of the lines.</source>
            <translation>El total no coincide con la suma de las líneas.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>A unit is not of the same kind as the product's unit.</source>
            <translation>Una unidad no es del mismo tipo que la unidad del artículo.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The supplier's article belongs to another product.</source>
            <translation>La referencia del proveedor corresponde a otro artículo.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The lot is accepted although a characteristic is out of tolerance.</source>
            <translation>El lote está aceptado aunque una característica está fuera de tolerancia.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The invoice date lies outside the posting period.</source>
            <translation>La fecha de la factura está fuera del período contable.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The statement line has no amount.</source>
            <translation>La línea del extracto no tiene importe.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>A product is a component of its own bill of materials.</source>
            <translation>Un artículo es componente de su propia lista de materiales.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The message is damaged.</source>
            <translation>El mensaje está dañado.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The customer {value} is on credit hold in {system}.</source>
            <translation>El cliente {value} tiene bloqueo de crédito en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The order exceeds the customer's available credit.</source>
            <translation>El pedido supera el crédito disponible del cliente.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The fiscal period {value} is closed for posting.</source>
            <translation>El período contable {value} está cerrado.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The order is already closed in {system}.</source>
            <translation>El pedido ya está cerrado en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The document already exists in {system}.</source>
            <translation>El documento ya existe en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>The postal code {value} is not valid for its country.</source>
            <translation>El código postal {value} no es válido para su país.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} refused the integration's sign-in.</source>
            <translation>{system} rechazó el inicio de sesión de la integración.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} refused the access token.</source>
            <translation>{system} rechazó el token de acceso.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} did not answer in time.</source>
            <translation>{system} no respondió a tiempo.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} could not be reached.</source>
            <translation>No se pudo contactar con {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} is unavailable.</source>
            <translation>{system} no está disponible.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} is limiting how fast it accepts requests.</source>
            <translation>{system} limita la frecuencia de las solicitudes.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1" />
            <source>Technical details</source>
            <translation>Detalles técnicos</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1" />
            <source>What the target system answered, as it sent it, for questions to IT</source>
            <translation>Lo que respondió el sistema de destino, tal como lo envió, para consultas a TI</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1" />
            <source>%1 answered: %2</source>
            <translation>%1 respondió: %2</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1" />
            <source>The target system</source>
            <translation>El sistema de destino</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>advance shipping notice</source>
            <translation>aviso de envío</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>bank statement line</source>
            <translation>línea de extracto bancario</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>bill of materials</source>
            <translation>lista de materiales</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>customer invoice</source>
            <translation>factura de cliente</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>downtime event</source>
            <translation>parada de máquina</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>production confirmation</source>
            <translation>notificación de producción</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>purchase order ack</source>
            <translation>confirmación de pedido del proveedor</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>quality inspection</source>
            <translation>inspección de calidad</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>sales order</source>
            <translation>pedido de venta</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>shipment</source>
            <translation>envío</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1" />
            <source>stock level batch</source>
            <translation>lote de existencias</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1" />
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1" />
            <source>Flowdesk shows the new language when it starts again.</source>
            <translation>Flowdesk mostrará el nuevo idioma la próxima vez que se inicie.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <source>Puts the waiting changes into the list now</source>
            <translation>Aplica ahora a la lista los cambios en espera</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message numerus="yes">
            <source>%n update(s) wait while the pointer is on the list</source>
            <translation>
                <numerusform>%n actualización espera mientras el puntero está sobre la lista</numerusform>
                <numerusform>%n actualizaciones esperan mientras el puntero está sobre la lista</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <source>Next Exception</source>
            <translation>Excepción siguiente</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ExceptionsPage</name>
        <message>
            <source>Previous Exception</source>
            <translation>Excepción anterior</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::MainWindow</name>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir a</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::MainWindow</name>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Configuración</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <source>Save and Resubmit</source>
            <translation>Guardar y reenviar</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>&amp;Notifications…</source>
            <translation>&amp;Notificaciones…</translation>
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
                <numerusform>Flowdesk: %n excepción abierta</numerusform>
                <numerusform>Flowdesk: %n excepciones abiertas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>%1 failed (%2)</source>
            <translation>%1 falló (%2)</translation>
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
            <translation>%1 ha superado su SLA</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message numerus="yes">
            <source>%n more not shown</source>
            <translation>
                <numerusform>%n más sin mostrar</numerusform>
                <numerusform>%n más sin mostrar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>Notifications</source>
            <translation>Notificaciones</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>&amp;Tell me about new high-value failures and SLA breaches in my scope</source>
            <translation>&amp;Avisarme de nuevos fallos de alto valor y de SLA superados en mi ámbito</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>Value from which a failure is notified</source>
            <translation>Valor a partir del cual se avisa de un fallo</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>Failures from &amp;value:</source>
            <translation>Fallos a partir del &amp;valor:</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>Failures in other currencies than %1 are not converted and not notified by value. At most %2 notifications in %3 minutes; the rest are counted in the next one.</source>
            <translation>Los fallos en otras monedas distintas de %1 no se convierten ni se avisan por su valor. Como máximo %2 avisos en %3 minutos; el resto se cuenta en el siguiente.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TrayNotifier</name>
        <message>
            <source>This desktop has no system tray: Flowdesk cannot show notifications here. The Exceptions and Stuck orders pages show the same.</source>
            <translation>Este escritorio no tiene bandeja del sistema: Flowdesk no puede mostrar avisos aquí. Las páginas Excepciones y Pedidos bloqueados muestran lo mismo.</translation>
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
            <translation>(ninguno)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditEntry</name>
        <message>
            <source>Looked up values</source>
            <translation>Valores consultados</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditEntry</name>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Business key</source>
            <translation>Referencia de negocio</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Order, invoice or shipment number</source>
            <translation>Número de pedido, factura o envío</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Everything done to the transactions of this business key, e.g. SO2026-580024</source>
            <translation>Todo lo hecho con las transacciones de esta referencia de negocio, p. ej. SO2026-580024</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>&amp;Business key:</source>
            <translation>&amp;Referencia de negocio:</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Changed fields</source>
            <translation>Campos modificados</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Action: %1 (%2) on %3 (%4 %5)
</source>
            <translation>Acción: %1 (%2) sobre %3 (%4 %5)
</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Changed fields:
</source>
            <translation>Campos modificados:
</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>  %1: %2 → %3
</source>
            <translation>  %1: %2 → %3
</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FieldLookupCompleter</name>
        <message>
            <source>Did you mean</source>
            <translation>Quizás quiso decir</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::FieldLookupCompleter</name>
        <message>
            <source>Did you mean:</source>
            <translation>Quizás quiso decir:</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorGroupModel</name>
        <message numerus="yes">
            <source>One of %n different values of this error on this flow; each is its own group.</source>
            <translation>
                <numerusform>Uno de %n valores distintos de este error en este flujo; cada uno es su propio grupo.</numerusform>
                <numerusform>Uno de %n valores distintos de este error en este flujo; cada uno es su propio grupo.</numerusform>
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
            <translation>%1 · «%2» · %3</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorGroupModel</name>
        <message>
            <source>%1 · %2 "%3" · %4</source>
            <comment>flow name, field, offending value, error message</comment>
            <translation>%1 · %2 «%3» · %4</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Would succeed.</source>
            <translation>Se completaría correctamente.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>This transaction no longer exists.</source>
            <translation>Esta transacción ya no existe.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The flow&apos;s format is not available, so the correction cannot be checked.</source>
            <translation>El formato del flujo no está disponible, por lo que no se puede comprobar la corrección.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The correction cannot be applied to this transaction&apos;s payload ({detail}).</source>
            <translation>La corrección no se puede aplicar al contenido de esta transacción ({detail}).</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The corrected payload does not fit the flow&apos;s format ({count} problems).</source>
            <translation>El contenido corregido no se ajusta al formato del flujo ({count} problemas).</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The corrected payload does not fit the flow&apos;s format (one problem).</source>
            <translation>El contenido corregido no se ajusta al formato del flujo (un problema).</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>The field of the payload to set, from the flow's form</source>
            <translation>El campo de los datos que se cambia, según el formulario del flujo</translation>
        </message>
        <message>
            <source>Offending value</source>
            <translation>Valor rechazado</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Elementos</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>Sustituir por</translation>
        </message>
        <message>
            <source>Only refused</source>
            <translation>Solo los rechazados</translation>
        </message>
        <message>
            <source>One of %1</source>
            <translation>Uno de %1</translation>
        </message>
        <message>
            <source>%1 gets one replacement per offending value, in each transaction that has it; each is then resubmitted.</source>
            <translation>%1 recibe un sustituto por cada valor rechazado, en cada transacción que lo tiene; después se reenvía cada una.</translation>
        </message>
        <message>
            <source>Type what replaces %1.</source>
            <translation>Escriba lo que sustituye a %1.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n times)</source>
            <translation>
                <numerusform>%1 (%n vez)</numerusform>
                <numerusform>%1 (%n veces)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <source>Done.</source>
            <translation>Hecho.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>The list shows the first %1 changed.</source>
            <translation>La lista muestra las primeras %1 modificadas.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>JSON over HTTP</source>
            <translation>JSON sobre HTTP</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>Inbound (submits to Flowdesk)</source>
            <translation>Entrante (envía a Flowdesk)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>No sign-in</source>
            <translation>Sin autenticación</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>Bearer token</source>
            <translation>Token Bearer</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Connector</name>
        <message>
            <source>HMAC-SHA256 signing key</source>
            <translation>Clave de firma HMAC-SHA256</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>one of %1</source>
            <translation>uno de %1</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>a list of allowed values</source>
            <translation>una lista de valores permitidos</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>whole number</source>
            <translation>número entero</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>number</source>
            <translation>número</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BulkDialog</name>
        <message>
            <source>yes or no</source>
            <translation>sí o no</translation>
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
            <translation>Ir a los grupos de errores; se elige el primero si no hay ninguno elegido</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ErrorSignatureChart</name>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Open exceptions: %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Excepciones abiertas: %3</translation>
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
            <translation>oculto</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::ValueAtRiskChart</name>
        <message>
            <source>@value k</source>
            <translation>@value mil</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::AuditPage</name>
        <message>
            <source>Recorded as: %1
</source>
            <translation>Registrado como: %1
</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::PayloadEditor</name>
        <message>
            <source>* required</source>
            <translation>* obligatorio</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} different customers do not exist in {system}.</source>
            <translation>{count} clientes distintos no existen en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} different suppliers do not exist in {system}.</source>
            <translation>{count} proveedores distintos no existen en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} different products do not exist in {system}.</source>
            <translation>{count} artículos distintos no existen en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} different units of measure are not defined in {system}.</source>
            <translation>{count} unidades de medida distintas no están definidas en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} different work centers are not defined in {system}.</source>
            <translation>{count} puestos de trabajo distintos no están definidos en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{count} different pieces of equipment are not registered in {system}.</source>
            <translation>{count} equipos distintos no están registrados en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1" />
            <source>{system} has no product for {count} different supplier articles.</source>
            <translation>{system} no tiene ningún artículo para {count} referencias de proveedor distintas.</translation>
        </message>
    </context>
</TS>
