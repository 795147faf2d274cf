<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChartData</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>not a decimal number</source>
        <translation>keine Dezimalzahl</translation>
    </message>
    <message>
        <source>more than 18 decimals</source>
        <translation>mehr als 18 Nachkommastellen</translation>
    </message>
    <message>
        <source>too many digits</source>
        <translation>zu viele Ziffern</translation>
    </message>
</context>
<context>
    <name>ExportRunResult</name>
    <message>
        <source>%1 %2 run %3: %4 channels, %5 failed, %6 records, %7 warnings</source>
        <translation>%1 %2, Lauf %3: %4 Kanäle, %5 fehlgeschlagen, %6 Datensätze, %7 Warnungen</translation>
    </message>
    <message>
        <source>, sent to %1</source>
        <translation>, gesendet an %1</translation>
    </message>
    <message>
        <source>, %1 added, %2 removed since the last run of the date</source>
        <translation>, %1 hinzugefügt, %2 entfernt seit dem letzten Lauf dieses Datums</translation>
    </message>
    <message>
        <source>; a test run, not counted as exported</source>
        <translation>; ein Testlauf, der nicht als exportiert zählt</translation>
    </message>
    <message>
        <source>, %1 channels held (not sent)</source>
        <translation>, %1 Kanäle zurückgehalten (nicht gesendet)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>empty code</source>
        <translation>leerer Code</translation>
    </message>
    <message>
        <source>code longer than 64 characters</source>
        <translation>Code länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>code may not be &quot;.&quot; or &quot;..&quot;</source>
        <translation>Code darf nicht &quot;.&quot; oder &quot;..&quot; sein</translation>
    </message>
    <message>
        <source>code may only contain A-Z, a-z, 0-9, _ . -</source>
        <translation>Code darf nur A-Z, a-z, 0-9, _ . - enthalten</translation>
    </message>
    <message>
        <source>malformed date (YYYY-MM-DD)</source>
        <translation>ungültiges Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>malformed timestamp</source>
        <translation>ungültiger Zeitstempel</translation>
    </message>
    <message>
        <source>timestamp more precise than milliseconds</source>
        <translation>Zeitstempel genauer als Millisekunden</translation>
    </message>
    <message>
        <source>malformed decimal</source>
        <translation>ungültige Dezimalzahl</translation>
    </message>
    <message>
        <source>more than 6 decimals</source>
        <translation>mehr als 6 Nachkommastellen</translation>
    </message>
    <message>
        <source>negative quantity</source>
        <translation>negative Menge</translation>
    </message>
    <message>
        <source>quantity above 10^15</source>
        <translation>Menge über 10^15</translation>
    </message>
    <message>
        <source>amount out of range</source>
        <translation>Betrag außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>date outside the accepted window 2000-01-01 to 2199-12-31</source>
        <translation>Datum außerhalb des zulässigen Zeitraums 2000-01-01 bis 2199-12-31</translation>
    </message>
    <message>
        <source>timestamp outside the accepted window 2000-01-01T00:00:00Z to 2199-12-31T23:59:59Z</source>
        <translation>Zeitstempel außerhalb des zulässigen Zeitraums 2000-01-01T00:00:00Z bis 2199-12-31T23:59:59Z</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 line 1: missing column &quot;%2&quot; in the header</source>
        <translation>%1 Zeile 1: Spalte „%2“ fehlt in der Kopfzeile</translation>
    </message>
    <message>
        <source>%1 contains none of the dataset files (billing_groups.csv, channels.csv, accounts.csv, products.csv, rates.csv, usage.csv, ...)</source>
        <translation>%1 enthält keine der Datensatzdateien (billing_groups.csv, channels.csv, accounts.csv, products.csv, rates.csv, usage.csv, ...)</translation>
    </message>
    <message>
        <source>duplicate code in the file</source>
        <translation>doppelter Code in der Datei</translation>
    </message>
    <message>
        <source>empty id</source>
        <translation>leere ID</translation>
    </message>
    <message>
        <source>duplicate id in the file</source>
        <translation>doppelte ID in der Datei</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>leerer Wert</translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>unknown currency code</source>
        <translation>unbekannter Währungscode</translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation>der Import kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>billing group</source>
        <translation>Abrechnungsgruppe</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>negative rate</source>
        <translation>negativer Tarif</translation>
    </message>
    <message>
        <source>the rate is in %1 but channel %2 bills in %3</source>
        <translation>der Tarif ist in %1, aber Kanal %2 rechnet in %3 ab</translation>
    </message>
    <message>
        <source>duplicate rate for this product, currency, effective_from and channel</source>
        <translation>doppelter Tarif für dieses Produkt, diese Währung, effective_from und diesen Kanal</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>period_end before period_start</source>
        <translation>period_end liegt vor period_start</translation>
    </message>
    <message>
        <source>service_end before service_start</source>
        <translation>service_end liegt vor service_start</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>the invoice has an unknown currency</source>
        <translation>die Rechnung hat eine unbekannte Währung</translation>
    </message>
    <message>
        <source>type must be PAYMENT or CREDIT, not</source>
        <translation>type muss PAYMENT oder CREDIT sein, nicht</translation>
    </message>
    <message>
        <source>cannot index the usage records: %1</source>
        <translation>die Nutzungsdatensätze können nicht indiziert werden: %1</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: duplicate id in the file %4</source>
        <translation>%1 Zeile %2, Spalte %3: doppelte ID in der Datei %4</translation>
    </message>
    <message>
        <source>%1 line %2: duplicate id in the file</source>
        <translation>%1 Zeile %2: doppelte ID in der Datei</translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation>unbekanntes Konto</translation>
    </message>
    <message>
        <source>unknown product</source>
        <translation>unbekanntes Produkt</translation>
    </message>
    <message>
        <source>end is not after start %1</source>
        <translation>Ende liegt nicht nach Beginn %1</translation>
    </message>
    <message>
        <source>a usage record may span at most 366 days; start is %1</source>
        <translation>ein Nutzungsdatensatz darf höchstens 366 Tage umfassen; Beginn ist %1</translation>
    </message>
    <message>
        <source>the import was canceled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>duplicate effective_from for this channel</source>
        <translation>doppeltes effective_from für diesen Kanal</translation>
    </message>
    <message>
        <source>duplicate effective_from for this account</source>
        <translation>doppeltes effective_from für dieses Konto</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>von Anfang an</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1: billing group %2 -&gt; %3 %4</source>
        <translation>%1: Abrechnungsgruppe %2 -&gt; %3 %4</translation>
    </message>
    <message>
        <source>%1: channel %2 -&gt; %3 %4</source>
        <translation>%1: Kanal %2 -&gt; %3 %4</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>nothing was drawn</source>
        <translation>es wurde nichts gezeichnet</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cs::AccountDayTableModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>The usage counted on this business day</source>
        <translation>Die an diesem Geschäftstag gezählte Nutzung</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>cs::AccountDaysDialog</name>
    <message>
        <source>Daily usage of %1</source>
        <translation>Tägliche Nutzung von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3 in %4, %5 – %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), %3 in %4, %5 – %6</translation>
    </message>
    <message>
        <source>Reading the days…</source>
        <translation>Die Tage werden gelesen…</translation>
    </message>
    <message>
        <source>Cannot read the days: %1</source>
        <translation>Die Tage können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with usage</source>
        <translation>
            <numerusform>%n Tag mit Nutzung</numerusform>
            <numerusform>%n Tage mit Nutzung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::AccountTableModel</name>
    <message>
        <source>No rate applies to some of this usage, so there is no spend.</source>
        <translation>Für einen Teil dieser Nutzung gilt kein Tarif, daher gibt es keine Kosten.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <source>The account&apos;s share of the product&apos;s spend in this currency</source>
        <translation>Anteil des Kontos an den Kosten des Produkts in dieser Währung</translation>
    </message>
</context>
<context>
    <name>cs::BreakdownDialog</name>
    <message>
        <source>Filter accounts</source>
        <translation>Konten filtern</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Cannot compute the accounts: %1</source>
        <translation>Die Konten können nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the accounts…</source>
        <translation>Konten werden berechnet…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Daily Usage…</source>
        <translation>&amp;Tägliche Nutzung…</translation>
    </message>
    <message>
        <source>The counted usage and spend of the selected account per day</source>
        <translation>Die gezählte Nutzung und die Kosten des gewählten Kontos pro Tag</translation>
    </message>
    <message>
        <source>Accounts of %1 in %2</source>
        <translation>Konten von %1 in %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2, %3 – %4, spend in %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in %2, %3 – %4, Kosten in %5</translation>
    </message>
    <message>
        <source>spend incomplete (no rate for some usage)</source>
        <translation>Kosten unvollständig (für einen Teil der Nutzung gilt kein Tarif)</translation>
    </message>
    <message>
        <source>spend %1 %2</source>
        <translation>Kosten %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Total of %n account(s): usage %1, %2</source>
        <translation>
            <numerusform>Summe über %n Konto: Nutzung %1, %2</numerusform>
            <numerusform>Summe über %n Konten: Nutzung %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no accounts to export.</source>
        <translation>Es gibt keine Konten zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Accounts as CSV</source>
        <translation>Konten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The CSV was not saved: %1</source>
        <translation>Die CSV-Datei wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>cs::CellText</name>
    <message>
        <source>Exactly %1</source>
        <translation>Genau %1</translation>
    </message>
    <message>
        <source>Usage in the product&apos;s unit, rounded to the decimals chosen in Settings; bytes in KB, MB, GB and TB of 1000 each. The tooltip, copies and the CSV keep the exact value.</source>
        <translation>Nutzung in der Einheit des Produkts, gerundet auf die in den Einstellungen gewählten Nachkommastellen; Bytes in KB, MB, GB und TB zu je 1000. Tooltip, Kopien und CSV behalten den genauen Wert.</translation>
    </message>
</context>
<context>
    <name>cs::ChangeCells</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>No usage in the database to compare with</source>
        <translation>Keine Nutzung in der Datenbank zum Vergleichen</translation>
    </message>
    <message>
        <source>Not compared: the comparison period %1 – %2 starts before the data (no data before %3)</source>
        <translation>Nicht verglichen: Der Vergleichszeitraum %1 – %2 beginnt vor den Daten (keine Daten vor dem %3)</translation>
    </message>
    <message>
        <source>Change of the spend against the comparison period (of the usage where a spend is missing); &quot;new&quot; where the comparison period had none</source>
        <translation>Änderung der Kosten gegenüber dem Vergleichszeitraum (der Nutzung, wo Kosten fehlen); „neu“, wo der Vergleichszeitraum keine hatte</translation>
    </message>
    <message>
        <source>Exactly %1%2</source>
        <translation>Genau %1%2</translation>
    </message>
    <message>
        <source>Δ Usage</source>
        <translation>Δ Nutzung</translation>
    </message>
    <message>
        <source>Δ Spend</source>
        <translation>Δ Kosten</translation>
    </message>
    <message>
        <source>Δ %</source>
        <translation>Δ %</translation>
    </message>
    <message>
        <source>Usage change: usage minus the comparison period&apos;s</source>
        <translation>Änderung der Nutzung: Nutzung minus die des Vergleichszeitraums</translation>
    </message>
    <message>
        <source>Spend change: spend minus the comparison period&apos;s</source>
        <translation>Änderung der Kosten: Kosten minus die des Vergleichszeitraums</translation>
    </message>
</context>
<context>
    <name>cs::ChannelTableModel</name>
    <message>
        <source>Total spend in this currency; some usage in it has no rate and is not included.</source>
        <translation>Summe der Kosten in dieser Währung; ein Teil der Nutzung hat keinen Tarif und ist nicht enthalten.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>Incomplete: some products of this channel have usage without a rate.</source>
        <translation>Unvollständig: Einige Produkte dieses Kanals haben Nutzung ohne Tarif.</translation>
    </message>
    <message>
        <source>Share of the billing group&apos;s spend in the same currency</source>
        <translation>Anteil an den Kosten der Abrechnungsgruppe in derselben Währung</translation>
    </message>
    <message>
        <source>Products with usage in the range</source>
        <translation>Produkte mit Nutzung im Zeitraum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Accounts of the channel with usage in the range (an account that uses several products counts once)</source>
        <translation>Konten des Kanals mit Nutzung im Zeitraum (ein Konto, das mehrere Produkte nutzt, zählt einmal)</translation>
    </message>
    <message>
        <source>The channels&apos; spends, each rounded on its own, add up to %1 %3; the report&apos;s total, rounded once per product over all channels (as the headline shows it), is %2 %3.</source>
        <translation>Die einzeln gerundeten Kosten der Kanäle ergeben zusammen %1 %3; die Summe des Berichts, je Produkt über alle Kanäle einmal gerundet (wie in der Überschrift), beträgt %2 %3.</translation>
    </message>
</context>
<context>
    <name>cs::CommandLine</name>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS]

Channel usage and spend reports and the daily billing export.

Commands:
</source>
        <translation>Aufruf: %1 BEFEHL [OPTIONEN]

Nutzungs- und Kostenberichte je Kanal und der tägliche Abrechnungsexport.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &quot;%1 COMMAND --help&quot; for the options of a command.
Exit codes: 0 success, 1 runtime error, 2 usage error.
</source>
        <translation>
„%1 BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Codes: 0 Erfolg, 1 Laufzeitfehler, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>The database: a file path, sqlite:///path, or postgresql://user@host:port/dbname?sslmode=MODE (password from PGPASSWORD).</source>
        <translation>Die Datenbank: ein Dateipfad, sqlite:///pfad oder postgresql://benutzer@host:port/dbname?sslmode=MODUS (Passwort aus PGPASSWORD).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>--db fehlt</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &quot;%2 --help&quot; for the list</source>
        <translation>unbekannter Befehl „%1“; „%2 --help“ zeigt die Liste</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>die Standardausgabe</translation>
    </message>
