using System.Collections.Frozen;

namespace NewsApi.Extraction.Quotes;

/// <summary>A phrase at tokens [First, Last]; First &gt; Last means none.</summary>
readonly record struct Phrase(int First, int Last)
{
    public static readonly Phrase None = new(0, -1);
    public bool Found => First <= Last;
}

/// <summary>
/// Shallow noun-phrase reading around a cue: the subject to its left ("Spokesman Keivan Khosravi", "the agency",
/// "media"), the speaker to its right ("said Smith", "according to officials"), and words that end a phrase.
/// </summary>
static class SpeakerPhrases
{







    public static bool IsPronoun(ReadOnlySpan<char> word) => Lexicon.In(Lexicon.Pronouns, word);

    public static bool IsFirstPerson(ReadOnlySpan<char> word) => Lexicon.In(Lexicon.FirstPerson, word);

    public static bool IsStopWord(ReadOnlySpan<char> word) => Lexicon.In(Lexicon.StopWords, word);

    static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Steps left from just before a cue over auxiliaries, adverbs and a parenthetical (", however,") to the last
    /// token of the subject; returns that index (which may be a comma or mark when there is no subject).
    /// </summary>
    public static int SkipToSubject(QuoteDocument doc, int i, int floor)
    {
        while (i >= floor)
        {
            if (doc.IsWord(i) && (Lexicon.In(Lexicon.LeftSkippable, doc.Text(i)) || LooksNegative(doc.Text(i)) || IsAdverb(doc, i))) { i--; continue; }
            // "an arbitration panel in 2001 found", "the agency on Tuesday said"
            if (doc.IsWord(i) && i - 1 >= floor && doc.IsWord(i - 1) && Lexicon.In(Lexicon.DatePrepositions, doc.Text(i - 1))
                && (char.IsDigit(doc.Body[doc.Tokens[i].Start]) || IsDateWord(doc.Text(i)))) { i -= 2; continue; }
            if (doc.IsPunct(i, ',') && TrySkipParenthetical(doc, i, floor, out var before)) { i = before; continue; }
            if (doc.IsPunct(i, '—') || doc.IsPunct(i, '-') && doc.Tokens[i].End - doc.Tokens[i].Start == 2)
            {
                // "Kall -- co-editor of a book on Trump's debates -- said"
                var dash = i - 1;
                while (dash >= floor && dash > i - 30 && !(doc.Tokens[dash].Kind == TokenKind.Punct && doc.Body[doc.Tokens[dash].Start] == doc.Body[doc.Tokens[i].Start]
                                                              && doc.Tokens[dash].End - doc.Tokens[dash].Start == doc.Tokens[i].End - doc.Tokens[i].Start)) dash--;
                if (dash > floor && doc.IsCapitalized(dash - 1)) { i = dash - 1; continue; }
            }
            if (doc.IsPunct(i, ')'))
            {
                // "Rep. Gwen Moore (D-Wis.) said"
                var open = i - 1;
                while (open >= floor && open > i - 10 && !doc.IsPunct(open, '(')) open--;
                if (open >= floor && doc.IsPunct(open, '(')) { i = open - 1; continue; }
            }
            break;
        }
        return i;
    }


    static bool IsDateWord(ReadOnlySpan<char> w) => Lexicon.In(Lexicon.DateWords, w);

    // "DuVernay powerfully highlights": a lower-case -ly word between subject and cue
    static bool IsAdverb(QuoteDocument doc, int i) =>
        !doc.IsCapitalized(i) && doc.Text(i).Length > 4 && doc.Text(i).EndsWith("ly", StringComparison.Ordinal)
        && !doc.Is(i, "family") && !doc.Is(i, "ally") && !doc.Is(i, "italy") && !doc.Is(i, "assembly") && !doc.Is(i, "supply");

