using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Options;
using NewsApi.Data;
using NewsApi.Representations;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace NewsApi.Articles;

/// <summary>An article's JSON document as stored: the bytes GET /articles/{id} answers, their ETag, and Last-Modified.</summary>
public sealed record ArticleDocument
{
    public byte[] Json { get; init; } = [];
    public string ETag { get; init; } = "";
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// The materialised JSON documents of articles (table <c>article_documents</c>, migration 0010): each built from the
/// six-table read (<see cref="ArticleWithParts"/>) and serialised with the service's JSON options, so it is byte for
/// byte what GET /articles/{id} would build. <see cref="ArticleWriter"/> refreshes them inside its write transactions;
/// a missing document means "not built" and the reader builds the answer as before.
/// </summary>
public sealed class ArticleDocuments(IOptions<JsonOptions> json, SqlDialect sql)
{
    /// <summary>The document as the JSON representation serialises the article.</summary>
    public byte[] Serialise(Article article) => JsonSerializer.SerializeToUtf8Bytes(article, json.Value.SerializerOptions);

    /// <summary>
    /// Builds and stores the documents of <paramref name="articleIds"/> from what the transaction sees now (call it after
    /// the parts are flushed). An id with no article is skipped. Returns how many were written.
    /// </summary>
    internal async Task<int> RefreshAsync(DbConnection connection, DbTransaction tx, IEnumerable<long> articleIds, CancellationToken ct)
    {
        var written = 0;
        // one read per chunk (a round trip on PostgreSQL; on SQLite five statements instead of five per article)
        foreach (var chunk in articleIds.Distinct().Chunk(RefreshChunk))
        {
            var articles = await ArticleWithParts.ReadManyAsync(connection, sql, chunk, tx, ct);
            var jsons = articles.Select(Serialise).ToArray();
            var etags = jsons.Select(ValidatedRepresentation.ETagOf).ToArray();
            if (sql.Provider == DatabaseProvider.Postgres)
                // all rows in one statement: one round trip, as the parts go in by COPY
                await connection.ExecuteAsync(new CommandDefinition(DocumentSql.UpsertMany,
                    new { ArticleIds = articles.Select(a => a.Id).ToArray(), Jsons = jsons, ETags = etags }, tx, cancellationToken: ct));
            else
                for (var i = 0; i < articles.Count; i++)
                    await connection.ExecuteAsync(new CommandDefinition(DocumentSql.Upsert,
                        new { ArticleId = articles[i].Id, Json = jsons[i], ETag = etags[i] }, tx, cancellationToken: ct));
            await ArticleStats.UpsertAsync(connection, tx, sql, articles, ct);
            written += articles.Count;
        }
        return written;
    }

    const int RefreshChunk = 200;

    /// <summary>The articles whose documents show any of <paramref name="entityIds"/>: they mention it or quote it as speaker.</summary>
    internal async Task<IReadOnlyList<long>> ShowingAsync(DbConnection connection, DbTransaction tx, IReadOnlyCollection<long> entityIds, CancellationToken ct) =>
        entityIds.Count == 0 ? [] : [.. await connection.QueryAsync<long>(new CommandDefinition(DocumentSql.ArticlesShowing.For(sql),
            new { Ids = entityIds.ToArray() }, tx, cancellationToken: ct))];

    /// <summary>Up to <paramref name="limit"/> articles without a document (after migration 0010, or a restore), lowest id first.</summary>
    internal async Task<IReadOnlyList<long>> MissingAsync(DbConnection connection, DbTransaction tx, int limit, CancellationToken ct) =>
        [.. await connection.QueryAsync<long>(new CommandDefinition(DocumentSql.Missing, new { Limit = limit }, tx, cancellationToken: ct))];

    /// <summary>The stored document of article <paramref name="id"/>, or null when there is no article or it has no document yet.</summary>
    public static async Task<ArticleDocument?> FindAsync(DbConnection connection, long id, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<ArticleDocument>(new CommandDefinition(DocumentSql.ById, new { Id = id }, cancellationToken: ct));

    internal static class DocumentSql
    {
        public const string Upsert = """
            INSERT INTO article_documents (article_id, json, etag) VALUES (@ArticleId, @Json, @ETag)
            ON CONFLICT (article_id) DO UPDATE SET json = excluded.json, etag = excluded.etag
            """;

        public const string UpsertMany = """
            INSERT INTO article_documents (article_id, json, etag)
            SELECT * FROM unnest(@ArticleIds, @Jsons, @ETags)
            ON CONFLICT (article_id) DO UPDATE SET json = excluded.json, etag = excluded.etag
            """;

        public static readonly DialectSql ArticlesShowing = new(sql => $"""
            SELECT article_id FROM mentions WHERE {sql.InList("entity_id", "@Ids")}
            UNION
            SELECT article_id FROM quotes WHERE {sql.InList("speaker_entity_id", "@Ids")}
            """);

        public const string Missing = """
            SELECT a.id FROM articles a
            WHERE NOT EXISTS (SELECT 1 FROM article_documents d WHERE d.article_id = a.id)
            ORDER BY a.id
            LIMIT @Limit
            """;

        // one row: the document and the article's Last-Modified
        public const string ById = """
            SELECT d.json AS Json, d.etag AS ETag, a.updated_at AS UpdatedAt
            FROM article_documents d JOIN articles a ON a.id = d.article_id
            WHERE d.article_id = @Id
            """;
    }
}
