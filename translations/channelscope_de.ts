<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChartData</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 18 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRunResult</name>
    <message>
        <source>%1 %2 run %3: %4 channels, %5 failed, %6 records, %7 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs</name>
    <message>
        <source>Usage: %1 COMMAND [OPTIONS]

Channel usage and spend reports and the daily billing export.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;%1 COMMAND --help&quot; for the options of a command.
Exit codes: 0 success, 1 runtime error, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &quot;%2 --help&quot; for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the usage rollups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel code &quot;%1&quot; cannot be used as a folder name (it must match [A-Za-z0-9_.-]{1,64} and not be . or ..); nothing was written for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::AccountTableModel</name>
    <message>
        <source>No rate applies to some of this usage, so there is no spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::BreakdownDialog</name>
    <message>
        <source>Accounts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2, %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the accounts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ChannelTableModel</name>
    <message>
        <source>Incomplete: some products of this channel have usage without a rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the billing group&apos;s spend in the same currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products with usage in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most accounts of any one product of the channel (an account that uses several products is counted once here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::CommandContext</name>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a file path, sqlite:///path, or postgresql://user@host:port/dbname?sslmode=MODE (password from PGPASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ConfigCommand</name>
    <message>
        <source>Show or change the settings shared by the GUI, the CLI and the export job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting to show or change; without it, all settings are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments; expected [KEY [VALUE]]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::Configuration</name>
    <message>
        <source>IANA time zone in which business days start (reports and the export job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder in which the daily billing export writes its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the export uploads its files: sftp://, ftp://, ftps://, https://, file:// or empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file format of the daily billing export: xml or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; use an IANA id such as UTC or Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; known settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export.directory must be an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export.URL must be an sftp://, ftp://, ftps://, https://, http:// or file:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export.URL names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export.fileExtension must be xml or csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::Connection</name>
    <message>
        <source>the Qt %1 driver is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ConnectionDialog</name>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a connection to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .sqlite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file that does not exist yet becomes a new, empty ChannelScope database when you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable: never use SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow: SSL if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer: SSL if the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require: always SSL, no certificate check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify CA: SSL with a trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify full: SSL, trusted certificate, host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host name or address of the PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not writable: a new database cannot be created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist yet: Open creates a new, empty database there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the password is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was opened, but its password could not be stored in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already: it is opened as it is, not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::CsvFileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::DatabaseUrl</name>
    <message>
        <source>no database given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sqlite URL names no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the PostgreSQL password in PGPASSWORD, not in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL URL must name one database, as in postgresql://user@host:5432/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sslmode &quot;%1&quot;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown PostgreSQL URL parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database URL scheme in &quot;%1&quot;; use a file path, sqlite:///path or postgresql://user@host:port/dbname</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::DateRangeSelector</name>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First business day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last business day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business days in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days start at 00:00 in the business time zone %1 (%2); change it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::DemoCommand</name>
    <message>
        <source>Create a deterministic demo dataset of about one year and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplies the number of accounts (%1 per unit, about 500,000 usage records a year); default 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator; the same seed, scale and end date give the same data. Default 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day with data (YYYY-MM-DD); default: yesterday in the business time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only write the dataset folder (in the import format) to DIR and import nothing. With --db, the database&apos;s business time zone is used, otherwise UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 10000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3 accounts in %4 channels, %5 usage records, %6 statements, %7 invoices with %8 items, %9 payments and credits, %10 payment failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; written to %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo data was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; written in %1, imported in %2, %3 in total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::DemoGenerator</name>
    <message>
        <source>the scale must be between 1 and 10000, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of days must be between 1 and 3660, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the business time zone is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ExportCommand</name>
    <message>
        <source>Run the daily billing export for a date, or catch up on missed dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business date to export (YYYY-MM-DD); default: yesterday in the business time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every date not exported yet, up to yesterday, oldest first, each as its own run. Starts at --since, else at the date of the earliest document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --catch-up: the first date to consider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export (or re-send) only this channel; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides export.directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides export.URL (&quot;&quot; for no upload). Prefer CHANNELSCOPE_EXPORT_PASSWORD to a password in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides export.fileExtension: xml or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the run as started by the schedule (the systemd timer) rather than a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload attempts per file (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds before the first retry, doubled each time (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only list the dates that are not exported (from --since or the earliest document up to yesterday) and the last exported date; export nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date and --catch-up exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--catch-up exports whole dates; it takes no --channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retries must be 1 to 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry-delay must be 0 to 600000 milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last exported date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to catch up: every date from %1 to %2 is exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channelscope-cli export: channel %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ExportDestination</name>
    <message>
        <source>export URL %1 is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export URL %1: unsupported scheme &quot;%2&quot;; use sftp, ftp, ftps, https, http or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export URL %1 names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export URL %1 names no folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export URL %1: a key passphrase must not be written into the URL; set CHANNELSCOPE_SSH_KEY_PASSPHRASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export URL %1 names no user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export URL %1: no SSH key; set key= in the URL or CHANNELSCOPE_SSH_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export URL %1: cannot read the SSH key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export URL %1: cannot read the known hosts file %2; the server&apos;s host key must be listed there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ExportHistory</name>
    <message>
        <source>interrupted: the process that ran it (pid %1 on %2) ended before the run finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ExportJob</name>
    <message>
        <source>cannot record the export run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: its process ended before the run finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the export folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folders %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent, the destination is unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files written but not sent: the run stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written: the run stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 channels failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the manifest %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ExportLock</name>
    <message>
        <source>the export of %1 is already running in another process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export of %1 is already running: %2by %3 on %4 (pid %5) since %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the export of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ExportSource</name>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 has an unknown currency &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the export data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement %1 (account %2): net balance %3 %4 is not balance forward %5 - (payments %6 + credits %7) + new charges %8 = %9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ExportUploader</name>
    <message>
        <source>cannot start libcurl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload of %1 to %2 failed after %3 attempts: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::FirstStart</name>
    <message>
        <source>%1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the unfinished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the demo data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo data was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a demo database with one year of data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to ChannelScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::HeadlineWidget</name>
    <message>
        <source>No report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a channel or a billing group on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing with the previous period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 – %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(incomplete: usage without a rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usage in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 usage lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts (largest product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::MainWindow</name>
    <message>
        <source>ChannelScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage and spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous period could not be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. Use File › Open Connection (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search channels and billing groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channels and billing groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running report (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter products (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a product to see its accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per channel of a billing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the products of the report as CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV by C&amp;hannel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Channel or Billing Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts of Product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ChannelScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ChannelScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ChannelScope %1&lt;/b&gt;&lt;p&gt;Channel usage and spend reports.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – ChannelScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading channels and billing groups from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the channels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n billing group(s), %1 channel(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This database has no channels yet. Import a dataset with channelscope-cli import, or open the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing %1, %2 – %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report of %1 ready: %n line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV by Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select rows in the table to copy them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::MixChartWidget</name>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts of different currencies are never added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend by product (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend by channel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spend in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::PasswordStore</name>
    <message>
        <source>No password is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown keychain error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ProductTableModel</name>
    <message>
        <source>No rate applies to some of this usage, so there is no spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3; double-click for the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage in the product&apos;s unit, to 6 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the spend in the same currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts with usage of the product in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::RateBook</name>
    <message>
        <source>the rate table holds an invalid rate &quot;%1&quot; from &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ReportCommand</name>
    <message>
        <source>Write the usage and spend report of a channel or billing group as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on the channel with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on the billing group with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First business day, inclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last business day, inclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a billing group: one line per channel and product instead of merged lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone in which the days start (default: the business.timezone setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the CSV to this file (atomically) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --channel CODE or --billing-group CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 YYYY-MM-DD is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown billing group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ReportCsv</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ReportEngine</name>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown product &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report amount is beyond 38 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ReportRunner</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::Run</name>
    <message>
        <source>no channel code given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no billing group code given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report range needs a valid first and last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first date %1 is after the last date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usage rollups are kept in the business time zone %1, not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown billing group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage sum out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report amount is beyond 38 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 rate for product %2 (%3) in channel %4 (%5) on %6: its spend is left empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::Schema</name>
    <message>
        <source>the database has schema version %1, but this ChannelScope knows only up to version %2; use a newer ChannelScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::ScopeTreeModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1 (%2), billed in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Billing group %1 (%2): %n channel(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no billing group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels in no billing group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::SettingsDialog</name>
    <message>
        <source>Billing Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, e.g. Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sftp://user@host/path, or empty for no upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML (.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are stored in the database %1 and shared with channelscope-cli and the daily billing export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not loaded, so nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked values first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cs::TrendChartWidget</name>
    <message>
        <source>Spend per product in one currency, or the usage of one product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per product in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage of %1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stacked daily spend; the %n largest products, the rest as &quot;Other&quot;. Click a legend entry to hide it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Daily usage in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shown products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Channel usage and spend reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to open: a file path, sqlite:///path or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
