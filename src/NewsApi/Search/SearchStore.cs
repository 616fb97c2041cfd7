using System.Globalization;
using Dapper;
using Microsoft.Extensions.Options;
using NewsApi.Data;
using NewsApi.Extraction;

namespace NewsApi.Search;

/// <summary>
/// Full-text search over articles (title, body) and quotes (words, speaker), ranked by the provider's index
/// (<see cref="FullTextSql"/>: SQLite's bm25, PostgreSQL's negated ts_rank_cd; lower is better on both). With
/// <see cref="SearchOptions.RankCandidates"/> set, each index ranks only its newest that many matches (fewer matches
/// are ranked exactly): a common word costs no more to rank than a rarer one.
/// </summary>
public sealed class SearchStore(IDbConnectionFactory connections, FullTextSql fullText, IOptions<SearchOptions> options)
{
    readonly SearchSql _sql = SearchSql.For(fullText);
    readonly int _cap = options.Value.RankCandidates;

    /// <summary>
    /// A page of hits for <paramref name="query"/>. Each index answers the part of the query it can (a filter on a
    /// column it lacks matches nothing in it); engine errors are not caught: the query text is ours
    /// (<see cref="FullTextSql.Render"/>), so one would be a bug, not a bad query.
    /// </summary>
    public async Task<Page<SearchHit>> SearchAsync(SearchExpression query, bool articles, bool quotes, int limit, Cursor? after, CancellationToken ct)
    {
        var articleMatch = articles ? fullText.Render(query, SearchIndex.Articles) : null;
        var quoteMatch = quotes ? fullText.Render(query, SearchIndex.Quotes) : null;
        if (articleMatch is null && quoteMatch is null) return new Page<SearchHit>([], null);

        await using var connection = await connections.OpenReadAsync(ct);
        var (afterScore, afterType) = after is { } c ? ParseKey(c.Key) : (null, null);
        var fromArticles = articleMatch is null ? [] : await RankAsync(_cap > 0 ? _sql.RankNewestArticles : _sql.RankArticles, articleMatch);
        var fromQuotes = quoteMatch is null ? [] : await RankAsync(_cap > 0 ? _sql.RankNewestQuotes : _sql.RankQuotes, quoteMatch);
        var rows = fromArticles.Concat(fromQuotes).OrderBy(r => r.Score).ThenBy(r => r.TypeOrder).ThenByDescending(r => r.Id).Take(limit + 1).ToList();
        var hasMore = rows.Count > limit;
        if (hasMore) rows.RemoveAt(rows.Count - 1);

        var articleIds = rows.Where(r => r.TypeOrder == 0).Select(r => r.Id).ToArray();
        var quoteIds = rows.Where(r => r.TypeOrder == 1).Select(r => r.Id).ToArray();
        var articleDetails = articleIds.Length == 0 ? [] : (await connection.QueryAsync<HitDetails>(new CommandDefinition(
            _sql.ArticleDetails, new { Ids = articleIds }, cancellationToken: ct))).ToDictionary(d => d.Id);
        var quoteDetails = quoteIds.Length == 0 ? [] : (await connection.QueryAsync<HitDetails>(new CommandDefinition(
            _sql.QuoteDetails, new { Ids = quoteIds }, cancellationToken: ct))).ToDictionary(d => d.Id);
        Dictionary<long, ArticleMarks> articleMarks;
        Dictionary<long, QuoteMarks> quoteMarks;
        if (fullText.HighlightsInSql)
        {
            articleMarks = articleIds.Length == 0 ? [] : (await connection.QueryAsync<ArticleMarks>(new CommandDefinition(
                SearchSql.ArticleHighlights, new { Q = articleMatch, Ids = articleIds }, cancellationToken: ct))).ToDictionary(m => m.Id);
            quoteMarks = quoteIds.Length == 0 ? [] : (await connection.QueryAsync<QuoteMarks>(new CommandDefinition(
                SearchSql.QuoteHighlights, new { Q = quoteMatch, Ids = quoteIds }, cancellationToken: ct))).ToDictionary(m => m.Id);
        }
        else
        {
            // the hits are found in the texts the page shows anyway; the speaker as written is the part of the
            // speaker column that has offsets in the article (QuoteHit)
            var marks = new TextMarks(query);
            articleMarks = articleDetails.Values.ToDictionary(d => d.Id, d => new ArticleMarks
                { Id = d.Id, Title = marks.Mark(d.Title, SearchColumn.Title), Body = marks.Mark(d.Body, SearchColumn.Body) });
            quoteMarks = quoteDetails.Values.ToDictionary(d => d.Id, d => new QuoteMarks
                { Id = d.Id, Text = marks.Mark(d.QuoteText, SearchColumn.Text), Speaker = marks.Mark(d.Speaker, SearchColumn.Speaker) });
        }

        var hits = rows.Select(r => r.TypeOrder == 0
            ? ArticleHit(r, articleDetails[r.Id], articleMarks[r.Id])
            : QuoteHit(r, quoteDetails[r.Id], quoteMarks[r.Id])).ToList();
        var next = hasMore ? new Cursor(FormatKey(rows[^1].Score, rows[^1].TypeOrder), rows[^1].Id).Encode() : null;
        return new Page<SearchHit>(hits, next);

        async Task<IReadOnlyList<RankRow>> RankAsync(string sql, string match) =>
            [.. await connection.QueryAsync<RankRow>(new CommandDefinition(sql,
                new { Q = match, Cap = _cap, AfterScore = afterScore, AfterType = afterType, AfterId = after?.Id, Take = limit + 1 }, cancellationToken: ct))];
    }

