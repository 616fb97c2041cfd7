using System.Data.Common;
using Dapper;
using NewsApi.Data;
using NewsApi.Extraction;

namespace NewsApi.Entities;

/// <summary>Filters for entity lists; null means "any".</summary>
public sealed record EntityFilter(EntityType? Type = null, string? Query = null);

/// <summary>Reads entities; they are written as part of an article (see Articles/ArticleWriter).</summary>
public sealed class EntityStore(IDbConnectionFactory connections, SqlDialect dialect)
{
    public async Task<EntityDetail?> FindAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<EntityRow>(new CommandDefinition(EntitySql.ById, new { Id = id }, cancellationToken: ct));
        if (row is null) return null;
        var aliases = await ReadAliasesAsync(connection, [id], ct);
        return new EntityDetail
        {
            Id = row.Id,
            Name = row.Name,
            Type = row.Type,
            Aliases = [.. aliases[id]],
            WikidataId = row.WikidataId,
            ExternalIds = row.ExternalIds(),
            Latitude = row.Latitude,
            Longitude = row.Longitude,
            MentionCount = row.MentionCount,
            ArticleCount = row.ArticleCount,
            QuoteCount = row.QuoteCount,
        };
    }

    public async Task<bool> ExistsAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(EntitySql.Exists, new { Id = id }, cancellationToken: ct));
    }

    public async Task<Page<EntitySummary>> ListAsync(EntityFilter filter, int limit, Cursor? after, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        var rows = (await connection.QueryAsync<EntityRow>(new CommandDefinition(EntitySql.List.For(dialect), new
        {
            Type = filter.Type is { } type ? Names.Of(type) : null,
            Pattern = filter.Query is { } q ? $"%{EscapeLike(q)}%" : null,
            AfterName = after?.Key,
            AfterId = after?.Id,
            Take = limit + 1,
        }, cancellationToken: ct))).AsList();
        var aliases = await ReadAliasesAsync(connection, [.. rows.Select(r => r.Id)], ct);
        return Paging.ToPage(rows, limit, r => new EntitySummary
        {
            Id = r.Id,
            Name = r.Name,
            Type = r.Type,
            Aliases = [.. aliases[r.Id]],
            WikidataId = r.WikidataId,
            Latitude = r.Latitude,
            Longitude = r.Longitude,
            MentionCount = r.MentionCount,
            ArticleCount = r.ArticleCount,
        }, r => new Cursor(r.Name, r.Id));
    }

    public async Task<IReadOnlyList<ArticleEntity>> ListForArticleAsync(long articleId, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(EntitySql.ForArticleWithMentions.For(dialect),
            new { ArticleId = articleId }, cancellationToken: ct));
        var rows = await results.ReadAsync<ArticleEntityRow>();
        return ArticleEntities(rows, await results.ReadAsync<MentionRow>());
    }

    public async Task<IReadOnlyList<RelatedEntity>> RelatedAsync(long id, EntityType? type, int limit, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        var rows = await connection.QueryAsync<RelatedRow>(new CommandDefinition(EntitySql.Related.For(dialect),
            new { Id = id, Type = type is { } t ? Names.Of(t) : null, Limit = limit }, cancellationToken: ct));
        return [.. rows.Select(r => new RelatedEntity
        {
            Id = r.Id,
            Name = r.Name,
            Type = r.Type,
            SharedArticles = r.SharedArticles,
            ArticleIds = [.. (r.ArticleIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => long.Parse(x, System.Globalization.CultureInfo.InvariantCulture))],
        })];
    }

    sealed record RelatedRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public EntityType Type { get; init; }
        public long SharedArticles { get; init; }
        public string? ArticleIds { get; init; }
    }

    /// <summary>An article's entities from the rows of <see cref="EntitySql.ForArticle"/> and <see cref="EntitySql.MentionsInArticle"/>.</summary>
    internal static IReadOnlyList<ArticleEntity> ArticleEntities(IEnumerable<ArticleEntityRow> rows, IEnumerable<MentionRow> mentionRows)
    {
        var mentions = mentionRows.ToLookup(m => m.EntityId, m => new Mention(m.Field, m.Start, m.End, m.Text));
        return
        [
            // one row per alias: an entity's rows are consecutive
            .. rows.GroupBy(r => r.Id).Select(entityRows => new ArticleEntity
            {
                Id = entityRows.Key,
                Name = entityRows.First().Name,
                Type = entityRows.First().Type,
                Aliases = [.. entityRows.Select(r => r.Alias).OfType<string>()],
                WikidataId = entityRows.First().WikidataId,
                Latitude = entityRows.First().Latitude,
                Longitude = entityRows.First().Longitude,
                Mentions = [.. mentions[entityRows.Key]],
            })
            // the order a reader meets them: first mention, title before body
            .OrderBy(e => e.Mentions[0].Field).ThenBy(e => e.Mentions[0].Start),
        ];
    }

    async Task<ILookup<long, string>> ReadAliasesAsync(DbConnection connection, long[] ids, CancellationToken ct) =>
        ids.Length == 0
            ? Array.Empty<AliasRow>().ToLookup(a => a.EntityId, a => a.Alias)
            : (await connection.QueryAsync<AliasRow>(new CommandDefinition(EntitySql.AliasesOf.For(dialect), new { Ids = ids }, cancellationToken: ct)))
                .ToLookup(a => a.EntityId, a => a.Alias);

    static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    sealed record EntityRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public EntityType Type { get; init; }
        public string? WikidataId { get; init; }
        public double? Latitude { get; init; }
        public double? Longitude { get; init; }
        public long MentionCount { get; init; }
        public long ArticleCount { get; init; }
        public long QuoteCount { get; init; }
        public string? GeoNamesId { get; init; }
        public string? CountryCode { get; init; }

        // a city is identified by its GeoNames id; a country (a place with no GeoNames id) by its ISO 3166 code
        public Dictionary<string, string> ExternalIds()
        {
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            if (WikidataId is { } qid) ids["wikidata"] = qid;
            if (GeoNamesId is { } geonames) ids["geonames"] = geonames;
            else if (CountryCode is { } country) ids["iso3166"] = country;
            return ids;
        }
    }

    internal sealed record ArticleEntityRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public EntityType Type { get; init; }
        public string? WikidataId { get; init; }
        public string? Alias { get; init; }
        public double? Latitude { get; init; }
        public double? Longitude { get; init; }
    }

    internal sealed record MentionRow
    {
        public long EntityId { get; init; }
        public TextField Field { get; init; }
        public long Start { get; init; }
        public long End { get; init; }
        public string Text { get; init; } = "";
    }

    sealed record AliasRow
    {
        public long EntityId { get; init; }
        public string Alias { get; init; } = "";
    }
}
