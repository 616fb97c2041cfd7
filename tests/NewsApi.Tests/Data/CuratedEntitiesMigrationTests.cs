using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Data;

namespace NewsApi.Tests.Data;

/// <summary>A database from before curated entities is upgraded in place: what was curated is known as such.</summary>
public sealed class CuratedEntitiesMigrationTests
{
    const int FirstVersionWithCuratedEntities = 7;

    // The schema before migration 0007, with a curated article, an extracted one and an entity with a Wikidata id.
    static async Task CreateOldDatabaseAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await OldSchema.ApplyBeforeAsync(connection, FirstVersionWithCuratedEntities);
        await connection.ExecuteAsync("""
            INSERT INTO articles (id, slug, title, body, published_at, date_source, content_hash, annotator, created_at, updated_at)
            VALUES (100, 'curated', 'Curated', 'Amina Wekesa spoke.', '2020-01-01T00:00:00Z', 'metadata', 'hash-100', 'curated', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'),
                   (101, 'extracted', 'Extracted', 'Nordvik Lines grew.', '2020-01-01T00:00:00Z', 'metadata', 'hash-101', 'newsapi-extractor/0.1', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z');
            INSERT INTO entities (id, name, type, wikidata_id, created_at) VALUES
                (100, 'Amina Wekesa', 'person', NULL, '2020-01-01T00:00:00Z'),
                (101, 'Nordvik Lines', 'organization', NULL, '2020-01-01T00:00:00Z'),
                (102, 'Lindholm', 'location', 'Q0000001', '2020-01-01T00:00:00Z');
            INSERT INTO mentions (article_id, entity_id, field, start_offset, end_offset, text) VALUES
                (100, 100, 'body', 0, 12, 'Amina Wekesa'), (101, 101, 'body', 0, 13, 'Nordvik Lines');
            """);
    }

    [Fact]
    public async Task EntitiesOfCuratedArticlesAndWithWikidataIds_BecomeCurated_AndPeopleGetTheirSurname()
    {
        using var factory = new NewsApiFactory();
        await CreateOldDatabaseAsync(factory.ConnectionString);
        _ = factory.CreateClient();

        await using var connection = new SqliteConnection(factory.ConnectionString);
        var rows = (await connection.QueryAsync<(long Id, long Curated, string? Surname)>("SELECT id, curated, surname FROM entities WHERE id BETWEEN 100 AND 102 ORDER BY id")).ToList();
        Assert.Equal([(100L, 1L, "Wekesa"), (101L, 0L, null), (102L, 1L, null)], rows);
    }
}
