using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Data;

namespace NewsApi.Tests.Data;

/// <summary>A database from before quote attribution and places is upgraded in place.</summary>
public sealed class AttributionAndPlacesMigrationTests
{
    const int FirstVersionWithAttribution = 6;

    // The schema and one quoted location as they were before migration 0006.
    static async Task CreateOldDatabaseAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await OldSchema.ApplyBeforeAsync(connection, FirstVersionWithAttribution);
        await connection.ExecuteAsync("""
            INSERT INTO articles (id, slug, title, body, published_at, date_source, content_hash, annotator, created_at, updated_at)
            VALUES (100, 'old', 'Old', 'Nairobi officials said rain was coming.', '2020-01-01T00:00:00Z', 'metadata', 'old-hash', 'curated',
                    '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z');
            INSERT INTO entities (id, name, type, created_at) VALUES (100, 'Nairobi', 'location', '2020-01-01T00:00:00Z');
            INSERT INTO mentions (article_id, entity_id, field, start_offset, end_offset, text) VALUES (100, 100, 'body', 0, 7, 'Nairobi');
            INSERT INTO quotes (id, article_id, paragraph_index, kind, start_offset, end_offset, text, cue_text, cue_start, cue_end)
            VALUES (100, 100, 0, 'indirect', 24, 39, 'rain was coming', 'said', 19, 23);
            """);
    }

    [Fact]
    public async Task OldQuotes_BecomeStatements_AndOldLocations_HaveNoPlaceYet()
    {
        using var factory = new NewsApiFactory();
        await CreateOldDatabaseAsync(factory.ConnectionString);
        var client = factory.CreateClient();

        var quote = await client.GetJsonAsync<JsonElement>("/quotes/100");
        var nairobi = await client.GetJsonAsync<JsonElement>("/entities/100");

        Assert.Equal("statement", quote.GetProperty("attribution").GetString());
        Assert.Equal(JsonValueKind.Null, nairobi.GetProperty("latitude").ValueKind);
        Assert.Empty(nairobi.GetProperty("externalIds").EnumerateObject());
    }

    [Fact]
    public async Task Attribution_OutsideStatementAndStance_IsRefusedByTheDatabase()
    {
        using var factory = new NewsApiFactory();
        _ = factory.CreateClient();
        await using var connection = new SqliteConnection(factory.ConnectionString);

        var e = await Assert.ThrowsAsync<SqliteException>(() => connection.ExecuteAsync("UPDATE quotes SET attribution = 'rumour' WHERE id = 1"));

        Assert.Contains("CHECK", e.Message, StringComparison.Ordinal);
    }
}
