using NewsApi.Extraction.Entities;

namespace NewsApi.Entities;

/// <summary>Canonical country names: the extraction gazetteer's, plus everyday variants it does not list.</summary>
public static class Countries
{
    // Short forms newsrooms use that the gazetteer's ISO-derived names lack, each to a name the gazetteer knows.
    static readonly Dictionary<string, string> Variants = new(StringComparer.OrdinalIgnoreCase)
    {
        ["America"] = "United States", ["U.S"] = "United States", ["Britain"] = "United Kingdom",
        ["U.K."] = "United Kingdom", ["U.K"] = "United Kingdom",
    };

    /// <summary>"United States" for "U.S.", "US", "USA", "America" or "United States of America"; null when no country.</summary>
    public static string? CanonicalName(string name) =>
        name.Any(char.IsUpper) && Gazetteer.Default.PlaceOf(Variants.GetValueOrDefault(name, name)) is { IsCountry: true } place
            ? place.Name
            : null;
}
