using System.Collections.Frozen;

namespace NewsApi.Extraction.Quotes;

[Flags]
enum CueFlags : ushort
{
    None = 0,
    /// <summary>Takes a complement clause without "that" ("said the plan failed").</summary>
    ZeroThat = 1,
    /// <summary>Verbs of saying proper: a zero-that complement needs no further evidence of being a clause.</summary>
    Speech = 2,
    /// <summary>Takes an addressee before its clause ("told reporters that").</summary>
    Addressee = 4,
    /// <summary>The base and -s forms are often nouns ("reports", "claims").</summary>
    NounLike = 8,
    /// <summary>Takes "whether"/"if" ("asked whether").</summary>
    Question = 16,
    AccordingTo = 32,
    /// <summary>A speech act whose object or infinitive is the content ("urged Congress to act", "called for a ban").</summary>
    Complement = 64,
}

enum CueForm : byte { Finite, Base, Ing }

readonly record struct CueWord(CueFlags Flags, CueForm Form);

/// <summary>A cue found at tokens [First, Last].</summary>
readonly record struct CueMatch(int First, int Last, CueFlags Flags, CueForm Form);

/// <summary>The cue verbs and phrases of EXTRACTION.md with their inflections.</summary>
static class CueLexicon
{
    const CueFlags Z = CueFlags.ZeroThat;
    const CueFlags N = CueFlags.NounLike;

    static readonly FrozenDictionary<string, CueWord> Words = Build();
    static readonly FrozenDictionary<string, CueWord>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    static FrozenDictionary<string, CueWord> Build()
    {
        var d = new Dictionary<string, CueWord>(StringComparer.OrdinalIgnoreCase);
        void Irregular(CueFlags flags, string @base, string s, string past, string ing, string? participle = null)
        {
            d[@base] = new(flags, CueForm.Base);
            d[s] = new(flags, CueForm.Finite);
            d[past] = new(flags, CueForm.Finite);
            if (participle is not null) d[participle] = new(flags, CueForm.Finite);
            d[ing] = new(flags, CueForm.Ing);
        }
        void Regular(CueFlags flags, params string[] lemmas)
        {
            foreach (var b in lemmas)
            {
                var (s, past, ing) = VerbForms.Regular(b);
                Irregular(flags, b, s, past, ing);
            }
        }

        const CueFlags speech = Z | CueFlags.Speech;
        Irregular(speech, "say", "says", "said", "saying");
        Irregular(speech | CueFlags.Addressee, "tell", "tells", "told", "telling");
        Irregular(Z, "write", "writes", "wrote", "writing", "written");
        Irregular(Z, "admit", "admits", "admitted", "admitting");
        Irregular(Z, "find", "finds", "found", "finding");
        Irregular(Z | N, "show", "shows", "showed", "showing", "shown");
        Irregular(Z | N, "think", "thinks", "thought", "thinking");
        Irregular(Z, "feel", "feels", "felt", "feeling");
        d["know"] = new(N, CueForm.Base);
        d["knows"] = new(N, CueForm.Finite);
        d["knew"] = new(CueFlags.None, CueForm.Finite);
        Regular(speech, "add");
        Regular(Z | N, "state");
        Regular(Z, "argue", "insist", "explain", "warn", "announce", "confirm", "acknowledge", "concede",
            "assert", "declare", "maintain", "contend", "suggest", "predict", "reply", "respond", "complain",
            "allege", "testify", "reiterate", "recall", "agree", "stress", "emphasize", "emphasise", "caution",
            "observe", "counter", "reveal");
        Regular(Z | N, "claim", "note", "tweet", "post", "report", "remark", "answer", "charge");
        Regular(Z | N | CueFlags.Complement, "vow", "promise", "pledge");
        Regular(CueFlags.None, "underline", "highlight", "disclose", "mention", "reaffirm", "disagree", "learn",
            "expect", "worry");
        const CueFlags c = CueFlags.Complement;
        Regular(c, "deny", "criticize", "criticise", "accuse", "describe", "threaten", "urge", "cite", "condemn",
            "blast", "demand", "propose", "reject", "dismiss", "defend", "praise", "recommend", "slam");
        Regular(c | N, "call");
        Regular(N, "signal");
        Regular(Z, "believe", "indicate", "conclude");
        Regular(N, "comment", "estimate");
        Regular(Z | N, "fear", "hope");
        Regular(CueFlags.Question | CueFlags.Complement, "ask");
        Regular(CueFlags.Question, "wonder");
        Regular(CueFlags.Question | N, "question");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }






