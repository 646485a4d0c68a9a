<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message>
        <source>Authentication failed: check the credentials; with AK/SK, check that this computer&apos;s clock is right (the gateway allows 15 minutes of difference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is throttled: wait a little and try again; deskwiz already backs off on reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body was empty or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace is not enabled for this project: subscribe to the service in the console first (or check the project id and region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop&apos;s current state does not allow this operation: wait until it is stable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computer name is empty: give each desktop a computer name, a name prefix or a name policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop got no IP address: check the subnet&apos;s free addresses and DHCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again with valid credentials; a rejected password login is never retried automatically (repeated failures lock the IAM account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The certificate is not trusted, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the request as invalid (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not accept the credentials (HTTP 401): the token is wrong or expired, or the password or AK/SK is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this (HTTP 403): check the user&apos;s permissions and the project id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not know this resource (HTTP 404): check the endpoint, the project id and the job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state (HTTP 409).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is throttling requests (HTTP 429): too many calls, try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had an internal error (HTTP %1); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with a redirect (HTTP %1), which is not followed for API calls: check the endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was refused: is the endpoint right and the service reachable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found: check the endpoint URL and the network (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the system proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were rejected. A token may have expired or be for another project or region: get a new one. After a password login, check the project ID and the region. With AK/SK, check the key pair and this computer&apos;s clock (five failures in a row lock the AK for 5 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was rejected: it has expired (a token lasts 24 hours) or it is for another project or region. Get a new token for this project and region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of the password login was rejected: check that the project ID belongs to this region and that the IAM endpoint is the region&apos;s. The next call logs in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AK/SK signature was rejected: check the access key and the secret key, and that this computer&apos;s clock is right. Five failures in a row lock the AK for 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1 UTC (by this computer&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktops may have been created anyway, but no job id came back. Before sending the request again, look for them: in the Workspace console&apos;s desktop list, desktops of these users created %1; or the project&apos;s sub-jobs of type createDesktops begun %1 (GET /v2/{project_id}/workspace-sub-jobs?job_type=createDesktops; their begin_time is UTC). A job found that way can be followed with `deskwiz jobs JOB_ID`. Send again only the desktops that are not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timed out: its answer was not complete in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 timed out: its answer was not complete in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuiltInSandbox</name>
    <message>
        <source>The built-in sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>warning: %1</source>
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
        <source>--os must be Windows or Linux; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--domain-type must be LITE_AD (also spelt LITE_AS) or LOCAL_AD; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deskwiz: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The endpoint URL is missing or not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project id is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM account (domain) name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM user name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IAM password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither a project id nor a region is known to scope the IAM login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM endpoint is missing and cannot be derived from the endpoint; give it explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access key (AK) was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret key (SK) was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>The IAM user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the Workspace endpoint</source>
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
    <message>
        <source>Built-in sandbox (simulator, no cloud account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulator on this computer; nothing is created in a cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox is a simulator on this computer; nothing is created in a cloud and no cloud account is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answers at %1; its project ID and token are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the desktops are created and how you log in. Secrets never go into a file: they stay in memory, or in your system keychain if you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM user&apos;s password (never in a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key (never in a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM u&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security to&amp;ken (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary credentials: the security token that came with the AK/SK (sent as X-Security-Token; never in a file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfileBar</name>
    <message>
        <source>A saved connection: choosing one fills in the fields below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name to save this connection under (no secret is saved with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the connection above under the name, replacing a profile of the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen profile and its remembered secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token, password or SK in the operating system&apos;s keychain; never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the secret of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret came from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was remembered for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is remembered for &quot;%1&quot;: type it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; saving the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; the secret is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the secret in the s&amp;ystem keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save&amp;d connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is remembered for &quot;%1&quot;, and there is no keychain on this system to keep one: type it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; its secret is not remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; without a secret: none is typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; with no keychain on this system, its secret is remembered for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; its secret is remembered for this session only, because the keychain failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret remembered for &quot;%1&quot; could not be forgotten: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <source>A connection profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;auth&quot; is &quot;%1&quot;; it must be &quot;token&quot;, &quot;password&quot; or &quot;aksk&quot;.</source>
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
    <message>
        <source>Optional, up to %1 characters; empty means the service&apos;s default zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
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
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS host name</source>
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
    <message>
        <source>%1 (Windows) or %2 (Linux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; starts with a letter (LITE_AD) or a letter or digit (LOCAL_AD); up to %2 characters with LITE_AD, %3 with LOCAL_AD, and up to %4 on Windows, %5 on Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a mobile number of %1 to %2 digits with an optional leading +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: 1-%1 letters, digits or -, starting with a letter or digit, not ending with -; unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the name inside the OS, 1-%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftTableEditor</name>
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
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row at the end (%1 in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row (%1 in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row up (%1 in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row down (%1 in the table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftTableModel</name>
    <message>
        <source>letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobWatcher</name>
    <message numerus="yes">
        <source>Gave up waiting: the jobs were still running after %n minute(s). Check them later with `deskwiz jobs`.</source>
        <translation>
            <numerusform>Gave up waiting: the jobs were still running after %n minute. Check them later with `deskwiz jobs`.</numerusform>
            <numerusform>Gave up waiting: the jobs were still running after %n minutes. Check them later with `deskwiz jobs`.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up waiting: the service listed no desktop of job %1 in %n second(s). Check the job id and the project.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveConnection</name>
    <message>
        <source>Could not log in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in, but reading the Workspace service failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the Workspace service is enabled in project %1 (domain type %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Workspace service is not enabled in project %1 (status %2): subscribe to it in the console first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1; the token stays in memory, expires at %2 and is renewed before then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupLoader</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min. disk %1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 + %n digit(s) from %3)</source>
        <translation>
            <numerusform>%1 (%2 + %n digit from %3)</numerusform>
            <numerusform>%1 (%2 + %n digits from %3)</numerusform>
        </translation>
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
        <source>By traffic or by bandwidth</source>
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
    <message>
        <source>No &amp;elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harge mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;andwidth:</source>
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
        <source>The id of a VPC subnet; at most %1 NICs</source>
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
    <message>
        <source>Desktops are being created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent and the desktops are still being created. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing does not stop the job. Follow it later with `deskwiz jobs %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard and discard what you entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent. To keep the request for later, cancel and save it as a template on the Review page.</source>
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
    <name>RequestCodec</name>
    <message>
        <source>Must be %1; found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number from %1 to %2; %3 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number from %1 to %2; %3 is too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between two members or &apos;}&apos; to close the object (member names go in double quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; between a member name and its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between two items or &apos;]&apos; to close the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between two items of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value: a &quot;string&quot; in double quotes, a number, true, false, null, an object {...} or a list [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected more after this number: the file ends too early (is a closing &apos;}&apos; or &apos;]&apos; missing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number such as 80, -3 or 2.5 (no &apos;+&apos; sign, no leading zeros; text goes in double quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected \&quot;, \\, \/, \b, \f, \n, \r, \t or \uXXXX after a backslash in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected UTF-8 text in the string: save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a closing &apos;&quot;&apos; at the end of the string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value after &apos;:&apos; or &apos;,&apos; (JSON allows no comma before &apos;}&apos; or &apos;]&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected fewer objects and lists inside each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a smaller file: this one is too large to read as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the end of the file after the last &apos;}&apos; (is there an extra bracket or text after it?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is out of range: too large, or too close to zero, to be read (the numbers of a request are whole numbers such as 80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestFile</name>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;context&quot; must be an object such as {&quot;os_type&quot;: &quot;Windows&quot;, &quot;domain_type&quot;: &quot;LITE_AD&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file holds %2, not a JSON object (a request body, a deskwiz template or a test case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request body never holds a secret (token, password or SK): remove this member; deskwiz takes secrets from the environment or the keychain only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
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
        <translation>
            <numerusform>%n error must be fixed before the request can be sent.</numerusform>
            <numerusform>%n errors must be fixed before the request can be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) to read.</source>
        <translation>
            <numerusform>No errors; %n warning to read.</numerusform>
            <numerusform>No errors; %n warnings to read.</numerusform>
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
    <message>
        <source>the default subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
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
        <translation>
            <numerusform>%n assigned: %1</numerusform>
            <numerusform>%n assigned: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a pool of %n</source>
        <translation>
            <numerusform>a pool of %n</numerusform>
            <numerusform>a pool of %n</numerusform>
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
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
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
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed desktop IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: assigned by the subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared VPC Direct Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2; zones: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop name or prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: from the name policy or the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1, offering %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Example calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the local Workspace simulator on 127.0.0.1 until Ctrl-C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port to listen on (default: a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a create job takes from WAITING to its end (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> -&gt; held, never answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> -&gt; answer delayed by %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deskwiz sandbox: a local Workspace simulator (not the real service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL (Workspace and IAM endpoint): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox-only credentials: they open nothing but this simulator, so printing them is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  project id:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  project name:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  X-Auth-Token:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  AK / SK:       %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  IAM domain:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  IAM user:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  IAM password:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop for a user whose name starts with &quot;fail&quot; ends FAILED. Ctrl-C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s domain type: LITE_AD (default; the API spells it LITE_AS) or LOCAL_AD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deskwiz sandbox: unexpected argument &apos;%1&apos;; it takes only options (see deskwiz sandbox --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a whole number from 0 to 65535 (0: a free one); &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--job-seconds must be a number of seconds from 0 to %1; &quot;%2&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--domain-type must be LITE_AD (also spelt LITE_AS) or LOCAL_AD; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Leave out the &amp;users and desktop IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name to find the template by; it must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what the template is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the configuration only; the users and IPs are typed or imported for each run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (token, password, SK) are never saved in a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template called &quot;%1&quot; exists already. Press Replace to overwrite it, or change the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret is saved for the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system; the secret will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1); the secret was not read or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed (%1); the secret was not read or saved.</source>
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
        <source>The id of a security group; at most %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>No secret is remembered for the profile &quot;%1&quot; in this session.</source>
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
        <source>An availability zone of the Direct Connect; at most %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmallFileReader</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than %1, the most deskwiz reads from a request or template file; is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillNeededNote</name>
    <message>
        <source>Still needed: %1</source>
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
    <name>SubmitCommand</name>
    <message>
        <source>The project id (a password login can find it from the region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region, e.g. cn-north-4: scopes a password login when no project id is given (default: from the endpoint host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM endpoint of a password login (default: derived from the endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the jobs until every desktop is ready or has failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds before the first job poll (default 2000); later polls back off to 15000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot; (none is saved); save one from the wizard&apos;s connection page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;; the saved ones are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no endpoint; give --endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be token, password or aksk, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth token needs the token in the environment variable DESKWIZ_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth password needs DESKWIZ_IAM_DOMAIN, DESKWIZ_IAM_USER and DESKWIZ_IAM_PASSWORD in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; logs in with a password but has no IAM domain or user; set DESKWIZ_IAM_DOMAIN and DESKWIZ_IAM_USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth aksk needs DESKWIZ_AK and DESKWIZ_SK in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; logs in with AK/SK but has no AK; set DESKWIZ_AK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the secret of the profile &quot;%1&quot; cannot be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 in the environment, or save the secret of the profile &quot;%2&quot; in the system keychain from the wizard&apos;s connection page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deskwiz: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling failed (%1 in a row), trying again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n further request(s) were not sent.</source>
        <translation>
            <numerusform>%n further request was not sent.</numerusform>
            <numerusform>%n further requests were not sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the desktops of the jobs JOB_ID...; with --wait, follow them until every desktop is ready or has failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job ids to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one JOB_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a line break or another control character, which cannot be sent; set it to the value alone (the value is not shown here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of the profile &quot;%1&quot; in the system keychain contains a line break or another control character, which cannot be sent; save it again from the wizard&apos;s connection page, or set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from %1 to %2; &quot;%3&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The job(s) %1 may still be running. Follow them again with the same DESKWIZ_ environment variables:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>job %1 not found: the service lists no desktop of it. Check the job id, and that --endpoint and --project-id (or --region, --profile) are those it was submitted with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect as the saved connection profile NAME (saved from the wizard&apos;s connection page) instead of a template&apos;s own connection; the options below override its settings. Its secret comes from the environment variable of the login kind, else from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Workspace endpoint URL, e.g. https://workspace.cn-north-4.myhuaweicloud.com (default: the profile&apos;s, else the template&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to log in: token (DESKWIZ_TOKEN), password (DESKWIZ_IAM_DOMAIN, DESKWIZ_IAM_USER, DESKWIZ_IAM_PASSWORD) or aksk (DESKWIZ_AK, DESKWIZ_SK, optional DESKWIZ_SECURITY_TOKEN). Default: the profile&apos;s, else the template&apos;s, else token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds each request may take as a whole, its answer included (default 30); one still running then ends as timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak HTTP/1.1 only, for a proxy or gateway that mishandles HTTP/2 (the environment variable DESKWIZ_NO_HTTP2=1 does the same, for the wizard too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the create-desktops request in FILE (a template, a bare API body or a test case) and print the job id; with --wait, follow it until every desktop is ready or has failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deskwiz: job %1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-interval must be a whole number of milliseconds, 1 or more; &quot;%1&quot; is not.</source>
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
        <translation>
            <numerusform>Create a new request for the %n failed desktop, with the same configuration?</numerusform>
            <numerusform>Create a new request for the %n failed desktops, with the same configuration?</numerusform>
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
        <translation>
            <numerusform>The %n desktop was created.</numerusform>
            <numerusform>All %n desktops were created.</numerusform>
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
    <message>
        <source>Cop&amp;y job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit the &amp;failed desktops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look for the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the recent jobs of the service and follows this request&apos;s job if the service accepted it; sends nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a confirmation: change and send the request again, knowing that the desktops may already exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came to the request.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktops may have been created. Look for the job before sending the request again, or check the desktops in the Workspace console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the job among the service&apos;s recent jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the job failed: %1
The desktops may have been created; try again, or check the Workspace console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the request&apos;s job %1: the service accepted it. Following its desktops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent job holds the desktops of this request: it was most likely not created. Check the Workspace console to be sure, then send it again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several recent jobs may be this request&apos;s: %1. Follow them with `deskwiz jobs %2` before sending anything again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktops of the last request may have been created already. Sending again may create them twice. Send again anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new request for the failed desktops is sent at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You go back to the review, where you can change the request before sending it. Look for the job first, or check the desktops in the Workspace console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>C&amp;reate %n desktop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, unique, up to %1 characters: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 characters: %2</source>
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
    <name>Template</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name; give it one before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template never holds a secret (token, password or SK); remove this member. Secrets belong in the keychain or the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template format %1 is unknown; this deskwiz reads formats 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a template: it has no &quot;deskwiz_template&quot; member. A template starts with {&quot;deskwiz_template&quot;: %1, ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;deskwiz_template&quot; must be the format version, a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template was written by a newer deskwiz (template format %1); this deskwiz reads format %2 and older. Update deskwiz to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret-looking member was ignored: templates never hold a token, password or SK. Remove it from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no &quot;name&quot;; add &quot;name&quot;: &quot;a name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty string, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;description&quot; must be a string, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;os_type&quot; must be &quot;Windows&quot; or &quot;Linux&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;domain_type&quot; must be &quot;LITE_AD&quot; or &quot;LOCAL_AD&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;context&quot; must be an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;connection&quot; must be an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no &quot;request&quot;; add &quot;request&quot;: {...} with the body of the create-desktops call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;request&quot; must be an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 A template is a JSON object such as {&quot;deskwiz_template&quot;: 1, &quot;name&quot;: &quot;...&quot;, &quot;request&quot;: {...}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a template: the document is %1; a template is a JSON object with &quot;deskwiz_template&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDrafts</name>
    <message>
        <source>A template holds no secret: type the token, password or SK of this connection.</source>
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
    <message>
        <source>This file cannot be opened; mend it in a text editor or delete it.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 without what looked like a secret (templates never hold one); the file itself still has it:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template called &quot;%1&quot; already exists; choose another name or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template cannot be renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name; type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template called &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template cannot be duplicated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash folder %1 cannot be created; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved to the trash; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored from the trash folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template cannot be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template folder %1 cannot be created; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a template file that cannot be read, and deskwiz never writes over such a file so that nothing in it is lost; choose another file name, or mend or delete that file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>Refusing plain http to %1: only https is allowed, except to this computer (127.0.0.1, ::1, localhost). Use an https:// endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing the URL &quot;%1&quot;: only https:// endpoints are supported.</source>
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
        <source>Optional: the name (1-%1 characters) of a single desktop, or a prefix (1-%2 characters) for several</source>
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
    <message>
        <source>Desktop na&amp;me or prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name p&amp;olicy:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Give exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most desktops one request may carry (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-per-request must be a whole number from 1 to %1; &quot;%2&quot; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deskwiz template (*.deskwiz.json), a bare create-desktops API body, or a test case ({&quot;request&quot;: {...}, &quot;context&quot;: {...}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a create-desktops request against every rule of the API, without sending it.
Prints one line per problem, &quot;POINTER: message&quot; (warnings as &quot;POINTER: warning: message&quot;).
Exit code: 0 valid (warnings allowed), 1 invalid, 2 usage error or unreadable file.
A template or a test case is judged in its own context unless options say otherwise; a bare body defaults to Windows and LITE_AD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the exact create-desktops body deskwiz submit would send for FILE, as indented JSON.
A request with more desktops than one request may carry (--max-per-request, default %1) is split into batches as submit splits it, and a JSON array of bodies is printed.
Exit code: 0 printed, 1 the file does not parse (the problems are printed), 2 usage error or unreadable file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 is required; give a non-empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters; it has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2; &quot;%3&quot; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 %2 are allowed; %3 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 size is required: a multiple of %2 between %3 and %4 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 size must be a multiple of %2 between %3 and %4 GB; %5 is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain any of %2; &quot;%3&quot; contains &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may contain only letters, digits and %2; &quot;%3&quot; contains &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image type &quot;%1&quot; is accepted by some API versions only; %2 are the documented ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A root volume is required: a type (%1) and a size of %2 to %3 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NICs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet ID of NIC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of security group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either desktops (desktops assigned to users) or size (an unassigned pool), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either desktops (desktops assigned to users) or size (an unassigned pool of desktops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name is required: 1 to %1 letters, digits, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name must be at most %1 characters with %2; &quot;%3&quot; has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name may contain only letters, digits and %1; &quot;%2&quot; contains &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name must start with a letter or a digit with %1; &quot;%2&quot; does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name must start with a letter with %1; &quot;%2&quot; does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail must be an address like name@example.com; &quot;%1&quot; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone must be a mobile number of %1 to %2 digits, optionally starting with +; &quot;%3&quot; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User group must be one of %1 on %2; &quot;%3&quot; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name must be 1 to %1 letters, digits or -, start with a letter or digit and not end with -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; &quot;%2&quot; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer names must be unique; &quot;%1&quot; is already used by desktop %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS host name must be 1 to %1 characters; &quot;%2&quot; has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a pool of %1 desktops the desktop name is a prefix of 1 to %2 characters; &quot;%3&quot; has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop name must be 1 to %1 characters; &quot;%2&quot; has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop IP must be an IPv4 address like 192.168.0.10; &quot;%1&quot; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool size must be %1 to %2 desktops; %3 is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project ID must be 1 to %1 letters, digits, - or _ (&quot;0&quot; is the default project); &quot;%2&quot; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag key is required: 1 to %1 letters, digits, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag key must be at most %1 characters; &quot;%2&quot; has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag keys must be unique; &quot;%1&quot; is already tag %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag value must be at most %1 characters; &quot;%2&quot; has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port must be %1 to %2; %3 is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing EIP &quot;%1&quot; is bound; its type, charge mode and bandwidth are ignored: give either an ID or a new EIP&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP charge mode must be one of %1; &quot;%2&quot; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new EIP needs a bandwidth of %1 to %2 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP bandwidth must be %1 to %2 Mbit/s; %3 is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop name policy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour package product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour package offering ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hour package needs both a product ID and an offering ID; the offering ID is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hour package needs both a product ID and an offering ID; the product ID is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone must not be empty: leave it out for the service&apos;s default zone, or name a zone such as cn-north-4a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen image needs a system disk of at least %1 GB; make it %2 GB or more (%3 GB is too small)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request must have 1 to %1 desktops; it has none: add a user, or give size instead for an unassigned pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop name &quot;%1&quot; only names an unassigned pool (given with size); desktops assigned to users are named by their computer_name or desktop_name_prefix, so it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 desktops have a computer_name, which wins over the desktop name policy: the policy names only the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop name &quot;%1&quot; wins over the desktop name policy: the pool is named by it, not by the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request must have 1 to %1 desktops; it has %2 (deskwiz submit sends a larger one as several requests of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 is for %2 but the image is %3: choose a %3 package.</source>
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
        <source>Size (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the disk types the service offers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 GB, a multiple of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardCommand</name>
    <message>
        <source>deskwiz: unknown option &apos;%1&apos;; see deskwiz --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deskwiz: unknown command &apos;%1&apos;; see deskwiz --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deskwiz: %1 See deskwiz --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deskwiz: warning: there is no translation for --lang &apos;%1&apos;; using English. Available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in sandbox was already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in sandbox had not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deskwiz: painted the first page after %1 ms; %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardLookups</name>
    <message>
        <source>%1 failed: %2 — type the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name policies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardTemplates</name>
    <message>
        <source>Start &amp;from template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the whole wizard from a saved template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this request, its context and the connection (never a secret) as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from the template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from the request in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceClient</name>
    <message>
        <source>Refusing to send credentials to %1: they are only for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service accepted the request but sent no job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM answered the login with HTTP %1 instead of 201.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM accepted the login but sent no X-Subject-Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with something that is not the expected JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer has no list &quot;%1&quot;.</source>
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
    <message>
        <source>Usage: deskwiz [--sandbox] [--template FILE] [--lang LANG]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       deskwiz COMMAND [options]   (COMMAND --help shows its options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates Huawei Cloud Workspace desktops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wizard options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the local simulator and connect to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start from a template or request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language, e.g. en or zh_CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
