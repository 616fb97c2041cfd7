using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsApi.Tests;

/// <summary>SQLite's plan for a statement, against the app's own migrated database: one line a step.</summary>
public static class QueryPlans
{
    public static async Task<IReadOnlyList<string>> ExplainAsync(NewsApiFactory factory, string sql, object parameters)
    {
        _ = factory.Server; // the app migrates the database on start
        await using var connection = new SqliteConnection(factory.ConnectionString);
        var rows = await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>($"EXPLAIN QUERY PLAN {sql}", parameters);
        return [.. rows.Select(r => r.Detail)];
    }
}