    /// <summary>Whether a word is one of the cue forms (for evaluation: which gold cues the lexicon covers).</summary>
    internal static bool IsCueWord(ReadOnlySpan<char> word) =>
        WordLookup.ContainsKey(word) || word.Equals("according", StringComparison.OrdinalIgnoreCase);


    /// <summary>Whether a cue reports a stance (believes, fears, hopes) rather than a statement.</summary>
    internal static bool IsStanceCue(QuoteDocument doc, CueMatch cue) =>
        cue.Last == cue.First && (cue.Flags & CueFlags.AccordingTo) == 0 && Lexicon.In(Lexicon.StanceCueWords, doc.Text(cue.First));

    /// <summary>
    /// Whether a cue reports words said or written: a verb of the speech lexicon that is no belief word, or a noun of
    /// speech ("his claim that", "her remarks about"), "according to" or a cue phrase ("made it clear").
    /// </summary>
    internal static bool IsStatementCue(QuoteDocument doc, CueMatch cue)
    {
        if (cue.Last > cue.First || (cue.Flags & CueFlags.AccordingTo) != 0) return true;
        var word = doc.Text(cue.First);
        return !Lexicon.In(Lexicon.StanceCueWords, word) && (WordLookup.ContainsKey(word) || Stances.IsSpeechNoun(word));
    }


    /// <summary>The cue starting at token <paramref name="i"/>, if any; never inside quote marks. Cached per document.</summary>
    public static bool TryMatch(QuoteDocument doc, int i, out CueMatch cue)
    {
        if (i < 0 || i >= doc.Tokens.Count) { cue = default; return false; }
        if (!doc.CueKnown[i])
        {
            doc.CueKnown[i] = true;
            doc.CueCache[i] = Match(doc, i, out var found) ? found : new CueMatch(0, -1, CueFlags.None, CueForm.Finite);
        }
        cue = doc.CueCache[i];
        return cue.Last >= cue.First;
    }

