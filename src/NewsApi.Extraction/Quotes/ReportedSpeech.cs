using System.Collections.Frozen;

namespace NewsApi.Extraction.Quotes;

/// <summary>
/// Sentence-level attribution around each cue: <c>S [adv] V [N] that|: CLAUSE</c>, <c>S V, "Q"</c>,
/// <c>CLAUSE|"Q", S V</c> and <c>"Q," V S</c>, <c>…, adding that CLAUSE</c> (subject of the main clause),
/// <c>according to S, CLAUSE</c> and <c>CLAUSE, according to S</c>.
/// </summary>
static class ReportedSpeech
{

    public static void Find(QuoteDocument doc, List<QuoteDraft> drafts)
    {
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            var mainSubject = Phrase.None;
            var floor = sentence.FirstToken;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!CueLexicon.TryMatch(doc, i, out var cue)) continue;
                i = cue.Last;
                var (speaker, inverted) = FindSpeaker(doc, sentence, cue, mainSubject);
                if (!speaker.Found) continue;
                // a relative clause ("…, who asked not to be named, said") has its own subject, not the sentence's
                if (!inverted && (cue.Flags & CueFlags.AccordingTo) == 0 && cue.Form != CueForm.Ing && !mainSubject.Found
                    && !IsRelativePronoun(doc, speaker))
                    mainSubject = speaker;
                if (SpeakerPhrases.IsFirstPerson(doc.Text(speaker.Last))) continue;
                var after = (inverted || (cue.Flags & CueFlags.AccordingTo) != 0 ? Math.Max(speaker.Last, cue.Last) : cue.Last) + 1;
                // a quote closing the previous sentence only counts when nothing follows the cue
                var quoteBefore = QuoteBefore(doc, cue, speaker, inverted, floor)
                                  && LeftBoundary(doc, cue, speaker, inverted, floor) >= sentence.FirstToken;
                for (var attempt = 0; attempt < 4; attempt++)
                {
                    int first = -1, last = -1;
                    var found = attempt switch
                    {
                        0 => quoteBefore && TryLeft(doc, sentence, cue, speaker, inverted, floor, out first, out last),
                        1 => TryRight(doc, sentence, cue, after, out first, out last),
                        2 => TryInterrupted(doc, sentence, cue, speaker, inverted, after, floor, out first, out last),
                        _ => !quoteBefore && TryLeft(doc, sentence, cue, speaker, inverted, floor, out first, out last),
                    };
                    if (!found) continue;
                    if (TryAdd(doc, drafts, first, last, cue, speaker, s))
                    {
                        floor = Math.Max(floor, Math.Max(after, last + 1));
                        if (drafts[^1].Region >= 0) AddSplitQuote(doc, drafts, after, cue, speaker, s);
                        break;
                    }
                    // a short first half ("“My hope,” he said, “is …”) still attributes the second
                    if (doc.Tokens[first].Kind == TokenKind.Open && OpensQuoteAfter(doc, after))
                    {
                        AddSplitQuote(doc, drafts, after, cue, speaker, s);
                        break;
                    }
                }
            }
        }
    }

    static (Phrase Speaker, bool Inverted) FindSpeaker(QuoteDocument doc, Sentence sentence, CueMatch cue, Phrase mainSubject)
    {
        if ((cue.Flags & CueFlags.AccordingTo) != 0)
            return (SpeakerPhrases.Right(doc, cue.Last + 1, sentence.EndToken), true);
        if (cue.Form == CueForm.Ing && !IsProgressive(doc, cue.First - 1))
        {
            // "…, saying …": the speaker is the subject of the main clause
            if (mainSubject.Found) return (mainSubject, false);
            return (MainSubject(doc, sentence, cue.First), false);
        }
        var j = SpeakerPhrases.SkipToSubject(doc, cue.First - 1, sentence.FirstToken);
        if (j < sentence.FirstToken || !doc.IsWord(j))
            return (SpeakerPhrases.Right(doc, cue.Last + 1, sentence.EndToken), true);
        if (doc.Is(j, "and") || doc.Is(j, "but"))
            return (mainSubject.Found ? mainSubject : MainSubject(doc, sentence, j), false);
        var subject = SpeakerPhrases.Left(doc, j, sentence.FirstToken);
        return (RelativeClauseAntecedent(doc, sentence, subject, cue) is { Found: true } antecedent ? antecedent : subject, false);
    }

    /// <summary>
    /// "Ferrand, who met the mayor's chief of staff, Mark Pellegrini, on Sunday, said …": a subject found inside a
    /// relative clause that the cue closes belongs to that clause; the speaker is the name before ", who".
    /// </summary>
    static Phrase RelativeClauseAntecedent(QuoteDocument doc, Sentence sentence, Phrase subject, CueMatch cue)
    {
        if (!subject.Found || !doc.IsPunct(cue.First - 1, ',')) return Phrase.None;
        for (var w = subject.First - 1; w > sentence.FirstToken + 1; w--)
        {
            if (doc.InQuote(w) || CueLexicon.TryMatch(doc, w, out _)) return Phrase.None;
            if (!(doc.Is(w, "who") || doc.Is(w, "whose")) || !doc.IsPunct(w - 1, ',')) continue;
            var name = SpeakerPhrases.Left(doc, w - 2, sentence.FirstToken);
            return name.Found && doc.IsCapitalized(name.Last) ? name : Phrase.None;
        }
        return Phrase.None;
    }

    static bool IsRelativePronoun(QuoteDocument doc, Phrase speaker) =>
        speaker.First == speaker.Last && (doc.Is(speaker.First, "who") || doc.Is(speaker.First, "which") || doc.Is(speaker.First, "that"));

    static bool IsProgressive(QuoteDocument doc, int p)
    {
        while (doc.Is(p, "also") || doc.Is(p, "not") || doc.Is(p, "repeatedly") || doc.Is(p, "still")) p--;
        return doc.Is(p, "is") || doc.Is(p, "was") || doc.Is(p, "are") || doc.Is(p, "were") || doc.Is(p, "been")
               || doc.Is(p, "be") || doc.Is(p, "am");
    }

    /// <summary>The subject before the first verb-like word of the sentence ("Trump attacked …, saying").</summary>
    internal static Phrase MainSubject(QuoteDocument doc, Sentence sentence, int before)
    {
        for (var t = sentence.FirstToken + 1; t < before; t++)
        {
            if (!doc.IsWord(t) || doc.InQuote(t) || doc.IsCapitalized(t)) continue;
            var w = doc.Text(t);
            if (!(doc.IsWord(t - 1) && (w.EndsWith("ed", StringComparison.Ordinal) || Lexicon.In(Lexicon.VerbHints, w)))) continue;
            var subject = SpeakerPhrases.Left(doc, SpeakerPhrases.SkipToSubject(doc, t - 1, sentence.FirstToken), sentence.FirstToken);
            if (subject.Found) return subject;
        }
        return Phrase.None;
    }

    static bool TryRight(QuoteDocument doc, Sentence sentence, CueMatch cue, int k0, out int first, out int last)
    {
        first = last = -1;
        var end = sentence.EndToken;
        if ((cue.Flags & CueFlags.AccordingTo) != 0)
        {
            // "according to X, CLAUSE" only at the start of the sentence
            if (cue.First != sentence.FirstToken || !doc.IsPunct(k0, ',')) return false;
            first = k0 + 1;
            return Clause(doc, sentence, first, 3, out last);
        }
        var k = k0;
        if ((cue.Flags & CueFlags.Addressee) != 0 && doc.IsWord(k) && !doc.Is(k, "that"))
        {
            if (Lexicon.In(Lexicon.ObjectPronouns, doc.Text(k))) k++;
            else if (SpeakerPhrases.Right(doc, k, end) is { Found: true } addressee) k = addressee.Last + 1;
            // "told MSNBC's “Morning Joe” that …": a programme title belongs to the addressee
            if (k < end && doc.Tokens[k].Kind == TokenKind.Open && doc.Regions[doc.Tokens[k].Region] is { IsTitle: true, CloseToken: >= 0 } show)
                k = show.CloseToken + 1;
        }
        // "She cautioned, however, that …": a parenthetical adverb between the cue and its clause
        if (doc.IsPunct(k, ',') && doc.IsWord(k + 1) && Lexicon.In(Lexicon.ParentheticalAdverbs, doc.Text(k + 1)) && doc.IsPunct(k + 2, ','))
            k += 3;
        var start = -1;
        var minWords = 2;
        var clauseStart = k; // after the addressee: "told reporters the road would stay closed"
        for (var steps = 0; k < end && steps < 12; k++, steps++)
        {
            var token = doc.Tokens[k];
            if (token.Kind == TokenKind.Open) { start = k; break; }
            if (doc.Is(k, "that") || doc.IsPunct(k, ':')) { start = k + 1; break; }
            if ((cue.Flags & CueFlags.Question) != 0 && (doc.Is(k, "whether") || doc.Is(k, "if"))) { start = k + 1; break; }
            if (doc.IsPunct(k, ',') && k + 1 < end && doc.Tokens[k + 1].Kind == TokenKind.Open) { start = k + 1; break; }
            if (k > k0 && doc.IsPunct(k, ',') && doc.IsCapitalized(k - 1) && (doc.IsCapitalized(k + 1) || doc.Is(k + 1, "that"))) continue;
            if (token.Kind != TokenKind.Word || CueLexicon.TryMatch(doc, k, out _)) return false;
            if (k == clauseStart && (!ClauseEvidence.IsAdjunctStart(doc, k) || (cue.Flags & CueFlags.Complement) != 0 && doc.Is(k, "to")))
            {
                if (Lexicon.In(Lexicon.Auxiliaries, doc.Text(k))) return false;
                if ((cue.Flags & CueFlags.ZeroThat) != 0 && !doc.Is(k, "to") && Clause(doc, sentence, k, 3, out last)
                    && (ClauseEvidence.HasVerbHint(doc, k, last) || (cue.Flags & CueFlags.Speech) != 0 && CountWords(doc, k, last) >= 6))
                {
                    first = k;
                    return true;
                }
                if ((cue.Flags & CueFlags.Complement) == 0) return false;
                start = k;
                break;
            }
            if (k == clauseStart && doc.Is(k, "to") && !doc.IsWord(k + 1)) return false;
        }
        if (start < 0 || start >= end) return false;
        first = start;
        if (!Clause(doc, sentence, first, minWords, out last)) return false;

        return true;
    }

    /// <summary>The reported clause from <paramref name="first"/> to the sentence end or the next attribution.</summary>
    internal static bool Clause(QuoteDocument doc, Sentence sentence, int first, int minWords, out int last)
    {
        var end = sentence.EndToken;
        for (var t = first; t < end; t++)
        {
            if (doc.InQuote(t)) continue;
            if (doc.IsPunct(t, ';')) { end = t; break; }
            if (t > first && (doc.Is(t, "and") || doc.Is(t, "but")) && CueLexicon.TryMatch(doc, t + 1, out var joined)
                && joined.Form == CueForm.Finite) { end = t; break; }
            if (!doc.IsPunct(t, ',') || t + 1 >= end) continue;
            if (StartsAttribution(doc, t + 1, end)) { end = t; break; }
            // ", engaging in …", ", prompting …": a participle after the reported clause describes the report
            if (t > first + 2 && IsParticipleAdjunct(doc, t + 1)) { end = t; break; }
            // ", although he again refused …": a concession is the reporter's, not the reported words
            if (t > first + 2 && doc.IsWord(t + 1) && Lexicon.In(Lexicon.ConcessiveOpeners, doc.Text(t + 1))) { end = t; break; }
        }
        for (var t = first + 1; t < end; t++)
        {
            // "… — and he noted that …", ", and she added"
            if (doc.InQuote(t) || !(doc.IsPunct(t, ',') || doc.IsPunct(t, '—') || doc.IsPunct(t, '–') || doc.IsPunct(t, '-'))) continue;
            var n = t + 1;
            if (doc.Is(n, "and") || doc.Is(n, "but")) n++;
            if (n > t + 1 && n < end && !CueLexicon.TryMatch(doc, n, out _) && StartsAttribution(doc, n, end)) { end = t; break; }
        }
        var open = doc.Tokens[first];
        if (open.Kind == TokenKind.Open)
        {
            var region = doc.Regions[open.Region];
            var regionLast = region.CloseToken >= 0 ? region.CloseToken : doc.TokenAt(region.ContentEnd) - 1;
            end = Math.Max(end, regionLast + 1);
        }
        last = Trim(doc, first, end - 1);
        return CountWords(doc, first, last) >= minWords || doc.Tokens[first].Kind == TokenKind.Open;
    }

    /// <summary>
    /// ", saying", ", according to", ", he said", ", said Smith" end a reported clause; with <paramref name="final"/>
    /// false also an attribution that has content of its own (", and Smith noted that …").
    /// </summary>
    static bool StartsAttribution(QuoteDocument doc, int t, int end, bool final = true)
    {
        if (CueLexicon.TryMatch(doc, t, out var cue)) return cue.Form != CueForm.Base;
        var subject = SpeakerPhrases.Right(doc, t, end);
        if (!subject.Found || subject.Last - subject.First > 4) return false;
        var v = subject.Last + 1;
        while (doc.IsWord(v) && (doc.Is(v, "also") || doc.Is(v, "has") || doc.Is(v, "had") || doc.Is(v, "later"))) v++;
        return CueLexicon.TryMatch(doc, v, out var next) && next.Form == CueForm.Finite
               && (!final || v + 1 >= end || doc.Tokens[v + 1].Kind == TokenKind.Punct || !doc.IsWord(next.Last + 1) || SpeakerPhrases.IsStopWord(doc.Text(next.Last + 1)));
    }

    static bool IsParticipleAdjunct(QuoteDocument doc, int t)
    {
        if (!doc.IsWord(t) || doc.IsCapitalized(t) || doc.InQuote(t)) return false;
        var w = doc.Text(t);
        return w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && !Lexicon.In(Lexicon.IngNonVerbs, w);
    }

    /// <summary>
    /// The comma, dash or closing mark before the attribution ("…,” Clinton campaign spokesman Brian Fallon said"),
    /// or -1 when the attribution opens the sentence.
    /// </summary>
    static int LeftBoundary(QuoteDocument doc, CueMatch cue, Phrase speaker, bool inverted, int floor)
    {
        if ((cue.Flags & CueFlags.AccordingTo) != 0)
            return cue.First - 1 >= floor && doc.Tokens[cue.First - 1].Kind is TokenKind.Word or TokenKind.Punct or TokenKind.Close ? cue.First - 1 : -1;
        var b = inverted ? SpeakerPhrases.SkipToSubject(doc, cue.First - 1, floor) : speaker.First - 1;
        for (var steps = 0; !inverted && steps < 8 && b >= floor && doc.IsWord(b) && !doc.InQuote(b)
                            && (!SpeakerPhrases.IsStopWord(doc.Text(b)) || IsSubjectPreposition(doc, b)); steps++) b--;
        // "“…?” Graham asked." — the splitter ends the quoted sentence at its mark
        if (b == floor - 1 && b >= 0 && doc.Tokens[b].Kind == TokenKind.Close && floor == CurrentSentenceStart(doc, floor)
            && doc.Sentences[doc.Tokens[b].Sentence].Paragraph == doc.Sentences[doc.Tokens[floor].Sentence].Paragraph) return b;
        if (b < floor) return -1;
        return doc.IsPunct(b, ',') || doc.IsPunct(b, '—') || doc.IsPunct(b, '–') || doc.Tokens[b].Kind == TokenKind.Close ? b : -1;
    }

    static bool IsSubjectPreposition(QuoteDocument doc, int b) =>
        doc.Is(b, "of") || doc.Is(b, "for") || doc.Is(b, "in") || doc.Is(b, "at") || doc.Is(b, "with") || doc.Is(b, "from");

    static int CurrentSentenceStart(QuoteDocument doc, int token) => doc.Sentences[doc.Tokens[token].Sentence].FirstToken;

    static bool QuoteBefore(QuoteDocument doc, CueMatch cue, Phrase speaker, bool inverted, int floor)
    {
        if ((cue.Flags & CueFlags.AccordingTo) != 0) return false;
        var b = LeftBoundary(doc, cue, speaker, inverted, floor);
        if (b < 0) return false;
        return doc.Tokens[b].Kind == TokenKind.Close || b - 1 >= floor && doc.Tokens[b - 1].Kind == TokenKind.Close;
    }

    /// <summary>"Acts of protest, Mr. Obama said, are acts of patriotism.": the sentence around the attribution.</summary>
    static bool TryInterrupted(QuoteDocument doc, Sentence sentence, CueMatch cue, Phrase speaker, bool inverted, int after,
        int floor, out int first, out int last)
    {
        first = last = -1;
        if (inverted || (cue.Flags & CueFlags.AccordingTo) != 0 || cue.Form == CueForm.Ing) return false;
        var b = LeftBoundary(doc, cue, speaker, inverted, floor);
        if (b < 0 || !doc.IsPunct(b, ',') || b - 1 < floor) return false;
        var k = after;
        if ((cue.Flags & CueFlags.Addressee) != 0 && doc.IsWord(k) && Lexicon.In(Lexicon.ObjectPronouns, doc.Text(k))) k++;
        for (var steps = 0; steps < 8 && doc.IsWord(k) && ClauseEvidence.IsAdjunctStart(doc, k); steps++)
            for (k++; doc.IsWord(k) && !ClauseEvidence.IsAdjunctStart(doc, k) && steps < 8; k++, steps++) { }
        if (!doc.IsPunct(k, ',') || k + 1 >= sentence.EndToken) return false;
        if (CueLexicon.TryMatch(doc, k + 1, out _)) return false;
        // "…, Ham acknowledged, and Ham also noted …": a second attribution, not the rest of the first sentence
        if ((doc.Is(k + 1, "and") || doc.Is(k + 1, "but")) && StartsAttribution(doc, k + 2, sentence.EndToken, final: false)) return false;
        if (!Clause(doc, sentence, k + 1, 3, out var clauseLast) || !ClauseEvidence.HasVerbHint(doc, k + 1, clauseLast)) return false;
        first = floor;
        while (first < b && doc.Tokens[first].Kind == TokenKind.Punct) first++;
        last = clauseLast;
        return first < b;
    }

    static bool TryLeft(QuoteDocument doc, Sentence sentence, CueMatch cue, Phrase speaker, bool inverted, int floor,
        out int first, out int last)
    {
        first = last = -1;
        var b = LeftBoundary(doc, cue, speaker, inverted, floor);
        if (b < 0) return false;
        if (doc.Tokens[b].Kind == TokenKind.Punct) b--;
        if (b < floor && !(b >= 0 && doc.Tokens[b].Kind == TokenKind.Close)) return false;
        first = Math.Min(floor, b);
        // A multi-sentence quotation: start at its opening mark in an earlier sentence.
        var region = doc.Tokens[b].Region;
        if (region < 0 && doc.Tokens[first].Region >= 0) region = doc.Tokens[first].Region;
        if (region >= 0 && doc.Regions[region].OpenToken < first && doc.Tokens[b].Kind == TokenKind.Close)
            first = doc.Regions[region].OpenToken;
        while (first <= b && doc.Tokens[first].Kind == TokenKind.Punct) first++;
        last = Trim(doc, first, b);
        if (last < first) return false;
        if (doc.Tokens[first].Kind == TokenKind.Open && doc.Tokens[last].Kind == TokenKind.Close) return true;
        if (CountWords(doc, first, last) >= 4 && ClauseEvidence.IsClause(doc, first, last)) return true;
        // "…, according to the census bureau": any statement may be sourced, clause or not
        if ((cue.Flags & CueFlags.AccordingTo) != 0 && CountWords(doc, first, last) >= 4) return true;
        // "With thousands of systems, “there is no single point of failure,” he said."
        if (doc.Tokens[last].Kind != TokenKind.Close) return false;
        first = doc.Regions[doc.Tokens[last].Region].OpenToken;
        return true;
    }

    internal static int Trim(QuoteDocument doc, int first, int last)
    {
        while (last >= first && doc.Tokens[last].Kind is TokenKind.Punct or TokenKind.Mark && doc.Tokens[last].Region < 0) last--;
        return last;
    }

    internal static int CountWords(QuoteDocument doc, int first, int last)
    {
        var n = 0;
        for (var t = first; t <= last; t++) if (doc.Tokens[t].Kind == TokenKind.Word) n++;
        return n;
    }

    internal static bool TryAdd(QuoteDocument doc, List<QuoteDraft> drafts, int first, int last, CueMatch cue, Phrase speaker, int sentence)
    {
        var draft = new QuoteDraft
        {
            ContentStart = doc.Tokens[first].Start, ContentEnd = doc.Tokens[last].End, Kind = QuoteKind.Indirect,
            Cue = cue, Speaker = speaker, Region = -1, Rank = AttributionRank.Syntactic, Sentence = sentence,
        };
        var firstToken = doc.Tokens[first];
        // "a show called “The Long Road Home”": a title, not words said
        if (firstToken.Kind == TokenKind.Open && doc.Regions[firstToken.Region].IsTitle) return false;
        if (firstToken.Kind == TokenKind.Open && IsWholeRegion(doc, firstToken.Region, last))
        {
            var region = doc.Regions[firstToken.Region];
            if (region.WordCount < 4) return false;
            (draft.ContentStart, draft.ContentEnd, draft.Kind, draft.Region) = (region.ContentStart, region.ContentEnd, QuoteKind.Direct, firstToken.Region);
        }
        else
        {
            for (var t = first; t <= last; t++)
                if (doc.Tokens[t].Region >= 0) { draft.Kind = QuoteKind.Mixed; break; }
        }
        drafts.Add(draft);
        return true;
    }

    static bool IsWholeRegion(QuoteDocument doc, int region, int last)
    {
        var r = doc.Regions[region];
        return r.CloseToken >= 0 ? last == r.CloseToken : doc.Tokens[last].Region == region && doc.Tokens[last].End >= r.ContentEnd;
    }

    static bool OpensQuoteAfter(QuoteDocument doc, int after)
    {
        var t = doc.IsPunct(after, ',') || doc.IsPunct(after, ':') ? after + 1 : after;
        return t < doc.Tokens.Count && doc.Tokens[t].Kind == TokenKind.Open;
    }

    /// <summary>"“…,” S V, “…”": the second half has the same speaker.</summary>
    static void AddSplitQuote(QuoteDocument doc, List<QuoteDraft> drafts, int after, CueMatch cue, Phrase speaker, int sentence)
    {
        var t = after;
        if (doc.IsPunct(t, ',') || doc.IsPunct(t, ':')) t++;
        if (t >= doc.Tokens.Count || doc.Tokens[t].Kind != TokenKind.Open) return;
        var region = doc.Regions[doc.Tokens[t].Region];
        var last = region.CloseToken >= 0 ? region.CloseToken : doc.TokenAt(region.ContentEnd) - 1;
        TryAdd(doc, drafts, t, last, cue, speaker, sentence);
    }
}
