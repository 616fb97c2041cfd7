namespace NewsApi.Extraction.Quotes;

/// <summary>How a quote was attributed; lower ranks win when quotes overlap.</summary>
enum AttributionRank : byte { Syntactic, Continued, Floating, Stance }

/// <summary>A quote before speaker resolution: character offsets for content, token ranges for cue and speaker.</summary>
struct QuoteDraft
{
    public int ContentStart;
    public int ContentEnd;
    public QuoteKind Kind;
    public CueMatch Cue;
    public Phrase Speaker;
    public int Region; // the quote region of a direct quote, else -1
    public AttributionRank Rank;
    public int Sentence;
}
