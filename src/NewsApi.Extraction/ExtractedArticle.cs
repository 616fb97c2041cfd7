namespace NewsApi.Extraction;

/// <summary>Which string of an article an offset points into.</summary>
public enum TextField { Title, Body }

/// <summary>Entity types. New types are added at the end; the database holds them as lowercase names.</summary>
public enum EntityType { Person, Organization, Location, Other }

/// <summary>How a quote renders the speaker's words.</summary>
public enum QuoteKind { Direct, Indirect, Mixed }

/// <summary>
/// What the attribution reports: a <see cref="Statement"/> is something said or written ("said", "told", "wrote",
/// "announced", "according to"); a <see cref="Stance"/> is something held ("believes", "wants", "fears", "hopes",
/// "opposes", "is convinced that"). New values are added at the end; the database holds them as lowercase names.
/// </summary>
public enum QuoteAttribution { Statement, Stance }

/// <summary>A half-open span [Start, End) in UTF-16 code units of one field, with the text it covers.</summary>
public readonly record struct TextSpan(int Start, int End, string Text)
{
    public int Length => End - Start;

    public static TextSpan Of(string source, int start, int end) => new(start, end, source[start..end]);
}

public sealed record ExtractedParagraph(int Index, int Start, int End);

public sealed record ExtractedMention(TextField Field, TextSpan Span);

/// <summary>
/// Where a place is, from the shipped gazetteer: a city carries its GeoNames id; a country its ISO 3166-1 alpha-2
/// code only (<see cref="GeoNamesId"/> null). Coordinates are WGS84 degrees (a country's are a representative point).
/// </summary>
public sealed record ExtractedPlace(string? GeoNamesId, string CountryCode, double Latitude, double Longitude);

/// <summary>
/// One entity of an article with every mention of it. <see cref="Name"/> is the canonical (longest, earliest)
/// name; <see cref="Aliases"/> the other names the article uses for it (acronyms, surnames, "also known as").
/// </summary>
public sealed record ExtractedEntity(
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ExtractedMention> Mentions,
    string? WikidataId = null,
    ExtractedPlace? Place = null);

/// <summary>
/// A quote: its content span in the body, the cue that introduces it and who said it.
/// <see cref="SpeakerEntity"/> indexes <see cref="ExtractedArticle.Entities"/>, or is null when the source is
/// no entity ("media reports", "a diplomat"); <see cref="Speaker"/> is the speaker as written ("he", "Khosravi",
/// "a diplomat"). <see cref="Attribution"/> tells a statement from a stance.
/// </summary>
public sealed record ExtractedQuote(
    QuoteKind Kind,
    TextSpan Content,
    TextSpan Cue,
    TextSpan? Speaker,
    int? SpeakerEntity,
    int ParagraphIndex,
    QuoteAttribution Attribution = QuoteAttribution.Statement);

public sealed record ExtractedArticle(
    string? Dateline,
    string? Source,
    IReadOnlyList<ExtractedParagraph> Paragraphs,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedQuote> Quotes,
    string ExtractorVersion);
