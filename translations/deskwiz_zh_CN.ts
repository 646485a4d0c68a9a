<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>The credentials were rejected. A token may have expired or be for another project or region: get a new one. After a password login, check the project ID and the region. With AK/SK, check the key pair and this computer&apos;s clock (five failures in a row lock the AK for 5 minutes).</source>
        <translation>凭据被拒绝。令牌可能已过期，或属于其他项目或区域：请获取新的令牌。使用密码登录时，请检查项目 ID 和区域。使用 AK/SK 时，请检查密钥对和本机时钟（连续失败五次会将该 AK 锁定 5 分钟）。</translation>
    </message>
    <message>
        <source>The token was rejected: it has expired (a token lasts 24 hours) or it is for another project or region. Get a new token for this project and region.</source>
        <translation>令牌被拒绝：它已过期（令牌有效期为 24 小时），或属于其他项目或区域。请为此项目和区域获取新的令牌。</translation>
    </message>
    <message>
        <source>The token of the password login was rejected: check that the project ID belongs to this region and that the IAM endpoint is the region&apos;s. The next call logs in again.</source>
        <translation>密码登录得到的令牌被拒绝：请检查项目 ID 是否属于此区域，以及 IAM 端点是否为此区域的端点。下一次调用会重新登录。</translation>
    </message>
    <message>
        <source>The AK/SK signature was rejected: check the access key and the secret key, and that this computer&apos;s clock is right. Five failures in a row lock the AK for 5 minutes.</source>
        <translation>AK/SK 签名被拒绝：请检查访问密钥 ID 和秘密访问密钥，以及本机时钟是否准确。连续失败五次会将该 AK 锁定 5 分钟。</translation>
    </message>
    <message>
        <source>Authentication failed: check the credentials; with AK/SK, check that this computer&apos;s clock is right (the gateway allows 15 minutes of difference).</source>
        <translation>认证失败：请检查凭据；使用 AK/SK 时，请确认本机时钟准确（网关允许 15 分钟的偏差）。</translation>
    </message>
    <message>
        <source>The API is throttled: wait a little and try again; deskwiz already backs off on reads.</source>
        <translation>API 已被流控：请稍等片刻后重试；deskwiz 在读取时已会自动退避。</translation>
    </message>
    <message>
        <source>The request body was empty or unreadable.</source>
        <translation>请求正文为空或无法读取。</translation>
    </message>
    <message>
        <source>Workspace is not enabled for this project: subscribe to the service in the console first (or check the project id and region).</source>
        <translation>该项目未开通云桌面服务：请先在控制台开通服务（或检查项目 ID 和区域）。</translation>
    </message>
    <message>
        <source>A desktop&apos;s current state does not allow this operation: wait until it is stable and try again.</source>
        <translation>桌面的当前状态不允许此操作：请等待其状态稳定后重试。</translation>
    </message>
    <message>
        <source>A computer name is empty: give each desktop a computer name, a name prefix or a name policy.</source>
        <translation>计算机名为空：请为每台桌面填写计算机名、名称前缀或命名策略。</translation>
    </message>
    <message>
        <source>A desktop got no IP address: check the subnet&apos;s free addresses and DHCP.</source>
        <translation>桌面未获得 IP 地址：请检查子网的可用地址和 DHCP。</translation>
    </message>
    <message>
        <source>Log in again with valid credentials; a rejected password login is never retried automatically (repeated failures lock the IAM account).</source>
        <translation>请使用有效的凭据重新登录；被拒绝的密码登录绝不会自动重试（多次失败会锁定 IAM 账号）。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The certificate is not trusted, so nothing was sent.</source>
        <translation>与 %1 的安全连接失败：%2。证书不受信任，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>Redirected to: %1</source>
        <translation>重定向到：%1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>The service rejected the request as invalid (HTTP 400).</source>
        <translation>服务认为请求无效，已拒绝（HTTP 400）。</translation>
    </message>
    <message>
        <source>The service did not accept the credentials (HTTP 401): the token is wrong or expired, or the password or AK/SK is wrong.</source>
        <translation>服务不接受此凭据（HTTP 401）：令牌错误或已过期，或者密码、AK/SK 错误。</translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this (HTTP 403): check the user&apos;s permissions and the project id.</source>
        <translation>凭据有效，但无权执行此操作（HTTP 403）：请检查用户的权限和项目 ID。</translation>
    </message>
    <message>
        <source>The service does not know this resource (HTTP 404): check the endpoint, the project id and the job id.</source>
        <translation>服务找不到该资源（HTTP 404）：请检查终端节点、项目 ID 和任务 ID。</translation>
    </message>
    <message>
        <source>The request conflicts with the current state (HTTP 409).</source>
        <translation>请求与当前状态冲突（HTTP 409）。</translation>
    </message>
    <message>
        <source>The service is throttling requests (HTTP 429): too many calls, try again shortly.</source>
        <translation>服务正在对请求进行流控（HTTP 429）：调用过于频繁，请稍后重试。</translation>
    </message>
    <message>
        <source>The service had an internal error (HTTP %1); try again later.</source>
        <translation>服务发生内部错误（HTTP %1）；请稍后重试。</translation>
    </message>
    <message>
        <source>The service answered with a redirect (HTTP %1), which is not followed for API calls: check the endpoint URL.</source>
        <translation>服务返回了重定向（HTTP %1），API 调用不会跟随重定向：请检查终端节点 URL。</translation>
    </message>
    <message>
        <source>The service answered with HTTP %1.</source>
        <translation>服务返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>The connection to %1 was refused: is the endpoint right and the service reachable?</source>
        <translation>与 %1 的连接被拒绝：终端节点是否正确、服务是否可以访问？</translation>
    </message>
    <message>
        <source>The host %1 was not found: check the endpoint URL and the network (DNS).</source>
        <translation>找不到主机 %1：请检查终端节点 URL 和网络（DNS）。</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 在应答前关闭了连接。</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>网络不可用。</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the system proxy settings.</source>
        <translation>代理出错：%1。请检查系统代理设置。</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>与 %1 的连接失败：%2。</translation>
    </message>
    <message>
        <source>since %1 UTC (by this computer&apos;s clock)</source>
        <translation>自 %1 UTC 起（按本机时钟）</translation>
    </message>
    <message>
        <source>in the last minutes</source>
        <translation>最近几分钟内</translation>
    </message>
    <message>
        <source>The desktops may have been created anyway, but no job id came back. Before sending the request again, look for them: in the Workspace console&apos;s desktop list, desktops of these users created %1; or the project&apos;s sub-jobs of type createDesktops begun %1 (GET /v2/{project_id}/workspace-sub-jobs?job_type=createDesktops; their begin_time is UTC). A job found that way can be followed with `deskwiz jobs JOB_ID`. Send again only the desktops that are not there.</source>
        <translation>桌面可能已经创建，只是未返回任务 ID。再次发送请求前，请先查找这些桌面：在云桌面控制台的桌面列表中，查找这些用户%1创建的桌面；或查找项目中%1启动的 createDesktops 类型子任务（GET /v2/{project_id}/workspace-sub-jobs?job_type=createDesktops；其 begin_time 为 UTC 时间）。这样找到的任务可用 `deskwiz jobs JOB_ID` 跟踪。只需再次发送尚未创建的桌面。</translation>
    </message>
    <message>
        <source>The request timed out: its answer was not complete in time.</source>
        <translation>请求超时：未能及时收到完整的应答。</translation>
    </message>
    <message>
        <source>The request to %1 timed out: its answer was not complete in time.</source>
        <translation>发往 %1 的请求超时：未能及时收到完整的应答。</translation>
    </message>
</context>
<context>
    <name>BuiltInSandbox</name>
    <message>
        <source>The built-in sandbox did not start: %1</source>
        <translation>内置沙箱未能启动：%1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The desktops&apos; OS: Windows or Linux (user names and groups depend on it).</source>
        <translation>桌面的操作系统：Windows 或 Linux（用户名和用户组取决于它）。</translation>
    </message>
    <message>
        <source>The Workspace domain type: LITE_AD (also LITE_AS) or LOCAL_AD (user names depend on it).</source>
        <translation>云桌面的域类型：LITE_AD（也可写作 LITE_AS）或 LOCAL_AD（用户名取决于它）。</translation>
    </message>
    <message>
        <source>--os must be Windows or Linux; &quot;%1&quot; is not.</source>
        <translation>--os 必须是 Windows 或 Linux；“%1”不是。</translation>
    </message>
    <message>
        <source>--domain-type must be LITE_AD (also spelt LITE_AS) or LOCAL_AD; &quot;%1&quot; is not.</source>
        <translation>--domain-type 必须是 LITE_AD（也写作 LITE_AS）或 LOCAL_AD；“%1”不是。</translation>
    </message>
    <message>
        <source>deskwiz: warning: %1</source>
        <translation>deskwiz：警告：%1</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The endpoint URL is missing or not a valid URL.</source>
        <translation>终端节点 URL 缺失或不是有效的 URL。</translation>
    </message>
    <message>
        <source>The project id is missing.</source>
        <translation>缺少项目 ID。</translation>
    </message>
    <message>
        <source>No token was given.</source>
        <translation>未提供令牌。</translation>
    </message>
    <message>
        <source>The IAM account (domain) name is missing.</source>
        <translation>缺少 IAM 账号（域）名。</translation>
    </message>
    <message>
        <source>The IAM user name is missing.</source>
        <translation>缺少 IAM 用户名。</translation>
    </message>
    <message>
        <source>No IAM password was given.</source>
        <translation>未提供 IAM 密码。</translation>
    </message>
    <message>
        <source>Neither a project id nor a region is known to scope the IAM login.</source>
        <translation>既没有项目 ID 也没有区域，无法确定 IAM 登录的范围。</translation>
    </message>
    <message>
        <source>The IAM endpoint is missing and cannot be derived from the endpoint; give it explicitly.</source>
        <translation>缺少 IAM 终端节点，且无法从终端节点推导出来；请明确填写。</translation>
    </message>
    <message>
        <source>No access key (AK) was given.</source>
        <translation>未提供访问密钥 ID（AK）。</translation>
    </message>
    <message>
        <source>No secret key (SK) was given.</source>
        <translation>未提供秘密访问密钥（SK）。</translation>
    </message>
