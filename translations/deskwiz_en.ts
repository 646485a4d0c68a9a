<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConnectionDraft</name>
    <message>
        <source>Give the endpoint URL, e.g. https://workspace.cn-north-4.myhuaweicloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL: it needs a scheme and a host, e.g. https://workspace.cn-north-4.myhuaweicloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM endpoint cannot be derived from this endpoint: give it, e.g. https://iam.cn-north-4.myhuaweicloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project ID: it will be taken from the IAM token of the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project ID (My Credentials → Projects in the console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project ID has spaces in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token (X-Auth-Token) to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account (domain) name of the IAM user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the IAM user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the IAM user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the access key ID (AK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the secret access key (SK).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the desktops are created and how you log in. Secrets stay in memory and are never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region of the Workspace service; choosing one fills in its endpoints, which you can still change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An https URL (plain http only for this computer, e.g. the sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the project in the region (no spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token you already have, an IAM user and password, or an access key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IAM token (X-Auth-Token), valid for 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acco&amp;unt (domain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account the IAM user belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM user&apos;s password (kept in memory only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the Workspace endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IA&amp;M endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the IAM URL; empty means the one of the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key (kept in memory only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in and read the service configuration, without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host of this region is not certain (%1 or %2): check the endpoint and change it if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopIpListModel</name>
    <message>
        <source>IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed IPv4 address for a desktop, e.g. 192.168.0.10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>Dedicated: one user a desktop (DEDICATED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: several users a desktop (SHARED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold (public image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private (your image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>market (Marketplace image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of desktop, where, with which package and which image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s default zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LITE_AD (the service&apos;s own domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCAL_AD (your Active Directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: DEDICATED or SHARED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, up to 255 characters; empty means the service&apos;s default zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product (package):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the package ID, e.g. workspace.c2.large.windows.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: gold (public) or private; market is accepted with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ima&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s OS: it decides the user groups and the user name length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory of the Workspace service: it decides the user name rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopProgressModel</name>
    <message>
        <source>(pool desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User / desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED (resubmitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed without a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopTableModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, - and _; starts with a letter (LITE_AD) or a letter or digit (LOCAL_AD); up to 20 characters (Windows) or 32 (Linux, LOCAL_AD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a mobile number, digits with an optional leading +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: administrators or users (Windows), sudo or default (Linux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: 1-15 letters, digits or -, starting with a letter or digit, not ending with -; unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the name inside the OS, 1-15 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: used when no computer name is given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftTableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets, security groups, fixed IPs and public access. Everything here is optional: empty lists use the service&apos;s defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed desktop IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interfaces (subnets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1; the first is the primary NIC; none: the service&apos;s default subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1; none: the service&apos;s desktop security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 IPv4 addresses, one a desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP (public access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind an e&amp;xisting elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ne&amp;w elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of an elastic IP that is not bound yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charge mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By traffic or by bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared VPC &amp;Direct Connect (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a Workspace service in a shared VPC that reaches your network over Direct Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Direct Connect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct Connect availability zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 availability zones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NicListModel</name>
    <message>
        <source>Subnet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of a VPC subnet; at most 5 NICs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisionWizard</name>
    <message>
        <source>Create Workspace desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the request before it is sent. Activate a problem to go to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click a problem to go to its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact JSON body of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the JSON body to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the JSON body to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON body (POST /v2/{project_id}/desktops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) must be fixed before the request can be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) to read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the request is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n NIC(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the default subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the desktop security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new %1, %2, %3 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assigned: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a pool of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityGroupListModel</name>
    <message>
        <source>Security group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of a security group; at most 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedVpcZoneListModel</name>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An availability zone of the Direct Connect; at most 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system disk and any data disks of each desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: a disk type the service offers, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: %1-%2 GB, a multiple of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: at most %1 disks, each %2-%3 GB, a multiple of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Select a cell and type to edit it; F2 edits too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Elapsed: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resubmit the failed desktops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request once and follow each desktop until it is ready or has failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the request exactly once; it is never sent again automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops and their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not submitted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job id of each request sent; `deskwiz jobs JOB_ID` follows it from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new request with the same configuration for the failed desktops only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the job&apos;s progress failed (trying again): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit the failed desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create a new request for the %n failed desktop(s), with the same configuration?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The failed desktops do not exist; a new job is started for them and followed in this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a new request for the failed desktops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted as job %1. The desktops are being created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not accepted.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop was created: correct the request (Back) and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n desktop(s) were created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 created, %2 failed. See the failure reasons in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following the job: %1
The desktops may still be created; follow them with `deskwiz jobs %2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ready, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n desktop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted. Follow each desktop below; this page can be closed once all are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request still has errors: go back to the review page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent yet. The request is sent exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitSession</name>
    <message>
        <source>Polling failed (%1 in a row), trying again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n further request(s) were not sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>deskwiz: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, unique, up to 128 characters: letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 43 characters: letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <source>Tags and project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: tags for cost and search, the enterprise project, and a package billed by the hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 tags with unique keys; never any of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (the default project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enterprise project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: up to %1 letters, digits, - and _; empty means the default project (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly package &amp;product ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: given together with the offering ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly package &amp;offering ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: given together with the product ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the templates whose name or description contains this text (case does not matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved templates. A broken file is marked and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the wizard from the selected template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected template another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the selected template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected file; Undo delete brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the template deleted last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a template from any file into your templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected template to a file of your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo delete brings it back until you quit deskwiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deskwiz templates (*.deskwiz.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deskwiz templates (*.deskwiz.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each user a desktop, or create a pool of desktops not yet assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops &amp;assigned to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One desktop per row; all desktops of a request get the same configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unassigned &amp;pool of desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops that are assigned to users later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and their desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-%1 desktops a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell and type to edit it (F2 edits too); the arrow keys move between cells and Tab leaves the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of &amp;desktops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop &amp;name or prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the name (1-%1 characters) of a single desktop, or a prefix (1-%2 characters) for several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name p&amp;olicy ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a desktop name policy; an explicit name wins over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send each user an &amp;e-mail when the desktop is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email_notification: sent as you choose here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deskwiz template (*.deskwiz.json) or a bare create-desktops API body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most desktops one request may carry (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-per-request must be a whole number of at least 1; &quot;%1&quot; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a create-desktops request against every rule of the API, without sending it.
Prints one line per problem, &quot;POINTER: message&quot; (warnings as &quot;POINTER: warning: message&quot;).
Exit code: 0 valid (warnings allowed), 1 invalid, 2 usage error or unreadable file.
A template is judged in its own context unless options say otherwise; a bare body defaults to Windows and LITE_AD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktops&apos; OS: Windows or Linux (user names and groups depend on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Workspace domain type: LITE_AD (also LITE_AS) or LOCAL_AD (user names depend on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--os must be Windows or Linux; &quot;%1&quot; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--domain-type must be LITE_AD or LOCAL_AD; &quot;%1&quot; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the exact create-desktops body deskwiz would send for FILE, as indented JSON.
With --max-per-request, a request with more desktops is split into batches and a JSON array of bodies is printed.
Exit code: 0 printed, 1 the file does not parse (the problems are printed), 2 usage error or unreadable file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeEditor</name>
    <message>
        <source>Data disks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeListModel</name>
    <message>
        <source>Disk type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the disk types the service offers (e.g. SAS, SSD, GPSSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-32760 GB, a multiple of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardCommand</name>
    <message>
        <source>Opens the wizard that creates Workspace desktops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local simulator and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from this template or request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language, e.g. en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run deskwiz --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deskwiz</name>
    <message>
        <source>check a template or request body; one line per problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the exact request body (an array when batched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a request and optionally wait for its desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the progress of jobs by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the local Workspace simulator in the foreground</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
