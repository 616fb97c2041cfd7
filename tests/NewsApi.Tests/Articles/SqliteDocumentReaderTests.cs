using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Data;

namespace NewsApi.Tests.Articles;

/// <summary>
/// SQLite's stored documents are read through statements kept prepared on connections of their own: each read must
/// still see the latest commit, and no idle connection may hold a read transaction (it would pin the WAL).
/// </summary>
public sealed class SqliteDocumentReaderTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task AStoredDocument_ReadAgainAfterACommit_IsTheCommittedOne_AndIdleReadersPinNoSnapshot()
    {
        _ = factory.Server;
        using var reader = new SqliteDocumentReader(factory.Services.GetRequiredService<SqliteConnectionFactory>());
        await using var connection = new SqliteConnection(factory.ConnectionString);
        await connection.OpenAsync();
        var id = await connection.ExecuteScalarAsync<long>("SELECT MIN(article_id) FROM article_documents");
        var before = reader.Find(id)!;
        Assert.Equal(await connection.ExecuteScalarAsync<byte[]>("SELECT json FROM article_documents WHERE article_id = @id", new { id }), before.Json);

        var original = await connection.QuerySingleAsync<(byte[] Json, string ETag)>("SELECT json, etag FROM article_documents WHERE article_id = @id", new { id });
        try
        {
            await connection.ExecuteAsync("UPDATE article_documents SET json = X'7B7D', etag = '\"changed\"' WHERE article_id = @id", new { id });
            var after = reader.Find(id)!;
            Assert.Equal("{}"u8.ToArray(), after.Json);
            Assert.Equal("\"changed\"", after.ETag);
            Assert.Null(reader.Find(long.MaxValue));

            // a full checkpoint needs every reader out of the WAL: an idle prepared reader must not be in a transaction
            var checkpoint = await connection.QuerySingleAsync<(long Busy, long Log, long Checkpointed)>("PRAGMA wal_checkpoint(TRUNCATE)");
            Assert.Equal(0, checkpoint.Busy);
        }
        finally
        {
            await connection.ExecuteAsync("UPDATE article_documents SET json = @Json, etag = @ETag WHERE article_id = @id", new { original.Json, original.ETag, id });
        }
    }
}
