using System.Collections.Frozen;

namespace NewsApi.Extraction.Quotes;

/// <summary>Stance nouns: "his claim that …", "Smith's support for …", "the assertion that …".</summary>
static partial class Stances
{
    /// <summary>"his claim that …", "the assertion that …", "Smith's support for …", "her position is that …".</summary>
    static bool TryNoun(QuoteDocument doc, List<QuoteDraft> drafts, Sentence sentence, int s, int i, bool thatClause, out int next)
    {
        next = i;
        if (!(Lexicon.In(Lexicon.Nouns, doc.Text(i)) || Lexicon.In(Lexicon.OpinionNouns, doc.Text(i))) || doc.IsCapitalized(i)) return false;
        var p = i - 1;
        // "his infamous comment about …", "Trump's latest attack on …": one modifier between holder and noun
        // ("aerial support", "financial support" are material, not views: only opinion and speech nouns)
        if ((Lexicon.In(Lexicon.OpinionNouns, doc.Text(i)) || Lexicon.In(Lexicon.SpeechNouns, doc.Text(i)))
            && doc.IsWord(p) && !doc.IsCapitalized(p) && !SpeakerPhrases.IsStopWord(doc.Text(p)) && !IsPossessive(doc.Text(p))
            && doc.IsWord(p - 1) && (Lexicon.In(Lexicon.PossessivePronouns, doc.Text(p - 1)) || IsPossessive(doc.Text(p - 1)))) p--;
        var holder = Phrase.None;
        if (doc.IsWord(p) && Lexicon.In(Lexicon.PossessivePronouns, doc.Text(p))) holder = new(p, p);
        else if (doc.IsWord(p) && IsPossessive(doc.Text(p)) && !doc.InQuote(p))
        {
            var first = p;
            while (first - 1 >= sentence.FirstToken && doc.IsCapitalized(first - 1) && !IsPossessive(doc.Text(first - 1))
                   && !SpeakerPhrases.IsStopWord(doc.Text(first - 1))) first--;
            if (!doc.IsCapitalized(p) && !doc.IsCapitalized(first)) return false;
            holder = new(first, p);
        }
        var k = i + 1;
        if (doc.Is(k, "is") || doc.Is(k, "was")) k++;
        var that = doc.Is(k, "that");
        if (that != thatClause) return false;
        if (!holder.Found)
        {
            // "the claim that …": nobody named, but the cue and the content are clear
            if (that && (!(doc.Is(p, "the") || doc.Is(p, "a") || doc.Is(p, "this")) || !Lexicon.In(Lexicon.ClaimNouns, doc.Text(i)))) return false;
        }
        if (!that && !(k == i + 1 && doc.IsWord(k) && Lexicon.In(Lexicon.Particles, doc.Text(k)) && !doc.Is(k, "that"))) return false;
        // "criticism of …", "questions about …" with nobody named: only nouns that always hold a view
        if (!holder.Found && !that && !Lexicon.In(Lexicon.OpinionNouns, doc.Text(i))) return false;
        // "the claim that was rejected": a relative clause, not content
        if (that && doc.IsWord(k + 1) && (Lexicon.In(Lexicon.Auxiliaries, doc.Text(k + 1)) || Lexicon.In(Lexicon.VerbHints, doc.Text(k + 1)))) return false;
        k++;
        if (k >= sentence.EndToken || doc.Tokens[k].Kind == TokenKind.Punct) return false;
        if (!ReportedSpeech.Clause(doc, sentence, k, that ? 3 : 1, out var last)) return false;
        var cue = new CueMatch(i, i, CueFlags.None, CueForm.Finite);
        return Add(doc, drafts, k, last, cue, holder, s, out next);
    }
}
