using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsApi.Articles;
using NewsApi.Extraction;

namespace NewsApi.Data;

/// <summary>
/// The curated seed articles of db/seed: each NAME.txt (first line title, then the body after blank lines) with
/// NAME.json holding its metadata, entities, mentions and quotes. Embedded in the assembly.
/// </summary>
public static class SeedData
{
    public const string Annotator = "curated";
    const string ResourcePrefix = "seed/";

    public sealed record SeedArticle(NewArticle Article, ExtractedArticle Annotations);

    public static IReadOnlyList<SeedArticle> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var seeds = new List<SeedArticle>();
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var seed = JsonSerializer.Deserialize<SeedFile>(ReadResource(assembly, resource), Json)
                ?? throw new InvalidOperationException($"{resource} is empty.");
            var (title, body) = ArticleText.Split(ReadResource(assembly, ResourcePrefix + seed.File));
            seeds.Add(new SeedArticle(
                new NewArticle
                {
                    Title = title,
                    Body = body,
                    Slug = seed.Slug,
                    Source = seed.Source,
                    Dateline = seed.Dateline,
                    Url = seed.Url,
                    Language = seed.Language,
                    PublishedAt = seed.PublishedAt,
                    DateSource = seed.DateSource,
                },
                ToAnnotations(seed, title, body)));
        }
        return seeds;
    }

    static ExtractedArticle ToAnnotations(SeedFile seed, string title, string body)
    {
        var keys = seed.Entities.Select((e, i) => (e.Key, i)).ToDictionary(x => x.Key, x => x.i);
        return new ExtractedArticle(
            seed.Dateline,
            seed.Source,
            [.. seed.Paragraphs.Select(p => new ExtractedParagraph(p.Index, p.Start, p.End))],
            [.. seed.Entities.Select(e => new ExtractedEntity(e.Name, e.Type, e.Aliases,
                [.. e.Mentions.Select(m => new ExtractedMention(m.Field, Span(m.Field == TextField.Title ? title : body, m)))],
                e.WikidataId, e.Place))],
            [.. seed.Quotes.Select(q => new ExtractedQuote(q.Kind, Span(body, q), Span(body, q.Cue),
                q.Speaker is null ? null : Span(body, q.Speaker),
                q.SpeakerEntity is null ? null : keys[q.SpeakerEntity], q.ParagraphIndex, q.Attribution))],
            Annotator);
    }

    static TextSpan Span(string field, ISpan span) => TextSpan.Of(field, span.Start, span.End);

    static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing seed resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    interface ISpan { int Start { get; } int End { get; } }

    sealed record SpanJson(int Start, int End, string Text) : ISpan;

    sealed record MentionJson(TextField Field, int Start, int End, string Text) : ISpan;

    sealed record ParagraphJson(int Index, int Start, int End);

    sealed record EntityJson(string Key, string Name, EntityType Type, string[] Aliases, string? WikidataId, ExtractedPlace? Place, MentionJson[] Mentions);

    sealed record QuoteJson(QuoteKind Kind, int Start, int End, string Text, SpanJson Cue, SpanJson? Speaker, string? SpeakerEntity, int ParagraphIndex,
        QuoteAttribution Attribution) : ISpan;

    sealed record SeedFile(
        string File, string Slug, string? Source, string? Dateline, string? Url, string Language,
        DateTimeOffset PublishedAt, DateSource DateSource, ParagraphJson[] Paragraphs, EntityJson[] Entities, QuoteJson[] Quotes);
}