</context>
<context>
    <name>cs::ConfigCommand</name>
    <message>
        <source>Show or change the settings shared by the GUI, the CLI and the export job.</source>
        <translation>Die Einstellungen anzeigen oder ändern, die GUI, CLI und Exportjob gemeinsam nutzen.</translation>
    </message>
    <message>
        <source>The setting to show or change; without it, all settings are listed.</source>
        <translation>Die Einstellung, die angezeigt oder geändert werden soll; ohne sie werden alle aufgelistet.</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>Der neue Wert.</translation>
    </message>
    <message>
        <source>too many arguments; expected [KEY [VALUE]]</source>
        <translation>zu viele Argumente; erwartet: [SCHLÜSSEL [WERT]]</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
</context>
<context>
    <name>cs::Configuration</name>
    <message>
        <source>IANA time zone in which business days start (reports and the export job)</source>
        <translation>IANA-Zeitzone, in der Geschäftstage beginnen (Berichte und Exportjob)</translation>
    </message>
    <message>
        <source>folder in which the daily billing export writes its files</source>
        <translation>Ordner, in den der tägliche Abrechnungsexport seine Dateien schreibt</translation>
    </message>
    <message>
        <source>where the export uploads its files: sftp://, ftp://, ftps://, https://, file:// or empty for none</source>
        <translation>wohin der Export seine Dateien hochlädt: sftp://, ftp://, ftps://, https://, file:// oder leer für keinen Upload</translation>
    </message>
    <message>
        <source>file format of the daily billing export: xml or csv</source>
        <translation>Dateiformat des täglichen Abrechnungsexports: xml oder csv</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; use an IANA id such as UTC or Europe/Berlin</source>
        <translation>unbekannte Zeitzone „%1“; verwenden Sie eine IANA-Kennung wie UTC oder Europe/Berlin</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; known settings: %2</source>
        <translation>unbekannte Einstellung „%1“; bekannte Einstellungen: %2</translation>
    </message>
    <message>
        <source>export.directory must be an absolute path</source>
        <translation>export.directory muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>export.URL must be an sftp://, ftp://, ftps://, https://, http:// or file:// URL</source>
        <translation>export.URL muss eine sftp://-, ftp://-, ftps://-, https://-, http://- oder file://-URL sein</translation>
    </message>
    <message>
        <source>export.URL names no host</source>
        <translation>export.URL nennt keinen Host</translation>
    </message>
    <message>
        <source>export.fileExtension must be xml or csv</source>
        <translation>export.fileExtension muss xml oder csv sein</translation>
    </message>
    <message>
        <source>file with the password of export.URL for the export job (first line; mode 0600), used when CHANNELSCOPE_EXPORT_PASSWORD is not set; empty for none</source>
        <translation>Datei mit dem Passwort für export.URL für den Export-Job (erste Zeile; Modus 0600), benutzt, wenn CHANNELSCOPE_EXPORT_PASSWORD nicht gesetzt ist; leer für keine</translation>
    </message>
    <message>
        <source>export.URL must not contain a password, as it would be stored in the database: write scheme://user@host/path and put the password in CHANNELSCOPE_EXPORT_PASSWORD or in the file named by export.credentialsFile (the GUI keeps it in the system keychain)</source>
        <translation>export.URL darf kein Passwort enthalten, da es in der Datenbank gespeichert würde: schreiben Sie schema://benutzer@host/pfad und legen Sie das Passwort in CHANNELSCOPE_EXPORT_PASSWORD oder in der Datei aus export.credentialsFile ab (die GUI bewahrt es im Schlüsselbund des Systems auf)</translation>
    </message>
    <message>
        <source>export.credentialsFile must be an absolute path or empty</source>
        <translation>export.credentialsFile muss ein absoluter Pfad oder leer sein</translation>
    </message>
    <message>
        <source>export.URL in the database holds a password that could not be removed (%1); it is neither used nor shown: store the URL again without it</source>
        <translation>export.URL in der Datenbank enthält ein Passwort, das nicht entfernt werden konnte (%1); es wird weder benutzt noch angezeigt: speichern Sie die URL erneut ohne Passwort</translation>
    </message>
    <message>
        <source>removed the password that export.URL held in the database: ChannelScope keeps none there; put it in CHANNELSCOPE_EXPORT_PASSWORD or in the file named by export.credentialsFile (the GUI keeps it in the system keychain)</source>
        <translation>das Passwort aus export.URL wurde aus der Datenbank entfernt: ChannelScope speichert dort keines; legen Sie es in CHANNELSCOPE_EXPORT_PASSWORD oder in der Datei aus export.credentialsFile ab (die GUI bewahrt es im Schlüsselbund des Systems auf)</translation>
    </message>
</context>
<context>
    <name>cs::Connection</name>
    <message>
        <source>the Qt %1 driver is not installed</source>
        <translation>der Qt-Treiber für %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>database %1: %2</source>
        <translation>Datenbank %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no such database: %1</source>
        <translation>Datenbank nicht gefunden: %1</translation>
    </message>
    <message>
        <source>the connection to the database server was lost</source>
        <translation>die Verbindung zum Datenbankserver ist abgebrochen</translation>
    </message>
    <message>
        <source>the connection to the database server was lost: %1</source>
        <translation>die Verbindung zum Datenbankserver ist abgebrochen: %1</translation>
    </message>
    <message>
        <source>the database gave no reason</source>
        <translation>die Datenbank hat keinen Grund genannt</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>cannot connect to the PostgreSQL server at %1:%2 (database %3): %4</source>
        <translation>keine Verbindung zum PostgreSQL-Server %1:%2 (Datenbank %3): %4</translation>
    </message>
    <message>
        <source>cannot open the database file %1: %2</source>
        <translation>die Datenbankdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the database reports %1</source>
        <translation>die Datenbank meldet %1</translation>
    </message>
