using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>
/// Which database the app uses: the provider (<see cref="DatabaseProvider"/>) and <c>ConnectionStrings:News</c> (env
/// <c>ConnectionStrings__News</c>): SQLite's file, or the PostgreSQL server.
/// </summary>
public static class DatabaseOptions
{
    public const string ConnectionStringName = "News";
    public const string DefaultConnectionString = "Data Source=data/news.db";
    public const string ProviderKey = "NewsApi:Database:Provider";
    public const string ReadReplicaConnectionStringName = "NewsReadReplica";
    public const string ChangeCheckKey = "NewsApi:Database:ChangeCheckMilliseconds";
    public const string ReplicaWaitKey = "NewsApi:Database:ReplicaWaitMilliseconds";
    public const string SqliteMemoryKey = "NewsApi:Database:SqliteMemoryMiB";

    /// <summary>
    /// The memory SQLite may keep for all of the process's connections together (its soft heap limit), in bytes:
    /// past it, each connection's page cache reuses its own pages instead of growing. Every pooled read connection
    /// otherwise keeps up to 2 MiB of pages, ~2 MiB × the requests in flight; documents are read once in turn and the
    /// OS page cache holds the file anyway. Default 16 MiB; 0 lifts the limit.
    /// </summary>
    public static long SqliteMemoryBytes(IConfiguration configuration) =>
        WholeNumber(configuration, SqliteMemoryKey, 16, 0, 65_536, "a whole number of MiB from 0 (no limit) to 65536") * 1024L * 1024;

    /// <summary>
    /// How long a change-signal version read from the database is trusted (<see cref="PolledChangeSignal"/>), and on
    /// PostgreSQL how long a write waits after its commit before it is acknowledged (<see cref="DatabaseWriter"/>):
    /// the same window on both sides is what makes every process see an acknowledged write. Default 50 ms.
    /// </summary>
    public static TimeSpan ChangeCheck(IConfiguration configuration) => Milliseconds(configuration, ChangeCheckKey, 50, min: 1);

    /// <summary>How long a read waits for a lagging standby before it goes to the primary (<see cref="Postgres.ReadReplicaRouter"/>). Default 100 ms.</summary>
    public static TimeSpan ReplicaWait(IConfiguration configuration) => Milliseconds(configuration, ReplicaWaitKey, 100, min: 0);

    static TimeSpan Milliseconds(IConfiguration configuration, string key, int fallback, int min) =>
        TimeSpan.FromMilliseconds(WholeNumber(configuration, key, fallback, min, 60_000, $"a whole number of milliseconds from {min} to 60000"));

    // a setting that is a whole number in [min, max], or fallback when unset; anything else stops start-up saying what it must be
    static int WholeNumber(IConfiguration configuration, string key, int fallback, int min, int max, string mustBe) =>
        configuration[key] is not { Length: > 0 } text ? fallback
        : int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new InvalidOperationException($"{key} is '{text}'; it must be {mustBe}.");

    /// <summary>
    /// <c>ConnectionStrings:NewsReadReplica</c> (env <c>ConnectionStrings__NewsReadReplica</c>): a PostgreSQL streaming
    /// standby that takes reads, or null. SQLite has no standby: a replica configured with it stops the app at start-up.
    /// </summary>
    public static string? ReadReplicaConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ReadReplicaConnectionStringName) is { Length: > 0 } replica
            ? Provider(configuration) == DatabaseProvider.Postgres
                ? replica
                : throw new InvalidOperationException(
                    $"ConnectionStrings:{ReadReplicaConnectionStringName} (env ConnectionStrings__{ReadReplicaConnectionStringName}) is set, " +
                    $"but a read replica needs PostgreSQL: set {ProviderKey}=postgres, or remove the replica (SQLite has none).")
            : null;

    /// <summary>The configured provider; an unknown name stops the app at start-up with the names it accepts.</summary>
    public static DatabaseProvider Provider(IConfiguration configuration) =>
        configuration[ProviderKey]?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            var other => throw new InvalidOperationException(
                $"{ProviderKey} is '{other}'; it must be 'sqlite' (the default) or 'postgres'."),
        };

    /// <summary>
    /// The PostgreSQL connection string: there is no default server, so a missing one stops the app at start-up with
    /// what to set.
    /// </summary>
    public static string PostgresConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"{ProviderKey} is 'postgres' but ConnectionStrings:{ConnectionStringName} (env ConnectionStrings__{ConnectionStringName}) " +
                "is not set; give it an Npgsql connection string, e.g. 'Host=localhost;Database=news;Username=news;Password=…'.");

    /// <summary>What commands print as the database they use: the SQLite file, or PostgreSQL's host, port and database (never a password).</summary>
    public static string Describe(IConfiguration configuration) => Provider(configuration) switch
    {
        DatabaseProvider.Postgres => Postgres.PostgresConnectionFactory.Describe(PostgresConnectionString(configuration)),
        _ => FilePath(configuration),
    };

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
