using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>Where the SQLite file lives: <c>ConnectionStrings:News</c> (env <c>ConnectionStrings__News</c>).</summary>
public static class DatabaseOptions
{
    public const string ConnectionStringName = "News";
    public const string DefaultConnectionString = "Data Source=data/news.db";

    /// <summary>A relative file name is taken relative to the content root, whatever the working directory.</summary>
    public static string ResolveRelativeTo(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is "" or ":memory:" || Path.IsPathRooted(builder.DataSource)
            || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return connectionString;
        builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        return builder.ToString();
    }
}
