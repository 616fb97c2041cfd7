using System.Collections.Frozen;

namespace NewsApi.Extraction.Quotes;

/// <summary>Stance adjectives after a copula: "critical of …", "worried about …", "confident that …".</summary>
static partial class Stances
{
    /// <summary>"Graham has been critical of …", "voters are worried about …", "she is confident that …".</summary>
    static bool TryAdjective(QuoteDocument doc, List<QuoteDraft> drafts, Sentence sentence, int s, int i, out int next)
    {
        next = i;
        if (!Lexicon.In(Lexicon.Adjectives, doc.Text(i)) || doc.IsCapitalized(i)) return false;
        var k = i + 1;
        if (!doc.IsWord(k) || !(doc.Is(k, "of") || doc.Is(k, "about") || doc.Is(k, "that") || doc.Is(k, "on") || doc.Is(k, "to")
                                 || doc.Is(k, "with") || doc.Is(k, "at") || doc.Is(k, "toward") || doc.Is(k, "towards") || doc.Is(k, "over"))) return false;
        var b = i - 1;
        while (b >= sentence.FirstToken && doc.IsWord(b) && (Lexicon.In(Lexicon.Degree, doc.Text(b)) || doc.Text(b).EndsWith("ly", StringComparison.Ordinal) && !doc.IsCapitalized(b))) b--;
        Phrase speaker;
        if (IsThirdPersonContraction(doc, b)) speaker = new(b, b); // "she’s so frustrated that …"
        else
        {
            if (!doc.IsWord(b) || !Lexicon.In(Lexicon.Copulas, doc.Text(b))) return false;
            var j = SpeakerPhrases.SkipToSubject(doc, b - 1, sentence.FirstToken);
            if (j < sentence.FirstToken || !doc.IsWord(j) || doc.InQuote(j) || doc.Is(j, "and") || doc.Is(j, "but")) return false;
            speaker = SpeakerPhrases.Left(doc, j, sentence.FirstToken);
        }
        if (!speaker.Found || SpeakerPhrases.IsFirstPerson(doc.Text(speaker.Last)) || !IsAgent(doc, speaker)) return false;
        k++;
        if (k >= sentence.EndToken || doc.Tokens[k].Kind == TokenKind.Punct) return false;
        if (!ReportedSpeech.Clause(doc, sentence, k, 1, out var last)) return false;
        return Add(doc, drafts, k, last, new CueMatch(i, i, CueFlags.None, CueForm.Finite), speaker, s, out next);
    }
}
