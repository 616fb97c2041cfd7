using System.Collections.Frozen;

namespace NewsApi.Extraction;

/// <summary>
/// Every word class the extractor's rules use, in one place and each word listed once: closed classes (determiners,
/// function words, pronouns, dates), name particles and page furniture, and the vocabularies of the quote rules (cue
/// context, clause evidence, speaker phrases, stance verbs, nouns and adjectives). Cue verbs with their inflections and
/// flags are the table in <see cref="Quotes.CueLexicon"/>; gazetteer data are the files under Gazetteer/.
/// </summary>
public static class Lexicon
{
    public static FrozenSet<string> Set(params string[] words) => FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words);

    public static bool In(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    // ---- Closed classes, each word once; the sets below are built from them ----
    static readonly string[] Articles = ["the", "a", "an"];
    static readonly string[] Demonstratives = ["this", "that", "these", "those"];
    static readonly string[] ThirdPersonPossessives = ["his", "her", "its", "their"];
    static readonly string[] OtherPossessives = ["our", "my", "your"];
    static readonly string[] Quantifiers = ["some", "any", "no", "every", "each", "many", "several", "most", "other", "another", "few", "both", "all", "such"];
    static readonly string[] SmallNumbers = ["one", "two", "three", "four", "five"];
    static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    static readonly string[] TimeUnits = ["week", "weekend", "month", "year", "morning", "afternoon", "evening", "night"];
    static readonly string[] ShortFunctionWords = ["of", "and", "or", "in", "on", "at", "to", "for", "from", "with", "by", "as", "vs", "is"];

    static FrozenSet<string> Of(params IEnumerable<string>[] parts) =>
        parts.SelectMany(p => p).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Articles, demonstratives, possessive and quantifying determiners.</summary>
    public static readonly FrozenSet<string> Determiners = Of(Articles, Demonstratives, ThirdPersonPossessives, OtherPossessives, Quantifiers, SmallNumbers);

    /// <summary>Determiners that open a speaker's noun phrase ("the", "his", "many", "two"; not "this", "any", "no").</summary>
    internal static readonly FrozenSet<string> SpeakerDeterminers = Of(Determiners.Except(["this", "that", "my", "your", "any", "no", "every", "each", "such"]));

    /// <summary>Determiners of a singular noun ("the union endorses", "this bloc wants").</summary>
    internal static readonly FrozenSet<string> SingularDeterminers = Of(Articles, ["this", "that"], ThirdPersonPossessives, ["our", "each", "every", "one", "another"]);

    /// <summary>Words before a plural subject: its determiners, or a conjunction opening its clause ("and voters want").</summary>
    internal static readonly FrozenSet<string> PluralDeterminers = Of(
        ["the", "many", "most", "some", "several", "other", "these", "those", "both", "all", "few"], ThirdPersonPossessives, ["our"],
        ["and", "but", "while", "as", "because", "if", "when", "whereas"]);

    /// <summary>Possessive determiners that hold a stance noun ("his claim", "their support").</summary>
    internal static readonly FrozenSet<string> PossessivePronouns = Of(ThirdPersonPossessives);

    /// <summary>Words before a cue word that make it a noun ("the report", "his claims", "new claims").</summary>
    internal static readonly FrozenSet<string> CueNounMarkers = Of(Articles, ThirdPersonPossessives, OtherPossessives, ["this", "these", "those"],
        ["such", "no", "any", "every", "each", "some"], ["new", "latest", "recent", "early", "initial", "first", "further"]);

    /// <summary>Short function words a title of a work leaves in lower case ("Gone with the Wind").</summary>
    internal static readonly FrozenSet<string> MarkFunctionWords = Of(Articles, ShortFunctionWords);

    /// <summary>Dates and times, and the nouns a cue's time adjunct ends with ("said in a statement").</summary>
    internal static readonly FrozenSet<string> DateWords = Of(Weekdays, Months, TimeUnits, ["statement", "interview"]);

    /// <summary>Words a time-only content consists of ("announced on Tuesday", "said last week").</summary>
    internal static readonly FrozenSet<string> TimeWords = Of(["on", "in", "at", "this", "last", "next", "early", "late", "today", "yesterday", "tonight", "earlier", "later"],
        Weekdays, Months, TimeUnits);

    /// <summary>Nouns of time after "this", "last", "next" ("said this week").</summary>
    internal static readonly FrozenSet<string> TimeNouns = Of(TimeUnits, ["spring", "summer", "fall", "autumn", "winter", "time", "day", "days", "weeks", "months", "years", "hours", "minutes"]);

    /// <summary>Prepositions, conjunctions and other closed-class words that never begin or end a name.</summary>
    public static readonly FrozenSet<string> FunctionWords = Of(Articles, ShortFunctionWords,
        ["but", "nor", "into", "over", "under", "about", "after", "before", "between", "during", "since", "until", "than", "via",
         "against", "among", "through", "without", "within", "per", "are", "was", "were", "be", "which", "who", "whom", "whose",
         "it", "its", "if", "so", "not"], Demonstratives, ["de", "la", "le", "du", "des", "del", "der", "den", "van", "von", "y", "e"]);

    /// <summary>Particles inside personal and place names: "Rubén del Campo", "Ludwig van Beethoven", "Osama bin Laden".</summary>
    public static readonly FrozenSet<string> NameParticles = Set(
        "de", "del", "della", "di", "da", "dos", "das", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "bin",
        "ibn", "bint", "al", "el", "y", "zu", "af");

    /// <summary>Text that pages print around articles: never a name.</summary>
    static readonly string[] PageFurniture =
    [
        "article continued below", "article continues below", "story continues below", "continue reading",
        "advertisement", "read more", "click here", "sign up", "subscribe", "related coverage", "watch:", "listen:",
    ];

    public static bool IsFunctionWord(ReadOnlySpan<char> word) => In(FunctionWords, word);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => In(Determiners, word);

    public static bool IsNameParticle(ReadOnlySpan<char> word) => In(NameParticles, word);

    public static bool IsPageFurniture(ReadOnlySpan<char> text)
    {
        foreach (var phrase in PageFurniture)
            if (text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // ---- Abbreviations: the tokenizer, the sentence splitter and the quote scanner read the same list ----

    /// <summary>Abbreviations whose period belongs to the word ("Mr.", "Gen.", "Calif."); single initials are handled by rule.</summary>
    public static readonly FrozenSet<string> Abbreviations = Set(
        "mr", "mrs", "ms", "dr", "jr", "sr", "st", "gen", "col", "lt", "sgt", "capt", "cpl", "maj", "adm", "gov",
        "sen", "rep", "prof", "rev", "hon", "pres", "inc", "corp", "ltd", "co", "bros", "cos", "mt", "ft", "ave",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "no", "nos",
        "approx", "etc", "calif", "fla", "mass", "wash", "ariz", "colo", "conn", "ill", "ind", "kan", "mich", "minn",
        "tenn", "va", "wis", "del", "penn", "okla", "ore", "nev", "cpt", "cmdr", "reps", "sens", "v", "dept", "univ",
        "assn", "est", "fig", "e.g", "i.e", "a.m", "p.m", "blvd", "rd", "pa");

    /// <summary>Abbreviations that also end sentences when a typical opener follows ("… Corp. The company said").</summary>
    internal static readonly FrozenSet<string> WeakAbbreviations = Set("inc", "corp", "co", "ltd", "bros", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "jr", "sr", "a.m", "p.m", "calif", "fla", "pa", "va", "tenn", "ariz",
        "no", "nos");

    /// <summary>Words that open a new sentence after a dotted acronym, company suffix or month (case-sensitive).</summary>
    internal static readonly FrozenSet<string> SentenceOpeners = FrozenSet.Create(StringComparer.Ordinal,
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "A", "An", "This", "That", "These",
        "Those", "There", "His", "Her", "Its", "Their", "Our", "However", "Meanwhile", "On", "At", "As", "If",
        "When", "While", "After", "Before", "Some", "Many", "Most", "Officials", "Yet", "So");

    /// <summary>Titles before a name whose period the quote scanner keeps with the word ("Mr.", "Sen.").</summary>
    internal static readonly FrozenSet<string> TitleAbbreviations = FrozenSet.Create(StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Prof", "St", "Jr", "Sgt", "Capt", "Rev");

    // Abbreviations that are also ordinary words ("he was ill.", "by mass."): only capitalised ("Ill.", "Mass.").
    static readonly FrozenSet<string> WordLikeAbbreviations = Set("ill", "mass", "wash", "ore", "del", "ind", "cos", "est", "fig", "v", "pa", "conn");

    public static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        In(Abbreviations, word) && (word.Length > 0 && char.IsUpper(word[0]) || !In(WordLikeAbbreviations, word));

    // ---- Cue verbs: what may stand around a cue (CueLexicon) ----
    internal static readonly FrozenSet<string> PassiveOrInfinitive = Set(
        "is", "are", "was", "were", "be", "been", "being", "to", "'s");
    internal static readonly FrozenSet<string> CueSkippable = Set("also", "not", "never", "later", "then", "again", "once", "repeatedly");
    /// <summary>Cue verbs of the speech lexicon that report what someone holds rather than says.</summary>
    internal static readonly FrozenSet<string> StanceCueWords = Set(
        "think", "thinks", "thought", "thinking", "believe", "believes", "believed", "believing", "fear", "fears", "feared",
        "fearing", "hope", "hopes", "hoped", "hoping", "feel", "feels", "felt", "feeling", "know", "knows", "knew",
        "expect", "expects", "expected", "expecting", "worry", "worries", "worried", "worrying", "learn", "learns",
        "learned", "learning", "wonder", "wonders", "wondered", "wondering", "find", "finds", "found", "finding",
        "show", "shows", "showed", "showing", "shown", "signal", "signals", "signaled", "signalled", "signaling");
    internal static readonly FrozenSet<string> CuePhraseStarts = Set(
        "made", "make", "makes", "making", "pointed", "point", "points", "pointing", "went", "goes", "go", "going", "was", "is",
        "called", "call", "calls", "calling");

    // ---- Clause evidence: verbs, auxiliaries, adjunct openers (ClauseEvidence) ----
    internal static readonly FrozenSet<string> VerbHints = Set(
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "do", "does", "did", "won't", "wouldn't", "can't", "isn't", "wasn't", "don't", "doesn't", "didn't",
        "won’t", "wouldn’t", "can’t", "isn’t", "wasn’t", "don’t", "doesn’t", "didn’t", "shall", "needs", "wants",
        "plans", "knows", "believes", "thinks", "means", "makes", "remains", "seems", "appears", "gets", "goes",
        "looks", "takes", "gives", "comes", "supports", "opposes", "favors", "leads", "lacks", "deserves");
    internal static readonly FrozenSet<string> AdjunctWords = Set(
        "on", "in", "at", "during", "after", "before", "to", "from", "with", "about", "of", "for", "via", "through",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "earlier", "later", "recently", "repeatedly", "also", "again", "then", "afterward", "afterwards",
        "privately", "publicly", "once", "twice", "previously", "separately", "directly", "flatly", "simply",
        "bluntly", "candidly", "frankly", "openly", "sarcastically", "jokingly", "angrily", "firmly", "softly",
        "quietly", "loudly", "however", "meanwhile", "instead", "further", "moreover", "similarly", "likewise",
        "first", "initially", "originally", "finally", "ultimately", "last", "next", "this", "several", "over",
        "when", "while", "because", "as", "since", "until", "although", "though", "where");
    internal static readonly FrozenSet<string> SubjectPronouns = Set(
        "he", "she", "it", "they", "we", "i", "you", "there");
    internal static readonly FrozenSet<string> IrregularPasts = Set(
        "saw", "made", "took", "gave", "got", "went", "came", "knew", "thought", "told", "said", "found", "felt",
        "left", "kept", "held", "ran", "won", "lost", "met", "paid", "sent", "spent", "brought", "bought", "became",
        "began", "broke", "chose", "drew", "drove", "fell", "fought", "grew", "hid", "led", "meant", "rose", "shot",
        "sold", "spoke", "stood", "stole", "struck", "taught", "threw", "understood", "wrote", "am", "isn’t",
        "aren’t", "aren't", "weren't", "weren’t", "hasn't", "hasn’t", "haven't", "haven’t");
    internal static readonly FrozenSet<string> Introducers = Set(
        "at", "in", "on", "during", "after", "before", "following", "when", "while", "although", "though", "as",
        "if", "without", "with", "since", "until", "because", "from", "for", "by", "under", "despite", "unlike",
        "like", "asked", "speaking", "writing", "responding", "campaigning", "addressing", "appearing", "but", "and",
        "according", "among", "amid", "once", "whereas");
    internal static readonly FrozenSet<string> Auxiliaries = Set(
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "does", "did", "do", "be", "been");

    // ---- Reported speech (ReportedSpeech) ----
    internal static readonly FrozenSet<string> ObjectPronouns = Set(
        "him", "her", "them", "me", "us", "reporters", "journalists");

    // ---- Speaker phrases: stop words, titles, connectors (SpeakerPhrases) ----
    internal static readonly FrozenSet<string> Pronouns = Set(
        "he", "she", "it", "they", "who", "which");
    internal static readonly FrozenSet<string> FirstPerson = Set(
        "i", "we", "you", "me", "us");
    internal static readonly FrozenSet<string> StopWords = Set(
        "after", "before", "of", "in", "on", "at", "for", "with", "by", "from", "to", "about", "against", "among",
        "during", "since", "until", "than", "as", "like", "into", "over", "under", "through", "between", "without",
        "and", "or", "but", "nor", "yet", "so", "because", "although", "though", "while", "whereas", "if", "when",
        "where", "whether", "that", "this", "what", "whom", "whose", "there", "here", "is", "are", "was", "were",
        "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can",
        "could", "may", "might", "must", "not", "also", "however", "meanwhile", "then", "later", "earlier", "now",
        "still", "already", "even", "just", "only", "too", "again", "once", "never", "always", "often", "said",
        "says", "say", "told", "added", "according", "it's", "it’s", "how", "why", "all", "both", "either",
        "neither", "very", "much", "more", "most", "less", "least", "such", "instead", "therefore", "thus", "yes",
        "no", "well", "last", "next", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "week", "month", "year", "morning", "night", "afternoon", "evening");
    /// <summary>Job titles stripped from the front of a name ("Spokesman Keivan Khosravi" → "Keivan Khosravi").</summary>
    internal static readonly FrozenSet<string> Titles = Set(
        "president", "vice", "prime", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "senator",
        "sen.", "rep.", "representative", "gov.", "governor", "mayor", "chairman", "chairwoman", "chair", "director",
        "chief", "executive", "general", "gen.", "lt.", "col.", "colonel", "captain", "capt.", "commander",
        "admiral", "judge", "justice", "attorney", "ambassador", "envoy", "deputy", "assistant", "foreign",
        "defense", "defence", "interior", "finance", "speaker", "leader", "candidate", "nominee", "adviser",
        "advisor", "officer", "professor", "prof.", "king", "queen", "prince", "princess", "sheikh", "ayatollah",
        "pope", "bishop", "rev.", "reverend", "pastor", "sgt.", "sergeant", "coach", "manager", "founder", "ceo",
        "chancellor", "premier", "commissioner", "sheriff", "detective", "inspector", "lawmaker", "congressman",
        "congresswoman", "analyst", "economist", "head", "member", "mp", "official", "strategist", "pollster",
        "councillor", "councilor", "councilman", "councilwoman", "alderman", "trustee", "superintendent", "provost",
        "dean", "rabbi", "imam", "cardinal", "archbishop", "father", "brother", "sister", "host", "anchor",
        "correspondent", "editor", "author", "counsel", "aide", "democrat", "republican", "democratic", "gop", "sen",
        "rep", "gov", "state");
    internal static readonly FrozenSet<string> NameConnectors = Set(
        "of", "for", "on", "and", "&", "de", "del", "van", "von", "al", "bin", "da", "la", "le");
    internal static readonly FrozenSet<string> LeftSkippable = Set(
        "has", "have", "had", "will", "would", "did", "does", "do", "not", "never", "also", "later", "previously",
        "repeatedly", "recently", "again", "then", "once", "earlier", "publicly", "privately", "further", "often",
        "reportedly", "allegedly", "too", "still", "already", "even", "just", "always", "could", "can", "may",
        "might", "should", "must", "quickly", "initially", "originally", "frequently", "clearly", "flatly", "simply",
        "first", "is", "was", "are", "were", "been", "subsequently", "immediately", "explicitly", "now", "generally",
        "actually", "really", "usually", "long", "openly", "consistently", "specifically", "all", "both", "each");
    internal static readonly FrozenSet<string> ParentheticalOpeners = Set(
        "however", "meanwhile", "too", "also", "though", "in", "at", "on", "for", "speaking", "who", "which",
        "whose", "a", "an", "the", "citing", "writing", "responding", "asked", "referring", "for example",
        "moreover", "nevertheless", "then", "now", "again", "still", "instead", "likewise", "similarly", "after",
        "before", "during", "while", "when", "in turn", "his", "her", "its", "their", "like");
    internal static readonly FrozenSet<string> Finite = Set(
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "does", "did", "do");
    /// <summary>Words that open a phrase qualifying a speaker ("officials in Ankara", "a source close to").</summary>
    internal static readonly FrozenSet<string> QualifyingPrepositions = Set(
        "in", "with", "at", "from", "close", "near", "inside", "within");
    internal static readonly FrozenSet<string> Verbs = Set(
        "brought", "made", "took", "gave", "got", "went", "came", "saw", "held", "kept", "left", "met", "sent",
        "led");
    internal static readonly FrozenSet<string> DatePrepositions = Set(
        "in", "on", "since", "last", "this", "during", "early", "late", "by");

    // ---- Speaker resolution: pronouns, nouns, gender (SpeakerResolver) ----
    internal static readonly FrozenSet<string> PersonPronouns = Set(
        "he", "she", "who");
    internal static readonly FrozenSet<string> OrganizationPronouns = Set(
        "it", "which", "they");
    internal static readonly FrozenSet<string> OrganizationNouns = Set(
        "agency", "channel", "ministry", "council", "company", "newspaper", "paper", "network", "station",
        "government", "committee", "department", "office", "campaign", "group", "organization", "organisation",
        "party", "court", "board", "commission", "bank", "firm", "administration", "website", "outlet",
        "broadcaster", "magazine", "daily", "service", "army", "military", "police", "union", "institute", "center",
        "centre", "foundation", "association", "federation", "parliament", "senate", "house", "team", "club",
        "university");
    internal static readonly FrozenSet<string> GenericOrganizationNouns = Set(
        "agency", "company", "firm", "group", "organization", "organisation", "network", "broadcaster", "channel",
        "newspaper", "paper", "magazine", "outlet", "website", "station", "bank", "union", "institute", "foundation",
        "association", "federation", "club", "team", "campaign");
    internal static readonly FrozenSet<string> Female = Set(
        "she", "mrs.", "ms.", "miss", "queen", "lady", "princess", "spokeswoman", "chairwoman", "congresswoman");
    internal static readonly FrozenSet<string> Male = Set(
        "he", "mr.", "sir", "king", "lord", "prince", "spokesman", "chairman", "congressman");
    /// <summary>Where a speaker phrase's head ends: a qualifying preposition, or "familiar" (with the talks).</summary>
    internal static readonly FrozenSet<string> HeadEnders = Of(QualifyingPrepositions, ["familiar"]);

    // ---- Stances: verbs, nouns, adjectives of stance and their context (Stances) ----
    /// <summary>Words that may follow a stance verb before its content ("complained about", "voted against").</summary>
    internal static readonly FrozenSet<string> Particles = Set(
        "that", "to", "about", "against", "for", "of", "on", "over", "with", "whether", "if", "out", "up", "into",
        "at");
    /// <summary>Nouns of stance or speech that take a that-clause or a prepositional object.</summary>
    internal static readonly FrozenSet<string> Nouns = Set(
        "claim", "claims", "assertion", "assertions", "argument", "arguments", "belief", "beliefs", "view", "views",
        "position", "contention", "allegation", "allegations", "insistence", "promise", "promises", "pledge",
        "pledges", "warning", "warnings", "suggestion", "fear", "fears", "hope", "hopes", "assurance", "assurances",
        "prediction", "predictions", "conclusion", "message", "charge", "charges", "accusation", "accusations",
        "complaint", "complaints", "criticism", "criticisms", "support", "opposition", "proposal", "proposals",
        "plan", "plans", "decision", "call", "calls", "demand", "demands", "endorsement", "comments", "remarks",
        "statement", "statements", "determination", "commitment", "vow", "threat", "threats", "concern", "concerns",
        "doubts", "praise", "attack", "attacks", "admission", "denial", "stance", "idea", "vision", "bet", "desire",
        "intention", "refusal", "willingness", "reluctance", "push", "defense", "defence", "embrace", "rejection",
        "assessment", "estimate", "finding", "findings", "verdict", "ruling");
    /// <summary>Nouns that hold a that-clause only as a claim ("the claim that …" with no holder named).</summary>
    internal static readonly FrozenSet<string> ClaimNouns = Set(
        "claim", "claims", "assertion", "argument", "belief", "contention", "allegation", "allegations",
        "insistence", "suggestion", "notion", "accusation", "charge", "assurance", "assurances", "warning",
        "prediction", "fear", "fears", "promise", "pledge", "view", "admission", "denial", "idea", "rumor", "rumors",
        "rumour", "rumours", "theory");
    /// <summary>Nouns that report a view with a prepositional object even when nobody holds it ("criticism of").</summary>
    internal static readonly FrozenSet<string> OpinionNouns = Set(
        "criticism", "criticisms", "allegations", "allegation", "questions", "claims", "concerns", "concern",
        "skepticism", "scepticism", "disagreements", "doubts", "complaints", "accusations", "calls", "demands",
        "fears", "outrage", "anger", "frustration", "condemnation", "praise", "misgivings", "reservations",
        "disdain", "ire", "adulation", "enthusiasm", "opposition", "warnings", "rhetoric", "ideas", "theory",
        "attacks");
    internal static readonly FrozenSet<string> SpeechNouns = Set(
        "comment", "comments", "remark", "remarks", "statement", "statements", "message", "claim", "claims",
        "attack", "assertion", "argument", "promise", "pledge", "warning", "charge", "accusation", "complaint",
        "view", "views", "position", "stance", "vision", "plea", "call", "demand", "denial", "admission");
    /// <summary>Adjectives of stance after a copula: "critical of", "worried about", "confident that".</summary>
    internal static readonly FrozenSet<string> Adjectives = Set(
        "critical", "supportive", "skeptical", "sceptical", "wary", "worried", "concerned", "confident",
        "optimistic", "pessimistic", "hopeful", "doubtful", "sure", "certain", "convinced", "aware", "afraid",
        "fearful", "proud", "ashamed", "angry", "upset", "furious", "frustrated", "disappointed", "pleased", "happy",
        "unhappy", "satisfied", "dissatisfied", "opposed", "committed", "determined", "eager", "reluctant",
        "unwilling", "willing", "open", "passionate", "vocal", "coy", "vague", "silent", "adamant", "insistent",
        "bearish", "bullish", "enthusiastic", "dismissive", "contemptuous", "fond", "tired", "sick", "nervous",
        "anxious", "cautious", "unsure", "uncertain");
    internal static readonly FrozenSet<string> Copulas = Set(
        "is", "are", "was", "were", "be", "been", "being", "am", "remain", "remains", "remained", "seem", "seems",
        "seemed", "appear", "appears", "appeared", "grew", "grown", "become", "became", "becomes", "sounded", "felt",
        "feels", "'m", "'re", "’m", "’re");
    internal static readonly FrozenSet<string> Degree = Set(
        "very", "so", "too", "more", "less", "most", "increasingly", "deeply", "highly", "not", "never", "also",
        "still", "already", "openly", "sharply", "quite", "fairly", "especially", "particularly", "equally",
        "always", "publicly", "n't", "now");
    internal static readonly FrozenSet<string> BeForms = Set(
        "is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s");
    internal static readonly FrozenSet<string> BaseAuxiliaries = Set(
        "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "didn't", "doesn't",
        "don't", "won't", "wouldn't", "can't", "couldn't", "didn’t", "doesn’t", "don’t", "won’t", "wouldn’t",
        "can’t", "couldn’t", "not", "never", "also", "still", "to");
    internal static readonly FrozenSet<string> HeadlineVerbs = Set(
        "says", "warns", "vows", "calls", "urges", "slams", "rips", "blasts", "sees", "seeks", "shows", "reveals",
        "claims", "admits", "denies", "defends", "accuses", "wants", "plans", "backs", "endorses", "rejects",
        "praises", "criticizes", "attacks", "questions", "insists", "argues", "tells", "asks", "pledges", "promises",
        "threatens", "predicts", "fears", "hopes", "expects", "believes", "thinks", "suggests", "announces",
        "confirms", "mocks", "lauds", "hails", "touts", "demands", "explains", "finds", "knocks", "hits",
        "dismisses", "condemns", "decries", "laments", "doubts", "supports", "opposes", "agrees", "disagrees");
    internal static readonly FrozenSet<string> AdjunctStarts = Set(
        "in", "by", "at", "during", "from", "into", "since", "after", "before", "through", "via", "under", "within",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "tonight", "earlier", "later", "last", "next", "late", "early");
    internal static readonly FrozenSet<string> IndefinitePronouns = Set(
        "everyone", "everybody", "nobody", "someone", "somebody", "anyone", "anybody", "each", "either", "neither");
    /// <summary>", though she noted …", ", which …": a subordinate clause after the stance's object is not its content.</summary>
    internal static readonly FrozenSet<string> ClauseOpeners = Set(
        "though", "although", "while", "whereas", "but", "because", "since", "which", "who", "whose", "when", "and",
        "even", "as");
    /// <summary>Participles whose agentless passive still reports a view ("is expected to", "was accused of").</summary>
    internal static readonly FrozenSet<string> Passives = Set(
        "accused", "blamed", "criticized", "criticised", "expected", "considered", "regarded", "viewed", "seen",
        "believed", "thought", "described", "mentioned", "reported", "rumored", "rumoured", "alleged", "suspected",
        "credited", "praised", "condemned", "dubbed", "deemed", "touted", "hailed", "lauded", "quoted", "cited",
        "said", "urged", "asked", "told", "billed", "characterized", "portrayed", "perceived", "projected",
        "predicted", "estimated");
    /// <summary>Verbs whose subject is also the subject of the infinitive after them ("she tried to blame").</summary>
    internal static readonly FrozenSet<string> RaisingVerbs = Set(
        "try", "tries", "tried", "appear", "appears", "appeared", "seem", "seems", "seemed", "need", "needs",
        "needed", "continue", "continues", "continued", "begin", "begins", "began", "went", "moved", "sought",
        "rushed", "hastened", "stopped", "wanted", "hoped", "planned", "decided", "refused", "declined", "promised",
        "vowed", "pledged", "threatened", "agreed", "failed", "managed", "chose", "offered", "attempted", "intended",
        "dared", "used");
    internal static readonly FrozenSet<string> NeedAboutOrThat = Set(
        "worry", "worries", "worried", "worrying", "fear", "fears", "feared", "fearing");
    internal static readonly FrozenSet<string> NeedParticle = Set(
        "speak", "speaks", "spoke", "speaking", "spoken");
    internal static readonly FrozenSet<string> Evidential = Set(
        "show", "shows", "showed", "shown", "find", "finds", "found", "suggest", "suggests", "suggested", "indicate",
        "indicates", "indicated", "reveal", "reveals", "revealed", "conclude", "concludes", "concluded", "estimate",
        "estimates", "estimated", "predict", "predicts", "predicted", "project", "projects", "projected");
    internal static readonly FrozenSet<string> NotAgents = Set(
        "bill", "law", "plan", "deal", "measure", "policy", "rule", "rules", "program", "programme", "report",
        "data", "study", "survey", "poll", "polls", "laws", "bills", "measures", "policies", "plans", "deals",
        "ruling", "rulings", "video", "ad", "ads", "letter", "order", "document", "documents", "book", "film",
        "movie", "move", "decision", "proposal", "agreement", "treaty", "system", "money", "funds", "tax", "taxes",
        "price", "prices", "market", "markets", "economy", "year", "years", "day", "days", "week", "weeks", "month",
        "months", "time", "times", "it", "this", "that", "what", "thing", "things", "way", "record", "records",
        "evidence", "results", "numbers", "figures", "research", "analysis");

    // ---- Quote marks (QuoteMarks) ----

    // ---- Quote content (ContentRules) ----
    /// <summary>Lemmas of verbs that name an act of speaking; their bare object is no reported content.</summary>
    internal static readonly string[] SpeakingActLemmas =
    [
        "comment", "announce", "thank", "cite", "decline", "refuse", "discuss", "address", "mention", "respond", "reply",
        "unveil", "outline", "detail", "raise", "answer", "release", "issue", "welcome", "confirm", "report", "return",
        "echo",
    ];

    /// <summary>Words in -ing that are no participle ("something", "during", "morning", "according").</summary>
    internal static readonly FrozenSet<string> IngNonVerbs = Set(
        "something", "nothing", "anything", "everything", "during", "morning", "evening", "according", "building",
        "buildings", "funding", "spending", "housing", "training", "meeting", "meetings", "hearing", "hearings", "ruling",
        "rulings", "shooting", "shootings", "bombing", "bombings", "warning", "warnings", "including", "regarding",
        "concerning", "following", "pending", "notwithstanding", "thing", "things", "king", "spring", "string", "wing",
        "ceiling", "offering", "earnings", "savings", "findings", "polling", "timing", "setting", "feeling", "feelings");

    /// <summary>Verbs that report someone speaking without reporting words ("who spoke at a rally").</summary>
    internal static readonly FrozenSet<string> SpokeWords = Set("spoke", "speaking", "speaks", "wrote", "recalled", "recalls", "explained", "words");

    /// <summary>Generational suffixes that end a person's name ("Jr.", "III").</summary>
    internal static readonly FrozenSet<string> NameSuffixes = Set("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    /// <summary>Conjunctions that open a concession after a reported clause (", although …").</summary>
    internal static readonly FrozenSet<string> ConcessiveOpeners = Set("although", "though", "whereas", "despite");

    /// <summary>Words that open an apposition after a name (", the …", ", a …").</summary>
    internal static readonly FrozenSet<string> AppositionDeterminers = Of(Articles);

    /// <summary>Heads of an apposition that make the name before it an organisation ("Codelco, the copper miner").</summary>
    internal static readonly FrozenSet<string> CompanyNouns = Set(
        "company", "firm", "miner", "producer", "maker", "manufacturer", "carrier", "airline", "retailer", "lender",
        "insurer", "operator", "group", "conglomerate", "bank", "automaker", "carmaker", "brewer", "publisher",
        "broadcaster", "network", "newspaper", "agency", "charity", "nonprofit", "non-profit", "union", "party",
        "startup", "start-up", "utility", "supplier", "developer", "chain", "exchange", "fund", "institute", "university");

    /// <summary>Heads of an apposition that make the name before it a person ("Lena Ortiz, a spokeswoman").</summary>
    internal static readonly FrozenSet<string> PersonRoleNouns = Set(
        "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "senator", "lawmaker", "mayor", "governor",
        "executive", "director", "chairman", "chairwoman", "president", "professor", "analyst", "economist",
        "researcher", "lawyer", "attorney", "official", "officer", "diplomat", "resident", "farmer", "teacher",
        "student", "doctor", "nurse", "activist", "founder", "owner", "manager", "coach", "author", "historian");

    /// <summary>What may follow the head noun of an apposition (", the copper miner, …", "a spokeswoman for …").</summary>
    internal static readonly FrozenSet<string> AppositionEnders = Set(",", ".", ";", ")", "for", "of", "in", "at", "with", "based", "that", "which", "who", "whose");

    /// <summary>Adverbs set off by commas between a cue and its clause ("cautioned, however, that").</summary>
    internal static readonly FrozenSet<string> ParentheticalAdverbs = Set("however", "though", "meanwhile", "too", "also", "again", "nonetheless", "nevertheless", "instead", "later");

    /// <summary>Nouns of published data whose source is who published them ("figures from the Petroleum Institute").</summary>
    internal static readonly FrozenSet<string> DataNouns = Set(
        "figures", "data", "statistics", "numbers", "estimates", "estimate", "report", "survey", "study", "poll",
        "analysis", "records", "documents", "filings", "research", "results", "census", "tally", "count",
        "calculations", "projections", "forecast", "forecasts", "findings");

    /// <summary>Capitalised labels that open a line with a colon without being a speaker ("UPDATE:", "Photo:").</summary>
    internal static readonly FrozenSet<string> NotSpeakers = Set(
        "update", "updated", "note", "editor", "watch", "read", "photo", "photos", "video", "breaking", "exclusive",
        "full", "text", "abstract", "source", "sources", "related", "more", "see", "also", "warning", "correction",
        "q", "a", "transcript", "partial", "live", "latest", "the", "caption", "credit", "via", "listen", "clarification",
        "disclosure", "disclaimer", "summary", "background", "context", "analysis", "opinion", "advertisement", "tags");
}