    static bool LooksNegative(ReadOnlySpan<char> w) =>
        w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);

    static bool TrySkipParenthetical(QuoteDocument doc, int comma, int floor, out int before)
    {
        before = comma;
        for (var p = comma - 1; p >= floor && p >= comma - 20; p--)
        {
            if (doc.Tokens[p].Kind is TokenKind.Open or TokenKind.Close or TokenKind.Mark) return false;
            if (!doc.IsPunct(p, ',')) continue;
            if (p + 1 >= comma || !doc.IsWord(p + 1)) return false;
            // "A diplomat familiar with the talks, who asked not to be named, said", "Rep. Dana Okafor (D-N.Y.), who
            // leads the panel, said": a relative clause about the subject
            if ((doc.Is(p + 1, "who") || doc.Is(p + 1, "whose")) && p - 1 >= floor
                && (doc.IsWord(p - 1) && !IsStopWord(doc.Text(p - 1)) || doc.IsPunct(p - 1, ')'))) { before = p - 1; return true; }
            if (p - 1 < floor || !doc.IsWord(p - 1)) return false;
            // "A lawyer for the outlets, David Schulz, said": the name in apposition is the speaker
            if (IsNameRun(doc, p + 1, comma - 1) && !doc.IsCapitalized(p - 1)) { before = comma - 1; return true; }
            var first = doc.Text(p + 1);
            var opens = Lexicon.In(Lexicon.ParentheticalOpeners, first) || first.EndsWith("ing", StringComparison.Ordinal)
                        || first.EndsWith("ly", StringComparison.Ordinal) || !HasFiniteVerb(doc, p + 1, comma - 1);
            var subject = doc.IsCapitalized(p - 1) || IsPronoun(doc.Text(p - 1))
                          || Lexicon.In(Lexicon.ParentheticalOpeners, first) && p + 2 == comma && !IsStopWord(doc.Text(p - 1));
            if (!opens || !subject) return false;
            before = p - 1;
            return true;
        }
        return false;
    }

    static bool IsNameRun(QuoteDocument doc, int first, int last)
    {
        if (last - first > 4 || !doc.IsCapitalized(first) || !doc.IsCapitalized(last)) return false;
        for (var i = first; i <= last; i++)
            if (!IsNamePart(doc, i)) return false;
        return true;
    }


    static bool HasFiniteVerb(QuoteDocument doc, int first, int last)
    {
        for (var i = first; i <= last; i++)
            if (doc.IsWord(i) && (Lexicon.In(Lexicon.Finite, doc.Text(i)) || !doc.IsCapitalized(i) && doc.Text(i).EndsWith("ed", StringComparison.Ordinal)))
                return true;
        return false;
    }

    /// <summary>
    /// The subject noun phrase ending at token <paramref name="last"/>, reading leftwards, with the prepositional
    /// phrases that qualify a common noun: "officials in Ankara", "a diplomat familiar with the talks", "traders in
    /// London" (the speaker is the official, not the place).
    /// </summary>
    public static Phrase Left(QuoteDocument doc, int last, int floor)
    {
        var phrase = NounPhraseLeft(doc, last, floor);
        for (var steps = 0; phrase.Found && steps < 2; steps++)
        {
            var p = phrase.First - 1;
            if (doc.Is(p, "to") && (doc.Is(p - 1, "close") || doc.Is(p - 1, "near") || doc.Is(p - 1, "next"))) p--;
            if (!(p - 1 >= floor && doc.IsWord(p) && Lexicon.In(Lexicon.QualifyingPrepositions, doc.Text(p)) && doc.IsWord(p - 1))) break;
            var w = doc.Text(p - 1);
            if (IsStopWord(w) || IsPronoun(w) || IsFirstPerson(w) || IsPossessive(w) || LooksVerbal(w)) break;
            // "Smith of the Treasury" is a named person; only a common noun (or adjective) is qualified this way
            if (doc.IsCapitalized(p - 1) && !IsSentenceStartNoun(doc, p - 1)) break;
            var head = NounPhraseLeft(doc, p - 1, floor);
            if (!head.Found) break;
            phrase = new(head.First, phrase.Last);
        }
        return phrase;
    }


    // "Officials in Ankara said": a capitalised plural common noun opening the sentence
    static bool IsSentenceStartNoun(QuoteDocument doc, int i) =>
        doc.Sentences[doc.Tokens[i].Sentence].FirstToken == i && doc.Text(i) is var w && w.Length > 3 && w[^1] == 's'
        && !IsNamePart(doc, i + 1);

    static Phrase NounPhraseLeft(QuoteDocument doc, int last, int floor)
    {
        if (last < floor || !doc.IsWord(last)) return Phrase.None;
        var word = doc.Text(last);
        if (IsPronoun(word) || IsFirstPerson(word)) return new(last, last);
        if (IsPossessive(word) || IsStopWord(word) || Lexicon.In(Lexicon.SpeakerDeterminers, word) && !doc.IsCapitalized(last)) return Phrase.None;
        if (!doc.IsCapitalized(last) && LooksVerbal(word)) return Phrase.None;
        var first = last;
        if (doc.IsCapitalized(last))
        {
            while (first - 1 >= floor && IsNamePart(doc, first - 1)) first--;
            if (first - 1 >= floor && doc.Is(first - 1, "the") && !HasTitleBefore(doc, first, last)) first--;
            return StripTitles(doc, first, last);
        }
        var words = 1;
        while (first - 1 >= floor && doc.IsWord(first - 1) && words < 5)
        {
            var w = doc.Text(first - 1);
            if (IsStopWord(w) && !Lexicon.In(Lexicon.SpeakerDeterminers, w) || IsPronoun(w) || IsFirstPerson(w) || LooksVerbal(w)) break;
            first--;
            words++;
            if (IsPossessive(w) && doc.IsCapitalized(first))
            {
                // "Nova Scotia's health minister": the whole name before the possessive
                while (first - 1 >= floor && IsNamePart(doc, first - 1)) first--;
                break;
            }
            if (Lexicon.In(Lexicon.SpeakerDeterminers, w) || IsPossessive(w)) break;
        }
        return new(first, last);
    }

    public static bool LooksVerbal(ReadOnlySpan<char> w) =>
        w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal)
        || Lexicon.In(Lexicon.Verbs, w);



    static bool IsNamePart(QuoteDocument doc, int i)
    {
        if (!doc.IsWord(i)) return false;
        var w = doc.Text(i);
        if (IsPossessive(w)) return false;
        if (doc.IsCapitalized(i))
            return !IsStopWord(w) && !IsPronoun(w) && !IsFirstPerson(w)
                   && !(w.EndsWith("ing", StringComparison.Ordinal) && doc.Sentences[doc.Tokens[i].Sentence].FirstToken == i);
        // "Bank of England", "Ahmad al Assad": a connector between capitals
        return Lexicon.In(Lexicon.NameConnectors, w) && doc.IsCapitalized(i - 1) && doc.IsCapitalized(i + 1);
    }

    static bool HasTitleBefore(QuoteDocument doc, int first, int last)
    {
        for (var i = first; i < last; i++)
            if (Lexicon.In(Lexicon.Titles, doc.Text(i))) return true;
        return false;
    }

    static Phrase StripTitles(QuoteDocument doc, int first, int last)
    {
        var lastTitle = -1;
        for (var i = first; i < last; i++)
            if (doc.IsWord(i) && Lexicon.In(Lexicon.Titles, doc.Text(i))) lastTitle = i;
        return lastTitle >= 0 && !Lexicon.In(Lexicon.Titles, doc.Text(last)) ? new(lastTitle + 1, last) : new(first, last);
    }

    /// <summary>The speaker noun phrase starting at token <paramref name="first"/> ("said Smith", "according to a poll").</summary>
    public static Phrase Right(QuoteDocument doc, int first, int limit)
    {
        if (first >= limit || !doc.IsWord(first)) return Phrase.None;
        var word = doc.Text(first);
        if (IsPronoun(word) || IsFirstPerson(word)) return new(first, first);
        var last = first;
        if (doc.IsCapitalized(first) || doc.Is(first, "the") && doc.IsCapitalized(first + 1))
        {
            while (last + 1 < limit && IsNamePart(doc, last + 1)) last++;
            var start = doc.Is(first, "the") ? first + 1 : first;
            var stripped = StripTitles(doc, start, last);
            return doc.Is(first, "the") && stripped.First == start ? new(first, last) : stripped;
        }
        if (IsStopWord(word) && !Lexicon.In(Lexicon.SpeakerDeterminers, word)) return Phrase.None;
        var words = 1;
        while (last + 1 < limit && doc.IsWord(last + 1) && words < 6)
        {
            var w = doc.Text(last + 1);
            if (IsStopWord(w) || IsPronoun(w) || CueLexicon.TryMatch(doc, last + 1, out _)) break;
            last++;
            words++;
        }
        if (Lexicon.In(Lexicon.SpeakerDeterminers, doc.Text(last))) return Phrase.None;
        // "according to figures from the Petroleum Institute": the source of data is who published it
        if (Lexicon.In(Lexicon.DataNouns, doc.Text(last)) && (doc.Is(last + 1, "from") || doc.Is(last + 1, "by") || doc.Is(last + 1, "of"))
            && Right(doc, last + 2, limit) is { Found: true } publisher && !IsPronoun(doc.Text(publisher.First)))
            return publisher;
        return new(first, last);
    }
}
