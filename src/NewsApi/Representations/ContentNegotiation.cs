using Microsoft.Net.Http.Headers;

namespace NewsApi.Representations;

/// <summary>Proactive negotiation over the <c>Accept</c> header (RFC 9110 §12.5.1).</summary>
public static class ContentNegotiation
{
    /// <summary>
    /// The offered representation the client rates highest, or null when it accepts none of them (406).
    /// Each offer takes the quality of the most specific range that matches it; ties go to the earlier offer,
    /// so JSON wins over <c>*/*</c>. A missing or unparsable header accepts anything.
    /// </summary>
    public static Representation? Choose(IReadOnlyList<string> acceptHeaders, IReadOnlyList<Representation> offered)
    {
        if (acceptHeaders.Count == 0 || !MediaTypeHeaderValue.TryParseList(acceptHeaders.ToList(), out var ranges) || ranges.Count == 0)
            return offered[0];

        Representation? best = null;
        var bestQuality = 0.0;
        foreach (var offer in offered)
        {
            var (type, subtype) = Split(MediaTypes.Of(offer));
            var quality = 0.0;
            var specificity = -1;
            foreach (var range in ranges)
            {
                var rangeSpecificity = range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
                if (rangeSpecificity <= specificity || !Matches(range, type, subtype)) continue;
                specificity = rangeSpecificity;
                quality = range.Quality ?? 1.0;
            }
            if (quality > bestQuality) (best, bestQuality) = (offer, quality);
        }
        return best;
    }

    static bool Matches(MediaTypeHeaderValue range, string type, string subtype) =>
        range.MatchesAllTypes
        || (range.Type.Equals(type, StringComparison.OrdinalIgnoreCase)
            && (range.MatchesAllSubTypes || range.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase)));

    static (string Type, string Subtype) Split(string mediaType)
    {
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        return (mediaType[..slash], mediaType[(slash + 1)..]);
    }

    /// <summary>The <c>format</c> query parameter's name for a representation.</summary>
    public static string FormatName(Representation representation) => representation switch
    {
        Representation.Csv => "csv",
        Representation.JsonLd => "jsonld",
        _ => "json",
    };
}