</context>
<context>
    <name>ConnectionDraft</name>
    <message>
        <source>Give the endpoint URL, e.g. https://workspace.cn-north-4.myhuaweicloud.com.</source>
        <translation>请填写终端节点 URL，例如 https://workspace.cn-north-4.myhuaweicloud.com。</translation>
    </message>
    <message>
        <source>This is not a valid URL: it needs a scheme and a host, e.g. https://workspace.cn-north-4.myhuaweicloud.com.</source>
        <translation>这不是有效的 URL：需要协议和主机名，例如 https://workspace.cn-north-4.myhuaweicloud.com。</translation>
    </message>
    <message>
        <source>The IAM endpoint cannot be derived from this endpoint: give it, e.g. https://iam.cn-north-4.myhuaweicloud.com.</source>
        <translation>无法从该终端节点推导出 IAM 终端节点，请填写，例如 https://iam.cn-north-4.myhuaweicloud.com。</translation>
    </message>
    <message>
        <source>No project ID: it will be taken from the IAM token of the region.</source>
        <translation>未填写项目 ID：将从该区域的 IAM 令牌中获取。</translation>
    </message>
    <message>
        <source>Give the project ID (My Credentials → Projects in the console).</source>
        <translation>请填写项目 ID（控制台“我的凭证 → 项目列表”）。</translation>
    </message>
    <message>
        <source>The project ID has spaces in it.</source>
        <translation>项目 ID 中含有空格。</translation>
    </message>
    <message>
        <source>Paste the token (X-Auth-Token) to log in with.</source>
        <translation>请粘贴用于登录的令牌（X-Auth-Token）。</translation>
    </message>
    <message>
        <source>Give the account (domain) name of the IAM user.</source>
        <translation>请填写 IAM 用户所属的账号（域）名。</translation>
    </message>
    <message>
        <source>Give the IAM user name.</source>
        <translation>请填写 IAM 用户名。</translation>
    </message>
    <message>
        <source>Give the IAM user&apos;s password.</source>
        <translation>请填写 IAM 用户的密码。</translation>
    </message>
    <message>
        <source>Give the access key ID (AK).</source>
        <translation>请填写访问密钥 ID（AK）。</translation>
    </message>
    <message>
        <source>Give the secret access key (SK).</source>
        <translation>请填写秘密访问密钥（SK）。</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Where the desktops are created and how you log in. Secrets never go into a file: they stay in memory, or in your system keychain if you ask.</source>
        <translation>桌面创建在哪里，以及如何登录。密钥从不写入文件：它们只保存在内存中，或在您要求时保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>自定义终端节点</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>The region of the Workspace service; choosing one fills in its endpoints, which you can still change</source>
        <translation>云桌面服务所在的区域；选择后会自动填入其终端节点，仍可修改</translation>
    </message>
    <message>
        <source>Workspace &amp;endpoint:</source>
        <translation>云桌面终端节点(&amp;E)：</translation>
    </message>
    <message>
        <source>An https URL (plain http only for this computer, e.g. the sandbox)</source>
        <translation>https 地址（仅本机地址可用 http，例如沙箱）</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>项目 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>The ID of the project in the region (no spaces)</source>
        <translation>该区域中项目的 ID（不含空格）</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM 用户名和密码</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation>登录方式(&amp;L)：</translation>
    </message>
    <message>
        <source>A token you already have, an IAM user and password, or an access key pair</source>
        <translation>已有的令牌、IAM 用户名和密码，或一对访问密钥</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>令牌(&amp;O)：</translation>
    </message>
    <message>
        <source>An IAM token (X-Auth-Token), valid for 24 hours</source>
        <translation>IAM 令牌（X-Auth-Token），有效期 24 小时</translation>
    </message>
    <message>
        <source>Acco&amp;unt (domain):</source>
        <translation>账号（域）(&amp;U)：</translation>
    </message>
    <message>
        <source>The account the IAM user belongs to</source>
        <translation>IAM 用户所属的账号</translation>
    </message>
    <message>
        <source>The IAM user name</source>
        <translation>IAM 用户名</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>The IAM user&apos;s password (never in a file)</source>
        <translation>IAM 用户的密码（从不写入文件）</translation>
    </message>
    <message>
        <source>derived from the Workspace endpoint</source>
        <translation>由云桌面终端节点推导</translation>
    </message>
    <message>
        <source>Optional: the IAM URL; empty means the one of the region</source>
        <translation>可选：IAM 地址；留空表示使用该区域的地址</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>访问密钥 ID（AK）(&amp;A)：</translation>
    </message>
    <message>
        <source>The access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation>秘密访问密钥（SK）(&amp;S)：</translation>
    </message>
    <message>
        <source>The secret access key (never in a file)</source>
        <translation>秘密访问密钥（从不写入文件）</translation>
    </message>
    <message>
        <source>Log in and read the service configuration, without changing anything</source>
        <translation>登录并读取服务配置，不做任何修改</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>The host of this region is not certain (%1 or %2): check the endpoint and change it if needed.</source>
        <translation>该区域的主机名不确定（%1 或 %2）：请核对终端节点，必要时修改。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Built-in sandbox (simulator, no cloud account)</source>
        <translation>内置沙箱（模拟器，无需云账号）</translation>
    </message>
    <message>
        <source>A simulator on this computer; nothing is created in a cloud</source>
        <translation>运行在本机上的模拟器；不会在云上创建任何资源</translation>
    </message>
    <message>
        <source>The built-in sandbox is a simulator on this computer; nothing is created in a cloud and no cloud account is needed.</source>
        <translation>内置沙箱是运行在本机上的模拟器；不会在云上创建任何资源，也不需要云账号。</translation>
    </message>
    <message>
        <source>Starting it…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>It answers at %1; its project ID and token are filled in.</source>
        <translation>它的地址是 %1；已填入它的项目 ID 和令牌。</translation>
    </message>
    <message>
        <source>IAM u&amp;ser:</source>
        <translation>IAM 用户(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation>IAM 终端节点(&amp;I)：</translation>
    </message>
    <message>
        <source>Security to&amp;ken (optional):</source>
        <translation>安全令牌（可选）(&amp;K)：</translation>
    </message>
    <message>
        <source>Only for temporary credentials: the security token that came with the AK/SK (sent as X-Security-Token; never in a file)</source>
        <translation>仅用于临时凭据：与 AK/SK 一同获得的安全令牌（作为 X-Security-Token 发送；从不写入文件）</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileBar</name>
    <message>
        <source>A saved connection: choosing one fills in the fields below</source>
        <translation>已保存的连接：选择一个即可填入下面的字段</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>The name to save this connection under (no secret is saved with it)</source>
        <translation>保存此连接时使用的名称（不会同时保存密钥）</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Save the connection above under the name, replacing a profile of the same name</source>
        <translation>以该名称保存上面的连接，并替换同名的配置</translation>
    </message>
    <message>
        <source>Delete the chosen profile and its remembered secret</source>
        <translation>删除所选配置及其记住的密钥</translation>
    </message>
    <message>
        <source>Keep the token, password or SK in the operating system&apos;s keychain; never in a file</source>
        <translation>将令牌、密码或 SK 保存在操作系统的密钥环中，绝不写入文件</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is gone.</source>
        <translation>配置“%1”已不存在。</translation>
    </message>
    <message>
        <source>Looking for the secret of &quot;%1&quot;…</source>
        <translation>正在查找“%1”的密钥…</translation>
    </message>
    <message>
        <source>The secret came from the system keychain.</source>
        <translation>密钥取自系统密钥环。</translation>
    </message>
    <message>
        <source>The secret was remembered for this session.</source>
        <translation>已在本次会话中记住密钥。</translation>
    </message>
    <message>
        <source>No secret is remembered for &quot;%1&quot;: type it above.</source>
        <translation>未记住“%1”的密钥：请在上方输入。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置填写名称。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; saving the secret in the keychain…</source>
        <translation>已保存“%1”；正在将密钥保存到密钥环…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; the secret is in the system keychain.</source>
        <translation>已保存“%1”；密钥已保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Deleted the profile &quot;%1&quot;.</source>
        <translation>已删除配置“%1”。</translation>
    </message>
    <message>
        <source>Sa&amp;ve connection</source>
        <translation>保存连接(&amp;V)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remember the secret in the s&amp;ystem keychain</source>
        <translation>在系统密钥环中记住密钥(&amp;Y)</translation>
    </message>
    <message>
        <source>Save&amp;d connection:</source>
        <translation>已保存的连接(&amp;D)：</translation>
    </message>
    <message>
        <source>New na&amp;me:</source>
        <translation>新名称(&amp;M)：</translation>
    </message>
    <message>
        <source>No secret is remembered for &quot;%1&quot;, and there is no keychain on this system to keep one: type it above.</source>
        <translation>未记住“%1”的密钥，且本系统没有可用于保存密钥的密钥环：请在上方输入。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; its secret is not remembered.</source>
        <translation>已保存“%1”；未记住其密钥。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; without a secret: none is typed.</source>
        <translation>已保存“%1”，但不含密钥：尚未输入密钥。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; with no keychain on this system, its secret is remembered for this session only.</source>
        <translation>已保存“%1”；由于本系统没有密钥环，其密钥仅在本次会话中记住。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; its secret is remembered for this session only, because the keychain failed: %2</source>
        <translation>已保存“%1”；由于密钥环出错，其密钥仅在本次会话中记住：%2</translation>
    </message>
    <message>
        <source>The secret remembered for &quot;%1&quot; could not be forgotten: %2</source>
        <translation>无法清除为“%1”记住的密钥：%2</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <source>A connection profile needs a name.</source>
        <translation>连接配置需要名称。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>“%1”必须是字符串。</translation>
    </message>
    <message>
        <source>&quot;auth&quot; is &quot;%1&quot;; it must be &quot;token&quot;, &quot;password&quot; or &quot;aksk&quot;.</source>
        <translation>“auth”为“%1”；它必须是“token”、“password”或“aksk”。</translation>
    </message>
</context>
<context>
    <name>DesktopIpListModel</name>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 地址</translation>
    </message>
    <message>
        <source>A fixed IPv4 address for a desktop, e.g. 192.168.0.10</source>
        <translation>为桌面指定的固定 IPv4 地址，例如 192.168.0.10</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>Dedicated: one user a desktop (DEDICATED)</source>
        <translation>专属：每个用户一台桌面（DEDICATED）</translation>
    </message>
    <message>
        <source>Shared: several users a desktop (SHARED)</source>
        <translation>共享：多个用户共用一台桌面（SHARED）</translation>
    </message>
    <message>
        <source>gold (public image)</source>
        <translation>gold（公共镜像）</translation>
    </message>
    <message>
        <source>private (your image)</source>
        <translation>private（私有镜像）</translation>
    </message>
    <message>
        <source>market (Marketplace image)</source>
        <translation>market（市场镜像）</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>What kind of desktop, where, with which package and which image.</source>
        <translation>桌面的类型、位置、套餐和镜像。</translation>
    </message>
    <message>
        <source>the service&apos;s default zone</source>
        <translation>服务的默认可用区</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>LITE_AD (the service&apos;s own domain)</source>
        <translation>LITE_AD（服务自带的域）</translation>
    </message>
    <message>
        <source>LOCAL_AD (your Active Directory)</source>
        <translation>LOCAL_AD（您自己的 Active Directory）</translation>
    </message>
    <message>
        <source>Desktop &amp;type:</source>
        <translation>桌面类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Required: DEDICATED or SHARED</source>
        <translation>必填：DEDICATED 或 SHARED</translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation>可用区(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Product (package):</source>
        <translation>产品（套餐）(&amp;P)：</translation>
    </message>
    <message>
        <source>Required: the package ID, e.g. workspace.c2.large.windows.2</source>
        <translation>必填：套餐 ID，例如 workspace.c2.large.windows.2</translation>
    </message>
    <message>
        <source>&amp;Image type:</source>
        <translation>镜像类型(&amp;I)：</translation>
    </message>
    <message>
        <source>Required: gold (public) or private; market is accepted with a warning</source>
        <translation>必填：gold（公共）或 private（私有）；market 可用但会给出警告</translation>
    </message>
    <message>
        <source>Ima&amp;ge:</source>
        <translation>镜像(&amp;G)：</translation>
    </message>
    <message>
        <source>Required: the image ID</source>
        <translation>必填：镜像 ID</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>操作系统(&amp;O)：</translation>
    </message>
    <message>
        <source>The image&apos;s OS: it decides the user groups and the user name length</source>
        <translation>镜像的操作系统：决定用户组和用户名长度</translation>
    </message>
    <message>
        <source>&amp;Domain type:</source>
        <translation>域类型(&amp;D)：</translation>
    </message>
    <message>
        <source>The directory of the Workspace service: it decides the user name rules</source>
        <translation>云桌面服务使用的目录：决定用户名规则</translation>
    </message>
    <message>
        <source>Optional, up to %1 characters; empty means the service&apos;s default zone</source>
        <translation>可选，最多 %1 个字符；留空表示使用服务的默认可用区</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
</context>
<context>
    <name>DesktopProgressModel</name>
    <message>
        <source>(pool desktop)</source>
        <translation>（桌面池中的桌面）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>User / desktop</source>
        <translation>用户 / 桌面</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Desktop ID</source>
        <translation>桌面 ID</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>SUCCESS</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>FAILED (resubmitted)</source>
        <translation>失败（已重新提交）</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>failed without a reason</source>
        <translation>失败，未给出原因</translation>
    </message>
</context>
<context>
    <name>DesktopTableModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Optional: a valid e-mail address</source>
        <translation>可选：有效的电子邮件地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>计算机名</translation>
    </message>
    <message>
        <source>OS host name</source>
        <translation>系统主机名</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>名称前缀</translation>
    </message>
    <message>
        <source>Optional: used when no computer name is given</source>
        <translation>可选：未填写计算机名时使用</translation>
    </message>
    <message>
        <source>%1 (Windows) or %2 (Linux)</source>
        <translation>%1（Windows）或 %2（Linux）</translation>
    </message>
    <message>
        <source>%1; starts with a letter (LITE_AD) or a letter or digit (LOCAL_AD); up to %2 characters with LITE_AD, %3 with LOCAL_AD, and up to %4 on Windows, %5 on Linux</source>
        <translation>%1；以字母开头（LITE_AD）或以字母或数字开头（LOCAL_AD）；LITE_AD 下最多 %2 个字符，LOCAL_AD 下最多 %3 个，且 Windows 上最多 %4 个，Linux 上最多 %5 个</translation>
    </message>
    <message>
        <source>Optional: a mobile number of %1 to %2 digits with an optional leading +</source>
        <translation>可选：%1 到 %2 位数字的手机号码，可以 + 开头</translation>
    </message>
    <message>
        <source>Optional: %1</source>
        <translation>可选：%1</translation>
    </message>
    <message>
        <source>Optional: 1-%1 letters, digits or -, starting with a letter or digit, not ending with -; unique</source>
        <translation>可选：1-%1 个字母、数字或 -，以字母或数字开头，不以 - 结尾；不可重复</translation>
    </message>
    <message>
        <source>Optional: the name inside the OS, 1-%1 characters</source>
        <translation>可选：操作系统内的名称，1-%1 个字符</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1, row %2, %3</source>
        <translation>%1，第 %2 行，%3</translation>
    </message>
</context>
<context>
    <name>DraftTableEditor</name>
    <message>
        <source>Add a row to %1</source>
        <translation>向%1添加一行</translation>
    </message>
    <message>
        <source>Remove the selected row of %1</source>
        <translation>删除%1中选中的行</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add a row at the end (%1 in the table)</source>
        <translation>在末尾添加一行（在表格中按 %1）</translation>
    </message>
    <message>
        <source>Remove the selected row (%1 in the table)</source>
        <translation>删除选中的行（在表格中按 %1）</translation>
    </message>
    <message>
        <source>Move the selected row up (%1 in the table)</source>
        <translation>上移选中的行（在表格中按 %1）</translation>
    </message>
    <message>
        <source>Move the selected row down (%1 in the table)</source>
        <translation>下移选中的行（在表格中按 %1）</translation>
    </message>
</context>
<context>
    <name>DraftTableModel</name>
    <message>
        <source>letters</source>
        <translation>字母</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>JobWatcher</name>
    <message numerus="yes">
        <source>Gave up waiting: the jobs were still running after %n minute(s). Check them later with `deskwiz jobs`.</source>
        <translation>
            <numerusform>已停止等待：%n 分钟后任务仍在运行。请稍后用 `deskwiz jobs` 查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up waiting: the service listed no desktop of job %1 in %n second(s). Check the job id and the project.</source>
        <translation>
            <numerusform>已停止等待：%n 秒内服务没有列出任务 %1 的任何桌面。请检查任务 ID 和项目。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveConnection</name>
    <message>
        <source>Could not log in: %1</source>
        <translation>无法登录：%1</translation>
    </message>
    <message>
        <source>Logged in, but reading the Workspace service failed: %1</source>
        <translation>已登录，但读取云桌面服务失败：%1</translation>
    </message>
    <message>
        <source>Connected: the Workspace service is enabled in project %1 (domain type %2).</source>
        <translation>已连接：项目 %1 已开通云桌面服务（域类型 %2）。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>The Workspace service is not enabled in project %1 (status %2): subscribe to it in the console first.</source>
        <translation>项目 %1 未开通云桌面服务（状态 %2）：请先在控制台开通。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Logged in as %1; the token stays in memory, expires at %2 and is renewed before then.</source>
        <translation>已以 %1 身份登录；令牌只保存在内存中，将于 %2 过期，并会在此之前自动更新。</translation>
    </message>
</context>
<context>
    <name>LookupLoader</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — default</source>
        <translation>%1 — 默认</translation>
    </message>
    <message>
        <source>Sold out here: %1</source>
        <translation>此处已售罄：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n 核 vCPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — sold out</source>
        <translation>%1 — 已售罄</translation>
    </message>
    <message>
        <source>min. disk %1 GB</source>
        <translation>最小磁盘 %1 GB</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1（位于 %2）</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 + %n digit(s) from %3)</source>
        <translation>
            <numerusform>%1（%2 + %n 位数字，从 %3 开始）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Subnets, security groups, fixed IPs and public access. Everything here is optional: empty lists use the service&apos;s defaults.</source>
        <translation>子网、安全组、固定 IP 和公网访问。本页全部可选：列表为空时使用服务的默认设置。</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Fixed desktop IPs</source>
        <translation>桌面固定 IP</translation>
    </message>
    <message>
        <source>Network interfaces (subnets)</source>
        <translation>网卡（子网）</translation>
    </message>
    <message>
        <source>At most %1; the first is the primary NIC; none: the service&apos;s default subnet</source>
        <translation>最多 %1 个；第一个为主网卡；不填则使用服务的默认子网</translation>
    </message>
    <message>
        <source>At most %1; none: the service&apos;s desktop security group</source>
        <translation>最多 %1 个；不填则使用服务的桌面安全组</translation>
    </message>
    <message>
        <source>At most %1 IPv4 addresses, one a desktop</source>
        <translation>最多 %1 个 IPv4 地址，每台桌面一个</translation>
    </message>
    <message>
        <source>Elastic IP (public access)</source>
        <translation>弹性公网 IP（公网访问）</translation>
    </message>
    <message>
        <source>Bind an e&amp;xisting elastic IP</source>
        <translation>绑定已有的弹性公网 IP(&amp;X)</translation>
    </message>
    <message>
        <source>Create a ne&amp;w elastic IP</source>
        <translation>新建弹性公网 IP(&amp;W)</translation>
    </message>
    <message>
        <source>EIP &amp;ID:</source>
        <translation>弹性公网 IP ID(&amp;I)：</translation>
    </message>
    <message>
        <source>The id of an elastic IP that is not bound yet</source>
        <translation>尚未绑定的弹性公网 IP 的 ID</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source> Mbit/s</source>
        <translation> Mbit/s</translation>
    </message>
    <message>
        <source>EIP t&amp;ype:</source>
        <translation>弹性公网 IP 类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>By traffic or by bandwidth</source>
        <translation>按流量或按带宽</translation>
    </message>
    <message>
        <source>%1-%2 Mbit/s</source>
        <translation>%1-%2 Mbit/s</translation>
    </message>
    <message>
        <source>Shared VPC &amp;Direct Connect (advanced)</source>
        <translation>共享 VPC 云专线(&amp;D)（高级）</translation>
    </message>
    <message>
        <source>Only for a Workspace service in a shared VPC that reaches your network over Direct Connect</source>
        <translation>仅用于部署在共享 VPC 中、通过云专线连接您网络的云桌面服务</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>地址(&amp;R)：</translation>
    </message>
    <message>
        <source>The Direct Connect address</source>
        <translation>云专线地址</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>Direct Connect availability zones</source>
        <translation>云专线可用区</translation>
    </message>
    <message>
        <source>At most %1 availability zones</source>
        <translation>最多 %1 个可用区</translation>
    </message>
    <message>
        <source>No &amp;elastic IP</source>
        <translation>不使用弹性公网 IP(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;harge mode:</source>
        <translation>计费方式(&amp;H)：</translation>
    </message>
    <message>
        <source>B&amp;andwidth:</source>
        <translation>带宽(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>NicListModel</name>
    <message>
        <source>Subnet ID</source>
        <translation>子网 ID</translation>
    </message>
    <message>
        <source>The id of a VPC subnet; at most %1 NICs</source>
        <translation>VPC 子网的 ID；最多 %1 个网卡</translation>
    </message>
</context>
<context>
    <name>ProvisionWizard</name>
    <message>
        <source>Create Workspace desktops</source>
        <translation>创建云桌面</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Desktops are being created</source>
        <translation>正在创建桌面</translation>
    </message>
    <message>
        <source>The request was sent and the desktops are still being created. Close anyway?</source>
        <translation>请求已发送，桌面仍在创建中。仍要关闭吗？</translation>
    </message>
    <message>
        <source>Closing does not stop the job. Follow it later with `deskwiz jobs %1`.</source>
        <translation>关闭不会停止任务。之后可用 `deskwiz jobs %1` 继续跟踪。</translation>
    </message>
    <message>
        <source>Close the wizard</source>
        <translation>关闭向导</translation>
    </message>
    <message>
        <source>Close the wizard and discard what you entered?</source>
        <translation>要关闭向导并放弃已输入的内容吗？</translation>
    </message>
    <message>
        <source>Nothing has been sent. To keep the request for later, cancel and save it as a template on the Review page.</source>
        <translation>尚未发送任何内容。如需保留此请求以后使用，请点击取消，然后在检查页将其另存为模板。</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>RequestCodec</name>
    <message>
        <source>Must be %1; found %2</source>
        <translation>必须是%1；实际为%2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation>布尔值 %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>字符串“%1”</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Must be a whole number from %1 to %2; %3 is too large</source>
        <translation>必须是 %1 到 %2 之间的整数；%3 太大</translation>
    </message>
    <message>
        <source>Must be a whole number from %1 to %2; %3 is too small</source>
        <translation>必须是 %1 到 %2 之间的整数；%3 太小</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>对象列表</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between two members or &apos;}&apos; to close the object (member names go in double quotes)</source>
        <translation>此处应为两个成员之间的 &apos;,&apos;，或结束对象的 &apos;}&apos;（成员名要用双引号括起来）</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; between a member name and its value</source>
        <translation>此处应为成员名与其值之间的 &apos;:&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between two items or &apos;]&apos; to close the list</source>
        <translation>此处应为两个元素之间的 &apos;,&apos;，或结束列表的 &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between two items of the list</source>
        <translation>此处应为列表中两个元素之间的 &apos;,&apos;</translation>
    </message>
    <message>
        <source>expected a value: a &quot;string&quot; in double quotes, a number, true, false, null, an object {...} or a list [...]</source>
        <translation>此处应为一个值：双引号中的&quot;字符串&quot;、数字、true、false、null、对象 {...} 或列表 [...]</translation>
    </message>
    <message>
        <source>expected more after this number: the file ends too early (is a closing &apos;}&apos; or &apos;]&apos; missing?)</source>
        <translation>此数字之后应还有内容：文件提前结束了（是否缺少结尾的 &apos;}&apos; 或 &apos;]&apos;？）</translation>
    </message>
    <message>
        <source>expected a number such as 80, -3 or 2.5 (no &apos;+&apos; sign, no leading zeros; text goes in double quotes)</source>
        <translation>此处应为数字，如 80、-3 或 2.5（不带 &apos;+&apos; 号，不带前导零；文本要用双引号括起来）</translation>
    </message>
    <message>
        <source>expected \&quot;, \\, \/, \b, \f, \n, \r, \t or \uXXXX after a backslash in a string</source>
        <translation>字符串中反斜杠之后应为 \&quot;、\\、\/、\b、\f、\n、\r、\t 或 \uXXXX</translation>
    </message>
    <message>
        <source>expected UTF-8 text in the string: save the file as UTF-8</source>
        <translation>字符串中应为 UTF-8 文本：请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>expected a closing &apos;&quot;&apos; at the end of the string</source>
        <translation>字符串末尾应有结束的 &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>expected a value after &apos;:&apos; or &apos;,&apos; (JSON allows no comma before &apos;}&apos; or &apos;]&apos;)</source>
        <translation>&apos;:&apos; 或 &apos;,&apos; 之后应有一个值（JSON 不允许在 &apos;}&apos; 或 &apos;]&apos; 之前有逗号）</translation>
    </message>
    <message>
        <source>expected fewer objects and lists inside each other</source>
        <translation>对象和列表的嵌套层数应更少</translation>
    </message>
    <message>
        <source>expected a smaller file: this one is too large to read as JSON</source>
        <translation>文件应更小：此文件太大，无法作为 JSON 读取</translation>
    </message>
    <message>
        <source>expected the end of the file after the last &apos;}&apos; (is there an extra bracket or text after it?)</source>
        <translation>最后一个 &apos;}&apos; 之后应为文件结尾（是否多了一个括号或其后还有文本？）</translation>
    </message>
    <message>
        <source>The number %1 is out of range: too large, or too close to zero, to be read (the numbers of a request are whole numbers such as 80).</source>
        <translation>数字 %1 超出范围：太大或太接近零，无法读取（请求中的数字都是整数，例如 80）。</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation>这不是有效的 JSON：%1。</translation>
    </message>
