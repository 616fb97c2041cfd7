namespace NewsApi.Extraction.Quotes;

/// <summary>
/// Transcript paragraphs (<c>PENCE: Well, look, …</c>) and headline attributions (<c>Pence: Flowers Won't Be at
/// Debate</c>): a name in capitals and a colon open the paragraph, and the rest of it is the speaker's words.
/// </summary>
static class Transcripts
{
    public static void Find(QuoteDocument doc, List<QuoteDraft> drafts)
    {
        var t = 0;
        foreach (var p in doc.Paragraphs)
        {
            while (t < doc.Tokens.Count && doc.Tokens[t].Start < p.Start) t++;
            var first = t;
            if (first < doc.Tokens.Count && doc.Tokens[first].Kind is TokenKind.Open or TokenKind.Mark) first++;
            var colon = first;
            while (colon < doc.Tokens.Count && colon - first < 3 && IsNameWord(doc, colon, headline: p.Index == 0)) colon++;
            if (colon == first || !doc.IsPunct(colon, ':') || doc.Tokens[colon].Start >= p.End) continue;
            var last = doc.TokenAt(p.End) - 1;
            while (last > colon && doc.Tokens[last].Kind is TokenKind.Punct or TokenKind.Mark or TokenKind.Close or TokenKind.Open) last--;
            var words = 0;
            for (var i = colon + 1; i <= last; i++) if (doc.IsWord(i)) words++;
            if (words < 4) continue;
            drafts.Add(new QuoteDraft
            {
                ContentStart = doc.Tokens[colon + 1].Start, ContentEnd = doc.Tokens[last].End, Kind = QuoteKind.Direct,
                Cue = new CueMatch(colon, colon, CueFlags.None, CueForm.Finite), Speaker = new Phrase(first, colon - 1),
                Region = -1, Rank = AttributionRank.Syntactic, Sentence = doc.Tokens[colon].Sentence,
            });
        }
    }

    static bool IsNameWord(QuoteDocument doc, int i, bool headline)
    {
        if (!doc.IsCapitalized(i) || Lexicon.In(Lexicon.NotSpeakers, doc.Text(i))) return false;
        var w = doc.Text(i);
        if (w.Length < 2 || char.IsDigit(w[0]) || w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) return false;
        foreach (var c in w)
            if (char.IsLower(c)) return headline && !SpeakerPhrases.IsStopWord(w);
        return true;
    }
}
