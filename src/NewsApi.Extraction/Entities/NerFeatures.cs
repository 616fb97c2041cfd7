using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Entities;

/// <summary>
/// One text prepared for tagging: tokens plus per-token hashes and flags computed once, so that feature
/// extraction for each token allocates nothing.
/// </summary>
internal sealed class NerDocument
{
    public readonly string Text;
    public readonly List<Token> Tokens;
    public readonly uint[] Exact, Lower, Shape, ShortShape;
    public readonly uint[,] Prefix, Suffix;
    public readonly int[] Flags;
    public readonly List<GazetteerMatch> Gazetteer = [];
    // Per token: gazetteer kinds with B/I/L/U position, packed as (kind bit index << 3 | position).
    public readonly List<int>[] GazetteerCodes;
    public readonly GazetteerKind[] GazetteerKinds;
    readonly HashSet<uint> _lowercaseForms = [];

    public int Count => Tokens.Count;

    public const int InitialCapital = 1, AllCaps = 2, HasDigit = 4, HasHyphen = 8, HasPeriod = 16, Acronym = 32,
        SentenceStart = 64, LineAllCaps = 128, LineStart = 256, Punctuation = 512, InnerCapital = 1024,
        BeforePossessive = 2048, AfterParenthesis = 4096, LowercaseSeen = 8192, AllDigits = 16384;

    public NerDocument(string text, Gazetteer gazetteer)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
        var n = Tokens.Count;
        Exact = new uint[n];
        Lower = new uint[n];
        Shape = new uint[n];
        ShortShape = new uint[n];
        Prefix = new uint[n, 4];
        Suffix = new uint[n, 4];
        Flags = new int[n];
        GazetteerCodes = new List<int>[n];
        GazetteerKinds = new GazetteerKind[n];
        Span<char> shape = stackalloc char[16];
        Span<char> shortShape = stackalloc char[8];
        for (var i = 0; i < n; i++)
        {
            var w = Tokens[i].In(text);
            Exact[i] = Hash.Of(w, false);
            Lower[i] = Hash.Of(w, true);
            for (var k = 0; k < 4; k++)
            {
                Prefix[i, k] = k < w.Length ? Hash.Of(w[..(k + 1)], false) : 0;
                Suffix[i, k] = k < w.Length ? Hash.Of(w[^(k + 1)..], true) : 0;
            }
            var len = 0;
            var shortLen = 0;
            int upper = 0, lower = 0, digits = 0, flags = 0;
            foreach (var c in w)
            {
                var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
                if (s == 'X') upper++;
                else if (s == 'x') lower++;
                else if (s == 'd') digits++;
                else if (c is '-' or '\u2010' or '\u2011') flags |= HasHyphen;
                else if (c == '.') flags |= HasPeriod;
                if (len < shape.Length) shape[len++] = s;
                if (shortLen < shortShape.Length && (shortLen == 0 || shortShape[shortLen - 1] != s)) shortShape[shortLen++] = s;
            }
            Shape[i] = Hash.Of(shape[..len], false);
            ShortShape[i] = Hash.Of(shortShape[..shortLen], false);
            if (char.IsUpper(w[0])) flags |= InitialCapital;
            if (upper > 1 && lower == 0) flags |= AllCaps;
            if (digits > 0) flags |= HasDigit;
            if (digits == w.Length) flags |= AllDigits;
            if (upper >= 2 && lower == 0 && w.Length <= 6 || upper >= 2 && (flags & HasPeriod) != 0 && lower == 0) flags |= Acronym;
            if (upper > 0 && lower > 0 && !char.IsUpper(w[0])) flags |= InnerCapital;
            if (Tokens[i].Kind == TokenKind.Punctuation) flags |= Punctuation;
            if (Tokens[i].LineStart) flags |= LineStart;
            if (upper == 0 && lower > 0) _lowercaseForms.Add(Lower[i]);
            Flags[i] = flags;
        }
        for (var i = 0; i < n; i++)
        {
            if (IsSentenceStart(i)) Flags[i] |= SentenceStart;
            if (i + 1 < n && Tokenizer.IsApostrophe(text[Tokens[i + 1].Start]) && Tokens[i + 1].Length == 2) Flags[i] |= BeforePossessive;
            if (i > 0 && text[Tokens[i - 1].Start] == '(') Flags[i] |= AfterParenthesis;
            if ((Flags[i] & InitialCapital) != 0 && _lowercaseForms.Contains(Lower[i])) Flags[i] |= LowercaseSeen;
        }
        MarkAllCapsLines();

        gazetteer.FindAll(text, Tokens, Gazetteer);
        foreach (var m in Gazetteer)
        {
            var length = m.End - m.Start;
            for (var k = m.Start; k < m.End; k++)
            {
                var position = length == 1 ? 4 : k == m.Start ? 1 : k == m.End - 1 ? 3 : 2;
                GazetteerKinds[k] |= m.Kind;
                for (var bit = 0; bit < 16; bit++)
                    if (((int)m.Kind & (1 << bit)) != 0)
                        (GazetteerCodes[k] ??= []).Add(bit << 3 | position);
            }
        }
    }

    bool IsSentenceStart(int i)
    {
        if (i == 0 || Tokens[i].LineStart) return true;
        var p = Text[Tokens[i - 1].Start];
        if (p is '.' or '!' or '?' or ':' or ';') return Tokens[i - 1].Kind == TokenKind.Punctuation;
        if (p is '"' or '\u201C' or '\u2018' or '\'' or '(' or '`' or '-' or '\u2013' or '\u2014')
            return (Flags[i - 1] & SentenceStart) != 0 || i == 1;
        return false;
    }

    void MarkAllCapsLines()
    {
        var start = 0;
        for (var i = 1; i <= Count; i++)
        {
            if (i < Count && !Tokens[i].LineStart) continue;
            int upper = 0, lower = 0;
            for (var k = start; k < i; k++)
                foreach (var c in Tokens[k].In(Text))
                    if (char.IsUpper(c)) upper++;
                    else if (char.IsLower(c)) lower++;
            if (upper >= 3 && lower * 10 < upper)
                for (var k = start; k < i; k++) Flags[k] |= LineAllCaps;
            start = i;
        }
    }
}

