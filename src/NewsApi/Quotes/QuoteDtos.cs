using NewsApi.Extraction;

namespace NewsApi.Quotes;

/// <summary>
/// Who said what: the quoted or reported words (<c>text</c>, at <c>body[start..end]</c>), the cue that reports
/// them and the speaker. Offsets are UTF-16 code units into the article body, end exclusive.
/// </summary>
public sealed record Quote
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
    public long ParagraphIndex { get; init; }
    /// <summary>direct: all in quote marks; indirect: reported speech; mixed: reported speech with a quoted fragment.</summary>
    public QuoteKind Kind { get; init; }
    public string Text { get; init; } = "";
    public long Start { get; init; }
    public long End { get; init; }
    /// <summary>The reporting verb or phrase ("said", "made it clear", "according to").</summary>
    public Cue Cue { get; init; } = new("", 0, 0);
    /// <summary>Who said it; null when the text names no source.</summary>
    public Speaker? Speaker { get; init; }
    /// <summary>
    /// statement: something said or written ("said", "told", "wrote", "announced", "according to"); stance: something
    /// the speaker holds ("believes", "wants", "fears", "hopes", "opposes", "is convinced that").
    /// </summary>
    public QuoteAttribution Attribution { get; init; }
}

/// <summary>The cue span in the body.</summary>
public sealed record Cue(string Text, long Start, long End);

/// <summary>
/// The speaker as written (<c>name</c>: "Khosravi", "he", "media") with its span, and the entity it refers to;
/// <c>entityId</c> is null when the source is no entity ("media reports").
/// </summary>
public sealed record Speaker(string Name, long? EntityId, string? EntityName, long? Start, long? End);
