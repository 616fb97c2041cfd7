namespace NewsApi.Extraction.Quotes;

/// <summary>
/// Pairs double quote marks paragraph by paragraph. Single marks only matter nested inside double ones, and
/// then only as text. A quote left open at a paragraph end closes there; when the next paragraph opens with a
/// mark, the two pieces are linked as one quotation (news style reopens quotes at each paragraph).
/// </summary>
static class QuoteMarks
{
    public static void Pair(QuoteDocument doc)
    {
        var tokens = doc.Tokens;
        var body = doc.Body;
        var t = 0;
        var carried = -1; // region left open at the end of the previous paragraph
        foreach (var p in doc.Paragraphs)
        {
            var open = -1;
            var openChar = '\0';
            var first = t;
            for (; t < tokens.Count && tokens[t].Start < p.End; t++)
            {
                if (tokens[t].Kind != TokenKind.Mark) continue;
                var c = body[tokens[t].Start];
                var isDouble = c is '"' or '“' or '”' or '«' or '»' or '„' || tokens[t].End - tokens[t].Start == 2;
                if (!isDouble) continue;
                var opener = c is '“' or '«' or '„' or '`';
                var closer = c is '”' or '»' or '\'';
                if (open < 0)
                {
                    if (closer && !LooksLikeOpener(body, tokens[t])) continue;
                    open = t;
                    openChar = c;
                }
                else if (c == '“' && openChar == '„' || !opener)
                {
                    AddRegion(doc, open, t, p.Index, ref carried, first);
                    open = -1;
                }
                else
                {
                    // An opener while a quote is open: the earlier one was never closed.
                    AddRegion(doc, open, -1, p.Index, ref carried, first, contentEnd: tokens[t].Start);
                    open = t;
                    openChar = c;
                }
            }
            var reopened = false;
            if (open >= 0)
            {
                AddRegion(doc, open, -1, p.Index, ref carried, first, contentEnd: p.End);
                reopened = NextParagraphOpensQuote(doc, t);
            }
            carried = reopened ? doc.Regions.Count - 1 : -1;
        }
        for (var r = 0; r < doc.Regions.Count; r++)
        {
            var region = doc.Regions[r];
            var last = region.CloseToken >= 0 ? region.CloseToken : doc.TokenAt(region.ContentEnd) - 1;
            var words = 0;
            var title = true;
            for (var i = region.OpenToken; i <= last; i++)
            {
                var token = tokens[i];
                token.Region = r;
                if (i == region.OpenToken) token.Kind = TokenKind.Open;
                else if (i == region.CloseToken) token.Kind = TokenKind.Close;
                else if (token.Kind == TokenKind.Word)
                {
                    words++;
                    if (!char.IsUpper(body[token.Start]) && !char.IsDigit(body[token.Start]) && !IsFunctionWord(body.AsSpan(token.Start, token.End - token.Start))) title = false;
                }
                else if (token.Kind == TokenKind.Punct && body[token.Start] is '.' or '?' or '!') title = false;
                tokens[i] = token;
            }
            region.WordCount = words;
            region.IsTitle = title && words > 1;
            doc.Regions[r] = region;
        }
    }


    static bool IsFunctionWord(ReadOnlySpan<char> word) => Lexicon.In(Lexicon.MarkFunctionWords, word);

    static bool LooksLikeOpener(string body, Token mark) =>
        (mark.Start == 0 || char.IsWhiteSpace(body[mark.Start - 1])) && mark.End < body.Length && char.IsLetterOrDigit(body[mark.End]);

    static bool NextParagraphOpensQuote(QuoteDocument doc, int nextToken) =>
        nextToken < doc.Tokens.Count && doc.Tokens[nextToken].Kind == TokenKind.Mark
        && doc.Body[doc.Tokens[nextToken].Start] is '"' or '“' or '«' or '„' or '`';

    static void AddRegion(QuoteDocument doc, int open, int close, int paragraph, ref int carried, int firstOfParagraph,
        int contentEnd = -1)
    {
        var start = doc.Tokens[open].End;
        var end = close >= 0 ? doc.Tokens[close].Start : contentEnd;
        while (start < end && char.IsWhiteSpace(doc.Body[start])) start++;
        while (end > start && char.IsWhiteSpace(doc.Body[end - 1])) end--;
        var previous = carried >= 0 && open == firstOfParagraph ? carried : -1;
        if (previous >= 0)
        {
            var prev = doc.Regions[previous];
            prev.Next = doc.Regions.Count;
            doc.Regions[previous] = prev;
        }
        carried = -1;
        doc.Regions.Add(new QuoteRegion
        {
            OpenToken = open, CloseToken = close, ContentStart = start, ContentEnd = end,
            Paragraph = paragraph, Previous = previous, Next = -1,
        });
    }
}
