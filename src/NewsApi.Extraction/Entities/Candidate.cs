using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Entities;

/// <summary>Where a candidate mention came from; rules never overwrite a stronger origin.</summary>
internal enum Origin : byte { Tagger, Consistency, Gazetteer, Alias, Lead }

/// <summary>A mention before merging: tokens [Start, End) of one field's document, with a type.</summary>
internal sealed class Candidate(TextField field, NerDocument doc, int start, int end, NerType type, Origin origin)
{
    public TextField Field { get; } = field;
    public NerDocument Doc { get; } = doc;
    public int Start { get; set; } = start;
    public int End { get; set; } = end;
    public NerType Type { get; set; } = type;
    public Origin Origin { get; } = origin;

    /// <summary>Another candidate this one is known to name the same entity as (acronym, "also known as").</summary>
    public Candidate? SameAs { get; set; }

    public int CharStart => Doc.Tokens[Start].Start;
    public int CharEnd => Doc.Tokens[End - 1].End;
    public int TokenCount => End - Start;
    public string Text => Doc.Text[CharStart..CharEnd];

    public bool Overlaps(int start, int end) => Start < end && start < End;

    public override string ToString() => $"{Field}:{Text}/{Type}";
}
