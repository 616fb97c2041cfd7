using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Quotes;

enum TokenKind : byte { Word, Punct, Mark, Open, Close }

/// <summary>A word, punctuation or quote mark of the body; <see cref="Region"/> is the quote it lies in (marks included) or -1.</summary>
struct Token
{
    public int Start;
    public int End;
    public TokenKind Kind;
    public int Region;
    public int Sentence;
}

/// <summary>
/// Text between paired double quote marks inside one paragraph. A quote reopened at the next paragraph is a new
/// region whose <see cref="Previous"/> links back, so that pieces of one quotation share their speaker.
/// </summary>
struct QuoteRegion
{
    public int OpenToken;
    public int CloseToken; // -1 when closed by the end of the paragraph
    public int ContentStart;
    public int ContentEnd;
    public int Paragraph;
    public int Previous;
    public int Next;
    public int WordCount;
    /// <summary>Every word capitalised except short function words: a title of a work, not speech.</summary>
    public bool IsTitle;
}

struct Sentence
{
    public int Start;
    public int End;
    public int FirstToken;
    public int EndToken; // exclusive
    public int Paragraph;
}

/// <summary>Per-call working state, reused across calls on the same thread so that extraction allocates little.</summary>
sealed class QuoteDocument
{
    [ThreadStatic] static QuoteDocument? s_cached;

    public string Body = "";
    public IReadOnlyList<ExtractedParagraph> Paragraphs = [];
    public readonly List<Token> Tokens = new(1024);
    public readonly List<QuoteRegion> Regions = new(32);
    public readonly List<Sentence> Sentences = new(64);
    public CueMatch[] CueCache = new CueMatch[1024];
    public bool[] CueKnown = new bool[1024];

    public static QuoteDocument Rent(NewsDocument source)
    {
        var doc = s_cached ?? new QuoteDocument();
        s_cached = null;
        doc.Load(source);
        return doc;
    }

    public static void Return(QuoteDocument doc)
    {
        doc.Body = "";
        doc.Paragraphs = [];
        s_cached = doc;
    }

    // Tokens cover the document's sentences only, so nothing in the lead (dateline, agency, byline) can be part of
    // a quote or name a speaker.
    void Load(NewsDocument source)
    {
        Body = source.Body;
        Paragraphs = source.Paragraphs;
        Tokens.Clear();
        Regions.Clear();
        Sentences.Clear();
        foreach (var (start, end, paragraph) in source.Sentences)
        {
            var t = Tokens.Count;
            QuoteTokenizer.Tokenize(Body, start, end, Tokens);
            var s = new Sentence { Start = start, End = end, FirstToken = t, Paragraph = paragraph };
            for (; t < Tokens.Count; t++)
            {
                var token = Tokens[t];
                token.Sentence = Sentences.Count;
                Tokens[t] = token;
            }
            s.EndToken = t;
            Sentences.Add(s);
        }
        QuoteMarks.Pair(this);
        if (CueCache.Length < Tokens.Count)
        {
            CueCache = new CueMatch[Tokens.Count * 2];
            CueKnown = new bool[Tokens.Count * 2];
        }
        else
        {
            Array.Clear(CueCache, 0, Tokens.Count);
            Array.Clear(CueKnown, 0, Tokens.Count);
        }
    }

    public ReadOnlySpan<char> Text(int token) => Body.AsSpan(Tokens[token].Start, Tokens[token].End - Tokens[token].Start);

    public bool Is(int token, string word) =>
        token >= 0 && token < Tokens.Count && Tokens[token].Kind == TokenKind.Word &&
        Text(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(int token, char c) =>
        token >= 0 && token < Tokens.Count && Tokens[token].Kind == TokenKind.Punct && Body[Tokens[token].Start] == c;

    public bool IsWord(int token) => token >= 0 && token < Tokens.Count && Tokens[token].Kind == TokenKind.Word;

    public bool IsCapitalized(int token) => IsWord(token) && char.IsUpper(Body[Tokens[token].Start]);

    public bool InQuote(int token) => Tokens[token].Region >= 0;

    public int ParagraphOf(int offset)
    {
        for (var i = 0; i < Paragraphs.Count; i++)
            if (offset < Paragraphs[i].End) return Paragraphs[i].Index;
        return Paragraphs.Count == 0 ? 0 : Paragraphs[^1].Index;
    }

    /// <summary>First token whose start is at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
