namespace NewsApi.Extraction.Text;

public enum TokenKind : byte { Word, Number, Punctuation }

/// <summary>A token as a half-open UTF-16 span of its source; <see cref="LineStart"/> is true after a line break.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, bool LineStart)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string source) => source.AsSpan(Start, End - Start);
}

/// <summary>
/// Splits text into words, numbers and punctuation without touching offsets. Hyphenated words ("Tupolev-22M3"),
/// abbreviations ("U.S.", "Mr.", initials) and dates ("1996-08-22") stay whole; a possessive "'s"/"’s" and every
/// quote mark or dash is a token of its own.
/// </summary>
public static class Tokenizer
{

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        var lineStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') lineStart = true;
                i++;
                continue;
            }
            var start = i;
            TokenKind kind;
            if (IsWordChar(c))
            {
                i = ScanWord(text, i);
                kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
            }
            else if (IsApostrophe(c) && IsPossessiveS(text, i) && tokens.Count > 0 && tokens[^1].End == i)
            {
                i += 2;
                kind = TokenKind.Word;
            }
            else
            {
                // Runs of the same mark ("--", "...", "``") form one token; other punctuation is one char.
                i++;
                if (c is '-' or '.' or '`' or '\'' or '=' or '*' or '_')
                    while (i < text.Length && text[i] == c) i++;
                kind = TokenKind.Punctuation;
            }
            tokens.Add(new Token(start, i, kind, lineStart));
            lineStart = false;
        }
        return tokens;
    }

    static int ScanWord(string text, int i)
    {
        var start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }
            var hasNext = i + 1 < text.Length;
            var next = hasNext ? text[i + 1] : '\0';
            if (IsJoiner(c) && hasNext && IsWordChar(next))
            {
                // "3,000" and "2.5" and "10:30" keep separators between digits only.
                if (c is ',' or ':' or '/' && !(char.IsDigit(text[i - 1]) && char.IsDigit(next))) break;
                if (c == '.' && !char.IsDigit(text[i - 1]) && !IsInitialsDot(text, start, i)) break;
                i++;
                continue;
            }
            if (IsApostrophe(c) && hasNext && char.IsLetter(next))
            {
                if (IsPossessiveS(text, i)) break;
                i++; // O'Brien, don't
                continue;
            }
            if (c == '.')
            {
                if (IsInitialsDot(text, start, i) || Lexicon.IsAbbreviation(text.AsSpan(start, i - start))) i++;
                // "U.S.-led": a hyphen may follow the final period of an abbreviation.
                if (i < text.Length && text[i] == '-' && i > start && text[i - 1] == '.' &&
                    i + 1 < text.Length && IsWordChar(text[i + 1]))
                {
                    i++;
                    continue;
                }
            }
            break;
        }
        return i;
    }

    // True when text[start..dot] is a run of single letters each followed by a period: "J", "U.S", "D.A".
    static bool IsInitialsDot(string text, int start, int dot)
    {
        for (var k = start; k < dot; k += 2)
        {
            if (!char.IsLetter(text[k])) return false;
            if (k + 1 < dot && text[k + 1] != '.') return false;
        }
        return (dot - start) % 2 == 1 && char.IsUpper(text[dot - 1]);
    }

    static bool IsPossessiveS(string text, int i) =>
        i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2]));

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    static bool IsJoiner(char c) => c is '-' or '\u2010' or '\u2011' or '.' or ',' or ':' or '/';

    static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
