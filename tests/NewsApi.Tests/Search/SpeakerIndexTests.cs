using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Data;
using NewsApi.Search;

using NewsApi.Tests.Data;

namespace NewsApi.Tests.Search;

/// <summary>The quote index holds each quote's speaker, kept in step with every write and filled for old databases.</summary>
public sealed class SpeakerIndexTests
{
    static Task<Page<SearchHit>> Search(HttpClient client, string q) =>
        client.GetJsonAsync<Page<SearchHit>>($"/search?q={Uri.EscapeDataString(q)}&type=quote&limit=100");

#if !NEWSAPI_POSTGRES // an old SQLite file
    [Fact]
    public async Task Migration_ReindexesQuotesOfADatabaseMadeBeforeIt_WithTheirSpeakers()
    {
        using var factory = new NewsApiFactory();
        await using (var connection = new SqliteConnection(factory.ConnectionString))
        {
            await connection.OpenAsync();
            await OldSchema.ApplyBeforeAsync(connection, 5);
            await connection.ExecuteAsync("""
                INSERT INTO articles (id, slug, title, body, published_at, date_source, content_hash, annotator, created_at, updated_at)
                VALUES (50, 'old', 'Old news', 'She said the harvest was late.', '2020-01-01T00:00:00Z', 'metadata', 'oldhash', 'test', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z');
                INSERT INTO entities (id, name, type, created_at) VALUES (50, 'Marguerite Olsztyn', 'person', '2020-01-01T00:00:00Z');
                INSERT INTO quotes (id, article_id, paragraph_index, kind, start_offset, end_offset, text, cue_text, cue_start, cue_end,
                                    speaker_name, speaker_start, speaker_end, speaker_entity_id)
                VALUES (50, 50, 0, 'indirect', 9, 29, 'the harvest was late', 'said', 4, 8, 'She', 0, 3, 50);
                """);
        }

        var client = factory.CreateClient();

        Assert.Equal([50L], (await Search(client, "speaker:Olsztyn")).Items.Select(h => h.Id));
        Assert.Equal([50L], (await Search(client, "Marguerite harvest")).Items.Select(h => h.Id));
        Assert.Equal([50L], (await Search(client, "speaker:she")).Items.Select(h => h.Id));
        // the seed, stored after the migration, is indexed with its speakers by the trigger
        Assert.NotEmpty((await Search(client, "speaker:Khosravi")).Items);
    }
#endif

    [Fact]
    public async Task SpeakerIndex_FollowsDeletesAndRenames()
    {
        using var factory = new NewsApiFactory();
        var client = factory.CreateClient();
        var khosravi = (await Search(client, "speaker:Khosravi")).Items.Select(h => h.Id).ToList();
        Assert.NotEmpty(khosravi);

        await using (var connection = await factory.OpenDatabaseAsync())
            await connection.ExecuteAsync("UPDATE entities SET name = 'Keivan Xosravi' WHERE name = 'Keivan Khosravi'");
#if !NEWSAPI_POSTGRES
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
#endif
        await Task.Delay(100); // another connection's commit is seen within 50 ms

        Assert.Equal(khosravi.Order(), (await Search(client, "speaker:Xosravi")).Items.Select(h => h.Id).Order());

        await using (var connection = await factory.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("DELETE FROM quotes");
#if NEWSAPI_POSTGRES
            // the vector is a column of the quote: nothing outlives it
            Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM quotes WHERE search @@ to_tsquery('newsapi', 'xosravi')"));
#else
            Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM quotes_fts"));
            await connection.ExecuteAsync("INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('integrity-check', 1)");
#endif
        }
        await Task.Delay(100);
        Assert.Empty((await Search(client, "speaker:Xosravi")).Items);
    }
}
