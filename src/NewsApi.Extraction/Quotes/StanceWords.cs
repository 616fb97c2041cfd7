using System.Collections.Frozen;

namespace NewsApi.Extraction.Quotes;

/// <summary>The stance verb table (with inflections) and the kind of stance word each form is; word lists are in <see cref="Lexicon"/>.</summary>
static partial class Stances
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
        Regular("want", "intend", "hope", "wish", "aim", "expect", "refuse", "decline", "decide", "vow", "pledge",
            "promise", "threaten", "prefer", "seek");
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
        Regular("criticize", "criticise", "attack", "blame", "accuse", "condemn", "denounce", "praise", "laud",
            "hail", "commend", "credit", "thank", "defend", "mock", "ridicule", "slam", "blast", "lambaste",
            "chastise", "rebuke", "scold", "grill", "complain", "lament", "bemoan", "decry", "tout", "boast", "brag",
            "celebrate", "liken", "compare", "characterize", "characterise", "describe", "label", "brand", "portray",
            "admire", "love", "hate", "dislike", "fault", "apologize", "apologise");
        Irregular("target", "targets", "targeted", "targeting");
        // belief and knowledge
        Regular("believe", "consider", "regard", "view", "suspect", "assume", "worry", "fear", "recognize",
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
            "insist", "warn", "argue", "claim", "allege", "ask", "invoke", "address", "raise", "dodge", "express",
            "voice", "promote", "press", "push", "lobby", "campaign");
        // acts of communication and evaluation reported without their words
        Regular("retweet", "outline", "detail", "link", "reference", "respond", "unveil", "sketch", "float",
            "assail", "knock", "bash", "hammer", "taunt", "pressure", "implore", "invite", "encourage", "dare",
            "remind", "assure", "reassure", "inform", "notify", "caution", "advise", "concede", "confess", "refute",
            "rebut", "contradict", "clarify", "explain", "justify", "congratulate", "salute", "honor", "honour",
            "mourn", "extol", "cheer", "heckle", "chant", "rail", "lash", "weigh", "insult", "disparage", "demean",
            "deride", "belittle", "denigrate", "smear", "acclaim", "note", "observe", "remark", "comment",
            "forecast", "speculate", "wonder", "ponder", "muse", "recall", "declare", "proclaim", "advertise");
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
}
