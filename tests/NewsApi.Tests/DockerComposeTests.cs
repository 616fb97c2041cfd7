using System.Text.RegularExpressions;
using NewsApi.Data;
using YamlDotNet.RepresentationModel;

namespace NewsApi.Tests;

/// <summary>No Docker engine runs here, so the compose file and Dockerfile are checked by reading them.</summary>
public sealed partial class DockerComposeTests
{
    static YamlMappingNode Service() => (YamlMappingNode)((YamlMappingNode)Root()["services"])["newsapi"];

    static YamlMappingNode Root()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(RepoFiles.Path("docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value!;

    [Fact]
    public void Compose_PublishesPort8080WhereTheAppListens()
    {
        var service = Service();
        var environment = (YamlMappingNode)service["environment"];

        Assert.Contains("8080:8080", ((YamlSequenceNode)service["ports"]).Select(Scalar));
        Assert.Equal("8080", Scalar(environment["ASPNETCORE_HTTP_PORTS"]));
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

    static string DockerfilePath()
    {
        var build = (YamlMappingNode)Service()["build"];
        var path = RepoFiles.Path(Scalar(build["context"]), Scalar(build["dockerfile"]));
        Assert.True(File.Exists(path), $"{path} does not exist");
        return path;
    }

    [GeneratedRegex(@"FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build")]
    private static partial Regex SdkStage();

    [GeneratedRegex(@"FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0")]
    private static partial Regex RuntimeStage();

    [GeneratedRegex(@"^COPY (?!--from)((?:\S+ )+)\S+$", RegexOptions.Multiline)]
    private static partial Regex CopyLine();
}
