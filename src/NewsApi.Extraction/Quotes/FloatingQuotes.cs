namespace NewsApi.Extraction.Quotes;

/// <summary>
/// Direct quotes without a cue of their own: pieces of a quotation reopened across paragraphs share the speaker
/// of an attributed piece, and a wholly quoted sentence soon after an attributed quote inherits its speaker.
/// </summary>
static class FloatingQuotes
{
    const int MaxSentenceDistance = 5;

    public static void Find(QuoteDocument doc, List<QuoteDraft> drafts)
    {
        var covered = new bool[doc.Regions.Count];
        foreach (var d in drafts) MarkCovered(doc, covered, d.ContentStart, d.ContentEnd);

        var syntactic = drafts.Count;
        for (var i = 0; i < syntactic; i++)
        {
            var d = drafts[i];
            foreach (var r in RegionsIn(doc, d.ContentStart, d.ContentEnd))
            {
                for (var n = doc.Regions[r].Next; n >= 0 && !covered[n]; n = doc.Regions[n].Next)
                    Add(doc, drafts, covered, n, d, AttributionRank.Continued);
                for (var p = doc.Regions[r].Previous; p >= 0 && !covered[p]; p = doc.Regions[p].Previous)
                    Add(doc, drafts, covered, p, d, AttributionRank.Continued);
            }
        }

        for (var r = 0; r < doc.Regions.Count; r++)
        {
            if (covered[r]) continue;
            var region = doc.Regions[r];
            var open = doc.Tokens[region.OpenToken];
            if (doc.Sentences[open.Sentence].FirstToken != region.OpenToken) continue;
            if (TryNamedNext(doc, drafts, covered, r)) continue;
            var best = -1;
            for (var i = 0; i < drafts.Count; i++)
                if (drafts[i].ContentEnd <= region.ContentStart && (best < 0 || drafts[i].ContentEnd > drafts[best].ContentEnd))
                    best = i;
            if (best < 0 || open.Sentence - drafts[best].Sentence > MaxSentenceDistance) continue;
            var attributed = doc.Sentences[doc.Tokens[drafts[best].Cue.Last].Sentence].End;
            if (HasCueBetween(doc, Math.Max(drafts[best].ContentEnd, attributed), region.ContentStart)) continue;
            for (var q = r; q >= 0 && !covered[q]; q = doc.Regions[q].Next)
                Add(doc, drafts, covered, q, drafts[best], AttributionRank.Floating);
        }
    }

    /// <summary>
    /// A quotation that fills its paragraph, followed by a sentence that introduces someone new with a verb of
    /// speaking ("Those were the words of Ana Ruiz, who spoke at a rally"): the newcomer said it, not the previous
    /// speaker.
    /// </summary>
    static bool TryNamedNext(QuoteDocument doc, List<QuoteDraft> drafts, bool[] covered, int r)
    {
        var region = doc.Regions[r];
        var last = region.CloseToken >= 0 ? region.CloseToken : doc.TokenAt(region.ContentEnd) - 1;
        var firstSentence = doc.Sentences[doc.Tokens[region.OpenToken].Sentence];
        if (firstSentence.FirstToken != region.OpenToken || firstSentence.Paragraph != region.Paragraph) return false;
        if (region.OpenToken > 0 && doc.Sentences[doc.Tokens[region.OpenToken - 1].Sentence].Paragraph == region.Paragraph) return false;
        var lastSentence = doc.Tokens[last].Sentence;
        if (doc.Sentences[lastSentence].EndToken > last + 2) return false; // more than the quote in its sentence
        var next = lastSentence + 1;
        if (next >= doc.Sentences.Count || doc.Sentences[next].Paragraph > region.Paragraph + 1) return false;
        var sentence = doc.Sentences[next];
        var name = Phrase.None;
        var cue = new CueMatch(0, -1, CueFlags.None, CueForm.Finite);
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (doc.InQuote(t)) return false;
            if (!name.Found && doc.IsCapitalized(t) && doc.IsCapitalized(t + 1) && t + 1 < sentence.EndToken && t != sentence.FirstToken)
            {
                var end = t + 1;
                while (end + 1 < sentence.EndToken && doc.IsCapitalized(end + 1)) end++;
                if (IsNew(doc, t, end, region.ContentStart)) name = new Phrase(t, end);
                t = end;
                continue;
            }
            if (!name.Found || !doc.IsWord(t)) continue;
            if (CueLexicon.TryMatch(doc, t, out var verb) && verb.Form != CueForm.Base) cue = verb;
            else if (Lexicon.In(Lexicon.SpokeWords, doc.Text(t))) cue = new CueMatch(t, t, CueFlags.None, CueForm.Finite);
            if (cue.Last >= cue.First) break;
        }
        if (!name.Found || cue.Last < cue.First || region.WordCount < 4 || region.IsTitle) return false;
        var source = new QuoteDraft { Cue = cue, Speaker = name, Region = r, Kind = QuoteKind.Direct, Sentence = next };
        for (var q = r; q >= 0 && !covered[q]; q = doc.Regions[q].Next)
            Add(doc, drafts, covered, q, source, AttributionRank.Floating);
        return true;
    }

    // a name written for the first time in the article
    static bool IsNew(QuoteDocument doc, int first, int last, int before)
    {
        var text = doc.Body.AsSpan(doc.Tokens[first].Start, doc.Tokens[last].End - doc.Tokens[first].Start);
        return doc.Body.AsSpan(0, before).IndexOf(text, StringComparison.Ordinal) < 0;
    }

    static void Add(QuoteDocument doc, List<QuoteDraft> drafts, bool[] covered, int r, QuoteDraft source, AttributionRank rank)
    {
        covered[r] = true;
        var region = doc.Regions[r];
        if (region.WordCount < 4 || region.IsTitle) return;
        drafts.Add(source with
        {
            ContentStart = region.ContentStart, ContentEnd = region.ContentEnd, Kind = QuoteKind.Direct, Region = r,
            Rank = rank, Sentence = doc.Tokens[region.OpenToken].Sentence,
        });
    }

    /// <summary>A sentence in between with its own cue outside quotes breaks the chain of speakers.</summary>
    static bool HasCueBetween(QuoteDocument doc, int start, int end)
    {
        for (var t = doc.TokenAt(start); t < doc.Tokens.Count && doc.Tokens[t].Start < end; t++)
            if (!doc.InQuote(t) && CueLexicon.TryMatch(doc, t, out _)) return true;
        return false;
    }

    static void MarkCovered(QuoteDocument doc, bool[] covered, int start, int end)
    {
        foreach (var r in RegionsIn(doc, start, end)) covered[r] = true;
    }

    static IEnumerable<int> RegionsIn(QuoteDocument doc, int start, int end)
    {
        for (var r = 0; r < doc.Regions.Count; r++)
            if (doc.Regions[r].ContentStart < end && doc.Regions[r].ContentEnd > start) yield return r;
    }
}
