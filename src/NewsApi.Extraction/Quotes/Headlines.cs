using System.Collections.Frozen;

namespace NewsApi.Extraction.Quotes;

/// <summary>Title-case headlines: "Obama Says Museum Will Tell of …", "Trump Could Address Energy, Graham Says".</summary>
static partial class Stances
{
    /// <summary>A headline: at least four words, nearly all capitalised ("Obama Says Museum Will Tell of …").</summary>
    static bool IsTitleCase(QuoteDocument doc, Sentence sentence)
    {
        int words = 0, capitals = 0;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (!doc.IsWord(t) || doc.InQuote(t) || doc.Text(t).Length < 4) continue;
            words++;
            if (doc.IsCapitalized(t)) capitals++;
        }
        return words >= 4 && capitals * 5 >= words * 4;
    }

    /// <summary>"Obama Says Museum Will Tell of …" and "Trump Could Address Energy, Graham Says": speaker, verb, content.</summary>
    static void TryHeadline(QuoteDocument doc, List<QuoteDraft> drafts, Sentence sentence, int s)
    {
        for (var i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            if (!doc.IsWord(i) || doc.InQuote(i) || !Lexicon.In(Lexicon.HeadlineVerbs, doc.Text(i))) continue;
            // the speaker: the capitalised words before the verb, back to the start or a comma
            var first = i - 1;
            while (first - 1 >= sentence.FirstToken && doc.IsWord(first - 1) && i - first < 5) first--;
            if (!doc.IsWord(first) || !doc.IsCapitalized(first)) return;
            var cue = new CueMatch(i, i, CueFlags.None, CueForm.Finite);
            if (doc.IsPunct(first - 1, ',') && first - 1 > sentence.FirstToken)
            {
                // "…, Lindsey Graham Says."
                var last = ReportedSpeech.Trim(doc, sentence.FirstToken, first - 2);
                if (ReportedSpeech.CountWords(doc, sentence.FirstToken, last) >= 3)
                    Add(doc, drafts, sentence.FirstToken, last, cue, new Phrase(first, i - 1), s, out _);
                return;
            }
            if (first != sentence.FirstToken) return;
            var end = ReportedSpeech.Trim(doc, i + 1, sentence.EndToken - 1);
            if (ReportedSpeech.CountWords(doc, i + 1, end) >= 2)
                Add(doc, drafts, i + 1, end, cue, new Phrase(first, i - 1), s, out _);
            return;
        }
    }
}