</context>
<context>
    <name>cs::ConnectionDialog</name>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Open Connection</source>
        <translation>Verbindung öffnen</translation>
    </message>
    <message>
        <source>Double-click a connection to open it.</source>
        <translation>Doppelklicken Sie auf eine Verbindung, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Zuletzt verwendete Verbindungen</translation>
    </message>
    <message>
        <source>&amp;SQLite file</source>
        <translation>&amp;SQLite-Datei</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>&amp;PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Checking the system keychain...</source>
        <translation>System-Schlüsselbund wird geprüft...</translation>
    </message>
    <message>
        <source>Path of a .sqlite file</source>
        <translation>Pfad einer .sqlite-Datei</translation>
    </message>
    <message>
        <source>Open &amp;File...</source>
        <translation>Datei ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;New File...</source>
        <translation>&amp;Neue Datei...</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>Datenbank&amp;datei:</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>Standard (prefer)</translation>
    </message>
    <message>
        <source>Disable: never use SSL</source>
        <translation>Disable: nie SSL verwenden</translation>
    </message>
    <message>
        <source>Allow: SSL if the server insists</source>
        <translation>Allow: SSL, wenn der Server darauf besteht</translation>
    </message>
    <message>
        <source>Prefer: SSL if the server offers it</source>
        <translation>Prefer: SSL, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Require: always SSL, no certificate check</source>
        <translation>Require: immer SSL, ohne Zertifikatsprüfung</translation>
    </message>
    <message>
        <source>Verify CA: SSL with a trusted certificate</source>
        <translation>Verify CA: SSL mit vertrauenswürdigem Zertifikat</translation>
    </message>
    <message>
        <source>Verify full: SSL, trusted certificate, host name</source>
        <translation>Verify full: SSL, vertrauenswürdiges Zertifikat, Hostname</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>SSL-&amp;Modus:</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>Wählen Sie eine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Enter the host name or address of the PostgreSQL server.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des PostgreSQL-Servers ein.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbindung zu %1 wird hergestellt...</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable: a new database cannot be created there.</source>
        <translation>Der Ordner %1 ist nicht beschreibbar: Dort kann keine neue Datenbank angelegt werden.</translation>
    </message>
    <message>
        <source>The file does not exist yet: Open creates a new, empty database there.</source>
        <translation>Die Datei existiert noch nicht: „Öffnen“ legt dort eine neue, leere Datenbank an.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in a file.</source>
        <translation>Das Passwort wird im System-Schlüsselbund aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>The connection was opened, but its password could not be stored in the system keychain: %1</source>
        <translation>Die Verbindung wurde geöffnet, aber ihr Passwort konnte nicht im System-Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>SQLite databases (%1);;All files (*)</source>
        <translation>SQLite-Datenbanken (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>%1 exists already: it is opened as it is, not replaced.</source>
        <translation>%1 existiert bereits: Sie wird unverändert geöffnet, nicht ersetzt.</translation>
    </message>
    <message>
        <source>Open asks before it creates a new, empty ChannelScope database for a file that does not exist yet.</source>
        <translation>Für eine Datei, die es noch nicht gibt, fragt „Öffnen“ nach, bevor eine neue, leere ChannelScope-Datenbank angelegt wird.</translation>
    </message>
    <message>
        <source>Paste a postgresql:// URL to fill in the fields below.</source>
        <translation>Fügen Sie eine postgresql://-URL ein, um die Felder darunter auszufüllen.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Not opened: %1 does not exist. Check the path, or choose New File to create a database.</source>
        <translation>Nicht geöffnet: %1 existiert nicht. Prüfen Sie den Pfad, oder legen Sie mit „Neue Datei“ eine Datenbank an.</translation>
    </message>
    <message>
        <source>Create a New Database?</source>
        <translation>Neue Datenbank anlegen?</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Create a new, empty ChannelScope database there? If you meant an existing database, check the path.</source>
        <translation>Dort eine neue, leere ChannelScope-Datenbank anlegen? Wenn Sie eine vorhandene Datenbank gemeint haben, prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>&amp;Create Database</source>
        <translation>Datenbank &amp;anlegen</translation>
    </message>
    <message>
        <source>This URL cannot be used: %1</source>
        <translation>Diese URL kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Filled in from the URL.</source>
        <translation>Aus der URL ausgefüllt.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password is not stored: it is kept only until ChannelScope quits. To remember it, install and start gnome-keyring or another Secret Service provider (such as KWallet or KeePassXC).</source>
        <translation>Kein System-Schlüsselbund ist verfügbar, daher wird das Passwort nicht gespeichert: Es bleibt nur erhalten, bis ChannelScope beendet wird. Um es zu merken, installieren und starten Sie gnome-keyring oder einen anderen Secret-Service-Anbieter (etwa KWallet oder KeePassXC).</translation>
    </message>
</context>
<context>
    <name>cs::CsvFileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cs::CsvReader</name>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>%1 line %2, column %3</source>
        <translation>%1 Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty; it needs at least a header row</source>
        <translation>die Datei ist leer; sie braucht mindestens eine Kopfzeile</translation>
    </message>
    <message>
        <source>empty column name in the header (column %1)</source>
        <translation>leerer Spaltenname in der Kopfzeile (Spalte %1)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice in the header</source>
        <translation>Spalte „%1“ kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote</source>
        <translation>unerwartetes Zeichen nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>a carriage return that does not end a line</source>
        <translation>ein Wagenrücklauf, der keine Zeile beendet</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>unexpected end of the file</source>
        <translation>unerwartetes Dateiende</translation>
    </message>
    <message>
        <source>a record longer than %1 MiB (is a quote not closed?)</source>
        <translation>ein Datensatz länger als %1 MiB (fehlt ein schließendes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>more than %1 columns in the header</source>
        <translation>mehr als %1 Spalten in der Kopfzeile</translation>
    </message>
    <message>
        <source>the row has more than %1 fields, the header has %2</source>
        <translation>die Zeile hat mehr als %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>control character U+%1 is not allowed</source>
        <translation>Steuerzeichen U+%1 ist nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>cs::DatabaseUrl</name>
    <message>
        <source>no database given</source>
        <translation>keine Datenbank angegeben</translation>
    </message>
    <message>
        <source>the sqlite URL names no file</source>
        <translation>die sqlite-URL nennt keine Datei</translation>
    </message>
    <message>
        <source>put the PostgreSQL password in PGPASSWORD, not in the URL</source>
        <translation>das PostgreSQL-Passwort gehört in PGPASSWORD, nicht in die URL</translation>
    </message>
    <message>
        <source>the PostgreSQL URL must name one database, as in postgresql://user@host:5432/dbname</source>
        <translation>die PostgreSQL-URL muss genau eine Datenbank nennen, wie in postgresql://benutzer@host:5432/dbname</translation>
    </message>
    <message>
        <source>unknown sslmode &quot;%1&quot;; use one of %2</source>
        <translation>unbekannter sslmode „%1“; verwenden Sie einen von %2</translation>
    </message>
    <message>
        <source>unknown PostgreSQL URL parameter &quot;%1&quot;</source>
        <translation>unbekannter Parameter „%1“ in der PostgreSQL-URL</translation>
    </message>
    <message>
        <source>unknown database URL scheme in &quot;%1&quot;; use a file path, sqlite:///path or postgresql://user@host:port/dbname</source>
        <translation>unbekanntes Datenbank-URL-Schema in „%1“; verwenden Sie einen Dateipfad, sqlite:///pfad oder postgresql://benutzer@host:port/dbname</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL URL; write postgresql://user@host:5432/dbname</source>
        <translation>%1 ist keine gültige PostgreSQL-URL; schreiben Sie postgresql://benutzer@host:5432/datenbank</translation>
    </message>
</context>
<context>
    <name>cs::DateRangeSelector</name>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Seit Jahresbeginn</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Range of business days</source>
        <translation>Zeitraum aus Geschäftstagen</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>business days in %1</source>
        <translation>Geschäftstage in %1</translation>
    </message>
    <message>
        <source>Days start at 00:00 in the business time zone %1 (%2); change it in the settings.</source>
        <translation>Tage beginnen um 00:00 in der Geschäftszeitzone %1 (%2); ändern Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>Vorheriges Quartal</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Vorjahr</translation>
    </message>
    <message>
        <source>The first day, %1, is after the last day, %2: not applied.</source>
        <translation>Der erste Tag, %1, liegt nach dem letzten Tag, %2: nicht übernommen.</translation>
    </message>
    <message>
        <source>The last day, %1, is before the first day, %2: not applied.</source>
        <translation>Der letzte Tag, %1, liegt vor dem ersten Tag, %2: nicht übernommen.</translation>
    </message>
    <message>
        <source>Days from %1 to %2: the data&apos;s days and a margin</source>
        <translation>Tage vom %1 bis %2: die Tage mit Daten und ein Spielraum</translation>
    </message>
    <message>
        <source>First business day, included. %1</source>
        <translation>Erster Geschäftstag, einschließlich. %1</translation>
    </message>
    <message>
        <source>Last business day, included. %1</source>
        <translation>Letzter Geschäftstag, einschließlich. %1</translation>
    </message>
    <message>
        <source>The range was limited to the days from %1 to %2.</source>
        <translation>Der Zeitraum wurde auf die Tage vom %1 bis %2 begrenzt.</translation>
    </message>
</context>
<context>
    <name>cs::DemoCommand</name>
    <message>
        <source>Create a deterministic demo dataset of about one year and import it.</source>
        <translation>Einen deterministischen Demo-Datensatz von etwa einem Jahr erzeugen und importieren.</translation>
    </message>
    <message>
        <source>Multiplies the number of accounts (%1 per unit, about 500,000 usage records a year); default 1.</source>
        <translation>Vervielfacht die Anzahl der Konten (%1 je Einheit, etwa 500.000 Nutzungsdatensätze im Jahr); Standard 1.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the generator; the same seed, scale and end date give the same data. Default 1.</source>
        <translation>Startwert des Generators; gleicher Startwert, gleiche Skalierung und gleiches Enddatum ergeben dieselben Daten. Standard 1.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The last day with data (YYYY-MM-DD); default: yesterday in the business time zone.</source>
        <translation>Der letzte Tag mit Daten (JJJJ-MM-TT); Standard: gestern in der Geschäftszeitzone.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Only write the dataset folder (in the import format) to DIR and import nothing. With --db, the database&apos;s business time zone is used, otherwise UTC.</source>
        <translation>Nur den Datensatzordner (im Importformat) nach ORDNER schreiben und nichts importieren. Mit --db gilt die Geschäftszeitzone der Datenbank, sonst UTC.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 10000, not &quot;%1&quot;</source>
        <translation>--scale muss eine ganze Zahl von 1 bis 10000 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;</source>
        <translation>--seed muss eine nichtnegative ganze Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--until must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--until muss ein Datum JJJJ-MM-TT sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--out needs a folder</source>
        <translation>--out braucht einen Ordner</translation>
    </message>
    <message>
        <source>%1 to %2: %3 accounts in %4 channels, %5 usage records, %6 statements, %7 invoices with %8 items, %9 payments and credits, %10 payment failures</source>
        <translation>%1 bis %2: %3 Konten in %4 Kanälen, %5 Nutzungsdatensätze, %6 Kontoauszüge, %7 Rechnungen mit %8 Positionen, %9 Zahlungen und Gutschriften, %10 fehlgeschlagene Zahlungen</translation>
    </message>
    <message>
        <source>; written to %1 in %2</source>
        <translation>; geschrieben nach %1 in %2</translation>
    </message>
    <message>
        <source>; written in %1, imported in %2, %3 in total</source>
        <translation>; geschrieben in %1, importiert in %2, insgesamt %3</translation>
    </message>
</context>
<context>
    <name>cs::DemoDatabase</name>
    <message>
        <source>creating the demo data was canceled</source>
        <translation>das Anlegen der Demodaten wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Generating the demo data...</source>
        <translation>Die Demodaten werden erzeugt...</translation>
    </message>
    <message>
        <source>Importing the demo data...</source>
        <translation>Die Demodaten werden importiert...</translation>
    </message>
    <message>
        <source>the demo data was not imported: %1</source>
        <translation>die Demodaten wurden nicht importiert: %1</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot remove the unfinished %1</source>
        <translation>die unfertige Datei %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>cs::DemoGenerator</name>
    <message>
        <source>the scale must be between 1 and 10000, not %1</source>
        <translation>die Skalierung muss zwischen 1 und 10000 liegen, nicht %1</translation>
    </message>
    <message>
        <source>the number of days must be between 1 and 3660, not %1</source>
        <translation>die Anzahl der Tage muss zwischen 1 und 3660 liegen, nicht %1</translation>
    </message>
    <message>
        <source>the business time zone is not valid</source>
        <translation>die Geschäftszeitzone ist ungültig</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>writing the demo data was canceled</source>
        <translation>das Schreiben der Demodaten wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>cs::ExportChanges</name>
    <message>
        <source>changed since export: %1 added, %2 changed</source>
        <translation>seit dem Export geändert: %1 hinzugekommen, %2 geändert</translation>
    </message>
</context>
<context>
    <name>cs::ExportCommand</name>
    <message>
        <source>Run the daily billing export for a date, or catch up on missed dates.</source>
        <translation>Den täglichen Abrechnungsexport für ein Datum ausführen oder versäumte Daten nachholen.</translation>
    </message>
    <message>
        <source>The business date to export (YYYY-MM-DD); default: yesterday in the business time zone.</source>
        <translation>Das zu exportierende Geschäftsdatum (JJJJ-MM-TT); Standard: gestern in der Geschäftszeitzone.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>With --catch-up: the first date to consider.</source>
        <translation>Mit --catch-up: das erste zu berücksichtigende Datum.</translation>
    </message>
    <message>
        <source>Export (or re-send) only this channel; may be repeated.</source>
        <translation>Nur diesen Kanal exportieren (oder erneut senden); mehrfach möglich.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Overrides export.directory.</source>
        <translation>Ersetzt export.directory.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Overrides export.fileExtension: xml or csv.</source>
        <translation>Ersetzt export.fileExtension: xml oder csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Record the run as started by the schedule (the systemd timer) rather than a person.</source>
        <translation>Den Lauf als vom Zeitplan (dem systemd-Timer) statt von einer Person gestartet vermerken.</translation>
    </message>
    <message>
        <source>Upload attempts per file (default 4).</source>
        <translation>Upload-Versuche je Datei (Standard 4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Milliseconds before the first retry, doubled each time (default 2000).</source>
        <translation>Millisekunden bis zum ersten erneuten Versuch, jedes Mal verdoppelt (Standard 2000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--date and --catch-up exclude each other</source>
        <translation>--date und --catch-up schließen einander aus</translation>
    </message>
    <message>
        <source>--catch-up exports whole dates; it takes no --channel</source>
        <translation>--catch-up exportiert ganze Daten; es nimmt kein --channel</translation>
    </message>
    <message>
        <source>--date must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date muss ein Datum JJJJ-MM-TT sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--since must be a date YYYY-MM-DD</source>
        <translation>--since muss ein Datum JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>--retries must be 1 to 20</source>
        <translation>--retries muss zwischen 1 und 20 liegen</translation>
    </message>
    <message>
        <source>--retry-delay must be 0 to 600000 milliseconds</source>
        <translation>--retry-delay muss zwischen 0 und 600000 Millisekunden liegen</translation>
    </message>
    <message>
        <source>last exported date: %1</source>
        <translation>zuletzt exportiertes Datum: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>missed: %1</source>
        <translation>versäumt: %1</translation>
    </message>
    <message>
        <source>nothing to catch up: every date from %1 to %2 is exported</source>
        <translation>nichts nachzuholen: jedes Datum von %1 bis %2 ist exportiert</translation>
    </message>
    <message>
        <source>channel %1: %2</source>
        <translation>Kanal %1: %2</translation>
    </message>
    <message>
        <source>channelscope-cli export: channel %1 %2: %3</source>
        <translation>channelscope-cli export: Kanal %1 %2: %3</translation>
    </message>
    <message>
        <source>Overrides export.URL (&quot;&quot; for no upload). Never with a password: it comes from CHANNELSCOPE_EXPORT_PASSWORD or the file named by export.credentialsFile.</source>
        <translation>Ersetzt export.URL (&quot;&quot; für keinen Upload). Nie mit Passwort: es kommt aus CHANNELSCOPE_EXPORT_PASSWORD oder aus der Datei in export.credentialsFile.</translation>
    </message>
    <message>
        <source>With --catch-up: run every missed date without asking (for scripts).</source>
        <translation>Mit --catch-up: jedes verpasste Datum ohne Rückfrage exportieren (für Skripte).</translation>
    </message>
    <message>
        <source>--catch-up would start %1 runs, one per date from %2 to %3; pass --yes to run them without a terminal</source>
        <translation>--catch-up würde %1 Läufe starten, einen je Datum von %2 bis %3; mit --yes laufen sie ohne Terminal</translation>
    </message>
    <message>
        <source>Export %1 dates from %2 to %3, one run each? [y/N] </source>
        <translation>%1 Daten von %2 bis %3 exportieren, jedes als eigener Lauf? [j/N] </translation>
    </message>
    <message>
        <source>catch-up not confirmed: nothing exported</source>
        <translation>Nachholen nicht bestätigt: nichts exportiert</translation>
    </message>
    <message>
        <source>catch-up stopped at %1; not run: %2</source>
        <translation>Nachholen bei %1 angehalten; nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>With --date: export a date that has not ended yet in the business time zone (today or later) as a test run. Its files are written and sent as usual, but the run is recorded as a test and never counts as exported: the date is exported again once it has ended.</source>
        <translation>Mit --date: einen Tag, der in der Geschäftszeitzone noch nicht zu Ende ist (heute oder später), als Testlauf exportieren. Seine Dateien werden wie sonst geschrieben und gesendet, der Lauf wird aber als Test gespeichert und zählt nie als exportiert: Der Tag wird noch einmal exportiert, sobald er zu Ende ist.</translation>
    </message>
    <message>
        <source>%1; pass --force for a test run that is not counted as exported</source>
        <translation>%1; mit --force ist ein Testlauf möglich, der nicht als exportiert zählt</translation>
    </message>
    <message>
        <source>--force is for a test run of one --date; not with --catch-up, --missed or --schedule</source>
        <translation>--force gilt für einen Testlauf eines --date; nicht zusammen mit --catch-up, --missed oder --schedule</translation>
    </message>
    <message>
        <source>Only list the recorded runs, newest first (with --date: the runs of that date); export nothing.</source>
        <translation>Nur die aufgezeichneten Läufe auflisten, den neuesten zuerst (mit --date: die Läufe dieses Datums); nichts exportieren.</translation>
    </message>
    <message>
        <source>With --history: list at most N runs (default %1).</source>
        <translation>Mit --history: höchstens N Läufe auflisten (Standard %1).</translation>
    </message>
    <message>
        <source>Only show one recorded run: its channels with status, reason, warnings, files and delivery; export nothing.</source>
        <translation>Nur einen aufgezeichneten Lauf zeigen: seine Kanäle mit Status, Grund, Warnungen, Dateien und Zustellung; nichts exportieren.</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <source>no export runs recorded for %1</source>
        <translation>keine Exportläufe für %1 aufgezeichnet</translation>
    </message>
    <message>
        <source>no export runs recorded</source>
        <translation>keine Exportläufe aufgezeichnet</translation>
    </message>
    <message>
        <source>export runs, newest first, only the newest %1 (--last N shows more); times in the business time zone %2</source>
        <translation>Exportläufe, der neueste zuerst, nur die neuesten %1 (--last N zeigt mehr); Zeiten in der Geschäftszeitzone %2</translation>
    </message>
    <message>
        <source>export runs, newest first; times in the business time zone %1</source>
        <translation>Exportläufe, der neueste zuerst; Zeiten in der Geschäftszeitzone %1</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>AUSLÖSER</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>BEGONNEN</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CHANNELS</source>
        <translation>KANÄLE</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>RECORDS</source>
        <translation>DATENSÄTZE</translation>
    </message>
    <message>
        <source>WARNINGS</source>
        <translation>WARNUNGEN</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>HINZUGEFÜGT</translation>
    </message>
    <message>
        <source>REMOVED</source>
        <translation>ENTFERNT</translation>
    </message>
    <message>
        <source>run %1: %2 %3, %4 by %5 on %6</source>
        <translation>Lauf %1: %2 %3, %4 von %5 auf %6</translation>
    </message>
    <message>
        <source>started %1, ended %2 (business time zone %3)</source>
        <translation>begonnen %1, beendet %2 (Geschäftszeitzone %3)</translation>
    </message>
    <message>
        <source>channels: %1</source>
        <translation>Kanäle: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>directory: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>destination: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>none (files written only)</source>
        <translation>keines (Dateien nur geschrieben)</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>no files written</source>
        <translation>keine Dateien geschrieben</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>AMOUNTS</source>
        <translation>BETRÄGE</translation>
    </message>
    <message>
        <source>no export run %1 is recorded; export --history lists the runs</source>
        <translation>Es ist kein Exportlauf %1 aufgezeichnet; export --history listet die Läufe auf</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <source>DELIVERED</source>
        <translation>ZUGESTELLT</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>--history and --show only read the recorded runs; they take no --%1</source>
        <translation>--history und --show lesen nur die aufgezeichneten Läufe; sie nehmen kein --%1</translation>
    </message>
    <message>
        <source>--last is for --history</source>
        <translation>--last gehört zu --history</translation>
    </message>
    <message>
        <source>--show prints one run; it takes no --date or --last</source>
        <translation>--show zeigt einen Lauf; es nimmt kein --date und kein --last</translation>
    </message>
    <message>
        <source>--last must be a number of runs from 1 to %1, not &quot;%2&quot;</source>
        <translation>--last muss eine Anzahl Läufe von 1 bis %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--show needs a run number, not &quot;%1&quot;</source>
        <translation>--show braucht eine Laufnummer, nicht „%1“</translation>
    </message>
    <message>
        <source>Do not send a channel that has warnings (an invoice or statement that does not tie out): its files are written, the channel ends PARTIAL_ERROR (&quot;held: ...&quot;), the command exits 1 and the date stays missed until it is run again without this option.</source>
        <translation>Einen Kanal mit Warnungen (eine Rechnung oder ein Kontoauszug, deren Beträge nicht aufgehen) nicht senden: Seine Dateien werden geschrieben, der Kanal endet mit PARTIAL_ERROR (&quot;zurückgehalten: ...&quot;), der Befehl endet mit 1, und das Datum bleibt versäumt, bis es ohne diese Option erneut exportiert wird.</translation>
    </message>
    <message>
        <source>Export every date not exported yet or changed since its export (documents imported or corrected later), up to yesterday, oldest first, each as its own run; stops at the first date that ends ERRORED or INTERRUPTED or cannot start. Starts at --since, else at the date of the earliest document (never before 2000-01-01). More than %1 dates ask first on a terminal; without one they need --yes or --schedule.</source>
        <translation>Jedes noch nicht exportierte oder seit seinem Export geänderte Datum (später importierte oder korrigierte Dokumente) bis gestern exportieren, das älteste zuerst, jedes als eigener Lauf; hält beim ersten Datum an, das ERRORED oder INTERRUPTED endet oder nicht starten kann. Beginnt bei --since, sonst beim Datum des frühesten Dokuments (nie vor dem 2000-01-01). Bei mehr als %1 Daten wird im Terminal zuerst gefragt; ohne Terminal ist --yes oder --schedule nötig.</translation>
    </message>
    <message>
        <source>Only list the dates that are not exported (from --since or the earliest document up to yesterday), those whose documents changed since their export (&quot;changed since export: 2 added, 1 changed&quot;) and the last exported date; export nothing.</source>
        <translation>Nur die nicht exportierten Daten (ab --since oder dem frühesten Dokument bis gestern), die Daten, deren Dokumente sich seit ihrem Export geändert haben („seit dem Export geändert: 2 hinzugekommen, 1 geändert“), und das letzte exportierte Datum auflisten; nichts exportieren.</translation>
    </message>
</context>
<context>
    <name>cs::ExportCredentials</name>
    <message>
        <source>cannot read export.credentialsFile %1: %2</source>
        <translation>export.credentialsFile %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>export.credentialsFile %1 is not a regular file</source>
        <translation>export.credentialsFile %1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>export.credentialsFile %1 may be read or changed by group or others (mode %2); run chmod 600 %1</source>
        <translation>export.credentialsFile %1 kann von Gruppe oder anderen gelesen oder geändert werden (Modus %2); führen Sie chmod 600 %1 aus</translation>
    </message>
    <message>
        <source>export.credentialsFile %1 is empty; its first line must be the password</source>
        <translation>export.credentialsFile %1 ist leer; die erste Zeile muss das Passwort sein</translation>
    </message>
</context>
<context>
    <name>cs::ExportDestination</name>
    <message>
        <source>export URL %1 is not a valid URL</source>
        <translation>Export-URL %1 ist keine gültige URL</translation>
    </message>
    <message>
        <source>export URL %1: unsupported scheme &quot;%2&quot;; use sftp, ftp, ftps, https, http or file</source>
        <translation>Export-URL %1: nicht unterstütztes Schema „%2“; verwenden Sie sftp, ftp, ftps, https, http oder file</translation>
    </message>
    <message>
        <source>export URL %1 names no host</source>
        <translation>Export-URL %1 nennt keinen Host</translation>
    </message>
    <message>
        <source>export URL %1 names no folder</source>
        <translation>Export-URL %1 nennt keinen Ordner</translation>
    </message>
    <message>
        <source>export URL %1: a key passphrase must not be written into the URL; set CHANNELSCOPE_SSH_KEY_PASSPHRASE</source>
        <translation>Export-URL %1: eine Schlüssel-Passphrase darf nicht in der URL stehen; setzen Sie CHANNELSCOPE_SSH_KEY_PASSPHRASE</translation>
    </message>
    <message>
        <source>export URL %1 names no user</source>
        <translation>Export-URL %1 nennt keinen Benutzer</translation>
    </message>
    <message>
        <source>export URL %1: no SSH key; set key= in the URL or CHANNELSCOPE_SSH_KEY</source>
        <translation>Export-URL %1: kein SSH-Schlüssel; setzen Sie key= in der URL oder CHANNELSCOPE_SSH_KEY</translation>
    </message>
    <message>
        <source>export URL %1: cannot read the SSH key %2</source>
        <translation>Export-URL %1: der SSH-Schlüssel %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>export URL %1: cannot read the known hosts file %2; the server&apos;s host key must be listed there</source>
        <translation>Export-URL %1: die Datei der bekannten Hosts %2 kann nicht gelesen werden; der Hostschlüssel des Servers muss dort stehen</translation>
    </message>
    <message>
        <source>export URL %1: an @ follows the host; write special characters of the user name and password percent-encoded (%2)</source>
        <translation>Export-URL %1: auf den Host folgt ein @; Sonderzeichen in Benutzername und Passwort müssen prozentkodiert geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>export URL %1: cannot read the CA file %2</source>
        <translation>Export-URL %1: die CA-Datei %2 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>cs::ExportHistory</name>
    <message>
        <source>interrupted: the process that ran it (pid %1 on %2) ended before the run finished</source>
        <translation>unterbrochen: der ausführende Prozess (PID %1 auf %2) endete, bevor der Lauf fertig war</translation>
    </message>
</context>
<context>
    <name>cs::ExportJob</name>
    <message>
        <source>cannot record the export run</source>
        <translation>der Exportlauf kann nicht vermerkt werden</translation>
    </message>
    <message>
        <source>interrupted: its process ended before the run finished</source>
        <translation>unterbrochen: sein Prozess endete, bevor der Lauf fertig war</translation>
    </message>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 verschoben werden: %3</translation>
    </message>
    <message>
        <source>not sent, the destination is unreachable: %1</source>
        <translation>nicht gesendet, das Ziel ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>files written but not sent: the run stopped: %1</source>
        <translation>Dateien geschrieben, aber nicht gesendet: der Lauf wurde angehalten: %1</translation>
    </message>
    <message>
        <source>not written: the run stopped: %1</source>
        <translation>nicht geschrieben: der Lauf wurde angehalten: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot write the manifest %1: %2</source>
        <translation>das Manifest %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot record the export files: %1</source>
        <translation>die Exportdateien können nicht vermerkt werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 channels failed; %3: %4</source>
        <translation>%1 von %2 Kanälen fehlgeschlagen; %3: %4</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the manifest: %1</source>
        <translation>das Manifest kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>refused before writing anything: channel code %1 cannot be used as a folder name (codes must match [A-Za-z0-9_.-]{1,64} and not be . or ..)</source>
        <translation>abgelehnt, bevor etwas geschrieben wurde: Kanalcode %1 kann nicht als Ordnername dienen (Codes müssen [A-Za-z0-9_.-]{1,64} entsprechen und dürfen nicht . oder .. sein)</translation>
    </message>
    <message>
        <source>cannot create the export folder %1: %2</source>
        <translation>der Exportordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the run stopped: %1</source>
        <translation>der Lauf wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>; the run could not be recorded: %1</source>
        <translation>; der Lauf konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>not finished: the run stopped</source>
        <translation>nicht beendet: der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot flush the files in %1 to disk: %2</source>
        <translation>die Dateien in %1 können nicht auf die Platte geschrieben werden: %2</translation>
    </message>
    <message>
        <source>channel code %1 (%2 characters) cannot be used as a folder name: it must match [A-Za-z0-9_.-]{1,64} and not be . or ..</source>
        <translation>Kanalcode %1 (%2 Zeichen) kann nicht als Ordnername dienen: er muss [A-Za-z0-9_.-]{1,64} entsprechen und darf nicht . oder .. sein</translation>
    </message>
    <message>
        <source>%1 has not ended yet in the business time zone %2: its documents are not complete before %3</source>
        <translation>Der Tag %1 ist in der Geschäftszeitzone %2 noch nicht zu Ende: Seine Belege sind erst ab %3 vollständig</translation>
    </message>
    <message>
        <source>the files were sent, but not their manifest: %1</source>
        <translation>die Dateien wurden gesendet, ihr Manifest aber nicht: %1</translation>
    </message>
    <message>
        <source>held: 1 warning; files written but not sent until the date is run again without holding channels with warnings</source>
        <translation>zurückgehalten: 1 Warnung; Dateien geschrieben, aber nicht gesendet, bis das Datum erneut exportiert wird, ohne Kanäle mit Warnungen zurückzuhalten</translation>
    </message>
    <message>
        <source>held: %1 warnings; files written but not sent until the date is run again without holding channels with warnings</source>
        <translation>zurückgehalten: %1 Warnungen; Dateien geschrieben, aber nicht gesendet, bis das Datum erneut exportiert wird, ohne Kanäle mit Warnungen zurückzuhalten</translation>
    </message>
    <message>
        <source>%1 of %2 channels held; %3: %4</source>
        <translation>%1 von %2 Kanälen zurückgehalten; %3: %4</translation>
    </message>
</context>
<context>
    <name>cs::ExportLock</name>
    <message>
        <source>the export of %1 is already running in another process</source>
        <translation>der Export von %1 läuft bereits in einem anderen Prozess</translation>
    </message>
    <message>
        <source>run %1 </source>
        <translation>Lauf %1 </translation>
    </message>
    <message>
        <source>the export of %1 is already running: %2by %3 on %4 (pid %5) since %6</source>
        <translation>der Export von %1 läuft bereits: %2von %3 auf %4 (PID %5) seit %6</translation>
    </message>
    <message>
        <source>cannot lock the export of %1</source>
        <translation>der Export von %1 kann nicht gesperrt werden</translation>
    </message>
</context>
<context>
    <name>cs::ExportPage</name>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the export folder in the file manager</source>
        <translation>Den Exportordner im Dateimanager öffnen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the history, the missed days and the preview again</source>
        <translation>Verlauf, versäumte Tage und Vorschau neu lesen</translation>
    </message>
    <message>
        <source>Run &amp;Missed Days</source>
        <translation>&amp;Versäumte Tage ausführen</translation>
    </message>
    <message>
        <source>Export a date</source>
        <translation>Ein Datum exportieren</translation>
    </message>
    <message>
        <source>The business date to export; days not exported are marked red in the calendar</source>
        <translation>Das zu exportierende Geschäftsdatum; nicht exportierte Tage sind im Kalender rot markiert</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>&amp;Alle wählen</translation>
    </message>
    <message>
        <source>Export every channel</source>
        <translation>Jeden Kanal exportieren</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>&amp;Keinen wählen</translation>
    </message>
    <message>
        <source>Uncheck every channel, to pick a few</source>
        <translation>Alle Kanäle abwählen, um einzelne auszuwählen</translation>
    </message>
    <message>
        <source>&amp;Run Export</source>
        <translation>Export &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the export at its next step; the run ends INTERRUPTED</source>
        <translation>Den Export beim nächsten Schritt anhalten; der Lauf endet als INTERRUPTED</translation>
    </message>
    <message>
        <source>%v of %m channels</source>
        <translation>%v von %m Kanälen</translation>
    </message>
    <message>
        <source>Check the channels to export: click a box, or press Enter on a row</source>
        <translation>Die zu exportierenden Kanäle auswählen: ein Kästchen anklicken oder auf einer Zeile die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Verlauf der Läufe</translation>
    </message>
    <message>
        <source>Channels of the selected run</source>
        <translation>Kanäle des gewählten Laufs</translation>
    </message>
    <message>
        <source>Select a run to see its channels.</source>
        <translation>Wählen Sie einen Lauf, um seine Kanäle zu sehen.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank ist geöffnet.</translation>
    </message>
    <message>
        <source>Open a database to see what a date will export.</source>
        <translation>Öffnen Sie eine Datenbank, um zu sehen, was ein Datum exportieren wird.</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>Export a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Open Export &amp;Folder</source>
        <translation>Export&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Re&amp;load History</source>
        <translation>Verlauf neu &amp;laden</translation>
    </message>
    <message>
        <source>Reading the export settings of %1…</source>
        <translation>Die Exporteinstellungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The export history cannot be read: %1</source>
        <translation>Der Exportverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no upload (export.URL is empty)</source>
        <translation>kein Upload (export.URL ist leer)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export folder:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Upload to:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Format:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Business time zone:&lt;/b&gt; %4 &amp;nbsp; &lt;span style=&quot;color:#666&quot;&gt;(change in File › Settings)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Exportordner:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Upload nach:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Format:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Geschäftszeitzone:&lt;/b&gt; %4 &amp;nbsp; &lt;span style=&quot;color:#666&quot;&gt;(ändern unter Datei › Einstellungen)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Credentials of export.URL are never shown</source>
        <translation>Zugangsdaten aus export.URL werden nie angezeigt</translation>
    </message>
    <message>
        <source>No export has run on this database yet.</source>
        <translation>Auf dieser Datenbank ist noch kein Export gelaufen.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>The last exported date is %1.</source>
        <translation>Das zuletzt exportierte Datum ist %1.</translation>
    </message>
    <message>
        <source>No date has been exported yet.</source>
        <translation>Noch kein Datum wurde exportiert.</translation>
    </message>
    <message>
        <source>Every day up to %1 is exported.</source>
        <translation>Jeder Tag bis %1 ist exportiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Days not exported: %1&lt;/b&gt; (%2). %3</source>
        <translation>&lt;b&gt;Nicht exportierte Tage: %1&lt;/b&gt; (%2). %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Days not exported: %1&lt;/b&gt; between %2 and %3; the latest: %4. %5</source>
        <translation>&lt;b&gt;Nicht exportierte Tage: %1&lt;/b&gt; zwischen %2 und %3; die letzten: %4. %5</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#9b110c&quot;&gt;&lt;b&gt;not exported yet&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#9b110c&quot;&gt;&lt;b&gt;noch nicht exportiert&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#9b110c&quot;&gt;&lt;b&gt;not exported&lt;/b&gt;&lt;/span&gt; (last run %1: %2)</source>
        <translation>&lt;span style=&quot;color:#9b110c&quot;&gt;&lt;b&gt;nicht exportiert&lt;/b&gt;&lt;/span&gt; (letzter Lauf %1: %2)</translation>
    </message>
    <message>
        <source>exported; last run %1: %2</source>
        <translation>exportiert; letzter Lauf %1: %2</translation>
    </message>
    <message>
        <source>before the first document</source>
        <translation>vor dem ersten Beleg</translation>
    </message>
    <message>
        <source>Reading what %1 will export…</source>
        <translation>Es wird gelesen, was %1 exportieren wird…</translation>
    </message>
    <message>
        <source>The preview cannot be read: %1</source>
        <translation>Die Vorschau kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Export %1 for every channel (Ctrl+Shift+R)</source>
        <translation>%1 für jeden Kanal exportieren (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>&amp;Run for %1 of %2 Channels</source>
        <translation>Für %1 von %2 Kanälen &amp;ausführen</translation>
    </message>
    <message>
        <source>Export %1 for the checked channels only: %2</source>
        <translation>%1 nur für die gewählten Kanäle exportieren: %2</translation>
    </message>
    <message>
        <source>Check at least one channel</source>
        <translation>Wählen Sie mindestens einen Kanal</translation>
    </message>
    <message>
        <source>Every channel gets its four files, empty ones too.</source>
        <translation>Jeder Kanal erhält seine vier Dateien, auch leere.</translation>
    </message>
    <message>
        <source>Check at least one channel to export.</source>
        <translation>Wählen Sie mindestens einen Kanal zum Exportieren.</translation>
    </message>
    <message>
        <source>Run Missed Days</source>
        <translation>Versäumte Tage ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Export %n day(s), from %1 to %2, one run each? This can take a while; you can cancel it.</source>
        <translation>
            <numerusform>%n Tag von %1 bis %2 exportieren, in einem eigenen Lauf? Das kann eine Weile dauern; Sie können abbrechen.</numerusform>
            <numerusform>%n Tage von %1 bis %2 exportieren, jeden in einem eigenen Lauf? Das kann eine Weile dauern; Sie können abbrechen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1 (%2 of %3)…</source>
        <translation>%1 wird exportiert (%2 von %3)…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>another export is still running</source>
        <translation>ein anderer Export läuft noch</translation>
    </message>
    <message>
        <source>The export did not run: %1</source>
        <translation>Der Export wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n record(s)</source>
        <translation>
            <numerusform>, %n Datensatz</numerusform>
            <numerusform>, %n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>, uploaded to %1</source>
        <translation>, hochgeladen nach %1</translation>
    </message>
    <message>
        <source>Channel %1: %2</source>
        <translation>Kanal %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n Warnung:</numerusform>
            <numerusform>%n Warnungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more, see the channels of the run below)</source>
        <translation>
            <numerusform>(und %n weitere, siehe die Kanäle des Laufs unten)</numerusform>
            <numerusform>(und %n weitere, siehe die Kanäle des Laufs unten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The export folder %1 does not exist yet; the first run creates it.</source>
        <translation>Der Exportordner %1 existiert noch nicht; der erste Lauf legt ihn an.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Run %1 of %2, %3 by %4 on %5 (pid %6); folder %7</source>
        <translation>Lauf %1 vom %2, %3, gestartet von %4 auf %5 (PID %6); Ordner %7</translation>
    </message>
    <message>
        <source>, no upload</source>
        <translation>, kein Upload</translation>
    </message>
    <message>
        <source>, upload to %1</source>
        <translation>, Upload nach %1</translation>
    </message>
    <message>
        <source>, %1.</source>
        <translation>, %1.</translation>
    </message>
    <message>
        <source>The channels of run %1 cannot be read: %2</source>
        <translation>Die Kanäle von Lauf %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Export every missed day, oldest first, each as its own run for all channels (the channels checked below do not apply); stops at the first day that ends Errored or Interrupted</source>
        <translation>Jeden versäumten Tag exportieren, den ältesten zuerst, jeden in einem eigenen Lauf für alle Kanäle (die unten gewählten Kanäle gelten hier nicht); hält beim ersten Tag an, der mit Errored oder Interrupted endet</translation>
    </message>
    <message>
        <source>Run &amp;Missed Day for All Channels</source>
        <translation>&amp;Versäumten Tag für alle Kanäle ausführen</translation>
    </message>
    <message>
        <source>Run %1 &amp;Missed Days for All Channels</source>
        <translation>%1 &amp;versäumte Tage für alle Kanäle ausführen</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#8a5a00&quot;&gt;&lt;b&gt;partly exported&lt;/b&gt;&lt;/span&gt;: only %1 (last run %2: %3); the other channels are not exported yet</source>
        <translation>&lt;span style=&quot;color:#8a5a00&quot;&gt;&lt;b&gt;teilweise exportiert&lt;/b&gt;&lt;/span&gt;: nur %1 (letzter Lauf %2: %3); die übrigen Kanäle sind noch nicht exportiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missed days: cancelled after %1 of %2 days&lt;/b&gt; (%3 completed); the remaining days are still missed.</source>
        <translation>&lt;b&gt;Versäumte Tage: nach %1 von %2 Tagen abgebrochen&lt;/b&gt; (%3 abgeschlossen); die übrigen Tage fehlen weiterhin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missed days: %1 of %2 days run&lt;/b&gt; (%3 completed).</source>
        <translation>&lt;b&gt;Versäumte Tage: %1 von %2 Tagen ausgeführt&lt;/b&gt; (%3 abgeschlossen).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missed days: all %1 days run&lt;/b&gt; (%2 completed).</source>
        <translation>&lt;b&gt;Versäumte Tage: alle %1 Tage ausgeführt&lt;/b&gt; (%2 abgeschlossen).</translation>
    </message>
    <message>
        <source>Last run:</source>
        <translation>Letzter Lauf:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2&lt;/b&gt; (run %3)</source>
        <translation>&lt;b&gt;%1 – %2&lt;/b&gt; (Lauf %3)</translation>
    </message>
    <message numerus="yes">
        <source>for all %n channel(s)</source>
        <translation>
            <numerusform>für den einzigen Kanal</numerusform>
            <numerusform>für alle %n Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %1 of %n channel(s) only: %2</source>
        <translation>
            <numerusform>nur für %1 von %n Kanal: %2</numerusform>
            <numerusform>nur für %1 von %n Kanälen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>%n Datei in %1</numerusform>
            <numerusform>%n Dateien in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export of %1: %2 for all %n channel(s).</source>
        <translation>
            <numerusform>Export für %1: %2 für den einzigen Kanal.</numerusform>
            <numerusform>Export für %1: %2 für alle %n Kanäle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export of %1: %2 for %3 of %n channel(s).</source>
        <translation>
            <numerusform>Export für %1: %2 für %3 von %n Kanal.</numerusform>
            <numerusform>Export für %1: %2 für %3 von %n Kanälen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold channels with &amp;warnings</source>
        <translation>Kanäle mit Warnungen &amp;zurückhalten</translation>
    </message>
    <message>
        <source>A channel with warnings (an invoice or statement that does not tie out) is written to the export folder but not sent: it ends PARTIAL_ERROR (&quot;held&quot;) and its date stays missed until it is run again with this unchecked</source>
        <translation>Ein Kanal mit Warnungen (eine Rechnung oder ein Kontoauszug, deren Beträge nicht aufgehen) wird in den Exportordner geschrieben, aber nicht gesendet: Er endet mit PARTIAL_ERROR (&quot;zurückgehalten&quot;), und sein Datum bleibt versäumt, bis es mit abgewähltem Kästchen erneut exportiert wird</translation>
    </message>
    <message numerus="yes">
        <source>, %n held for warnings (not sent)</source>
        <translation>
            <numerusform>, %n wegen Warnungen zurückgehalten (nicht gesendet)</numerusform>
            <numerusform>, %n wegen Warnungen zurückgehalten (nicht gesendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them changed since they were exported: documents were added or corrected later.</source>
        <translation>
            <numerusform>Davon wurde %n seit dem Export geändert: Dokumente kamen später hinzu oder wurden korrigiert.</numerusform>
            <numerusform>Davon wurden %n seit dem Export geändert: Dokumente kamen später hinzu oder wurden korrigiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#9b110c&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; (last run %2: %3)</source>
        <translation>&lt;span style=&quot;color:#9b110c&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; (letzter Lauf %2: %3)</translation>
    </message>
</context>
<context>
    <name>cs::ExportPreviewModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Writing files…</source>
        <translation>Dateien werden geschrieben…</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Dateien geschrieben</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Uncheck to leave this channel out of the run</source>
        <translation>Abwählen, um diesen Kanal im Lauf auszulassen</translation>
    </message>
    <message>
        <source>Sum of the statements&apos; net balance (FinalCharges)</source>
        <translation>Summe der Nettosalden der Kontoauszüge (FinalCharges)</translation>
    </message>
    <message>
        <source>Sum of the invoices&apos; final amount</source>
        <translation>Summe der Endbeträge der Rechnungen</translation>
    </message>
    <message>
        <source>Sum of the payments and credits</source>
        <translation>Summe der Zahlungen und Gutschriften</translation>
    </message>
    <message>
        <source>Sum of the failed payments</source>
        <translation>Summe der fehlgeschlagenen Zahlungen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Auszüge</translation>
    </message>
    <message>
        <source>Net balance</source>
        <translation>Nettosaldo</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturiert</translation>
    </message>
    <message>
        <source>Payments &amp; credits</source>
        <translation>Zahlungen/Gutschr.</translation>
    </message>
    <message>
        <source>Paid / credited</source>
        <translation>Gezahlt/gutgeschr.</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Failed amount</source>
        <translation>Nicht eingezogen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>cs::ExportRunChannelModel</name>
    <message>
        <source>no upload</source>
        <translation>kein Upload</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1 (%n Datensatz)</numerusform>
            <numerusform>%1 (%n Datensätze)</numerusform>
        </translation>
    </message>
    <message>
        <source>Records added or removed against the previous run of this date</source>
        <translation>Datensätze, die gegenüber dem vorigen Lauf dieses Datums hinzugekommen oder weggefallen sind</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <source>The files the run wrote for the channel</source>
        <translation>Die Dateien, die der Lauf für den Kanal geschrieben hat</translation>
    </message>
</context>
<context>
    <name>cs::ExportRunModel</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>%1 (by hand)</source>
        <translation>%1 (von Hand)</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message numerus="yes">
        <source>only %n channel(s)</source>
        <translation>
            <numerusform>nur %n Kanal</numerusform>
            <numerusform>nur %n Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n completed</source>
        <translation>
            <numerusform>%1 von %n abgeschlossen</numerusform>
            <numerusform>%1 von %n abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n failed</source>
        <translation>
            <numerusform>%1 von %n fehlgeschlagen</numerusform>
            <numerusform>%1 von %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>+%1 / −%2</source>
        <translation>+%1 / −%2</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>Records added and removed against the previous run of this date</source>
        <translation>Hinzugekommene und weggefallene Datensätze gegenüber dem vorigen Lauf dieses Datums</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Times in the business time zone</source>
        <translation>Zeiten in der Geschäftszeitzone</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Test run (not counted as exported)</source>
        <translation>Testlauf (zählt nicht als exportiert)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n held</source>
        <translation>
            <numerusform>%1 von %n zurückgehalten</numerusform>
            <numerusform>%1 von %n zurückgehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n failed, %2 held</source>
        <translation>
            <numerusform>%1 von %n fehlgeschlagen, %2 zurückgehalten</numerusform>
            <numerusform>%1 von %n fehlgeschlagen, %2 zurückgehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cs::ExportSource</name>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>unbekannter Kanal „%1“</translation>
    </message>
    <message>
        <source>record %1 has an unknown currency &quot;%2&quot;</source>
        <translation>Datensatz %1 hat eine unbekannte Währung „%2“</translation>
    </message>
    <message>
        <source>cannot read the export data: %1</source>
        <translation>die Exportdaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>statement %1 (account %2): net balance %3 %4 is not balance forward %5 - (payments %6 + credits %7) + new charges %8 = %9</source>
        <translation>Kontoauszug %1 (Konto %2): Nettosaldo %3 %4 ist nicht Vortrag %5 - (Zahlungen %6 + Gutschriften %7) + neue Belastungen %8 = %9</translation>
    </message>
    <message>
        <source>invoice %1 (id %2, account %3): total %4 %5 is not subtotal %6 - discount %7 + tax %8 = %9 (difference %10 %5)</source>
        <translation>Rechnung %1 (ID %2, Konto %3): Gesamtbetrag %4 %5 ist nicht Zwischensumme %6 - Rabatt %7 + Steuer %8 = %9 (Differenz %10 %5)</translation>
    </message>
    <message>
        <source>invoice %1 (id %2, account %3): items add up to %4 %5, not to the subtotal %6 %5 (difference %7 %5)</source>
        <translation>Rechnung %1 (ID %2, Konto %3): Die Positionen ergeben %4 %5, nicht die Zwischensumme %6 %5 (Differenz %7 %5)</translation>
    </message>
</context>
<context>
    <name>cs::ExportStatusView</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Partial error</source>
        <translation>Teilweise fehlerhaft</translation>
    </message>
    <message>
        <source>Errored</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>cs::ExportUploader</name>
    <message>
        <source>cannot start libcurl</source>
        <translation>libcurl kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>upload of %1 to %2 failed after %3 attempts: %4</source>
        <translation>Upload von %1 nach %2 nach %3 Versuchen fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>der Server antwortete HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>cs::FirstStart</name>
    <message>
        <source>Creating a demo database with one year of data...</source>
        <translation>Eine Demodatenbank mit Daten eines Jahres wird angelegt...</translation>
    </message>
    <message>
        <source>Welcome to ChannelScope</source>
        <translation>Willkommen bei ChannelScope</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>Die Demodatenbank konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>cs::HeadlineWidget</name>
    <message>
        <source>No report yet</source>
        <translation>Noch kein Bericht</translation>
    </message>
    <message>
        <source>Pick a channel or a billing group on the left.</source>
        <translation>Wählen Sie links einen Kanal oder eine Abrechnungsgruppe.</translation>
    </message>
    <message>
        <source>Billing group</source>
        <translation>Abrechnungsgruppe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>%1 %2 – %3, %4</source>
        <translation>%1 %2 – %3, %4</translation>
    </message>
    <message>
        <source>(incomplete: usage without a rate)</source>
        <translation>(unvollständig: Nutzung ohne Tarif)</translation>
    </message>
    <message>
        <source>no usage in this range</source>
        <translation>keine Nutzung in diesem Zeitraum</translation>
    </message>
    <message>
        <source>no usage</source>
        <translation>keine Nutzung</translation>
    </message>
    <message>
        <source>%1 usage lines</source>
        <translation>%1 Nutzungszeilen</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 Produkte</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 Kanäle</translation>
    </message>
    <message>
        <source>Spend:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>same period last year</source>
        <translation>Vorjahreszeitraum</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>vs. %1 %2</source>
        <translation>ggü. %1 %2</translation>
    </message>
    <message>
        <source>no data before %1</source>
        <translation>keine Daten vor dem %1</translation>
    </message>
    <message>
        <source>no usage data</source>
        <translation>keine Nutzungsdaten</translation>
    </message>
    <message>
        <source>%1: %2, no change shown</source>
        <translation>%1: %2, keine Änderung angezeigt</translation>
    </message>
    <message>
        <source>%1: %2; %3 accounts</source>
        <translation>%1: %2; %3 Konten</translation>
    </message>
</context>
<context>
    <name>cs::ImportCommand</name>
    <message>
        <source>Import a dataset folder (all or nothing; re-imported ids are updated).</source>
        <translation>Einen Datensatzordner importieren (alles oder nichts; erneut importierte IDs werden aktualisiert).</translation>
    </message>
    <message>
        <source>Print no progress on stderr.</source>
        <translation>Keinen Fortschritt auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>The folder with billing_groups.csv, channels.csv, accounts.csv, products.csv, rates.csv, usage.csv, statements.csv, invoices.csv, invoice_items.csv, payments.csv and payment_failures.csv (each optional).</source>
        <translation>Der Ordner mit billing_groups.csv, channels.csv, accounts.csv, products.csv, rates.csv, usage.csv, statements.csv, invoices.csv, invoice_items.csv, payments.csv und payment_failures.csv (jede optional).</translation>
    </message>
    <message>
        <source>expected exactly one folder to import</source>
        <translation>genau ein zu importierender Ordner erwartet</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 rows read (%2 s)</source>
        <translation>%1 Zeilen gelesen (%2 s)</translation>
    </message>
    <message>
        <source>%1 rows imported in %2.%3 s, %4 rows/s</source>
        <translation>%1 Zeilen importiert in %2,%3 s, %4 Zeilen/s</translation>
    </message>
    <message>
        <source>membership changed: %1</source>
        <translation>Zugehörigkeit geändert: %1</translation>
    </message>
</context>
<context>
    <name>cs::ImportDialog</name>
    <message>
        <source>Import Dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
    <message>
        <source>Imports a folder of CSV files in the dataset format into %1. All or nothing: a bad row imports nothing. A record whose id is in the database already is updated.</source>
        <translation>Importiert einen Ordner mit CSV-Dateien im Datensatzformat in %1. Alles oder nichts: Eine fehlerhafte Zeile importiert nichts. Ein Datensatz, dessen ID schon in der Datenbank steht, wird aktualisiert.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>A folder with channels.csv, accounts.csv, usage.csv, ...</source>
        <translation>Ein Ordner mit channels.csv, accounts.csv, usage.csv, ...</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Not in the dataset format, not imported: %1</source>
        <translation>Nicht im Datensatzformat, wird nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with %1 rows, ready to import.</source>
        <translation>
            <numerusform>%n Datei mit %1 Zeilen, bereit zum Import.</numerusform>
            <numerusform>%n Dateien mit %1 Zeilen, bereit zum Import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 rows…</source>
        <translation>%1 Zeilen werden importiert…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows read…</source>
        <translation>Import: %1 von %2 Zeilen gelesen…</translation>
    </message>
    <message>
        <source>Import canceled. Nothing was imported; the database is unchanged.</source>
        <translation>Import abgebrochen. Es wurde nichts importiert; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>Nothing was imported; the database is unchanged. %1</source>
        <translation>Es wurde nichts importiert; die Datenbank ist unverändert. %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 rows from %n file(s).</source>
        <translation>
            <numerusform>%1 Zeilen aus %n Datei importiert.</numerusform>
            <numerusform>%1 Zeilen aus %n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Canceling: the import stops at its next check and writes nothing…</source>
        <translation>Wird abgebrochen: Der Import hält bei seiner nächsten Prüfung an und schreibt nichts…</translation>
    </message>
    <message>
        <source>Memberships changed: %1.</source>
        <translation>Geänderte Zugehörigkeiten: %1.</translation>
    </message>
</context>
<context>
    <name>cs::ImportLock</name>
    <message>
        <source>another import is running since %1: by %2 on %3 (pid %4); waited %5 s, try again when it has finished</source>
        <translation>ein anderer Import läuft seit %1: von %2 auf %3 (PID %4); %5 s gewartet, versuchen Sie es erneut, wenn er beendet ist</translation>
    </message>
    <message>
        <source>another process has been writing to the database for more than %1 s; try again when it has finished</source>
        <translation>ein anderer Prozess schreibt seit mehr als %1 s in die Datenbank; versuchen Sie es erneut, wenn er fertig ist</translation>
    </message>
    <message>
        <source>role %1 may not write to this database: it lacks INSERT, UPDATE or DELETE on its tables; imports need a writer role (see README, Databases)</source>
        <translation>die Rolle %1 darf nicht in diese Datenbank schreiben: ihr fehlt INSERT, UPDATE oder DELETE auf den Tabellen; Importe brauchen eine schreibende Rolle (siehe README, Databases)</translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <source>ChannelScope</source>
        <translation>ChannelScope</translation>
    </message>
    <message>
        <source>Usage and spend</source>
        <translation>Nutzung und Kosten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;Open Connection…</source>
        <translation>Verbindung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Database</source>
        <translation>&amp;Demodatenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About ChannelScope</source>
        <translation>Ü&amp;ber ChannelScope</translation>
    </message>
    <message>
        <source>About ChannelScope</source>
        <translation>Über ChannelScope</translation>
    </message>
    <message>
        <source>&lt;b&gt;ChannelScope %1&lt;/b&gt;&lt;p&gt;Channel usage and spend reports.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ChannelScope %1&lt;/b&gt;&lt;p&gt;Nutzungs- und Kostenberichte je Kanal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 – ChannelScope</source>
        <translation>%1 – ChannelScope</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>Die Demodatenbank konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Billing export</source>
        <translation>Abrechnungsexport</translation>
    </message>
    <message>
        <source>&amp;Billing Export</source>
        <translation>Abrechnungs&amp;export</translation>
    </message>
    <message>
        <source>Show &amp;Usage and Spend</source>
        <translation>&amp;Nutzung und Kosten zeigen</translation>
    </message>
    <message>
        <source>Show &amp;Billing Export</source>
        <translation>&amp;Abrechnungsexport zeigen</translation>
    </message>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation>Datensatz &amp;importieren…</translation>
    </message>
</context>
<context>
    <name>cs::MembershipHistory</name>
    <message>
        <source>the membership table holds an invalid date &quot;%1&quot;</source>
        <translation>die Zugehörigkeitstabelle enthält ein ungültiges Datum &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>cs::MixChartWidget</name>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Spend by product (%1)</source>
        <translation>Kosten je Produkt (%1)</translation>
    </message>
    <message>
        <source>Spend by channel (%1)</source>
        <translation>Kosten je Kanal (%1)</translation>
    </message>
    <message>
        <source>No spend in %1</source>
        <translation>Keine Kosten in %1</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>Kosten (%1)</translation>
    </message>
    <message>
        <source>Amounts of different currencies are never added. ⚠ marks spend without the usage that has no rate.</source>
        <translation>Beträge verschiedener Währungen werden nie addiert. ⚠ markiert Kosten ohne die Nutzung, für die kein Tarif gilt.</translation>
    </message>
    <message>
        <source>%1 (%2) ⚠</source>
        <translation>%1 (%2) ⚠</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cs::PasswordStore</name>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>unknown keychain error</source>
        <translation>unbekannter Fehler des Schlüsselbunds</translation>
    </message>
</context>
<context>
    <name>cs::ProductTableModel</name>
    <message>
        <source>Total spend in this currency; some usage in it has no rate and is not included.</source>
        <translation>Summe der Kosten in dieser Währung; ein Teil der Nutzung hat keinen Tarif und ist nicht enthalten.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>No rate applies to some of this usage, so there is no spend.</source>
        <translation>Für einen Teil dieser Nutzung gilt kein Tarif, daher gibt es keine Kosten.</translation>
    </message>
    <message>
        <source>%1 (%2), %3; double-click for the accounts</source>
        <translation>%1 (%2), %3; Doppelklick zeigt die Konten</translation>
    </message>
    <message>
        <source>Share of the spend in the same currency</source>
        <translation>Anteil an den Kosten in derselben Währung</translation>
    </message>
    <message>
        <source>Accounts with usage of the product in the range</source>
        <translation>Konten mit Nutzung des Produkts im Zeitraum</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
</context>
<context>
    <name>cs::RateBook</name>
    <message>
        <source>the rate table holds an invalid rate &quot;%1&quot; from &quot;%2&quot;</source>
        <translation>die Tariftabelle enthält einen ungültigen Tarif „%1“ ab „%2“</translation>
    </message>
</context>
<context>
    <name>cs::ReportCommand</name>
    <message>
        <source>Report on the channel with this code.</source>
        <translation>Bericht über den Kanal mit diesem Code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Report on the billing group with this code.</source>
        <translation>Bericht über die Abrechnungsgruppe mit diesem Code.</translation>
    </message>
    <message>
        <source>First business day, inclusive.</source>
        <translation>Erster Geschäftstag, einschließlich.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Last business day, inclusive.</source>
        <translation>Letzter Geschäftstag, einschließlich.</translation>
    </message>
    <message>
        <source>For a billing group: one line per channel and product instead of merged lines.</source>
        <translation>Für eine Abrechnungsgruppe: eine Zeile je Kanal und Produkt statt zusammengefasster Zeilen.</translation>
    </message>
    <message>
        <source>IANA time zone in which the days start (default: the business.timezone setting).</source>
        <translation>IANA-Zeitzone, in der die Tage beginnen (Standard: die Einstellung business.timezone).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--%1 needs a code</source>
        <translation>--%1 braucht einen Code</translation>
    </message>
    <message>
        <source>--%1 YYYY-MM-DD is required</source>
        <translation>--%1 JJJJ-MM-TT fehlt</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date YYYY-MM-DD</source>
        <translation>--%1: „%2“ ist kein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>unbekannter Kanal „%1“</translation>
    </message>
    <message>
        <source>unknown billing group &quot;%1&quot;</source>
        <translation>unbekannte Abrechnungsgruppe „%1“</translation>
    </message>
    <message>
        <source>Compare with the previous period of equal length (previous), the same days one year earlier (year) or nothing (none, the default). Adds the columns Comparison Start Date, Comparison End Date, Usage Change, Spend Change, Change % and Comparison Note; a period that starts before the first day with usage gives no changes but the note &quot;no data before DATE&quot;.</source>
        <translation>Mit der gleich langen Vorperiode (previous), denselben Tagen ein Jahr früher (year) oder nichts (none, die Vorgabe) vergleichen. Fügt die Spalten Comparison Start Date, Comparison End Date, Usage Change, Spend Change, Change % und Comparison Note an; ein Zeitraum, der vor dem ersten Tag mit Nutzung beginnt, ergibt keine Änderungen, sondern den Hinweis „no data before DATUM“.</translation>
    </message>
    <message>
        <source>previous|year|none</source>
        <translation>previous|year|none</translation>
    </message>
    <message>
        <source>--compare: &quot;%1&quot; is not previous, year or none</source>
        <translation>--compare: „%1“ ist weder previous noch year noch none</translation>
    </message>
    <message>
        <source>the comparison period %1..%2 starts before the data (no data before %3): no changes given</source>
        <translation>der Vergleichszeitraum %1..%2 beginnt vor den Daten (keine Daten vor dem %3): keine Änderungen angegeben</translation>
    </message>
    <message>
        <source>Write the usage and spend report of a channel or billing group as CSV or as an Excel workbook.</source>
        <translation>Den Nutzungs- und Kostenbericht eines Kanals oder einer Abrechnungsgruppe als CSV oder als Excel-Arbeitsmappe schreiben.</translation>
    </message>
    <message>
        <source>Write the report to this file (atomically) instead of standard output (required for xlsx).</source>
        <translation>Den Bericht (atomar) in diese Datei statt auf die Standardausgabe schreiben (für xlsx erforderlich).</translation>
    </message>
    <message>
        <source>csv: RFC 4180 for programs, the stable format (the default); excel-csv: for a spreadsheet, with a byte order mark, the locale&apos;s list separator and decimal mark, totals per currency and the report&apos;s details below; xlsx: an Excel workbook with real number and date cells, totals and a sheet with the details.</source>
        <translation>csv: RFC 4180 für Programme, das stabile Format (die Vorgabe); excel-csv: für eine Tabellenkalkulation, mit Byte-Order-Mark, dem Listentrennzeichen und Dezimalzeichen des Gebietsschemas, Summen je Währung und den Angaben zum Bericht darunter; xlsx: eine Excel-Arbeitsmappe mit echten Zahlen- und Datumszellen, Summen und einem Blatt mit den Angaben.</translation>
    </message>
    <message>
        <source>csv|excel-csv|xlsx</source>
        <translation>csv|excel-csv|xlsx</translation>
    </message>
    <message>
        <source>The locale whose separators excel-csv uses, for example de_DE (default: the system&apos;s).</source>
        <translation>Das Gebietsschema, dessen Trennzeichen excel-csv verwendet, zum Beispiel de_DE (Vorgabe: das des Systems).</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>GEBIETSSCHEMA</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv, excel-csv or xlsx</source>
        <translation>--format: „%1“ ist weder csv noch excel-csv noch xlsx</translation>
    </message>
    <message>
        <source>--locale: &quot;%1&quot; is not a known locale</source>
        <translation>--locale: „%1“ ist kein bekanntes Gebietsschema</translation>
    </message>
    <message>
        <source>Write the report of a saved report recipe (a JSON file that the window saves with File &gt; Save Report Recipe): its scope, range rule, comparison, grouping, filter, sort and export profile, exactly as the window exports it. Not with --channel, --billing-group, --from, --to, --tz, --compare, --by-channel or --format.</source>
        <translation>Schreibt den Bericht einer gespeicherten Berichtsvorlage (eine JSON-Datei, die das Fenster mit Datei &gt; Berichtsvorlage speichern schreibt): Umfang, Zeitraumregel, Vergleich, Gruppierung, Filter, Sortierung und Exportformat, genau so, wie das Fenster ihn exportiert. Nicht zusammen mit --channel, --billing-group, --from, --to, --tz, --compare, --by-channel oder --format.</translation>
    </message>
    <message>
        <source>give exactly one of --channel CODE or --billing-group CODE, or --recipe FILE</source>
        <translation>genau eines angeben: --channel CODE oder --billing-group CODE, oder --recipe DATEI</translation>
    </message>
    <message>
        <source>--recipe and --%1 do not go together: the recipe says what to report</source>
        <translation>--recipe und --%1 passen nicht zusammen: die Vorlage legt fest, worüber berichtet wird</translation>
    </message>
    <message>
        <source>the xlsx format needs -o FILE</source>
        <translation>das Format xlsx braucht -o DATEI</translation>
    </message>
</context>
<context>
    <name>cs::ReportEngine</name>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>unknown product &quot;%1&quot;</source>
        <translation>unbekanntes Produkt „%1“</translation>
    </message>
    <message>
        <source>a report amount is beyond 38 digits</source>
        <translation>ein Berichtsbetrag hat mehr als 38 Stellen</translation>
    </message>
</context>
<context>
    <name>cs::ReportProfiles</name>
    <message>
        <source>CSV for machines</source>
        <translation>CSV für Programme</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV für Excel</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>unknown export profile</source>
        <translation>unbekanntes Exportprofil</translation>
    </message>
</context>
<context>
    <name>cs::ReportRecipe</name>
    <message>
        <source>%1: &quot;%2&quot;: %3</source>
        <translation>%1: „%2“: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>unbekannter Schlüssel (bekannt: %1)</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;: this is not a report recipe</source>
        <translation>muss „%1“ sein: das ist keine Berichtsvorlage</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>%1: recipe version %2 was written by a newer ChannelScope; this one reads version %3</source>
        <translation>%1: Vorlagenversion %2 stammt von einem neueren ChannelScope; dieses liest Version %3</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;rule&quot;: &quot;last-month&quot;}</source>
        <translation>muss ein Objekt sein, etwa {&quot;rule&quot;: &quot;last-month&quot;}</translation>
    </message>
    <message>
        <source>&quot;from&quot; and &quot;to&quot; belong to the rule &quot;fixed&quot; only</source>
        <translation>„from“ und „to“ gehören nur zur Regel „fixed“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&quot;from&quot; %1 is after &quot;to&quot; %2</source>
        <translation>„from“ %1 liegt nach „to“ %2</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;column&quot;: &quot;spend&quot;, &quot;order&quot;: &quot;descending&quot;}</source>
        <translation>muss ein Objekt sein, etwa {&quot;column&quot;: &quot;spend&quot;, &quot;order&quot;: &quot;descending&quot;}</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>%1: a report recipe is a JSON object</source>
        <translation>%1: eine Berichtsvorlage ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: too large for a report recipe</source>
        <translation>%1: zu groß für eine Berichtsvorlage</translation>
    </message>
</context>
<context>
    <name>cs::ReportRunner</name>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>cs::ReportSheet</name>
    <message>
        <source>thousand</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <source>million</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <source>trillion</source>
        <translation>Billionen</translation>
    </message>
    <message>
        <source>quadrillion</source>
        <translation>Billiarden</translation>
    </message>
    <message>
        <source>quintillion</source>
        <translation>Trillionen</translation>
    </message>
    <message>
        <source>sextillion</source>
        <translation>Trilliarden</translation>
    </message>
    <message>
        <source>septillion</source>
        <translation>Quadrillionen</translation>
    </message>
    <message>
        <source>no data before %1</source>
        <translation>keine Daten vor dem %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Channel Name</source>
        <translation>Kanalname</translation>
    </message>
    <message>
        <source>Channel Code</source>
        <translation>Kanalcode</translation>
    </message>
    <message>
        <source>Billing Group Name</source>
        <translation>Name der Abrechnungsgruppe</translation>
    </message>
    <message>
        <source>Billing Group Code</source>
        <translation>Code der Abrechnungsgruppe</translation>
    </message>
    <message>
        <source>Product Name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Product Code</source>
        <translation>Produktcode</translation>
    </message>
    <message>
        <source>Product Category</source>
        <translation>Produktkategorie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Start Date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End Date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Usage Change</source>
        <translation>Änderung Nutzung</translation>
    </message>
    <message>
        <source>Spend Change</source>
        <translation>Änderung Kosten</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Änderung %</translation>
    </message>
    <message>
        <source>Comparison Note</source>
        <translation>Hinweis zum Vergleich</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>%1 (exact)</source>
        <translation>%1 (exakt)</translation>
    </message>
    <message>
        <source>Total %1 (without spend of unrated products)</source>
        <translation>Summe %1 (ohne Kosten von Produkten ohne Preis)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Billing group %1 – %2</source>
        <translation>Abrechnungsgruppe %1 – %2</translation>
    </message>
    <message>
        <source>Channel %1 – %2</source>
        <translation>Kanal %1 – %2</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>one per channel and product</source>
        <translation>eine je Kanal und Produkt</translation>
    </message>
    <message>
        <source>one per product and currency</source>
        <translation>eine je Produkt und Währung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Business time zone</source>
        <translation>Geschäftszeitzone</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>previous period %1 – %2</source>
        <translation>Vorperiode %1 – %2</translation>
    </message>
    <message>
        <source>same period last year %1 – %2</source>
        <translation>Vorjahreszeitraum %1 – %2</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Currency rule</source>
        <translation>Währungsregel</translation>
    </message>
    <message>
        <source>amounts in different currencies are never added; spend is rounded half to even to the currency&apos;s minor unit once per line; totals are per currency</source>
        <translation>Beträge in verschiedenen Währungen werden nie addiert; Kosten werden je Zeile einmal kaufmännisch auf gerade (half to even) auf die kleinste Einheit der Währung gerundet; Summen gibt es je Währung</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>some values have more than 15 significant digits, more than a spreadsheet holds: they are shown scaled, with the exact value in the column beside</source>
        <translation>einige Werte haben mehr als 15 signifikante Stellen, mehr als eine Tabellenkalkulation fasst: sie werden skaliert gezeigt, mit dem exakten Wert in der Spalte daneben</translation>
    </message>
</context>
<context>
    <name>cs::ReportXlsx</name>
    <message>
        <source>cannot add the sheet %1</source>
        <translation>das Blatt %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>die Arbeitsmappe kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cs::Run</name>
    <message>
        <source>no channel code given</source>
        <translation>kein Kanalcode angegeben</translation>
    </message>
    <message>
        <source>no billing group code given</source>
        <translation>kein Code einer Abrechnungsgruppe angegeben</translation>
    </message>
    <message>
        <source>the report range needs a valid first and last date</source>
        <translation>der Berichtszeitraum braucht ein gültiges erstes und letztes Datum</translation>
    </message>
    <message>
        <source>the first date %1 is after the last date %2</source>
        <translation>das erste Datum %1 liegt nach dem letzten Datum %2</translation>
    </message>
    <message>
        <source>the usage rollups are kept in the business time zone %1, not in %2</source>
        <translation>die Nutzungsverdichtungen liegen in der Geschäftszeitzone %1 vor, nicht in %2</translation>
    </message>
    <message>
        <source>unknown billing group &quot;%1&quot;</source>
        <translation>unbekannte Abrechnungsgruppe „%1“</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>unbekannter Kanal „%1“</translation>
    </message>
    <message>
        <source>usage sum out of range</source>
        <translation>Nutzungssumme außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>a report amount is beyond 38 digits</source>
        <translation>ein Berichtsbetrag hat mehr als 38 Stellen</translation>
    </message>
    <message>
        <source>no %1 rate for product %2 (%3) in channel %4 (%5) on %6: its spend is left empty</source>
        <translation>kein Tarif in %1 für Produkt %2 (%3) in Kanal %4 (%5) am %6: seine Kosten bleiben leer</translation>
    </message>
</context>
<context>
    <name>cs::SaveFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the data was not written</source>
        <translation>die Daten wurden nicht geschrieben</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cs::Schema</name>
    <message>
        <source>the database has schema version %1, but this ChannelScope knows only up to version %2; use a newer ChannelScope</source>
        <translation>die Datenbank hat die Schemaversion %1, dieses ChannelScope kennt nur Versionen bis %2; verwenden Sie ein neueres ChannelScope</translation>
    </message>
    <message>
        <source>the file is not a ChannelScope database (it holds tables of another application); it was left unchanged</source>
        <translation>die Datei ist keine ChannelScope-Datenbank (sie enthält Tabellen einer anderen Anwendung); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>migration %1: %2</source>
        <translation>Migration %1: %2</translation>
    </message>
    <message>
        <source>the database needs migration from schema version %1 to %2</source>
        <translation>die Datenbank muss von Schemaversion %1 auf %2 migriert werden</translation>
    </message>
    <message>
        <source>%1, but role %2 lacks the CREATE privilege on schema %3; run one command as the database owner first (see README, Databases)</source>
        <translation>%1, aber der Rolle %2 fehlt das Recht CREATE auf dem Schema %3; führen Sie zuerst einen Befehl als Eigentümer der Datenbank aus (siehe README, Databases)</translation>
    </message>
    <message>
        <source>%1, but role %2 does not own the tables (owner: %3), and only their owner may alter them; run one command as %3 first (see README, Databases)</source>
        <translation>%1, aber die Tabellen gehören nicht der Rolle %2 (Eigentümer: %3), und nur ihr Eigentümer darf sie ändern; führen Sie zuerst einen Befehl als %3 aus (siehe README, Databases)</translation>
    </message>
    <message>
        <source>another process is migrating the database: %1</source>
        <translation>ein anderer Prozess migriert gerade die Datenbank: %1</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>die Migration %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>Migration %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>cs::ScopeTreeModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Channel %1 (%2), billed in %3</source>
        <translation>Kanal %1 (%2), abgerechnet in %3</translation>
    </message>
    <message numerus="yes">
        <source>Billing group %1 (%2): %n channel(s)</source>
        <translation>
            <numerusform>Abrechnungsgruppe %1 (%2): %n Kanal</numerusform>
            <numerusform>Abrechnungsgruppe %1 (%2): %n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>(no billing group)</source>
        <translation>(keine Abrechnungsgruppe)</translation>
    </message>
    <message>
        <source>Channels in no billing group</source>
        <translation>Kanäle ohne Abrechnungsgruppe</translation>
    </message>
</context>
<context>
    <name>cs::SettingsDialog</name>
    <message>
        <source>Billing Settings</source>
        <translation>Abrechnungseinstellungen</translation>
    </message>
    <message>
        <source>Type to search, e.g. Berlin</source>
        <translation>Tippen zum Suchen, z. B. Berlin</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>sftp://user@host/path, or empty for no upload</source>
        <translation>sftp://benutzer@host/pfad, oder leer für keinen Upload</translation>
    </message>
    <message>
        <source>XML (.xml)</source>
        <translation>XML (.xml)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Business &amp;time zone:</source>
        <translation>Geschäfts&amp;zeitzone:</translation>
    </message>
    <message>
        <source>Export &amp;directory:</source>
        <translation>Export&amp;verzeichnis:</translation>
    </message>
    <message>
        <source>Export &amp;URL:</source>
        <translation>Export-&amp;URL:</translation>
    </message>
    <message>
        <source>Export file &amp;format:</source>
        <translation>Export-Datei&amp;format:</translation>
    </message>
    <message>
        <source>These settings are stored in the database %1 and shared with channelscope-cli and the daily billing export.</source>
        <translation>Diese Einstellungen werden in der Datenbank %1 gespeichert und mit channelscope-cli und dem täglichen Abrechnungsexport geteilt.</translation>
    </message>
    <message>
        <source>Loading the settings...</source>
        <translation>Die Einstellungen werden geladen...</translation>
    </message>
    <message>
        <source>The settings could not be loaded: %1</source>
        <translation>Die Einstellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The settings were not loaded, so nothing can be saved.</source>
        <translation>Die Einstellungen wurden nicht geladen, daher kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>Correct the marked values first.</source>
        <translation>Korrigieren Sie zuerst die markierten Werte.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert...</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Export Directory</source>
        <translation>Exportverzeichnis</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <source>Export pass&amp;word:</source>
        <translation>Export-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Credentials file:</source>
        <translation>&amp;Zugangsdatei:</translation>
    </message>
    <message>
        <source>Kept in the system keychain for this server and user, never in the database. channelscope-cli and the export service read CHANNELSCOPE_EXPORT_PASSWORD or the credentials file instead.</source>
        <translation>Wird für diesen Server und Benutzer im Schlüsselbund des Systems aufbewahrt, nie in der Datenbank. channelscope-cli und der Export-Dienst lesen stattdessen CHANNELSCOPE_EXPORT_PASSWORD oder die Zugangsdatei.</translation>
    </message>
    <message>
        <source>Storing the password in the system keychain...</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert …</translation>
    </message>
    <message>
        <source>The settings were saved, but the password was not: the system keychain refused it (%1). It is never written to the database; for exports set CHANNELSCOPE_EXPORT_PASSWORD or a credentials file (mode 0600) instead.</source>
        <translation>Die Einstellungen wurden gespeichert, das Passwort aber nicht: der Schlüsselbund des Systems hat es abgelehnt (%1). In die Datenbank wird es nie geschrieben; setzen Sie für Exporte stattdessen CHANNELSCOPE_EXPORT_PASSWORD oder eine Zugangsdatei (Modus 0600).</translation>
    </message>
    <message>
        <source>Display on this computer</source>
        <translation>Anzeige auf diesem Computer</translation>
    </message>
    <message>
        <source>Usage is rounded to this many decimals on screen, without trailing zeros; bytes show as KB, MB, GB and TB of 1000 each. Tooltips, copies and CSV files keep the exact value.</source>
        <translation>Die Nutzung wird auf dem Bildschirm auf so viele Nachkommastellen gerundet, ohne Nullen am Ende; Bytes erscheinen als KB, MB, GB und TB zu je 1000. Tooltips, Kopien und CSV-Dateien behalten den genauen Wert.</translation>
    </message>
    <message>
        <source>Usage &amp;decimals:</source>
        <translation>&amp;Nachkommastellen der Nutzung:</translation>
    </message>
</context>
<context>
    <name>cs::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>Commit nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>cs::TrendChartWidget</name>
    <message>
        <source>Spend per product in one currency, or the usage of one product</source>
        <translation>Kosten je Produkt in einer Währung oder die Nutzung eines Produkts</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Spend per product in %1</source>
        <translation>Kosten je Produkt in %1</translation>
    </message>
    <message>
        <source>Usage of %1 – %2 (%3)</source>
        <translation>Nutzung von %1 – %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Stacked daily spend; the %n largest products, the rest as &quot;Other&quot;. Click a legend entry to hide it.</source>
        <translation>
            <numerusform>Gestapelte tägliche Kosten; das größte Produkt, der Rest als „Sonstige“. Klicken Sie auf einen Legendeneintrag, um ihn auszublenden.</numerusform>
            <numerusform>Gestapelte tägliche Kosten; die %n größten Produkte, der Rest als „Sonstige“. Klicken Sie auf einen Legendeneintrag, um ihn auszublenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily usage in %1.</source>
        <translation>Tägliche Nutzung in %1.</translation>
    </message>
    <message>
        <source>No usage in this range</source>
        <translation>Keine Nutzung in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>Geschäftstag</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>Kosten (%1)</translation>
    </message>
    <message>
        <source>Usage (%1)</source>
        <translation>Nutzung (%1)</translation>
    </message>
    <message>
        <source>All shown products</source>
        <translation>Alle gezeigten Produkte</translation>
    </message>
    <message>
        <source>One day: see the Products tab for its figures.</source>
        <translation>Ein einzelner Tag: Seine Zahlen stehen im Reiter Produkte.</translation>
    </message>
    <message>
        <source>One day: see the Products tab</source>
        <translation>Ein einzelner Tag: siehe Reiter Produkte</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>genau %1</translation>
    </message>
</context>
<context>
    <name>cs::Upsert</name>
    <message>
        <source>cannot update the usage rollups: %1</source>
        <translation>die Nutzungsverdichtungen können nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>cs::UsagePage</name>
    <message>
        <source>Search channels and billing groups</source>
        <translation>Kanäle und Abrechnungsgruppen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Channels and billing groups</source>
        <translation>&amp;Kanäle und Abrechnungsgruppen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running report (Esc)</source>
        <translation>Den laufenden Bericht anhalten (Esc)</translation>
    </message>
    <message>
        <source>Filter products (Ctrl+F)</source>
        <translation>Produkte filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Double-click a product to see its accounts</source>
        <translation>Doppelklicken Sie auf ein Produkt, um seine Konten zu sehen</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Produkte</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>Kanä&amp;le</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Mix</source>
        <translation>&amp;Mix</translation>
    </message>
    <message>
        <source>Spend per channel of a billing group</source>
        <translation>Kosten je Kanal einer Abrechnungsgruppe</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Report</source>
        <translation>Bericht a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Accounts of Product…</source>
        <translation>&amp;Konten des Produkts…</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter Products</source>
        <translation>Produkte &amp;filtern</translation>
    </message>
    <message>
        <source>Find &amp;Channel or Billing Group</source>
        <translation>&amp;Kanal oder Abrechnungsgruppe suchen</translation>
    </message>
    <message>
        <source>Report canceled.</source>
        <translation>Bericht abgebrochen.</translation>
    </message>
    <message>
        <source>Report canceled</source>
        <translation>Bericht abgebrochen</translation>
    </message>
    <message>
        <source>Loading channels…</source>
        <translation>Kanäle werden geladen…</translation>
    </message>
    <message>
        <source>Cannot read the channels: %1</source>
        <translation>Die Kanäle können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No channels</source>
        <translation>Keine Kanäle</translation>
    </message>
    <message numerus="yes">
        <source>%n billing group(s), %1 channel(s)</source>
        <translation>
            <numerusform>%n Abrechnungsgruppe, %1 Kanäle</numerusform>
            <numerusform>%n Abrechnungsgruppen, %1 Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>This database has no channels yet. Import a dataset with channelscope-cli import, or open the demo database.</source>
        <translation>Diese Datenbank hat noch keine Kanäle. Importieren Sie einen Datensatz mit channelscope-cli import, oder öffnen Sie die Demodatenbank.</translation>
    </message>
    <message>
        <source>Computing %1, %2 – %3…</source>
        <translation>%1 wird berechnet, %2 – %3…</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>Der Bericht konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Es gibt noch keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Select rows in the table to copy them.</source>
        <translation>Markieren Sie Zeilen in der Tabelle, um sie zu kopieren.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no report to save a chart of.</source>
        <translation>Es gibt keinen Bericht, dessen Diagramm gespeichert werden könnte.</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The picture was not saved: %1</source>
        <translation>Das Bild wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Ver&amp;gleichen mit:</translation>
    </message>
    <message>
        <source>The comparison could not be computed: %1</source>
        <translation>Der Vergleich konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>wird verglichen…</translation>
    </message>
    <message>
        <source>no comparison chosen</source>
        <translation>kein Vergleich gewählt</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Vorjahreszeitraum</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>What the headline and the change columns compare the report with</source>
        <translation>Womit die Überschrift und die Änderungsspalten den Bericht vergleichen</translation>
    </message>
    <message>
        <source>Report canceled. Below: %1, not updated.</source>
        <translation>Bericht abgebrochen. Unten: %1, nicht aktualisiert.</translation>
    </message>
    <message>
        <source>Opening %1: reading the channels and billing groups…</source>
        <translation>%1 wird geöffnet: Kanäle und Abrechnungsgruppen werden gelesen…</translation>
    </message>
    <message>
        <source>Error: the channels could not be read.</source>
        <translation>Fehler: Die Kanäle konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Pick a channel or a billing group on the left.</source>
        <translation>Wählen Sie links einen Kanal oder eine Abrechnungsgruppe.</translation>
    </message>
    <message>
        <source>%1 Below: %2, updating…</source>
        <translation>%1 Unten: %2, wird aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1: %n line(s).</source>
        <translation>
            <numerusform>Angezeigt: %1, %n Zeile.</numerusform>
            <numerusform>Angezeigt: %1, %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: the report could not be computed. Below: %1, not updated.</source>
        <translation>Fehler: Der Bericht konnte nicht berechnet werden. Unten: %1, nicht aktualisiert.</translation>
    </message>
    <message>
        <source>Error: the report could not be computed.</source>
        <translation>Fehler: Der Bericht konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>No database is open. Use File › Open Connection (Ctrl+O).</source>
        <translation>Keine Datenbank geöffnet. Verwenden Sie Datei › Verbindung öffnen (Strg+O).</translation>
    </message>
    <message>
        <source>Creating the demo database… %1 %</source>
        <translation>Die Demodatenbank wird angelegt… %1 %</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>Spend in %1</source>
        <translation>Kosten in %1</translation>
    </message>
    <message>
        <source>Usage in %1</source>
        <translation>Nutzung in %1</translation>
    </message>
    <message>
        <source>(1 KB = 1000 bytes)</source>
        <translation>(1 KB = 1000 Bytes)</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>Mix: spend by product and channel in %1</source>
        <translation>Mix: Kosten je Produkt und Kanal in %1</translation>
    </message>
    <message>
        <source>Billing group</source>
        <translation>Abrechnungsgruppe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>%1 – %2, business days in the time zone %3</source>
        <translation>%1 – %2, Geschäftstage in der Zeitzone %3</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Usage and spend: %1 %2</source>
        <translation>Nutzung und Kosten: %1 %2</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 – %2 (business days)</source>
        <translation>%1 – %2 (Geschäftstage)</translation>
    </message>
    <message>
        <source>Business time zone</source>
        <translation>Geschäftszeitzone</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation>Produktfilter</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>ChannelScope %1</source>
        <translation>ChannelScope %1</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>There is no report to print yet.</source>
        <translation>Es gibt noch keinen Bericht zum Drucken.</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter (*.pdf)</source>
        <translation>PDF, US-Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>Die PDF-Datei wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Usage and spend %1</source>
        <translation>Nutzung und Kosten %1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>the printer %1 reported an error</source>
        <translation>der Drucker %1 hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>The report was not printed: %1</source>
        <translation>Der Bericht wurde nicht gedruckt: %1</translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <translation>%1 an %2 gesendet</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the products of the report as shown: CSV for machines, CSV for Excel or an Excel workbook (Ctrl+E)</source>
        <translation>Die Produkte des Berichts wie angezeigt speichern: CSV für Programme, CSV für Excel oder eine Excel-Arbeitsmappe (Strg+E)</translation>
    </message>
    <message>
        <source>Export Report by C&amp;hannel…</source>
        <translation>Bericht nach Ka&amp;nal exportieren…</translation>
    </message>
    <message>
        <source>Export Report by Channel</source>
        <translation>Bericht nach Kanal exportieren</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Der Bericht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Report recipes (*.json)</source>
        <translation>Berichtsvorlagen (*.json)</translation>
    </message>
    <message>
        <source>Open Report &amp;Recipe…</source>
        <translation>Berichts&amp;vorlage öffnen…</translation>
    </message>
    <message>
        <source>Open a saved report definition: scope, range rule, comparison, filter, sort and export format</source>
        <translation>Eine gespeicherte Berichtsdefinition öffnen: Umfang, Zeitraumregel, Vergleich, Filter, Sortierung und Exportformat</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report Recipe…</source>
        <translation>Berichtsvorlage &amp;speichern…</translation>
    </message>
    <message>
        <source>Save this report&apos;s definition to run it again here or with channelscope-cli report --recipe</source>
        <translation>Die Definition dieses Berichts speichern, um ihn hier oder mit channelscope-cli report --recipe wieder zu erstellen</translation>
    </message>
    <message>
        <source>Recent Re&amp;cipes</source>
        <translation>&amp;Zuletzt verwendete Vorlagen</translation>
    </message>
    <message>
        <source>No recipes yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>this database has no channel &quot;%1&quot;</source>
        <translation>diese Datenbank hat keinen Kanal „%1“</translation>
    </message>
    <message>
        <source>this database has no billing group &quot;%1&quot;</source>
        <translation>diese Datenbank hat keine Abrechnungsgruppe „%1“</translation>
    </message>
    <message>
        <source>The report recipe was not opened: %1</source>
        <translation>Die Berichtsvorlage wurde nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Opened the report recipe %1</source>
        <translation>Berichtsvorlage %1 geöffnet</translation>
    </message>
    <message>
        <source>Pick a channel or billing group first.</source>
        <translation>Wählen Sie zuerst einen Kanal oder eine Abrechnungsgruppe.</translation>
    </message>
    <message>
        <source>Open Report Recipe</source>
        <translation>Berichtsvorlage öffnen</translation>
    </message>
    <message>
        <source>Save Report Recipe</source>
        <translation>Berichtsvorlage speichern</translation>
    </message>
    <message>
        <source>The report recipe was not saved: %1</source>
        <translation>Die Berichtsvorlage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the report recipe %1</source>
        <translation>Berichtsvorlage %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--scope must be channel:CODE or billing-group:CODE, not &quot;%1&quot;</source>
        <translation>--scope muss channel:CODE oder billing-group:CODE sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--%1 must be a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 muss ein Datum JJJJ-MM-TT sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation>--from und --to gehören zusammen</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from liegt nach --to</translation>
    </message>
    <message>
        <source>--tab must be one of %1</source>
        <translation>--tab muss eines von %1 sein</translation>
    </message>
    <message>
        <source>--screenshot needs --db and --scope</source>
        <translation>--screenshot braucht --db und --scope</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, for example 1280x800</source>
        <translation>--size muss BREITExHÖHE sein, zum Beispiel 1280x800</translation>
    </message>
    <message>
        <source>cannot write the screenshot %1: %2</source>
        <translation>das Bildschirmfoto %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>screenshot %1 (%2x%3)</source>
        <translation>Bildschirmfoto %1 (%2x%3)</translation>
    </message>
    <message>
        <source>no report within %1 s</source>
        <translation>kein Bericht innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the database has no %1 &quot;%2&quot;</source>
        <translation>die Datenbank hat keine(n) %1 „%2“</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>billing group</source>
        <translation>Abrechnungsgruppe</translation>
    </message>
    <message>
        <source>Channel usage and spend reports</source>
        <translation>Nutzungs- und Kostenberichte je Kanal</translation>
    </message>
    <message>
        <source>The database to open: a file path, sqlite:///path or postgresql://user@host:port/dbname.</source>
        <translation>Die zu öffnende Datenbank: ein Dateipfad, sqlite:///pfad oder postgresql://benutzer@host:port/dbname.</translation>
    </message>
    <message>
        <source>Select a channel or billing group and run its report: channel:CODE or billing-group:CODE.</source>
        <translation>Einen Kanal oder eine Abrechnungsgruppe wählen und den Bericht berechnen: channel:CODE oder billing-group:CODE.</translation>
    </message>
    <message>
        <source>KIND:CODE</source>
        <translation>ART:CODE</translation>
    </message>
    <message>
        <source>First business day of the range (YYYY-MM-DD), with --to.</source>
        <translation>Erster Geschäftstag des Zeitraums (JJJJ-MM-TT), mit --to.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Last business day of the range (YYYY-MM-DD), with --from.</source>
        <translation>Letzter Geschäftstag des Zeitraums (JJJJ-MM-TT), mit --from.</translation>
    </message>
    <message>
        <source>The result tab to show: products, channels, trend or mix.</source>
        <translation>Die anzuzeigende Ergebnisseite: products, channels, trend oder mix.</translation>
    </message>
    <message>
        <source>TAB</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <source>Save the window as a PNG file once the report of --scope is shown, then quit (exit code 1 if the report fails).</source>
        <translation>Das Fenster als PNG-Datei speichern, sobald der Bericht zu --scope angezeigt wird, dann beenden (Exit-Code 1, wenn der Bericht scheitert).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The window size, for example 1280x800.</source>
        <translation>Die Fenstergröße, zum Beispiel 1280x800.</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>BREITExHÖHE</translation>
    </message>
</context>
</TS>
