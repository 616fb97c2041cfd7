namespace NewsApi.Extraction.Text;

/// <summary>The dateline and source of a wire-style lead such as <c>TEHRAN (Tasnim) –</c>.</summary>
public sealed record Lead(TextSpan? Dateline, TextSpan? Source)
{
    public static readonly Lead None = new(null, null);

    // Placeholder until the lead parser lands (owned by the quotes/text work).
    public static Lead Parse(string body) => None;
}
