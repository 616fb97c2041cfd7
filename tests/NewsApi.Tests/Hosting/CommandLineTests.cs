using System.Net;
using System.Net.Sockets;

namespace NewsApi.Tests.Hosting;

/// <summary>The command line of the built app: usage, refused typos, which database, a port already taken.</summary>
[Trait("Category", "Slow")]
public sealed class CommandLineTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("newsapi-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    Dictionary<string, string> Database => new() { ["ConnectionStrings__News"] = $"Data Source={Path.Combine(_dir, "news.db")}" };

    static string AppFolder => Path.GetDirectoryName(RunningApp.AppDll)!;

    [Fact]
    public async Task Help_PrintsTheCommandsOptionsAndDatabase_AndExits0()
    {
        var (exit, output, _) = await RunningApp.RunToExitAsync(_dir, Database, "--help");

        Assert.Equal(0, exit);
        foreach (var text in new[] { "usage: NewsApi", "import PATH", "keys create NAME", "backup FILE", "--urls", $"database: {Path.Combine(_dir, "news.db")}" })
            Assert.Contains(text, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("imprt", "x")]
    [InlineData("srve")]
    [InlineData("-v")]
    public async Task UnknownCommandOrOption_PrintsUsageAndExits2_InsteadOfServing(params string[] args)
    {
        var port = RunningApp.FreePort();

        var (exit, output, errors) = await RunningApp.RunToExitAsync(_dir, Database, [.. args, "--urls", $"http://127.0.0.1:{port}"]);

        Assert.Equal(2, exit);
        Assert.Contains($"'{args[0]}'", errors, StringComparison.Ordinal);
        Assert.Contains("usage: NewsApi", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RelativeDatabasePath_IsTakenFromTheAppFolder_WhateverTheWorkingDirectory()
    {
        var relative = Path.Combine($"newsapi-test-{Guid.NewGuid():N}", "news.db");
        var expected = Path.Combine(AppFolder, relative);
        try
        {
            var (exit, _, errors) = await RunningApp.RunToExitAsync(_dir,
                new Dictionary<string, string> { ["ConnectionStrings__News"] = $"Data Source={relative}" }, "keys", "list");

            Assert.Equal(0, exit);
            Assert.StartsWith($"database: {expected}", errors, StringComparison.Ordinal);
            Assert.True(File.Exists(expected), $"{expected} was not created");
            Assert.False(File.Exists(Path.Combine(_dir, relative)), "the database went to the working directory");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(expected)!, recursive: true);
        }
    }

    [Fact]
    public async Task Serve_PortAlreadyInUse_NamesTheAddressAndExits1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var (exit, output, errors) = await RunningApp.RunToExitAsync(_dir, Database, "--urls", address);

        Assert.Equal(1, exit);
        Assert.Contains($"{address}: address already in use", errors, StringComparison.Ordinal);
        Assert.Contains("--urls", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output + errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_SaysWhichDatabaseFileItUses()
    {
        await using var app = await RunningApp.StartAsync();

        Assert.Contains($"Database: {app.DatabasePath}", app.Output, StringComparison.Ordinal);
    }
}