    public static bool IsValidCursor(Cursor cursor) => ParseKey(cursor.Key).Score is not null;

    static SearchHit ArticleHit(RankRow row, HitDetails details, ArticleMarks marks)
    {
        var bodyHits = Highlighter.Hits(marks.Body, TextField.Body);
        return new SearchHit
        {
            Type = SearchHitType.Article,
            Id = row.Id,
            ArticleId = details.ArticleId,
            Title = details.Title,
            PublishedAt = details.PublishedAt,
            Score = row.Score,
            Snippet = Highlighter.Snippet(details.Body!, bodyHits),
            Highlights = [.. Highlighter.Hits(marks.Title, TextField.Title), .. bodyHits],
        };
    }

    static SearchHit QuoteHit(RankRow row, HitDetails details, QuoteMarks marks)
    {
        var start = (int)details.QuoteStart!.Value;
        var hits = Highlighter.Hits(marks.Text, TextField.Body, start);
        // the speaker column starts with the name as written in the body; hits past it are in the resolved entity's name
        var speakerHits = details is { Speaker: { } speaker, SpeakerStart: { } speakerStart }
            ? Highlighter.Hits(marks.Speaker, TextField.Body, (int)speakerStart).Where(h => h.End <= speakerStart + speaker.Length).ToList()
            : [];
        return new SearchHit
        {
            Type = SearchHitType.Quote,
            Id = row.Id,
            ArticleId = details.ArticleId,
            Title = details.Title,
            PublishedAt = details.PublishedAt,
            Speaker = details.Speaker,
            Score = row.Score,
            Snippet = Highlighter.Snippet(details.QuoteText!, hits, start),
            Highlights = [.. speakerHits.Concat(hits).OrderBy(h => h.Start)],
        };
    }

    static string FormatKey(double score, long type) =>
        $"{score.ToString("R", CultureInfo.InvariantCulture)}|{type.ToString(CultureInfo.InvariantCulture)}";

    static (double? Score, long? Type) ParseKey(string key)
    {
        var parts = key.Split('|');
        return parts.Length == 2
               && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && double.IsFinite(score)
               && parts[1] is "0" or "1"
            ? (score, long.Parse(parts[1], CultureInfo.InvariantCulture))
            : (null, null);
    }

    sealed record RankRow
    {
        public long TypeOrder { get; init; }
        public long Id { get; init; }
        public double Score { get; init; }
    }

    sealed record HitDetails
    {
        public long Id { get; init; }
        public long ArticleId { get; init; }
        public string Title { get; init; } = "";
        public string? Body { get; init; }
        public DateTimeOffset PublishedAt { get; init; }
        public string? QuoteText { get; init; }
        public long? QuoteStart { get; init; }
        public string? Speaker { get; init; }
        public long? SpeakerStart { get; init; }
    }

    sealed record QuoteMarks
    {
        public long Id { get; init; }
        public string? Text { get; init; }
        public string? Speaker { get; init; }
    }

    sealed record ArticleMarks
    {
        public long Id { get; init; }
        public string? Title { get; init; }
        public string? Body { get; init; }
    }
}
