using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>Where the SQLite file lives: <c>ConnectionStrings:News</c> (env <c>ConnectionStrings__News</c>).</summary>
public static class DatabaseOptions
{
    public const string ConnectionStringName = "News";
    public const string DefaultConnectionString = "Data Source=data/news.db";

    /// <summary>
    /// The folder a relative database file name is taken from: the one holding NewsApi.dll. The working directory (and
    /// the content root, which defaults to it) changes with how the app is started — <c>dotnet run</c>, the DLL from the
    /// repository root, a service manager — while every command of one build must find the same file.
    /// </summary>
    public static string BaseDirectory { get; } = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);

    /// <summary>The configured connection string (or the default) with a relative file name made absolute.</summary>
    public static string ConnectionString(IConfiguration configuration) =>
        ResolveRelativeTo(configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString, BaseDirectory);

    /// <summary>The database file the configuration names, as an absolute path (or ":memory:").</summary>
    public static string FilePath(IConfiguration configuration) =>
        new SqliteConnectionStringBuilder(ConnectionString(configuration)).DataSource is { Length: > 0 } file ? file : ":memory:";

    public static string ResolveRelativeTo(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is "" or ":memory:" || Path.IsPathRooted(builder.DataSource)
            || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return connectionString;
        builder.DataSource = Path.GetFullPath(Path.Combine(baseDirectory, builder.DataSource));
        return builder.ToString();
    }
}
