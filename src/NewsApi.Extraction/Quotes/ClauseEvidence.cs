using System.Collections.Frozen;

namespace NewsApi.Extraction.Quotes;

/// <summary>
/// Evidence, without a parser, that words after or before a cue form a clause: a finite verb nearby, a subject
/// pronoun, no introductory preposition; and which words open an adjunct rather than a clause.
/// </summary>
static class ClauseEvidence
{
    public static readonly FrozenSet<string> VerbHints = CueLexicon.Set(
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "do", "does", "did", "won't", "wouldn't", "can't", "isn't", "wasn't", "don't", "doesn't", "didn't",
        "won’t", "wouldn’t", "can’t", "isn’t", "wasn’t", "don’t", "doesn’t", "didn’t", "shall", "needs",
        "wants", "plans", "knows", "believes", "thinks", "means", "makes", "remains", "seems", "appears", "gets",
        "goes", "looks", "takes", "gives", "comes", "supports", "opposes", "favors", "leads", "lacks", "deserves");

    static readonly FrozenSet<string> AdjunctWords = CueLexicon.Set(
        "on", "in", "at", "during", "after", "before", "to", "from", "with", "about", "of", "for", "via", "through",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "earlier", "later", "recently", "repeatedly", "also", "again", "then", "afterward", "afterwards",
        "privately", "publicly", "once", "twice", "previously", "separately", "directly", "flatly", "simply",
        "bluntly", "candidly", "frankly", "openly", "sarcastically", "jokingly", "angrily", "firmly", "softly",
        "quietly", "loudly", "however", "meanwhile", "instead", "further", "moreover",
        "similarly", "likewise", "first", "initially", "originally", "finally", "ultimately", "last", "next",
        "this", "several", "over", "when", "while", "because", "as", "since", "until", "although", "though",
        "where");

    static readonly FrozenSet<string> TimeNouns = CueLexicon.Set(
        "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "spring", "summer", "fall",
        "autumn", "winter", "time", "day", "days", "weeks", "months", "years", "hours", "minutes");

    /// <summary>Words that open an adjunct after a cue ("said on Friday", "said this week", "said in a statement").</summary>
    public static bool IsAdjunctStart(QuoteDocument doc, int k)
    {
        var w = doc.Text(k);
        if (!CueLexicon.In(AdjunctWords, w)) return false;
        if (doc.Is(k, "this") || doc.Is(k, "last") || doc.Is(k, "next") || doc.Is(k, "several") || doc.Is(k, "over"))
            return doc.IsWord(k + 1) && CueLexicon.In(TimeNouns, doc.Text(k + 1));
        return true;
    }

    static readonly FrozenSet<string> SubjectPronouns = CueLexicon.Set("he", "she", "it", "they", "we", "i", "you", "there");

    static readonly FrozenSet<string> IrregularPasts = CueLexicon.Set(
        "saw", "made", "took", "gave", "got", "went", "came", "knew", "thought", "told", "said", "found", "felt",
        "left", "kept", "held", "ran", "won", "lost", "met", "paid", "sent", "spent", "brought", "bought", "became",
        "began", "broke", "chose", "drew", "drove", "fell", "fought", "grew", "hid", "led", "meant", "rose", "shot",
        "sold", "spoke", "stood", "stole", "struck", "taught", "threw", "understood", "wrote", "am", "isn’t", "aren’t",
        "aren't", "weren't", "weren’t", "hasn't", "hasn’t", "haven't", "haven’t");

    public static bool IsPronounContraction(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe > 0 && (CueLexicon.In(SubjectPronouns, word[..apostrophe]) || word[..apostrophe].Equals("that", StringComparison.OrdinalIgnoreCase));
    }

    static readonly FrozenSet<string> Introducers = CueLexicon.Set(
        "at", "in", "on", "during", "after", "before", "following", "when", "while", "although", "though", "as",
        "if", "without", "with", "since", "until", "because", "from", "for", "by", "under", "despite", "unlike",
        "like", "asked", "speaking", "writing", "responding", "campaigning", "addressing", "appearing", "but", "and",
        "according", "among", "amid", "once", "whereas");

    public static readonly FrozenSet<string> Auxiliaries = CueLexicon.Set(
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "does", "did", "do", "be", "been");

    /// <summary>A reported clause rather than an introductory phrase ("At Monday's debate, Clinton mentioned …").</summary>
    public static bool IsClause(QuoteDocument doc, int first, int last)
    {
        var t = first;
        if (doc.Is(t, "but") || doc.Is(t, "and") || doc.Is(t, "so")) t++;
        if (doc.IsWord(t) && CueLexicon.In(Introducers, doc.Text(t))) return false;
        for (var i = t; i <= last; i++)
            if (doc.Tokens[i].Kind is TokenKind.Open) return true;
        return HasVerbHint(doc, t, last, window: last - t);
    }

    public static bool HasVerbHint(QuoteDocument doc, int first, int last, int window = 20)
    {
        // "saying they share …": a subject pronoun is followed by its verb
        if (doc.IsWord(first) && CueLexicon.In(SubjectPronouns, doc.Text(first))) return true;
        if (doc.IsWord(first) && IsPronounContraction(doc.Text(first))) return true;
        for (var t = first; t <= last && t <= first + window; t++)
        {
            if (!doc.IsWord(t)) continue;
            var w = doc.Text(t);
            if (CueLexicon.In(IrregularPasts, w) || t > first && CueLexicon.IsCueWord(w) && !doc.IsCapitalized(t) && w[^1] is 's' or 'd') return true;
            if (CueLexicon.In(VerbHints, w) || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("n't", StringComparison.Ordinal)
                || w.EndsWith("n’t", StringComparison.Ordinal)) return true;
            // "Clinton wants", "it makes": an -s word right after a name or pronoun
            if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or '\'' or '’') && doc.IsWord(t - 1) && !doc.IsCapitalized(t)
                && (doc.IsCapitalized(t - 1) || SpeakerPhrases.IsPronoun(doc.Text(t - 1)))) return true;
        }
        return false;
    }
}