</context>
<context>
    <name>RequestFile</name>
    <message>
        <source>%1 (line %2, column %3)</source>
        <translation>%1（第 %2 行，第 %3 列）</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>&quot;context&quot; must be an object such as {&quot;os_type&quot;: &quot;Windows&quot;, &quot;domain_type&quot;: &quot;LITE_AD&quot;}</source>
        <translation>&quot;context&quot; 必须是对象，例如 {&quot;os_type&quot;: &quot;Windows&quot;, &quot;domain_type&quot;: &quot;LITE_AD&quot;}</translation>
    </message>
    <message>
        <source>%1: the file holds %2, not a JSON object (a request body, a deskwiz template or a test case)</source>
        <translation>%1：文件内容是%2，而不是 JSON 对象（请求正文、deskwiz 模板或测试用例）</translation>
    </message>
    <message>
        <source>A request body never holds a secret (token, password or SK): remove this member; deskwiz takes secrets from the environment or the keychain only</source>
        <translation>请求正文从不包含机密（令牌、密码或 SK）：请删除此成员；deskwiz 只从环境变量或密钥环获取机密</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Check the request before it is sent. Activate a problem to go to its field.</source>
        <translation>发送前检查请求。选中一个问题并回车，即可跳到对应的字段。</translation>
    </message>
    <message>
        <source>Problems in the request</source>
        <translation>请求中的问题</translation>
    </message>
    <message>
        <source>Press Enter or double-click a problem to go to its field</source>
        <translation>按回车或双击问题，跳到对应的字段</translation>
    </message>
    <message>
        <source>Summary of the request</source>
        <translation>请求摘要</translation>
    </message>
    <message>
        <source>The exact JSON body of the request</source>
        <translation>请求的完整 JSON 正文</translation>
    </message>
    <message>
        <source>Copy the JSON body to the clipboard</source>
        <translation>将 JSON 正文复制到剪贴板</translation>
    </message>
    <message>
        <source>Save the JSON body to a file</source>
        <translation>将 JSON 正文保存到文件</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>JSON body (POST /v2/{project_id}/desktops)</source>
        <translation>JSON 正文（POST /v2/{project_id}/desktops）</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Error — %1: %2</source>
        <translation>错误 — %1：%2</translation>
    </message>
    <message>
        <source>Warning — %1: %2</source>
        <translation>警告 — %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) must be fixed before the request can be sent.</source>
        <translation>
            <numerusform>必须先修正 %n 个错误才能发送请求。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) to read.</source>
        <translation>
            <numerusform>没有错误；有 %n 条警告请阅读。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the request is ready.</source>
        <translation>没有问题：请求已就绪。</translation>
    </message>
    <message>
        <source>Save the JSON body</source>
        <translation>保存 JSON 正文</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Desktop type</source>
        <translation>桌面类型</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>the service&apos;s default</source>
        <translation>服务默认</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <source>%1, %2 GB</source>
        <translation>%1，%2 GB</translation>
    </message>
    <message>
        <source>%1 %2 GB</source>
        <translation>%1 %2 GB</translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>the default subnet</source>
        <translation>默认子网</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>the desktop security group</source>
        <translation>桌面安全组</translation>
    </message>
    <message>
        <source>existing %1</source>
        <translation>已有 %1</translation>
    </message>
    <message>
        <source>new %1, %2, %3 Mbit/s</source>
        <translation>新建 %1，%2，%3 Mbit/s</translation>
    </message>
    <message>
        <source>Elastic IP</source>
        <translation>弹性公网 IP</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>桌面</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned: %1</source>
        <translation>
            <numerusform>已分配 %n 台：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a pool of %n</source>
        <translation>
            <numerusform>%n 台的桌面池</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail notification</source>
        <translation>邮件通知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation>企业项目</translation>
    </message>
    <message>
        <source>default (0)</source>
        <translation>默认（0）</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Fixed desktop IPs</source>
        <translation>桌面固定 IP</translation>
    </message>
    <message>
        <source>none: assigned by the subnet</source>
        <translation>无：由子网分配</translation>
    </message>
    <message>
        <source>Shared VPC Direct Connect</source>
        <translation>共享 VPC 云专线</translation>
    </message>
    <message>
        <source>%1, port %2; zones: %3</source>
        <translation>%1，端口 %2；可用区：%3</translation>
    </message>
    <message>
        <source>Desktop name or prefix</source>
        <translation>桌面名称或前缀</translation>
    </message>
    <message>
        <source>none: from the name policy or the service</source>
        <translation>无：由命名策略或服务决定</translation>
    </message>
    <message>
        <source>Name policy</source>
        <translation>命名策略</translation>
    </message>
    <message>
        <source>Hourly package</source>
        <translation>按小时套餐</translation>
    </message>
    <message>
        <source>product %1, offering %2</source>
        <translation>产品 %1，商品 %2</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Example calls:</source>
        <translation>调用示例：</translation>
    </message>
    <message>
        <source>Runs the local Workspace simulator on 127.0.0.1 until Ctrl-C.</source>
        <translation>在 127.0.0.1 上运行本地云桌面模拟器，直到按下 Ctrl-C。</translation>
    </message>
    <message>
        <source>The port to listen on (default: a free one).</source>
        <translation>要监听的端口（默认：任一空闲端口）。</translation>
    </message>
    <message>
        <source>How long a create job takes from WAITING to its end (default 6).</source>
        <translation>一个创建任务从 WAITING 到结束所需的秒数（默认 6）。</translation>
    </message>
    <message>
        <source> -&gt; held, never answered</source>
        <translation> -&gt; 挂起，永不应答</translation>
    </message>
    <message>
        <source> -&gt; answer delayed by %1 ms</source>
        <translation> -&gt; 应答延迟 %1 毫秒</translation>
    </message>
    <message>
        <source>deskwiz sandbox: a local Workspace simulator (not the real service).</source>
        <translation>deskwiz sandbox：本地云桌面模拟器（不是真实的服务）。</translation>
    </message>
    <message>
        <source>URL (Workspace and IAM endpoint): %1</source>
        <translation>URL（云桌面和 IAM 终端节点）：%1</translation>
    </message>
    <message>
        <source>Sandbox-only credentials: they open nothing but this simulator, so printing them is fine.</source>
        <translation>仅用于沙箱的凭据：它们只能访问此模拟器，因此可以打印出来。</translation>
    </message>
    <message>
        <source>  project id:    %1</source>
        <translation>  项目 ID：      %1</translation>
    </message>
    <message>
        <source>  project name:  %1</source>
        <translation>  项目名称：     %1</translation>
    </message>
    <message>
        <source>  X-Auth-Token:  %1</source>
        <translation>  X-Auth-Token： %1</translation>
    </message>
    <message>
        <source>  AK / SK:       %1 / %2</source>
        <translation>  AK / SK：      %1 / %2</translation>
    </message>
    <message>
        <source>  IAM domain:    %1</source>
        <translation>  IAM 账号：     %1</translation>
    </message>
    <message>
        <source>  IAM user:      %1</source>
        <translation>  IAM 用户：     %1</translation>
    </message>
    <message>
        <source>  IAM password:  %1</source>
        <translation>  IAM 密码：     %1</translation>
    </message>
    <message>
        <source>A desktop for a user whose name starts with &quot;fail&quot; ends FAILED. Ctrl-C stops.</source>
        <translation>用户名以“fail”开头的用户，其桌面最终会 FAILED。按 Ctrl-C 停止。</translation>
    </message>
    <message>
        <source>The service&apos;s domain type: LITE_AD (default; the API spells it LITE_AS) or LOCAL_AD.</source>
        <translation>服务的域类型：LITE_AD（默认；API 中写作 LITE_AS）或 LOCAL_AD。</translation>
    </message>
    <message>
        <source>deskwiz sandbox: unexpected argument &apos;%1&apos;; it takes only options (see deskwiz sandbox --help).</source>
        <translation>deskwiz sandbox：意外的参数“%1”；此命令只接受选项（参见 deskwiz sandbox --help）。</translation>
    </message>
    <message>
        <source>--port must be a whole number from 0 to 65535 (0: a free one); &quot;%1&quot; is not.</source>
        <translation>--port 必须是 0 到 65535 之间的整数（0：任选一个空闲端口）；“%1”不是。</translation>
    </message>
    <message>
        <source>--job-seconds must be a number of seconds from 0 to %1; &quot;%2&quot; is not.</source>
        <translation>--job-seconds 必须是 0 到 %1 之间的秒数；“%2”不是。</translation>
    </message>
    <message>
        <source>--domain-type must be LITE_AD (also spelt LITE_AS) or LOCAL_AD; &quot;%1&quot; is not.</source>
        <translation>--domain-type 必须是 LITE_AD（也写作 LITE_AS）或 LOCAL_AD；“%1”不是。</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Leave out the &amp;users and desktop IPs</source>
        <translation>不保存用户和桌面 IP(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <source>A name to find the template by; it must not be empty</source>
        <translation>用于查找模板的名称；不能为空</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>Optional: what the template is for</source>
        <translation>可选：模板的用途</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>模板描述</translation>
    </message>
    <message>
        <source>Save the configuration only; the users and IPs are typed or imported for each run</source>
        <translation>只保存配置；每次运行时再输入或导入用户和 IP</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Secrets (token, password, SK) are never saved in a template.</source>
        <translation>密钥（令牌、密码、SK）绝不会保存到模板中。</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>请为模板填写名称。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>A template called &quot;%1&quot; exists already. Press Replace to overwrite it, or change the name.</source>
        <translation>已存在名为“%1”的模板。按“替换”覆盖它，或修改名称。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secret is saved for the profile &quot;%1&quot;.</source>
        <translation>配置“%1”没有保存密钥。</translation>
    </message>
    <message>
        <source>No keychain is available on this system; the secret will not be remembered.</source>
        <translation>本系统没有可用的密钥环；将不会记住密钥。</translation>
    </message>
    <message>
        <source>The keychain refused access (%1); the secret was not read or saved.</source>
        <translation>密钥环拒绝访问（%1）；未读取或保存密钥。</translation>
    </message>
    <message>
        <source>The keychain failed (%1); the secret was not read or saved.</source>
        <translation>密钥环出错（%1）；未读取或保存密钥。</translation>
    </message>
</context>
<context>
    <name>SecurityGroupListModel</name>
    <message>
        <source>Security group ID</source>
        <translation>安全组 ID</translation>
    </message>
    <message>
        <source>The id of a security group; at most %1</source>
        <translation>安全组的 ID；最多 %1 个</translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>No secret is remembered for the profile &quot;%1&quot; in this session.</source>
        <translation>本次会话中没有记住配置“%1”的密钥。</translation>
    </message>
</context>
<context>
    <name>SharedVpcZoneListModel</name>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>An availability zone of the Direct Connect; at most %1</source>
        <translation>云专线的可用区；最多 %1 个</translation>
    </message>
</context>
<context>
    <name>SmallFileReader</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>it holds more than %1, the most deskwiz reads from a request or template file; is it the right file?</source>
        <translation>文件大于 %1，超出了 deskwiz 读取请求或模板文件的上限；是否选错了文件？</translation>
    </message>
</context>
<context>
    <name>StillNeededNote</name>
    <message>
        <source>Still needed: %1</source>
        <translation>仍需填写：%1</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>The system disk and any data disks of each desktop.</source>
        <translation>每台桌面的系统盘和数据盘。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>System disk &amp;type:</source>
        <translation>系统盘类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Required: a disk type the service offers, e.g. %1</source>
        <translation>必填：服务提供的磁盘类型，例如 %1</translation>
    </message>
    <message>
        <source>System disk &amp;size:</source>
        <translation>系统盘大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Required: %1-%2 GB, a multiple of %3</source>
        <translation>必填：%1-%2 GB，且为 %3 的倍数</translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>Optional: at most %1 disks, each %2-%3 GB, a multiple of %4</source>
        <translation>可选：最多 %1 块，每块 %2-%3 GB，且为 %4 的倍数</translation>
    </message>
    <message>
        <source>Optional. Select a cell and type to edit it; F2 edits too.</source>
        <translation>可选。选中单元格后直接输入即可编辑，也可按 F2。</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>The project id (a password login can find it from the region).</source>
        <translation>项目 ID（密码登录可以根据区域找到它）。</translation>
    </message>
    <message>
        <source>The region, e.g. cn-north-4: scopes a password login when no project id is given (default: from the endpoint host).</source>
        <translation>区域，例如 cn-north-4：未给出项目 ID 时，用于确定密码登录的范围（默认：取自终端节点的主机名）。</translation>
    </message>
    <message>
        <source>The IAM endpoint of a password login (default: derived from the endpoint).</source>
        <translation>密码登录使用的 IAM 终端节点（默认：由终端节点推导）。</translation>
    </message>
    <message>
        <source>Follow the jobs until every desktop is ready or has failed.</source>
        <translation>持续跟踪任务，直到每台桌面都已就绪或失败。</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Milliseconds before the first job poll (default 2000); later polls back off to 15000.</source>
        <translation>首次查询任务前等待的毫秒数（默认 2000）；之后的查询间隔会逐步延长到 15000。</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot; (none is saved); save one from the wizard&apos;s connection page.</source>
        <translation>没有名为“%1”的连接配置（尚未保存任何配置）；请在向导的连接页保存一个。</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;; the saved ones are: %2.</source>
        <translation>没有名为“%1”的连接配置；已保存的配置有：%2。</translation>
    </message>
    <message>
        <source>--endpoint is required.</source>
        <translation>必须提供 --endpoint。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no endpoint; give --endpoint.</source>
        <translation>连接配置“%1”没有终端节点；请提供 --endpoint。</translation>
    </message>
    <message>
        <source>--endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation>--endpoint“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>--auth must be token, password or aksk, not &quot;%1&quot;.</source>
        <translation>--auth 必须是 token、password 或 aksk，而不是“%1”。</translation>
    </message>
    <message>
        <source>--auth token needs the token in the environment variable DESKWIZ_TOKEN.</source>
        <translation>--auth token 需要在环境变量 DESKWIZ_TOKEN 中提供令牌。</translation>
    </message>
    <message>
        <source>--auth password needs DESKWIZ_IAM_DOMAIN, DESKWIZ_IAM_USER and DESKWIZ_IAM_PASSWORD in the environment.</source>
        <translation>--auth password 需要在环境中设置 DESKWIZ_IAM_DOMAIN、DESKWIZ_IAM_USER 和 DESKWIZ_IAM_PASSWORD。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; logs in with a password but has no IAM domain or user; set DESKWIZ_IAM_DOMAIN and DESKWIZ_IAM_USER.</source>
        <translation>连接配置“%1”使用密码登录，但没有 IAM 账号或用户；请设置 DESKWIZ_IAM_DOMAIN 和 DESKWIZ_IAM_USER。</translation>
    </message>
    <message>
        <source>--auth aksk needs DESKWIZ_AK and DESKWIZ_SK in the environment.</source>
        <translation>--auth aksk 需要在环境中设置 DESKWIZ_AK 和 DESKWIZ_SK。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; logs in with AK/SK but has no AK; set DESKWIZ_AK.</source>
        <translation>连接配置“%1”使用 AK/SK 登录，但没有 AK；请设置 DESKWIZ_AK。</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the secret of the profile &quot;%1&quot; cannot be read from it.</source>
        <translation>本系统没有可用的密钥环，因此无法从中读取连接配置“%1”的密钥。</translation>
    </message>
    <message>
        <source>Set %1 in the environment, or save the secret of the profile &quot;%2&quot; in the system keychain from the wizard&apos;s connection page.</source>
        <translation>请在环境中设置 %1，或在向导的连接页将连接配置“%2”的密钥保存到系统密钥环。</translation>
    </message>
    <message>
        <source>deskwiz: %1</source>
        <translation>deskwiz：%1</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>desktop %1</source>
        <translation>桌面 %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Polling failed (%1 in a row), trying again: %2</source>
        <translation>查询进度失败（连续 %1 次），正在重试：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n further request(s) were not sent.</source>
        <translation>
            <numerusform>另有 %n 个请求未发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request to send.</source>
        <translation>要发送的请求。</translation>
    </message>
    <message>
        <source>Give exactly one FILE.</source>
        <translation>请只提供一个 FILE。</translation>
    </message>
    <message>
        <source>Show the desktops of the jobs JOB_ID...; with --wait, follow them until every desktop is ready or has failed.</source>
        <translation>显示任务 JOB_ID... 的桌面；使用 --wait 时持续跟踪，直到每台桌面都已就绪或失败。</translation>
    </message>
    <message>
        <source>The job ids to look at.</source>
        <translation>要查看的任务 ID。</translation>
    </message>
    <message>
        <source>Give at least one JOB_ID.</source>
        <translation>请至少提供一个 JOB_ID。</translation>
    </message>
    <message>
        <source>%1 contains a line break or another control character, which cannot be sent; set it to the value alone (the value is not shown here).</source>
        <translation>%1 含有换行符或其他控制字符，无法发送；请只将其设为值本身（此处不显示该值）。</translation>
    </message>
    <message>
        <source>The secret of the profile &quot;%1&quot; in the system keychain contains a line break or another control character, which cannot be sent; save it again from the wizard&apos;s connection page, or set %2.</source>
        <translation>系统密钥环中配置文件“%1”的密钥含有换行符或其他控制字符，无法发送；请在向导的连接页面重新保存，或设置 %2。</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from %1 to %2; &quot;%3&quot; is not.</source>
        <translation>--timeout 必须是 %1 到 %2 之间的秒数；“%3”不是。</translation>
    </message>
    <message numerus="yes">
        <source>The job(s) %1 may still be running. Follow them again with the same DESKWIZ_ environment variables:</source>
        <translation>
            <numerusform>任务 %1 可能仍在运行。请使用相同的 DESKWIZ_ 环境变量再次跟踪：</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1 not found: the service lists no desktop of it. Check the job id, and that --endpoint and --project-id (or --region, --profile) are those it was submitted with.</source>
        <translation>未找到任务 %1：服务没有列出它的任何桌面。请检查任务 ID，以及 --endpoint 和 --project-id（或 --region、--profile）是否与提交时相同。</translation>
    </message>
    <message>
        <source>Connect as the saved connection profile NAME (saved from the wizard&apos;s connection page) instead of a template&apos;s own connection; the options below override its settings. Its secret comes from the environment variable of the login kind, else from the system keychain.</source>
        <translation>使用已保存的连接配置 NAME（在向导的连接页保存）进行连接，而不使用模板自带的连接；下列选项会覆盖其设置。其密钥取自对应登录方式的环境变量，否则取自系统密钥环。</translation>
    </message>
    <message>
        <source>The Workspace endpoint URL, e.g. https://workspace.cn-north-4.myhuaweicloud.com (default: the profile&apos;s, else the template&apos;s).</source>
        <translation>云桌面终端节点 URL，例如 https://workspace.cn-north-4.myhuaweicloud.com（默认：取自连接配置，否则取自模板）。</translation>
    </message>
    <message>
        <source>How to log in: token (DESKWIZ_TOKEN), password (DESKWIZ_IAM_DOMAIN, DESKWIZ_IAM_USER, DESKWIZ_IAM_PASSWORD) or aksk (DESKWIZ_AK, DESKWIZ_SK, optional DESKWIZ_SECURITY_TOKEN). Default: the profile&apos;s, else the template&apos;s, else token.</source>
        <translation>登录方式：token（DESKWIZ_TOKEN）、password（DESKWIZ_IAM_DOMAIN、DESKWIZ_IAM_USER、DESKWIZ_IAM_PASSWORD）或 aksk（DESKWIZ_AK、DESKWIZ_SK，可选 DESKWIZ_SECURITY_TOKEN）。默认：取自连接配置，否则取自模板，否则为 token。</translation>
    </message>
    <message>
        <source>Seconds each request may take as a whole, its answer included (default 30); one still running then ends as timed out.</source>
        <translation>每个请求（包括接收应答）总共可用的秒数（默认 30）；到时仍未完成的请求将以超时结束。</translation>
    </message>
    <message>
        <source>Speak HTTP/1.1 only, for a proxy or gateway that mishandles HTTP/2 (the environment variable DESKWIZ_NO_HTTP2=1 does the same, for the wizard too).</source>
        <translation>只使用 HTTP/1.1，适用于无法正确处理 HTTP/2 的代理或网关（设置环境变量 DESKWIZ_NO_HTTP2=1 效果相同，且对向导也有效）。</translation>
    </message>
    <message>
        <source>Send the create-desktops request in FILE (a template, a bare API body or a test case) and print the job id; with --wait, follow it until every desktop is ready or has failed.</source>
        <translation>发送 FILE（模板、纯 API 正文或测试用例）中的创建桌面请求，并输出任务 ID；使用 --wait 时持续跟踪，直到每台桌面都已就绪或失败。</translation>
    </message>
    <message>
        <source>deskwiz: job %1 accepted</source>
        <translation>deskwiz：任务 %1 已受理</translation>
    </message>
    <message>
        <source>--poll-interval must be a whole number of milliseconds, 1 or more; &quot;%1&quot; is not.</source>
        <translation>--poll-interval 必须是不小于 1 的整数毫秒数；“%1”不是。</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Elapsed: %1:%2</source>
        <translation>已用时间：%1:%2</translation>
    </message>
    <message>
        <source>Submit and progress</source>
        <translation>提交与进度</translation>
    </message>
    <message>
        <source>Send the request once and follow each desktop until it is ready or has failed.</source>
        <translation>发送一次请求，并跟踪每台桌面，直到其就绪或失败。</translation>
    </message>
    <message>
        <source>Sends the request exactly once; it is never sent again automatically</source>
        <translation>请求只发送一次；绝不会自动再次发送</translation>
    </message>
    <message>
        <source>Desktops and their progress</source>
        <translation>桌面及其进度</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>总体进度</translation>
    </message>
    <message>
        <source>not submitted yet</source>
        <translation>尚未提交</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>The job id of each request sent; `deskwiz jobs JOB_ID` follows it from the command line</source>
        <translation>已发送的每个请求的任务 ID；可在命令行用 `deskwiz jobs JOB_ID` 跟踪</translation>
    </message>
    <message>
        <source>Creates a new request with the same configuration for the failed desktops only</source>
        <translation>仅为失败的桌面创建一个配置相同的新请求</translation>
    </message>
    <message>
        <source>&amp;Job ID:</source>
        <translation>任务 ID(&amp;J)：</translation>
    </message>
    <message>
        <source>Reading the job&apos;s progress failed (trying again): %1</source>
        <translation>读取任务进度失败（正在重试）：%1</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>正在发送请求…</translation>
    </message>
    <message>
        <source>Resubmit the failed desktops</source>
        <translation>重新提交失败的桌面</translation>
    </message>
    <message numerus="yes">
        <source>Create a new request for the %n failed desktop(s), with the same configuration?</source>
        <translation>
            <numerusform>要为 %n 台失败的桌面创建一个配置相同的新请求吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed desktops do not exist; a new job is started for them and followed in this table.</source>
        <translation>失败的桌面并不存在；将为它们启动一个新任务，并在此表格中跟踪。</translation>
    </message>
    <message>
        <source>Sending a new request for the failed desktops…</source>
        <translation>正在为失败的桌面发送新请求…</translation>
    </message>
    <message>
        <source>Accepted as job %1. The desktops are being created.</source>
        <translation>已受理，任务为 %1。正在创建桌面。</translation>
    </message>
    <message>
        <source>The request was not accepted.
%1</source>
        <translation>请求未被受理。
%1</translation>
    </message>
    <message>
        <source>No desktop was created: correct the request (Back) and send it again.</source>
        <translation>没有创建任何桌面：请修正请求（上一步）后再次发送。</translation>
    </message>
    <message numerus="yes">
        <source>All %n desktop(s) were created.</source>
        <translation>
            <numerusform>%n 台桌面已全部创建。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 created, %2 failed. See the failure reasons in the table.</source>
        <translation>完成：创建 %1 台，失败 %2 台。失败原因见表格。</translation>
    </message>
    <message>
        <source>Stopped following the job: %1
The desktops may still be created; follow them with `deskwiz jobs %2`.</source>
        <translation>已停止跟踪任务：%1
桌面可能仍会创建；请用 `deskwiz jobs %2` 跟踪。</translation>
    </message>
    <message>
        <source>%1 of %2 ready, %3 failed</source>
        <translation>%1/%2 台已就绪，%3 台失败</translation>
    </message>
    <message>
        <source>Submitted. Follow each desktop below; this page can be closed once all are done.</source>
        <translation>已提交。请在下方跟踪每台桌面；全部完成后即可关闭此页。</translation>
    </message>
    <message>
        <source>The request still has errors: go back to the review page.</source>
        <translation>请求仍有错误：请返回检查页。</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. The request is sent exactly once.</source>
        <translation>尚未发送任何内容。请求只会发送一次。</translation>
    </message>
    <message>
        <source>Cop&amp;y job ID</source>
        <translation>复制任务 ID(&amp;Y)</translation>
    </message>
    <message>
        <source>Resubmit the &amp;failed desktops…</source>
        <translation>重新提交失败的桌面(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Look for the job</source>
        <translation>查找任务(&amp;L)</translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation>再次发送(&amp;G)…</translation>
    </message>
    <message>
        <source>Lists the recent jobs of the service and follows this request&apos;s job if the service accepted it; sends nothing</source>
        <translation>列出服务最近的任务；如果服务已受理此请求，则跟踪其任务；不发送任何内容</translation>
    </message>
    <message>
        <source>After a confirmation: change and send the request again, knowing that the desktops may already exist</source>
        <translation>确认后修改并再次发送请求（需注意桌面可能已经存在）</translation>
    </message>
    <message>
        <source>No answer came to the request.
%1</source>
        <translation>请求没有收到应答。
%1</translation>
    </message>
    <message>
        <source>The desktops may have been created. Look for the job before sending the request again, or check the desktops in the Workspace console.</source>
        <translation>桌面可能已经创建。再次发送请求前，请先查找任务，或在云桌面控制台中检查桌面。</translation>
    </message>
    <message>
        <source>Looking for the job among the service&apos;s recent jobs…</source>
        <translation>正在服务最近的任务中查找该任务…</translation>
    </message>
    <message>
        <source>Looking for the job failed: %1
The desktops may have been created; try again, or check the Workspace console.</source>
        <translation>查找任务失败：%1
桌面可能已经创建；请重试，或检查云桌面控制台。</translation>
    </message>
    <message>
        <source>Found the request&apos;s job %1: the service accepted it. Following its desktops.</source>
        <translation>找到了该请求的任务 %1：服务已受理该请求。正在跟踪其桌面。</translation>
    </message>
    <message>
        <source>No recent job holds the desktops of this request: it was most likely not created. Check the Workspace console to be sure, then send it again if needed.</source>
        <translation>最近的任务中都没有此请求的桌面：该请求很可能未被创建。请在云桌面控制台中确认，必要时再次发送。</translation>
    </message>
    <message>
        <source>Several recent jobs may be this request&apos;s: %1. Follow them with `deskwiz jobs %2` before sending anything again.</source>
        <translation>最近有多个任务可能属于此请求：%1。再次发送任何内容之前，请先用 `deskwiz jobs %2` 跟踪它们。</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>再次发送请求</translation>
    </message>
    <message>
        <source>The desktops of the last request may have been created already. Sending again may create them twice. Send again anyway?</source>
        <translation>上一个请求的桌面可能已经创建。再次发送可能会重复创建。仍要再次发送吗？</translation>
    </message>
    <message>
        <source>A new request for the failed desktops is sent at once.</source>
        <translation>将立即为失败的桌面发送一个新请求。</translation>
    </message>
    <message>
        <source>You go back to the review, where you can change the request before sending it. Look for the job first, or check the desktops in the Workspace console.</source>
        <translation>将返回检查页，您可以在发送前修改请求。请先查找任务，或在云桌面控制台中检查桌面。</translation>
    </message>
    <message numerus="yes">
        <source>C&amp;reate %n desktop(s)</source>
        <translation>
            <numerusform>创建 %n 台桌面(&amp;R)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Required, unique, up to %1 characters: %2</source>
        <translation>必填，不可重复，最多 %1 个字符：%2</translation>
    </message>
    <message>
        <source>Up to %1 characters: %2</source>
        <translation>最多 %1 个字符：%2</translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <source>Tags and project</source>
        <translation>标签和项目</translation>
    </message>
    <message>
        <source>Optional: tags for cost and search, the enterprise project, and a package billed by the hour.</source>
        <translation>可选：用于成本和检索的标签、企业项目，以及按小时计费的套餐。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>At most %1 tags with unique keys; never any of %2</source>
        <translation>最多 %1 个标签，键不可重复；不能包含 %2 中的字符</translation>
    </message>
    <message>
        <source>0 (the default project)</source>
        <translation>0（默认项目）</translation>
    </message>
    <message>
        <source>&amp;Enterprise project ID:</source>
        <translation>企业项目 ID(&amp;E)：</translation>
    </message>
    <message>
        <source>Optional: up to %1 letters, digits, - and _; empty means the default project (0)</source>
        <translation>可选：最多 %1 个字母、数字、- 和 _；留空表示默认项目（0）</translation>
    </message>
    <message>
        <source>Hourly package &amp;product ID:</source>
        <translation>按小时套餐产品 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>Optional: given together with the offering ID</source>
        <translation>可选：需与商品 ID 一起填写</translation>
    </message>
    <message>
        <source>Hourly package &amp;offering ID:</source>
        <translation>按小时套餐商品 ID(&amp;O)：</translation>
    </message>
    <message>
        <source>Optional: given together with the product ID</source>
        <translation>可选：需与产品 ID 一起填写</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>A template needs a name; give it one before saving.</source>
        <translation>模板需要名称；请在保存前为其命名。</translation>
    </message>
    <message>
        <source>A template never holds a secret (token, password or SK); remove this member. Secrets belong in the keychain or the environment.</source>
        <translation>模板绝不包含密钥（令牌、密码或 SK）；请删除此成员。密钥应放在密钥环或环境变量中。</translation>
    </message>
    <message>
        <source>Template format %1 is unknown; this deskwiz reads formats 1 to %2.</source>
        <translation>未知的模板格式 %1；此版本的 deskwiz 可读取格式 1 到 %2。</translation>
    </message>
    <message>
        <source>This is not a template: it has no &quot;deskwiz_template&quot; member. A template starts with {&quot;deskwiz_template&quot;: %1, ...}.</source>
        <translation>这不是模板：它没有 &quot;deskwiz_template&quot; 成员。模板以 {&quot;deskwiz_template&quot;: %1, ...} 开头。</translation>
    </message>
    <message>
        <source>&quot;deskwiz_template&quot; must be the format version, a whole number from 1 to %1.</source>
        <translation>&quot;deskwiz_template&quot; 必须是格式版本号，即 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>This template was written by a newer deskwiz (template format %1); this deskwiz reads format %2 and older. Update deskwiz to open it.</source>
        <translation>此模板由较新版本的 deskwiz 写入（模板格式 %1）；此版本的 deskwiz 只能读取格式 %2 及更早的格式。请更新 deskwiz 后再打开。</translation>
    </message>
    <message>
        <source>A secret-looking member was ignored: templates never hold a token, password or SK. Remove it from the file.</source>
        <translation>已忽略一个疑似密钥的成员：模板绝不包含令牌、密码或 SK。请从文件中删除它。</translation>
    </message>
    <message>
        <source>The template has no &quot;name&quot;; add &quot;name&quot;: &quot;a name&quot;.</source>
        <translation>模板没有 &quot;name&quot;；请添加 &quot;name&quot;: &quot;名称&quot;。</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty string, not %1.</source>
        <translation>&quot;name&quot; 必须是非空字符串，而不是%1。</translation>
    </message>
    <message>
        <source>&quot;description&quot; must be a string, not %1.</source>
        <translation>&quot;description&quot; 必须是字符串，而不是%1。</translation>
    </message>
    <message>
        <source>&quot;os_type&quot; must be &quot;Windows&quot; or &quot;Linux&quot;.</source>
        <translation>&quot;os_type&quot; 必须是 &quot;Windows&quot; 或 &quot;Linux&quot;。</translation>
    </message>
    <message>
        <source>&quot;domain_type&quot; must be &quot;LITE_AD&quot; or &quot;LOCAL_AD&quot;.</source>
        <translation>&quot;domain_type&quot; 必须是 &quot;LITE_AD&quot; 或 &quot;LOCAL_AD&quot;。</translation>
    </message>
    <message>
        <source>&quot;context&quot; must be an object, not %1.</source>
        <translation>&quot;context&quot; 必须是对象，而不是%1。</translation>
    </message>
    <message>
        <source>&quot;connection&quot; must be an object, not %1.</source>
        <translation>&quot;connection&quot; 必须是对象，而不是%1。</translation>
    </message>
    <message>
        <source>The template has no &quot;request&quot;; add &quot;request&quot;: {...} with the body of the create-desktops call.</source>
        <translation>模板没有 &quot;request&quot;；请添加 &quot;request&quot;: {...}，内容为创建桌面调用的正文。</translation>
    </message>
    <message>
        <source>&quot;request&quot; must be an object, not %1.</source>
        <translation>&quot;request&quot; 必须是对象，而不是%1。</translation>
    </message>
    <message>
        <source>%1 A template is a JSON object such as {&quot;deskwiz_template&quot;: 1, &quot;name&quot;: &quot;...&quot;, &quot;request&quot;: {...}}.</source>
        <translation>%1 模板是一个 JSON 对象，例如 {&quot;deskwiz_template&quot;: 1, &quot;name&quot;: &quot;...&quot;, &quot;request&quot;: {...}}。</translation>
    </message>
    <message>
        <source>This is not a template: the document is %1; a template is a JSON object with &quot;deskwiz_template&quot;: %2.</source>
        <translation>这不是模板：该文档是%1；模板是带有 &quot;deskwiz_template&quot;: %2 的 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>TemplateDrafts</name>
    <message>
        <source>A template holds no secret: type the token, password or SK of this connection.</source>
        <translation>模板不含任何密钥：请输入此连接的令牌、密码或 SK。</translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>名称或描述</translation>
    </message>
    <message>
        <source>Shows only the templates whose name or description contains this text (case does not matter).</source>
        <translation>只显示名称或描述中包含此文本的模板（不区分大小写）。</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>搜索模板</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>The saved templates. A broken file is marked and cannot be opened.</source>
        <translation>已保存的模板。损坏的文件会被标出，且无法打开。</translation>
    </message>
    <message>
        <source>Saved templates</source>
        <translation>已保存的模板</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Start the wizard from the selected template.</source>
        <translation>从所选模板开始向导。</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Give the selected template another name.</source>
        <translation>为所选模板换一个名称。</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Save a copy of the selected template.</source>
        <translation>保存所选模板的副本。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected file; Undo delete brings it back.</source>
        <translation>删除所选文件；“撤销删除”可将其恢复。</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>撤销删除(&amp;N)</translation>
    </message>
    <message>
        <source>Bring back the template deleted last.</source>
        <translation>恢复最近删除的模板。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Copy a template from any file into your templates.</source>
        <translation>将任意文件中的模板复制到您的模板中。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the selected template to a file of your choice.</source>
        <translation>将所选模板写入您选择的文件。</translation>
    </message>
    <message>
        <source>%1 (broken)</source>
        <translation>%1（已损坏）</translation>
    </message>
    <message>
        <source>Bring back &quot;%1&quot;.</source>
        <translation>恢复“%1”。</translation>
    </message>
    <message>
        <source>Nothing was deleted in this session.</source>
        <translation>本次会话中未删除任何内容。</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>重命名模板</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>已重命名为“%1”。</translation>
    </message>
    <message>
        <source>Saved a copy as &quot;%1&quot;.</source>
        <translation>已将副本保存为“%1”。</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo delete brings it back until you quit deskwiz.</source>
        <translation>已删除“%1”。退出 deskwiz 之前，可用“撤销删除”将其恢复。</translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;.</source>
        <translation>已恢复“%1”。</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>deskwiz templates (*.deskwiz.json);;JSON files (*.json);;All files (*)</source>
        <translation>deskwiz 模板 (*.deskwiz.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <source>deskwiz templates (*.deskwiz.json);;All files (*)</source>
        <translation>deskwiz 模板 (*.deskwiz.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>已将“%1”导出到 %2。</translation>
    </message>
    <message>
        <source>This file cannot be opened; mend it in a text editor or delete it.
%1</source>
        <translation>无法打开此文件；请在文本编辑器中修复或删除它。
%1</translation>
    </message>
    <message>
        <source>Imported %1 without what looked like a secret (templates never hold one); the file itself still has it:
%2</source>
        <translation>已导入 %1，并去掉了疑似密钥的内容（模板绝不包含密钥）；但原文件中仍有该内容：
%2</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>无法读取该文件（%1）。</translation>
    </message>
    <message>
        <source>A template called &quot;%1&quot; already exists; choose another name or replace it.</source>
        <translation>已存在名为“%1”的模板；请换一个名称或替换它。</translation>
    </message>
    <message>
        <source>This template cannot be renamed: %1</source>
        <translation>无法重命名此模板：%1</translation>
    </message>
    <message>
        <source>A template needs a name; type one.</source>
        <translation>模板需要名称；请输入一个。</translation>
    </message>
    <message>
        <source>A template called &quot;%1&quot; already exists; choose another name.</source>
        <translation>已存在名为“%1”的模板；请换一个名称。</translation>
    </message>
    <message>
        <source>This template cannot be duplicated: %1</source>
        <translation>无法复制此模板：%1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>There is no template file at %1.</source>
        <translation>%1 处没有模板文件。</translation>
    </message>
    <message>
        <source>The trash folder %1 cannot be created; nothing was deleted.</source>
        <translation>无法创建回收站文件夹 %1；未删除任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be moved to the trash; nothing was deleted.</source>
        <translation>无法将 %1 移到回收站；未删除任何内容。</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>%1 cannot be restored from the trash folder %2.</source>
        <translation>无法从回收站文件夹 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <source>This template cannot be exported: %1</source>
        <translation>无法导出此模板：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); nothing was changed.</source>
        <translation>无法写入 %1（%2）；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The template folder %1 cannot be created; nothing was saved.</source>
        <translation>无法创建模板文件夹 %1；未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 is a template file that cannot be read, and deskwiz never writes over such a file so that nothing in it is lost; choose another file name, or mend or delete that file first.</source>
        <translation>%1 是无法读取的模板文件，为避免其中的内容丢失，deskwiz 绝不会覆盖此类文件；请换一个文件名，或先修复或删除该文件。</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>Refusing plain http to %1: only https is allowed, except to this computer (127.0.0.1, ::1, localhost). Use an https:// endpoint.</source>
        <translation>拒绝以明文 http 连接 %1：只允许 https，本机（127.0.0.1、::1、localhost）除外。请使用 https:// 终端节点。</translation>
    </message>
    <message>
        <source>Refusing the URL &quot;%1&quot;: only https:// endpoints are supported.</source>
        <translation>拒绝 URL“%1”：只支持 https:// 终端节点。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and desktops</source>
        <translation>用户和桌面</translation>
    </message>
    <message>
        <source>Give each user a desktop, or create a pool of desktops not yet assigned.</source>
        <translation>为每个用户分配一台桌面，或创建一批暂不分配的桌面池。</translation>
    </message>
    <message>
        <source>Desktops &amp;assigned to users</source>
        <translation>分配给用户的桌面(&amp;A)</translation>
    </message>
    <message>
        <source>One desktop per row; all desktops of a request get the same configuration</source>
        <translation>每行一台桌面；同一请求中的所有桌面配置相同</translation>
    </message>
    <message>
        <source>An unassigned &amp;pool of desktops</source>
        <translation>未分配的桌面池(&amp;P)</translation>
    </message>
    <message>
        <source>Desktops that are assigned to users later</source>
        <translation>以后再分配给用户的桌面</translation>
    </message>
    <message>
        <source>Users and their desktops</source>
        <translation>用户及其桌面</translation>
    </message>
    <message>
        <source>1-%1 desktops a request</source>
        <translation>每个请求 1-%1 台桌面</translation>
    </message>
    <message>
        <source>Select a cell and type to edit it (F2 edits too); the arrow keys move between cells and Tab leaves the table.</source>
        <translation>选中单元格后直接输入即可编辑（也可按 F2）；方向键在单元格间移动，Tab 键离开表格。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Number of &amp;desktops:</source>
        <translation>桌面数量(&amp;D)：</translation>
    </message>
    <message>
        <source>%1-%2 desktops</source>
        <translation>%1-%2 台桌面</translation>
    </message>
    <message>
        <source>Optional: the name (1-%1 characters) of a single desktop, or a prefix (1-%2 characters) for several</source>
        <translation>可选：单台桌面的名称（1-%1 个字符），或多台桌面的前缀（1-%2 个字符）</translation>
    </message>
    <message>
        <source>Optional: a desktop name policy; an explicit name wins over it</source>
        <translation>可选：桌面命名策略；明确填写的名称优先</translation>
    </message>
    <message>
        <source>Send each user an &amp;e-mail when the desktop is ready</source>
        <translation>桌面就绪后给每个用户发送邮件(&amp;E)</translation>
    </message>
    <message>
        <source>email_notification: sent as you choose here</source>
        <translation>email_notification：按此处的选择发送</translation>
    </message>
    <message>
        <source>E-mail notification</source>
        <translation>邮件通知</translation>
    </message>
    <message>
        <source>Desktop na&amp;me or prefix:</source>
        <translation>桌面名称或前缀(&amp;M)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Name p&amp;olicy:</source>
        <translation>命名策略(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Give exactly one FILE.</source>
        <translation>请只提供一个 FILE。</translation>
    </message>
    <message>
        <source>The most desktops one request may carry (default %1).</source>
        <translation>一个请求最多可包含的桌面数（默认 %1）。</translation>
    </message>
    <message>
        <source>--max-per-request must be a whole number from 1 to %1; &quot;%2&quot; is not</source>
        <translation>--max-per-request 必须是 1 到 %1 之间的整数；“%2”不是</translation>
    </message>
    <message>
        <source>A deskwiz template (*.deskwiz.json), a bare create-desktops API body, or a test case ({&quot;request&quot;: {...}, &quot;context&quot;: {...}}).</source>
        <translation>deskwiz 模板（*.deskwiz.json）、纯创建桌面 API 正文，或测试用例（{&quot;request&quot;: {...}, &quot;context&quot;: {...}}）。</translation>
    </message>
    <message>
        <source>Checks a create-desktops request against every rule of the API, without sending it.
Prints one line per problem, &quot;POINTER: message&quot; (warnings as &quot;POINTER: warning: message&quot;).
Exit code: 0 valid (warnings allowed), 1 invalid, 2 usage error or unreadable file.
A template or a test case is judged in its own context unless options say otherwise; a bare body defaults to Windows and LITE_AD.</source>
        <translation>按 API 的全部规则检查创建桌面请求，但不发送它。
每个问题输出一行，格式为“POINTER: 消息”（警告为“POINTER: 警告：消息”）。
退出码：0 有效（允许有警告），1 无效，2 用法错误或文件无法读取。
除非选项另有指定，模板或测试用例按其自身的上下文检查；纯正文默认为 Windows 和 LITE_AD。</translation>
    </message>
    <message>
        <source>Prints the exact create-desktops body deskwiz submit would send for FILE, as indented JSON.
A request with more desktops than one request may carry (--max-per-request, default %1) is split into batches as submit splits it, and a JSON array of bodies is printed.
Exit code: 0 printed, 1 the file does not parse (the problems are printed), 2 usage error or unreadable file.</source>
        <translation>以缩进的 JSON 格式输出 deskwiz submit 针对 FILE 将会发送的完整创建桌面正文。
如果请求中的桌面数超过一个请求可包含的数量（--max-per-request，默认 %1），则按 submit 的方式拆分为多批，并输出由各正文组成的 JSON 数组。
退出码：0 已输出，1 文件无法解析（会输出问题），2 用法错误或文件无法读取。</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 is required; give a non-empty value</source>
        <translation>%1为必填项；请填写非空的值</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters; it has %3</source>
        <translation>%1最多 %2 个字符；当前为 %3 个</translation>
    </message>
    <message>
        <source>%1 is required; one of: %2</source>
        <translation>%1为必填项；可选值：%2</translation>
    </message>
    <message>
        <source>%1 must be one of %2; &quot;%3&quot; is not</source>
        <translation>%1必须是 %2 之一；“%3”不符合</translation>
    </message>
    <message>
        <source>At most %1 %2 are allowed; %3 given</source>
        <translation>最多允许 %1 个%2；当前为 %3 个</translation>
    </message>
    <message>
        <source>%1 type</source>
        <translation>%1类型</translation>
    </message>
    <message>
        <source>%1 size is required: a multiple of %2 between %3 and %4 GB</source>
        <translation>%1大小为必填项：%3 到 %4 GB 之间 %2 的倍数</translation>
    </message>
    <message>
        <source>%1 size must be a multiple of %2 between %3 and %4 GB; %5 is not</source>
        <translation>%1大小必须是 %3 到 %4 GB 之间 %2 的倍数；%5 不符合</translation>
    </message>
    <message>
        <source>%1 must not contain any of %2; &quot;%3&quot; contains &quot;%4&quot;</source>
        <translation>%1不能包含 %2 中的任何字符；“%3”包含“%4”</translation>
    </message>
    <message>
        <source>%1 may contain only letters, digits and %2; &quot;%3&quot; contains &quot;%4&quot;</source>
        <translation>%1只能包含字母、数字和 %2 中的字符；“%3”包含“%4”</translation>
    </message>
    <message>
        <source>Desktop type</source>
        <translation>桌面类型</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <source>Image type &quot;%1&quot; is accepted by some API versions only; %2 are the documented ones</source>
        <translation>镜像类型“%1”只有部分 API 版本接受；文档中列出的是 %2</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>镜像类型</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <source>A root volume is required: a type (%1) and a size of %2 to %3 GB</source>
        <translation>系统盘为必填项：类型（%1）和 %2 到 %3 GB 的大小</translation>
    </message>
    <message>
        <source>Root volume</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <source>data volumes</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>Data volume %1</source>
        <translation>第 %1 块数据盘</translation>
    </message>
    <message>
        <source>NICs</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>The subnet ID of NIC %1</source>
        <translation>第 %1 个网卡的子网 ID</translation>
    </message>
    <message>
        <source>security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>The ID of security group %1</source>
        <translation>第 %1 个安全组的 ID</translation>
    </message>
    <message>
        <source>Give either desktops (desktops assigned to users) or size (an unassigned pool), not both</source>
        <translation>请填写 desktops（分配给用户的桌面）或 size（未分配的桌面池），不能同时填写</translation>
    </message>
    <message>
        <source>Give either desktops (desktops assigned to users) or size (an unassigned pool of desktops)</source>
        <translation>请填写 desktops（分配给用户的桌面）或 size（未分配的桌面池）</translation>
    </message>
    <message>
        <source>User name is required: 1 to %1 letters, digits, %2</source>
        <translation>用户名为必填项：1 到 %1 个字母、数字或 %2 中的字符</translation>
    </message>
    <message>
        <source>User name must be at most %1 characters with %2; &quot;%3&quot; has %4</source>
        <translation>在 %2 下用户名最多 %1 个字符；“%3”有 %4 个</translation>
    </message>
    <message>
        <source>User name may contain only letters, digits and %1; &quot;%2&quot; contains &quot;%3&quot;</source>
        <translation>用户名只能包含字母、数字和 %1 中的字符；“%2”包含“%3”</translation>
    </message>
    <message>
        <source>User name must start with a letter or a digit with %1; &quot;%2&quot; does not</source>
        <translation>在 %1 下用户名必须以字母或数字开头；“%2”不符合</translation>
    </message>
    <message>
        <source>User name must start with a letter with %1; &quot;%2&quot; does not</source>
        <translation>在 %1 下用户名必须以字母开头；“%2”不符合</translation>
    </message>
    <message>
        <source>E-mail must be an address like name@example.com; &quot;%1&quot; is not</source>
        <translation>电子邮件必须是类似 name@example.com 的地址；“%1”不符合</translation>
    </message>
    <message>
        <source>Phone must be a mobile number of %1 to %2 digits, optionally starting with +; &quot;%3&quot; is not</source>
        <translation>电话必须是 %1 到 %2 位数字的手机号码，可以 + 开头；“%3”不符合</translation>
    </message>
    <message>
        <source>User group must be one of %1 on %2; &quot;%3&quot; is not</source>
        <translation>在 %2 上用户组必须是 %1 之一；“%3”不符合</translation>
    </message>
    <message>
        <source>Computer name must be 1 to %1 letters, digits or -, start with a letter or digit and not end with -</source>
        <translation>计算机名必须是 1 到 %1 个字母、数字或 -，以字母或数字开头，且不能以 - 结尾</translation>
    </message>
    <message>
        <source>%1; &quot;%2&quot; is not</source>
        <translation>%1；“%2”不符合</translation>
    </message>
    <message>
        <source>Computer names must be unique; &quot;%1&quot; is already used by desktop %2</source>
        <translation>计算机名不能重复；“%1”已被桌面 %2 使用</translation>
    </message>
    <message>
        <source>OS host name must be 1 to %1 characters; &quot;%2&quot; has %3</source>
        <translation>系统主机名必须是 1 到 %1 个字符；“%2”有 %3 个</translation>
    </message>
    <message>
        <source>Desktop name prefix</source>
        <translation>桌面名称前缀</translation>
    </message>
    <message>
        <source>With a pool of %1 desktops the desktop name is a prefix of 1 to %2 characters; &quot;%3&quot; has %4</source>
        <translation>桌面池有 %1 台桌面时，桌面名称是 1 到 %2 个字符的前缀；“%3”有 %4 个</translation>
    </message>
    <message>
        <source>Desktop name must be 1 to %1 characters; &quot;%2&quot; has %3</source>
        <translation>桌面名称必须是 1 到 %1 个字符；“%2”有 %3 个</translation>
    </message>
    <message>
        <source>desktop IP addresses</source>
        <translation>桌面 IP 地址</translation>
    </message>
    <message>
        <source>Desktop IP must be an IPv4 address like 192.168.0.10; &quot;%1&quot; is not</source>
        <translation>桌面 IP 必须是类似 192.168.0.10 的 IPv4 地址；“%1”不符合</translation>
    </message>
    <message>
        <source>Pool size must be %1 to %2 desktops; %3 is not</source>
        <translation>桌面池大小必须是 %1 到 %2 台；%3 不符合</translation>
    </message>
    <message>
        <source>Enterprise project ID must be 1 to %1 letters, digits, - or _ (&quot;0&quot; is the default project); &quot;%2&quot; is not</source>
        <translation>企业项目 ID 必须是 1 到 %1 个字母、数字、- 或 _（“0”为默认项目）；“%2”不符合</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>Tag key is required: 1 to %1 letters, digits, %2</source>
        <translation>标签键为必填项：1 到 %1 个字母、数字或 %2 中的字符</translation>
    </message>
    <message>
        <source>Tag key must be at most %1 characters; &quot;%2&quot; has %3</source>
        <translation>标签键最多 %1 个字符；“%2”有 %3 个</translation>
    </message>
    <message>
        <source>Tag keys must be unique; &quot;%1&quot; is already tag %2</source>
        <translation>标签键不能重复；“%1”已是第 %2 个标签</translation>
    </message>
    <message>
        <source>Tag value must be at most %1 characters; &quot;%2&quot; has %3</source>
        <translation>标签值最多 %1 个字符；“%2”有 %3 个</translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation>标签值</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port must be %1 to %2; %3 is not</source>
        <translation>端口必须是 %1 到 %2；%3 不符合</translation>
    </message>
    <message>
        <source>availability zones</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>EIP ID</source>
        <translation>弹性公网 IP ID</translation>
    </message>
    <message>
        <source>The existing EIP &quot;%1&quot; is bound; its type, charge mode and bandwidth are ignored: give either an ID or a new EIP&apos;s settings</source>
        <translation>已绑定现有的弹性公网 IP“%1”，其类型、计费方式和带宽将被忽略：请填写 ID 或新弹性公网 IP 的设置，二选一</translation>
    </message>
    <message>
        <source>EIP type</source>
        <translation>弹性公网 IP 类型</translation>
    </message>
    <message>
        <source>EIP charge mode must be one of %1; &quot;%2&quot; is not</source>
        <translation>弹性公网 IP 计费方式必须是 %1 之一；“%2”不符合</translation>
    </message>
    <message>
        <source>A new EIP needs a bandwidth of %1 to %2 Mbit/s</source>
        <translation>新弹性公网 IP 需要 %1 到 %2 Mbit/s 的带宽</translation>
    </message>
    <message>
        <source>EIP bandwidth must be %1 to %2 Mbit/s; %3 is not</source>
        <translation>弹性公网 IP 带宽必须是 %1 到 %2 Mbit/s；%3 不符合</translation>
    </message>
    <message>
        <source>Desktop name policy ID</source>
        <translation>桌面命名策略 ID</translation>
    </message>
    <message>
        <source>Hour package product ID</source>
        <translation>按小时套餐产品 ID</translation>
    </message>
    <message>
        <source>Hour package offering ID</source>
        <translation>按小时套餐商品 ID</translation>
    </message>
    <message>
        <source>An hour package needs both a product ID and an offering ID; the offering ID is missing</source>
        <translation>按小时套餐需要同时填写产品 ID 和商品 ID；缺少商品 ID</translation>
    </message>
    <message>
        <source>An hour package needs both a product ID and an offering ID; the product ID is missing</source>
        <translation>按小时套餐需要同时填写产品 ID 和商品 ID；缺少产品 ID</translation>
    </message>
    <message>
        <source>Availability zone must not be empty: leave it out for the service&apos;s default zone, or name a zone such as cn-north-4a</source>
        <translation>可用区不能为空：如需使用服务的默认可用区，请省略此项；否则请填写可用区，例如 cn-north-4a</translation>
    </message>
    <message>
        <source>The chosen image needs a system disk of at least %1 GB; make it %2 GB or more (%3 GB is too small)</source>
        <translation>所选镜像需要至少 %1 GB 的系统盘；请设为 %2 GB 或更大（%3 GB 太小）</translation>
    </message>
    <message>
        <source>A request must have 1 to %1 desktops; it has none: add a user, or give size instead for an unassigned pool</source>
        <translation>一个请求必须包含 1 到 %1 台桌面；当前没有桌面：请添加用户，或改为填写 size 以创建未分配的桌面池</translation>
    </message>
    <message>
        <source>The desktop name &quot;%1&quot; only names an unassigned pool (given with size); desktops assigned to users are named by their computer_name or desktop_name_prefix, so it is ignored</source>
        <translation>桌面名称“%1”只用于命名未分配的桌面池（与 size 一起填写）；分配给用户的桌面由其 computer_name 或 desktop_name_prefix 命名，因此该名称将被忽略</translation>
    </message>
    <message>
        <source>%1 of %2 desktops have a computer_name, which wins over the desktop name policy: the policy names only the others</source>
        <translation>%2 台桌面中有 %1 台填写了 computer_name，它优先于桌面命名策略：命名策略只为其余桌面命名</translation>
    </message>
    <message>
        <source>The desktop name &quot;%1&quot; wins over the desktop name policy: the pool is named by it, not by the policy</source>
        <translation>桌面名称“%1”优先于桌面命名策略：桌面池按此名称命名，而不是按命名策略</translation>
    </message>
    <message>
        <source>A request must have 1 to %1 desktops; it has %2 (deskwiz submit sends a larger one as several requests of %1)</source>
        <translation>一个请求必须包含 1 到 %1 台桌面；此请求有 %2 台（deskwiz submit 会把更大的请求拆分为多个各含 %1 台的请求发送）</translation>
    </message>
    <message>
        <source>The package %1 is for %2 but the image is %3: choose a %3 package.</source>
        <translation>套餐 %1 适用于 %2，但镜像是 %3：请选择 %3 套餐。</translation>
    </message>
</context>
<context>
    <name>VolumeEditor</name>
    <message>
        <source>Data disks</source>
        <translation>数据盘</translation>
    </message>
</context>
<context>
    <name>VolumeListModel</name>
    <message>
        <source>Disk type</source>
        <translation>磁盘类型</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation>大小（GB）</translation>
    </message>
    <message>
        <source>One of the disk types the service offers: %1</source>
        <translation>服务提供的磁盘类型之一：%1</translation>
    </message>
    <message>
        <source>%1-%2 GB, a multiple of %3</source>
        <translation>%1-%2 GB，且为 %3 的倍数</translation>
    </message>
</context>
<context>
    <name>WizardCommand</name>
    <message>
        <source>deskwiz: unknown option &apos;%1&apos;; see deskwiz --help</source>
        <translation>deskwiz：未知选项“%1”；参见 deskwiz --help</translation>
    </message>
    <message>
        <source>deskwiz: unknown command &apos;%1&apos;; see deskwiz --help</source>
        <translation>deskwiz：未知命令“%1”；参见 deskwiz --help</translation>
    </message>
    <message>
        <source>deskwiz: %1 See deskwiz --help.</source>
        <translation>deskwiz：%1 参见 deskwiz --help。</translation>
    </message>
    <message>
        <source>deskwiz: warning: there is no translation for --lang &apos;%1&apos;; using English. Available: %2.</source>
        <translation>deskwiz：警告：没有 --lang“%1”的翻译；使用英文。可用：%2。</translation>
    </message>
    <message>
        <source>the built-in sandbox was already running</source>
        <translation>内置沙箱已在运行</translation>
    </message>
    <message>
        <source>the built-in sandbox had not started</source>
        <translation>内置沙箱尚未启动</translation>
    </message>
    <message>
        <source>deskwiz: painted the first page after %1 ms; %2.</source>
        <translation>deskwiz：%1 毫秒后绘制出第一页；%2。</translation>
    </message>
</context>
<context>
    <name>WizardLookups</name>
    <message>
        <source>%1 failed: %2 — type the value.</source>
        <translation>加载%1失败：%2 — 请手动输入值。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载%1…</translation>
    </message>
    <message>
        <source>availability zones</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>products</source>
        <translation>产品套餐</translation>
    </message>
    <message>
        <source>images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>name policies</source>
        <translation>命名策略</translation>
    </message>
</context>
<context>
    <name>WizardTemplates</name>
    <message>
        <source>Start &amp;from template…</source>
        <translation>从模板开始(&amp;F)…</translation>
    </message>
    <message>
        <source>Fill the whole wizard from a saved template</source>
        <translation>用已保存的模板填写整个向导</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>另存为模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Save this request, its context and the connection (never a secret) as a template</source>
        <translation>将此请求、其上下文和连接（绝不包括密钥）保存为模板</translation>
    </message>
    <message>
        <source>Started from the template &quot;%1&quot;.</source>
        <translation>已从模板“%1”开始。</translation>
    </message>
    <message>
        <source>Started from the request in %1.</source>
        <translation>已从 %1 中的请求开始。</translation>
    </message>
</context>
<context>
    <name>WorkspaceClient</name>
    <message>
        <source>Refusing to send credentials to %1: they are only for %2.</source>
        <translation>拒绝向 %1 发送凭据：凭据只用于 %2。</translation>
    </message>
    <message>
        <source>The service accepted the request but sent no job id.</source>
        <translation>服务受理了请求，但未返回任务 ID。</translation>
    </message>
    <message>
        <source>IAM answered the login with HTTP %1 instead of 201.</source>
        <translation>IAM 对登录返回了 HTTP %1，而不是 201。</translation>
    </message>
    <message>
        <source>IAM accepted the login but sent no X-Subject-Token.</source>
        <translation>IAM 接受了登录，但未返回 X-Subject-Token。</translation>
    </message>
    <message>
        <source>The service answered with something that is not the expected JSON object (%1).</source>
        <translation>服务返回的内容不是预期的 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>The service&apos;s answer has no list &quot;%1&quot;.</source>
        <translation>服务的应答中没有列表“%1”。</translation>
    </message>
</context>
<context>
    <name>deskwiz</name>
    <message>
        <source>check a template or request body; one line per problem</source>
        <translation>检查模板或请求正文；每个问题一行</translation>
    </message>
    <message>
        <source>print the exact request body (an array when batched)</source>
        <translation>输出完整的请求正文（分批时为数组）</translation>
    </message>
    <message>
        <source>send a request and optionally wait for its desktops</source>
        <translation>发送请求，可等待桌面创建完成</translation>
    </message>
    <message>
        <source>show the progress of jobs by id</source>
        <translation>按任务 ID 显示进度</translation>
    </message>
    <message>
        <source>run the local Workspace simulator in the foreground</source>
        <translation>在前台运行本地云桌面模拟器</translation>
    </message>
    <message>
        <source>Usage: deskwiz [--sandbox] [--template FILE] [--lang LANG]</source>
        <translation>用法：deskwiz [--sandbox] [--template FILE] [--lang LANG]</translation>
    </message>
    <message>
        <source>       deskwiz COMMAND [options]   (COMMAND --help shows its options)</source>
        <translation>      deskwiz COMMAND [选项]   （COMMAND --help 显示其选项）</translation>
    </message>
    <message>
        <source>Creates Huawei Cloud Workspace desktops.</source>
        <translation>创建华为云云桌面。</translation>
    </message>
    <message>
        <source>Wizard options:</source>
        <translation>向导选项：</translation>
    </message>
    <message>
        <source>start the local simulator and connect to it</source>
        <translation>启动本地模拟器并连接到它</translation>
    </message>
    <message>
        <source>start from a template or request body</source>
        <translation>从模板或请求正文开始</translation>
    </message>
    <message>
        <source>the language, e.g. en or zh_CN</source>
        <translation>界面语言，例如 en 或 zh_CN</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>显示此帮助</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
</context>
</TS>
