using System.Collections.Frozen;

namespace NewsApi.Extraction.Text;

/// <summary>
/// Splits text into sentences with exact offsets. A sentence ends at . ! ? (plus any closing quote marks or
/// brackets) followed by white space and a capital, digit or opening mark — unless the period belongs to an
/// abbreviation ("Mr.", "Gen."), an initial ("J. Smith") or a dotted acronym ("U.S.") not followed by a
/// typical sentence opener.
/// </summary>
public static class Sentences
{



    /// <summary>Sentences of the whole text, trimmed of surrounding white space.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ranges = new List<(int Start, int End)>();
        Split(text, 0, text.Length, ranges);
        return ranges.ConvertAll(r => TextSpan.Of(text, r.Start, r.End));
    }

    /// <summary>Appends the sentences of text[start..end) to <paramref name="into"/> without allocating text.</summary>
    internal static void Split(string text, int start, int end, List<(int Start, int End)> into)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            if (i >= end) break;
            var sentenceStart = i;
            var sentenceEnd = end;
            for (; i < end; i++)
            {
                var c = text[i];
                if (c == '\n' && i + 1 < end && text[i + 1] == '\n')
                {
                    sentenceEnd = i;
                    break;
                }
                if (c is not ('.' or '!' or '?')) continue;
                var j = i + 1;
                while (j < end && text[j] is '.' or '!' or '?') j++;
                while (j < end && IsCloser(text[j])) j++;
                if (j < end && !char.IsWhiteSpace(text[j])) continue;
                var k = j;
                while (k < end && char.IsWhiteSpace(text[k])) k++;
                if (k < end && !StartsSentence(text[k])) continue;
                if (c == '.' && k < end && !EndsSentence(text, sentenceStart, i, k, end)) continue;
                sentenceEnd = j;
                i = j;
                break;
            }
            var trimmed = sentenceEnd;
            while (trimmed > sentenceStart && char.IsWhiteSpace(text[trimmed - 1])) trimmed--;
            if (trimmed > sentenceStart) into.Add((sentenceStart, trimmed));
            if (i >= end || sentenceEnd == end) break;
        }
    }

    static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or '»' or ')' or ']';

    static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '«' or '„' or '(' or '[' or '`';

    /// <summary>Whether the period at <paramref name="dot"/> ends the sentence, given the next word at <paramref name="next"/>.</summary>
    static bool EndsSentence(string text, int sentenceStart, int dot, int next, int end)
    {
        var w = dot;
        while (w > sentenceStart && (char.IsLetterOrDigit(text[w - 1]) || text[w - 1] == '.')) w--;
        var word = text.AsSpan(w, dot - w);
        if (word.IsEmpty) return true;
        var nextWord = NextWord(text, next, end);
        if (Lexicon.IsAbbreviation(word))
            return Lexicon.WeakAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                   && Lexicon.SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextWord);
        // Initials ("J. Smith") and dotted acronyms ("U.S.", "N.Y.")
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        if (word.Contains('.') && char.IsLetter(word[^1]))
            return Lexicon.SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextWord);
        return true;
    }

    static ReadOnlySpan<char> NextWord(string text, int i, int end)
    {
        var j = i;
        while (j < end && char.IsLetter(text[j])) j++;
        return text.AsSpan(i, j - i);
    }
}
