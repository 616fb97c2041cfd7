using System.Collections.Frozen;

namespace NewsApi.Extraction.Quotes;

/// <summary>
/// Evidence, without a parser, that words after or before a cue form a clause: a finite verb nearby, a subject
/// pronoun, no introductory preposition; and which words open an adjunct rather than a clause.
/// </summary>
static class ClauseEvidence
{



    /// <summary>Words that open an adjunct after a cue ("said on Friday", "said this week", "said in a statement").</summary>
    public static bool IsAdjunctStart(QuoteDocument doc, int k)
    {
        var w = doc.Text(k);
        if (!Lexicon.In(Lexicon.AdjunctWords, w)) return false;
        if (doc.Is(k, "this") || doc.Is(k, "last") || doc.Is(k, "next") || doc.Is(k, "several") || doc.Is(k, "over"))
            return doc.IsWord(k + 1) && Lexicon.In(Lexicon.TimeNouns, doc.Text(k + 1));
        return true;
    }



    public static bool IsPronounContraction(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe > 0 && (Lexicon.In(Lexicon.SubjectPronouns, word[..apostrophe]) || word[..apostrophe].Equals("that", StringComparison.OrdinalIgnoreCase));
    }



    /// <summary>A reported clause rather than an introductory phrase ("At Monday's debate, Clinton mentioned …").</summary>
    public static bool IsClause(QuoteDocument doc, int first, int last)
    {
        var t = first;
        if (doc.Is(t, "but") || doc.Is(t, "and") || doc.Is(t, "so")) t++;
        if (doc.IsWord(t) && Lexicon.In(Lexicon.Introducers, doc.Text(t))) return false;
        for (var i = t; i <= last; i++)
            if (doc.Tokens[i].Kind is TokenKind.Open) return true;
        return HasVerbHint(doc, t, last, window: last - t);
    }

    public static bool HasVerbHint(QuoteDocument doc, int first, int last, int window = 20)
    {
        // "saying they share …": a subject pronoun is followed by its verb
        if (doc.IsWord(first) && Lexicon.In(Lexicon.SubjectPronouns, doc.Text(first))) return true;
        if (doc.IsWord(first) && IsPronounContraction(doc.Text(first))) return true;
        for (var t = first; t <= last && t <= first + window; t++)
        {
            if (!doc.IsWord(t)) continue;
            var w = doc.Text(t);
            if (Lexicon.In(Lexicon.IrregularPasts, w) || t > first && CueLexicon.IsCueWord(w) && !doc.IsCapitalized(t) && w[^1] is 's' or 'd') return true;
            if (Lexicon.In(Lexicon.VerbHints, w) || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("n't", StringComparison.Ordinal)
                || w.EndsWith("n’t", StringComparison.Ordinal)) return true;
            // "Clinton wants", "it makes": an -s word right after a name or pronoun
            if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or '\'' or '’') && doc.IsWord(t - 1) && !doc.IsCapitalized(t)
                && (doc.IsCapitalized(t - 1) || SpeakerPhrases.IsPronoun(doc.Text(t - 1)))) return true;
        }
        return false;
    }
}
