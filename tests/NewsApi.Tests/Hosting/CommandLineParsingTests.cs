using NewsApi.Hosting;

namespace NewsApi.Tests.Hosting;

/// <summary>How arguments are read, in process.</summary>
public sealed class CommandLineParsingTests
{
    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5000")]
    [InlineData("serve", "--urls", "http://127.0.0.1:5000")]
    [InlineData("--urls=http://127.0.0.1:5000", "--NewsApi:ApiKey=secret")]
    [InlineData("--environment", "Development", "/NewsApi:CacheMaxAgeSeconds=0")]
    public async Task OptionsOnly_AskForTheServer(params string[] args)
    {
        var errors = new StringWriter();

        Assert.Null(await CommandLine.RunCommandAsync(args, TextWriter.Null, errors));
        Assert.Empty(errors.ToString());
    }

    [Theory]
    [InlineData("serve", "now")]
    [InlineData("--urls")]
    [InlineData("--urls", "http://127.0.0.1:5000", "import")]
    public async Task StrayArguments_AreRefusedWithExitCode2(params string[] args)
    {
        var errors = new StringWriter();

        Assert.Equal(2, await CommandLine.RunCommandAsync(args, TextWriter.Null, errors));
        Assert.Contains("error: ", errors.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("imprt", "import")]
    [InlineData("key", "keys")]
    [InlineData("bakup", "backup")]
    public async Task ATypoOfACommand_IsAnsweredWithTheCommandMeant(string typed, string meant)
    {
        var errors = new StringWriter();

        Assert.Equal(2, await CommandLine.RunCommandAsync([typed, "x"], TextWriter.Null, errors));
        Assert.Contains($"unknown command '{typed}' (did you mean '{meant}'?)", errors.ToString(), StringComparison.Ordinal);
    }
}
