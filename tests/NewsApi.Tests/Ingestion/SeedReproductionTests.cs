using NewsApi.Data;
using NewsApi.Extraction;

namespace NewsApi.Tests.Ingestion;

/// <summary>The extractor, run on the seed article's text, reproduces the curated seed data exactly.</summary>
public sealed class SeedReproductionTests
{
    static readonly SeedData.SeedArticle Seed = SeedData.Load().Single();
    static readonly ExtractedArticle Extracted = ArticleExtractor.CreateDefault().Extract(Seed.Article.Title, Seed.Article.Body);

    [Fact]
    public void Extract_SeedArticle_FindsItsLead()
    {
        Assert.Equal("TEHRAN", Extracted.Dateline);
        Assert.Equal("Tasnim", Extracted.Source);
        Assert.Equal(Seed.Annotations.Paragraphs, Extracted.Paragraphs);
    }

    [Fact]
    public void Extract_SeedArticle_ReproducesEveryEntityAliasMentionAndPlace()
    {
        static string Describe(ExtractedEntity e) =>
            $"{e.Name} [{e.Type}] aliases={string.Join("|", e.Aliases.Order(StringComparer.Ordinal))} mentions="
            + string.Join(",", e.Mentions.OrderBy(m => m.Field).ThenBy(m => m.Span.Start).Select(m => $"{m.Field}:{m.Span.Start}-{m.Span.End}:{m.Span.Text}"))
            + $" place={e.Place}";

        Assert.Equal(
            Seed.Annotations.Entities.Select(Describe).Order(StringComparer.Ordinal),
            Extracted.Entities.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_SeedArticle_ReproducesEveryQuoteWithSpeakerKindCueAndAttribution()
    {
        static string Describe(ExtractedArticle a, ExtractedQuote q) =>
            $"{q.Kind} p{q.ParagraphIndex} {q.Content.Start}-{q.Content.End} cue={q.Cue.Text}@{q.Cue.Start} "
            + $"speaker={q.Speaker?.Text}@{q.Speaker?.Start} entity={(q.SpeakerEntity is { } i ? a.Entities[i].Name : "none")} {q.Attribution}";

        Assert.Equal(
            Seed.Annotations.Quotes.Select(q => Describe(Seed.Annotations, q)),
            Extracted.Quotes.Select(q => Describe(Extracted, q)));
    }
}