/// <summary>Feature templates of the tagger, each hashed with its values into one 32-bit key.</summary>
internal static class NerFeatures
{
    public const int Max = 64;

    /// <summary>Writes the features of token <paramref name="i"/> and returns how many.</summary>
    public static int Extract(NerDocument d, int i, int prev, int prev2, int documentType, Span<uint> f)
    {
        var n = 0;
        var flags = d.Flags[i];
        f[n++] = Hash.Feature(1, 0);
        f[n++] = Hash.Feature(2, d.Exact[i]);
        f[n++] = Hash.Feature(3, d.Lower[i]);
        var l1 = i > 0 ? d.Lower[i - 1] : 1u;
        var l2 = i > 1 ? d.Lower[i - 2] : 1u;
        var r1 = i + 1 < d.Count ? d.Lower[i + 1] : 2u;
        var r2 = i + 2 < d.Count ? d.Lower[i + 2] : 2u;
        f[n++] = Hash.Feature(4, l1);
        f[n++] = Hash.Feature(5, l2);
        f[n++] = Hash.Feature(6, r1);
        f[n++] = Hash.Feature(7, r2);
        f[n++] = Hash.Feature(8, Hash.Combine(l1, d.Lower[i]));
        f[n++] = Hash.Feature(9, Hash.Combine(d.Lower[i], r1));
        for (var k = 0; k < 4; k++)
        {
            if (d.Prefix[i, k] != 0) f[n++] = Hash.Feature(10 + k, d.Prefix[i, k]);
            if (d.Suffix[i, k] != 0) f[n++] = Hash.Feature(14 + k, d.Suffix[i, k]);
        }
        var s1 = i > 0 ? d.ShortShape[i - 1] : 1u;
        var s2 = i + 1 < d.Count ? d.ShortShape[i + 1] : 2u;
        f[n++] = Hash.Feature(18, d.Shape[i]);
        f[n++] = Hash.Feature(19, d.ShortShape[i]);
        f[n++] = Hash.Feature(20, s1);
        f[n++] = Hash.Feature(21, s2);
        f[n++] = Hash.Feature(22, Hash.Combine(Hash.Combine(s1, d.ShortShape[i]), s2));
        for (var bit = 0; bit < 15; bit++)
            if ((flags & (1 << bit)) != 0) f[n++] = Hash.Feature(23, (uint)bit);
        f[n++] = Hash.Feature(24, (uint)prev);
        f[n++] = Hash.Feature(25, (uint)(prev2 * 32 + prev));
        f[n++] = Hash.Feature(26, Hash.Combine((uint)prev, d.Lower[i]));
        f[n++] = Hash.Feature(27, Hash.Combine((uint)prev, d.ShortShape[i]));
        if (d.GazetteerCodes[i] is { } codes)
            foreach (var code in codes)
                if (n < Max - 12) f[n++] = Hash.Feature(28, (uint)code);
        if (i > 0 && d.GazetteerKinds[i - 1] != 0) f[n++] = Hash.Feature(29, (uint)d.GazetteerKinds[i - 1]);
        if (i + 1 < d.Count && d.GazetteerKinds[i + 1] != 0) f[n++] = Hash.Feature(30, (uint)d.GazetteerKinds[i + 1]);
        if (documentType >= 0) f[n++] = Hash.Feature(31, (uint)documentType);
        if ((flags & NerDocument.SentenceStart) != 0) f[n++] = Hash.Feature(33, d.Lower[i]);
        if ((flags & NerDocument.LineAllCaps) != 0) f[n++] = Hash.Feature(34, d.Lower[i]);
        f[n++] = Hash.Feature(35, Hash.Combine((uint)(flags & (NerDocument.InitialCapital | NerDocument.AllCaps | NerDocument.SentenceStart | NerDocument.LineAllCaps)), (uint)d.GazetteerKinds[i]));
        var e1 = i > 0 ? d.Exact[i - 1] : 1u;
        var e2 = i + 1 < d.Count ? d.Exact[i + 1] : 2u;
        f[n++] = Hash.Feature(36, e1);
        f[n++] = Hash.Feature(37, e2);
        f[n++] = Hash.Feature(38, Hash.Combine(d.Lower[i], s2));
        f[n++] = Hash.Feature(39, Hash.Combine(s1, d.Lower[i]));
        f[n++] = Hash.Feature(40, Hash.Combine((uint)prev, l1));
        return n;
    }
}

internal static class Hash
{
    public static uint Of(ReadOnlySpan<char> s, bool lower)
    {
        var h = 2166136261u;
        foreach (var c in s) h = (h ^ (lower ? char.ToLowerInvariant(c) : c)) * 16777619u;
        return h;
    }

    public static uint Combine(uint a, uint b) => Mix(a * 0x9E3779B1u ^ b);

    public static uint Feature(int template, uint value) => Mix((uint)template * 0x85EBCA6Bu ^ value * 0xC2B2AE35u ^ value);

    static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x7FEB352Du;
        h ^= h >> 15;
        h *= 0x846CA68Bu;
        h ^= h >> 16;
        return h;
    }
}
