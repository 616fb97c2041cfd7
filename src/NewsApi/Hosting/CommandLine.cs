using NewsApi.Access;
using NewsApi.Data;
using NewsApi.Ingestion;

namespace NewsApi.Hosting;

/// <summary>
/// What the command line asks for: a command (import, keys, backup), the usage, or — with no command, only options —
/// the server. Anything else is refused with the usage, so a typo never starts the server instead.
/// </summary>
public static class CommandLine
{
    /// <summary>Runs the command <paramref name="args"/> name and returns its exit code; null when they ask for the server.</summary>
    public static async Task<int?> RunCommandAsync(string[] args, TextWriter output, TextWriter errors)
    {
        switch (args)
        {
            case ["import", .. var paths]:
                return await ImportCommand.RunAsync(paths, output, errors, interactive: !Console.IsOutputRedirected);
            case ["keys", .. var keyArgs]:
                return await KeysCommand.RunAsync(keyArgs, output, errors);
            case ["backup", .. var backupArgs]:
                return await BackupCommand.RunAsync(backupArgs, output, errors);
        }
        var problem = FindProblem(args is ["serve", .. var options] ? options : args, out var help);
        if (help)
        {
            await output.WriteLineAsync(Usage(args));
            return 0;
        }
        if (problem is null) return null;
        await errors.WriteLineAsync($"error: {problem}");
        await errors.WriteLineAsync(Usage(args));
        return 2;
    }

    public static string Usage(string[] args) => $"""
        usage: NewsApi [serve] [--urls URL] [--KEY=VALUE]...
                                                       serve the API (the default)
               NewsApi import PATH... | --reextract    import .txt files, folders of them and .jsonl files
               NewsApi keys create NAME | list | revoke ID|NAME
                                                       manage the API keys that writes need
               NewsApi backup FILE                     copy the database consistently, even while the service runs
               NewsApi --help                          this text; COMMAND --help describes a command

        options (for the server; the commands read the same settings from the environment):
          --urls URL[;URL]           where to listen (default http://localhost:5000; also ASPNETCORE_URLS)
          --KEY=VALUE, --KEY VALUE   any configuration key, e.g. --NewsApi:ApiKey=SECRET or
                                     --ConnectionStrings:News="Data Source=/srv/news.db" (README: Configuration)

        database: {DatabaseOptions.FilePath(Configuration(args))}
          (ConnectionStrings:News; a relative file name is taken from {DatabaseOptions.BaseDirectory})
        """;

    /// <summary>
    /// Reads the arguments as ASP.NET Core's command-line configuration does (<c>--key=value</c>, <c>--key value</c>,
    /// <c>/key=value</c>), but where it would silently ignore an argument, names it.
    /// </summary>
    static string? FindProblem(string[] args, out bool help)
    {
        help = false;
        string? problem = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "help" or "--help" or "-h" or "-?" or "/?" or "/help") { help = true; continue; }
            if (problem is not null) continue;
            if (arg.StartsWith("--", StringComparison.Ordinal) || arg.StartsWith('/'))
            {
                if (arg.Contains('=', StringComparison.Ordinal)) continue;
                if (i + 1 < args.Length) { i++; continue; }
                problem = $"option '{arg}' needs a value ({arg}=VALUE or {arg} VALUE)";
            }
            else if (arg.StartsWith('-'))
                problem = $"unknown option '{arg}'";
            else
                problem = i == 0 ? $"unknown command '{arg}'{Suggestion(arg)}" : $"unexpected argument '{arg}'";
        }
        return problem;
    }

    static readonly string[] Commands = ["serve", "import", "keys", "backup", "help"];

    static string Suggestion(string typed) =>
        Commands.FirstOrDefault(c => Distance(c, typed.ToLowerInvariant()) <= 2) is { } command ? $" (did you mean '{command}'?)" : "";

    /// <summary>Levenshtein distance: a typo of one or two letters still finds its command.</summary>
    static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var next = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                (diagonal, row[j]) = (row[j], next);
            }
        }
        return row[b.Length];
    }

    /// <summary>The configuration the server would read (environment, appsettings, these arguments).</summary>
    static IConfiguration Configuration(string[] args) =>
        Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args }).Configuration;
}
