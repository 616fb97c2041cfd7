using System.Collections.Frozen;

namespace NewsApi.Extraction;

/// <summary>
/// The word classes every stage shares, each listed once: function words and determiners, name particles, page
/// furniture. Stage-specific vocabularies (cue verbs, stance words, titles) live beside their rules and build on these.
/// </summary>
public static class Lexicon
{
    public static FrozenSet<string> Set(params string[] words) => FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words);

    public static bool In(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Articles, demonstratives, possessive and quantifying determiners.</summary>
    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "another", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "some", "any", "no", "every", "each", "many", "several", "most", "other", "few", "both", "all", "such", "one",
        "two", "three", "four", "five");

    /// <summary>Prepositions, conjunctions and other closed-class words that never begin or end a name.</summary>
    public static readonly FrozenSet<string> FunctionWords = Set(
        "a", "an", "the", "of", "and", "or", "but", "nor", "in", "on", "at", "to", "for", "from", "with", "by", "as",
        "into", "over", "under", "about", "after", "before", "between", "during", "since", "until", "than", "via",
        "against", "among", "through", "without", "within", "per", "vs", "is", "are", "was", "were", "be", "that",
        "this", "these", "those", "which", "who", "whom", "whose", "it", "its", "if", "so", "not", "de", "la", "le",
        "du", "des", "del", "der", "den", "van", "von", "y", "e");

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
}
