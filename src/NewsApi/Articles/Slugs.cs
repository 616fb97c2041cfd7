using System.Globalization;
using System.Text;

namespace NewsApi.Articles;

public static class Slugs
{
    const int MaxLength = 80;

    /// <summary>"Iran, Russia in pact: SNSC" → "iran-russia-in-pact-snsc" (ASCII letters and digits, dashes between words).</summary>
    public static string FromTitle(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’') continue;
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength) slug = slug[..MaxLength].TrimEnd('-');
        return slug.Length == 0 ? "article" : slug;
    }
}
