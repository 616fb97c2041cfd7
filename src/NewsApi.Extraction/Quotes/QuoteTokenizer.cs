namespace NewsApi.Extraction.Quotes;

/// <summary>
/// Word scanning for quote extraction: words keep inner apostrophes, hyphens and dots ("other’s", "al-Assad",
/// "U.S."), titles and initials keep their period ("Mr.", "J."); every other character is its own token.
/// </summary>
static class QuoteTokenizer
{
    public static void Tokenize(string text, int start, int end, List<Token> into)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var tokenStart = i;
            var kind = TokenKind.Punct;
            if (char.IsLetterOrDigit(c))
            {
                kind = TokenKind.Word;
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark) i++;
                    else if (d is '\'' or '’' or '-' or '.' or '&' or '/' && i + 1 < end && char.IsLetterOrDigit(text[i + 1])
                             && (d != '\'' && d != '’' || char.IsLetter(text[i - 1]))) i++;
                    else break;
                }
                if (i < end && text[i] == '.' && KeepsPeriod(text.AsSpan(tokenStart, i - tokenStart))) i++;
                // "B.C.'s", "U.S.’s": the possessive stays with the abbreviation, as it does with any other word
                if (i + 1 < end && text[i - 1] == '.' && text[i] is '\'' or '’' && text[i + 1] is 's' or 'S'
                    && (i + 2 == end || !char.IsLetterOrDigit(text[i + 2]))) i += 2;
            }
            else if (c is '\'' or '’' && IsPluralPossessive(text, i, into))
            {
                // "the Home Builders' Association": the apostrophe belongs to the word, it opens no quote
                var previous = into[^1];
                previous.End = ++i;
                into[^1] = previous;
                continue;
            }
            else if (IsMark(c))
            {
                kind = TokenKind.Mark;
                i++;
                // `` and '' are one double mark
                if (c is '`' or '\'' && i < end && text[i] == c) i++;
            }
            else
            {
                i++;
                if (c == '-' && i < end && text[i] == '-') i++;
            }
            into.Add(new Token { Start = tokenStart, End = i, Kind = kind, Region = -1 });
        }
    }

    static bool IsPluralPossessive(string text, int i, List<Token> tokens) =>
        tokens.Count > 0 && tokens[^1].End == i && tokens[^1].Kind == TokenKind.Word && text[i - 1] is 's' or 'S'
        && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]) && text[i + 1] != text[i]);

    public static bool IsMark(char c) => c is '"' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '`' or '\'';

    static bool KeepsPeriod(ReadOnlySpan<char> word) =>
        word.Length == 1 && char.IsUpper(word[0])
        || word.Contains('.')
        || Lexicon.TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
