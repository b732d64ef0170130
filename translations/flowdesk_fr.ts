<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{count} past the {sla} SLA, the oldest {overdue} overdue</source>
            <translation>{count} au-delà du SLA de {sla}, la plus ancienne en retard de {overdue}</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{count} past the {sla} SLA</source>
            <translation>{count} au-delà du SLA de {sla}</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{rate} of {count} in the window failed (red above 10 %)</source>
            <translation>{rate} sur {count} en échec dans la période (rouge au-delà de 10 %)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{rate} of {count} in the window failed (amber above 2 %)</source>
            <translation>{rate} sur {count} en échec dans la période (orange au-delà de 2 %)</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>the oldest open transaction has waited {age}, over half the {sla} SLA</source>
            <translation>la plus ancienne transaction ouverte attend depuis {age}, plus de la moitié du SLA de {sla}</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>No transactions in the window, nothing waiting</source>
            <translation>Aucune transaction dans la période, rien en attente</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Flowing normally: {delivered} of {count} in the window delivered, nothing past its SLA</source>
            <translation>Fonctionnement normal : {delivered} sur {count} livrées dans la période, rien au-delà du SLA</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Customer {value} does not exist in {system}.</source>
            <translation>Le client {value} n'existe pas dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Supplier {value} does not exist in {system}.</source>
            <translation>Le fournisseur {value} n'existe pas dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Product {value} does not exist in {system}.</source>
            <translation>L'article {value} n'existe pas dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Unit of measure {value} is not defined in {system}.</source>
            <translation>L'unité de mesure {value} n'est pas définie dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Work center {value} is not defined in {system}.</source>
            <translation>Le poste de travail {value} n'est pas défini dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Equipment {value} is not registered in {system}.</source>
            <translation>L'équipement {value} n'est pas enregistré dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} has no product for the supplier's article {value}.</source>
            <translation>{system} n'a aucun article pour la référence fournisseur {value}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A required field is empty.</source>
            <translation>Un champ obligatoire est vide.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A date is not valid.</source>
            <translation>Une date n'est pas valide.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>Two dates are in the wrong order.</source>
            <translation>Deux dates sont dans le mauvais ordre.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The document has no lines.</source>
            <translation>Le document n'a aucune ligne.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A quantity must be greater than zero.</source>
            <translation>Une quantité doit être supérieure à zéro.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A line has no price.</source>
            <translation>Une ligne n'a pas de prix.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The total does not match the sum of the lines.</source>
            <translation>Le total ne correspond pas à la somme des lignes.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A unit is not of the same kind as the product's unit.</source>
            <translation>Une unité n'est pas du même type que l'unité de l'article.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The supplier's article belongs to another product.</source>
            <translation>La référence du fournisseur correspond à un autre article.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The lot is accepted although a characteristic is out of tolerance.</source>
            <translation>Le lot est accepté alors qu'une caractéristique est hors tolérance.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The invoice date lies outside the posting period.</source>
            <translation>La date de facture est en dehors de la période comptable.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The statement line has no amount.</source>
            <translation>La ligne de relevé n'a pas de montant.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>A product is a component of its own bill of materials.</source>
            <translation>Un article est un composant de sa propre nomenclature.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The message is damaged.</source>
            <translation>Le message est endommagé.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The customer {value} is on credit hold in {system}.</source>
            <translation>Le client {value} est bloqué pour crédit dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The order exceeds the customer's available credit.</source>
            <translation>La commande dépasse le crédit disponible du client.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The fiscal period {value} is closed for posting.</source>
            <translation>La période comptable {value} est clôturée.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The order is already closed in {system}.</source>
            <translation>La commande est déjà clôturée dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The document already exists in {system}.</source>
            <translation>Le document existe déjà dans {system}.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>The postal code {value} is not valid for its country.</source>
            <translation>Le code postal {value} n'est pas valide pour son pays.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} refused the integration's sign-in.</source>
            <translation>{system} a refusé la connexion de l'interface.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} refused the access token.</source>
            <translation>{system} a refusé le jeton d'accès.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} did not answer in time.</source>
            <translation>{system} n'a pas répondu à temps.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} could not be reached.</source>
            <translation>{system} n'a pas pu être joint.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} is unavailable.</source>
            <translation>{system} n'est pas disponible.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::Messages</name>
        <message>
            <location filename="../models/usermessage.cpp" line="1"/>
            <source>{system} is limiting how fast it accepts requests.</source>
            <translation>{system} limite le rythme des requêtes.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1"/>
            <source>Technical details</source>
            <translation>Détails techniques</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1"/>
            <source>What the target system answered, as it sent it, for questions to IT</source>
            <translation>Ce que le système cible a répondu, tel qu'il l'a envoyé, pour les questions à l'informatique</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1"/>
            <source>%1 answered: %2</source>
            <translation>Réponse de %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::TransactionDetail</name>
        <message>
            <location filename="../ui/exceptions/transactiondetail.cpp" line="1"/>
            <source>The target system</source>
            <translation>Le système cible</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/commandline.cpp" line="24"/>
            <source>Use the language &lt;code&gt; (en, de, fr, es) instead of the system's.</source>
            <translation>Utiliser la langue &lt;code&gt; (en, de, fr, es) au lieu de celle du système.</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>advance shipping notice</source>
            <translation>avis d'expédition</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>bank statement line</source>
            <translation>ligne de relevé bancaire</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>bill of materials</source>
            <translation>nomenclature</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>customer invoice</source>
            <translation>facture client</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>downtime event</source>
            <translation>arrêt machine</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>production confirmation</source>
            <translation>déclaration de production</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>purchase order ack</source>
            <translation>accusé de commande fournisseur</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>quality inspection</source>
            <translation>contrôle qualité</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>sales order</source>
            <translation>commande client</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>shipment</source>
            <translation>expédition</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::BusinessObjects</name>
        <message>
            <location filename="../models/transaction.cpp" line="1"/>
            <source>stock level batch</source>
            <translation>lot de stocks</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1"/>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1"/>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1"/>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
    </context>
    <context>
        <name>Flowdesk::LanguageMenu</name>
        <message>
            <location filename="../ui/common/languagemenu.cpp" line="1"/>
            <source>Flowdesk shows the new language when it starts again.</source>
            <translation>Flowdesk affichera la nouvelle langue au prochain démarrage.</translation>
        </message>
    </context>
</TS>
