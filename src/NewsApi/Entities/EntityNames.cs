using NewsApi.Extraction;

namespace NewsApi.Entities;

/// <summary>
/// Which extracted names the store accepts as entities: the safety net at the store boundary whatever the annotator
/// found. No function word alone or at the start of a name ("of", "for Democracy", "the ministry"), no generic
/// lower-case phrase ("interior ministry": one per country, so never one entity), no page furniture
/// ("Article continued below").
/// </summary>
public static class EntityNames
{
    static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "for", "and", "or", "but", "nor", "in", "on", "at", "to", "by", "from", "with", "as",
        "into", "onto", "over", "under", "after", "before", "about", "against", "between", "during", "without",
        "within", "than", "via", "per", "through", "among", "upon", "since", "until", "while", "if", "that", "this",
        "these", "those", "its", "his", "her", "their", "our", "my", "your",
    };

    // Start a surname ("de Gaulle", "van der Berg"): an alias may begin with one, a canonical name may not.
    static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "del", "della", "der", "den", "des", "di", "da", "du", "dos", "das", "la", "le", "van", "von", "ter",
        "ten", "bin", "ibn", "al", "el", "y",
    };

    // Capitalised, these start real names ("The Hague", "De Beers", "El Salvador"); these others never do.
    static readonly HashSet<string> NeverCapitalisedStart = new(StringComparer.Ordinal)
    {
        "Of", "For", "And", "Or", "But", "Nor", "From", "With", "Into", "Onto", "Than", "Via", "By", "As",
    };

    static readonly string[] PageFurniture =
    [
        "Article continued below", "Story continues below", "Continue reading", "Advertisement", "Skip advertisement",
        "Read more", "Click here", "Sign up", "Subscribe now", "Share this article", "Scroll to continue",
        "Listen to this article", "Related articles", "Related stories",
    ];

    /// <summary>True when <paramref name="name"/> may be an entity's name.</summary>
    public static bool IsEntityName(string name) => IsName(name, asAlias: false);

    /// <summary>True when <paramref name="alias"/> may be one of an entity's other names (a surname may start with "de").</summary>
    public static bool IsAlias(string alias) => IsName(alias, asAlias: true);

    static bool IsName(string name, bool asAlias)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !name.Any(char.IsLetter)) return false;
        if (IsGenericLowerCase(name) || IsFurniture(words)) return false;
        var first = words[0];
        if (FunctionWords.Contains(first) || NameParticles.Contains(first.ToLowerInvariant()))
        {
            if (words.Length == 1) return false;
            if (char.IsLower(first[0])) return asAlias && NameParticles.Contains(first);
            if (NeverCapitalisedStart.Contains(first)) return false;
        }
        return true;
    }

    // Cased letters, all lower case: a common noun phrase, not a name. Caseless scripts (Arabic, Chinese) pass.
    static bool IsGenericLowerCase(string name) => name.Any(char.IsLower) && !name.Any(char.IsUpper);

    static bool IsFurniture(string[] words)
    {
        var normalised = string.Join(' ', words);
        return PageFurniture.Any(f => normalised.StartsWith(f, StringComparison.OrdinalIgnoreCase)
            && (normalised.Length == f.Length || normalised[f.Length] == ' '));
    }

    /// <summary>
    /// <paramref name="annotations"/> without the entities whose name is no entity name, and without aliases that
    /// are no names; a quote whose speaker entity goes keeps its speaker as written, with no entity.
    /// </summary>
    public static ExtractedArticle Clean(ExtractedArticle annotations)
    {
        var kept = new List<ExtractedEntity>(annotations.Entities.Count);
        var newIndex = new int?[annotations.Entities.Count];
        var changed = false;
        for (var i = 0; i < annotations.Entities.Count; i++)
        {
            var entity = annotations.Entities[i];
            if (!IsEntityName(entity.Name)) { changed = true; continue; }
            newIndex[i] = kept.Count;
            if (entity.Aliases.All(IsAlias)) kept.Add(entity);
            else
            {
                changed = true;
                kept.Add(entity with { Aliases = [.. entity.Aliases.Where(IsAlias)] });
            }
        }
        if (!changed) return annotations;
        return annotations with
        {
            Entities = kept,
            Quotes = [.. annotations.Quotes.Select(q => q.SpeakerEntity is { } i ? q with { SpeakerEntity = newIndex[i] } : q)],
        };
    }
}
