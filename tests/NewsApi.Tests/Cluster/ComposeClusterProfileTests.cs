using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace NewsApi.Tests.Cluster;

/// <summary>
/// The compose <c>cluster</c> profile, read as compose reads it (no Docker engine runs here): a PostgreSQL primary, a
/// standby made from its base backup, three replicas and HAProxy with deploy/haproxy.compose.cfg.
/// </summary>
public sealed partial class ComposeClusterProfileTests
{
    static readonly string[] Replicas = ["newsapi-replica-1", "newsapi-replica-2", "newsapi-replica-3"];

    static YamlMappingNode Root()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(RepoFiles.Path("docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    static YamlMappingNode Services() => (YamlMappingNode)Root()["services"];

    static YamlMappingNode Service(string name) => (YamlMappingNode)Services()[name];

    static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value!;

    static IReadOnlyList<string> Strings(YamlNode node) => [.. ((YamlSequenceNode)node).Select(Scalar)];

    static IReadOnlyList<string> Profiles(YamlMappingNode service) =>
        service.Children.TryGetValue(new YamlScalarNode("profiles"), out var profiles) ? Strings(profiles) : [];

    static string Environment(string service, string key) => Scalar(((YamlMappingNode)Service(service)["environment"])[key]);

    static string ComposeConfig => File.ReadAllText(RepoFiles.Path("deploy", "haproxy.compose.cfg"));

    [Fact]
    public void ClusterProfile_HasAPrimaryAStandbyThreeReplicasAndABalancer()
    {
        var cluster = Services().Children
            .Where(s => Profiles((YamlMappingNode)s.Value).Contains("cluster"))
            .Select(s => Scalar(s.Key)).Order().ToList();

        Assert.Equal(["haproxy", "newsapi-replica-1", "newsapi-replica-2", "newsapi-replica-3", "postgres-primary", "postgres-standby"], cluster);
        Assert.Equal("postgres:15", Scalar(Service("postgres-primary")["image"]));
        Assert.Equal("postgres:15", Scalar(Service("postgres-standby")["image"]));
        Assert.Equal("haproxy:2.6", Scalar(Service("haproxy")["image"]));
    }

    [Fact]
    public void ClusterProfile_LeavesTheOtherServicesAndProfilesAsTheyWere()
    {
        Assert.Empty(Profiles(Service("newsapi")));
        Assert.Equal(["postgres"], Profiles(Service("postgres")));
        Assert.Equal(["postgres"], Profiles(Service("newsapi-postgres")));
    }

    [Fact]
    public void Primary_StreamsWal_ToAReplicationUserItsInitScriptCreates()
    {
        var primary = Service("postgres-primary");
        var command = string.Join(' ', Strings(primary["command"]));
        var init = Strings(primary["volumes"]).Single(v => v.Contains("docker-entrypoint-initdb.d", StringComparison.Ordinal));
        var script = File.ReadAllText(RepoFiles.Path(init.Split(':')[0].TrimStart('.', '/').Split('/')));

        Assert.Contains("wal_level=replica", command, StringComparison.Ordinal);
        Assert.Contains("max_wal_senders=", command, StringComparison.Ordinal);
        Assert.Contains("CREATE ROLE replicator REPLICATION LOGIN", script, StringComparison.Ordinal);
        Assert.Contains("pg_create_physical_replication_slot('standby1')", script, StringComparison.Ordinal);
        Assert.Contains("host replication replicator", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Standby_IsABaseBackupOfThePrimary_TakenOnlyIntoAnEmptyVolume()
    {
        var standby = Service("postgres-standby");
        var entrypoint = string.Join('\n', Strings(standby["entrypoint"]));
        var dependsOn = (YamlMappingNode)standby["depends_on"];

        Assert.Matches(@"if \[ ! -s ""\$\$PGDATA/PG_VERSION"" \]", entrypoint);
        Assert.Contains("pg_basebackup --host=postgres-primary --username=replicator", entrypoint, StringComparison.Ordinal);
        Assert.Contains("--write-recovery-conf", entrypoint, StringComparison.Ordinal);
        Assert.Contains("--slot=standby1", entrypoint, StringComparison.Ordinal);
        Assert.Contains("exec postgres -c hot_standby=on", entrypoint, StringComparison.Ordinal);
        Assert.Equal("service_healthy", Scalar(((YamlMappingNode)dependsOn["postgres-primary"])["condition"]));
        // the same password compose gives the primary's init script
        Assert.Equal(Environment("postgres-primary", "NEWSAPI_REPLICATION_PASSWORD"), Environment("postgres-standby", "PGPASSWORD"));
    }

    [Theory]
    [InlineData("newsapi-replica-1")]
    [InlineData("newsapi-replica-2")]
    [InlineData("newsapi-replica-3")]
    public void EachReplica_WritesToThePrimary_ReadsFromTheStandby_AndTrustsOnlyTheBalancer(string replica)
    {
        var service = Service(replica);
        var balancerAddress = Scalar(((YamlMappingNode)((YamlMappingNode)Service("haproxy")["networks"])["cluster"])["ipv4_address"]);

        Assert.Equal("postgres", Environment(replica, "NewsApi__Database__Provider"));
        Assert.StartsWith("Host=postgres-primary;", Environment(replica, "ConnectionStrings__News"), StringComparison.Ordinal);
        Assert.StartsWith("Host=postgres-standby;", Environment(replica, "ConnectionStrings__NewsReadReplica"), StringComparison.Ordinal);
        Assert.Equal(balancerAddress, Environment(replica, "NewsApi__Limits__TrustedProxies__0"));
        Assert.False(service.Children.ContainsKey(new YamlScalarNode("ports")), $"{replica} publishes a port: clients must come through the balancer");
        Assert.Contains("/health/ready", string.Join(' ', Strings(((YamlMappingNode)service["healthcheck"])["test"])), StringComparison.Ordinal);
    }

    [Fact]
    public void Balancer_PublishesOnLoopbackOnly_WithTheConfigFromDeploy()
    {
        var haproxy = Service("haproxy");
        var port = Assert.Single(Strings(haproxy["ports"]));
        var volume = Assert.Single(Strings(haproxy["volumes"]));

        Assert.Equal("${NEWSAPI_BIND:-127.0.0.1}:${NEWSAPI_CLUSTER_PORT:-8082}:8080", port);
        Assert.Equal("./deploy/haproxy.compose.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro", volume);
        Assert.True(File.Exists(RepoFiles.Path("deploy", "haproxy.compose.cfg")));
    }

    [Fact]
    public void BalancerConfig_SpreadsOverEveryReplica_ChecksReadiness_AndPassesTheClient()
    {
        var servers = ServerLine().Matches(ComposeConfig).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(Replicas.Select(r => r + ":8080"), servers);
        Assert.Contains("balance roundrobin", ComposeConfig, StringComparison.Ordinal);
        Assert.Contains("option httpchk GET /health/ready", ComposeConfig, StringComparison.Ordinal);
        Assert.Contains("option forwardfor", ComposeConfig, StringComparison.Ordinal);
        Assert.Contains("bind *:8080", ComposeConfig, StringComparison.Ordinal);
    }

    [Fact]
    public void BalancerConfig_RetriesOnlyIdempotentRequestsOnceSent()
    {
        Assert.Contains("retry-on conn-failure empty-response response-timeout", ComposeConfig, StringComparison.Ordinal);
        Assert.Contains("http-request disable-l7-retry if !METH_GET", ComposeConfig, StringComparison.Ordinal);
        Assert.Contains("option redispatch", ComposeConfig, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s*retries 2\s*$", ComposeConfig);
    }

    [Fact]
    public void BalancerConfigs_ForComposeAndForDeployCluster_AgreeOnEverythingButAddresses()
    {
        // deploy/cluster fills @…@ in the template; compose names its replicas and resolves them with Docker's DNS
        static List<string> Directives(string config) => [.. config.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Where(line => !line.StartsWith("server ", StringComparison.Ordinal) && !line.StartsWith("bind ", StringComparison.Ordinal)
                && !line.StartsWith("stats socket", StringComparison.Ordinal) && line != "@SERVERS@")
            .Where(line => !line.StartsWith("resolvers ", StringComparison.Ordinal) && !line.StartsWith("nameserver ", StringComparison.Ordinal)
                && !line.StartsWith("hold ", StringComparison.Ordinal))
            .Select(line => line.Replace(" resolvers docker init-addr last,libc,none", "", StringComparison.Ordinal))];

        Assert.Equal(Directives(File.ReadAllText(RepoFiles.Path("deploy", "haproxy.cfg.template"))), Directives(ComposeConfig));
    }

    [HaproxyFact]
    public async Task BalancerConfig_ForCompose_ParsesWithHaproxy()
    {
        var (exitCode, output) = await LoadBalancedCluster.CheckHaproxyConfigAsync(RepoFiles.Path("deploy", "haproxy.compose.cfg"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("Configuration file is valid", output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?m)^\s*server replica\d+ (\S+) check")]
    private static partial Regex ServerLine();
}
