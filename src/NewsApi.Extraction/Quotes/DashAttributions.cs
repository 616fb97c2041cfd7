namespace NewsApi.Extraction.Quotes;

/// <summary>
/// Reader comments, vox pops and epigraphs signed after the closing mark: <c>“…” ― Jane Doe</c> or
/// <c>“…” — J. Smith.</c> The quotation belongs to the name after the dash.
/// </summary>
static class DashAttributions
{
    public static void Find(QuoteDocument doc, List<QuoteDraft> drafts)
    {
        for (var r = 0; r < doc.Regions.Count; r++)
        {
            var region = doc.Regions[r];
            if (region.CloseToken < 0 || region.IsTitle || region.WordCount < 3) continue;
            var dash = region.CloseToken + 1;
            // the signature may come before or after the sentence's full stop: ".” ― Name" or "” ― Name."
            if (doc.IsPunct(dash, '.')) dash++;
            if (!IsDash(doc, dash)) continue;
            var first = dash + 1;
            var last = first - 1;
            while (last + 1 < doc.Tokens.Count && last - first < 5 && IsNameWord(doc, last + 1)) last++;
            if (last < first || !doc.IsCapitalized(first)) continue;
            // the signature ends there: end of paragraph, a full stop, or the next quotation
            var after = last + 1;
            var ends = after >= doc.Tokens.Count
                       || doc.Sentences[doc.Tokens[after].Sentence].Paragraph != doc.Sentences[doc.Tokens[last].Sentence].Paragraph
                       || doc.IsPunct(after, '.') || doc.IsPunct(after, ',') || doc.Tokens[after].Kind is TokenKind.Open or TokenKind.Mark;
            if (!ends) continue;
            drafts.Add(new QuoteDraft
            {
                ContentStart = region.ContentStart, ContentEnd = region.ContentEnd, Kind = QuoteKind.Direct,
                Cue = new CueMatch(dash, dash, CueFlags.None, CueForm.Finite), Speaker = new Phrase(first, last),
                Region = r, Rank = AttributionRank.Syntactic, Sentence = doc.Tokens[region.OpenToken].Sentence,
            });
        }
    }

    static bool IsDash(QuoteDocument doc, int t) =>
        doc.IsPunct(t, '―') || doc.IsPunct(t, '—') || doc.IsPunct(t, '–')
        || doc.IsPunct(t, '-') && doc.Tokens[t].End - doc.Tokens[t].Start == 2;

    static bool IsNameWord(QuoteDocument doc, int t)
    {
        if (!doc.IsWord(t)) return false;
        if (doc.IsCapitalized(t)) return !SpeakerPhrases.IsStopWord(doc.Text(t)) && !SpeakerPhrases.IsPronoun(doc.Text(t));
        // "Ahmad al Assad", "Julia de Souza"
        return (doc.Is(t, "de") || doc.Is(t, "al") || doc.Is(t, "van") || doc.Is(t, "von") || doc.Is(t, "da") || doc.Is(t, "del"))
               && doc.IsCapitalized(t + 1);
    }
}