    static bool Match(QuoteDocument doc, int i, out CueMatch cue)
    {
        cue = default;
        if (!doc.IsWord(i) || doc.InQuote(i)) return false;
        if (doc.Is(i, "according") && doc.Is(i + 1, "to"))
        {
            cue = new CueMatch(i, i + 1, CueFlags.AccordingTo, CueForm.Finite);
            return true;
        }
        if (Lexicon.In(Lexicon.CuePhraseStarts, doc.Text(i)) && MatchPhrase(doc, i, out cue)) return true;
        if (!WordLookup.TryGetValue(doc.Text(i), out var word)) return false;
        // "the United States", "The Washington Post": capitals inside a sentence are names, not cues
        if (doc.IsCapitalized(i) && doc.Sentences[doc.Tokens[i].Sentence].FirstToken != i) return false;
        var before = i - 1;
        while (before >= 0 && doc.IsWord(before) && Lexicon.In(Lexicon.CueSkippable, doc.Text(before))) before--;
        if (doc.IsWord(before))
        {
            var prev = doc.Text(before);
            if (Lexicon.In(Lexicon.CueNounMarkers, prev) || prev.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || prev.EndsWith("’s", StringComparison.OrdinalIgnoreCase)) return false;
            if (word.Form != CueForm.Ing && Lexicon.In(Lexicon.PassiveOrInfinitive, prev)) return false;
        }
        if ((word.Flags & CueFlags.NounLike) != 0 && word.Form != CueForm.Ing && !doc.Text(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            // "media reports that …" is a verb, "after reports that …" and "his claims" are nouns.
            // "Trump claims …" but "a New York Times report …"; base forms need a plural or pronoun subject
            var namedSubject = doc.IsWord(before) && (word.Form == CueForm.Finite ? doc.IsCapitalized(before) || SpeakerPhrases.IsPronoun(doc.Text(before))
                                                                                  : doc.Is(before, "they") || doc.Is(before, "we") || doc.Is(before, "i") || doc.Is(before, "you"));
            var followedByThat = doc.Is(i + 1, "that") && !IsIndefinite(doc, before - 1);
            if (!namedSubject && !(followedByThat && doc.IsWord(before) && !SpeakerPhrases.IsStopWord(doc.Text(before)) && !SpeakerPhrases.LooksVerbal(doc.Text(before)))) return false;
        }
        cue = new CueMatch(i, i, word.Flags, word.Form);
        return true;
    }

    static bool IsNounUse(QuoteDocument doc, int i)
    {
        var before = i - 1;
        return doc.IsWord(before) && (Lexicon.In(Lexicon.CueNounMarkers, doc.Text(before)) || Lexicon.In(Lexicon.PassiveOrInfinitive, doc.Text(before)));
    }

    static bool IsIndefinite(QuoteDocument doc, int i) =>
        doc.Is(i, "a") || doc.Is(i, "an") || doc.Is(i, "any") || doc.Is(i, "another") || doc.Is(i, "this") || doc.Is(i, "the");

    static bool MatchPhrase(QuoteDocument doc, int i, out CueMatch cue)
    {
        cue = default;
        // made (it) clear; pointed out; went on to say; was quoted as saying
        if (doc.Is(i, "made") || doc.Is(i, "make") || doc.Is(i, "makes") || doc.Is(i, "making"))
        {
            var j = doc.Is(i + 1, "it") ? i + 2 : i + 1;
            if (doc.Is(j, "clear"))
            {
                cue = new CueMatch(i, j, CueFlags.None, doc.Is(i, "making") ? CueForm.Ing : CueForm.Finite);
                return true;
            }
        }
        if ((doc.Is(i, "called") || doc.Is(i, "call") || doc.Is(i, "calls") || doc.Is(i, "calling")) && (doc.Is(i + 1, "for") || doc.Is(i + 1, "on"))
            && !doc.IsCapitalized(i))
        {
            cue = new CueMatch(i, i + 1, CueFlags.Complement, doc.Is(i, "calling") ? CueForm.Ing : doc.Is(i, "call") ? CueForm.Base : CueForm.Finite);
            return !IsNounUse(doc, i);
        }
        if ((doc.Is(i, "pointed") || doc.Is(i, "point") || doc.Is(i, "points") || doc.Is(i, "pointing")) && doc.Is(i + 1, "out"))
        {
            cue = new CueMatch(i, i + 1, CueFlags.None, doc.Is(i, "pointing") ? CueForm.Ing : CueForm.Finite);
            return true;
        }
        if ((doc.Is(i, "went") || doc.Is(i, "goes") || doc.Is(i, "go") || doc.Is(i, "going")) && doc.Is(i + 1, "on") && doc.Is(i + 2, "to") && doc.Is(i + 3, "say"))
        {
            cue = new CueMatch(i, i + 3, CueFlags.ZeroThat | CueFlags.Speech, doc.Is(i, "going") ? CueForm.Ing : CueForm.Finite);
            return true;
        }
        if ((doc.Is(i, "was") || doc.Is(i, "is")) && doc.Is(i + 1, "quoted") && doc.Is(i + 2, "as") && doc.Is(i + 3, "saying"))
        {
            cue = new CueMatch(i, i + 3, CueFlags.ZeroThat | CueFlags.Speech, CueForm.Finite);
            return true;
        }
        return false;
    }
}
