namespace NewsApi.Extraction.Quotes;

/// <summary>
/// What a quote's content must be, checked on every draft before de-duplication: reported words, not a bare object
/// ("declined to comment", "thanked the fans", "announced on Tuesday"), not an anonymity clause ("asked not to be
/// named"), and for a direct quote followed by an apposition ("“…,” the company's chief executive, John Smith, said")
/// only the words inside the marks.
/// </summary>
static class ContentRules
{
    const int MaxBareObjectWords = 3;

    public static void Apply(QuoteDocument doc, List<QuoteDraft> drafts)
    {
        for (var k = drafts.Count - 1; k >= 0; k--)
        {
            var d = drafts[k];
            var first = doc.TokenAt(d.ContentStart);
            var last = doc.TokenAt(d.ContentEnd) - 1;
            if (last < first) { drafts.RemoveAt(k); continue; }
            if (IsAnonymityClause(doc, first))
            {
                drafts.RemoveAt(k);
                continue;
            }
            if (d.Kind == QuoteKind.Mixed && doc.Tokens[first].Kind == TokenKind.Open && TrailingApposition(doc, first, last) is { } region)
            {
                var r = doc.Regions[region];
                (d.ContentStart, d.ContentEnd, d.Kind, d.Region) = (r.ContentStart, r.ContentEnd, QuoteKind.Direct, region);
                drafts[k] = d;
                continue;
            }
            if (d.Kind != QuoteKind.Indirect) continue;
            // "did not respond to a request for comment": a negated act of speaking with no clause reports nothing
            if (IsTimeOnly(doc, first, last)
                || IsActOfSpeaking(doc, d.Cue) && (ReportedSpeech.CountWords(doc, first, last) <= MaxBareObjectWords || IsNegated(doc, d.Cue.First))
                   && !ClauseEvidence.HasVerbHint(doc, first, last))
                drafts.RemoveAt(k);
        }
    }

    /// <summary>"who asked not to be named", "speaking on condition of anonymity": why a source is unnamed, not what it said.</summary>
    static bool IsAnonymityClause(QuoteDocument doc, int first) =>
        doc.Is(first, "not") && doc.Is(first + 1, "to") && doc.Is(first + 2, "be")
        || doc.Is(first, "anonymity") || doc.Is(first, "condition") && doc.Is(first + 1, "of") && doc.Is(first + 2, "anonymity");

    /// <summary>
    /// Verbs that name an act of speaking rather than hold a view: their bare object is what the act was about, not
    /// words reported ("declined to comment", "announced the results", "thanked the fans", "citing drought").
    /// A stance's object is its content ("opposes the new toll").
    /// </summary>
    static bool IsActOfSpeaking(QuoteDocument doc, CueMatch cue) =>
        cue.Last == cue.First && Lexicon.In(SpeakingActs, doc.Text(cue.First));

    static string[] Forms(string lemma)
    {
        var (s, past, ing) = VerbForms.Regular(lemma);
        return [lemma, s, past, ing];
    }

    // every form of the lemmas ("announce", "announces", "announced", "announcing"), plus speak's irregular ones
    static readonly System.Collections.Frozen.FrozenSet<string> SpeakingActs = Lexicon.Set(
    [
        .. Lexicon.SpeakingActLemmas.SelectMany(Forms),
        "speak", "speaks", "spoke", "spoken", "speaking",
    ]);

    static bool IsNegated(QuoteDocument doc, int cue)
    {
        var t = cue - 1;
        if (doc.Is(t, "to")) t--; // "declined to respond"
        while (doc.Is(t, "yet") || doc.Is(t, "immediately") || doc.Is(t, "also")) t--;
        if (doc.Is(t, "not") || doc.Is(t, "never")) return true;
        return doc.IsWord(t) && (doc.Text(t).EndsWith("n't", StringComparison.OrdinalIgnoreCase) || doc.Text(t).EndsWith("n’t", StringComparison.OrdinalIgnoreCase));
    }


    static bool IsTimeOnly(QuoteDocument doc, int first, int last)
    {
        for (var t = first; t <= last; t++)
            if (doc.IsWord(t) && !Lexicon.In(Lexicon.TimeWords, doc.Text(t)) && !char.IsDigit(doc.Body[doc.Tokens[t].Start])) return false;
        return true;
    }


    /// <summary>The quote region the content opens with, when all that follows its closing mark is a noun phrase.</summary>
    static int? TrailingApposition(QuoteDocument doc, int first, int last)
    {
        var region = doc.Tokens[first].Region;
        var close = doc.Regions[region].CloseToken;
        if (close < 0 || close >= last) return null;
        for (var t = close + 1; t <= last; t++)
            if (doc.Tokens[t].Region >= 0) return null;
        var words = ReportedSpeech.CountWords(doc, close + 1, last);
        return words <= 8 && !ClauseEvidence.HasVerbHint(doc, close + 1, last) ? region : null;
    }
}
