namespace NewsApi.Data;

/// <summary>Where the SQLite file lives: <c>ConnectionStrings:News</c> (env <c>ConnectionStrings__News</c>).</summary>
public static class DatabaseOptions
{
    public const string ConnectionStringName = "News";
    public const string DefaultConnectionString = "Data Source=data/news.db";
}
