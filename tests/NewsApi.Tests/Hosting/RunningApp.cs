using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsApi.Tests.Hosting;

/// <summary>
/// The real built app (src/NewsApi/bin/&lt;this test build's configuration&gt;/net10.0/NewsApi.dll) as a child process on a
/// free loopback port, over its own database in a temp folder. Stops it with SIGTERM.
/// </summary>
public sealed class RunningApp : IAsyncDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("newsapi-process-").FullName;
    readonly StringBuilder _output = new();

    public Process Process { get; }

    public Uri BaseAddress { get; }

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>
    /// The output once it contains <paramref name="text"/>, or as it is after <paramref name="timeout"/> (default 5 s):
    /// the process writes its log lines after it answers, so a line about a request may arrive just after the answer.
    /// </summary>
    public async Task<string> OutputContainingAsync(string text, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (!Output.Contains(text, StringComparison.Ordinal) && DateTime.UtcNow < deadline) await Task.Delay(20);
        return Output;
    }

    public string DatabasePath => Path.Combine(_dir, "news.db");

    RunningApp(IReadOnlyDictionary<string, string> settings, IEnumerable<Uri> moreAddresses)
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
        var urls = string.Join(';', moreAddresses.Prepend(BaseAddress).Select(u => u.ToString().TrimEnd('/')));
        foreach (var arg in new[] { AppDll, "--urls", urls }) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__News"] = $"Data Source={DatabasePath}";
        start.Environment["DOTNET_ENVIRONMENT"] = start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings) start.Environment[key] = value;
        Process = new Process { StartInfo = start };
        Process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        Process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        Process.Start();
        Process.BeginOutputReadLine();
        Process.BeginErrorReadLine();
    }

    public static string AppDll
    {
        get
        {
            var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return RepoFiles.Path("src", "NewsApi", "bin", tfm.Parent!.Name, tfm.Name, "NewsApi.dll");
        }
    }

    /// <summary>Starts the app (listening on <see cref="BaseAddress"/> and <paramref name="moreAddresses"/>) and waits until /health/ready answers 200.</summary>
    public static async Task<RunningApp> StartAsync(IReadOnlyDictionary<string, string>? settings = null, params Uri[] moreAddresses)
    {
        Assert.True(File.Exists(AppDll), $"{AppDll} is not built");
        var app = new RunningApp(settings ?? new Dictionary<string, string>(), moreAddresses);
        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(app.Process.HasExited, "the app exited while starting:\n" + app.Output);
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return app;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        await app.DisposeAsync();
        throw new TimeoutException("the app did not become ready:\n" + app.Output);
    }

    /// <summary>Runs the built app with these arguments to its end (at most 60 s), e.g. a command or a start that must fail.</summary>
    public static async Task<(int Exit, string Output, string Errors)> RunToExitAsync(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        Assert.True(File.Exists(AppDll), $"{AppDll} is not built");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(AppDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_ENVIRONMENT"] = start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"dotnet NewsApi.dll {string.Join(' ', args)} was still running after 60 s:\n{await output}{await errors}");
        }
        return (process.ExitCode, await output, await errors);
    }

    public void SendSigterm()
    {
        using var kill = Process.Start("kill", ["-TERM", Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync();
        }
        Process.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
