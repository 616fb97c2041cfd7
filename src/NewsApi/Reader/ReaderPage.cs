using System.Globalization;
using System.Text;
using NewsApi.Articles;
using NewsApi.Extraction;
using NewsApi.Quotes;

namespace NewsApi.Reader;

/// <summary>
/// The reader page of one article: metadata, the body with entity mentions and quotes highlighted, and a side list
/// of the quotes with their speakers. Every piece of article text goes through <see cref="SpanHtml"/>'s encoder.
/// </summary>
public static class ReaderPage
{
    const int QuoteLayer = 0, MentionLayer = 1;

    static readonly EntityType[] Legend = [EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Other];

    public static string Render(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(article.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(article.Title)).Append(" · NewsApi</title>\n")
            .Append("<style>").Append(Css).Append("</style>\n</head>\n<body>\n<header>\n<h1>")
            .Append(SpanHtml.Render(article.Title, 0, article.Title.Length, MentionSpans(article, TextField.Title)))
            .Append("</h1>\n<p class=\"meta\">");
        Meta(html, article);
        html.Append("</p>\n");
        LegendHtml(html);
        html.Append("</header>\n<div class=\"layout\">\n<article>\n");
        Body(html, article);
        html.Append("</article>\n");
        QuoteList(html, article.Quotes);
        html.Append("</div>\n<footer><a href=\"/articles/").Append(article.Id.ToString(CultureInfo.InvariantCulture))
            .Append("\">This article as JSON</a></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    static void Meta(StringBuilder html, Article article)
    {
        var parts = new List<string>();
        if (article.Source is { Length: > 0 } source) parts.Add($"<span class=\"source\">{E(source)}</span>");
        if (article.Dateline is { Length: > 0 } dateline) parts.Add($"<span class=\"dateline\">{E(dateline)}</span>");
        var date = article.PublishedAt.UtcDateTime;
        parts.Add($"<time datetime=\"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">{date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}</time>"
            + (article.DateSource == DateSource.Ingested ? " <span class=\"note\">(date of ingestion)</span>" : ""));
        html.AppendJoin(" · ", parts);
    }

    static void LegendHtml(StringBuilder html)
    {
        html.Append("<p class=\"legend\">");
        foreach (var type in Legend)
            html.Append("<span class=\"entity entity-").Append(TypeName(type)).Append("\">").Append(TypeName(type)).Append("</span> ");
        html.Append("<span class=\"quote\">quote (hover for the speaker)</span></p>\n");
    }

    static void Body(StringBuilder html, Article article)
    {
        var spans = MentionSpans(article, TextField.Body).Concat(article.Quotes.Select(QuoteSpan)).ToList();
        var paragraphs = article.Paragraphs.Count > 0
            ? article.Paragraphs.Select(p => ((int)p.Start, (int)p.End))
            : [(0, article.Body.Length)];
        foreach (var (start, end) in paragraphs)
            html.Append("<p>").Append(SpanHtml.Render(article.Body, start, end, spans)).Append("</p>\n");
    }

    static void QuoteList(StringBuilder html, IReadOnlyList<Quote> quotes)
    {
        html.Append("<aside>\n<h2>Quotes</h2>\n");
        if (quotes.Count == 0) html.Append("<p class=\"note\">No quotes found in this article.</p>\n");
        else
        {
            html.Append("<ol class=\"quotes\">\n");
            foreach (var quote in quotes)
            {
                html.Append("<li><span class=\"speaker\">").Append(E(SpeakerLabel(quote))).Append("</span>");
                if (quote.Speaker is { EntityId: null }) html.Append(" <span class=\"note\">(no entity)</span>");
                html.Append(" <span class=\"kind\">").Append(E(KindName(quote.Kind))).Append("</span><br><a href=\"#")
                    .Append(E(QuoteAnchor(quote))).Append("\">").Append(E(quote.Text)).Append("</a></li>\n");
            }
            html.Append("</ol>\n");
        }
        html.Append("</aside>\n");
    }

    static IEnumerable<HtmlSpan> MentionSpans(Article article, TextField field) =>
        from entity in article.Entities
        from mention in entity.Mentions
        where mention.Field == field
        select new HtmlSpan((int)mention.Start, (int)mention.End, "a", MentionLayer,
        [
            new("href", $"/entities/{entity.Id.ToString(CultureInfo.InvariantCulture)}"),
            new("class", $"entity entity-{TypeName(entity.Type)}"),
            new("title", $"{entity.Name} ({TypeName(entity.Type)})"),
        ]);

    static HtmlSpan QuoteSpan(Quote quote) =>
        new((int)quote.Start, (int)quote.End, "span", QuoteLayer,
        [
            new("class", $"quote quote-{KindName(quote.Kind)}"),
            new("title", $"{SpeakerTitle(quote)} · {KindName(quote.Kind)} quote"),
            new("data-speaker", SpeakerLabel(quote)),
        ], Id: QuoteAnchor(quote));

    /// <summary>The entity's name where the speaker is one, else the words of the text ("media").</summary>
    internal static string SpeakerLabel(Quote quote) => quote.Speaker?.EntityName ?? quote.Speaker?.Name ?? "unattributed";

    static string SpeakerTitle(Quote quote) =>
        quote.Speaker is { EntityName: { } name } speaker && speaker.Name != name ? $"{name} (“{speaker.Name}”)" : SpeakerLabel(quote);

    static string QuoteAnchor(Quote quote) => $"quote-{quote.Id.ToString(CultureInfo.InvariantCulture)}";

    static string TypeName(EntityType type) => type.ToString().ToLowerInvariant();

    static string KindName(QuoteKind kind) => kind.ToString().ToLowerInvariant();

    static string E(string text) => SpanHtml.Encoder.Encode(text);

    const string Css = """
        body { font: 17px/1.6 Georgia, "Times New Roman", serif; color: #1f2328; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
        h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .4rem; }
        h2 { font: 600 1rem system-ui, sans-serif; margin: 0 0 .5rem; }
        .meta, .legend, footer, aside { font-family: system-ui, sans-serif; font-size: .9rem; }
        .meta { color: #57606a; margin: 0 0 .6rem; }
        .source, .dateline { font-weight: 600; }
        .legend span { margin-right: .4rem; }
        .layout { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 2rem; margin-top: 1rem; }
        @media (max-width: 50rem) { .layout { grid-template-columns: 1fr; } }
        article p { margin: 0 0 1rem; white-space: pre-line; }
        a.entity, .legend .entity { color: inherit; text-decoration: none; border-radius: 3px; padding: 0 2px; border-bottom: 2px solid; }
        .entity-person { background: #dbeafe; border-color: #2563eb; }
        .entity-organization { background: #dcfce7; border-color: #16a34a; }
        .entity-location { background: #fef3c7; border-color: #d97706; }
        .entity-other { background: #f3e8ff; border-color: #9333ea; }
        .quote { background: #fff1f2; box-shadow: inset 0 -3px 0 #e11d48; cursor: help; }
        .quote:target { outline: 2px solid #e11d48; }
        aside { border-left: 1px solid #d0d7de; padding-left: 1rem; }
        .quotes { padding-left: 1.2rem; }
        .quotes li { margin-bottom: .8rem; }
        .speaker { font-weight: 600; }
        .kind { color: #57606a; font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; }
        .note { color: #57606a; }
        footer { margin-top: 2rem; }
        """;
}
