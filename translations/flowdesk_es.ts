<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{count} past the {sla} SLA, the oldest {overdue} overdue</source>
            <translation>{count} fuera del SLA de {sla}, la más antigua con {overdue} de retraso</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{count} past the {sla} SLA</source>
            <translation>{count} fuera del SLA de {sla}</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{rate} of {count} in the window failed (red above 10 %)</source>
            <translation>{rate} de {count} fallidas en el período (rojo por encima del 10 %)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{rate} of {count} in the window failed (amber above 2 %)</source>
            <translation>{rate} de {count} fallidas en el período (ámbar por encima del 2 %)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>the oldest open transaction has waited {age}, over half the {sla} SLA</source>
            <translation>la transacción abierta más antigua lleva {age} esperando, más de la mitad del SLA de {sla}</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>No transactions in the window, nothing waiting</source>
            <translation>Ninguna transacción en el período, nada en espera</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Flowing normally: {delivered} of {count} in the window delivered, nothing past its SLA</source>
            <translation>Funciona con normalidad: {delivered} de {count} entregadas en el período, nada fuera del SLA</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Customer {value} does not exist in {system}.</source>
            <translation>El cliente {value} no existe en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Supplier {value} does not exist in {system}.</source>
            <translation>El proveedor {value} no existe en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Product {value} does not exist in {system}.</source>
            <translation>El artículo {value} no existe en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Unit of measure {value} is not defined in {system}.</source>
            <translation>La unidad de medida {value} no está definida en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Work center {value} is not defined in {system}.</source>
            <translation>El puesto de trabajo {value} no está definido en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Equipment {value} is not registered in {system}.</source>
            <translation>El equipo {value} no está registrado en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} has no product for the supplier's article {value}.</source>
            <translation>{system} no tiene ningún artículo para la referencia del proveedor {value}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A required field is empty.</source>
            <translation>Un campo obligatorio está vacío.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A date is not valid.</source>
            <translation>Una fecha no es válida.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Two dates are in the wrong order.</source>
            <translation>Dos fechas están en el orden incorrecto.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The document has no lines.</source>
            <translation>El documento no tiene líneas.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A quantity must be greater than zero.</source>
            <translation>Una cantidad debe ser mayor que cero.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A line has no price.</source>
            <translation>Una línea no tiene precio.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The total does not match the sum of the lines.</source>
            <translation>El total no coincide con la suma de las líneas.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A unit is not of the same kind as the product's unit.</source>
            <translation>Una unidad no es del mismo tipo que la unidad del artículo.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The supplier's article belongs to another product.</source>
            <translation>La referencia del proveedor corresponde a otro artículo.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The lot is accepted although a characteristic is out of tolerance.</source>
            <translation>El lote está aceptado aunque una característica está fuera de tolerancia.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The invoice date lies outside the posting period.</source>
            <translation>La fecha de la factura está fuera del período contable.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The statement line has no amount.</source>
            <translation>La línea del extracto no tiene importe.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A product is a component of its own bill of materials.</source>
            <translation>Un artículo es componente de su propia lista de materiales.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The message is damaged.</source>
            <translation>El mensaje está dañado.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The customer {value} is on credit hold in {system}.</source>
            <translation>El cliente {value} tiene bloqueo de crédito en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The order exceeds the customer's available credit.</source>
            <translation>El pedido supera el crédito disponible del cliente.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The fiscal period {value} is closed for posting.</source>
            <translation>El período contable {value} está cerrado.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The order is already closed in {system}.</source>
            <translation>El pedido ya está cerrado en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The document already exists in {system}.</source>
            <translation>El documento ya existe en {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The postal code {value} is not valid for its country.</source>
            <translation>El código postal {value} no es válido para su país.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} refused the integration's sign-in.</source>
            <translation>{system} rechazó el inicio de sesión de la integración.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} refused the access token.</source>
            <translation>{system} rechazó el token de acceso.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} did not answer in time.</source>
            <translation>{system} no respondió a tiempo.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} could not be reached.</source>
            <translation>No se pudo contactar con {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} is unavailable.</source>
            <translation>{system} no está disponible.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} is limiting how fast it accepts requests.</source>
            <translation>{system} limita la frecuencia de las solicitudes.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1"/>
            <source>Technical details</source>
            <translation>Detalles técnicos</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1"/>
            <source>What the target system answered, as it sent it, for questions to IT</source>
            <translation>Lo que respondió el sistema de destino, tal como lo envió, para consultas a TI</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1"/>
            <source>%1 answered: %2</source>
            <translation>%1 respondió: %2</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1"/>
            <source>The target system</source>
            <translation>El sistema de destino</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/commandline.cpp" line="24"/>
            <source>Use the language &lt;code&gt; (en, de, fr, es) instead of the system's.</source>
            <translation>Usar el idioma &lt;code&gt; (en, de, fr, es) en lugar del del sistema.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>advance shipping notice</source>
            <translation>aviso de envío</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>bank statement line</source>
            <translation>línea de extracto bancario</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>bill of materials</source>
            <translation>lista de materiales</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>customer invoice</source>
            <translation>factura de cliente</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>downtime event</source>
            <translation>parada de máquina</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>production confirmation</source>
            <translation>notificación de producción</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>purchase order ack</source>
            <translation>confirmación de pedido del proveedor</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>quality inspection</source>
            <translation>inspección de calidad</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>sales order</source>
            <translation>pedido de cliente</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>shipment</source>
            <translation>envío</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>stock level batch</source>
            <translation>lote de existencias</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1"/>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1"/>
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1"/>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1"/>
            <source>Flowdesk shows the new language when it starts again.</source>
            <translation>Flowdesk mostrará el nuevo idioma la próxima vez que se inicie.</translation>
        </message>
    </context>
</TS>
