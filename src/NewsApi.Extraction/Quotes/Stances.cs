using System.Collections.Frozen;

namespace NewsApi.Extraction.Quotes;

/// <summary>
/// Attributions that are not speech: stances, intentions, beliefs and evaluations ("Smith wants to …",
/// "the union has endorsed …", "critics complained about …", "voters are worried about …", "his claim that …",
/// "her support for …", "was accused of …") and title-case headlines ("Obama Says …"). They rank below speech, so
/// de-duplication keeps a speech quote wherever both apply. All are indirect (mixed when they hold a quotation);
/// a stance whose holder is not named ("the claim that …", agentless passives) has no speaker.
/// </summary>
static partial class Stances
{
    /// <summary>
    /// Adds stance attributions; overlaps with speech quotes are left to de-duplication. Before a "…, saying …" the
    /// act is only the frame of what was said ("praised the plan, saying …"), so the stance is skipped there.
    /// </summary>
    public static void Find(QuoteDocument doc, List<QuoteDraft> drafts)
    {
        Span<int> framed = doc.Sentences.Count <= 256 ? stackalloc int[doc.Sentences.Count] : new int[doc.Sentences.Count];
        framed.Fill(-1);
        foreach (var d in drafts)
            if (d.Cue.Form == CueForm.Ing && d.Cue.Last >= d.Cue.First)
            {
                var cueSentence = doc.Tokens[d.Cue.First].Sentence;
                framed[cueSentence] = Math.Max(framed[cueSentence], d.Cue.First);
            }
        var kinds = new List<StanceKind>(64);
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            if (IsTitleCase(doc, sentence))
            {
                TryHeadline(doc, drafts, sentence, s);
                continue;
            }
            // one look-up per word; most sentences hold no stance word at all
            kinds.Clear();
            var any = false;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var kind = StanceKind.None;
                if (doc.IsWord(i) && !doc.InQuote(i) && !doc.IsCapitalized(i)) Lookup.Kinds.TryGetValue(doc.Text(i), out kind);
                kinds.Add(kind);
                any |= kind != StanceKind.None;
            }
            if (!any) continue;
            // a stance noun with its that-clause ("Smith's claim that …") is more specific than the verb around
            // it; a verb ("outlined her plan for …") more than a noun with a prepositional object
            var before = drafts.Count;
            for (var pass = 0; pass < 3 && drafts.Count == before; pass++)
                for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    var kind = kinds[i - sentence.FirstToken];
                    if (kind == StanceKind.None || i < framed[s]) continue;
                    var next = i;
                    var added = pass == 1 ? (kind & StanceKind.Verb) != 0 && TryVerb(doc, drafts, sentence, s, i, out next)
                                            || (kind & StanceKind.Adjective) != 0 && TryAdjective(doc, drafts, sentence, s, i, out next)
                                          : (kind & StanceKind.Noun) != 0 && TryNoun(doc, drafts, sentence, s, i, thatClause: pass == 0, out next);
                    if (added) i = next;
                }
        }
    }

    static bool IsSingularSubject(QuoteDocument doc, Phrase speaker)
    {
        var head = doc.Text(speaker.Last);
        if (SpeakerPhrases.IsPronoun(head)) return !doc.Is(speaker.Last, "they");
        if (doc.IsCapitalized(speaker.Last)) return true;
        if (Lexicon.In(Lexicon.IndefinitePronouns, head)) return true;
        if (head.Length > 3 && head[^1] == 's' && head[^2] is not ('s' or 'i' or 'u')) return false;
        // "the union endorses", "the 28-nation bloc aims": a determiner opens the phrase or stands just before it
        return doc.IsWord(speaker.First) && (Lexicon.In(Lexicon.SingularDeterminers, doc.Text(speaker.First)) || IsPossessive(doc.Text(speaker.First)))
               || doc.IsWord(speaker.First - 1) && (Lexicon.In(Lexicon.SingularDeterminers, doc.Text(speaker.First - 1)) || IsPossessive(doc.Text(speaker.First - 1)))
               || doc.IsWord(speaker.First - 1) && char.IsDigit(doc.Text(speaker.First - 1)[0])
                  && doc.IsWord(speaker.First - 2) && Lexicon.In(Lexicon.SingularDeterminers, doc.Text(speaker.First - 2));
    }

    static bool IsPluralSubject(QuoteDocument doc, int t, int floor)
    {
        if (doc.Is(t, "they") || doc.Is(t, "who")) return true;
        var w = doc.Text(t);
        if (doc.IsCapitalized(t))
        {
            // "Democrats", "China and Russia"
            // "Democrats", "Republicans", "Conservatives" — but not surnames such as "Mills" or "Hicks"
            if (w.EndsWith("ans", StringComparison.Ordinal) || w.EndsWith("ats", StringComparison.Ordinal) || w.EndsWith("ists", StringComparison.Ordinal)
                || w.EndsWith("ives", StringComparison.Ordinal) || w.EndsWith("als", StringComparison.Ordinal) || w.EndsWith("ers", StringComparison.Ordinal)) return true;
            // "Critics want", "Landlords oppose": a capitalised plural opening the sentence
            if (t == floor && w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or '\'' or '’')) return true;
            for (var k = t - 1; k >= floor && k >= t - 4; k--)
                if (doc.Is(k, "and") && doc.IsCapitalized(k - 1)) return true;
                else if (!doc.IsCapitalized(k)) break;
            return false;
        }
        // "critics", "many voters": a lower-case plural after a determiner or at the start of the sentence
        if (w.Length < 4 || w[^1] != 's' || w[^2] is 's' or 'u' or 'i' or '\'' or '’') return false;
        return t == floor || doc.IsPunct(t - 1, ',')
               || doc.IsWord(t - 1) && (Lexicon.In(Lexicon.PluralDeterminers, doc.Text(t - 1)) || doc.IsCapitalized(t - 1) && t - 1 == floor);
    }

    static int CutAtSubordinate(QuoteDocument doc, int first, int last)
    {
        for (var t = first + 1; t < last; t++)
            if (doc.IsPunct(t, ',') && !doc.InQuote(t) && doc.IsWord(t + 1) && Lexicon.In(Lexicon.ClauseOpeners, doc.Text(t + 1)))
                return ReportedSpeech.Trim(doc, first, t - 1);
        return last;
    }

    static bool Add(QuoteDocument doc, List<QuoteDraft> drafts, int first, int last, CueMatch cue, Phrase speaker, int s, out int next)
    {
        last = CutAtSubordinate(doc, first, last);
        next = last;
        if (last < first) return false;
        // "a show called “The Long Road Home”": a title, not a view
        if (doc.Tokens[first].Kind == TokenKind.Open && doc.Regions[doc.Tokens[first].Region].IsTitle) return false;
        drafts.Add(new QuoteDraft
        {
            ContentStart = doc.Tokens[first].Start, ContentEnd = doc.Tokens[last].End, Kind = QuoteKind.Indirect, Cue = cue,
            Speaker = speaker, Region = -1, Rank = AttributionRank.Stance, Sentence = s,
        });
        for (var t = first; t <= last; t++)
            if (doc.Tokens[t].Region >= 0)
            {
                var d = drafts[^1];
                d.Kind = QuoteKind.Mixed;
                drafts[^1] = d;
                break;
            }
        return true;
    }

    /// <summary>A subject that can hold a view: a name, a pronoun, or a common noun phrase that is not a thing or a time.</summary>
    static bool IsAgent(QuoteDocument doc, Phrase speaker)
    {
        var head = doc.Text(speaker.Last);
        if (SpeakerPhrases.IsPronoun(head)) return !doc.Is(speaker.Last, "which");
        if (char.IsDigit(head[0])) return false;
        return !Lexicon.In(Lexicon.NotAgents, head);
    }

    static bool IsThirdPersonContraction(QuoteDocument doc, int t)
    {
        if (!doc.IsWord(t)) return false;
        var w = doc.Text(t);
        var apostrophe = w.IndexOfAny('\'', '’');
        if (apostrophe <= 0) return false;
        var pronoun = w[..apostrophe];
        var rest = w[(apostrophe + 1)..];
        return (rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("re", StringComparison.OrdinalIgnoreCase))
               && (pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("she", StringComparison.OrdinalIgnoreCase)
                   || pronoun.Equals("they", StringComparison.OrdinalIgnoreCase));
    }

    static bool IsAdverb(QuoteDocument doc, int i)
    {
        var w = doc.Text(i);
        return doc.Is(i, "not") || doc.Is(i, "never") || doc.Is(i, "also") || doc.Is(i, "still") || doc.Is(i, "already")
               || !doc.IsCapitalized(i) && w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !doc.Is(i, "family") && !doc.Is(i, "supply");
    }

    static bool IsAdverbial(QuoteDocument doc, int i)
    {
        var w = doc.Text(i);
        return Lexicon.In(Lexicon.BaseAuxiliaries, w) || doc.Is(i, "has") || doc.Is(i, "have") || doc.Is(i, "had")
               || !doc.IsCapitalized(i) && w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !doc.Is(i, "family") && !doc.Is(i, "supply");
    }

    static bool IsDeterminer(QuoteDocument doc, int i) =>
        doc.Is(i, "the") || doc.Is(i, "a") || doc.Is(i, "an") || doc.Is(i, "his") || doc.Is(i, "her") || doc.Is(i, "their")
        || doc.Is(i, "its") || doc.Is(i, "our") || doc.Is(i, "my") || doc.Is(i, "your") || doc.Is(i, "this") || doc.Is(i, "these")
        || doc.Is(i, "those") || doc.Is(i, "no") || doc.Is(i, "any") || doc.Is(i, "every") || doc.Is(i, "some") || doc.Is(i, "of")
        || doc.Is(i, "for") || doc.Is(i, "with") || doc.Is(i, "in") || doc.Is(i, "on") || doc.Is(i, "new");

    static bool IsPossessive(ReadOnlySpan<char> w) =>
        w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("s'", StringComparison.OrdinalIgnoreCase) || w.EndsWith("s’", StringComparison.OrdinalIgnoreCase);
}
