using System.Globalization;
using Dapper;
using NewsApi.Data;
using NewsApi.Extraction;

namespace NewsApi.Quotes;

/// <summary>Filters for quote lists; null means "any".</summary>
public sealed record QuoteFilter(long? Speaker = null, QuoteKind? Kind = null, long? Article = null, Search.SearchExpression? Query = null,
    QuoteAttribution? Attribution = null);

/// <summary>Reads quotes; they are written as part of an article (see Articles/ArticleWriter).</summary>
public sealed class QuoteStore(IDbConnectionFactory connections, SqlDialect dialect, Search.FullTextSql fullText)
{
    public async Task<Quote?> FindAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<QuoteRow>(new CommandDefinition(QuoteSql.ById, new { Id = id }, cancellationToken: ct));
        return row?.ToQuote();
    }

    /// <summary>An article's quotes in text order, all of them or those of one <paramref name="attribution"/>.</summary>
    public async Task<IReadOnlyList<Quote>> ListForArticleAsync(long articleId, QuoteAttribution? attribution, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        var quotes = (await connection.QueryAsync<QuoteRow>(new CommandDefinition(QuoteSql.ForArticle, new { ArticleId = articleId }, cancellationToken: ct)))
            .Select(r => r.ToQuote()).ToList();
        // one article's quotes are few: filtered here, so the article read and this list share one statement
        return attribution is { } only ? [.. quotes.Where(q => q.Attribution == only)] : quotes;
    }

    public Task<Page<Quote>> ListAsync(QuoteFilter filter, int limit, Cursor? after, CancellationToken ct) =>
        ListPageAsync(filter, limit, after, ct);

    async Task<Page<Quote>> ListPageAsync(QuoteFilter filter, int limit, Cursor? after, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        var sql = (filter.Speaker is null ? QuoteSql.List : QuoteSql.ListBySpeaker).For(dialect);
        var rows = (await connection.QueryAsync<QuoteRow>(new CommandDefinition(sql, new
        {
            filter.Speaker,
            Kind = filter.Kind is { } kind ? Names.Of(kind) : null,
            Attribution = filter.Attribution is { } attribution ? Names.Of(attribution) : null,
            filter.Article,
            Q = filter.Query is { } query ? fullText.Match(query, Search.SearchIndex.Quotes) : null,
            AfterArticle = after is { } c ? long.Parse(c.Key, CultureInfo.InvariantCulture) : (long?)null,
            AfterId = after?.Id,
            Take = limit + 1,
        }, cancellationToken: ct))).AsList();
        return Paging.ToPage(rows, limit, r => r.ToQuote(), r => new Cursor(r.ArticleId.ToString(CultureInfo.InvariantCulture), r.Id));
    }

    /// <summary>True when <paramref name="cursor"/> could have come from <see cref="ListAsync"/>.</summary>
    public static bool IsValidCursor(Cursor cursor) =>
        long.TryParse(cursor.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>A row of the quote queries (<see cref="QuoteSql.ForArticle"/> and the lists).</summary>
    internal sealed record QuoteRow
    {
        public long Id { get; init; }
        public long ArticleId { get; init; }
        public long ParagraphIndex { get; init; }
        public QuoteKind Kind { get; init; }
        public string Text { get; init; } = "";
        public long Start { get; init; }
        public long End { get; init; }
        public string CueText { get; init; } = "";
        public long CueStart { get; init; }
        public long CueEnd { get; init; }
        public string? SpeakerName { get; init; }
        public long? SpeakerEntityId { get; init; }
        public string? SpeakerEntityName { get; init; }
        public long? SpeakerStart { get; init; }
        public long? SpeakerEnd { get; init; }
        public QuoteAttribution Attribution { get; init; }

        public Quote ToQuote() => new()
        {
            Id = Id,
            ArticleId = ArticleId,
            ParagraphIndex = ParagraphIndex,
            Kind = Kind,
            Text = Text,
            Start = Start,
            End = End,
            Cue = new Cue(CueText, CueStart, CueEnd),
            Speaker = SpeakerName is null && SpeakerEntityId is null
                ? null
                : new Speaker(SpeakerName ?? SpeakerEntityName ?? "", SpeakerEntityId, SpeakerEntityName, SpeakerStart, SpeakerEnd),
            Attribution = Attribution,
        };
    }
}
