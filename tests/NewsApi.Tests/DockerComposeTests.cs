using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using NewsApi.Data;
using YamlDotNet.RepresentationModel;

namespace NewsApi.Tests;

/// <summary>No Docker engine runs here, so the compose file and Dockerfile are checked by reading them.</summary>
public sealed partial class DockerComposeTests
{
    static YamlMappingNode Service(string name = "newsapi") => (YamlMappingNode)((YamlMappingNode)Root()["services"])[name];

    static IReadOnlyList<string> Profiles(YamlMappingNode service) =>
        service.Children.TryGetValue(new YamlScalarNode("profiles"), out var profiles) ? [.. ((YamlSequenceNode)profiles).Select(Scalar)] : [];

    static YamlMappingNode Root()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(RepoFiles.Path("docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value!;

    /// <summary>A published port as compose reads it, with <c>${VAR:-default}</c> taken from <paramref name="environment"/> or its default.</summary>
    static (string HostIp, string HostPort, string ContainerPort) Published(string port, IReadOnlyDictionary<string, string>? environment = null)
    {
        var resolved = ComposeVariable().Replace(port, m => environment?.GetValueOrDefault(m.Groups[1].Value) ?? m.Groups[2].Value);
        var parts = resolved.Split(':');
        Assert.Equal(3, parts.Length);
        return (parts[0], parts[1], parts[2]);
    }

    static List<string> Ports() => ((YamlSequenceNode)Service()["ports"]).Select(Scalar).ToList();

    [Fact]
    public void Compose_PublishesPort8080WhereTheAppListens()
    {
        var environment = (YamlMappingNode)Service()["environment"];

        Assert.Equal(("127.0.0.1", "8080", "8080"), Published(Assert.Single(Ports())));
        Assert.Contains("8080", Scalar(environment["ASPNETCORE_HTTP_PORTS"]).Split(';'));
    }

    [Fact]
    public void Compose_PublishesOnLoopbackOnly_UnlessNewsApiBindSaysOtherwise()
    {
        var port = Assert.Single(Ports());

        Assert.Equal("127.0.0.1", Published(port).HostIp);
        Assert.Equal(("0.0.0.0", "80", "8080"), Published(port, new Dictionary<string, string> { ["NEWSAPI_BIND"] = "0.0.0.0", ["NEWSAPI_PORT"] = "80" }));
    }

    [Fact]
    public void Compose_KeepsMetricsOnAPortItDoesNotPublish()
    {
        var environment = (YamlMappingNode)Service()["environment"];
        var metricsPort = Scalar(environment["NewsApi__MetricsPort"]);

        Assert.Contains(metricsPort, Scalar(environment["ASPNETCORE_HTTP_PORTS"]).Split(';'));
        Assert.All(Ports(), p => Assert.NotEqual(metricsPort, Published(p).ContainerPort));
        Assert.DoesNotContain("9090", Published(Assert.Single(Ports())).HostPort);
    }

    [Fact]
    public void Readme_SaysHowToCreateAKeyAndImportIntoTheContainer()
    {
        var readme = File.ReadAllText(RepoFiles.Path("README.md"));

        Assert.Contains("docker compose exec newsapi dotnet NewsApi.dll keys create", readme, StringComparison.Ordinal);
        Assert.Contains("docker compose run --rm", readme, StringComparison.Ordinal);
        Assert.Contains("newsapi import /import", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_KeepsTheDatabaseOnANamedVolume()
    {
        var service = Service();
        var environment = (YamlMappingNode)service["environment"];
        var mount = Assert.Single(((YamlSequenceNode)service["volumes"]).Select(Scalar));
        var (volume, path) = (mount.Split(':')[0], mount.Split(':')[1]);
        var connectionString = Scalar(environment[$"ConnectionStrings__{DatabaseOptions.ConnectionStringName}"]);

        Assert.True(((YamlMappingNode)Root()["volumes"]).Children.ContainsKey(new YamlScalarNode(volume)), $"volume {volume} is not declared");
        Assert.Equal($"Data Source={path}/news.db", connectionString);
    }

    [Fact]
    public void Compose_HealthcheckHitsTheHealthEndpoint()
    {
        var healthcheck = (YamlMappingNode)Service()["healthcheck"];
        var test = string.Join(" ", ((YamlSequenceNode)healthcheck["test"]).Select(Scalar));

        Assert.Contains("http://localhost:8080/health", test, StringComparison.Ordinal);
        Assert.StartsWith("CMD curl", test, StringComparison.Ordinal);
        Assert.Contains("curl", File.ReadAllText(DockerfilePath()), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_BuildsFromAMultiStageDockerfileThatExists()
    {
        var dockerfile = File.ReadAllText(DockerfilePath());

        Assert.Matches(SdkStage(), dockerfile);
        Assert.Matches(RuntimeStage(), dockerfile);
        Assert.Contains("EXPOSE 8080", dockerfile, StringComparison.Ordinal);
        Assert.Contains("src/NewsApi/NewsApi.csproj", dockerfile, StringComparison.Ordinal);
        // every COPY source exists in the build context (the repository root)
        foreach (Match copy in CopyLine().Matches(dockerfile))
            foreach (var source in copy.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                Assert.True(File.Exists(RepoFiles.Path(source)) || Directory.Exists(RepoFiles.Path(source)), $"COPY source {source} is missing");
    }

    [Fact]
    public void PostgresProfile_RunsPostgres15OnAVolume_WithAHealthcheck_AndPublishesNoDatabasePort()
    {
        var postgres = Service("postgres");
        var mount = Assert.Single(((YamlSequenceNode)postgres["volumes"]).Select(Scalar));
        var healthcheck = string.Join(" ", ((YamlSequenceNode)((YamlMappingNode)postgres["healthcheck"])["test"]).Select(Scalar));

        Assert.Equal(["postgres"], Profiles(postgres));
        Assert.Equal("postgres:15", Scalar(postgres["image"]));
        Assert.Equal("/var/lib/postgresql/data", mount.Split(':')[1]);
        Assert.True(((YamlMappingNode)Root()["volumes"]).Children.ContainsKey(new YamlScalarNode(mount.Split(':')[0])));
        Assert.StartsWith("CMD pg_isready", healthcheck, StringComparison.Ordinal);
        Assert.False(postgres.Children.ContainsKey(new YamlScalarNode("ports")), "the database must not be published");
    }

    [Fact]
    public void PostgresProfile_PointsNewsApiAtThePostgresService_OnceItIsHealthy()
    {
        var app = Service("newsapi-postgres");
        var postgres = (YamlMappingNode)Service("postgres")["environment"];
        var environment = (YamlMappingNode)app["environment"];
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(
            ComposeVariable().Replace(Scalar(environment["ConnectionStrings__News"]), m => m.Groups[2].Value));
        var dependsOn = (YamlMappingNode)((YamlMappingNode)app["depends_on"])["postgres"];

        Assert.Equal(["postgres"], Profiles(app));
        Assert.Empty(Profiles(Service()));
        Assert.Equal(DatabaseProvider.Postgres, DatabaseOptions.Provider(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseOptions.ProviderKey] = Scalar(environment["NewsApi__Database__Provider"]) })
            .Build()));
        Assert.Equal(("postgres", "news", "news"), (connection.Host, connection.Database, connection.Username));
        Assert.Equal(ComposeVariable().Replace(Scalar(postgres["POSTGRES_PASSWORD"]), m => m.Groups[2].Value), connection.Password);
        Assert.Equal("service_healthy", Scalar(dependsOn["condition"]));
        Assert.Equal(Scalar(Service()["build"]["dockerfile"]), Scalar(app["build"]["dockerfile"]));
        // beside the SQLite service, on its own host port, loopback unless NEWSAPI_BIND says otherwise
        var port = Published(Assert.Single(((YamlSequenceNode)app["ports"]).Select(Scalar)));
        Assert.Equal(("127.0.0.1", "8081", "8080"), port);
    }

    static string DockerfilePath()
    {
        var build = (YamlMappingNode)Service()["build"];
        var path = RepoFiles.Path(Scalar(build["context"]), Scalar(build["dockerfile"]));
        Assert.True(File.Exists(path), $"{path} does not exist");
        return path;
    }

    [GeneratedRegex(@"\$\{(\w+):-([^}]*)\}")]
    private static partial Regex ComposeVariable();

    [GeneratedRegex(@"FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build")]
    private static partial Regex SdkStage();

    [GeneratedRegex(@"FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0")]
    private static partial Regex RuntimeStage();

    [GeneratedRegex(@"^COPY (?!--from)((?:\S+ )+)\S+$", RegexOptions.Multiline)]
    private static partial Regex CopyLine();
}
