using System.Collections.Frozen;

namespace NewsApi.Extraction.Quotes;

/// <summary>
/// Attributions that are not speech: stances, intentions, beliefs and evaluations ("Smith wants to …",
/// "the union has endorsed …", "critics complained about …", "voters are worried about …", "his claim that …",
/// "her support for …", "was accused of …") and title-case headlines ("Obama Says …"). They rank below speech, so
/// de-duplication keeps a speech quote wherever both apply. All are indirect (mixed when they hold a quotation);
/// a stance whose holder is not named ("the claim that …", agentless passives) has no speaker.
/// </summary>
static class Stances
{

    [Flags]
    enum StanceKind : byte { None = 0, Verb = 1, Noun = 2, Adjective = 4 }

    /// <summary>Built on first use, after the word lists of the outer class.</summary>
    static class Lookup
    {
        public static readonly FrozenDictionary<string, StanceKind>.AlternateLookup<ReadOnlySpan<char>> Kinds =
            BuildKinds().GetAlternateLookup<ReadOnlySpan<char>>();
    }

    static FrozenDictionary<string, StanceKind> BuildKinds()
    {
        var d = new Dictionary<string, StanceKind>(StringComparer.OrdinalIgnoreCase);
        void Mark(IEnumerable<string> words, StanceKind kind)
        {
            foreach (var w in words) d[w] = d.GetValueOrDefault(w) | kind;
        }
        Mark(Verbs.Keys, StanceKind.Verb);
        Mark(Lexicon.Nouns, StanceKind.Noun);
        Mark(Lexicon.OpinionNouns, StanceKind.Noun);
        Mark(Lexicon.Adjectives, StanceKind.Adjective);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    static readonly FrozenDictionary<string, CueForm> Verbs = BuildVerbs();
    static readonly FrozenDictionary<string, CueForm>.AlternateLookup<ReadOnlySpan<char>> VerbLookup =
        Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    static FrozenDictionary<string, CueForm> BuildVerbs()
    {
        var d = new Dictionary<string, CueForm>(StringComparer.OrdinalIgnoreCase);
        void Irregular(string @base, string s, string past, string ing, string? participle = null)
        {
            d[@base] = CueForm.Base;
            d[s] = CueForm.Finite;
            d[past] = CueForm.Finite;
            if (participle is not null) d[participle] = CueForm.Finite;
            d[ing] = CueForm.Ing;
        }
        void Regular(params string[] lemmas)
        {
            foreach (var b in lemmas)
            {
                var (s, past, ing) = VerbForms.Regular(b);
                Irregular(b, s, past, ing);
            }
        }
        // intentions and wishes
        Regular("want", "intend", "hope", "wish", "aim", "expect", "refuse", "decline", "decide", "vow",
            "pledge", "promise", "threaten", "prefer", "seek");
        Irregular("plan", "plans", "planned", "planning");
        Irregular("regret", "regrets", "regretted", "regretting");
        Irregular("admit", "admits", "admitted", "admitting");
        d["echoes"] = CueForm.Finite;
        d["sought"] = CueForm.Finite;
        // support and opposition
        Regular("support", "oppose", "favor", "favour", "back", "endorse", "reject", "approve", "welcome", "applaud",
            "embrace", "champion", "advocate", "vote", "veto", "resist", "dismiss", "deny", "dispute", "challenge",
            "question", "doubt", "accept", "agree", "disagree", "object", "protest");
        // evaluation and criticism
        Regular("criticize", "criticise", "attack", "blame", "accuse", "condemn", "denounce", "praise", "laud", "hail",
            "commend", "credit", "thank", "defend", "mock", "ridicule", "slam", "blast", "lambaste", "chastise",
            "rebuke", "scold", "grill", "complain", "lament", "bemoan", "decry", "tout", "boast", "brag",
            "celebrate", "liken", "compare", "characterize", "characterise", "describe", "label", "brand", "portray",
            "admire", "love", "hate", "dislike", "fault", "apologize", "apologise");
        Irregular("target", "targets", "targeted", "targeting");
        // belief and knowledge
        Regular("believe", "consider", "regard", "view", "doubt", "suspect", "assume", "worry", "fear", "recognize",
            "recognise", "acknowledge", "realize", "realise", "conclude", "predict", "estimate", "project", "signal",
            "suggest", "imply", "hint", "indicate");
        Irregular("know", "knows", "knew", "knowing", "known");
        Irregular("understand", "understands", "understood", "understanding");
        Irregular("think", "thinks", "thought", "thinking");
        Irregular("feel", "feels", "felt", "feeling");
        Irregular("find", "finds", "found", "finding");
        Irregular("show", "shows", "showed", "showing", "shown");
        // speech acts the speech lexicon leaves to complements
        Regular("mention", "cite", "discuss", "propose", "recommend", "urge", "demand", "request", "announce",
            "reveal", "disclose", "confirm", "echo", "repeat", "reiterate", "stress", "emphasize", "emphasise",
            "insist", "warn", "argue", "claim", "allege", "ask", "invoke", "address", "raise", "dodge",
            "express", "voice", "predict", "promote", "press", "push", "lobby",
            "campaign");
        // acts of communication and evaluation reported without their words
        Regular("retweet", "outline", "detail", "link", "reference", "respond", "unveil", "sketch", "float", "assail",
            "knock", "bash", "hammer", "taunt", "pressure", "implore", "invite", "encourage", "dare", "remind",
            "assure", "reassure", "inform", "notify", "caution", "advise", "concede", "confess", "refute", "rebut",
            "contradict", "clarify", "explain", "justify", "congratulate", "salute", "honor", "honour", "mourn",
            "extol", "cheer", "heckle", "chant", "rail", "lash", "weigh", "insult", "disparage", "demean", "deride",
            "belittle", "denigrate", "smear", "threaten", "acclaim", "note", "observe", "remark",
            "comment", "predict", "forecast", "speculate", "wonder", "ponder", "muse", "recall", "describe",
            "characterize", "declare", "proclaim", "announce", "advertise", "champion", "favor");
        Irregular("offer", "offers", "offered", "offering");
        // "like" is mostly a preposition: only its inflected forms
        d["likes"] = CueForm.Finite;
        d["liked"] = CueForm.Finite;
        Irregular("pan", "pans", "panned", "panning");
        Irregular("dub", "dubs", "dubbed", "dubbing");
        Irregular("speak", "speaks", "spoke", "speaking", "spoken");
        Irregular("write", "writes", "wrote", "writing", "written");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }





    public static bool IsSpeechNoun(ReadOnlySpan<char> word) => Lexicon.In(Lexicon.SpeechNouns, word);




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

    /// <summary>"Smith wants to …", "the union endorsed …", "critics complained about …": subject, verb, complement.</summary>
    static bool TryVerb(QuoteDocument doc, List<QuoteDraft> drafts, Sentence sentence, int s, int i, out int next)
    {
        next = i;
        if (!VerbLookup.TryGetValue(doc.Text(i), out var form) || doc.IsCapitalized(i)) return false;
        // the words between subject and verb: auxiliaries, adverbs, negation
        var before = i - 1;
        while (before >= sentence.FirstToken && doc.IsWord(before) && IsAdverb(doc, before)) before--;
        var prev = doc.IsWord(before) ? doc.Text(before) : default;
        var participle = false;
        var contracted = false;
        var subjectEnd = i - 1;
        var passive = false;
        switch (form)
        {
            case CueForm.Ing:
                // progressive "is pushing for", or "…, accusing him of …" after the main clause
                if (doc.IsPunct(i - 1, ',') && i - 1 > sentence.FirstToken
                    || doc.Tokens[i - 1].Kind == TokenKind.Close && doc.IsPunct(i - 2, ',') && i - 2 > sentence.FirstToken) { participle = true; break; }
                // "He’s claiming that …": the pronoun and its auxiliary are one word
                if (IsThirdPersonContraction(doc, before)) { contracted = true; break; }
                if (!doc.IsWord(before) || !Lexicon.In(Lexicon.BeForms, prev)) return false;
                break;
            case CueForm.Base:
                // "appeared to suggest", "tried to blame": the stance is the second verb, the subject the first one's
                if (doc.Is(before, "to") && doc.IsWord(before - 1) && Lexicon.In(Lexicon.RaisingVerbs, doc.Text(before - 1)))
                {
                    subjectEnd = before - 2;
                    break;
                }
                // "would back", "did not support"; "to support" belongs to an earlier verb
                if (!doc.IsWord(before) || doc.Is(before, "to")) return false;
                // "Democrats want …", "they support …", "China and Russia support …": a plural subject
                if (!Lexicon.In(Lexicon.BaseAuxiliaries, prev) && !IsPluralSubject(doc, before, sentence.FirstToken)) return false;
                break;
            default:
                // "was accused of …", "is expected to …": a stance whose holder goes unnamed
                if (doc.IsWord(before) && Lexicon.In(Lexicon.BeForms, prev) && Lexicon.In(Lexicon.Passives, doc.Text(i))) { passive = true; break; }
                // other passives ("was charged") and nouns ("the plans", "his support") are not stances
                if (doc.IsWord(before) && (Lexicon.In(Lexicon.BeForms, prev) || doc.Is(before, "to") || IsDeterminer(doc, before))) return false;
                if (doc.IsWord(before) && (prev.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || prev.EndsWith("’s", StringComparison.OrdinalIgnoreCase))) return false;
                break;
        }
        Phrase speaker;
        if (passive)
            speaker = Phrase.None;
        else if (contracted)
            speaker = new Phrase(before, before);
        else if (participle)
        {
            speaker = ReportedSpeech.MainSubject(doc, sentence, i - 1);
            // "Trump spoke to industry leaders, promising …": a name opening the sentence
            if (!speaker.Found)
            {
                var t = sentence.FirstToken;
                while (t < i && doc.IsCapitalized(t) && !doc.InQuote(t) && !SpeakerPhrases.IsStopWord(doc.Text(t))) t++;
                if (t > sentence.FirstToken && doc.IsWord(t) && !doc.IsCapitalized(t))
                    speaker = SpeakerPhrases.Left(doc, t - 1, sentence.FirstToken);
            }
        }
        else
        {
            var j = SpeakerPhrases.SkipToSubject(doc, subjectEnd, sentence.FirstToken);
            if (j < sentence.FirstToken || !doc.IsWord(j) || doc.InQuote(j)) return false;
            if (doc.Is(j, "and") || doc.Is(j, "but") || doc.Is(j, "or"))
                return false;
            speaker = SpeakerPhrases.Left(doc, j, sentence.FirstToken);
        }
        // "a new analysis of campaign reports shows", "lawyers for the family released": the head comes before of/for
        var head = speaker;
        if (speaker.Found && (doc.Is(speaker.First - 1, "of") || doc.Is(speaker.First - 1, "for")) && speaker.First - 2 >= sentence.FirstToken
            && SpeakerPhrases.Left(doc, speaker.First - 2, sentence.FirstToken) is { Found: true } outer && !SpeakerPhrases.IsPronoun(doc.Text(outer.Last)))
        {
            head = outer;
            speaker = new Phrase(outer.First, speaker.Last);
        }
        if (!passive && (!speaker.Found || SpeakerPhrases.IsFirstPerson(doc.Text(speaker.Last)))) return false;
        // "wants", "plans": the -s form needs a singular subject that is a pronoun, a name or a determined noun
        // phrase; "meet sales targets", "economic development projects" are noun compounds
        if (!passive && !participle && form == CueForm.Finite && doc.Text(i)[^1] == 's' && !IsSingularSubject(doc, head)) return false;
        // "a poll shows …", "the study found …": evidence speaks through these verbs, not through the others
        if (!passive && !IsAgent(doc, head) && !(Lexicon.In(Lexicon.Evidential, doc.Text(i)) && !char.IsDigit(doc.Text(head.Last)[0]))) return false;
        // the subject must open its clause: "after Smith endorsed …" is fine, "the deal that Smith backed" is not
        var k = i + 1;
        while (k < sentence.EndToken && doc.IsWord(k) && IsAdverbial(doc, k) && !doc.Is(k, "to")) k++;
        var particle = k < sentence.EndToken && doc.IsWord(k) && Lexicon.In(Lexicon.Particles, doc.Text(k));
        if (particle) k++;
        // an agentless passive needs its complement: "accused of …", "expected to …", "described as …"
        if (passive && !(particle && !doc.Is(k - 1, "about") && !doc.Is(k - 1, "out") && !doc.Is(k - 1, "up") && !doc.Is(k - 1, "on")
                         || doc.Is(k, "as") && ++k > 0)) return false;
        // "spoke for five minutes" is no stance, "spoke out against …" is
        if (Lexicon.In(Lexicon.NeedParticle, doc.Text(i)) && !(particle && (doc.Is(k - 1, "about") || doc.Is(k - 1, "of") || doc.Is(k - 1, "out")
                                                                     || doc.Is(k - 1, "up")))) return false;
        // "the fumes worried parents" is a cause, "parents worried about the fumes" a stance
        if (Lexicon.In(Lexicon.NeedAboutOrThat, doc.Text(i)) && !(particle && (doc.Is(k - 1, "about") || doc.Is(k - 1, "that") || doc.Is(k - 1, "over")))) return false;
        if (k >= sentence.EndToken) return false;
        if (doc.IsWord(k) && Lexicon.In(Lexicon.Auxiliaries, doc.Text(k))) return false;
        // an adjunct is no complement: "chemicals found in refrigerants", "echoed by everyone", "announced Monday"
        if (!particle && doc.IsWord(k) && Lexicon.In(Lexicon.AdjunctStarts, doc.Text(k))) return false;
        if (!ReportedSpeech.Clause(doc, sentence, k, 1, out var last)) return false;
        if (doc.Tokens[k].Kind is TokenKind.Punct) return false;
        var cue = new CueMatch(i, i, CueFlags.Complement, form);
        return Add(doc, drafts, k, last, cue, speaker, s, out next);
    }

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
