<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Where the desktops are created and how you log in. Secrets stay in memory and are never saved.</source>
        <translation>桌面创建在哪里，以及如何登录。密钥只保存在内存中，从不写入磁盘。</translation>
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
        <source>IAM &amp;user:</source>
        <translation>IAM 用户(&amp;U)：</translation>
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
        <source>The IAM user&apos;s password (kept in memory only)</source>
        <translation>IAM 用户的密码（仅保存在内存中）</translation>
    </message>
    <message>
        <source>derived from the Workspace endpoint</source>
        <translation>由云桌面终端节点推导</translation>
    </message>
    <message>
        <source>IA&amp;M endpoint:</source>
        <translation>IAM 终端节点(&amp;M)：</translation>
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
        <source>The secret access key (kept in memory only)</source>
        <translation>秘密访问密钥（仅保存在内存中）</translation>
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
        <source>Optional, up to 255 characters; empty means the service&apos;s default zone</source>
        <translation>可选，最多 255 个字符；留空表示服务的默认可用区</translation>
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
        <translation>用户名</translation>
    </message>
    <message>
        <source>Letters, digits, - and _; starts with a letter (LITE_AD) or a letter or digit (LOCAL_AD); up to 20 characters (Windows) or 32 (Linux, LOCAL_AD)</source>
        <translation>字母、数字、- 和 _；以字母开头（LITE_AD）或以字母或数字开头（LOCAL_AD）；最多 20 个字符（Windows）或 32 个（Linux、LOCAL_AD）</translation>
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
        <source>Optional: a mobile number, digits with an optional leading +</source>
        <translation>可选：手机号码，数字，可以 + 开头</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>Optional: administrators or users (Windows), sudo or default (Linux)</source>
        <translation>可选：administrators 或 users（Windows），sudo 或 default（Linux）</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>计算机名</translation>
    </message>
    <message>
        <source>Optional: 1-15 letters, digits or -, starting with a letter or digit, not ending with -; unique</source>
        <translation>可选：1-15 个字母、数字或 -，以字母或数字开头，不以 - 结尾；不可重复</translation>
    </message>
    <message>
        <source>OS host name</source>
        <translation>系统主机名</translation>
    </message>
    <message>
        <source>Optional: the name inside the OS, 1-15 characters</source>
        <translation>可选：操作系统内的名称，1-15 个字符</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>名称前缀</translation>
    </message>
    <message>
        <source>Optional: used when no computer name is given</source>
        <translation>可选：未填写计算机名时使用</translation>
    </message>
</context>
<context>
    <name>DraftTableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Add a row at the end</source>
        <translation>在末尾添加一行</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>删除选中的行</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>将选中的行上移</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>将选中的行下移</translation>
    </message>
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
        <source>&amp;No elastic IP</source>
        <translation>不使用弹性公网 IP(&amp;N)</translation>
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
        <source>&amp;Charge mode:</source>
        <translation>计费方式(&amp;C)：</translation>
    </message>
    <message>
        <source>By traffic or by bandwidth</source>
        <translation>按流量或按带宽</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>带宽(&amp;B)：</translation>
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
</context>
<context>
    <name>NicListModel</name>
    <message>
        <source>Subnet ID</source>
        <translation>子网 ID</translation>
    </message>
    <message>
        <source>The id of a VPC subnet; at most 5 NICs</source>
        <translation>VPC 子网的 ID；最多 5 个网卡</translation>
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
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
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
    <message numerus="yes">
        <source>%n NIC(s)</source>
        <translation>
            <numerusform>%n 个网卡</numerusform>
        </translation>
    </message>
    <message>
        <source>the default subnet</source>
        <translation>默认子网</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个安全组</numerusform>
        </translation>
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
</context>
<context>
    <name>SecurityGroupListModel</name>
    <message>
        <source>Security group ID</source>
        <translation>安全组 ID</translation>
    </message>
    <message>
        <source>The id of a security group; at most 5</source>
        <translation>安全组的 ID；最多 5 个</translation>
    </message>
</context>
<context>
    <name>SharedVpcZoneListModel</name>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>An availability zone of the Direct Connect; at most 10</source>
        <translation>云专线的可用区；最多 10 个</translation>
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
        <translation>键</translation>
    </message>
    <message>
        <source>Required, unique, up to 128 characters: letters, digits, - and _</source>
        <translation>必填，不可重复，最多 128 个字符：字母、数字、- 和 _</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Up to 43 characters: letters, digits, - and _</source>
        <translation>最多 43 个字符：字母、数字、- 和 _</translation>
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
        <source>Desktop &amp;name or prefix:</source>
        <translation>桌面名称或前缀(&amp;N)：</translation>
    </message>
    <message>
        <source>Optional: the name (1-%1 characters) of a single desktop, or a prefix (1-%2 characters) for several</source>
        <translation>可选：单台桌面的名称（1-%1 个字符），或多台桌面的前缀（1-%2 个字符）</translation>
    </message>
    <message>
        <source>Name p&amp;olicy ID:</source>
        <translation>命名策略 ID(&amp;O)：</translation>
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
        <source>One of the disk types the service offers (e.g. SAS, SSD, GPSSD)</source>
        <translation>服务提供的磁盘类型之一（例如 SAS、SSD、GPSSD）</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation>大小（GB）</translation>
    </message>
    <message>
        <source>10-32760 GB, a multiple of 10</source>
        <translation>10-32760 GB，且为 10 的倍数</translation>
    </message>
</context>
<context>
    <name>WizardCommand</name>
    <message>
        <source>Opens the wizard that creates Workspace desktops.</source>
        <translation>打开创建云桌面的向导。</translation>
    </message>
    <message>
        <source>Start the local simulator and connect to it.</source>
        <translation>启动本地模拟器并连接到它。</translation>
    </message>
    <message>
        <source>Start from this template or request body.</source>
        <translation>从此模板或请求正文开始。</translation>
    </message>
    <message>
        <source>The language, e.g. en or zh_CN.</source>
        <translation>界面语言，例如 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <source>Run deskwiz --help for the commands.</source>
        <translation>运行 deskwiz --help 查看命令。</translation>
    </message>
    <message>
        <source>the sandbox did not start: %1</source>
        <translation>沙箱未能启动：%1</translation>
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
</context>
</TS>
