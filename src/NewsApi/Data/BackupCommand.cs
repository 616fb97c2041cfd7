using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>
/// <c>NewsApi backup FILE</c>: a consistent copy of the database made with SQLite's online backup API, safe while
/// the service runs and writes (the copy is one snapshot: the writes committed before it started, none after).
/// Written beside FILE first and moved into place once its integrity check passes, so FILE is never half a copy.
/// </summary>
public static class BackupCommand
{
    public const string Usage = "usage: NewsApi backup FILE   copy the database (consistently, even while the service runs) to FILE";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, IDictionary<string, string?>? settings = null)
    {
        if (args is not [var target] || target.StartsWith('-'))
        {
            await (args is ["--help" or "-h"] ? output : errors).WriteLineAsync(Usage);
            return args is ["--help" or "-h"] ? 0 : 2;
        }

        var builder = Host.CreateApplicationBuilder();
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        await errors.WriteLineAsync(Hosting.CommandHost.DatabaseLine(builder.Configuration));
        if (DatabaseOptions.Provider(builder.Configuration) == DatabaseProvider.Postgres)
        {
            // a server database has its own consistent, online tool; a copy made here would only pretend to be one
            await errors.WriteLineAsync(
                "error: backup copies the SQLite file; on PostgreSQL use the server's tool, which is consistent while the service runs:\n" +
                $"  pg_dump --format=custom --file={target} <the database of ConnectionStrings:News>\n" +
                "and pg_restore to bring it back.");
            return 1;
        }
        var source = new SqliteConnectionStringBuilder(DatabaseOptions.ConnectionString(builder.Configuration)) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        if (!File.Exists(source.DataSource))
        {
            await errors.WriteLineAsync($"error: {source.DataSource}: no database to back up");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var full = Path.GetFullPath(target);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        File.Delete(partial);
        long articles;
        await using (var from = new SqliteConnection(source.ToString()))
        await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            await from.OpenAsync();
            await from.ExecuteAsync("PRAGMA busy_timeout = 5000;");
            await to.OpenAsync();
            // one step (-1): the whole copy under one read transaction, so it is a single snapshot even with a writer busy
            from.BackupDatabase(to);
            // a single self-contained file: no -wal beside it to lose when it is copied elsewhere
            await to.ExecuteAsync("PRAGMA journal_mode = DELETE;");
            var check = await to.ExecuteScalarAsync<string>("PRAGMA integrity_check;");
            if (check != "ok")
            {
                await errors.WriteLineAsync($"error: the copy failed its integrity check: {check}");
                return 1;
            }
            articles = await to.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles");
        }
        File.Move(partial, full, overwrite: true);
        await output.WriteLineAsync(
            $"backed up {articles} articles from {source.DataSource} to {full} ({new FileInfo(full).Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
