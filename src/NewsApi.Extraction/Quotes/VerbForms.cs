namespace NewsApi.Extraction.Quotes;

/// <summary>The inflected forms of a regular English verb, for building cue lexicons from lemmas.</summary>
internal static class VerbForms
{
    /// <summary>Spelling rules: agree → agrees/agreed/agreeing, note → noted/noting, deny → denies/denied, stress → stresses.</summary>
    public static (string S, string Past, string Ing) Regular(string lemma)
    {
        var b = lemma;
        if (b.EndsWith("ee", StringComparison.Ordinal)) return (b + "s", b + "d", b + "ing");
        if (b.EndsWith('e')) return (b + "s", b + "d", b[..^1] + "ing");
        if (b.EndsWith('y') && !"aeiou".Contains(b[^2])) return (b[..^1] + "ies", b[..^1] + "ied", b + "ing");
        if (b.EndsWith("ss", StringComparison.Ordinal) || b.EndsWith("sh", StringComparison.Ordinal) || b.EndsWith("ch", StringComparison.Ordinal) || b.EndsWith('x'))
            return (b + "es", b + "ed", b + "ing");
        return (b + "s", b + "ed", b + "ing");
    }
}
